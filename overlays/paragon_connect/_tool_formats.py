"""ActionKit tools in the tool-calling formats of OpenAI, Anthropic and MCP, as plain dicts.

An AI agent hands Paragon's ActionKit tools (``SLACK_SEND_MESSAGE``, ...) to a model, runs the
tool the model calls, and sends the result back. This module does the format work on both
sides of that loop without importing any vendor SDK:

- Tool descriptions: ``to_openai`` (Chat Completions or Responses), ``to_anthropic``,
  ``to_mcp``. Each takes anything with ``name``, ``description`` and ``parameters`` (the
  ``ToolSpec`` protocol) and returns a new plain dict. The schema of a ``PlainSchemaTool`` (the
  client's ``Tool``) is shared, not copied: it is plain JSON already, and copying it cost more
  than decoding it. Any other tool's schema is copied, every value checked. OpenAI's strict
  mode always rewrites a copy.
- Calls: ``parse_tool_call`` reads an OpenAI Chat Completions tool call, an OpenAI Responses
  ``function_call`` item or an Anthropic ``tool_use`` block (a dict, or an SDK object with
  ``model_dump()``) into a ``ToolCall``; a malformed one raises ``ToolCallFormatError``.
- Results: ``tool_result_message`` builds the answer in the vendor's shape the call came in;
  ``anthropic_user_message`` wraps Anthropic result blocks in the user message they belong in.
- The loop step: ``run_tool_call`` / ``arun_tool_call`` parse a call, run it with a runner the
  caller supplies, and return the result message; chosen exceptions become error results.

Results are JSON text, serialised canonically (keys sorted, compact, ``ensure_ascii=False``):
the same value always gives the same bytes, which keeps prompt-cache prefixes and recorded
conversations stable. Anything that is not JSON (a datetime, a model object, NaN) is refused
with the path of the offending value; convert it before returning it from the runner.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import (
    Final,
    Literal,
    NotRequired,
    Protocol,
    TypeAlias,
    TypedDict,
    TypeGuard,
    overload,
)

from ._exceptions import ParagonError

__all__ = [
    "DEFAULT_ERRORS",
    "AnthropicTool",
    "AnthropicToolResult",
    "AnthropicUserMessage",
    "AsyncRunner",
    "MCPTool",
    "OpenAIChatTool",
    "OpenAIChatToolMessage",
    "OpenAIFunctionCallOutput",
    "OpenAIFunctionDefinition",
    "OpenAIResponsesTool",
    "PlainSchemaTool",
    "Runner",
    "ToolCall",
    "ToolCallFormatError",
    "ToolResultMessage",
    "ToolSpec",
    "ToolSpecError",
    "Vendor",
    "anthropic_user_message",
    "arun_tool_call",
    "drop_strict_nulls",
    "error_result",
    "parse_or_error_result",
    "parse_tool_call",
    "run_tool_call",
    "to_anthropic",
    "to_mcp",
    "to_openai",
    "tool_result_message",
]


class ToolSpec(Protocol):
    """What the adapters read from a tool: the typed ActionKit ``Tool`` satisfies it."""

    @property
    def name(self) -> str:
        """The name the model calls the tool by, e.g. ``SLACK_SEND_MESSAGE``."""
        ...

    @property
    def description(self) -> str:
        """What the tool does, for the model to choose it."""
        ...

    @property
    def parameters(self) -> Mapping[str, object]:
        """The JSON Schema of the arguments: an object schema (``type: "object"``)."""
        ...


class PlainSchemaTool:
    """A tool whose schema is a plain JSON dict already, which the adapters share.

    The client's ``Tool`` is one: its schema is the JSON Paragon sent, as decoded (a tool made
    by hand holds a checked copy), and ``parameters`` shows it read-only. A subclass sets
    ``_schema`` to that dict: what a JSON decoder makes (dicts with string keys, lists,
    strings, numbers, booleans, None), never changed. ``to_openai`` (but for strict mode),
    ``to_anthropic`` and ``to_mcp`` put it in the dicts they return as it is, so every value
    they return for the tool shares it with the tool: treat it as read-only (``copy.deepcopy``
    it before changing it).
    """

    __slots__ = ()
    _schema: dict[str, object]


Vendor: TypeAlias = Literal["openai_chat", "openai_responses", "anthropic"]
"""The format a tool call came in, and so the format its result goes back in."""


class ToolSpecError(ParagonError, ValueError):
    """A tool that cannot be put in the requested format (bad name, schema, or strict refusal)."""


class ToolCallFormatError(ParagonError, ValueError):
    """A model's tool call that is not one this module can read.

    ``vendor`` and ``call_id`` are set when the envelope was readable but its contents were
    not (arguments that are not a JSON object, say): the call can then still be answered with
    an error result, so that the model may try again. Messages never quote the arguments. A
    ``ParagonError`` (and a ``ValueError``), like every error the client raises on purpose.
    """

    def __init__(
        self, message: str, *, vendor: Vendor | None = None, call_id: str | None = None
    ) -> None:
        super().__init__(message)
        self.vendor = vendor
        self.call_id = call_id


@dataclass(frozen=True)
class ToolCall:
    """A model's call of a function tool, whatever vendor's format it came in.

    ``id`` is the id the result must quote (``tool_call_id``, ``call_id`` or ``tool_use_id``).
    ``arguments`` is excluded from the hash (a dict has none), not from equality.
    """

    vendor: Vendor
    id: str
    name: str
    arguments: dict[str, object] = field(hash=False)

    def __post_init__(self) -> None:
        # A ToolCall made by hand decides the result's format: catch a misspelt vendor here
        # rather than answering in the wrong one.
        if self.vendor not in _VENDOR_LABELS:
            raise ValueError(
                f"unknown vendor {self.vendor!r}; the vendors are: {', '.join(_VENDOR_LABELS)}"
            )


# The returned shapes. They mirror the vendors' own parameter types (the tests validate them
# against those), so that an SDK call accepts them as they are.


class OpenAIFunctionDefinition(TypedDict):
    """The ``function`` of a Chat Completions function tool."""

    name: str
    description: str
    parameters: dict[str, object]
    strict: NotRequired[bool]


class OpenAIChatTool(TypedDict):
    """A Chat Completions function tool: ``tools=[...]`` of ``chat.completions.create``."""

    type: Literal["function"]
    function: OpenAIFunctionDefinition


class OpenAIResponsesTool(TypedDict):
    """A Responses API function tool: ``tools=[...]`` of ``responses.create``."""

    type: Literal["function"]
    name: str
    description: str
    parameters: dict[str, object]
    strict: bool


class AnthropicTool(TypedDict):
    """An Anthropic Messages API tool: ``tools=[...]`` of ``messages.create``."""

    name: str
    description: str
    input_schema: dict[str, object]


class MCPTool(TypedDict):
    """An MCP tool description, one of the ``tools`` of a ``tools/list`` result (wire names)."""

    name: str
    description: str
    inputSchema: dict[str, object]  # MCP's wire name, camelCase


class OpenAIChatToolMessage(TypedDict):
    """A Chat Completions ``tool`` message, answering one tool call."""

    role: Literal["tool"]
    tool_call_id: str
    content: str


class OpenAIFunctionCallOutput(TypedDict):
    """A Responses API ``function_call_output`` input item, answering one ``function_call``."""

    type: Literal["function_call_output"]
    call_id: str
    output: str


class AnthropicToolResult(TypedDict):
    """An Anthropic ``tool_result`` content block; it goes inside a user message."""

    type: Literal["tool_result"]
    tool_use_id: str
    content: str
    is_error: NotRequired[bool]


class AnthropicUserMessage(TypedDict):
    """An Anthropic user message carrying tool results."""

    role: Literal["user"]
    content: list[AnthropicToolResult]


ToolResultMessage: TypeAlias = (
    OpenAIChatToolMessage | OpenAIFunctionCallOutput | AnthropicToolResult
)
"""What ``tool_result_message`` returns: the shape of the vendor the call came from."""

Runner: TypeAlias = Callable[[str, dict[str, object]], object]
"""Runs a tool: ``runner(name, arguments)`` returns its output (JSON data)."""

AsyncRunner: TypeAlias = Callable[[str, dict[str, object]], Awaitable[object]]
"""``Runner`` for ``arun_tool_call``: returns an awaitable of the output."""

DEFAULT_ERRORS: Final[tuple[type[BaseException], ...]] = (ParagonError, ToolCallFormatError)
"""The exceptions ``run_tool_call`` reports to the model instead of raising, by default.

``ParagonError`` covers what Paragon or the integration refused (a 404, a 422, an integration
the user has not connected): the model can often recover from those. ``ToolCallFormatError``
covers arguments the model garbled. Anything else is a bug or an outage and propagates.
"""

# Tool names each vendor accepts. OpenAI's rule is in its SDK's ``FunctionDefinition``
# docstring; Anthropic's API answers a name outside its pattern with a 400; MCP (2025-11-25)
# says names SHOULD match its pattern, and clients drop or reject tools whose names do not.
_OPENAI_NAME: Final = re.compile(r"[A-Za-z0-9_-]{1,64}")
_ANTHROPIC_NAME: Final = re.compile(r"[A-Za-z0-9_-]{1,128}")
_MCP_NAME: Final = re.compile(r"[A-Za-z0-9_.-]{1,128}")

_VENDOR_LABELS: Final[Mapping[Vendor, str]] = {
    "openai_chat": "OpenAI Chat Completions tool call",
    "openai_responses": "OpenAI Responses function_call",
    "anthropic": "Anthropic tool_use block",
}


# ---------------------------------------------------------------------------------------------
# Tool descriptions


@overload
def to_openai(
    tool: ToolSpec, *, api: Literal["chat"] = "chat", strict: bool = False
) -> OpenAIChatTool: ...
@overload
def to_openai(
    tool: ToolSpec, *, api: Literal["responses"], strict: bool = False
) -> OpenAIResponsesTool: ...
def to_openai(
    tool: ToolSpec, *, api: Literal["chat", "responses"] = "chat", strict: bool = False
) -> OpenAIChatTool | OpenAIResponsesTool:
    """The OpenAI function tool for ``tool``, for Chat Completions or the Responses API.

    Chat Completions: ``{"type": "function", "function": {"name", "description",
    "parameters"}}``, with ``"strict": true`` in ``function`` only when asked for. Responses:
    ``{"type": "function", "name", "description", "parameters", "strict"}``; ``strict`` is
    always sent (the SDK's type requires it), so ``strict=False`` really turns it off.

    ``parameters`` is the tool's own schema dict when ``tool`` is a ``PlainSchemaTool`` (the
    client's ``Tool``): the returned dict shares it with the tool and with every other dict
    made from it, so treat it as read-only (``copy.deepcopy`` it before changing it). Any
    other tool's schema is copied into plain dicts and lists, checking every value.

    With ``strict=True`` the schema is rewritten to the rules OpenAI documents for strict mode
    (Structured Outputs), in a copy of its own, whatever the tool:

    - every object schema gets ``additionalProperties: false``;
    - every property becomes required, and a property that was optional becomes nullable
      (``"type": ["string", "null"]``, ``null`` added to an ``enum``, else
      ``{"anyOf": [schema, {"type": "null"}]}``), since strict mode has no optional keys.

    The model then sends ``null`` for an argument it means to leave out: pass its arguments
    through ``drop_strict_nulls`` with the original ``parameters`` before sending them on.
    Schemas whose meaning strict mode cannot express are refused with ``ToolSpecError`` rather
    than silently narrowed: an object open to unnamed keys (``additionalProperties`` true or a
    schema, ``patternProperties``) or a nested object that names no ``properties``. Keywords
    strict mode may not support otherwise are left for OpenAI to judge.

    Raises ``ToolSpecError`` for a name outside ``[A-Za-z0-9_-]{1,64}``, a schema that is not
    an object schema or not JSON, or a strict refusal; ``ValueError`` for an unknown ``api``.
    """
    if api not in ("chat", "responses"):
        raise ValueError(f"api must be 'chat' or 'responses', not {api!r}")
    name = _checked_name(tool, _OPENAI_NAME, "OpenAI function names", "[A-Za-z0-9_-], 1 to 64")
    parameters = _object_schema(tool, own=strict)
    if strict:
        parameters = _strict_schema(parameters, name)
    if api == "responses":
        return {
            "type": "function",
            "name": name,
            "description": tool.description,
            "parameters": parameters,
            "strict": strict,
        }
    function: OpenAIFunctionDefinition = {
        "name": name,
        "description": tool.description,
        "parameters": parameters,
    }
    if strict:
        function["strict"] = True
    return {"type": "function", "function": function}


def to_anthropic(tool: ToolSpec) -> AnthropicTool:
    """The Anthropic tool for ``tool``: ``{"name", "description", "input_schema"}``.

    ``input_schema`` is shared with a ``PlainSchemaTool`` as ``to_openai``'s ``parameters`` is,
    copied from any other tool.

    Raises ``ToolSpecError`` for a name outside ``[A-Za-z0-9_-]{1,128}`` or a schema that is
    not an object schema (Anthropic requires ``type: "object"`` at the root) or not JSON.
    """
    name = _checked_name(tool, _ANTHROPIC_NAME, "Anthropic tool names", "[A-Za-z0-9_-], 1 to 128")
    return {"name": name, "description": tool.description, "input_schema": _object_schema(tool)}


def to_mcp(tool: ToolSpec) -> MCPTool:
    """The MCP tool description for ``tool``: ``{"name", "description", "inputSchema"}``.

    The keys are MCP's wire names, ready for a ``tools/list`` result. ``inputSchema`` is
    shared with a ``PlainSchemaTool`` as ``to_openai``'s ``parameters`` is, copied from any
    other tool. ``title`` and
    ``annotations`` are left out: ActionKit gives no display title, and guessing hints such as
    ``readOnlyHint`` from a tool's name would tell clients something nobody checked.

    Raises ``ToolSpecError`` for a name outside ``[A-Za-z0-9_.-]{1,128}`` (the MCP
    specification's rule) or a schema that is not an object schema or not JSON.
    """
    name = _checked_name(tool, _MCP_NAME, "MCP tool names", "[A-Za-z0-9_.-], 1 to 128")
    return {"name": name, "description": tool.description, "inputSchema": _object_schema(tool)}


def _checked_name(tool: ToolSpec, pattern: re.Pattern[str], whose: str, rule: str) -> str:
    name = tool.name
    if not isinstance(name, str) or pattern.fullmatch(name) is None:
        raise ToolSpecError(f"tool name {name!r} is not allowed: {whose} are {rule} characters")
    return name


def _object_schema(tool: ToolSpec, *, own: bool = False) -> dict[str, object]:
    """The tool's schema as a plain dict, which must be an object schema.

    A ``PlainSchemaTool``'s own dict, unless ``own`` asks for a copy to change; else a copy,
    every value checked.
    """
    schema: object
    if not own and isinstance(tool, PlainSchemaTool):
        schema = tool._schema
    else:
        schema = _plain(tool.parameters, "parameters", ToolSpecError)
    if not isinstance(schema, dict) or not _is_object_schema(schema):
        raise ToolSpecError(
            f'the parameters of tool {tool.name!r} must be a JSON Schema with "type": "object"'
        )
    return schema


def _is_object_schema(schema: Mapping[str, object]) -> bool:
    kind = schema.get("type")
    return kind == "object" or (isinstance(kind, list) and "object" in kind)


# ---------------------------------------------------------------------------------------------
# OpenAI strict mode


def _strict_schema(schema: dict[str, object], tool_name: str) -> dict[str, object]:
    """``schema`` (a fresh copy, changed in place) rewritten for OpenAI's strict mode."""
    if "properties" not in schema:
        # A root without properties is a tool without arguments, not an open map.
        schema["properties"] = {}
    _make_strict(schema, "#", tool_name)
    return schema


def _make_strict(schema: object, where: str, tool_name: str) -> None:
    if not isinstance(schema, dict):
        return  # a boolean schema, or something strict mode will judge itself
    if _is_object_schema(schema) or "properties" in schema:
        _close_object(schema, where, tool_name)
    for keyword in ("$defs", "definitions"):
        defs = schema.get(keyword)
        if isinstance(defs, dict):
            for key, sub in defs.items():
                _make_strict(sub, f"{where}/{keyword}/{key}", tool_name)
    items = schema.get("items")
    if isinstance(items, dict):
        _make_strict(items, f"{where}/items", tool_name)
    for keyword in ("prefixItems", "anyOf", "oneOf", "allOf"):
        branches = schema.get(keyword)
        if isinstance(branches, list):
            for index, sub in enumerate(branches):
                _make_strict(sub, f"{where}/{keyword}/{index}", tool_name)


def _close_object(schema: dict[str, object], where: str, tool_name: str) -> None:
    def refuse(why: str) -> ToolSpecError:
        return ToolSpecError(
            f"tool {tool_name!r} cannot use OpenAI strict mode: the object at {where} {why}; "
            "strict mode allows only declared keys (use strict=False for this tool)"
        )

    if schema.get("additionalProperties", False) is not False:
        raise refuse("accepts undeclared keys (additionalProperties)")
    if "patternProperties" in schema:
        raise refuse("accepts keys by pattern (patternProperties)")
    properties = schema.get("properties")
    if not isinstance(properties, dict):
        raise refuse("declares no properties, so it is a free-form object")
    required = schema.get("required")
    was_required = set(required) if isinstance(required, list) else set()
    for key, sub in properties.items():
        _make_strict(sub, f"{where}/properties/{key}", tool_name)
        if key not in was_required and not _accepts_null(sub):
            properties[key] = _nullable(sub)
    schema["additionalProperties"] = False
    schema["required"] = list(properties)


def _accepts_null(schema: object) -> bool:
    """Whether ``schema`` surely accepts ``null``; ``False`` when unsure (a ``$ref``, ...)."""
    if schema is True:
        return True
    if not isinstance(schema, dict):
        return False
    if "$ref" in schema or "allOf" in schema or "not" in schema:
        return False
    kind = schema.get("type")
    if kind is not None and kind != "null" and not (isinstance(kind, list) and "null" in kind):
        return False
    if "enum" in schema:
        enum = schema["enum"]
        return isinstance(enum, list) and None in enum
    if "const" in schema:
        return schema["const"] is None
    for keyword in ("anyOf", "oneOf"):
        branches = schema.get(keyword)
        if isinstance(branches, list) and not any(_accepts_null(b) for b in branches):
            return False
    return True


def _nullable(schema: object) -> object:
    if isinstance(schema, dict) and "const" not in schema and "$ref" not in schema:
        kind = schema.get("type")
        # The typed forms are what OpenAI's guide shows; anything else is wrapped in anyOf.
        if isinstance(kind, str | list) and all(isinstance(k, str) for k in _as_list(kind)):
            enum = schema.get("enum")
            if enum is None or isinstance(enum, list):
                widened = {**schema, "type": [*_as_list(kind), "null"]}
                if isinstance(enum, list) and None not in enum:
                    widened["enum"] = [*enum, None]
                return widened
    return {"anyOf": [schema, {"type": "null"}]}


def _as_list(kind: object) -> list[object]:
    return list(kind) if isinstance(kind, list) else [kind]


def drop_strict_nulls(
    arguments: Mapping[str, object], parameters: Mapping[str, object]
) -> dict[str, object]:
    """``arguments`` without the ``null`` values strict mode made the model send.

    Under ``to_openai(..., strict=True)`` every optional property is required and nullable,
    so the model writes ``null`` where it would have left a key out. This removes, in a copy,
    each ``null`` whose key the original ``parameters`` schema lists as optional and whose own
    schema does not accept ``null``, at the top level and in nested objects reached through
    ``properties`` and ``items`` (not through ``anyOf`` or ``$ref``, where the branch is
    unknown). Every other value is kept as it is.
    """
    return _drop_nulls(arguments, parameters)


def _drop_nulls(value: Mapping[str, object], schema: object) -> dict[str, object]:
    if not isinstance(schema, Mapping):
        return dict(value)
    properties = schema.get("properties")
    properties = properties if isinstance(properties, Mapping) else {}
    required = schema.get("required")
    required = required if isinstance(required, list) else []
    kept: dict[str, object] = {}
    for key, item in value.items():
        sub = properties.get(key)
        if item is None and key not in required and sub is not None and not _accepts_null(sub):
            continue
        kept[key] = _drop_nulls_in(item, sub)
    return kept


def _drop_nulls_in(value: object, schema: object) -> object:
    if isinstance(value, Mapping):
        return _drop_nulls(value, schema)
    if isinstance(value, list) and isinstance(schema, Mapping):
        items = schema.get("items")
        return [_drop_nulls_in(element, items) for element in value]
    return value


# ---------------------------------------------------------------------------------------------
# Tool calls


def parse_tool_call(call: object) -> ToolCall:
    """The ``ToolCall`` in a model's tool call, in any of the three formats.

    - OpenAI Chat Completions: ``{"id", "type": "function", "function": {"name",
      "arguments": "<JSON text>"}}``, one of an assistant message's ``tool_calls``;
    - OpenAI Responses: ``{"type": "function_call", "call_id", "name", "arguments":
      "<JSON text>"}``, an output item (its ``id`` is the item's, not the call's);
    - Anthropic: ``{"type": "tool_use", "id", "name", "input": {...}}``, a content block.

    ``call`` is a mapping, or an SDK object with ``model_dump()`` (the OpenAI and Anthropic
    SDKs' pydantic models), which is read through it. OpenAI ``arguments`` must be the JSON
    text of an object; empty text counts as ``{}`` (some OpenAI-compatible servers send it for
    a tool without arguments). JSON with ``NaN``/``Infinity`` or a repeated key is refused.

    Raises ``ToolCallFormatError`` (a ``ValueError``) for anything else, with ``vendor`` and
    ``call_id`` set when the call could still be answered.
    """
    data = _as_mapping(call)
    kind = data.get("type")
    if kind == "function":
        return _parse_openai_chat(data)
    if kind == "function_call":
        return _parse_openai_responses(data)
    if kind == "tool_use":
        return _parse_anthropic(data)
    if kind in ("custom", "custom_tool_call"):
        raise ToolCallFormatError(
            f"a {kind!r} tool call carries free text, not JSON arguments; "
            "only function tool calls are read"
        )
    if kind in ("server_tool_use", "mcp_tool_use", "mcp_call"):
        raise ToolCallFormatError(f"a {kind!r} call is run by the vendor's servers, not here")
    expected = (
        "expected 'function' (OpenAI Chat Completions), 'function_call' (OpenAI Responses) "
        "or 'tool_use' (Anthropic)"
    )
    if "type" not in data:
        raise ToolCallFormatError(f"the tool call has no 'type'; {expected}")
    raise ToolCallFormatError(f"unknown tool call type {kind!r}; {expected}")


def _as_mapping(call: object) -> Mapping[str, object]:
    if isinstance(call, Mapping):
        return call
    dump = getattr(call, "model_dump", None)
    if callable(dump):
        dumped = dump()
        if isinstance(dumped, Mapping):
            return dumped
        raise ToolCallFormatError(
            f"model_dump() of the {type(call).__name__} gave a {type(dumped).__name__}, "
            "not a mapping"
        )
    raise ToolCallFormatError(
        f"a tool call is a mapping or an SDK object with model_dump(), not a {type(call).__name__}"
    )


def _parse_openai_chat(data: Mapping[str, object]) -> ToolCall:
    vendor: Vendor = "openai_chat"
    call_id = _text_field(data, "id", vendor, None)
    function = data.get("function")
    if not isinstance(function, Mapping):
        raise _bad(vendor, call_id, f"'function' must be an object, not {_kind(function)}")
    name = _text_field(function, "name", vendor, call_id, where="function.")
    arguments = _json_arguments(function.get("arguments"), vendor, call_id, "function.arguments")
    return ToolCall(vendor, call_id, name, arguments)


def _parse_openai_responses(data: Mapping[str, object]) -> ToolCall:
    vendor: Vendor = "openai_responses"
    call_id = _text_field(data, "call_id", vendor, None)
    name = _text_field(data, "name", vendor, call_id)
    arguments = _json_arguments(data.get("arguments"), vendor, call_id, "arguments")
    return ToolCall(vendor, call_id, name, arguments)


def _parse_anthropic(data: Mapping[str, object]) -> ToolCall:
    vendor: Vendor = "anthropic"
    call_id = _text_field(data, "id", vendor, None)
    name = _text_field(data, "name", vendor, call_id)
    if "input" not in data:
        raise _bad(vendor, call_id, "'input' is missing")
    arguments = data["input"]
    if not isinstance(arguments, Mapping) or not all(isinstance(k, str) for k in arguments):
        raise _bad(vendor, call_id, f"'input' must be a JSON object, not {_kind(arguments)}")
    return ToolCall(vendor, call_id, name, dict(arguments))


def _text_field(
    data: Mapping[str, object],
    key: str,
    vendor: Vendor,
    call_id: str | None,
    *,
    where: str = "",
) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value:
        what = "is missing" if value is None else f"must be a non-empty string, not {_kind(value)}"
        raise _bad(vendor, call_id, f"'{where}{key}' {what}")
    return value


def _json_arguments(raw: object, vendor: Vendor, call_id: str, where: str) -> dict[str, object]:
    if not isinstance(raw, str):
        what = "is missing" if raw is None else f"must be JSON text, not {_kind(raw)}"
        raise _bad(vendor, call_id, f"'{where}' {what}")
    if not raw.strip():
        return {}
    try:
        parsed = json.loads(raw, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        # The position, not the text: arguments may carry a user's data.
        raise _bad(
            vendor,
            call_id,
            f"'{where}' is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})",
        ) from None
    except ValueError as exc:
        raise _bad(vendor, call_id, f"'{where}' {exc}") from None
    except RecursionError:
        raise _bad(vendor, call_id, f"'{where}' is nested too deeply") from None
    if not isinstance(parsed, dict):
        raise _bad(vendor, call_id, f"'{where}' must be a JSON object, not {_kind(parsed)}")
    return parsed


def _unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result = dict(pairs)
    if len(result) != len(pairs):
        # Which of two values the tool would get depends on the parser: refuse the ambiguity.
        counts = Counter(key for key, _ in pairs)
        repeated = sorted(key for key, count in counts.items() if count > 1)
        raise ValueError(f"repeats the key(s) {', '.join(map(repr, repeated))}")
    return result


def _no_constant(name: str) -> object:
    raise ValueError(f"has {name}, which is not JSON")


def _bad(vendor: Vendor, call_id: str | None, problem: str) -> ToolCallFormatError:
    label = _VENDOR_LABELS[vendor]
    subject = f"{label} {call_id!r}" if call_id else label
    return ToolCallFormatError(f"{subject}: {problem}", vendor=vendor, call_id=call_id)


def _kind(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    for kind, label in names.items():
        if isinstance(value, kind):
            return label
    if isinstance(value, int | float):
        return "a number"
    return f"a {type(value).__name__}"


# ---------------------------------------------------------------------------------------------
# Results


def tool_result_message(
    call: ToolCall, output: object, *, is_error: bool = False
) -> ToolResultMessage:
    """The message answering ``call`` with ``output``, in the format ``call`` came in.

    - OpenAI Chat Completions: ``{"role": "tool", "tool_call_id", "content": "<JSON>"}``, a
      message of its own after the assistant message that made the call;
    - OpenAI Responses: ``{"type": "function_call_output", "call_id", "output": "<JSON>"}``,
      an input item of the next request;
    - Anthropic: ``{"type": "tool_result", "tool_use_id", "content": "<JSON>"}``, plus
      ``"is_error": true`` for an error. A result block is not a message: it goes inside a
      ``{"role": "user", "content": [...]}`` message, with the results of every call of the
      same assistant turn and before any text; ``anthropic_user_message`` builds it.

    ``output`` is JSON data (dicts with string keys, lists, tuples, strings, numbers, booleans,
    ``None``), serialised canonically: sorted keys, no spaces, ``ensure_ascii=False``. With
    ``is_error=True`` the content is ``{"error": output}`` for every vendor, since OpenAI has
    no error flag and the model should see the same thing from all three.

    Raises ``TypeError`` for a value that is not JSON (its path is in the message, e.g.
    ``output["items"][2]``), ``ValueError`` for NaN or an infinity.
    """
    text = _json_text({"error": output} if is_error else output)
    if call.vendor == "openai_chat":
        return {"role": "tool", "tool_call_id": call.id, "content": text}
    if call.vendor == "openai_responses":
        return {"type": "function_call_output", "call_id": call.id, "output": text}
    block: AnthropicToolResult = {"type": "tool_result", "tool_use_id": call.id, "content": text}
    if is_error:
        block["is_error"] = True
    return block


def anthropic_user_message(results: Iterable[ToolResultMessage]) -> AnthropicUserMessage:
    """The Anthropic user message carrying ``results``, one block per call of the last turn.

    Anthropic wants the results of every ``tool_use`` block of an assistant turn together in
    the next user message; build them with ``tool_result_message`` or ``run_tool_call`` and pass
    them here in one go. Raises ``ValueError`` when there are none or one is not an Anthropic
    ``tool_result`` block (an OpenAI result passed here by mistake, say).
    """
    blocks: list[AnthropicToolResult] = []
    for result in results:
        if not _is_anthropic_result(result):
            shape = result.get("type", result.get("role"))
            raise ValueError(f"not an Anthropic tool_result block, but a {shape!r} message")
        blocks.append(result)
    if not blocks:
        raise ValueError("an Anthropic user message needs at least one tool_result block")
    return {"role": "user", "content": blocks}


def _is_anthropic_result(result: ToolResultMessage) -> TypeGuard[AnthropicToolResult]:
    return isinstance(result, Mapping) and result.get("type") == "tool_result"


def _json_text(output: object) -> str:
    plain = _plain(output, "output", None)
    return json.dumps(
        plain, ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False
    )


def _plain(
    value: object, path: str, error: type[ValueError] | None, _active: frozenset[int] = frozenset()
) -> object:
    """``value`` as plain JSON data (dicts, lists, scalars), else an error naming its path.

    ``error`` is the class raised for every problem; ``None`` means the built-ins (``TypeError``
    for a type that is not JSON, ``ValueError`` for a non-finite number).
    """

    def fail(kind: type[Exception], message: str) -> Exception:
        return (error or kind)(message)

    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise fail(ValueError, f"{path} is {value!r}, which JSON cannot represent")
        return value
    if isinstance(value, Mapping | list | tuple):
        if id(value) in _active:
            raise fail(ValueError, f"{path} contains itself, which JSON cannot represent")
        active = _active | {id(value)}
        if isinstance(value, Mapping):
            result: dict[str, object] = {}
            for key, item in value.items():
                if not isinstance(key, str):
                    raise fail(TypeError, f"{path} has the key {key!r}: JSON keys are strings")
                result[key] = _plain(item, f"{path}[{key!r}]", error, active)
            return result
        return [_plain(item, f"{path}[{i}]", error, active) for i, item in enumerate(value)]
    raise fail(
        TypeError,
        f"{path} is a {type(value).__module__}.{type(value).__qualname__}, which is not JSON; "
        "convert it to dicts, lists, strings, numbers, booleans or None first",
    )


# ---------------------------------------------------------------------------------------------
# The loop step: parse, run, answer. The two drivers below share every step but the call of
# the runner, which is the only thing that differs between sync and async.


def run_tool_call(
    call: object, runner: Runner, *, errors: tuple[type[BaseException], ...] = DEFAULT_ERRORS
) -> ToolResultMessage:
    """Parse ``call``, run it as ``runner(name, arguments)``, and return the result message.

    The result is in the format ``call`` came in (see ``tool_result_message``). An exception
    of one of ``errors`` (default ``DEFAULT_ERRORS``: ``ParagonError`` and
    ``ToolCallFormatError``) becomes an error result whose content is
    ``{"error": "<ExceptionType>: <str(exception)>"}`` -- the exception's type and message
    only, never its attributes, request, response or traceback; other exceptions propagate.
    Pass ``errors=(Exception,)`` to report everything to the model, ``errors=()`` for none.

    A call whose envelope is readable but whose arguments are not (not JSON, not an object)
    is answered with an error result when ``ToolCallFormatError`` is among ``errors``, so that
    the model can try again; a call that cannot be answered at all (no id, unknown format)
    always raises ``ToolCallFormatError``. An output that is not JSON raises (see
    ``tool_result_message``): that is the runner's bug, not the model's.
    """
    parsed = parse_or_error_result(call, errors)
    if not isinstance(parsed, ToolCall):
        return parsed
    try:
        output = runner(parsed.name, parsed.arguments)
    except errors as exc:
        return error_result(parsed.vendor, parsed.id, exc)
    return tool_result_message(parsed, output)


async def arun_tool_call(
    call: object, runner: AsyncRunner, *, errors: tuple[type[BaseException], ...] = DEFAULT_ERRORS
) -> ToolResultMessage:
    """``run_tool_call`` for a runner that returns an awaitable (an ``async def``, say)."""
    parsed = parse_or_error_result(call, errors)
    if not isinstance(parsed, ToolCall):
        return parsed
    try:
        output = await runner(parsed.name, parsed.arguments)
    except errors as exc:
        return error_result(parsed.vendor, parsed.id, exc)
    return tool_result_message(parsed, output)


def parse_or_error_result(
    call: object, errors: tuple[type[BaseException], ...]
) -> ToolCall | ToolResultMessage:
    """The parsed call, or the error result for arguments the model garbled.

    The first step of ``run_tool_call``, for a driver of its own (``paragon.tools.call`` runs
    the tool as a plan): a ``ToolCall`` to run, or the ``ToolResultMessage`` answering a call
    whose arguments could not be read, when ``ToolCallFormatError`` is among ``errors``.
    Raises ``ToolCallFormatError`` for a call that cannot be answered at all.
    """
    try:
        return parse_tool_call(call)
    except ToolCallFormatError as exc:
        if exc.vendor is None or exc.call_id is None or not isinstance(exc, errors):
            raise
        return error_result(exc.vendor, exc.call_id, exc)


def error_result(vendor: Vendor, call_id: str, exc: BaseException) -> ToolResultMessage:
    """The error result answering call ``call_id`` with ``exc``: its type and message only."""
    # A ToolCall needs a name, but no result message carries one: an empty name will do.
    message = str(exc)
    described = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    return tool_result_message(ToolCall(vendor, call_id, "", {}), described, is_error=True)
