# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "enabled"
        try:
            enabled = d["enabled"]
            if not isinstance(enabled, bool):
                raise DecodeError.wrong_type("a boolean", enabled)

            _key = "credentialId"
            credential_id = d.get("credentialId", UNSET)
            if not isinstance(credential_id, str) and credential_id is not UNSET:
                raise DecodeError.wrong_type("a string", credential_id)

            _key = "credentialStatus"
            _credential_status = d.get("credentialStatus", UNSET)
            credential_status: CredentialStatus | Unset = UNSET
            if _credential_status is not UNSET:
                if not isinstance(_credential_status, str):
                    raise DecodeError.wrong_type("a string", _credential_status)

                credential_status = cast(
                    CredentialStatus,
                    CredentialStatus._value2member_map_.get(_credential_status)
                    or CredentialStatus(_credential_status),
                )

            _key = "providerId"
            provider_id = d.get("providerId", UNSET)
            if not isinstance(provider_id, str) and provider_id is not UNSET:
                raise DecodeError.wrong_type("a string", provider_id)

            _key = "providerData"
            _provider_data = d.get("providerData", UNSET)
            provider_data: ProviderData | Unset = (
                UNSET
                if _provider_data is UNSET
                else _ProviderData_from_dict(_provider_data)
            )

            _key = "configuredWorkflows"
            _configured_workflows = d.get("configuredWorkflows", UNSET)
            configured_workflows: WorkflowSettingsMap | Unset = (
                UNSET
                if _configured_workflows is UNSET
                else _WorkflowSettingsMap_from_dict(_configured_workflows)
            )

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

            _key = "allCredentials"
            _all_credentials = d.get("allCredentials", UNSET)
            all_credentials: list[Credential] | Unset = UNSET
            if _all_credentials is not UNSET:
                if not isinstance(_all_credentials, list):
                    raise DecodeError.wrong_type("an array", _all_credentials)
                all_credentials = []
                try:
                    for all_credentials_item_data in _all_credentials:
                        all_credentials_item = _Credential_from_dict(
                            all_credentials_item_data
                        )

                        all_credentials.append(all_credentials_item)
                except DecodeError as _error:
                    raise _error.at(len(all_credentials))

            _key = "allConfigurations"
            _all_configurations = d.get("allConfigurations", UNSET)
            all_configurations: list[CredentialConfiguration] | Unset = UNSET
            if _all_configurations is not UNSET:
                if not isinstance(_all_configurations, list):
                    raise DecodeError.wrong_type("an array", _all_configurations)
                all_configurations = []
                try:
                    for all_configurations_item_data in _all_configurations:
                        all_configurations_item = _CredentialConfiguration_from_dict(
                            all_configurations_item_data
                        )

                        all_configurations.append(all_configurations_item)
                except DecodeError as _error:
                    raise _error.at(len(all_configurations))

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        paragon_user_integration = _new(cls)
        paragon_user_integration.enabled = enabled
        paragon_user_integration.credential_id = credential_id
        paragon_user_integration.credential_status = credential_status
        paragon_user_integration.provider_id = provider_id
        paragon_user_integration.provider_data = provider_data
        paragon_user_integration.configured_workflows = configured_workflows
        paragon_user_integration.workflow_settings = workflow_settings
        paragon_user_integration.shared_settings = shared_settings
        paragon_user_integration.all_credentials = all_credentials
        paragon_user_integration.all_configurations = all_configurations
        paragon_user_integration.additional_properties = (
            {}
            if len(d)
            + (credential_id is UNSET)
            + (credential_status is UNSET)
            + (provider_id is UNSET)
            + (provider_data is UNSET)
            + (configured_workflows is UNSET)
            + (workflow_settings is UNSET)
            + (shared_settings is UNSET)
            + (all_credentials is UNSET)
            + (all_configurations is UNSET)
            == 10
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
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


# from_dict makes instances without calling __init__ (see there).
_new = object.__new__

# The keys ParagonUserIntegration reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "enabled",
        "credentialId",
        "credentialStatus",
        "providerId",
        "providerData",
        "configuredWorkflows",
        "workflowSettings",
        "sharedSettings",
        "allCredentials",
        "allConfigurations",
    }
)


from ..models.credential import Credential
from ..models.credential_configuration import CredentialConfiguration
from ..models.provider_data import ProviderData
from ..models.user_settings import UserSettings
from ..models.workflow_settings_map import WorkflowSettingsMap

_Credential_from_dict = Credential.from_dict
_CredentialConfiguration_from_dict = CredentialConfiguration.from_dict
_ProviderData_from_dict = ProviderData.from_dict
_UserSettings_from_dict = UserSettings.from_dict
_WorkflowSettingsMap_from_dict = WorkflowSettingsMap.from_dict
