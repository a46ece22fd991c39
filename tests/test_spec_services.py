"""The per-service specs: every operation in exactly one, each a valid document on its own."""

from __future__ import annotations

from typing import Any

import pytest
from openapi_spec_validator import validate

from generator.spec_lint import DEFAULT_SPEC, HTTP_METHODS, load_spec
from generator.spec_services import derive, expected_files, render, service_of, services

SOURCE = load_spec(DEFAULT_SPEC)


def _operations(document: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    return {
        operation["operationId"]: (path, method, operation)
        for path, item in document["paths"].items()
        for method in HTTP_METHODS
        if (operation := item.get(method)) is not None
    }


def test_every_operation_is_in_exactly_one_service() -> None:
    assert services(SOURCE) == ["zeus", "hermes", "proxy", "actionkit"]
    seen: dict[str, str] = {}
    for service in services(SOURCE):
        for operation_id in _operations(derive(SOURCE, service)):
            assert operation_id not in seen, f"{operation_id} in {seen.get(operation_id)} too"
            seen[operation_id] = service
    assert set(seen) == set(_operations(SOURCE))
    assert seen["triggerEvent"] == seen["triggerWorkflow"] == "hermes"
    assert seen["proxyPost"] == "proxy" and seen["getCurrentUser"] == "zeus"
    actionkit = {"listTools", "runTool", "listActions", "runAction", "listTriggers"}
    assert {operation for operation, service in seen.items() if service == "actionkit"} == actionkit


@pytest.mark.parametrize("service", ["zeus", "hermes", "proxy", "actionkit"])
def test_a_service_document_stands_alone(service: str) -> None:
    document = derive(SOURCE, service)
    validate(document)
    assert {service_of(server["url"]) for server in document["servers"]} == {service}
    source_operations = _operations(SOURCE)
    for operation_id, (path, method, operation) in _operations(document).items():
        assert "servers" not in operation and "servers" not in document["paths"][path]
        original = dict(source_operations[operation_id][2])
        original.pop("servers", None)
        # Only links to other services' operations may be gone.
        for status, response in original.get("responses", {}).items():
            for name, link in (response.get("links") or {}).items():
                kept = (operation["responses"][status].get("links") or {}).get(name)
                assert (kept is not None) == (link["operationId"] in _operations(document))
        assert (path, method) == source_operations[operation_id][:2]
    assert "userToken" in document["components"]["securitySchemes"]


def test_components_are_the_reachable_ones() -> None:
    hermes = derive(SOURCE, "hermes")
    schemas = set(hermes["components"]["schemas"])
    assert "EventReceipt" in schemas and "ErrorEnvelope" in schemas
    assert "Credential" not in schemas and "ConnectUser" not in schemas
    assert "api.useparagon.com" in {
        s["url"].split("://")[1] for s in derive(SOURCE, "zeus")["servers"]
    }
    actionkit = derive(SOURCE, "actionkit")
    assert "ToolList" in set(actionkit["components"]["schemas"])
    assert "ConnectUser" not in set(actionkit["components"]["schemas"])
    # The on-premise subdomain is a variable, as the proxy's is.
    (server,) = actionkit["servers"]
    assert server["variables"]["actionkitSubdomain"]["enum"] == ["actionkit", "worker-actionkit"]
    assert [tag["name"] for tag in actionkit["tags"]] == ["actionkit"]


def test_rendering_is_stable_and_the_source_is_untouched() -> None:
    before = render(derive(SOURCE, "zeus"))
    assert render(derive(load_spec(DEFAULT_SPEC), "zeus")) == before
    assert load_spec(DEFAULT_SPEC) == SOURCE
    assert sorted(path.name for path in expected_files()) == [
        "paragon-actionkit.yaml",
        "paragon-hermes.yaml",
        "paragon-proxy.yaml",
        "paragon-zeus.yaml",
    ]
