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
        d = dict(src_dict) if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "type"
        try:
            type_ = cast(Literal["SECTION"], d.pop("type"))
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
            title = d.pop("title")
            if not isinstance(title, str):
                raise DecodeError.wrong_type("a string", title)

            _key = "items"
            _items = d.pop("items")
            if not isinstance(_items, list):
                raise DecodeError.wrong_type("an array", _items)
            items = []
            for _items_index, items_item_data in enumerate(_items):
                try:
                    items_item = FieldOption.from_dict(items_item_data)

                except DecodeError as _error:
                    raise _error.at(_items_index)
                items.append(items_item)

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d.pop` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        field_option_section = cls(
            type_=type_,
            title=title,
            items=items,
        )

        field_option_section.additional_properties = d
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


from ..models.field_option import FieldOption
