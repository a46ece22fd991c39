"""Start ``paragon-mock serve`` as a real subprocess for CLI and persistence tests."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

READY_PREFIX = "Paragon mock on "


def port_is_free(port: int) -> bool:
    """Whether nothing listens on ``port`` of 127.0.0.1 any more."""
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def paragon_mock_command() -> list[str]:
    """The installed console script, or the module when it is not on PATH."""
    script = shutil.which("paragon-mock", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "paragon_mock"]


class ServeProcess:
    """``paragon-mock serve --port 0 ...`` and what it printed."""

    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen(
            [*paragon_mock_command(), "serve", "--port", "0", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self.lines: list[str] = []
        assert self.process.stdout is not None
        stdout: IO[str] = self.process.stdout
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            line = stdout.readline()
            if not line:
                break
            self.lines.append(line.rstrip("\n"))
            if line.startswith("control"):
                break
        ready = [line for line in self.lines if line.startswith(READY_PREFIX)]
        if not ready:
            self.process.kill()
            raise RuntimeError(
                f"paragon-mock did not start: {self.lines} "
                f"{self.process.stderr.read() if self.process.stderr else ''}"
            )
        self.base_url = ready[0].removeprefix(READY_PREFIX).strip()
        self.token = next(line.split()[1] for line in self.lines if line.startswith("token"))

    @property
    def port(self) -> int:
        return int(self.base_url.rsplit(":", 1)[1])

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15) -> int:
        if self.process.poll() is None:
            self.process.send_signal(sig)
        return self.process.wait(timeout)
