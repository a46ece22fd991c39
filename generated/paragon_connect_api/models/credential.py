# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credential_status import CredentialStatus
from ..types import UNSET, Unset, parse_uuid

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
        id (UUID):
        project_id (UUID):
        integration_id (UUID):
        persona_id (UUID): The Connected User's ID inside Paragon.
        is_preview_credential (bool):
        date_created (datetime.datetime):
        date_updated (datetime.datetime):
        status (CredentialStatus): Whether a connected account works.
        configurations (list[CredentialConfiguration]): The credential's configurations (Multi-Configuration); the
            default one has `isDefault`.
        provider_id (str | Unset): The user's ID at the provider (for Salesforce, their Salesforce user ID).
        date_refreshed (datetime.datetime | None | Unset):
        date_valid_until (datetime.datetime | None | Unset):
        date_deleted (datetime.datetime | None | Unset): Shown by old versions of the docs; always null.
        provider_data (ProviderData | Unset): Facts about the connected account from its provider, like Salesforce's
            `instanceURL`.
        refresh_failure_count (int | Unset):
        account_auth (AccountAuth | Unset): The provider access of a credential, only with `includeAccountAuth=true`.
        external_id (None | str | Unset): An ID of the application's choosing, usable in `X-Paragon-Credential`.
        config (CredentialConfig | Unset): The settings of a credential's default configuration.
    """

    id: UUID
    project_id: UUID
    integration_id: UUID
    persona_id: UUID
    is_preview_credential: bool
    date_created: datetime.datetime
    date_updated: datetime.datetime
    status: CredentialStatus
    configurations: list[CredentialConfiguration]
    provider_id: str | Unset = UNSET
    date_refreshed: datetime.datetime | None | Unset = UNSET
    date_valid_until: datetime.datetime | None | Unset = UNSET
    date_deleted: datetime.datetime | None | Unset = UNSET
    provider_data: ProviderData | Unset = UNSET
    refresh_failure_count: int | Unset = UNSET
    account_auth: AccountAuth | Unset = UNSET
    external_id: None | str | Unset = UNSET
    config: CredentialConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        project_id = str(self.project_id)

        integration_id = str(self.integration_id)

        persona_id = str(self.persona_id)

        is_preview_credential = self.is_preview_credential

        date_created = self.date_created.isoformat()

        date_updated = self.date_updated.isoformat()

        status = self.status.value

        configurations = []
        for configurations_item_data in self.configurations:
            configurations_item = configurations_item_data.to_dict()
            configurations.append(configurations_item)

        provider_id = self.provider_id

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

        provider_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_data, Unset):
            provider_data = self.provider_data.to_dict()

        refresh_failure_count = self.refresh_failure_count

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
                "isPreviewCredential": is_preview_credential,
                "dateCreated": date_created,
                "dateUpdated": date_updated,
                "status": status,
                "configurations": configurations,
            }
        )
        if provider_id is not UNSET:
            field_dict["providerId"] = provider_id
        if date_refreshed is not UNSET:
            field_dict["dateRefreshed"] = date_refreshed
        if date_valid_until is not UNSET:
            field_dict["dateValidUntil"] = date_valid_until
        if date_deleted is not UNSET:
            field_dict["dateDeleted"] = date_deleted
        if provider_data is not UNSET:
            field_dict["providerData"] = provider_data
        if refresh_failure_count is not UNSET:
            field_dict["refreshFailureCount"] = refresh_failure_count
        if account_auth is not UNSET:
            field_dict["accountAuth"] = account_auth
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        project_id = parse_uuid(d.pop("projectId"))

        integration_id = parse_uuid(d.pop("integrationId"))

        persona_id = parse_uuid(d.pop("personaId"))

        is_preview_credential = d.pop("isPreviewCredential")

        date_created = datetime.datetime.fromisoformat(d.pop("dateCreated"))

        date_updated = datetime.datetime.fromisoformat(d.pop("dateUpdated"))

        status = CredentialStatus(d.pop("status"))

        configurations = []
        _configurations = d.pop("configurations")
        for configurations_item_data in _configurations:
            configurations_item = CredentialConfiguration.from_dict(
                configurations_item_data
            )

            configurations.append(configurations_item)

        provider_id = d.pop("providerId", UNSET)

        def _parse_date_refreshed(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_refreshed_type_0 = datetime.datetime.fromisoformat(data)

                return date_refreshed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_refreshed = _parse_date_refreshed(d.pop("dateRefreshed", UNSET))

        def _parse_date_valid_until(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_valid_until_type_0 = datetime.datetime.fromisoformat(data)

                return date_valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_valid_until = _parse_date_valid_until(d.pop("dateValidUntil", UNSET))

        def _parse_date_deleted(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_deleted_type_0 = datetime.datetime.fromisoformat(data)

                return date_deleted_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_deleted = _parse_date_deleted(d.pop("dateDeleted", UNSET))

        _provider_data = d.pop("providerData", UNSET)
        provider_data: ProviderData | Unset
        if isinstance(_provider_data, Unset):
            provider_data = UNSET
        else:
            provider_data = ProviderData.from_dict(_provider_data)

        refresh_failure_count = d.pop("refreshFailureCount", UNSET)

        _account_auth = d.pop("accountAuth", UNSET)
        account_auth: AccountAuth | Unset
        if isinstance(_account_auth, Unset):
            account_auth = UNSET
        else:
            account_auth = AccountAuth.from_dict(_account_auth)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        _config = d.pop("config", UNSET)
        config: CredentialConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = CredentialConfig.from_dict(_config)

        credential = cls(
            id=id,
            project_id=project_id,
            integration_id=integration_id,
            persona_id=persona_id,
            is_preview_credential=is_preview_credential,
            date_created=date_created,
            date_updated=date_updated,
            status=status,
            configurations=configurations,
            provider_id=provider_id,
            date_refreshed=date_refreshed,
            date_valid_until=date_valid_until,
            date_deleted=date_deleted,
            provider_data=provider_data,
            refresh_failure_count=refresh_failure_count,
            account_auth=account_auth,
            external_id=external_id,
            config=config,
        )

        credential.additional_properties = d
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


from ..models.account_auth import AccountAuth
from ..models.credential_config import CredentialConfig
from ..models.credential_configuration import CredentialConfiguration
from ..models.provider_data import ProviderData
