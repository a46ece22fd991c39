# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.authentication_type import AuthenticationType
from ..types import UNSET, Unset, parse_uuid

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
        id (UUID):
        project_id (UUID):
        type_ (str): An integration type, like `salesforce`, `googleCalendar` or `custom.myapi`.
        is_active (bool): Whether the integration is active; `getIntegrationMetadata` lists only active ones.
        configs (list[IntegrationPortalConfig]):
        workflows (list[WorkflowSummary]):
        has_credential (bool): Whether the project has the integration's app credentials (client ID and secret).
        name (str):
        brand_color (str): The provider's brand colour, as `#RRGGBB`.
        authentication_type (AuthenticationType): How a user connects an account; `apiKey` integrations install through
            `createCredential`.
        sdk_integration_config (SdkIntegrationConfig): What the SDK needs to install an integration and to load its data
            sources.
        custom_integration_id (None | Unset | UUID):
        custom_integration (CustomIntegration | None | Unset):
        connected_user_limit_on_dev_cred (int | Unset):
        connected_user_limit_reached (bool | Unset):
        need_pre_oauth_inputs (bool | Unset):
        provider_type (str | Unset):
    """

    id: UUID
    project_id: UUID
    type_: str
    is_active: bool
    configs: list[IntegrationPortalConfig]
    workflows: list[WorkflowSummary]
    has_credential: bool
    name: str
    brand_color: str
    authentication_type: AuthenticationType
    sdk_integration_config: SdkIntegrationConfig
    custom_integration_id: None | Unset | UUID = UNSET
    custom_integration: CustomIntegration | None | Unset = UNSET
    connected_user_limit_on_dev_cred: int | Unset = UNSET
    connected_user_limit_reached: bool | Unset = UNSET
    need_pre_oauth_inputs: bool | Unset = UNSET
    provider_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        project_id = str(self.project_id)

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

        has_credential = self.has_credential

        name = self.name

        brand_color = self.brand_color

        authentication_type = self.authentication_type.value

        sdk_integration_config = self.sdk_integration_config.to_dict()

        custom_integration_id: None | str | Unset
        if isinstance(self.custom_integration_id, Unset):
            custom_integration_id = UNSET
        elif isinstance(self.custom_integration_id, UUID):
            custom_integration_id = str(self.custom_integration_id)
        else:
            custom_integration_id = self.custom_integration_id

        custom_integration: dict[str, Any] | None | Unset
        if isinstance(self.custom_integration, Unset):
            custom_integration = UNSET
        elif isinstance(self.custom_integration, CustomIntegration):
            custom_integration = self.custom_integration.to_dict()
        else:
            custom_integration = self.custom_integration

        connected_user_limit_on_dev_cred = self.connected_user_limit_on_dev_cred

        connected_user_limit_reached = self.connected_user_limit_reached

        need_pre_oauth_inputs = self.need_pre_oauth_inputs

        provider_type = self.provider_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "projectId": project_id,
                "type": type_,
                "isActive": is_active,
                "configs": configs,
                "workflows": workflows,
                "hasCredential": has_credential,
                "name": name,
                "brandColor": brand_color,
                "authenticationType": authentication_type,
                "sdkIntegrationConfig": sdk_integration_config,
            }
        )
        if custom_integration_id is not UNSET:
            field_dict["customIntegrationId"] = custom_integration_id
        if custom_integration is not UNSET:
            field_dict["customIntegration"] = custom_integration
        if connected_user_limit_on_dev_cred is not UNSET:
            field_dict["connectedUserLimitOnDevCred"] = connected_user_limit_on_dev_cred
        if connected_user_limit_reached is not UNSET:
            field_dict["connectedUserLimitReached"] = connected_user_limit_reached
        if need_pre_oauth_inputs is not UNSET:
            field_dict["needPreOauthInputs"] = need_pre_oauth_inputs
        if provider_type is not UNSET:
            field_dict["providerType"] = provider_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = parse_uuid(d.pop("id"))

        project_id = parse_uuid(d.pop("projectId"))

        type_ = d.pop("type")

        is_active = d.pop("isActive")

        configs = []
        _configs = d.pop("configs")
        for configs_item_data in _configs:
            configs_item = IntegrationPortalConfig.from_dict(configs_item_data)

            configs.append(configs_item)

        workflows = []
        _workflows = d.pop("workflows")
        for workflows_item_data in _workflows:
            workflows_item = WorkflowSummary.from_dict(workflows_item_data)

            workflows.append(workflows_item)

        has_credential = d.pop("hasCredential")

        name = d.pop("name")

        brand_color = d.pop("brandColor")

        authentication_type = AuthenticationType(d.pop("authenticationType"))

        sdk_integration_config = SdkIntegrationConfig.from_dict(
            d.pop("sdkIntegrationConfig")
        )

        def _parse_custom_integration_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                custom_integration_id_type_0 = parse_uuid(data)

                return custom_integration_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        custom_integration_id = _parse_custom_integration_id(
            d.pop("customIntegrationId", UNSET)
        )

        def _parse_custom_integration(data: object) -> CustomIntegration | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_integration_type_0 = CustomIntegration.from_dict(data)

                return custom_integration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomIntegration | None | Unset, data)

        custom_integration = _parse_custom_integration(
            d.pop("customIntegration", UNSET)
        )

        connected_user_limit_on_dev_cred = d.pop("connectedUserLimitOnDevCred", UNSET)

        connected_user_limit_reached = d.pop("connectedUserLimitReached", UNSET)

        need_pre_oauth_inputs = d.pop("needPreOauthInputs", UNSET)

        provider_type = d.pop("providerType", UNSET)

        integration = cls(
            id=id,
            project_id=project_id,
            type_=type_,
            is_active=is_active,
            configs=configs,
            workflows=workflows,
            has_credential=has_credential,
            name=name,
            brand_color=brand_color,
            authentication_type=authentication_type,
            sdk_integration_config=sdk_integration_config,
            custom_integration_id=custom_integration_id,
            custom_integration=custom_integration,
            connected_user_limit_on_dev_cred=connected_user_limit_on_dev_cred,
            connected_user_limit_reached=connected_user_limit_reached,
            need_pre_oauth_inputs=need_pre_oauth_inputs,
            provider_type=provider_type,
        )

        integration.additional_properties = d
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


from ..models.custom_integration import CustomIntegration
from ..models.integration_portal_config import IntegrationPortalConfig
from ..models.sdk_integration_config import SdkIntegrationConfig
from ..models.workflow_summary import WorkflowSummary
