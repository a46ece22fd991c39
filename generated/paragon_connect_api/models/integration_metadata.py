# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import as_object

T = TypeVar("T", bound="IntegrationMetadata")


@_attrs_define
class IntegrationMetadata:
    """What `getIntegrationMetadata` returns for one active integration.

    Attributes:
        type_ (str): An integration type, like `salesforce`, `googleCalendar` or `custom.myapi`.
        name (str):
        brand_color (str):
        icon (str):
    """

    type_: str
    name: str
    brand_color: str
    icon: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        brand_color = self.brand_color

        icon = self.icon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "brandColor": brand_color,
                "icon": icon,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "type"
        try:
            type_ = d["type"]
            if not isinstance(type_, str):
                raise DecodeError.wrong_type("a string", type_)

            _key = "name"
            name = d["name"]
            if not isinstance(name, str):
                raise DecodeError.wrong_type("a string", name)

            _key = "brandColor"
            brand_color = d["brandColor"]
            if not isinstance(brand_color, str):
                raise DecodeError.wrong_type("a string", brand_color)

            _key = "icon"
            icon = d["icon"]
            if not isinstance(icon, str):
                raise DecodeError.wrong_type("a string", icon)

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        integration_metadata = _new(cls)
        integration_metadata.type_ = type_
        integration_metadata.name = name
        integration_metadata.brand_color = brand_color
        integration_metadata.icon = icon
        integration_metadata.additional_properties = (
            {}
            if len(d) == 4
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return integration_metadata

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

# The keys IntegrationMetadata reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "name",
        "brandColor",
        "icon",
    }
)
