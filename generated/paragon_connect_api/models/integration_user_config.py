# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        short_description = d.pop("shortDescription")

        long_description = d.pop("longDescription")

        available_user_settings = []
        _available_user_settings = d.pop("availableUserSettings")
        for available_user_settings_item_data in _available_user_settings:
            available_user_settings_item = ConnectInput.from_dict(
                available_user_settings_item_data
            )

            available_user_settings.append(available_user_settings_item)

        available_workflows = []
        _available_workflows = d.pop("availableWorkflows")
        for available_workflows_item_data in _available_workflows:
            available_workflows_item = AvailableWorkflow.from_dict(
                available_workflows_item_data
            )

            available_workflows.append(available_workflows_item)

        hidden_workflows = []
        _hidden_workflows = d.pop("hiddenWorkflows")
        for hidden_workflows_item_data in _hidden_workflows:
            hidden_workflows_item = AvailableWorkflow.from_dict(
                hidden_workflows_item_data
            )

            hidden_workflows.append(hidden_workflows_item)

        integration_user_config = cls(
            short_description=short_description,
            long_description=long_description,
            available_user_settings=available_user_settings,
            available_workflows=available_workflows,
            hidden_workflows=hidden_workflows,
        )

        integration_user_config.additional_properties = d
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


from ..models.available_workflow import AvailableWorkflow
from ..models.connect_input import ConnectInput
