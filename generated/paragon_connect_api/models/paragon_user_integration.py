# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.credential_status import CredentialStatus
from ..types import UNSET, Unset, as_object

if TYPE_CHECKING:
    from ..models.credential import Credential
    from ..models.credential_configuration import CredentialConfiguration
    from ..models.provider_data import ProviderData
    from ..models.user_settings import UserSettings
    from ..models.workflow_settings_map import WorkflowSettingsMap


T = TypeVar("T", bound="ParagonUserIntegration")


@_attrs_define
class ParagonUserIntegration:
    """One integration's entry of `getUser()`: an `IntegrationState`, of which the reference's
    example shows only `enabled`, `credentialId`, `credentialStatus`, `providerId`,
    `providerData` and `configuredWorkflows`.

        Attributes:
            enabled (bool):
            credential_id (str | Unset):
            credential_status (CredentialStatus | Unset): Whether a connected account works.
            provider_id (str | Unset):
            provider_data (ProviderData | Unset): Facts about the connected account from its provider, like Salesforce's
                `instanceURL`
                or HubSpot's `hubId`: strings, numbers and booleans (SDK 2.4.0's
                `Record<string, string | number | boolean>`).
            configured_workflows (WorkflowSettingsMap | Unset): Workflow states by workflow ID.
            workflow_settings (WorkflowSettingsMap | Unset): Workflow states by workflow ID.
            shared_settings (UserSettings | Unset): User Settings by input ID; the value's type depends on the input's type.
            all_credentials (list[Credential] | Unset):
            all_configurations (list[CredentialConfiguration] | Unset):
    """

    enabled: bool
    credential_id: str | Unset = UNSET
    credential_status: CredentialStatus | Unset = UNSET
    provider_id: str | Unset = UNSET
    provider_data: ProviderData | Unset = UNSET
    configured_workflows: WorkflowSettingsMap | Unset = UNSET
    workflow_settings: WorkflowSettingsMap | Unset = UNSET
    shared_settings: UserSettings | Unset = UNSET
    all_credentials: list[Credential] | Unset = UNSET
    all_configurations: list[CredentialConfiguration] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        credential_id = self.credential_id

        credential_status: str | Unset = UNSET
        if not isinstance(self.credential_status, Unset):
            credential_status = self.credential_status.value

        provider_id = self.provider_id

        provider_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_data, Unset):
            provider_data = self.provider_data.to_dict()

        configured_workflows: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configured_workflows, Unset):
            configured_workflows = self.configured_workflows.to_dict()

        workflow_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workflow_settings, Unset):
            workflow_settings = self.workflow_settings.to_dict()

        shared_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shared_settings, Unset):
            shared_settings = self.shared_settings.to_dict()

        all_credentials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.all_credentials, Unset):
            all_credentials = []
            for all_credentials_item_data in self.all_credentials:
                all_credentials_item = all_credentials_item_data.to_dict()
                all_credentials.append(all_credentials_item)

        all_configurations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.all_configurations, Unset):
            all_configurations = []
            for all_configurations_item_data in self.all_configurations:
                all_configurations_item = all_configurations_item_data.to_dict()
                all_configurations.append(all_configurations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if credential_id is not UNSET:
            field_dict["credentialId"] = credential_id
        if credential_status is not UNSET:
            field_dict["credentialStatus"] = credential_status
        if provider_id is not UNSET:
            field_dict["providerId"] = provider_id
        if provider_data is not UNSET:
            field_dict["providerData"] = provider_data
        if configured_workflows is not UNSET:
            field_dict["configuredWorkflows"] = configured_workflows
        if workflow_settings is not UNSET:
            field_dict["workflowSettings"] = workflow_settings
        if shared_settings is not UNSET:
            field_dict["sharedSettings"] = shared_settings
        if all_credentials is not UNSET:
            field_dict["allCredentials"] = all_credentials
        if all_configurations is not UNSET:
            field_dict["allConfigurations"] = all_configurations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict) if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "enabled"
        try:
            enabled = d.pop("enabled")
            if not isinstance(enabled, bool):
                raise DecodeError.wrong_type("a boolean", enabled)

            _key = "credentialId"
            credential_id = d.pop("credentialId", UNSET)
            if not isinstance(credential_id, str) and credential_id is not UNSET:
                raise DecodeError.wrong_type("a string", credential_id)

            _key = "credentialStatus"
            _credential_status = d.pop("credentialStatus", UNSET)
            credential_status: CredentialStatus | Unset
            if isinstance(_credential_status, Unset):
                credential_status = UNSET
            elif not isinstance(_credential_status, str):
                raise DecodeError.wrong_type("a string", _credential_status)
            else:
                credential_status = CredentialStatus(_credential_status)

            _key = "providerId"
            provider_id = d.pop("providerId", UNSET)
            if not isinstance(provider_id, str) and provider_id is not UNSET:
                raise DecodeError.wrong_type("a string", provider_id)

            _key = "providerData"
            _provider_data = d.pop("providerData", UNSET)
            provider_data: ProviderData | Unset
            if isinstance(_provider_data, Unset):
                provider_data = UNSET
            else:
                provider_data = ProviderData.from_dict(_provider_data)

            _key = "configuredWorkflows"
            _configured_workflows = d.pop("configuredWorkflows", UNSET)
            configured_workflows: WorkflowSettingsMap | Unset
            if isinstance(_configured_workflows, Unset):
                configured_workflows = UNSET
            else:
                configured_workflows = WorkflowSettingsMap.from_dict(
                    _configured_workflows
                )

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

            _key = "allCredentials"
            _all_credentials = d.pop("allCredentials", UNSET)
            all_credentials: list[Credential] | Unset = UNSET
            if _all_credentials is not UNSET:
                if not isinstance(_all_credentials, list):
                    raise DecodeError.wrong_type("an array", _all_credentials)
                all_credentials = []
                for _all_credentials_index, all_credentials_item_data in enumerate(
                    _all_credentials
                ):
                    try:
                        all_credentials_item = Credential.from_dict(
                            all_credentials_item_data
                        )

                    except DecodeError as _error:
                        raise _error.at(_all_credentials_index)
                    all_credentials.append(all_credentials_item)

            _key = "allConfigurations"
            _all_configurations = d.pop("allConfigurations", UNSET)
            all_configurations: list[CredentialConfiguration] | Unset = UNSET
            if _all_configurations is not UNSET:
                if not isinstance(_all_configurations, list):
                    raise DecodeError.wrong_type("an array", _all_configurations)
                all_configurations = []
                for (
                    _all_configurations_index,
                    all_configurations_item_data,
                ) in enumerate(_all_configurations):
                    try:
                        all_configurations_item = CredentialConfiguration.from_dict(
                            all_configurations_item_data
                        )

                    except DecodeError as _error:
                        raise _error.at(_all_configurations_index)
                    all_configurations.append(all_configurations_item)

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d.pop` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        paragon_user_integration = cls(
            enabled=enabled,
            credential_id=credential_id,
            credential_status=credential_status,
            provider_id=provider_id,
            provider_data=provider_data,
            configured_workflows=configured_workflows,
            workflow_settings=workflow_settings,
            shared_settings=shared_settings,
            all_credentials=all_credentials,
            all_configurations=all_configurations,
        )

        paragon_user_integration.additional_properties = d
        return paragon_user_integration

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


from ..models.credential import Credential
from ..models.credential_configuration import CredentialConfiguration
from ..models.provider_data import ProviderData
from ..models.user_settings import UserSettings
from ..models.workflow_settings_map import WorkflowSettingsMap
