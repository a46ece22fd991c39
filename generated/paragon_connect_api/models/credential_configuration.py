# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..types import UNSET, Unset, as_object, parse_datetime

if TYPE_CHECKING:
    from ..models.configuration_meta import ConfigurationMeta
    from ..models.user_settings import UserSettings
    from ..models.workflow_settings_map import WorkflowSettingsMap


T = TypeVar("T", bound="CredentialConfiguration")


@_attrs_define
class CredentialConfiguration:
    """One set of User Settings and workflow settings of a connected account.

    Attributes:
        id (str):
        date_created (datetime.datetime | Unset):
        date_updated (datetime.datetime | Unset):
        connect_credential_id (str | Unset):
        workflow_settings (WorkflowSettingsMap | Unset): Workflow states by workflow ID.
        shared_settings (UserSettings | Unset): User Settings by input ID; the value's type depends on the input's type.
        config_meta (ConfigurationMeta | Unset): Free-form metadata of a configuration.
        external_id (None | str | Unset):
        is_default (bool | Unset):
    """

    id: str
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    connect_credential_id: str | Unset = UNSET
    workflow_settings: WorkflowSettingsMap | Unset = UNSET
    shared_settings: UserSettings | Unset = UNSET
    config_meta: ConfigurationMeta | Unset = UNSET
    external_id: None | str | Unset = UNSET
    is_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        connect_credential_id = self.connect_credential_id

        workflow_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow_settings, Unset):
            workflow_settings = self.workflow_settings.to_dict()

        shared_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shared_settings, Unset):
            shared_settings = self.shared_settings.to_dict()

        config_meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config_meta, Unset):
            config_meta = self.config_meta.to_dict()

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if date_updated is not UNSET:
            field_dict["dateUpdated"] = date_updated
        if connect_credential_id is not UNSET:
            field_dict["connectCredentialId"] = connect_credential_id
        if workflow_settings is not UNSET:
            field_dict["workflowSettings"] = workflow_settings
        if shared_settings is not UNSET:
            field_dict["sharedSettings"] = shared_settings
        if config_meta is not UNSET:
            field_dict["configMeta"] = config_meta
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "id"
        try:
            id = d["id"]
            if not isinstance(id, str):
                raise DecodeError.wrong_type("a string", id)

            _key = "dateCreated"
            _date_created = d.get("dateCreated", UNSET)
            date_created: datetime.datetime | Unset = UNSET
            if _date_created is not UNSET:
                try:
                    date_created = _fromisoformat(_date_created)
                except (TypeError, ValueError):
                    date_created = parse_datetime(_date_created)

            _key = "dateUpdated"
            _date_updated = d.get("dateUpdated", UNSET)
            date_updated: datetime.datetime | Unset = UNSET
            if _date_updated is not UNSET:
                try:
                    date_updated = _fromisoformat(_date_updated)
                except (TypeError, ValueError):
                    date_updated = parse_datetime(_date_updated)

            _key = "connectCredentialId"
            connect_credential_id = d.get("connectCredentialId", UNSET)
            if (
                not isinstance(connect_credential_id, str)
                and connect_credential_id is not UNSET
            ):
                raise DecodeError.wrong_type("a string", connect_credential_id)

            _key = "workflowSettings"
            _workflow_settings = d.get("workflowSettings", UNSET)
            workflow_settings: WorkflowSettingsMap | Unset = (
                UNSET
                if _workflow_settings is UNSET
                else _WorkflowSettingsMap_from_dict(_workflow_settings)
            )

            _key = "sharedSettings"
            _shared_settings = d.get("sharedSettings", UNSET)
            shared_settings: UserSettings | Unset = (
                UNSET
                if _shared_settings is UNSET
                else _UserSettings_from_dict(_shared_settings)
            )

            _key = "configMeta"
            _config_meta = d.get("configMeta", UNSET)
            config_meta: ConfigurationMeta | Unset = (
                UNSET
                if _config_meta is UNSET
                else _ConfigurationMeta_from_dict(_config_meta)
            )

            _key = "externalId"
            external_id = d.get("externalId", UNSET)
            if not (
                external_id is None
                or external_id is UNSET
                or isinstance(external_id, str)
            ):
                raise DecodeError.wrong_type("a string or null", external_id)

            _key = "isDefault"
            is_default = d.get("isDefault", UNSET)
            if not isinstance(is_default, bool) and is_default is not UNSET:
                raise DecodeError.wrong_type("a boolean", is_default)

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        credential_configuration = _new(cls)
        credential_configuration.id = id
        credential_configuration.date_created = date_created
        credential_configuration.date_updated = date_updated
        credential_configuration.connect_credential_id = connect_credential_id
        credential_configuration.workflow_settings = workflow_settings
        credential_configuration.shared_settings = shared_settings
        credential_configuration.config_meta = config_meta
        credential_configuration.external_id = external_id
        credential_configuration.is_default = is_default
        credential_configuration.additional_properties = (
            {}
            if len(d)
            + (date_created is UNSET)
            + (date_updated is UNSET)
            + (connect_credential_id is UNSET)
            + (workflow_settings is UNSET)
            + (shared_settings is UNSET)
            + (config_meta is UNSET)
            + (external_id is UNSET)
            + (is_default is UNSET)
            == 9
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
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


# from_dict makes instances without calling __init__ (see there).
_new = object.__new__

# The keys CredentialConfiguration reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "dateCreated",
        "dateUpdated",
        "connectCredentialId",
        "workflowSettings",
        "sharedSettings",
        "configMeta",
        "externalId",
        "isDefault",
    }
)


from ..models.configuration_meta import ConfigurationMeta
from ..models.user_settings import UserSettings
from ..models.workflow_settings_map import WorkflowSettingsMap

_fromisoformat = datetime.datetime.fromisoformat
_ConfigurationMeta_from_dict = ConfigurationMeta.from_dict
_UserSettings_from_dict = UserSettings.from_dict
_WorkflowSettingsMap_from_dict = WorkflowSettingsMap.from_dict
