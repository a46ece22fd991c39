"""``paragon tools list`` and ``paragon tools run``, against a served paragon-mock.

Each test runs the command in this process with click's ``CliRunner`` on a fresh mock (the
``paragon_mock`` fixture, served on a loopback port), through the runner of
``tests/test_paragon_cli.py``: it checks the exit status, that an error is one line on stderr,
and that neither the user token nor the signing key shows in anything printed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from paragon_connect import ToolArgumentProblem, ToolArgumentsError, ToolNotFoundError, _cli
from paragon_connect._cli import cli
from paragon_mock.testing import ParagonMock

from tests.test_paragon_cli import ENV_VARS
from tests.test_paragon_cli import Paragon as Runner

MESSAGE = {"channel": "#general", "message": "Deploy finished"}


@pytest.fixture(autouse=True)
def _no_paragon_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    # A developer's own PARAGON_* variables must not leak into the tests.
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def paragon(paragon_mock: ParagonMock, tmp_path: Path) -> Runner:
    return Runner(paragon_mock, tmp_path)


def test_list_prints_the_tools(paragon: Runner) -> None:
    tools = paragon.json("tools", "list")
    send = next(tool for tool in tools if tool["name"] == "SLACK_SEND_MESSAGE")
    assert set(send) == {"name", "integration", "description", "parameters"}
    assert send["integration"] == "slack"
    assert send["parameters"]["required"] == ["channel", "message"]
    assert {tool["integration"] for tool in tools} == {"slack", "salesforce", "hubspot"}


def test_list_filters(paragon: Runner) -> None:
    slack = paragon.json("tools", "list", "--integration", "slack")
    assert {tool["integration"] for tool in slack} == {"slack"}
    two = paragon.json("tools", "list", "--integration", "slack", "--integration", "hubspot")
    assert {tool["integration"] for tool in two} == {"slack", "hubspot"}
    every = paragon.json("tools", "list", "--all-integrations")
    assert {tool["integration"] for tool in every} > {"slack", "salesforce", "hubspot"}
    crm = paragon.json("tools", "list", "--category", "crm")
    assert "slack" not in {tool["integration"] for tool in crm}


@pytest.mark.parametrize(
    ("format_", "name_of"),
    [
        ("openai", lambda tool: tool["function"]["name"]),
        ("openai-responses", lambda tool: tool["name"] if tool["strict"] is False else None),
        ("anthropic", lambda tool: tool["name"] if "input_schema" in tool else None),
        ("mcp", lambda tool: tool["name"] if "inputSchema" in tool else None),
    ],
)
def test_list_in_each_vendors_format(paragon: Runner, format_: str, name_of: object) -> None:
    tools = paragon.json("tools", "list", "--integration", "slack", "--format", format_)
    assert callable(name_of)
    assert "SLACK_SEND_MESSAGE" in [name_of(tool) for tool in tools]


def test_run_with_inline_file_and_stdin_arguments(paragon: Runner, tmp_path: Path) -> None:
    sent = paragon.json("tools", "run", "SLACK_SEND_MESSAGE", "-d", json.dumps(MESSAGE))
    assert sent["ok"] is True and sent["message"]["text"] == "Deploy finished"
    arguments = tmp_path / "args.json"
    arguments.write_text(json.dumps({**MESSAGE, "message": "From a file"}))
    from_file = paragon.json("tools", "run", "SLACK_SEND_MESSAGE", "-d", f"@{arguments}")
    assert from_file["message"]["text"] == "From a file"
    piped = paragon.json(
        "tools",
        "run",
        "SLACK_SEND_MESSAGE",
        "--data",
        "@-",
        input=json.dumps({**MESSAGE, "message": "From stdin"}),
    )
    assert piped["message"]["text"] == "From stdin"
    channels = paragon.json("tools", "run", "SLACK_LIST_CHANNELS")  # no -d: {}
    assert channels["ok"] is True


def test_arguments_that_break_the_schema_exit_2_without_a_request(paragon: Runner) -> None:
    paragon.mock.clear_records()
    line = paragon.error("tools", "run", "SLACK_SEND_MESSAGE", "-d", '{"channel": 7}', code=2)
    assert line.startswith("paragon: ToolArgumentsError: the arguments of tool")
    assert "$.channel: must be of type string" in line and "$.message: is required" in line
    assert paragon.mock.records(kind="proxyCall") == []


def test_unknown_tools_and_paragons_refusals(paragon: Runner) -> None:
    line = paragon.error("tools", "run", "SLACK_ARCHIVE_CHANNEL", code=4)
    assert line.startswith("paragon: ToolNotFoundError:")
    line = paragon.error("tools", "run", "SLACK_ARCHIVE_CHANNEL", "--no-validate", code=4)
    assert line.startswith("paragon: NotFoundError: 404")
    # Unchecked arguments reach Paragon, which refuses them itself (400).
    line = paragon.error(
        "tools", "run", "SLACK_SEND_MESSAGE", "--no-validate", "-d", '{"channel": "C1"}', code=5
    )
    assert line.startswith("paragon: BadRequestError: 400")


def test_bad_command_lines_exit_2(paragon: Runner) -> None:
    line = paragon.error("tools", "run", "SLACK_SEND_MESSAGE", "-d", "[1, 2]", code=2)
    assert "-d must be a JSON object" in line
    line = paragon.error("tools", "run", "SLACK_SEND_MESSAGE", "-d", "{oops", code=2)
    assert "-d: not JSON" in line
    paragon.error("tools", "list", "--format", "xml", code=2)
    line = paragon.error("tools", "list", "--integration", "not a type!", code=2)
    assert "integration" in line


def test_the_credential_option(paragon: Runner) -> None:
    line = paragon.error(
        "tools", "run", "SLACK_SEND_MESSAGE", "-d", json.dumps(MESSAGE), "--credential", " ", code=2
    )
    assert "selected_credential_id" in line


@pytest.mark.parametrize("command", [("tools",), ("tools", "list"), ("tools", "run")])
def test_help(command: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Usage: paragon {' '.join(command)}")
    if len(command) > 1:
        assert "Connection and output (before or after the command):" in result.stdout


def test_exit_codes_of_the_tool_errors() -> None:
    assert _cli.exit_code_for(ToolNotFoundError("x", tool="X")) == _cli.EXIT_NOT_FOUND
    problem = ToolArgumentProblem("$.a", "is required")
    assert _cli.exit_code_for(ToolArgumentsError("X", [problem])) == _cli.EXIT_USAGE
