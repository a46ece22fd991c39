# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, as_object

if TYPE_CHECKING:
    from ..models.field_option import FieldOption
    from ..models.field_option_section import FieldOptionSection
    from ..models.nested_field_data import NestedFieldData
    from ..models.unknown_variant import UnknownVariant


T = TypeVar("T", bound="FieldOptionsResult")


@_attrs_define
class FieldOptionsResult:
    """What `getFieldOptions` returns, whichever shape the server answered with.

    Attributes:
        data (list[FieldOption | FieldOptionSection | UnknownVariant]):
        nested_data (list[NestedFieldData]):
        next_page_cursor (None | str):
    """

    data: list[FieldOption | FieldOptionSection | UnknownVariant]
    nested_data: list[NestedFieldData]
    next_page_cursor: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, FieldOption) or isinstance(
                data_item_data, FieldOptionSection
            ):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        nested_data = []
        for nested_data_item_data in self.nested_data:
            nested_data_item = nested_data_item_data.to_dict()
            nested_data.append(nested_data_item)

        next_page_cursor: None | str
        next_page_cursor = self.next_page_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "nestedData": nested_data,
                "nextPageCursor": next_page_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "data"
        try:
            _data = d["data"]
            if not isinstance(_data, list):
                raise DecodeError.wrong_type("an array", _data)
            data = []
            try:
                for data_item_data in _data:
                    data_item = _parse_data_item(data_item_data)

                    data.append(data_item)
            except DecodeError as _error:
                raise _error.at(len(data))

            _key = "nestedData"
            _nested_data = d["nestedData"]
            if not isinstance(_nested_data, list):
                raise DecodeError.wrong_type("an array", _nested_data)
            nested_data = []
            try:
                for nested_data_item_data in _nested_data:
                    nested_data_item = _NestedFieldData_from_dict(nested_data_item_data)

                    nested_data.append(nested_data_item)
            except DecodeError as _error:
                raise _error.at(len(nested_data))

            _key = "nextPageCursor"
            next_page_cursor = d["nextPageCursor"]
            if not (next_page_cursor is None or isinstance(next_page_cursor, str)):
                raise DecodeError.wrong_type("a string or null", next_page_cursor)

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        field_options_result = _new(cls)
        field_options_result.data = data
        field_options_result.nested_data = nested_data
        field_options_result.next_page_cursor = next_page_cursor
        field_options_result.additional_properties = (
            {}
            if len(d) == 3
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return field_options_result

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

# The keys FieldOptionsResult reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "data",
        "nestedData",
        "nextPageCursor",
    }
)


def _parse_data_item(data: object) -> FieldOption | FieldOptionSection | UnknownVariant:
    if not isinstance(data, dict):
        raise DecodeError.wrong_type("an object", data)
    tag = data.get("type", UNSET)
    if tag == "OPTION":
        return _FieldOption_from_dict(data)
    if tag == "SECTION":
        return _FieldOptionSection_from_dict(data)
    if isinstance(tag, str):
        # A tag newer than this client: keep the variant as it came.
        return _UnknownVariant_from_dict(data)
    if tag is UNSET:
        return _FieldOption_from_dict(data)
    raise DecodeError.wrong_type("a string", tag).at("type")


from ..models.field_option import FieldOption
from ..models.field_option_section import FieldOptionSection
from ..models.nested_field_data import NestedFieldData
from ..models.unknown_variant import UnknownVariant

_FieldOption_from_dict = FieldOption.from_dict
_FieldOptionSection_from_dict = FieldOptionSection.from_dict
_NestedFieldData_from_dict = NestedFieldData.from_dict
_UnknownVariant_from_dict = UnknownVariant.from_dict
