"""The lean httpx clients: the same requests as httpx's own client builds, sent without its extras.

Every request the generated operations make is built by ``LeanClient.build_request`` with one
URL parse; these tests draw base URLs, paths, query parameters, headers and bodies and check
that the result is byte for byte the request ``httpx.Client.build_request`` builds. Then what
``send`` leaves out on purpose (cookies, redirects) and what it keeps (closed clients refused,
``response.request``, ``elapsed``, httpx's own path for anything but a plain send).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from paragon_connect import APIStatusError, Paragon
from paragon_connect._http import AsyncLeanClient, LeanClient
from paragon_connect_api.types import path_segment
from paragon_mock import DEFAULT_PROJECT_ID, dev_token

TIMEOUT = httpx.Timeout(30, connect=5)
HEADERS = {"Accept": "application/json", "User-Agent": "paragon-connect-python/test"}


def _answer(request: httpx.Request) -> httpx.Response:
    # A stream, as a network transport gives: httpx reads a body given as content at once.
    body = json.dumps({"path": request.url.path}).encode()
    return httpx.Response(200, stream=httpx.ByteStream(body))


def _lean(base_url: str, handler: Callable[[httpx.Request], httpx.Response]) -> LeanClient:
    return LeanClient(
        base_url=base_url, transport=httpx.MockTransport(handler), headers=HEADERS, timeout=TIMEOUT
    )


def _async_lean(
    base_url: str, handler: Callable[[httpx.Request], httpx.Response]
) -> AsyncLeanClient:
    return AsyncLeanClient(
        base_url=base_url, transport=httpx.MockTransport(handler), headers=HEADERS, timeout=TIMEOUT
    )


def _stock(base_url: str) -> httpx.Client:
    return httpx.Client(base_url=base_url, headers=HEADERS, timeout=TIMEOUT)


def _same(ours: httpx.Request, theirs: httpx.Request) -> None:
    assert ours.method == theirs.method
    assert str(ours.url) == str(theirs.url)
    assert ours.url.raw_path == theirs.url.raw_path
    assert ours.headers.raw == theirs.headers.raw
    assert ours.read() == theirs.read()
    assert ours.extensions == theirs.extensions


_text = st.text(st.characters(codec="utf-8"), min_size=1, max_size=12)
_base_urls = st.builds(
    lambda scheme, host, port, prefix, slash: (
        f"{scheme}://{host}{port}{prefix}{'/' if slash else ''}"
    ),
    st.sampled_from(["http", "https"]),
    st.sampled_from(["zeus.useparagon.com", "127.0.0.1", "localhost", "mock.test"]),
    st.sampled_from(["", ":8080", ":1"]),
    st.sampled_from(["", "/api", "/a/b", "/pre%20fix"]),
    st.booleans(),
)
# Paths as the generated operations write them: fixed segments and escaped arguments.
_paths = st.lists(
    st.one_of(st.sampled_from(["projects", "sdk", "credentials", "me"]), _text.map(path_segment)),
    min_size=1,
    max_size=5,
).map(lambda segments: "/" + "/".join(segments))
_scalars = st.one_of(_text, st.integers(), st.booleans())
_params = st.dictionaries(
    st.sampled_from(["integration", "limit", "format", "integrations", "x y", "ü"]),
    st.one_of(_scalars, st.lists(_text, max_size=3)),
    max_size=4,
)
_headers = st.one_of(
    st.none(),
    st.dictionaries(
        st.sampled_from(["X-Paragon-Credential", "accept", "X-Extra", "user-agent"]),
        st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=20),
        max_size=3,
    ),
)
_json = st.recursive(
    st.none() | st.booleans() | st.integers() | _text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_text, inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(
    base_url=_base_urls,
    method=st.sampled_from(["GET", "get", "POST", "put", "PATCH", "DELETE"]),
    path=_paths,
    params=st.one_of(st.none(), _params),
    headers=_headers,
    body=st.one_of(st.just(None), _json.map(lambda value: {"value": value})),
)
def test_requests_are_the_ones_httpx_builds(
    base_url: str,
    method: str,
    path: str,
    params: dict[str, Any] | None,
    headers: dict[str, str] | None,
    body: object,
) -> None:
    with _lean(base_url, _answer) as lean, _stock(base_url) as stock:
        ours = lean.build_request(method, path, params=params, headers=headers, json=body)
        theirs = stock.build_request(method, path, params=params, headers=headers, json=body)
    _same(ours, theirs)


@pytest.mark.parametrize(
    ("url", "options"),
    [
        ("/search?q=1", {}),  # a query in the URL: httpx merges it with params
        ("/x#part", {}),
        ("https://elsewhere.test/x", {}),  # absolute: not joined to the base URL
        ("x/relative", {}),
        ("/x", {"timeout": 5.0}),
        ("/x", {"cookies": {"a": "b"}}),
        ("/x", {"data": {"a": "b"}}),
        # The boundary named, so that both sides write the same body.
        (
            "/x",
            {
                "files": {"f": b"bytes"},
                "headers": {"Content-Type": "multipart/form-data; boundary=fixed"},
            },
        ),
        ("/x", {"extensions": {"trace": print}}),
        # Plain, on the lean path: raw content and a repeated parameter, as httpx builds them.
        ("/x", {"content": b"raw", "params": {"a": ["1", "2"]}}),
    ],
)
def test_other_requests_take_httpxs_own_path(url: str, options: dict[str, Any]) -> None:
    base_url = "https://zeus.example.test/api"
    with _lean(base_url, _answer) as lean, _stock(base_url) as stock:
        ours = lean.build_request("POST", url, **options)
        theirs = stock.build_request("POST", url, **options)
    _same(ours, theirs)
    if "timeout" in options:
        assert ours.extensions["timeout"]["read"] == 5.0


def _cookie_then_echo(seen: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, headers={"Set-Cookie": "session=stolen; Path=/"}, json={})

    return handler


def test_a_cookie_a_server_sets_does_not_ride_along_with_the_next_call() -> None:
    seen: list[httpx.Request] = []
    with _lean("https://zeus.example.test", _cookie_then_echo(seen)) as lean:
        lean.get("/one")
        lean.get("/two")
        assert not lean.cookies
    assert "Cookie" not in seen[1].headers
    # httpx's own client would send it: the difference is this client's, not the handler's.
    stock_seen: list[httpx.Request] = []
    with httpx.Client(
        base_url="https://zeus.example.test",
        transport=httpx.MockTransport(_cookie_then_echo(stock_seen)),
    ) as stock:
        stock.get("/one")
        stock.get("/two")
    assert stock_seen[1].headers["Cookie"] == "session=stolen"


def test_a_redirect_is_returned_not_followed() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"Location": "https://evil.test/steal"})

    with _lean("https://zeus.example.test", handler) as lean:
        response = lean.get("/x")
    assert response.status_code == 302
    assert [str(request.url) for request in seen] == ["https://zeus.example.test/x"]


def test_a_plain_send_reads_the_answer_and_keeps_its_request() -> None:
    with _lean("https://zeus.example.test/api", _answer) as lean:
        response = lean.get("/projects/p/sdk/me")
        assert response.is_closed
        assert response.json() == {"path": "/api/projects/p/sdk/me"}
        assert response.request.url == "https://zeus.example.test/api/projects/p/sdk/me"
        assert response.elapsed.total_seconds() >= 0
        # Streaming is httpx's own path: the body is not read until asked for.
        with lean.stream("GET", "/x") as streamed:
            assert not streamed.is_closed
            assert streamed.read() == b'{"path": "/api/x"}'
    with pytest.raises(RuntimeError, match="client has been closed"):
        lean.get("/x")


def test_the_async_client_sends_the_same_way() -> None:
    seen: list[httpx.Request] = []

    async def main() -> None:
        def handler(request: httpx.Request) -> httpx.Response:
            seen.append(request)
            body = json.dumps({"n": len(seen)}).encode()
            cookie = {"Set-Cookie": "session=stolen"}
            return httpx.Response(200, headers=cookie, stream=httpx.ByteStream(body))

        async with _async_lean("https://zeus.example.test/api", handler) as lean:
            first = await lean.get("/a", params={"limit": 2})
            second = await lean.post("/b", json={"x": 1}, headers={"X-Extra": "1"})
            assert (first.json(), second.json()) == ({"n": 1}, {"n": 2})
            assert second.request is seen[1]
            assert second.elapsed.total_seconds() >= 0
            async with lean.stream("GET", "/c") as streamed:
                assert not streamed.is_closed
                await streamed.aread()
        with pytest.raises(RuntimeError, match="client has been closed"):
            await lean.get("/x")

    asyncio.run(main())
    with _stock("https://zeus.example.test/api") as stock:
        _same(seen[0], stock.build_request("GET", "/a", params={"limit": 2}))
        _same(seen[1], stock.build_request("POST", "/b", json={"x": 1}, headers={"X-Extra": "1"}))
    assert "Cookie" not in seen[1].headers


def test_the_client_builds_its_calls_on_the_lean_clients() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(302, headers={"Location": "https://evil.test/"})

    transport = httpx.MockTransport(handler)
    with Paragon(base_url="https://zeus.example.test/prefix", transport=transport) as paragon:
        with pytest.raises(APIStatusError, match="does not follow redirects"):
            paragon.authenticate(DEFAULT_PROJECT_ID, dev_token("xyz"))
        assert type(paragon._api_client("zeus").get_httpx_client()) is LeanClient
    [request] = seen
    assert request.url.path == f"/prefix/projects/{DEFAULT_PROJECT_ID}/sdk/me"
    assert request.headers["Authorization"].startswith("Bearer ")


def test_a_transport_error_names_its_request_as_httpx_does() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("no route")  # as a pool raises it: without the request

    with (
        _lean("https://zeus.example.test", refuse) as lean,
        pytest.raises(httpx.ConnectError) as caught,
    ):
        lean.get("/x")
    assert caught.value.request.url == "https://zeus.example.test/x"

    async def main() -> httpx.ConnectError:
        async with _async_lean("https://zeus.example.test", refuse) as lean:
            with pytest.raises(httpx.ConnectError) as caught:
                await lean.get("/y")
        return caught.value

    assert asyncio.run(main()).request.url == "https://zeus.example.test/y"
