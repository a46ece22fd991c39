"""Plans of workflows and User Settings.

They turn workflows on and off for the Connected User and update the settings of an integration
or of one of its workflows.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from paragon_connect_api import calls

from .._exceptions import APIError, APIStatusError
from .._types import (
    WorkflowChangeEvent,
    WorkflowStateChange,
    WorkflowStateError,
    WorkflowStateUpdate,
)
from .._validation import check_bool, check_json_object, check_uuid
from ._base import CoreBase, Plan, fire, optional_selector, or_unset, perform

if TYPE_CHECKING:
    from paragon_connect_api.models.credential import Credential
    from paragon_connect_api.models.integration import Integration
    from paragon_connect_api.models.workflow_state import WorkflowState


class WorkflowPlans(CoreBase):
    """Workflows and their User Settings, for the Connected User."""

    def _settings_update(
        self,
        integration: Integration,
        settings: dict[str, Any],
        selected_credential_id: str | None,
        selected_configuration_id: str | None,
    ) -> Plan[Credential]:
        """PATCH the credential (or one configuration) with a partial settings update."""
        credential = yield from self._credential_for(integration, selected_credential_id)
        project_id, _ = self._require_user()
        if selected_configuration_id is not None:
            from paragon_connect_api.models.configuration_update_request import (
                ConfigurationUpdateRequest,
            )

            call = calls.update_configuration(
                project_id,
                credential,
                body=ConfigurationUpdateRequest.from_dict(settings),
                x_paragon_configuration_id=selected_configuration_id,
            )
        else:
            from paragon_connect_api.models.credential_update_request import (
                CredentialUpdateRequest,
            )

            call = calls.update_credential(
                project_id,
                credential,
                body=CredentialUpdateRequest.from_dict({"config": settings}),
            )
        result = yield from perform(call)
        yield from self._refresh_after_change("The settings update")
        return result

    def update_integration_user_settings(
        self,
        integration_type: str,
        update: Mapping[str, object],
        *,
        selected_credential_id: str | None = None,
        selected_configuration_id: str | None = None,
    ) -> Plan[Credential]:
        """Update integration-level User Settings; keys not in ``update`` are kept.

        Keys are User Setting IDs (see ``get_integration_config``); values depend on the input
        type. ``selected_credential_id`` / ``selected_configuration_id`` pick the account and the
        configuration when the user has several. Returns the updated credential.
        """
        integration = self._integration(integration_type)
        values = check_json_object(update, "update")
        credential = optional_selector(selected_credential_id, "selected_credential_id")
        configuration = optional_selector(selected_configuration_id, "selected_configuration_id")
        return (
            yield from self._settings_update(
                integration, {"sharedSettings": values}, credential, configuration
            )
        )

    def update_workflow_user_settings(
        self,
        integration_type: str,
        workflow_id: str,
        update: Mapping[str, object],
        *,
        selected_credential_id: str | None = None,
        selected_configuration_id: str | None = None,
    ) -> Plan[Credential]:
        """Update a workflow's User Settings; keys not in ``update`` are kept.

        Fires ``onWorkflowChange`` with the settings sent. Returns the updated credential.
        """
        integration = self._integration(integration_type)
        workflow = check_uuid(workflow_id, "workflow_id")
        values = check_json_object(update, "update")
        credential = optional_selector(selected_credential_id, "selected_credential_id")
        configuration = optional_selector(selected_configuration_id, "selected_configuration_id")
        # Without `enabled` (WorkflowSettingUpdate): changing settings never toggles the
        # workflow, whatever another writer did to it meanwhile.
        entry = {"settings": values}
        result = yield from self._settings_update(
            integration, {"workflowSettings": {workflow: entry}}, credential, configuration
        )
        event = WorkflowChangeEvent(
            integration_id=str(integration.id),
            workflow_id=workflow,
            workflow_state_change=WorkflowStateChange(settings=values),
        )
        return (yield from fire("onWorkflowChange", [event], self._require_user()[1], result))

    def _set_workflow(
        self, workflow: str, enabled: bool, credential: str | None, configuration: str | None
    ) -> Plan[WorkflowState]:
        project_id, _ = self._require_user()
        toggle = calls.enable_workflow if enabled else calls.disable_workflow
        return (
            yield from perform(
                toggle(
                    project_id,
                    workflow,
                    x_paragon_credential=or_unset(credential),
                    x_paragon_configuration_id=or_unset(configuration),
                )
            )
        )

    def _workflow_event(self, workflow: str, enabled: bool) -> WorkflowChangeEvent:
        """The change just made, told from the request: Paragon's answer may leave fields out."""
        integration_id = next(
            (
                integration.id
                for integration in self.session.integrations
                if any(summary.id == workflow for summary in integration.workflows)
            ),
            None,
        )
        return WorkflowChangeEvent(
            integration_id=integration_id,
            workflow_id=workflow,
            workflow_state_change=WorkflowStateChange(enabled=enabled),
        )

    def _toggle_workflow(
        self,
        workflow_id: str,
        enabled: bool,
        selected_credential_id: str | None,
        selected_configuration_id: str | None,
    ) -> Plan[WorkflowState]:
        workflow = check_uuid(workflow_id, "workflow_id")
        credential = optional_selector(selected_credential_id, "selected_credential_id")
        configuration = optional_selector(selected_configuration_id, "selected_configuration_id")
        state = yield from self._set_workflow(workflow, enabled, credential, configuration)
        user = yield from self._refresh_after_change("The workflow change")
        event = self._workflow_event(workflow, enabled)
        return (yield from fire("onWorkflowChange", [event], user, state))

    def enable_workflow(
        self,
        workflow_id: str,
        *,
        selected_credential_id: str | None = None,
        selected_configuration_id: str | None = None,
    ) -> Plan[WorkflowState]:
        """Turn a workflow on for the Connected User; fires ``onWorkflowChange``."""
        return (
            yield from self._toggle_workflow(
                workflow_id, True, selected_credential_id, selected_configuration_id
            )
        )

    def disable_workflow(
        self,
        workflow_id: str,
        *,
        selected_credential_id: str | None = None,
        selected_configuration_id: str | None = None,
    ) -> Plan[WorkflowState]:
        """Turn a workflow off for the Connected User, keeping its settings.

        Fires ``onWorkflowChange``.
        """
        return (
            yield from self._toggle_workflow(
                workflow_id, False, selected_credential_id, selected_configuration_id
            )
        )

    def update_workflow_state(
        self,
        states: Mapping[str, bool],
        *,
        selected_credential_id: str | None = None,
        selected_configuration_id: str | None = None,
    ) -> Plan[WorkflowStateUpdate]:
        """Enable (``True``) or disable (``False``) several workflows, one request each.

        Workflows not in ``states`` are not touched. A workflow that cannot be changed does not
        stop the others: it is listed in the result's ``errors``. Fires ``onWorkflowChange``
        for each workflow changed, every one even when a handler raises; handler failures are
        then raised together as ``EventHandlerError``, whose ``result`` is the
        ``WorkflowStateUpdate``.
        """
        if not isinstance(states, Mapping):
            raise TypeError(
                "states must be a mapping of workflow IDs to True/False, "
                f"not {type(states).__name__}"
            )
        wanted = [
            (check_uuid(workflow_id, "states key"), check_bool(enabled, f"states[{workflow_id!r}]"))
            for workflow_id, enabled in states.items()
        ]
        credential = optional_selector(selected_credential_id, "selected_credential_id")
        configuration = optional_selector(selected_configuration_id, "selected_configuration_id")
        self._require_user()
        changed: list[tuple[str, bool]] = []
        errors: list[WorkflowStateError] = []
        for workflow, enabled in wanted:
            try:
                yield from self._set_workflow(workflow, enabled, credential, configuration)
            except APIError as error:  # APIResponseValidationError too: an unreadable answer
                errors.append(
                    WorkflowStateError(workflow_id=workflow, message=str(error), error=error)
                )
            else:
                changed.append((workflow, enabled))
        # Read the user back unless Paragon refused every change (an answer it did not send,
        # or could not be read, may still have followed a change).
        acted = changed or any(not isinstance(e.error, APIStatusError) for e in errors)
        user = (
            (yield from self._refresh_after_change("The workflow changes"))
            if acted
            else self._require_user()[1]
        )
        events = [self._workflow_event(workflow, enabled) for workflow, enabled in changed]
        update = WorkflowStateUpdate(user=user, errors=errors)
        return (yield from fire("onWorkflowChange", events, user, update))
