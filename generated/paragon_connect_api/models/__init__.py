# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
"""Contains all the data models used in inputs/outputs"""

from .account_auth import AccountAuth
from .account_type_option import AccountTypeOption
from .account_type_stage import AccountTypeStage
from .action_run_request import ActionRunRequest
from .app_event import AppEvent
from .authentication_type import AuthenticationType
from .available_workflow import AvailableWorkflow
from .catalog_error import CatalogError
from .combo_input_data_source import ComboInputDataSource
from .configuration_create_request import ConfigurationCreateRequest
from .configuration_meta import ConfigurationMeta
from .configuration_update_request import ConfigurationUpdateRequest
from .connect_input import ConnectInput
from .connect_input_type import ConnectInputType
from .connect_resource import ConnectResource
from .connect_user import ConnectUser
from .credential import Credential
from .credential_code_exchange import CredentialCodeExchange
from .credential_config import CredentialConfig
from .credential_config_update import CredentialConfigUpdate
from .credential_configuration import CredentialConfiguration
from .credential_create_request import CredentialCreateRequest
from .credential_setup_request import CredentialSetupRequest
from .credential_status import CredentialStatus
from .credential_update_request import CredentialUpdateRequest
from .custom_integration import CustomIntegration
from .data_source_map import DataSourceMap
from .done_stage import DoneStage
from .dynamic_data_source import DynamicDataSource
from .error_envelope import ErrorEnvelope
from .error_meta import ErrorMeta
from .event_payload import EventPayload
from .event_receipt import EventReceipt
from .field_mapper_data_source import FieldMapperDataSource
from .field_option import FieldOption
from .field_option_parameter import FieldOptionParameter
from .field_option_parameter_source import FieldOptionParameterSource
from .field_option_section import FieldOptionSection
from .field_options_page import FieldOptionsPage
from .field_options_pagination import FieldOptionsPagination
from .field_options_request import FieldOptionsRequest
from .field_options_response import FieldOptionsResponse
from .field_options_result import FieldOptionsResult
from .function_definition import FunctionDefinition
from .function_tool import FunctionTool
from .include_account_auth import IncludeAccountAuth
from .install_options import InstallOptions
from .install_payload import InstallPayload
from .instruction_call_to_action import InstructionCallToAction
from .instruction_stage import InstructionStage
from .integration import Integration
from .integration_account import IntegrationAccount
from .integration_account_info import IntegrationAccountInfo
from .integration_metadata import IntegrationMetadata
from .integration_portal_config import IntegrationPortalConfig
from .integration_portal_config_values import IntegrationPortalConfigValues
from .integration_state import IntegrationState
from .integration_state_map import IntegrationStateMap
from .integration_user_config import IntegrationUserConfig
from .nested_field_data import NestedFieldData
from .nested_paragon_input import NestedParagonInput
from .oauth_session import OAuthSession
from .oauth_session_status import OAuthSessionStatus
from .oauth_stage import OAuthStage
from .oauth_url import OAuthUrl
from .paragon_input import ParagonInput
from .paragon_tool import ParagonTool
from .paragon_user import ParagonUser
from .paragon_user_integration import ParagonUserIntegration
from .paragon_user_integrations import ParagonUserIntegrations
from .post_options_stage import PostOptionsStage
from .pre_options_stage import PreOptionsStage
from .project_summary import ProjectSummary
from .provider_data import ProviderData
from .raw_response_flag import RawResponseFlag
from .resource_connect_payload import ResourceConnectPayload
from .resource_connection import ResourceConnection
from .sdk_integration_config import SdkIntegrationConfig
from .shared_meta import SharedMeta
from .tool_arguments import ToolArguments
from .tool_format import ToolFormat
from .tool_list import ToolList
from .tool_parameters_schema import ToolParametersSchema
from .tool_run_request import ToolRunRequest
from .tools_by_integration import ToolsByIntegration
from .trigger_definition import TriggerDefinition
from .trigger_list import TriggerList
from .trigger_model import TriggerModel
from .triggers_by_integration import TriggersByIntegration
from .unknown_variant import UnknownVariant
from .user_metadata import UserMetadata
from .user_metadata_update import UserMetadataUpdate
from .user_settings import UserSettings
from .workflow_meta import WorkflowMeta
from .workflow_meta_map import WorkflowMetaMap
from .workflow_setting_state import WorkflowSettingState
from .workflow_setting_update import WorkflowSettingUpdate
from .workflow_settings_map import WorkflowSettingsMap
from .workflow_settings_update_map import WorkflowSettingsUpdateMap
from .workflow_state import WorkflowState
from .workflow_step import WorkflowStep
from .workflow_summary import WorkflowSummary
from .workflow_trigger_body import WorkflowTriggerBody
from .workflow_trigger_query import WorkflowTriggerQuery

__all__ = (
    "AccountAuth",
    "AccountTypeOption",
    "AccountTypeStage",
    "ActionRunRequest",
    "AppEvent",
    "AuthenticationType",
    "AvailableWorkflow",
    "CatalogError",
    "ComboInputDataSource",
    "ConfigurationCreateRequest",
    "ConfigurationMeta",
    "ConfigurationUpdateRequest",
    "ConnectInput",
    "ConnectInputType",
    "ConnectResource",
    "ConnectUser",
    "Credential",
    "CredentialCodeExchange",
    "CredentialConfig",
    "CredentialConfigUpdate",
    "CredentialConfiguration",
    "CredentialCreateRequest",
    "CredentialSetupRequest",
    "CredentialStatus",
    "CredentialUpdateRequest",
    "CustomIntegration",
    "DataSourceMap",
    "DoneStage",
    "DynamicDataSource",
    "ErrorEnvelope",
    "ErrorMeta",
    "EventPayload",
    "EventReceipt",
    "FieldMapperDataSource",
    "FieldOption",
    "FieldOptionParameter",
    "FieldOptionParameterSource",
    "FieldOptionSection",
    "FieldOptionsPage",
    "FieldOptionsPagination",
    "FieldOptionsRequest",
    "FieldOptionsResponse",
    "FieldOptionsResult",
    "FunctionDefinition",
    "FunctionTool",
    "IncludeAccountAuth",
    "InstallOptions",
    "InstallPayload",
    "InstructionCallToAction",
    "InstructionStage",
    "Integration",
    "IntegrationAccount",
    "IntegrationAccountInfo",
    "IntegrationMetadata",
    "IntegrationPortalConfig",
    "IntegrationPortalConfigValues",
    "IntegrationState",
    "IntegrationStateMap",
    "IntegrationUserConfig",
    "NestedFieldData",
    "NestedParagonInput",
    "OAuthSession",
    "OAuthSessionStatus",
    "OAuthStage",
    "OAuthUrl",
    "ParagonInput",
    "ParagonTool",
    "ParagonUser",
    "ParagonUserIntegration",
    "ParagonUserIntegrations",
    "PostOptionsStage",
    "PreOptionsStage",
    "ProjectSummary",
    "ProviderData",
    "RawResponseFlag",
    "ResourceConnectPayload",
    "ResourceConnection",
    "SdkIntegrationConfig",
    "SharedMeta",
    "ToolArguments",
    "ToolFormat",
    "ToolList",
    "ToolParametersSchema",
    "ToolRunRequest",
    "ToolsByIntegration",
    "TriggerDefinition",
    "TriggerList",
    "TriggerModel",
    "TriggersByIntegration",
    "UnknownVariant",
    "UserMetadata",
    "UserMetadataUpdate",
    "UserSettings",
    "WorkflowMeta",
    "WorkflowMetaMap",
    "WorkflowSettingState",
    "WorkflowSettingUpdate",
    "WorkflowSettingsMap",
    "WorkflowSettingsUpdateMap",
    "WorkflowState",
    "WorkflowStep",
    "WorkflowSummary",
    "WorkflowTriggerBody",
    "WorkflowTriggerQuery",
)
