# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError, describe
from ..types import UNSET, Unset, as_object

T = TypeVar("T", bound="FieldOptionsPagination")


@_attrs_define
class FieldOptionsPagination:
    """Which page to load.

    Attributes:
        page_cursor (Literal[0] | str | Unset): The previous page's `nextPageCursor`; `0` for the first page.
        search (str | Unset): Keep the options that match this text.
    """

    page_cursor: Literal[0] | str | Unset = UNSET
    search: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_cursor: Literal[0] | str | Unset
        if isinstance(self.page_cursor, Unset):
            page_cursor = UNSET
        else:
            page_cursor = self.page_cursor

        search = self.search

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_cursor is not UNSET:
            field_dict["pageCursor"] = page_cursor
        if search is not UNSET:
            field_dict["search"] = search

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "pageCursor"
        try:
            page_cursor = d.get("pageCursor", UNSET)
            if not (page_cursor is UNSET):
                page_cursor = _parse_page_cursor(page_cursor)

            _key = "search"
            search = d.get("search", UNSET)
            if not isinstance(search, str) and search is not UNSET:
                raise DecodeError.wrong_type("a string", search)

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        field_options_pagination = _new(cls)
        field_options_pagination.page_cursor = page_cursor
        field_options_pagination.search = search
        field_options_pagination.additional_properties = (
            {}
            if len(d) + (page_cursor is UNSET) + (search is UNSET) == 2
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return field_options_pagination

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# from_dict makes instances without calling __init__ (see there).
_new = object.__new__

# The keys FieldOptionsPagination reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "pageCursor",
        "search",
    }
)


def _parse_page_cursor(data: object) -> Literal[0] | str | Unset:
    if isinstance(data, Unset):
        return data
    _problem: DecodeError | None = None
    if isinstance(data, str):
        try:
            page_cursor_type_0 = data
            if not isinstance(page_cursor_type_0, str):
                raise DecodeError.wrong_type("a string", page_cursor_type_0)

            return page_cursor_type_0
        except DecodeError as _variant_error:
            _problem = _problem or _variant_error
        except (TypeError, ValueError, AttributeError, KeyError) as _variant_error:
            _problem = _problem or DecodeError(
                f"{type(_variant_error).__name__}: {_variant_error}"
            )
    if True:
        try:
            page_cursor_type_1 = cast(Literal[0], data)
            if page_cursor_type_1 != 0:
                raise DecodeError(
                    "expected "
                    + repr(0)
                    + ", got "
                    + (
                        repr(page_cursor_type_1)
                        if isinstance(page_cursor_type_1, str)
                        and len(page_cursor_type_1) <= 64
                        else describe(page_cursor_type_1)
                    )
                )
            return page_cursor_type_1
        except DecodeError as _variant_error:
            _problem = _problem or _variant_error
        except (TypeError, ValueError, AttributeError, KeyError) as _variant_error:
            _problem = _problem or DecodeError(
                f"{type(_variant_error).__name__}: {_variant_error}"
            )
    raise (
        _problem
        if _problem is not None
        else DecodeError.wrong_type("a string or the constant 0", data)
    )
