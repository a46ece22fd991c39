"""``paragon.tools`` and ``paragon.triggers``: ActionKit's plans, their catalogue, and both clients.

The first part drives the plans of ``_core.actionkit`` with a script of answers
(``tests.plan_script``): what each sends, the arguments checked against a tool's schema before
anything is sent, the session's catalogue, the errors. The second runs both clients against
the mock (``tests.clients.make_flavour``): listing and filtering, running a tool whose effect
the proxy then shows, a model's tool calls in the OpenAI and Anthropic shapes, triggers.
"""

from __future__ import annotations

import copy
import inspect
import json
import logging
import re
import subprocess
import sys
from collections.abc import Iterator
from types import MappingProxyType
from typing import Any

import pytest
from paragon_connect import (
    APIError,
    AsyncParagon,
    AuthenticatedUser,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    JsonValue,
    NotFoundError,
    Paragon,
    ParagonError,
    PermissionDeniedError,
    Tool,
    ToolArgumentProblem,
    ToolArgumentsError,
    ToolCallFormatError,
    ToolNotFoundError,
    Trigger,
    UserNotAuthenticatedError,
)
from paragon_connect._binding import Namespace
from paragon_connect._core import Core
from paragon_connect._core._base import Plan, Session
from paragon_connect._tokens import Secret
from paragon_connect._tool_formats import ToolSpecError
from paragon_connect._tools import AsyncTools, Tools, Triggers
from paragon_connect_api.models.function_tool import FunctionTool
from paragon_connect_api.models.paragon_tool import ParagonTool
from paragon_connect_api.models.tool_format import ToolFormat
from paragon_connect_api.models.tool_list import ToolList
from paragon_connect_api.models.tool_run_request import ToolRunRequest
from paragon_connect_api.models.tools_by_integration import ToolsByIntegration
from paragon_connect_api.models.trigger_list import TriggerList
from paragon_connect_api.types import UNSET

from tests.conftest import REPO_ROOT
from tests.plan_script import Step, call, error, ok, refused, run

PROJECT = "38b1f170-0c43-4eae-9a04-ab85325d99f7"
TOKEN = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4eXoifQ.c2lnbmF0dXJl"
CREDENTIAL = "4f2d8b6e-1c3a-4e5f-8a7b-9c0d1e2f3a4b"
# A value that must never appear in a message: arguments may carry a user's data.
PRIVATE = "private-value-4242"

SLACK_SEND_MESSAGE: dict[str, Any] = {
    "type": "function",
    "function": {
        "name": "SLACK_SEND_MESSAGE",
        "description": "Send a message to a Slack channel",
        "parameters": {
            "type": "object",
            "properties": {
                "channel": {"type": "string", "minLength": 1, "description": "Channel ID or name"},
                "message": {"type": "string", "minLength": 1, "description": "The text"},
                "botName": {"type": "string"},
                "blocks": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {"text": {"type": "string"}},
                        "required": ["text"],
                    },
                },
            },
            "required": ["channel", "message"],
            "additionalProperties": False,
        },
    },
}
SLACK_LIST_CHANNELS: dict[str, Any] = {
    "type": "function",
    "function": {
        "name": "SLACK_LIST_CHANNELS",
        "description": "List the channels of the workspace",
        "parameters": {"type": "object", "properties": {}},
    },
}
# The spec's ToolListJsonSchema example, abbreviated further.
HUBSPOT_CREATE_CONTACT: dict[str, Any] = {
    "type": "function",
    "function": {
        "name": "HUBSPOT_CREATE_RECORD_CONTACTS",
        "description": "Create a contact in HubSpot CRM",
        "parameters": {
            "type": "object",
            "properties": {
                "field-email": {"type": "string", "description": "Email"},
                "field-lifecyclestage": {"type": "string", "enum": ["lead", "customer"]},
                "field-count": {"type": "integer", "minimum": 0},
            },
            "required": ["field-email"],
            "additionalProperties": False,
        },
    },
}
CATALOGUE: dict[str, Any] = {
    "tools": {
        "slack": [SLACK_SEND_MESSAGE, SLACK_LIST_CHANNELS],
        "hubspot": [HUBSPOT_CREATE_CONTACT],
    },
    "errors": [],
}
SLACK_ONLY: dict[str, Any] = {"tools": {"slack": [SLACK_SEND_MESSAGE]}, "errors": []}
OUTPUT: dict[str, Any] = {"ok": True, "channel": "C051Z9MK98W", "ts": "1739896301.418839"}
GOOD = {"channel": "#general", "message": "Hello world!"}


def tool_list(body: dict[str, Any]) -> ToolList:
    return ToolList.from_dict(copy.deepcopy(body))


def make_core(*, token: str = TOKEN) -> Core:
    """A core whose session is authenticated as "xyz", as ``authenticate`` leaves it."""
    session = Session(
        project_id=PROJECT,
        token=Secret(token),
        user=AuthenticatedUser(user_id="xyz", integrations={}, meta={}),
    )
    return Core(session)


@pytest.fixture
def core() -> Core:
    return make_core()


def listed(
    body: dict[str, Any] | None = None,
    *,
    format_: ToolFormat = ToolFormat.JSON_SCHEMA,
    available: bool = True,
    integrations: object = UNSET,
    categories: object = UNSET,
) -> Step:
    """A read of listTools answered with ``body`` (the catalogue, by default)."""
    return (
        call(
            "actionkit.list_tools",
            service="actionkit",
            project_id=PROJECT,
            format_=format_,
            limit_to_available=available,
            integrations=integrations,
            categories=categories,
        ),
        ok(tool_list(CATALOGUE if body is None else body)),
    )


def ran(
    name: str, arguments: dict[str, Any], answer: object = None, *, credential: object = UNSET
) -> Step:
    """A runTool of ``name`` with ``arguments``, answered with ``answer`` (OUTPUT by default)."""
    body = ToolRunRequest.from_dict({"tool": name, "parameters": arguments})
    response = ok(OUTPUT, method="POST") if answer is None else answer
    return (
        call(
            "actionkit.run_tool",
            service="actionkit",
            project_id=PROJECT,
            body=body,
            x_paragon_credential=credential,
        ),
        response,
    )


# -- listing --------------------------------------------------------------------------------------


def test_list_reads_the_json_schema_tools_in_paragons_order(core: Core) -> None:
    tools = run(core.list_tools(), [listed()])
    assert [(tool.integration, tool.name) for tool in tools] == [
        ("slack", "SLACK_SEND_MESSAGE"),
        ("slack", "SLACK_LIST_CHANNELS"),
        ("hubspot", "HUBSPOT_CREATE_RECORD_CONTACTS"),
    ]
    send = tools[0]
    assert send.description == "Send a message to a Slack channel"
    assert dict(send.parameters) == SLACK_SEND_MESSAGE["function"]["parameters"]
    assert isinstance(send.parameters, MappingProxyType)
    with pytest.raises(TypeError):
        send.parameters["type"] = "array"  # type: ignore[index]


@pytest.mark.parametrize(
    ("kwargs", "query"),
    [
        ({"integrations": "slack"}, {"integrations": "slack"}),
        ({"integrations": ["slack", "jira", "slack"]}, {"integrations": "slack,jira"}),
        ({"categories": ("crm", "project_management")}, {"categories": "crm,project_management"}),
        ({"available_only": False}, {"available": False}),
    ],
)
def test_list_filters_are_sent_as_listtools_query(
    core: Core, kwargs: dict[str, Any], query: dict[str, Any]
) -> None:
    run(core.list_tools(**kwargs), [listed(SLACK_ONLY, **query)])


def test_older_answers_carry_the_tools_under_actions(core: Core) -> None:
    body = {"actions": CATALOGUE["tools"], "errors": []}
    tools = run(core.list_tools(), [listed(body)])
    assert len(tools) == 3


def test_integrations_that_failed_to_load_are_logged(
    core: Core, caplog: pytest.LogCaptureFixture
) -> None:
    body = {**SLACK_ONLY, "errors": [{"type": "hubspot", "message": "HubSpot timed out"}]}
    with caplog.at_level(logging.WARNING, logger="paragon_connect"):
        tools = run(core.list_tools(), [listed(body)])
    assert [tool.name for tool in tools] == ["SLACK_SEND_MESSAGE"]
    assert "could not load the tools of hubspot: HubSpot timed out" in caplog.text
    # Not a complete catalogue: a name it lacks makes a validated run read it again.
    run(core.run_tool("HUBSPOT_CREATE_RECORD_CONTACTS", {"field-email": "a@b.c"}), [
        listed(),
        ran("HUBSPOT_CREATE_RECORD_CONTACTS", {"field-email": "a@b.c"}),
    ])  # fmt: skip


def test_a_tool_of_the_other_format_is_left_out_with_a_warning(
    core: Core, caplog: pytest.LogCaptureFixture
) -> None:
    # The list's schema admits either format in either answer: the rest of the list is good.
    paragon = {"name": "SLACK_SEND_MESSAGE", "title": "Send Message", "inputs": []}
    with caplog.at_level("WARNING", logger="paragon_connect"):
        tools = run(
            core.list_tools(), [listed({"tools": {"slack": [SLACK_SEND_MESSAGE, paragon]}})]
        )
        assert [tool.name for tool in tools] == ["SLACK_SEND_MESSAGE"]
        assert "another format than json_schema" in caplog.text and "tools.slack[1]" in caplog.text
        caplog.clear()
        found = run(core.list_paragon_tools(), [listed(SLACK_ONLY, format_=ToolFormat.PARAGON)])
        assert found == {"slack": []}
        assert "another format than paragon" in caplog.text and "tools.slack[0]" in caplog.text


def test_list_paragon_gives_paragon_tools_by_integration(core: Core) -> None:
    body = {
        "tools": {
            "slack": [
                {
                    "name": "SLACK_SEND_MESSAGE",
                    "title": "Send Message",
                    "inputs": [{"id": "channel", "type": "TEXT", "title": "Channel"}],
                }
            ],
            "salesforce": [{"name": "SALESFORCE_CREATE_RECORD", "title": "Create Record"}],
        }
    }
    found = run(
        core.list_paragon_tools(integrations=["slack", "salesforce"]),
        [listed(body, format_=ToolFormat.PARAGON, integrations="slack,salesforce")],
    )
    assert list(found) == ["slack", "salesforce"]
    assert all(isinstance(tool, ParagonTool) for tools in found.values() for tool in tools)
    assert found["slack"][0].title == "Send Message"
    # The paragon format does not fill the catalogue: a validated run reads the json_schema one.
    run(core.run_tool("SLACK_SEND_MESSAGE", GOOD), [listed(), ran("SLACK_SEND_MESSAGE", GOOD)])


# -- the catalogue --------------------------------------------------------------------------------


def test_get_reads_the_catalogue_once_then_answers_from_it(core: Core) -> None:
    tool = run(core.get_tool("SLACK_SEND_MESSAGE"), [listed()])
    assert tool.name == "SLACK_SEND_MESSAGE" and tool.integration == "slack"
    assert run(core.get_tool("HUBSPOT_CREATE_RECORD_CONTACTS"), []).integration == "hubspot"
    with pytest.raises(ToolNotFoundError, match="'SLACK_ARCHIVE'") as raised:
        run(core.get_tool("SLACK_ARCHIVE"), [])  # the catalogue is complete: no read
    assert raised.value.tool == "SLACK_ARCHIVE"
    assert run(core.get_tool("SLACK_SEND_MESSAGE", refresh=True), [listed()]) == tool


def test_an_unknown_tool_is_looked_for_once(core: Core) -> None:
    with pytest.raises(ToolNotFoundError, match="validate=False"):
        run(core.run_tool("SALESFORCE_CREATE_RECORD", {}), [listed()])
    with pytest.raises(ToolNotFoundError):
        run(core.run_tool("JIRA_CREATE_ISSUE", {}), [])
    # validate=False sends any name (a name of the paragon format, say).
    assert (
        run(
            core.run_tool("SALESFORCE_CREATE_RECORD", {}, validate=False),
            [ran("SALESFORCE_CREATE_RECORD", {})],
        )
        == OUTPUT
    )


def test_list_refreshes_the_catalogue_and_a_filtered_list_adds_to_it(core: Core) -> None:
    run(core.list_tools(integrations="slack"), [listed(SLACK_ONLY, integrations="slack")])
    catalogue = core.session.tool_catalogue
    assert catalogue is not None and not catalogue.complete
    assert list(catalogue.tools) == ["SLACK_SEND_MESSAGE"]
    # Known from the filtered list: validated without a read.
    run(core.run_tool("SLACK_SEND_MESSAGE", GOOD), [ran("SLACK_SEND_MESSAGE", GOOD)])
    # Unknown to a catalogue that is not complete: the whole catalogue is read.
    run(core.get_tool("HUBSPOT_CREATE_RECORD_CONTACTS"), [listed()])
    assert core.session.tool_catalogue is not None and core.session.tool_catalogue.complete
    # A complete read replaces it: a tool gone from the answer is gone from the catalogue.
    run(core.list_tools(), [listed(SLACK_ONLY)])
    with pytest.raises(ToolNotFoundError):
        run(core.get_tool("HUBSPOT_CREATE_RECORD_CONTACTS"), [])


def test_a_new_token_retires_the_catalogue(core: Core) -> None:
    run(core.list_tools(), [listed()])
    run(core.run_tool("SLACK_SEND_MESSAGE", GOOD), [ran("SLACK_SEND_MESSAGE", GOOD)])
    # authenticate puts a new token in the session (configure_global removes it).
    core.session.token = Secret(TOKEN)
    run(
        core.run_tool("SLACK_SEND_MESSAGE", GOOD),
        [listed(), ran("SLACK_SEND_MESSAGE", GOOD)],
    )


def test_a_compiled_schema_is_kept_while_its_tool_is_the_same(core: Core) -> None:
    run(core.list_tools(), [listed()])
    catalogue = core.session.tool_catalogue
    assert catalogue is not None
    run(core.run_tool("SLACK_SEND_MESSAGE", GOOD), [ran("SLACK_SEND_MESSAGE", GOOD)])
    first = catalogue.validators["SLACK_SEND_MESSAGE"][1]
    run(core.run_tool("SLACK_SEND_MESSAGE", GOOD), [ran("SLACK_SEND_MESSAGE", GOOD)])
    assert catalogue.validators["SLACK_SEND_MESSAGE"][1] is first
    run(core.get_tool("SLACK_SEND_MESSAGE", refresh=True), [listed()])
    run(core.run_tool("SLACK_SEND_MESSAGE", GOOD), [ran("SLACK_SEND_MESSAGE", GOOD)])
    assert core.session.tool_catalogue is not None
    assert core.session.tool_catalogue.validators["SLACK_SEND_MESSAGE"][1] is not first


# -- running: validation before sending -----------------------------------------------------------


def test_run_sends_the_tool_and_its_arguments(core: Core) -> None:
    run(core.list_tools(), [listed()])
    assert run(core.run_tool("SLACK_SEND_MESSAGE", GOOD), [ran("SLACK_SEND_MESSAGE", GOOD)]) == (
        OUTPUT
    )
    run(
        core.run_tool("SLACK_SEND_MESSAGE", GOOD, selected_credential_id=CREDENTIAL),
        [ran("SLACK_SEND_MESSAGE", GOOD, credential=CREDENTIAL)],
    )


def test_arguments_that_break_the_schema_are_refused_before_sending(core: Core) -> None:
    run(core.list_tools(), [listed()])
    arguments = {
        "channel": 5,
        "blocks": [{"text": "a"}, {"txt": PRIVATE}],
        "field-x": PRIVATE,
    }
    with pytest.raises(ToolArgumentsError) as raised:
        run(core.run_tool("SLACK_SEND_MESSAGE", arguments), [])
    problem = raised.value
    assert isinstance(problem, ParagonError) and isinstance(problem, ValueError)
    assert problem.tool == "SLACK_SEND_MESSAGE"
    assert [str(item) for item in problem.problems] == [
        "$.blocks[1].text: is required",
        "$.channel: must be of type string",
        "$.message: is required",
        "$['field-x']: is not a property the schema allows",
    ]
    assert problem.problems[0] == ToolArgumentProblem("$.blocks[1].text", "is required")
    assert str(problem).startswith(
        "the arguments of tool 'SLACK_SEND_MESSAGE' do not match its schema: $.blocks[1].text"
    )
    assert PRIVATE not in str(problem)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"field-email": 1}, "$['field-email']: must be of type string"),
        ({"field-email": "a", "field-lifecyclestage": PRIVATE}, 'must be one of ["lead", "cu'),
        ({"field-email": "a", "field-count": -1}, "$['field-count']: must be at least 0"),
        ({}, "$['field-email']: is required"),
    ],
)
def test_each_problem_quotes_the_schema_never_the_value(
    core: Core, arguments: dict[str, Any], message: str
) -> None:
    run(core.list_tools(), [listed()])
    with pytest.raises(ToolArgumentsError) as raised:
        run(core.run_tool("HUBSPOT_CREATE_RECORD_CONTACTS", arguments), [])
    assert message in str(raised.value)
    assert PRIVATE not in str(raised.value)


def test_the_message_lists_ten_problems_and_counts_the_rest() -> None:
    problems = [ToolArgumentProblem(f"$.p{index}", "is required") for index in range(13)]
    error = ToolArgumentsError("T", problems)
    assert str(error).endswith("$.p9: is required; and 3 more")
    assert len(error.problems) == 13


def test_validate_false_sends_without_reading_the_catalogue(core: Core) -> None:
    arguments = {"channel": 5}
    run(
        core.run_tool("SLACK_SEND_MESSAGE", arguments, validate=False),
        [ran("SLACK_SEND_MESSAGE", arguments)],
    )


def test_a_schema_that_is_not_json_schema_cannot_check_arguments(core: Core) -> None:
    broken = copy.deepcopy(SLACK_LIST_CHANNELS)
    broken["function"]["parameters"]["properties"] = {"limit": {"type": "whole number"}}
    run(core.list_tools(), [listed({"tools": {"slack": [broken]}})])
    with pytest.raises(APIError, match=r"SLACK_LIST_CHANNELS.*validate=False"):
        run(core.run_tool("SLACK_LIST_CHANNELS", {"limit": 1}), [])


def test_a_remote_ref_is_never_fetched(core: Core, monkeypatch: pytest.MonkeyPatch) -> None:
    import urllib.request

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("a plan fetched a URL")

    monkeypatch.setattr(urllib.request, "urlopen", no_network)
    remote = copy.deepcopy(SLACK_LIST_CHANNELS)
    remote["function"]["parameters"]["properties"] = {
        "limit": {"$ref": "https://schemas.example.com/limit.json"}
    }
    run(core.list_tools(), [listed({"tools": {"slack": [remote]}})])
    with pytest.raises(
        APIError, match=re.escape("refers to 'https://schemas.example.com/limit.json'")
    ):
        run(core.run_tool("SLACK_LIST_CHANNELS", {"limit": 1}), [])


def test_a_local_ref_is_followed(core: Core) -> None:
    local = copy.deepcopy(SLACK_LIST_CHANNELS)
    local["function"]["parameters"].update(
        {
            "$defs": {"limit": {"type": "integer"}},
            "properties": {"limit": {"$ref": "#/$defs/limit"}},
        }
    )
    run(core.list_tools(), [listed({"tools": {"slack": [local]}})])
    with pytest.raises(ToolArgumentsError, match=r"\$.limit: must be of type integer"):
        run(core.run_tool("SLACK_LIST_CHANNELS", {"limit": "ten"}), [])


# -- errors from Paragon --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (404, NotFoundError),
        (400, BadRequestError),
        (409, ConflictError),
        (502, InternalServerError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
    ],
)
def test_paragons_refusals_raise_as_for_every_call(
    core: Core, status: int, kind: type[Exception]
) -> None:
    with pytest.raises(kind):
        run(
            core.run_tool("SLACK_SEND_MESSAGE", GOOD, validate=False),
            [ran("SLACK_SEND_MESSAGE", GOOD, error(status, method="POST"))],
        )
    with pytest.raises(kind):
        run(core.list_tools(), [(listed()[0], error(status))])


def test_a_failed_catalogue_read_fails_the_validated_run(core: Core) -> None:
    with pytest.raises(InternalServerError):
        run(core.run_tool("SLACK_SEND_MESSAGE", GOOD), [(listed()[0], error(503))])
    assert core.session.tool_catalogue is None


# -- a model's tool call --------------------------------------------------------------------------


def openai_call(
    arguments: str = json.dumps(GOOD), name: str = "SLACK_SEND_MESSAGE"
) -> dict[str, Any]:
    return {
        "id": "call_abc",
        "type": "function",
        "function": {"name": name, "arguments": arguments},
    }


def anthropic_call(arguments: object = GOOD, name: str = "SLACK_SEND_MESSAGE") -> dict[str, Any]:
    return {"type": "tool_use", "id": "toolu_01", "name": name, "input": arguments}


def responses_call(arguments: str = json.dumps(GOOD)) -> dict[str, Any]:
    return {
        "type": "function_call",
        "id": "fc_1",
        "call_id": "call_xyz",
        "name": "SLACK_SEND_MESSAGE",
        "arguments": arguments,
    }


CANONICAL = json.dumps(OUTPUT, sort_keys=True, separators=(",", ":"))


def test_call_answers_each_vendor_in_its_own_shape(core: Core) -> None:
    run(core.list_tools(), [listed()])
    step = ran("SLACK_SEND_MESSAGE", GOOD)
    assert run(core.call_tool(openai_call()), [step]) == {
        "role": "tool",
        "tool_call_id": "call_abc",
        "content": CANONICAL,
    }
    assert run(core.call_tool(responses_call()), [step]) == {
        "type": "function_call_output",
        "call_id": "call_xyz",
        "output": CANONICAL,
    }
    assert run(core.call_tool(anthropic_call()), [step]) == {
        "type": "tool_result",
        "tool_use_id": "toolu_01",
        "content": CANONICAL,
    }


def test_call_reports_what_the_model_can_fix_as_an_error_result(core: Core) -> None:
    run(core.list_tools(), [listed()])
    bad: Any = run(core.call_tool(anthropic_call({"channel": PRIVATE})), [])
    assert bad["type"] == "tool_result" and bad.get("is_error") is True
    content = json.loads(bad["content"])["error"]
    assert content.startswith("ToolArgumentsError: the arguments of tool 'SLACK_SEND_MESSAGE'")
    assert "$.message: is required" in content and PRIVATE not in content
    unknown: Any = run(core.call_tool(openai_call(name="SLACK_ARCHIVE")), [])
    assert json.loads(unknown["content"])["error"].startswith("ToolNotFoundError: ")
    garbled: Any = run(core.call_tool(openai_call(arguments='{"channel": ')), [])
    assert json.loads(garbled["content"])["error"].startswith("ToolCallFormatError: ")
    refused_: Any = run(
        core.call_tool(anthropic_call()),
        [ran("SLACK_SEND_MESSAGE", GOOD, error(404, method="POST"))],
    )
    assert json.loads(refused_["content"]) == {
        "error": "NotFoundError: 404 (code 404): scripted Not Found"
    }


def test_call_raises_what_errors_leaves_out(core: Core) -> None:
    run(core.list_tools(), [listed()])
    with pytest.raises(ToolArgumentsError):
        run(core.call_tool(anthropic_call({}), errors=()), [])
    with pytest.raises(NotFoundError):
        run(
            core.call_tool(anthropic_call(), errors=(ToolArgumentsError,)),
            [ran("SLACK_SEND_MESSAGE", GOOD, error(404, method="POST"))],
        )


def test_call_raises_for_a_call_it_cannot_answer_and_before_authenticate(core: Core) -> None:
    refused(core.call_tool({"type": "tool_use", "name": "X", "input": {}}), ToolCallFormatError)
    refused(core.call_tool("SLACK_SEND_MESSAGE"), ToolCallFormatError)
    refused(Core(Session()).call_tool(anthropic_call()), UserNotAuthenticatedError)


def test_call_with_strict_drops_the_nulls_strict_mode_made(core: Core) -> None:
    run(core.list_tools(), [listed()])
    arguments = {**GOOD, "botName": None, "blocks": None}
    run(core.call_tool(anthropic_call(arguments), strict=True), [ran("SLACK_SEND_MESSAGE", GOOD)])
    # Without strict the nulls are the model's mistake.
    result: Any = run(core.call_tool(anthropic_call(arguments)), [])
    assert "$.botName: must be of type string" in result["content"]


def test_call_with_validate_false_and_a_credential(core: Core) -> None:
    run(
        core.call_tool(
            anthropic_call({"channel": 5}), validate=False, selected_credential_id=CREDENTIAL
        ),
        [ran("SLACK_SEND_MESSAGE", {"channel": 5}, credential=CREDENTIAL)],
    )


def test_tool_call_format_errors_are_paragon_errors() -> None:
    assert issubclass(ToolCallFormatError, ParagonError)
    assert issubclass(ToolCallFormatError, ValueError)


# -- triggers -------------------------------------------------------------------------------------

TRIGGERS = json.loads(
    (REPO_ROOT / "tests" / "reference" / "actionkit" / "list-triggers.response.json").read_text()
)


def test_list_triggers(core: Core) -> None:
    answer = ok(TriggerList.from_dict(copy.deepcopy(TRIGGERS)))
    triggers = run(
        core.list_triggers(integrations=["hubspot"], selected_credential_id=CREDENTIAL),
        [
            (
                call(
                    "actionkit.list_triggers",
                    service="actionkit",
                    project_id=PROJECT,
                    integrations="hubspot",
                    x_paragon_credential=CREDENTIAL,
                ),
                answer,
            )
        ],
    )
    assert triggers == [
        Trigger(
            name="HUBSPOT_RECORD_CREATED",
            title="New Record",
            description="Trigger when a new record is created in HubSpot",
            integration="hubspot",
            trigger_model="POLLING",
            inputs=triggers[0].inputs,
        )
    ]
    (record_type,) = triggers[0].inputs
    assert (record_type.id, record_type.label, record_type.required) == (
        "recordType",
        "Record Type",
        True,
    )
    run(
        core.list_triggers(),
        [(call("actionkit.list_triggers", integrations=UNSET, x_paragon_credential=UNSET), answer)],
    )


# -- refusals before anything is sent -------------------------------------------------------------

REFUSALS: list[tuple[str, Any, type[Exception], str]] = [
    ("list_tools", lambda c: c.list_tools(integrations=[]), ValueError, "at least one"),
    ("list_tools", lambda c: c.list_tools(integrations=["bad type!"]), ValueError, "integration"),
    ("list_tools", lambda c: c.list_tools(integrations=5), TypeError, "list of strings"),
    ("list_tools", lambda c: c.list_tools(categories=["c r m"]), ValueError, "category"),
    ("list_tools", lambda c: c.list_tools(available_only="yes"), TypeError, "available_only"),
    ("list_paragon_tools", lambda c: c.list_paragon_tools(categories=[""]), ValueError, "empty"),
    ("get_tool", lambda c: c.get_tool(""), ValueError, "name must not be empty"),
    ("get_tool", lambda c: c.get_tool("X", refresh=1), TypeError, "refresh"),
    ("run_tool", lambda c: c.run_tool(None, {}), TypeError, "name must be a string"),
    ("run_tool", lambda c: c.run_tool("X", [("a", 1)]), TypeError, "arguments must be a mapping"),
    ("run_tool", lambda c: c.run_tool("X", {"a": float("nan")}), TypeError, "JSON"),
    ("run_tool", lambda c: c.run_tool("X", {}, validate=None), TypeError, "validate"),
    (
        "run_tool",
        lambda c: c.run_tool("X", {}, selected_credential_id=" "),
        ValueError,
        "selected_credential_id",
    ),
    ("call_tool", lambda c: c.call_tool({}, errors=[ParagonError]), TypeError, "errors"),
    ("call_tool", lambda c: c.call_tool({}, strict="no"), TypeError, "strict"),
    ("list_triggers", lambda c: c.list_triggers(integrations=""), ValueError, "empty"),
]
VALID_STARTS: dict[str, Any] = {
    "list_tools": lambda c: c.list_tools(),
    "list_paragon_tools": lambda c: c.list_paragon_tools(),
    "get_tool": lambda c: c.get_tool("SLACK_SEND_MESSAGE"),
    "run_tool": lambda c: c.run_tool("SLACK_SEND_MESSAGE", GOOD),
    "call_tool": lambda c: c.call_tool(anthropic_call()),
    "list_triggers": lambda c: c.list_triggers(),
}


@pytest.mark.parametrize(
    ("start", "kind", "match"),
    [pytest.param(s, k, m, id=f"{n}-{i}") for i, (n, s, k, m) in enumerate(REFUSALS)],
)
def test_bad_arguments_are_refused_before_any_effect(
    core: Core, start: Any, kind: type[Exception], match: str
) -> None:
    refused(start(core), kind, match)
    assert core.session.tool_catalogue is None


@pytest.mark.parametrize("name", sorted(VALID_STARTS))
def test_every_plan_needs_a_user_before_any_effect(name: str) -> None:
    refused(VALID_STARTS[name](Core(Session())), UserNotAuthenticatedError, "authenticate")


def test_every_actionkit_plan_has_cases() -> None:
    from paragon_connect._core.actionkit import ActionKitPlans

    plans = {
        name
        for name, function in inspect.getmembers(ActionKitPlans, inspect.isfunction)
        if not name.startswith("_")
        and str(inspect.signature(function).return_annotation).startswith("Plan[")
    }
    assert plans == set(VALID_STARTS) == {name for name, *_ in REFUSALS}


# -- Tool and Trigger -----------------------------------------------------------------------------


def test_a_tool_in_each_vendors_format() -> None:
    tool = Tool("SLACK_SEND_MESSAGE", "Send", SLACK_SEND_MESSAGE["function"]["parameters"], "slack")
    chat = tool.to_openai()
    assert chat["type"] == "function" and chat["function"]["name"] == "SLACK_SEND_MESSAGE"
    assert "strict" not in chat["function"]
    responses = tool.to_openai(api="responses", strict=True)
    assert responses["strict"] is True
    assert responses["parameters"]["required"] == ["channel", "message", "botName", "blocks"]
    assert tool.to_anthropic()["input_schema"] == dict(tool.parameters)
    assert tool.to_mcp()["inputSchema"] == dict(tool.parameters)
    with pytest.raises(ValueError, match="api must be"):
        tool.to_openai(api="assistants")  # type: ignore[call-overload]


def test_the_formats_share_the_tools_schema_but_strict_mode_copies_it() -> None:
    given = copy.deepcopy(SLACK_SEND_MESSAGE["function"]["parameters"])
    tool = Tool("SLACK_SEND_MESSAGE", "Send", given, "slack")
    # A tool made by hand holds a copy of its own: what the caller keeps cannot change it.
    given["properties"].clear()
    assert "channel" in tool.parameters["properties"]  # type: ignore[operator]
    shared = [
        tool.to_openai()["function"]["parameters"],
        tool.to_openai(api="responses")["parameters"],
        tool.to_anthropic()["input_schema"],
        tool.to_mcp()["inputSchema"],
    ]
    # One dict, the tool's own (parameters is a read-only view of it), in every format.
    assert all(schema is shared[0] for schema in shared) and type(shared[0]) is dict
    assert shared[0] == dict(tool.parameters)
    strict = tool.to_openai(strict=True)["function"]["parameters"]
    assert strict is not shared[0] and strict["additionalProperties"] is False
    assert strict["properties"] is not shared[0]["properties"]
    assert "null" not in json.dumps(tool.parameters["properties"])  # strict mode changed a copy


def test_listed_tools_keep_the_decoded_schema_without_copying_it(core: Core) -> None:
    answer = tool_list(SLACK_ONLY)
    assert isinstance(answer.tools, ToolsByIntegration)
    definition = answer.tools["slack"][0]
    assert isinstance(definition, FunctionTool)
    # The generated decoder reads a tool's schema as the JSON it is: a dict, not a model.
    decoded = definition.function.parameters
    assert type(decoded) is dict
    (tool,) = run(core.list_tools(), [(listed()[0], ok(answer))])
    assert tool.to_openai()["function"]["parameters"] is decoded
    assert tool.parameters == decoded and isinstance(tool.parameters, MappingProxyType)


@pytest.mark.parametrize(
    "parameters", [None, "a schema", ["object"], {"type": "string"}, {"properties": {}}]
)
def test_a_listed_tool_without_an_object_schema_is_left_out(
    core: Core, caplog: pytest.LogCaptureFixture, parameters: object
) -> None:
    broken = copy.deepcopy(SLACK_LIST_CHANNELS)
    broken["function"]["parameters"] = parameters
    with caplog.at_level(logging.WARNING, logger="paragon_connect"):
        tools = run(core.list_tools(), [listed({"tools": {"slack": [broken, SLACK_SEND_MESSAGE]}})])
    assert [tool.name for tool in tools] == ["SLACK_SEND_MESSAGE"]
    assert "left out (tools.slack[0].function.parameters)" in caplog.text


def test_a_tool_made_by_hand_needs_a_json_schema() -> None:
    with pytest.raises(ToolSpecError, match=r"parameters\['properties'\]\['a'\] is a builtins.set"):
        Tool("T", "d", {"type": "object", "properties": {"a": {1, 2}}}, "slack")  # type: ignore[dict-item]
    with pytest.raises(ToolSpecError, match="must be a mapping"):
        Tool("T", "d", ["type", "object"], "slack")  # type: ignore[arg-type]
    # The tuples of a schema made in Python become the lists JSON has.
    tool = Tool("T", "d", {"type": "object", "required": ("a",)}, "slack")  # type: ignore[dict-item]
    assert tool.parameters["required"] == ["a"]


def test_tools_compare_by_value_and_hash_without_their_schema() -> None:
    parameters: dict[str, JsonValue] = {"type": "object", "properties": {}}
    one = Tool("A", "a", parameters, "slack")
    two = Tool("A", "a", MappingProxyType(dict(parameters)), "slack")
    assert one == two and hash(one) == hash(two) and len({one, two}) == 1
    assert one != Tool("A", "a", {"type": "object"}, "slack")
    assert repr(one) == "Tool(name='A', description='a', integration='slack')"
    with pytest.raises(AttributeError):
        one.name = "B"  # type: ignore[misc]


# -- the namespaces on both clients ---------------------------------------------------------------


def test_each_client_has_its_own_namespaces() -> None:
    paragon, aparagon = Paragon(), AsyncParagon()
    assert isinstance(paragon.tools, Tools) and isinstance(aparagon.tools, AsyncTools)
    assert isinstance(paragon.triggers, Triggers)
    assert paragon.tools is paragon.tools
    copy_ = paragon.with_options(timeout=5)
    assert copy_.tools is not paragon.tools
    assert isinstance(Paragon.tools, Namespace) and Paragon.tools is AsyncParagon.tools


def test_the_namespaces_methods_are_the_plans_on_both_clients() -> None:
    paragon, aparagon = Paragon(), AsyncParagon()
    for namespace in ("tools", "triggers"):
        sync, awaited = getattr(paragon, namespace), getattr(aparagon, namespace)
        names = [name for name in dir(type(sync)) if not name.startswith("_")]
        assert names == [name for name in dir(type(awaited)) if not name.startswith("_")]
        for name in names:
            method, twin = getattr(sync, name), getattr(awaited, name)
            assert inspect.signature(method) == inspect.signature(twin), name
            assert not inspect.iscoroutinefunction(method)
            assert inspect.iscoroutinefunction(twin)
            signature = str(inspect.signature(method))
            assert re.search(r"\bAny\b", signature) is None, f"{namespace}.{name}{signature}"
            assert method.__doc__ and "Plan" not in signature
    assert sorted(n for n in dir(Tools) if not n.startswith("_")) == [
        "call",
        "get",
        "list",
        "list_paragon",
        "run",
    ]


def test_importing_the_package_loads_neither_the_tools_nor_jsonschema() -> None:
    code = (
        "import sys, paragon_connect\n"
        "lazy = ('paragon_connect._tools', 'paragon_connect._tool_formats', 'jsonschema')\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith(lazy))))\n"
        "paragon_connect.Paragon().tools\n"
        "print('paragon_connect._tools' in sys.modules, 'jsonschema' in sys.modules)\n"
        "from paragon_connect import Tool, ToolCallFormatError\n"
        "print(Tool.__module__, ToolCallFormatError.__module__)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines() == [
        "",
        "True False",
        "paragon_connect._tools paragon_connect._tool_formats",
    ]


def test_plans_are_typed_plans() -> None:
    # The descriptors read "Plan[...]" from the annotation to give the caller's return type.
    from paragon_connect._core.actionkit import ActionKitPlans

    plan: Plan[list[Tool]] = ActionKitPlans.list_tools(make_core())
    plan.close()
    assert inspect.signature(Paragon().tools.list).return_annotation == "list[Tool]"


# -- against the mock, on both clients ------------------------------------------------------------


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> Iterator[Any]:
    from paragon_mock import create_app, dev_token

    from tests.clients import make_flavour

    with make_flavour(request.param, create_app(seed=7)) as made:
        made.call("authenticate", PROJECT, dev_token("xyz"))
        made.recorder.requests.clear()
        yield made


def tools_call(flavour: Any, method: str, *args: Any, **kwargs: Any) -> Any:
    """``flavour.client.tools.<method>(...)``, awaited on the portal for AsyncParagon."""
    import functools

    bound = getattr(flavour.client.tools, method)
    if flavour.is_async:
        return flavour.portal.call(functools.partial(bound, *args, **kwargs))
    return bound(*args, **kwargs)


def paths(flavour: Any) -> list[str]:
    return [f"{r.method} {r.url.path}" for r in flavour.recorder.requests]


TOOLS_PATH = f"/projects/{PROJECT}/tools"


def test_mock_list_filters_and_available_only(flavour: Any) -> None:
    tools = tools_call(flavour, "list")
    assert {tool.integration for tool in tools} == {"slack", "salesforce", "hubspot"}
    send = next(tool for tool in tools if tool.name == "SLACK_SEND_MESSAGE")
    assert send.parameters["required"] == ["channel", "message"]
    slack = tools_call(flavour, "list", integrations="slack")
    assert {tool.integration for tool in slack} == {"slack"}
    everything = tools_call(flavour, "list", available_only=False)
    assert {tool.integration for tool in everything} > {tool.integration for tool in tools}
    crm = tools_call(flavour, "list", categories=["crm"], available_only=False)
    assert {"salesforce", "hubspot"} <= {tool.integration for tool in crm}
    assert "slack" not in {tool.integration for tool in crm}
    paragon = tools_call(flavour, "list_paragon", integrations="salesforce")
    (create,) = [t for t in paragon["salesforce"] if t.name == "SALESFORCE_CREATE_RECORD"]
    assert create.title
    assert paths(flavour) == [f"GET {TOOLS_PATH}"] * 5


def test_mock_get_and_unknown_tools(flavour: Any) -> None:
    tool = tools_call(flavour, "get", "SLACK_SEND_MESSAGE")
    assert tool.integration == "slack"
    assert tools_call(flavour, "get", "HUBSPOT_CREATE_RECORD_CONTACTS").integration == "hubspot"
    with pytest.raises(ToolNotFoundError):
        tools_call(flavour, "run", "SLACK_ARCHIVE_CHANNEL", {})
    assert paths(flavour) == [f"GET {TOOLS_PATH}"]  # one read of the catalogue, for all three
    with pytest.raises(NotFoundError):
        tools_call(flavour, "run", "SLACK_ARCHIVE_CHANNEL", {}, validate=False)


def test_mock_run_then_the_message_is_visible_through_the_proxy(flavour: Any) -> None:
    output = tools_call(
        flavour, "run", "SLACK_SEND_MESSAGE", {"channel": "#general", "message": "Deploy done"}
    )
    assert output["ok"] is True and output["message"]["text"] == "Deploy done"
    history = flavour.call(
        "request", "slack", f"/conversations.history?channel={output['channel']}"
    )
    assert "Deploy done" in [message.get("text") for message in history["messages"]]


def test_mock_arguments_are_refused_without_a_request(flavour: Any) -> None:
    tools_call(flavour, "get", "SLACK_SEND_MESSAGE")
    flavour.recorder.requests.clear()
    with pytest.raises(ToolArgumentsError) as raised:
        tools_call(flavour, "run", "SLACK_SEND_MESSAGE", {"channel": "#general"})
    assert [str(p) for p in raised.value.problems] == ["$.message: is required"]
    assert flavour.recorder.requests == []
    # Paragon refuses the same arguments itself: 400.
    with pytest.raises(BadRequestError):
        tools_call(flavour, "run", "SLACK_SEND_MESSAGE", {"channel": "#general"}, validate=False)


def test_mock_call_with_openai_and_anthropic_shapes(flavour: Any) -> None:
    tools = tools_call(flavour, "list", integrations=["slack"])
    assert any(tool.to_openai()["function"]["name"] == "SLACK_SEND_MESSAGE" for tool in tools)
    arguments = {"channel": "#general", "message": "From the model"}
    chat = tools_call(flavour, "call", openai_call(json.dumps(arguments)))
    assert chat["role"] == "tool" and chat["tool_call_id"] == "call_abc"
    assert json.loads(chat["content"])["message"]["text"] == "From the model"
    block = tools_call(flavour, "call", anthropic_call({"channel": "#general"}))
    assert block["is_error"] is True and "$.message: is required" in block["content"]
    unknown = tools_call(flavour, "call", anthropic_call(GOOD, name="SLACK_NOPE"))
    assert "ToolNotFoundError" in unknown["content"]


def test_mock_triggers(flavour: Any) -> None:
    if flavour.is_async:
        triggers = flavour.portal.call(flavour.client.triggers.list)
    else:
        triggers = flavour.client.triggers.list()
    assert all(isinstance(trigger, Trigger) for trigger in triggers)
    assert {trigger.integration for trigger in triggers} <= {"slack", "salesforce", "hubspot"}
    assert all(trigger.trigger_model in ("POLLING", "WEBHOOK") for trigger in triggers)
