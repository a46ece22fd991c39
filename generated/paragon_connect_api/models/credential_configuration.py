# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_uuid

if TYPE_CHECKING:
    from ..models.configuration_meta import ConfigurationMeta
    from ..models.user_settings import UserSettings
    from ..models.workflow_settings_map import WorkflowSettingsMap


T = TypeVar("T", bound="CredentialConfiguration")


@_attrs_define
class CredentialConfiguration:
    """One set of User Settings and workflow settings of a connected account.

    Attributes:
        id (UUID):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        connect_credential_id (UUID):
        workflow_settings (WorkflowSettingsMap): Workflow states by workflow ID.
        shared_settings (UserSettings): User Settings by input ID; the value's type depends on the input's type.
        is_default (bool):
        config_meta (ConfigurationMeta | Unset): Free-form metadata of a configuration.
        external_id (None | str | Unset):
    """

    id: UUID
    date_created: datetime.datetime
    date_updated: datetime.datetime
    connect_credential_id: UUID
    workflow_settings: WorkflowSettingsMap
    shared_settings: UserSettings
    is_default: bool
    config_meta: ConfigurationMeta | Unset = UNSET
    external_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        connect_credential_id = str(self.connect_credential_id)

        workflow_settings = self.workflow_settings.to_dict()

        shared_settings = self.shared_settings.to_dict()

        is_default = self.is_default

        config_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config_meta, Unset):
            config_meta = self.config_meta.to_dict()

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "dateCreated": date_created,
                "dateUpdated": date_updated,
                "connectCredentialId": connect_credential_id,
                "workflowSettings": workflow_settings,
                "sharedSettings": shared_settings,
                "isDefault": is_default,
            }
        )
        if config_meta is not UNSET:
            field_dict["configMeta"] = config_meta
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        date_created = datetime.datetime.fromisoformat(d.pop("dateCreated"))

        date_updated = datetime.datetime.fromisoformat(d.pop("dateUpdated"))

        connect_credential_id = parse_uuid(d.pop("connectCredentialId"))

        workflow_settings = WorkflowSettingsMap.from_dict(d.pop("workflowSettings"))

        shared_settings = UserSettings.from_dict(d.pop("sharedSettings"))

        is_default = d.pop("isDefault")

        _config_meta = d.pop("configMeta", UNSET)
        config_meta: ConfigurationMeta | Unset
        if isinstance(_config_meta, Unset):
            config_meta = UNSET
        else:
            config_meta = ConfigurationMeta.from_dict(_config_meta)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        credential_configuration = cls(
            id=id,
            date_created=date_created,
            date_updated=date_updated,
            connect_credential_id=connect_credential_id,
            workflow_settings=workflow_settings,
            shared_settings=shared_settings,
            is_default=is_default,
            config_meta=config_meta,
            external_id=external_id,
        )

        credential_configuration.additional_properties = d
        return credential_configuration

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


from ..models.configuration_meta import ConfigurationMeta
from ..models.user_settings import UserSettings
from ..models.workflow_settings_map import WorkflowSettingsMap
