"""Argument checks every public function runs before it sends anything.

Each check returns the value in the form the request needs, or raises ``TypeError`` (wrong kind
of value) or ``ValueError`` (right kind, wrong value) with a message naming the argument and
saying what is expected. Messages repeat the offending value only where it cannot be a secret.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping, Sequence
from typing import Any, Final
from urllib.parse import urlsplit

__all__ = [
    "check_bool",
    "check_count",
    "check_headers",
    "check_integration_type",
    "check_json_object",
    "check_json_value",
    "check_non_empty_str",
    "check_selector",
    "check_url",
    "check_uuid",
]

# The spec's IntegrationType: salesforce, googleCalendar, custom.myapi, ...
_INTEGRATION_TYPE: Final = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]{0,63}$")
# The spec's ResourceSelector: a UUID, a bare external ID or ext:<externalId>, visible ASCII.
_SELECTOR: Final = re.compile(r"^[!-~]{1,255}$")
# RFC 9110 token characters, the only ones allowed in a header name.
_HEADER_NAME: Final = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")
# Headers the client sets itself; letting a caller replace them would break authentication or
# framing, or silently pick another account.
_RESERVED_HEADERS: Final = frozenset(
    {
        "authorization",
        "connection",
        "content-length",
        "host",
        "transfer-encoding",
        "x-paragon-configuration-id",
        "x-paragon-credential",
        "x-paragon-use-raw-response",
    }
)


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def check_non_empty_str(value: object, name: str) -> str:
    """A string with something in it."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    return value


def check_integration_type(value: object, name: str = "integration_type") -> str:
    """An integration type such as ``"salesforce"``."""
    text = check_non_empty_str(value, name)
    if not _INTEGRATION_TYPE.match(text):
        raise ValueError(
            f"{name} must be an integration type like 'salesforce' or 'googleCalendar' "
            f"(letters, digits, '_', '.', '-'; at most 64), got {_shown(text)}"
        )
    return text


def check_uuid(value: object, name: str) -> str:
    """A UUID, given as ``uuid.UUID`` or its string form; returns its canonical string."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a UUID string, not {type(value).__name__}")
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise ValueError(
            f"{name} must be a UUID like '38b1f170-0c43-4eae-9a04-ab85325d99f7', "
            f"got {_shown(value)}"
        ) from None


def check_url(value: object, name: str) -> str:
    """An absolute http(s) URL, such as an OAuth redirect URL."""
    text = check_non_empty_str(value, name)
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in text):
        raise ValueError(f"{name} must be an absolute http(s) URL, got {_shown(text)}")
    return text


def check_selector(value: object, name: str) -> str:
    """A credential or configuration selector: a UUID, a bare external ID or ``ext:<id>``."""
    if isinstance(value, uuid.UUID):
        return str(value)
    text = check_non_empty_str(value, name)
    if not _SELECTOR.match(text):
        raise ValueError(
            f"{name} must be a UUID, an external ID or 'ext:<external id>' (visible ASCII, "
            f"at most 255 characters), got {_shown(text)}"
        )
    return text


def check_bool(value: object, name: str) -> bool:
    """A real ``bool`` (not 0/1 or a string)."""
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {type(value).__name__}")
    return value


def check_count(value: object, name: str, minimum: int) -> int:
    """A whole number (a real ``int``, not a bool or a float) of at least ``minimum``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < minimum:
        raise ValueError(f"{name} must be {minimum} or more, got {value}")
    return value


def check_json_value(value: object, name: str) -> Any:
    """Anything ``json.dumps`` can encode, without NaN or infinities (JSON has none)."""
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise TypeError(f"{name} must be JSON-serialisable: {error}") from None
    return value


def check_json_object(value: object, name: str) -> dict[str, Any]:
    """A mapping with string keys whose values are JSON-serialisable; returned as a plain dict."""
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping (dict), not {type(value).__name__}")
    result: dict[str, Any] = {}
    for key, item in value.items():
        if not isinstance(key, str):
            raise TypeError(f"{name} keys must be strings, got {type(key).__name__} {_shown(key)}")
        result[key] = item
    check_json_value(result, name)
    return result


def check_headers(value: object, name: str = "headers") -> list[tuple[str, str]]:
    """Extra request headers: string names and values, none the client must set itself."""
    if value is None:
        return []
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping of header names to values")
    headers: list[tuple[str, str]] = []
    for key, item in value.items():
        if not isinstance(key, str) or not _HEADER_NAME.match(key):
            raise ValueError(f"{name}: {_shown(key)} is not a valid header name")
        if key.lower() in _RESERVED_HEADERS:
            raise ValueError(
                f"{name}: {key!r} is set by the client; use the matching argument instead"
            )
        if not isinstance(item, str):
            raise TypeError(f"{name}[{key!r}] must be a string, not {type(item).__name__}")
        if "\r" in item or "\n" in item:
            raise ValueError(f"{name}[{key!r}] must not contain line breaks")
        headers.append((key, item))
    return headers


def check_string_mapping(value: object, name: str) -> dict[str, str]:
    """A mapping of strings to strings (query parameters)."""
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping of strings to strings")
    result: dict[str, str] = {}
    for key, item in value.items():
        if not isinstance(key, str) or not key:
            raise TypeError(f"{name} keys must be non-empty strings, got {_shown(key)}")
        if isinstance(item, bool) or not isinstance(item, str | int | float):
            raise TypeError(
                f"{name}[{key!r}] must be a string or a number, not {type(item).__name__}"
            )
        result[key] = str(item)
    return result


def check_sequence(value: object, name: str) -> Sequence[Any]:
    """A list or tuple (a string is not accepted as a sequence of items)."""
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise TypeError(f"{name} must be a list, not {type(value).__name__}")
    return value
