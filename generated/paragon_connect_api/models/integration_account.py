# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.authentication_type import AuthenticationType
from ..types import UNSET, Unset, as_object

if TYPE_CHECKING:
    from ..models.account_auth import AccountAuth
    from ..models.custom_integration import CustomIntegration
    from ..models.integration_portal_config import IntegrationPortalConfig
    from ..models.provider_data import ProviderData
    from ..models.sdk_integration_config import SdkIntegrationConfig
    from ..models.workflow_summary import WorkflowSummary


T = TypeVar("T", bound="IntegrationAccount")


@_attrs_define
class IntegrationAccount:
    """An integration with the Connected User's account of it (SDK 2.4.0's
    `IConnectIntegrationWithCredentialInfo`): what the file pickers read the provider's
    access token from (`accountAuth`, only with `includeAccountAuth=true`).

        Attributes:
            id (str):
            type_ (str): An integration type, like `salesforce`, `googleCalendar` or `custom.myapi`.
            is_active (bool): Whether the integration is active; `getIntegrationMetadata` lists only active ones.
            configs (list[IntegrationPortalConfig]):
            workflows (list[WorkflowSummary]):
            name (str):
            brand_color (str): The provider's brand colour, as `#RRGGBB`.
            authentication_type (AuthenticationType): How a user connects an account (SDK 2.4.0's `AuthenticationScheme`).
                `oauth`
                integrations go through the provider's consent page; the headless install flow installs
                the others with `createCredential`, from the inputs the user types (`basic`: API keys and
                the like). An account type's `scheme` overrides the integration's.
            project_id (str | Unset):
            custom_integration_id (None | str | Unset):
            custom_integration (CustomIntegration | None | Unset):
            has_credential (bool | Unset): Whether the project has the integration's app credentials (client ID and secret).
            connected_user_limit_on_dev_cred (int | Unset):
            connected_user_limit_reached (bool | Unset):
            need_pre_oauth_inputs (bool | Unset):
            provider_type (str | Unset):
            sdk_integration_config (SdkIntegrationConfig | Unset): What the SDK needs to install an integration and to load
                its data sources.
            account_auth (AccountAuth | Unset): The provider access of a credential, only with `includeAccountAuth=true`.
            provider_data (ProviderData | Unset): Facts about the connected account from its provider, like Salesforce's
                `instanceURL`
                or HubSpot's `hubId`: strings, numbers and booleans (SDK 2.4.0's
                `Record<string, string | number | boolean>`).
            credential_id (str | Unset): The account's credential ID.
            no_permission_workflows (list[str] | Unset): Workflows the user's permissions do not allow.
    """

    id: str
    type_: str
    is_active: bool
    configs: list[IntegrationPortalConfig]
    workflows: list[WorkflowSummary]
    name: str
    brand_color: str
    authentication_type: AuthenticationType
    project_id: str | Unset = UNSET
    custom_integration_id: None | str | Unset = UNSET
    custom_integration: CustomIntegration | None | Unset = UNSET
    has_credential: bool | Unset = UNSET
    connected_user_limit_on_dev_cred: int | Unset = UNSET
    connected_user_limit_reached: bool | Unset = UNSET
    need_pre_oauth_inputs: bool | Unset = UNSET
    provider_type: str | Unset = UNSET
    sdk_integration_config: SdkIntegrationConfig | Unset = UNSET
    account_auth: AccountAuth | Unset = UNSET
    provider_data: ProviderData | Unset = UNSET
    credential_id: str | Unset = UNSET
    no_permission_workflows: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        is_active = self.is_active

        configs = []
        for configs_item_data in self.configs:
            configs_item = configs_item_data.to_dict()
            configs.append(configs_item)

        workflows = []
        for workflows_item_data in self.workflows:
            workflows_item = workflows_item_data.to_dict()
            workflows.append(workflows_item)

        name = self.name

        brand_color = self.brand_color

        authentication_type = self.authentication_type.value

        project_id = self.project_id

        custom_integration_id: None | str | Unset
        if isinstance(self.custom_integration_id, Unset):
            custom_integration_id = UNSET
        else:
            custom_integration_id = self.custom_integration_id

        custom_integration: dict[str, Any] | None | Unset
        if isinstance(self.custom_integration, Unset):
            custom_integration = UNSET
        elif isinstance(self.custom_integration, CustomIntegration):
            custom_integration = self.custom_integration.to_dict()
        else:
            custom_integration = self.custom_integration

        has_credential = self.has_credential

        connected_user_limit_on_dev_cred = self.connected_user_limit_on_dev_cred

        connected_user_limit_reached = self.connected_user_limit_reached

        need_pre_oauth_inputs = self.need_pre_oauth_inputs

        provider_type = self.provider_type

        sdk_integration_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sdk_integration_config, Unset):
            sdk_integration_config = self.sdk_integration_config.to_dict()

        account_auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_auth, Unset):
            account_auth = self.account_auth.to_dict()

        provider_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_data, Unset):
            provider_data = self.provider_data.to_dict()

        credential_id = self.credential_id

        no_permission_workflows: list[str] | Unset = UNSET
        if not isinstance(self.no_permission_workflows, Unset):
            no_permission_workflows = self.no_permission_workflows

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "isActive": is_active,
                "configs": configs,
                "workflows": workflows,
                "name": name,
                "brandColor": brand_color,
                "authenticationType": authentication_type,
            }
        )
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if custom_integration_id is not UNSET:
            field_dict["customIntegrationId"] = custom_integration_id
        if custom_integration is not UNSET:
            field_dict["customIntegration"] = custom_integration
        if has_credential is not UNSET:
            field_dict["hasCredential"] = has_credential
        if connected_user_limit_on_dev_cred is not UNSET:
            field_dict["connectedUserLimitOnDevCred"] = connected_user_limit_on_dev_cred
        if connected_user_limit_reached is not UNSET:
            field_dict["connectedUserLimitReached"] = connected_user_limit_reached
        if need_pre_oauth_inputs is not UNSET:
            field_dict["needPreOauthInputs"] = need_pre_oauth_inputs
        if provider_type is not UNSET:
            field_dict["providerType"] = provider_type
        if sdk_integration_config is not UNSET:
            field_dict["sdkIntegrationConfig"] = sdk_integration_config
        if account_auth is not UNSET:
            field_dict["accountAuth"] = account_auth
        if provider_data is not UNSET:
            field_dict["providerData"] = provider_data
        if credential_id is not UNSET:
            field_dict["credentialId"] = credential_id
        if no_permission_workflows is not UNSET:
            field_dict["noPermissionWorkflows"] = no_permission_workflows

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict) if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "id"
        try:
            id = d.pop("id")
            if not isinstance(id, str):
                raise DecodeError.wrong_type("a string", id)

            _key = "type"
            type_ = d.pop("type")
            if not isinstance(type_, str):
                raise DecodeError.wrong_type("a string", type_)

            _key = "isActive"
            is_active = d.pop("isActive")
            if not isinstance(is_active, bool):
                raise DecodeError.wrong_type("a boolean", is_active)

            _key = "configs"
            _configs = d.pop("configs")
            if not isinstance(_configs, list):
                raise DecodeError.wrong_type("an array", _configs)
            configs = []
            for _configs_index, configs_item_data in enumerate(_configs):
                try:
                    configs_item = IntegrationPortalConfig.from_dict(configs_item_data)

                except DecodeError as _error:
                    raise _error.at(_configs_index)
                configs.append(configs_item)

            _key = "workflows"
            _workflows = d.pop("workflows")
            if not isinstance(_workflows, list):
                raise DecodeError.wrong_type("an array", _workflows)
            workflows = []
            for _workflows_index, workflows_item_data in enumerate(_workflows):
                try:
                    workflows_item = WorkflowSummary.from_dict(workflows_item_data)

                except DecodeError as _error:
                    raise _error.at(_workflows_index)
                workflows.append(workflows_item)

            _key = "name"
            name = d.pop("name")
            if not isinstance(name, str):
                raise DecodeError.wrong_type("a string", name)

            _key = "brandColor"
            brand_color = d.pop("brandColor")
            if not isinstance(brand_color, str):
                raise DecodeError.wrong_type("a string", brand_color)

            _key = "authenticationType"
            _authentication_type = d.pop("authenticationType")
            if not isinstance(_authentication_type, str):
                raise DecodeError.wrong_type("a string", _authentication_type)
            authentication_type = AuthenticationType(_authentication_type)

            _key = "projectId"
            project_id = d.pop("projectId", UNSET)
            if not isinstance(project_id, str) and project_id is not UNSET:
                raise DecodeError.wrong_type("a string", project_id)

            _key = "customIntegrationId"

            def _parse_custom_integration_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _problem: DecodeError | None = None
                if isinstance(data, str):
                    try:
                        custom_integration_id_type_0 = data
                        if not isinstance(custom_integration_id_type_0, str):
                            raise DecodeError.wrong_type(
                                "a string", custom_integration_id_type_0
                            )

                        return custom_integration_id_type_0
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

            custom_integration_id = _parse_custom_integration_id(
                d.pop("customIntegrationId", UNSET)
            )

            _key = "customIntegration"

            def _parse_custom_integration(
                data: object,
            ) -> CustomIntegration | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _problem: DecodeError | None = None
                if isinstance(data, dict):
                    try:
                        custom_integration_type_0 = CustomIntegration.from_dict(data)

                        return custom_integration_type_0
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
                    else DecodeError.wrong_type("an object or null", data)
                )

            custom_integration = _parse_custom_integration(
                d.pop("customIntegration", UNSET)
            )

            _key = "hasCredential"
            has_credential = d.pop("hasCredential", UNSET)
            if not isinstance(has_credential, bool) and has_credential is not UNSET:
                raise DecodeError.wrong_type("a boolean", has_credential)

            _key = "connectedUserLimitOnDevCred"
            connected_user_limit_on_dev_cred = d.pop(
                "connectedUserLimitOnDevCred", UNSET
            )
            if (
                not isinstance(connected_user_limit_on_dev_cred, int)
                or isinstance(connected_user_limit_on_dev_cred, bool)
            ) and connected_user_limit_on_dev_cred is not UNSET:
                raise DecodeError.wrong_type(
                    "an integer", connected_user_limit_on_dev_cred
                )

            _key = "connectedUserLimitReached"
            connected_user_limit_reached = d.pop("connectedUserLimitReached", UNSET)
            if (
                not isinstance(connected_user_limit_reached, bool)
                and connected_user_limit_reached is not UNSET
            ):
                raise DecodeError.wrong_type("a boolean", connected_user_limit_reached)

            _key = "needPreOauthInputs"
            need_pre_oauth_inputs = d.pop("needPreOauthInputs", UNSET)
            if (
                not isinstance(need_pre_oauth_inputs, bool)
                and need_pre_oauth_inputs is not UNSET
            ):
                raise DecodeError.wrong_type("a boolean", need_pre_oauth_inputs)

            _key = "providerType"
            provider_type = d.pop("providerType", UNSET)
            if not isinstance(provider_type, str) and provider_type is not UNSET:
                raise DecodeError.wrong_type("a string", provider_type)

            _key = "sdkIntegrationConfig"
            _sdk_integration_config = d.pop("sdkIntegrationConfig", UNSET)
            sdk_integration_config: SdkIntegrationConfig | Unset
            if isinstance(_sdk_integration_config, Unset):
                sdk_integration_config = UNSET
            else:
                sdk_integration_config = SdkIntegrationConfig.from_dict(
                    _sdk_integration_config
                )

            _key = "accountAuth"
            _account_auth = d.pop("accountAuth", UNSET)
            account_auth: AccountAuth | Unset
            if isinstance(_account_auth, Unset):
                account_auth = UNSET
            else:
                account_auth = AccountAuth.from_dict(_account_auth)

            _key = "providerData"
            _provider_data = d.pop("providerData", UNSET)
            provider_data: ProviderData | Unset
            if isinstance(_provider_data, Unset):
                provider_data = UNSET
            else:
                provider_data = ProviderData.from_dict(_provider_data)

            _key = "credentialId"
            credential_id = d.pop("credentialId", UNSET)
            if not isinstance(credential_id, str) and credential_id is not UNSET:
                raise DecodeError.wrong_type("a string", credential_id)

            _key = "noPermissionWorkflows"
            _no_permission_workflows = d.pop("noPermissionWorkflows", UNSET)
            no_permission_workflows: list[str] | Unset = UNSET
            if _no_permission_workflows is not UNSET:
                if not isinstance(_no_permission_workflows, list):
                    raise DecodeError.wrong_type("an array", _no_permission_workflows)
                no_permission_workflows = []
                for (
                    _no_permission_workflows_index,
                    no_permission_workflows_item_data,
                ) in enumerate(_no_permission_workflows):
                    try:
                        no_permission_workflows_item = no_permission_workflows_item_data
                        if not isinstance(no_permission_workflows_item, str):
                            raise DecodeError.wrong_type(
                                "a string", no_permission_workflows_item
                            )

                    except DecodeError as _error:
                        raise _error.at(_no_permission_workflows_index)
                    no_permission_workflows.append(no_permission_workflows_item)

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d.pop` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        integration_account = cls(
            id=id,
            type_=type_,
            is_active=is_active,
            configs=configs,
            workflows=workflows,
            name=name,
            brand_color=brand_color,
            authentication_type=authentication_type,
            project_id=project_id,
            custom_integration_id=custom_integration_id,
            custom_integration=custom_integration,
            has_credential=has_credential,
            connected_user_limit_on_dev_cred=connected_user_limit_on_dev_cred,
            connected_user_limit_reached=connected_user_limit_reached,
            need_pre_oauth_inputs=need_pre_oauth_inputs,
            provider_type=provider_type,
            sdk_integration_config=sdk_integration_config,
            account_auth=account_auth,
            provider_data=provider_data,
            credential_id=credential_id,
            no_permission_workflows=no_permission_workflows,
        )

        integration_account.additional_properties = d
        return integration_account

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
from ..models.custom_integration import CustomIntegration
from ..models.integration_portal_config import IntegrationPortalConfig
from ..models.provider_data import ProviderData
from ..models.sdk_integration_config import SdkIntegrationConfig
from ..models.workflow_summary import WorkflowSummary
