"""The headless install flow, ``install_integration`` and ``connect``: plans over the machine.

``_install_machine`` decides (a pure state machine); the plans here perform what it asks for as
effects (requests, sleeps, callbacks, events), which ``Paragon`` and ``AsyncParagon`` run: each
type of action has one performer, listed in ``_PERFORMERS``, and a request's outcome goes back
to the machine as an event. So ``paragon.install_flow`` and ``async_paragon.install_flow`` are two
thin shells over one ``FlowCore``.

``start()`` and each setter return the next user-facing stage and also pass it to ``on_next``.
A step that reaches the ``oauth`` stage hands it (with the consent URL) to ``on_next`` — and opens
it in a browser with ``open_browser=True`` — then waits, polling the session, until the user
approves or denies or ``oauth_timeout`` passes; it returns the stage after OAuth. Only one flow
runs at a time per client: ``start()`` checks and claims it in one step.

A step that does not finish — its task cancelled, Ctrl-C — undoes what it began before the
interruption goes on: the OAuth session is deleted (so the consent page can no longer make a
credential), a credential it made is removed, and the flow is back at ``idle``. ``cancel()``
is a transition of the machine; see its docstring for what it does at each stage.

Python has no Connect Portal: ``connect()`` fires ``onPortalOpen``, runs the same flow end to end
with the values given as keyword arguments (account type, pre- and post-options), fires
``onPortalClose``, and keeps its local callbacks subscribed only while it runs.
"""

from __future__ import annotations

import contextlib
import threading
import webbrowser
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Final, Literal, TypeAlias

from paragon_connect_api import calls

from ._binding import Bound, Shell
from ._core import Core
from ._core._base import Plan, emit, notify, perform, sleep, subscribe
from ._exceptions import (
    APIError,
    HeadlessModeNotEnabledError,
    InstallFlowCancelledError,
    IntegrationAlreadyInstalledError,
    NoActiveInstallFlowError,
    NotFoundError,
    OAuthBlockedError,
    OAuthTimeoutError,
)
from ._install_machine import (
    Abandon,
    AccountTypeChosen,
    Action,
    AwaitOAuth,
    BuildOAuthUrl,
    Cancel,
    CompleteSetup,
    CreateCredential,
    CredentialReceived,
    DeleteOAuthSession,
    Event,
    Fail,
    FetchCredential,
    Finish,
    InstallFlowError,
    InstallFlowMachine,
    InstallOptions,
    OAuthApproved,
    OAuthPending,
    OAuthUrlBuilt,
    PostOptionsGiven,
    PreOptionsGiven,
    RemoveCredential,
    ReportCancelled,
    ShowStage,
    Start,
    State,
)
from ._types import IntegrationInstallEvent, PortalEvent
from ._validation import check_bool, check_selector

if TYPE_CHECKING:
    from paragon_connect_api.models.account_type_stage import AccountTypeStage
    from paragon_connect_api.models.done_stage import DoneStage
    from paragon_connect_api.models.oauth_stage import OAuthStage
    from paragon_connect_api.models.post_options_stage import PostOptionsStage
    from paragon_connect_api.models.pre_options_stage import PreOptionsStage

__all__ = ["AsyncInstallFlow", "FlowCore", "InstallFlow", "InstallFlowStage"]

# What a step returns: the stage the user is at, as the generated models describe them.
InstallFlowStage: TypeAlias = (
    "AccountTypeStage | PreOptionsStage | OAuthStage | PostOptionsStage | DoneStage"
)
# SDK 2.4.0 polls the OAuth session every second.
DEFAULT_POLL_INTERVAL: Final = 1.0
_CONNECT_CALLBACKS: Final = {
    "on_install": "onIntegrationInstall",
    "on_uninstall": "onIntegrationUninstall",
    "on_workflow_change": "onWorkflowChange",
    "on_open": "onPortalOpen",
    "on_close": "onPortalClose",
}


@dataclass(frozen=True)
class ErrorContext:
    """What ``on_error`` receives beside the error: the stage the flow was at."""

    stage: str


@dataclass
class _ActiveFlow:
    machine: InstallFlowMachine
    on_next: Callable[..., object] | None
    on_complete: Callable[..., object] | None
    on_error: Callable[..., object] | None
    oauth_timeout: float | None
    poll_interval: float
    open_browser: bool
    last_stage: str = "idle"
    # The stage the step in progress showed last: what the step returns.
    shown: InstallFlowStage | None = None
    # A step owns the flow (set under FlowCore._lock, from the claim to the step's end).
    busy: bool = False
    result: IntegrationInstallEvent | None = None


def _stage_model(name: str, payload: dict[str, Any]) -> InstallFlowStage:
    from paragon_connect_api.models import (
        account_type_stage,
        done_stage,
        oauth_stage,
        post_options_stage,
        pre_options_stage,
    )

    model: type[InstallFlowStage] = {
        "accountType": account_type_stage.AccountTypeStage,
        "preOptions": pre_options_stage.PreOptionsStage,
        "oauth": oauth_stage.OAuthStage,
        "postOptions": post_options_stage.PostOptionsStage,
        "done": done_stage.DoneStage,
    }[name]
    return model.from_dict({"stage": name, **payload})


def _optional_seconds(value: object, name: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ValueError(f"{name} must be a number of seconds above 0, got {value!r}")
    return float(value)


def _shown(flow: _ActiveFlow) -> InstallFlowStage:
    """The stage a finished step showed last (the table ends every step at one)."""
    if flow.shown is None:
        raise AssertionError("an install flow step ended without showing a stage")
    return flow.shown


class FlowCore:
    """The install-flow plans of one client (one active flow at a time)."""

    def __init__(self, core: Core) -> None:
        self.core = core
        self._lock = threading.Lock()
        self.active: _ActiveFlow | None = None

    # -- starting ------------------------------------------------------------------------------

    def _begin(
        self,
        integration_type: str,
        *,
        on_next: Callable[..., object] | None,
        on_complete: Callable[..., object] | None,
        on_error: Callable[..., object] | None,
        oauth_timeout: float | None,
        allow_multiple_credentials: bool,
        selected_credential_id: str | None,
        external_id: str | None,
        account_type: str | None,
        open_browser: bool,
        poll_interval: float,
    ) -> Plan[_ActiveFlow]:
        callbacks = {
            name: self.core._callback(callback, name)
            for name, callback in (
                ("on_next", on_next),
                ("on_complete", on_complete),
                ("on_error", on_error),
            )
        }
        integration = self.core._integration(integration_type)
        allow = check_bool(allow_multiple_credentials, "allow_multiple_credentials")
        selected = (
            None
            if selected_credential_id is None
            else check_selector(selected_credential_id, "selected_credential_id")
        )
        options = InstallOptions(
            account_type=None if account_type is None else str(account_type),
            allow_multiple_credentials=allow,
            selected_credential_id=selected,
            external_id=None if external_id is None else check_selector(external_id, "external_id"),
        )
        flow = _ActiveFlow(
            machine=InstallFlowMachine(integration=integration.to_dict(), options=options),
            on_next=callbacks["on_next"],
            on_complete=callbacks["on_complete"],
            on_error=callbacks["on_error"],
            oauth_timeout=_optional_seconds(oauth_timeout, "oauth_timeout"),
            poll_interval=_optional_seconds(poll_interval, "poll_interval")
            or DEFAULT_POLL_INTERVAL,
            open_browser=check_bool(open_browser, "open_browser"),
        )
        # Every argument is checked before this, the first request a stale user may need.
        user = yield from self.core._known_user()
        state = user.integrations.get(integration.type_)
        if state is not None and state.enabled and not allow and selected is None:
            raise IntegrationAlreadyInstalledError(
                f"{integration.type_} is already installed for user {user.user_id!r}; pass "
                "allow_multiple_credentials=True to connect another account"
            )
        with self._lock:
            # Checked and claimed at once: a flow that is starting (busy, still IDLE) counts.
            current = self.active
            if current is not None and (
                current.busy or current.machine.state not in (State.IDLE, State.DONE)
            ):
                raise InstallFlowError(
                    f"an install flow of {current.machine.integration_type} is under way; "
                    "cancel() it first"
                )
            flow.busy = True
            self.active = flow
        return flow

    def start(
        self,
        integration_type: str,
        *,
        on_next: Callable[..., object] | None = None,
        on_complete: Callable[..., object] | None = None,
        on_error: Callable[..., object] | None = None,
        oauth_timeout: float | None = None,
        allow_multiple_credentials: bool = False,
        selected_credential_id: str | None = None,
        external_id: str | None = None,
        account_type: str | None = None,
        open_browser: bool = False,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> Plan[InstallFlowStage]:
        """Begin installing an integration; returns the first stage (also passed to ``on_next``).

        Needs ``set_headless(True)``. ``oauth_timeout`` is in seconds (None: until the consent
        page expires). ``account_type`` skips the account type choice. An integration the user
        already installed is refused unless ``allow_multiple_credentials`` (or
        ``selected_credential_id``, to reconnect that account).
        """
        if not self.core.session.headless:
            raise HeadlessModeNotEnabledError(
                "the headless install flow needs set_headless(True) first"
            )
        flow = yield from self._begin(
            integration_type,
            on_next=on_next,
            on_complete=on_complete,
            on_error=on_error,
            oauth_timeout=oauth_timeout,
            allow_multiple_credentials=allow_multiple_credentials,
            selected_credential_id=selected_credential_id,
            external_id=external_id,
            account_type=account_type,
            open_browser=open_browser,
            poll_interval=poll_interval,
        )
        return (yield from self._step(flow, Start()))

    # -- the steps -------------------------------------------------------------------------------

    def _current(self) -> _ActiveFlow:
        flow = self.active
        if flow is None or flow.machine.state in (State.IDLE, State.DONE):
            raise NoActiveInstallFlowError(
                "no install flow is active: call install_flow.start() first"
            )
        return flow

    def set_account_type(self, account_type: str) -> Plan[InstallFlowStage]:
        """Answer the ``accountType`` stage with an option's ``id``; returns the next stage."""
        flow = self._current()
        return (yield from self._advance(flow, AccountTypeChosen(str(account_type))))

    def set_pre_options(self, values: Mapping[str, object]) -> Plan[InstallFlowStage]:
        """Answer the ``preOptions`` stage (``{input id: value}``); returns the next stage."""
        flow = self._current()
        return (yield from self._advance(flow, PreOptionsGiven(values)))

    def set_post_options(self, values: Mapping[str, object]) -> Plan[InstallFlowStage]:
        """Answer the ``postOptions`` stage (``{input id: value}``); returns the ``done`` stage."""
        flow = self._current()
        return (yield from self._advance(flow, PostOptionsGiven(values)))

    def cancel(self) -> Plan[None]:
        """Cancel the flow; what that does depends on where it stands.

        - ``idle`` (no flow, or it ended): raises ``NoActiveInstallFlowError``.
        - ``accountType``, ``preOptions``, ``postOptions`` (waiting for the application's next
          step, or its ``on_next`` callback running): the flow ends now, back at ``idle``, and
          the credential of ``postOptions`` is removed. A step whose ``on_next`` called
          ``cancel()`` raises ``InstallFlowCancelledError`` once the callback returns, instead
          of returning the stage.
        - a request under way (building the consent URL, the OAuth wait, reading, creating or
          completing the credential — another thread or task is in ``start()`` or a setter):
          ``cancel()`` returns at once; the step undoes the request's outcome when it comes
          (deletes the OAuth session, removes a credential made meanwhile), returns to ``idle``
          and raises ``InstallFlowCancelledError``. An OAuth wait notices it at its next poll.
        - ``done`` (the integration is installed, even while ``on_complete`` runs): raises
          ``InstallFlowError``, too late; ``uninstall_integration`` removes the integration.

        A failure to undo (a request that fails) does not stop the cancel: the flow still ends.
        """
        with self._lock:
            flow = self.active
            if flow is None or flow.machine.state is State.IDLE:
                raise NoActiveInstallFlowError(
                    "no install flow is active: call install_flow.start() first"
                )
            # InstallFlowError at done; at a request in flight, the machine only takes note.
            actions = flow.machine.handle(Cancel())
        yield from self._cleanup(flow, actions)

    @property
    def stage(self) -> str:
        """The name of the flow's current stage (``idle`` when none runs)."""
        flow = self.active
        return "idle" if flow is None else flow.machine.state.value

    # -- performing what the machine asks -------------------------------------------------------

    def _handle(self, flow: _ActiveFlow, event: Event) -> list[Action]:
        """Hand the machine an event, under the lock that ``cancel()`` takes too."""
        with self._lock:
            return flow.machine.handle(event)

    def _cancelled(self, flow: _ActiveFlow) -> InstallFlowCancelledError:
        return InstallFlowCancelledError(
            f"the install flow of {flow.machine.integration_type} was cancelled"
        )

    def _advance(self, flow: _ActiveFlow, event: Event) -> Plan[InstallFlowStage]:
        with self._lock:
            if flow.machine.cancelled:
                raise self._cancelled(flow)
            if flow.busy:
                raise InstallFlowError(
                    "this install flow is already waiting for a request; one step at a time"
                )
            flow.busy = True
        return (yield from self._step(flow, event))

    def _step(self, flow: _ActiveFlow, event: Event) -> Plan[InstallFlowStage]:
        """Take one step of a flow its caller claimed (``busy``); frees the flow at the end."""
        try:
            actions = self._handle(flow, event)  # InstallFlowError: bad input, nothing changed
        except BaseException:
            flow.busy = False
            raise
        try:
            return (yield from self._perform(flow, actions))
        except InstallFlowCancelledError:
            raise
        except Exception as error:
            yield from self._fail(flow, error)
            raise
        except GeneratorExit:
            # Closed without a chance to send anything: free the flow here; the OAuth session,
            # if any, expires on Paragon's side.
            if flow.machine.takes(Abandon):
                self._handle(flow, Abandon())
            raise
        except BaseException:
            # Interrupted (task cancelled, Ctrl-C): no one will finish this step, so undo what it
            # began — delete the OAuth session, remove a credential — and free the flow. The
            # driver performs these requests before the interruption goes on.
            yield from self._abandon(flow)
            raise
        finally:
            flow.busy = False

    def _outcome(self, flow: _ActiveFlow, event: Event) -> Plan[list[Action]]:
        """Hand the machine a request's outcome; return the actions it calls for next.

        If ``cancel()`` came while the request was out, the machine undoes the outcome instead:
        the undo is performed here, best effort, and its last action (``ReportCancelled``) ends
        the step with ``InstallFlowCancelledError``.
        """
        actions = self._handle(flow, event)
        if flow.machine.cancelled:
            yield from self._cleanup(flow, actions)
        return actions

    def _perform(self, flow: _ActiveFlow, initial: list[Action]) -> Plan[InstallFlowStage]:
        """Perform the actions, and those the outcomes call for; return the last stage shown."""
        self.core._require_user()  # every step acts for the authenticated user
        flow.shown = None
        queue: deque[Action] = deque(initial)
        while True:
            if flow.machine.cancelled:
                # cancel() ran during a callback of this step (on_next) and undid the flow.
                raise self._cancelled(flow)
            if not queue:
                return _shown(flow)
            outcome = yield from self._perform_one(flow, queue.popleft())
            if outcome is not None:
                queue.extend((yield from self._outcome(flow, outcome)))

    def _perform_one(self, flow: _ActiveFlow, action: Action) -> Plan[Event | None]:
        """Perform one action (``_PERFORMERS`` says how); return the outcome for the machine."""
        return (yield from _PERFORMERS[type(action)](self, flow, action))

    # -- the performers: one per action type, each returning the outcome (if any) -------------

    def _show_stage(self, flow: _ActiveFlow, action: ShowStage) -> Plan[Event | None]:
        flow.shown = _stage_model(action.stage, action.payload)
        flow.last_stage = action.stage
        if flow.on_next is not None:
            yield from notify(flow.on_next, flow.shown)
        if action.stage == "oauth" and flow.open_browser and not flow.machine.cancel_requested:
            yield from notify(webbrowser.open, action.payload["consentUrl"])
        return None

    def _build_oauth_url(self, flow: _ActiveFlow, action: BuildOAuthUrl) -> Plan[Event | None]:
        project_id, _ = self.core._require_user()
        q = action.query
        call = calls.build_oauth_url(
            project_id,
            action=q["action"],
            integration_id=q["integrationId"],
            oauth_meta_key_id=q["oauthMetaKeyId"],
            end_user_supplied_values=q["endUserSuppliedValues"],
            install_options=q["installOptions"],
        )
        url = yield from perform(call)
        return OAuthUrlBuilt(url.redirect_url)

    def _await_oauth(self, flow: _ActiveFlow, action: AwaitOAuth) -> Plan[Event | None]:
        project_id, _ = self.core._require_user()
        deadline = None if flow.oauth_timeout is None else self.core.clock() + flow.oauth_timeout
        while True:
            try:
                session = yield from perform(calls.get_oauth_session(project_id, action.nonce))
            except NotFoundError:
                raise OAuthTimeoutError(
                    "the consent page expired before the user answered"
                ) from None
            # Only `connectCredentialId` is promised (it is all the SDK reads): an ID means
            # approved unless `status` says otherwise, and `status` alone tells a denial.
            credential_id = session.connect_credential_id
            if isinstance(credential_id, str) and credential_id and session.status != "DENIED":
                return OAuthApproved(credential_id)
            if session.status == "DENIED":
                message = (
                    session.message
                    if isinstance(session.message, str)
                    else "the user denied access"
                )
                raise OAuthBlockedError(f"{flow.machine.integration_type}: {message}")
            if deadline is not None and self.core.clock() >= deadline:
                raise OAuthTimeoutError(
                    f"the user did not answer the consent page within {flow.oauth_timeout:g} s"
                )
            # A cancel() that came since the last poll ends the wait here (the session deleted).
            yield from self._outcome(flow, OAuthPending())
            wait = (
                flow.poll_interval
                if deadline is None
                else min(flow.poll_interval, max(deadline - self.core.clock(), 0.0))
            )
            yield from sleep(wait)

    def _delete_session(self, flow: _ActiveFlow, action: DeleteOAuthSession) -> Plan[Event | None]:
        project_id, _ = self.core._require_user()
        with contextlib.suppress(NotFoundError):  # already gone: nothing to do
            yield from perform(calls.delete_oauth_session(project_id, action.nonce))
        return None

    def _fetch_credential(self, flow: _ActiveFlow, action: FetchCredential) -> Plan[Event | None]:
        # The ID came from Paragon's session answer: read it as it came.
        credential = yield from self.core.read_credential(action.credential_id)
        return CredentialReceived(credential.to_dict())

    def _create_credential(self, flow: _ActiveFlow, action: CreateCredential) -> Plan[Event | None]:
        project_id, _ = self.core._require_user()
        from paragon_connect_api.models.credential_create_request import CredentialCreateRequest

        body = CredentialCreateRequest.from_dict(action.body)
        credential = yield from perform(calls.create_credential(project_id, body=body))
        return CredentialReceived(credential.to_dict())

    def _complete_setup(self, flow: _ActiveFlow, action: CompleteSetup) -> Plan[Event | None]:
        project_id, _ = self.core._require_user()
        from paragon_connect_api.models.credential_setup_request import CredentialSetupRequest

        body = CredentialSetupRequest.from_dict(action.body)
        call = calls.complete_credential_setup(project_id, action.credential_id, body=body)
        credential = yield from perform(call)
        return CredentialReceived(credential.to_dict())

    def _remove_credential(self, flow: _ActiveFlow, action: RemoveCredential) -> Plan[Event | None]:
        project_id, _ = self.core._require_user()
        call = calls.uninstall_integration(
            project_id, action.integration_id, x_paragon_credential=action.credential_id
        )
        yield from perform(call)
        yield from self.core._refresh_after_change("Removing the credential")
        return None

    def _finish(self, flow: _ActiveFlow, action: Finish) -> Plan[Event | None]:
        from paragon_connect_api.models.credential import Credential

        user = yield from self.core._refresh_after_change("The install")
        event = IntegrationInstallEvent(
            integration_id=flow.machine.spec.integration_id,
            integration_type=flow.machine.integration_type,
            credential_id=str(action.credential["id"]),
            credential=Credential.from_dict(action.credential),
        )
        flow.result = event
        yield from emit("onIntegrationInstall", event, user)
        if flow.on_complete is not None:
            yield from notify(flow.on_complete)
        return None

    def _report_cancelled(self, flow: _ActiveFlow, action: ReportCancelled) -> Plan[Event | None]:
        # Raises when called, before any effect: the cancel() that came during the step wins.
        raise self._cancelled(flow)

    # -- ending ---------------------------------------------------------------------------------

    def _cleanup(self, flow: _ActiveFlow, actions: list[Action]) -> Plan[None]:
        """Perform clean-up actions, best effort: a failure here must not hide the first one.

        ``ReportCancelled``, last of an undo, is no failure: it ends the step all the same.
        """
        for action in actions:
            try:
                yield from self._perform_one(flow, action)
            except APIError:
                continue

    def _fail(self, flow: _ActiveFlow, error: Exception) -> Plan[None]:
        if flow.machine.takes(Fail):
            yield from self._cleanup(flow, self._handle(flow, Fail(error)))
        elif flow.machine.takes(Abandon):
            yield from self._cleanup(flow, self._handle(flow, Abandon()))
        if flow.on_error is not None:
            yield from notify(flow.on_error, error, ErrorContext(stage=flow.last_stage))

    # -- end to end --------------------------------------------------------------------------------

    def install_integration(
        self,
        integration_type: str,
        *,
        account_type: str | None = None,
        pre_options: Mapping[str, object] | None = None,
        post_options: Mapping[str, object] | None = None,
        on_next: Callable[..., object] | None = None,
        oauth_timeout: float | None = None,
        open_browser: bool = False,
        allow_multiple_credentials: bool = False,
        selected_credential_id: str | None = None,
        external_id: str | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> Plan[IntegrationInstallEvent]:
        """Install an integration end to end and return its ``IntegrationInstallEvent``.

        There is no Connect Portal to ask the user, so what a stage needs comes as arguments:
        ``account_type``, ``pre_options`` (or an API-key integration's inputs) and
        ``post_options``. For OAuth, ``on_next`` receives the ``oauth`` stage with the consent
        URL to show (``open_browser=True`` opens it); the call waits for the user's answer.
        Refused if the integration is already installed, unless ``allow_multiple_credentials``.
        """
        flow = yield from self._begin(
            integration_type,
            on_next=on_next,
            on_complete=None,
            on_error=None,
            oauth_timeout=oauth_timeout,
            allow_multiple_credentials=allow_multiple_credentials,
            selected_credential_id=selected_credential_id,
            external_id=external_id,
            account_type=account_type,
            open_browser=open_browser,
            poll_interval=poll_interval,
        )
        stage = yield from self._step(flow, Start())
        for _ in range(len(State)):
            name = flow.machine.state
            if name is State.DONE and flow.result is not None:
                return flow.result
            if name is State.IDLE and flow.machine.cancelled:  # cancel() between two steps
                raise self._cancelled(flow)
            if name is State.ACCOUNT_TYPE:
                choices = ", ".join(str(o["id"]) for o in flow.machine.spec.account_types)
                yield from self._abandon(flow)
                raise ValueError(
                    f"{flow.machine.integration_type} has several account types; "
                    f"pass account_type= ({choices})"
                )
            if name is State.PRE_OPTIONS:
                stage = yield from self._advance_or_abandon(
                    flow, PreOptionsGiven(pre_options or {})
                )
            elif name is State.POST_OPTIONS:
                stage = yield from self._advance_or_abandon(
                    flow, PostOptionsGiven(post_options or {})
                )
        raise AssertionError(f"the install flow stopped at {stage!r}")

    def _advance_or_abandon(self, flow: _ActiveFlow, event: Event) -> Plan[InstallFlowStage]:
        try:
            return (yield from self._advance(flow, event))
        except ValueError:
            # Bad or missing values: end to end there is no one to correct them, so undo.
            yield from self._abandon(flow)
            raise

    def _abandon(self, flow: _ActiveFlow) -> Plan[None]:
        if flow.machine.takes(Abandon):
            yield from self._cleanup(flow, self._handle(flow, Abandon()))

    def connect(
        self,
        /,
        integration_type: str,
        *,
        on_success: Callable[..., object] | None = None,
        on_error: Callable[..., object] | None = None,
        on_open: Callable[..., object] | None = None,
        on_close: Callable[..., object] | None = None,
        on_install: Callable[..., object] | None = None,
        on_uninstall: Callable[..., object] | None = None,
        on_workflow_change: Callable[..., object] | None = None,
        account_type: str | None = None,
        pre_options: Mapping[str, object] | None = None,
        post_options: Mapping[str, object] | None = None,
        on_next: Callable[..., object] | None = None,
        oauth_timeout: float | None = None,
        open_browser: bool = False,
        allow_multiple_credentials: bool = False,
        selected_credential_id: str | None = None,
        external_id: str | None = None,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
    ) -> Plan[IntegrationInstallEvent | None]:
        """What ``connect`` can be without a Connect Portal: open, install if needed, close.

        Fires ``onPortalOpen``; if the user has not installed the integration (or
        ``allow_multiple_credentials`` is given), installs it as ``install_integration`` does,
        with the install options (``install_integration``'s keyword arguments, checked before
        anything happens), and calls ``on_success(event, user)``; fires
        ``onPortalClose``. The local callbacks are subscribed to their events (``on_install`` to
        ``onIntegrationInstall``, ...) only while ``connect`` runs. ``on_error(error)`` is
        called before an error is raised. Returns the install event, or None if there was
        nothing to install.
        """
        local = {
            "on_install": on_install,
            "on_uninstall": on_uninstall,
            "on_workflow_change": on_workflow_change,
            "on_open": on_open,
            "on_close": on_close,
        }
        for name, callback in (*local.items(), ("on_success", on_success), ("on_error", on_error)):
            self.core._callback(callback, name)
        integration = self.core._integration(integration_type)
        user = yield from self.core._known_user()
        unsubscribe: list[Callable[[], None]] = []
        portal = PortalEvent(integration_id=str(integration.id), integration_type=integration.type_)
        try:
            # Inside the try: an interruption between two subscriptions undoes the first.
            for name, callback in local.items():
                if callback is not None:
                    unsubscribe.append((yield from subscribe(_CONNECT_CALLBACKS[name], callback)))
            yield from emit("onPortalOpen", portal, user)
            state = user.integrations.get(integration.type_)
            installed = state is not None and state.enabled
            result: IntegrationInstallEvent | None = None
            if not installed or allow_multiple_credentials:
                try:
                    result = yield from self.install_integration(
                        integration.type_,
                        account_type=account_type,
                        pre_options=pre_options,
                        post_options=post_options,
                        on_next=on_next,
                        oauth_timeout=oauth_timeout,
                        open_browser=open_browser,
                        allow_multiple_credentials=allow_multiple_credentials,
                        selected_credential_id=selected_credential_id,
                        external_id=external_id,
                        poll_interval=poll_interval,
                    )
                except Exception as error:
                    if on_error is not None:
                        yield from notify(on_error, error)
                    raise
                if on_success is not None:
                    yield from notify(on_success, result, self.core._require_user()[1])
            yield from emit("onPortalClose", portal, self.core._require_user()[1])
            return result
        finally:
            for undo in unsubscribe:
                undo()


# How each action is performed: the one place that says it. Each performer is a plan that
# returns the outcome to hand the machine, or None.
_PERFORMERS: Final[Mapping[type, Callable[[FlowCore, _ActiveFlow, Any], Plan[Event | None]]]] = {
    ShowStage: FlowCore._show_stage,
    BuildOAuthUrl: FlowCore._build_oauth_url,
    AwaitOAuth: FlowCore._await_oauth,
    DeleteOAuthSession: FlowCore._delete_session,
    FetchCredential: FlowCore._fetch_credential,
    CreateCredential: FlowCore._create_credential,
    CompleteSetup: FlowCore._complete_setup,
    RemoveCredential: FlowCore._remove_credential,
    Finish: FlowCore._finish,
    ReportCancelled: FlowCore._report_cancelled,
}


class _FlowShell(Shell[FlowCore]):
    """What both install-flow shells share: the flow they drive, its steps bound once for both."""

    @property
    def stage(self) -> str:
        """The name of the current stage (``idle`` when no flow runs)."""
        return self._core.stage

    start = Bound(FlowCore.start)
    set_account_type = Bound(FlowCore.set_account_type)
    set_pre_options = Bound(FlowCore.set_pre_options)
    set_post_options = Bound(FlowCore.set_post_options)
    cancel = Bound(FlowCore.cancel)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(stage={self.stage!r})"


class InstallFlow(_FlowShell):
    """``paragon.install_flow``: the headless install flow, with blocking I/O."""

    _asynchronous: ClassVar[Literal[False]] = False


class AsyncInstallFlow(_FlowShell):
    """``async_paragon.install_flow``: the headless install flow, awaited."""

    _asynchronous: ClassVar[Literal[True]] = True
