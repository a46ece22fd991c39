"""The install flow's plans, driven by a script: every effect checked and answered, no I/O.

``run(plan, *steps)`` drives a ``FlowCore`` plan the way a client does — it answers each effect
the plan yields and throws errors in — but from a script of ``Expect`` steps, each of which
checks the effect it gets (an operation, a callback, a duration, an event) before answering.
A plan that yields an effect the script does not expect next, or stops before the script
ends, fails the test. Time is the test's too: ``Core.clock`` reads a ``Clock`` that moves only
when the script says so.
"""

from __future__ import annotations

import webbrowser
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from http import HTTPStatus
from typing import Any, TypeVar, get_args

import httpx
import pytest
from paragon_connect import (
    AuthenticatedUser,
    InstallFlowCancelledError,
    InstallFlowError,
    IntegrationInstallEvent,
    InternalServerError,
    NoActiveInstallFlowError,
    OAuthBlockedError,
    OAuthTimeoutError,
)
from paragon_connect._core import Core
from paragon_connect._core._base import Call, Effect, Emit, Notify, Plan, Session, Sleep
from paragon_connect._install_flow import _PERFORMERS, ErrorContext, FlowCore
from paragon_connect._install_machine import Action
from paragon_connect._tokens import Secret
from paragon_connect_api.models.connect_user import ConnectUser
from paragon_connect_api.models.credential import Credential
from paragon_connect_api.models.integration import Integration
from paragon_connect_api.models.oauth_session import OAuthSession
from paragon_connect_api.models.oauth_url import OAuthUrl
from paragon_connect_api.types import Response

R = TypeVar("R")

PROJECT = "4f6a8b0c-2d4e-4f6a-8b0c-2d4e6f8a0b1c"
CREDENTIAL_ID = "8e1a3c5f-7b9d-4f2e-a6c8-0b2d4f6a8c1e"
CONSENT_URL = "https://auth.example.com/authorize?state=xyz"


def integration(id_: str, type_: str, auth: str, config: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": id_,
        "type": type_,
        "isActive": True,
        "configs": [],
        "workflows": [],
        "name": type_.title(),
        "brandColor": "#000000",
        "authenticationType": auth,
        "sdkIntegrationConfig": config,
    }


JIRA_CLOUD_ID = {"id": "JIRA_CLOUD_ID", "title": "Jira site", "type": "TEXT_NO_VARS"}
JIRA = integration(
    "5c7e9a1b-3d5f-4b8a-9c2e-4f6a8b0c2d4e", "jira", "oauth", {"postOauthInputs": [JIRA_CLOUD_ID]}
)
STRIPE = integration(
    "6f3c5e1a-52a4-4c8e-9d0b-7f1e2a3b4c5d",
    "stripe",
    "basic",
    {"authConfigInputs": [{"id": "API_KEY", "title": "Secret key", "type": "PASSWORD"}]},
)
SALESFORCE = integration(
    "1a7b3c9d-2e4f-4a6b-8c0d-1e2f3a4b5c6d",
    "salesforce",
    "oauth",
    {"accountTypes": [{"id": "default"}, {"id": "sandbox"}]},
)


# -- the script ---------------------------------------------------------------------------------


@dataclass
class Expect:
    """The effect a plan must yield next (its type and ``what``) and how the test answers.

    ``what`` is a Call's operation, a Notify's callback, a Sleep's seconds or an Emit's event
    name. ``check`` says more about the effect (it asserts, or returns False for a mismatch);
    ``then`` runs when the effect comes, before the answer (what happens meanwhile: a
    ``cancel()``, time passing). The plan receives ``answer``, or has ``error`` thrown in.
    """

    kind: type[Effect]
    what: object
    answer: object = None
    error: BaseException | None = None
    check: Callable[[Any], bool | None] | None = None
    then: Callable[[], object] | None = None

    def expect(self, effect: Effect) -> None:
        mismatch = f"expected {self}, the plan yielded {effect!r}"
        assert isinstance(effect, self.kind) and _what(effect) == self.what, mismatch
        if self.check is not None:
            assert self.check(effect) is not False, f"{mismatch}, which the check refused"

    def __str__(self) -> str:
        return f"{self.kind.__name__}({self.what!r})"


def _what(effect: Effect) -> object:
    if isinstance(effect, Call):
        return effect.operation
    if isinstance(effect, Notify):
        return effect.callback
    if isinstance(effect, Sleep):
        return effect.seconds
    return effect.event_name


def run(plan: Plan[R], *script: Expect) -> R:
    """Drive ``plan`` through ``script``; its value, or its exception once the script is done."""
    steps = deque(script)
    resume: Callable[[], Effect] = partial(next, plan)
    try:
        while True:
            try:
                effect = resume()
            except StopIteration as stop:
                assert not steps, f"the plan returned; the script expected {_listed(steps)}"
                value: R = stop.value
                return value
            except BaseException as error:
                if steps:
                    raise AssertionError(
                        f"the plan raised {error!r}; the script expected {_listed(steps)}"
                    ) from error
                raise
            assert steps, f"the script ended, the plan yielded {effect!r}"
            step = steps.popleft()
            step.expect(effect)
            if step.then is not None:
                step.then()
            if step.error is None:
                resume = partial(plan.send, step.answer)
            else:
                resume = partial(plan.throw, step.error)
    finally:
        plan.close()  # a plan the script stopped early runs its clean-up here, not at GC


def _listed(steps: deque[Expect]) -> str:
    return ", ".join(map(str, steps))


def ok(parsed: object = None, status: int = 200) -> Response[Any]:
    return Response(status_code=HTTPStatus(status), content=b"", headers={}, parsed=parsed)


def failed(status: int, message: str) -> Response[Any]:
    request = httpx.Request("GET", "https://zeus.example.com/projects/p/sdk")
    raw = httpx.Response(status, json={"message": message}, request=request)
    return Response(
        status_code=HTTPStatus(status),
        content=raw.content,
        headers=dict(raw.headers),
        parsed=None,
        http_response=raw,
    )


def call(operation: str, answer: object = None, **options: Any) -> Expect:
    """A call of the generated operation ``operation``, answered with ``answer``."""
    return Expect(Call, operation, answer, **options)


def notify(callback: Callable[..., Any], **options: Any) -> Expect:
    return Expect(Notify, callback, **options)


def reports(env: Env, error_type: type[BaseException], stage: str) -> Expect:
    """``on_error`` is handed an ``error_type`` and the stage the flow was at."""

    def check(effect: Notify) -> None:
        error, context = effect.args
        assert isinstance(error, error_type) and context == ErrorContext(stage=stage)

    return notify(env.on_error, check=check)


def shows(callback: Callable[..., Any], stage: str, **options: Any) -> Expect:
    """``callback`` (on_next) is handed the stage named ``stage``."""

    def check(effect: Notify) -> None:
        (shown,) = effect.args
        assert getattr(shown, "stage", None) == stage

    return Expect(Notify, callback, check=check, **options)


@dataclass
class Clock:
    """What ``Core.clock`` reads in these tests: it moves only when told to."""

    now: float = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> Callable[[], None]:
        def move() -> None:
            self.now += seconds

        return move


@dataclass
class Env:
    """A ``FlowCore`` over an authenticated, headless session, and the flow's callbacks.

    The callbacks are what the ``Notify`` effects name; the script answers those effects, so
    they are never called.
    """

    flows: FlowCore
    clock: Clock

    def on_next(self, stage: Any) -> None:
        raise AssertionError("the script answers on_next")

    def on_error(self, error: BaseException, context: ErrorContext) -> None:
        raise AssertionError("the script answers on_error")

    def on_complete(self) -> None:
        raise AssertionError("the script answers on_complete")


def user_model(*installed: str) -> ConnectUser:
    states = {name: {"enabled": name in installed} for name in ("jira", "stripe", "salesforce")}
    return ConnectUser.from_dict({"userId": "user-1", "integrations": states})


@pytest.fixture
def env() -> Env:
    session = Session(
        project_id=PROJECT,
        token=Secret("token"),
        user=AuthenticatedUser.from_model(user_model()),
        integrations=[Integration.from_dict(item) for item in (JIRA, STRIPE, SALESFORCE)],
        headless=True,
    )
    core = Core(session)
    clock = Clock()
    core.clock = clock
    return Env(FlowCore(core), clock)


def credential(status: str, integration: dict[str, Any] = JIRA) -> Credential:
    return Credential.from_dict(
        {
            "id": CREDENTIAL_ID,
            "projectId": PROJECT,
            "integrationId": integration["id"],
            "personaId": "persona-1",
            "status": status,
        }
    )


PENDING_SESSION = OAuthSession.from_dict({"connectCredentialId": None, "status": "PENDING"})
APPROVED_SESSION = OAuthSession.from_dict(
    {"connectCredentialId": CREDENTIAL_ID, "status": "APPROVED"}
)


# The script's pieces, in the order the flow yields them.


def build_oauth_url(**options: Any) -> Expect:
    return call("oauth.build_oauth_url", ok(OAuthUrl(redirect_url=CONSENT_URL)), **options)


def poll(session: OAuthSession = PENDING_SESSION, **options: Any) -> Expect:
    return call("oauth.get_oauth_session", ok(session), **options)


def delete_session(answer: Response[Any] | None = None) -> Expect:
    return call("oauth.delete_oauth_session", answer or ok(status=204))


def remove_credential() -> list[Expect]:
    return [
        call(
            "integrations.uninstall_integration",
            ok(status=204),
            check=lambda effect: effect.kwargs["x_paragon_credential"] == CREDENTIAL_ID,
        ),
        call("user.get_current_user", ok(user_model())),
    ]


def installed(env: Env, name: str, *, on_complete: bool = False) -> list[Expect]:
    """The end of a successful install: the user read back, the event, on_complete."""

    def check(effect: Emit) -> None:
        assert isinstance(effect.event, IntegrationInstallEvent)
        assert effect.event.integration_type == name
        assert effect.event.credential_id == CREDENTIAL_ID

    steps = [
        shows(env.on_next, "done"),
        call("user.get_current_user", ok(user_model(name))),
        Expect(Emit, "onIntegrationInstall", check=check),
    ]
    return [*steps, notify(env.on_complete)] if on_complete else steps


def to_post_options(env: Env) -> list[Expect]:
    """From jira's start() to its postOptions stage, the user approving at the second poll."""
    return [
        build_oauth_url(),
        shows(env.on_next, "oauth"),
        poll(),
        Expect(Sleep, 1.0),
        poll(APPROVED_SESSION),
        delete_session(),
        call("credentials.get_credential", ok(credential("PENDING"))),
        shows(env.on_next, "postOptions"),
    ]


def start(env: Env, name: str, **options: Any) -> Plan[Any]:
    return env.flows.start(name, on_next=env.on_next, on_error=env.on_error, **options)


# -- the routes -----------------------------------------------------------------------------------


def test_the_oauth_route_with_post_options(env: Env) -> None:
    def consent_page(effect: Any) -> None:
        nonce = effect.kwargs["oauth_meta_key_id"]
        assert effect.kwargs["action"] == "jira" and len(nonce) == 32
        nonces.append(nonce)

    def same_session(effect: Any) -> bool:
        return nonces == [effect.kwargs["nonce"]]

    nonces: list[str] = []
    stage = run(
        start(env, "jira", on_complete=env.on_complete, open_browser=True),
        build_oauth_url(check=consent_page),
        shows(env.on_next, "oauth"),
        notify(webbrowser.open, check=lambda effect: effect.args == (CONSENT_URL,)),
        poll(check=same_session),
        Expect(Sleep, 1.0),
        poll(APPROVED_SESSION, check=same_session),
        delete_session(),
        call("credentials.get_credential", ok(credential("PENDING"))),
        shows(env.on_next, "postOptions"),
    )
    assert stage.stage == "postOptions" and stage.credential_id == CREDENTIAL_ID
    assert env.flows.stage == "postOptions"

    def setup(effect: Any) -> None:
        assert effect.kwargs["credential_id"] == CREDENTIAL_ID
        assert effect.kwargs["body"].to_dict()["payload"] == {"JIRA_CLOUD_ID": "cloud-1"}

    done = run(
        env.flows.set_post_options({"JIRA_CLOUD_ID": "cloud-1"}),
        call("credentials.complete_credential_setup", ok(credential("VALID")), check=setup),
        *installed(env, "jira", on_complete=True),
    )
    assert done.stage == "done" and env.flows.stage == "done"


def test_the_api_key_route(env: Env) -> None:
    stage = run(start(env, "stripe"), shows(env.on_next, "preOptions"))
    assert stage.stage == "preOptions"

    def create(effect: Any) -> None:
        body = effect.kwargs["body"].to_dict()
        assert body["integrationId"] == STRIPE["id"]
        assert body["payload"] == {"API_KEY": "sk_test_51Hx"}

    done = run(
        env.flows.set_pre_options({"API_KEY": "sk_test_51Hx"}),
        call("credentials.create_credential", ok(credential("VALID", STRIPE)), check=create),
        *installed(env, "stripe"),
    )
    assert done.stage == "done" and env.flows.stage == "done"


def test_install_integration_runs_the_route_end_to_end(env: Env) -> None:
    event = run(
        env.flows.install_integration("stripe", pre_options={"API_KEY": "sk_test_51Hx"}),
        call("credentials.create_credential", ok(credential("VALID", STRIPE))),
        call("user.get_current_user", ok(user_model("stripe"))),
        Expect(Emit, "onIntegrationInstall"),
    )
    assert isinstance(event, IntegrationInstallEvent) and event.credential_id == CREDENTIAL_ID


def test_every_action_has_one_performer() -> None:
    assert set(_PERFORMERS) == set(get_args(Action))


# -- cancel at each stage -------------------------------------------------------------------------


def test_cancel_with_no_flow(env: Env) -> None:
    with pytest.raises(NoActiveInstallFlowError, match=r"call install_flow\.start"):
        run(env.flows.cancel())


@pytest.mark.parametrize(
    ("name", "stage"), [("salesforce", "accountType"), ("stripe", "preOptions")]
)
def test_cancel_where_the_user_is_asked_before_anything_exists(
    env: Env, name: str, stage: str
) -> None:
    assert run(start(env, name), shows(env.on_next, stage)).stage == stage
    run(env.flows.cancel())  # nothing to undo: no effect at all
    assert env.flows.stage == "idle"
    with pytest.raises(NoActiveInstallFlowError):
        run(env.flows.set_pre_options({}))


def test_cancel_at_post_options_removes_the_credential(env: Env) -> None:
    run(start(env, "jira"), *to_post_options(env))
    run(env.flows.cancel(), *remove_credential())
    assert env.flows.stage == "idle"
    with pytest.raises(NoActiveInstallFlowError):
        run(env.flows.set_post_options({"JIRA_CLOUD_ID": "cloud-1"}))


def test_cancel_from_on_next_ends_the_step_once_the_callback_returns(env: Env) -> None:
    steps = to_post_options(env)
    # on_next, handed postOptions, calls cancel(): the credential is removed there and then.
    steps[-1].then = lambda: run(env.flows.cancel(), *remove_credential())
    with pytest.raises(InstallFlowCancelledError, match="the install flow of jira was cancelled"):
        run(start(env, "jira"), *steps)
    assert env.flows.stage == "idle"


def _cancel(env: Env) -> Callable[[], None]:
    """A cancel() while a request is out: the machine only takes note (no effect)."""

    def cancel() -> None:
        run(env.flows.cancel())
        assert env.flows.active is not None and env.flows.active.machine.cancel_requested

    return cancel


@pytest.mark.parametrize(
    "where", ["buildingOAuth", "oauth", "fetchingCredential", "creatingCredential"]
)
def test_cancel_during_a_request_undoes_its_outcome(env: Env, where: str) -> None:
    cancel = _cancel(env)
    script: dict[str, tuple[str, list[Expect]]] = {
        "buildingOAuth": ("jira", [build_oauth_url(then=cancel), delete_session()]),
        "oauth": (
            "jira",
            [build_oauth_url(), shows(env.on_next, "oauth"), poll(then=cancel), delete_session()],
        ),
        "fetchingCredential": (
            "jira",
            [
                build_oauth_url(),
                shows(env.on_next, "oauth"),
                poll(APPROVED_SESSION),
                delete_session(),
                call("credentials.get_credential", ok(credential("PENDING")), then=cancel),
                *remove_credential(),
            ],
        ),
        "creatingCredential": (
            "stripe",
            [
                call(
                    "credentials.create_credential",
                    ok(credential("VALID", STRIPE)),
                    then=cancel,
                ),
                *remove_credential(),
            ],
        ),
    }
    name, steps = script[where]
    plan = start(env, name)
    if name == "stripe":
        run(plan, shows(env.on_next, "preOptions"))
        plan = env.flows.set_pre_options({"API_KEY": "sk_test_51Hx"})
    with pytest.raises(InstallFlowCancelledError, match=f"the install flow of {name} was"):
        run(plan, *steps)
    assert env.flows.stage == "idle"


def test_cancel_during_complete_setup_removes_the_credential(env: Env) -> None:
    run(start(env, "jira"), *to_post_options(env))
    with pytest.raises(InstallFlowCancelledError):
        run(
            env.flows.set_post_options({"JIRA_CLOUD_ID": "cloud-1"}),
            call(
                "credentials.complete_credential_setup",
                ok(credential("VALID")),
                then=_cancel(env),
            ),
            *remove_credential(),
        )
    assert env.flows.stage == "idle"


def test_cancel_once_done_is_too_late(env: Env) -> None:
    run(start(env, "stripe"), shows(env.on_next, "preOptions"))
    run(
        env.flows.set_pre_options({"API_KEY": "sk_test_51Hx"}),
        call("credentials.create_credential", ok(credential("VALID", STRIPE))),
        *installed(env, "stripe"),
    )
    with pytest.raises(InstallFlowError, match="too late, the integration is installed"):
        run(env.flows.cancel())
    assert env.flows.stage == "done"


# -- a failed request is undone -------------------------------------------------------------------


def test_a_failed_consent_url_deletes_the_session(env: Env) -> None:
    with pytest.raises(InternalServerError, match="build failed"):
        run(
            start(env, "jira"),
            call("oauth.build_oauth_url", failed(500, "build failed")),
            delete_session(),
            reports(env, InternalServerError, "idle"),
        )
    assert env.flows.stage == "idle"


def test_a_failing_undo_does_not_hide_the_first_error(env: Env) -> None:
    with pytest.raises(InternalServerError, match="build failed"):
        run(
            start(env, "jira"),
            call("oauth.build_oauth_url", failed(500, "build failed")),
            delete_session(failed(503, "unavailable")),
            reports(env, InternalServerError, "idle"),
        )
    assert env.flows.stage == "idle"


def test_a_denial_deletes_the_session_and_reaches_on_error(env: Env) -> None:
    denied = OAuthSession.from_dict(
        {"connectCredentialId": None, "status": "DENIED", "message": "access_denied"}
    )
    with pytest.raises(OAuthBlockedError, match="jira: access_denied"):
        run(
            start(env, "jira"),
            build_oauth_url(),
            shows(env.on_next, "oauth"),
            poll(denied),
            delete_session(),
            reports(env, OAuthBlockedError, "oauth"),
        )
    assert env.flows.stage == "idle"


def test_a_failed_setup_keeps_the_credential_and_ends_the_flow(env: Env) -> None:
    run(start(env, "jira"), *to_post_options(env))
    with pytest.raises(InternalServerError):
        run(
            env.flows.set_post_options({"JIRA_CLOUD_ID": "cloud-1"}),
            call("credentials.complete_credential_setup", failed(500, "setup failed")),
            reports(env, InternalServerError, "postOptions"),
        )
    assert env.flows.stage == "idle"


def test_an_interrupted_wait_deletes_the_session_before_going_on(env: Env) -> None:
    with pytest.raises(KeyboardInterrupt):
        run(
            start(env, "jira"),
            build_oauth_url(),
            shows(env.on_next, "oauth"),
            poll(error=KeyboardInterrupt()),
            delete_session(),
        )
    assert env.flows.stage == "idle"


# -- the OAuth deadline, on the test's clock ------------------------------------------------------


def test_the_oauth_deadline_ends_the_wait_at_the_poll_that_reaches_it(env: Env) -> None:
    clock = env.clock
    with pytest.raises(OAuthTimeoutError, match=r"within 2\.5 s"):
        run(
            start(env, "jira", oauth_timeout=2.5),
            build_oauth_url(),
            shows(env.on_next, "oauth"),
            poll(),
            Expect(Sleep, 1.0, then=clock.advance(1.0)),
            poll(),
            Expect(Sleep, 1.0, then=clock.advance(1.0)),
            poll(),
            # The last wait is cut to what is left before the deadline.
            Expect(Sleep, 0.5, then=clock.advance(0.5)),
            poll(),
            delete_session(),
            reports(env, OAuthTimeoutError, "oauth"),
        )
    assert env.flows.stage == "idle"


def test_a_slow_poll_past_the_deadline_ends_the_wait_without_sleeping(env: Env) -> None:
    with pytest.raises(OAuthTimeoutError, match=r"within 2\.5 s"):
        run(
            start(env, "jira", oauth_timeout=2.5),
            build_oauth_url(),
            shows(env.on_next, "oauth"),
            poll(then=env.clock.advance(3.0)),
            delete_session(),
            reports(env, OAuthTimeoutError, "oauth"),
        )


def test_an_answer_at_the_deadline_still_counts(env: Env) -> None:
    stage = run(
        start(env, "jira", oauth_timeout=1.0),
        build_oauth_url(),
        shows(env.on_next, "oauth"),
        poll(),
        Expect(Sleep, 1.0, then=env.clock.advance(1.0)),
        poll(APPROVED_SESSION),
        delete_session(),
        call("credentials.get_credential", ok(credential("PENDING"))),
        shows(env.on_next, "postOptions"),
    )
    assert stage.stage == "postOptions"


def test_the_consent_page_expiring_ends_the_wait(env: Env) -> None:
    with pytest.raises(OAuthTimeoutError, match="consent page expired"):
        run(
            start(env, "jira"),
            build_oauth_url(),
            shows(env.on_next, "oauth"),
            call("oauth.get_oauth_session", failed(404, "no such session")),
            delete_session(failed(404, "no such session")),
            reports(env, OAuthTimeoutError, "oauth"),
        )
