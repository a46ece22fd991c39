"""The Spectral ruleset (.spectral.yaml): the spec passes it, and each rule catches a broken copy.

Spectral takes about a second per copy plus one to start, so the broken copies are linted by a
few Spectral runs at once, made once for the module, and the tests read their findings. The
copies live outside spec/, where the ruleset's override for the deliberately unreferenced
client-side schemas does not apply: the unchanged copy shows exactly those findings, no other.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.spec_examples import check_examples
from generator.spec_lint import REPO_ROOT
from tests.spec_tools._node import SPEC_PATH, node_tool, spec_copy

Spec = dict[str, Any]
Finding = dict[str, Any]

RULESET = REPO_ROOT / ".spectral.yaml"
CLIENT_SIDE_SCHEMAS = {
    "InstallFlowStage",
    "IntegrationMetadata",
    "IntegrationUserConfig",
    "FieldOptionsResult",
    "ParagonUser",
}


def _spectral(*arguments: str, cwd: Path = REPO_ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            str(node_tool("spectral")),
            "lint",
            *arguments,
            "--ruleset",
            str(RULESET),
            "--format",
            "json",
            "--fail-severity",
            "hint",
            "--quiet",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
    )


def _operation(spec: Spec, operation_id: str) -> dict[str, Any]:
    for path_item in spec["paths"].values():
        for operation in path_item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation
    raise KeyError(operation_id)


def _unchanged(spec: Spec) -> None:
    pass


def _drop_operation_id(spec: Spec) -> None:
    del _operation(spec, "getCurrentUser")["operationId"]


def _duplicate_operation_id(spec: Spec) -> None:
    _operation(spec, "listIntegrations")["operationId"] = "getCurrentUser"


def _snake_operation_id(spec: Spec) -> None:
    _operation(spec, "listIntegrations")["operationId"] = "list_integrations"


def _two_tags(spec: Spec) -> None:
    _operation(spec, "getCredential")["tags"] = ["credentials", "user"]


def _no_tags(spec: Spec) -> None:
    _operation(spec, "getCredential")["tags"] = []


def _undeclared_tag(spec: Spec) -> None:
    _operation(spec, "getCredential")["tags"] = ["accounts"]


def _no_summary(spec: Spec) -> None:
    del _operation(spec, "triggerEvent")["summary"]


def _blank_summary(spec: Spec) -> None:
    _operation(spec, "triggerEvent")["summary"] = " "


def _no_description(spec: Spec) -> None:
    del _operation(spec, "triggerEvent")["description"]


def _blank_description(spec: Spec) -> None:
    _operation(spec, "triggerEvent")["description"] = "  "


def _no_security(spec: Spec) -> None:
    del _operation(spec, "proxyGet")["security"]


def _empty_security(spec: Spec) -> None:
    _operation(spec, "proxyGet")["security"] = []


def _undefined_security_scheme(spec: Spec) -> None:
    _operation(spec, "proxyGet")["security"] = [{"apiKey": []}]


def _no_401(spec: Spec) -> None:
    del _operation(spec, "enableWorkflow")["responses"]["401"]


def _no_404(spec: Spec) -> None:
    del _operation(spec, "enableWorkflow")["responses"]["404"]


def _a_422(spec: Spec) -> None:
    # Inline: Spectral would report a $ref'd response at its target under components.
    _operation(spec, "enableWorkflow")["responses"]["422"] = {"description": "Unprocessable"}


def _error_without_envelope(spec: Spec) -> None:
    _operation(spec, "getCredential")["responses"]["500"] = {
        "description": "oops",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ProxyResponse"}}},
    }


def _shared_response_without_envelope(spec: Spec) -> None:
    media = spec["components"]["responses"]["NotFound"]["content"]["application/json"]
    media["schema"] = {"$ref": "#/components/schemas/ErrorMeta"}


def _shared_response_with_inline_schema(spec: Spec) -> None:
    media = spec["components"]["responses"]["Conflict"]["content"]["application/json"]
    media["schema"] = {"type": "string"}


def _rate_limit_without_retry_after(spec: Spec) -> None:
    del spec["components"]["responses"]["TooManyRequests"]["headers"]


def _inline_request_object(spec: Spec) -> None:
    body = _operation(spec, "updateUserMetadata")["requestBody"]["content"]["application/json"]
    body["schema"] = {"type": "object", "properties": {"meta": {"type": "object"}}}


def _response_without_example(spec: Spec) -> None:
    media = _operation(spec, "getCredential")["responses"]["200"]["content"]["application/json"]
    del media["examples"]


def _request_without_example(spec: Spec) -> None:
    media = _operation(spec, "createCredential")["requestBody"]["content"]["application/json"]
    del media["examples"]


def _builtin_schema_name(spec: Spec) -> None:
    schemas = spec["components"]["schemas"]
    schemas["Error"] = schemas.pop("ErrorMeta")
    schemas["ErrorEnvelope"]["properties"]["meta"]["$ref"] = "#/components/schemas/Error"


def _runtime_class_schema_name(spec: Spec) -> None:
    schemas = spec["components"]["schemas"]
    schemas["Configuration"] = schemas.pop("CredentialConfiguration")
    items = schemas["Credential"]["properties"]["configurations"]["items"]
    items["$ref"] = "#/components/schemas/Configuration"
    items = schemas["IntegrationState"]["properties"]["allConfigurations"]["items"]
    items["$ref"] = "#/components/schemas/Configuration"


def _undeclared_path_parameter(spec: Spec) -> None:
    spec["paths"]["/projects/{projectId}/sdk/me"]["parameters"] = []


def _unreferenced_schema(spec: Spec) -> None:
    spec["components"]["schemas"]["Orphan"] = {"type": "string", "description": "Used nowhere."}


def _schema_example_breaking_a_pattern(spec: Spec) -> None:
    spec["components"]["schemas"]["IntegrationType"]["examples"] = ["1password"]


# Each breakage, the Spectral rule that must report it, and a piece of the reported path.
BREAKAGES: list[tuple[Callable[[Spec], None], str, str]] = [
    (_drop_operation_id, "operation-operationId", "paths./projects/{projectId}/sdk/me.get"),
    (_duplicate_operation_id, "operation-operationId-unique", "operationId"),
    (_snake_operation_id, "paragon-operation-id-camel-case", "operationId"),
    (_two_tags, "paragon-operation-one-tag", "tags"),
    (_no_tags, "paragon-operation-one-tag", "tags"),
    (_undeclared_tag, "operation-tag-defined", "tags.0"),
    (_no_summary, "paragon-operation-summary", "/v2/projects/{projectId}/sdk/events/trigger"),
    (_blank_summary, "paragon-operation-summary", "summary"),
    (_no_description, "operation-description", "/v2/projects/{projectId}/sdk/events/trigger"),
    (_blank_description, "paragon-operation-description-text", "description"),
    (_no_security, "paragon-operation-security", "proxy/{integrationType}/{path}.get"),
    (_empty_security, "paragon-operation-security", "security"),
    (_undefined_security_scheme, "oas3-operation-security-defined", "security.0.apiKey"),
    (_no_401, "paragon-error-responses", "/sdk/workflows/{workflowId}.post.responses"),
    (_no_404, "paragon-error-responses", "/sdk/workflows/{workflowId}.post.responses"),
    (_a_422, "paragon-no-422", "/sdk/workflows/{workflowId}.post.responses.422"),
    (_error_without_envelope, "paragon-error-envelope-operation", "responses.500"),
    (_shared_response_without_envelope, "paragon-error-envelope-shared", "NotFound"),
    (_shared_response_with_inline_schema, "paragon-error-envelope-shared", "Conflict"),
    (_rate_limit_without_retry_after, "paragon-retry-after", "responses.TooManyRequests"),
    (_inline_request_object, "paragon-named-body-schema", "requestBody.content.application/json"),
    (_response_without_example, "paragon-body-examples", "responses.200.content"),
    (_request_without_example, "paragon-body-examples", "requestBody.content"),
    (_builtin_schema_name, "paragon-reserved-schema-names", "components.schemas.Error"),
    (_runtime_class_schema_name, "paragon-reserved-schema-names", "schemas.Configuration"),
    (_undeclared_path_parameter, "path-params", "paths./projects/{projectId}/sdk/me"),
    (_unreferenced_schema, "oas3-unused-component", "components.schemas.Orphan"),
]


def _name(breakage: Callable[[Spec], None]) -> str:
    return breakage.__name__.lstrip("_")


@pytest.fixture(scope="module")
def findings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Finding]]:
    """Spectral's findings for the unchanged copy and for every broken copy, by breakage name."""
    folder = tmp_path_factory.mktemp("broken-copies")
    copies: list[str] = []
    for breakage in [_unchanged, _schema_example_breaking_a_pattern, *(b for b, _, _ in BREAKAGES)]:
        spec = spec_copy()
        breakage(spec)
        target = folder / f"{_name(breakage)}.yaml"
        target.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), "utf-8")
        copies.append(target.name)
    # Spectral lints about one copy a second on one core: share the copies among the cores.
    workers = max(1, min(os.cpu_count() or 1, 4))
    batches = [copies[index::workers] for index in range(workers)]
    with ThreadPoolExecutor(workers) as pool:
        results = list(pool.map(lambda batch: _spectral(*batch, cwd=folder), batches))
    by_copy: dict[str, list[Finding]] = {Path(name).stem: [] for name in copies}
    for result in results:
        assert result.returncode == 1, result.stdout + result.stderr
        for finding in json.loads(result.stdout):
            by_copy[Path(finding["source"]).stem].append(finding)
    return by_copy


def _label(finding: Finding) -> str:
    return f"{finding['code']} at {'.'.join(str(part) for part in finding['path'])}"


def test_the_spec_passes_the_ruleset_with_no_finding_at_all() -> None:
    result = _spectral(str(SPEC_PATH.relative_to(REPO_ROOT)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout) == []


def test_a_copy_outside_spec_only_loses_the_override_for_client_side_schemas(
    findings: dict[str, list[Finding]],
) -> None:
    reported = {
        (finding["code"], ".".join(str(part) for part in finding["path"]))
        for finding in findings["unchanged"]
    }
    assert reported == {
        ("oas3-unused-component", f"components.schemas.{name}") for name in CLIENT_SIDE_SCHEMAS
    }


@pytest.mark.parametrize(
    ("breakage", "rule", "path_part"), BREAKAGES, ids=[_name(b) for b, _, _ in BREAKAGES]
)
def test_ruleset_catches_a_broken_copy(
    findings: dict[str, list[Finding]], breakage: Callable[[Spec], None], rule: str, path_part: str
) -> None:
    labels = [_label(finding) for finding in findings[_name(breakage)]]
    assert any(label.startswith(f"{rule} at ") and path_part in label for label in labels), labels


def test_spectral_misses_a_wrong_example_inside_a_schema_which_spec_examples_catches(
    findings: dict[str, list[Finding]],
) -> None:
    # Why generator/spec_examples.py exists: Spectral checks the examples of bodies, parameters
    # and headers, not the `examples` keyword of schemas.
    assert {f["code"] for f in findings["schema_example_breaking_a_pattern"]} == {
        "oas3-unused-component"
    }
    spec = spec_copy()
    _schema_example_breaking_a_pattern(spec)
    assert check_examples(spec) == [
        "components/schemas/IntegrationType: examples[0]: $: "
        "'1password' does not match '^[A-Za-z][A-Za-z0-9_.-]*$'"
    ]
