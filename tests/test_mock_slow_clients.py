"""Half-sent requests do not hold the mock: a slow head closes the connection, a slow body a 400.

Real sockets against ``serve_in_thread`` with a short ``request_timeout``. The bounds below
only prove that nothing waits for ever (a few times the configured timeout); they measure
nothing.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest
from paragon_mock import DEFAULT_PROJECT_ID, MockServer, create_app, dev_token, serve_in_thread

TIMEOUT = 0.5
# Long enough for any loaded machine to act on a 0.5 s timeout; far short of "for ever".
NEVER = 20.0


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with serve_in_thread(seed=3, request_timeout=TIMEOUT) as running:
        yield running


def _connect(server: MockServer) -> socket.socket:
    parts = urlsplit(server.base_url)
    assert parts.hostname is not None and parts.port is not None
    sock = socket.create_connection((parts.hostname, parts.port), timeout=NEVER)
    return sock


def _read_until_closed(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes; a socket timeout fails the test."""
    received = b""
    while chunk := sock.recv(65536):
        received += chunk
    return received


def test_a_head_that_never_completes_is_closed(server: MockServer) -> None:
    with _connect(server) as sock:
        sock.sendall(b"GET /projects/" + DEFAULT_PROJECT_ID.encode() + b"/sdk/me HTTP/1.1\r\n")
        assert _read_until_closed(sock) == b""


def test_a_head_sent_a_byte_at_a_time_is_closed_whatever_it_sends(server: MockServer) -> None:
    with _connect(server) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nX-Slow: ")
        sock.settimeout(0.1)
        started = time.monotonic()
        closed = False
        while time.monotonic() - started < NEVER:
            try:
                sock.sendall(b"a")
                if sock.recv(1) == b"":
                    closed = True
                    break
            except TimeoutError:
                continue  # nothing from the server yet: send the next byte
            except OSError:  # the server closed the connection under a write
                closed = True
                break
        assert closed, "the server kept a trickling request head open"


def test_a_silent_connection_is_closed(server: MockServer) -> None:
    with _connect(server) as sock:
        assert _read_until_closed(sock) == b""


def test_a_body_that_never_completes_gets_a_400(server: MockServer) -> None:
    head = (
        f"PATCH /projects/{DEFAULT_PROJECT_ID}/sdk/me HTTP/1.1\r\n"
        f"Host: mock\r\nAuthorization: Bearer {dev_token('slow-body')}\r\n"
        "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n"
    )
    with _connect(server) as sock:
        sock.sendall(head.encode() + b'{"meta": {')
        answer = _read_until_closed(sock)
    status_line, _, rest = answer.partition(b"\r\n")
    assert status_line == b"HTTP/1.1 400 Bad Request", answer[:200]
    body = json.loads(rest.partition(b"\r\n\r\n")[2])
    assert body["status"] == 400 and "did not arrive" in body["message"]


def test_many_half_sent_requests_are_all_closed_and_others_are_served(server: MockServer) -> None:
    socks = [_connect(server) for _ in range(100)]
    try:
        for sock in socks:
            sock.sendall(b"GET / HTTP/1.1\r\n")
        token = dev_token("meanwhile")
        me = httpx.get(
            f"{server.base_url}/projects/{DEFAULT_PROJECT_ID}/sdk/me",
            headers={"Authorization": f"Bearer {token}"},
            timeout=NEVER,
        )
        assert me.status_code == 200
        assert all(_read_until_closed(sock) == b"" for sock in socks)
    finally:
        for sock in socks:
            sock.close()


def test_a_request_that_arrives_in_time_is_answered_on_a_kept_alive_connection(
    server: MockServer,
) -> None:
    token = dev_token("keep-alive")
    with httpx.Client(base_url=server.base_url, timeout=NEVER) as client:
        for _ in range(3):
            me = client.get(
                f"/projects/{DEFAULT_PROJECT_ID}/sdk/me",
                headers={"Authorization": f"Bearer {token}"},
            )
            assert me.status_code == 200


def test_the_request_timeout_is_checked() -> None:
    for wrong in (0, -1, 3600, float("nan"), float("inf")):
        with pytest.raises(ValueError, match="request_timeout"):
            create_app(request_timeout=wrong)
