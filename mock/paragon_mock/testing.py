"""One in-process paragon-mock per test, and what a test needs to steer it: the plugin's objects.

The pytest plugin (``paragon_mock.pytest_plugin``) hands these out as fixtures; they work without
pytest too::

    with ParagonMock(seed=1) as mock:
        paragon = mock.client(user="alice")           # a Paragon on the app, authenticated
        mock.faults.add(mode="429", path="*/sdk/me", count=1)
        paragon.get_integration_metadata()
        assert mock.records(kind="event") == []

Everything runs in this process, without sockets: the sync ``Paragon`` and the control helpers
reach the ASGI app through a blocking portal (an event loop in a background thread, started on
first use), and ``AsyncParagon`` through ``httpx.ASGITransport`` on the caller's own event loop.
Only ``ParagonMock.url`` serves the app on a loopback port, when a test asks for it.
"""

from __future__ import annotations

import functools
import html
import itertools
import math
import re
import threading
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Protocol, cast, get_args
from urllib.parse import parse_qs, urlsplit

import anyio.from_thread
import httpx
from paragon_connect import AsyncParagon, Paragon

from paragon_mock import _default_fixture
from paragon_mock.app import MockApp, create_app
from paragon_mock.auth import sign_user_token
from paragon_mock.fixtures import Fixture, load_fixture
from paragon_mock.oauth import CONSENT_PATH
from paragon_mock.server import MockServer

__all__ = [
    "APP_OPTIONS",
    "FaultInjector",
    "InjectedFault",
    "MockControlError",
    "ParagonMock",
    "PortalTransport",
    "RecordKind",
    "TokenFactory",
]

#: The keyword arguments ``ParagonMock`` (and the ``paragon_mock`` marker) pass to ``create_app``.
APP_OPTIONS = ("fixtures", "seed", "responses", "cors_origins", "request_timeout", "state_path")

RecordKind = Literal["event", "workflowRun", "workflowTrigger", "proxyCall", "resourceConnection"]
FaultMode = Literal["429", "503", "delay"]
_FAULT_MODES: tuple[str, ...] = get_args(FaultMode)


class MockControlError(RuntimeError):
    """The mock's control surface (or consent page) answered something a helper cannot accept."""


class TokenFactory(Protocol):
    """What the ``paragon_token`` fixture is: signs a user token with the mock project's key."""

    def __call__(
        self,
        user: str | None = None,
        ttl: float = 3600,
        *,
        project_id: str | None = None,
        audience: bool = True,
        claims: Mapping[str, Any] | None = None,
    ) -> str: ...


@functools.cache
def _fixture_file(path: str, mtime_ns: int) -> Fixture:
    # Reading and checking a fixture costs ~0.13 s, building an app on a loaded one ~7 ms: a
    # suite that makes an app per test reads each file once (again only if it changes).
    return load_fixture(path)


def _resolve_fixture(fixtures: Fixture | str | Path | None) -> Fixture:
    if fixtures is None:
        return _default_fixture()
    if isinstance(fixtures, Fixture):
        return fixtures
    path = Path(fixtures).resolve()
    try:
        mtime_ns = path.stat().st_mtime_ns
    except OSError:
        return load_fixture(path)  # raises FixtureError, naming the file and the problem
    return _fixture_file(str(path), mtime_ns)


class PortalTransport(httpx.BaseTransport):
    """A sync httpx transport that runs each request through the ASGI app on a portal's loop.

    For a sync ``Paragon`` on the in-process app: httpx's ASGITransport is async only, so each
    request is handed to an event loop that a blocking portal runs in another thread.
    """

    def __init__(self, app: MockApp, portal: anyio.from_thread.BlockingPortal) -> None:
        self._inner = httpx.ASGITransport(app=app)
        self._portal = portal

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        async def send() -> httpx.Response:
            response = await self._inner.handle_async_request(request)
            content = await response.aread()
            return httpx.Response(
                response.status_code, headers=response.headers, content=content, request=request
            )

        return self._portal.call(send)


@dataclass(frozen=True)
class InjectedFault:
    """A fault as the mock describes it (``GET /_mock/faults``)."""

    id: str
    mode: str
    path: str | None
    path_regex: str | None
    method: str | None
    retry_after: int | None
    delay_ms: int
    count: int | None
    fraction: float | None
    #: How many requests it had answered when this description was read.
    applied: int

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> InjectedFault:
        """Read the control surface's JSON description."""
        return cls(
            id=str(data["id"]),
            mode=str(data["mode"]),
            path=data.get("path"),
            path_regex=data.get("pathRegex"),
            method=data.get("method"),
            retry_after=data.get("retryAfter"),
            delay_ms=int(data.get("delayMs") or 0),
            count=data.get("count"),
            fraction=data.get("fraction"),
            applied=int(data.get("applied") or 0),
        )


_UNSET: Any = object()


def _whole(name: str, value: object, *, low: int, high: int | None = None) -> int:
    # bool is an int to Python, never a count or a number of seconds to a caller.
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < low or (high is not None and value > high):
        bounds = f">= {low}" if high is None else f"in [{low}, {high}]"
        raise ValueError(f"{name} must be {bounds}, got {value}")
    return value


class FaultInjector:
    """Makes the mock answer chosen requests with 429, 503 or a delay (``POST /_mock/faults``).

    Arguments are checked here, before anything is sent, so a mistake fails the test at the line
    that made it with a message saying what is wrong, instead of a fault that never matches.
    """

    def __init__(self, mock: ParagonMock) -> None:
        self._mock = mock

    def __repr__(self) -> str:
        return f"FaultInjector({self._mock!r})"

    def add(
        self,
        mode: FaultMode | Literal[429, 503],
        path: str | None = None,
        *,
        path_regex: str | None = None,
        method: str | None = None,
        count: int | None = None,
        fraction: float | None = None,
        retry_after: int | None = _UNSET,
        delay_ms: int | None = None,
    ) -> InjectedFault:
        """Inject a fault and return it as the mock describes it.

        Args:
            mode: ``"429"`` (rate limited, with ``Retry-After``), ``"503"`` (unavailable, with
                ``Retry-After`` unless ``retry_after=None``) or ``"delay"`` (wait ``delay_ms``,
                then answer normally).
            path: a glob matched against the whole request path, such as ``"*/sdk/me"`` or
                ``"/projects/*/sdk/credentials"`` (``*`` crosses ``/``).
            path_regex: instead of ``path``, a regular expression searched in the path.
            method: only requests with this method (``"GET"``, ``"POST"``, ...).
            count: only the next ``count`` matching requests; the fault then goes away.
            fraction: only this share (0 < fraction <= 1) of the matching requests, drawn from
                the mock's seeded generator.
            retry_after: the ``Retry-After`` seconds of a 429 or 503; 0 by default here, so that
                the client's retries do not slow the test down (the control surface's own
                default is 1).
            delay_ms: a delay fault's wait, in milliseconds (up to 600000).

        """
        if isinstance(mode, int) and not isinstance(mode, bool) and str(mode) in _FAULT_MODES:
            mode = cast(FaultMode, str(mode))
        if mode not in _FAULT_MODES:
            raise ValueError(f"mode must be '429', '503' or 'delay', not {mode!r}")
        body: dict[str, Any] = {"mode": mode}
        if (path is None) == (path_regex is None):
            raise ValueError(
                "give path (a glob such as '*/sdk/me') or path_regex (a regular expression), "
                "exactly one of them"
            )
        if path is not None:
            if not isinstance(path, str):
                raise TypeError(f"path must be a str glob, not {type(path).__name__}")
            if not path.startswith(("/", "*")):
                # The glob must match the whole path, which starts with / (and with a project
                # prefix): 'sdk/me' would never match anything, silently.
                raise ValueError(
                    f"path {path!r} can never match: the glob is matched against the whole "
                    "request path, which starts with '/'; write '*/sdk/me' or "
                    "'/projects/*/sdk/me'"
                )
            body["path"] = path
        else:
            if not isinstance(path_regex, str) or not path_regex:
                raise TypeError("path_regex must be a non-empty str")
            body["pathRegex"] = path_regex
        if method is not None:
            if not isinstance(method, str) or not method.isalpha() or not method.isascii():
                raise ValueError(f"method must be an HTTP method such as 'GET', not {method!r}")
            body["method"] = method.upper()
        if count is not None:
            body["count"] = _whole("count", count, low=1)
        if fraction is not None:
            if isinstance(fraction, bool) or not isinstance(fraction, int | float):
                raise TypeError(f"fraction must be a number, not {type(fraction).__name__}")
            if not (math.isfinite(fraction) and 0 < fraction <= 1):
                raise ValueError(f"fraction must be in (0, 1], got {fraction}")
            body["fraction"] = float(fraction)
        if mode == "delay":
            if retry_after is not _UNSET:
                raise ValueError("retry_after applies to 429 and 503 faults, not to a delay")
            if delay_ms is None:
                raise ValueError("a delay fault needs delay_ms (milliseconds, > 0)")
            body["delayMs"] = _whole("delay_ms", delay_ms, low=1, high=600_000)
        else:
            if delay_ms is not None:
                raise ValueError(f"delay_ms applies to delay faults, not to a {mode} fault")
            retry_after = 0 if retry_after is _UNSET else retry_after
            if retry_after is not None:
                retry_after = _whole("retry_after", retry_after, low=0)
            body["retryAfter"] = retry_after
        response = self._mock.http.post("/_mock/faults", json=body)
        if response.status_code == 400:
            # What only the mock can check (a regular expression it refuses, ...).
            raise ValueError(f"the mock refused the fault: {_message(response)}")
        _expect(response, 201, "POST /_mock/faults")
        return InjectedFault.from_json(response.json())

    def list(self) -> list[InjectedFault]:
        """The faults still active (a fault with a ``count`` goes once it is used up)."""
        response = self._mock.http.get("/_mock/faults")
        _expect(response, 200, "GET /_mock/faults")
        return [InjectedFault.from_json(item) for item in response.json()["faults"]]

    def remove(self, fault: InjectedFault | str) -> None:
        """Remove one fault; ``KeyError`` when the mock has no such fault (any more)."""
        fault_id = fault.id if isinstance(fault, InjectedFault) else fault
        response = self._mock.http.delete(f"/_mock/faults/{fault_id}")
        if response.status_code == 404:
            raise KeyError(f"the mock has no fault {fault_id} (a used-up fault goes by itself)")
        _expect(response, 204, f"DELETE /_mock/faults/{fault_id}")

    def clear(self) -> None:
        """Remove every fault."""
        _expect(self._mock.http.delete("/_mock/faults"), 204, "DELETE /_mock/faults")


def _message(response: httpx.Response) -> str:
    try:
        message = response.json().get("message")
    except ValueError:
        return response.text[:300]
    if isinstance(message, list):
        return "; ".join(str(item) for item in message)
    return str(message)


def _expect(response: httpx.Response, status: int, what: str) -> None:
    if response.status_code != status:
        raise MockControlError(
            f"{what} answered {response.status_code}, not {status}: {_message(response)}"
        )


_HEADING = re.compile(r"<h1>(.*?)</h1>", re.S)
_ALERT = re.compile(r'<p role="alert">(.*?)</p>', re.S)
_ALREADY = re.compile(r"already (approved|denied)")


class ParagonMock:
    """A fresh mock app and the helpers a test drives it with (the ``paragon_mock`` fixture).

    ``app`` is the ASGI app; ``project_id`` its fixture's first project; ``base_url`` the URL
    the in-process transports answer on; ``url`` a real loopback server, started on first use.
    Close it (or use ``with``) to close the clients it made and stop what it started.

    The helpers are plain functions, usable from async tests too: each sends one request to the
    app on the mock's own portal thread, blocking the caller (and its event loop) meanwhile.
    """

    #: What clients on ``transport()`` / ``async_transport()`` use as their ``base_url``; no
    #: request leaves the process, so the host is only a name.
    base_url = "http://paragon-mock.test"

    def __init__(self, **app_options: Any) -> None:
        unknown = sorted(set(app_options) - set(APP_OPTIONS))
        if unknown:
            raise TypeError(
                f"unknown paragon-mock option(s) {', '.join(unknown)}; "
                f"the options are those of create_app: {', '.join(APP_OPTIONS)}"
            )
        app_options["fixtures"] = _resolve_fixture(app_options.get("fixtures"))
        self.app: MockApp = create_app(**app_options)
        self.faults = FaultInjector(self)
        self._lock = threading.Lock()
        self._portal_cm: AbstractContextManager[anyio.from_thread.BlockingPortal] | None = None
        self._portal: anyio.from_thread.BlockingPortal | None = None
        self._http: httpx.Client | None = None
        self._server: MockServer | None = None
        self._users = itertools.count(1)
        self._clients: list[Paragon] = []
        self._async_clients: list[AsyncParagon] = []
        self._closed = False

    def __repr__(self) -> str:
        where = f", url={self._server.base_url!r}" if self._server is not None else ""
        return f"ParagonMock(project_id={self.project_id!r}{where})"

    # -- where the app answers ---------------------------------------------------------------------

    @property
    def project_id(self) -> str:
        """The first project of the fixture in force (the SDK reference's, by default)."""
        return self.app.mock.store.fixture.default_project.id

    @property
    def served(self) -> bool:
        """Whether ``url`` has started a server."""
        return self._server is not None

    @property
    def url(self) -> str:
        """The base URL of this same app served by uvicorn on 127.0.0.1 (started on first use).

        For code that needs a real socket: another process, a browser, the JavaScript SDK, an
        HTTP library other than httpx, or client timeouts (in-process transports have none).
        """
        with self._lock:
            self._check_open()
            if self._server is None:
                server = MockServer(self.app)
                server.start()
                self._server = server
            return self._server.base_url

    def transport(self) -> httpx.BaseTransport:
        """A sync httpx transport into the app (``Paragon(transport=...)``, ``httpx.Client``)."""
        return PortalTransport(self.app, self._started_portal())

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """An async httpx transport into the app, run on the caller's event loop."""
        return httpx.ASGITransport(app=self.app)

    @property
    def http(self) -> httpx.Client:
        """A sync ``httpx.Client`` on the app, for raw requests: ``mock.http.get("/_mock/...")``."""
        with self._lock:
            self._check_open()
            if self._http is None:
                self._http = httpx.Client(
                    transport=PortalTransport(self.app, self._portal_unlocked()),
                    base_url=self.base_url,
                )
            return self._http

    # -- users and clients -------------------------------------------------------------------------

    def new_user_id(self) -> str:
        """A user ID no other call of this mock returned (``pytest-user-1``, ``-2``, ...)."""
        return f"pytest-user-{next(self._users)}"

    def token(
        self,
        user: str | None = None,
        ttl: float = 3600,
        *,
        project_id: str | None = None,
        audience: bool = True,
        claims: Mapping[str, Any] | None = None,
    ) -> str:
        """A user token signed with the project's development key (a fresh user by default).

        A negative ``ttl`` signs one that has already expired; ``claims`` adds claims, such as
        ``{"urn:useparagon:connect:permissions": ["getCurrentUser"]}``.
        """
        project_id = project_id or self.project_id
        fixture = self.app.mock.store.fixture
        project = fixture.projects.get(project_id)
        if project is None:
            known = ", ".join(fixture.projects)
            raise ValueError(f"the mock has no project {project_id}; its projects: {known}")
        if project.private_key_pem is None:
            raise ValueError(f"the fixture holds no development private key for {project_id}")
        return sign_user_token(
            project.private_key_pem,
            project_id=project_id,
            user_id=self.new_user_id() if user is None else user,
            ttl=ttl,
            audience=audience,
            extra_claims=dict(claims or {}),
        )

    def client(
        self, user: str | None = None, *, project_id: str | None = None, **options: Any
    ) -> Paragon:
        """A ``Paragon`` on the app, authenticated as ``user`` (a fresh one by default).

        ``options`` go to ``Paragon`` (``max_retries``, ``timeout``, ...). It is closed when the
        mock is.
        """
        self._check_open()
        client = Paragon(base_url=self.base_url, transport=self.transport(), **options)
        self._clients.append(client)
        client.authenticate(project_id or self.project_id, self.token(user, project_id=project_id))
        return client

    def async_client(
        self, user: str | None = None, *, project_id: str | None = None, **options: Any
    ) -> AsyncParagon:
        """An ``AsyncParagon`` on the app, authenticated as ``user`` (a fresh one by default).

        A plain function, not a coroutine: it authenticates on the mock's own portal, so it
        needs no event loop and works under any async test plugin. The client is not bound to
        that loop (its transport is ``httpx.ASGITransport``), so the test awaits it on its own.
        It is closed when the mock is.
        """
        self._check_open()
        client = AsyncParagon(base_url=self.base_url, transport=self.async_transport(), **options)
        self._async_clients.append(client)
        token = self.token(user, project_id=project_id)
        self._started_portal().call(client.authenticate, project_id or self.project_id, token)
        return client

    # -- the control surface -----------------------------------------------------------------------

    def reset(self) -> None:
        """Seed the state again from the fixture and remove every fault (``POST /_mock/reset``).

        Generated IDs go on from where they were; a fresh ``ParagonMock`` starts them again.
        """
        _expect(self.http.post("/_mock/reset"), 200, "POST /_mock/reset")

    def records(
        self,
        kind: RecordKind | None = None,
        *,
        user: str | None = None,
        project_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """What the application did, oldest first (``GET /_mock/records``).

        ``kind``: ``event`` (App Events), ``workflowRun`` (the workflow runs they started),
        ``workflowTrigger``, ``proxyCall`` or ``resourceConnection``; ``user`` and
        ``project_id`` filter too.
        """
        params = {"kind": kind, "userId": user, "projectId": project_id}
        response = self.http.get(
            "/_mock/records", params={k: v for k, v in params.items() if v is not None}
        )
        if response.status_code == 400:
            raise ValueError(_message(response))
        _expect(response, 200, "GET /_mock/records")
        records: list[dict[str, Any]] = response.json()["records"]
        return records

    def clear_records(self) -> None:
        """Forget every record (``DELETE /_mock/records``)."""
        _expect(self.http.delete("/_mock/records"), 204, "DELETE /_mock/records")

    def settings(
        self,
        *,
        responses: Literal["full", "minimal"] | None = None,
        oauth_session_ttl: float | None = None,
    ) -> dict[str, Any]:
        """Change settings (``PATCH /_mock/settings``) and return them all.

        ``responses="minimal"``: answers keep only what the spec requires (plus an unknown
        property), to try code against a lean Paragon; ``oauth_session_ttl``: seconds an OAuth
        handshake lives. With no argument, only reads them.
        """
        changes: dict[str, Any] = {}
        if responses is not None:
            changes["responses"] = responses
        if oauth_session_ttl is not None:
            changes["oauthSessionTtlSeconds"] = oauth_session_ttl
        if changes:
            response = self.http.patch("/_mock/settings", json=changes)
            if response.status_code == 400:
                raise ValueError(_message(response))
        else:
            response = self.http.get("/_mock/settings")
        _expect(response, 200, "/_mock/settings")
        settings: dict[str, Any] = response.json()
        return settings

    # -- the consent page --------------------------------------------------------------------------

    def approve(self, consent_url: str, values: Mapping[str, str] | None = None) -> None:
        """Click Approve on the consent page of ``consent_url``, as the user would.

        For an integration connected with an API key the page is a form: ``values`` fills its
        inputs (``{"API_KEY": "sk_test_1"}``). The credential is then made and the session
        completed, so the client waiting in the ``oauth`` stage goes on.
        """
        self._answer(consent_url, "approve", values)

    def deny(self, consent_url: str) -> None:
        """Click Deny on the consent page of ``consent_url``."""
        self._answer(consent_url, "deny", None)

    def approving(self, values: Mapping[str, str] | None = None) -> Callable[[Any], None]:
        """An ``on_next`` callback for installs that approves the consent page when it comes.

        ``paragon.install_integration("slack", on_next=paragon_mock.approving())``.
        """

        def on_next(stage: Any) -> None:
            if getattr(stage, "stage", None) == "oauth":
                self.approve(str(stage.consent_url), values)

        return on_next

    def denying(self) -> Callable[[Any], None]:
        """An ``on_next`` callback for installs that denies the consent page when it comes."""

        def on_next(stage: Any) -> None:
            if getattr(stage, "stage", None) == "oauth":
                self.deny(str(stage.consent_url))

        return on_next

    def _answer(self, consent_url: str, answer: str, values: Mapping[str, str] | None) -> None:
        path = urlsplit(str(consent_url)).path.rstrip("/")
        if (
            not path.startswith(f"{CONSENT_PATH}/")
            or path.count("/") != CONSENT_PATH.count("/") + 1
        ):
            raise ValueError(
                f"{consent_url!r} is not a consent URL of the mock "
                f"(it looks like {self.base_url}{CONSENT_PATH}/<ticket>)"
            )
        response = self.http.post(f"{path}/{answer}", data=dict(values or {}))
        if response.status_code == 404:
            raise MockControlError(
                f"the consent request {path} has expired or does not exist "
                "(the client deletes its session once it stops waiting)"
            )
        if response.status_code == 422:
            problem = _ALERT.search(response.text)
            detail = html.unescape(problem.group(1)) if problem else "the form was refused"
            raise ValueError(f"the consent form refused the values: {detail}")
        if response.status_code == 303:
            # The session had a redirectUrl: the outcome is in the redirect's query.
            query = parse_qs(urlsplit(response.headers.get("location", "")).query)
            outcome = (query.get("status") or [""])[0]
            if outcome != ("approved" if answer == "approve" else "denied"):
                raise MockControlError(f"the consent request was already {outcome}")
            return
        _expect(response, 200, f"POST {path}/{answer}")
        heading = _HEADING.search(response.text)
        already = _ALREADY.search(html.unescape(heading.group(1))) if heading else None
        if already:
            raise MockControlError(f"the consent request was already {already.group(1)}")

    # -- lifetime ----------------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("this ParagonMock is closed (the test that owned it has ended)")

    def _started_portal(self) -> anyio.from_thread.BlockingPortal:
        with self._lock:
            self._check_open()
            return self._portal_unlocked()

    def _portal_unlocked(self) -> anyio.from_thread.BlockingPortal:
        if self._portal is None:
            self._portal_cm = anyio.from_thread.start_blocking_portal()
            self._portal = self._portal_cm.__enter__()
        return self._portal

    def close(self) -> None:
        """Close the clients it made, stop the served URL and the portal. Idempotent."""
        if self._closed:
            return
        self._closed = True
        try:
            for client in self._clients:
                client.close()
            if self._async_clients and self._portal is not None:
                for async_client in self._async_clients:
                    self._portal.call(async_client.aclose)
            if self._http is not None:
                self._http.close()
        finally:
            if self._server is not None:
                self._server.stop()
            if self._portal_cm is not None:
                self._portal_cm.__exit__(None, None, None)
            self._portal = self._portal_cm = None

    def __enter__(self) -> ParagonMock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
