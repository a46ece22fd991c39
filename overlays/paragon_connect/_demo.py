"""``paragon demo``: every SDK function of the reference, run against a local mock.

It starts the embedded mock (``paragon-connect[mock]``) on a free loopback port, signs a user
token with the mock's development key, calls each function with the reference's examples, prints
what each returned and stops the mock. ``--async`` runs the same steps through ``AsyncParagon``;
``--responses minimal`` has the mock answer with only what the spec requires.

The output shows which client ran and how each call was made: a header names the client class
and its mode, and on ``AsyncParagon`` a call that was awaited reads ``> await paragon.…`` (the
plain methods, such as ``get_user()``, read as they are called). Results print as JSON with the
API's camelCase keys throughout, the client's own events included; a call that returns ``None``
says what that means instead of printing ``null``.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TextIO

from ._client import AsyncParagon, Paragon
from ._json import jsonable
from ._tokens import sign_user_token
from ._types import AuthenticatedUser

PROJECT_ID = "38b1f170-0c43-4eae-9a04-ab85325d99f7"
USER_ID = "xyz"
SLACK_WORKFLOW = "2248335c-671c-47e4-b9a0-3641a9f2d301"
LEAD_CREATED_WORKFLOW = "85eb6607-c0e6-4baf-9bcd-a8bc17bf119e"
SLACK_CREDENTIAL = "4f2d8b6e-1c3a-4e5f-8a7b-9c0d1e2f3a4b"
MAX_LINES = 14
POLL = 0.2  # seconds between OAuth session polls: the demo's user answers at once

Client = Paragon | AsyncParagon


@dataclass(frozen=True)
class Step:
    """One call of the demo: what it shows, and how to make it.

    ``none`` says what a result of ``None`` means for this call (printed instead of ``null``);
    ``async_title`` replaces the title on ``AsyncParagon`` when the call is not simply awaited.
    """

    title: str
    run: Callable[[Client], Any]
    none: str = "(no result: it returns None)"
    async_title: str | None = None


class Note(str):
    """What the demo says instead of a result (a stage the flow did not ask for): shown as is."""

    __slots__ = ()


def _steps(token: str) -> list[Step]:
    channel = "1f7474a5-8b8e-4c25-8d44-29f20aec3fe4"
    return [
        Step(
            f"authenticate({PROJECT_ID!r}, <user token>)",
            lambda p: p.authenticate(PROJECT_ID, token),
        ),
        Step("get_user()", lambda p: p.get_user()),
        Step(
            "set_user_metadata({Name, Email, apiKey})",
            lambda p: p.set_user_metadata(
                {"Name": "Sean V", "Email": "sean@example.com", "apiKey": "key_Y0kBVldPFInxK"}
            ),
        ),
        Step("get_integration_metadata()", lambda p: p.get_integration_metadata()),
        Step("get_integration_metadata('slack')", lambda p: p.get_integration_metadata("slack")),
        Step("get_integration_config('slack')", lambda p: p.get_integration_config("slack")),
        Step(
            "get_data_source_options('salesforce', 'customObjectMapping')",
            lambda p: p.get_data_source_options("salesforce", "customObjectMapping"),
            none="(None: Paragon sent no data sources for salesforce)",
        ),
        Step(
            "get_field_options(integration='slack', action='channels', search='general')",
            lambda p: p.get_field_options(integration="slack", action="channels", search="general"),
        ),
        Step(
            "iter_field_options(integration='slack', action='channels')  # every page, listed",
            _all_channels,
            async_title="[option async for option in "
            "paragon.iter_field_options(integration='slack', action='channels')]",
        ),
        Step(f"disable_workflow({SLACK_WORKFLOW!r})", lambda p: p.disable_workflow(SLACK_WORKFLOW)),
        Step(f"enable_workflow({SLACK_WORKFLOW!r})", lambda p: p.enable_workflow(SLACK_WORKFLOW)),
        Step(
            "update_workflow_state({<workflow>: True, <workflow>: False})",
            lambda p: p.update_workflow_state(
                {
                    "3eb95154-3c7b-413c-bf14-ba367d95b53f": True,
                    "e528c08c-da7d-4e02-ba9e-ec9eae26f90c": False,
                }
            ),
        ),
        Step(
            "update_integration_user_settings('slack', {<setting>: 'general'})",
            lambda p: p.update_integration_user_settings("slack", {channel: "general"}),
        ),
        Step(
            "update_workflow_user_settings('slack', <workflow>, {<setting>: 'general'})",
            lambda p: p.update_workflow_user_settings(
                "slack", SLACK_WORKFLOW, {channel: "general"}
            ),
        ),
        Step(
            "event('Contact Created', {...})",
            lambda p: p.event(
                "Contact Created", {"name": "Brandon", "email": "brandon@example.com"}
            ),
            none="(None: Paragon took the event without a receipt)",
        ),
        Step(
            "request('slack', '/chat.postMessage', method='POST', body={...})",
            lambda p: p.request(
                "slack",
                "/chat.postMessage",
                method="POST",
                body={
                    "channel": "CXXXXXXX0",
                    "text": "This message was sent with Paragon Connect :exploding_head:",
                },
            ),
        ),
        Step(
            f"enable_workflow({LEAD_CREATED_WORKFLOW!r})  # Lead Created",
            lambda p: p.enable_workflow(LEAD_CREATED_WORKFLOW),
        ),
        Step(
            f"workflow({LEAD_CREATED_WORKFLOW!r}, body={{...}})",
            lambda p: p.workflow(
                LEAD_CREATED_WORKFLOW,
                body={"email": "bowie@example.com", "first_name": "Bowie", "last_name": "Foo"},
            ),
            none="(None: the workflow answered 202, without a Response step)",
        ),
        Step("list_integrations()", lambda p: p.list_integrations()),
        Step(
            "list_credentials(integration='slack')",
            lambda p: p.list_credentials(integration="slack"),
        ),
        Step(f"get_credential({SLACK_CREDENTIAL!r})", lambda p: p.get_credential(SLACK_CREDENTIAL)),
        Step(
            f"update_credential({SLACK_CREDENTIAL!r}, {{'sharedSettings': {{...}}}})",
            lambda p: p.update_credential(
                SLACK_CREDENTIAL, {"sharedSettings": {channel: "random"}}
            ),
        ),
        Step(
            "set_headless(True)",
            lambda p: p.set_headless(True),
            none="(no result: install flows now run without the Connect Portal)",
        ),
        Step(
            "install_flow.start('jira', on_next=...)  # the user approves on the consent page",
            lambda p: p.install_flow.start("jira", on_next=_approver(p), poll_interval=POLL),
        ),
        Step("install_flow.set_pre_options({})  # if the flow asks", _jira_pre_options),
        Step(
            "install_flow.set_post_options({'JIRA_CLOUD_ID': 'my-jira-cloud-id'})  # if asked",
            _jira_post_options,
        ),
        Step(
            "install_integration('stripe', pre_options={'API_KEY': ...})",
            lambda p: p.install_integration("stripe", pre_options={"API_KEY": "sk_test_51Hx"}),
        ),
        Step(
            "connect('shopify', pre_options={'SHOP_NAME': 'my-shop'}, on_success=...)",
            lambda p: p.connect(
                "shopify",
                pre_options={"SHOP_NAME": "my-shop"},
                on_next=_approver(p),
                poll_interval=POLL,
                on_success=lambda event, user: None,
            ),
            none="(None: shopify was installed already, so there was nothing to install)",
        ),
        Step(
            "install_integration('googledrive', on_next=...)",
            lambda p: p.install_integration(
                "googledrive", on_next=_approver(p), poll_interval=POLL
            ),
        ),
        Step("ExternalFilePicker('googledrive', ...).init(developer_key='AIzaS...')", _file_picker),
        Step(
            "uninstall_integration('salesforce')",
            lambda p: p.uninstall_integration("salesforce"),
            none="(no result: it returns None; the uninstall event below tells what went)",
        ),
        Step("get_user()  # after the uninstall", lambda p: p.get_user()),
        Step("configure_global(host='mycompany.paragon.so')", _configure_global),
    ]


def _all_channels(client: Client) -> Any:
    iterator = client.iter_field_options(integration="slack", action="channels")
    if isinstance(iterator, list) or not hasattr(iterator, "__aiter__"):
        return [option.to_dict() for option in iterator]

    async def drain() -> list[Any]:
        return [option.to_dict() async for option in iterator]

    return drain()


def _approver(client: Client) -> Callable[[Any], None]:
    """An on_next that plays the user: it clicks Approve on the mock's consent page."""

    def on_next(stage: Any) -> None:
        if stage.stage == "oauth":
            import threading

            import httpx

            url = f"{stage.consent_url}/approve"
            threading.Thread(target=httpx.post, args=(url,), daemon=True).start()

    return on_next


def _jira_pre_options(client: Client) -> Any:
    """Answer Jira's preOptions stage, if the flow asks for it.

    Jira has no pre-OAuth inputs, but a flow that was not told which inputs the integration has
    (Paragon does not guarantee sdkIntegrationConfig; the mock's minimal mode leaves it out)
    shows the stage with no options. The user then approves on the consent page (``_approver``).
    """
    stage = client.install_flow.stage
    if stage != "preOptions":
        return Note(f"(not asked: the flow is at {stage!r})")
    # On AsyncParagon this is a coroutine, which the demo's runner awaits.
    return client.install_flow.set_pre_options({})


def _jira_post_options(client: Client) -> Any:
    """Answer Jira's postOptions stage, if the flow asks for it.

    It does when Paragon listed Jira's post-OAuth inputs, or, without them, when the new
    credential is PENDING; a lean answer may give neither, and the flow is then done.
    """
    stage = client.install_flow.stage
    if stage != "postOptions":
        return Note(f"(not asked: the flow is at {stage!r})")
    return client.install_flow.set_post_options({"JIRA_CLOUD_ID": "my-jira-cloud-id"})


def _file_picker(client: Client) -> Any:
    picker = client.ExternalFilePicker("googledrive", allowed_types=["application/pdf"])
    result = picker.init(developer_key="AIzaS-demo-key")

    def masked(config: dict[str, Any]) -> dict[str, Any]:
        # The demo prints the config, so it hides the access token a real front end would get.
        return {**config, "accessToken": "<access token>"}

    if inspect.isawaitable(result):

        async def finish() -> Any:
            return masked(await result)

        return finish()
    return masked(result)


def _configure_global(client: Client) -> Any:
    # On a client of its own, of the demo's class: configure_global resets authentication. It
    # makes no request, so the new client opens no connection and needs no closing.
    other = type(client)()
    other.configure_global(host="mycompany.paragon.so")
    return {
        "zeus": other.services.zeus,
        "hermes": other.services.hermes,
        "proxy": other.services.proxy,
    }


def _brief_user(value: Any) -> Any:
    """A user in brief: each integration's state without its credential lists, to stay readable.

    Anything else is left to ``jsonable`` (``NotImplemented``).
    """
    if not isinstance(value, AuthenticatedUser):
        return NotImplemented
    brief = {"allCredentials", "allConfigurations", "configuredWorkflows"}
    return {
        "authenticated": True,
        "userId": value.user_id,
        "meta": value.meta,
        "integrations": {
            name: {key: item for key, item in state.to_dict().items() if key not in brief}
            for name, state in value.integrations.items()
        },
    }


def _as_json(value: Any) -> Any:
    """JSON for a result, camelCase throughout, with the user in brief."""
    return jsonable(value, _brief_user)


def _call_line(step: Step, awaited: bool) -> str:
    """How the step's call reads in code: ``await`` marks what AsyncParagon had to await."""
    if awaited and step.async_title is not None:
        return step.async_title
    return f"{'await ' if awaited else ''}paragon.{step.title}"


def _show(out: TextIO, call: str, value: Any, none: str, events: list[str]) -> None:
    if isinstance(value, Note):
        lines = [str(value)]
    elif value is None:
        lines = [none]
    else:
        text = json.dumps(_as_json(value), indent=2, default=str, ensure_ascii=False)
        lines = text.splitlines()
    if len(lines) > MAX_LINES:
        lines = [*lines[:MAX_LINES], f"  ... ({len(lines) - MAX_LINES} more lines)"]
    out.write(f"\n> {call}\n")
    out.write("\n".join(lines) + "\n")
    for event in events:
        out.write(f"  (event {event})\n")
    events.clear()


async def _run_async(base_url: str, steps: list[Step], out: TextIO) -> None:
    async with AsyncParagon(base_url=base_url) as client:
        events = _subscribe(client)
        for step in steps:
            result = step.run(client)
            awaited = inspect.isawaitable(result)
            value = await result if awaited else result
            _show(out, _call_line(step, awaited), value, step.none, events)


def _run_sync(base_url: str, steps: list[Step], out: TextIO) -> None:
    with Paragon(base_url=base_url) as client:
        events = _subscribe(client)
        for step in steps:
            _show(out, _call_line(step, False), step.run(client), step.none, events)


def _subscribe(client: Client) -> list[str]:
    """Note every event the calls fire, to print after the call's result."""
    fired: list[str] = []

    def recorder(name: str) -> Callable[[Any, Any], None]:
        def handler(event: Any, user: Any) -> None:
            subject = getattr(event, "integration_type", None) or getattr(event, "workflow_id", "")
            fired.append(f"{name}: {subject}")

        return handler

    for name in ("onIntegrationInstall", "onIntegrationUninstall", "onWorkflowChange"):
        client.subscribe(name, recorder(name))
    return fired


def _client_line(use_async: bool) -> str:
    if use_async:
        return (
            "client: AsyncParagon (async, on asyncio): the calls marked await went to Paragon "
            "and were awaited; the others are plain methods\n"
        )
    return "client: Paragon (sync): every call returns its result\n"


def run_demo(*, use_async: bool = False, responses: str = "full", out: TextIO = sys.stdout) -> int:
    """Run the demo; returns the process exit code.

    ``responses="minimal"`` starts the mock in its minimal response mode: answers with only what
    the spec requires, plus a property the client does not know.
    """
    try:
        from paragon_mock import dev_private_key_pem, serve_in_thread
    except ImportError:
        # The package is on no index, so the hint names the extra, not a registry install.
        out.write(
            "paragon demo needs the local mock: install paragon-connect with its [mock] extra "
            '(python -m pip install -e ".[mock]" in its clone; see the README)\n'
        )
        return 2
    private_key = dev_private_key_pem(PROJECT_ID)
    with serve_in_thread(seed=1, responses=responses) as server:
        out.write(f"paragon-mock is serving on {server.base_url} (every service on one port)\n")
        token = sign_user_token(private_key, USER_ID, project_id=PROJECT_ID, ttl=600)
        out.write(f"signed a user token for {USER_ID!r} with the mock's development key\n")
        out.write(_client_line(use_async))
        steps = _steps(token)
        if use_async:
            asyncio.run(_run_async(server.base_url, steps, out))
        else:
            _run_sync(server.base_url, steps, out)
    out.write(f"\nran {len(steps)} calls; the mock is stopped.\n")
    return 0
