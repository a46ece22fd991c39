"""``paragon.tools`` and ``paragon.triggers``: ActionKit for AI agents, and the types they return.

``Tool`` is one ActionKit tool as a model calls it: its name, description, the JSON Schema of
its arguments and its integration, with ``to_openai`` / ``to_anthropic`` / ``to_mcp`` to hand it
to a model (``_tool_formats`` does the format work). ``Trigger`` is one event a user can be
subscribed to.

The namespaces are shells over the plans of ``_core.actionkit``, each method bound once
(``Bound``) for both clients: ``Tools`` and ``Triggers`` block, ``AsyncTools`` and
``AsyncTriggers`` are awaited. A client makes its namespace when the attribute is first read
(``Namespace`` in ``_binding``), which is also when this module is imported: ``import
paragon_connect`` does not load it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, ClassVar, Literal, overload

from paragon_connect_api.errors import describe

from ._binding import Bound, Shell
from ._core import Core
from ._core.actionkit import ActionKitPlans
from ._tool_formats import PlainSchemaTool, ToolSpecError, _plain, to_anthropic, to_mcp, to_openai

if TYPE_CHECKING:
    from paragon_connect_api.models.function_tool import FunctionTool
    from paragon_connect_api.models.paragon_input import ParagonInput
    from paragon_connect_api.models.trigger_definition import TriggerDefinition

    from ._tool_formats import AnthropicTool, MCPTool, OpenAIChatTool, OpenAIResponsesTool
    from ._types import JsonValue

__all__ = ["AsyncTools", "AsyncTriggers", "Tool", "Tools", "Trigger", "Triggers"]


@dataclass(frozen=True, slots=True)
class Tool(PlainSchemaTool):
    """One ActionKit tool, as a model calls it (``paragon.tools.list()`` gives them).

    ``name`` is what the model calls and ``run`` takes (``SLACK_SEND_MESSAGE``);
    ``description`` is written for the model to choose the tool; ``parameters`` is the JSON
    Schema of the arguments (an object schema, with the user's own fields where the tool has
    them), a read-only view: copy it (``copy.deepcopy(dict(tool.parameters))``) to change it;
    ``integration`` is the integration type (``slack``). Two tools are equal when all four are;
    the hash leaves the schema out.

    ``Tool(...)`` takes the schema as any mapping of JSON values and keeps a checked copy in
    plain dicts and lists (``ToolSpecError`` names a value that is not JSON); the tools of
    ``paragon.tools.list()`` keep the JSON Paragon sent, as decoded. Either way the dicts
    ``to_openai`` (but for strict mode), ``to_anthropic`` and ``to_mcp`` return share that
    schema instead of copying it: treat them as read-only too.
    """

    name: str
    description: str
    parameters: Mapping[str, JsonValue] = field(hash=False, repr=False)
    integration: str
    # What ``parameters`` shows read-only: the dict the adapters share (``PlainSchemaTool``).
    _schema: dict[str, object] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Made by hand: copied and checked once, so that the adapters can share the copy as
        # they share a decoded schema, and nothing the caller keeps can change the tool.
        schema = _plain(self.parameters, "parameters", ToolSpecError)
        if not isinstance(schema, dict):
            raise ToolSpecError(
                f"the parameters of tool {self.name!r} must be a mapping (a JSON Schema), "
                f"got {type(self.parameters).__name__}"
            )
        object.__setattr__(self, "_schema", schema)
        object.__setattr__(self, "parameters", MappingProxyType(schema))

    @classmethod
    def from_model(cls, definition: FunctionTool, integration: str) -> Tool:
        """The tool of one ``json_schema`` definition of listTools, under its integration.

        The schema is the JSON object the definition was decoded from, kept as it is (neither
        copied nor checked again); ``ToolSpecError`` when it is not a JSON object.
        """
        function = definition.function
        schema = function.parameters
        if type(schema) is not dict:
            raise ToolSpecError(
                f"the parameters of tool {function.name!r} must be a JSON object (a JSON "
                f"Schema), not {describe(schema)}"
            )
        return decoded_tool(function.name, function.description, schema, integration)

    @overload
    def to_openai(
        self, *, api: Literal["chat"] = "chat", strict: bool = False
    ) -> OpenAIChatTool: ...
    @overload
    def to_openai(
        self, *, api: Literal["responses"], strict: bool = False
    ) -> OpenAIResponsesTool: ...
    def to_openai(
        self, *, api: Literal["chat", "responses"] = "chat", strict: bool = False
    ) -> OpenAIChatTool | OpenAIResponsesTool:
        """The OpenAI function tool: ``tools=[...]`` of Chat Completions, or of the Responses API.

        ``strict=True`` rewrites the schema for OpenAI's strict mode (every property required,
        optional ones nullable); then pass ``strict=True`` to ``paragon.tools.call`` as well,
        which drops the ``null`` values the model sends for arguments it leaves out. See
        ``paragon_connect._tool_formats.to_openai`` for the rules and what is refused.
        """
        if api == "responses":
            return to_openai(self, api="responses", strict=strict)
        return to_openai(self, api=api, strict=strict)

    def to_anthropic(self) -> AnthropicTool:
        """The Anthropic tool: ``{"name", "description", "input_schema"}``."""
        return to_anthropic(self)

    def to_mcp(self) -> MCPTool:
        """The MCP tool description: ``{"name", "description", "inputSchema"}`` (wire names)."""
        return to_mcp(self)


_new = object.__new__
# The slots' own setters: a frozen dataclass refuses plain assignment, and these skip the
# attribute lookup object.__setattr__ makes for each of them (a listing makes hundreds).
_set_name = Tool.__dict__["name"].__set__
_set_description = Tool.__dict__["description"].__set__
_set_parameters = Tool.__dict__["parameters"].__set__
_set_integration = Tool.__dict__["integration"].__set__
_set_schema = Tool.__dict__["_schema"].__set__


def decoded_tool(
    name: str, description: str, schema: dict[str, JsonValue], integration: str
) -> Tool:
    """A ``Tool`` over ``schema`` as a JSON decoder made it: kept, neither copied nor checked.

    What ``paragon.tools.list()`` makes its tools with (``_core.actionkit.tools_from_list``):
    ``Tool(...)`` would copy each schema, checking every value, which costs more than decoding
    it. Only for a dict fresh from a JSON decoder, which nothing else holds on to. (Python's
    decoder also reads NaN and Infinity, which are not JSON and which no JSON encoder writes;
    httpx refuses to send them, as the vendors' SDKs would.)
    """
    tool = _new(Tool)
    _set_name(tool, name)
    _set_description(tool, description)
    _set_parameters(tool, MappingProxyType(schema))
    _set_integration(tool, integration)
    _set_schema(tool, schema)
    return tool


@dataclass(frozen=True, slots=True)
class Trigger:
    """One ActionKit trigger: an event in a provider a user can be subscribed to.

    ``name`` is the trigger's type, which a subscription names (``HUBSPOT_RECORD_CREATED``);
    ``title`` and ``description`` are for people; ``integration`` is the integration type;
    ``trigger_model`` says how Paragon learns of the events (``POLLING`` or ``WEBHOOK``; a
    newer value comes as it is); ``inputs`` are the inputs of a subscription, in Paragon's
    format (``ParagonInput``: ``id``, ``type``, ``title`` or ``label``, ``required``, ...).
    """

    name: str
    title: str
    description: str
    integration: str
    trigger_model: str
    inputs: tuple[ParagonInput, ...] = field(default=(), hash=False, repr=False)

    @classmethod
    def from_model(cls, definition: TriggerDefinition, integration: str) -> Trigger:
        """The trigger of one definition of listTriggers, under its integration."""
        return cls(
            name=definition.type_,
            title=definition.title,
            description=definition.description,
            integration=integration,
            trigger_model=str(definition.trigger_model),
            inputs=tuple(definition.parameters),
        )


class _Namespace(Shell[Core]):
    """What every namespace shell holds: the core whose plans it runs, and how to run them."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class _ToolsShell(_Namespace):
    """``paragon.tools``: each method written once, as a plan of ``ActionKitPlans``."""

    list = Bound(ActionKitPlans.list_tools)
    list_paragon = Bound(ActionKitPlans.list_paragon_tools)
    get = Bound(ActionKitPlans.get_tool)
    run = Bound(ActionKitPlans.run_tool)
    call = Bound(ActionKitPlans.call_tool)


class Tools(_ToolsShell):
    """ActionKit's tools for the Connected User (``Paragon().tools``): blocking."""

    _asynchronous: ClassVar[Literal[False]] = False


class AsyncTools(_ToolsShell):
    """ActionKit's tools for the Connected User (``AsyncParagon().tools``): awaited."""

    _asynchronous: ClassVar[Literal[True]] = True


class _TriggersShell(_Namespace):
    """``paragon.triggers``: each method written once, as a plan of ``ActionKitPlans``."""

    list = Bound(ActionKitPlans.list_triggers)


class Triggers(_TriggersShell):
    """ActionKit's triggers for the Connected User (``Paragon().triggers``): blocking."""

    _asynchronous: ClassVar[Literal[False]] = False


class AsyncTriggers(_TriggersShell):
    """ActionKit's triggers for the Connected User (``AsyncParagon().triggers``): awaited."""

    _asynchronous: ClassVar[Literal[True]] = True
