"""Application callbacks take one path: awaited on AsyncParagon, refused up front on Paragon.

``connect()``'s install options are explicit keyword-only parameters, so a misspelt one is a
``TypeError`` before anything happens: no portal event fires and no request is sent.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from paragon_connect import AsyncParagon, Paragon
from paragon_mock import DEFAULT_PROJECT_ID

from tests.clients import signed_in


def _refusing_transport(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(500)

    return httpx.MockTransport(handler)


async def _coroutine_callback(*args: object) -> None:
    """A coroutine function, which only AsyncParagon can await."""


def test_a_misspelt_connect_option_fails_before_anything_happens() -> None:
    seen: list[httpx.Request] = []
    client = signed_in(Paragon(transport=_refusing_transport(seen)), DEFAULT_PROJECT_ID)
    fired: list[str] = []
    client.subscribe("onPortalOpen", lambda event, user: fired.append("open"))
    client.subscribe("onPortalClose", lambda event, user: fired.append("close"))
    connect: Any = client.connect  # the misspelling is the point: no type checker in the way
    with pytest.raises(TypeError, match="pre_option"):
        connect("slack", pre_option={"key": "value"})
    assert fired == [] and seen == []


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda c, cb: c.connect("slack", on_success=cb), "on_success"),
        (lambda c, cb: c.connect("slack", on_install=cb), "on_install"),
        (lambda c, cb: c.install_integration("slack", on_next=cb), "on_next"),
        (lambda c, cb: c.ExternalFilePicker("box", on_file_select=cb), "on_file_select"),
    ],
)
def test_paragon_refuses_a_coroutine_callback_before_sending(call: Any, name: str) -> None:
    seen: list[httpx.Request] = []
    client = signed_in(Paragon(transport=_refusing_transport(seen)), DEFAULT_PROJECT_ID)
    with pytest.raises(TypeError, match=rf"{name} is a coroutine function.*AsyncParagon"):
        call(client, _coroutine_callback)
    assert seen == []


def test_paragon_refuses_a_callback_that_returns_an_awaitable() -> None:
    """A plain function returning a coroutine is caught when it is called, and closed."""
    client = signed_in(Paragon(transport=_refusing_transport([])), DEFAULT_PROJECT_ID)
    from paragon_connect._core._base import notify

    with pytest.raises(TypeError, match="returned an awaitable"):
        client._run(notify(lambda: _coroutine_callback()))


def test_async_paragon_awaits_coroutine_callbacks() -> None:
    client = signed_in(
        AsyncParagon(transport=httpx.MockTransport(lambda r: httpx.Response(500))),
        DEFAULT_PROJECT_ID,
    )
    from paragon_connect._core._base import notify

    got: list[object] = []

    async def callback(value: object) -> str:
        await asyncio.sleep(0)
        got.append(value)
        return "done"

    assert asyncio.run(client._run(notify(callback, 42))) == "done"
    assert got == [42]
