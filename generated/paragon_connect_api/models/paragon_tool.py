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
    from ..models.paragon_input import ParagonInput


T = TypeVar("T", bound="ParagonTool")


@_attrs_define
class ParagonTool:
    """A Tool in the `paragon` format, the schema behind Paragon's workflow editor, for
    rendering a form that configures the Tool (a node of a workflow builder). Polymorphic
    Tools stay whole (`SALESFORCE_CREATE_RECORD`), their variants' inputs under
    `dependentInputs`. Described loosely: properties not named here may appear.

        Attributes:
            name (str): The Tool's name, which `runTool` takes as `tool`.
            title (str): The Tool's name for people, like `Send Message`.
            description (str | Unset):
            inputs (list[ParagonInput] | Unset): The inputs, in the order to show them.
    """

    name: str
    title: str
    description: str | Unset = UNSET
    inputs: list[ParagonInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        title = self.title

        description = self.description

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "title": title,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if inputs is not UNSET:
            field_dict["inputs"] = inputs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "name"
        try:
            name = d["name"]
            if not isinstance(name, str):
                raise DecodeError.wrong_type("a string", name)

            _key = "title"
            title = d["title"]
            if not isinstance(title, str):
                raise DecodeError.wrong_type("a string", title)

            _key = "description"
            description = d.get("description", UNSET)
            if not isinstance(description, str) and description is not UNSET:
                raise DecodeError.wrong_type("a string", description)

            _key = "inputs"
            _inputs = d.get("inputs", UNSET)
            inputs: list[ParagonInput] | Unset = UNSET
            if _inputs is not UNSET:
                if not isinstance(_inputs, list):
                    raise DecodeError.wrong_type("an array", _inputs)
                inputs = []
                try:
                    for inputs_item_data in _inputs:
                        inputs_item = _ParagonInput_from_dict(inputs_item_data)

                        inputs.append(inputs_item)
                except DecodeError as _error:
                    raise _error.at(len(inputs))

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        paragon_tool = _new(cls)
        paragon_tool.name = name
        paragon_tool.title = title
        paragon_tool.description = description
        paragon_tool.inputs = inputs
        paragon_tool.additional_properties = (
            {}
            if len(d) + (description is UNSET) + (inputs is UNSET) == 4
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return paragon_tool

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

# The keys ParagonTool reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "name",
        "title",
        "description",
        "inputs",
    }
)


from ..models.paragon_input import ParagonInput

_ParagonInput_from_dict = ParagonInput.from_dict
