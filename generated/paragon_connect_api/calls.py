# Generated from spec/paragon.yaml by `python -m generator`. Do not edit:
# change spec/paragon.yaml or generator/ and regenerate.
"""Typed calls of every operation of the spec: what to run, where, with what.

A `Call[T]` names an operation module of `paragon_connect_api.api` (imported only when the call
is run), the Paragon service that serves it (from the spec's `servers`) and its keyword
arguments; `T` is what its success answer parses to. Build one with the constructor named after
the operation (`get_current_user(project_id)`); run it with `paragon_connect_api.api.<module>`'s
`sync_detailed` / `asyncio_detailed`, on the base URL of `Call.service`. `headers` and `params`
are what an operation cannot express (free-form headers, a provider's own query string).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from .types import UNSET

if TYPE_CHECKING:
    from .models.action_run_request import ActionRunRequest
    from .models.app_event import AppEvent
    from .models.configuration_create_request import ConfigurationCreateRequest
    from .models.configuration_update_request import ConfigurationUpdateRequest
    from .models.connect_user import ConnectUser
    from .models.credential import Credential
    from .models.credential_code_exchange import CredentialCodeExchange
    from .models.credential_create_request import CredentialCreateRequest
    from .models.credential_setup_request import CredentialSetupRequest
    from .models.credential_update_request import CredentialUpdateRequest
    from .models.event_receipt import EventReceipt
    from .models.field_options_request import FieldOptionsRequest
    from .models.field_options_response import FieldOptionsResponse
    from .models.include_account_auth import IncludeAccountAuth
    from .models.integration import Integration
    from .models.integration_account import IntegrationAccount
    from .models.oauth_session import OAuthSession
    from .models.oauth_url import OAuthUrl
    from .models.raw_response_flag import RawResponseFlag
    from .models.resource_connect_payload import ResourceConnectPayload
    from .models.resource_connection import ResourceConnection
    from .models.tool_format import ToolFormat
    from .models.tool_list import ToolList
    from .models.tool_run_request import ToolRunRequest
    from .models.trigger_list import TriggerList
    from .models.user_metadata_update import UserMetadataUpdate
    from .models.workflow_state import WorkflowState
    from .models.workflow_trigger_body import WorkflowTriggerBody
    from .models.workflow_trigger_query import WorkflowTriggerQuery
    from .types import Unset

Service = Literal["actionkit", "hermes", "proxy", "zeus"]
SERVICES: tuple[Service, ...] = (
    "actionkit",
    "hermes",
    "proxy",
    "zeus",
)

T_co = TypeVar("T_co", covariant=True)


@dataclass(frozen=True, slots=True)
class Call(Generic[T_co]):
    """One operation with its arguments; its answer's parsed success is a `T_co`."""

    operation: str
    service: Service
    # Out of the repr: request bodies, extra headers and a provider's query string may carry
    # secrets, and a Call's repr is what a debugger or a failing assertion shows.
    kwargs: dict[str, Any] = field(repr=False)
    # What a success answer holds, for messages; `expects_body` is False when any JSON (or no
    # body) is a success, so that a missing body is not mistaken for an error.
    returns: str = field(repr=False)
    expects_body: bool = field(repr=False)
    headers: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    params: tuple[tuple[str, str], ...] = field(default=(), repr=False)

    def with_extras(
        self,
        *,
        headers: tuple[tuple[str, str], ...] = (),
        params: tuple[tuple[str, str], ...] = (),
    ) -> Call[T_co]:
        """The same call with free-form headers and query parameters added by the transport."""
        return Call(
            self.operation,
            self.service,
            self.kwargs,
            self.returns,
            self.expects_body,
            self.headers + headers,
            self.params + params,
        )


def build_oauth_url(
    project_id: str,
    *,
    action: str,
    integration_id: str,
    oauth_meta_key_id: str,
    end_user_supplied_values: str | Unset = UNSET,
    parameters: str | Unset = UNSET,
    install_options: str | Unset = UNSET,
    redirect_url: str | Unset = UNSET,
    user_token: str | Unset = UNSET,
    origin_for_post_message: str | Unset = UNSET,
    is_preview_mode: bool | Unset = False,
) -> Call[OAuthUrl]:
    """Start an OAuth handshake: GET /v2/projects/{projectId}/sdk/actions/build-oauth on zeus."""
    return Call(
        "oauth.build_oauth_url",
        "zeus",
        {
            "project_id": project_id,
            "action": action,
            "integration_id": integration_id,
            "oauth_meta_key_id": oauth_meta_key_id,
            "end_user_supplied_values": end_user_supplied_values,
            "parameters": parameters,
            "install_options": install_options,
            "redirect_url": redirect_url,
            "user_token": user_token,
            "origin_for_post_message": origin_for_post_message,
            "is_preview_mode": is_preview_mode,
        },
        "OAuthUrl",
        True,
    )


def complete_credential_setup(
    project_id: str, credential_id: str, *, body: CredentialSetupRequest
) -> Call[Credential]:
    """Complete a credential's post-OAuth setup: POST /projects/{projectId}/sdk/credentials/{credentialId}/complete-setup on zeus."""
    return Call(
        "credentials.complete_credential_setup",
        "zeus",
        {"project_id": project_id, "credential_id": credential_id, "body": body},
        "Credential",
        True,
    )


def connect_resource(
    project_id: str, resource_id: str, *, body: ResourceConnectPayload
) -> Call[ResourceConnection]:
    """Connect to a resource: POST /projects/{projectId}/sdk/resources/{resourceId}/connect on zeus."""
    return Call(
        "resources.connect_resource",
        "zeus",
        {"project_id": project_id, "resource_id": resource_id, "body": body},
        "ResourceConnection",
        True,
    )


def create_configuration(
    project_id: str, credential_id: str, *, body: ConfigurationCreateRequest
) -> Call[Credential]:
    """Add a configuration to a credential: POST /projects/{projectId}/sdk/credentials/{credentialId}/configurations on zeus."""
    return Call(
        "configurations.create_configuration",
        "zeus",
        {"project_id": project_id, "credential_id": credential_id, "body": body},
        "Credential",
        True,
    )


def create_credential(
    project_id: str, *, body: CredentialCodeExchange | CredentialCreateRequest
) -> Call[Credential]:
    """Create a credential from inputs or from an authorization code: POST /projects/{projectId}/sdk/credentials on zeus."""
    return Call(
        "credentials.create_credential",
        "zeus",
        {"project_id": project_id, "body": body},
        "Credential",
        True,
    )


def delete_configuration(
    project_id: str, credential_id: str, *, x_paragon_configuration_id: str
) -> Call[Credential]:
    """Delete one configuration of a credential: DELETE /projects/{projectId}/sdk/credentials/{credentialId}/configurations on zeus."""
    return Call(
        "configurations.delete_configuration",
        "zeus",
        {
            "project_id": project_id,
            "credential_id": credential_id,
            "x_paragon_configuration_id": x_paragon_configuration_id,
        },
        "Credential",
        True,
    )


def delete_oauth_session(project_id: str, nonce: str) -> Call[Any]:
    """End an OAuth handshake: DELETE /projects/{projectId}/sdk/actions/session-id/{nonce} on zeus."""
    return Call(
        "oauth.delete_oauth_session",
        "zeus",
        {"project_id": project_id, "nonce": nonce},
        "Any",
        False,
    )


def disable_workflow(
    project_id: str,
    workflow_id: str,
    *,
    x_paragon_credential: str | Unset = UNSET,
    x_paragon_configuration_id: str | Unset = UNSET,
) -> Call[WorkflowState]:
    """Disable a workflow for the Connected User: DELETE /projects/{projectId}/sdk/workflows/{workflowId} on zeus."""
    return Call(
        "workflows.disable_workflow",
        "zeus",
        {
            "project_id": project_id,
            "workflow_id": workflow_id,
            "x_paragon_credential": x_paragon_credential,
            "x_paragon_configuration_id": x_paragon_configuration_id,
        },
        "WorkflowState",
        True,
    )


def enable_workflow(
    project_id: str,
    workflow_id: str,
    *,
    x_paragon_credential: str | Unset = UNSET,
    x_paragon_configuration_id: str | Unset = UNSET,
) -> Call[WorkflowState]:
    """Enable a workflow for the Connected User: POST /projects/{projectId}/sdk/workflows/{workflowId} on zeus."""
    return Call(
        "workflows.enable_workflow",
        "zeus",
        {
            "project_id": project_id,
            "workflow_id": workflow_id,
            "x_paragon_credential": x_paragon_credential,
            "x_paragon_configuration_id": x_paragon_configuration_id,
        },
        "WorkflowState",
        True,
    )


def get_credential(project_id: str, credential_id: str) -> Call[Credential]:
    """Get one credential: GET /projects/{projectId}/sdk/credentials/{credentialId} on zeus."""
    return Call(
        "credentials.get_credential",
        "zeus",
        {"project_id": project_id, "credential_id": credential_id},
        "Credential",
        True,
    )


def get_current_user(project_id: str) -> Call[ConnectUser]:
    """Get the Connected User's state: GET /projects/{projectId}/sdk/me on zeus."""
    return Call(
        "user.get_current_user", "zeus", {"project_id": project_id}, "ConnectUser", True
    )


def get_field_options(
    project_id: str,
    *,
    body: FieldOptionsRequest,
    x_paragon_credential: str | Unset = UNSET,
) -> Call[FieldOptionsResponse]:
    """Load the options of a dynamic data source: POST /projects/{projectId}/sdk/actions on zeus."""
    return Call(
        "actions.get_field_options",
        "zeus",
        {
            "project_id": project_id,
            "body": body,
            "x_paragon_credential": x_paragon_credential,
        },
        "FieldOptionsResponse",
        True,
    )


def get_oauth_nonce_page(
    project_id: str, *, action: str, integration_id: str, origin_for_post_message: str
) -> Call[str]:
    """The page an OAuth popup opens first: GET /projects/{projectId}/sdk/actions/oauth-nonce on zeus."""
    return Call(
        "oauth.get_oauth_nonce_page",
        "zeus",
        {
            "project_id": project_id,
            "action": action,
            "integration_id": integration_id,
            "origin_for_post_message": origin_for_post_message,
        },
        "str",
        True,
    )


def get_oauth_session(project_id: str, nonce: str) -> Call[OAuthSession]:
    """Poll an OAuth handshake: GET /projects/{projectId}/sdk/actions/session-id/{nonce} on zeus."""
    return Call(
        "oauth.get_oauth_session",
        "zeus",
        {"project_id": project_id, "nonce": nonce},
        "OAuthSession",
        True,
    )


def list_actions(
    project_id: str,
    *,
    format_: ToolFormat | Unset = UNSET,
    limit_to_available: bool | Unset = True,
    reload_fields: bool | Unset = False,
    integrations: str | Unset = UNSET,
    categories: str | Unset = UNSET,
) -> Call[ToolList]:
    """List the Tools available to the Connected User (legacy path): GET /projects/{projectId}/actions on actionkit."""
    return Call(
        "actionkit.list_actions",
        "actionkit",
        {
            "project_id": project_id,
            "format_": format_,
            "limit_to_available": limit_to_available,
            "reload_fields": reload_fields,
            "integrations": integrations,
            "categories": categories,
        },
        "ToolList",
        True,
    )


def list_credentials(
    project_id: str,
    *,
    integration: str | Unset = UNSET,
    include_account_auth: IncludeAccountAuth | Unset = UNSET,
    x_paragon_credential: str | Unset = UNSET,
) -> Call[IntegrationAccount | list[Credential]]:
    """List the Connected User's credentials: GET /projects/{projectId}/sdk/credentials on zeus."""
    return Call(
        "credentials.list_credentials",
        "zeus",
        {
            "project_id": project_id,
            "integration": integration,
            "include_account_auth": include_account_auth,
            "x_paragon_credential": x_paragon_credential,
        },
        "IntegrationAccount | list[Credential]",
        True,
    )


def list_integrations(project_id: str) -> Call[list[Integration]]:
    """List the project's integrations: GET /projects/{projectId}/sdk/integrations on zeus."""
    return Call(
        "integrations.list_integrations",
        "zeus",
        {"project_id": project_id},
        "list[Integration]",
        True,
    )


def list_tools(
    project_id: str,
    *,
    format_: ToolFormat | Unset = UNSET,
    limit_to_available: bool | Unset = True,
    reload_fields: bool | Unset = False,
    integrations: str | Unset = UNSET,
    categories: str | Unset = UNSET,
) -> Call[ToolList]:
    """List the Tools available to the Connected User: GET /projects/{projectId}/tools on actionkit."""
    return Call(
        "actionkit.list_tools",
        "actionkit",
        {
            "project_id": project_id,
            "format_": format_,
            "limit_to_available": limit_to_available,
            "reload_fields": reload_fields,
            "integrations": integrations,
            "categories": categories,
        },
        "ToolList",
        True,
    )


def list_triggers(
    project_id: str,
    *,
    integrations: str | Unset = UNSET,
    x_paragon_credential: str | Unset = UNSET,
) -> Call[TriggerList]:
    """List the Triggers available to the Connected User: GET /projects/{projectId}/triggers on actionkit."""
    return Call(
        "actionkit.list_triggers",
        "actionkit",
        {
            "project_id": project_id,
            "integrations": integrations,
            "x_paragon_credential": x_paragon_credential,
        },
        "TriggerList",
        True,
    )


def proxy_delete(
    project_id: str,
    integration_type: str,
    path: str,
    *,
    x_paragon_credential: str | Unset = UNSET,
    x_paragon_use_raw_response: RawResponseFlag | Unset = UNSET,
) -> Call[Any]:
    """Proxy a DELETE request to the provider: DELETE /projects/{projectId}/sdk/proxy/{integrationType}/{path} on proxy."""
    return Call(
        "proxy.proxy_delete",
        "proxy",
        {
            "project_id": project_id,
            "integration_type": integration_type,
            "path": path,
            "x_paragon_credential": x_paragon_credential,
            "x_paragon_use_raw_response": x_paragon_use_raw_response,
        },
        "Any",
        False,
    )


def proxy_get(
    project_id: str,
    integration_type: str,
    path: str,
    *,
    x_paragon_credential: str | Unset = UNSET,
    x_paragon_use_raw_response: RawResponseFlag | Unset = UNSET,
) -> Call[Any]:
    """Proxy a GET request to the provider: GET /projects/{projectId}/sdk/proxy/{integrationType}/{path} on proxy."""
    return Call(
        "proxy.proxy_get",
        "proxy",
        {
            "project_id": project_id,
            "integration_type": integration_type,
            "path": path,
            "x_paragon_credential": x_paragon_credential,
            "x_paragon_use_raw_response": x_paragon_use_raw_response,
        },
        "Any",
        False,
    )


def proxy_patch(
    project_id: str,
    integration_type: str,
    path: str,
    *,
    body: Any | Unset = UNSET,
    x_paragon_credential: str | Unset = UNSET,
    x_paragon_use_raw_response: RawResponseFlag | Unset = UNSET,
) -> Call[Any]:
    """Proxy a PATCH request to the provider: PATCH /projects/{projectId}/sdk/proxy/{integrationType}/{path} on proxy."""
    return Call(
        "proxy.proxy_patch",
        "proxy",
        {
            "project_id": project_id,
            "integration_type": integration_type,
            "path": path,
            "body": body,
            "x_paragon_credential": x_paragon_credential,
            "x_paragon_use_raw_response": x_paragon_use_raw_response,
        },
        "Any",
        False,
    )


def proxy_post(
    project_id: str,
    integration_type: str,
    path: str,
    *,
    body: Any | Unset = UNSET,
    x_paragon_credential: str | Unset = UNSET,
    x_paragon_use_raw_response: RawResponseFlag | Unset = UNSET,
) -> Call[Any]:
    """Proxy a POST request to the provider: POST /projects/{projectId}/sdk/proxy/{integrationType}/{path} on proxy."""
    return Call(
        "proxy.proxy_post",
        "proxy",
        {
            "project_id": project_id,
            "integration_type": integration_type,
            "path": path,
            "body": body,
            "x_paragon_credential": x_paragon_credential,
            "x_paragon_use_raw_response": x_paragon_use_raw_response,
        },
        "Any",
        False,
    )


def proxy_put(
    project_id: str,
    integration_type: str,
    path: str,
    *,
    body: Any | Unset = UNSET,
    x_paragon_credential: str | Unset = UNSET,
    x_paragon_use_raw_response: RawResponseFlag | Unset = UNSET,
) -> Call[Any]:
    """Proxy a PUT request to the provider: PUT /projects/{projectId}/sdk/proxy/{integrationType}/{path} on proxy."""
    return Call(
        "proxy.proxy_put",
        "proxy",
        {
            "project_id": project_id,
            "integration_type": integration_type,
            "path": path,
            "body": body,
            "x_paragon_credential": x_paragon_credential,
            "x_paragon_use_raw_response": x_paragon_use_raw_response,
        },
        "Any",
        False,
    )


def run_action(
    project_id: str,
    *,
    body: ActionRunRequest,
    x_paragon_credential: str | Unset = UNSET,
) -> Call[Any]:
    """Run a Tool for the Connected User (legacy path and body): POST /projects/{projectId}/actions on actionkit."""
    return Call(
        "actionkit.run_action",
        "actionkit",
        {
            "project_id": project_id,
            "body": body,
            "x_paragon_credential": x_paragon_credential,
        },
        "Any",
        False,
    )


def run_tool(
    project_id: str, *, body: ToolRunRequest, x_paragon_credential: str | Unset = UNSET
) -> Call[Any]:
    """Run a Tool for the Connected User: POST /projects/{projectId}/tools on actionkit."""
    return Call(
        "actionkit.run_tool",
        "actionkit",
        {
            "project_id": project_id,
            "body": body,
            "x_paragon_credential": x_paragon_credential,
        },
        "Any",
        False,
    )


def trigger_event(
    project_id: str,
    *,
    body: AppEvent,
    x_paragon_credential: str | Unset = UNSET,
    x_paragon_configuration_id: str | Unset = UNSET,
) -> Call[EventReceipt]:
    """Send an App Event: POST /v2/projects/{projectId}/sdk/events/trigger on hermes."""
    return Call(
        "events.trigger_event",
        "hermes",
        {
            "project_id": project_id,
            "body": body,
            "x_paragon_credential": x_paragon_credential,
            "x_paragon_configuration_id": x_paragon_configuration_id,
        },
        "EventReceipt",
        True,
    )


def trigger_workflow(
    project_id: str,
    workflow_id: str,
    *,
    body: WorkflowTriggerBody | Unset = UNSET,
    query: WorkflowTriggerQuery | Unset = UNSET,
    x_paragon_credential: str | Unset = UNSET,
    x_paragon_configuration_id: str | Unset = UNSET,
) -> Call[Any]:
    """Trigger a request-triggered workflow: POST /projects/{projectId}/sdk/triggers/{workflowId} on hermes."""
    return Call(
        "workflows.trigger_workflow",
        "hermes",
        {
            "project_id": project_id,
            "workflow_id": workflow_id,
            "body": body,
            "query": query,
            "x_paragon_credential": x_paragon_credential,
            "x_paragon_configuration_id": x_paragon_configuration_id,
        },
        "Any",
        False,
    )


def uninstall_integration(
    project_id: str, integration_id: str, *, x_paragon_credential: str | Unset = UNSET
) -> Call[Any]:
    """Uninstall an integration for the Connected User: DELETE /projects/{projectId}/sdk/integrations/{integrationId} on zeus."""
    return Call(
        "integrations.uninstall_integration",
        "zeus",
        {
            "project_id": project_id,
            "integration_id": integration_id,
            "x_paragon_credential": x_paragon_credential,
        },
        "Any",
        False,
    )


def update_configuration(
    project_id: str,
    credential_id: str,
    *,
    body: ConfigurationUpdateRequest,
    x_paragon_configuration_id: str,
) -> Call[Credential]:
    """Update one configuration of a credential: PATCH /projects/{projectId}/sdk/credentials/{credentialId}/configurations on zeus."""
    return Call(
        "configurations.update_configuration",
        "zeus",
        {
            "project_id": project_id,
            "credential_id": credential_id,
            "body": body,
            "x_paragon_configuration_id": x_paragon_configuration_id,
        },
        "Credential",
        True,
    )


def update_credential(
    project_id: str,
    credential_id: str,
    *,
    body: CredentialUpdateRequest,
    x_paragon_configuration_id: str | Unset = UNSET,
) -> Call[Credential]:
    """Update a credential's settings: PATCH /projects/{projectId}/sdk/credentials/{credentialId} on zeus."""
    return Call(
        "credentials.update_credential",
        "zeus",
        {
            "project_id": project_id,
            "credential_id": credential_id,
            "body": body,
            "x_paragon_configuration_id": x_paragon_configuration_id,
        },
        "Credential",
        True,
    )


def update_user_metadata(
    project_id: str, *, body: UserMetadataUpdate
) -> Call[ConnectUser]:
    """Set the Connected User's metadata: PATCH /projects/{projectId}/sdk/me on zeus."""
    return Call(
        "user.update_user_metadata",
        "zeus",
        {"project_id": project_id, "body": body},
        "ConnectUser",
        True,
    )
