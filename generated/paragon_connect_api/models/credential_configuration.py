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
        d = dict(src_dict) if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "id"
        try:
            id = d.pop("id")
            if not isinstance(id, str):
                raise DecodeError.wrong_type("a string", id)

            _key = "dateCreated"
            _date_created = d.pop("dateCreated", UNSET)
            date_created: datetime.datetime | Unset
            if isinstance(_date_created, Unset):
                date_created = UNSET
            else:
                date_created = parse_datetime(_date_created)

            _key = "dateUpdated"
            _date_updated = d.pop("dateUpdated", UNSET)
            date_updated: datetime.datetime | Unset
            if isinstance(_date_updated, Unset):
                date_updated = UNSET
            else:
                date_updated = parse_datetime(_date_updated)

            _key = "connectCredentialId"
            connect_credential_id = d.pop("connectCredentialId", UNSET)
            if (
                not isinstance(connect_credential_id, str)
                and connect_credential_id is not UNSET
            ):
                raise DecodeError.wrong_type("a string", connect_credential_id)

            _key = "workflowSettings"
            _workflow_settings = d.pop("workflowSettings", UNSET)
            workflow_settings: WorkflowSettingsMap | Unset
            if isinstance(_workflow_settings, Unset):
                workflow_settings = UNSET
            else:
                workflow_settings = WorkflowSettingsMap.from_dict(_workflow_settings)

            _key = "sharedSettings"
            _shared_settings = d.pop("sharedSettings", UNSET)
            shared_settings: UserSettings | Unset
            if isinstance(_shared_settings, Unset):
                shared_settings = UNSET
            else:
                shared_settings = UserSettings.from_dict(_shared_settings)

            _key = "configMeta"
            _config_meta = d.pop("configMeta", UNSET)
            config_meta: ConfigurationMeta | Unset
            if isinstance(_config_meta, Unset):
                config_meta = UNSET
            else:
                config_meta = ConfigurationMeta.from_dict(_config_meta)

            _key = "externalId"

            def _parse_external_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _problem: DecodeError | None = None
                if isinstance(data, str):
                    try:
                        external_id_type_0 = data
                        if not isinstance(external_id_type_0, str):
                            raise DecodeError.wrong_type("a string", external_id_type_0)

                        return external_id_type_0
                    except DecodeError as _variant_error:
                        _problem = _problem or _variant_error
                    except (
                        TypeError,
                        ValueError,
                        AttributeError,
                        KeyError,
                    ) as _variant_error:
                        _problem = _problem or DecodeError(
                            f"{type(_variant_error).__name__}: {_variant_error}"
                        )
                raise (
                    _problem
                    if _problem is not None
                    else DecodeError.wrong_type("a string or null", data)
                )

            external_id = _parse_external_id(d.pop("externalId", UNSET))

            _key = "isDefault"
            is_default = d.pop("isDefault", UNSET)
            if not isinstance(is_default, bool) and is_default is not UNSET:
                raise DecodeError.wrong_type("a boolean", is_default)

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d.pop` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        credential_configuration = cls(
            id=id,
            date_created=date_created,
            date_updated=date_updated,
            connect_credential_id=connect_credential_id,
            workflow_settings=workflow_settings,
            shared_settings=shared_settings,
            config_meta=config_meta,
            external_id=external_id,
            is_default=is_default,
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
