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


T = TypeVar("T", bound="WorkflowMeta")


@_attrs_define
class WorkflowMeta:
    """What the Connect Portal shows of one workflow. SDK 2.4.0's `getIntegrationConfig` lists
    the entries by their `id` (those of the integration's `workflows`), not by their keys.

        Attributes:
            id (str | Unset): The workflow's ID, the same as the entry's key.
            inputs (list[ConnectInput] | Unset): The workflow-level User Settings.
            info_text (str | Unset):
            default_enabled (bool | Unset):
            hidden (bool | Unset): Hidden workflows are listed in `hiddenWorkflows`.
    """

    id: str | Unset = UNSET
    inputs: list[ConnectInput] | Unset = UNSET
    info_text: str | Unset = UNSET
    default_enabled: bool | Unset = UNSET
    hidden: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        info_text = self.info_text

        default_enabled = self.default_enabled

        hidden = self.hidden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if info_text is not UNSET:
            field_dict["infoText"] = info_text
        if default_enabled is not UNSET:
            field_dict["defaultEnabled"] = default_enabled
        if hidden is not UNSET:
            field_dict["hidden"] = hidden

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "id"
        try:
            id = d.get("id", UNSET)
            if not isinstance(id, str) and id is not UNSET:
                raise DecodeError.wrong_type("a string", id)

            _key = "inputs"
            _inputs = d.get("inputs", UNSET)
            inputs: list[ConnectInput] | Unset = UNSET
            if _inputs is not UNSET:
                if not isinstance(_inputs, list):
                    raise DecodeError.wrong_type("an array", _inputs)
                inputs = []
                try:
                    for inputs_item_data in _inputs:
                        inputs_item = _ConnectInput_from_dict(inputs_item_data)

                        inputs.append(inputs_item)
                except DecodeError as _error:
                    raise _error.at(len(inputs))

            _key = "infoText"
            info_text = d.get("infoText", UNSET)
            if not isinstance(info_text, str) and info_text is not UNSET:
                raise DecodeError.wrong_type("a string", info_text)

            _key = "defaultEnabled"
            default_enabled = d.get("defaultEnabled", UNSET)
            if not isinstance(default_enabled, bool) and default_enabled is not UNSET:
                raise DecodeError.wrong_type("a boolean", default_enabled)

            _key = "hidden"
            hidden = d.get("hidden", UNSET)
            if not isinstance(hidden, bool) and hidden is not UNSET:
                raise DecodeError.wrong_type("a boolean", hidden)

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        workflow_meta = _new(cls)
        workflow_meta.id = id
        workflow_meta.inputs = inputs
        workflow_meta.info_text = info_text
        workflow_meta.default_enabled = default_enabled
        workflow_meta.hidden = hidden
        workflow_meta.additional_properties = (
            {}
            if len(d)
            + (id is UNSET)
            + (inputs is UNSET)
            + (info_text is UNSET)
            + (default_enabled is UNSET)
            + (hidden is UNSET)
            == 5
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return workflow_meta

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

# The keys WorkflowMeta reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "inputs",
        "infoText",
        "defaultEnabled",
        "hidden",
    }
)


from ..models.connect_input import ConnectInput

_ConnectInput_from_dict = ConnectInput.from_dict
