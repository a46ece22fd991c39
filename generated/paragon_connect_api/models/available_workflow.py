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
    from ..models.connect_input import ConnectInput


T = TypeVar("T", bound="AvailableWorkflow")


@_attrs_define
class AvailableWorkflow:
    """A workflow as `getIntegrationConfig` shows it.

    Attributes:
        id (str):
        inputs (list[ConnectInput]): The workflow-level User Settings.
        default_enabled (bool):
        description (str):
        info_text (str | Unset):
    """

    id: str
    inputs: list[ConnectInput]
    default_enabled: bool
    description: str
    info_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        inputs = []
        for inputs_item_data in self.inputs:
            inputs_item = inputs_item_data.to_dict()
            inputs.append(inputs_item)

        default_enabled = self.default_enabled

        description = self.description

        info_text = self.info_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "inputs": inputs,
                "defaultEnabled": default_enabled,
                "description": description,
            }
        )
        if info_text is not UNSET:
            field_dict["infoText"] = info_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "id"
        try:
            id = d["id"]
            if not isinstance(id, str):
                raise DecodeError.wrong_type("a string", id)

            _key = "inputs"
            _inputs = d["inputs"]
            if not isinstance(_inputs, list):
                raise DecodeError.wrong_type("an array", _inputs)
            inputs = []
            try:
                for inputs_item_data in _inputs:
                    inputs_item = _ConnectInput_from_dict(inputs_item_data)

                    inputs.append(inputs_item)
            except DecodeError as _error:
                raise _error.at(len(inputs))

            _key = "defaultEnabled"
            default_enabled = d["defaultEnabled"]
            if not isinstance(default_enabled, bool):
                raise DecodeError.wrong_type("a boolean", default_enabled)

            _key = "description"
            description = d["description"]
            if not isinstance(description, str):
                raise DecodeError.wrong_type("a string", description)

            _key = "infoText"
            info_text = d.get("infoText", UNSET)
            if not isinstance(info_text, str) and info_text is not UNSET:
                raise DecodeError.wrong_type("a string", info_text)

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        available_workflow = _new(cls)
        available_workflow.id = id
        available_workflow.inputs = inputs
        available_workflow.default_enabled = default_enabled
        available_workflow.description = description
        available_workflow.info_text = info_text
        available_workflow.additional_properties = (
            {}
            if len(d) + (info_text is UNSET) == 5
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return available_workflow

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

# The keys AvailableWorkflow reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "inputs",
        "defaultEnabled",
        "description",
        "infoText",
    }
)


from ..models.connect_input import ConnectInput

_ConnectInput_from_dict = ConnectInput.from_dict
