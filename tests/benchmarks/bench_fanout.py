"""Async fan-out (figure 2): 1,000 concurrent calls through ``AsyncParagon`` and raw httpx.

Both sides read one credential 1,000 times at once (``asyncio.gather``) from the fixed-bytes
server, through a pool of the same limits: 10 connections, then 100 (``max_connections`` and
``max_keepalive_connections`` alike). The figure is throughput, calls per second, ours ÷ raw.

httpx 0.28's pool (httpcore) rescans its connections for every queued request whenever a request
starts or ends, so a raw ``httpx.AsyncClient`` pays per call in proportion to the queue times the
pool size. ``AsyncParagon`` queues requests in front of its own pool instead (see
``paragon_connect._transport``). The raw side gets no pool timeout: with 100 connections its
queue would otherwise outwait httpx's default 5 s and fail.

    python -m tests.benchmarks.bench_fanout [--quick]
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

import httpx
from paragon_connect import AsyncParagon

from ._payloads import PROJECT_ID, payloads
from ._report import Figure, Settings, standalone
from ._server import fixed_server, pinned
from ._timing import compare_async

__all__ = ["run"]


async def _fan_out(url: str, connections: int, calls: int, settings: Settings) -> Figure:
    data = payloads()
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    no_pool_timeout = httpx.Timeout(60.0, pool=None)
    async with (
        AsyncParagon(base_url=url, limits=limits) as paragon,
        httpx.AsyncClient(base_url=url, limits=limits, timeout=no_pool_timeout) as raw,
    ):
        await paragon.authenticate(PROJECT_ID, data.token)
        credential_id, path = data.credential_id, data.credential_path

        async def ours() -> object:
            return await asyncio.gather(
                *(paragon.get_credential(credential_id) for _ in range(calls))
            )

        async def raw_one() -> object:
            return json.loads((await raw.get(path)).content)

        async def base() -> object:
            return await asyncio.gather(*(raw_one() for _ in range(calls)))

        comparison = await compare_async(
            ours, base, repetitions=settings.scale(5, 1), inner=1, warmup=1
        )
    # Throughput is calls per second: the inverse of the time, so the ratio is base ÷ ours.
    return Figure(
        group="2",
        name=f"fan-out, {calls} concurrent calls, {connections} connections",
        ours=calls / comparison.ours.median,
        base=calls / comparison.base.median,
        unit="calls/s",
        baseline="raw httpx.AsyncClient",
        ratio=1 / comparison.ratio,
        ratio_q1=1 / comparison.ratio_q3,
        ratio_q3=1 / comparison.ratio_q1,
        target="≥ 0.90×",
        limit=0.90,
        higher_is_better=True,
        spread=max(comparison.ours.spread, comparison.base.spread),
    )


def run(settings: Settings, work_dir: Path) -> list[Figure]:
    """Fan-out throughput at 10 and at 100 connections."""
    calls = settings.scale(1000, 200)
    with fixed_server(payloads().routes, work_dir) as url, pinned():
        return [
            asyncio.run(_fan_out(url, connections, calls, settings)) for connections in (10, 100)
        ]


def main(argv: list[str] | None = None) -> int:
    """Run the fan-out benchmark alone and print its figures."""
    return standalone("bench_fanout", run, argv)


if __name__ == "__main__":
    sys.exit(main())
