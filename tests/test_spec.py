"""The spec is valid OpenAPI 3.1, follows the house rules, and the lint catches each broken rule."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.validators import OpenAPIV31SpecValidator

from generator.spec_lint import lint
from tests.conftest import OPERATION_TABLE, REPO_ROOT, SPEC_PATH

Spec = dict[str, Any]


def test_spec_is_valid_openapi_3_1(spec: Spec) -> None:
    assert spec["openapi"] == "3.1.0"
    validate(spec, cls=OpenAPIV31SpecValidator)


def test_spec_follows_the_house_rules(spec: Spec) -> None:
    assert lint(spec) == []


def test_every_http_surface_request_is_described(spec: Spec) -> None:
    described = {(entry.method.upper(), entry.path) for entry in OPERATION_TABLE}
    p = "/projects/{projectId}/sdk"
    expected = {
        ("GET", f"{p}/me"),
        ("PATCH", f"{p}/me"),
        ("GET", f"{p}/integrations"),
        ("DELETE", f"{p}/integrations/{{integrationId}}"),
        ("GET", f"{p}/credentials"),
        ("POST", f"{p}/credentials"),
        ("GET", f"{p}/credentials/{{credentialId}}"),
        ("PATCH", f"{p}/credentials/{{credentialId}}"),
        ("POST", f"{p}/credentials/{{credentialId}}/complete-setup"),
        ("POST", f"{p}/credentials/{{credentialId}}/configurations"),
        ("PATCH", f"{p}/credentials/{{credentialId}}/configurations"),
        ("DELETE", f"{p}/credentials/{{credentialId}}/configurations"),
        ("POST", f"{p}/workflows/{{workflowId}}"),
        ("DELETE", f"{p}/workflows/{{workflowId}}"),
        ("POST", f"{p}/actions"),
        ("GET", f"/v2{p}/actions/build-oauth"),
        ("GET", f"{p}/actions/oauth-nonce"),
        ("POST", f"{p}/resources/{{resourceId}}/connect"),
        ("GET", f"{p}/actions/session-id/{{nonce}}"),
        ("DELETE", f"{p}/actions/session-id/{{nonce}}"),
        ("POST", f"/v2{p}/events/trigger"),
        ("POST", f"{p}/triggers/{{workflowId}}"),
        *{
            (m, f"{p}/proxy/{{integrationType}}/{{path}}")
            for m in ("GET", "POST", "PUT", "PATCH", "DELETE")
        },
        # ActionKit
        ("GET", "/projects/{projectId}/tools"),
        ("POST", "/projects/{projectId}/tools"),
        ("GET", "/projects/{projectId}/actions"),
        ("POST", "/projects/{projectId}/actions"),
        ("GET", "/projects/{projectId}/triggers"),
    }
    assert described == expected


def test_hermes_proxy_and_actionkit_operations_name_their_servers(spec: Spec) -> None:
    hosts = {server["url"] for server in spec["servers"]}
    assert hosts == {
        "https://zeus.{host}",
        # zeus on the cloud by the name of the REST reference's examples
        "https://api.useparagon.com",
        "https://hermes.{host}",
        "https://{proxySubdomain}.{host}",
        "https://{actionkitSubdomain}.{host}",
    }
    for path, _, operation in OPERATION_TABLE:
        urls = [server["url"] for server in operation.get("servers", [])]
        if not path.startswith(("/projects/{projectId}/sdk/", "/v2/")):
            assert urls == ["https://{actionkitSubdomain}.{host}"], operation["operationId"]
        elif "/events/" in path or "/triggers/" in path:
            assert urls == ["https://hermes.{host}"], operation["operationId"]
        elif "/proxy/" in path:
            assert urls == ["https://{proxySubdomain}.{host}"], operation["operationId"]
        else:
            assert urls == [], operation["operationId"]


def _operation(spec: Spec, operation_id: str) -> dict[str, Any]:
    for path_item in spec["paths"].values():
        for operation in path_item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation
    raise KeyError(operation_id)


def _inline_request_object(spec: Spec) -> None:
    body = _operation(spec, "updateUserMetadata")["requestBody"]["content"]["application/json"]
    body["schema"] = {"type": "object", "properties": {"meta": {"type": "object"}}}


def _inline_nested_object(spec: Spec) -> None:
    props = spec["components"]["schemas"]["Credential"]["properties"]
    props["owner"] = {"type": "object", "properties": {"name": {"type": "string"}}}


def _inline_object_in_array_items(spec: Spec) -> None:
    props = spec["components"]["schemas"]["ProjectSummary"]["properties"]
    props["accessibleFeatures"]["items"] = {"type": "object", "additionalProperties": True}


def _inline_object_in_parameter(spec: Spec) -> None:
    parameter = spec["components"]["parameters"]["CredentialSelector"]
    parameter["schema"] = {"type": "object", "properties": {"id": {"type": "string"}}}


def _variant_without_const(spec: Spec) -> None:
    del spec["components"]["schemas"]["DynamicDataSource"]["properties"]["type"]["const"]


def _variant_with_wrong_const(spec: Spec) -> None:
    spec["components"]["schemas"]["DoneStage"]["properties"]["stage"]["const"] = "finished"


def _variant_tag_not_required(spec: Spec) -> None:
    spec["components"]["schemas"]["DoneStage"]["required"].remove("stage")


def _mapping_misses_a_variant(spec: Spec) -> None:
    del spec["components"]["schemas"]["DataSource"]["discriminator"]["mapping"][
        "COMBO_INPUT_DATA_SOURCE"
    ]


def _inline_variant(spec: Spec) -> None:
    spec["components"]["schemas"]["DataSource"]["oneOf"][1] = {"type": "object"}


def _discriminator_without_one_of(spec: Spec) -> None:
    del spec["components"]["schemas"]["InstallFlowStage"]["oneOf"]


# The rules that Spectral checks (.spectral.yaml) are shown catching broken copies in
# tests/spec_tools/test_spectral_ruleset.py; these are the ones left to generator/spec_lint.py.
BREAKAGES: list[tuple[Callable[[Spec], None], str]] = [
    (
        _inline_request_object,
        "sdk/me/patch/requestBody/content/application/json/schema: inline object schema",
    ),
    (_inline_nested_object, "Credential/properties/owner: inline object schema"),
    (_inline_object_in_array_items, "accessibleFeatures/items: inline object schema"),
    (_inline_object_in_parameter, "parameters/CredentialSelector/schema: inline object schema"),
    (
        _variant_without_const,
        "variant DynamicDataSource: property 'type' needs const 'DYNAMIC_DATA_SOURCE'",
    ),
    (_variant_with_wrong_const, "variant DoneStage: property 'stage' needs const 'done'"),
    (_variant_tag_not_required, "variant DoneStage does not require the tag property 'stage'"),
    (_mapping_misses_a_variant, "DataSource: discriminator mapping does not list exactly"),
    (
        _inline_variant,
        "DataSource: every oneOf variant of a discriminated union must be a $ref",
    ),
    (_discriminator_without_one_of, "InstallFlowStage: discriminator without oneOf"),
]


@pytest.mark.parametrize(
    ("breakage", "expected"), BREAKAGES, ids=[b.__name__[1:] for b, _ in BREAKAGES]
)
def test_lint_catches_a_broken_copy(
    spec: Spec, breakage: Callable[[Spec], None], expected: str
) -> None:
    breakage(spec)
    problems = lint(spec)
    assert any(expected in problem for problem in problems), problems


def test_lint_skips_examples_that_look_like_schemas(spec: Spec) -> None:
    # An example value may hold keys such as "properties"; it is data, not a schema.
    example = spec["components"]["schemas"]["FieldOption"]["examples"][0]
    example["properties"] = {"type": "object", "properties": {}}
    assert lint(spec) == []


def test_lint_command_fails_on_a_broken_file_and_passes_on_the_spec(
    spec: Spec, tmp_path: Path
) -> None:
    ok = subprocess.run(
        [sys.executable, "-m", "generator.spec_lint", str(SPEC_PATH)],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO_ROOT,
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr

    _inline_nested_object(spec)
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    failed = subprocess.run(
        [sys.executable, "-m", "generator.spec_lint", str(broken)],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO_ROOT,
    )
    assert failed.returncode == 1
    assert "components/schemas/Credential/properties/owner: inline object schema" in failed.stdout
