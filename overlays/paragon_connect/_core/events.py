"""Plans that start work in Paragon: App Events and request-triggered workflows (hermes)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from paragon_connect_api import calls
from paragon_connect_api.types import UNSET

from .._types import JsonValue
from .._validation import (
    check_headers,
    check_json_object,
    check_non_empty_str,
    check_selector,
    check_string_mapping,
    check_uuid,
)
from ._base import CoreBase, Plan, perform

if TYPE_CHECKING:
    from paragon_connect_api.models.event_receipt import EventReceipt


class EventPlans(CoreBase):
    """App Events and workflow triggers, sent for the Connected User."""

    def event(
        self,
        name: str,
        payload: Mapping[str, object],
        *,
        selected_credential_id: str | None = None,
        selected_configuration_id: str | None = None,
    ) -> Plan[EventReceipt]:
        """Send an App Event; the payload is not checked against the event's schema.

        ``selected_configuration_id`` needs ``selected_credential_id`` (as in the SDK).
        """
        event_name = check_non_empty_str(name, "name")
        values = check_json_object(payload, "payload")
        if selected_configuration_id is not None and selected_credential_id is None:
            raise ValueError(
                "selected_configuration_id needs selected_credential_id: a configuration "
                "belongs to one connected account"
            )
        selectors = _selectors(selected_credential_id, selected_configuration_id)
        project_id, _ = self._require_user()
        from paragon_connect_api.models.app_event import AppEvent

        body = AppEvent.from_dict({"name": event_name, "payload": values})
        return (yield from perform(calls.trigger_event(project_id, body=body, **selectors)))

    def workflow(
        self,
        workflow_id: str,
        *,
        body: Mapping[str, object] | None = None,
        query: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        selected_credential_id: str | None = None,
        selected_configuration_id: str | None = None,
    ) -> Plan[JsonValue]:
        """Trigger a request-triggered workflow.

        Returns the JSON of its Response step, or None when it has none (Paragon then answers
        202 at once). ``query`` and ``headers`` are handed to the workflow's trigger.
        """
        workflow = check_uuid(workflow_id, "workflow_id")
        selectors = _selectors(selected_credential_id, selected_configuration_id)
        extra_headers = tuple(check_headers(headers))
        from paragon_connect_api.models.workflow_trigger_body import WorkflowTriggerBody
        from paragon_connect_api.models.workflow_trigger_query import WorkflowTriggerQuery

        trigger_body = (
            UNSET
            if body is None
            else WorkflowTriggerBody.from_dict(check_json_object(body, "body"))
        )
        trigger_query = (
            UNSET
            if query is None
            else WorkflowTriggerQuery.from_dict(check_string_mapping(query, "query"))
        )
        project_id, _ = self._require_user()
        call = calls.trigger_workflow(
            project_id, workflow, body=trigger_body, query=trigger_query, **selectors
        ).with_extras(headers=extra_headers)
        # A 202 (no Response step) parses to None, as the JSON null of a 200 does.
        result: JsonValue = yield from perform(call)
        return result


def _selectors(credential: str | None, configuration: str | None) -> dict[str, str]:
    """The selector headers' keyword arguments of the operations that take both."""
    selectors: dict[str, str] = {}
    if credential is not None:
        selectors["x_paragon_credential"] = check_selector(credential, "selected_credential_id")
    if configuration is not None:
        selectors["x_paragon_configuration_id"] = check_selector(
            configuration, "selected_configuration_id"
        )
    return selectors
