"""The downstream check with the real tools: it fails on what other languages' generators choke on.

The spec itself is checked by ``python -m generator.spec_downstream`` in the nox session; these
tests feed it broken copies and show that each kind of failure is reported.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.spec_downstream import (
    TYPESCRIPT,
    DownstreamError,
    check,
    find_tools,
    generate,
    typecheck_typescript,
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


def test_a_schema_named_like_the_clients_runtime_fails_both_clients(tmp_path: Path) -> None:
    node_tool("tsc")
    spec = spec_copy()
    schemas = spec["components"]["schemas"]
    schemas["Configuration"] = schemas.pop("CredentialConfiguration")
    _rename_refs(
        spec, "#/components/schemas/CredentialConfiguration", "#/components/schemas/Configuration"
    )

    problems = check(_write(spec, tmp_path / "paragon.yaml"))

    assert (
        "typescript-fetch: WARN Configuration (reserved word) cannot be used as model name. "
        "Renamed to ModelConfiguration"
    ) in problems
    go_build = [problem for problem in problems if problem.startswith("go: go build and go vet:")]
    assert len(go_build) == 1
    assert "Configuration redeclared in this block" in go_build[0]


def test_typescript_needs_the_fixed_template(tmp_path: Path) -> None:
    node_tool("tsc")
    tools = find_tools()
    stock = dataclasses.replace(TYPESCRIPT, options=())
    output = tmp_path / "typescript-fetch"
    output.mkdir()
    generate(tools, stock, SPEC_PATH, output)

    with pytest.raises(DownstreamError) as failure:
        typecheck_typescript(tools, output)

    assert "has no exported member 'instanceOfFieldOptionItem'" in str(failure.value)
