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
from ..types import UNSET, Unset, as_object

if TYPE_CHECKING:
    from ..models.json_schema_map import JsonSchemaMap


T = TypeVar("T", bound="ToolParametersSchema")


@_attrs_define
class ToolParametersSchema:
    """The JSON Schema of a Tool's `parameters` (JSON Schema 2020-12; Paragon uses none of the
    non-standard fields of the `draft-*` versions): an object schema whose properties are
    the Tool's inputs. It holds the Connected User's own fields where the Tool has them
    (custom fields of their Salesforce or HubSpot objects). Other keywords come as they
    are; `additionalProperties: false` (the docs' examples have it) says that the Tool takes
    no input beyond `properties`. (`additionalProperties` is not named among the properties
    here because generated clients keep unnamed keys in a field of that very name.)

        Attributes:
            type_ (Literal['object']): Always `object`.
            properties (JsonSchemaMap): JSON Schemas by property name.
            required (list[str] | Unset): The names of the inputs the Tool cannot run without.
    """

    type_: Literal["object"]
    properties: JsonSchemaMap
    required: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        properties = self.properties.to_dict()

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "properties": properties,
            }
        )
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "type"
        try:
            type_ = cast(Literal["object"], d["type"])
            if type_ != "object":
                raise DecodeError(
                    "expected "
                    + repr("object")
                    + ", got "
                    + (
                        repr(type_)
                        if isinstance(type_, str) and len(type_) <= 64
                        else describe(type_)
                    )
                )

            _key = "properties"
            properties = _JsonSchemaMap_from_dict(d["properties"])

            _key = "required"
            _required = d.get("required", UNSET)
            required: list[str] | Unset = UNSET
            if _required is not UNSET:
                if not isinstance(_required, list):
                    raise DecodeError.wrong_type("an array", _required)
                required = []
                try:
                    for required_item_data in _required:
                        required_item = required_item_data
                        if not isinstance(required_item, str):
                            raise DecodeError.wrong_type("a string", required_item)

                        required.append(required_item)
                except DecodeError as _error:
                    raise _error.at(len(required))

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        tool_parameters_schema = _new(cls)
        tool_parameters_schema.type_ = type_
        tool_parameters_schema.properties = properties
        tool_parameters_schema.required = required
        tool_parameters_schema.additional_properties = (
            {}
            if _PROPERTY_NAMES.issuperset(d)
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
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

# The keys ToolParametersSchema reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "properties",
        "required",
    }
)


from ..models.json_schema_map import JsonSchemaMap

_JsonSchemaMap_from_dict = JsonSchemaMap.from_dict
