"""The ASGI app: the public API's pipeline, the control surface and the consent page, on one port.

``MockApp`` sends every request to the public API through the pipeline of ``MockState``
(``state.py``: faults, route, authenticate, validate, handle, serialise) and everything under
``/_mock/`` to a small Starlette app: the control surface (``control.py``) and the OAuth consent
page (``oauth.py``). ``create_app`` builds the whole.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Sequence
from typing import Any

from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from paragon_mock import control, oauth
from paragon_mock.errors import ApiError
from paragon_mock.fixtures import Fixture
from paragon_mock.minimal import RESPONSE_MODES, ResponseMode
from paragon_mock.state import DEFAULT_REQUEST_TIMEOUT, JSON_MEDIA_TYPE, MockState, dumps
from paragon_mock.store import Store

__all__ = ["CONTROL_PREFIX", "RESPONSE_MODES", "MockApp", "MockState", "ResponseMode", "create_app"]

logger = logging.getLogger("paragon_mock")
CONTROL_PREFIX = "/_mock/"


class MockApp:
    """The ASGI app: ``/_mock/`` goes to the control surface (Starlette), the rest to the pipeline.

    The public API is dispatched before Starlette's router on purpose: every path must reach the
    pipeline, even one whose proxy part holds characters Starlette's path convertor refuses, and
    the pipeline answers every error itself.
    """

    def __init__(
        self, mock: MockState, control_app: Starlette, cors_origins: Sequence[str] = ()
    ) -> None:
        self.mock = mock
        self.control_app = control_app
        self.state = control_app.state
        self.cors_origins = tuple(cors_origins)
        self._asgi: Any = self._dispatch
        if self.cors_origins:
            # A web app on another origin calls the mock as it calls Paragon: the SDK sends
            # Authorization and its own headers, so a preflight allows whatever it asks for.
            self._asgi = CORSMiddleware(
                self._dispatch,
                allow_origins=list(self.cors_origins),
                allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
                allow_headers=["*"],
                expose_headers=["Retry-After", "Allow"],
                max_age=600,
            )

    def __repr__(self) -> str:
        return f"MockApp({self.mock!r})"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one ASGI connection (through CORS when origins are allowed)."""
        await self._asgi(scope, receive, send)

    async def _dispatch(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not scope["path"].startswith(CONTROL_PREFIX):
            try:
                response = await self.mock.handle(Request(scope, receive))
            except Exception:
                logger.exception("the mock failed to handle %s %s", scope["method"], scope["path"])
                response = self.mock.error_response(ApiError(500, "Internal server error."))
            await response(scope, receive, send)
            return
        await self.control_app(scope, receive, send)


async def _control_not_found(request: Request, exc: Exception) -> Response:
    status = getattr(exc, "status_code", 404)
    headers = getattr(exc, "headers", None)
    message = (
        f"No control operation at {request.method} {request.url.path}."
        if status == 404
        else f"{request.method} is not allowed on {request.url.path}."
    )
    return Response(
        dumps(ApiError(status, message).body()), status, headers=headers, media_type=JSON_MEDIA_TYPE
    )


def create_app(
    *,
    fixtures: Fixture | str | None = None,
    seed: int | None = None,
    state_path: str | None = None,
    store: Store | None = None,
    responses: ResponseMode = "full",
    cors_origins: Sequence[str] = ("*",),
    request_timeout: float = DEFAULT_REQUEST_TIMEOUT,
) -> MockApp:
    """Build the mock as an ASGI app.

    Args:
        fixtures: a Fixture, or the path of a fixture file; the default fixture when omitted.
        seed: seeds every random choice (IDs, fault fractions) for reproducible runs.
        state_path: keep the state in this SQLite file instead of memory.
        store: an existing store to serve (fixtures, seed and state_path are then ignored).
        responses: ``full`` answers, or ``minimal`` ones (only what the spec requires, plus an
            unknown property); ``PATCH /_mock/settings`` switches it, ``POST /_mock/reset``
            returns to this choice.
        cors_origins: the web origins allowed to call the mock from a browser (``*``: any,
            the default for an app served on loopback; empty: no CORS headers at all).
        request_timeout: seconds a request's head (when served by ``MockServer`` or the
            command) and, separately, its body may take to arrive; slower ones are dropped
            (the head) or refused with a 400 (the body).

    """
    from paragon_mock.fixtures import load_fixture

    if store is None:
        fixture = fixtures if isinstance(fixtures, Fixture) else load_fixture(fixtures)
        store = Store(fixture, seed=seed, state_path=state_path)
    if not (isinstance(request_timeout, int | float) and 0 < request_timeout < 3600):
        raise ValueError(
            f"request_timeout must be a number of seconds in (0, 3600), got {request_timeout!r}"
        )
    mock = MockState(store, seed=seed, responses=responses)
    mock.request_timeout = float(request_timeout)
    owned_store = store

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        yield
        owned_store.close()

    control_app = Starlette(
        routes=[*control.routes(), *oauth.consent_routes()],
        lifespan=lifespan,
        exception_handlers={404: _control_not_found, 405: _control_not_found},
    )
    control_app.state.mock = mock
    return MockApp(mock, control_app, cors_origins)
