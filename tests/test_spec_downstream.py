"""The downstream matrix's plumbing, without the tools: logs, configs, the mock's banner, reports.

The matrix itself, with Java, Go and Node, runs in the nox session ``downstream`` (and its tests
with the real tools in tests/downstream/).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from generator.spec_downstream import (
    BETA_NOTICE,
    GO,
    GO_MODULE_PREFIX,
    LOG_LINE,
    LOGBACK,
    OPENAPI_FETCH,
    PYTHON,
    SCENARIOS,
    TARGETS,
    TYPESCRIPT_AXIOS,
    TYPESCRIPT_FETCH,
    DownstreamError,
    KnownWarning,
    Mock,
    Outcome,
    Target,
    _stage,
    announced_steps,
    batch_config,
    checked_steps,
    declared_steps,
    go_mod,
    new_user,
    openapi_typescript_noise,
    printed_warnings,
    read_banner,
    report,
    scenario_environment,
    service_specs,
    steps_passed,
    tsconfig,
    unexpected_warnings,
    unproven_warnings,
)
from generator.spec_lint import DEFAULT_SPEC, REPO_ROOT

RENAMED = KnownWarning(
    "Parameters (model name matches existing language type) cannot be used as a model name. "
    "Renamed to ModelParameters",
    "a parameter's name, tried as a model name",
    absent="ModelParameters",
    present="parameters?: string;",
)

# What `batch` prints with LOGBACK: its own lines, then the generators' warnings.
LOG = f"""\
[pool-1-thread-2] Generating typescript-fetch (outputs to out/typescript-fetch/zeus)…
[pool-1-thread-2] WARN  o.o.codegen.DefaultCodegen - {BETA_NOTICE.message}
[pool-1-thread-2] WARN  o.o.c.l.AbstractTypeScriptClientCodegen - {RENAMED.message}
################################################################################
# Thanks for using OpenAPI Generator.                                          #
################################################################################
[pool-1-thread-2] Finished generating typescript-fetch…
[SUCCESS] Batch generation finished 3 generators successfully.
"""


def test_known_warnings_and_other_lines_pass() -> None:
    assert unexpected_warnings(LOG, [BETA_NOTICE, RENAMED]) == []
    assert printed_warnings(LOG) == {BETA_NOTICE.message, RENAMED.message}


def test_an_unknown_warning_fails() -> None:
    log = LOG + (
        "[pool-1-thread-1] WARN  o.o.c.l.AbstractTypeScriptClientCodegen - Configuration "
        "(reserved word) cannot be used as model name. Renamed to ModelConfiguration\n"
    )
    assert unexpected_warnings(log, [BETA_NOTICE, RENAMED]) == [
        "WARN Configuration (reserved word) cannot be used as model name. "
        "Renamed to ModelConfiguration"
    ]


def test_a_known_warning_of_another_generator_fails() -> None:
    assert unexpected_warnings(LOG, [BETA_NOTICE]) == [f"WARN {RENAMED.message}"]


def test_errors_and_lines_outside_the_log_format_fail() -> None:
    log = (
        "[pool-1-thread-1] ERROR o.o.codegen.DefaultGenerator - Could not process model 'A'\n"
        "WARNING: A terminally deprecated method in sun.misc.Unsafe has been called\n"
        'Exception in thread "main" java.lang.RuntimeException: boom\n'
    )
    assert unexpected_warnings(log, [BETA_NOTICE]) == [
        "ERROR Could not process model 'A'",
        "WARNING: A terminally deprecated method in sun.misc.Unsafe has been called",
        'Exception in thread "main" java.lang.RuntimeException: boom',
    ]


def test_the_logback_pattern_prints_what_the_log_reader_reads() -> None:
    # `[%thread] %-5level %logger{36} - %msg%n`, as logback fills it in for a warning.
    pattern = re.search(r"<pattern>(.*)</pattern>", LOGBACK)
    assert pattern is not None and pattern.group(1) == "[%thread] %-5level %logger{36} - %msg%n"
    line = "[pool-1-thread-3] WARN  o.o.c.languages.AbstractGoCodegen - a message"
    match = LOG_LINE.match(line)
    assert match is not None and match.groups() == ("WARN", "a message")
    # `batch` sets these two loggers to errors only; levels named below them survive that.
    assert '<logger name="org.openapitools.codegen" level="WARN"/>' in LOGBACK
    assert '<logger name="io.swagger.v3" level="WARN"/>' in LOGBACK


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


def test_python_output_counts_as_proof(tmp_path: Path) -> None:
    warning = KnownWarning("m", "why", present="Dict[str, WorkflowSettingState]")
    (tmp_path / "model.py").write_text("x: Dict[str, WorkflowSettingState]\n", "utf-8")
    log = "[main] WARN  o.o.codegen.utils.ModelUtils - m\n"
    assert unproven_warnings(log, [warning], tmp_path) == []


def test_every_known_warning_says_why_and_only_the_beta_notice_goes_unproven() -> None:
    for target in TARGETS:
        for warning in target.known_warnings:
            assert warning.why.strip(), warning.message
            if warning is not BETA_NOTICE:
                assert warning.absent or warning.present, warning.message


def test_openapi_typescript_may_print_its_banner_and_files_only() -> None:
    log = (
        "✨ openapi-typescript 7.13.0\n"
        "🚀 specs/paragon-zeus.yaml → zeus.ts [441ms]\n"
        "\n"
        "⚠️  unknown format: uuid4\n"
    )
    assert openapi_typescript_noise(log) == ["⚠️  unknown format: uuid4"]


def test_every_target_has_its_scenario_and_a_generator_name_or_openapi_typescript() -> None:
    assert [target.name for target in TARGETS] == [
        "typescript-fetch",
        "typescript-axios",
        "python",
        "go",
        "openapi-fetch",
    ]
    for target in TARGETS:
        assert (SCENARIOS / target.scenario).is_file(), target.scenario
    assert OPENAPI_FETCH.generator is None
    assert {target.generator for target in TARGETS if target is not OPENAPI_FETCH} == {
        "python",
        "typescript-fetch",
        "typescript-axios",
        "go",
    }


def test_a_batch_config_names_the_service_at_any_depth(tmp_path: Path) -> None:
    spec = tmp_path / "paragon-hermes.yaml"
    config = batch_config(GO, "hermes", spec, tmp_path / "go" / "hermes")
    assert config["generatorName"] == "go"
    assert config["inputSpec"] == str(spec)
    assert config["outputDir"] == str(tmp_path / "go" / "hermes")
    assert config["packageName"] == "hermes"
    assert config["gitRepoId"] == "hermes"
    assert config["additionalProperties"] == {
        "enumClassPrefix": True,
        "useOneOfDiscriminatorLookup": True,
    }
    assert config["globalProperties"] == {
        "apiTests": "false",
        "modelTests": "false",
        "apiDocs": "false",
        "modelDocs": "false",
    }
    assert batch_config(PYTHON, "zeus", spec, tmp_path)["packageName"] == "paragon_zeus"
    # What `batch` reads is JSON.
    json.dumps(config)


def test_the_go_scenario_module_takes_each_service_from_its_folder() -> None:
    text = go_mod(["zeus", "hermes", "proxy"])
    assert text.startswith(f"module {GO_MODULE_PREFIX}/scenario\n")
    for service in ("zeus", "hermes", "proxy"):
        assert f"\t{GO_MODULE_PREFIX}/{service} v0.0.0\n" in text
        assert f"\t{GO_MODULE_PREFIX}/{service} => ../{service}\n" in text


def test_a_tsconfig_compiles_the_scenario_with_every_client() -> None:
    services = ["zeus", "hermes", "proxy"]
    assert tsconfig(TYPESCRIPT_FETCH, services)["include"] == [
        "scenario_fetch.ts",
        "zeus/**/*.ts",
        "hermes/**/*.ts",
        "proxy/**/*.ts",
    ]
    assert tsconfig(OPENAPI_FETCH, services)["include"] == [
        "scenario_openapi_fetch.ts",
        "zeus.ts",
        "hermes.ts",
        "proxy.ts",
    ]


def test_the_mock_banner_gives_its_address_and_project() -> None:
    banner = (
        "Paragon mock on http://127.0.0.1:43815\n"
        "project  38b1f170-0c43-4eae-9a04-ab85325d99f7\n"
        "user     xyz\n"
    )
    assert read_banner(banner) == Mock(
        "http://127.0.0.1:43815", "38b1f170-0c43-4eae-9a04-ab85325d99f7"
    )
    assert read_banner("Paragon mock on http://127.0.0.1:43815\n") is None
    assert read_banner("") is None


def test_a_scenario_gets_what_a_user_sets(tmp_path: Path) -> None:
    mock = Mock("http://127.0.0.1:4010", "38b1f170-0c43-4eae-9a04-ab85325d99f7")
    environment = scenario_environment(GO, tmp_path, ["zeus"], mock, "a.token")
    assert environment == {
        "PARAGON_BASE_URL": "http://127.0.0.1:4010",
        "PARAGON_TOKEN": "a.token",
        "PARAGON_PROJECT_ID": "38b1f170-0c43-4eae-9a04-ab85325d99f7",
    }
    python = scenario_environment(PYTHON, tmp_path, ["zeus", "hermes"], mock, "a.token")
    assert python["PYTHONPATH"].split(os.pathsep) == [
        str(tmp_path / "zeus"),
        str(tmp_path / "hermes"),
    ]


def test_every_run_is_a_new_user() -> None:
    users = {new_user(PYTHON) for _ in range(20)}
    assert len(users) == 20
    assert all(user.startswith("downstream-python-") for user in users)


def test_the_report_has_a_line_per_target() -> None:
    outcomes = [
        Outcome("python", {"generate": 5.04, "build": 1.0, "scenario": 2.0}),
        Outcome("go", {"generate": 6.0, "build": 9.5}, ["go: build: it broke"]),
    ]
    assert report(outcomes).splitlines() == [
        "target              generate   build  scenario  result",
        "python                 5.0 s   1.0 s     2.0 s  passed",
        "go                     6.0 s   9.5 s         -  FAILED",
    ]


def test_a_stage_records_its_time_and_its_failure() -> None:
    outcome = Outcome("go")
    with _stage(outcome, "generate"):
        pass
    with pytest.raises(DownstreamError), _stage(outcome, "build"):
        raise DownstreamError("`go build` failed (1)")
    assert set(outcome.seconds) == {"generate", "build"}
    assert outcome.problems == ["go: build: `go build` failed (1)"]


# How each scenario imports a service's client, by target.
_CLIENT_IMPORTS: dict[str, str] = {
    PYTHON.name: "import paragon_{service}",
    GO.name: f'"{GO_MODULE_PREFIX}/{{service}}"',
    TYPESCRIPT_FETCH.name: 'import * as {service} from "./{service}";',
    TYPESCRIPT_AXIOS.name: 'import * as {service} from "./{service}";',
    OPENAPI_FETCH.name: 'from "./{service}";',
}


def test_every_service_document_gets_a_client_that_every_scenario_uses(tmp_path: Path) -> None:
    # The matrix makes a client of each document the spec splits into (spec/services/ holds
    # them); a scenario that leaves one out would let it break unseen.
    services = list(service_specs(DEFAULT_SPEC, tmp_path))
    published = REPO_ROOT / "spec" / "services"
    assert sorted(services) == sorted(
        path.stem.removeprefix("paragon-") for path in published.glob("paragon-*.yaml")
    )
    assert set(_CLIENT_IMPORTS) == {target.name for target in TARGETS}
    for target in TARGETS:
        source = (SCENARIOS / target.scenario).read_text(encoding="utf-8")
        for service in services:
            assert _CLIENT_IMPORTS[target.name].format(service=service) in source, (
                f"{target.scenario} does not use the {service} client"
            )


def test_every_scenario_declares_the_same_steps_numbered_in_order() -> None:
    python = declared_steps(PYTHON)
    assert [step.split(".")[0] for step in python] == [str(n) for n in range(1, len(python) + 1)]
    assert python[-3:] == [
        "9. install Slack through OAuth",
        "10. list Slack's Tools and run SLACK_SEND_MESSAGE (actionkit)",
        "11. list the Triggers (actionkit)",
    ]
    for target in TARGETS:
        assert declared_steps(target) == python, target.scenario


_GO_OUTPUT = """\
go: 1. GET /sdk/me
go:   listTools: a note between the steps
python: 2. a line of another target
go: 2. list the integrations
go: every step passed
"""


def test_a_run_announces_its_steps_and_nothing_else_counts(tmp_path: Path) -> None:
    assert announced_steps(GO, _GO_OUTPUT) == ["1. GET /sdk/me", "2. list the integrations"]
    scenario = tmp_path / "scenario.go"
    scenario.write_text(
        'step("1. GET /sdk/me")\n\tstep("2. list the integrations")\n', encoding="utf-8"
    )
    target = Target(GO.name, GO.generator, str(scenario))  # an absolute path wins over SCENARIOS
    assert declared_steps(target) == ["1. GET /sdk/me", "2. list the integrations"]
    assert checked_steps(target, _GO_OUTPUT) == ["1. GET /sdk/me", "2. list the integrations"]


def test_a_run_that_skips_a_declared_step_fails(tmp_path: Path) -> None:
    scenario = tmp_path / "scenario.go"
    scenario.write_text(
        'step("1. GET /sdk/me")\nstep("2. list the integrations")\nstep("3. more")\n',
        encoding="utf-8",
    )
    target = Target(GO.name, GO.generator, str(scenario))
    with pytest.raises(DownstreamError) as failure:
        checked_steps(target, _GO_OUTPUT)
    assert "not those it declares" in str(failure.value)
    assert "3. more" in str(failure.value)


def test_the_steps_passed_are_counted_per_target() -> None:
    steps = ["1. a", "2. b"]
    same = [Outcome("python", steps=steps), Outcome("go", steps=steps)]
    assert steps_passed(same) == "2 × 2 steps"
    assert steps_passed([Outcome("python", steps=steps), Outcome("go", steps=["1. a"])]) == (
        "3 steps"
    )
