"""Running the mock under uvicorn: in a background thread for tests, or in the foreground.

``MockServer`` binds 127.0.0.1 on a free port (port 0) before uvicorn starts, so the base URL is
known at once and no other process can take the port in between; ``serve_in_thread`` wraps it as
a context manager that yields the running server and stops it on exit.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from paragon_mock.app import MockApp, MockState, create_app

__all__ = [
    "MAX_REQUEST_HEAD_BYTES",
    "MockServer",
    "bind_socket",
    "guarded_protocol",
    "serve_in_thread",
]

#: The largest request head (request line and headers) the mock reads; uvicorn's h11 default is
#: 16 KiB, past which a head that arrives in pieces gets a plain-text 400 before the app sees it.
#: A request that fits the spec can be far longer: buildOauthUrl's three JsonObjectString
#: parameters hold up to 8192 characters each, up to 12 bytes each once percent-encoded (a
#: four-byte UTF-8 character), about 288 KiB, and the proxy's path up to 2048 more characters.
MAX_REQUEST_HEAD_BYTES = 1024 * 1024


class _GuardedH11Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, closing a connection whose request head never completes.

    uvicorn times out an idle keep-alive connection, but not one that has started a request and
    sends its head a byte at a time (or not at all): each byte cancels the keep-alive timer, and
    nothing arms another until a response is sent. Here a deadline starts when the server waits
    for a request head (on connecting, or after a response) and is not moved by more bytes.
    """

    head_timeout = 10.0

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._head_deadline: asyncio.TimerHandle | None = None
        super().connection_made(transport)
        self._watch_head()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._watch_head()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._watch_head()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_watching()
        super().connection_lost(exc)

    def _waiting_for_head(self) -> bool:
        return self.cycle is None or self.cycle.response_complete

    def _watch_head(self) -> None:
        if not self._waiting_for_head():
            self._stop_watching()  # the head has come; the app bounds the body
        elif self._head_deadline is None and not self.transport.is_closing():
            self._head_deadline = self.loop.call_later(self.head_timeout, self._head_too_late)

    def _stop_watching(self) -> None:
        if self._head_deadline is not None:
            self._head_deadline.cancel()
            self._head_deadline = None

    def _head_too_late(self) -> None:
        self._head_deadline = None
        if self._waiting_for_head() and not self.transport.is_closing():
            self.transport.close()


def guarded_protocol(head_timeout: float) -> type[H11Protocol]:
    """The HTTP protocol class uvicorn should serve the mock with (``uvicorn.Config(http=)``)."""
    return type("GuardedH11Protocol", (_GuardedH11Protocol,), {"head_timeout": head_timeout})


def bind_socket(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A listening TCP socket (port 0 picks a free port)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto must say TCP: asyncio sets TCP_NODELAY on accepted connections only then, and
    # without it every keep-alive answer waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def base_url_of(sock: socket.socket) -> str:
    """The http:// URL a bound socket serves."""
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


class MockServer:
    """The mock served by uvicorn in a background thread."""

    def __init__(
        self,
        app: MockApp | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        **app_options: Any,
    ) -> None:
        self.app = app if app is not None else create_app(**app_options)
        self._host = host
        self._port = port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.base_url = ""

    def __repr__(self) -> str:
        return f"MockServer(base_url={self.base_url!r})"

    @property
    def mock(self) -> MockState:
        """The MockState behind the app (its store, faults and routes)."""
        return self.app.mock

    def start(self, timeout: float = 10.0) -> str:
        """Start serving; return the base URL."""
        sock = bind_socket(self._host, self._port)
        self.base_url = base_url_of(sock)
        config = uvicorn.Config(
            self.app,
            log_level="warning",
            access_log=False,
            lifespan="on",
            http=guarded_protocol(self.app.mock.request_timeout),
            h11_max_incomplete_event_size=MAX_REQUEST_HEAD_BYTES,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="paragon-mock", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the mock server did not start")
            time.sleep(0.01)
        return self.base_url

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving and wait for the thread to end."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
        self._server = None
        self._thread = None

    def __enter__(self) -> MockServer:
        self.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()


@contextlib.contextmanager
def serve_in_thread(**options: Any) -> Iterator[MockServer]:
    """Serve the mock on 127.0.0.1 (a free port) while the block runs.

    Options are those of ``create_app`` (``fixtures``, ``seed``, ``state_path``, ``responses``)
    and of ``MockServer`` (``host``, ``port``).
    """
    server = MockServer(**options)
    server.start()
    try:
        yield server
    finally:
        server.stop()
