"""The client over real HTTP, against ``paragon-mock serve`` running in its own process.

In-process tests cannot see timeouts or connection failures (an ASGI transport has neither);
these can. The server is started once for the module and reset before each test, once in each
response mode: ``full``, and ``minimal`` (only what the spec requires, plus an unknown property),
which the client must read as well.
"""

from __future__ import annotations

import asyncio
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from paragon_connect import APIConnectionError, APITimeoutError, AsyncParagon, Paragon
from paragon_connect_api.types import UNSET
from paragon_mock import DEFAULT_PROJECT_ID, dev_token

PROJECT = DEFAULT_PROJECT_ID
LEAD_CREATED_WORKFLOW = "85eb6607-c0e6-4baf-9bcd-a8bc17bf119e"


@pytest.fixture(scope="module", params=["full", "minimal"])
def server(request: pytest.FixtureRequest) -> Iterator[str]:
    responses: str = request.param
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "paragon_mock", "serve", "--port", "0", "--seed", "11"),
            *("--responses", responses),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert process.stdout is not None
        base_url = None
        deadline = time.monotonic() + 30
        while base_url is None and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line and process.poll() is not None:
                raise RuntimeError(f"paragon-mock serve exited with {process.returncode}")
            match = re.search(r"(http://127\.0\.0\.1:\d+)", line)
            if match:
                base_url = match.group(1)
        assert base_url is not None, "paragon-mock serve printed no URL"
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(autouse=True)
def fresh_state(server: str) -> None:
    httpx.post(f"{server}/_mock/reset").raise_for_status()


def _fault(server: str, **fault: Any) -> None:
    httpx.post(f"{server}/_mock/faults", json=fault).raise_for_status()


def test_sync_client_over_http(server: str) -> None:
    with Paragon(base_url=server) as paragon:
        user = paragon.authenticate(PROJECT, dev_token("xyz"))
        assert user.user_id == "xyz"
        assert paragon.request(
            "slack", "/chat.postMessage", method="POST", body={"channel": "C1", "text": "hi"}
        ) == {"ok": True}
        paragon.enable_workflow(LEAD_CREATED_WORKFLOW)
        result = paragon.workflow(LEAD_CREATED_WORKFLOW, body={"email": "bowie@example.com"})
        assert result == {"status": "created", "email": "bowie@example.com"}
        receipt = paragon.event("Contact Created", {"name": "Brandon"})
        # A receipt's fields are not guaranteed: the minimal mode leaves them all out.
        assert receipt.name == ("Contact Created" if _mode(server) == "full" else UNSET)
    events = httpx.get(f"{server}/_mock/records", params={"kind": "event"}).json()
    assert [record["name"] for record in events["records"]][-1:] == ["Contact Created"]


def test_settings_workflows_and_options_over_http(server: str) -> None:
    slack_workflow = "2248335c-671c-47e4-b9a0-3641a9f2d301"
    channel_setting = "2d5662c9-6750-46c2-8588-2ac904532efb"
    with Paragon(base_url=server) as paragon:
        paragon.authenticate(PROJECT, dev_token("xyz"))
        # In minimal mode /sdk/me names no credential: the client lists the user's credentials.
        credential = paragon.update_integration_user_settings("slack", {channel_setting: "random"})
        paragon.update_workflow_user_settings("slack", slack_workflow, {"mention": "@here"})
        outcome = paragon.update_workflow_state({slack_workflow: False})
        assert outcome.errors == []
        paragon.enable_workflow(slack_workflow)
        options = list(paragon.iter_field_options(integration="slack", action="channels"))
        assert any(getattr(option, "value", None) == "general" for option in options)
        stored = paragon.get_credential(credential.id).to_dict()
    if _mode(server) == "full":
        config = stored["config"]
        assert config["sharedSettings"][channel_setting] == "random"
        assert config["workflowSettings"][slack_workflow] == {
            "enabled": True,
            "settings": {"mention": "@here"},
        }


def _mode(server: str) -> str:
    """The mock's response mode (full or minimal), as its control surface says."""
    mode: str = httpx.get(f"{server}/_mock/settings").json()["responses"]
    return mode


def test_async_client_over_http_runs_calls_concurrently(server: str) -> None:
    async def scenario() -> list[str]:
        async with AsyncParagon(base_url=server) as paragon:
            await paragon.authenticate(PROJECT, dev_token("xyz"))
            credentials = await asyncio.gather(*(paragon.list_credentials() for _ in range(20)))
            return [str(c.id) for batch in credentials for c in batch]

    ids = asyncio.run(scenario())
    assert len(ids) % 20 == 0 and len(set(ids)) == len(ids) // 20


def test_rate_limit_is_retried_over_http(server: str) -> None:
    with Paragon(base_url=server) as paragon:
        paragon.authenticate(PROJECT, dev_token("xyz"))
        _fault(
            server, mode="429", path=f"/projects/{PROJECT}/sdk/credentials", count=2, retryAfter=0
        )
        assert paragon.list_credentials()
    faults = httpx.get(f"{server}/_mock/faults").json()
    assert faults


def test_delay_beyond_the_timeout_raises_api_timeout_error(server: str) -> None:
    with Paragon(base_url=server) as paragon:
        paragon.authenticate(PROJECT, dev_token("xyz"))
        _fault(
            server, mode="delay", path=f"/projects/{PROJECT}/sdk/credentials", delayMs=1500, count=1
        )
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            paragon.with_options(timeout=0.3, max_retries=0).list_credentials()
        assert time.monotonic() - started < 1.4
        assert "timed out" in str(caught.value)
        # The per-call timeout did not change the client's own.
        assert paragon.timeout.read == 60.0


def test_async_timeout_and_retry_after_a_slow_get(server: str) -> None:
    async def scenario() -> int:
        async with AsyncParagon(base_url=server, timeout=0.3, max_retries=1) as paragon:
            await paragon.authenticate(PROJECT, dev_token("xyz"))
            _fault(
                server,
                mode="delay",
                path=f"/projects/{PROJECT}/sdk/credentials",
                delayMs=1500,
                count=1,
            )
            # The first GET times out; a GET is safe to repeat, and the second is not delayed.
            return len(await paragon.list_credentials())

    assert asyncio.run(scenario()) > 0


def test_connection_refused_raises_api_connection_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with (
        Paragon(base_url=f"http://127.0.0.1:{port}", max_retries=1) as paragon,
        pytest.raises(APIConnectionError),
    ):
        paragon.authenticate(PROJECT, dev_token("xyz"))
