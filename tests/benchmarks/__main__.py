"""Run every benchmark, write the report: ``python -m tests.benchmarks [--quick] [--output DIR]``.

The figures, each a ratio to a baseline measured in the same run:

1. per call, sync and async: one credential and 100 credentials through ``Paragon`` /
   ``AsyncParagon`` against raw httpx + ``json.loads``, (a) over loopback, (b) in-process;
2. async fan-out: 1,000 concurrent calls at 10 and at 100 connections, against raw httpx;
3. decode: 10,000 credentials, attrs ``from_dict`` against pydantic ``validate_json``;
4. import: ``import paragon_connect`` against ``import httpx``;
5. openai-python measured as in 1 and 4 (skipped, and said so, when it is not installed);
6. the mock's requests per second and latency against a bare Starlette endpoint;
7. the wall time of ``python -m generator``;
8. ActionKit: 500 tools from listTools' bytes to ``Tool`` objects to OpenAI tools, against
   ``json.loads`` of the same bytes.

The report is a markdown table printed and written to ``RESULTS.md`` in the output folder, with a
bar chart of the ratios beside it (``ratios.png``; skipped, and said so, without matplotlib).
The output folder is this one for a full run, a temporary folder for ``--quick`` (few
repetitions: it proves every benchmark still runs, its figures are not worth quoting).
"""

from __future__ import annotations

import argparse
import datetime
import importlib.metadata
import importlib.util
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from . import (
    bench_calls,
    bench_decode,
    bench_fanout,
    bench_generator,
    bench_import,
    bench_mock,
    bench_tools,
)
from ._report import Figure, Settings, chart, markdown
from ._server import cpus

HERE = Path(__file__).resolve().parent

# What the runs found and what was changed because of them; kept with the figures they explain.
FINDINGS = [
    "Fan-out: httpx 0.28's pool (httpcore 1.0) walks all its connections for every queued "
    "request whenever a request starts or ends, and asks each idle connection's socket whether "
    "it is readable; with 1,000 calls queued on 100 connections that is milliseconds of CPU per "
    "call, and raw httpx needs its pool timeout lifted to finish at all. `AsyncParagon` queues "
    "requests in front of its own pool (an asyncio semaphore of `max_connections` places, "
    "released when the response is closed; the wait counts against the pool timeout), so the "
    "pool never holds more requests than connections. What remains grows with the pool's size "
    "(each start and end of a request still scans every connection, idle ones with a system "
    "call), which is why 100 connections serve fewer calls per second than 10 on one core.",
    "Decode: the generated `from_dict` reads the JSON object where it is (`d[key]`, "
    "`d.get(key, UNSET)`; no copy of the object to pop the keys from), makes the instance "
    "without `__init__` (attrs' `__init__` took every value again and made an empty "
    "`additional_properties` only to have it replaced), looks for unknown keys only when the "
    "object has more keys than the properties it read, and defines no function when it runs (a "
    "union's reader is a module-level function, a nullable value is read in place). Date-times "
    "go through `datetime.fromisoformat` first, known enum values come from the enum's value "
    "table instead of a call of the class, and nested models' `from_dict` is bound once per "
    "module (reading a classmethod makes a new bound method every time). That is 45% fewer "
    "instructions per credential (140,800 to 77,500, counted with valgrind). Earlier: the "
    "nested models are imported once, at the bottom of the module (a relative import inside "
    "`from_dict` made CPython read `__spec__.parent` on every call), and IDs are read as "
    "strings (no UUID parsing).",
    "Per call: the generated operations send through `_http`'s httpx clients, which build the "
    "request httpx's own client would (the same URL, headers and body, checked by a property "
    "test) with one URL parse where httpx's client makes two (the path alone, then the path "
    "joined to the base URL), and hand it straight to the transport, without the cookie jar (a "
    "`urllib` request and an `email` message built per answer to look for `Set-Cookie`), the "
    "auth flow and the redirect loop, none of which the client uses. That machinery was most "
    "of a stock `httpx.Client`'s time per call: in-process, raw httpx spent about 100 µs "
    "building the request and 90 µs sending it, of which the transport and `json.loads` took "
    "30 µs. The raw httpx baseline still pays for it, so one call of the client now costs less "
    "than the baseline; the rest of the client's work (the plan, the generated operation, "
    "decoding a dozen attrs objects, the `Authorization` header, the transport's bounded read) "
    "fits in what it saves. Earlier: the transport hands httpx the response the pool gave, its "
    "body read into a new stream, instead of building a second `httpx.Response`; it finds "
    "`Content-Encoding` in the raw header list; the sync pool's sockets bound each read and "
    "write by the deadline without a closure per step; under asyncio the total deadline is "
    "`asyncio.timeout`; `status_code_from_int` looks the status up in a table; a path "
    "parameter that needs no quoting skips `quote()`; and the retry policy returns at once for "
    "a status it never retries.",
    "Import: the install flow, its state machine and the file pickers (a third of the "
    "package's own import time, mostly dataclass creation, plus `webbrowser` and `secrets`) "
    "load on first use; the bound methods compute their signatures when first read; the sync "
    "connection pool (`_pool`: httpcore, h11 and anyio, two fifths of what the package added "
    "to `import httpx`) loads when a client makes its own pool, as `import httpx` leaves "
    "httpcore for its first client too.",
    "ActionKit tools (8): a tool's JSON Schema is read as the decoded JSON itself (no model of "
    "its keywords, `READ_AS_JSON` in the generator's Python profile) and shown read-only by "
    "`Tool`; `to_openai` shares it instead of copying it (strict mode rewrites a copy). What "
    "remains over `json.loads` is the two generated models per tool, the `Tool` objects and "
    "the OpenAI dicts.",
    "Figures from a shared two-core machine are noisy: compare the ratios, which interleave "
    "both sides, rather than the absolute times, and read the interquartile ranges.",
]


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _mock_figures(settings: Settings) -> tuple[list[Figure], str]:
    result = bench_mock.run(
        rounds=settings.scale(5, 1), duration=settings.scale(5, 1), connections=32
    )
    median = result["median"]
    samples = result["samples"]

    def spread(field: str) -> tuple[float, float]:
        pairs = list(
            zip(
                [s[field] for s in samples if s["target"] == "mock"],
                [s[field] for s in samples if s["target"] == "bare"],
                strict=True,
            )
        )
        ratios = sorted(a / b for a, b in pairs)
        return ratios[len(ratios) // 4], ratios[(3 * len(ratios)) // 4]

    rps_q1, rps_q3 = spread("rps")
    figures = [
        Figure(
            group="6",
            name="mock GET /sdk/me, 32 connections: requests/s",
            ours=median["mock"]["rps"],
            base=median["bare"]["rps"],
            unit="req/s",
            baseline="bare Starlette",
            ratio=result["ratio"],
            ratio_q1=rps_q1,
            ratio_q3=rps_q3,
            target="≥ 0.50×",
            limit=0.5,
            higher_is_better=True,
        )
    ]
    for field, label in (("p50_ms", "p50"), ("p99_ms", "p99")):
        q1, q3 = spread(field)
        figures.append(
            Figure(
                group="6",
                name=f"mock GET /sdk/me, 32 connections: {label} latency",
                ours=median["mock"][field],
                base=median["bare"][field],
                unit="ms",
                baseline="bare Starlette",
                ratio=median["mock"][field] / median["bare"][field],
                ratio_q1=q1,
                ratio_q3=q3,
            )
        )
    how = f"load generator: {result['generator']}" + (
        "" if result["generator"] == "wrk" else " (wrk is not installed: the asyncio fallback)"
    )
    return figures, how


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks, print the table, write RESULTS.md and ratios.png."""
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks")
    parser.add_argument("--quick", action="store_true", help="few repetitions: a smoke test")
    parser.add_argument("--output", type=Path, help="where RESULTS.md and ratios.png go")
    args = parser.parse_args(argv)
    settings = Settings(quick=args.quick)
    output: Path = args.output or (
        Path(tempfile.mkdtemp(prefix="paragon-bench-")) if args.quick else HERE
    )
    output.mkdir(parents=True, exist_ok=True)

    skipped: list[str] = []
    if not bench_calls.have_openai():
        skipped.append("openai-python is not installed: the peer figures (5) are left out")
    figures: list[Figure] = []
    header: list[str] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="paragon-bench-") as work:
        work_dir = Path(work)
        steps: list[tuple[str, Callable[[], list[Figure]]]] = [
            ("per call (1, 5)", lambda: bench_calls.run(settings, work_dir)),
            ("fan-out (2)", lambda: bench_fanout.run(settings, work_dir)),
            ("decode (3)", lambda: bench_decode.run(settings, work_dir)),
            ("import (4, 5)", lambda: bench_import.run(settings, work_dir)),
            ("generator (7)", lambda: bench_generator.run(settings, work_dir)),
            ("ActionKit tools (8)", lambda: bench_tools.run(settings, work_dir)),
        ]
        for label, step in steps:
            step_started = time.perf_counter()
            figures += step()
            print(f"{label}: {time.perf_counter() - step_started:.1f} s", file=sys.stderr)
        step_started = time.perf_counter()
        mock_figures, how = _mock_figures(settings)
        figures += mock_figures
        print(f"mock (6): {time.perf_counter() - step_started:.1f} s", file=sys.stderr)

    order = {"1a": 0, "1b": 1, "2": 2, "3": 3, "4": 4, "5a": 5, "5b": 6, "5": 7, "6": 8, "7": 9}
    figures.sort(key=lambda item: order.get(item.group, 99))  # 8, ActionKit's, comes last
    cli = bench_import.httpx_cli_modules()
    header += [
        f"httpx {_version('httpx')}, httpcore {_version('httpcore')}, "
        f"pydantic {_version('pydantic')}, attrs {_version('attrs')}, "
        f"openai {_version('openai')}, uvicorn {_version('uvicorn')}",
        "httpx's optional CLI modules imported by `import httpx` here: "
        + (", ".join(cli) if cli else "none (click, rich and pygments are absent)"),
        "servers pinned to one core and the client or load generator to another"
        if len(cpus()) >= 2
        else "not pinned to cores (fewer than two usable)",
        f"mock figure (6): {how}",
        f"run on {datetime.date.today().isoformat()}, {time.perf_counter() - started:.0f} s in all",
    ]
    report = markdown(figures, quick=settings.quick, header=header, notes=[*skipped, *FINDINGS])
    print(report)
    (output / "RESULTS.md").write_text(report, encoding="utf-8")
    if importlib.util.find_spec("matplotlib") is None:
        print("matplotlib is not installed: no chart written", file=sys.stderr)
    else:
        chart(figures, output / "ratios.png")
    for line in skipped:
        print(line, file=sys.stderr)
    print(f"written to {output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
