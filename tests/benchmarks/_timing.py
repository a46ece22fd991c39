"""Timing helpers shared by the benchmarks: interleaved A/B repetitions, medians and spread.

Every figure is a ratio of two sides measured in the same run. A comparison warms both sides
up, then runs repetitions of A and B alternately (which side goes first alternates too, so a
slow drift of the machine hits both alike). Before each repetition the garbage collector
collects and is switched off until the repetition ends, so no side pays for the other's garbage.
The result keeps each side's median, quartiles and range, and the ratio of the medians with
the quartiles of the per-repetition ratios as its spread.
"""

from __future__ import annotations

import asyncio
import gc
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

__all__ = ["Comparison", "Stats", "compare", "compare_async", "stats"]


@dataclass(frozen=True)
class Stats:
    """Seconds per operation over the repetitions of one side."""

    median: float
    q1: float
    q3: float
    low: float
    high: float
    repetitions: int

    @property
    def spread(self) -> float:
        """The interquartile range relative to the median (0.05 = ±2.5 % around it)."""
        return (self.q3 - self.q1) / self.median if self.median else 0.0


@dataclass(frozen=True)
class Comparison:
    """Our side against the baseline, measured interleaved in one run."""

    ours: Stats
    base: Stats
    ratio: float
    ratio_q1: float
    ratio_q3: float


def _quartiles(values: list[float]) -> tuple[float, float]:
    if len(values) < 2:
        return values[0], values[0]
    q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, q3


def stats(values: list[float]) -> Stats:
    """Median, quartiles and range of a list of timings."""
    q1, q3 = _quartiles(values)
    return Stats(statistics.median(values), q1, q3, min(values), max(values), len(values))


def _comparison(ours: list[float], base: list[float]) -> Comparison:
    ratios = [a / b for a, b in zip(ours, base, strict=True)]
    q1, q3 = _quartiles(ratios)
    ours_stats, base_stats = stats(ours), stats(base)
    return Comparison(ours_stats, base_stats, ours_stats.median / base_stats.median, q1, q3)


def _timed(operation: Callable[[], object], inner: int) -> float:
    gc.collect()
    gc.disable()
    try:
        started = time.perf_counter()
        for _ in range(inner):
            operation()
        return (time.perf_counter() - started) / inner
    finally:
        gc.enable()


def compare(
    ours: Callable[[], object],
    base: Callable[[], object],
    *,
    repetitions: int,
    inner: int,
    warmup: int,
) -> Comparison:
    """Time ``inner`` calls of each side per repetition, interleaved; seconds per call."""
    for _ in range(warmup):
        ours()
        base()
    ours_times: list[float] = []
    base_times: list[float] = []
    for repetition in range(repetitions):
        if repetition % 2 == 0:
            ours_times.append(_timed(ours, inner))
            base_times.append(_timed(base, inner))
        else:
            base_times.append(_timed(base, inner))
            ours_times.append(_timed(ours, inner))
    return _comparison(ours_times, base_times)


async def _timed_async(operation: Callable[[], Awaitable[object]], inner: int) -> float:
    gc.collect()
    gc.disable()
    try:
        started = time.perf_counter()
        for _ in range(inner):
            await operation()
        return (time.perf_counter() - started) / inner
    finally:
        gc.enable()


async def compare_async(
    ours: Callable[[], Awaitable[object]],
    base: Callable[[], Awaitable[object]],
    *,
    repetitions: int,
    inner: int,
    warmup: int,
) -> Comparison:
    """``compare`` for coroutine functions, awaited one after another on the running loop."""
    for _ in range(warmup):
        await ours()
        await base()
    ours_times: list[float] = []
    base_times: list[float] = []
    for repetition in range(repetitions):
        if repetition % 2 == 0:
            ours_times.append(await _timed_async(ours, inner))
            base_times.append(await _timed_async(base, inner))
        else:
            base_times.append(await _timed_async(base, inner))
            ours_times.append(await _timed_async(ours, inner))
        # Let callbacks the repetition scheduled (connection bookkeeping) run outside the timing.
        await asyncio.sleep(0)
    return _comparison(ours_times, base_times)
