"""The total deadline of a request and the size limit of a body, against hostile servers.

A server that sends one byte at a time never lets a per-read timeout expire; these loopback
servers do just that, in the headers and in the body, and the call must still end by the
deadline, sync and async. Huge bodies and a gzip bomb are served in a child process, whose peak
memory is compared with its own baseline: the client must stop reading at ``max_response_bytes``.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import socket
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx
import pytest
from paragon_connect import (
    APITimeoutError,
    AsyncParagon,
    Paragon,
    ParagonError,
    ResponseTooLargeError,
)
from paragon_connect._config import DEFAULT_MAX_RESPONSE_BYTES, ClientOptions
from paragon_connect._transport import (
    AsyncRetryTransport,
    RetryTransport,
    total_timeout,
)
from paragon_mock import DEFAULT_PROJECT_ID, dev_token

from tests.clients import signed_in

# Small, so that the suite stays quick; the bound on the time taken is five times this.
DEADLINE = 0.8
# Well inside the per-read timeout (the deadline itself): no single read ever times out.
TRICKLE_INTERVAL = 0.1
URL = "http://zeus.example.test/projects/38b1f170-0c43-4eae-9a04-ab85325d99f7/sdk/me"

Phase = Literal["headers", "body"]


@dataclass
class TrickleServer:
    """A loopback HTTP server that answers every request one byte at a time, for ever."""

    phase: Phase
    connections: int = 0
    stop: threading.Event = field(default_factory=threading.Event)

    def serve(self, listener: socket.socket) -> None:
        # A blocked accept() does not notice the listener closing: poll, to stop promptly.
        listener.settimeout(0.05)
        while not self.stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(None)
            self.connections += 1
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            received = b""
            while b"\r\n\r\n" not in received:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                received += chunk
            if self.phase == "headers":
                head, trickle = b"HTTP/1.1 200 OK\r\n", b"X-Slow: " + b"a" * 10_000
            else:
                head = (
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    b"Content-Length: 100000\r\n\r\n"
                )
                trickle = b" " * 100_000
            try:
                conn.sendall(head)
                for byte in trickle:
                    if self.stop.wait(TRICKLE_INTERVAL):
                        return
                    conn.sendall(bytes([byte]))
            except OSError:
                return  # the client gave up and closed the connection: what the tests want


@contextmanager
def trickle_server(phase: Phase) -> Iterator[tuple[str, TrickleServer]]:
    server = TrickleServer(phase)
    listener = socket.create_server(("127.0.0.1", 0))
    thread = threading.Thread(target=server.serve, args=(listener,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", server
    finally:
        server.stop.set()
        listener.close()
        thread.join(timeout=5)


def _authenticate_sync(client: Paragon) -> None:
    client.authenticate(DEFAULT_PROJECT_ID, dev_token("slow"))


async def _authenticate_async(client: AsyncParagon) -> None:
    await client.authenticate(DEFAULT_PROJECT_ID, dev_token("slow"))


def _timed_failure(call: Callable[[], object]) -> tuple[APITimeoutError, float]:
    started = time.monotonic()
    with pytest.raises(APITimeoutError) as caught:
        call()
    return caught.value, time.monotonic() - started


def _sync_call(base_url: str, **options: Any) -> Callable[[], object]:
    def call() -> None:
        with Paragon(base_url=base_url, **options) as client:
            _authenticate_sync(client)

    return call


def _async_call(base_url: str, **options: Any) -> Callable[[], object]:
    async def scenario() -> None:
        async with AsyncParagon(base_url=base_url, **options) as client:
            await _authenticate_async(client)

    return lambda: asyncio.run(scenario())


CALLS = {"sync": _sync_call, "async": _async_call}


@pytest.mark.parametrize("phase", ["headers", "body"])
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_trickling_server_cannot_hold_a_call_past_its_deadline(
    flavour: str, phase: Phase
) -> None:
    with trickle_server(phase) as (base_url, server):
        error, elapsed = _timed_failure(CALLS[flavour](base_url, timeout=DEADLINE, max_retries=0))
    assert "total deadline of 0.8 s passed" in str(error)
    assert elapsed < 5 * DEADLINE
    assert server.connections == 1


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_the_deadline_is_per_attempt_and_a_get_is_sent_again(flavour: str) -> None:
    with trickle_server("body") as (base_url, server):
        error, elapsed = _timed_failure(CALLS[flavour](base_url, timeout=DEADLINE, max_retries=1))
    assert "total deadline" in str(error)
    assert server.connections == 2
    # Two attempts and one backoff (0.5 s at most): well inside five times that.
    assert elapsed < 5 * (2 * DEADLINE + 0.5)


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_with_options_sets_the_deadline_of_one_call(flavour: str) -> None:
    with trickle_server("headers") as (base_url, _):
        if flavour == "sync":

            def call() -> None:
                with Paragon(base_url=base_url, timeout=60, max_retries=0) as client:
                    _authenticate_sync(client.with_options(timeout=DEADLINE))

        else:

            def call() -> None:
                async def scenario() -> None:
                    async with AsyncParagon(base_url=base_url, timeout=60, max_retries=0) as c:
                        await _authenticate_async(c.with_options(timeout=DEADLINE))

                asyncio.run(scenario())

        error, elapsed = _timed_failure(call)
    assert "total deadline of 0.8 s" in str(error)
    assert elapsed < 5 * DEADLINE


def test_another_sync_transport_is_bounded_between_chunks_of_the_body() -> None:
    # A transport the client did not build cannot have its sockets bounded; the clock is still
    # read after every chunk, and a trickle sends one often.
    with trickle_server("body") as (base_url, _):
        transport = httpx.HTTPTransport()
        error, elapsed = _timed_failure(
            _sync_call(base_url, timeout=DEADLINE, max_retries=0, transport=transport)
        )
    assert "total deadline" in str(error)
    assert elapsed < 5 * DEADLINE


def test_the_total_deadline_is_the_longest_limit_of_the_timeout() -> None:
    assert total_timeout(httpx.Timeout(2)) == 2
    assert total_timeout(httpx.Timeout(60, connect=5)) == 60
    assert total_timeout(httpx.Timeout(None, connect=5)) == 5
    assert total_timeout(httpx.Timeout(None)) is None


# --- the body, read by the transport: decoding and the size limit, in-process ----------------


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data)


def _raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


def _serve(body: bytes, **headers: str) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, headers=headers, content=body))


def _get_sync(
    inner: httpx.MockTransport, limit: int = DEFAULT_MAX_RESPONSE_BYTES
) -> httpx.Response:
    transport = RetryTransport(inner, default=ClientOptions(max_response_bytes=limit))
    with httpx.Client(transport=transport) as client:
        return client.get(URL)


def _get_async(
    inner: httpx.MockTransport, limit: int = DEFAULT_MAX_RESPONSE_BYTES
) -> httpx.Response:
    async def scenario() -> httpx.Response:
        transport = AsyncRetryTransport(inner, default=ClientOptions(max_response_bytes=limit))
        async with httpx.AsyncClient(transport=transport) as client:
            return await client.get(URL)

    return asyncio.run(scenario())


GETS = {"sync": _get_sync, "async": _get_async}
DOCUMENT = json.dumps({"items": list(range(20_000))}).encode()


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize(
    ("body", "coding"),
    [
        (DOCUMENT, None),
        (_gzip(DOCUMENT), "gzip"),
        (zlib.compress(DOCUMENT), "deflate"),
        (_raw_deflate(DOCUMENT), "deflate"),
        (_gzip(_gzip(DOCUMENT)), "gzip, gzip"),
        (DOCUMENT, "identity"),
    ],
)
def test_the_body_is_decoded_whole(flavour: str, body: bytes, coding: str | None) -> None:
    headers = {"Content-Encoding": coding} if coding else {}
    response = GETS[flavour](_serve(body, **headers))
    assert response.content == DOCUMENT
    assert "Content-Encoding" not in response.headers or coding == "identity"
    assert response.json() == {"items": list(range(20_000))}


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_the_client_asks_only_for_codings_it_bounds(flavour: str) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    GETS[flavour](httpx.MockTransport(answer))
    assert seen[0].headers["Accept-Encoding"] == "gzip, deflate"


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize(
    ("body", "coding"),
    [
        (b"x" * 5_000, None),
        (_gzip(bytes(5_000)), "gzip"),
        # A gzip of a gzip bomb: each layer is decoded a bounded step at a time.
        (_gzip(_gzip(bytes(10_000_000))), "gzip, gzip"),
    ],
)
def test_a_body_over_the_limit_raises_response_too_large(
    flavour: str, body: bytes, coding: str | None
) -> None:
    headers = {"Content-Encoding": coding} if coding else {}
    with pytest.raises(ResponseTooLargeError) as caught:
        GETS[flavour](_serve(body, **headers), 4_096)
    error = caught.value
    assert isinstance(error, ParagonError)
    assert error.limit == 4_096 and error.status_code == 200
    assert "larger than max_response_bytes (4096 bytes, counted after decompression)" in str(error)


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_coding_the_client_did_not_ask_for_is_refused(flavour: str) -> None:
    with pytest.raises(ParagonError, match="content coding 'br'"):
        GETS[flavour](_serve(b"\x0b\x02\x80{}\x03", **{"Content-Encoding": "br"}))


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_corrupt_gzip_body_raises_httpx_decoding_error_as_before(flavour: str) -> None:
    with pytest.raises(httpx.DecodingError):
        GETS[flavour](_serve(b"not gzip at all", **{"Content-Encoding": "gzip"}))


@pytest.mark.parametrize("cls", [Paragon, AsyncParagon])
def test_with_options_sets_the_limit_for_its_copy_only(
    cls: type[Paragon] | type[AsyncParagon],
) -> None:
    ids = {"projectId": DEFAULT_PROJECT_ID, "integrationId": "i" * 36, "personaId": "p" * 36}
    body = json.dumps([{"id": str(n), **ids} for n in range(100)]).encode()  # about 14 kB

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    client = cls(base_url="http://mock.test", transport=httpx.MockTransport(handler))
    signed_in(client, DEFAULT_PROJECT_ID)
    small = client.with_options(max_response_bytes=4_096)
    assert (small.max_response_bytes, client.max_response_bytes) == (4_096, 32 * 1024 * 1024)

    def run(call: Callable[[], Any]) -> Any:
        result = call()
        return asyncio.run(result) if cls is AsyncParagon else result

    with pytest.raises(ResponseTooLargeError) as caught:
        run(small.list_credentials)
    assert caught.value.limit == 4_096
    assert len(run(client.list_credentials)) == 100
    with pytest.raises(ValueError, match="max_response_bytes must be 1 or more"):
        client.with_options(max_response_bytes=0)


@pytest.mark.parametrize("cls", [Paragon, AsyncParagon])
@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        (0, ValueError, "max_response_bytes must be 1 or more"),
        (-1, ValueError, "max_response_bytes must be 1 or more"),
        (1.5, TypeError, "max_response_bytes must be an int"),
        (True, TypeError, "max_response_bytes must be an int"),
        ("1", TypeError, "max_response_bytes must be an int"),
    ],
)
def test_max_response_bytes_is_checked_when_the_client_is_made(
    cls: type[Paragon] | type[AsyncParagon], value: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        cls(max_response_bytes=value)  # type: ignore[arg-type]


def test_the_default_limit_is_32_mib() -> None:
    assert DEFAULT_MAX_RESPONSE_BYTES == 32 * 1024 * 1024


# --- peak memory, in a child process ---------------------------------------------------------

# Serves a 200 MB body in 1 MiB chunks, or a gzip bomb (about 1 MB that inflates to 1 GiB of
# zeros), made on the fly: 1 MiB of zeros deflated once, ended with a full flush so that the
# same bytes repeated 1,024 times are one valid deflate stream. Prints the child's baseline and
# peak resident memory (KiB) around the call, and what the call raised.
CHILD = r"""
import os, sys

# ru_maxrss survives exec: a process started by a large one (pytest) inherits its parent's peak.
# A fork starts the count afresh, so the work is done in a child forked before any import.
pid = os.fork()
if pid:
    sys.exit(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

import asyncio, json, resource, struct, threading, zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from paragon_connect import AsyncParagon, NotFoundError, Paragon
from paragon_mock import DEFAULT_PROJECT_ID, dev_token

flavour, payload = sys.argv[1], sys.argv[2]
MIB = 1 << 20
zeros = bytes(MIB)
compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
block = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
crc = 0
for _ in range(1024):
    crc = zlib.crc32(zeros, crc)
BOMB = (
    b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + block * 1024 + compressor.flush()
    + struct.pack("<II", crc, (1 << 30) & 0xFFFFFFFF)
)
mode = ["warm-up"]


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        try:
            if mode[0] == "warm-up":
                body = b'{"message": "not yet"}'
                self.send_response(404)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            elif payload == "big":
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(200 * MIB))
                self.end_headers()
                chunk = b" " * MIB
                for _ in range(200):
                    self.wfile.write(chunk)
            else:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(BOMB)))
                self.end_headers()
                for start in range(0, len(BOMB), 64 * 1024):
                    self.wfile.write(BOMB[start:start + 64 * 1024])
        except OSError:
            pass  # the client stopped reading and closed the connection


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
base_url = f"http://127.0.0.1:{server.server_address[1]}"


def call():
    token = dev_token("big")
    if flavour == "sync":
        with Paragon(base_url=base_url, max_retries=0) as client:
            client.authenticate(DEFAULT_PROJECT_ID, token)
    else:
        async def scenario():
            async with AsyncParagon(base_url=base_url, max_retries=0) as client:
                await client.authenticate(DEFAULT_PROJECT_ID, token)
        asyncio.run(scenario())


try:  # loads every module the real call uses, so that the baseline counts them
    call()
except NotFoundError:
    pass
mode[0] = "payload"
baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
outcome = {"baseline_kib": baseline, "bomb_bytes": len(BOMB)}
try:
    call()
except Exception as error:
    outcome["error"] = type(error).__name__
    outcome["limit"] = getattr(error, "limit", None)
outcome["peak_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
server.shutdown()
print(json.dumps(outcome), flush=True)
os._exit(0)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in KiB on Linux only")
@pytest.mark.parametrize("payload", ["big", "bomb"])
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_peak_memory_stays_near_the_limit(flavour: str, payload: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, flavour, payload],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    outcome = json.loads(done.stdout)
    assert outcome["error"] == "ResponseTooLargeError"
    assert outcome["limit"] == DEFAULT_MAX_RESPONSE_BYTES
    if payload == "bomb":
        assert outcome["bomb_bytes"] < 2 * 1024 * 1024  # a real bomb: ~1 MB for 1 GiB
    grown = (outcome["peak_kib"] - outcome["baseline_kib"]) * 1024
    print(f"{flavour} {payload}: baseline {outcome['baseline_kib']} KiB, grew by {grown} bytes")
    assert grown < DEFAULT_MAX_RESPONSE_BYTES + 100 * 1024 * 1024
