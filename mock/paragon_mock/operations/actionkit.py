"""ActionKit: listing Tools and Triggers, and running a Tool for the Connected User.

The catalogue is data, ``fixtures/actionkit.json``: by integration type, its categories, its
Tools (each with the JSON Schema of its parameters and the provider request it makes), its
Triggers and the sample data its read-only Tools page through. A project sees the Tools of its
own integrations only; with ``limit_to_available`` (the default) only those the Connected User
installed. ``format=json_schema`` (the default) gives function-calling definitions and splits a
polymorphic Tool into one Tool per variant (``SALESFORCE_CREATE_RECORD_CONTACT``, ...);
``format=paragon`` keeps it whole, its variants' inputs as the ``dependentInputs`` of the
values of its variant input, the shape of SDK 2.4.0's ``IntentInputKeyConfig``.

Running a Tool answers with the statuses of the spec's ``runTool``: 404 for a Tool the catalogue
does not have and for one whose integration the user has not installed, 400 for parameters the
Tool's JSON Schema refuses (every problem listed in ``message``), 502 when the fake provider
refuses (an object the account does not have). Each run is recorded as a ``proxyCall``, the provider
request the Tool made, with the Tool's name in ``tool`` and its parameters as ``body``; what a
run creates is kept in that record, where the proxy's list requests find it (``upstream.py``):
a message SLACK_SEND_MESSAGE sent is in Slack's ``conversations.history``, a customer
STRIPE_CREATE_CUSTOMER created in Stripe's ``v1/customers``.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft202012Validator

from paragon_mock import upstream
from paragon_mock.errors import ApiError
from paragon_mock.fixtures import DEFAULT_FIXTURE_PATH
from paragon_mock.operations._base import (
    CREDENTIAL_HEADER,
    Context,
    Handler,
    Reply,
    matches,
    select_credential,
)
from paragon_mock.store import timestamp

__all__ = ["CATALOGUE_PATH", "HANDLERS"]

CATALOGUE_PATH = DEFAULT_FIXTURE_PATH.with_name("actionkit.json")
_FORMAT_CHECKER = Draft202012Validator.FORMAT_CHECKER
# The app behind the messages Tools send: Paragon's, as in the Run Tool page's example.
SLACK_APP_ID = "A01001G1G7J"


# -- the catalogue ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Variant:
    """One variant of a polymorphic Tool, a Tool of its own in the json_schema format."""

    name: str
    value: str
    description: str
    parameters: dict[str, Any]
    validator: Draft202012Validator = field(repr=False, compare=False)


@dataclass(frozen=True)
class Tool:
    """A Tool of the catalogue; a polymorphic one has variants and no parameters of its own."""

    integration: str
    name: str
    title: str
    description: str
    method: str
    path: str
    parameters: dict[str, Any] | None
    input_types: dict[str, str]
    variant_parameter: str | None = None
    variant_title: str | None = None
    variants: tuple[Variant, ...] = ()
    validator: Draft202012Validator | None = field(default=None, repr=False, compare=False)

    def variant(self, value: object) -> Variant | None:
        """The variant chosen by the value of the variant parameter."""
        return next((v for v in self.variants if v.value == value), None)


@dataclass(frozen=True)
class IntegrationCatalogue:
    """What ActionKit offers for one integration type."""

    type: str
    categories: frozenset[str]
    tools: tuple[Tool, ...]
    triggers: tuple[dict[str, Any], ...]
    samples: dict[str, Any]


@dataclass(frozen=True)
class Catalogue:
    """Every integration type's Tools and Triggers, and every runnable name."""

    integrations: dict[str, IntegrationCatalogue]
    # A name runTool takes (a Tool's, or a variant's) -> the Tool and the variant it names.
    runnable: dict[str, tuple[Tool, Variant | None]]


def _validator(schema: dict[str, Any], where: str) -> Draft202012Validator:
    # A broken schema in the catalogue is the mock's bug: fail at load, not on the first run.
    try:
        Draft202012Validator.check_schema(schema)
    except Exception as exc:
        raise ValueError(f"{CATALOGUE_PATH.name}: the parameters of {where}: {exc}") from exc
    return Draft202012Validator(schema, format_checker=_FORMAT_CHECKER)


def _tool(integration: str, data: Mapping[str, Any]) -> Tool:
    request = data["request"]
    common: dict[str, Any] = {
        "integration": integration,
        "name": data["name"],
        "title": data["title"],
        "description": data["description"],
        "method": request["method"],
        "path": request["path"],
        "input_types": dict(data.get("inputTypes") or {}),
    }
    polymorphic = data.get("variants")
    if polymorphic is None:
        schema = dict(data["parameters"])
        return Tool(parameters=schema, validator=_validator(schema, data["name"]), **common)
    variants = tuple(
        Variant(
            name=f"{data['name']}_{option['suffix']}",
            value=option["value"],
            description=option["description"],
            parameters=dict(option["parameters"]),
            validator=_validator(option["parameters"], f"{data['name']}_{option['suffix']}"),
        )
        for option in polymorphic["options"]
    )
    return Tool(
        parameters=None,
        variant_parameter=polymorphic["parameter"],
        variant_title=polymorphic["title"],
        variants=variants,
        **common,
    )


@functools.cache
def catalogue() -> Catalogue:
    """The catalogue of ``fixtures/actionkit.json``, read once."""
    document = json.loads(CATALOGUE_PATH.read_text(encoding="utf-8"))
    integrations: dict[str, IntegrationCatalogue] = {}
    runnable: dict[str, tuple[Tool, Variant | None]] = {}
    for integration_type, data in document["integrations"].items():
        tools = tuple(_tool(integration_type, tool) for tool in data["tools"])
        integrations[integration_type] = IntegrationCatalogue(
            type=integration_type,
            categories=frozenset(data["categories"]),
            tools=tools,
            triggers=tuple(data.get("triggers") or ()),
            samples=dict(data.get("samples") or {}),
        )
        for tool in tools:
            names: list[tuple[str, Variant | None]] = [(tool.name, None)]
            names += [(variant.name, variant) for variant in tool.variants]
            for name, variant in names:
                if name in runnable:
                    raise ValueError(f"{CATALOGUE_PATH.name}: two Tools named {name}")
                runnable[name] = (tool, variant)
    return Catalogue(integrations, runnable)


# -- the two formats ----------------------------------------------------------------------------


def _function_tool(name: str, description: str, parameters: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "function",
        "function": {"name": name, "description": description, "parameters": parameters},
    }


def _json_schema_tools(tool: Tool) -> list[dict[str, Any]]:
    if tool.parameters is not None:
        return [_function_tool(tool.name, tool.description, tool.parameters)]
    return [_function_tool(v.name, v.description, v.parameters) for v in tool.variants]


def _input_type(schema: Mapping[str, Any]) -> str:
    """The paragon input type that renders a parameter of this JSON Schema."""
    kind = schema.get("type")
    if "enum" in schema:
        return "ENUM"
    if kind == "boolean":
        return "BOOLEAN_INPUT"
    if kind in ("number", "integer"):
        return "NUMBER"
    if kind in ("object", "array"):
        return "CODE"
    if schema.get("format") == "email":
        return "EMAIL"
    return "TEXT"


def _inputs(schema: Mapping[str, Any], input_types: Mapping[str, str]) -> list[dict[str, Any]]:
    """A JSON Schema's properties as paragon inputs, in the schema's order."""
    required = set(schema.get("required") or ())
    inputs = []
    for name, prop in (schema.get("properties") or {}).items():
        item: dict[str, Any] = {
            "id": name,
            "type": input_types.get(name) or _input_type(prop),
            "title": prop.get("title", name),
            "required": name in required,
        }
        description = prop.get("description")
        if description and description != item["title"]:
            item["subtitle"] = description
        if "enum" in prop:
            item["values"] = list(prop["enum"])
        if "default" in prop:
            item["defaultValue"] = prop["default"]
        inputs.append(item)
    return inputs


def _paragon_tool(tool: Tool) -> dict[str, Any]:
    view: dict[str, Any] = {"name": tool.name, "title": tool.title, "description": tool.description}
    if tool.parameters is not None:
        view["inputs"] = _inputs(tool.parameters, tool.input_types)
        return view
    view["inputs"] = [
        {
            "id": tool.variant_parameter,
            "type": "ENUM",
            "title": tool.variant_title,
            "required": True,
            "values": [
                {
                    "value": variant.value,
                    "label": variant.value,
                    "dependentInputs": _inputs(variant.parameters, tool.input_types),
                }
                for variant in tool.variants
            ],
        }
    ]
    return view


# -- listing ------------------------------------------------------------------------------------


def _split(value: str | None) -> set[str] | None:
    return None if value is None else set(value.split(","))


def _installed_types(ctx: Context) -> set[str]:
    credentials = ctx.store.user_credentials(ctx.project.id, ctx.user_id)
    installed = {c["integrationId"] for c in credentials}
    return {i.type for i in ctx.project.integrations if i.id in installed}


def _listed(ctx: Context, *, limit_to_available: bool) -> list[IntegrationCatalogue]:
    """The catalogue entries a listing shows: the project's, filtered as the query asks."""
    wanted = _split(ctx.query.get("integrations"))
    categories = _split(ctx.query.get("categories"))
    installed = _installed_types(ctx) if limit_to_available else None
    listed = []
    for entry in catalogue().integrations.values():
        if ctx.project.integration_by_type(entry.type) is None:
            continue
        if wanted is not None and entry.type not in wanted:
            continue
        if categories is not None and not entry.categories & categories:
            continue
        if installed is not None and entry.type not in installed:
            continue
        listed.append(entry)
    return listed


def _tool_list(ctx: Context, key: str) -> Reply:
    paragon = ctx.query.get("format", "json_schema") == "paragon"
    tools: dict[str, list[dict[str, Any]]] = {}
    for entry in _listed(ctx, limit_to_available=ctx.query.get("limit_to_available", True)):
        if paragon:
            tools[entry.type] = [_paragon_tool(tool) for tool in entry.tools]
        else:
            tools[entry.type] = [view for tool in entry.tools for view in _json_schema_tools(tool)]
    # reload_fields changes nothing: the catalogue holds no user-specific fields to reload.
    return Reply(200, {key: tools, "errors": []})


def list_tools(ctx: Context) -> Reply:
    """GET /tools: the Tools under ``tools``."""
    return _tool_list(ctx, "tools")


def list_actions(ctx: Context) -> Reply:
    """GET /actions, the deprecated path: the same Tools, under ``actions``."""
    return _tool_list(ctx, "actions")


def list_triggers(ctx: Context) -> Reply:
    """GET /triggers: the Triggers of the integrations the user installed."""
    listed = _listed(ctx, limit_to_available=True)
    selector = ctx.headers.get(CREDENTIAL_HEADER)
    if selector is not None:
        # The SDK sends the account it lists Triggers for: it must be one of the user's.
        types = {entry.type for entry in listed}
        ids = {i.id for i in ctx.project.integrations if i.type in types}
        credentials = ctx.store.user_credentials(ctx.project.id, ctx.user_id)
        if not any(c["integrationId"] in ids and matches(c, selector) for c in credentials):
            raise ApiError(
                404,
                f"No credential {selector} of this user for the integrations listed "
                f"({CREDENTIAL_HEADER}).",
            )
    triggers = {entry.type: list(entry.triggers) for entry in listed if entry.triggers}
    return Reply(200, {"triggers": triggers, "errors": []})


# -- running ------------------------------------------------------------------------------------


@dataclass
class Run:
    """One run of a Tool: what a Tool's effect works with."""

    ctx: Context
    tool: Tool
    variant: Variant | None
    parameters: dict[str, Any]
    account: upstream.Account
    samples: dict[str, Any]

    def new_hex(self, length: int) -> str:
        """A random lowercase hex string (IDs), from the store's seeded generator."""
        return self.ctx.store.new_secret((length + 1) // 2)[:length]

    def now(self) -> float:
        """The time, by the store's clock (which a test may set)."""
        return self.ctx.store.clock()


@dataclass
class Outcome:
    """What the provider answered a Tool's request, and what the request created."""

    output: Any
    provider_status: int = 200
    created: tuple[str, dict[str, Any]] | None = None


Effect = Callable[[Run], Outcome]


def _page(
    run: Run, items: list[dict[str, Any]], size: int, cursor_name: str
) -> tuple[list[dict[str, Any]], str | None]:
    """One page of items, and the cursor of the next page (None on the last one).

    Cursors encode the Tool and the offset, so that a cursor of another Tool is refused.
    """
    pagination = run.parameters.get("paginationParameters") or {}
    cursor = pagination.get(cursor_name)
    start = 0
    if cursor:
        try:
            prefix, _, offset = base64.b64decode(cursor, validate=True).decode().partition(":")
            start = int(offset)
        except (binascii.Error, UnicodeDecodeError, ValueError):
            prefix = ""
        if prefix != run.tool.name or not 0 < start < len(items):
            raise ApiError(404, f"{cursor_name} {cursor!r} was not issued by {run.tool.name}.")
    end = start + size
    following = None
    if end < len(items):
        following = base64.b64encode(f"{run.tool.name}:{end}".encode()).decode("ascii")
    return items[start:end], following


def _stable_id(prefix: str, seed: str, length: int) -> str:
    """An ID that stays the same for the same account (a Slack team, a bot)."""
    return prefix + hashlib.sha256(seed.encode()).hexdigest()[:length].upper()


def _slack_send_message(run: Run) -> Outcome:
    """Slack's chat.postMessage, in the shape of the Run Tool page's example answer."""
    channels = run.samples.get("channels") or []
    wanted = str(run.parameters["channel"])
    by_name = {f"#{c['name']}": c["id"] for c in channels} | {c["name"]: c["id"] for c in channels}
    # A known name becomes its ID, as Slack answers it; anything else is taken as an ID.
    channel = by_name.get(wanted, wanted)
    sent = run.account.objects("slack.messages")
    # Unique per account: seconds, then a counter, in Slack's "seconds.micros" shape.
    ts = f"{int(run.now())}.{len(sent) + 1:06d}"
    credential = run.ctx.store.credentials[run.account.credential_id]
    team = _stable_id("T", credential["id"], 8)
    bot_id = _stable_id("B", credential["id"] + ":bot", 10)
    text = run.parameters["message"]
    icon = run.parameters.get("botIcon")
    message: dict[str, Any] = {
        "user": credential.get("providerId") or _stable_id("U", credential["id"], 10),
        "type": "message",
        "ts": ts,
        "bot_id": bot_id,
        "app_id": SLACK_APP_ID,
        "text": text,
        "team": team,
        "bot_profile": {
            "id": bot_id,
            "app_id": SLACK_APP_ID,
            "name": run.parameters.get("botName") or "Paragon",
            "icons": {"emoji": icon} if icon else {},
            "deleted": False,
            "updated": int(run.now()),
            "team_id": team,
        },
        "blocks": [
            {
                "type": "section",
                "block_id": ts.replace(".", ""),
                "text": {"type": "mrkdwn", "text": text, "verbatim": False},
            }
        ],
    }
    output = {
        "ok": True,
        "channel": channel,
        "ts": ts,
        "message": message,
        "response_metadata": {
            "scopes": ["chat:write", "chat:write.customize", "channels:read", "channels:history"],
            "acceptedScopes": ["chat:write"],
        },
    }
    return Outcome(output, created=("slack.messages", {**message, "channel": channel}))


def _slack_list_channels(run: Run) -> Outcome:
    channels = [
        {"id": c["id"], "name": c["name"], "is_channel": True, "is_archived": False}
        for c in run.samples.get("channels") or []
    ]
    page, following = _page(run, channels, int(run.samples.get("pageSize", 5)), "pageCursor")
    output: dict[str, Any] = {
        "ok": True,
        "channels": page,
        "response_metadata": {"next_cursor": following or ""},
    }
    if following:
        output["nextPageCursor"] = following
    return Outcome(output)


# Salesforce's key prefixes: an ID shows its object type.
_SALESFORCE_PREFIXES = {"Contact": "003", "Lead": "00Q", "Opportunity": "006", "Account": "001"}


def _fields(parameters: Mapping[str, Any]) -> dict[str, Any]:
    """The record fields among a Tool's parameters (``field-X`` is field X)."""
    return {k.removeprefix("field-"): v for k, v in parameters.items() if k.startswith("field-")}


def _salesforce_create_record(run: Run) -> Outcome:
    assert run.variant is not None
    record_id = _SALESFORCE_PREFIXES.get(run.variant.value, "a00") + run.new_hex(15).upper()
    record = {
        "attributes": {"type": run.variant.value},
        "Id": record_id,
        **_fields(run.parameters),
        "CreatedDate": timestamp(),
    }
    output = {"id": record_id, "success": True, "errors": []}
    return Outcome(output, created=(f"salesforce.{run.variant.value}", record))


def _salesforce_update_record(run: Run) -> Outcome:
    # Salesforce answers an update with 204 and no body; ActionKit reports the record updated.
    return Outcome({"id": run.parameters["recordId"], "success": True, "errors": []})


def _hubspot_create_record(run: Run) -> Outcome:
    assert run.variant is not None
    now = timestamp()
    record_id = str(int(run.new_hex(10), 16) % 10**11)
    record = {
        "id": record_id,
        "properties": {
            **{k: str(v) for k, v in _fields(run.parameters).items()},
            "createdate": now,
            "hs_object_id": record_id,
        },
        "createdAt": now,
        "updatedAt": now,
        "archived": False,
    }
    return Outcome(record, created=(f"hubspot.{run.variant.value}", record))


def _google_drive_list_files(run: Run) -> Outcome:
    files = list(run.samples.get("files") or []) + run.account.objects("googledrive.files")
    if not run.parameters.get("includeFolders"):
        files = [f for f in files if f["mimeType"] != "application/vnd.google-apps.folder"]
    parent = run.parameters.get("parentId")
    if parent:
        files = [f for f in files if parent in f.get("parents", [])]
    page, following = _page(run, files, int(run.samples.get("pageSize", 3)), "pageToken")
    output: dict[str, Any] = {
        "kind": "drive#fileList",
        "incompleteSearch": False,
        "files": [{"kind": "drive#file", **f} for f in page],
    }
    if following:
        output["nextPageToken"] = following
    return Outcome(output)


def _google_drive_create_folder(run: Run) -> Outcome:
    folder = {
        "id": "1" + run.new_hex(27),
        "name": run.parameters["folderName"],
        "mimeType": "application/vnd.google-apps.folder",
        "parents": [run.parameters.get("parentId") or "root"],
    }
    return Outcome({"kind": "drive#file", **folder}, created=("googledrive.files", folder))


def _jira_site(run: Run) -> str:
    credential = run.ctx.store.credentials[run.account.credential_id]
    site = (credential.get("providerData") or {}).get("JIRA_CLOUD_ID") or "my-jira-cloud-id"
    return f"https://{site}.atlassian.net"


def _jira_create_issue(run: Run) -> Outcome:
    issues = run.account.objects("jira.issues")
    project = run.parameters["project"]
    number = 1 + sum(1 for issue in issues if issue["fields"]["project"]["key"] == project)
    issue_id = str(10000 + len(issues) + 1)
    key = f"{project}-{number}"
    self_url = f"{_jira_site(run)}/rest/api/3/issue/{issue_id}"
    now = timestamp()
    issue = {
        "id": issue_id,
        "key": key,
        "self": self_url,
        "fields": {
            "project": {"key": project},
            "issuetype": {"name": run.parameters.get("issueType", "Task")},
            "summary": run.parameters["summary"],
            "description": run.parameters.get("description"),
            "assignee": (
                {"accountId": run.parameters["assignee"]} if "assignee" in run.parameters else None
            ),
            "priority": {"name": run.parameters.get("priority", "Medium")},
            "status": {"name": "To Do"},
            "created": now,
            "updated": now,
        },
    }
    return Outcome({"id": issue_id, "key": key, "self": self_url}, created=("jira.issues", issue))


def _jira_get_issue_by_key(run: Run) -> Outcome:
    key = run.parameters["issueKey"]
    for issue in run.account.objects("jira.issues"):
        if issue["key"] == key:
            return Outcome(issue)
    return Outcome(
        {
            "errorMessages": ["Issue does not exist or you do not have permission to see it."],
            "errors": {},
        },
        provider_status=404,
    )


def _stripe_create_customer(run: Run) -> Outcome:
    customer = {
        "id": "cus_" + run.new_hex(14),
        "object": "customer",
        "created": int(run.now()),
        "email": run.parameters["email"],
        "name": run.parameters.get("name"),
        "description": run.parameters.get("description"),
        "phone": run.parameters.get("phone"),
        "metadata": dict(run.parameters.get("metadata") or {}),
        "balance": 0,
        "currency": None,
        "delinquent": False,
        "livemode": False,
    }
    return Outcome(customer, created=("stripe.customers", customer))


def _stripe_get_customers(run: Run) -> Outcome:
    customers = list(reversed(run.account.objects("stripe.customers")))
    page, following = _page(run, customers, int(run.parameters.get("limit", 10)), "pageCursor")
    output: dict[str, Any] = {
        "object": "list",
        "url": "/v1/customers",
        "has_more": following is not None,
        "data": page,
    }
    if following:
        output["nextPageCursor"] = following
    return Outcome(output)


def _stripe_get_customer_by_id(run: Run) -> Outcome:
    wanted = run.parameters["customerId"]
    for customer in run.account.objects("stripe.customers"):
        if customer["id"] == wanted:
            return Outcome(customer)
    return Outcome(
        {
            "error": {
                "code": "resource_missing",
                "message": f"No such customer: '{wanted}'",
                "param": "id",
                "type": "invalid_request_error",
            }
        },
        provider_status=404,
    )


# What each Tool of the catalogue does, by its name in the paragon format.
EFFECTS: dict[str, Effect] = {
    "SLACK_SEND_MESSAGE": _slack_send_message,
    "SLACK_LIST_CHANNELS": _slack_list_channels,
    "SALESFORCE_CREATE_RECORD": _salesforce_create_record,
    "SALESFORCE_UPDATE_RECORD": _salesforce_update_record,
    "HUBSPOT_CREATE_RECORD": _hubspot_create_record,
    "GOOGLE_DRIVE_LIST_FILES": _google_drive_list_files,
    "GOOGLE_DRIVE_CREATE_FOLDER": _google_drive_create_folder,
    "JIRA_CREATE_ISSUE": _jira_create_issue,
    "JIRA_GET_ISSUE_BY_KEY": _jira_get_issue_by_key,
    "STRIPE_CREATE_CUSTOMER": _stripe_create_customer,
    "STRIPE_GET_CUSTOMERS": _stripe_get_customers,
    "STRIPE_GET_CUSTOMER_BY_ID": _stripe_get_customer_by_id,
}


def _problems(validator: Draft202012Validator, parameters: Any) -> list[str]:
    problems = []
    for error in validator.iter_errors(parameters):
        where = "".join(f"[{p!r}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
        problems.append(f"parameters{where}: {error.message}")
    return problems


def _checked(tool: Tool, variant: Variant | None, parameters: dict[str, Any]) -> Variant | None:
    """Check the parameters against the Tool's schema: the variant they choose, or a 400.

    Called by the base name of a polymorphic Tool, the variant parameter chooses the variant
    and the rest are checked against the variant's schema.
    """
    problems: list[str] = []
    if variant is None and tool.variant_parameter is not None:
        key = tool.variant_parameter
        variant = tool.variant(parameters.get(key))
        values = ", ".join(repr(v.value) for v in tool.variants)
        if key not in parameters:
            problems.append(f"parameters.{key}: required, one of {values}")
        elif variant is None:
            problems.append(f"parameters.{key}: {parameters[key]!r} is not one of {values}")
        parameters = {k: v for k, v in parameters.items() if k != key}
    validator = variant.validator if variant is not None else tool.validator
    if validator is not None:
        problems += _problems(validator, parameters)
    if problems:
        # The Tool that refused them: a variant, when the parameters chose one.
        name = variant.name if variant is not None else tool.name
        raise ApiError(400, sorted(problems), meta={"tool": name})
    return variant


def _provider_path(template: str, values: Mapping[str, Any]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: str(values.get(m[1], "")), template)


def _run(ctx: Context, name: str) -> Reply:
    found = catalogue().runnable.get(name)
    integration = None if found is None else ctx.project.integration_by_type(found[0].integration)
    if found is None or integration is None:
        raise ApiError(
            404, f"No Tool {name!r} in project {ctx.project.id}; listTools gives the Tools."
        )
    tool, variant = found
    credential = select_credential(ctx, integration)
    parameters: dict[str, Any] = dict(ctx.body["parameters"])
    variant = _checked(tool, variant, parameters)
    if variant is not None and tool.variant_parameter is not None:
        # Called by a variant's name, the effect still reads the variant from its parameter.
        parameters[tool.variant_parameter] = variant.value
    account = upstream.Account(ctx.store, ctx.project.id, ctx.user_id, credential["id"])
    samples = catalogue().integrations[tool.integration].samples
    run = Run(ctx, tool, variant, parameters, account, samples)
    outcome = EFFECTS[tool.name](run)
    record: dict[str, Any] = {
        "projectId": ctx.project.id,
        "userId": ctx.user_id,
        "integration": integration.type,
        "credentialId": credential["id"],
        "method": tool.method,
        "path": _provider_path(tool.path, parameters),
        "query": {},
        "body": ctx.body["parameters"],
        "providerStatus": outcome.provider_status,
        "tool": name,
    }
    if outcome.created is not None:
        record.update(upstream.created(*outcome.created))
    ctx.store.record("proxyCall", record)
    if outcome.provider_status >= 400:
        raise ApiError(
            502,
            f"{name}: the provider answered {outcome.provider_status}.",
            meta={"providerStatus": outcome.provider_status, "providerResponse": outcome.output},
        )
    return Reply(200, outcome.output)


def run_tool(ctx: Context) -> Reply:
    """POST /tools: run the Tool named by ``tool``."""
    return _run(ctx, ctx.body["tool"])


def run_action(ctx: Context) -> Reply:
    """POST /actions, the deprecated form: run the Tool named by ``action``."""
    return _run(ctx, ctx.body["action"])


HANDLERS: dict[str, Handler] = {
    "listTools": list_tools,
    "listActions": list_actions,
    "runTool": run_tool,
    "runAction": run_action,
    "listTriggers": list_triggers,
}
