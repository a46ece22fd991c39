"""Shared fixtures: the spec, loaded once, and its operations as a table for parametrised tests."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from generator.spec_lint import iter_operations, load_spec

REPO_ROOT = Path(__file__).resolve().parent.parent
# tests/spec_tools/ needs the Node tools that `npm ci` installs: the nox session `spec` runs it by
# naming it (`pytest tests/spec_tools`), and a plain `pytest` leaves it out.
# tests/js_sdk/ likewise needs @useparagon/connect from `npm ci`: the nox session `sdk` runs it.
# tests/downstream/ needs Java, Go and the Node tools: the nox session `downstream` runs it.
collect_ignore = ["spec_tools", "js_sdk", "downstream"]
SPEC_PATH = REPO_ROOT / "spec" / "paragon.yaml"
SPEC_DATA = load_spec(SPEC_PATH)


class Operation(NamedTuple):
    """One operation of the spec, where it lives and what it says."""

    path: str
    method: str
    operation: dict[str, Any]

    @property
    def operation_id(self) -> str:
        """The operation's operationId."""
        return str(self.operation["operationId"])


OPERATION_TABLE = [Operation(*entry) for entry in iter_operations(SPEC_DATA)]
# The same table as pytest parameters named by operationId, for @pytest.mark.parametrize.
OPERATIONS = [pytest.param(*entry, id=entry.operation_id) for entry in OPERATION_TABLE]


@pytest.fixture
def spec() -> dict[str, Any]:
    """A private deep copy of the spec, free to mutate."""
    return copy.deepcopy(SPEC_DATA)
