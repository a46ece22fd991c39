"""The plans of ActionKit: the tools an AI agent runs for the Connected User, and the triggers.

ActionKit (the ``actionkit`` service) lists pre-built tools, like ``SLACK_SEND_MESSAGE``, each
with the JSON Schema of its arguments, and runs one with the user's account of its integration.
These plans are what ``paragon.tools`` and ``paragon.triggers`` run (``_tools`` binds them):

- ``list_tools`` reads the tools in the ``json_schema`` format as ``Tool`` objects, and
  ``list_paragon_tools`` in the ``paragon`` format (the inputs of a workflow builder's form);
- ``get_tool`` finds one tool, ``run_tool`` runs one, checking its arguments against the tool's
  schema before anything is sent, and ``call_tool`` takes a model's tool call (OpenAI or
  Anthropic) and answers it with the result message in the same vendor's shape;
- ``list_triggers`` reads the triggers a user can be subscribed to.

The catalogue: every ``list_tools`` remembers the tools it read in the session
(``Session.tool_catalogue``), and ``get_tool`` and validated runs look tools up there. A name
the catalogue lacks makes them read the whole catalogue, once: after a complete read, a name
still missing is a ``ToolNotFoundError`` without another request. The catalogue belongs to the
token it was read with, so ``authenticate`` starts a new one; ``list_tools`` (or
``get_tool(name, refresh=True)``) reads it again, after the user connects an integration, say.

Validation uses the ``jsonschema`` library (imported on the first validated run) with an empty
``referencing`` registry: a ``$ref`` outside the tool's own schema is never fetched, since a plan
does no I/O. ``format`` is an annotation, as JSON Schema 2020-12 says by default, not a check.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from paragon_connect_api import calls
from paragon_connect_api.types import Unset

from .._exceptions import APIError, ToolArgumentProblem, ToolArgumentsError, ToolNotFoundError
from .._tokens import Secret
from .._types import JsonValue
from .._validation import (
    check_bool,
    check_integration_type,
    check_json_object,
    check_non_empty_str,
)
from ._base import CoreBase, Plan, logger, optional_selector, or_unset, perform

if TYPE_CHECKING:
    from collections.abc import Callable

    from jsonschema.exceptions import ValidationError
    from jsonschema.protocols import Validator
    from paragon_connect_api.calls import Call
    from paragon_connect_api.models.catalog_error import CatalogError
    from paragon_connect_api.models.function_tool import FunctionTool
    from paragon_connect_api.models.paragon_tool import ParagonTool
    from paragon_connect_api.models.tool_format import ToolFormat
    from paragon_connect_api.models.tool_list import ToolList
    from paragon_connect_api.models.tools_by_integration import ToolsByIntegration

    from .._tool_formats import ToolResultMessage
    from .._tools import Tool, Trigger

    # Checks one name of a filter: (value, what to call it in a message) -> the name.
    _Check = Callable[[object, str], str]

__all__ = ["ActionKitPlans", "ToolCatalogue"]

# Integration categories as the spec's IntegrationCategoryList spells them.
_CATEGORY: Final = re.compile(r"[A-Za-z0-9_-]+")
# How much of a schema's own value (an enum's members, a pattern) a problem's message quotes.
_QUOTED: Final = 120


@dataclass(eq=False)
class ToolCatalogue:
    """The tools the session has read, by name, and what validating their arguments needs.

    ``token`` is the user token the tools were read with (compared by identity: a new
    ``authenticate`` makes a new one). ``complete`` says that a read of every tool of the user
    filled it, so that a name it lacks does not exist for them. ``validators`` keeps each
    tool's compiled schema, with the tool it was compiled from.
    """

    token: Secret
    tools: dict[str, Tool] = field(default_factory=dict)
    complete: bool = False
    validators: dict[str, tuple[Tool, Validator]] = field(default_factory=dict)


class ActionKitPlans(CoreBase):
    """ActionKit's tools and triggers, for the Connected User."""

    def list_tools(
        self,
        *,
        integrations: str | Sequence[str] | None = None,
        categories: str | Sequence[str] | None = None,
        available_only: bool = True,
    ) -> Plan[list[Tool]]:
        """The ActionKit tools the Connected User can run, ready to hand to a model.

        ``integrations`` keeps the tools of these integration types (``["slack", "jira"]``),
        ``categories`` those of integrations in these categories (``["crm"]``); either may be
        one string. ``available_only=False`` lists the tools of every integration of the
        project, connected or not (to show what connecting would give). Integrations whose
        tools Paragon could not load are logged (``paragon_connect`` logger) and left out, as
        is a tool whose ``parameters`` are not an object schema (no model could call it).

        Each call reads the list and updates the session's catalogue, which ``get`` and
        validated runs look tools up in.
        """
        query = _list_query(integrations, categories, available_only)
        project_id, _ = self._require_user()
        from paragon_connect_api.models.tool_format import ToolFormat

        listed = yield from perform(query.call(project_id, ToolFormat.JSON_SCHEMA))
        tools = tools_from_list(listed)
        # Only a read of every tool, none failing, tells that a name missing from it is unknown.
        whole = integrations is None and categories is None and not _catalog_errors(listed)
        self._remember(tools, replace=whole)
        return tools

    def list_paragon_tools(
        self,
        *,
        integrations: str | Sequence[str] | None = None,
        categories: str | Sequence[str] | None = None,
        available_only: bool = True,
    ) -> Plan[dict[str, list[ParagonTool]]]:
        """The tools in Paragon's own format, by integration type, for a workflow builder's UI.

        Each ``ParagonTool`` has a ``title`` and ``inputs`` to render as a form (dropdowns,
        text areas, ...); polymorphic tools stay whole, their variants under
        ``dependentInputs``. Any of these names can be run (``run(..., validate=False)``: the
        catalogue holds the ``json_schema`` names). The filters are ``list``'s.
        """
        query = _list_query(integrations, categories, available_only)
        project_id, _ = self._require_user()
        from paragon_connect_api.models.paragon_tool import ParagonTool
        from paragon_connect_api.models.tool_format import ToolFormat

        listed = yield from perform(query.call(project_id, ToolFormat.PARAGON))
        by_integration: dict[str, list[ParagonTool]] = {}
        for integration, definitions in _tools_by_integration(listed).items():
            chosen: list[ParagonTool] = []
            for index, definition in enumerate(definitions):
                if not isinstance(definition, ParagonTool):
                    _skip_other_format(integration, index, "paragon")
                    continue
                chosen.append(definition)
            by_integration[integration] = chosen
        return by_integration

    def get_tool(self, name: str, *, refresh: bool = False) -> Plan[Tool]:
        """One tool, by the name a model calls it (``SLACK_SEND_MESSAGE``).

        Looked up in the session's catalogue, which is read first when it lacks the name (once:
        a complete catalogue is not read again for another unknown name) or when ``refresh``.
        Raises ``ToolNotFoundError`` when the user has no such tool.
        """
        tool_name = check_non_empty_str(name, "name")
        again = check_bool(refresh, "refresh")
        self._require_user()
        return (yield from self._known_tool(tool_name, refresh=again))

    def run_tool(
        self,
        name: str,
        arguments: Mapping[str, object],
        *,
        validate: bool = True,
        selected_credential_id: str | None = None,
    ) -> Plan[JsonValue]:
        """Run a tool for the Connected User; returns what it answered (the provider's JSON).

        ``arguments`` are checked against the tool's JSON Schema first: arguments that do not
        match raise ``ToolArgumentsError`` (listing every problem with its JSON path) and
        nothing is sent. The schema comes from the session's catalogue; the first validated run
        of a tool the catalogue lacks reads it once (see ``get``). ``validate=False`` sends the
        arguments as they are (Paragon judges them), and runs names of the ``paragon`` format
        too. ``selected_credential_id`` picks one of several accounts.

        Paragon's refusals raise as for every call: ``NotFoundError`` for a tool it does not
        know or an integration the user has not connected, ``BadRequestError`` for arguments
        that do not match the schema (its message lists the problems), ``InternalServerError``
        (502) when the provider failed.
        """
        tool_name = check_non_empty_str(name, "name")
        values = check_json_object(arguments, "arguments")
        checked = check_bool(validate, "validate")
        selector = optional_selector(selected_credential_id, "selected_credential_id")
        project_id, _ = self._require_user()
        if checked:
            tool = yield from self._known_tool(tool_name, refresh=False)
            self._check_arguments(tool, values)
        from paragon_connect_api.models.tool_run_request import ToolRunRequest

        body = ToolRunRequest.from_dict({"tool": tool_name, "parameters": values})
        call = calls.run_tool(project_id, body=body, x_paragon_credential=or_unset(selector))
        output: JsonValue = yield from perform(call)
        return output

    def call_tool(
        self,
        tool_call: object,
        *,
        validate: bool = True,
        strict: bool = False,
        selected_credential_id: str | None = None,
        errors: tuple[type[BaseException], ...] | None = None,
    ) -> Plan[ToolResultMessage]:
        """Run a model's tool call and return the message answering it, in the model's format.

        ``tool_call`` is an OpenAI Chat Completions tool call, an OpenAI Responses
        ``function_call`` item or an Anthropic ``tool_use`` block: a dict, or the vendor SDK's
        object. The answer is a ``tool`` message, a ``function_call_output`` item or a
        ``tool_result`` block (wrap Anthropic blocks with ``anthropic_user_message``), holding
        the tool's output as canonical JSON text.

        Errors the model can act on become an error result instead of an exception: by default
        (``errors=None``) any ``ParagonError`` -- arguments that break the schema, an unknown
        tool, Paragon's refusals -- and arguments that are not a JSON object. Only the
        exception's type and message reach the model. Pass ``errors=()`` to raise them all. A
        call that cannot be answered at all (no id, an unknown shape) raises
        ``ToolCallFormatError``; so does a call made before ``authenticate``
        (``UserNotAuthenticatedError``), whatever ``errors`` says.

        ``strict=True``: the tools were given with ``to_openai(strict=True)``, so the model
        sent ``null`` for arguments it leaves out; those are dropped before validation (which
        needs the tool's schema, read as ``validate`` reads it). ``validate`` and
        ``selected_credential_id`` are ``run``'s.
        """
        from .._tool_formats import (
            DEFAULT_ERRORS,
            ToolCall,
            drop_strict_nulls,
            error_result,
            parse_or_error_result,
            tool_result_message,
        )

        checked = check_bool(validate, "validate")
        nulls = check_bool(strict, "strict")
        selector = optional_selector(selected_credential_id, "selected_credential_id")
        reported = DEFAULT_ERRORS if errors is None else _error_classes(errors)
        self._require_user()
        parsed = parse_or_error_result(tool_call, reported)
        if not isinstance(parsed, ToolCall):
            return parsed
        try:
            arguments = parsed.arguments
            if nulls:
                tool = yield from self._known_tool(parsed.name, refresh=False)
                arguments = drop_strict_nulls(arguments, tool.parameters)
            output = yield from self.run_tool(
                parsed.name, arguments, validate=checked, selected_credential_id=selector
            )
        except reported as error:
            return error_result(parsed.vendor, parsed.id, error)
        return tool_result_message(parsed, output)

    def list_triggers(
        self,
        *,
        integrations: str | Sequence[str] | None = None,
        selected_credential_id: str | None = None,
    ) -> Plan[list[Trigger]]:
        """The triggers the Connected User can be subscribed to (ActionKit's Triggers API, beta).

        Each ``Trigger`` is an event in a provider (a new HubSpot record, ...), with the
        inputs a subscription to it takes. ``integrations`` keeps those of these integration
        types; ``selected_credential_id`` picks one of several accounts. Integrations whose
        triggers Paragon could not load are logged and left out.
        """
        names = _names(integrations, "integrations", check_integration_type)
        selector = optional_selector(selected_credential_id, "selected_credential_id")
        project_id, _ = self._require_user()
        listed = yield from perform(
            calls.list_triggers(
                project_id,
                integrations=or_unset(names),
                x_paragon_credential=or_unset(selector),
            )
        )
        _log_catalog_errors(listed.errors, "triggers")
        from .._tools import Trigger

        triggers: list[Trigger] = []
        for integration, definitions in listed.triggers.additional_properties.items():
            triggers.extend(Trigger.from_model(item, integration) for item in definitions)
        return triggers

    # -- the catalogue ----------------------------------------------------------------------------

    def _catalogue(self) -> ToolCatalogue | None:
        """The session's catalogue, if it was read with the current token."""
        catalogue = self.session.tool_catalogue
        token = self.session.token
        if catalogue is None or token is None or catalogue.token is not token:
            return None
        return catalogue

    def _remember(self, tools: Iterable[Tool], *, replace: bool) -> None:
        """Put tools in the catalogue; ``replace`` when they are every tool of the user."""
        catalogue = self._catalogue()
        token = self.session.token
        if token is None:  # unreachable after _require_user; keeps the types honest
            return
        if catalogue is None or replace:
            catalogue = ToolCatalogue(token)
            self.session.tool_catalogue = catalogue
        for tool in tools:
            catalogue.tools[tool.name] = tool
        if replace:
            catalogue.complete = True

    def _known_tool(self, name: str, *, refresh: bool) -> Plan[Tool]:
        """A tool from the catalogue, reading every tool first when it lacks the name."""
        catalogue = self._catalogue()
        if catalogue is not None and not refresh:
            tool = catalogue.tools.get(name)
            if tool is not None:
                return tool
            if catalogue.complete:
                raise _not_found(name)
        yield from self.list_tools()
        catalogue = self._catalogue()
        tool = None if catalogue is None else catalogue.tools.get(name)
        if tool is None:
            raise _not_found(name)
        return tool

    def _check_arguments(self, tool: Tool, arguments: Mapping[str, Any]) -> None:
        """Raise ``ToolArgumentsError`` when ``arguments`` break the tool's schema."""
        problems = argument_problems(tool, arguments, self._validator(tool))
        if problems:
            raise ToolArgumentsError(tool.name, problems)

    def _validator(self, tool: Tool) -> Validator:
        """The tool's compiled schema, kept in the catalogue while the tool is the same."""
        catalogue = self._catalogue()
        if catalogue is not None:
            kept = catalogue.validators.get(tool.name)
            if kept is not None and kept[0] is tool:
                return kept[1]
        validator = compile_schema(tool)
        if catalogue is not None:
            catalogue.validators[tool.name] = (tool, validator)
        return validator


# -- reading the lists ----------------------------------------------------------------------------


def tools_from_list(listed: ToolList) -> list[Tool]:
    """The ``Tool`` objects of a ``json_schema`` answer of listTools, in Paragon's order.

    Each tool keeps its schema as the decoder left it, the JSON Paragon sent (the Python
    client's generator reads ``parameters`` without a model): no copy is made. A tool whose
    ``parameters`` are not an object schema cannot be offered to a model: it is left out (logged).
    """
    from paragon_connect_api.models.function_tool import FunctionTool

    from .._tools import decoded_tool

    tools: list[Tool] = []
    append = tools.append
    for integration, definitions in _tools_by_integration(listed).items():
        for index, definition in enumerate(definitions):
            if not isinstance(definition, FunctionTool):
                _skip_other_format(integration, index, "json_schema")
                continue
            function = definition.function
            schema = function.parameters
            # The decoder left the value as it came: check here that it is a JSON object whose
            # type admits objects, as every vendor's format requires (written out, not called:
            # this runs for every tool of the list).
            kind = schema.get("type") if type(schema) is dict else None
            if kind != "object" and not (type(kind) is list and "object" in kind):
                _skip_no_object_schema(integration, index)
                continue
            append(decoded_tool(function.name, function.description, schema, integration))
    return tools


def _tools_by_integration(listed: ToolList) -> dict[str, list[FunctionTool | ParagonTool]]:
    """The tools of an answer by integration: under ``tools``, else ``actions`` (older)."""
    _log_catalog_errors(listed.errors, "tools")
    found: ToolsByIntegration | Unset = listed.tools
    if isinstance(found, Unset):
        found = listed.actions
    return {} if isinstance(found, Unset) else found.additional_properties


def _catalog_errors(listed: ToolList) -> bool:
    return not isinstance(listed.errors, Unset) and bool(listed.errors)


def _log_catalog_errors(errors: list[CatalogError] | Unset, what: str) -> None:
    if isinstance(errors, Unset) or not errors:
        return
    described = "; ".join(
        f"{_text(item.type_, 'an integration')}: {_text(item.message, 'no reason given')}"
        for item in errors
    )
    logger.warning("Paragon could not load the %s of %s", what, described)


def _text(value: str | Unset, default: str) -> str:
    return default if isinstance(value, Unset) or not value else value


def _skip_other_format(integration: str, index: int, expected: str) -> None:
    # The list's schema admits either format in either answer; a tool of the other one
    # cannot be offered in this one, and the rest of the list is still good.
    logger.warning(
        "Paragon listed a tool in another format than %s; it is left out (tools.%s[%d])",
        expected,
        integration,
        index,
    )


def _skip_no_object_schema(integration: str, index: int) -> None:
    # Every model's format takes an object schema for a tool's arguments; the decoder, which
    # reads a schema as plain JSON, leaves this check to the client.
    logger.warning(
        "Paragon listed a tool whose parameters are not an object schema; it is left out "
        "(tools.%s[%d].function.parameters)",
        integration,
        index,
    )


def _not_found(name: str) -> ToolNotFoundError:
    return ToolNotFoundError(
        f"the Connected User has no ActionKit tool {name!r}: it is not among the tools of the "
        "integrations they connected (a name of the paragon format runs with validate=False)",
        tool=name,
    )


# -- arguments of the list plans ------------------------------------------------------------------


@dataclass(frozen=True)
class _ListQuery:
    """The query of listTools from ``list``'s filters, checked."""

    available: bool
    integrations: str | None
    categories: str | None

    def call(self, project_id: str, format_: ToolFormat) -> Call[ToolList]:
        return calls.list_tools(
            project_id,
            format_=format_,
            limit_to_available=self.available,
            integrations=or_unset(self.integrations),
            categories=or_unset(self.categories),
        )


def _list_query(
    integrations: str | Sequence[str] | None,
    categories: str | Sequence[str] | None,
    available_only: bool,
) -> _ListQuery:
    return _ListQuery(
        available=check_bool(available_only, "available_only"),
        integrations=_names(integrations, "integrations", check_integration_type),
        categories=_names(categories, "categories", _category),
    )


def _names(value: str | Sequence[str] | None, name: str, check: _Check) -> str | None:
    """A filter's names joined with commas, each checked; None for no filter."""
    if value is None:
        return None
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, Sequence):
        raise TypeError(f"{name} must be a list of strings, not {type(value).__name__}")
    if not items:
        raise ValueError(f"{name} must name at least one, or be None for all")
    return ",".join(dict.fromkeys(check(item, f"{name} item") for item in items))


def _category(value: object, name: str) -> str:
    text = check_non_empty_str(value, name)
    if _CATEGORY.fullmatch(text) is None:
        raise ValueError(
            f"{name} must be a category like 'crm' or 'project_management' (letters, digits, "
            f"'_', '-'), got {text[:80]!r}"
        )
    return text


def _error_classes(errors: object) -> tuple[type[BaseException], ...]:
    if not isinstance(errors, tuple) or not all(
        isinstance(kind, type) and issubclass(kind, BaseException) for kind in errors
    ):
        raise TypeError("errors must be a tuple of exception classes, like (ParagonError,)")
    return errors


# -- validation -----------------------------------------------------------------------------------


def compile_schema(tool: Tool) -> Validator:
    """A validator of the tool's schema, checked against its metaschema first.

    Raises ``APIError`` for a schema that is not valid JSON Schema: Paragon sent a tool that
    cannot be checked (``validate=False`` runs it unchecked).
    """
    import jsonschema
    import referencing

    # A plain dict: the metaschema's "type": "object" accepts no other mapping.
    schema = dict(tool.parameters)
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    try:
        cls.check_schema(schema)
    except jsonschema.SchemaError as error:
        raise _bad_schema(tool, f"{error.json_path}: {_clip(error.message)}") from None
    # An empty registry: the default one would fetch a remote $ref over HTTP, inside a plan.
    return cls(schema, registry=referencing.Registry())


def argument_problems(
    tool: Tool, arguments: Mapping[str, Any], validator: Validator
) -> list[ToolArgumentProblem]:
    """Every way ``arguments`` break the tool's schema, by JSON path, without their values."""
    import referencing.exceptions

    problems: dict[tuple[str, str], ToolArgumentProblem] = {}
    try:
        for error in validator.iter_errors(dict(arguments)):
            for problem in _describe(error):
                problems.setdefault((problem.path, problem.message), problem)
    except referencing.exceptions.Unresolvable as error:
        raise _bad_schema(tool, f"it refers to {error.ref!r}, which is not in it") from None
    return sorted(problems.values(), key=lambda problem: problem.path)


def _bad_schema(tool: Tool, problem: str) -> APIError:
    return APIError(
        f"the schema of tool {tool.name!r} cannot be used to check its arguments ({problem}); "
        "pass validate=False to run it unchecked"
    )


def _describe(error: ValidationError) -> list[ToolArgumentProblem]:
    """The problems one validation error stands for, at their JSON paths."""
    path = list(error.absolute_path)
    keyword = error.validator if isinstance(error.validator, str) else ""
    expected = error.validator_value
    instance = error.instance
    if keyword == "required" and isinstance(instance, Mapping):
        missing = [name for name in _strings(expected) if name not in instance]
        return [ToolArgumentProblem(_json_path([*path, name]), "is required") for name in missing]
    if keyword == "additionalProperties" and isinstance(instance, Mapping):
        schema = error.schema if isinstance(error.schema, Mapping) else {}
        extra = _unexpected(instance, schema)
        return [
            ToolArgumentProblem(_json_path([*path, name]), "is not a property the schema allows")
            for name in extra
        ]
    return [ToolArgumentProblem(_json_path(path), _message(keyword, expected))]


def _unexpected(instance: Mapping[object, object], schema: Mapping[str, object]) -> list[str]:
    """The keys of ``instance`` that neither ``properties`` nor ``patternProperties`` names."""
    properties = schema.get("properties")
    named = properties if isinstance(properties, Mapping) else {}
    patterns = schema.get("patternProperties")
    matching = list(patterns) if isinstance(patterns, Mapping) else []
    return [
        key
        for key in instance
        if isinstance(key, str)
        and key not in named
        and not any(re.search(str(pattern), key) for pattern in matching)
    ]


def _strings(value: object) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _message(keyword: str, expected: object) -> str:
    """What a keyword's failure means, quoting the schema (never the value)."""
    shown = _clip(json.dumps(expected, ensure_ascii=False, default=str))
    if keyword == "type":
        kinds = expected if isinstance(expected, list) else [expected]
        return "must be of type " + " or ".join(str(kind) for kind in kinds)
    if keyword == "enum" and isinstance(expected, list):
        return f"must be one of {shown}"
    words = {
        "const": f"must be {shown}",
        "minimum": f"must be at least {shown}",
        "maximum": f"must be at most {shown}",
        "exclusiveMinimum": f"must be more than {shown}",
        "exclusiveMaximum": f"must be less than {shown}",
        "multipleOf": f"must be a multiple of {shown}",
        "minLength": f"must be at least {shown} characters long",
        "maxLength": f"must be at most {shown} characters long",
        "pattern": f"must match the pattern {shown}",
        "format": f"must be a valid {shown}",
        "minItems": f"must have at least {shown} items",
        "maxItems": f"must have at most {shown} items",
        "uniqueItems": "must not repeat an item",
        "contains": "must contain an item the schema describes",
        "minProperties": f"must have at least {shown} properties",
        "maxProperties": f"must have at most {shown} properties",
        "anyOf": "must match at least one of the schemas it may take",
        "oneOf": "must match exactly one of the schemas it may take",
        "not": "must not match the schema it is forbidden",
        "dependentRequired": f"needs other properties with it: {shown}",
        "propertyNames": "has a property name the schema does not allow",
        "unevaluatedProperties": "has properties the schema does not allow",
        "unevaluatedItems": "has items the schema does not allow",
        "false": "is not allowed",
    }
    return words.get(keyword, f"does not satisfy the schema's {keyword or 'rules'}")


def _clip(text: str) -> str:
    return text if len(text) <= _QUOTED else text[: _QUOTED - 3] + "..."


def _json_path(steps: Sequence[str | int]) -> str:
    """``$``, then ``.key``, ``['odd key']`` or ``[index]`` per step, as the client writes paths."""
    parts = ["$"]
    for step in steps:
        if isinstance(step, int):
            parts.append(f"[{step}]")
        elif step.isidentifier():
            parts.append(f".{step}")
        else:
            parts.append("[" + repr(step) + "]")
    return "".join(parts)
