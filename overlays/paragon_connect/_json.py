"""Results as JSON with the API's camelCase keys, for the ``paragon`` command and ``paragon demo``.

Generated models print through their ``to_dict()``, which already uses the API's names; the
client's own dataclasses (``IntegrationInstallEvent``, ``WorkflowStateUpdate``, ...) have
snake_case fields, which are camelCased here so that one result never mixes the two styles.
Only the command line and the demo import this module.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable, Mapping
from dataclasses import fields, is_dataclass
from typing import Any

__all__ = ["camel", "jsonable"]


def camel(name: str) -> str:
    """``integration_type`` -> ``integrationType``: a dataclass field by the API's naming."""
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def jsonable(value: Any, shown: Callable[[Any], Any] | None = None) -> Any:
    """JSON for a result, with the API's camelCase keys.

    Models by their ``to_dict()``, the client's own dataclasses by their fields (camelCased),
    exceptions by type and message. ``shown``, when given, is asked first at every level and
    answers ``NotImplemented`` for values it leaves to these rules (the demo shows users in
    brief this way).
    """
    if shown is not None:
        result = shown(value)
        if result is not NotImplemented:
            return result
    if value is None or isinstance(value, str | bool | int | float):
        return value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return jsonable(to_dict(), shown)
    if isinstance(value, Mapping):
        return {str(key): jsonable(item, shown) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(item, shown) for item in value]
    if isinstance(value, BaseException):
        described: dict[str, Any] = {"type": type(value).__name__, "message": str(value)}
        status = getattr(value, "status_code", None)
        if isinstance(status, int):
            described["statusCode"] = status
        return described
    if is_dataclass(value) and not isinstance(value, type):
        return {camel(f.name): jsonable(getattr(value, f.name), shown) for f in fields(value)}
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    return str(value)
