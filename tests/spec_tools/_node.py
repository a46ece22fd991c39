"""Where the Node tools are, and a clear failure when ``npm ci`` has not installed them.

Nothing here imports tests/conftest.py: the nox sessions ``spec`` (this folder) and
``downstream`` (tests/downstream/, which imports this module) run with ``--noconftest`` in their
own environments, which hold their tools and not the client's test dependencies.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from generator.spec_lint import DEFAULT_SPEC, REPO_ROOT, load_spec

NODE_BIN = REPO_ROOT / "node_modules" / ".bin"
SPEC_PATH = DEFAULT_SPEC
_SPEC_DATA = load_spec(SPEC_PATH)


def spec_copy() -> dict[str, Any]:
    """A private deep copy of the spec, free to mutate."""
    return copy.deepcopy(_SPEC_DATA)


def node_tool(name: str) -> Path:
    """The path of an installed Node tool; fails the test (never skips it) when it is missing."""
    path = NODE_BIN / name
    if not path.exists():
        pytest.fail(f"{path} is missing: run `npm ci` in {REPO_ROOT} (nox does)")
    return path
