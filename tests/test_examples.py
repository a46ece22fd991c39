"""The examples run as a user runs them: ``python examples/<name>.py``, checked by their output.

Each runs in a subprocess from the repository's root, with this interpreter (which has
paragon-connect and its mock installed) and no network: the examples start paragon-mock in
their own process.
"""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO_ROOT

EXAMPLES = REPO_ROOT / "examples"


def run_example(name: str) -> list[str]:
    """The lines the example printed; it must exit 0 and print nothing on stderr."""
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / name)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert result.stderr == ""
    return result.stdout.splitlines()


def test_agent_loop() -> None:
    lines = run_example("agent_loop.py")
    assert lines[0] == "Authenticated as 'xyz' on paragon-mock"
    text = "\n".join(lines)
    sends = 'calls SLACK_SEND_MESSAGE {"channel": "#general", "message": ":rocket: Release 2.4'
    # Each round offers the Slack tools, in its vendor's format.
    assert "OpenAI Chat Completions, 2 Slack tools offered:" in lines
    assert "Anthropic Messages, 2 Slack tools offered:" in lines
    openai, anthropic = text.split("Anthropic Messages")
    assert sends in openai
    assert 'tool       {"channel":"C051Z9MK98W","message":' in openai
    assert "assistant  Done: posted to C051Z9MK98W at ts " in openai
    # The Anthropic round forgets an argument first: an error result, then the corrected call.
    forgot = 'calls SLACK_SEND_MESSAGE {"channel": "#general"}'
    problem = '$.message: is required"} (is_error)'
    assert anthropic.index(forgot) < anthropic.index(problem) < anthropic.index(sends)
    assert "assistant  Done: posted to C051Z9MK98W at ts " in anthropic
    # Both messages are in Slack, read back through the proxy.
    history = lines[
        lines.index("Slack #general (C051Z9MK98W) through the proxy (conversations.history):") + 1 :
    ]
    assert len(history) == 2
    assert all(line.endswith(":rocket: Release 2.4 is deployed.") for line in history)
