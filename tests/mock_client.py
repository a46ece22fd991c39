"""A small synchronous client for in-process tests of the mock (httpx over ASGITransport)."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any

import httpx
from paragon_mock import DEFAULT_PROJECT_ID, MockApp, create_app, dev_token


class MockClient:
    """httpx's ASGI transport driven from synchronous tests, on an event loop of its own."""

    def __init__(self, app: MockApp | None = None, *, user: str | None = "test-user") -> None:
        self.app = app if app is not None else create_app(seed=1)
        self._loop = asyncio.new_event_loop()
        headers = {"Authorization": f"Bearer {dev_token(user)}"} if user else {}
        self.client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=self.app),
            base_url="http://testserver",
            headers=headers,
        )

    def run(self, coroutine: Coroutine[Any, Any, Any]) -> Any:
        """Run a coroutine on this client's loop."""
        return self._loop.run_until_complete(coroutine)

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """One request; ``{p}`` in the URL stands for ``/projects/<default project>``."""
        url = url.replace("{p}", f"/projects/{DEFAULT_PROJECT_ID}")
        response: httpx.Response = self.run(self.client.request(method, url, **kwargs))
        return response

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def put(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("PUT", url, **kwargs)

    def patch(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("PATCH", url, **kwargs)

    def delete(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("DELETE", url, **kwargs)

    def as_user(self, user: str) -> dict[str, str]:
        """Headers that speak for another user."""
        return {"Authorization": f"Bearer {dev_token(user)}"}

    def close(self) -> None:
        self.run(self.client.aclose())
        self._loop.close()
