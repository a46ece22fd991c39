"""ActionKit's own example payloads, kept verbatim, against the spec and the generated client.

tests/reference/actionkit/ holds example payloads copied from Paragon's ActionKit docs (its
README names the page of each). Each must validate against the spec schema its table names,
and the client's generated model must read it and give the same JSON back.
"""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from typing import Any, Final

import pytest
from jsonschema import Draft202012Validator
from paragon_mock.routes import SPEC_URI, spec_registry

from tests.conftest import REPO_ROOT, SPEC_DATA

FOLDER: Final = REPO_ROOT / "tests" / "reference" / "actionkit"
# | `file` | page | where | `Schema` | example |
ROW: Final = re.compile(
    r"^\| `(?P<file>[^`]+\.json)` \| .* \| `(?P<schema>[A-Za-z]+)` \| [^|]+ \|$"
)


def _rows() -> list[tuple[str, str]]:
    text = (FOLDER / "README.md").read_text(encoding="utf-8")
    return [(m["file"], m["schema"]) for line in text.splitlines() if (m := ROW.match(line))]


def test_every_payload_is_listed_once() -> None:
    listed = [name for name, _ in _rows()]
    files = sorted(path.name for path in FOLDER.glob("*.json"))
    assert sorted(listed) == files and len(set(listed)) == len(listed) >= 4


@pytest.mark.parametrize(("name", "schema"), _rows())
def test_the_payload_fits_its_schema(name: str, schema: str) -> None:
    payload = json.loads((FOLDER / name).read_text(encoding="utf-8"))
    validator = Draft202012Validator(
        {"$ref": f"{SPEC_URI}#/components/schemas/{schema}"},
        registry=spec_registry(SPEC_DATA),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    assert [error.message for error in validator.iter_errors(payload)] == []


@pytest.mark.parametrize(("name", "schema"), _rows())
def test_the_generated_model_reads_the_payload(name: str, schema: str) -> None:
    payload: Any = json.loads((FOLDER / name).read_text(encoding="utf-8"))
    module_name = re.sub(r"(?<!^)(?=[A-Z])", "_", schema).lower()
    path = Path(REPO_ROOT, "generated", "paragon_connect_api", "models", f"{module_name}.py")
    if not path.is_file():  # a schema the client reads as plain JSON (ToolOutput: any JSON)
        assert json.loads(json.dumps(payload)) == payload
        return
    model = getattr(importlib.import_module(f"paragon_connect_api.models.{module_name}"), schema)
    assert model.from_dict(payload).to_dict() == payload
