"""The client's own sync connection pool: httpx's, each socket step bounded by the deadline.

A blocking socket cannot be cancelled, so the total deadline of an attempt (see ``_transport``)
is kept by the sockets themselves: every connect, read and write of the pool ``http_transport``
makes waits at most its own timeout or the time the current attempt has left, whichever is
less, and a step stopped by the deadline marks it passed (the error then says so).

Imported when a ``Paragon`` makes its own pool, not with the package: it needs httpcore (and so
h11 and anyio), which ``import httpx`` does not load either, and which were two fifths of what
``import paragon_connect`` added to ``import httpx``.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Iterable
from typing import TypeVar

import httpcore
import httpx

from ._transport import Deadline, current_deadline

__all__ = ["http_transport"]

T = TypeVar("T")


def _step_timeout(
    deadline: Deadline, timeout: float | None, expired: type[Exception]
) -> float | None:
    """The timeout of one blocking socket step: its own, or the time left if that is less.

    Raises ``expired`` when no time is left. A step given the time left (not its own timeout)
    that then times out has been stopped by the deadline: the caller marks it ``passed``.
    """
    left = deadline.left()
    if timeout is not None and timeout <= left:
        return timeout  # the step's own limit comes first: a plain step timeout
    if left <= 0:
        deadline.passed = True
        raise expired("the total deadline of the request passed")
    return left


def _bounded(
    timeout: float | None, step: Callable[[float | None], T], expired: type[Exception]
) -> T:
    """Run one blocking socket step with its own ``timeout``, or the time left if that is less."""
    deadline = current_deadline.get()
    if deadline is None:
        return step(timeout)
    limit = _step_timeout(deadline, timeout, expired)
    try:
        return step(limit)
    except expired:
        if limit is not timeout:
            deadline.passed = True
        raise


class _DeadlineStream(httpcore.NetworkStream):
    """A socket of the sync pool whose every step ends by the current attempt's deadline.

    ``read`` and ``write``, a few times in every call, do what ``_bounded`` does without its
    closure and extra call.
    """

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        deadline = current_deadline.get()
        if deadline is None:
            return self._stream.read(max_bytes, timeout)
        limit = _step_timeout(deadline, timeout, httpcore.ReadTimeout)
        try:
            return self._stream.read(max_bytes, limit)
        except httpcore.ReadTimeout:
            if limit is not timeout:
                deadline.passed = True
            raise

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        deadline = current_deadline.get()
        if deadline is None:
            self._stream.write(buffer, timeout)
            return
        limit = _step_timeout(deadline, timeout, httpcore.WriteTimeout)
        try:
            self._stream.write(buffer, limit)
        except httpcore.WriteTimeout:
            if limit is not timeout:
                deadline.passed = True
            raise

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(
            _bounded(
                timeout,
                lambda left: self._stream.start_tls(ssl_context, server_hostname, left),
                httpcore.ConnectTimeout,
            )
        )

    def get_extra_info(self, info: str) -> object:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """Opens ``_DeadlineStream`` sockets, and bounds connecting by the deadline too."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(
            _bounded(
                timeout,
                lambda left: self._backend.connect_tcp(
                    host, port, left, local_address, socket_options
                ),
                httpcore.ConnectTimeout,
            )
        )

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(
            _bounded(
                timeout,
                lambda left: self._backend.connect_unix_socket(path, left, socket_options),
                httpcore.ConnectTimeout,
            )
        )

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def http_transport(limits: httpx.Limits) -> httpx.HTTPTransport:
    """The sync pool of httpx, its sockets bounded by the deadline of the attempt using them.

    httpx offers no parameter for httpcore's network backend, so it is wrapped in place; should
    a later httpx keep it elsewhere, the pool works as before and the deadline is checked
    between the chunks of the body only.
    """
    transport = httpx.HTTPTransport(limits=limits)
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = _DeadlineBackend(backend)  # type: ignore[union-attr]
    return transport
