"""The client's own result and event types, for what the API does not return as one object.

Everything the API returns is a generated attrs model (``paragon_connect_api.models``); these
types cover what the SDK computes on the client: the user as ``get_user()`` shows it, the events
``subscribe()`` handlers receive, and the outcome of ``update_workflow_state``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

if TYPE_CHECKING:
    from paragon_connect_api.models.connect_user import ConnectUser
    from paragon_connect_api.models.credential import Credential
    from paragon_connect_api.models.integration_state import IntegrationState
    from paragon_connect_api.models.project_summary import ProjectSummary

    from ._exceptions import ParagonError

__all__ = [
    "AuthenticatedUser",
    "IntegrationInstallEvent",
    "IntegrationUninstallEvent",
    "JsonValue",
    "ParagonUser",
    "PortalEvent",
    "UnauthenticatedUser",
    "WorkflowChangeEvent",
    "WorkflowStateChange",
    "WorkflowStateError",
    "WorkflowStateUpdate",
]

# Any JSON document, as ``json.loads`` returns it: what a provider, a workflow's Response step or
# a tool answers, which no schema of the spec describes.
JsonValue: TypeAlias = "bool | int | float | str | list[JsonValue] | dict[str, JsonValue] | None"


@dataclass(frozen=True, slots=True)
class UnauthenticatedUser:
    """What ``get_user()`` returns before ``authenticate()``: check ``authenticated`` first."""

    authenticated: Literal[False] = False


@dataclass(frozen=True, slots=True)
class AuthenticatedUser:
    """The Connected User and their integration state, as of the last request that returned it.

    ``integrations`` maps an integration type to its generated ``IntegrationState`` model
    (``enabled``, ``credential_id``, ``credential_status``, ``workflow_settings``, ...).
    """

    user_id: str
    integrations: dict[str, IntegrationState]
    meta: dict[str, Any]
    resources: list[dict[str, Any]] = field(default_factory=list)
    project: ProjectSummary | None = None
    authenticated: Literal[True] = True

    @classmethod
    def from_model(cls, user: ConnectUser) -> AuthenticatedUser:
        """Build it from the generated model of ``GET /sdk/me``."""
        from paragon_connect_api.types import Unset

        return cls(
            user_id=user.user_id,
            integrations=dict(user.integrations.additional_properties),
            meta={} if isinstance(user.meta, Unset) else user.meta.to_dict(),
            resources=[]
            if isinstance(user.resources, Unset)
            else [r.to_dict() for r in user.resources],
            project=None if isinstance(user.project, Unset) else user.project,
        )


ParagonUser: TypeAlias = AuthenticatedUser | UnauthenticatedUser


@dataclass(frozen=True, slots=True)
class IntegrationInstallEvent:
    """``onIntegrationInstall``: an account was connected."""

    integration_id: str
    integration_type: str
    credential_id: str
    credential: Credential


@dataclass(frozen=True, slots=True)
class IntegrationUninstallEvent:
    """``onIntegrationUninstall``: an integration (or one of its accounts) was disconnected."""

    integration_id: str
    integration_type: str
    credential_id: str | None = None


@dataclass(frozen=True, slots=True)
class WorkflowStateChange:
    """What changed about a workflow: its enablement, its settings, or both."""

    enabled: bool | None = None
    settings: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class WorkflowChangeEvent:
    """``onWorkflowChange``: a workflow was enabled, disabled or had its settings changed.

    ``integration_id`` is None when the project's integrations do not list the workflow.
    """

    integration_id: str | None
    workflow_id: str
    workflow_state_change: WorkflowStateChange


@dataclass(frozen=True, slots=True)
class PortalEvent:
    """``onPortalOpen`` / ``onPortalClose``: ``connect()`` began or ended for an integration."""

    integration_id: str
    integration_type: str


@dataclass(frozen=True, slots=True)
class WorkflowStateError:
    """One workflow ``update_workflow_state`` could not change, and why."""

    workflow_id: str
    message: str
    error: ParagonError


@dataclass(frozen=True, slots=True)
class WorkflowStateUpdate:
    """The outcome of ``update_workflow_state``: the user afterwards, and what failed."""

    user: AuthenticatedUser
    errors: list[WorkflowStateError]
