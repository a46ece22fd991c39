"""What starts workflows: App Events (``triggerEvent``) and request-triggered workflows.

Neither runs anything: each is recorded (``event``, ``workflowRun``, ``workflowTrigger``) for
tests to read back through ``GET /_mock/records``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from paragon_mock.errors import ApiError
from paragon_mock.operations._base import (
    CONFIGURATION_HEADER,
    CREDENTIAL_HEADER,
    Context,
    Handler,
    Reply,
    select_credential,
)
from paragon_mock.operations._credentials import default_configuration, select_configuration
from paragon_mock.store import timestamp

__all__ = ["HANDLERS"]

_TEMPLATE = re.compile(r"{{\s*request\.(body|query)((?:\.[^.}\s]+)*)\s*}}")


def _trigger_step(workflow: Mapping[str, Any]) -> dict[str, Any]:
    for step in workflow.get("steps") or []:
        if step.get("type") == "TRIGGER":
            return dict(step)
    return {}


def _response_step(workflow: Mapping[str, Any]) -> dict[str, Any] | None:
    for step in workflow.get("steps") or []:
        if step.get("type") == "RESPONSE":
            return dict(step)
    return None


def _render(template: Any, request: Mapping[str, Any]) -> Any:
    """Fill ``{{request.body.x}}`` and ``{{request.query.x}}`` placeholders of a Response step."""
    if isinstance(template, dict):
        return {key: _render(value, request) for key, value in template.items()}
    if isinstance(template, list):
        return [_render(value, request) for value in template]
    if not isinstance(template, str):
        return template

    def lookup(found: re.Match[str]) -> Any:
        value: Any = request.get(found.group(1))
        for part in [p for p in found.group(2).split(".") if p]:
            value = value.get(part) if isinstance(value, dict) else None
        return value

    whole = _TEMPLATE.fullmatch(template)
    if whole is not None:
        return lookup(whole)
    return _TEMPLATE.sub(lambda found: "" if (v := lookup(found)) is None else str(v), template)


def trigger_workflow(ctx: Context) -> Reply:
    """POST /sdk/triggers/{workflowId}: run a request-triggered workflow."""
    workflow_id = ctx.path["workflowId"]
    integration = ctx.project.workflow_integration(workflow_id)
    if integration is None:
        raise ApiError(404, f"No workflow {workflow_id} in project {ctx.project.id}.")
    workflow = integration.workflow(workflow_id) or {}
    trigger = _trigger_step(workflow).get("trigger")
    if trigger != "REQUEST":
        raise ApiError(
            409,
            f"Workflow {workflow_id} ({workflow.get('description')}) is not request-triggered "
            f"(its trigger is {trigger or 'none'}).",
        )
    credential = select_credential(ctx, integration)
    configuration = select_configuration(credential, ctx.headers.get(CONFIGURATION_HEADER))
    if not (configuration["workflowSettings"].get(workflow_id) or {}).get("enabled"):
        raise ApiError(
            409,
            f"Workflow {workflow_id} ({workflow.get('description')}) is not enabled for this "
            "user; enable it with enableWorkflow first.",
        )
    body = ctx.body if ctx.body is not None else {}
    query = dict(ctx.query.get("query") or {})
    ctx.store.record(
        "workflowTrigger",
        {
            "projectId": ctx.project.id,
            "userId": ctx.user_id,
            "workflowId": workflow_id,
            "credentialId": credential["id"],
            "configurationId": configuration["id"],
            "body": body,
            "query": query,
        },
    )
    response = _response_step(workflow)
    if response is None:
        return Reply(202)
    return Reply(200, _render(response.get("body"), {"body": body, "query": query}))


def trigger_event(ctx: Context) -> Reply:
    """POST /v2/sdk/events/trigger: record the event and the workflows it starts."""
    event_id = ctx.store.new_id()
    received = timestamp()
    name = ctx.body["name"]
    ctx.store.record(
        "event",
        {
            "id": event_id,
            "projectId": ctx.project.id,
            "userId": ctx.user_id,
            "name": name,
            "payload": ctx.body["payload"],
            "credentialSelector": ctx.headers.get(CREDENTIAL_HEADER),
        },
    )
    for credential in ctx.store.user_credentials(ctx.project.id, ctx.user_id):
        integration = ctx.project.integration(credential["integrationId"])
        if integration is None:
            continue
        settings = default_configuration(credential)["workflowSettings"]
        for workflow in integration.public.get("workflows") or []:
            trigger = _trigger_step(workflow)
            if (
                trigger.get("trigger") == "APP_EVENT"
                and trigger.get("event") == name
                and (settings.get(workflow["id"]) or {}).get("enabled")
            ):
                ctx.store.record(
                    "workflowRun",
                    {
                        "projectId": ctx.project.id,
                        "userId": ctx.user_id,
                        "workflowId": workflow["id"],
                        "credentialId": credential["id"],
                        "eventId": event_id,
                    },
                )
    return Reply(201, {"id": event_id, "name": name, "dateReceived": received})


HANDLERS: dict[str, Handler] = {
    "triggerEvent": trigger_event,
    "triggerWorkflow": trigger_workflow,
}
