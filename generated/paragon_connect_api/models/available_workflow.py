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
        d = dict(src_dict) if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "id"
        try:
            id = d.pop("id")
            if not isinstance(id, str):
                raise DecodeError.wrong_type("a string", id)

            _key = "inputs"
            _inputs = d.pop("inputs")
            if not isinstance(_inputs, list):
                raise DecodeError.wrong_type("an array", _inputs)
            inputs = []
            for _inputs_index, inputs_item_data in enumerate(_inputs):
                try:
                    inputs_item = ConnectInput.from_dict(inputs_item_data)

                except DecodeError as _error:
                    raise _error.at(_inputs_index)
                inputs.append(inputs_item)

            _key = "defaultEnabled"
            default_enabled = d.pop("defaultEnabled")
            if not isinstance(default_enabled, bool):
                raise DecodeError.wrong_type("a boolean", default_enabled)

            _key = "description"
            description = d.pop("description")
            if not isinstance(description, str):
                raise DecodeError.wrong_type("a string", description)

            _key = "infoText"
            info_text = d.pop("infoText", UNSET)
            if not isinstance(info_text, str) and info_text is not UNSET:
                raise DecodeError.wrong_type("a string", info_text)

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d.pop` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        available_workflow = cls(
            id=id,
            inputs=inputs,
            default_enabled=default_enabled,
            description=description,
            info_text=info_text,
        )

        available_workflow.additional_properties = d
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


from ..models.connect_input import ConnectInput
