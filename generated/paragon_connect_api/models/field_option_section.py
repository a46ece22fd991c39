# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError, describe
from ..types import as_object

if TYPE_CHECKING:
    from ..models.field_option import FieldOption


T = TypeVar("T", bound="FieldOptionSection")


@_attrs_define
class FieldOptionSection:
    """A titled group of options.

    Attributes:
        type_ (Literal['SECTION']):
        title (str):
        items (list[FieldOption]):
    """

    type_: Literal["SECTION"]
    title: str
    items: list[FieldOption]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "type"
        try:
            type_ = cast(Literal["SECTION"], d["type"])
            if type_ != "SECTION":
                raise DecodeError(
                    "expected "
                    + repr("SECTION")
                    + ", got "
                    + (
                        repr(type_)
                        if isinstance(type_, str) and len(type_) <= 64
                        else describe(type_)
                    )
                )

            _key = "title"
            title = d["title"]
            if not isinstance(title, str):
                raise DecodeError.wrong_type("a string", title)

            _key = "items"
            _items = d["items"]
            if not isinstance(_items, list):
                raise DecodeError.wrong_type("an array", _items)
            items = []
            try:
                for items_item_data in _items:
                    items_item = _FieldOption_from_dict(items_item_data)

                    items.append(items_item)
            except DecodeError as _error:
                raise _error.at(len(items))

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        field_option_section = _new(cls)
        field_option_section.type_ = type_
        field_option_section.title = title
        field_option_section.items = items
        field_option_section.additional_properties = (
            {}
            if len(d) == 3
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return field_option_section

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

# The keys FieldOptionSection reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "title",
        "items",
    }
)


from ..models.field_option import FieldOption

_FieldOption_from_dict = FieldOption.from_dict
