# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_object

T = TypeVar("T", bound="NestedJsonSchema")


@_attrs_define
class NestedJsonSchema:
    """A JSON Schema inside a Tool input's schema (an array's items, an object's properties, a
    branch of `anyOf`), with the keywords of `JsonSchema`. Not described further: a
    description that refers to itself defeats generators and fuzzers, and a Tool's schema is
    read by a JSON Schema validator, not by models.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        nested_json_schema = _new(cls)
        nested_json_schema.additional_properties = (
            dict(src_dict) if isinstance(src_dict, dict) else as_object(src_dict)
        )
        return nested_json_schema

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
