# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
"""Contains some shared types for properties"""

import datetime
import re
from collections.abc import Mapping, MutableMapping

# dataclasses rather than attrs: `calls` and the overlay import this module at start-up, and
# attrs costs more to import than everything else here.
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

import httpx

from .errors import DecodeError


class Unset:
    """The value of an optional field the response did not include (falsy, unlike None)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass(slots=True)
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


def as_object(value: object) -> dict[str, Any]:
    """A copy of a JSON object to read a model from; anything else raises DecodeError.

    Models call it only for what is not already a dict (a Mapping from the caller, or a wrong
    value from the network), so the common case costs one isinstance check in from_dict.
    """
    if isinstance(value, Mapping):
        return dict(value)
    raise DecodeError.wrong_type("an object", value)


def parse_datetime(value: object) -> datetime.datetime:
    """An RFC 3339 / ISO 8601 date-time, or DecodeError (without the text: it may be anything)."""
    if not isinstance(value, str):
        raise DecodeError.wrong_type("a date-time string", value)
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        pass
    # RFC 3339 allows a lower-case "t" and "z", which fromisoformat does not take.
    try:
        return datetime.datetime.fromisoformat(value.upper())
    except ValueError:
        raise DecodeError("expected an ISO 8601 date-time string") from None


# Characters quote() never encodes (RFC 3986's unreserved): an ID made only of these is sent as
# it is, without quote()'s cost, which was a tenth of a call's own time.
_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]+")


def path_segment(value: object) -> str:
    """A path parameter as one URL path segment: percent-encoded, "/" included."""
    text = str(value)
    return text if _UNRESERVED.fullmatch(text) else quote(text, safe="")


# The members by code: looking one up costs a tenth of calling HTTPStatus(code), which every
# operation did for every response.
_HTTP_STATUSES: dict[int, HTTPStatus] = {status.value: status for status in HTTPStatus}


def status_code_from_int(status_code: int) -> HTTPStatus | int:
    """The HTTPStatus member for a status code the standard library knows, else the plain int.

    Servers, proxies and CDNs answer with codes that HTTPStatus does not list (520, 599, ...);
    such a response must still reach the caller. Both forms compare equal to the int.
    """
    return _HTTP_STATUSES.get(status_code, status_code)


T = TypeVar("T")


@dataclass(slots=True)
class Response(Generic[T]):
    """A response from an endpoint

    ``status_code`` is an HTTPStatus when the standard library knows the code, else a plain int.
    ``http_response`` is the httpx.Response it was built from (with its request).
    """

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    http_response: httpx.Response | None = field(
        default=None, repr=False, compare=False
    )


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "as_object",
    "parse_datetime",
    "path_segment",
    "status_code_from_int",
]
