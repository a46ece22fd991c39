"""Run one test body against ``Paragon`` and ``AsyncParagon`` alike, in-process on the mock.

``AsyncParagon`` runs on an event loop in a background thread (an anyio blocking portal), so a
test calls both flavours the same way: ``flavour.call("get_credential", credential_id)``. The
sync client reaches the ASGI app through ``PortalTransport``, which runs httpx's
``ASGITransport`` on that same portal: both flavours exercise the real app, with no sockets.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

import anyio.from_thread
import httpx
from paragon_connect import AsyncParagon, Paragon
from paragon_connect_api.types import Unset
from paragon_mock.testing import PortalTransport

BASE_URL = "http://mock.test"


class Recorder(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps a transport and records every request that reaches it (after the retry layer)."""

    def __init__(
        self, inner: Any, *, before: Callable[[httpx.Request], httpx.Response | None] | None = None
    ) -> None:
        self.inner = inner
        self.requests: list[httpx.Request] = []
        # Sees each request first; its answer, if any, replaces the app's. Tests may swap it.
        self.before = before

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        injected = self.before(request) if self.before else None
        return injected if injected is not None else self.inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        injected = self.before(request) if self.before else None
        if injected is not None:
            return injected
        response: httpx.Response = await self.inner.handle_async_request(request)
        return response


T = TypeVar("T")


def present(value: T | Unset) -> T:
    """A field the test expects in the response (fails the test when it is UNSET)."""
    assert not isinstance(value, Unset), "the response left out a field the test expects"
    return value


@dataclass
class Flavour:
    """One client, sync or async, behind one calling convention."""

    name: str
    client: Paragon | AsyncParagon
    recorder: Recorder
    portal: anyio.from_thread.BlockingPortal
    app: Any
    events: list[tuple[str, Any, Any]] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)
    answers: list[int] = field(default_factory=list)

    @property
    def is_async(self) -> bool:
        return isinstance(self.client, AsyncParagon)

    def call(self, method_name: str, /, *args: Any, **kwargs: Any) -> Any:
        """Call a client method and return its result (awaited on the portal for async)."""
        bound = getattr(self.client, method_name)
        if self.is_async:
            return self.portal.call(functools.partial(bound, *args, **kwargs))
        return bound(*args, **kwargs)

    def all_field_options(self, **kwargs: Any) -> list[Any]:
        """Drain iter_field_options into a list."""
        if isinstance(self.client, AsyncParagon):
            iterator = self.client.iter_field_options(**kwargs)

            async def drain() -> list[Any]:
                return [item async for item in iterator]

            return self.portal.call(drain)
        return list(self.client.iter_field_options(**kwargs))

    def subscribe_all(self) -> None:
        """Record every subscribe event into ``events``."""

        def recorder(name: str) -> Callable[[Any, Any], None]:
            return lambda event, user: self.events.append((name, event, user))

        for name in ("onIntegrationInstall", "onIntegrationUninstall", "onWorkflowChange"):
            self.client.subscribe(name, recorder(name))


@contextmanager
def make_flavour(
    name: str,
    app: Any,
    *,
    before: Callable[[httpx.Request], httpx.Response | None] | None = None,
    **options: Any,
) -> Iterator[Flavour]:
    """A client of the given flavour on ``app``, closed afterwards."""
    with anyio.from_thread.start_blocking_portal() as portal:
        client: Paragon | AsyncParagon
        if name == "sync":
            recorder = Recorder(PortalTransport(app, portal), before=before)
            client = Paragon(base_url=BASE_URL, transport=recorder, **options)
        else:
            recorder = Recorder(httpx.ASGITransport(app=app), before=before)
            client = AsyncParagon(base_url=BASE_URL, transport=recorder, **options)
        flavour = Flavour(name=name, client=client, recorder=recorder, portal=portal, app=app)
        try:
            yield flavour
        finally:
            if isinstance(client, AsyncParagon):
                portal.call(client.aclose)
            else:
                client.close()


def answer_consent(flavour: Flavour, consent_url: str, answer: str = "approve") -> threading.Thread:
    """Click Approve (or Deny) on the mock's consent page, from another thread, as a user would."""
    path = httpx.URL(consent_url).path

    async def post() -> httpx.Response:
        transport = httpx.ASGITransport(app=flavour.app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as browser:
            return await browser.post(f"{path}/{answer}")

    def click() -> None:
        response = flavour.portal.call(post)
        flavour.answers.append(response.status_code)

    thread = threading.Thread(target=click, name=f"consent-{answer}")
    thread.start()
    return thread


def consent_answerer(flavour: Flavour, answer: str = "approve") -> Callable[[Any], None]:
    """An ``on_next`` callback that answers the consent page when the oauth stage comes."""

    def on_next(stage: Any) -> None:
        flavour.stages.append(stage.stage)
        if stage.stage == "oauth":
            answer_consent(flavour, stage.consent_url, answer)

    return on_next


ClientT = TypeVar("ClientT", bound=Paragon | AsyncParagon)


def signed_in(client: ClientT, project_id: str, user_id: str = "xyz") -> ClientT:
    """Give a client on a stub transport a user, as authenticate() would, without its requests."""
    import uuid

    from paragon_connect import AuthenticatedUser
    from paragon_connect._tokens import Secret

    client._shared.session.project_id = str(uuid.UUID(project_id))
    client._shared.session.token = Secret("stub-token")
    client._shared.session.user = AuthenticatedUser(user_id=user_id, integrations={}, meta={})
    return client
