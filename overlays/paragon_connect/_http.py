"""The httpx clients the generated operations send through: httpx's, without its unused parts.

The generated operations call ``client.request(method, url, params=..., json=..., headers=...)``
on the httpx client the shell attached. A stock ``httpx.Client`` spends most of a call's own
time on work this client does not need: it parses every URL twice (the path alone, then the
path joined to the base URL), keeps a cookie jar (building a ``urllib`` request and an ``email``
message per answer to look for ``Set-Cookie``), and runs an auth flow and a redirect loop.
Paragon authenticates with a bearer token, which the transport adds; the client follows no
redirect (it would send the token wherever one points) and keeps no cookie (the API sets none,
and a cookie a hostile server set must not ride along with the next call). So these clients
build each request with one URL parse and hand it straight to the transport, which retries and
reads the body within its limits (``_transport``).

Anything else (a URL with a query or fragment, cookies, files, form data, a per-request timeout,
extensions, auth, redirects followed, streaming) takes httpx's own path, so a request is the
same either way; only the time differs.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

__all__ = ["AsyncLeanClient", "LeanClient"]

_DEFAULT: Any = httpx.USE_CLIENT_DEFAULT
TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)

if TYPE_CHECKING:
    # What httpx.Client and httpx.AsyncClient share, build_request included: the mixin's super().
    from httpx._client import BaseClient as _BaseClient
else:
    _BaseClient = object


class _LeanRequests(Generic[TransportT], _BaseClient):
    """Construction and ``build_request`` (one URL parse), the same for sync and async clients."""

    _sender: TransportT

    def __init__(
        self,
        *,
        base_url: str,
        transport: TransportT,
        headers: Mapping[str, str],
        timeout: httpx.Timeout,
    ) -> None:
        # Only what the shells pass: no auth, cookies, event hooks or redirects to honour.
        options: dict[str, Any] = {
            "base_url": base_url,
            "transport": transport,
            "headers": headers,
            "timeout": timeout,
        }
        super().__init__(**options)
        self._sender = transport
        # The shells never change a client's base URL after this. httpx keeps the base URL's
        # path ending in "/", but writes an empty path as nothing.
        text = str(self.base_url)
        self._base_text = text if text.endswith("/") else text + "/"

    def build_request(
        self,
        method: str,
        url: httpx.URL | str,
        *,
        content: Any = None,
        data: Any = None,
        files: Any = None,
        json: Any = None,
        params: Any = None,
        headers: Any = None,
        cookies: Any = None,
        timeout: Any = _DEFAULT,
        extensions: Any = None,
    ) -> httpx.Request:
        if (
            type(url) is str
            and url.startswith("/")
            and "?" not in url
            and "#" not in url
            and data is None
            and files is None
            and not cookies
            and timeout is _DEFAULT
            and extensions is None
            and not self.cookies  # set only by a request that took httpx's own path
            and not self.params
        ):
            # httpx appends a relative path to the base URL (``/projects/x`` under
            # ``https://host/prefix/`` is ``https://host/prefix/projects/x``): joining the two
            # texts and parsing once gives that URL.
            merged = httpx.Headers(self.headers)
            if headers:
                merged.update(headers)
            return httpx.Request(
                method,
                httpx.URL(self._base_text + url[1:]),
                params=params or None,
                content=content,
                json=json,
                headers=merged,
                extensions={"timeout": self.timeout.as_dict()},
            )
        return super().build_request(
            method,
            url,
            content=content,
            data=data,
            files=files,
            json=json,
            params=params,
            headers=headers,
            cookies=cookies,
            timeout=timeout,
            extensions=extensions,
        )


class _Naming:
    """Names the request in a transport error, as httpx's client does for every one it passes."""

    __slots__ = ("request",)

    def __init__(self, request: httpx.Request) -> None:
        self.request = request

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, error: BaseException | None, traceback: object) -> None:
        if isinstance(error, httpx.RequestError):
            error.request = self.request


def _plain(stream: bool, auth: object, follow_redirects: object) -> bool:
    """Whether ``send`` was asked for nothing but the client's defaults (no auth, no redirects)."""
    return not stream and auth is _DEFAULT and follow_redirects is _DEFAULT


class LeanClient(_LeanRequests[httpx.BaseTransport], httpx.Client):
    """An ``httpx.Client`` whose plain requests go straight to its transport."""

    # Twin of AsyncLeanClient.send: that one awaits the transport and the read.
    def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: Any = _DEFAULT,
        follow_redirects: Any = _DEFAULT,
    ) -> httpx.Response:
        if not _plain(stream, auth, follow_redirects):
            return super().send(
                request, stream=stream, auth=auth, follow_redirects=follow_redirects
            )
        if self.is_closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        started = time.perf_counter()
        with _Naming(request):
            response = self._sender.handle_request(request)
            response.request = request
            try:
                response.read()
            except BaseException:
                response.close()
                raise
        response.elapsed = timedelta(seconds=time.perf_counter() - started)
        return response


class AsyncLeanClient(_LeanRequests[httpx.AsyncBaseTransport], httpx.AsyncClient):
    """An ``httpx.AsyncClient`` whose plain requests go straight to its transport."""

    async def send(
        self,
        request: httpx.Request,
        *,
        stream: bool = False,
        auth: Any = _DEFAULT,
        follow_redirects: Any = _DEFAULT,
    ) -> httpx.Response:
        if not _plain(stream, auth, follow_redirects):
            return await super().send(
                request, stream=stream, auth=auth, follow_redirects=follow_redirects
            )
        if self.is_closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        started = time.perf_counter()
        with _Naming(request):
            response = await self._sender.handle_async_request(request)
            response.request = request
            try:
                await response.aread()
            except BaseException:
                await response.aclose()
                raise
        response.elapsed = timedelta(seconds=time.perf_counter() - started)
        return response
