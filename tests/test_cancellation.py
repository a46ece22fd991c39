"""Cancellation: an interrupted call undoes what it began, and ``cancel()`` at every stage.

Three layers: the shells' driver loop (a plan's clean-up runs when a call is interrupted, and on
``AsyncParagon`` it finishes even if the task is cancelled again), the install flow against the
in-process mock (an interrupted OAuth wait deletes the session, frees the flow and unsubscribes
``connect()``'s handlers; ``cancel()`` during a request, from ``on_next``, after ``done``), and
the machine's table (what ``Cancel`` does in each state).

Nothing here waits for time to pass to order events: a ``Gate`` transport holds a chosen request
until the test has done what it wanted meanwhile, and threading events say when a step got
somewhere. The timeouts (``BOUND``) only turn a hang into a failure.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import anyio.from_thread
import anyio.to_thread
import httpx
import pytest
from paragon_connect import (
    AsyncParagon,
    InstallFlowCancelledError,
    InstallFlowError,
    IntegrationInstallEvent,
    NoActiveInstallFlowError,
    Paragon,
    _client,
)
from paragon_connect._core._base import Notify, Plan
from paragon_connect._install_flow import FlowCore
from paragon_connect._install_machine import (
    ASKING,
    IN_FLIGHT,
    AccountTypeChosen,
    Cancel,
    CredentialReceived,
    DeleteOAuthSession,
    InstallFlowMachine,
    OAuthApproved,
    OAuthUrlBuilt,
    PostOptionsGiven,
    PreOptionsGiven,
    RemoveCredential,
    ReportCancelled,
    Start,
    State,
)
from paragon_mock import DEFAULT_PROJECT_ID, create_app, dev_token
from paragon_mock.testing import PortalTransport

from tests.clients import BASE_URL
from tests.mock_client import MockClient

FAST = 0.02  # seconds between session polls
BOUND = 10.0  # seconds: only to fail instead of hanging, never to order events
USER = "xyz"


# -- the driver loop -----------------------------------------------------------------------------


def _cleaning_plan(log: list[str], cleanup: Callable[[], Any]) -> Plan[str]:
    """A plan that waits on one callback and, if interrupted, runs ``cleanup`` as an effect."""
    try:
        yield Notify(lambda: log.append("waiting"), ())
        yield Notify(_interrupt_here, ())
        log.append("not reached")
        return "finished"
    except BaseException:
        yield Notify(cleanup, ())
        raise
    finally:
        log.append("finally")


def _interrupt_here() -> None:
    raise KeyboardInterrupt


def test_sync_interruption_runs_the_plans_clean_up_effects_then_goes_on() -> None:
    log: list[str] = []
    with Paragon(base_url=BASE_URL) as client, pytest.raises(KeyboardInterrupt):
        client._run(_cleaning_plan(log, lambda: log.append("cleaned")))
    assert log == ["waiting", "cleaned", "finally"]


class _InterruptedBetweenEffects(_client._PlanRun[Any]):
    """A run whose loop gets Ctrl-C once between two effects, where no effect is running."""

    __slots__ = ("_reads",)

    def __init__(self, plan: Plan[Any]) -> None:
        self._reads = 0
        super().__init__(plan)

    def __getattribute__(self, name: str) -> Any:
        if name == "running" and object.__getattribute__(self, "_reads") >= 0:
            reads = object.__getattribute__(self, "_reads") + 1
            object.__setattr__(self, "_reads", reads)
            if reads == 2:  # the loop's second look: after the first effect, before the second
                object.__setattr__(self, "_reads", -1)
                raise KeyboardInterrupt
        return object.__getattribute__(self, name)


def test_an_interruption_between_two_effects_still_runs_the_clean_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A signal lands wherever the interpreter is: here, in the driver loop, outside the plan.
    monkeypatch.setattr(_client, "_PlanRun", _InterruptedBetweenEffects)
    log: list[str] = []

    def plan() -> Plan[str]:
        try:
            yield Notify(lambda: log.append("first"), ())
            yield Notify(lambda: log.append("second"), ())
            return "finished"
        except BaseException:
            yield Notify(lambda: log.append("cleaned"), ())
            raise

    with Paragon(base_url=BASE_URL) as client, pytest.raises(KeyboardInterrupt):
        client._run(plan())
    assert log == ["first", "cleaned"]


def test_an_interruption_the_plan_swallows_still_reaches_the_caller() -> None:
    def swallowing() -> Plan[str]:
        try:
            yield Notify(_interrupt_here, ())
        except BaseException:
            return "swallowed"
        return "finished"

    with Paragon(base_url=BASE_URL) as client, pytest.raises(KeyboardInterrupt):
        client._run(swallowing())


def test_a_second_interruption_during_clean_up_closes_the_plan() -> None:
    log: list[str] = []
    with Paragon(base_url=BASE_URL) as client, pytest.raises(KeyboardInterrupt):
        client._run(_cleaning_plan(log, _interrupt_here))
    # The clean-up effect itself was interrupted: the plan was closed, its finally still ran.
    assert log == ["waiting", "finally"]


def test_async_cancellation_runs_clean_up_shielded_from_a_second_cancel() -> None:
    log: list[str] = []

    async def scenario() -> None:
        waiting = asyncio.Event()
        cleaning = asyncio.Event()
        may_finish = asyncio.Event()

        async def wait_for_ever() -> None:
            waiting.set()
            await asyncio.Event().wait()

        async def slow_cleanup() -> None:
            cleaning.set()
            await may_finish.wait()
            log.append("cleaned")

        def plan() -> Plan[None]:
            try:
                yield Notify(wait_for_ever, ())
            except asyncio.CancelledError:
                yield Notify(slow_cleanup, ())
                raise
            finally:
                log.append("finally")

        async with AsyncParagon(base_url=BASE_URL) as client:
            task = asyncio.create_task(client._run(plan()))
            await asyncio.wait_for(waiting.wait(), BOUND)
            task.cancel()
            await asyncio.wait_for(cleaning.wait(), BOUND)
            task.cancel()  # again, while the clean-up runs: it must not be cut short
            may_finish.set()
            with pytest.raises(asyncio.CancelledError):
                await asyncio.wait_for(task, BOUND)

    asyncio.run(scenario())
    assert log == ["cleaned", "finally"]


def test_closing_the_async_run_closes_the_plan_without_awaiting() -> None:
    log: list[str] = []

    async def never() -> None:
        await asyncio.Event().wait()

    def plan() -> Plan[None]:
        try:
            yield Notify(never, ())
        finally:
            log.append("finally")

    async def scenario() -> None:
        async with AsyncParagon(base_url=BASE_URL) as client:
            run = client._run(plan())
            pending = run.send(None)  # first await: the callback's future
            assert pending is not None
            run.close()  # GeneratorExit at the await: nothing may be awaited any more

    asyncio.run(scenario())
    assert log == ["finally"]


# -- the install flow against the mock ----------------------------------------------------------


def _is_poll(request: httpx.Request) -> bool:
    return request.method == "GET" and "/sdk/actions/session-id/" in request.url.path


def _is_complete_setup(request: httpx.Request) -> bool:
    return request.method == "POST" and request.url.path.endswith("/complete-setup")


class Gate(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Records every request; holds the first one ``match`` picks until ``release`` is set.

    ``reached`` says the held request got here. With ``interrupt``, that request raises it
    instead of waiting (a Ctrl-C in the middle of the request).
    """

    def __init__(
        self,
        inner: Any,
        match: Callable[[httpx.Request], bool],
        interrupt: BaseException | None = None,
    ) -> None:
        self.inner = inner
        self.requests: list[httpx.Request] = []
        self.reached = threading.Event()
        self.release = threading.Event()
        self._match = match
        self._interrupt = interrupt
        self._lock = threading.Lock()

    def _hold(self, request: httpx.Request) -> bool:
        with self._lock:
            self.requests.append(request)
            if self.reached.is_set() or not self._match(request):
                return False
            self.reached.set()
        if self._interrupt is not None:
            raise self._interrupt
        return True

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._hold(request):
            assert self.release.wait(BOUND), "the test never released the held request"
        response: httpx.Response = self.inner.handle_request(request)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._hold(request):
            # In a worker thread, so that the event loop runs on; abandoned if cancelled.
            await anyio.to_thread.run_sync(self.release.wait, BOUND, abandon_on_cancel=True)
        response: httpx.Response = await self.inner.handle_async_request(request)
        return response

    def nonce(self) -> str:
        """The OAuth session's nonce, as the client sent it to build-oauth."""
        (build,) = [r for r in self.requests if "oauthMetaKeyId" in r.url.params]
        return str(build.url.params["oauthMetaKeyId"])


@dataclass
class Env:
    """A client of one flavour on the mock, a gate in front of the mock, and the mock itself."""

    client: Paragon | AsyncParagon
    gate: Gate
    portal: anyio.from_thread.BlockingPortal
    app: Any
    mock: MockClient
    stages: list[Any] = field(default_factory=list)

    @property
    def is_async(self) -> bool:
        return isinstance(self.client, AsyncParagon)

    def call(self, method: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        """Call a client method (awaited on the portal for ``AsyncParagon``)."""
        if self.is_async:
            return self.portal.call(lambda: method(*args, **kwargs))
        return method(*args, **kwargs)

    def in_background(
        self, method: Callable[..., Any], /, *args: Any, **kwargs: Any
    ) -> Future[Any]:
        """Start a client call without waiting for it (a thread, or a task on the portal)."""
        if self.is_async:
            return self.portal.start_task_soon(lambda: method(*args, **kwargs))
        future: Future[Any] = Future()

        def run() -> None:
            try:
                future.set_result(method(*args, **kwargs))
            except BaseException as error:  # handed to the test through the future
                future.set_exception(error)

        threading.Thread(target=run, name="flow-step").start()
        return future

    def session_status(self, nonce: str) -> int:
        """What the mock answers to a GET of the OAuth session, over HTTP."""
        return self.mock.get(f"{{p}}/sdk/actions/session-id/{nonce}").status_code

    def credential_ids(self) -> list[str]:
        """The user's credentials, as the mock lists them over HTTP."""
        response = self.mock.get("{p}/sdk/credentials")
        assert response.status_code == 200
        return [str(item["id"]) for item in response.json()]

    def credential_status(self, credential_id: str) -> int:
        return self.mock.get(f"{{p}}/sdk/credentials/{credential_id}").status_code

    def approve(self, consent_url: str) -> int:
        """Click Approve on the consent page, as the user would."""
        path = httpx.URL(consent_url).path
        return self.mock.post(f"{path}/approve").status_code


@contextmanager
def environment(
    name: str,
    match: Callable[[httpx.Request], bool] = lambda request: False,
    interrupt: BaseException | None = None,
) -> Iterator[Env]:
    """An authenticated, headless client of flavour ``name`` on a fresh mock, behind a Gate."""
    app = create_app(seed=5)
    mock = MockClient(app, user=USER)
    with anyio.from_thread.start_blocking_portal() as portal:
        client: Paragon | AsyncParagon
        if name == "sync":
            gate = Gate(PortalTransport(app, portal), match, interrupt)
            client = Paragon(base_url=BASE_URL, transport=gate)
        else:
            gate = Gate(httpx.ASGITransport(app=app), match, interrupt)
            client = AsyncParagon(base_url=BASE_URL, transport=gate)
        env = Env(client=client, gate=gate, portal=portal, app=app, mock=mock)
        try:
            env.call(client.authenticate, DEFAULT_PROJECT_ID, dev_token(USER))
            client.set_headless(True)
            yield env
        finally:
            gate.release.set()  # never leave a held request behind
            if isinstance(client, AsyncParagon):
                portal.call(client.aclose)
            else:
                client.close()
            mock.close()


FLAVOURS = pytest.mark.parametrize("name", ["sync", "async"])


@FLAVOURS
def test_an_interrupted_oauth_wait_undoes_connect(name: str) -> None:
    """Ctrl-C (sync) or task.cancel() (async) in the OAuth wait of connect()."""
    installs: list[Any] = []
    consent: list[str] = []

    def on_next(stage: Any) -> None:
        consent.append(stage.consent_url)

    options: dict[str, Any] = {
        "on_install": lambda event, user: installs.append(event),
        "on_next": on_next,
        "poll_interval": FAST,
    }
    interrupt = KeyboardInterrupt() if name == "sync" else None
    with environment(name, _is_poll, interrupt) as env:
        client = env.client
        if isinstance(client, Paragon):
            with pytest.raises(KeyboardInterrupt):
                client.connect("jira", **options)
        else:
            async_client = client

            async def cancel_in_the_wait() -> None:
                task = asyncio.create_task(async_client.connect("jira", **options))
                await anyio.to_thread.run_sync(env.gate.reached.wait, BOUND)
                task.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await asyncio.wait_for(task, BOUND)

            env.portal.call(cancel_in_the_wait)
        # The flow is free again and the server's session is gone, so the consent page
        # cannot make a credential any more.
        assert client.install_flow.stage == "idle"
        assert env.session_status(env.gate.nonce()) == 404
        (consent_url,) = consent
        assert env.approve(consent_url) == 404
        before = env.credential_ids()
        # connect()'s handler is unsubscribed, and the next install goes ahead.
        event = env.call(client.install_integration, "stripe", pre_options={"API_KEY": "sk_1"})
        assert isinstance(event, IntegrationInstallEvent)
        assert installs == []
        assert set(env.credential_ids()) - set(before) == {event.credential_id}


@FLAVOURS
def test_cancel_during_the_oauth_wait_deletes_the_session(name: str) -> None:
    with environment(name, _is_poll) as env:
        flow = env.client.install_flow
        step = env.in_background(flow.start, "jira", on_next=env.stages.append, poll_interval=FAST)
        assert env.gate.reached.wait(BOUND)
        assert env.call(flow.cancel) is None  # noted; the wait ends at its poll
        env.gate.release.set()
        with pytest.raises(InstallFlowCancelledError):
            step.result(BOUND)
        assert flow.stage == "idle"
        assert env.session_status(env.gate.nonce()) == 404
        (oauth,) = env.stages
        assert env.approve(oauth.consent_url) == 404


def _jira_at_post_options(env: Env) -> str:
    """Start jira, approve the consent page, and stop at postOptions; the credential's ID."""

    def on_next(stage: Any) -> None:
        env.stages.append(stage)
        if stage.stage == "oauth":
            threading.Thread(target=env.approve, args=(stage.consent_url,)).start()

    stage = env.call(env.client.install_flow.start, "jira", on_next=on_next, poll_interval=FAST)
    assert stage.stage == "postOptions"
    return str(stage.credential_id)


@FLAVOURS
def test_cancel_during_set_post_options_removes_the_credential(name: str) -> None:
    with environment(name, _is_complete_setup) as env:
        flow = env.client.install_flow
        credential_id = _jira_at_post_options(env)
        step = env.in_background(flow.set_post_options, {"JIRA_CLOUD_ID": "my-jira-cloud-id"})
        assert env.gate.reached.wait(BOUND)  # complete-setup is on its way to Paragon
        assert flow.stage == "completingSetup"
        assert env.call(flow.cancel) is None
        env.gate.release.set()
        with pytest.raises(InstallFlowCancelledError, match="jira was cancelled"):
            step.result(BOUND)
        assert flow.stage == "idle"
        assert env.credential_status(credential_id) == 404
        assert credential_id not in env.credential_ids()
        me = env.client.get_user()
        assert not me.integrations["jira"].enabled  # type: ignore[union-attr]


@FLAVOURS
def test_cancel_from_on_next_ends_this_flow_not_the_next_step(name: str) -> None:
    with environment(name) as env:
        flow = env.client.install_flow
        credentials: list[str] = []

        def cancel_at_post_options(stage: Any) -> Any:
            if stage.stage == "oauth":
                threading.Thread(target=env.approve, args=(stage.consent_url,)).start()
            elif stage.stage == "postOptions":
                credentials.append(str(stage.credential_id))
                return flow.cancel()  # awaited by AsyncParagon, run at once by Paragon
            return None

        with pytest.raises(InstallFlowCancelledError):
            env.call(flow.start, "jira", on_next=cancel_at_post_options, poll_interval=FAST)
        assert flow.stage == "idle"
        (credential_id,) = credentials
        assert env.credential_status(credential_id) == 404
        # The next flow is not touched by that cancel: it runs to the end.
        second = _jira_at_post_options(env)
        done = env.call(flow.set_post_options, {"JIRA_CLOUD_ID": "my-jira-cloud-id"})
        assert done.stage == "done" and str(done.credential_id) == second
        assert second in env.credential_ids()


@FLAVOURS
def test_cancel_once_done_is_too_late_and_says_so(name: str) -> None:
    with environment(name) as env:
        flow = env.client.install_flow
        refused: list[BaseException] = []

        async def cancel_async() -> None:
            try:
                await flow.cancel()  # type: ignore[misc]
            except InstallFlowError as error:
                refused.append(error)

        def cancel_sync() -> None:
            try:
                flow.cancel()
            except InstallFlowError as error:
                refused.append(error)

        on_complete = cancel_async if env.is_async else cancel_sync
        assert env.call(flow.start, "stripe", on_complete=on_complete).stage == "preOptions"
        finished = env.call(flow.set_pre_options, {"API_KEY": "sk_1"})
        assert finished.stage == "done"
        # During on_complete (the step still running) and after it: refused, installed.
        (error,) = refused
        assert "too late" in str(error)
        with pytest.raises(InstallFlowError, match="too late, the integration is installed"):
            env.call(flow.cancel)
        assert str(finished.credential_id) in env.credential_ids()
        assert flow.stage == "done"


@FLAVOURS
def test_cancel_with_no_flow_says_so(name: str) -> None:
    with environment(name) as env, pytest.raises(NoActiveInstallFlowError):
        env.call(env.client.install_flow.cancel)


def test_start_checks_and_claims_in_one_step(monkeypatch: pytest.MonkeyPatch) -> None:
    """A second start() while the first is between its claim and its first stage is refused.

    The first start() is parked just before the machine takes its Start event, the moment
    where the flow used to be IDLE (so free to take) although a start() owned it.
    """
    parked = threading.Event()
    resume = threading.Event()
    handle = FlowCore._handle

    def parking_handle(core: FlowCore, flow: Any, event: Any) -> list[Any]:
        if isinstance(event, Start) and flow.machine.integration_type == "stripe":
            parked.set()
            assert resume.wait(BOUND)
        return handle(core, flow, event)

    monkeypatch.setattr(FlowCore, "_handle", parking_handle)
    with environment("sync") as env:
        flow = env.client.install_flow
        first = env.in_background(flow.start, "stripe")
        assert parked.wait(BOUND)
        try:
            assert flow.stage == "idle"  # not yet at its first stage, and yet taken
            with pytest.raises(InstallFlowError, match="an install flow of stripe is under way"):
                flow.start("shopify")
        finally:
            resume.set()
        assert first.result(BOUND).stage == "preOptions"
        assert flow.stage == "preOptions"


# -- the machine: Cancel in every state ------------------------------------------------------

JIRA: dict[str, Any] = {
    "id": "5c7e9a1b-3d5f-4b8a-9c2e-4f6a8b0c2d4e",
    "type": "jira",
    "authenticationType": "oauth",
    "sdkIntegrationConfig": {
        "accountTypes": [{"id": "default"}, {"id": "cloud"}],
        "oauthInputs": [{"id": "SITE", "type": "TEXT_NO_VARS"}],
        "postOauthInputs": [{"id": "JIRA_CLOUD_ID", "type": "TEXT_NO_VARS"}],
    },
}
STRIPE: dict[str, Any] = {
    "id": "6f3c5e1a-52a4-4c8e-9d0b-7f1e2a3b4c5d",
    "type": "stripe",
    "authenticationType": "basic",
    "sdkIntegrationConfig": {"authConfigInputs": [{"id": "API_KEY", "type": "PASSWORD"}]},
}
CREDENTIAL: dict[str, Any] = {"id": "8e1a3c5f-7b9d-4f2e-a6c8-0b2d4f6a8c1e", "status": "PENDING"}
NONCE = "n" * 32
REMOVE = RemoveCredential(JIRA["id"], CREDENTIAL["id"])

# The events that take a flow from IDLE to each state, and the outcome of that state's request.
ROUTES: dict[State, tuple[dict[str, Any], list[Any], Any]] = {
    State.ACCOUNT_TYPE: (JIRA, [Start()], None),
    State.PRE_OPTIONS: (JIRA, [Start(), AccountTypeChosen("cloud")], None),
    State.BUILDING_OAUTH: (
        JIRA,
        [Start(), AccountTypeChosen("cloud"), PreOptionsGiven({})],
        OAuthUrlBuilt("u"),
    ),
    State.AWAITING_OAUTH: (
        JIRA,
        [Start(), AccountTypeChosen("cloud"), PreOptionsGiven({}), OAuthUrlBuilt("u")],
        OAuthApproved(CREDENTIAL["id"]),
    ),
    State.FETCHING_CREDENTIAL: (
        JIRA,
        [
            Start(),
            AccountTypeChosen("cloud"),
            PreOptionsGiven({}),
            OAuthUrlBuilt("u"),
            OAuthApproved(CREDENTIAL["id"]),
        ],
        CredentialReceived(CREDENTIAL),
    ),
    State.CREATING_CREDENTIAL: (
        STRIPE,
        [Start(), PreOptionsGiven({"API_KEY": "sk"})],
        CredentialReceived(CREDENTIAL),
    ),
}
ROUTES[State.POST_OPTIONS] = (
    JIRA,
    [*ROUTES[State.FETCHING_CREDENTIAL][1], CredentialReceived(CREDENTIAL)],
    None,
)
ROUTES[State.COMPLETING_SETUP] = (
    JIRA,
    [*ROUTES[State.POST_OPTIONS][1], PostOptionsGiven({"JIRA_CLOUD_ID": "c"})],
    CredentialReceived({**CREDENTIAL, "status": "VALID"}),
)
ROUTES[State.DONE] = (
    JIRA,
    [*ROUTES[State.COMPLETING_SETUP][1], CredentialReceived({**CREDENTIAL, "status": "VALID"})],
    None,
)

# What undoing each state's flow asks for, once the outcome of its request (if any) is in.
UNDO: dict[State, list[Any]] = {
    State.ACCOUNT_TYPE: [],
    State.PRE_OPTIONS: [],
    State.BUILDING_OAUTH: [DeleteOAuthSession(NONCE)],
    State.AWAITING_OAUTH: [DeleteOAuthSession(NONCE), REMOVE],
    State.FETCHING_CREDENTIAL: [REMOVE],
    State.CREATING_CREDENTIAL: [RemoveCredential(STRIPE["id"], CREDENTIAL["id"])],
    State.POST_OPTIONS: [REMOVE],
    State.COMPLETING_SETUP: [REMOVE],
}


def _machine_at(state: State) -> tuple[InstallFlowMachine, Any]:
    integration, events, outcome = ROUTES[state]
    machine = InstallFlowMachine(integration=integration, nonce_factory=lambda: NONCE)
    for event in events:
        machine.handle(event)
    assert machine.state is state
    return machine, outcome


def _in_order(states: frozenset[State]) -> list[State]:
    return sorted(states, key=lambda state: state.value)


def _names(states: frozenset[State]) -> list[str]:
    return [state.value for state in _in_order(states)]


def test_every_state_has_a_route() -> None:
    assert set(ROUTES) == set(State) - {State.IDLE}
    assert set(UNDO) == ASKING | IN_FLIGHT


@pytest.mark.parametrize("state", _in_order(ASKING), ids=_names(ASKING))
def test_cancel_where_the_user_is_asked_ends_the_flow_at_once(state: State) -> None:
    machine, _ = _machine_at(state)
    assert machine.handle(Cancel()) == UNDO[state]
    assert machine.state is State.IDLE and machine.cancelled


@pytest.mark.parametrize("state", _in_order(IN_FLIGHT), ids=_names(IN_FLIGHT))
def test_cancel_during_a_request_undoes_its_outcome(state: State) -> None:
    machine, outcome = _machine_at(state)
    assert machine.handle(Cancel()) == []
    assert machine.state is state and machine.cancel_requested
    assert machine.handle(Cancel()) == []  # asking twice changes nothing
    assert machine.handle(outcome) == [*UNDO[state], ReportCancelled()]
    assert machine.state is State.IDLE and machine.cancelled


def test_cancel_at_done_is_refused_as_too_late_and_idle_has_nothing_to_cancel() -> None:
    machine, _ = _machine_at(State.DONE)
    with pytest.raises(InstallFlowError, match="too late, the integration is installed"):
        machine.handle(Cancel())
    assert machine.state is State.DONE
    idle = InstallFlowMachine(integration=JIRA)
    with pytest.raises(InstallFlowError, match="at 'idle', where Cancel is not possible"):
        idle.handle(Cancel())
