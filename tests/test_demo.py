"""``paragon demo``: the main job runs every SDK function against the mock and stops it."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
from typing import Any

import pytest

FUNCTIONS = [
    "authenticate",
    "get_user",
    "set_user_metadata",
    "get_integration_metadata",
    "get_integration_config",
    "get_data_source_options",
    "get_field_options",
    "iter_field_options",
    "enable_workflow",
    "disable_workflow",
    "update_workflow_state",
    "update_integration_user_settings",
    "update_workflow_user_settings",
    "event",
    "request",
    "workflow",
    "uninstall_integration",
    "list_integrations",
    "list_credentials",
    "get_credential",
    "update_credential",
    "configure_global",
    "set_headless",
    "install_flow.start",
    "install_flow.set_post_options",
    "install_integration",
    "connect",
    "ExternalFilePicker",
]


MINIMAL = ["--responses", "minimal"]


@pytest.mark.parametrize(
    "flags",
    [[], ["--async"], MINIMAL, ["--async", *MINIMAL]],
    ids=["sync", "async", "sync-minimal", "async-minimal"],
)
def test_demo_runs_every_function_and_stops_the_mock(flags: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "paragon_connect", "demo", *flags],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    use_async = "--async" in flags
    # Which client ran shows: a header names it, and AsyncParagon's awaited calls say so.
    if use_async:
        assert "client: AsyncParagon (async, on asyncio)" in out
        assert "> await paragon.authenticate(" in out
        assert "> await paragon.install_flow.start(" in out
        assert "> [option async for option in paragon.iter_field_options(" in out
        # The plain methods of AsyncParagon are not shown as awaited.
        assert "> paragon.get_user()" in out
        assert "> paragon.set_headless(True)" in out
        assert "> paragon.configure_global(" in out
    else:
        assert "client: Paragon (sync)" in out
        assert "await" not in out
        assert "async for" not in out
    for name in FUNCTIONS:
        call = re.compile(
            rf"^> (await |\[option async for option in )?paragon\.{re.escape(name)}\("
        )
        assert any(call.match(line) for line in out.splitlines()), name
    # camelCase throughout: the client's own events print as the API names things.
    assert '"integrationType": "stripe"' in out
    for snake in ("integration_id", "integration_type", "credential_id", "workflow_id", "user_id"):
        assert f'"{snake}"' not in out, snake
    # A call that returns None says what that means rather than printing null.
    assert not re.search(r"^null$", out, re.MULTILINE)
    assert "(no result: install flows now run without the Connect Portal)" in out
    assert "(no result: it returns None; the uninstall event below tells what went)" in out
    assert '"label": "#general"' in out
    assert '"ok": true' in out
    assert '"status": "created"' in out
    assert "(event onWorkflowChange: 2248335c" in out
    assert "(event onIntegrationUninstall: salesforce)" in out
    assert "(event onIntegrationInstall: jira)" in out
    assert "the mock is stopped" in out
    assert "Traceback" not in result.stderr
    port = int(re.search(r"http://127\.0\.0\.1:(\d+)", out).group(1))  # type: ignore[union-attr]
    with socket.socket() as sock:
        assert sock.connect_ex(("127.0.0.1", port)) != 0, "the mock still listens after the demo"


class _Started(Exception):
    pass


def test_demo_passes_the_response_mode_to_the_mock(monkeypatch: pytest.MonkeyPatch) -> None:
    import paragon_mock
    from paragon_connect._cli import main

    seen: list[dict[str, Any]] = []

    def serve_in_thread(**options: Any) -> Any:
        seen.append(options)
        raise _Started

    monkeypatch.setattr(paragon_mock, "serve_in_thread", serve_in_thread)
    for argv, expected in ((["demo"], "full"), (["demo", *MINIMAL], "minimal")):
        with pytest.raises(_Started):
            main(argv)
        assert seen.pop()["responses"] == expected


def test_results_print_camel_case_and_none_says_what_it_means() -> None:
    import io

    from paragon_connect import IntegrationUninstallEvent
    from paragon_connect._demo import Note, Step, _show

    out = io.StringIO()
    event = IntegrationUninstallEvent(integration_id="i-1", integration_type="slack")
    _show(out, "paragon.x()", [event], "(unused)", ["onIntegrationUninstall: slack"])
    _show(out, "paragon.y()", None, Step("y()", lambda p: None).none, [])
    _show(out, "paragon.z()", Note("(not asked)"), "(unused)", [])
    text = out.getvalue()
    assert '"integrationType": "slack"' in text
    assert '"credentialId": null' in text
    assert "integration_type" not in text
    assert "> paragon.y()\n(no result: it returns None)\n" in text
    assert "> paragon.z()\n(not asked)\n" in text
    assert "(event onIntegrationUninstall: slack)" in text
