"""The headless install flow, ``install_integration`` and ``connect``: plans over the machine.

``_install_machine`` decides (a pure state machine); the plans here perform what it asks for as
effects (requests, sleeps, callbacks, events), which ``Paragon`` and ``AsyncParagon`` run. So
``paragon.install_flow`` and ``async_paragon.install_flow`` are two thin shells over one
``FlowCore``.

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

import threading
import webbrowser
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from ._binding import AsyncBound, SyncBound
from ._core import Call, Core, Emit, Notify, Plan, Sleep, Subscribe, _ok
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

__all__ = ["AsyncInstallFlow", "FlowCore", "InstallFlow", "InstallFlowStage"]

InstallFlowStage = Any  # one of the generated AccountTypeStage ... DoneStage models
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
    on_next: Callable[..., Any] | None
    on_complete: Callable[..., Any] | None
    on_error: Callable[..., Any] | None
    oauth_timeout: float | None
    poll_interval: float
    open_browser: bool
    last_stage: str = "idle"
    # A step owns the flow (set under FlowCore._lock, from the claim to the step's end).
    busy: bool = False
    result: IntegrationInstallEvent | None = None


def _stage_model(name: str, payload: dict[str, Any]) -> Any:
    from paragon_connect_api.models import (
        account_type_stage,
        done_stage,
        oauth_stage,
        post_options_stage,
        pre_options_stage,
    )

    model: Any = {
        "accountType": account_type_stage.AccountTypeStage,
        "preOptions": pre_options_stage.PreOptionsStage,
        "oauth": oauth_stage.OAuthStage,
        "postOptions": post_options_stage.PostOptionsStage,
        "done": done_stage.DoneStage,
    }[name]
    return model.from_dict({"stage": name, **payload})


def _optional_callable(value: object, name: str) -> Callable[..., Any] | None:
    if value is None:
        return None
    if not callable(value):
        raise TypeError(f"{name} must be callable, not {type(value).__name__}")
    return value


def _optional_seconds(value: object, name: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ValueError(f"{name} must be a number of seconds above 0, got {value!r}")
    return float(value)


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
        on_next: Callable[..., Any] | None,
        on_complete: Callable[..., Any] | None,
        on_error: Callable[..., Any] | None,
        oauth_timeout: float | None,
        allow_multiple_credentials: bool,
        selected_credential_id: str | None,
        external_id: str | None,
        account_type: str | None,
        open_browser: bool,
        poll_interval: float,
    ) -> Plan[_ActiveFlow]:
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
            on_next=_optional_callable(on_next, "on_next"),
            on_complete=_optional_callable(on_complete, "on_complete"),
            on_error=_optional_callable(on_error, "on_error"),
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
        on_next: Callable[..., Any] | None = None,
        on_complete: Callable[..., Any] | None = None,
        on_error: Callable[..., Any] | None = None,
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

    def set_pre_options(self, values: Mapping[str, Any]) -> Plan[InstallFlowStage]:
        """Answer the ``preOptions`` stage (``{input id: value}``); returns the next stage."""
        flow = self._current()
        return (yield from self._advance(flow, PreOptionsGiven(values)))

    def set_post_options(self, values: Mapping[str, Any]) -> Plan[InstallFlowStage]:
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
        yield from self._cleanup(actions)

    @property
    def stage(self) -> str:
        """The name of the flow's current stage (``idle`` when none runs)."""
        flow = self.active
        return "idle" if flow is None else flow.machine.state.value

    # -- performing what the machine asks -------------------------------------------------------

    def _handle(self, flow: _ActiveFlow, event: Any) -> list[Action]:
        """Hand the machine an event, under the lock that ``cancel()`` takes too."""
        with self._lock:
            return flow.machine.handle(event)

    def _cancelled(self, flow: _ActiveFlow) -> InstallFlowCancelledError:
        return InstallFlowCancelledError(
            f"the install flow of {flow.machine.integration_type} was cancelled"
        )

    def _advance(self, flow: _ActiveFlow, event: Any) -> Plan[InstallFlowStage]:
        with self._lock:
            if flow.machine.cancelled:
                raise self._cancelled(flow)
            if flow.busy:
                raise InstallFlowError(
                    "this install flow is already waiting for a request; one step at a time"
                )
            flow.busy = True
        return (yield from self._step(flow, event))

    def _step(self, flow: _ActiveFlow, event: Any) -> Plan[InstallFlowStage]:
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
            if Abandon in _accepted(flow.machine.state):
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

    def _outcome(self, flow: _ActiveFlow, event: Any) -> Plan[list[Action]]:
        """Hand the machine a request's outcome; if ``cancel()`` came meanwhile, undo it."""
        actions = self._handle(flow, event)
        if actions and isinstance(actions[-1], ReportCancelled):
            yield from self._cleanup(actions[:-1])
            raise self._cancelled(flow)
        return actions

    def _perform(self, flow: _ActiveFlow, initial: list[Action]) -> Plan[InstallFlowStage]:
        project_id, _ = self.core._require_user()
        machine = flow.machine
        queue: deque[Action] = deque(initial)
        shown: Any = None
        while True:
            if machine.cancelled:
                # cancel() ran during a callback of this step (on_next) and undid the flow.
                raise self._cancelled(flow)
            if not queue:
                return shown
            action = queue.popleft()
            if isinstance(action, ShowStage):
                shown = _stage_model(action.stage, action.payload)
                flow.last_stage = action.stage
                if flow.on_next is not None:
                    yield Notify(flow.on_next, (shown,))
                if action.stage == "oauth" and flow.open_browser and not machine.cancel_requested:
                    yield Notify(webbrowser.open, (action.payload["consentUrl"],))
            elif isinstance(action, BuildOAuthUrl):
                from paragon_connect_api.models.oauth_url import OAuthUrl

                q = action.query
                kwargs = {
                    "project_id": project_id,
                    "action": q["action"],
                    "integration_id": q["integrationId"],
                    "oauth_meta_key_id": q["oauthMetaKeyId"],
                    "end_user_supplied_values": q["endUserSuppliedValues"],
                    "install_options": q["installOptions"],
                }
                url = _ok((yield Call("oauth.build_oauth_url", "zeus", kwargs)), OAuthUrl)
                queue.extend((yield from self._outcome(flow, OAuthUrlBuilt(url.redirect_url))))
            elif isinstance(action, AwaitOAuth):
                credential_id = yield from self._await_oauth(flow, action.nonce)
                queue.extend((yield from self._outcome(flow, OAuthApproved(credential_id))))
            elif isinstance(action, DeleteOAuthSession):
                yield from self._delete_session(action.nonce)
            elif isinstance(action, FetchCredential):
                # The ID came from Paragon's session answer: read it as it came.
                credential = yield from self.core.read_credential(action.credential_id)
                received = CredentialReceived(credential.to_dict())
                queue.extend((yield from self._outcome(flow, received)))
            elif isinstance(action, CreateCredential):
                created = yield from self._create_credential(action.body)
                queue.extend((yield from self._outcome(flow, CredentialReceived(created))))
            elif isinstance(action, CompleteSetup):
                completed = yield from self._complete_setup(action.credential_id, action.body)
                queue.extend((yield from self._outcome(flow, CredentialReceived(completed))))
            elif isinstance(action, Finish):
                yield from self._finish(flow, action.credential)
            elif isinstance(action, RemoveCredential):
                yield from self._remove_credential(action)

    def _await_oauth(self, flow: _ActiveFlow, nonce: str) -> Plan[str]:
        project_id, _ = self.core._require_user()
        from paragon_connect_api.models.oauth_session import OAuthSession

        deadline = None if flow.oauth_timeout is None else self.core.clock() + flow.oauth_timeout
        kwargs = {"project_id": project_id, "nonce": nonce}
        while True:
            try:
                session = _ok((yield Call("oauth.get_oauth_session", "zeus", kwargs)), OAuthSession)
            except NotFoundError:
                raise OAuthTimeoutError(
                    "the consent page expired before the user answered"
                ) from None
            # Only `connectCredentialId` is promised (it is all the SDK reads): an ID means
            # approved unless `status` says otherwise, and `status` alone tells a denial.
            credential_id = session.connect_credential_id
            if isinstance(credential_id, str) and credential_id and session.status != "DENIED":
                return credential_id
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
            yield Sleep(wait)

    def _delete_session(self, nonce: str) -> Plan[None]:
        project_id, _ = self.core._require_user()
        response = yield Call(
            "oauth.delete_oauth_session", "zeus", {"project_id": project_id, "nonce": nonce}
        )
        if int(response.status_code) != 404:  # already gone: nothing to do
            _ok(response)

    def _create_credential(self, body: dict[str, Any]) -> Plan[dict[str, Any]]:
        project_id, _ = self.core._require_user()
        from paragon_connect_api.models.credential import Credential
        from paragon_connect_api.models.credential_create_request import CredentialCreateRequest

        kwargs = {"project_id": project_id, "body": CredentialCreateRequest.from_dict(body)}
        credential = _ok((yield Call("credentials.create_credential", "zeus", kwargs)), Credential)
        result: dict[str, Any] = credential.to_dict()
        return result

    def _complete_setup(self, credential_id: str, body: dict[str, Any]) -> Plan[dict[str, Any]]:
        project_id, _ = self.core._require_user()
        from paragon_connect_api.models.credential import Credential
        from paragon_connect_api.models.credential_setup_request import CredentialSetupRequest

        kwargs = {
            "project_id": project_id,
            "credential_id": credential_id,
            "body": CredentialSetupRequest.from_dict(body),
        }
        credential = _ok(
            (yield Call("credentials.complete_credential_setup", "zeus", kwargs)), Credential
        )
        result: dict[str, Any] = credential.to_dict()
        return result

    def _remove_credential(self, action: RemoveCredential) -> Plan[None]:
        project_id, _ = self.core._require_user()
        kwargs = {
            "project_id": project_id,
            "integration_id": action.integration_id,
            "x_paragon_credential": action.credential_id,
        }
        _ok((yield Call("integrations.uninstall_integration", "zeus", kwargs)))
        yield from self.core._refresh_after_change("Removing the credential")

    def _finish(self, flow: _ActiveFlow, credential: dict[str, Any]) -> Plan[None]:
        from paragon_connect_api.models.credential import Credential

        user = yield from self.core._refresh_after_change("The install")
        event = IntegrationInstallEvent(
            integration_id=str(flow.machine.integration["id"]),
            integration_type=flow.machine.integration_type,
            credential_id=str(credential["id"]),
            credential=Credential.from_dict(credential),
        )
        flow.result = event
        yield Emit("onIntegrationInstall", event, user)
        if flow.on_complete is not None:
            yield Notify(flow.on_complete, ())

    def _cleanup(self, actions: list[Action]) -> Plan[None]:
        """Perform clean-up actions, best effort: a failure here must not hide the first one."""
        for action in actions:
            try:
                if isinstance(action, DeleteOAuthSession):
                    yield from self._delete_session(action.nonce)
                elif isinstance(action, RemoveCredential):
                    yield from self._remove_credential(action)
            except APIError:
                continue

    def _fail(self, flow: _ActiveFlow, error: Exception) -> Plan[None]:
        if Fail in _accepted(flow.machine.state):
            yield from self._cleanup(self._handle(flow, Fail(error)))
        elif Abandon in _accepted(flow.machine.state):
            yield from self._cleanup(self._handle(flow, Abandon()))
        if flow.on_error is not None:
            yield Notify(flow.on_error, (error, ErrorContext(stage=flow.last_stage)))

    # -- end to end --------------------------------------------------------------------------------

    def install_integration(
        self,
        integration_type: str,
        *,
        account_type: str | None = None,
        pre_options: Mapping[str, Any] | None = None,
        post_options: Mapping[str, Any] | None = None,
        on_next: Callable[..., Any] | None = None,
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
                choices = ", ".join(str(o["id"]) for o in flow.machine.account_types)
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

    def _advance_or_abandon(self, flow: _ActiveFlow, event: Any) -> Plan[InstallFlowStage]:
        try:
            return (yield from self._advance(flow, event))
        except ValueError:
            # Bad or missing values: end to end there is no one to correct them, so undo.
            yield from self._abandon(flow)
            raise

    def _abandon(self, flow: _ActiveFlow) -> Plan[None]:
        if Abandon in _accepted(flow.machine.state):
            yield from self._cleanup(self._handle(flow, Abandon()))

    def connect(
        self,
        /,
        integration_type: str,
        *,
        on_success: Callable[..., Any] | None = None,
        on_error: Callable[..., Any] | None = None,
        on_open: Callable[..., Any] | None = None,
        on_close: Callable[..., Any] | None = None,
        on_install: Callable[..., Any] | None = None,
        on_uninstall: Callable[..., Any] | None = None,
        on_workflow_change: Callable[..., Any] | None = None,
        **install_options: Any,
    ) -> Plan[IntegrationInstallEvent | None]:
        """What ``connect`` can be without a Connect Portal: open, install if needed, close.

        Fires ``onPortalOpen``; if the user has not installed the integration (or
        ``allow_multiple_credentials`` is given), installs it as ``install_integration`` does,
        with ``install_options``, and calls ``on_success(event, user)``; fires
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
            _optional_callable(callback, name)
        integration = self.core._integration(integration_type)
        user = yield from self.core._known_user()
        unsubscribe: list[Callable[[], None]] = []
        portal = PortalEvent(integration_id=str(integration.id), integration_type=integration.type_)
        try:
            # Inside the try: an interruption between two subscriptions undoes the first.
            for name, callback in local.items():
                if callback is not None:
                    unsubscribe.append((yield Subscribe(_CONNECT_CALLBACKS[name], callback)))
            yield Emit("onPortalOpen", portal, user)
            state = user.integrations.get(integration.type_)
            installed = state is not None and state.enabled
            result: IntegrationInstallEvent | None = None
            if not installed or install_options.get("allow_multiple_credentials"):
                try:
                    result = yield from self.install_integration(
                        integration.type_, **install_options
                    )
                except Exception as error:
                    if on_error is not None:
                        yield Notify(on_error, (error,))
                    raise
                if on_success is not None:
                    yield Notify(on_success, (result, self.core._require_user()[1]))
            yield Emit("onPortalClose", portal, self.core._require_user()[1])
            return result
        finally:
            for undo in unsubscribe:
                undo()


def _accepted(state: State) -> dict[type, Any]:
    from ._install_machine import TRANSITIONS

    return TRANSITIONS[state]


class _FlowShell:
    """What both install-flow shells share: the flow they drive and how they show it."""

    def __init__(self, flow: FlowCore, run: Callable[[Any], Any]) -> None:
        self._core = flow
        self._run = run

    @property
    def stage(self) -> str:
        """The name of the current stage (``idle`` when no flow runs)."""
        return self._core.stage

    def __repr__(self) -> str:
        return f"{type(self).__name__}(stage={self.stage!r})"


class InstallFlow(_FlowShell):
    """``paragon.install_flow``: the headless install flow, with blocking I/O."""

    start = SyncBound(FlowCore.start)
    set_account_type = SyncBound(FlowCore.set_account_type)
    set_pre_options = SyncBound(FlowCore.set_pre_options)
    set_post_options = SyncBound(FlowCore.set_post_options)
    cancel = SyncBound(FlowCore.cancel)


class AsyncInstallFlow(_FlowShell):
    """``async_paragon.install_flow``: the headless install flow, awaited."""

    start = AsyncBound(FlowCore.start)
    set_account_type = AsyncBound(FlowCore.set_account_type)
    set_pre_options = AsyncBound(FlowCore.set_pre_options)
    set_post_options = AsyncBound(FlowCore.set_post_options)
    cancel = AsyncBound(FlowCore.cancel)
