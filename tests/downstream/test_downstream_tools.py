"""The downstream matrix with the real tools: it fails on what other languages' clients choke on.

The spec itself goes through every target in ``python -m generator.spec_downstream`` (the nox
session ``downstream``); these tests feed broken copies of it, or a scenario run twice, and show
that each kind of failure is reported.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.spec_downstream import (
    GO,
    PYTHON,
    TYPESCRIPT_FETCH,
    DownstreamError,
    build,
    find_tools,
    generate_clients,
    run_scenario,
    running_mock,
    service_specs,
)
from tests.spec_tools._node import SPEC_PATH, node_tool, spec_copy


def _write(spec: dict[str, Any], path: Path) -> Path:
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def _rename_refs(node: Any, old: str, new: str) -> None:
    """Point every ``$ref`` to ``old`` at ``new``, wherever it is."""
    if isinstance(node, dict):
        if node.get("$ref") == old:
            node["$ref"] = new
        for value in node.values():
            _rename_refs(value, old, new)
    elif isinstance(node, list):
        for value in node:
            _rename_refs(value, old, new)


def test_typescript_fetch_fails_on_a_oneof_holding_a_list_of_a_oneof(tmp_path: Path) -> None:
    # The shape FieldOptionsResponse.output had: a list of FieldOptionItem (itself a oneOf) or a
    # page. Stock typescript-fetch calls an instanceOfFieldOptionItem that it never writes.
    node_tool("tsc")
    tools = find_tools()
    spec = spec_copy()
    output = spec["components"]["schemas"]["FieldOptionsResponse"]["properties"]["output"]
    output["oneOf"] = [
        {"type": "array", "items": {"$ref": "#/components/schemas/FieldOptionItem"}},
        {"$ref": "#/components/schemas/FieldOptionsPage"},
    ]
    specs = service_specs(_write(spec, tmp_path / "paragon.yaml"), tmp_path / "specs")
    folder = tmp_path / TYPESCRIPT_FETCH.name
    generate_clients(tools, TYPESCRIPT_FETCH, specs, folder)

    with pytest.raises(DownstreamError) as failure:
        build(tools, TYPESCRIPT_FETCH, folder, list(specs))

    assert "has no exported member 'instanceOfFieldOptionItem'" in str(failure.value)


def test_a_schema_named_like_the_clients_runtime_fails_typescript_and_go(tmp_path: Path) -> None:
    node_tool("tsc")
    tools = find_tools()
    spec = spec_copy()
    schemas = spec["components"]["schemas"]
    schemas["Configuration"] = schemas.pop("CredentialConfiguration")
    _rename_refs(
        spec, "#/components/schemas/CredentialConfiguration", "#/components/schemas/Configuration"
    )
    specs = service_specs(_write(spec, tmp_path / "paragon.yaml"), tmp_path / "specs")

    with pytest.raises(DownstreamError) as typescript:
        generate_clients(tools, TYPESCRIPT_FETCH, specs, tmp_path / TYPESCRIPT_FETCH.name)
    assert (
        "WARN Configuration (reserved word) cannot be used as model name. "
        "Renamed to ModelConfiguration"
    ) in str(typescript.value)

    generate_clients(tools, GO, specs, tmp_path / GO.name)
    with pytest.raises(DownstreamError) as go:
        build(tools, GO, tmp_path / GO.name, list(specs))
    assert "Configuration redeclared in this block" in str(go.value)


def test_a_step_that_fails_fails_the_scenario(tmp_path: Path) -> None:
    # The same user twice: the second install of Stripe is a conflict, and the run says so.
    tools = find_tools()
    specs = service_specs(SPEC_PATH, tmp_path / "specs")
    folder = tmp_path / PYTHON.name
    generate_clients(tools, PYTHON, specs, folder)
    program = build(tools, PYTHON, folder, list(specs))
    with running_mock(tools, tmp_path / "mock") as mock:
        first = run_scenario(tools, PYTHON, folder, program, list(specs), mock, user="twice")
        assert "python: every step passed" in first
        with pytest.raises(DownstreamError) as second:
            run_scenario(tools, PYTHON, folder, program, list(specs), mock, user="twice")

    assert "python: 3. install Stripe with an API key" in str(second.value)
    assert "409" in str(second.value)
