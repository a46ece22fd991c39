"""The client reads what a real Paragon may send, not only what paragon-mock sends.

Every test serves answers through ``httpx.MockTransport``, to ``Paragon`` and ``AsyncParagon``
alike: the SDK reference's own example payloads (tests/reference/), lean answers with only the
required properties, answers with properties, enum values and variants this client has never
seen, and answers it cannot read, which must raise ``APIResponseValidationError`` saying where.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import anyio.from_thread
import httpx
import pytest
from paragon_connect import (
    APIResponseValidationError,
    APIStatusError,
    AsyncParagon,
    AuthenticatedUser,
    Paragon,
    ParagonError,
    UnknownVariant,
)
from paragon_connect_api.models.credential import Credential
from paragon_connect_api.models.field_option import FieldOption
from paragon_connect_api.models.integration import Integration
from paragon_connect_api.types import UNSET
from paragon_mock import DEFAULT_PROJECT_ID, dev_token

from tests.test_reference_corpus import ENTRIES

PROJECT = DEFAULT_PROJECT_ID
SLACK_ID = "2f08e65f-d924-42ab-9618-b6023d82ffbd"
SLACK_WORKFLOW = "1b22193b-e355-458d-b6a3-5e5516edb588"
SLACK_CREDENTIAL = "00da4146-7ac4-4253-a8f7-96849b8137d9"


def reference(file: str) -> Any:
    """A payload of the reference corpus, parsed (a fresh copy each time)."""
    entry = next(entry for entry in ENTRIES if entry.file == file)
    return copy.deepcopy(entry.payload())


def reference_user() -> dict[str, Any]:
    """The getUser() example as /sdk/me sends it (getUser() adds `authenticated`)."""
    user: dict[str, Any] = reference("getUser.response.json5")
    del user["authenticated"]
    return user


def slack_integrations() -> list[Any]:
    """The REST example of GET /sdk/integrations, verbatim: a list holding Slack."""
    integrations: list[Any] = reference("restListIntegrations.response.json5")
    return integrations


Answer = Callable[[httpx.Request], httpx.Response]


def json_answer(body: Any, status: int = 200) -> Answer:
    content = json.dumps(body).encode()  # httpx's json= would send nothing for None
    headers = {"Content-Type": "application/json"}
    return lambda request: httpx.Response(status, content=content, headers=headers)


@dataclass
class Server:
    """Answers by ``"METHOD /path/suffix"`` regex; the first match wins; records requests."""

    routes: list[tuple[re.Pattern[str], Answer]] = field(default_factory=list)
    requests: list[httpx.Request] = field(default_factory=list)

    def on(self, pattern: str, answer: Answer) -> Server:
        self.routes.insert(0, (re.compile(pattern), answer))
        return self

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        where = f"{request.method} {request.url.path}"
        for pattern, answer in self.routes:
            if pattern.search(where):
                return answer(request)
        return httpx.Response(404, json={"message": f"no route for {where}"})

    def sent(self, pattern: str) -> list[httpx.Request]:
        return [r for r in self.requests if re.search(pattern, f"{r.method} {r.url.path}")]


def reference_server() -> Server:
    """A Paragon answering with the reference's own examples."""
    return (
        Server()
        .on(r"GET .*/sdk/me$", json_answer(reference_user()))
        .on(r"GET .*/sdk/integrations$", json_answer(slack_integrations()))
        .on(
            r"GET .*/sdk/credentials$", json_answer(reference("restListCredentials.response.json5"))
        )
    )


@dataclass
class Flavour:
    """One client, sync or async, called the same way (async through a blocking portal)."""

    client: Paragon | AsyncParagon
    portal: anyio.from_thread.BlockingPortal

    def call(self, name: str, /, *args: Any, **kwargs: Any) -> Any:
        bound = getattr(self.client, name)
        if isinstance(self.client, AsyncParagon):
            return self.portal.call(functools.partial(bound, *args, **kwargs))
        return bound(*args, **kwargs)

    def sign_in(self) -> AuthenticatedUser:
        user: AuthenticatedUser = self.call("authenticate", PROJECT, dev_token("xyz"))
        return user


@pytest.fixture(params=["sync", "async"])
def flavour_of(request: pytest.FixtureRequest) -> Iterator[Callable[[Server], Flavour]]:
    """Make a client of the parametrised flavour on a scripted server."""
    with anyio.from_thread.start_blocking_portal() as portal:
        made: list[Paragon | AsyncParagon] = []

        def make(server: Server) -> Flavour:
            transport = httpx.MockTransport(server.handle)
            client: Paragon | AsyncParagon
            if request.param == "sync":
                client = Paragon(base_url="http://paragon.test", transport=transport, max_retries=0)
            else:
                client = AsyncParagon(
                    base_url="http://paragon.test", transport=transport, max_retries=0
                )
            made.append(client)
            return Flavour(client, portal)

        yield make
        for client in made:
            if isinstance(client, AsyncParagon):
                portal.call(client.aclose)
            else:
                client.close()


# -- the reference's own examples -------------------------------------------------------------


def test_authenticate_reads_the_reference_user_and_integrations(
    flavour_of: Callable[[Server], Flavour],
) -> None:
    paragon = flavour_of(reference_server())
    user = paragon.sign_in()
    assert user.user_id == "xyz"
    salesforce = user.integrations["salesforce"]
    assert salesforce.enabled is True
    # Not a UUID, as the reference prints it: read as the string it is.
    assert salesforce.credential_id == "987654-56a7-89b1-cd23-456789abcdef"
    assert salesforce.credential_status == "VALID"
    assert user.integrations["shopify"].credential_id is UNSET
    assert user.meta == {}
    metadata = paragon.client.get_integration_metadata("slack")
    assert (metadata.name, metadata.brand_color) == ("Slack", "#4A154B")


def test_list_integrations_and_credentials_read_the_rest_examples(
    flavour_of: Callable[[Server], Flavour],
) -> None:
    paragon = flavour_of(reference_server())
    paragon.sign_in()
    [slack] = paragon.call("list_integrations")
    assert isinstance(slack, Integration)
    assert slack.sdk_integration_config is UNSET
    assert slack.connected_user_limit_reached is True
    [credential] = paragon.call("list_credentials")
    assert isinstance(credential, Credential)
    assert credential.status is UNSET and credential.configurations is UNSET
    assert credential.provider_id == "50150244515"
    # Without sdkIntegrationConfig, nothing is known of Slack's data sources.
    assert paragon.client.get_data_source_options("slack", "channels") is None


def test_settings_find_the_credential_the_user_state_does_not_name(
    flavour_of: Callable[[Server], Flavour],
) -> None:
    server = reference_server()
    user = reference_user()
    user["integrations"]["slack"] = {"enabled": True}  # lean: no credentialId, no allCredentials
    server.on(r"GET .*/sdk/me$", json_answer(user))
    credentials = reference("restListCredentials.response.json5")
    credentials[0]["integrationId"] = SLACK_ID
    server.on(r"GET .*/sdk/credentials$", json_answer(credentials))
    server.on(r"PATCH .*/sdk/credentials/", json_answer(credentials[0]))
    paragon = flavour_of(server)
    paragon.sign_in()
    result = paragon.call(
        "update_workflow_user_settings", "slack", SLACK_WORKFLOW, {"channel": "general"}
    )
    assert isinstance(result, Credential)
    [patch] = server.sent(r"PATCH ")
    assert patch.url.path.endswith(f"/sdk/credentials/{SLACK_CREDENTIAL}")
    # Only the settings: never an `enabled` that could undo another writer's toggle.
    assert json.loads(patch.content) == {
        "config": {"workflowSettings": {SLACK_WORKFLOW: {"settings": {"channel": "general"}}}}
    }
    # The whole list, filtered here: ?integration= answers one object, not a list.
    [listing] = server.sent(r"GET .*/sdk/credentials$")
    assert "integration" not in listing.url.params


# -- what this client has never seen ------------------------------------------------------------


def test_a_new_data_source_kind_does_not_break_authenticate(
    flavour_of: Callable[[Server], Flavour],
) -> None:
    integrations = slack_integrations()
    new_kind = {"type": "NEW_KIND", "id": "x", "shape": {"anything": [1, 2]}}
    integrations[0]["sdkIntegrationConfig"] = {"dataSources": {"future": new_kind}}
    paragon = flavour_of(
        reference_server().on(r"GET .*/sdk/integrations$", json_answer(integrations))
    )
    paragon.sign_in()
    source = paragon.client.get_data_source_options("slack", "future")
    assert isinstance(source, UnknownVariant)
    assert source["type"] == "NEW_KIND"
    assert source.to_dict() == new_kind


def test_new_values_and_properties_are_kept(flavour_of: Callable[[Server], Flavour]) -> None:
    credential = {
        "id": SLACK_CREDENTIAL,
        "projectId": PROJECT,
        "integrationId": SLACK_ID,
        "personaId": "0563109f-5e71-46c5-8483-1ac8c0913d6c",
        "status": "SUSPENDED",
        "futureField": {"nested": [True]},
    }
    server = reference_server().on(r"GET .*/sdk/credentials/", json_answer(credential))
    paragon = flavour_of(server)
    paragon.sign_in()
    read = paragon.call("get_credential", SLACK_CREDENTIAL)
    assert read.status == "SUSPENDED" and read.status not in type(read.status)
    assert read.additional_properties == {"futureField": {"nested": [True]}}
    assert read.to_dict() == credential


def test_field_options_of_the_reference_shape_and_of_a_new_kind(
    flavour_of: Callable[[Server], Flavour],
) -> None:
    page = {
        "output": {
            "records": [{"label": "#general", "value": "general"}, {"type": "GROUP", "x": 1}],
            "nextPageCursor": None,
        }
    }
    paragon = flavour_of(reference_server().on(r"POST .*/sdk/actions$", json_answer(page)))
    paragon.sign_in()
    result = paragon.call("get_field_options", integration="slack", action="channels")
    option, group = result.data
    assert isinstance(option, FieldOption) and option.type_ is UNSET
    assert (option.label, option.value) == ("#general", "general")
    assert isinstance(group, UnknownVariant) and group["type"] == "GROUP"
    assert result.next_page_cursor is None


def test_an_install_reads_the_credential_id_the_session_gave_whatever_its_form(
    flavour_of: Callable[[Server], Flavour],
) -> None:
    credential = {
        "id": "ext:abc",
        "projectId": PROJECT,
        "integrationId": SLACK_ID,
        "personaId": "0563109f-5e71-46c5-8483-1ac8c0913d6c",
    }
    server = (
        reference_server()
        .on(r"GET .*/sdk/actions/build-oauth$", json_answer({"redirectUrl": "https://slack.test/"}))
        .on(r"GET .*/sdk/actions/session-id/", json_answer({"connectCredentialId": "ext:abc"}))
        .on(r"DELETE .*/sdk/actions/session-id/", lambda request: httpx.Response(204))
        .on(r"GET .*/sdk/credentials/", json_answer(credential))
    )
    paragon = flavour_of(server)
    paragon.sign_in()
    # Slack's inputs are unknown (no sdkIntegrationConfig): preOptions is asked, with nothing.
    event = paragon.call("install_integration", "slack", poll_interval=0.01)
    assert (event.integration_type, event.credential_id) == ("slack", "ext:abc")
    [read] = server.sent(r"GET .*/sdk/credentials/")
    assert read.url.raw_path.endswith(b"/sdk/credentials/ext%3Aabc")


# -- what this client cannot read --------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "json_path", "problem"),
    [
        ({}, "$.id", "is required but missing"),
        ([1, 2, 3], "$", "expected an object, got an array"),
        (None, "$", "expected an object, got null"),
        (
            {"id": SLACK_CREDENTIAL, "projectId": PROJECT, "integrationId": 5},
            "$.integrationId",
            "expected a string, got a number",
        ),
    ],
)
def test_an_unreadable_answer_raises_one_error_that_says_where(
    flavour_of: Callable[[Server], Flavour], body: Any, json_path: str, problem: str
) -> None:
    paragon = flavour_of(reference_server().on(r"GET .*/sdk/credentials/", json_answer(body)))
    paragon.sign_in()
    with pytest.raises(APIResponseValidationError) as caught:
        paragon.call("get_credential", SLACK_CREDENTIAL)
    error = caught.value
    assert (error.operation, error.status_code) == ("getCredential", 200)
    assert (error.json_path, error.problem) == (json_path, problem)
    assert error.response.request.url.path.endswith(SLACK_CREDENTIAL)
    assert error.__cause__ is not None
    assert json_path in str(error)


@pytest.mark.parametrize(
    "content",
    [b"<html>Welcome</html>", b"", b'{"id": ', b"\xff\xfe", b"[" * 100_000 + b"]" * 100_000],
    ids=["html", "empty", "truncated", "not-utf8", "deep"],
)
def test_a_body_that_is_not_json_raises_the_same_error(
    flavour_of: Callable[[Server], Flavour], content: bytes
) -> None:
    answer: Answer = lambda request: httpx.Response(200, content=content)  # noqa: E731
    paragon = flavour_of(reference_server().on(r"GET .*/sdk/integrations$", answer))
    with pytest.raises(APIResponseValidationError) as caught:
        paragon.sign_in()
    assert caught.value.json_path == "$"
    assert caught.value.operation == "listIntegrations"
    # authenticate() failed: the client is left unauthenticated.
    assert paragon.client.get_user().authenticated is False


def test_update_workflow_state_records_an_unreadable_answer_per_workflow(
    flavour_of: Callable[[Server], Flavour],
) -> None:
    good, bad = SLACK_WORKFLOW, "487c67e1-bc3f-406e-acc4-085f897dc564"
    server = reference_server()
    server.on(rf"POST .*/sdk/workflows/{good}$", json_answer({}))
    server.on(rf"DELETE .*/sdk/workflows/{bad}$", json_answer([1, 2, 3]))
    paragon = flavour_of(server)
    paragon.sign_in()
    events: list[Any] = []
    paragon.client.subscribe("onWorkflowChange", lambda event, user: events.append(event))
    result = paragon.call("update_workflow_state", {good: True, bad: False})
    [failure] = result.errors
    assert failure.workflow_id == bad
    assert isinstance(failure.error, APIResponseValidationError)
    [event] = events
    # Told from the request, since Paragon's answer ({}) said nothing: Slack owns the workflow.
    assert (event.workflow_id, event.integration_id) == (good, SLACK_ID)
    assert event.workflow_state_change.enabled is True


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_is_an_error_not_none(
    flavour_of: Callable[[Server], Flavour], status: int
) -> None:
    moved: Answer = lambda request: httpx.Response(  # noqa: E731
        status, headers={"Location": "https://elsewhere.test/"}
    )
    server = reference_server().on(r" .*/sdk/proxy/", moved).on(r"POST .*/sdk/triggers/", moved)
    paragon = flavour_of(server)
    paragon.sign_in()
    with pytest.raises(APIStatusError) as caught:
        paragon.call("request", "slack", "/chat.postMessage", method="POST", body={})
    assert caught.value.status_code == status
    assert "does not follow redirects" in str(caught.value)
    with pytest.raises(APIStatusError):
        paragon.call("workflow", SLACK_WORKFLOW)


@pytest.mark.parametrize("status", [400, 404, 409, 422, 429, 500, 502, 503])
@pytest.mark.parametrize(
    "content", [b"", b"<html>busy</html>", b"[1,2,3]", b'{"message": 5}', b"[" * 50_000]
)
def test_an_error_status_raises_its_error_whatever_its_body(
    flavour_of: Callable[[Server], Flavour], status: int, content: bytes
) -> None:
    answer: Answer = lambda request: httpx.Response(status, content=content)  # noqa: E731
    paragon = flavour_of(reference_server().on(r"GET .*/sdk/credentials/", answer))
    paragon.sign_in()
    with pytest.raises(APIStatusError) as caught:
        paragon.call("get_credential", SLACK_CREDENTIAL)
    assert caught.value.status_code == status
    assert isinstance(caught.value, ParagonError)
