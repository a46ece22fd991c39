"""A uvicorn server answering fixed bytes per path, in a process of its own, for the benchmarks.

Both sides of a loopback comparison (the client and raw httpx, openai-python and raw httpx) call
this one server, so the server's own cost is the same for both. The app is a bare ASGI callable
(a dictionary lookup), so that the figure is dominated by the clients, not the server. The
process is pinned to the first CPU when the machine has two or more, the benchmark to another.

    python -m tests.benchmarks._server ROUTES.json [CPU]   # prints "ready <port>", then serves
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Awaitable, Callable, Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = ["cpus", "fixed_server", "pinned"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]


def cpus() -> list[int]:
    """The CPUs this process may run on (empty where the platform cannot tell)."""
    try:
        return sorted(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return []


@contextmanager
def pinned() -> Iterator[None]:
    """Run the block on the last allowed CPU (the server takes the first), then undo it."""
    allowed = cpus()
    if len(allowed) < 2:
        yield
        return
    os.sched_setaffinity(0, {allowed[-1]})
    try:
        yield
    finally:
        os.sched_setaffinity(0, set(allowed))


def make_app(
    routes: Mapping[str, bytes],
) -> Callable[
    [Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]
]:
    """An ASGI app answering each path's bytes as JSON, 404 for anything else."""
    answers = {
        path: (
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            },
            {"type": "http.response.body", "body": body},
        )
        for path, body in routes.items()
    }
    missing = (
        {"type": "http.response.start", "status": 404, "headers": [(b"content-length", b"0")]},
        {"type": "http.response.body", "body": b""},
    )

    async def app(
        scope: Scope,
        receive: Callable[[], Awaitable[Message]],
        send: Callable[[Message], Awaitable[None]],
    ) -> None:
        start, body = answers.get(scope["path"], missing)
        await send(start)
        await send(body)

    return app


@contextmanager
def fixed_server(routes: Mapping[str, bytes], directory: Path) -> Iterator[str]:
    """Serve ``routes`` from a subprocess on 127.0.0.1 while the block runs; yield its base URL."""
    routes_file = directory / "routes.json"
    routes_file.write_text(json.dumps({path: body.decode() for path, body in routes.items()}))
    allowed = cpus()
    cpu = str(allowed[0]) if len(allowed) >= 2 else ""
    command = [sys.executable, "-m", "tests.benchmarks._server", str(routes_file), cpu]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        ready = process.stdout.readline()
        if not ready.startswith("ready "):
            raise RuntimeError(f"the fixed-bytes server did not start: {ready!r}")
        yield f"http://127.0.0.1:{int(ready.split()[1])}"
    finally:
        process.terminate()
        process.wait(timeout=10)


def main(routes_file: str, cpu: str = "") -> None:
    """Serve the routes of ``routes_file`` on a free port (on ``cpu`` if given) until killed."""
    if cpu:
        os.sched_setaffinity(0, {int(cpu)})
    import uvicorn
    from paragon_mock.server import bind_socket

    routes = {
        path: body.encode() for path, body in json.loads(Path(routes_file).read_text()).items()
    }
    # bind_socket sets up TCP so that asyncio turns Nagle off: no delayed-ACK waits.
    sock = bind_socket()
    config = uvicorn.Config(make_app(routes), log_level="error", access_log=False, lifespan="off")
    print(f"ready {sock.getsockname()[1]}", flush=True)
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main(*sys.argv[1:3])
