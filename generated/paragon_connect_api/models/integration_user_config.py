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
    from ..models.available_workflow import AvailableWorkflow
    from ..models.connect_input import ConnectInput


T = TypeVar("T", bound="IntegrationUserConfig")


@_attrs_define
class IntegrationUserConfig:
    """What `getIntegrationConfig` returns: descriptions, User Settings and workflows.

    Attributes:
        short_description (str):
        long_description (str):
        available_user_settings (list[ConnectInput]):
        available_workflows (list[AvailableWorkflow]):
        hidden_workflows (list[AvailableWorkflow]):
    """

    short_description: str
    long_description: str
    available_user_settings: list[ConnectInput]
    available_workflows: list[AvailableWorkflow]
    hidden_workflows: list[AvailableWorkflow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        short_description = self.short_description

        long_description = self.long_description

        available_user_settings = []
        for available_user_settings_item_data in self.available_user_settings:
            available_user_settings_item = available_user_settings_item_data.to_dict()
            available_user_settings.append(available_user_settings_item)

        available_workflows = []
        for available_workflows_item_data in self.available_workflows:
            available_workflows_item = available_workflows_item_data.to_dict()
            available_workflows.append(available_workflows_item)

        hidden_workflows = []
        for hidden_workflows_item_data in self.hidden_workflows:
            hidden_workflows_item = hidden_workflows_item_data.to_dict()
            hidden_workflows.append(hidden_workflows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shortDescription": short_description,
                "longDescription": long_description,
                "availableUserSettings": available_user_settings,
                "availableWorkflows": available_workflows,
                "hiddenWorkflows": hidden_workflows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "shortDescription"
        try:
            short_description = d["shortDescription"]
            if not isinstance(short_description, str):
                raise DecodeError.wrong_type("a string", short_description)

            _key = "longDescription"
            long_description = d["longDescription"]
            if not isinstance(long_description, str):
                raise DecodeError.wrong_type("a string", long_description)

            _key = "availableUserSettings"
            _available_user_settings = d["availableUserSettings"]
            if not isinstance(_available_user_settings, list):
                raise DecodeError.wrong_type("an array", _available_user_settings)
            available_user_settings = []
            try:
                for available_user_settings_item_data in _available_user_settings:
                    available_user_settings_item = _ConnectInput_from_dict(
                        available_user_settings_item_data
                    )

                    available_user_settings.append(available_user_settings_item)
            except DecodeError as _error:
                raise _error.at(len(available_user_settings))

            _key = "availableWorkflows"
            _available_workflows = d["availableWorkflows"]
            if not isinstance(_available_workflows, list):
                raise DecodeError.wrong_type("an array", _available_workflows)
            available_workflows = []
            try:
                for available_workflows_item_data in _available_workflows:
                    available_workflows_item = _AvailableWorkflow_from_dict(
                        available_workflows_item_data
                    )

                    available_workflows.append(available_workflows_item)
            except DecodeError as _error:
                raise _error.at(len(available_workflows))

            _key = "hiddenWorkflows"
            _hidden_workflows = d["hiddenWorkflows"]
            if not isinstance(_hidden_workflows, list):
                raise DecodeError.wrong_type("an array", _hidden_workflows)
            hidden_workflows = []
            try:
                for hidden_workflows_item_data in _hidden_workflows:
                    hidden_workflows_item = _AvailableWorkflow_from_dict(
                        hidden_workflows_item_data
                    )

                    hidden_workflows.append(hidden_workflows_item)
            except DecodeError as _error:
                raise _error.at(len(hidden_workflows))

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        integration_user_config = _new(cls)
        integration_user_config.short_description = short_description
        integration_user_config.long_description = long_description
        integration_user_config.available_user_settings = available_user_settings
        integration_user_config.available_workflows = available_workflows
        integration_user_config.hidden_workflows = hidden_workflows
        integration_user_config.additional_properties = (
            {}
            if len(d) == 5
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return integration_user_config

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

# The keys IntegrationUserConfig reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "shortDescription",
        "longDescription",
        "availableUserSettings",
        "availableWorkflows",
        "hiddenWorkflows",
    }
)


from ..models.available_workflow import AvailableWorkflow
from ..models.connect_input import ConnectInput

_AvailableWorkflow_from_dict = AvailableWorkflow.from_dict
_ConnectInput_from_dict = ConnectInput.from_dict
