"""Every operation of the spec, the public calls that reach it, and a Paragon that answers well.

``tests/test_fuzz_responses.py`` points a ``FakeParagon`` at one operation of the spec (its
*target*) and lets hypothesis choose what the target answers; every other request gets the good
answer of ``good_answer``, a small consistent world (a user with Slack and Google Drive
installed, Salesforce, Jira and Stripe not yet) built on the spec's own examples. This module
holds the parts that are about *what* is tested:

- ``OPERATIONS``, the table: one entry per operationId of ``spec/paragon.yaml``, either the
  ``Driver`` s (public calls of ``Paragon`` / ``AsyncParagon``) whose request it is, with the
  typed result each must return, or an ``Unreachable`` with the reason no public call sends it.
- ``FakeParagon``, the ``httpx.MockTransport`` handler, and ``run``, which makes a client of
  either flavour, signs it in against the good answers, then calls the driver.

Nothing here knows about hypothesis; the test module draws the answers.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import inspect
import json
import re
import traceback
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal, TypeAlias, cast

import httpx
from paragon_connect import AsyncParagon, JsonValue, Paragon, ParagonError
from paragon_mock import DEFAULT_PROJECT_ID, dev_token
from paragon_mock.routes import MethodNotAllowed, Router

from generator.spec_lint import resolve
from tests.conftest import OPERATION_TABLE, SPEC_DATA

Client: TypeAlias = Paragon | AsyncParagon
Flavour: TypeAlias = Literal["sync", "async"]
FLAVOURS: Final[tuple[Flavour, ...]] = ("sync", "async")

BASE_URL: Final = "http://paragon.test"
PROJECT_ID: Final = DEFAULT_PROJECT_ID
# A week: the long `fuzz` session must not outlive its token.
USER_TOKEN: Final = dev_token("xyz", ttl=7 * 24 * 3600)

SLACK_ID: Final = "2f08e65f-d924-42ab-9618-b6023d82ffbd"
SLACK_CREDENTIAL: Final = "4f2d8b6e-1c3a-4e5f-8a7b-9c0d1e2f3a4b"
SLACK_WORKFLOW: Final = "2248335c-671c-47e4-b9a0-3641a9f2d301"
SALESFORCE_ID: Final = "1a7b3c9d-2e4f-4a6b-8c0d-1e2f3a4b5c6d"
JIRA_ID: Final = "5c7e9a1b-3d5f-4b8a-9c2e-4f6a8b0c2d4e"
STRIPE_ID: Final = "6f3c5e1a-52a4-4c8e-9d0b-7f1e2a3b4c5d"
DRIVE_ID: Final = "9d4b2e6f-8a1c-4f3e-b5d7-0c2e4a6b8d1f"
DRIVE_CREDENTIAL: Final = "c3e5a7b9-1d3f-4a5c-9e7b-2d4f6a8c0e1b"
OAUTH_CREDENTIAL: Final = "00987654-56a7-49b1-8d23-456789abcdef"

# An OAuth install polls the session; a drawn PENDING must end the wait quickly.
POLL_INTERVAL: Final = 0.005
OAUTH_TIMEOUT: Final = 0.05


# -- the spec's operations and routes ------------------------------------------------------------


ROUTER: Final = Router(SPEC_DATA)
OPERATION_IDS: Final = frozenset(entry.operation_id for entry in OPERATION_TABLE)


def match(request: httpx.Request) -> tuple[str, dict[str, str]] | None:
    """The operationId and path parameters of a request, or None for a path the spec lacks."""
    try:
        found = ROUTER.match(request.method, request.url.path)
    except MethodNotAllowed:
        return None
    if found is None:
        return None
    route, path_values = found
    return route.operation_id, path_values


def operation(operation_id: str) -> dict[str, Any]:
    """The spec's operation object for an operationId."""
    for entry in OPERATION_TABLE:
        if entry.operation_id == operation_id:
            return entry.operation
    raise KeyError(operation_id)


def example(name: str) -> Any:
    """A copy of a named example of the spec's components."""
    return copy.deepcopy(resolve(SPEC_DATA, {"$ref": f"#/components/examples/{name}"})["value"])


def response_example(operation_id: str, status: str, name: str | None = None) -> Any:
    """A copy of one example (the first, unless named) of one documented response."""
    response = resolve(SPEC_DATA, operation(operation_id)["responses"][status])
    examples = response["content"]["application/json"]["examples"]
    chosen = resolve(SPEC_DATA, examples[name] if name else next(iter(examples.values())))
    return copy.deepcopy(chosen["value"])


# -- the answers ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    """What the fake Paragon sends back: status, raw content and headers."""

    status: int
    content: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()

    def response(self) -> httpx.Response:
        return httpx.Response(self.status, content=self.content, headers=list(self.headers))


def json_answer(status: int, body: Any, *headers: tuple[str, str]) -> Answer:
    """A JSON answer, encoded as Paragon would (UTF-8, no NaN)."""
    import json

    content = json.dumps(body, ensure_ascii=False, allow_nan=False).encode()
    return Answer(status, content, (("Content-Type", "application/json"), *headers))


def _integration(
    integration_id: str,
    kind: str,
    name: str,
    colour: str,
    *,
    authentication: str = "oauth",
    config: Mapping[str, Any] | None = None,
    workflows: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    sdk_config: dict[str, Any] = {
        "accountTypes": [],
        "oauthInputs": [],
        "postOauthInputs": [],
        "authConfigInputs": [],
        "dataSources": {},
    }
    sdk_config.update(config or {})
    return {
        "id": integration_id,
        "projectId": PROJECT_ID,
        "customIntegrationId": None,
        "type": kind,
        "isActive": True,
        "configs": [
            {
                "id": "3ebcc179-a1a6-447f-8dc9-5017f40f08ef",
                "values": {"description": f"Connect {name}", "workflowMeta": {}},
            }
        ],
        "workflows": workflows or [],
        "customIntegration": None,
        "hasCredential": True,
        "name": name,
        "brandColor": colour,
        "needPreOauthInputs": False,
        "providerType": kind,
        "authenticationType": authentication,
        "sdkIntegrationConfig": sdk_config,
    }


def _text_input(input_id: str, title: str, kind: str = "TEXT_NO_VARS") -> dict[str, Any]:
    return {"id": input_id, "title": title, "type": kind, "required": True}


def good_integrations() -> list[dict[str, Any]]:
    """listIntegrations: Slack and Google Drive (installed), Salesforce, Jira, Stripe (not)."""
    slack = response_example("listIntegrations", "200")[0]
    slack.update(id=SLACK_ID, projectId=PROJECT_ID)
    slack["workflows"][0].update(id=SLACK_WORKFLOW, projectId=PROJECT_ID, integrationId=SLACK_ID)
    return [
        slack,
        _integration(SALESFORCE_ID, "salesforce", "Salesforce", "#057ACF"),
        _integration(
            JIRA_ID,
            "jira",
            "Jira",
            "#0052CC",
            config={"postOauthInputs": [_text_input("JIRA_CLOUD_ID", "Jira site")]},
        ),
        _integration(
            STRIPE_ID,
            "stripe",
            "Stripe",
            "#635BFF",
            authentication="basic",
            config={"authConfigInputs": [_text_input("API_KEY", "API key", "PASSWORD")]},
        ),
        _integration(DRIVE_ID, "googledrive", "Google Drive", "#4285F4"),
    ]


def good_credentials() -> list[dict[str, Any]]:
    """listCredentials: the Slack and Google Drive accounts (Drive's with its access token)."""
    slack = example("SlackCredential")
    drive = example("ApiKeyCredential")
    drive.update(
        id=DRIVE_CREDENTIAL,
        integrationId=DRIVE_ID,
        providerId="drive-user",
        accountAuth={"OAUTH_ACCESS_TOKEN": "ya29.fuzz-token"},
    )
    return [slack, drive]


RESOURCE_ID: Final = "6a2d1f0e-3b4c-4d5e-8f60-718293a4b5c6"


def good_account(include_auth: bool) -> dict[str, Any]:
    """listCredentials?integration=googledrive: the integration with the user's account of it."""
    drive = next(i for i in good_integrations() if i["id"] == DRIVE_ID)
    credential = next(c for c in good_credentials() if c["integrationId"] == DRIVE_ID)
    account: dict[str, Any] = {
        **drive,
        "credentialId": credential["id"],
        "providerData": credential["providerData"],
    }
    if include_auth:
        account["accountAuth"] = credential["accountAuth"]
    return account


def good_user() -> dict[str, Any]:
    """getCurrentUser: user ``xyz`` with Slack and Google Drive connected."""
    slack_settings = {SLACK_WORKFLOW: {"enabled": True, "settings": {}}}
    user: dict[str, Any] = response_example("getCurrentUser", "200")
    user["integrations"] = {
        "slack": {
            "enabled": True,
            "credentialId": SLACK_CREDENTIAL,
            "credentialStatus": "VALID",
            "providerId": "U051Z9MK98W",
            "workflowSettings": slack_settings,
            "configuredWorkflows": slack_settings,
            "allCredentials": [example("SlackCredential")],
        },
        "googledrive": {
            "enabled": True,
            "credentialId": DRIVE_CREDENTIAL,
            "credentialStatus": "VALID",
            "allCredentials": [c for c in good_credentials() if c["integrationId"] == DRIVE_ID],
        },
        # SDK 2.4.0 reads allCredentials of every entry, installed or not.
        "salesforce": {"enabled": False, "allCredentials": []},
        "jira": {"enabled": False, "allCredentials": []},
        "stripe": {"enabled": False, "allCredentials": []},
    }
    user["resources"] = [{"id": RESOURCE_ID, "slug": "shared-slack", "name": "Shared Slack"}]
    return user


def _credential(name: str, credential_id: str) -> dict[str, Any]:
    credential: dict[str, Any] = example(name)
    credential["id"] = credential_id
    for configuration in credential["configurations"]:
        configuration["connectCredentialId"] = credential_id
    return credential


def good_answer(operation_id: str, params: Mapping[str, str], request: httpx.Request) -> Answer:
    """What a healthy Paragon answers, consistent with ``good_user`` and ``good_integrations``."""
    credential_id = params.get("credentialId", SLACK_CREDENTIAL)
    workflow_id = params.get("workflowId", SLACK_WORKFLOW)
    if operation_id in ("getCurrentUser", "updateUserMetadata"):
        return json_answer(200, good_user())
    if operation_id == "listIntegrations":
        return json_answer(200, good_integrations())
    if operation_id == "listCredentials":
        if request.url.params.get("integration") is not None:
            # One integration asked for: Paragon answers one object, not a list.
            include = request.url.params.get("includeAccountAuth") == "true"
            return json_answer(200, good_account(include))
        return json_answer(200, good_credentials())
    if operation_id in ("getCredential", "updateCredential", "updateConfiguration"):
        name = "SlackCredential" if credential_id == SLACK_CREDENTIAL else "SalesforceCredential"
        return json_answer(200, _credential(name, credential_id))
    if operation_id in ("createConfiguration", "deleteConfiguration"):
        status = 201 if operation_id == "createConfiguration" else 200
        return json_answer(status, _credential("SlackCredential", credential_id))
    if operation_id == "completeCredentialSetup":
        return json_answer(200, _credential("JiraCredential", credential_id))
    if operation_id == "createCredential":
        return json_answer(201, example("ApiKeyCredential"))
    if operation_id in ("enableWorkflow", "disableWorkflow"):
        state = example(
            "WorkflowEnabled" if operation_id == "enableWorkflow" else "WorkflowDisabled"
        )
        state["workflowId"] = workflow_id
        return json_answer(200, state)
    if operation_id == "getFieldOptions":
        # One page and no next: iter_field_options stops after it.
        page = {"type": "OPTION", "label": "#general", "value": "general"}
        return json_answer(200, {"output": {"records": [page], "nextPageCursor": None}})
    if operation_id == "getOauthSession":
        return json_answer(200, {"status": "APPROVED", "connectCredentialId": OAUTH_CREDENTIAL})
    if operation_id in ("uninstallIntegration", "deleteOauthSession"):
        return Answer(204)
    if operation_id == "triggerEvent":
        return json_answer(201, response_example(operation_id, "201"))
    if operation_id == "getOauthNoncePage":
        html = "<!doctype html><script>window.opener.postMessage({type: 'oauth-nonce-loaded'}, '*')"
        return Answer(200, f"{html}</script>".encode(), (("Content-Type", "text/html"),))
    if operation_id == "listTools" and request.url.params.get("format") == "paragon":
        return json_answer(200, response_example(operation_id, "200", "paragon"))
    if operation_id == "connectResource":
        return json_answer(200, {"resourceId": params.get("resourceId"), "connected": True})
    return json_answer(200, response_example(operation_id, "200"))


class FakeParagon:
    """The ``httpx.MockTransport`` handler: the target answers ``answer``, the rest answer well.

    ``answer=None`` answers the target well too (the harness's own check of the good answers).

    The target answers only once ``armed`` (after the client signed in, when the target is one of
    the requests of ``authenticate``), and only the first time with ``once`` (the next pages of
    ``iter_field_options`` then come from the good answers, so a drawn cursor cannot loop).
    """

    def __init__(
        self, target: str, answer: Answer | None, *, armed: bool, once: bool = False
    ) -> None:
        assert target in OPERATION_IDS, target
        self.target = target
        self.answer = answer
        self.armed = armed
        self.once = once
        self.hits = 0
        self.answered: list[Answer] = []
        self.unmatched: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        # A request elsewhere (a followed redirect would carry the user token there) or to a
        # path the spec does not describe is recorded, and the test fails on it.
        found = match(request) if request.url.host == httpx.URL(BASE_URL).host else None
        if found is None:
            self.unmatched.append(f"{request.method} {request.url.path}")
            return json_answer(
                404, {"code": "1404", "status": 404, "message": "?", "meta": {}}
            ).response()
        operation_id, params = found
        if self.armed and operation_id == self.target and not (self.once and self.hits):
            self.hits += 1
            answer = self.answer or good_answer(operation_id, params, request)
            self.answered.append(answer)
            return answer.response()
        return good_answer(operation_id, params, request).response()


# -- the drivers: public calls that reach an operation ---------------------------------------------


def _no_refusal(body: Any) -> type[ParagonError] | None:
    return None


@dataclass(frozen=True)
class Driver:
    """One public call that sends an operation's request, and what it must give back.

    ``call`` makes the call on a client of either flavour (on ``AsyncParagon`` it returns an
    awaitable or an async iterator, which ``run`` drains). ``check(result, body)`` asserts the
    typed result of a good answer whose JSON is ``body``; ``refuses(body)`` names the
    ``ParagonError`` a *valid* body must raise instead, where the SDK's semantics say so (an OAuth
    session that is still pending, a picker account without a token). ``on_status`` overrides
    the error a documented error status maps to: an exception class, or None where the status
    is a success for this call (a session already deleted). ``error_of(result)`` finds the error
    in the result of calls that report failures instead of raising (``update_workflow_state``).
    ``branch`` picks, for a success body that is a ``oneOf`` of answers to different requests
    (listCredentials: the list, or one integration's account when asked for one), the branch
    that answers this call's request.
    """

    name: str
    call: Callable[[Client], object]
    check: Callable[[Any, Any], None]
    signed_in: bool = True
    once: bool = False
    proxy: bool = False
    refuses: Callable[[Any], type[ParagonError] | None] = _no_refusal
    on_status: Mapping[int, type[ParagonError] | None] = field(default_factory=dict)
    error_of: Callable[[Any], BaseException | None] | None = None
    branch: int | None = None


@dataclass(frozen=True)
class Unreachable:
    """An operation no public function sends, and why."""

    reason: str


# The typed results, checked by name so that the generated models are imported lazily (and a
# model renamed by the generator fails here with a clear message, not at import).


def _models() -> Any:
    import paragon_connect_api.models as models

    return models


def _client_type(name: str) -> type:
    import paragon_connect

    kind: type = getattr(paragon_connect, name)
    return kind


def _is_model(value: object) -> bool:
    """A generated attrs model (any, including the client's model of an unknown variant)."""
    return type(value).__module__.startswith("paragon_connect_api.models.") and callable(
        getattr(value, "to_dict", None)
    )


def _assert_model(value: object, name: str) -> None:
    kind = getattr(_models(), name)
    assert isinstance(value, kind), f"expected a {name}, got {type(value).__name__}"
    value.to_dict()  # a model the client hands out must serialise again


def returns(name: str) -> Callable[[Any, Any], None]:
    """The call returns the generated model ``name``."""

    def check(result: Any, body: Any) -> None:
        _assert_model(result, name)

    return check


def returns_list_of(name: str) -> Callable[[Any, Any], None]:
    """The call returns a list of the generated model ``name``, one per item of the body."""

    def check(result: Any, body: Any) -> None:
        assert isinstance(result, list), f"expected a list, got {type(result).__name__}"
        assert len(result) == len(body), f"{len(body)} items came back as {len(result)}"
        for item in result:
            _assert_model(item, name)

    return check


def returns_client_type(name: str) -> Callable[[Any, Any], None]:
    """The call returns the client's own dataclass ``paragon_connect.<name>``."""

    def check(result: Any, body: Any) -> None:
        kind = _client_type(name)
        assert isinstance(result, kind), f"expected a {name}, got {type(result).__name__}"

    return check


def returns_install_event(result: Any, body: Any) -> None:
    returns_client_type("IntegrationInstallEvent")(result, body)
    _assert_model(result.credential, "Credential")


def returns_none(result: Any, body: Any) -> None:
    assert result is None, f"expected None, got {type(result).__name__}"


def returns_the_body(result: Any, body: Any) -> None:
    """A workflow's Response step comes back as it was sent (None for a 202 without a body)."""
    assert result == body, f"expected the body back, got {result!r:.200}"


def returns_the_output(result: Any, body: Any) -> None:
    """The proxy unwraps ``{output: ...}``; any other JSON comes back as it is (raw response)."""
    expected = body["output"] if isinstance(body, dict) and "output" in body else body
    assert result == expected, f"expected the provider's answer, got {result!r:.200}"


def returns_field_options(result: Any, body: Any) -> None:
    _assert_model(result, "FieldOptionsResult")
    for item in result.data:
        assert _is_model(item), f"an option came back as {type(item).__name__}"


def returns_options(result: Any, body: Any) -> None:
    assert isinstance(result, list), f"expected a list, got {type(result).__name__}"
    for item in result:
        assert _is_model(item), f"an option came back as {type(item).__name__}"


def returns_workflow_update(result: Any, body: Any) -> None:
    returns_client_type("WorkflowStateUpdate")(result, body)
    returns_client_type("AuthenticatedUser")(result.user, body)
    assert result.errors == [], f"a good answer was reported as failed: {result.errors!r:.300}"


def returns_picker_config(result: Any, body: Any) -> None:
    assert isinstance(result, dict), f"expected the picker's config, got {type(result).__name__}"


def _workflow_state_error(result: Any) -> BaseException | None:
    errors = getattr(result, "errors", None)
    if not errors:
        return None
    error: BaseException = errors[0].error
    return error


def _oauth_session_refusal(body: Any) -> type[ParagonError] | None:
    """DENIED refuses; a credential ID approves; anything else waits until ``oauth_timeout``.

    The spec: the SDK reads only ``connectCredentialId`` (null until the user approved);
    ``status`` is the description's own addition, which tells a denial apart from a wait.
    """
    import paragon_connect

    session = body if isinstance(body, dict) else {}
    if session.get("status") == "DENIED":
        return paragon_connect.OAuthBlockedError
    credential_id = session.get("connectCredentialId")
    if isinstance(credential_id, str) and credential_id:
        return None
    return paragon_connect.OAuthTimeoutError


def _picker_refusal(body: Any) -> type[ParagonError] | None:
    """The picker needs the account's access token (``accountAuth``, asked for)."""
    import paragon_connect

    auth = body.get("accountAuth") if isinstance(body, dict) else None
    token = auth.get("OAUTH_ACCESS_TOKEN") if isinstance(auth, dict) else None
    if isinstance(token, str) and token:
        return None
    return paragon_connect.APIError


def _oauth_404() -> Mapping[int, type[ParagonError] | None]:
    import paragon_connect

    # The spec: a nonce that is unknown, deleted or expired answers 404, which the SDK reads as
    # the consent page having expired.
    return {404: paragon_connect.OAuthTimeoutError}


def _install(integration: str, **options: Any) -> Callable[[Client], object]:
    def call(client: Client) -> object:
        return client.install_integration(
            integration, poll_interval=POLL_INTERVAL, oauth_timeout=OAUTH_TIMEOUT, **options
        )

    return call


def _connect(integration: str, **options: Any) -> Callable[[Client], object]:
    def call(client: Client) -> object:
        return client.connect(integration, **options)

    return call


def _headless_start(client: Client) -> object:
    client.set_headless(True)
    return client.install_flow.start(
        "salesforce", poll_interval=POLL_INTERVAL, oauth_timeout=OAUTH_TIMEOUT
    )


def _picker_init(client: Client) -> object:
    return client.ExternalFilePicker("googledrive").init(developer_key="AIza-fuzz")


def _settings(
    client: Client, *, workflow: bool = False, configuration: str | None = None
) -> object:
    if workflow:
        return client.update_workflow_user_settings(
            "slack", SLACK_WORKFLOW, {"channel": "general"}, selected_configuration_id=configuration
        )
    return client.update_integration_user_settings(
        "slack", {"channel": "general"}, selected_configuration_id=configuration
    )


def _proxy(method: str) -> Driver:
    body: JsonValue = (
        None if method in ("GET", "DELETE") else {"channel": "C051Z9MK98W", "text": "Hello"}
    )
    return Driver(
        f"request({method})",
        lambda c: c.request("slack", "/chat.postMessage", method=method, body=body),
        returns_the_output,
        proxy=True,
    )


# The spec's IntegrationType: what a caller may pass back as ``integration_type``.
_INTEGRATION_TYPE: Final = re.compile(r"[A-Za-z][A-Za-z0-9_.-]{0,63}")


def _integration_views(client: Client) -> object:
    """list_integrations, then what the SDK computes from the list, for every integration."""
    if isinstance(client, AsyncParagon):
        async_client = client

        async def views() -> list[object]:
            return _views(async_client, await async_client.list_integrations())

        return views()
    return _views(client, client.list_integrations())


def _views(client: Client, integrations: list[Any]) -> list[object]:
    results: list[object] = [client.get_integration_metadata()]
    seen: set[str] = set()
    for integration in integrations:
        data = integration.to_dict()
        kind = data.get("type")
        if not isinstance(kind, str) or not _INTEGRATION_TYPE.fullmatch(kind) or kind in seen:
            continue  # not a type a caller could name, or one that names an earlier integration
        seen.add(kind)
        results.append(client.get_integration_metadata(kind))
        results.append(client.get_integration_config(kind))
        sources = (data.get("sdkIntegrationConfig") or {}).get("dataSources") or {}
        # A blank key cannot be named (get_data_source_options refuses a blank source_type).
        named = [source for source in sources if source.strip()]
        results += [client.get_data_source_options(kind, source) for source in named]
    return results


def returns_views(result: Any, body: Any) -> None:
    """Metadata, Connect Portal configs and data sources, each a generated model."""
    assert isinstance(result, list), f"expected a list, got {type(result).__name__}"
    metadata, *views = result
    for item in [*metadata, *views]:
        assert _is_model(item), f"a view came back as {type(item).__name__}"
        item.to_dict()


def returns_tools(result: Any, body: Any) -> None:
    """Every function tool of the answer, as a client ``Tool`` (the paragon-format ones skipped)."""
    assert isinstance(result, list), f"expected a list, got {type(result).__name__}"
    kind = _client_type("Tool")
    for item in result:
        assert isinstance(item, kind), f"expected a Tool, got {type(item).__name__}"
        # What the tool is for: a model's tool list. A name or schema OpenAI cannot take is
        # refused as such (ToolSpecError, a ParagonError).
        with contextlib.suppress(ParagonError):
            cast(Any, item).to_openai()


def returns_paragon_tools(result: Any, body: Any) -> None:
    """The paragon-format tools by integration type, each a generated ``ParagonTool``."""
    assert isinstance(result, dict), f"expected a dict, got {type(result).__name__}"
    for tools in result.values():
        for tool in tools:
            _assert_model(tool, "ParagonTool")


def returns_triggers(result: Any, body: Any) -> None:
    assert isinstance(result, list), f"expected a list, got {type(result).__name__}"
    kind = _client_type("Trigger")
    for item in result:
        assert isinstance(item, kind), f"expected a Trigger, got {type(item).__name__}"


def _run_tool(client: Client) -> object:
    # Not validated: the drawn catalogue would decide what reaches the target otherwise.
    arguments = {"channel": "#general", "message": "Hello"}
    return client.tools.run("SLACK_SEND_MESSAGE", arguments, validate=False)


def _tool_call(client: Client) -> object:
    call = {
        "id": "call_1",
        "type": "function",
        "function": {
            "name": "SLACK_SEND_MESSAGE",
            "arguments": '{"channel": "#general", "message": "Hello"}',
        },
    }
    return client.tools.call(call, validate=False, errors=())


def returns_tool_message(result: Any, body: Any) -> None:
    """The model's answer: a tool message carrying what the tool returned, as JSON text."""
    assert isinstance(result, dict) and result.get("role") == "tool", f"got {result!r:.200}"
    assert result["tool_call_id"] == "call_1"
    assert json.loads(result["content"]) == body


def _authenticate(client: Client) -> object:
    return client.authenticate(PROJECT_ID, USER_TOKEN)


def _iter_options(client: Client) -> object:
    return client.iter_field_options(integration="slack", action="channels")


_AUTHENTICATE = Driver(
    "authenticate", _authenticate, returns_client_type("AuthenticatedUser"), signed_in=False
)
_INSTALL_SALESFORCE = _install("salesforce")
_INSTALL_JIRA = _install("jira", post_options={"JIRA_CLOUD_ID": "my-jira-cloud-id"})

# The table: for every operationId of the spec, the public calls that send it (each with the
# typed result it must return for a good answer) or the reason none does.
OPERATIONS: Final[dict[str, tuple[Driver, ...] | Unreachable]] = {
    "getCurrentUser": (_AUTHENTICATE,),
    "updateUserMetadata": (
        Driver(
            "set_user_metadata",
            lambda c: c.set_user_metadata({"name": "Sean V", "plan": "pro"}),
            returns_client_type("AuthenticatedUser"),
        ),
    ),
    "listIntegrations": (
        _AUTHENTICATE,
        Driver(
            "list_integrations", lambda c: c.list_integrations(), returns_list_of("Integration")
        ),
        # getIntegrationMetadata, getIntegrationConfig and getDataSourceOptions send nothing:
        # they read the list, so they meet whatever listIntegrations answered.
        Driver("list_integrations+get_integration_config", _integration_views, returns_views),
    ),
    "uninstallIntegration": (
        Driver("uninstall_integration", lambda c: c.uninstall_integration("slack"), returns_none),
    ),
    "listCredentials": (
        Driver(
            "list_credentials",
            lambda c: c.list_credentials(),
            returns_list_of("Credential"),
            branch=0,
        ),
        Driver(
            "get_integration_account",
            lambda c: c.get_integration_account("googledrive", include_account_auth=True),
            returns("IntegrationAccount"),
            branch=1,
        ),
        Driver(
            "ExternalFilePicker.init",
            _picker_init,
            returns_picker_config,
            refuses=_picker_refusal,
            branch=1,
        ),
    ),
    "createCredential": (
        Driver(
            "install_integration(stripe)",
            _install("stripe", pre_options={"API_KEY": "sk_test_51Hx"}),
            returns_install_event,
        ),
        Driver(
            "connect(stripe)",
            _connect("stripe", pre_options={"API_KEY": "sk_test_51Hx"}),
            returns_install_event,
        ),
        Driver(
            "complete_install(salesforce)",
            lambda c: c.complete_install("salesforce", "mock-authorization-code"),
            returns_install_event,
        ),
    ),
    "getCredential": (
        Driver(
            "get_credential", lambda c: c.get_credential(SLACK_CREDENTIAL), returns("Credential")
        ),
        Driver("install_integration(salesforce)", _INSTALL_SALESFORCE, returns_install_event),
        # Jira asks for post-OAuth inputs: the credential read goes on to completeCredentialSetup.
        Driver("install_integration(jira)", _INSTALL_JIRA, returns_install_event),
    ),
    "updateCredential": (
        Driver(
            "update_credential",
            lambda c: c.update_credential(SLACK_CREDENTIAL, {"sharedSettings": {"channel": "x"}}),
            returns("Credential"),
        ),
        Driver("update_integration_user_settings", _settings, returns("Credential")),
        Driver(
            "update_workflow_user_settings",
            lambda c: _settings(c, workflow=True),
            returns("Credential"),
        ),
    ),
    "completeCredentialSetup": (
        Driver("install_integration(jira)", _INSTALL_JIRA, returns_install_event),
    ),
    "createConfiguration": Unreachable(
        "no function of Paragon or AsyncParagon creates a configuration: the client only selects "
        "one (selected_configuration_id) and updates it (updateConfiguration)"
    ),
    "updateConfiguration": (
        Driver(
            "update_integration_user_settings(configuration)",
            lambda c: _settings(c, configuration="ext:team-emea"),
            returns("Credential"),
        ),
        Driver(
            "update_workflow_user_settings(configuration)",
            lambda c: _settings(c, workflow=True, configuration="ext:team-emea"),
            returns("Credential"),
        ),
    ),
    "deleteConfiguration": Unreachable(
        "no function of Paragon or AsyncParagon deletes a configuration: uninstall_integration "
        "removes a whole credential (uninstallIntegration) instead"
    ),
    "enableWorkflow": (
        Driver(
            "enable_workflow", lambda c: c.enable_workflow(SLACK_WORKFLOW), returns("WorkflowState")
        ),
        Driver(
            "update_workflow_state(True)",
            lambda c: c.update_workflow_state({SLACK_WORKFLOW: True}),
            returns_workflow_update,
            error_of=_workflow_state_error,
        ),
    ),
    "disableWorkflow": (
        Driver(
            "disable_workflow",
            lambda c: c.disable_workflow(SLACK_WORKFLOW),
            returns("WorkflowState"),
        ),
        Driver(
            "update_workflow_state(False)",
            lambda c: c.update_workflow_state({SLACK_WORKFLOW: False}),
            returns_workflow_update,
            error_of=_workflow_state_error,
        ),
    ),
    "getFieldOptions": (
        Driver(
            "get_field_options",
            lambda c: c.get_field_options(integration="slack", action="channels"),
            returns_field_options,
        ),
        Driver("iter_field_options", _iter_options, returns_options, once=True),
    ),
    "buildOauthUrl": (
        Driver("install_integration(salesforce)", _INSTALL_SALESFORCE, returns_install_event),
        Driver("install_flow.start(salesforce)", _headless_start, returns("DoneStage")),
    ),
    "getOauthNoncePage": Unreachable(
        "a page for the SDK's OAuth popup in a browser; a server-side client has no popup "
        "and goes to buildOauthUrl's consent page directly"
    ),
    "getOauthSession": (
        Driver(
            "install_integration(salesforce)",
            _INSTALL_SALESFORCE,
            returns_install_event,
            refuses=_oauth_session_refusal,
            on_status=_oauth_404(),
        ),
    ),
    "deleteOauthSession": (
        Driver(
            "install_integration(salesforce)",
            _INSTALL_SALESFORCE,
            returns_install_event,
            # Deleting a session that is already gone is what the client wanted anyway.
            on_status={404: None},
        ),
    ),
    "triggerEvent": (
        Driver(
            "event",
            lambda c: c.event("Contact Created", {"name": "Brandon"}),
            returns("EventReceipt"),
        ),
    ),
    "triggerWorkflow": (
        Driver(
            "workflow",
            lambda c: c.workflow(SLACK_WORKFLOW, body={"email": "bowie@example.com"}),
            returns_the_body,
        ),
    ),
    "connectResource": (
        Driver(
            "connect_action",
            lambda c: c.connect_action("shared-slack", {"API_KEY": "resource-key"}),
            returns("ResourceConnection"),
        ),
    ),
    "proxyGet": (_proxy("GET"),),
    "proxyPost": (_proxy("POST"),),
    "proxyPut": (_proxy("PUT"),),
    "proxyPatch": (_proxy("PATCH"),),
    "proxyDelete": (_proxy("DELETE"),),
    "listTools": (
        Driver("tools.list", lambda c: c.tools.list(), returns_tools),
        Driver("tools.list_paragon", lambda c: c.tools.list_paragon(), returns_paragon_tools),
    ),
    "runTool": (
        Driver("tools.run", _run_tool, returns_the_body),
        Driver("tools.call", _tool_call, returns_tool_message),
    ),
    "listTriggers": (Driver("triggers.list", lambda c: c.triggers.list(), returns_triggers),),
    "listActions": Unreachable(
        "the deprecated path of listTools: the client lists tools with listTools"
    ),
    "runAction": Unreachable("the deprecated path of runTool: the client runs tools with runTool"),
}


def drivers() -> Iterator[tuple[str, Driver]]:
    """Every (operationId, driver) pair of the table, in the spec's order."""
    for spec_operation in OPERATION_TABLE:
        entry = OPERATIONS[spec_operation.operation_id]
        if isinstance(entry, tuple):
            for driver in entry:
                yield spec_operation.operation_id, driver


# -- running a driver ---------------------------------------------------------------------------


@dataclass
class Outcome:
    """What a public call did: returned ``result`` or raised ``error``."""

    result: Any = None
    error: BaseException | None = None
    hits: int = 0
    answered: list[Answer] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """The error with the innermost frames of its traceback, for failure messages."""
        if self.error is None:
            return f"returned {type(self.result).__name__}: {self.result!r:.300}"
        frames = traceback.extract_tb(self.error.__traceback__)[-3:]
        where = " <- ".join(
            f"{frame.filename.rsplit('/', 2)[-1]}:{frame.lineno} {frame.name}"
            for frame in reversed(frames)
        )
        chain = ""
        cause = self.error.__cause__ or self.error.__context__
        if cause is not None:
            chain = f" (from {type(cause).__name__}: {str(cause)[:200]})"
        return f"raised {type(self.error).__name__}: {str(self.error)[:300]}{chain} at {where}"


class SetupFailed(AssertionError):
    """The good answers did not sign the client in: a harness problem, or a client that cannot
    read the spec's own examples."""


def _drain_sync(value: object) -> object:
    if isinstance(value, Iterator):
        return list(value)
    return value


async def _drain_async(value: object) -> object:
    if inspect.isawaitable(value):
        value = await value
    if isinstance(value, AsyncIterator):
        return [item async for item in value]
    return value


def run(flavour: Flavour, operation_id: str, driver: Driver, answer: Answer | None) -> Outcome:
    """Sign a fresh client in against the good answers, then make the driver's call.

    The target operation answers ``answer`` (well, when it is None) once the client is signed in.
    """
    server = FakeParagon(operation_id, answer, armed=not driver.signed_in, once=driver.once)
    outcome = Outcome()
    if flavour == "sync":
        sync_client = Paragon(
            base_url=BASE_URL, transport=httpx.MockTransport(server), max_retries=0
        )
        with sync_client:
            if driver.signed_in:
                _sign_in(lambda: sync_client.authenticate(PROJECT_ID, USER_TOKEN))
                server.armed = True
            try:
                outcome.result = _drain_sync(driver.call(sync_client))
            except Exception as error:
                outcome.error = error
    else:

        async def main() -> None:
            async with AsyncParagon(
                base_url=BASE_URL, transport=httpx.MockTransport(server), max_retries=0
            ) as async_client:
                if driver.signed_in:
                    try:
                        await async_client.authenticate(PROJECT_ID, USER_TOKEN)
                    except Exception as error:
                        raise SetupFailed(
                            f"authenticate() against good answers: {error}"
                        ) from error
                    server.armed = True
                try:
                    outcome.result = await _drain_async(driver.call(async_client))
                except Exception as error:
                    outcome.error = error

        asyncio.run(main())
    outcome.hits = server.hits
    outcome.answered = server.answered
    outcome.unmatched = server.unmatched
    return outcome


def _sign_in(authenticate: Callable[[], object]) -> None:
    try:
        authenticate()
    except Exception as error:
        raise SetupFailed(f"authenticate() against good answers: {error}") from error
