"""How fast the mock serves GET /sdk/me, against a bare Starlette endpoint returning the same bytes.

Both apps run under uvicorn in subprocesses of their own (pinned to one core when the machine
allows it, the load generator to another), loaded in turn with 32 concurrent keep-alive
connections; the rounds are interleaved so that drift of the machine hits both alike. The load
generator is ``wrk`` when it is installed, otherwise a lean asyncio client in a separate process.
The report gives each side's median requests per second and p50/p99 latency, and the ratio
mock / bare (the goal: at least 0.5).

    python -m tests.benchmarks.bench_mock [--rounds 5] [--duration 5] [--connections 32]
        [--generator auto|wrk|asyncio] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import httpx
from paragon_mock import DEFAULT_PROJECT_ID, dev_token

ME_PATH = f"/projects/{DEFAULT_PROJECT_ID}/sdk/me"
_MOCK_SERVER = """
import sys, uvicorn
from paragon_mock import create_app
uvicorn.run(create_app(seed=1), host="127.0.0.1", port=int(sys.argv[1]), log_level="error",
            access_log=False)
"""
_BARE_SERVER = """
import sys, uvicorn
from pathlib import Path
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route

BODY = Path(sys.argv[2]).read_bytes()

async def me(request):
    return Response(BODY, media_type="application/json")

app = Starlette(routes=[Route(sys.argv[3], me)])
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="error", access_log=False)
"""


@dataclass
class Sample:
    """One timed run against one server."""

    target: str
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _cpus() -> list[int]:
    try:
        return sorted(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return []


def _start(code: str, *args: str, cpu: int | None) -> tuple[subprocess.Popen[bytes], int]:
    port = _free_port()
    command = [sys.executable, "-c", code, str(port), *args]
    if cpu is not None and shutil.which("taskset"):
        command = ["taskset", "-c", str(cpu), *command]
    process = subprocess.Popen(command)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return process, port
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("a benchmark server did not start")


# -- load generators ----------------------------------------------------------------------------


def _wrk(
    port: int, token: str, duration: float, connections: int, cpu: int | None
) -> tuple[float, float, float, int, int]:
    command = [
        "wrk",
        "-t1",
        f"-c{connections}",
        f"-d{max(1, round(duration))}s",
        "--latency",
        "-H",
        f"Authorization: Bearer {token}",
        f"http://127.0.0.1:{port}{ME_PATH}",
    ]
    if cpu is not None and shutil.which("taskset"):
        command = ["taskset", "-c", str(cpu), *command]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout

    def latency(label: str) -> float:
        found = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE)
        if found is None:
            raise RuntimeError(f"wrk printed no {label}% latency:\n{output}")
        value, unit = float(found.group(1)), found.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    total = int(re.search(r"(\d+) requests in", output).group(1))  # type: ignore[union-attr]
    errors_found = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = int(errors_found.group(1)) if errors_found else 0
    return rps, latency("50"), latency("99"), total, errors


async def _one_connection(port: int, request: bytes, stop_at: float, latencies: list[float]) -> int:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    errors = 0
    try:
        while time.perf_counter() < stop_at:
            started = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            if not head.startswith(b"HTTP/1.1 200"):
                errors += 1
            length = int(re.search(rb"(?i)content-length:\s*(\d+)", head).group(1))  # type: ignore[union-attr]
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - started)
    finally:
        writer.close()
    return errors


def _asyncio_load(port: int, token: str, duration: float, connections: int) -> dict[str, Any]:
    request = (
        f"GET {ME_PATH} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Bearer {token}\r\n\r\n"
    ).encode()
    latencies: list[float] = []

    async def run() -> int:
        stop_at = time.perf_counter() + duration
        results = await asyncio.gather(
            *(_one_connection(port, request, stop_at, latencies) for _ in range(connections))
        )
        return sum(results)

    started = time.perf_counter()
    errors = asyncio.run(run())
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "rps": len(latencies) / elapsed,
        "p50_ms": latencies[len(latencies) // 2] * 1000,
        "p99_ms": latencies[int(len(latencies) * 0.99)] * 1000,
        "requests": len(latencies),
        "errors": errors,
    }


def _python_load(
    port: int, token: str, duration: float, connections: int, cpu: int | None
) -> tuple[float, float, float, int, int]:
    # A separate process, so the client never shares an interpreter with anything measured.
    code = (
        "import json, sys\n"
        "from tests.benchmarks.bench_mock import _asyncio_load\n"
        "print(json.dumps(_asyncio_load(int(sys.argv[1]), sys.argv[2], float(sys.argv[3]),"
        " int(sys.argv[4]))))\n"
    )
    command = [sys.executable, "-c", code, str(port), token, str(duration), str(connections)]
    if cpu is not None and shutil.which("taskset"):
        command = ["taskset", "-c", str(cpu), *command]
    result = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
    return result["rps"], result["p50_ms"], result["p99_ms"], result["requests"], result["errors"]


# -- the benchmark ------------------------------------------------------------------------------


def run(rounds: int, duration: float, connections: int, generator: str = "auto") -> dict[str, Any]:
    """Run the interleaved rounds; return every sample and the medians."""
    token = dev_token("xyz", ttl=24 * 3600)
    cpus = _cpus()
    server_cpu = cpus[0] if len(cpus) >= 2 else None
    client_cpu = cpus[1] if len(cpus) >= 2 else None
    if generator == "auto":
        generator = "wrk" if shutil.which("wrk") else "asyncio"
    mock, mock_port = _start(_MOCK_SERVER, cpu=server_cpu)
    body_file = Path(tempfile.gettempdir()) / f"paragon-bench-{os.getpid()}.json"
    bare: subprocess.Popen[bytes] | None = None
    try:
        body = httpx.get(
            f"http://127.0.0.1:{mock_port}{ME_PATH}", headers={"Authorization": f"Bearer {token}"}
        )
        body.raise_for_status()
        body_file.write_bytes(body.content)
        bare, bare_port = _start(_BARE_SERVER, str(body_file), ME_PATH, cpu=server_cpu)
        same = httpx.get(f"http://127.0.0.1:{bare_port}{ME_PATH}").content
        assert same == body.content, "the bare endpoint must return the same bytes"
        samples: list[Sample] = []
        load = _wrk if generator == "wrk" else _python_load
        for _ in range(rounds):
            for target, port in (("bare", bare_port), ("mock", mock_port)):
                rps, p50, p99, total, errors = load(port, token, duration, connections, client_cpu)
                samples.append(Sample(target, rps, p50, p99, total, errors))
    finally:
        for process in (mock, bare):
            if process is not None:
                process.terminate()
                process.wait(10)
        body_file.unlink(missing_ok=True)

    def median(target: str, field: str) -> float:
        values: list[float] = [getattr(s, field) for s in samples if s.target == target]
        return statistics.median(values)

    summary = {
        target: {field: median(target, field) for field in ("rps", "p50_ms", "p99_ms")}
        for target in ("bare", "mock")
    }
    return {
        "generator": generator,
        "connections": connections,
        "duration_s": duration,
        "rounds": rounds,
        "body_bytes": len(body.content),
        "pinned": server_cpu is not None,
        "samples": [asdict(s) for s in samples],
        "median": summary,
        "ratio": summary["mock"]["rps"] / summary["bare"]["rps"],
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its report."""
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.bench_mock")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--duration", type=float, default=5.0)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--generator", choices=["auto", "wrk", "asyncio"], default="auto")
    parser.add_argument("--json", action="store_true", help="print the whole result as JSON")
    args = parser.parse_args(argv)
    result = run(args.rounds, args.duration, args.connections, args.generator)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(
        f"GET /sdk/me, {result['connections']} keep-alive connections, {result['rounds']} "
        f"interleaved rounds of {result['duration_s']:g} s, load by {result['generator']}, "
        f"{result['body_bytes']} bytes per answer"
    )
    print(f"{'':6} {'req/s':>10} {'p50 ms':>8} {'p99 ms':>8}")
    for target in ("bare", "mock"):
        row = result["median"][target]
        print(f"{target:6} {row['rps']:10.0f} {row['p50_ms']:8.2f} {row['p99_ms']:8.2f}")
    verdict = "meets" if result["ratio"] >= 0.5 else "misses"
    print(f"mock / bare = {result['ratio']:.2f} ({verdict} the 0.5 goal)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
