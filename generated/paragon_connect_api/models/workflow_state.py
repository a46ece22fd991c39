# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

if TYPE_CHECKING:
    from ..models.user_settings import UserSettings


T = TypeVar("T", bound="WorkflowState")


@_attrs_define
class WorkflowState:
    """A workflow's state for the Connected User, after enabling or disabling it.

    Attributes:
        workflow_id (UUID):
        integration_id (UUID):
        credential_id (UUID):
        enabled (bool):
        settings (UserSettings): User Settings by input ID; the value's type depends on the input's type.
        configuration_id (None | Unset | UUID):
    """

    workflow_id: UUID
    integration_id: UUID
    credential_id: UUID
    enabled: bool
    settings: UserSettings
    configuration_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = str(self.workflow_id)

        integration_id = str(self.integration_id)

        credential_id = str(self.credential_id)

        enabled = self.enabled

        settings = self.settings.to_dict()

        configuration_id: None | str | Unset
        if isinstance(self.configuration_id, Unset):
            configuration_id = UNSET
        elif isinstance(self.configuration_id, UUID):
            configuration_id = str(self.configuration_id)
        else:
            configuration_id = self.configuration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflowId": workflow_id,
                "integrationId": integration_id,
                "credentialId": credential_id,
                "enabled": enabled,
                "settings": settings,
            }
        )
        if configuration_id is not UNSET:
            field_dict["configurationId"] = configuration_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workflow_id = parse_uuid(d.pop("workflowId"))

        integration_id = parse_uuid(d.pop("integrationId"))

        credential_id = parse_uuid(d.pop("credentialId"))

        enabled = d.pop("enabled")

        settings = UserSettings.from_dict(d.pop("settings"))

        def _parse_configuration_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                configuration_id_type_0 = parse_uuid(data)

                return configuration_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        configuration_id = _parse_configuration_id(d.pop("configurationId", UNSET))

        workflow_state = cls(
            workflow_id=workflow_id,
            integration_id=integration_id,
            credential_id=credential_id,
            enabled=enabled,
            settings=settings,
            configuration_id=configuration_id,
        )

        workflow_state.additional_properties = d
        return workflow_state

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


from ..models.user_settings import UserSettings
