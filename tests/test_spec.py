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
        ("GET", f"{p}/actions/session-id/{{nonce}}"),
        ("DELETE", f"{p}/actions/session-id/{{nonce}}"),
        ("POST", f"/v2{p}/events/trigger"),
        ("POST", f"{p}/triggers/{{workflowId}}"),
        *{
            (m, f"{p}/proxy/{{integrationType}}/{{path}}")
            for m in ("GET", "POST", "PUT", "PATCH", "DELETE")
        },
    }
    assert described == expected


def test_hermes_and_proxy_operations_name_their_servers(spec: Spec) -> None:
    hosts = {server["url"] for server in spec["servers"]}
    assert hosts == {
        "https://zeus.{host}",
        "https://hermes.{host}",
        "https://{proxySubdomain}.{host}",
    }
    for path, _, operation in OPERATION_TABLE:
        urls = [server["url"] for server in operation.get("servers", [])]
        if "/events/" in path or "/triggers/" in path:
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


def _drop_operation_id(spec: Spec) -> None:
    del _operation(spec, "getCurrentUser")["operationId"]


def _duplicate_operation_id(spec: Spec) -> None:
    _operation(spec, "listIntegrations")["operationId"] = "getCurrentUser"


def _snake_operation_id(spec: Spec) -> None:
    _operation(spec, "listIntegrations")["operationId"] = "list_integrations"


def _two_tags(spec: Spec) -> None:
    _operation(spec, "getCredential")["tags"] = ["credentials", "user"]


def _undeclared_tag(spec: Spec) -> None:
    _operation(spec, "getCredential")["tags"] = ["accounts"]


def _no_summary(spec: Spec) -> None:
    del _operation(spec, "triggerEvent")["summary"]


def _no_description(spec: Spec) -> None:
    _operation(spec, "triggerEvent")["description"] = "  "


def _no_security(spec: Spec) -> None:
    del _operation(spec, "proxyGet")["security"]


def _no_401(spec: Spec) -> None:
    del _operation(spec, "enableWorkflow")["responses"]["401"]


def _no_422(spec: Spec) -> None:
    del _operation(spec, "enableWorkflow")["responses"]["422"]


def _inline_request_object(spec: Spec) -> None:
    body = _operation(spec, "updateUserMetadata")["requestBody"]["content"]["application/json"]
    body["schema"] = {"type": "object", "properties": {"meta": {"type": "object"}}}


def _inline_nested_object(spec: Spec) -> None:
    props = spec["components"]["schemas"]["Credential"]["properties"]
    props["owner"] = {"type": "object", "properties": {"name": {"type": "string"}}}


def _builtin_schema_name(spec: Spec) -> None:
    schemas = spec["components"]["schemas"]
    schemas["Error"] = schemas["ErrorEnvelope"]


def _variant_without_const(spec: Spec) -> None:
    del spec["components"]["schemas"]["FieldOption"]["properties"]["type"]["const"]


def _variant_tag_not_required(spec: Spec) -> None:
    spec["components"]["schemas"]["DoneStage"]["required"].remove("stage")


def _error_without_envelope(spec: Spec) -> None:
    _operation(spec, "getCredential")["responses"]["500"] = {
        "description": "oops",
        "content": {"text/plain": {"schema": {"type": "string"}}},
    }


def _rate_limit_without_retry_after(spec: Spec) -> None:
    del spec["components"]["responses"]["TooManyRequests"]["headers"]


def _response_without_example(spec: Spec) -> None:
    media = _operation(spec, "getCredential")["responses"]["200"]["content"]["application/json"]
    del media["examples"]


def _undeclared_path_parameter(spec: Spec) -> None:
    spec["paths"]["/projects/{projectId}/sdk/me"]["parameters"] = []


BREAKAGES: list[tuple[Callable[[Spec], None], str]] = [
    (_drop_operation_id, "no operationId"),
    (_duplicate_operation_id, "is also used by"),
    (_snake_operation_id, "is not camelCase"),
    (_two_tags, "exactly one is required"),
    (_undeclared_tag, "is not declared under the top-level tags"),
    (_no_summary, "no summary"),
    (_no_description, "no description"),
    (_no_security, "no security declared on the operation"),
    (_no_401, "no 401 response"),
    (_no_422, "no 422 response"),
    (_inline_request_object, "is not a reference to a named schema"),
    (_inline_nested_object, "Credential/properties/owner: inline object schema"),
    (_builtin_schema_name, "components/schemas/Error: named after a built-in type"),
    (_variant_without_const, "variant FieldOption: property 'type' needs const 'OPTION'"),
    (_variant_tag_not_required, "variant DoneStage does not require the tag property 'stage'"),
    (_error_without_envelope, "response 500 does not use #/components/schemas/ErrorEnvelope"),
    (_rate_limit_without_retry_after, "response 429 has no Retry-After header"),
    (_response_without_example, "response 200 application/json: no example"),
    (_undeclared_path_parameter, "path parameter {projectId} is not declared"),
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

    _no_security(spec)
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
    assert (
        "GET /projects/{projectId}/sdk/proxy/{integrationType}/{path}: no security" in failed.stdout
    )
