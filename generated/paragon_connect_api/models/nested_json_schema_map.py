# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import as_object

if TYPE_CHECKING:
    from ..models.nested_json_schema import NestedJsonSchema


T = TypeVar("T", bound="NestedJsonSchemaMap")


@_attrs_define
class NestedJsonSchemaMap:
    """The JSON Schemas of an object input's properties, by name."""

    additional_properties: dict[str, NestedJsonSchema] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:
                additional_property = _NestedJsonSchema_from_dict(prop_dict)

            except DecodeError as _error:
                raise _error.at(prop_name)
            except (TypeError, ValueError, AttributeError, KeyError) as _error:
                raise DecodeError(f"{type(_error).__name__}: {_error}").at(
                    prop_name
                ) from _error
            additional_properties[prop_name] = additional_property
        nested_json_schema_map = _new(cls)
        nested_json_schema_map.additional_properties = additional_properties
        return nested_json_schema_map

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> NestedJsonSchema:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: NestedJsonSchema) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# from_dict makes instances without calling __init__ (see there).
_new = object.__new__


from ..models.nested_json_schema import NestedJsonSchema

_NestedJsonSchema_from_dict = NestedJsonSchema.from_dict
