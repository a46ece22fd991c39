"""How the downstream check reads openapi-generator's log: unknown warnings fail, known prove."""

from __future__ import annotations

from pathlib import Path

from generator.spec_downstream import (
    BETA_NOTICE,
    GO,
    TYPESCRIPT,
    KnownWarning,
    unexpected_warnings,
    unproven_warnings,
)

RENAMED = KnownWarning(
    "Parameters (model name matches existing language type) cannot be used as a model name. "
    "Renamed to ModelParameters",
    "a parameter's name, tried as a model name",
    absent="ModelParameters",
    present="parameters?: string;",
)

LOG = f"""\
[main] INFO  o.o.codegen.DefaultGenerator - Generating with dryRun=false
[main] WARN  o.o.codegen.DefaultCodegen - {BETA_NOTICE.message}
[main] WARN  o.o.c.l.AbstractTypeScriptClientCodegen - {RENAMED.message}
[main] INFO  o.o.codegen.TemplateManager - writing file /tmp/out/models/ErrorEnvelope.ts
################################################################################
# Thanks for using OpenAPI Generator.                                          #
################################################################################
"""


def test_known_warnings_and_other_lines_pass() -> None:
    assert unexpected_warnings(LOG, [BETA_NOTICE, RENAMED]) == []


def test_an_unknown_warning_fails() -> None:
    log = LOG + (
        "[main] WARN  o.o.c.l.AbstractTypeScriptClientCodegen - Configuration (reserved word) "
        "cannot be used as model name. Renamed to ModelConfiguration\n"
    )
    assert unexpected_warnings(log, [BETA_NOTICE, RENAMED]) == [
        "WARN Configuration (reserved word) cannot be used as model name. "
        "Renamed to ModelConfiguration"
    ]


def test_a_known_warning_of_another_generator_fails() -> None:
    assert unexpected_warnings(LOG, [BETA_NOTICE]) == [f"WARN {RENAMED.message}"]


def test_errors_and_lines_outside_the_log_format_fail() -> None:
    log = (
        "[main] ERROR o.o.codegen.DefaultGenerator - Could not process model 'Credential'\n"
        "WARNING: A terminally deprecated method in sun.misc.Unsafe has been called\n"
        'Exception in thread "main" java.lang.RuntimeException: boom\n'
    )
    assert unexpected_warnings(log, [BETA_NOTICE]) == [
        "ERROR Could not process model 'Credential'",
        "WARNING: A terminally deprecated method in sun.misc.Unsafe has been called",
        'Exception in thread "main" java.lang.RuntimeException: boom',
    ]


def _client(tmp_path: Path, text: str) -> Path:
    (tmp_path / "apis").mkdir()
    (tmp_path / "apis" / "OauthApi.ts").write_text(text, encoding="utf-8")
    (tmp_path / "README.md").write_text("ModelParameters in prose does not count", "utf-8")
    return tmp_path


def test_a_printed_known_warning_is_proven_by_the_output(tmp_path: Path) -> None:
    output = _client(
        tmp_path, "export interface BuildOauthUrlRequest {\n    parameters?: string;\n"
    )
    assert unproven_warnings(LOG, [RENAMED], output) == []


def test_a_known_warning_whose_rename_happened_fails(tmp_path: Path) -> None:
    output = _client(tmp_path, "    parameters?: string;\n    other?: ModelParameters;\n")
    assert unproven_warnings(LOG, [RENAMED], output) == [
        f"{RENAMED.message!r}: 'ModelParameters' is in the output"
    ]


def test_a_known_warning_without_its_expected_output_fails(tmp_path: Path) -> None:
    output = _client(tmp_path, "    params?: string;\n")
    assert unproven_warnings(LOG, [RENAMED], output) == [
        f"{RENAMED.message!r}: 'parameters?: string;' is not in the output"
    ]


def test_a_known_warning_that_was_not_printed_needs_no_proof(tmp_path: Path) -> None:
    output = _client(tmp_path, "    other?: ModelParameters;\n")
    assert unproven_warnings(LOG.replace(RENAMED.message, "renamed"), [RENAMED], output) == []


def test_every_known_warning_says_why_and_only_the_beta_notice_goes_unproven() -> None:
    for target in (TYPESCRIPT, GO):
        for warning in target.known_warnings:
            assert warning.why.strip(), warning.message
            if warning is not BETA_NOTICE:
                assert warning.absent or warning.present, warning.message
