"""Per-call cost (figures 1 and 5): the client, and openai-python, against raw httpx + json.loads.

Reading one credential and listing 100 through ``Paragon`` / ``AsyncParagon``, against a raw
``httpx`` GET of the same path followed by ``json.loads`` of the same bytes: (a) over loopback
keep-alive against one fixed-bytes uvicorn server (``_server.py``) that both sides share, and
(b) in-process through ``httpx.MockTransport``, where no network noise hides the client's cost.
openai-python, when installed, is measured the same way against OpenAI-shaped endpoints (one
model object; a list of 100), as its users get it: ``openai.OpenAI(base_url=..., max_retries=0)``
on its own HTTP stack (httpx2 since openai 3), over loopback; in-process it is handed a client of
that stack on a mock transport answering the same bytes. Its baseline is raw httpx, like ours.

    python -m tests.benchmarks.bench_calls [--quick]
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import sys
from collections.abc import Awaitable, Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import httpx
from paragon_connect import AsyncParagon, Paragon

from ._payloads import PROJECT_ID, Payloads, payloads
from ._report import Figure, Settings, figure, standalone
from ._server import fixed_server, pinned
from ._timing import Comparison, compare, compare_async

__all__ = ["have_openai", "run"]

IN_PROCESS_URL = "http://bench.test"
# Targets of the issue, by (what, where): the ratio to raw httpx allowed.
TARGETS: dict[tuple[str, str], float] = {
    ("one", "loopback"): 1.10,
    ("one", "in-process"): 1.25,
    ("list", "loopback"): 1.9,
}


def have_openai() -> bool:
    """Whether openai-python is installed (the peer figures need it)."""
    return importlib.util.find_spec("openai") is not None


def _peer_http_client(data: Payloads, *, asynchronous: bool) -> Any:
    """An in-process HTTP client for openai-python, of the HTTP library it is built on.

    Imported by name: openai-python is only in the bench session's environment.
    """
    name = "httpx2" if importlib.util.find_spec("httpx2") is not None else "httpx"
    http: Any = importlib.import_module(name)
    headers = {"content-type": "application/json"}

    def handler(request: Any) -> Any:
        body = data.routes.get(request.url.path)
        if body is None:
            return http.Response(404)
        return http.Response(200, content=body, headers=headers)

    transport = http.MockTransport(handler)
    return (
        http.AsyncClient(transport=transport) if asynchronous else http.Client(transport=transport)
    )


def _mock_transport(data: Payloads) -> httpx.MockTransport:
    headers = {"content-type": "application/json"}

    def handler(request: httpx.Request) -> httpx.Response:
        body = data.routes.get(request.url.path)
        if body is None:
            return httpx.Response(404)
        return httpx.Response(200, content=body, headers=headers)

    return httpx.MockTransport(handler)


# -- sync ---------------------------------------------------------------------------------------


@contextmanager
def _sync_sides(data: Payloads, url: str, in_process: bool) -> Iterator[dict[str, Any]]:
    transport = _mock_transport(data) if in_process else None
    with ExitStack() as stack:
        paragon = stack.enter_context(Paragon(base_url=url, transport=transport))
        paragon.authenticate(PROJECT_ID, data.token)
        raw = stack.enter_context(
            httpx.Client(base_url=url, transport=_mock_transport(data) if in_process else None)
        )
        sides: dict[str, Any] = {"paragon": paragon, "raw": raw}
        if have_openai():
            openai: Any = importlib.import_module("openai")
            http_client = _peer_http_client(data, asynchronous=False) if in_process else None
            sides["openai"] = stack.enter_context(
                openai.OpenAI(
                    base_url=f"{url}/v1", api_key="x", max_retries=0, http_client=http_client
                )
            )
        yield sides


def _sync_comparisons(
    data: Payloads, sides: dict[str, Any], settings: Settings
) -> Iterator[tuple[str, str, Comparison]]:
    paragon: Paragon = sides["paragon"]
    raw: httpx.Client = sides["raw"]
    credential_id = data.credential_id

    def raw_get(path: str) -> Callable[[], object]:
        return lambda: json.loads(raw.get(path).content)

    repetitions = settings.scale(31, 3)
    cases: list[tuple[str, str, Callable[[], object], Callable[[], object], int]] = [
        (
            "paragon",
            "one",
            lambda: paragon.get_credential(credential_id),
            raw_get(data.credential_path),
            settings.scale(60, 5),
        ),
        (
            "paragon",
            "list",
            paragon.list_credentials,
            raw_get(data.credentials_path),
            settings.scale(20, 3),
        ),
    ]
    if "openai" in sides:
        client = sides["openai"]
        cases += [
            (
                "openai",
                "one",
                lambda: client.models.retrieve("model-000"),
                raw_get(data.model_path),
                settings.scale(60, 5),
            ),
            (
                "openai",
                "list",
                client.models.list,
                raw_get(data.models_path),
                settings.scale(20, 3),
            ),
        ]
    for who, what, ours, base, inner in cases:
        comparison = compare(ours, base, repetitions=repetitions, inner=inner, warmup=inner)
        yield who, what, comparison


# -- async --------------------------------------------------------------------------------------


async def _async_comparisons(
    data: Payloads, url: str, in_process: bool, settings: Settings
) -> list[tuple[str, str, Comparison]]:
    results: list[tuple[str, str, Comparison]] = []
    transport = _mock_transport(data) if in_process else None
    async with (
        AsyncParagon(base_url=url, transport=transport) as paragon,
        httpx.AsyncClient(
            base_url=url, transport=_mock_transport(data) if in_process else None
        ) as raw,
    ):
        await paragon.authenticate(PROJECT_ID, data.token)
        credential_id = data.credential_id

        def raw_get(path: str) -> Callable[[], Awaitable[object]]:
            async def call() -> object:
                return json.loads((await raw.get(path)).content)

            return call

        async def one() -> object:
            return await paragon.get_credential(credential_id)

        cases: list[
            tuple[str, str, Callable[[], Awaitable[object]], Callable[[], Awaitable[object]], int]
        ] = [
            ("paragon", "one", one, raw_get(data.credential_path), settings.scale(60, 5)),
            (
                "paragon",
                "list",
                paragon.list_credentials,
                raw_get(data.credentials_path),
                settings.scale(20, 3),
            ),
        ]
        peer: Any = None
        if have_openai():
            openai: Any = importlib.import_module("openai")
            peer_http = _peer_http_client(data, asynchronous=True) if in_process else None
            peer = openai.AsyncOpenAI(
                base_url=f"{url}/v1", api_key="x", max_retries=0, http_client=peer_http
            )

            async def model() -> object:
                return await peer.models.retrieve("model-000")

            async def models() -> object:
                return await peer.models.list()

            cases += [
                ("openai", "one", model, raw_get(data.model_path), settings.scale(60, 5)),
                ("openai", "list", models, raw_get(data.models_path), settings.scale(20, 3)),
            ]
        try:
            for who, what, ours, base, inner in cases:
                comparison = await compare_async(
                    ours, base, repetitions=settings.scale(31, 3), inner=inner, warmup=inner
                )
                results.append((who, what, comparison))
        finally:
            if peer is not None:
                await peer.close()
    return results


# -- figures ------------------------------------------------------------------------------------

_WHAT = {
    ("paragon", "one"): "one credential",
    ("paragon", "list"): "100 credentials",
    ("openai", "one"): "openai-python: one model",
    ("openai", "list"): "openai-python: 100 models",
}


def _figure(
    who: str, what: str, flavour: str, where: str, comparison: Comparison, ours_by: dict[str, float]
) -> Figure:
    group = ("1" if who == "paragon" else "5") + ("a" if where == "loopback" else "b")
    name = f"{_WHAT[who, what]}, {flavour}, {where}"
    if who == "paragon":
        limit = TARGETS.get((what, where))
        return figure(
            group, name, comparison, scale=1e6, unit="µs", baseline="raw httpx", limit=limit
        )
    # A peer row is met when our ratio for the same call is lower than the peer's.
    ours = ours_by[f"{what} {flavour} {where}"]
    result = figure(
        group,
        name,
        comparison,
        scale=1e6,
        unit="µs",
        baseline="raw httpx",
        target=f"> ours ({ours:.2f}×)",
    )
    return Figure(**{**result.__dict__, "limit": ours, "higher_is_better": True})


def run(settings: Settings, work_dir: Path) -> list[Figure]:
    """Every per-call figure, loopback then in-process, sync then async."""
    data = payloads()
    raw_results: list[tuple[str, str, str, str, Comparison]] = []
    with fixed_server(data.routes, work_dir) as url, pinned():
        for where, base_url, in_process in (
            ("loopback", url, False),
            ("in-process", IN_PROCESS_URL, True),
        ):
            with _sync_sides(data, base_url, in_process) as sides:
                for who, what, comparison in _sync_comparisons(data, sides, settings):
                    raw_results.append((who, what, "sync", where, comparison))
            for who, what, comparison in asyncio.run(
                _async_comparisons(data, base_url, in_process, settings)
            ):
                raw_results.append((who, what, "async", where, comparison))
    ours_by = {
        f"{what} {flavour} {where}": comparison.ratio
        for who, what, flavour, where, comparison in raw_results
        if who == "paragon"
    }
    figures = [
        _figure(who, what, flavour, where, comparison, ours_by)
        for who, what, flavour, where, comparison in raw_results
    ]
    return sorted(figures, key=lambda item: item.group)


def main(argv: list[str] | None = None) -> int:
    """Run the per-call benchmarks alone and print their figures."""
    return standalone("bench_calls", run, argv)


if __name__ == "__main__":
    sys.exit(main())
