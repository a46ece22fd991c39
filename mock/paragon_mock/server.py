"""Running the mock under uvicorn: in a background thread for tests, or in the foreground.

``MockServer`` binds 127.0.0.1 on a free port (port 0) before uvicorn starts, so the base URL is
known at once and no other process can take the port in between; ``serve_in_thread`` wraps it as
a context manager that yields the running server and stops it on exit.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import uvicorn

from paragon_mock.app import MockApp, MockState, create_app

__all__ = ["MockServer", "bind_socket", "serve_in_thread"]


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
        config = uvicorn.Config(self.app, log_level="warning", access_log=False, lifespan="on")
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
