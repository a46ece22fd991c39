# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import as_object

T = TypeVar("T", bound="FunctionDefinition")


@_attrs_define
class FunctionDefinition:
    """A Tool's name, what it does, and the JSON Schema of its parameters.

    Attributes:
        name (str): The Tool's name, which `runTool` takes as `tool`, like `SLACK_SEND_MESSAGE`.
        description (str): What the Tool does, written for an LLM to choose it.
        parameters (Any): The JSON Schema of a Tool's `parameters` (JSON Schema 2020-12; Paragon uses none of the
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

    name: str
    description: str
    parameters: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        parameters = self.parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "parameters": parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "name"
        try:
            name = d["name"]
            if not isinstance(name, str):
                raise DecodeError.wrong_type("a string", name)

            _key = "description"
            description = d["description"]
            if not isinstance(description, str):
                raise DecodeError.wrong_type("a string", description)

            _key = "parameters"
            parameters = d["parameters"]

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        function_definition = _new(cls)
        function_definition.name = name
        function_definition.description = description
        function_definition.parameters = parameters
        function_definition.additional_properties = (
            {}
            if len(d) == 3
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return function_definition

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

# The keys FunctionDefinition reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "name",
        "description",
        "parameters",
    }
)
