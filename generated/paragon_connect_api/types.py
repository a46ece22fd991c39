# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar
from uuid import UUID

import httpx
from attrs import define, field


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


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


# The IDs parse_uuid has seen. Bounded: emptied when full, so it can never grow without limit.
_UUIDS: dict[str, UUID] = {}
_UUIDS_MAX = 4096


def parse_uuid(value: str) -> UUID:
    """UUID(value), remembered: the same IDs come back in every item of a list.

    A UUID is immutable, so handing out the same object for the same text is safe. Anything
    but a string takes UUID()'s own path, and fails as UUID() does.
    """
    try:
        return _UUIDS[value]
    except (KeyError, TypeError):  # not seen yet, or not hashable (so not a string)
        pass
    uuid = UUID(value)
    if type(value) is str:
        if len(_UUIDS) >= _UUIDS_MAX:
            _UUIDS.clear()
        _UUIDS[value] = uuid
    return uuid


def status_code_from_int(status_code: int) -> HTTPStatus | int:
    """The HTTPStatus member for a status code the standard library knows, else the plain int.

    Servers, proxies and CDNs answer with codes that HTTPStatus does not list (520, 599, ...);
    such a response must still reach the caller. Both forms compare equal to the int.
    """
    try:
        return HTTPStatus(status_code)
    except ValueError:
        return status_code


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint

    ``status_code`` is an HTTPStatus when the standard library knows the code, else a plain int.
    ``http_response`` is the httpx.Response it was built from (with its request).
    """

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    http_response: httpx.Response | None = field(default=None, repr=False, eq=False)


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "parse_uuid",
    "status_code_from_int",
]
