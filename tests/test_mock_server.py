"""The mock under uvicorn in a background thread: what the package offers for other test suites."""

from __future__ import annotations

import socket
import statistics
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
from paragon_mock import DEFAULT_PROJECT_ID, MockServer, dev_token, serve_in_thread
from paragon_mock.server import bind_socket

CREDENTIAL = "4f2d8b6e-1c3a-4e5f-8a7b-9c0d1e2f3a4b"


def test_serve_in_thread_serves_and_stops() -> None:
    with serve_in_thread(seed=1) as server:
        assert server.base_url.startswith("http://127.0.0.1:")
        response = httpx.get(
            f"{server.base_url}/projects/{DEFAULT_PROJECT_ID}/sdk/me",
            headers={"Authorization": f"Bearer {dev_token('xyz')}"},
        )
        assert response.status_code == 200
        url = server.base_url
    try:
        httpx.get(url + "/_mock/health", timeout=1)
    except httpx.TransportError:
        pass
    else:
        raise AssertionError("the server still answers after stop()")


def test_concurrent_patches_over_http_lose_no_key() -> None:
    with MockServer(seed=2) as server:
        url = f"{server.base_url}/projects/{DEFAULT_PROJECT_ID}/sdk/credentials/{CREDENTIAL}"
        headers = {"Authorization": f"Bearer {dev_token('xyz')}"}

        def patch(index: int) -> int:
            with httpx.Client(headers=headers) as http:
                body = {"config": {"sharedSettings": {f"key-{index}": index}}}
                return http.patch(url, json=body).status_code

        with ThreadPoolExecutor(max_workers=16) as pool:
            statuses = list(pool.map(patch, range(80)))
        assert set(statuses) == {200}
        settings = httpx.get(url, headers=headers).json()["config"]["sharedSettings"]
    assert {f"key-{index}" for index in range(80)} <= set(settings)


def test_keep_alive_answers_do_not_wait_for_delayed_acks() -> None:
    # A listening socket made without proto=IPPROTO_TCP gets no TCP_NODELAY from asyncio, and
    # then every keep-alive answer waits ~40 ms for the client's delayed ACK.
    sock = bind_socket()
    try:
        assert sock.proto == socket.IPPROTO_TCP
    finally:
        sock.close()
    with serve_in_thread(seed=3) as server, httpx.Client(base_url=server.base_url) as http:
        http.get("/_mock/health")
        timings = []
        for _ in range(15):
            started = time.perf_counter()
            http.get("/_mock/health")
            timings.append(time.perf_counter() - started)
    assert statistics.median(timings) < 0.02, timings
