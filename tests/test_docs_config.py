"""The API reference site (mkdocs.yml, docs/) documents every public name; no build needed."""

from __future__ import annotations

import re
from pathlib import Path

import paragon_connect

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "docs" / "reference"
DIRECTIVE = re.compile(r"^::: (?P<path>[\w.]+)[ \t]*$", re.MULTILINE)


def _directives() -> dict[str, list[str]]:
    """Each mkdocstrings directive's object path, with the pages that hold it."""
    found: dict[str, list[str]] = {}
    for page in sorted(REFERENCE.glob("*.md")):
        for match in DIRECTIVE.finditer(page.read_text(encoding="utf-8")):
            found.setdefault(match["path"], []).append(page.name)
    return found


def test_every_public_name_has_a_directive() -> None:
    documented = {
        path.removeprefix("paragon_connect.")
        for path in _directives()
        if path.startswith("paragon_connect.")
    }
    missing = sorted(set(paragon_connect.__all__) - documented)
    assert not missing, f"add a `::: paragon_connect.NAME` directive to docs/reference/: {missing}"


def test_every_directive_names_a_public_object_once() -> None:
    for path, pages in _directives().items():
        assert len(pages) == 1, f"{path} is documented on several pages: {pages}"
        module, _, name = path.partition(".")
        if module == "paragon_connect":
            assert name in paragon_connect.__all__, f"{path} is not in paragon_connect.__all__"


def test_every_page_is_in_the_navigation() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    docs = ROOT / "docs"
    pages = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    assert pages
    unlisted = [page for page in pages if f": {page}\n" not in config]
    assert not unlisted, f"pages missing from mkdocs.yml's nav: {unlisted}"


def test_the_plugin_fixtures_and_the_bound_methods_are_configured() -> None:
    testing = (REFERENCE / "testing.md").read_text(encoding="utf-8")
    from paragon_mock import pytest_plugin

    for fixture in pytest_plugin.__all__:
        assert f"- {fixture}\n" in testing, f"fixture {fixture} is not on reference/testing.md"
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert "docs/griffe_bound.py:BoundMethods" in config
