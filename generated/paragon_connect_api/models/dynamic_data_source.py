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

from ..types import UNSET, Unset

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
        d = dict(src_dict)
        type_ = cast(Literal["DYNAMIC_DATA_SOURCE"], d.pop("type"))
        if type_ != "DYNAMIC_DATA_SOURCE":
            raise ValueError(
                f"type must match const 'DYNAMIC_DATA_SOURCE', got '{type_}'"
            )

        title = d.pop("title")

        cache_key = d.pop("cacheKey")

        id = d.pop("id", UNSET)

        subtitle = d.pop("subtitle", UNSET)

        dynamic_data_source = cls(
            type_=type_,
            title=title,
            cache_key=cache_key,
            id=id,
            subtitle=subtitle,
        )

        dynamic_data_source.additional_properties = d
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
