"""The ``paragon`` command, run against a served paragon-mock.

Most tests run the command in this process with click's ``CliRunner`` (each gets a fresh mock,
served on a loopback port by the ``paragon_mock`` fixture); a few run the installed ``paragon``
script in a subprocess: a terminal's pretty output, an OAuth install approved from this test,
Ctrl-C while it waits, and a closed pipe. Every run checks that neither the user token nor the
signing key shows in what it printed.
"""

from __future__ import annotations

import http.server
import itertools
import json
import os
import pty
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import click
import httpx
import jwt
import paragon_connect
import pytest
from click.testing import CliRunner, Result
from paragon_connect import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    ConflictError,
    IntegrationAlreadyInstalledError,
    IntegrationNotFoundError,
    IntegrationNotInstalledError,
    InternalServerError,
    NotFoundError,
    OAuthBlockedError,
    OAuthTimeoutError,
    PaginationError,
    PermissionDeniedError,
    ProxyRequestError,
    RateLimitError,
    _cli,
    _demo,
)
from paragon_connect._cli import cli
from paragon_mock.testing import MockControlError, ParagonMock

PROJECT = "38b1f170-0c43-4eae-9a04-ab85325d99f7"
SECOND_PROJECT = "908f4c5e-6394-46a5-9355-3f729edbd160"
SLACK_CREDENTIAL = "4f2d8b6e-1c3a-4e5f-8a7b-9c0d1e2f3a4b"
SLACK_DEFAULT_CONFIGURATION = "9b2f4c6e-8a0d-4e1f-b3c5-d7e9f1a3b5c7"
SLACK_EMEA_CONFIGURATION = "3d5f7a9c-1e3b-4d6f-8a0c-2e4b6d8f0a1c"
SLACK_CHANNEL_SETTING = "2d5662c9-6750-46c2-8588-2ac904532efb"
SLACK_WORKFLOW = "2248335c-671c-47e4-b9a0-3641a9f2d301"
LEAD_CREATED_WORKFLOW = "85eb6607-c0e6-4baf-9bcd-a8bc17bf119e"
HUBSPOT_WORKFLOW = "3eb95154-3c7b-413c-bf14-ba367d95b53f"
SALESFORCE_CREDENTIAL = "00987654-56a7-49b1-8d23-456789abcdef"
UNKNOWN_UUID = "00000000-0000-4000-8000-000000000000"
ENV_VARS = (
    "PARAGON_PROJECT_ID",
    "PARAGON_USER_TOKEN",
    "PARAGON_SIGNING_KEY",
    "PARAGON_SIGNING_KEY_FILE",
    "PARAGON_USER_ID",
    "PARAGON_HOST",
    "PARAGON_BASE_URL",
)
SCRIPT = Path(sys.executable).with_name("paragon")


def _private_key(mock: ParagonMock, project: str = PROJECT) -> str:
    pem = mock.app.mock.store.fixture.projects[project].private_key_pem
    assert pem is not None
    return pem


def _secret_parts(secret: str) -> list[str]:
    """The secret and its long parts: a PEM's lines, a JWT's segments."""
    parts = [secret]
    for part in secret.replace(".", "\n").splitlines():
        if len(part) >= 16 and not part.startswith("-----"):
            parts.append(part)
    return parts


class Paragon:
    """Runs ``paragon`` in-process against the mock, checking what every run prints."""

    def __init__(self, mock: ParagonMock, tmp_path: Path) -> None:
        self.mock = mock
        self.token = mock.token("xyz")
        self.key = _private_key(mock)
        self.key_file = tmp_path / "signing-key.pem"
        self.key_file.write_text(self.key)
        self.env: dict[str, str | None] = {
            "PARAGON_BASE_URL": mock.url,
            "PARAGON_PROJECT_ID": PROJECT,
            "PARAGON_USER_TOKEN": self.token,
        }
        self.secrets = [*_secret_parts(self.token), *_secret_parts(self.key)]
        self.runner = CliRunner()

    def __call__(
        self,
        *args: str,
        code: int = 0,
        env: Mapping[str, str | None] | None = None,
        input: str | None = None,
        secrets: Sequence[str] = (),
    ) -> Result:
        result = self.runner.invoke(cli, list(args), env={**self.env, **(env or {})}, input=input)
        context = f"{args}: {result.stdout!r} {result.stderr!r} {result.exception!r}"
        assert result.exit_code == code, context
        # Whatever token or key this run was given is a secret too.
        secret_vars = ("PARAGON_USER_TOKEN", "PARAGON_SIGNING_KEY")
        given = [value for name, value in (env or {}).items() if value and name in secret_vars]
        given += [value for flag, value in itertools.pairwise(args) if flag == "--token"]
        for secret in [*self.secrets, *secrets, *(p for g in given for p in _secret_parts(g))]:
            assert secret not in result.stdout, f"a secret on stdout: {args}"
            assert secret not in result.stderr, f"a secret on stderr: {args}"
        assert "Traceback" not in result.stderr, context
        if code not in (0, 141):  # a closed pipe is quiet
            # An error ends stderr as one line (an install may have shown the consent URL).
            assert result.stderr.splitlines()[-1].startswith("paragon"), context
        return result

    def json(self, *args: str, **options: Any) -> Any:
        result = self(*args, **options)
        assert result.stdout.count("\n") == 1, "compact JSON is one line when not on a terminal"
        return json.loads(result.stdout)

    def error(self, *args: str, code: int, **options: Any) -> str:
        """Run a failing command; returns its one stderr line."""
        result = self(*args, code=code, **options)
        assert result.stdout == ""
        lines = result.stderr.splitlines()
        assert len(lines) == 1, result.stderr
        return lines[0]


@pytest.fixture(autouse=True)
def _no_paragon_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    # A developer's own PARAGON_* variables must not leak into the tests.
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def paragon(paragon_mock: ParagonMock, tmp_path: Path) -> Paragon:
    return Paragon(paragon_mock, tmp_path)


# -- Ctrl-C, closed pipe, version, help -----------------------------------------------------------


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


def test_ctrl_c_during_an_api_call(paragon: Paragon, monkeypatch: pytest.MonkeyPatch) -> None:
    from paragon_connect import Paragon as Client

    def interrupted(self: Client, *_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Client, "get_user", interrupted)
    result = paragon("user", code=130)
    assert result.stderr == "paragon: interrupted\n"


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


def test_a_closed_pipe_during_json_output(
    paragon: Paragon, monkeypatch: pytest.MonkeyPatch
) -> None:
    def closed(*_: object, **__: object) -> None:
        raise BrokenPipeError

    monkeypatch.setattr(_cli, "_emit", closed)
    result = paragon("integrations", code=141)
    assert result.stdout == result.stderr == ""


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli.main(["--version"]) == 0
    assert capsys.readouterr().out == f"paragon-connect {paragon_connect.__version__}\n"


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for name, command in group.commands.items():
        yield (*prefix, name)
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))


ALL_COMMANDS = list(_commands(cli))


def test_every_command_is_covered() -> None:
    expected = {
        "user", "set-user-metadata", "integrations", "metadata", "integration-config",
        "data-source", "field-options", "account", "credentials", "credentials list",
        "credentials get", "credentials update", "user-settings", "workflow-settings", "enable",
        "disable", "workflow-state", "event", "workflow", "request", "install",
        "complete-install", "uninstall", "connect-action", "token", "token sign", "demo",
        "tools", "tools list", "tools run",
    }  # fmt: skip
    assert {" ".join(command) for command in ALL_COMMANDS} == expected


@pytest.mark.parametrize("command", [(), *ALL_COMMANDS], ids=lambda c: " ".join(c) or "paragon")
def test_help_on_every_command(command: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Usage: paragon {' '.join(command)}".rstrip())
    assert "-h, --help" in result.stdout
    if (
        command
        and command not in (("credentials",), ("tools",))
        and command[0]
        not in (
            "token",
            "demo",
        )
    ):
        assert "Connection and output (before or after the command):" in result.stdout
        assert "[env: PARAGON_PROJECT_ID]" in result.stdout


def test_paragon_alone_shows_the_help_on_stderr() -> None:
    result = CliRunner().invoke(cli, [])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Commands:" in result.stderr and "Exit status:" in result.stderr


# -- every command against the mock ---------------------------------------------------------------


def test_user(paragon: Paragon) -> None:
    user = paragon.json("user")
    assert user["userId"] == "xyz"
    assert user["authenticated"] is True
    slack = user["integrations"]["slack"]
    assert slack["enabled"] is True and slack["credentialId"] == SLACK_CREDENTIAL
    assert "credential_id" not in json.dumps(user), "keys are camelCase, as the API's"


def test_integrations_and_their_metadata(paragon: Paragon) -> None:
    integrations = paragon.json("integrations")
    assert {"salesforce", "slack", "stripe"} <= {i["type"] for i in integrations}
    assert all("isActive" in integration for integration in integrations)
    everything = paragon.json("metadata")
    assert {"type": "slack", "name": "Slack"}.items() <= next(
        m for m in everything if m["type"] == "slack"
    ).items()
    slack = paragon.json("metadata", "slack")
    assert slack["brandColor"] == "#4A154B" and slack["icon"].endswith("/slack.svg")
    assert "no-such-integration" in paragon.error("metadata", "no-such-integration", code=4)


def test_integration_config_and_data_source(paragon: Paragon) -> None:
    config = paragon.json("integration-config", "slack")
    assert config["shortDescription"] == "Send notifications to Slack"
    assert [w["id"] for w in config["availableWorkflows"]] == [SLACK_WORKFLOW]
    source = paragon.json("data-source", "salesforce", "customObjectMapping")
    assert source["type"] == "FIELD_MAPPER_DATA_SOURCE"
    assert source["recordSource"]["cacheKey"] == "recordTypes"
    assert "no data source" in paragon.error("data-source", "slack", "nope", code=2)


def test_field_options(paragon: Paragon) -> None:
    page = paragon.json("field-options", "slack", "channels", "--search", "general")
    assert page["data"][0] == {"label": "#general", "value": "general", "type": "OPTION"}
    first = paragon.json("field-options", "slack", "channels")
    assert len(first["data"]) == 5 and first["nextPageCursor"]
    second = paragon.json("field-options", "slack", "channels", "--cursor", first["nextPageCursor"])
    assert [o["label"] for o in second["data"]] == ["#announcements", "#design", "#general-help"]
    assert second["nextPageCursor"] is None
    every = paragon.json("field-options", "slack", "channels", "--all")
    assert every == first["data"] + second["data"]
    assert "--cursor" in paragon.error(
        "field-options", "slack", "channels", "--all", "--cursor", "x", code=2
    )
    # A compound source's second input, for the user's choice in its first.
    account = paragon.json(
        "field-options", "salesforce", "cachedFields", "-p", "recordTypes=Account"
    )
    assert [o["value"] for o in account["data"]] == ["Name", "Website", "Industry"]
    assert "-p takes KEY=VALUE" in paragon.error(
        "field-options", "salesforce", "cachedFields", "-p", "oops", code=2
    )


def test_account(paragon: Paragon) -> None:
    account = paragon.json("account", "slack", "--credential", SLACK_CREDENTIAL)
    assert account["type"] == "slack"
    assert "accountAuth" not in account, "the provider's access token is not asked for"


def test_credentials_list_get_update(paragon: Paragon) -> None:
    every = paragon.json("credentials", "list")
    assert {c["id"] for c in every} >= {SLACK_CREDENTIAL, SALESFORCE_CREDENTIAL}
    slack = paragon.json("credentials", "list", "--integration", "slack")
    assert [c["id"] for c in slack] == [SLACK_CREDENTIAL]
    one = paragon.json("credentials", "get", SLACK_CREDENTIAL)
    assert one["id"] == SLACK_CREDENTIAL and one["status"] == "VALID"
    update = json.dumps({"sharedSettings": {SLACK_CHANNEL_SETTING: "random"}})
    updated = paragon.json("credentials", "update", SLACK_CREDENTIAL, "-d", update)
    default = next(c for c in updated["configurations"] if c["isDefault"])
    assert default["sharedSettings"][SLACK_CHANNEL_SETTING] == "random"
    assert "credential_id must be a UUID" in paragon.error("credentials", "get", "nope", code=2)
    assert "404" in paragon.error("credentials", "get", UNKNOWN_UUID, code=4)


def test_set_user_metadata(paragon: Paragon) -> None:
    user = paragon.json("set-user-metadata", "-d", '{"name": "Sean V", "plan": "pro"}')
    assert user["meta"]["Name"] == "Sean V" and user["meta"]["plan"] == "pro"
    assert paragon.json("user")["meta"]["plan"] == "pro"


def test_user_and_workflow_settings(paragon: Paragon) -> None:
    update = json.dumps({SLACK_CHANNEL_SETTING: "random"})
    credential = paragon.json(
        "user-settings", "slack", "-d", update, "--configuration", SLACK_EMEA_CONFIGURATION
    )
    emea = next(c for c in credential["configurations"] if c["id"] == SLACK_EMEA_CONFIGURATION)
    assert emea["sharedSettings"][SLACK_CHANNEL_SETTING] == "random"
    settings = json.dumps({SLACK_CHANNEL_SETTING: "sales"})
    credential = paragon.json("workflow-settings", "slack", SLACK_WORKFLOW, "-d", settings)
    default = next(c for c in credential["configurations"] if c["isDefault"])
    assert default["workflowSettings"][SLACK_WORKFLOW]["settings"] == {
        SLACK_CHANNEL_SETTING: "sales"
    }


def test_enable_and_disable_with_selectors(paragon: Paragon) -> None:
    selectors = ["--credential", SLACK_CREDENTIAL, "--configuration", SLACK_EMEA_CONFIGURATION]
    state = paragon.json("enable", SLACK_WORKFLOW, *selectors)
    assert state["enabled"] is True and state["configurationId"] == SLACK_EMEA_CONFIGURATION
    state = paragon.json("disable", SLACK_WORKFLOW, *selectors)
    assert state["enabled"] is False and state["configurationId"] == SLACK_EMEA_CONFIGURATION
    # The default configuration was not touched.
    state = paragon.json("disable", SLACK_WORKFLOW)
    assert state["configurationId"] == SLACK_DEFAULT_CONFIGURATION
    assert "workflow_id" in paragon.error("enable", "not-a-uuid", code=2)


def test_workflow_state(paragon: Paragon) -> None:
    result = paragon.json("workflow-state", "-d", json.dumps({HUBSPOT_WORKFLOW: False}))
    assert result["errors"] == []
    hubspot = result["user"]["integrations"]["hubspot"]
    assert hubspot["workflowSettings"][HUBSPOT_WORKFLOW]["enabled"] is False
    # One workflow that cannot change: the others still do, and the status tells the failure.
    states = json.dumps({HUBSPOT_WORKFLOW: True, UNKNOWN_UUID: True})
    partial = paragon("workflow-state", "-d", states, code=4)
    body = json.loads(partial.stdout)
    assert [(e["workflowId"], e["error"]["statusCode"]) for e in body["errors"]] == [
        (UNKNOWN_UUID, 404)
    ]
    assert partial.stderr.startswith(f"paragon: workflow {UNKNOWN_UUID}: NotFoundError: 404")


def test_event(paragon: Paragon) -> None:
    receipt = paragon.json("event", "Contact Created", "-d", '{"email": "[email protected]"}')
    assert receipt["name"] == "Contact Created" and "dateReceived" in receipt
    [record] = paragon.mock.records(kind="event")
    assert record["payload"] == {"email": "[email protected]"}
    assert "-d must be a JSON object" in paragon.error(
        "event", "Contact Created", "-d", "[1]", code=2
    )


def test_workflow_with_body_query_and_headers(paragon: Paragon) -> None:
    paragon.json("enable", LEAD_CREATED_WORKFLOW)
    body = '{"email": "[email protected]", "first_name": "Bowie", "last_name": "Foo"}'
    answer = paragon.json(
        "workflow", LEAD_CREATED_WORKFLOW, "-d", body, "-q", "source=cli", "-H", "X-Trace: 1"
    )
    assert answer == {"status": "created", "email": "[email protected]"}
    [trigger] = paragon.mock.records(kind="workflowTrigger")
    assert trigger["query"] == {"source": "cli"}
    assert trigger["body"]["first_name"] == "Bowie"
    # Not request-triggered: 409.
    assert "409" in paragon.error("workflow", SLACK_WORKFLOW, "-d", "{}", code=5)


def test_request(paragon: Paragon, tmp_path: Path) -> None:
    body_file = tmp_path / "body.json"
    body_file.write_text('{"channel": "CXXXXXXX0", "text": "Hello from the CLI"}')
    answer = paragon.json(
        "request", "slack", "/chat.postMessage", "-X", "POST", "-d", f"@{body_file}"
    )
    assert answer == {"ok": True}
    echo = paragon.json(
        "request", "slack", "/users.list?limit=2", "-q", "cursor=a b", "-H", "X-Trace: 1"
    )
    assert echo["method"] == "GET" and echo["query"] == {"limit": "2", "cursor": "a b"}
    # -d without -X sends a POST, as curl does; the body comes from stdin with @-.
    echo = paragon.json("request", "slack", "/anything", "-d", "@-", input='[1, "two"]')
    assert echo["method"] == "POST" and echo["body"] == [1, "two"]
    put = paragon.json("request", "slack", "/anything", "-X", "put", "-d", "{}")
    assert put["method"] == "PUT"
    calls = paragon.mock.records(kind="proxyCall")
    assert [call["method"] for call in calls] == ["POST", "GET", "POST", "PUT"]
    # The client keeps the user token's header for itself.
    assert "Authorization" in paragon.error(
        "request", "slack", "/x", "-H", "Authorization: Bearer mine", code=2
    )
    assert "-H takes" in paragon.error("request", "slack", "/x", "-H", "no colon", code=2)


def test_request_to_an_integration_not_installed_is_not_found(paragon: Paragon) -> None:
    line = paragon.error("request", "jira", "/myself", code=4)
    assert line.startswith("paragon: ProxyRequestError: 404")


def test_install_with_an_api_key(paragon: Paragon) -> None:
    fresh = {"PARAGON_USER_TOKEN": paragon.mock.token()}
    event = paragon.json("install", "stripe", "--pre", "API_KEY=sk_test_51Hx", env=fresh)
    assert event["integrationType"] == "stripe"
    assert event["credential"]["status"] == "VALID"
    assert event["credentialId"] == event["credential"]["id"]
    # Installing again is refused before anything is sent, unless another account is wanted.
    line = paragon.error("install", "stripe", "--pre", "API_KEY=sk_test_2", code=5, env=fresh)
    assert "IntegrationAlreadyInstalledError" in line
    again = paragon.json(
        "install", "stripe", "--pre", "API_KEY=sk_test_2", "--allow-multiple", env=fresh
    )
    assert again["credentialId"] != event["credentialId"]


def test_install_inputs_are_checked(paragon: Paragon) -> None:
    fresh = {"PARAGON_USER_TOKEN": paragon.mock.token()}
    assert "API_KEY" in paragon.error("install", "stripe", code=2, env=fresh)
    assert "--pre takes KEY=VALUE" in paragon.error(
        "install", "stripe", "--pre", "sk_live_secret", code=2, env=fresh
    )
    assert "account_type" in paragon.error("install", "salesforce", code=2, env=fresh)


def _browser_answering(monkeypatch: pytest.MonkeyPatch, answer: Callable[[str], None]) -> list[str]:
    """Make ``webbrowser.open`` (``--open-browser``) answer the consent page from a thread."""
    import webbrowser

    opened: list[str] = []

    def open_url(url: str, *_: object, **__: object) -> bool:
        opened.append(url)
        threading.Thread(target=answer, args=(url,), daemon=True).start()
        return True

    monkeypatch.setattr(webbrowser, "open", open_url)
    return opened


def test_install_through_oauth(paragon: Paragon, monkeypatch: pytest.MonkeyPatch) -> None:
    opened = _browser_answering(monkeypatch, paragon.mock.approve)
    fresh = {"PARAGON_USER_TOKEN": paragon.mock.token()}
    result = paragon(
        "install", "jira", "--post", "JIRA_CLOUD_ID=my-cloud", "--open-browser",
        "--poll-interval", "0.05", env=fresh,
    )  # fmt: skip
    event = json.loads(result.stdout)
    assert event["integrationType"] == "jira" and event["credential"]["status"] == "VALID"
    [url] = opened
    assert result.stderr.splitlines() == [
        f"paragon: open this URL to connect jira: {url}",
        "paragon: waiting up to 600 s for the answer (Ctrl-C cancels)",
    ]
    user = paragon.json("user", env=fresh)
    assert user["integrations"]["jira"]["enabled"] is True


def test_install_denied_or_unanswered(paragon: Paragon, monkeypatch: pytest.MonkeyPatch) -> None:
    _browser_answering(monkeypatch, paragon.mock.deny)
    fresh = {"PARAGON_USER_TOKEN": paragon.mock.token()}
    result = paragon(
        "install", "slack", "--open-browser", "--poll-interval", "0.05", code=9, env=fresh,
    )  # fmt: skip
    assert result.stderr.splitlines()[-1].startswith("paragon: OAuthBlockedError: ")
    monkeypatch.undo()
    result = paragon(
        "install", "slack", "--timeout", "0.3", "--poll-interval", "0.05", code=9, env=fresh
    )
    assert "open this URL to connect slack: http" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("paragon: OAuthTimeoutError: ")
    assert paragon.json("user", env=fresh)["integrations"]["slack"]["enabled"] is False


def test_complete_install(paragon: Paragon) -> None:
    fresh = {"PARAGON_USER_TOKEN": paragon.mock.token()}
    event = paragon.json(
        "complete-install", "googledrive", "code-from-google", "--redirect-url",
        "https://app.example.com/oauth", env=fresh,
    )  # fmt: skip
    assert event["integrationType"] == "googledrive"
    line = paragon.error(
        "complete-install", "stripe", "another-code", code=5, env=fresh, secrets=["another-code"]
    )
    assert "409" in line


def test_uninstall(paragon: Paragon) -> None:
    event = paragon.json("uninstall", "salesforce")
    assert event == {
        "integrationId": "1a7b3c9d-2e4f-4a6b-8c0d-1e2f3a4b5c6d",
        "integrationType": "salesforce",
        "credentialId": SALESFORCE_CREDENTIAL,
    }
    line = paragon.error("uninstall", "salesforce", code=4)
    assert (
        line == "paragon: IntegrationNotInstalledError: salesforce is not installed for user 'xyz'"
    )


def test_connect_action(paragon: Paragon) -> None:
    answer = paragon.json("connect-action", "shared-slack", "-d", '{"channel": "C1"}')
    assert answer["connected"] is True
    [record] = paragon.mock.records(kind="resourceConnection")
    assert record["payload"] == {"channel": "C1"}
    assert "no resource" in paragon.error("connect-action", "nope", "-d", "{}", code=2)


def test_data_arguments(paragon: Paragon, tmp_path: Path) -> None:
    event = ("event", "Contact Created", "-d")
    assert "not JSON (Expecting" in paragon.error(*event, "{oops", code=2)
    assert "-d: NaN is not JSON" in paragon.error(*event, '{"a": NaN}', code=2)
    assert "must be a JSON object" in paragon.error(*event, "[]", code=2)
    missing = tmp_path / "missing.json"
    assert f"cannot read the -d file {missing}" in paragon.error(*event, f"@{missing}", code=2)
    assert "nested too deeply" in paragon.error(*event, "[" * 100_000, code=2)
    # -d is required where the call needs a body.
    assert "Missing option '-d'" in paragon.error("event", "Contact Created", code=2)


# -- tokens ---------------------------------------------------------------------------------------


def test_token_sign(paragon: Paragon) -> None:
    result = paragon.runner.invoke(
        cli, ["token", "sign", "--key", str(paragon.key_file), "--user", "alice", "--ttl", "60"]
    )
    assert result.exit_code == 0, result.output
    token = result.stdout.strip()
    assert result.stdout == token + "\n" and result.stderr == ""
    claims = jwt.decode(token, options={"verify_signature": False})
    assert claims["sub"] == "alice" and claims["exp"] - claims["iat"] == 60
    assert "aud" not in claims
    # The key from the environment (or stdin), the project from the environment: aud.
    env = {"PARAGON_SIGNING_KEY": paragon.key, "PARAGON_PROJECT_ID": PROJECT}
    result = paragon.runner.invoke(cli, ["token", "sign", "--user", "bob"], env=env)
    claims = jwt.decode(result.stdout.strip(), options={"verify_signature": False})
    assert claims["aud"] == f"useparagon.com/{PROJECT}" and claims["sub"] == "bob"
    result = paragon.runner.invoke(
        cli, ["token", "sign", "--key", "-", "--user", "carol"], input=paragon.key
    )
    assert jwt.decode(result.stdout.strip(), options={"verify_signature": False})["sub"] == "carol"
    # A signed token works.
    paragon.json("user", env={"PARAGON_USER_TOKEN": token})


def test_token_sign_errors(paragon: Paragon, tmp_path: Path) -> None:
    env = {"PARAGON_USER_TOKEN": None, "PARAGON_PROJECT_ID": None}
    key = ("--key", str(paragon.key_file))
    assert "pass --user or set PARAGON_USER_ID" in paragon.error(
        "token", "sign", *key, code=2, env=env
    )
    assert "pass --key or set PARAGON_SIGNING_KEY_FILE" in paragon.error(
        "token", "sign", "--user", "u", code=2, env=env
    )
    not_a_key = tmp_path / "not-a-key.pem"
    not_a_key.write_text("-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5IGF0IGFsbCwgbm90IGF0IGFsbA==\n")
    line = paragon.error("token", "sign", "--key", str(not_a_key), "--user", "u", code=3, env=env)
    assert "not an unencrypted PEM private key" in line
    assert "bm90IGEga2V5" not in line
    assert "must be a project ID" in paragon.error(
        "token", "sign", *key, "--user", "u", "--project-id", "nope", code=2, env=env
    )
    assert "Invalid value for '--ttl'" in paragon.error(
        "token", "sign", *key, "--user", "u", "--ttl", "0", code=2, env=env
    )


# -- configuration: flags, environment, and which wins --------------------------------------------


def test_missing_configuration_names_the_flag_and_the_variable(paragon: Paragon) -> None:
    line = paragon.error("user", code=2, env={"PARAGON_PROJECT_ID": None})
    assert line == "paragon: no project ID: pass --project-id or set PARAGON_PROJECT_ID"
    line = paragon.error("user", code=2, env={"PARAGON_USER_TOKEN": None})
    assert "pass --token or set PARAGON_USER_TOKEN" in line
    assert "PARAGON_SIGNING_KEY" in line and "--user or PARAGON_USER_ID" in line
    line = paragon.error(
        "user", code=2, env={"PARAGON_USER_TOKEN": None, "PARAGON_SIGNING_KEY": paragon.key}
    )
    assert line.endswith("pass --user or set PARAGON_USER_ID")
    line = paragon.error("user", "--user", "u", code=2, env={"PARAGON_USER_TOKEN": None})
    assert line.startswith("paragon: --user needs a signing key")
    line = paragon.error("user", code=2, env={"PARAGON_PROJECT_ID": "nope"})
    assert line == "paragon: PARAGON_PROJECT_ID must be a project ID (a UUID), got 'nope'"
    line = paragon.error("user", "--project-id", "nope", code=2)
    assert line.startswith("paragon: --project-id must be a project ID")
    line = paragon.error("user", "--signing-key-file", "/nonexistent/key.pem", code=2)
    assert "cannot read the signing key (--signing-key-file) /nonexistent/key.pem" in line


def test_a_signing_key_signs_a_token_for_the_user(paragon: Paragon) -> None:
    env: dict[str, str | None] = {"PARAGON_USER_TOKEN": None, "PARAGON_USER_ID": "env-user"}
    by_file = {**env, "PARAGON_SIGNING_KEY_FILE": str(paragon.key_file)}
    assert paragon.json("user", env=by_file)["userId"] == "env-user"
    by_text = {**env, "PARAGON_SIGNING_KEY": paragon.key}
    assert paragon.json("user", env=by_text)["userId"] == "env-user"
    # The flags win over the variables.
    assert paragon.json("user", "--user", "flag-user", env=by_text)["userId"] == "flag-user"
    flags = ("--signing-key-file", str(paragon.key_file), "--user", "flag-user")
    assert paragon.json("user", *flags)["userId"] == "flag-user", "over PARAGON_USER_TOKEN"
    from_stdin = paragon.json("user", "--signing-key-file", "-", "--user", "u", input=paragon.key)
    assert from_stdin["userId"] == "u"
    both = {**env, "PARAGON_SIGNING_KEY": paragon.key, "PARAGON_SIGNING_KEY_FILE": "x"}
    assert "not both" in paragon.error("user", code=2, env=both)
    # A key that cannot sign is an authentication failure.
    bad = {**env, "PARAGON_SIGNING_KEY": "-----BEGIN PRIVATE KEY-----\nAAAA\n"}
    assert "cannot sign a user token" in paragon.error("user", code=3, env=bad)


def test_flags_win_over_the_environment(paragon: Paragon) -> None:
    alice = paragon.mock.token("alice")
    expired = paragon.mock.token("bob", ttl=-60)
    # --token over PARAGON_USER_TOKEN, whichever side of the command it is on.
    env = {"PARAGON_USER_TOKEN": expired}
    assert paragon.json("--token", alice, "user", env=env)["userId"] == "alice"
    assert paragon.json("user", "--token", alice, env=env)["userId"] == "alice"
    # After the command wins over before it.
    assert paragon.json("--token", expired, "user", "--token", alice)["userId"] == "alice"
    assert "expired" in paragon.error("--token", alice, "user", "--token", expired, code=3)
    # --project-id over PARAGON_PROJECT_ID.
    env = {"PARAGON_PROJECT_ID": SECOND_PROJECT}
    assert paragon.json("user", "--project-id", PROJECT, env=env)["userId"] == "xyz"
    # --base-url over PARAGON_BASE_URL and PARAGON_HOST.
    nowhere = {"PARAGON_BASE_URL": "http://127.0.0.1:9", "PARAGON_HOST": "paragon.invalid"}
    assert paragon.json("user", "--base-url", paragon.mock.url, env=nowhere)["userId"] == "xyz"
    assert "not both" in paragon.error("user", code=2, env=nowhere)
    assert "not both" in paragon.error("user", "--host", "a.b", "--base-url", "http://c", code=2)
    for signing in (["--signing-key-file", str(paragon.key_file)], ["--user", "u"]):
        line = paragon.error("user", "--token", alice, *signing, code=2)
        assert line.endswith("pass --token, or --signing-key-file and --user to sign one, not both")
    # --pretty / --compact: after the command wins too.
    result = paragon("--compact", "metadata", "slack", "--pretty")
    assert result.stdout.startswith('{\n  "type": "slack",\n')
    assert paragon("--pretty", "metadata", "slack", "--compact").stdout.count("\n") == 1


def test_host_names_an_on_premise_instance(paragon: Paragon) -> None:
    # No such host: the client names what it could not reach, and the status says unavailable.
    env = {"PARAGON_BASE_URL": None, "PARAGON_HOST": "paragon.invalid"}
    line = paragon.error("user", code=7, env=env)
    assert line.startswith(
        "paragon: APIConnectionError: the connection failed (GET https://zeus.paragon.invalid/"
    )
    assert paragon.error("user", "--host", "http://x/y", code=2).startswith("paragon: --host: ")


def test_verbose_logs_requests_without_secrets(paragon: Paragon) -> None:
    result = paragon("-v", "integrations")
    assert "paragon: DEBUG " in result.stderr
    assert "/sdk/integrations" in result.stderr
    assert json.loads(result.stdout)


# -- exit codes -----------------------------------------------------------------------------------


def test_authentication_failures_exit_3(paragon: Paragon) -> None:
    # Signed with the second project's key: Paragon answers 401.
    other = paragon.mock.token("xyz", project_id=SECOND_PROJECT)
    line = paragon.error("user", code=3, env={"PARAGON_USER_TOKEN": other}, secrets=[other])
    assert line.startswith("paragon: AuthenticationError: 401")
    # Expired, or not a JWT: refused before anything is sent.
    expired = paragon.mock.token("xyz", ttl=-60)
    line = paragon.error("user", code=3, env={"PARAGON_USER_TOKEN": expired}, secrets=[expired])
    assert "the user token was refused before sending: user_token expired" in line
    line = paragon.error("user", code=3, env={"PARAGON_USER_TOKEN": "not-a-jwt"})
    assert "is not a JWT" in line


def test_rate_limited_exits_6(paragon: Paragon) -> None:
    # A Retry-After beyond what the client waits reaches the caller at once.
    paragon.mock.faults.add(mode="429", path="*/sdk/integrations", retry_after=120, count=5)
    line = paragon.error("integrations", code=6)
    assert line.startswith("paragon: RateLimitError: 429")


def test_server_and_connection_failures_exit_7(paragon: Paragon) -> None:
    paragon.mock.faults.add(mode="503", path="*/sdk/integrations", retry_after=None, count=10)
    assert paragon.error("integrations", code=7).startswith("paragon: InternalServerError: 503")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}"
    line = paragon.error("user", code=7, env={"PARAGON_BASE_URL": closed})
    assert line.startswith(
        "paragon: APIConnectionError: the connection failed (GET http://127.0.0.1"
    )


class _NotJson(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", "5")
        self.end_headers()
        self.wfile.write(b"hello")

    def log_message(self, *_: Any) -> None:
        pass


def test_an_unreadable_answer_exits_8(paragon: Paragon) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _NotJson)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        line = paragon.error("user", code=8, env={"PARAGON_BASE_URL": url})
    finally:
        server.shutdown()
        server.server_close()
    assert line.startswith("paragon: APIResponseValidationError: ")


def _status_error(cls: type[APIStatusError], status: int) -> APIStatusError:
    request = httpx.Request("GET", "https://zeus.useparagon.com/x")
    return cls("boom", response=httpx.Response(status, request=request))


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (_status_error(AuthenticationError, 401), 3),
        (_status_error(PermissionDeniedError, 403), 3),
        (_status_error(NotFoundError, 404), 4),
        (_status_error(ConflictError, 409), 5),
        (_status_error(APIStatusError, 400), 5),
        (_status_error(APIStatusError, 422), 5),
        (_status_error(RateLimitError, 429), 6),
        (_status_error(InternalServerError, 502), 7),
        (_status_error(APIStatusError, 408), 7),
        (_status_error(APIStatusError, 302), 8),
        (_status_error(ProxyRequestError, 404), 4),
        (_status_error(ProxyRequestError, 401), 3),
        (APIConnectionError("refused"), 7),
        (IntegrationNotFoundError("x"), 4),
        (IntegrationNotInstalledError("x"), 4),
        (IntegrationAlreadyInstalledError("x"), 5),
        (OAuthBlockedError("x"), 9),
        (OAuthTimeoutError("x"), 9),
        (PaginationError("x", pages=3), 8),
        (ValueError("x"), 2),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, BaseException) else str(value),
)
def test_exit_code_table(error: BaseException, code: int) -> None:
    assert _cli.exit_code_for(error) == code


def test_messages_are_scrubbed_of_secrets() -> None:
    run = _cli._Run()
    token = run.keep_secret("aaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbb.cccccccccccccccccccc")
    assert run.scrub(f"echoed {token} and its part bbbbbbbbbbbbbbbbbbbbbb") == (
        "echoed [redacted] and its part [redacted]"
    )


def test_importing_the_client_does_not_load_the_command_line() -> None:
    code = "import sys, paragon_connect; print('paragon_connect._cli' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# -- the installed script, in a subprocess --------------------------------------------------------


def _script_env(mock: ParagonMock, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ENV_VARS}
    env.update({"PARAGON_BASE_URL": mock.url, "PARAGON_PROJECT_ID": PROJECT, **extra})
    return env


def test_script_prints_pretty_json_on_a_terminal(paragon_mock: ParagonMock) -> None:
    key = _private_key(paragon_mock)
    env = _script_env(paragon_mock, PARAGON_SIGNING_KEY=key, PARAGON_USER_ID="xyz")
    leader, follower = pty.openpty()
    try:
        process = subprocess.run(
            [str(SCRIPT), "metadata", "slack"],
            stdout=follower,
            stderr=subprocess.PIPE,
            env=env,
            timeout=60,
            check=False,
        )
        os.close(follower)
        output = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # EIO: the terminal's other side is closed and drained
                break
            if not chunk:
                break
            output += chunk
    finally:
        os.close(leader)
    assert process.returncode == 0, process.stderr
    text = output.decode().replace("\r\n", "\n")
    assert text.startswith('{\n  "type": "slack",\n  "name": "Slack",\n')
    for secret in _secret_parts(key):
        assert secret not in text and secret not in process.stderr.decode()


def test_script_errors_and_status(paragon_mock: ParagonMock) -> None:
    token = paragon_mock.token("xyz")
    env = _script_env(paragon_mock, PARAGON_USER_TOKEN=token)
    ok = subprocess.run(
        [str(SCRIPT), "credentials", "get", SLACK_CREDENTIAL],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["id"] == SLACK_CREDENTIAL and ok.stdout.count("\n") == 1
    missing = subprocess.run(
        [str(SCRIPT), "credentials", "get", UNKNOWN_UUID],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert missing.returncode == 4
    assert missing.stdout == "" and missing.stderr.startswith("paragon: NotFoundError: 404")
    assert token not in missing.stderr + ok.stdout + ok.stderr


def _consent_url(process: subprocess.Popen[str]) -> tuple[str, list[str]]:
    """Read the command's stderr until it waits: the consent page's URL, and the lines read.

    Both lines are read here, as ``communicate()`` later reads the pipe itself, past what this
    file object may already hold.
    """
    assert process.stderr is not None
    lines: list[str] = []
    while not lines or not lines[-1].startswith("paragon: waiting up to"):
        line = process.stderr.readline()
        assert line, f"the command ended before it waited for the consent: {lines}"
        lines.append(line)
    [url] = [line.rsplit(" ", 1)[-1].strip() for line in lines if "open this URL" in line]
    return url, lines


def test_script_installs_through_oauth(paragon_mock: ParagonMock) -> None:
    token = paragon_mock.token()
    env = _script_env(paragon_mock, PARAGON_USER_TOKEN=token)
    # --timeout bounds the test too: without an answer the command, and readline(), end.
    command = [str(SCRIPT), "install", "slack", "--poll-interval", "0.05", "--timeout", "30"]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    ) as process:
        url, shown = _consent_url(process)
        assert url.startswith(paragon_mock.url) and token not in url
        paragon_mock.approve(url)
        out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert json.loads(out)["integrationType"] == "slack"
    assert shown[-1] == "paragon: waiting up to 30 s for the answer (Ctrl-C cancels)\n"
    assert err == "" and token not in out


def test_script_ctrl_c_while_waiting_for_consent(paragon_mock: ParagonMock) -> None:
    env = _script_env(paragon_mock, PARAGON_USER_TOKEN=paragon_mock.token())
    # --timeout bounds the test too: without an answer the command, and readline(), end.
    command = [str(SCRIPT), "install", "slack", "--poll-interval", "0.05", "--timeout", "30"]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    ) as process:
        url, _ = _consent_url(process)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert out == ""
    assert err == "paragon: interrupted\n"
    # The client deleted the OAuth session on its way out: the page can no longer connect.
    with pytest.raises(MockControlError, match="expired or does not exist"):
        paragon_mock.approve(url)
