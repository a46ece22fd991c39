"""Workflows: enabling and disabling one for the user, in the configuration a request selects."""

from __future__ import annotations

import copy
from typing import Any

from paragon_mock.errors import ApiError
from paragon_mock.fixtures import IntegrationDef
from paragon_mock.operations._base import (
    CONFIGURATION_HEADER,
    Context,
    Handler,
    Reply,
    select_credential,
)
from paragon_mock.operations._credentials import (
    merge_settings,
    replace_configuration,
    select_configuration,
)
from paragon_mock.store import timestamp

__all__ = ["HANDLERS"]


def _workflow_target(ctx: Context) -> tuple[IntegrationDef, dict[str, Any], dict[str, Any]]:
    workflow_id = ctx.path["workflowId"]
    integration = ctx.project.workflow_integration(workflow_id)
    if integration is None:
        raise ApiError(404, f"No workflow {workflow_id} in project {ctx.project.id}.")
    credential = copy.deepcopy(select_credential(ctx, integration))
    configuration = select_configuration(credential, ctx.headers.get(CONFIGURATION_HEADER))
    return integration, credential, configuration


def _set_workflow(ctx: Context, enabled: bool) -> Reply:
    workflow_id = ctx.path["workflowId"]
    integration, credential, configuration = _workflow_target(ctx)
    now = timestamp()
    merge_settings(
        configuration,
        ctx.project,
        integration,
        shared=None,
        workflows={workflow_id: {"enabled": enabled}},
        now=now,
    )
    replace_configuration(credential, configuration)
    credential["dateUpdated"] = now
    ctx.store.put_credential(credential)
    state = configuration["workflowSettings"][workflow_id]
    return Reply(
        200,
        {
            "workflowId": workflow_id,
            "integrationId": integration.id,
            "credentialId": credential["id"],
            "configurationId": configuration["id"],
            "enabled": state["enabled"],
            "settings": copy.deepcopy(state.get("settings") or {}),
        },
    )


def enable_workflow(ctx: Context) -> Reply:
    """POST /sdk/workflows/{workflowId}."""
    return _set_workflow(ctx, True)


def disable_workflow(ctx: Context) -> Reply:
    """DELETE /sdk/workflows/{workflowId}."""
    return _set_workflow(ctx, False)


HANDLERS: dict[str, Handler] = {
    "enableWorkflow": enable_workflow,
    "disableWorkflow": disable_workflow,
}
