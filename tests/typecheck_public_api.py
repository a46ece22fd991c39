"""What mypy must infer for every public method of both clients (checked, never run).

The ``typecheck`` session runs mypy --strict over this module: each ``assert_type`` fails the
session when a method's result type is not the documented one (an ``Any`` leaking out of a plan
or a descriptor included). ``tests/test_public_api.py`` checks at run time that no public
signature mentions ``Any``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import assert_type

from paragon_connect import (
    AsyncExternalFilePicker,
    AsyncInstallFlow,
    AsyncParagon,
    AuthenticatedUser,
    ExternalFilePicker,
    InstallFlow,
    IntegrationInstallEvent,
    JsonValue,
    Paragon,
    ParagonUser,
    Tool,
    Trigger,
    UnknownVariant,
    WorkflowStateUpdate,
)
from paragon_connect._tool_formats import (
    AnthropicTool,
    MCPTool,
    OpenAIChatTool,
    OpenAIResponsesTool,
    ToolResultMessage,
)
from paragon_connect._tools import AsyncTools, AsyncTriggers, Tools, Triggers
from paragon_connect_api.models.combo_input_data_source import ComboInputDataSource
from paragon_connect_api.models.credential import Credential
from paragon_connect_api.models.dynamic_data_source import DynamicDataSource
from paragon_connect_api.models.event_receipt import EventReceipt
from paragon_connect_api.models.field_mapper_data_source import FieldMapperDataSource
from paragon_connect_api.models.field_option import FieldOption
from paragon_connect_api.models.field_option_section import FieldOptionSection
from paragon_connect_api.models.field_options_result import FieldOptionsResult
from paragon_connect_api.models.integration import Integration
from paragon_connect_api.models.integration_account import IntegrationAccount
from paragon_connect_api.models.integration_metadata import IntegrationMetadata
from paragon_connect_api.models.integration_user_config import IntegrationUserConfig
from paragon_connect_api.models.paragon_tool import ParagonTool
from paragon_connect_api.models.resource_connection import ResourceConnection
from paragon_connect_api.models.workflow_state import WorkflowState

WORKFLOW = "00000000-0000-4000-8000-000000000000"
DataSource = (
    DynamicDataSource | FieldMapperDataSource | ComboInputDataSource | UnknownVariant | None
)
Option = FieldOption | FieldOptionSection | UnknownVariant
TOOL_CALL = {"type": "tool_use", "id": "toolu_1", "name": "SLACK_SEND_MESSAGE", "input": {}}


def described(tool: Tool) -> None:
    """A tool in each vendor's format (no I/O: the same on both clients)."""
    assert_type(tool.to_openai(), OpenAIChatTool)
    assert_type(tool.to_openai(api="chat", strict=True), OpenAIChatTool)
    assert_type(tool.to_openai(api="responses"), OpenAIResponsesTool)
    assert_type(tool.to_anthropic(), AnthropicTool)
    assert_type(tool.to_mcp(), MCPTool)


def blocking(paragon: Paragon) -> None:
    """Every method of ``Paragon``: plain results."""
    assert_type(paragon.authenticate("project", "token"), AuthenticatedUser)
    assert_type(paragon.get_user(), ParagonUser)
    assert_type(paragon.set_user_metadata({"Name": "Ada"}), AuthenticatedUser)
    assert_type(paragon.list_integrations(), list[Integration])
    assert_type(paragon.get_integration_metadata(), list[IntegrationMetadata])
    assert_type(paragon.get_integration_metadata("slack"), IntegrationMetadata)
    assert_type(paragon.get_integration_config("slack"), IntegrationUserConfig)
    assert_type(paragon.get_data_source_options("salesforce", "objects"), DataSource)
    assert_type(paragon.list_credentials(), list[Credential])
    assert_type(paragon.get_integration_account("slack"), IntegrationAccount)
    assert_type(paragon.complete_install("hubspot", "code"), IntegrationInstallEvent)
    assert_type(paragon.connect_action("resource", {}), ResourceConnection)
    assert_type(paragon.get_credential(WORKFLOW), Credential)
    assert_type(paragon.update_credential(WORKFLOW, {}), Credential)
    assert_type(paragon.update_integration_user_settings("slack", {}), Credential)
    assert_type(paragon.update_workflow_user_settings("slack", WORKFLOW, {}), Credential)
    assert_type(paragon.enable_workflow(WORKFLOW), WorkflowState)
    assert_type(paragon.disable_workflow(WORKFLOW), WorkflowState)
    assert_type(paragon.update_workflow_state({WORKFLOW: True}), WorkflowStateUpdate)
    options = paragon.get_field_options(integration="salesforce", action="objects")
    assert_type(options, FieldOptionsResult)
    every = paragon.iter_field_options(integration="salesforce", action="objects")
    assert_type(every, Iterator[Option])
    assert_type(paragon.event("Contact Created", {}), EventReceipt)
    assert_type(paragon.workflow(WORKFLOW), JsonValue)
    assert_type(paragon.request("slack", "/auth.test"), JsonValue)
    assert_type(paragon.uninstall_integration("slack"), None)
    assert_type(paragon.install_integration("stripe"), IntegrationInstallEvent)
    assert_type(paragon.connect("slack"), IntegrationInstallEvent | None)
    assert_type(paragon.install_flow, InstallFlow)
    picker = paragon.ExternalFilePicker("googledrive")
    assert_type(picker, ExternalFilePicker)
    assert_type(picker.init(developer_key="key"), dict[str, object])
    assert_type(picker.open(), None)
    assert_type(picker.select([]), list[dict[str, object]])
    assert_type(paragon.with_options(timeout=5), Paragon)
    assert_type(paragon.tools, Tools)
    assert_type(paragon.tools.list(), list[Tool])
    assert_type(paragon.tools.list(integrations=["slack"], available_only=False), list[Tool])
    assert_type(paragon.tools.list_paragon(integrations="slack"), dict[str, list[ParagonTool]])
    assert_type(paragon.tools.get("SLACK_SEND_MESSAGE"), Tool)
    assert_type(paragon.tools.run("SLACK_SEND_MESSAGE", {"channel": "C1"}), JsonValue)
    assert_type(paragon.tools.call(TOOL_CALL, strict=True), ToolResultMessage)
    assert_type(paragon.triggers, Triggers)
    assert_type(paragon.triggers.list(integrations=["hubspot"]), list[Trigger])


async def awaited(paragon: AsyncParagon) -> None:
    """Every method of ``AsyncParagon``: the same results, awaited."""
    assert_type(await paragon.authenticate("project", "token"), AuthenticatedUser)
    assert_type(paragon.get_user(), ParagonUser)
    assert_type(await paragon.set_user_metadata({"Name": "Ada"}), AuthenticatedUser)
    assert_type(await paragon.list_integrations(), list[Integration])
    assert_type(paragon.get_integration_metadata(), list[IntegrationMetadata])
    assert_type(paragon.get_integration_metadata("slack"), IntegrationMetadata)
    assert_type(paragon.get_integration_config("slack"), IntegrationUserConfig)
    assert_type(paragon.get_data_source_options("salesforce", "objects"), DataSource)
    assert_type(await paragon.list_credentials(), list[Credential])
    assert_type(await paragon.get_integration_account("slack"), IntegrationAccount)
    assert_type(await paragon.complete_install("hubspot", "code"), IntegrationInstallEvent)
    assert_type(await paragon.connect_action("resource", {}), ResourceConnection)
    assert_type(await paragon.get_credential(WORKFLOW), Credential)
    assert_type(await paragon.update_credential(WORKFLOW, {}), Credential)
    assert_type(await paragon.update_integration_user_settings("slack", {}), Credential)
    assert_type(await paragon.update_workflow_user_settings("slack", WORKFLOW, {}), Credential)
    assert_type(await paragon.enable_workflow(WORKFLOW), WorkflowState)
    assert_type(await paragon.disable_workflow(WORKFLOW), WorkflowState)
    assert_type(await paragon.update_workflow_state({WORKFLOW: True}), WorkflowStateUpdate)
    options = await paragon.get_field_options(integration="salesforce", action="objects")
    assert_type(options, FieldOptionsResult)
    every = paragon.iter_field_options(integration="salesforce", action="objects")
    assert_type(every, AsyncIterator[Option])
    assert_type(await paragon.event("Contact Created", {}), EventReceipt)
    assert_type(await paragon.workflow(WORKFLOW), JsonValue)
    assert_type(await paragon.request("slack", "/auth.test"), JsonValue)
    assert_type(await paragon.uninstall_integration("slack"), None)
    assert_type(await paragon.install_integration("stripe"), IntegrationInstallEvent)
    assert_type(await paragon.connect("slack"), IntegrationInstallEvent | None)
    assert_type(paragon.install_flow, AsyncInstallFlow)
    picker = paragon.ExternalFilePicker("googledrive")
    assert_type(picker, AsyncExternalFilePicker)
    assert_type(await picker.init(developer_key="key"), dict[str, object])
    assert_type(await picker.open(), None)
    assert_type(await picker.select([]), list[dict[str, object]])
    assert_type(paragon.with_options(timeout=5), AsyncParagon)
    assert_type(paragon.tools, AsyncTools)
    assert_type(await paragon.tools.list(), list[Tool])
    assert_type(await paragon.tools.list(integrations=["slack"], available_only=False), list[Tool])
    assert_type(
        await paragon.tools.list_paragon(integrations="slack"), dict[str, list[ParagonTool]]
    )
    assert_type(await paragon.tools.get("SLACK_SEND_MESSAGE"), Tool)
    assert_type(await paragon.tools.run("SLACK_SEND_MESSAGE", {"channel": "C1"}), JsonValue)
    assert_type(await paragon.tools.call(TOOL_CALL, strict=True), ToolResultMessage)
    assert_type(paragon.triggers, AsyncTriggers)
    assert_type(await paragon.triggers.list(integrations=["hubspot"]), list[Trigger])
