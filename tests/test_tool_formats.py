"""ActionKit tools in OpenAI, Anthropic and MCP formats, checked against the vendors' own types.

Every dict the adapters build is validated with the vendor SDK's published types (pydantic's
TypeAdapter over the SDKs' TypedDicts, ``mcp.types.Tool``), and compared with what validation
kept, since a TypedDict drops unknown keys without a word: a misspelt key would otherwise pass.
Tool calls are parsed from objects built with the SDKs' own response models.
"""

from __future__ import annotations

import asyncio
import copy
import datetime
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, TypeVar

import anthropic.types as anthropic_types
import jsonschema
import mcp.types as mcp_types
import openai.types.chat as openai_chat
import openai.types.responses as openai_responses
import pydantic
import pytest
from mcp_types import _v2025_11_25 as mcp_wire_2025_11_25
from mcp_types import _v2026_07_28 as mcp_wire_2026_07_28
from openai.lib._pydantic import _ensure_strict_json_schema
from openai.types.chat.chat_completion_message_function_tool_call import Function
from openai.types.responses.response_input_param import FunctionCallOutput
from paragon_connect._exceptions import APIError, ParagonError
from paragon_connect._tool_formats import (
    DEFAULT_ERRORS,
    PlainSchemaTool,
    ToolCall,
    ToolCallFormatError,
    ToolResultMessage,
    ToolSpecError,
    Vendor,
    anthropic_user_message,
    arun_tool_call,
    drop_strict_nulls,
    parse_tool_call,
    run_tool_call,
    to_anthropic,
    to_mcp,
    to_openai,
    tool_result_message,
)

T = TypeVar("T")


@dataclass(frozen=True)
class Tool:
    """What the typed ActionKit tool will look like, as far as the adapters care."""

    name: str
    description: str
    parameters: Mapping[str, object]


# Shaped like ActionKit's own schemas (draft-07, closed at the root), with every kind of
# property the strict transformation treats differently.
SLACK_PARAMETERS: dict[str, object] = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object",
    "properties": {
        "channelId": {"type": "string", "description": "Channel ID or #name"},
        "message": {"type": "string", "description": "Message text, in Slack mrkdwn"},
        "threadTs": {"type": "string", "description": "Reply in this thread"},
        "priority": {"type": "string", "enum": ["low", "high"]},
        "unfurlLinks": {"type": "boolean"},
        "attachments": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "title": {"type": "string"},
                    "url": {"type": "string", "format": "uri"},
                },
                "required": ["title"],
            },
        },
        "sender": {
            "type": "object",
            "properties": {"username": {"type": "string"}, "iconEmoji": {"type": "string"}},
            "required": ["username"],
        },
    },
    "required": ["channelId", "message"],
    "additionalProperties": False,
}


@dataclass(frozen=True)
class PlainTool(PlainSchemaTool):
    """A tool holding its schema as plain JSON, as the client's ``Tool`` does."""

    name: str
    description: str
    _schema: dict[str, object]

    @property
    def parameters(self) -> Mapping[str, object]:
        return MappingProxyType(self._schema)


SLACK = Tool(
    name="SLACK_SEND_MESSAGE",
    description="Send a message to a Slack channel or user.",
    # A read-only mapping, as a typed Tool may hold: the adapters must return plain dicts.
    parameters=MappingProxyType(copy.deepcopy(SLACK_PARAMETERS)),
)

SLACK_STRICT_PARAMETERS: dict[str, object] = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object",
    "properties": {
        "channelId": {"type": "string", "description": "Channel ID or #name"},
        "message": {"type": "string", "description": "Message text, in Slack mrkdwn"},
        "threadTs": {"type": ["string", "null"], "description": "Reply in this thread"},
        "priority": {"type": ["string", "null"], "enum": ["low", "high", None]},
        "unfurlLinks": {"type": ["boolean", "null"]},
        "attachments": {
            "type": ["array", "null"],
            "items": {
                "type": "object",
                "properties": {
                    "title": {"type": "string"},
                    "url": {"type": ["string", "null"], "format": "uri"},
                },
                "required": ["title", "url"],
                "additionalProperties": False,
            },
        },
        "sender": {
            "type": ["object", "null"],
            "properties": {
                "username": {"type": "string"},
                "iconEmoji": {"type": ["string", "null"]},
            },
            "required": ["username", "iconEmoji"],
            "additionalProperties": False,
        },
    },
    "required": [
        "channelId",
        "message",
        "threadTs",
        "priority",
        "unfurlLinks",
        "attachments",
        "sender",
    ],
    "additionalProperties": False,
}


def vendor_valid(kind: Any, value: T) -> T:
    """``value`` validated strictly as the vendor's type; it must come back unchanged."""
    # The adapter must outlive the iteration of the lazy iterators it returns: they use its
    # validator, and pydantic-core panics once the adapter is gone.
    adapter = pydantic.TypeAdapter(kind)
    validated = materialised(adapter.validate_python(value, strict=True))
    assert validated == value, "the vendor's type dropped or changed keys"
    return value


def materialised(value: object) -> object:
    """``value`` with the lazy iterators pydantic gives for ``Iterable[...]`` fields listed."""
    if isinstance(value, Mapping):
        return {key: materialised(item) for key, item in value.items()}
    if isinstance(value, str | bytes):
        return value
    if isinstance(value, Iterable):
        return [materialised(item) for item in value]
    return value


def check_schema(schema: object) -> None:
    assert isinstance(schema, dict)
    jsonschema.validators.validator_for(schema).check_schema(schema)


# ---------------------------------------------------------------------------------------------
# Tool descriptions


def test_openai_chat_tool_is_a_chat_completion_tool_param() -> None:
    tool = vendor_valid(openai_chat.ChatCompletionToolParam, to_openai(SLACK))
    assert tool == {
        "type": "function",
        "function": {
            "name": "SLACK_SEND_MESSAGE",
            "description": "Send a message to a Slack channel or user.",
            "parameters": SLACK_PARAMETERS,
        },
    }
    assert "strict" not in tool["function"]
    check_schema(tool["function"]["parameters"])


def test_openai_responses_tool_is_a_function_tool_param() -> None:
    tool = vendor_valid(openai_responses.FunctionToolParam, to_openai(SLACK, api="responses"))
    assert tool == {
        "type": "function",
        "name": "SLACK_SEND_MESSAGE",
        "description": "Send a message to a Slack channel or user.",
        "parameters": SLACK_PARAMETERS,
        "strict": False,
    }
    check_schema(tool["parameters"])


def test_anthropic_tool_is_a_tool_param() -> None:
    tool = vendor_valid(anthropic_types.ToolParam, to_anthropic(SLACK))
    assert tool == {
        "name": "SLACK_SEND_MESSAGE",
        "description": "Send a message to a Slack channel or user.",
        "input_schema": SLACK_PARAMETERS,
    }
    assert tool["input_schema"]["type"] == "object"
    check_schema(tool["input_schema"])


def test_mcp_tool_is_an_mcp_tool_on_every_wire_version() -> None:
    tool = to_mcp(SLACK)
    assert tool == {
        "name": "SLACK_SEND_MESSAGE",
        "description": "Send a message to a Slack channel or user.",
        "inputSchema": SLACK_PARAMETERS,
    }
    model = mcp_types.Tool.model_validate(tool, strict=True)
    # The SDK's model ignores unknown keys: its own serialisation must give the dict back.
    assert model.model_dump(by_alias=True, exclude_none=True, mode="json") == tool
    listed = mcp_types.ListToolsResult.model_validate({"tools": [tool]}, strict=True)
    assert listed.tools == [model]
    # The generated wire models of the two protocol revisions also check `type: "object"`.
    for wire in (mcp_wire_2025_11_25.Tool, mcp_wire_2026_07_28.Tool):
        parsed = wire.model_validate(tool, strict=True)
        assert parsed.model_dump(by_alias=True, exclude_none=True, mode="json") == tool
    check_schema(tool["inputSchema"])


def test_adapters_copy_the_schema_of_any_other_tool_into_plain_dicts() -> None:
    # A tool that is no PlainSchemaTool may hold any mapping, tuples, values it may change
    # later: the adapters copy its schema, checking every value.
    nested = {"type": "object", "properties": {"tags": {"type": "array", "items": {}}}}
    tool = Tool("T", "d", MappingProxyType({**nested, "required": ("tags",)}))
    outputs = [
        to_openai(tool)["function"]["parameters"],
        to_openai(tool, api="responses")["parameters"],
        to_anthropic(tool)["input_schema"],
        to_mcp(tool)["inputSchema"],
    ]
    for schema in outputs:
        assert type(schema) is dict
        assert schema["required"] == ["tags"]  # a tuple becomes a list
        schema["properties"] = {}  # changing one output changes neither the tool nor the others
    assert tool.parameters["properties"] == nested["properties"]
    assert len({id(schema) for schema in outputs}) == len(outputs)


def test_adapters_share_the_schema_of_a_plain_schema_tool() -> None:
    tool = PlainTool(SLACK.name, SLACK.description, copy.deepcopy(SLACK_PARAMETERS))
    chat = vendor_valid(openai_chat.ChatCompletionToolParam, to_openai(tool))
    responses = vendor_valid(openai_responses.FunctionToolParam, to_openai(tool, api="responses"))
    anthropic = vendor_valid(anthropic_types.ToolParam, to_anthropic(tool))
    mcp = to_mcp(tool)
    model = mcp_types.Tool.model_validate(mcp, strict=True)
    assert model.model_dump(by_alias=True, exclude_none=True, mode="json") == mcp
    shared = [
        chat["function"]["parameters"],
        responses["parameters"],
        anthropic["input_schema"],
        mcp["inputSchema"],
    ]
    # The tool's own dict, not a copy: the returned dicts are as read-only as the tool.
    assert all(schema is tool._schema for schema in shared)
    # Strict mode rewrites a copy of its own, and leaves the tool's schema as it was.
    strict = to_openai(tool, strict=True)["function"]["parameters"]
    assert strict == SLACK_STRICT_PARAMETERS and strict is not tool._schema
    assert tool._schema == SLACK_PARAMETERS
    # What every vendor requires is still checked.
    for adapt in (to_openai, to_anthropic, to_mcp):
        with pytest.raises(ToolSpecError, match=r'tool \'T\' must be a JSON Schema with "type"'):
            adapt(PlainTool("T", "d", {"type": "string"}))


def test_strict_openai_tool_closes_every_object_and_requires_every_property() -> None:
    chat = vendor_valid(openai_chat.ChatCompletionToolParam, to_openai(SLACK, strict=True))
    assert chat["function"]["strict"] is True
    assert chat["function"]["parameters"] == SLACK_STRICT_PARAMETERS
    responses = vendor_valid(
        openai_responses.FunctionToolParam, to_openai(SLACK, api="responses", strict=True)
    )
    assert responses["strict"] is True
    assert responses["parameters"] == SLACK_STRICT_PARAMETERS
    check_schema(SLACK_STRICT_PARAMETERS)
    # The tool's own schema is untouched.
    assert SLACK.parameters == SLACK_PARAMETERS


def test_strict_schema_is_a_fixed_point_of_the_openai_sdks_strictifier() -> None:
    # The SDK makes pydantic schemas strict with this function before sending them; it finds
    # nothing left to change in ours.
    schema = to_openai(SLACK, strict=True)["function"]["parameters"]
    assert _ensure_strict_json_schema(copy.deepcopy(schema), path=(), root=schema) == schema


def test_strict_schema_keeps_the_meaning_up_to_nulls() -> None:
    strict = jsonschema.Draft7Validator(SLACK_STRICT_PARAMETERS)
    original = jsonschema.Draft7Validator(SLACK_PARAMETERS)
    minimal = {"channelId": "C1", "message": "hi"}
    with_nulls: dict[str, object] = {
        **minimal,
        "threadTs": None,
        "priority": None,
        "unfurlLinks": None,
        "attachments": [{"title": "Doc", "url": None}],
        "sender": {"username": "bot", "iconEmoji": None},
    }
    assert original.is_valid(minimal) and not strict.is_valid(minimal)
    assert strict.is_valid(with_nulls) and not original.is_valid(with_nulls)
    assert not strict.is_valid({**with_nulls, "extra": 1})
    assert not strict.is_valid({**with_nulls, "priority": "urgent"})
    # What the model sends under strict mode runs against the tool once its nulls are dropped.
    dropped = drop_strict_nulls(with_nulls, SLACK.parameters)
    assert dropped == {
        "channelId": "C1",
        "message": "hi",
        "attachments": [{"title": "Doc"}],
        "sender": {"username": "bot"},
    }
    assert original.is_valid(dropped)


def test_strict_root_without_properties_is_a_tool_without_arguments() -> None:
    tool = to_openai(Tool("PING", "Ping.", {"type": "object"}), strict=True)
    assert tool["function"]["parameters"] == {
        "type": "object",
        "properties": {},
        "required": [],
        "additionalProperties": False,
    }
    vendor_valid(openai_chat.ChatCompletionToolParam, tool)


@pytest.mark.parametrize(
    ("optional", "strict"),
    [
        ({"type": "string"}, {"type": ["string", "null"]}),
        ({"type": ["string", "integer"]}, {"type": ["string", "integer", "null"]}),
        ({"type": "integer", "enum": [1, 2]}, {"type": ["integer", "null"], "enum": [1, 2, None]}),
        ({"const": "x"}, {"anyOf": [{"const": "x"}, {"type": "null"}]}),
        ({"$ref": "#/$defs/Id"}, {"anyOf": [{"$ref": "#/$defs/Id"}, {"type": "null"}]}),
        (
            {"anyOf": [{"type": "string"}, {"type": "integer"}]},
            {"anyOf": [{"anyOf": [{"type": "string"}, {"type": "integer"}]}, {"type": "null"}]},
        ),
        # Already nullable: left as it is.
        ({"type": ["string", "null"]}, {"type": ["string", "null"]}),
        ({"anyOf": [{"type": "string"}, {"type": "null"}]}, None),
        # A null in the enum alone is not enough: the type has to allow it too.
        (
            {"type": "string", "enum": ["a", None]},
            {"type": ["string", "null"], "enum": ["a", None]},
        ),
    ],
)
def test_strict_mode_makes_optional_properties_nullable(
    optional: dict[str, object], strict: dict[str, object] | None
) -> None:
    parameters = {
        "type": "object",
        "properties": {"x": optional},
        "$defs": {"Id": {"type": "string"}},
    }
    schema = to_openai(Tool("T", "d", parameters), strict=True)["function"]["parameters"]
    assert schema["properties"] == {"x": optional if strict is None else strict}
    assert schema["required"] == ["x"]
    check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    assert validator.is_valid({"x": None})
    assert not validator.is_valid({})


def test_strict_mode_reaches_objects_in_defs_and_unions() -> None:
    parameters = {
        "type": "object",
        "properties": {"who": {"anyOf": [{"$ref": "#/$defs/User"}, {"type": "string"}]}},
        "required": ["who"],
        "$defs": {"User": {"type": "object", "properties": {"id": {"type": "string"}}}},
    }
    schema = to_openai(Tool("T", "d", parameters), strict=True)["function"]["parameters"]
    assert schema["$defs"] == {
        "User": {
            "type": "object",
            "properties": {"id": {"type": ["string", "null"]}},
            "required": ["id"],
            "additionalProperties": False,
        }
    }
    assert schema["properties"] == parameters["properties"]  # required, and nothing to close


@pytest.mark.parametrize(
    ("properties", "problem"),
    [
        (
            {"fields": {"type": "object", "additionalProperties": {"type": "string"}}},
            r"#/properties/fields accepts undeclared keys \(additionalProperties\)",
        ),
        (
            {"fields": {"type": "object", "properties": {}, "additionalProperties": True}},
            r"#/properties/fields accepts undeclared keys",
        ),
        (
            {"fields": {"type": "object", "patternProperties": {"^x-": {"type": "string"}}}},
            r"#/properties/fields accepts keys by pattern",
        ),
        ({"record": {"type": "object"}}, r"#/properties/record declares no properties"),
        (
            {"rows": {"type": "array", "items": {"type": "object"}}},
            r"#/properties/rows/items declares no properties",
        ),
    ],
)
def test_strict_mode_refuses_open_objects(properties: dict[str, object], problem: str) -> None:
    tool = Tool("SALESFORCE_CREATE_RECORD", "d", {"type": "object", "properties": properties})
    with pytest.raises(ToolSpecError, match=r"'SALESFORCE_CREATE_RECORD' cannot use OpenAI strict"):
        to_openai(tool, strict=True)
    with pytest.raises(ToolSpecError, match=problem):
        to_openai(tool, api="responses", strict=True)
    # Without strict mode the same tool is fine.
    vendor_valid(openai_chat.ChatCompletionToolParam, to_openai(tool))


def test_strict_mode_refuses_an_open_root() -> None:
    tool = Tool("T", "d", {"type": "object", "properties": {}, "additionalProperties": True})
    with pytest.raises(ToolSpecError, match=r"the object at # accepts undeclared keys"):
        to_openai(tool, strict=True)


def test_drop_strict_nulls_keeps_nulls_the_schema_allows() -> None:
    parameters = {
        "type": "object",
        "properties": {
            "a": {"type": "string"},
            "b": {"type": ["string", "null"]},
            "c": {"type": "string"},
        },
        "required": ["c"],
    }
    arguments = {"a": None, "b": None, "c": None, "unknown": None}
    # "a" was optional and not nullable: dropped. "b" accepts null, "c" was required (the model
    # broke the schema; the tool should say so), "unknown" is not the schema's to judge.
    assert drop_strict_nulls(arguments, parameters) == {"b": None, "c": None, "unknown": None}
    assert arguments == {"a": None, "b": None, "c": None, "unknown": None}


@pytest.mark.parametrize("bad", ["SLACK SEND", "slack.send", "", "x" * 65, "naïve"])
def test_openai_refuses_names_it_does_not_accept(bad: str) -> None:
    with pytest.raises(ToolSpecError, match=r"OpenAI function names are \[A-Za-z0-9_-\], 1 to 64"):
        to_openai(Tool(bad, "d", {"type": "object"}))


def test_each_vendor_has_its_own_name_rule() -> None:
    dotted = Tool("slack.send", "d", {"type": "object"})
    long = Tool("X" * 100, "d", {"type": "object"})
    assert to_mcp(dotted)["name"] == "slack.send"
    with pytest.raises(ToolSpecError, match="Anthropic tool names"):
        to_anthropic(dotted)
    assert to_anthropic(long)["name"] == "X" * 100
    assert to_mcp(long)["name"] == "X" * 100
    with pytest.raises(ToolSpecError, match="OpenAI function names"):
        to_openai(long)
    with pytest.raises(ToolSpecError, match="MCP tool names"):
        to_mcp(Tool("X" * 129, "d", {"type": "object"}))
    with pytest.raises(ToolSpecError, match="MCP tool names"):
        to_mcp(Tool("slack/send", "d", {"type": "object"}))


@pytest.mark.parametrize(
    "parameters",
    [
        {},
        {"type": "string"},
        {"type": "array", "items": {"type": "object"}},
        {"properties": {"a": {"type": "string"}}},
    ],
)
def test_every_adapter_wants_an_object_schema(parameters: dict[str, object]) -> None:
    tool = Tool("T", "d", parameters)
    for adapt in (to_openai, to_anthropic, to_mcp):
        with pytest.raises(ToolSpecError, match=r'tool \'T\' must be a JSON Schema with "type"'):
            adapt(tool)


def test_a_schema_that_is_not_json_is_refused() -> None:
    tool = Tool("T", "d", {"type": "object", "properties": {"a": {"default": {1, 2}}}})
    with pytest.raises(ToolSpecError, match=r"parameters\['properties'\]\['a'\]\['default'\] is a"):
        to_anthropic(tool)


def test_unknown_openai_api_is_refused() -> None:
    with pytest.raises(ValueError, match="api must be 'chat' or 'responses'"):
        to_openai(SLACK, api="assistants")  # type: ignore[call-overload]


# ---------------------------------------------------------------------------------------------
# Parsing tool calls

ARGUMENTS: dict[str, object] = {"channelId": "C024BE91L", "message": "Déploiement terminé ✓"}
ARGUMENTS_JSON = json.dumps(ARGUMENTS)


def chat_call(call_id: str = "call_abc", arguments: str = ARGUMENTS_JSON) -> dict[str, object]:
    call: dict[str, object] = {
        "id": call_id,
        "type": "function",
        "function": {"name": "SLACK_SEND_MESSAGE", "arguments": arguments},
    }
    return vendor_valid(openai_chat.ChatCompletionMessageFunctionToolCallParam, call)


def responses_call(arguments: str = ARGUMENTS_JSON) -> dict[str, object]:
    call: dict[str, object] = {
        "type": "function_call",
        "id": "fc_123",
        "call_id": "call_xyz",
        "name": "SLACK_SEND_MESSAGE",
        "arguments": arguments,
        "status": "completed",
    }
    return vendor_valid(openai_responses.ResponseFunctionToolCallParam, call)


def anthropic_call(arguments: object = ARGUMENTS) -> dict[str, object]:
    call = {"type": "tool_use", "id": "toolu_01", "name": "SLACK_SEND_MESSAGE", "input": arguments}
    return vendor_valid(anthropic_types.ToolUseBlockParam, call)


def test_parses_a_chat_completions_tool_call_from_the_sdks_response() -> None:
    completion = openai_chat.ChatCompletion.model_validate(
        {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "created": 1_700_000_000,
            "model": "gpt-test",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "tool_calls",
                    "message": {"role": "assistant", "content": None, "tool_calls": [chat_call()]},
                }
            ],
        }
    )
    tool_calls = completion.choices[0].message.tool_calls
    assert tool_calls is not None
    expected = ToolCall("openai_chat", "call_abc", "SLACK_SEND_MESSAGE", ARGUMENTS)
    assert parse_tool_call(tool_calls[0]) == expected
    built = openai_chat.ChatCompletionMessageFunctionToolCall(
        id="call_abc",
        type="function",
        function=Function(name="SLACK_SEND_MESSAGE", arguments=ARGUMENTS_JSON),
    )
    assert parse_tool_call(built) == expected
    assert parse_tool_call(built.model_dump()) == expected
    assert parse_tool_call(chat_call()) == expected


def test_parses_a_responses_function_call_from_the_sdks_response() -> None:
    response = openai_responses.Response.model_validate(
        {
            "id": "resp_1",
            "object": "response",
            "created_at": 1_700_000_000,
            "model": "gpt-test",
            "status": "completed",
            "output": [responses_call()],
            "parallel_tool_calls": True,
            "tool_choice": "auto",
            "tools": [to_openai(SLACK, api="responses")],
        }
    )
    item = response.output[0]
    assert isinstance(item, openai_responses.ResponseFunctionToolCall)
    # The call's id is call_id; the item's own id (fc_...) is not what the result quotes.
    expected = ToolCall("openai_responses", "call_xyz", "SLACK_SEND_MESSAGE", ARGUMENTS)
    assert parse_tool_call(item) == expected
    assert parse_tool_call(responses_call()) == expected


def test_parses_an_anthropic_tool_use_block_from_the_sdks_message() -> None:
    message = anthropic_types.Message.model_validate(
        {
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "model": "claude-test",
            "content": [{"type": "text", "text": "Sending it."}, anthropic_call()],
            "stop_reason": "tool_use",
            "stop_sequence": None,
            "usage": {"input_tokens": 10, "output_tokens": 20},
        }
    )
    block = message.content[1]
    assert isinstance(block, anthropic_types.ToolUseBlock)
    expected = ToolCall("anthropic", "toolu_01", "SLACK_SEND_MESSAGE", ARGUMENTS)
    assert parse_tool_call(block) == expected
    built = anthropic_types.ToolUseBlock(
        id="toolu_01", type="tool_use", name="SLACK_SEND_MESSAGE", input=dict(ARGUMENTS)
    )
    assert parse_tool_call(built) == expected
    assert parse_tool_call(anthropic_call()) == expected


def test_the_arguments_are_a_fresh_dict() -> None:
    block = anthropic_call()
    call = parse_tool_call(block)
    call.arguments["message"] = "changed"
    assert block["input"] == ARGUMENTS


def test_empty_openai_arguments_mean_no_arguments() -> None:
    assert parse_tool_call(chat_call(arguments="")).arguments == {}
    assert parse_tool_call(responses_call(arguments="  ")).arguments == {}


def test_a_tool_call_is_frozen_and_hashable() -> None:
    call = parse_tool_call(chat_call())
    assert hash(call) == hash(ToolCall("openai_chat", "call_abc", "SLACK_SEND_MESSAGE", {}))
    with pytest.raises(AttributeError):
        call.name = "OTHER"  # type: ignore[misc]
    with pytest.raises(ValueError, match="unknown vendor 'openai'"):
        ToolCall("openai", "c", "n", {})  # type: ignore[arg-type]


class _NotAMappingDump:
    def model_dump(self) -> object:
        return ["not", "a", "mapping"]


def _chat(**function: object) -> dict[str, object]:
    return {"id": "call_1", "type": "function", "function": function}


MALFORMED: list[tuple[str, object, Vendor | None, str | None, str]] = [
    ("text", "SLACK_SEND_MESSAGE()", None, None, r"a tool call is a mapping .* not a str"),
    ("none", None, None, None, r"not a NoneType"),
    ("list", [chat_call()], None, None, r"not a list"),
    ("bad dump", _NotAMappingDump(), None, None, r"model_dump\(\) of the .* gave a list"),
    ("no type", {"id": "c", "name": "X"}, None, None, r"has no 'type'; expected 'function'"),
    ("unknown type", {"type": "function_call_output"}, None, None, r"unknown tool call type"),
    (
        "chat custom tool",
        {"id": "c", "type": "custom", "custom": {"name": "X", "input": "hi"}},
        None,
        None,
        r"'custom' tool call carries free text",
    ),
    (
        "responses custom tool",
        {"type": "custom_tool_call", "call_id": "c", "name": "X", "input": "hi"},
        None,
        None,
        r"free text",
    ),
    (
        "anthropic server tool",
        {"type": "server_tool_use", "id": "srvtoolu_1", "name": "web_search", "input": {}},
        None,
        None,
        r"run by the vendor's servers",
    ),
    (
        "chat without id",
        {"type": "function", "function": {"name": "X", "arguments": "{}"}},
        "openai_chat",
        None,
        r"^OpenAI Chat Completions tool call: 'id' is missing$",
    ),
    ("chat empty id", chat_call(call_id=""), "openai_chat", None, r"'id' must be a non-empty"),
    (
        "chat numeric id",
        {**chat_call(), "id": 7},
        "openai_chat",
        None,
        r"'id' must be a non-empty string, not a number",
    ),
    (
        "chat without function",
        {"id": "call_1", "type": "function"},
        "openai_chat",
        "call_1",
        r"'call_1': 'function' must be an object, not null",
    ),
    ("chat without name", _chat(arguments="{}"), "openai_chat", "call_1", r"'function.name' is"),
    (
        "chat without arguments",
        _chat(name="X"),
        "openai_chat",
        "call_1",
        r"'function.arguments' is",
    ),
    (
        "chat arguments as an object",
        _chat(name="X", arguments={"a": 1}),
        "openai_chat",
        "call_1",
        r"'function.arguments' must be JSON text, not an object",
    ),
    (
        "chat arguments not JSON",
        _chat(name="X", arguments="channel=C1"),
        "openai_chat",
        "call_1",
        r"is not valid JSON \(Expecting value at line 1 column 1\)",
    ),
    (
        "chat arguments cut short",
        _chat(name="X", arguments='{"channelId": "C1", "message": "hel'),
        "openai_chat",
        "call_1",
        r"is not valid JSON \(Unterminated string",
    ),
    (
        "chat arguments an array",
        _chat(name="X", arguments="[1, 2]"),
        "openai_chat",
        "call_1",
        r"must be a JSON object, not an array",
    ),
    (
        "chat arguments a string",
        _chat(name="X", arguments='"{}"'),
        "openai_chat",
        "call_1",
        r"must be a JSON object, not a string",
    ),
    (
        "chat arguments null",
        _chat(name="X", arguments="null"),
        "openai_chat",
        "call_1",
        r"must be a JSON object, not null",
    ),
    (
        "chat arguments with NaN",
        _chat(name="X", arguments='{"limit": NaN}'),
        "openai_chat",
        "call_1",
        r"has NaN, which is not JSON",
    ),
    (
        "chat arguments with a repeated key",
        _chat(name="X", arguments='{"to": "a", "to": "b", "n": 1, "n": 2}'),
        "openai_chat",
        "call_1",
        r"repeats the key\(s\) 'n', 'to'",
    ),
    (
        "chat arguments nested too deeply",
        _chat(name="X", arguments="[" * 200_000),
        "openai_chat",
        "call_1",
        r"nested too deeply",
    ),
    (
        "responses without call_id",
        {"type": "function_call", "id": "fc_1", "name": "X", "arguments": "{}"},
        "openai_responses",
        None,
        r"^OpenAI Responses function_call: 'call_id' is missing$",
    ),
    (
        "responses arguments not JSON",
        {**responses_call(), "arguments": "{'single': 'quotes'}"},
        "openai_responses",
        "call_xyz",
        r"'arguments' is not valid JSON",
    ),
    (
        "anthropic without name",
        {"type": "tool_use", "id": "toolu_1", "input": {}},
        "anthropic",
        "toolu_1",
        r"^Anthropic tool_use block 'toolu_1': 'name' is missing$",
    ),
    (
        "anthropic without input",
        {"type": "tool_use", "id": "toolu_1", "name": "X"},
        "anthropic",
        "toolu_1",
        r"'input' is missing",
    ),
    (
        "anthropic input as JSON text",
        {"type": "tool_use", "id": "toolu_1", "name": "X", "input": "{}"},
        "anthropic",
        "toolu_1",
        r"'input' must be a JSON object, not a string",
    ),
    (
        "anthropic input an array",
        {"type": "tool_use", "id": "toolu_1", "name": "X", "input": [1]},
        "anthropic",
        "toolu_1",
        r"'input' must be a JSON object, not an array",
    ),
]


@pytest.mark.parametrize(
    ("call", "vendor", "call_id", "message"),
    [case[1:] for case in MALFORMED],
    ids=[case[0] for case in MALFORMED],
)
def test_malformed_calls_are_refused_clearly(
    call: object, vendor: Vendor | None, call_id: str | None, message: str
) -> None:
    with pytest.raises(ToolCallFormatError, match=message) as caught:
        parse_tool_call(call)
    assert isinstance(caught.value, ValueError)
    assert (caught.value.vendor, caught.value.call_id) == (vendor, call_id)


def test_errors_never_quote_the_arguments() -> None:
    secret = "xoxb-not-a-real-token"
    with pytest.raises(ToolCallFormatError) as caught:
        parse_tool_call(chat_call(arguments=f'{{"token": "{secret}", }}'))
    assert secret not in str(caught.value)


# ---------------------------------------------------------------------------------------------
# Result messages

OUTPUT = {"ok": True, "ts": "1739896301.418839", "channel": "C024BE91L", "text": "Déjà vu ✓"}
OUTPUT_JSON = '{"channel":"C024BE91L","ok":true,"text":"Déjà vu ✓","ts":"1739896301.418839"}'


def test_chat_result_is_a_tool_message() -> None:
    call = parse_tool_call(chat_call())
    message = vendor_valid(
        openai_chat.ChatCompletionToolMessageParam, tool_result_message(call, OUTPUT)
    )
    assert message == {"role": "tool", "tool_call_id": "call_abc", "content": OUTPUT_JSON}
    vendor_valid(openai_chat.ChatCompletionMessageParam, message)


def test_responses_result_is_a_function_call_output() -> None:
    call = parse_tool_call(responses_call())
    item = vendor_valid(FunctionCallOutput, tool_result_message(call, OUTPUT))
    assert item == {"type": "function_call_output", "call_id": "call_xyz", "output": OUTPUT_JSON}
    vendor_valid(openai_responses.ResponseInputItemParam, item)


def test_anthropic_result_is_a_tool_result_block_in_a_user_message() -> None:
    first = tool_result_message(parse_tool_call(anthropic_call()), OUTPUT)
    vendor_valid(anthropic_types.ToolResultBlockParam, first)
    assert first == {"type": "tool_result", "tool_use_id": "toolu_01", "content": OUTPUT_JSON}
    second_call = ToolCall("anthropic", "toolu_02", "SLACK_SEND_MESSAGE", {})
    second = tool_result_message(second_call, "channel not found", is_error=True)
    assert second == {
        "type": "tool_result",
        "tool_use_id": "toolu_02",
        "content": '{"error":"channel not found"}',
        "is_error": True,
    }
    message = anthropic_user_message([first, second])
    assert message == {"role": "user", "content": [first, second]}
    vendor_valid(anthropic_types.MessageParam, message)


def test_anthropic_user_message_takes_only_anthropic_results() -> None:
    openai_result = tool_result_message(parse_tool_call(chat_call()), OUTPUT)
    with pytest.raises(ValueError, match=r"not an Anthropic tool_result block, but a 'tool'"):
        anthropic_user_message([openai_result])
    with pytest.raises(ValueError, match="at least one tool_result block"):
        anthropic_user_message([])


def text_of(result: ToolResultMessage) -> object:
    """The JSON text of a result message, whichever vendor's key holds it."""
    fields: Mapping[str, object] = result
    return fields["output"] if "output" in fields else fields["content"]


@pytest.mark.parametrize("vendor", ["openai_chat", "openai_responses", "anthropic"])
def test_an_error_result_wraps_the_output_for_every_vendor(vendor: Vendor) -> None:
    result = tool_result_message(ToolCall(vendor, "c1", "X", {}), {"code": 404}, is_error=True)
    assert text_of(result) == '{"error":{"code":404}}'
    assert ("is_error" in result) == (vendor == "anthropic")


def test_output_json_is_canonical() -> None:
    call = ToolCall("openai_chat", "c1", "X", {})
    first = tool_result_message(call, {"b": [1, 2.5, None], "a": {"z": "ü", "y": False}})
    second = tool_result_message(call, {"a": {"y": False, "z": "ü"}, "b": (1, 2.5, None)})
    assert first == second
    assert text_of(first) == '{"a":{"y":false,"z":"ü"},"b":[1,2.5,null]}'
    assert text_of(tool_result_message(call, "plain text")) == '"plain text"'
    assert text_of(tool_result_message(call, None)) == "null"


def _circular() -> dict[str, object]:
    loop: dict[str, object] = {}
    loop["self"] = loop
    return loop


@pytest.mark.parametrize(
    ("output", "error", "message"),
    [
        (
            {"sent": datetime.date(2025, 1, 2)},
            TypeError,
            r"output\['sent'\] is a datetime.date, which is not JSON",
        ),
        ({"ids": {1, 2}}, TypeError, r"output\['ids'\] is a builtins.set"),
        ([{"n": float("nan")}], ValueError, r"output\[0\]\['n'\] is nan, which JSON cannot"),
        ({"n": float("inf")}, ValueError, r"output\['n'\] is inf"),
        ({1: "one"}, TypeError, r"output has the key 1: JSON keys are strings"),
        (b"bytes", TypeError, r"output is a builtins.bytes"),
        (_circular(), ValueError, r"output\['self'\] contains itself"),
    ],
)
def test_output_that_is_not_json_is_refused(output: object, error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        tool_result_message(ToolCall("anthropic", "c1", "X", {}), output)


# ---------------------------------------------------------------------------------------------
# The loop step


class FakeNotFoundError(ParagonError):
    """A ParagonError carrying something secret besides its message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.authorization = "Bearer sk-live-not-a-real-key"


class Recorder:
    def __init__(self, result: object = None, error: BaseException | None = None) -> None:
        self.calls: list[tuple[str, dict[str, object]]] = []
        self.result = result
        self.error = error

    def __call__(self, name: str, arguments: dict[str, object]) -> object:
        self.calls.append((name, arguments))
        if self.error is not None:
            raise self.error
        return self.result

    async def run_async(self, name: str, arguments: dict[str, object]) -> object:
        await asyncio.sleep(0)
        return self(name, arguments)


def run_both(
    call: object, runner: Recorder, **kwargs: Any
) -> tuple[ToolResultMessage, ToolResultMessage]:
    """The result of ``run_tool_call`` and of ``arun_tool_call``, which must agree."""
    sync = run_tool_call(call, runner, **kwargs)
    asynchronous = asyncio.run(arun_tool_call(call, runner.run_async, **kwargs))
    assert sync == asynchronous
    return sync, asynchronous


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (chat_call(), {"role": "tool", "tool_call_id": "call_abc", "content": OUTPUT_JSON}),
        (
            responses_call(),
            {"type": "function_call_output", "call_id": "call_xyz", "output": OUTPUT_JSON},
        ),
        (
            anthropic_types.ToolUseBlock(
                id="toolu_01", type="tool_use", name="SLACK_SEND_MESSAGE", input=ARGUMENTS
            ),
            {"type": "tool_result", "tool_use_id": "toolu_01", "content": OUTPUT_JSON},
        ),
    ],
)
def test_run_tool_call_answers_in_the_callers_format(
    call: object, expected: dict[str, object]
) -> None:
    runner = Recorder(result=OUTPUT)
    result, _ = run_both(call, runner)
    assert result == expected
    assert runner.calls == [("SLACK_SEND_MESSAGE", ARGUMENTS)] * 2


@pytest.mark.parametrize("call", [chat_call(), responses_call(), anthropic_call()])
def test_a_paragon_error_becomes_an_error_result_without_secrets(call: dict[str, object]) -> None:
    runner = Recorder(error=FakeNotFoundError("Slack channel C024BE91L was not found"))
    result, _ = run_both(call, runner)
    expected = '{"error":"FakeNotFoundError: Slack channel C024BE91L was not found"}'
    assert text_of(result) == expected
    assert "sk-live" not in json.dumps(result)
    fields: Mapping[str, object] = result
    assert fields.get("is_error") == (True if call["type"] == "tool_use" else None)


def test_an_exception_with_no_message_is_named() -> None:
    result = run_tool_call(anthropic_call(), Recorder(error=ParagonError()))
    assert result == {
        "type": "tool_result",
        "tool_use_id": "toolu_01",
        "content": '{"error":"ParagonError"}',
        "is_error": True,
    }


def test_other_exceptions_propagate_unless_listed() -> None:
    assert (ParagonError, ToolCallFormatError) == DEFAULT_ERRORS
    runner = Recorder(error=KeyError("config"))
    with pytest.raises(KeyError):
        run_tool_call(chat_call(), runner)
    with pytest.raises(KeyError):
        asyncio.run(arun_tool_call(chat_call(), runner.run_async))
    result, _ = run_both(chat_call(), runner, errors=(Exception,))
    assert result == {
        "role": "tool",
        "tool_call_id": "call_abc",
        "content": '{"error":"KeyError: \'config\'"}',
    }
    with pytest.raises(FakeNotFoundError):
        run_tool_call(chat_call(), Recorder(error=FakeNotFoundError("gone")), errors=())


def test_garbled_arguments_are_answered_without_running_the_tool() -> None:
    runner = Recorder(result=OUTPUT)
    result, _ = run_both(chat_call(arguments='{"channelId": '), runner)
    assert runner.calls == []
    assert result == {
        "role": "tool",
        "tool_call_id": "call_abc",
        "content": json.dumps(
            {
                "error": "ToolCallFormatError: OpenAI Chat Completions tool call 'call_abc': "
                "'function.arguments' is not valid JSON (Expecting value at line 1 column 15)"
            },
            separators=(",", ":"),
        ),
    }
    with pytest.raises(ToolCallFormatError):
        run_tool_call(chat_call(arguments="{"), runner, errors=(APIError,))


def test_a_call_that_cannot_be_answered_raises() -> None:
    runner = Recorder(result=OUTPUT)
    for call in ({"type": "function", "function": {"name": "X", "arguments": "{}"}}, "text"):
        with pytest.raises(ToolCallFormatError):
            run_tool_call(call, runner, errors=(Exception,))
        with pytest.raises(ToolCallFormatError):
            asyncio.run(arun_tool_call(call, runner.run_async, errors=(Exception,)))
    assert runner.calls == []


def test_output_that_is_not_json_is_the_runners_bug() -> None:
    runner = Recorder(result={"when": object()})
    with pytest.raises(TypeError, match=r"output\['when'\] is a builtins.object"):
        run_tool_call(anthropic_call(), runner, errors=(Exception,))
