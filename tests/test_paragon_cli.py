"""The ``paragon`` command ends as a shell command should: Ctrl-C and a closed pipe."""

from __future__ import annotations

import subprocess
import sys

import pytest
from paragon_connect import _cli, _demo


def test_ctrl_c_prints_one_line_and_exits_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(**_: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(_demo, "run_demo", interrupted)
    assert _cli.main(["demo"]) == _cli.EXIT_INTERRUPTED
    captured = capsys.readouterr()
    assert captured.err == "paragon: interrupted\n"
    assert captured.out == ""


def test_a_closed_pipe_is_quiet() -> None:
    # The reader closes the pipe after a few bytes while the demo still prints.
    command = [sys.executable, "-m", "paragon_connect._cli", "demo"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.read(40)
        process.stdout.close()
        errors = process.stderr.read().decode()
        code = process.wait(timeout=120)
    assert "Traceback" not in errors, errors
    assert "BrokenPipeError" not in errors, errors
    assert code in (0, _cli.EXIT_BROKEN_PIPE)


def test_version() -> None:
    with pytest.raises(SystemExit) as exited:
        _cli.main(["--version"])
    assert exited.value.code == 0
