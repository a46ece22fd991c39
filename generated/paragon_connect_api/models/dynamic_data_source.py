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

T = TypeVar("T", bound="DynamicDataSource")


@_attrs_define
class DynamicDataSource:
    """Options loaded with `getFieldOptions`, under `cacheKey`.

    Attributes:
        type_ (Literal['DYNAMIC_DATA_SOURCE']):
        title (str):
        cache_key (str):
        id (str | Unset):
        subtitle (str | Unset):
    """

    type_: Literal["DYNAMIC_DATA_SOURCE"]
    title: str
    cache_key: str
    id: str | Unset = UNSET
    subtitle: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        cache_key = self.cache_key

        id = self.id

        subtitle = self.subtitle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "cacheKey": cache_key,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "type"
        try:
            type_ = cast(Literal["DYNAMIC_DATA_SOURCE"], d["type"])
            if type_ != "DYNAMIC_DATA_SOURCE":
                raise DecodeError(
                    "expected "
                    + repr("DYNAMIC_DATA_SOURCE")
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

            _key = "cacheKey"
            cache_key = d["cacheKey"]
            if not isinstance(cache_key, str):
                raise DecodeError.wrong_type("a string", cache_key)

            _key = "id"
            id = d.get("id", UNSET)
            if not isinstance(id, str) and id is not UNSET:
                raise DecodeError.wrong_type("a string", id)

            _key = "subtitle"
            subtitle = d.get("subtitle", UNSET)
            if not isinstance(subtitle, str) and subtitle is not UNSET:
                raise DecodeError.wrong_type("a string", subtitle)

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        dynamic_data_source = _new(cls)
        dynamic_data_source.type_ = type_
        dynamic_data_source.title = title
        dynamic_data_source.cache_key = cache_key
        dynamic_data_source.id = id
        dynamic_data_source.subtitle = subtitle
        dynamic_data_source.additional_properties = (
            {}
            if len(d) + (id is UNSET) + (subtitle is UNSET) == 5
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return dynamic_data_source

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

# The keys DynamicDataSource reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "title",
        "cacheKey",
        "id",
        "subtitle",
    }
)
