"""The breaking-change guard: each kind of break is caught, safe changes pass, versions decide."""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.spec_breaking import (
    KINDS,
    RELEASED_DIR,
    find_breaking_changes,
    guard,
    release,
)
from tests.conftest import REPO_ROOT, SPEC_DATA, SPEC_PATH

Spec = dict[str, Any]
# libyaml's dumper, when there is one: the version tests write many copies of the spec.
DUMPER: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _operation(spec: Spec, operation_id: str) -> dict[str, Any]:
    for path_item in spec["paths"].values():
        for operation in path_item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation
    raise KeyError(operation_id)


def _schema(spec: Spec, name: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"][name]
    return schema


def _parameter(spec: Spec, operation_id: str, name: str) -> dict[str, Any]:
    for parameter in _operation(spec, operation_id).get("parameters", []):
        if parameter.get("name") == name:
            found: dict[str, Any] = parameter
            return found
    raise KeyError(name)


# --- Changes that break a client -----------------------------------------------------------------


def _remove_operation(spec: Spec) -> None:
    del spec["paths"]["/projects/{projectId}/sdk/me"]["patch"]


def _rename_operation_id(spec: Spec) -> None:
    _operation(spec, "getCredential")["operationId"] = "readCredential"


def _remove_response(spec: Spec) -> None:
    del _operation(spec, "triggerWorkflow")["responses"]["202"]


def _remove_media_type(spec: Spec) -> None:
    responses = _operation(spec, "triggerEvent")["responses"]["201"]
    responses["content"]["application/problem+json"] = responses["content"].pop("application/json")


def _remove_response_field(spec: Spec) -> None:
    url = _schema(spec, "OAuthUrl")
    del url["properties"]["redirectUrl"]
    url["required"].remove("redirectUrl")


def _response_field_no_longer_required(spec: Spec) -> None:
    _schema(spec, "OAuthUrl")["required"].remove("redirectUrl")


def _remove_enum_value_of_a_response(spec: Spec) -> None:
    _schema(spec, "CredentialStatus")["enum"].remove("INVALID")


def _change_a_const(spec: Spec) -> None:
    _schema(spec, "FieldOptionParameterSource")["properties"]["type"]["const"] = "LITERAL"


def _add_required_parameter(spec: Spec) -> None:
    _operation(spec, "listCredentials")["parameters"].append(
        {"name": "limit", "in": "query", "required": True, "schema": {"type": "integer"}}
    )


def _make_parameter_required(spec: Spec) -> None:
    _parameter(spec, "listCredentials", "includeAccountAuth")["required"] = True


def _make_shared_header_required(spec: Spec) -> None:
    spec["components"]["parameters"]["CredentialSelector"]["required"] = True


def _remove_parameter(spec: Spec) -> None:
    parameters = _operation(spec, "listCredentials")["parameters"]
    parameters[:] = [p for p in parameters if p.get("name") != "includeAccountAuth"]


def _add_required_request_field(spec: Spec) -> None:
    event = _schema(spec, "AppEvent")
    event["properties"]["source"] = {"type": "string"}
    event["required"].append("source")


def _make_request_field_required(spec: Spec) -> None:
    _schema(spec, "CredentialCreateRequest")["required"].append("installOptions")


def _remove_request_field(spec: Spec) -> None:
    del _schema(spec, "InstallOptions")["properties"]["externalId"]


def _make_request_body_required(spec: Spec) -> None:
    _operation(spec, "triggerWorkflow")["requestBody"]["required"] = True


def _narrow_a_request_type(spec: Spec) -> None:
    _schema(spec, "FieldOptionParameterSource")["properties"]["value"]["type"] = "integer"


def _change_a_response_type(spec: Spec) -> None:
    _schema(spec, "EventReceipt")["properties"]["name"]["type"] = "integer"


def _make_a_response_field_nullable(spec: Spec) -> None:
    _schema(spec, "EventReceipt")["properties"]["name"]["type"] = ["string", "null"]


def _change_a_parameter_type(spec: Spec) -> None:
    _parameter(spec, "listCredentials", "includeAccountAuth")["schema"] = {"type": "integer"}


def _remove_a_request_variant(spec: Spec) -> None:
    pagination = _schema(spec, "FieldOptionsPagination")["properties"]["pageCursor"]
    del pagination["oneOf"][1]


# Each break, the kind it must be reported as, and a piece of where it must be reported.
BREAKS: list[tuple[Callable[[Spec], None], str, str]] = [
    (_remove_operation, "removed-operation", "PATCH /projects/{projectId}/sdk/me"),
    (_rename_operation_id, "changed-operation-id", "GET /projects/{projectId}/sdk/credentials/"),
    (_remove_response, "removed-response", "POST /projects/{projectId}/sdk/triggers/"),
    (_remove_media_type, "removed-media-type", "events/trigger response 201"),
    (_remove_response_field, "removed-response-field", "OAuthUrl.redirectUrl"),
    (
        _response_field_no_longer_required,
        "response-field-not-required",
        "OAuthUrl.redirectUrl",
    ),
    (_remove_enum_value_of_a_response, "removed-enum-value", "components/schemas/CredentialStatus"),
    (_change_a_const, "removed-enum-value", "FieldOptionParameterSource.type"),
    (_add_required_parameter, "new-required-parameter", "query parameter limit"),
    (_make_parameter_required, "new-required-parameter", "query parameter includeAccountAuth"),
    (_make_shared_header_required, "new-required-parameter", "X-Paragon-Credential"),
    (_remove_parameter, "removed-parameter", "query parameter includeAccountAuth"),
    (_add_required_request_field, "new-required-request-field", "AppEvent.source"),
    (
        _make_request_field_required,
        "new-required-request-field",
        "CredentialCreateRequest.installOptions",
    ),
    (_remove_request_field, "removed-request-field", "InstallOptions.externalId"),
    (_make_request_body_required, "required-request-body", "POST /projects/{projectId}/sdk/trig"),
    (_narrow_a_request_type, "changed-type", "FieldOptionParameterSource.value"),
    (_change_a_response_type, "changed-type", "EventReceipt.name"),
    (_make_a_response_field_nullable, "changed-type", "EventReceipt.name"),
    (_change_a_parameter_type, "changed-type", "query parameter includeAccountAuth"),
    (_remove_a_request_variant, "removed-variant", "FieldOptionsPagination.pageCursor"),
]


def _name(change: Callable[[Spec], None]) -> str:
    return change.__name__.lstrip("_")


def _changed(change: Callable[[Spec], None]) -> Spec:
    spec = copy.deepcopy(SPEC_DATA)
    change(spec)
    return spec


@pytest.mark.parametrize(("change", "kind", "where"), BREAKS, ids=[_name(c) for c, _, _ in BREAKS])
def test_each_kind_of_break_is_caught(
    change: Callable[[Spec], None], kind: str, where: str
) -> None:
    breaks = find_breaking_changes(SPEC_DATA, _changed(change))
    assert any(b.kind == kind and where in str(b) for b in breaks), [str(b) for b in breaks]


def test_every_kind_is_shown_by_a_test() -> None:
    assert {kind for _, kind, _ in BREAKS} == set(KINDS)


def test_a_change_inside_a_shared_schema_is_reported_once_with_an_operation_using_it() -> None:
    breaks = find_breaking_changes(SPEC_DATA, _changed(_remove_enum_value_of_a_response))
    assert len(breaks) == 1
    assert breaks[0].where == "components/schemas/CredentialStatus"
    assert breaks[0].site.endswith("response 200 application/json")


# --- Changes that do not break a client ----------------------------------------------------------


def _add_optional_response_field(spec: Spec) -> None:
    _schema(spec, "EventReceipt")["properties"]["source"] = {"type": "string"}


def _add_optional_request_field(spec: Spec) -> None:
    _schema(spec, "AppEvent")["properties"]["source"] = {"type": "string"}


def _make_response_field_required(spec: Spec) -> None:
    _schema(spec, "ProjectSummary")["required"].append("billingPlan")


def _make_request_field_optional(spec: Spec) -> None:
    _schema(spec, "AppEvent")["required"].remove("payload")


def _add_enum_value(spec: Spec) -> None:
    _schema(spec, "CredentialStatus")["enum"].append("EXPIRED")


def _widen_a_request_type(spec: Spec) -> None:
    _schema(spec, "AppEvent")["properties"]["name"]["type"] = ["string", "null"]


def _narrow_a_response_type(spec: Spec) -> None:
    _schema(spec, "OAuthSession")["properties"]["message"]["type"] = "string"


def _add_optional_parameter(spec: Spec) -> None:
    _operation(spec, "listCredentials")["parameters"].append(
        {"name": "limit", "in": "query", "required": False, "schema": {"type": "integer"}}
    )


def _add_operation(spec: Spec) -> None:
    spec["paths"]["/projects/{projectId}/sdk/me"]["put"] = copy.deepcopy(
        _operation(spec, "updateUserMetadata")
    ) | {"operationId": "replaceUserMetadata"}


def _rename_a_component(spec: Spec) -> None:
    schemas = spec["components"]["schemas"]
    schemas["AppEventReceipt"] = schemas.pop("EventReceipt")
    media = _operation(spec, "triggerEvent")["responses"]["201"]["content"]["application/json"]
    media["schema"]["$ref"] = "#/components/schemas/AppEventReceipt"


def _rename_a_path_parameter(spec: Spec) -> None:
    paths = spec["paths"]
    item = paths.pop("/projects/{projectId}/sdk/credentials/{credentialId}")
    paths["/projects/{projectId}/sdk/credentials/{id}"] = item
    item["parameters"][1] = {
        "name": "id",
        "in": "path",
        "required": True,
        "schema": {"type": "string"},
    }


def _edit_descriptions_and_examples(spec: Spec) -> None:
    _operation(spec, "triggerEvent")["description"] = "Sends an App Event."
    _schema(spec, "IntegrationType")["examples"] = ["slack"]


SAFE_CHANGES: list[Callable[[Spec], None]] = [
    _add_optional_response_field,
    _add_optional_request_field,
    _make_response_field_required,
    _make_request_field_optional,
    _add_enum_value,
    _widen_a_request_type,
    _narrow_a_response_type,
    _add_optional_parameter,
    _add_operation,
    _rename_a_component,
    _rename_a_path_parameter,
    _edit_descriptions_and_examples,
]


@pytest.mark.parametrize("change", SAFE_CHANGES, ids=[_name(c) for c in SAFE_CHANGES])
def test_safe_changes_pass(change: Callable[[Spec], None]) -> None:
    assert [str(b) for b in find_breaking_changes(SPEC_DATA, _changed(change))] == []


def test_the_spec_does_not_break_itself() -> None:
    assert find_breaking_changes(SPEC_DATA, SPEC_DATA) == []


# --- Versions: which released file is the baseline, and when breaks are allowed -------------------


def _write(path: Path, spec: Spec) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.dump(spec, Dumper=DUMPER, sort_keys=False, allow_unicode=True)
    path.write_text(text, encoding="utf-8")
    return path


def _versioned(version: str, change: Callable[[Spec], None] | None = None) -> Spec:
    spec = copy.deepcopy(SPEC_DATA)
    if change is not None:
        change(spec)
    spec["info"]["version"] = version
    return spec


@pytest.fixture
def released(tmp_path: Path) -> Path:
    """A released/ folder holding version 1.0.0 of the spec."""
    folder = tmp_path / "released"
    _write(folder / "paragon-1.0.0.yaml", _versioned("1.0.0"))
    return folder


def test_the_working_spec_keeps_the_promises_of_its_released_version() -> None:
    version = SPEC_DATA["info"]["version"]
    assert (RELEASED_DIR / f"paragon-{version}.yaml").is_file()
    result = guard(SPEC_PATH, RELEASED_DIR)
    assert result.ok, [result.message, *map(str, result.breaks)]
    assert result.baseline == RELEASED_DIR / f"paragon-{version}.yaml"


def test_a_compatible_change_under_the_same_version_passes(tmp_path: Path, released: Path) -> None:
    spec = _write(tmp_path / "paragon.yaml", _versioned("1.0.0", _add_optional_response_field))
    result = guard(spec, released)
    assert result.ok
    assert result.breaks == ()


def test_a_break_under_the_same_version_fails(tmp_path: Path, released: Path) -> None:
    spec = _write(tmp_path / "paragon.yaml", _versioned("1.0.0", _remove_operation))
    result = guard(spec, released)
    assert not result.ok
    assert "bump info.version past 1.0.0 and keep paragon-1.0.0.yaml beside it" in result.message
    assert [b.kind for b in result.breaks] == ["removed-operation"]


def test_a_break_is_allowed_when_the_version_is_bumped_and_the_old_file_kept(
    tmp_path: Path, released: Path
) -> None:
    spec = _write(tmp_path / "paragon.yaml", _versioned("2.0.0", _remove_operation))
    result = guard(spec, released)
    assert result.ok
    assert result.baseline == released / "paragon-1.0.0.yaml"
    assert [b.kind for b in result.breaks] == ["removed-operation"]


def test_the_newest_release_is_the_baseline_of_a_bumped_version(
    tmp_path: Path, released: Path
) -> None:
    _write(released / "paragon-1.10.0.yaml", _versioned("1.10.0", _remove_operation))
    spec = _write(tmp_path / "paragon.yaml", _versioned("1.11.0", _remove_operation))
    result = guard(spec, released)
    assert result.ok
    assert result.baseline == released / "paragon-1.10.0.yaml"
    assert result.breaks == ()


def test_a_version_older_than_the_newest_release_fails(tmp_path: Path, released: Path) -> None:
    spec = _write(tmp_path / "paragon.yaml", _versioned("0.9.0"))
    result = guard(spec, released)
    assert not result.ok
    assert "neither released nor newer than the newest release (1.0.0)" in result.message


def test_no_released_spec_fails(tmp_path: Path) -> None:
    spec = _write(tmp_path / "paragon.yaml", _versioned("1.0.0"))
    result = guard(spec, tmp_path / "released")
    assert not result.ok
    assert "no released spec" in result.message


def test_a_released_file_must_declare_its_own_version(tmp_path: Path, released: Path) -> None:
    _write(released / "paragon-1.1.0.yaml", _versioned("1.0.0"))
    spec = _write(tmp_path / "paragon.yaml", _versioned("1.1.0"))
    result = guard(spec, released)
    assert not result.ok
    assert "paragon-1.1.0.yaml declares info.version '1.0.0'" in result.message


def test_a_version_that_is_not_dotted_numbers_fails(tmp_path: Path, released: Path) -> None:
    spec = _write(tmp_path / "paragon.yaml", _versioned("1.1.0-beta"))
    result = guard(spec, released)
    assert not result.ok
    assert "not dotted numbers" in result.message


def test_release_copies_the_spec_and_refuses_to_overwrite_a_different_release(
    tmp_path: Path,
) -> None:
    spec = _write(tmp_path / "paragon.yaml", _versioned("1.2.0"))
    target = release(spec, tmp_path / "released")
    assert target == tmp_path / "released" / "paragon-1.2.0.yaml"
    assert target.read_bytes() == spec.read_bytes()
    assert release(spec, tmp_path / "released") == target
    _write(spec, _versioned("1.2.0", _add_enum_value))
    with pytest.raises(FileExistsError, match=r"bump info\.version"):
        release(spec, tmp_path / "released")


def _run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator.spec_breaking", *arguments],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO_ROOT,
    )


def test_command_passes_on_the_repository_and_fails_on_a_break(
    tmp_path: Path, released: Path
) -> None:
    assert _run().returncode == 0

    broken = _write(tmp_path / "paragon.yaml", _versioned("1.0.0", _remove_response_field))
    failed = _run("--spec", str(broken), "--released-dir", str(released))
    assert failed.returncode == 1
    assert "components/schemas/OAuthUrl.redirectUrl: response field removed" in failed.stdout
    assert "breaks paragon-1.0.0.yaml" in failed.stderr

    against = _run("--spec", str(broken), "--against", str(released / "paragon-1.0.0.yaml"))
    assert against.returncode == 1
    assert "1 breaking change(s)" in against.stdout
