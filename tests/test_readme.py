"""The README works as pasted: its Quick start and mock commands run, its lists match the code.

The Quick start's shell blocks and program, and the mock section's commands, run here exactly
as written against a real ``paragon-mock serve``. The one change is the port: the README says
4010, and a test cannot count on that port being free (CI runs other servers on this machine),
so the mock serves on a free port and the block's ``127.0.0.1:4010`` is pointed at it.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import jwt
from paragon_connect import AsyncParagon, Paragon
from paragon_mock.cli import _parser

from tests.conftest import REPO_ROOT
from tests.mock_process import ServeProcess

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
README_PORT = "4010"
README_URL = f"http://127.0.0.1:{README_PORT}"
# Where the package's scripts (paragon-mock, paragon) and this interpreter live: the commands
# of a block must resolve to the package under test, not to anything else on PATH.
BIN = str(Path(sys.executable).parent)


def _section(heading: str) -> str:
    """The text under ``heading`` (a line of the README) up to the next heading."""
    start = README.index(f"\n{heading}\n") + len(heading) + 2
    following = re.search(r"^#{2,3} ", README[start:], re.MULTILINE)
    return README[start : start + following.start()] if following else README[start:]


def _blocks(text: str, language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```$", text, re.MULTILINE | re.DOTALL)


def _serve_arguments(block: str) -> list[str]:
    """The arguments of the block's ``paragon-mock serve`` line, without ``--port 4010``."""
    command = next(line for line in block.splitlines() if line.startswith("paragon-mock serve"))
    words = shlex.split(command, comments=True)
    assert words[:4] == ["paragon-mock", "serve", "--port", README_PORT], command
    return words[4:]


def _run_shell(block: str, base_url: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a block with bash, as a user pastes it, against the mock at ``base_url``."""
    assert README_URL in block
    env = {k: v for k, v in os.environ.items() if not k.startswith("PARAGON_")}
    env["PATH"] = BIN + os.pathsep + env.get("PATH", "")
    return subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", block.replace(README_URL, base_url)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_quick_start_runs_as_written_against_a_served_mock(tmp_path: Path) -> None:
    section = _section("## Quick start")
    serve_block, client_block = _blocks(section, "sh")
    [program] = _blocks(section, "python")
    # The program is named in the client block, and saved under that name as the text says.
    assert "python quickstart.py" in client_block
    (tmp_path / "quickstart.py").write_text(program, encoding="utf-8")
    server = ServeProcess(*_serve_arguments(serve_block))
    try:
        result = _run_shell(client_block, server.base_url, tmp_path)
    finally:
        server.stop()
    assert result.returncode == 0, result.stdout + result.stderr
    promised = re.search(r"Against the mock it prints `([^`]+)`", section)
    assert promised is not None
    assert promised.group(1) in result.stdout.splitlines()
    assert "#general" in result.stdout  # the channels of the default fixture
    # The key came from paragon-mock key, which says on stderr what it is.
    assert "development signing key" in result.stderr


def test_the_quick_start_shows_the_real_backend_too() -> None:
    [program] = _blocks(_section("## Quick start"), "python")
    # Paragon's cloud when no URL is given, and the on-premise form, beside the mock's base_url.
    assert "Paragon()" in program
    assert 'Paragon(host="mycompany.paragon.so")' in program
    assert "sign_user_token(PRIVATE_KEY_PEM" in program


def test_the_mock_section_runs_as_written(tmp_path: Path) -> None:
    # Fails rather than skips: a README command nobody ran is what this test exists to catch.
    assert shutil.which("curl"), "the mock section's example uses curl: apt-get install curl"
    section = _section("## The local mock: `paragon-mock`")
    serve_block, client_block = _blocks(section, "sh")[:2]
    server = ServeProcess(*_serve_arguments(serve_block))
    try:
        # The sample output is what serve prints (the token shortened, the port the README's).
        shown = [line.removeprefix("# ") for line in serve_block.splitlines()[1:]]
        printed = [line.replace(server.base_url, README_URL) for line in server.lines]
        assert len(shown) == len(printed), (shown, printed)
        for sample, line in zip(shown, printed, strict=True):
            assert line.startswith(sample.removesuffix("...")), (sample, line)
        result = _run_shell(client_block, server.base_url, tmp_path)
    finally:
        server.stop()
    assert result.returncode == 0, result.stdout + result.stderr
    # curl prints the JSON without a newline, so the next command's token follows on its line.
    me, end = json.JSONDecoder().raw_decode(result.stdout)
    assert me["userId"] == "xyz"
    alice = result.stdout[end:].strip()
    assert jwt.decode(alice, options={"verify_signature": False})["sub"] == "alice"
    key = (tmp_path / "mock-signing-key.pem").read_text(encoding="utf-8")
    assert key.startswith("-----BEGIN PRIVATE KEY-----")


def test_every_serve_option_is_listed() -> None:
    options = _section("## The local mock: `paragon-mock`")
    listed = options[options.index("`serve` options:") : options.index("**Slow clients.**")]
    commands = next(
        action for action in _parser()._actions if isinstance(action, argparse._SubParsersAction)
    )
    serve = commands.choices["serve"]
    flags = [
        flag
        for action in serve._actions
        for flag in action.option_strings
        if flag.startswith("--") and flag != "--help"
    ]
    assert "--log-level" in flags
    for flag in flags:
        assert f"`{flag}" in listed, flag


def _plain_methods(client: object) -> set[str]:
    """The public methods that are called without await: not coroutine functions."""
    return {
        name
        for name in dir(client)
        if not name.startswith("_")
        and callable(getattr(client, name))
        and not inspect.iscoroutinefunction(getattr(client, name))
    }


def test_the_plain_methods_of_async_paragon_are_the_readme_list() -> None:
    text = " ".join(_section("## Quick start").split())
    start = text.index("These are plain methods")
    sentence = text[text.index(":", start) : text.index("Every result is typed", start)]
    listed = set(re.findall(r"`([A-Za-z_]+)`", sentence))
    client = AsyncParagon()
    assert listed == _plain_methods(client)
    # iter_field_options is plain, as listed, and what it returns is iterated with async for.
    returns = inspect.signature(client.iter_field_options).return_annotation
    assert str(returns).startswith("AsyncIterator["), returns
    # "The same methods as Paragon (aclose() for close())".
    sync = {name for name in dir(Paragon()) if not name.startswith("_")}
    assert sync - {"close"} == {name for name in dir(client) if not name.startswith("_")} - {
        "aclose"
    }


def test_the_wheel_in_the_install_instructions_is_this_version() -> None:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    version = project["version"]
    wheels = re.findall(r"dist/paragon_connect-([^-]+)-py3-none-any\.whl\[mock\]", README)
    assert wheels == [version]
