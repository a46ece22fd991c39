# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import as_object

T = TypeVar("T", bound="ToolParametersSchema")


@_attrs_define
class ToolParametersSchema:
    """The JSON Schema of a Tool's `parameters` (JSON Schema 2020-12; Paragon uses none of the
    non-standard fields of the `draft-*` versions): an object schema (`type: object`) whose
    `properties` are the Tool's inputs, each with its `type`, `description` and, where it
    has them, `enum`, `format`, `items` or `properties`; `required` names the inputs the
    Tool cannot run without, and `additionalProperties: false` (the docs' examples have it)
    says that it takes nothing else. It holds the Connected User's own fields where the Tool
    has them (custom fields of their Salesforce or HubSpot objects).

    Described as a free-form object on purpose: the schema is handed as it is to a JSON
    Schema validator and to an LLM API, and a generated model of it would stand in the way
    (stock Go reads the keyword `additionalProperties` into the field it keeps unnamed keys
    in, and fails on `false`).

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        tool_parameters_schema = _new(cls)
        tool_parameters_schema.additional_properties = (
            dict(src_dict) if isinstance(src_dict, dict) else as_object(src_dict)
        )
        return tool_parameters_schema

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
