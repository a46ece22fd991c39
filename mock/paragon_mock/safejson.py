"""JSON as the mock accepts it from a client: nested at most ``MAX_DEPTH`` deep, numbers finite.

Every JSON document a client sends (API request bodies, JSON-encoded query parameters, the
control surface's bodies, uploaded fixtures) goes through :func:`loads`, and a document parsed
some other way (YAML) through :func:`check`:

- ``NaN``, ``Infinity`` and ``-Infinity`` are not JSON and are refused;
- a number too large for a finite float (``1e999``) is refused: stored, it would be served back
  as ``Infinity``, which no JSON parser reads;
- arrays and objects nested more than ``MAX_DEPTH`` levels deep are refused; the check walks
  with an explicit stack, so it cannot run out of recursion on any document, and the parser's own
  ``RecursionError`` (on documents nested thousands of levels deep) is turned into the same
  refusal.

Every refusal is a ``ValueError``; the ones for documents that are well-formed JSON but beyond
these limits are a :class:`JsonLimitError`, so a caller that falls back to plain text on
malformed JSON (the proxy's ``Content-Type: auto``) can still refuse them.
"""

from __future__ import annotations

import json
import math
from typing import Any

__all__ = ["MAX_DEPTH", "JsonLimitError", "check", "loads"]

#: How deep arrays and objects may nest (``[]`` is one level, ``[[]]`` two).
MAX_DEPTH = 64


class JsonLimitError(ValueError):
    """Well-formed JSON the mock refuses all the same: nested too deep, or a non-finite number."""


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        shown = text if len(text) <= 40 else f"{text[:37]}..."
        raise JsonLimitError(f"the number {shown} does not fit a finite double")
    return value


def loads(raw: bytes | str, *, max_depth: int = MAX_DEPTH) -> Any:
    """Parse a client's JSON document within the limits above.

    Raises:
        JsonLimitError: well-formed, but nested too deep or holding a non-finite number.
        ValueError: not JSON (``UnicodeDecodeError`` included, which is a ``ValueError``).

    """
    try:
        data = json.loads(raw, parse_constant=_refuse_constant, parse_float=_finite_float)
    except RecursionError:
        raise JsonLimitError(f"nested deeper than {max_depth} levels") from None
    check(data, max_depth=max_depth)
    return data


def check(data: Any, *, max_depth: int = MAX_DEPTH) -> None:
    """Refuse a parsed document nested deeper than ``max_depth`` or holding a non-finite float.

    Raises:
        JsonLimitError: the first problem found.

    """
    # A YAML document may share one node under many aliases: each container is walked once
    # (again only when reached deeper), so a small document of aliases cannot take long.
    deepest_seen: dict[int, int] = {}
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, float):
            if not math.isfinite(value):
                raise JsonLimitError(f"the number {value} is not finite")
            continue
        if isinstance(value, dict):
            children: Any = value.values()
        elif isinstance(value, list | tuple):
            children = value
        else:
            continue
        depth += 1
        if depth > max_depth:
            raise JsonLimitError(f"nested deeper than {max_depth} levels")
        if deepest_seen.get(id(value), 0) >= depth:
            continue
        deepest_seen[id(value)] = depth
        stack.extend((child, depth) for child in children)
