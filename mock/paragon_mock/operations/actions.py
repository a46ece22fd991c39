"""Actions: ``getFieldOptions``, one page of the options of an integration's dynamic data source.

The options come from the fixture (an integration's ``mock.fieldOptions``, by cacheKey): a flat
list or sections, optionally paged (``pageSize``, cursors of the data source's own) and
optionally depending on the choice made in another source (``dependsOn``).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from typing import Any

from paragon_mock.errors import ApiError
from paragon_mock.fixtures import IntegrationDef
from paragon_mock.operations._base import (
    Context,
    Handler,
    Reply,
    integration_of_type,
    select_credential,
)

__all__ = ["HANDLERS"]

# The parts of a composite data source, each a data source of its own with a cacheKey.
_SOURCE_PARTS = ("recordSource", "fieldSource", "mainInputSource", "dependentInputSource")


def _find_source(integration: IntegrationDef, source_key: str) -> str:
    """The cacheKey of the dynamic data source a getFieldOptions request names."""
    sources = integration.sdk_config.get("dataSources") or {}
    source = sources.get(source_key)
    if source is not None:
        if source.get("type") != "DYNAMIC_DATA_SOURCE":
            parts = [
                f"{name} (cacheKey {source[name]['cacheKey']})"
                for name in _SOURCE_PARTS
                if name in source
            ]
            raise ApiError(
                409,
                f"{source_key} is a {source.get('type')}; load the options of its sources "
                f"instead: {', '.join(parts)}.",
            )
        return str(source["cacheKey"])
    for source in sources.values():
        candidates = [source] + [source[name] for name in _SOURCE_PARTS if name in source]
        for candidate in candidates:
            if (
                candidate.get("type") == "DYNAMIC_DATA_SOURCE"
                and candidate.get("cacheKey") == source_key
            ):
                return source_key
    raise ApiError(404, f"{integration.type} has no data source or cacheKey {source_key!r}.")


def _option(item: Mapping[str, Any]) -> dict[str, Any]:
    if item.get("type") == "SECTION":
        return {
            "type": "SECTION",
            "title": item["title"],
            "items": [_option(i) for i in item.get("items") or []],
        }
    return {"type": "OPTION", "label": str(item["label"]), "value": str(item["value"])}


def _search(items: list[dict[str, Any]], text: str | None) -> list[dict[str, Any]]:
    if not text:
        return items
    needle = text.lower()
    found = []
    for item in items:
        if item["type"] == "SECTION":
            kept = _search(item["items"], text)
            if kept:
                found.append({**item, "items": kept})
        elif needle in item["label"].lower() or needle in item["value"].lower():
            found.append(item)
    return found


def _cursor(prefix: str, key: str) -> str:
    return base64.b64encode(f"{prefix}:{key}".encode()).decode("ascii")


def get_field_options(ctx: Context) -> Reply:
    """POST /sdk/actions: one page of a dynamic data source's options."""
    body = ctx.body
    integration = integration_of_type(ctx, body["action"])
    select_credential(ctx, integration)
    cache_key = _find_source(integration, body["sourceKey"])
    definition = (integration.mock.get("fieldOptions") or {}).get(cache_key) or {}
    raw_items: list[dict[str, Any]] = list(definition.get("options") or [])
    depends_on = definition.get("dependsOn")
    if depends_on:
        chosen = next(
            (p["source"]["value"] for p in body.get("parameters") or [] if p["key"] == depends_on),
            None,
        )
        if chosen is None:
            raise ApiError(
                409,
                f"{cache_key} depends on the choice made in {depends_on}; pass parameters: "
                f'[{{"key": "{depends_on}", "source": {{"type": "VALUE", "value": ...}}}}].',
            )
        by_value = definition.get("optionsByValue") or {}
        if chosen not in by_value:
            raise ApiError(404, f"{chosen!r} is not an option of {depends_on}.")
        raw_items = list(by_value[chosen])
    pagination = body.get("paginationParameters") or {}
    search = pagination.get("search")
    page_size = definition.get("pageSize")
    if not page_size:
        return Reply(200, {"output": _search([_option(i) for i in raw_items], search)})
    # Pages are cut from the whole list and then searched, the way provider APIs page.
    prefix = str(definition.get("cursorPrefix") or "page")
    keys = [str(item.get("id") or item.get("value") or item.get("title")) for item in raw_items]
    start = 0
    cursor = pagination.get("pageCursor")
    if cursor not in (None, 0):
        try:
            decoded = base64.b64decode(str(cursor), validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            decoded = ""
        cursor_prefix, _, last_key = decoded.partition(":")
        if cursor_prefix != prefix or last_key not in keys:
            raise ApiError(
                404, f"pageCursor {cursor!r} was not issued by the data source {cache_key}."
            )
        start = keys.index(last_key) + 1
    end = start + int(page_size)
    page = [_option(i) for i in raw_items[start:end]]
    next_cursor = _cursor(prefix, keys[end - 1]) if end < len(raw_items) else None
    return Reply(
        200,
        {
            "output": {
                "records": _search(page, search),
                "nextPageCursor": next_cursor,
                "nestedData": [],
            }
        },
    )


HANDLERS: dict[str, Handler] = {"getFieldOptions": get_field_options}
