# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import DecodeError
from ..models.authentication_type import AuthenticationType
from ..types import UNSET, Unset, as_object

if TYPE_CHECKING:
    from ..models.custom_integration import CustomIntegration
    from ..models.integration_portal_config import IntegrationPortalConfig
    from ..models.sdk_integration_config import SdkIntegrationConfig
    from ..models.workflow_summary import WorkflowSummary


T = TypeVar("T", bound="Integration")


@_attrs_define
class Integration:
    """An integration of the project, with its Connect Portal and SDK configuration.

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = src_dict if isinstance(src_dict, dict) else as_object(src_dict)
        _key = "id"
        try:
            id = d["id"]
            if not isinstance(id, str):
                raise DecodeError.wrong_type("a string", id)

            _key = "type"
            type_ = d["type"]
            if not isinstance(type_, str):
                raise DecodeError.wrong_type("a string", type_)

            _key = "isActive"
            is_active = d["isActive"]
            if not isinstance(is_active, bool):
                raise DecodeError.wrong_type("a boolean", is_active)

            _key = "configs"
            _configs = d["configs"]
            if not isinstance(_configs, list):
                raise DecodeError.wrong_type("an array", _configs)
            configs = []
            try:
                for configs_item_data in _configs:
                    configs_item = _IntegrationPortalConfig_from_dict(configs_item_data)

                    configs.append(configs_item)
            except DecodeError as _error:
                raise _error.at(len(configs))

            _key = "workflows"
            _workflows = d["workflows"]
            if not isinstance(_workflows, list):
                raise DecodeError.wrong_type("an array", _workflows)
            workflows = []
            try:
                for workflows_item_data in _workflows:
                    workflows_item = _WorkflowSummary_from_dict(workflows_item_data)

                    workflows.append(workflows_item)
            except DecodeError as _error:
                raise _error.at(len(workflows))

            _key = "name"
            name = d["name"]
            if not isinstance(name, str):
                raise DecodeError.wrong_type("a string", name)

            _key = "brandColor"
            brand_color = d["brandColor"]
            if not isinstance(brand_color, str):
                raise DecodeError.wrong_type("a string", brand_color)

            _key = "authenticationType"
            _authentication_type = d["authenticationType"]
            if not isinstance(_authentication_type, str):
                raise DecodeError.wrong_type("a string", _authentication_type)

            authentication_type = cast(
                AuthenticationType,
                AuthenticationType._value2member_map_.get(_authentication_type)
                or AuthenticationType(_authentication_type),
            )

            _key = "projectId"
            project_id = d.get("projectId", UNSET)
            if not isinstance(project_id, str) and project_id is not UNSET:
                raise DecodeError.wrong_type("a string", project_id)

            _key = "customIntegrationId"
            custom_integration_id = d.get("customIntegrationId", UNSET)
            if not (
                custom_integration_id is None
                or custom_integration_id is UNSET
                or isinstance(custom_integration_id, str)
            ):
                raise DecodeError.wrong_type("a string or null", custom_integration_id)

            _key = "customIntegration"
            _custom_integration = d.get("customIntegration", UNSET)
            custom_integration: CustomIntegration | None | Unset
            if _custom_integration is None or _custom_integration is UNSET:
                custom_integration = _custom_integration
            elif isinstance(_custom_integration, dict):
                custom_integration_type_0 = _CustomIntegration_from_dict(
                    _custom_integration
                )

                custom_integration = custom_integration_type_0
            else:
                raise DecodeError.wrong_type("an object or null", _custom_integration)

            _key = "hasCredential"
            has_credential = d.get("hasCredential", UNSET)
            if not isinstance(has_credential, bool) and has_credential is not UNSET:
                raise DecodeError.wrong_type("a boolean", has_credential)

            _key = "connectedUserLimitOnDevCred"
            connected_user_limit_on_dev_cred = d.get(
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
            connected_user_limit_reached = d.get("connectedUserLimitReached", UNSET)
            if (
                not isinstance(connected_user_limit_reached, bool)
                and connected_user_limit_reached is not UNSET
            ):
                raise DecodeError.wrong_type("a boolean", connected_user_limit_reached)

            _key = "needPreOauthInputs"
            need_pre_oauth_inputs = d.get("needPreOauthInputs", UNSET)
            if (
                not isinstance(need_pre_oauth_inputs, bool)
                and need_pre_oauth_inputs is not UNSET
            ):
                raise DecodeError.wrong_type("a boolean", need_pre_oauth_inputs)

            _key = "providerType"
            provider_type = d.get("providerType", UNSET)
            if not isinstance(provider_type, str) and provider_type is not UNSET:
                raise DecodeError.wrong_type("a string", provider_type)

            _key = "sdkIntegrationConfig"
            _sdk_integration_config = d.get("sdkIntegrationConfig", UNSET)
            sdk_integration_config: SdkIntegrationConfig | Unset = (
                UNSET
                if _sdk_integration_config is UNSET
                else _SdkIntegrationConfig_from_dict(_sdk_integration_config)
            )

        except DecodeError as _error:
            raise _error.at(_key)
        except KeyError:
            # Only `d[key]` of a required property raises KeyError here.
            raise DecodeError("is required but missing").at(_key) from None
        except (TypeError, ValueError, AttributeError) as _error:
            raise DecodeError(f"{type(_error).__name__}: {_error}").at(_key) from _error
        integration = _new(cls)
        integration.id = id
        integration.type_ = type_
        integration.is_active = is_active
        integration.configs = configs
        integration.workflows = workflows
        integration.name = name
        integration.brand_color = brand_color
        integration.authentication_type = authentication_type
        integration.project_id = project_id
        integration.custom_integration_id = custom_integration_id
        integration.custom_integration = custom_integration
        integration.has_credential = has_credential
        integration.connected_user_limit_on_dev_cred = connected_user_limit_on_dev_cred
        integration.connected_user_limit_reached = connected_user_limit_reached
        integration.need_pre_oauth_inputs = need_pre_oauth_inputs
        integration.provider_type = provider_type
        integration.sdk_integration_config = sdk_integration_config
        integration.additional_properties = (
            {}
            if len(d)
            + (project_id is UNSET)
            + (custom_integration_id is UNSET)
            + (custom_integration is UNSET)
            + (has_credential is UNSET)
            + (connected_user_limit_on_dev_cred is UNSET)
            + (connected_user_limit_reached is UNSET)
            + (need_pre_oauth_inputs is UNSET)
            + (provider_type is UNSET)
            + (sdk_integration_config is UNSET)
            == 17
            else {
                prop_name: prop
                for prop_name, prop in d.items()
                if prop_name not in _PROPERTY_NAMES
            }
        )
        return integration

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

# The keys Integration reads as properties; any other key is an additional property.
_PROPERTY_NAMES = frozenset(
    {
        "id",
        "type",
        "isActive",
        "configs",
        "workflows",
        "name",
        "brandColor",
        "authenticationType",
        "projectId",
        "customIntegrationId",
        "customIntegration",
        "hasCredential",
        "connectedUserLimitOnDevCred",
        "connectedUserLimitReached",
        "needPreOauthInputs",
        "providerType",
        "sdkIntegrationConfig",
    }
)


from ..models.custom_integration import CustomIntegration
from ..models.integration_portal_config import IntegrationPortalConfig
from ..models.sdk_integration_config import SdkIntegrationConfig
from ..models.workflow_summary import WorkflowSummary

_CustomIntegration_from_dict = CustomIntegration.from_dict
_IntegrationPortalConfig_from_dict = IntegrationPortalConfig.from_dict
_SdkIntegrationConfig_from_dict = SdkIntegrationConfig.from_dict
_WorkflowSummary_from_dict = WorkflowSummary.from_dict
