# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, as_object

if TYPE_CHECKING:
    from ..models.nested_json_schema import NestedJsonSchema
    from ..models.nested_json_schema_map import NestedJsonSchemaMap


T = TypeVar("T", bound="JsonSchema")


@_attrs_define
class JsonSchema:
    """A JSON Schema (2020-12) describing one input of a Tool. The keywords Tools use are named
    here; any other keyword of JSON Schema may appear too, `additionalProperties` (a boolean
    or a schema) among them.

        Attributes:
            type_ (Any | Unset): A JSON type name (`string`, `number`, `integer`, `boolean`, `array`, `object`, `null`) or a
                list of them.
            title (str | Unset):
            description (str | Unset): What the input is, written for an LLM; it may give an example value.
            enum (Any | Unset): The values the input may take, in an array.
            const (Any | Unset): The one value the input may take.
            default (Any | Unset): The value used when none is given.
            format_ (str | Unset): A format of JSON Schema, like `date-time` or `email`.
            pattern (str | Unset):
            minimum (float | Unset):
            maximum (float | Unset):
            items (NestedJsonSchema | Unset): A JSON Schema inside a Tool input's schema (an array's items, an object's
                properties, a
                branch of `anyOf`), with the keywords of `JsonSchema`. Not described further: a
                description that refers to itself defeats generators and fuzzers, and a Tool's schema is
                read by a JSON Schema validator, not by models.
            properties (NestedJsonSchemaMap | Unset): The JSON Schemas of an object input's properties, by name.
            required (list[str] | Unset):
            any_of (list[NestedJsonSchema] | Unset):
            one_of (list[NestedJsonSchema] | Unset):
            all_of (list[NestedJsonSchema] | Unset):
    """

    type_: Any | Unset = UNSET
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    enum: Any | Unset = UNSET
    const: Any | Unset = UNSET
    default: Any | Unset = UNSET
    format_: str | Unset = UNSET
    pattern: str | Unset = UNSET
    minimum: float | Unset = UNSET
    maximum: float | Unset = UNSET
    items: NestedJsonSchema | Unset = UNSET
    properties: NestedJsonSchemaMap | Unset = UNSET
    required: list[str] | Unset = UNSET
    any_of: list[NestedJsonSchema] | Unset = UNSET
    one_of: list[NestedJsonSchema] | Unset = UNSET
    all_of: list[NestedJsonSchema] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        description = self.description

        enum = self.enum

        const = self.const

        default = self.default

        format_ = self.format_

        pattern = self.pattern

        minimum = self.minimum

        maximum = self.maximum

        items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items.to_dict()

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        any_of: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.any_of, Unset):
            any_of = []
            for any_of_item_data in self.any_of:
                any_of_item = any_of_item_data.to_dict()
                any_of.append(any_of_item)

        one_of: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.one_of, Unset):
            one_of = []
            for one_of_item_data in self.one_of:
                one_of_item = one_of_item_data.to_dict()
                one_of.append(one_of_item)

        all_of: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.all_of, Unset):
            all_of = []
            for all_of_item_data in self.all_of:
                all_of_item = all_of_item_data.to_dict()
                all_of.append(all_of_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if enum is not UNSET:
            field_dict["enum"] = enum
        if const is not UNSET:
            field_dict["const"] = const
        if default is not UNSET:
            field_dict["default"] = default
        if format_ is not UNSET:
            field_dict["format"] = format_
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if minimum is not UNSET:
            field_dict["minimum"] = minimum
        if maximum is not UNSET:
            field_dict["maximum"] = maximum
        if items is not UNSET:
            field_dict["items"] = items
        if properties is not UNSET:
            field_dict["properties"] = properties
        if required is not UNSET:
            field_dict["required"] = required
        if any_of is not UNSET:
            field_dict["anyOf"] = any_of
        if one_of is not UNSET:
            field_dict["oneOf"] = one_of
        if all_of is not UNSET:
            field_dict["allOf"] = all_of

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "type"
        try:
            type_ = d.get("type", UNSET)

            _key = "title"
            title = d.get("title", UNSET)
            if not isinstance(title, str) and title is not UNSET:
                raise DecodeError.wrong_type("a string", title)

            _key = "description"
            description = d.get("description", UNSET)
            if not isinstance(description, str) and description is not UNSET:
                raise DecodeError.wrong_type("a string", description)

            _key = "enum"
            enum = d.get("enum", UNSET)

            _key = "const"
            const = d.get("const", UNSET)

            _key = "default"
            default = d.get("default", UNSET)

            _key = "format"
            format_ = d.get("format", UNSET)
            if not isinstance(format_, str) and format_ is not UNSET:
                raise DecodeError.wrong_type("a string", format_)

            _key = "pattern"
            pattern = d.get("pattern", UNSET)
            if not isinstance(pattern, str) and pattern is not UNSET:
                raise DecodeError.wrong_type("a string", pattern)

            _key = "minimum"
            minimum = d.get("minimum", UNSET)
            if (
                not isinstance(minimum, (int, float)) or isinstance(minimum, bool)
            ) and minimum is not UNSET:
                raise DecodeError.wrong_type("a number", minimum)

            _key = "maximum"
            maximum = d.get("maximum", UNSET)
            if (
                not isinstance(maximum, (int, float)) or isinstance(maximum, bool)
            ) and maximum is not UNSET:
                raise DecodeError.wrong_type("a number", maximum)

            _key = "items"
            _items = d.get("items", UNSET)
            items: NestedJsonSchema | Unset = (
                UNSET if _items is UNSET else _NestedJsonSchema_from_dict(_items)
            )

            _key = "properties"
            _properties = d.get("properties", UNSET)
            properties: NestedJsonSchemaMap | Unset = (
                UNSET
                if _properties is UNSET
                else _NestedJsonSchemaMap_from_dict(_properties)
            )

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

            _key = "anyOf"
            _any_of = d.get("anyOf", UNSET)
            any_of: list[NestedJsonSchema] | Unset = UNSET
            if _any_of is not UNSET:
                if not isinstance(_any_of, list):
                    raise DecodeError.wrong_type("an array", _any_of)
                any_of = []
                try:
                    for any_of_item_data in _any_of:
                        any_of_item = _NestedJsonSchema_from_dict(any_of_item_data)

                        any_of.append(any_of_item)
                except DecodeError as _error:
                    raise _error.at(len(any_of))

            _key = "oneOf"
            _one_of = d.get("oneOf", UNSET)
            one_of: list[NestedJsonSchema] | Unset = UNSET
            if _one_of is not UNSET:
                if not isinstance(_one_of, list):
                    raise DecodeError.wrong_type("an array", _one_of)
                one_of = []
                try:
                    for one_of_item_data in _one_of:
                        one_of_item = _NestedJsonSchema_from_dict(one_of_item_data)

                        one_of.append(one_of_item)
                except DecodeError as _error:
                    raise _error.at(len(one_of))

            _key = "allOf"
            _all_of = d.get("allOf", UNSET)
            all_of: list[NestedJsonSchema] | Unset = UNSET
            if _all_of is not UNSET:
                if not isinstance(_all_of, list):
                    raise DecodeError.wrong_type("an array", _all_of)
                all_of = []
                try:
                    for all_of_item_data in _all_of:
                        all_of_item = _NestedJsonSchema_from_dict(all_of_item_data)

                        all_of.append(all_of_item)
                except DecodeError as _error:
                    raise _error.at(len(all_of))

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        json_schema = _new(cls)
        json_schema.type_ = type_
        json_schema.title = title
        json_schema.description = description
        json_schema.enum = enum
        json_schema.const = const
        json_schema.default = default
        json_schema.format_ = format_
        json_schema.pattern = pattern
        json_schema.minimum = minimum
        json_schema.maximum = maximum
        json_schema.items = items
        json_schema.properties = properties
        json_schema.required = required
        json_schema.any_of = any_of
        json_schema.one_of = one_of
        json_schema.all_of = all_of
        json_schema.additional_properties = (
            {}
            if _PROPERTY_NAMES.issuperset(d)
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return json_schema

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

# The keys JsonSchema reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "type",
        "title",
        "description",
        "enum",
        "const",
        "default",
        "format",
        "pattern",
        "minimum",
        "maximum",
        "items",
        "properties",
        "required",
        "anyOf",
        "oneOf",
        "allOf",
    }
)


from ..models.nested_json_schema import NestedJsonSchema
from ..models.nested_json_schema_map import NestedJsonSchemaMap

_NestedJsonSchema_from_dict = NestedJsonSchema.from_dict
_NestedJsonSchemaMap_from_dict = NestedJsonSchemaMap.from_dict
