# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.credential_status import CredentialStatus
from ..types import UNSET, Unset, as_object, parse_datetime

if TYPE_CHECKING:
    from ..models.account_auth import AccountAuth
    from ..models.credential_config import CredentialConfig
    from ..models.credential_configuration import CredentialConfiguration
    from ..models.provider_data import ProviderData


T = TypeVar("T", bound="Credential")


@_attrs_define
class Credential:
    """A connected account (Connect credential) of the Connected User.

    Attributes:
        id (str):
        project_id (str):
        integration_id (str):
        persona_id (str): The Connected User's ID inside Paragon.
        is_preview_credential (bool | Unset):
        provider_id (str | Unset): The user's ID at the provider (for Salesforce, their Salesforce user ID).
        date_created (datetime.datetime | Unset):
        date_updated (datetime.datetime | Unset):
        date_refreshed (datetime.datetime | None | Unset):
        date_valid_until (datetime.datetime | None | Unset):
        date_deleted (datetime.datetime | None | Unset): Shown by old versions of the docs; always null.
        status (CredentialStatus | Unset): Whether a connected account works.
        provider_data (ProviderData | Unset): Facts about the connected account from its provider, like Salesforce's
            `instanceURL`
            or HubSpot's `hubId`: strings, numbers and booleans (SDK 2.4.0's
            `Record<string, string | number | boolean>`).
        refresh_failure_count (int | Unset):
        configurations (list[CredentialConfiguration] | Unset): The credential's configurations (Multi-Configuration);
            the default one has `isDefault`.
        account_auth (AccountAuth | Unset): The provider access of a credential, only with `includeAccountAuth=true`.
        external_id (None | str | Unset): An ID of the application's choosing, usable in `X-Paragon-Credential`.
        config (CredentialConfig | Unset): The settings of a credential's default configuration.
    """

    id: str
    project_id: str
    integration_id: str
    persona_id: str
    is_preview_credential: bool | Unset = UNSET
    provider_id: str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_updated: datetime.datetime | Unset = UNSET
    date_refreshed: datetime.datetime | None | Unset = UNSET
    date_valid_until: datetime.datetime | None | Unset = UNSET
    date_deleted: datetime.datetime | None | Unset = UNSET
    status: CredentialStatus | Unset = UNSET
    provider_data: ProviderData | Unset = UNSET
    refresh_failure_count: int | Unset = UNSET
    configurations: list[CredentialConfiguration] | Unset = UNSET
    account_auth: AccountAuth | Unset = UNSET
    external_id: None | str | Unset = UNSET
    config: CredentialConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_id = self.project_id

        integration_id = self.integration_id

        persona_id = self.persona_id

        is_preview_credential = self.is_preview_credential

        provider_id = self.provider_id

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_updated: str | Unset = UNSET
        if not isinstance(self.date_updated, Unset):
            date_updated = self.date_updated.isoformat()

        date_refreshed: None | str | Unset
        if isinstance(self.date_refreshed, Unset):
            date_refreshed = UNSET
        elif isinstance(self.date_refreshed, datetime.datetime):
            date_refreshed = self.date_refreshed.isoformat()
        else:
            date_refreshed = self.date_refreshed

        date_valid_until: None | str | Unset
        if isinstance(self.date_valid_until, Unset):
            date_valid_until = UNSET
        elif isinstance(self.date_valid_until, datetime.datetime):
            date_valid_until = self.date_valid_until.isoformat()
        else:
            date_valid_until = self.date_valid_until

        date_deleted: None | str | Unset
        if isinstance(self.date_deleted, Unset):
            date_deleted = UNSET
        elif isinstance(self.date_deleted, datetime.datetime):
            date_deleted = self.date_deleted.isoformat()
        else:
            date_deleted = self.date_deleted

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        provider_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_data, Unset):
            provider_data = self.provider_data.to_dict()

        refresh_failure_count = self.refresh_failure_count

        configurations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.configurations, Unset):
            configurations = []
            for configurations_item_data in self.configurations:
                configurations_item = configurations_item_data.to_dict()
                configurations.append(configurations_item)

        account_auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_auth, Unset):
            account_auth = self.account_auth.to_dict()

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "projectId": project_id,
                "integrationId": integration_id,
                "personaId": persona_id,
            }
        )
        if is_preview_credential is not UNSET:
            field_dict["isPreviewCredential"] = is_preview_credential
        if provider_id is not UNSET:
            field_dict["providerId"] = provider_id
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if date_updated is not UNSET:
            field_dict["dateUpdated"] = date_updated
        if date_refreshed is not UNSET:
            field_dict["dateRefreshed"] = date_refreshed
        if date_valid_until is not UNSET:
            field_dict["dateValidUntil"] = date_valid_until
        if date_deleted is not UNSET:
            field_dict["dateDeleted"] = date_deleted
        if status is not UNSET:
            field_dict["status"] = status
        if provider_data is not UNSET:
            field_dict["providerData"] = provider_data
        if refresh_failure_count is not UNSET:
            field_dict["refreshFailureCount"] = refresh_failure_count
        if configurations is not UNSET:
            field_dict["configurations"] = configurations
        if account_auth is not UNSET:
            field_dict["accountAuth"] = account_auth
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "id"
        try:
            id = d["id"]
            if not isinstance(id, str):
                raise DecodeError.wrong_type("a string", id)

            _key = "projectId"
            project_id = d["projectId"]
            if not isinstance(project_id, str):
                raise DecodeError.wrong_type("a string", project_id)

            _key = "integrationId"
            integration_id = d["integrationId"]
            if not isinstance(integration_id, str):
                raise DecodeError.wrong_type("a string", integration_id)

            _key = "personaId"
            persona_id = d["personaId"]
            if not isinstance(persona_id, str):
                raise DecodeError.wrong_type("a string", persona_id)

            _key = "isPreviewCredential"
            is_preview_credential = d.get("isPreviewCredential", UNSET)
            if (
                not isinstance(is_preview_credential, bool)
                and is_preview_credential is not UNSET
            ):
                raise DecodeError.wrong_type("a boolean", is_preview_credential)

            _key = "providerId"
            provider_id = d.get("providerId", UNSET)
            if not isinstance(provider_id, str) and provider_id is not UNSET:
                raise DecodeError.wrong_type("a string", provider_id)

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

            _key = "dateRefreshed"
            _date_refreshed = d.get("dateRefreshed", UNSET)
            date_refreshed: datetime.datetime | None | Unset
            if _date_refreshed is None or _date_refreshed is UNSET:
                date_refreshed = _date_refreshed
            elif isinstance(_date_refreshed, str):
                try:
                    date_refreshed_type_0 = _fromisoformat(_date_refreshed)
                except (TypeError, ValueError):
                    date_refreshed_type_0 = parse_datetime(_date_refreshed)

                date_refreshed = date_refreshed_type_0
            else:
                raise DecodeError.wrong_type(
                    "a date-time string or null", _date_refreshed
                )

            _key = "dateValidUntil"
            _date_valid_until = d.get("dateValidUntil", UNSET)
            date_valid_until: datetime.datetime | None | Unset
            if _date_valid_until is None or _date_valid_until is UNSET:
                date_valid_until = _date_valid_until
            elif isinstance(_date_valid_until, str):
                try:
                    date_valid_until_type_0 = _fromisoformat(_date_valid_until)
                except (TypeError, ValueError):
                    date_valid_until_type_0 = parse_datetime(_date_valid_until)

                date_valid_until = date_valid_until_type_0
            else:
                raise DecodeError.wrong_type(
                    "a date-time string or null", _date_valid_until
                )

            _key = "dateDeleted"
            _date_deleted = d.get("dateDeleted", UNSET)
            date_deleted: datetime.datetime | None | Unset
            if _date_deleted is None or _date_deleted is UNSET:
                date_deleted = _date_deleted
            elif isinstance(_date_deleted, str):
                try:
                    date_deleted_type_0 = _fromisoformat(_date_deleted)
                except (TypeError, ValueError):
                    date_deleted_type_0 = parse_datetime(_date_deleted)

                date_deleted = date_deleted_type_0
            else:
                raise DecodeError.wrong_type(
                    "a date-time string or null", _date_deleted
                )

            _key = "status"
            _status = d.get("status", UNSET)
            status: CredentialStatus | Unset = UNSET
            if _status is not UNSET:
                if not isinstance(_status, str):
                    raise DecodeError.wrong_type("a string", _status)

                status = cast(
                    CredentialStatus,
                    CredentialStatus._value2member_map_.get(_status)
                    or CredentialStatus(_status),
                )

            _key = "providerData"
            _provider_data = d.get("providerData", UNSET)
            provider_data: ProviderData | Unset = (
                UNSET
                if _provider_data is UNSET
                else _ProviderData_from_dict(_provider_data)
            )

            _key = "refreshFailureCount"
            refresh_failure_count = d.get("refreshFailureCount", UNSET)
            if (
                not isinstance(refresh_failure_count, int)
                or isinstance(refresh_failure_count, bool)
            ) and refresh_failure_count is not UNSET:
                raise DecodeError.wrong_type("an integer", refresh_failure_count)

            _key = "configurations"
            _configurations = d.get("configurations", UNSET)
            configurations: list[CredentialConfiguration] | Unset = UNSET
            if _configurations is not UNSET:
                if not isinstance(_configurations, list):
                    raise DecodeError.wrong_type("an array", _configurations)
                configurations = []
                try:
                    for configurations_item_data in _configurations:
                        configurations_item = _CredentialConfiguration_from_dict(
                            configurations_item_data
                        )

                        configurations.append(configurations_item)
                except DecodeError as _error:
                    raise _error.at(len(configurations))

            _key = "accountAuth"
            _account_auth = d.get("accountAuth", UNSET)
            account_auth: AccountAuth | Unset = (
                UNSET
                if _account_auth is UNSET
                else _AccountAuth_from_dict(_account_auth)
            )

            _key = "externalId"
            external_id = d.get("externalId", UNSET)
            if not (
                external_id is None
                or external_id is UNSET
                or isinstance(external_id, str)
            ):
                raise DecodeError.wrong_type("a string or null", external_id)

            _key = "config"
            _config = d.get("config", UNSET)
            config: CredentialConfig | Unset = (
                UNSET if _config is UNSET else _CredentialConfig_from_dict(_config)
            )

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        credential = _new(cls)
        credential.id = id
        credential.project_id = project_id
        credential.integration_id = integration_id
        credential.persona_id = persona_id
        credential.is_preview_credential = is_preview_credential
        credential.provider_id = provider_id
        credential.date_created = date_created
        credential.date_updated = date_updated
        credential.date_refreshed = date_refreshed
        credential.date_valid_until = date_valid_until
        credential.date_deleted = date_deleted
        credential.status = status
        credential.provider_data = provider_data
        credential.refresh_failure_count = refresh_failure_count
        credential.configurations = configurations
        credential.account_auth = account_auth
        credential.external_id = external_id
        credential.config = config
        credential.additional_properties = (
            {}
            if len(d)
            + (is_preview_credential is UNSET)
            + (provider_id is UNSET)
            + (date_created is UNSET)
            + (date_updated is UNSET)
            + (date_refreshed is UNSET)
            + (date_valid_until is UNSET)
            + (date_deleted is UNSET)
            + (status is UNSET)
            + (provider_data is UNSET)
            + (refresh_failure_count is UNSET)
            + (configurations is UNSET)
            + (account_auth is UNSET)
            + (external_id is UNSET)
            + (config is UNSET)
            == 18
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return credential

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

# The keys Credential reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "projectId",
        "integrationId",
        "personaId",
        "isPreviewCredential",
        "providerId",
        "dateCreated",
        "dateUpdated",
        "dateRefreshed",
        "dateValidUntil",
        "dateDeleted",
        "status",
        "providerData",
        "refreshFailureCount",
        "configurations",
        "accountAuth",
        "externalId",
        "config",
    }
)


from ..models.account_auth import AccountAuth
from ..models.credential_config import CredentialConfig
from ..models.credential_configuration import CredentialConfiguration
from ..models.provider_data import ProviderData

_fromisoformat = datetime.datetime.fromisoformat
_AccountAuth_from_dict = AccountAuth.from_dict
_CredentialConfig_from_dict = CredentialConfig.from_dict
_CredentialConfiguration_from_dict = CredentialConfiguration.from_dict
_ProviderData_from_dict = ProviderData.from_dict
