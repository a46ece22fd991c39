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
    from ..models.nested_paragon_input import NestedParagonInput


T = TypeVar("T", bound="ParagonInput")


@_attrs_define
class ParagonInput:
    """An input in Paragon's format, of a Tool (`format=paragon`) or of a Trigger's
    subscription. Its value goes under its `id` in `runTool`'s `parameters` (or a
    subscription's). Described loosely: properties not named here may appear.

        Attributes:
            id (str): The key of the input's value in `parameters`.
            type_ (str): The kind of input, which decides how to render it (the "Schema Formats" page):
                `ENUM` and `DYNAMIC_ENUM` (a dropdown), `EDITABLE_ENUM` (a dropdown that also takes
                free text), `EnumTextAreaPairInput` (a dropdown with a text area beside it), `TEXT`
                and `TEXT_NO_VARS` (a text input), `TEXTAREA` and `TEXTAREA_NO_VARS` (a text area,
                one line by default), `CODE`, `BOOLEAN_INPUT` and `SWITCH` (a toggle),
                `CONDITIONAL` and `DYNAMIC_CONDITIONAL` (a filter). Other kinds may come.
            title (str | Unset): The input's label (Tools and SDK 2.4.0's typing).
            label (str | Unset): The input's label (the Triggers API's name for it).
            subtitle (str | Unset):
            placeholder (str | Unset):
            required (bool | Unset): Whether a value must be given.
            default_value (Any | Unset): The value used when none is given.
            values (Any | Unset): The options of an `ENUM`-like input, in an array.
            dependent_inputs (list[NestedParagonInput] | Unset): Inputs shown once this one has a value (the variants of a
                polymorphic Tool).
    """

    id: str
    type_: str
    title: str | Unset = UNSET
    label: str | Unset = UNSET
    subtitle: str | Unset = UNSET
    placeholder: str | Unset = UNSET
    required: bool | Unset = UNSET
    default_value: Any | Unset = UNSET
    values: Any | Unset = UNSET
    dependent_inputs: list[NestedParagonInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        title = self.title

        label = self.label

        subtitle = self.subtitle

        placeholder = self.placeholder

        required = self.required

        default_value = self.default_value

        values = self.values

        dependent_inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dependent_inputs, Unset):
            dependent_inputs = []
            for dependent_inputs_item_data in self.dependent_inputs:
                dependent_inputs_item = dependent_inputs_item_data.to_dict()
                dependent_inputs.append(dependent_inputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if label is not UNSET:
            field_dict["label"] = label
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if required is not UNSET:
            field_dict["required"] = required
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if values is not UNSET:
            field_dict["values"] = values
        if dependent_inputs is not UNSET:
            field_dict["dependentInputs"] = dependent_inputs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "id"
        try:
            id = d["id"]
            if not isinstance(id, str):
                raise DecodeError.wrong_type("a string", id)

            _key = "type"
            type_ = d["type"]
            if not isinstance(type_, str):
                raise DecodeError.wrong_type("a string", type_)

            _key = "title"
            title = d.get("title", UNSET)
            if not isinstance(title, str) and title is not UNSET:
                raise DecodeError.wrong_type("a string", title)

            _key = "label"
            label = d.get("label", UNSET)
            if not isinstance(label, str) and label is not UNSET:
                raise DecodeError.wrong_type("a string", label)

            _key = "subtitle"
            subtitle = d.get("subtitle", UNSET)
            if not isinstance(subtitle, str) and subtitle is not UNSET:
                raise DecodeError.wrong_type("a string", subtitle)

            _key = "placeholder"
            placeholder = d.get("placeholder", UNSET)
            if not isinstance(placeholder, str) and placeholder is not UNSET:
                raise DecodeError.wrong_type("a string", placeholder)

            _key = "required"
            required = d.get("required", UNSET)
            if not isinstance(required, bool) and required is not UNSET:
                raise DecodeError.wrong_type("a boolean", required)

            _key = "defaultValue"
            default_value = d.get("defaultValue", UNSET)

            _key = "values"
            values = d.get("values", UNSET)

            _key = "dependentInputs"
            _dependent_inputs = d.get("dependentInputs", UNSET)
            dependent_inputs: list[NestedParagonInput] | Unset = UNSET
            if _dependent_inputs is not UNSET:
                if not isinstance(_dependent_inputs, list):
                    raise DecodeError.wrong_type("an array", _dependent_inputs)
                dependent_inputs = []
                try:
                    for dependent_inputs_item_data in _dependent_inputs:
                        dependent_inputs_item = _NestedParagonInput_from_dict(
                            dependent_inputs_item_data
                        )

                        dependent_inputs.append(dependent_inputs_item)
                except DecodeError as _error:
                    raise _error.at(len(dependent_inputs))

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        paragon_input = _new(cls)
        paragon_input.id = id
        paragon_input.type_ = type_
        paragon_input.title = title
        paragon_input.label = label
        paragon_input.subtitle = subtitle
        paragon_input.placeholder = placeholder
        paragon_input.required = required
        paragon_input.default_value = default_value
        paragon_input.values = values
        paragon_input.dependent_inputs = dependent_inputs
        paragon_input.additional_properties = (
            {}
            if len(d)
            + (title is UNSET)
            + (label is UNSET)
            + (subtitle is UNSET)
            + (placeholder is UNSET)
            + (required is UNSET)
            + (default_value is UNSET)
            + (values is UNSET)
            + (dependent_inputs is UNSET)
            == 10
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return paragon_input

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

# The keys ParagonInput reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "type",
        "title",
        "label",
        "subtitle",
        "placeholder",
        "required",
        "defaultValue",
        "values",
        "dependentInputs",
    }
)


from ..models.nested_paragon_input import NestedParagonInput

_NestedParagonInput_from_dict = NestedParagonInput.from_dict
