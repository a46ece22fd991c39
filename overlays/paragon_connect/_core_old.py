"""The SDK's functions, written once, without I/O.

Each function that talks to Paragon is a *plan*: a generator that validates its arguments, then
yields effects — ``Call`` (run a generated operation), ``Sleep``, ``Emit`` (fire a subscribe
event) — and receives each one's result, until it returns its value. ``Paragon`` runs plans
with blocking I/O and ``AsyncParagon`` with ``await``; neither holds any logic of its own
(h11 and the sans-I/O style taught this). Functions that need no request are plain methods.

A plan's failure is an exception raised inside it; an exception the driver meets while
performing an effect is thrown into the plan at the ``yield``, so a plan can clean up.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, TypeAlias, TypeVar, cast
from urllib.parse import parse_qsl

from ._config import CLOUD_HOST, Service, ServiceURLs, services_for_host
from ._exceptions import (
    APIError,
    APIResponseValidationError,
    EventHandlerError,
    IntegrationNotFoundError,
    IntegrationNotInstalledError,
    PaginationError,
    UserNotAuthenticatedError,
    status_error,
)
from ._tokens import Secret, check_user_token
from ._types import (
    AuthenticatedUser,
    IntegrationInstallEvent,
    IntegrationUninstallEvent,
    ParagonUser,
    UnauthenticatedUser,
    WorkflowChangeEvent,
    WorkflowStateChange,
    WorkflowStateError,
    WorkflowStateUpdate,
)
from ._validation import (
    check_bool,
    check_count,
    check_headers,
    check_integration_type,
    check_json_object,
    check_json_value,
    check_non_empty_str,
    check_selector,
    check_sequence,
    check_string_mapping,
    check_url,
    check_uuid,
)

if TYPE_CHECKING:
    from paragon_connect_api.models.combo_input_data_source import ComboInputDataSource
    from paragon_connect_api.models.credential import Credential
    from paragon_connect_api.models.dynamic_data_source import DynamicDataSource
    from paragon_connect_api.models.event_receipt import EventReceipt
    from paragon_connect_api.models.field_mapper_data_source import FieldMapperDataSource
    from paragon_connect_api.models.field_options_result import FieldOptionsResult
    from paragon_connect_api.models.integration import Integration
    from paragon_connect_api.models.integration_account import IntegrationAccount
    from paragon_connect_api.models.integration_user_config import IntegrationUserConfig
    from paragon_connect_api.models.resource_connection import ResourceConnection
    from paragon_connect_api.models.unknown_variant import UnknownVariant
    from paragon_connect_api.models.workflow_state import WorkflowState
    from paragon_connect_api.types import Response

__all__ = [
    "DEFAULT_MAX_PAGES",
    "Call",
    "Core",
    "Effect",
    "Emit",
    "FieldOptionPages",
    "Notify",
    "Plan",
    "Session",
    "Sleep",
    "Subscribe",
    "match_credential",
]

R = TypeVar("R")

logger = logging.getLogger("paragon_connect")

# Icons of getIntegrationMetadata: the SDK serves them from Paragon's CDN by integration type.
ICON_BASE_URL: Final = "https://cdn.useparagon.com/2.35.0/dashboard/public/integrations"
PROXY_METHODS: Final = ("GET", "POST", "PUT", "PATCH", "DELETE")
# How many pages iter_field_options reads at most unless told otherwise: far more than a
# data source of a real account has, few enough that a server that never ends stops soon.
DEFAULT_MAX_PAGES: Final = 1000
# A UUID as the SDK recognises one; any other selector is an external ID.
_UUID_TEXT: Final = re.compile(
    r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-5][0-9a-f]{3}-[089ab][0-9a-f]{3}-[0-9a-f]{12}$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Call:
    """Run the generated operation ``paragon_connect_api.api.<operation>`` on ``service``.

    ``headers`` and ``params`` are what the operation cannot express (free-form headers, the
    provider's own query string); the transport adds them to the request.
    """

    operation: str
    service: Service
    # Out of the repr: request bodies, extra headers and a provider's query string may carry
    # secrets, and a Call's repr is what a debugger or a failing assertion shows.
    kwargs: dict[str, Any] = field(repr=False)
    headers: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    params: tuple[tuple[str, str], ...] = field(default=(), repr=False)


@dataclass(frozen=True, slots=True)
class Sleep:
    """Wait ``seconds`` (time.sleep or asyncio.sleep)."""

    seconds: float


@dataclass(frozen=True, slots=True)
class Emit:
    """Fire a subscribe event; the result is None (handler failures raise after all ran)."""

    event_name: str
    event: object
    user: AuthenticatedUser


@dataclass(frozen=True, slots=True)
class Notify:
    """Call an application callback with ``args``; ``AsyncParagon`` awaits what it returns."""

    callback: Callable[..., Any]
    args: tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class Subscribe:
    """Subscribe ``handler`` to an event for a while; the result is the unsubscribe callable."""

    event_name: str
    handler: Callable[[Any, Any], Any]


Effect: TypeAlias = Call | Sleep | Emit | Notify | Subscribe
Plan: TypeAlias = Generator[Effect, Any, R]


@dataclass
class Session:
    """Who is authenticated where; shared by a client and its ``with_options`` copies."""

    services: ServiceURLs = field(default_factory=lambda: services_for_host(CLOUD_HOST))
    project_id: str | None = None
    token: Secret | None = None
    user: AuthenticatedUser | None = None
    integrations: list[Integration] = field(default_factory=list)
    headless: bool = False
    # True when reading the user back after an acknowledged change failed: ``user`` then
    # predates that change, and the next plan that decides from it reads the user first.
    stale: bool = False

    def authorization(self) -> str | None:
        """The ``Authorization`` header of the current user token, or None before one."""
        token = self.token
        return None if token is None else "Bearer " + token.reveal()

    def reset(self) -> None:
        """Forget the user (configure_global and a failed authenticate do this)."""
        self.project_id = None
        self.token = None
        self.user = None
        self.integrations = []
        self.stale = False


def _ok(
    response: Response[Any], expected: type | tuple[type, ...] | None = None, *, proxy: bool = False
) -> Any:
    """The parsed body of a successful (2xx) response; the matching ParagonError otherwise.

    A redirect is an error too: the client does not follow one (it would have to send the
    user token to wherever it points).
    """
    status = int(response.status_code)
    raw = response.http_response
    if not 200 <= status <= 299:
        if raw is None:  # only a hand-built Response lacks it
            raise APIError(f"Paragon answered {status}")
        raise status_error(raw, proxy=proxy)
    parsed = response.parsed
    if expected is not None and not isinstance(parsed, expected):
        # The generated operations read every 2xx body or raise; only a body-less answer where
        # one was documented (a 204, say) gets here.
        wanted = getattr(expected, "__name__", str(expected))
        if raw is None:
            raise APIError(f"Paragon answered {status} without the {wanted} this call returns")
        raise APIResponseValidationError(
            f"Paragon answered {status} without the {wanted} this call returns "
            f"({raw.request.method} {raw.request.url.path})",
            response=raw,
            operation="",
            problem=f"expected {wanted}",
        )
    return parsed


def _to_json(value: Any) -> Any:
    """A generated model (or a list of them) as JSON data; anything else unchanged."""
    if isinstance(value, list):
        return [_to_json(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


class Core:
    """The SDK's functions over one ``Session``: plans for I/O, plain methods for the rest."""

    def __init__(self, session: Session) -> None:
        self.session = session
        # What plans read the time from (the OAuth wait's deadline): a seam for tests, which
        # replace it to decide when a deadline passes instead of waiting for it.
        self.clock: Callable[[], float] = time.monotonic

    # -- state ------------------------------------------------------------------------------

    def _require_user(self) -> tuple[str, AuthenticatedUser]:
        session = self.session
        if session.project_id is None or session.token is None or session.user is None:
            raise UserNotAuthenticatedError(
                "no Connected User: call authenticate(project_id, user_token) first"
            )
        return session.project_id, session.user

    def _integration(self, integration_type: object) -> Integration:
        name = check_integration_type(integration_type)
        project_id, _ = self._require_user()
        for integration in self.session.integrations:
            if integration.type_ == name:
                return integration
        known = ", ".join(sorted(i.type_ for i in self.session.integrations)) or "none"
        raise IntegrationNotFoundError(
            f"{name!r} is not an integration of project {project_id} (it has: {known})"
        )

    def _credential_for(self, integration: Integration, selector: str | None) -> Plan[str]:
        """The ID of the user's credential for an integration, chosen by ``selector``.

        Without a selector it is the one ``/sdk/me`` names; a selector that is not a UUID is an
        external ID (bare or ``ext:<id>``). When the user state does not say (Paragon left
        ``credentialId`` or ``allCredentials`` out), the user's credentials are listed.
        """
        user = yield from self._known_user()
        state = user.integrations.get(integration.type_)
        if selector is None:
            if state is None or not state.enabled:
                raise IntegrationNotInstalledError(
                    f"{integration.type_} is not installed for user {user.user_id!r}"
                )
            if isinstance(state.credential_id, str) and state.credential_id:
                return state.credential_id
        elif _is_uuid(selector):
            return selector
        known = _to_json(state).get("allCredentials") if state is not None else None
        candidates: list[dict[str, Any]] = list(known) if isinstance(known, list) else []
        if not candidates or (
            selector is not None and match_credential(candidates, selector) is None
        ):
            listed = yield from self.list_credentials(integration.type_)
            candidates = [credential.to_dict() for credential in listed]
        if selector is None:
            if candidates:
                return str(candidates[0]["id"])
            raise IntegrationNotInstalledError(
                f"{integration.type_} is installed for user {user.user_id!r}, but Paragon "
                "returned none of its credentials"
            )
        match = match_credential(candidates, selector)
        if match is not None:
            return str(match["id"])
        raise IntegrationNotInstalledError(
            f"user {user.user_id!r} has no {integration.type_} credential with external ID "
            f"{selector.removeprefix('ext:')!r}"
        )

    def get_user(self) -> ParagonUser:
        """The Connected User as of the last request; ``authenticated`` is False before one."""
        user = self.session.user
        return (
            user if user is not None and self.session.token is not None else UnauthenticatedUser()
        )

    def _refresh_user(self) -> Plan[AuthenticatedUser]:
        project_id, _ = self._require_user()
        from paragon_connect_api.models.connect_user import ConnectUser

        model = _ok(
            (yield Call("user.get_current_user", "zeus", {"project_id": project_id})), ConnectUser
        )
        user = AuthenticatedUser.from_model(model)
        self.session.user = user
        self.session.stale = False
        return user

    def _refresh_after_change(self, change: str) -> Plan[AuthenticatedUser]:
        """Read the user back after a change Paragon acknowledged; keep the old copy on failure.

        The change is made by then, so a failed read must not turn the call into an error: a
        caller who retries on error would make it twice (a second account, say). The failure is
        logged, the cached user is marked stale, and the next plan that decides from it reads
        it first (``_known_user``). Interruptions (cancellation, Ctrl-C) still propagate.
        """
        try:
            return (yield from self._refresh_user())
        except APIError as error:
            self.session.stale = True
            logger.warning(
                "%s was made, but reading the Connected User back failed (%s); get_user() "
                "shows the user as before it until the next call reads the user again",
                change,
                error,
            )
            return self._require_user()[1]

    def _known_user(self) -> Plan[AuthenticatedUser]:
        """The cached user, read again first when the last read after a change failed."""
        if self.session.stale:
            return (yield from self._refresh_user())
        return self._require_user()[1]

    # -- authentication -----------------------------------------------------------------------

    def authenticate(self, project_id: str, user_token: str) -> Plan[AuthenticatedUser]:
        """Authenticate a Connected User: load their state and the project's integrations.

        ``user_token`` is a Paragon user token (an RS256 JWT your backend signs; see
        ``sign_user_token``). A token that is not a JWT, has no ``exp`` or has expired is refused
        before any request. On failure the client is left unauthenticated.
        """
        project = check_uuid(project_id, "project_id")
        token = check_user_token(user_token)
        session = self.session
        session.reset()
        session.project_id = project
        session.token = token
        try:
            from paragon_connect_api.models.connect_user import ConnectUser

            me = _ok(
                (yield Call("user.get_current_user", "zeus", {"project_id": project})), ConnectUser
            )
            integrations = _ok(
                (yield Call("integrations.list_integrations", "zeus", {"project_id": project})),
                list,
            )
        except BaseException:
            session.reset()
            raise
        session.user = AuthenticatedUser.from_model(me)
        session.integrations = integrations
        return session.user

    def set_user_metadata(self, meta: Mapping[str, Any]) -> Plan[AuthenticatedUser]:
        """Associate metadata from your application with the Connected User.

        ``name`` and ``email`` are stored as ``Name`` and ``Email``, as the SDK does. Keys are
        merged into the existing metadata. Returns the updated user.
        """
        values = check_json_object(meta, "meta")
        for lower, upper in (("name", "Name"), ("email", "Email")):
            if lower in values:
                if upper in values:
                    raise ValueError(
                        f"meta has both {lower!r} and {upper!r}; they are the same key"
                    )
                values[upper] = values.pop(lower)
        project_id, _ = self._require_user()
        from paragon_connect_api.models.connect_user import ConnectUser
        from paragon_connect_api.models.user_metadata_update import UserMetadataUpdate

        body = UserMetadataUpdate.from_dict({"meta": values})
        model = _ok(
            (
                yield Call(
                    "user.update_user_metadata", "zeus", {"project_id": project_id, "body": body}
                )
            ),
            ConnectUser,
        )
        self.session.user = AuthenticatedUser.from_model(model)
        return self.session.user

    # -- integrations (computed from the loaded list, as the SDK does) -------------------------

    def integration_metadata(self, integration_type: str | None) -> Any:
        """Shared body of get_integration_metadata (see the client methods for the overloads)."""
        from paragon_connect_api.models.integration_metadata import IntegrationMetadata

        def metadata(integration: Integration) -> IntegrationMetadata:
            return IntegrationMetadata(
                type_=integration.type_,
                name=integration.name,
                brand_color=integration.brand_color,
                icon=f"{ICON_BASE_URL}/{integration.type_}.svg",
            )

        if integration_type is not None:
            return metadata(self._integration(integration_type))
        self._require_user()
        return [metadata(i) for i in self.session.integrations if i.is_active]

    def get_integration_config(self, integration_type: str) -> IntegrationUserConfig:
        """Descriptions, User Settings and workflows of an integration's Connect Portal.

        Returns an ``IntegrationUserConfig``: ``short_description``, ``long_description``,
        ``available_user_settings``, ``available_workflows`` and ``hidden_workflows``.
        """
        from paragon_connect_api.models.integration_user_config import IntegrationUserConfig

        # From the decoded model's JSON, so every value already has its documented type; what
        # Paragon left out reads as empty.
        integration = self._integration(integration_type).to_dict()
        values = (integration.get("configs") or [{}])[0].get("values") or {}
        workflow_meta = values.get("workflowMeta") or {}
        available: list[dict[str, Any]] = []
        hidden: list[dict[str, Any]] = []
        for workflow in integration.get("workflows") or []:
            meta = workflow_meta.get(workflow["id"]) or {}
            entry: dict[str, Any] = {
                "id": workflow["id"],
                "inputs": meta.get("inputs") or [],
                "defaultEnabled": bool(meta.get("defaultEnabled", False)),
                "description": workflow.get("description", ""),
            }
            if "infoText" in meta:
                entry["infoText"] = meta["infoText"]
            (hidden if meta.get("hidden") else available).append(entry)
        return IntegrationUserConfig.from_dict(
            {
                "shortDescription": values.get("description", ""),
                "longDescription": values.get("overview", ""),
                "availableUserSettings": (values.get("sharedMeta") or {}).get("inputs") or [],
                "availableWorkflows": available,
                "hiddenWorkflows": hidden,
            }
        )

    def get_data_source_options(
        self, integration_type: str, source_type: str
    ) -> DynamicDataSource | FieldMapperDataSource | ComboInputDataSource | UnknownVariant | None:
        """The configuration of a data source of dynamic User Settings.

        Returns a ``DynamicDataSource``, ``FieldMapperDataSource`` or ``ComboInputDataSource``
        (an ``UnknownVariant`` for a kind newer than this client); load a dynamic source's
        options with ``get_field_options``. None when Paragon sent no data sources for the
        integration (``sdkIntegrationConfig`` is not guaranteed); an unknown ``source_type`` of
        an integration whose data sources are known raises ``ValueError``.
        """
        integration = self._integration(integration_type)
        source = check_non_empty_str(source_type, "source_type")
        from paragon_connect_api.types import Unset

        config = integration.sdk_integration_config
        if isinstance(config, Unset) or isinstance(config.data_sources, Unset):
            return None
        sources = config.data_sources.additional_properties
        if source not in sources:
            known = ", ".join(sorted(sources)) or "none"
            raise ValueError(f"{integration.type_} has no data source {source!r} (it has: {known})")
        return sources[source]

    # -- installing without the install flow -----------------------------------------------------

    def complete_install(
        self,
        integration_type: str,
        authorization_code: str,
        *,
        redirect_url: str | None = None,
        integration_options: Mapping[str, Any] | None = None,
    ) -> Plan[IntegrationInstallEvent]:
        """Install an OAuth integration from an authorization code your application received.

        For applications that run the provider's OAuth flow themselves (SDK's
        ``completeInstall``): Paragon exchanges ``authorization_code`` (issued for
        ``redirect_url``) for a credential. Fires ``onIntegrationInstall``; returns its event.
        """
        integration = self._integration(integration_type)
        code = check_non_empty_str(authorization_code, "authorization_code")
        body: dict[str, Any] = {"code": code, "integrationId": integration.id}
        if redirect_url is not None:
            body["redirectUrl"] = check_url(redirect_url, "redirect_url")
        body["integrationOptions"] = (
            {}
            if integration_options is None
            else check_json_object(integration_options, "integration_options")
        )
        project_id, _ = self._require_user()
        from paragon_connect_api.models.credential import Credential
        from paragon_connect_api.models.credential_code_exchange import CredentialCodeExchange

        kwargs = {"project_id": project_id, "body": CredentialCodeExchange.from_dict(body)}
        credential: Credential = _ok(
            (yield Call("credentials.create_credential", "zeus", kwargs)), Credential
        )
        user = yield from self._refresh_after_change("The install")
        event = IntegrationInstallEvent(
            integration_id=integration.id,
            integration_type=integration.type_,
            credential_id=credential.id,
            credential=credential,
        )
        return (yield from _fire("onIntegrationInstall", [event], user, event))

    def connect_action(self, resource: str, payload: Mapping[str, Any]) -> Plan[ResourceConnection]:
        """Connect to one of the project's resources, named by its ``slug`` (SDK's connectAction).

        The user's ``resources`` (from ``get_user()``) list what there is; ``payload`` is a JSON
        object for the resource. Returns what the connection answers.
        """
        slug = check_non_empty_str(resource, "resource")
        values = check_json_object(payload, "payload")
        project_id, user = self._require_user()
        found = next(
            (
                entry.get("id")
                for entry in user.resources
                if entry.get("slug") == slug and isinstance(entry.get("id"), str)
            ),
            None,
        )
        if found is None:
            known = ", ".join(
                sorted(str(entry["slug"]) for entry in user.resources if "slug" in entry)
            )
            raise ValueError(f"the user has no resource {slug!r} (they have: {known or 'none'})")
        from paragon_connect_api.models.resource_connect_payload import ResourceConnectPayload
        from paragon_connect_api.models.resource_connection import ResourceConnection

        kwargs = {
            "project_id": project_id,
            "resource_id": found,
            "body": ResourceConnectPayload.from_dict(values),
        }
        connection: ResourceConnection = _ok(
            (yield Call("resources.connect_resource", "zeus", kwargs)), ResourceConnection
        )
        return connection

    # -- credentials and settings --------------------------------------------------------------

    def list_integrations(self) -> Plan[list[Integration]]:
        """The project's integrations (REST ``GET /sdk/integrations``); refreshes the local copy."""
        project_id, _ = self._require_user()
        integrations: list[Integration] = _ok(
            (yield Call("integrations.list_integrations", "zeus", {"project_id": project_id})), list
        )
        self.session.integrations = integrations
        return integrations

    def list_credentials(self, integration: str | None = None) -> Plan[list[Credential]]:
        """The Connected User's credentials, optionally only those of one integration type.

        Paragon answers ``GET /sdk/credentials?integration=`` with one integration object, not
        a list (see ``get_integration_account``), so the list is always read whole and the
        filtering is done here.
        """
        # IntegrationNotFoundError for a type the project lacks.
        wanted = (
            None
            if integration is None
            else self._integration(check_integration_type(integration, "integration"))
        )
        project_id, _ = self._require_user()
        credentials: list[Credential] = _ok(
            (yield Call("credentials.list_credentials", "zeus", {"project_id": project_id})), list
        )
        if wanted is None:
            return credentials
        return [credential for credential in credentials if credential.integration_id == wanted.id]

    def get_integration_account(
        self,
        integration_type: str,
        *,
        include_account_auth: bool = False,
        selected_credential_id: str | None = None,
    ) -> Plan[IntegrationAccount]:
        """An integration with the Connected User's account of it (SDK's getIntegrationAccount).

        ``include_account_auth=True`` adds ``account_auth``, the provider's access token (what
        the file pickers need); ``selected_credential_id`` picks the account when the user has
        several. A secret: keep it out of logs.
        """
        integration = self._integration(integration_type)
        include = check_bool(include_account_auth, "include_account_auth")
        credential = _optional_selector(selected_credential_id, "selected_credential_id")
        project_id, _ = self._require_user()
        from paragon_connect_api.models.include_account_auth import IncludeAccountAuth
        from paragon_connect_api.models.integration_account import IntegrationAccount

        kwargs: dict[str, Any] = {
            "project_id": project_id,
            "integration": integration.type_,
            "include_account_auth": IncludeAccountAuth.TRUE
            if include
            else IncludeAccountAuth.FALSE,
        }
        if credential is not None:
            kwargs["x_paragon_credential"] = credential
        account: IntegrationAccount = _ok(
            (yield Call("credentials.list_credentials", "zeus", kwargs)), IntegrationAccount
        )
        return account

    def get_credential(self, credential_id: str) -> Plan[Credential]:
        """One of the Connected User's credentials, by its UUID."""
        return (yield from self.read_credential(check_uuid(credential_id, "credential_id")))

    def read_credential(self, credential_id: str) -> Plan[Credential]:
        """Read a credential by an ID Paragon gave, as it gave it (not always a UUID)."""
        project_id, _ = self._require_user()
        from paragon_connect_api.models.credential import Credential

        kwargs = {"project_id": project_id, "credential_id": credential_id}
        result: Credential = _ok(
            (yield Call("credentials.get_credential", "zeus", kwargs)), Credential
        )
        return result

    def update_credential(self, credential_id: str, config: Mapping[str, Any]) -> Plan[Credential]:
        """Update a credential's ``config`` (REST API): ``sharedSettings`` and ``workflowSettings``.

        Paragon merges the keys sent into the stored ones (see the spec's ``updateCredential``).
        """
        credential = check_uuid(credential_id, "credential_id")
        values = check_json_object(_to_json(config), "config")
        project_id, _ = self._require_user()
        from paragon_connect_api.models.credential import Credential
        from paragon_connect_api.models.credential_update_request import CredentialUpdateRequest

        body = CredentialUpdateRequest.from_dict({"config": values})
        kwargs = {"project_id": project_id, "credential_id": credential, "body": body}
        result: Credential = _ok(
            (yield Call("credentials.update_credential", "zeus", kwargs)), Credential
        )
        yield from self._refresh_after_change("The credential update")
        return result

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
        from paragon_connect_api.models.configuration_update_request import (
            ConfigurationUpdateRequest,
        )
        from paragon_connect_api.models.credential import Credential
        from paragon_connect_api.models.credential_update_request import CredentialUpdateRequest

        call: Call
        if selected_configuration_id is not None:
            call = Call(
                "configurations.update_configuration",
                "zeus",
                {
                    "project_id": project_id,
                    "credential_id": credential,
                    "body": ConfigurationUpdateRequest.from_dict(settings),
                    "x_paragon_configuration_id": selected_configuration_id,
                },
            )
        else:
            call = Call(
                "credentials.update_credential",
                "zeus",
                {
                    "project_id": project_id,
                    "credential_id": credential,
                    "body": CredentialUpdateRequest.from_dict({"config": settings}),
                },
            )
        result: Credential = _ok((yield call), Credential)
        yield from self._refresh_after_change("The settings update")
        return result

    def update_integration_user_settings(
        self,
        integration_type: str,
        update: Mapping[str, Any],
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
        credential = _optional_selector(selected_credential_id, "selected_credential_id")
        configuration = _optional_selector(selected_configuration_id, "selected_configuration_id")
        return (
            yield from self._settings_update(
                integration, {"sharedSettings": values}, credential, configuration
            )
        )

    def update_workflow_user_settings(
        self,
        integration_type: str,
        workflow_id: str,
        update: Mapping[str, Any],
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
        credential = _optional_selector(selected_credential_id, "selected_credential_id")
        configuration = _optional_selector(selected_configuration_id, "selected_configuration_id")
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
        return (yield from _fire("onWorkflowChange", [event], self._require_user()[1], result))

    # -- workflows ----------------------------------------------------------------------------

    def _set_workflow(
        self, workflow: str, enabled: bool, credential: str | None, configuration: str | None
    ) -> Plan[WorkflowState]:
        project_id, _ = self._require_user()
        from paragon_connect_api.models.workflow_state import WorkflowState

        kwargs: dict[str, Any] = {"project_id": project_id, "workflow_id": workflow}
        if credential is not None:
            kwargs["x_paragon_credential"] = credential
        if configuration is not None:
            kwargs["x_paragon_configuration_id"] = configuration
        operation = "workflows.enable_workflow" if enabled else "workflows.disable_workflow"
        state: WorkflowState = _ok((yield Call(operation, "zeus", kwargs)), WorkflowState)
        return state

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
        credential = _optional_selector(selected_credential_id, "selected_credential_id")
        configuration = _optional_selector(selected_configuration_id, "selected_configuration_id")
        state = yield from self._set_workflow(workflow, enabled, credential, configuration)
        user = yield from self._refresh_after_change("The workflow change")
        event = self._workflow_event(workflow, enabled)
        return (yield from _fire("onWorkflowChange", [event], user, state))

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
        credential = _optional_selector(selected_credential_id, "selected_credential_id")
        configuration = _optional_selector(selected_configuration_id, "selected_configuration_id")
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
        user = yield from self._refresh_after_change("The workflow changes")
        events = [self._workflow_event(workflow, enabled) for workflow, enabled in changed]
        update = WorkflowStateUpdate(user=user, errors=errors)
        return (yield from _fire("onWorkflowChange", events, user, update))

    # -- field options ---------------------------------------------------------------------------

    def field_options_call(
        self,
        *,
        integration: str,
        action: str,
        search: str | None = None,
        cursor: str | None = None,
        parameters: Sequence[Any] | Mapping[str, str] | None = None,
        selected_credential_id: str | None = None,
    ) -> Call:
        """Check getFieldOptions' arguments and build its request (shared by the page iterators)."""
        body: dict[str, Any] = {
            "action": check_integration_type(integration, "integration"),
            "sourceKey": check_non_empty_str(action, "action"),
            "parameters": _field_option_parameters(parameters),
        }
        pagination: dict[str, Any] = {"pageCursor": 0}
        if cursor is not None:
            pagination["pageCursor"] = check_non_empty_str(cursor, "cursor")
        if search is not None:
            if not isinstance(search, str):
                raise TypeError(f"search must be a string, not {type(search).__name__}")
            pagination["search"] = search
        body["paginationParameters"] = pagination
        credential = _optional_selector(selected_credential_id, "selected_credential_id")
        project_id, _ = self._require_user()
        from paragon_connect_api.models.field_options_request import FieldOptionsRequest

        kwargs: dict[str, Any] = {
            "project_id": project_id,
            "body": FieldOptionsRequest.from_dict(body),
        }
        if credential is not None:
            kwargs["x_paragon_credential"] = credential
        return Call("actions.get_field_options", "zeus", kwargs)

    def field_options_page(self, call: Call) -> Plan[FieldOptionsResult]:
        """Run a field-options request and map either answer shape to ``FieldOptionsResult``."""
        from paragon_connect_api.models.field_options_page import FieldOptionsPage
        from paragon_connect_api.models.field_options_response import FieldOptionsResponse
        from paragon_connect_api.models.field_options_result import FieldOptionsResult
        from paragon_connect_api.types import Unset

        response = _ok((yield call), FieldOptionsResponse)
        output = response.output
        if isinstance(output, FieldOptionsPage):
            nested = [] if isinstance(output.nested_data, Unset) else list(output.nested_data)
            return FieldOptionsResult(
                data=list(output.records),
                nested_data=nested,
                next_page_cursor=output.next_page_cursor,
            )
        return FieldOptionsResult(data=list(output), nested_data=[], next_page_cursor=None)

    def get_field_options(
        self,
        *,
        integration: str,
        action: str,
        search: str | None = None,
        cursor: str | None = None,
        parameters: Sequence[Any] | Mapping[str, str] | None = None,
        selected_credential_id: str | None = None,
    ) -> Plan[FieldOptionsResult]:
        """Load one page of options of a dynamic data source with the user's account.

        ``integration`` is the integration type, ``action`` the source type (or the ``cacheKey``
        of a source inside a compound one). ``parameters`` carries the user's choice in the
        first input of a compound source, as ``{cacheKey: value}`` or as the SDK's list of
        ``{"key": ..., "source": {"type": "VALUE", "value": ...}}``. Returns ``data``,
        ``nested_data`` and ``next_page_cursor`` (None on the last page).
        """
        call = self.field_options_call(
            integration=integration,
            action=action,
            search=search,
            cursor=cursor,
            parameters=parameters,
            selected_credential_id=selected_credential_id,
        )
        return (yield from self.field_options_page(call))

    def field_options_pages(
        self,
        *,
        integration: str,
        action: str,
        search: str | None = None,
        parameters: Sequence[Any] | Mapping[str, str] | None = None,
        selected_credential_id: str | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> FieldOptionPages:
        """Check ``iter_field_options``' arguments; the paging state its shells walk."""
        limit = check_count(max_pages, "max_pages", 1)
        call = self.field_options_call(
            integration=integration,
            action=action,
            search=search,
            parameters=parameters,
            selected_credential_id=selected_credential_id,
        )
        return FieldOptionPages(call, limit)

    # -- events, workflows and the proxy ----------------------------------------------------------

    def event(
        self,
        name: str,
        payload: Mapping[str, Any],
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
        kwargs = _selector_kwargs(selected_credential_id, selected_configuration_id)
        project_id, _ = self._require_user()
        from paragon_connect_api.models.app_event import AppEvent
        from paragon_connect_api.models.event_receipt import EventReceipt

        kwargs.update(
            project_id=project_id, body=AppEvent.from_dict({"name": event_name, "payload": values})
        )
        receipt: EventReceipt = _ok(
            (yield Call("events.trigger_event", "hermes", kwargs)), EventReceipt
        )
        return receipt

    def workflow(
        self,
        workflow_id: str,
        *,
        body: Mapping[str, Any] | None = None,
        query: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        selected_credential_id: str | None = None,
        selected_configuration_id: str | None = None,
    ) -> Plan[Any]:
        """Trigger a request-triggered workflow.

        Returns the JSON of its Response step, or None when it has none (Paragon then answers
        202 at once). ``query`` and ``headers`` are handed to the workflow's trigger.
        """
        workflow = check_uuid(workflow_id, "workflow_id")
        kwargs = _selector_kwargs(selected_credential_id, selected_configuration_id)
        extra_headers = tuple(check_headers(headers))
        from paragon_connect_api.models.workflow_trigger_body import WorkflowTriggerBody
        from paragon_connect_api.models.workflow_trigger_query import WorkflowTriggerQuery

        if body is not None:
            kwargs["body"] = WorkflowTriggerBody.from_dict(check_json_object(body, "body"))
        if query is not None:
            kwargs["query"] = WorkflowTriggerQuery.from_dict(check_string_mapping(query, "query"))
        project_id, _ = self._require_user()
        kwargs.update(project_id=project_id, workflow_id=workflow)
        response = yield Call("workflows.trigger_workflow", "hermes", kwargs, headers=extra_headers)
        if int(response.status_code) == 202:
            _ok(response)
            return None
        return _ok(response)

    def request(
        self,
        integration_type: str,
        path: str,
        *,
        method: str = "GET",
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        selected_credential_id: str | None = None,
    ) -> Plan[Any]:
        """Send a request to the provider's API with the Connected User's account.

        ``path`` is the provider's path (``"/chat.postMessage"``), possibly with a query string.
        Returns the provider's response (the proxy's ``output``); a failure raises
        ``ProxyRequestError`` carrying the response.
        """
        integration = check_integration_type(integration_type)
        if not isinstance(method, str) or method.upper() not in PROXY_METHODS:
            raise ValueError(f"method must be one of {', '.join(PROXY_METHODS)}, got {method!r}")
        verb = method.upper()
        raw_path = check_non_empty_str(path, "path").lstrip("/")
        provider_path, _, query = raw_path.partition("?")
        if not provider_path:
            raise ValueError(
                f"path must name a provider path, like '/chat.postMessage', got {path!r}"
            )
        if body is not None:
            if verb == "GET":
                raise ValueError(
                    "a GET request cannot have a body; pass the values in the path's query string"
                )
            check_json_value(body, "body")
        extra_headers = tuple(check_headers(headers))
        params = tuple(parse_qsl(query, keep_blank_values=True))
        credential = _optional_selector(selected_credential_id, "selected_credential_id")
        project_id, _ = self._require_user()
        kwargs: dict[str, Any] = {
            "project_id": project_id,
            "integration_type": integration,
            "path": provider_path,
        }
        if body is not None:
            kwargs["body"] = body
        if credential is not None:
            kwargs["x_paragon_credential"] = credential
        response = yield Call(
            f"proxy.proxy_{verb.lower()}", "proxy", kwargs, headers=extra_headers, params=params
        )
        result = _ok(response, proxy=True)
        if isinstance(result, dict) and "output" in result:
            return result["output"]
        return result

    def uninstall_integration(
        self, integration_type: str, *, selected_credential_id: str | None = None
    ) -> Plan[None]:
        """Disconnect an integration (or, with ``selected_credential_id``, one of its accounts).

        Its workflows stop running for the user and its User Settings are cleared. Fires
        ``onIntegrationUninstall``.
        """
        integration = self._integration(integration_type)
        credential = _optional_selector(selected_credential_id, "selected_credential_id")
        user = yield from self._known_user()
        state = user.integrations.get(integration.type_)
        if state is None or not state.enabled:
            raise IntegrationNotInstalledError(
                f"{integration.type_} is not installed for user {user.user_id!r}"
            )
        project_id, _ = self._require_user()
        kwargs: dict[str, Any] = {"project_id": project_id, "integration_id": integration.id}
        if credential is not None:
            kwargs["x_paragon_credential"] = credential
        _ok((yield Call("integrations.uninstall_integration", "zeus", kwargs)))
        user = yield from self._refresh_after_change("The uninstall")
        credential_id = credential if credential is not None else _state_credential(state)
        event = IntegrationUninstallEvent(
            integration_id=str(integration.id),
            integration_type=integration.type_,
            credential_id=credential_id,
        )
        yield from _fire("onIntegrationUninstall", [event], user, None)


class FieldOptionPages:
    """Where ``iter_field_options`` is: the request of the next page, and when to stop.

    A shell runs ``next`` (while it is not None), yields the page's items, then hands the page
    to ``advance``. Paging stops with ``PaginationError`` when the server sends a cursor it
    sent before (it is going round in circles), or when ``max_pages`` pages came and the last
    still names a next one: a server must not keep a caller's loop running for ever.
    """

    def __init__(self, first: Call, max_pages: int) -> None:
        self.next: Call | None = first
        self.max_pages = max_pages
        self.pages = 0
        self._seen: set[str] = set()

    def advance(self, page: FieldOptionsResult) -> None:
        """Take note of the page just read; ``next`` becomes the following request, or None."""
        call = self.next
        if call is None:
            raise RuntimeError("advance() after the last page")
        self.pages += 1
        cursor = page.next_page_cursor
        if not isinstance(cursor, str):  # None at the end (or UNSET from a lenient server)
            self.next = None
            return
        self.next = None  # whatever happens below, no further page is requested
        if cursor in self._seen:
            raise PaginationError(
                f"the field options came back after {self.pages} page(s) with a page cursor "
                "already seen; stopped rather than loop for ever",
                pages=self.pages,
                cursor=cursor,
            )
        if self.pages >= self.max_pages:
            raise PaginationError(
                f"the field options still had more pages after max_pages={self.max_pages}; "
                "pass a larger max_pages to read further",
                pages=self.pages,
            )
        self._seen.add(cursor)
        from paragon_connect_api.models.field_options_request import FieldOptionsRequest

        body = call.kwargs["body"].to_dict()
        body["paginationParameters"] = {
            **body.get("paginationParameters", {}),
            "pageCursor": cursor,
        }
        self.next = Call(
            call.operation,
            call.service,
            {**call.kwargs, "body": FieldOptionsRequest.from_dict(body)},
        )


def _fire(event_name: str, events: Sequence[object], user: AuthenticatedUser, result: R) -> Plan[R]:
    """Fire ``events`` one after the other, then return ``result``.

    The change behind the events has happened by now, so a handler that raises must neither
    keep the later events from firing nor lose what the call returns: every event fires, then
    the failures of all their handlers are raised together as one ``EventHandlerError``
    carrying ``result``.
    """
    failures: list[Exception] = []
    for event in events:
        try:
            yield Emit(event_name, event, user)
        except EventHandlerError as error:  # the bus ran every handler of this event already
            failures.extend(error.exceptions)
    if failures:
        grouped = EventHandlerError(f"{len(failures)} {event_name} handler(s) raised", failures)
        grouped.result = result
        raise grouped
    return result


def match_credential(credentials: list[dict[str, Any]], selector: str) -> dict[str, Any] | None:
    """The credential (JSON) a selector names: its ID, a bare external ID or ``ext:<id>``."""
    external = selector.removeprefix("ext:")
    for credential in credentials:
        if credential["id"] == selector or credential.get("externalId") == external:
            return credential
    return None


def _state_credential(state: Any) -> str | None:
    credential_id = getattr(state, "credential_id", None)
    return credential_id if isinstance(credential_id, str) else None


def _is_uuid(value: str) -> bool:
    """Whether a selector is a credential's UUID rather than an external ID (the SDK's test)."""
    return _UUID_TEXT.match(value) is not None


def _optional_selector(value: str | None, name: str) -> str | None:
    return None if value is None else check_selector(value, name)


def _selector_kwargs(credential: str | None, configuration: str | None) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    if credential is not None:
        kwargs["x_paragon_credential"] = check_selector(credential, "selected_credential_id")
    if configuration is not None:
        kwargs["x_paragon_configuration_id"] = check_selector(
            configuration, "selected_configuration_id"
        )
    return kwargs


def _field_option_parameters(
    parameters: Sequence[Any] | Mapping[str, str] | None,
) -> list[dict[str, Any]]:
    """Accept ``{cacheKey: value}`` or the SDK's ``[{key, source: {type: "VALUE", value}}]``."""
    if parameters is None:
        return []
    if isinstance(parameters, Mapping):
        return [
            {
                "key": check_non_empty_str(key, "parameters key"),
                "source": {"type": "VALUE", "value": _parameter_value(value, key)},
            }
            for key, value in parameters.items()
        ]
    result: list[dict[str, Any]] = []
    for index, item in enumerate(check_sequence(parameters, "parameters")):
        entry = cast(dict[str, Any], _to_json(item))
        if not isinstance(entry, Mapping):
            raise TypeError(
                f"parameters[{index}] must be a mapping like {{'key': ..., 'source': {{...}}}}"
            )
        source = entry.get("source")
        if not isinstance(source, Mapping) or source.get("type") != "VALUE":
            raise ValueError(
                f"parameters[{index}].source must be {{'type': 'VALUE', 'value': ...}}"
            )
        key = check_non_empty_str(entry.get("key"), f"parameters[{index}].key")
        result.append(
            {
                "key": key,
                "source": {"type": "VALUE", "value": _parameter_value(source.get("value"), key)},
            }
        )
    return result


def _parameter_value(value: object, key: object) -> str:
    if not isinstance(value, str):
        raise TypeError(
            f"the value of parameter {key!r} must be a string, not {type(value).__name__}"
        )
    return value
