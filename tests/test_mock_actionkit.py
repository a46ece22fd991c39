"""ActionKit in the mock: listing Tools and Triggers, running Tools, and what runs leave behind."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from paragon_mock import DEFAULT_PROJECT_ID, dev_token, upstream
from paragon_mock.operations.actionkit import EFFECTS, catalogue

from tests.conftest import SPEC_DATA
from tests.mock_client import MockClient

REFERENCE = Path(__file__).parent / "reference" / "actionkit"
SECOND_PROJECT = "908f4c5e-6394-46a5-9355-3f729edbd160"
GOOGLE_DRIVE = "630a77cb-4cff-44dc-80a4-a2e4483c41ee"
JIRA = "5c7e9a1b-3d5f-4b8a-9c2e-4f6a8b0c2d4e"
STRIPE = "6f3c5e1a-52a4-4c8e-9d0b-7f1e2a3b4c5d"
# The accounts of the fixture's user xyz.
XYZ_SLACK = "4f2d8b6e-1c3a-4e5f-8a7b-9c0d1e2f3a4b"
XYZ_HUBSPOT = "00da4146-7ac4-4253-a8f7-96849b8137d9"
# What every integration of the catalogue offers, in both formats (xyz has the first three).
JSON_SCHEMA_NAMES = {
    "slack": ["SLACK_SEND_MESSAGE", "SLACK_LIST_CHANNELS"],
    "salesforce": [
        "SALESFORCE_CREATE_RECORD_CONTACT",
        "SALESFORCE_CREATE_RECORD_LEAD",
        "SALESFORCE_CREATE_RECORD_OPPORTUNITY",
        "SALESFORCE_CREATE_RECORD_ACCOUNT",
        "SALESFORCE_UPDATE_RECORD_CONTACT",
        "SALESFORCE_UPDATE_RECORD_LEAD",
        "SALESFORCE_UPDATE_RECORD_OPPORTUNITY",
        "SALESFORCE_UPDATE_RECORD_ACCOUNT",
    ],
    "hubspot": [
        "HUBSPOT_CREATE_RECORD_CONTACTS",
        "HUBSPOT_CREATE_RECORD_COMPANIES",
        "HUBSPOT_CREATE_RECORD_DEALS",
    ],
    "googledrive": ["GOOGLE_DRIVE_LIST_FILES", "GOOGLE_DRIVE_CREATE_FOLDER"],
    "jira": ["JIRA_CREATE_ISSUE", "JIRA_GET_ISSUE_BY_KEY"],
    "stripe": ["STRIPE_CREATE_CUSTOMER", "STRIPE_GET_CUSTOMERS", "STRIPE_GET_CUSTOMER_BY_ID"],
}
PARAGON_NAMES = {
    **JSON_SCHEMA_NAMES,
    "salesforce": ["SALESFORCE_CREATE_RECORD", "SALESFORCE_UPDATE_RECORD"],
    "hubspot": ["HUBSPOT_CREATE_RECORD"],
}


@pytest.fixture
def xyz() -> MockClient:
    """The fixture's user xyz: Salesforce, HubSpot and Slack installed."""
    return MockClient(user="xyz")


@pytest.fixture
def fresh() -> MockClient:
    """A user with nothing installed."""
    return MockClient(user="actionkit-user")


def _conforms(body: Any, schema: str) -> None:
    """The body validates against one of the spec's component schemas."""
    validator = Draft202012Validator({**SPEC_DATA, "$ref": f"#/components/schemas/{schema}"})
    problems = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(body)]
    assert not problems, problems


def _list(client: MockClient, path: str = "{p}/tools", **params: str) -> dict[str, Any]:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    _conforms(body, "ToolList")
    assert body["errors"] == []
    return body


def _names(tools: dict[str, list[dict[str, Any]]]) -> dict[str, list[str]]:
    return {
        integration: [t["function"]["name"] if "function" in t else t["name"] for t in listed]
        for integration, listed in tools.items()
    }


def _run(client: MockClient, tool: str, parameters: dict[str, Any], **kwargs: Any) -> Any:
    response = client.post("{p}/tools", json={"tool": tool, "parameters": parameters}, **kwargs)
    assert response.status_code == 200, response.text
    return response.json()


def _refused(
    client: MockClient, status: int, tool: str, parameters: dict[str, Any], **kwargs: Any
) -> dict[str, Any]:
    response = client.post("{p}/tools", json={"tool": tool, "parameters": parameters}, **kwargs)
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    _conforms(body, "ErrorEnvelope")
    assert body["status"] == status
    return body


def _install_oauth(client: MockClient, integration: str, integration_id: str) -> str:
    """Install an OAuth integration through the consent page; the new credential's ID."""
    nonce = f"nonce-actionkit-{integration}"
    built = client.get(
        f"/v2/projects/{DEFAULT_PROJECT_ID}/sdk/actions/build-oauth",
        params={"action": integration, "integrationId": integration_id, "oauthMetaKeyId": nonce},
    )
    assert built.status_code == 200, built.text
    page = built.json()["redirectUrl"].removeprefix("http://testserver")
    assert client.post(f"{page}/approve").status_code == 200
    credential_id: str = client.get(f"{{p}}/sdk/actions/session-id/{nonce}").json()[
        "connectCredentialId"
    ]
    return credential_id


def _install_jira(client: MockClient) -> str:
    credential_id = _install_oauth(client, "jira", JIRA)
    done = client.post(
        f"{{p}}/sdk/credentials/{credential_id}/complete-setup",
        json={"payload": {"JIRA_CLOUD_ID": "acme-cloud"}, "installOptions": {}},
    )
    assert done.status_code == 200, done.text
    return credential_id


def _install_stripe(client: MockClient, *, another: bool = False) -> str:
    response = client.post(
        "{p}/sdk/credentials",
        json={
            "integrationId": STRIPE,
            "payload": {"API_KEY": "sk_test_actionkit"},
            "installOptions": {"allowMultipleCredentials": another},
        },
    )
    assert response.status_code == 201, response.text
    credential_id: str = response.json()["id"]
    return credential_id


def _records(client: MockClient, **params: str) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = client.get("/_mock/records", params=params).json()["records"]
    return records


def _spec_example(name: str) -> Any:
    return SPEC_DATA["components"]["examples"][name]["value"]


# -- the catalogue ------------------------------------------------------------------------------


def test_the_catalogue_covers_the_integrations_of_the_fixture(xyz: MockClient) -> None:
    listed = catalogue().integrations
    assert set(listed) == set(JSON_SCHEMA_NAMES)
    project = xyz.app.mock.store.project(DEFAULT_PROJECT_ID)
    assert project is not None
    assert all(project.integration_by_type(t) is not None for t in listed)
    for entry in listed.values():
        assert entry.categories
        assert [tool.name for tool in entry.tools] == PARAGON_NAMES[entry.type]
        for tool in entry.tools:
            assert tool.method in ("GET", "POST", "PATCH") and tool.path
    # Every name of either format runs, and names nothing else.
    runnable = catalogue().runnable
    every = {n for names in (*JSON_SCHEMA_NAMES.values(), *PARAGON_NAMES.values()) for n in names}
    assert set(runnable) == every
    assert runnable["SALESFORCE_CREATE_RECORD_LEAD"][1] is not None
    assert runnable["SALESFORCE_CREATE_RECORD"][1] is None
    # Every Tool does something.
    assert set(EFFECTS) == {name for names in PARAGON_NAMES.values() for name in names}


# -- listing Tools ------------------------------------------------------------------------------


def test_list_tools_in_the_json_schema_format_by_default(xyz: MockClient) -> None:
    body = _list(xyz)
    assert set(body) == {"tools", "errors"}
    assert _names(body["tools"]) == {
        k: JSON_SCHEMA_NAMES[k] for k in ("slack", "salesforce", "hubspot")
    }
    assert _list(xyz, format="json_schema") == body
    # The List Tools page's HubSpot contact Tool, with the properties the page shows.
    contacts = body["tools"]["hubspot"][0]
    documented = _spec_example("ToolListJsonSchema")["tools"]["hubspot"][0]
    assert contacts["type"] == "function"
    assert contacts["function"]["name"] == documented["function"]["name"]
    assert contacts["function"]["description"] == documented["function"]["description"]
    schema, expected = contacts["function"]["parameters"], documented["function"]["parameters"]
    assert list(schema["properties"]) == list(expected["properties"])
    assert schema["required"] == expected["required"]
    assert schema["additionalProperties"] is False
    send = body["tools"]["slack"][0]["function"]
    assert send["parameters"]["required"] == ["channel", "message"]
    assert list(send["parameters"]["properties"]) == ["channel", "message", "botName", "botIcon"]


def test_list_tools_in_the_paragon_format(xyz: MockClient) -> None:
    body = _list(xyz, format="paragon")
    assert _names(body["tools"]) == {
        k: PARAGON_NAMES[k] for k in ("slack", "salesforce", "hubspot")
    }
    # The Send Message Tool as the spec's paragon example shows it.
    send = body["tools"]["slack"][0]
    documented = _spec_example("ToolListParagon")["tools"]["slack"][0]
    assert (send["name"], send["title"]) == (documented["name"], documented["title"])
    assert [(i["id"], i["type"], i["required"]) for i in send["inputs"]] == [
        (i["id"], i["type"], i["required"]) for i in documented["inputs"]
    ]
    # A polymorphic Tool stays whole: its variants are the values of its variant input.
    create = body["tools"]["salesforce"][0]
    assert create["name"] == "SALESFORCE_CREATE_RECORD"
    (record_type,) = create["inputs"]
    assert (record_type["id"], record_type["type"], record_type["required"]) == (
        "recordType",
        "ENUM",
        True,
    )
    values = {v["value"]: v["dependentInputs"] for v in record_type["values"]}
    assert list(values) == ["Contact", "Lead", "Opportunity", "Account"]
    lead = {i["id"]: i for i in values["Lead"]}
    assert lead["field-LastName"]["required"] and lead["field-Company"]["required"]
    assert lead["field-Email"]["type"] == "EMAIL"
    assert lead["field-Status"]["type"] == "ENUM"
    assert "Closed - Converted" in lead["field-Status"]["values"]
    opportunity = {i["id"]: i for i in values["Opportunity"]}
    assert opportunity["field-Amount"]["type"] == "NUMBER"


def test_list_tools_filters_by_integrations_and_categories(xyz: MockClient) -> None:
    assert list(_list(xyz, integrations="slack")["tools"]) == ["slack"]
    assert list(_list(xyz, integrations="hubspot,salesforce")["tools"]) == [
        "salesforce",
        "hubspot",
    ]
    # Integrations the project has no Tools for, or does not have, give nothing.
    assert _list(xyz, integrations="shopify,asana")["tools"] == {}
    assert list(_list(xyz, categories="crm")["tools"]) == ["salesforce", "hubspot"]
    assert list(_list(xyz, categories="communication,marketing")["tools"]) == ["slack", "hubspot"]
    assert _list(xyz, categories="accounting")["tools"] == {}
    both = _list(xyz, integrations="slack,hubspot", categories="crm", format="paragon")
    assert _names(both["tools"]) == {"hubspot": ["HUBSPOT_CREATE_RECORD"]}
    everything = _list(xyz, limit_to_available="false", categories="payments,file_storage")
    assert list(everything["tools"]) == ["googledrive", "stripe"]


def test_limit_to_available_before_and_after_installing(fresh: MockClient) -> None:
    assert _list(fresh)["tools"] == {}
    assert _list(fresh, limit_to_available="true")["tools"] == {}
    every = _list(fresh, limit_to_available="false")
    assert _names(every["tools"]) == JSON_SCHEMA_NAMES
    _install_stripe(fresh)
    assert _names(_list(fresh)["tools"]) == {"stripe": JSON_SCHEMA_NAMES["stripe"]}
    _install_oauth(fresh, "googledrive", GOOGLE_DRIVE)
    assert list(_list(fresh, format="paragon")["tools"]) == ["googledrive", "stripe"]
    # reload_fields is accepted and changes nothing: the catalogue has no per-user fields.
    assert _list(fresh, reload_fields="true") == _list(fresh)


def test_a_project_lists_only_the_tools_of_its_integrations() -> None:
    second = MockClient(user=None)
    headers = {"Authorization": f"Bearer {dev_token('u1', project_id=SECOND_PROJECT)}"}
    response = second.get(
        f"/projects/{SECOND_PROJECT}/tools", params={"limit_to_available": "false"}, headers=headers
    )
    assert response.status_code == 200
    # Its one integration, Slack: the catalogue's other integrations are not the project's.
    assert list(response.json()["tools"]) == ["slack"]
    run = second.post(
        f"/projects/{SECOND_PROJECT}/tools",
        json={"tool": "STRIPE_CREATE_CUSTOMER", "parameters": {"email": "a@example.com"}},
        headers=headers,
    )
    assert run.status_code == 404
    assert "No Tool 'STRIPE_CREATE_CUSTOMER'" in run.json()["message"]


@pytest.mark.parametrize(
    ("query", "problem"),
    [
        ({"format": "openai"}, "query.format"),
        ({"limit_to_available": "yes please"}, "query.limit_to_available"),
        ({"reload_fields": "2"}, "query.reload_fields"),
        ({"integrations": "slack,,hubspot"}, "query.integrations"),
        ({"integrations": ""}, "query.integrations"),
        ({"categories": "crm project_management"}, "query.categories"),
    ],
)
def test_bad_query_values_are_400(xyz: MockClient, query: dict[str, str], problem: str) -> None:
    for path in ("{p}/tools", "{p}/actions"):
        response = xyz.get(path, params=query)
        assert response.status_code == 400, response.text
        body = response.json()
        _conforms(body, "ErrorEnvelope")
        assert any(m.startswith(problem) for m in body["message"]), body


def test_the_deprecated_list_path_answers_under_actions(xyz: MockClient) -> None:
    tools = _list(xyz)
    actions = _list(xyz, "{p}/actions")
    assert set(actions) == {"actions", "errors"}
    assert actions["actions"] == tools["tools"]
    documented = _spec_example("ActionListJsonSchema")["actions"]["hubspot"][0]
    assert actions["actions"]["hubspot"][0]["function"]["name"] == documented["function"]["name"]
    paragon = _list(xyz, "{p}/actions", format="paragon", integrations="salesforce")
    assert _names(paragon["actions"]) == {"salesforce": PARAGON_NAMES["salesforce"]}


# -- running Tools ------------------------------------------------------------------------------


def test_slack_send_message_answers_like_chat_post_message(xyz: MockClient) -> None:
    reference = json.loads((REFERENCE / "run-tool.response.json").read_text(encoding="utf-8"))
    output = _run(xyz, "SLACK_SEND_MESSAGE", {"channel": "#general", "message": "Hello world!"})
    assert set(output) == set(reference)
    assert set(output["message"]) == set(reference["message"])
    assert output["ok"] is True
    assert output["channel"] == "C051Z9MK98W"  # #general, by the ID Slack answers with
    assert output["ts"] == output["message"]["ts"]
    assert output["message"]["text"] == "Hello world!"
    assert output["message"]["user"] == "U051Z9MK98W"  # the provider ID of xyz's account
    assert output["message"]["bot_profile"]["name"] == "Paragon"
    again = _run(
        xyz,
        "SLACK_SEND_MESSAGE",
        {"channel": "C0NOTLISTED", "message": "*bold*", "botName": "Ops", "botIcon": ":dog:"},
    )
    assert again["channel"] == "C0NOTLISTED"
    assert again["ts"] != output["ts"]
    assert again["message"]["bot_id"] == output["message"]["bot_id"]
    assert again["message"]["bot_profile"]["name"] == "Ops"
    assert again["message"]["bot_profile"]["icons"] == {"emoji": ":dog:"}


def test_salesforce_tools_by_either_name(xyz: MockClient) -> None:
    contact = _run(
        xyz,
        "SALESFORCE_CREATE_RECORD_CONTACT",
        {"field-LastName": "Lovelace", "field-Email": "ada@example.com"},
    )
    assert contact["success"] is True and contact["errors"] == []
    assert contact["id"].startswith("003") and len(contact["id"]) == 18
    lead = _run(
        xyz,
        "SALESFORCE_CREATE_RECORD",
        {"recordType": "Lead", "field-LastName": "Hopper", "field-Company": "Navy"},
    )
    assert lead["id"].startswith("00Q")
    opportunity = _run(
        xyz,
        "SALESFORCE_CREATE_RECORD_OPPORTUNITY",
        {
            "field-Name": "Renewal",
            "field-StageName": "Prospecting",
            "field-CloseDate": "2026-12-31",
            "field-Amount": 1200.5,
        },
    )
    assert opportunity["id"].startswith("006")
    updated = _run(
        xyz,
        "SALESFORCE_UPDATE_RECORD",
        {"recordType": "Contact", "recordId": contact["id"], "field-Title": "CTO"},
    )
    assert updated == {"id": contact["id"], "success": True, "errors": []}
    paths = [r["path"] for r in _records(xyz, kind="proxyCall") if r.get("tool")]
    assert paths == [
        "services/data/v59.0/sobjects/Contact",
        "services/data/v59.0/sobjects/Lead",
        "services/data/v59.0/sobjects/Opportunity",
        f"services/data/v59.0/sobjects/Contact/{contact['id']}",
    ]


def test_hubspot_create_record_contacts(xyz: MockClient) -> None:
    output = _run(
        xyz,
        "HUBSPOT_CREATE_RECORD_CONTACTS",
        {"field-email": "grace@example.com", "field-firstname": "Grace"},
    )
    assert output["id"].isdigit()
    assert output["properties"]["email"] == "grace@example.com"
    assert output["properties"]["firstname"] == "Grace"
    assert output["properties"]["hs_object_id"] == output["id"]
    assert output["archived"] is False
    deal = _run(xyz, "HUBSPOT_CREATE_RECORD", {"recordType": "deals", "field-dealname": "Big one"})
    assert deal["properties"]["dealname"] == "Big one"


def test_google_drive_tools_page_and_create_folders(fresh: MockClient) -> None:
    _install_oauth(fresh, "googledrive", GOOGLE_DRIVE)
    first = _run(fresh, "GOOGLE_DRIVE_LIST_FILES", {})
    assert first["kind"] == "drive#fileList"
    assert [f["name"] for f in first["files"]] == ["Q3 plan", "Launch deck", "Budget 2026"]
    token = first["nextPageToken"]
    second = _run(fresh, "GOOGLE_DRIVE_LIST_FILES", {"paginationParameters": {"pageToken": token}})
    assert [f["name"] for f in second["files"]] == ["Contract.pdf", "logo.png", "Meeting notes"]
    assert "nextPageToken" not in second
    folder = _run(fresh, "GOOGLE_DRIVE_CREATE_FOLDER", {"folderName": "Invoices"})
    assert folder["mimeType"] == "application/vnd.google-apps.folder"
    assert folder["parents"] == ["root"]
    in_root = _run(fresh, "GOOGLE_DRIVE_LIST_FILES", {"includeFolders": True, "parentId": "root"})
    names = [f["name"] for f in in_root["files"]]
    assert names == ["Roadmap", "Budget 2026", "Contract.pdf"]
    rest = _run(
        fresh,
        "GOOGLE_DRIVE_LIST_FILES",
        {
            "includeFolders": True,
            "parentId": "root",
            "paginationParameters": {"pageToken": in_root["nextPageToken"]},
        },
    )
    assert [f["name"] for f in rest["files"]] == ["logo.png", "Meeting notes", "Invoices"]


def test_jira_issues_are_numbered_per_project_and_read_back(fresh: MockClient) -> None:
    _install_jira(fresh)
    first = _run(fresh, "JIRA_CREATE_ISSUE", {"project": "OPS", "summary": "Disk full"})
    assert first["key"] == "OPS-1"
    assert first["self"] == f"https://acme-cloud.atlassian.net/rest/api/3/issue/{first['id']}"
    second = _run(
        fresh,
        "JIRA_CREATE_ISSUE",
        {"project": "OPS", "summary": "Disk full again", "issueType": "Bug", "priority": "High"},
    )
    assert second["key"] == "OPS-2"
    other = _run(fresh, "JIRA_CREATE_ISSUE", {"project": "WEB", "summary": "Typo"})
    assert other["key"] == "WEB-1"
    issue = _run(fresh, "JIRA_GET_ISSUE_BY_KEY", {"issueKey": "OPS-2"})
    assert issue["fields"]["summary"] == "Disk full again"
    assert issue["fields"]["issuetype"] == {"name": "Bug"}
    assert issue["fields"]["status"] == {"name": "To Do"}


def test_a_provider_refusal_is_a_502_with_its_response(fresh: MockClient) -> None:
    _install_jira(fresh)
    body = _refused(fresh, 502, "JIRA_GET_ISSUE_BY_KEY", {"issueKey": "OPS-404"})
    assert body["meta"]["providerStatus"] == 404
    assert body["meta"]["providerResponse"]["errorMessages"]
    _install_stripe(fresh)
    missing = _refused(fresh, 502, "STRIPE_GET_CUSTOMER_BY_ID", {"customerId": "cus_nobody"})
    assert missing["meta"]["providerResponse"]["error"]["code"] == "resource_missing"
    # Refused by the provider, the request was still made: it is recorded.
    assert [r["providerStatus"] for r in _records(fresh, kind="proxyCall")] == [404, 404]


def test_stripe_customers_are_created_listed_and_paged(fresh: MockClient) -> None:
    _install_stripe(fresh)
    created = [
        _run(fresh, "STRIPE_CREATE_CUSTOMER", {"email": f"c{n}@example.com", "name": f"C {n}"})
        for n in range(3)
    ]
    assert all(c["id"].startswith("cus_") and c["object"] == "customer" for c in created)
    assert _run(fresh, "STRIPE_GET_CUSTOMER_BY_ID", {"customerId": created[1]["id"]}) == created[1]
    first = _run(fresh, "STRIPE_GET_CUSTOMERS", {"limit": 2})
    assert [c["email"] for c in first["data"]] == ["c2@example.com", "c1@example.com"]
    assert first["has_more"] is True
    cursor = first["nextPageCursor"]
    rest = _run(
        fresh, "STRIPE_GET_CUSTOMERS", {"limit": 2, "paginationParameters": {"pageCursor": cursor}}
    )
    assert [c["email"] for c in rest["data"]] == ["c0@example.com"]
    assert rest["has_more"] is False and "nextPageCursor" not in rest
    assert len(_run(fresh, "STRIPE_GET_CUSTOMERS", {})["data"]) == 3


def test_slack_list_channels_pages_with_a_cursor(xyz: MockClient) -> None:
    first = _run(xyz, "SLACK_LIST_CHANNELS", {})
    assert [c["name"] for c in first["channels"]][:2] == ["general", "random"]
    assert len(first["channels"]) == 5
    cursor = first["nextPageCursor"]
    assert first["response_metadata"]["next_cursor"] == cursor
    second = _run(xyz, "SLACK_LIST_CHANNELS", {"paginationParameters": {"pageCursor": cursor}})
    assert len(second["channels"]) == 3
    assert "nextPageCursor" not in second
    assert second["response_metadata"]["next_cursor"] == ""
    # A cursor the Tool did not issue names no page: 404, as for any unknown page cursor.
    for bad in ("not-a-cursor", "U0xBQ0tfTElTVF9NRU1CRVJTOjU=", cursor + "x"):
        _refused(xyz, 404, "SLACK_LIST_CHANNELS", {"paginationParameters": {"pageCursor": bad}})
    drive_cursor = "R09PR0xFX0RSSVZFX0xJU1RfRklMRVM6Mw=="  # another Tool's
    _refused(
        xyz, 404, "SLACK_LIST_CHANNELS", {"paginationParameters": {"pageCursor": drive_cursor}}
    )


# -- refusals -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tool", "parameters", "problems"),
    [
        (
            "SLACK_SEND_MESSAGE",
            {},
            [
                "parameters: 'channel' is a required property",
                "parameters: 'message' is a required property",
            ],
        ),
        (
            "SLACK_SEND_MESSAGE",
            {"channel": 42, "message": "hi", "thread": "x"},
            [
                "parameters.channel: 42 is not of type 'string'",
                "parameters: Additional properties are not allowed ('thread' was unexpected)",
            ],
        ),
        (
            "STRIPE_CREATE_CUSTOMER",
            {"email": "not-an-address", "metadata": {"plan": 3}},
            [
                "parameters.email: 'not-an-address' is not a 'email'",
                "parameters.metadata.plan: 3 is not of type 'string'",
            ],
        ),
        (
            "SALESFORCE_CREATE_RECORD",
            {"field-LastName": "Doe"},
            ["parameters.recordType: required, one of 'Contact', 'Lead', 'Opportunity', 'Account'"],
        ),
        (
            "SALESFORCE_CREATE_RECORD",
            {"recordType": "Case"},
            [
                "parameters.recordType: 'Case' is not one of "
                "'Contact', 'Lead', 'Opportunity', 'Account'"
            ],
        ),
        (
            "SALESFORCE_CREATE_RECORD",
            {"recordType": "Opportunity", "field-Name": "X", "field-StageName": "Won"},
            [
                "parameters.field-StageName: 'Won' is not one of ['Prospecting', 'Qualification', "
                "'Needs Analysis', 'Proposal/Price Quote', 'Negotiation/Review', 'Closed Won', "
                "'Closed Lost']",
                "parameters: 'field-CloseDate' is a required property",
            ],
        ),
        (
            "SALESFORCE_CREATE_RECORD_CONTACT",
            {"recordType": "Contact", "field-LastName": "Doe"},
            [
                "parameters: Additional properties are not allowed ('recordType' was unexpected)",
            ],
        ),
        (
            "JIRA_CREATE_ISSUE",
            {"project": "ops", "summary": ""},
            [
                "parameters.project: 'ops' does not match '^[A-Z][A-Z0-9_]{1,9}$'",
                "parameters.summary: '' should be non-empty",
            ],
        ),
        (
            "STRIPE_GET_CUSTOMERS",
            {"limit": 0, "paginationParameters": {"cursor": "x"}},
            [
                "parameters.limit: 0 is less than the minimum of 1",
                "parameters.paginationParameters: Additional properties are not allowed "
                "('cursor' was unexpected)",
            ],
        ),
    ],
)
def test_parameters_the_schema_refuses_are_a_400_listing_every_problem(
    tool: str, parameters: dict[str, Any], problems: list[str]
) -> None:
    client = MockClient(user="xyz")
    if tool.startswith("STRIPE"):
        _install_stripe(client)
    elif tool.startswith("JIRA"):
        _install_jira(client)
    body = _refused(client, 400, tool, parameters)
    assert body["message"] == sorted(problems)
    # A polymorphic Tool called by its base name is refused by the name of its variant.
    assert body["meta"]["tool"].startswith(tool)
    # Nothing ran: nothing was recorded.
    assert _records(client, kind="proxyCall") == []


def test_the_reference_requests(xyz: MockClient) -> None:
    # The Run Tool page's request sends no parameters: SLACK_SEND_MESSAGE cannot run so (400).
    request = json.loads((REFERENCE / "run-tool.request.json").read_text(encoding="utf-8"))
    refused = xyz.post("{p}/tools", json=request)
    assert refused.status_code == 400
    assert refused.json()["message"] == [
        "parameters: 'channel' is a required property",
        "parameters: 'message' is a required property",
    ]
    # The Multi Account example, on the deprecated path with the older `action` field.
    multi = json.loads(
        (REFERENCE / "run-action.multi-account.request.json").read_text(encoding="utf-8")
    )
    sent = xyz.post("{p}/actions", json=multi, headers={"X-Paragon-Credential": XYZ_SLACK})
    assert sent.status_code == 200, sent.text
    assert sent.json()["message"]["text"] == "Hello world!"
    # The header naming the account of another integration: no such Slack account.
    other = xyz.post("{p}/actions", json=multi, headers={"X-Paragon-Credential": XYZ_HUBSPOT})
    assert other.status_code == 404
    assert "X-Paragon-Credential" in other.json()["message"]


def test_each_path_takes_its_own_body_field(xyz: MockClient) -> None:
    parameters = {"channel": "#general", "message": "hi"}
    wrong = [
        xyz.post("{p}/tools", json={"action": "SLACK_SEND_MESSAGE", "parameters": parameters}),
        xyz.post("{p}/actions", json={"tool": "SLACK_SEND_MESSAGE", "parameters": parameters}),
        xyz.post("{p}/tools", json={"tool": "SLACK_SEND_MESSAGE"}),
        xyz.post("{p}/tools", json={"tool": "SLACK_SEND_MESSAGE", "parameters": []}),
        xyz.post("{p}/tools", json={"tool": "", "parameters": {}}),
    ]
    assert [r.status_code for r in wrong] == [400] * len(wrong)
    right = xyz.post("{p}/actions", json={"action": "SLACK_SEND_MESSAGE", "parameters": parameters})
    assert right.status_code == 200


def test_unknown_tools_are_404(xyz: MockClient) -> None:
    for name in ("ASANA_GET_PROJECTS", "SLACK_SEND_MESSAGES", "slack_send_message"):
        body = _refused(xyz, 404, name, {})
        assert name in body["message"]
    response = xyz.post("{p}/actions", json={"action": "NOPE", "parameters": {}})
    assert response.status_code == 404


def test_a_tool_of_an_integration_not_installed_is_404(fresh: MockClient) -> None:
    body = _refused(fresh, 404, "SLACK_SEND_MESSAGE", {"channel": "#general", "message": "hi"})
    assert "slack is not installed" in body["message"]
    # Checked before the parameters: an account is needed to learn the user's fields.
    _refused(fresh, 404, "STRIPE_CREATE_CUSTOMER", {})
    _install_stripe(fresh)
    _refused(fresh, 400, "STRIPE_CREATE_CUSTOMER", {})


def test_the_credential_header_chooses_the_account(fresh: MockClient) -> None:
    first = _install_stripe(fresh)
    second = _install_stripe(fresh, another=True)
    made = _run(
        fresh,
        "STRIPE_CREATE_CUSTOMER",
        {"email": "second@example.com"},
        headers={"X-Paragon-Credential": second},
    )
    # Each account is its own Stripe account: the customer is in the second one only.
    assert _run(fresh, "STRIPE_GET_CUSTOMERS", {})["data"] == []
    in_second = _run(fresh, "STRIPE_GET_CUSTOMERS", {}, headers={"X-Paragon-Credential": second})
    assert in_second["data"] == [made]
    assert [r["credentialId"] for r in _records(fresh, kind="proxyCall")] == [second, first, second]
    _refused(
        fresh,
        404,
        "STRIPE_GET_CUSTOMERS",
        {},
        headers={"X-Paragon-Credential": "ext:nobody"},
    )


def test_permissions_claim_without_actionkit_is_403() -> None:
    client = MockClient(user=None)
    narrow = dev_token("xyz", claims={"urn:useparagon:connect:permissions": ["getCurrentUser"]})
    wide = dev_token("xyz", claims={"urn:useparagon:connect:permissions": ["actionkit"]})
    for token, status in ((narrow, 403), (wide, 200)):
        headers = {"Authorization": f"Bearer {token}"}
        assert client.get("{p}/tools", headers=headers).status_code == status
        assert client.get("{p}/triggers", headers=headers).status_code == status
        run = client.post(
            "{p}/tools",
            json={"tool": "SLACK_SEND_MESSAGE", "parameters": {"channel": "C1", "message": "m"}},
            headers=headers,
        )
        assert run.status_code == status
    assert client.get("{p}/tools").status_code == 401


# -- what runs leave behind ---------------------------------------------------------------------


def test_a_run_is_recorded_as_the_provider_request_it_made(xyz: MockClient) -> None:
    parameters = {"channel": "#sales", "message": "Closed!"}
    output = _run(xyz, "SLACK_SEND_MESSAGE", parameters)
    (record,) = _records(xyz, kind="proxyCall", userId="xyz")
    assert record["tool"] == "SLACK_SEND_MESSAGE"
    assert record["integration"] == "slack"
    assert record["credentialId"] == XYZ_SLACK
    assert (record["method"], record["path"]) == ("POST", "chat.postMessage")
    assert record["body"] == parameters
    assert record["providerStatus"] == 200
    assert record["created"]["collection"] == "slack.messages"
    assert record["created"]["object"]["ts"] == output["ts"]
    assert record["created"]["object"]["channel"] == "C051Z9MK983"


def test_a_sent_message_is_in_the_accounts_history(xyz: MockClient) -> None:
    sent = [
        _run(xyz, "SLACK_SEND_MESSAGE", {"channel": "#general", "message": f"m{n}"})
        for n in range(2)
    ]
    _run(xyz, "SLACK_SEND_MESSAGE", {"channel": "#random", "message": "elsewhere"})
    store = xyz.app.mock.store
    project = store.project(DEFAULT_PROJECT_ID)
    assert project is not None
    slack = project.integration_by_type("slack")
    assert slack is not None

    def history(account: upstream.Account | None) -> Any:
        general = {"channel": "C051Z9MK98W"}
        return upstream.call(slack, "GET", "conversations.history", general, None, account=account)

    answer = history(upstream.Account(store, DEFAULT_PROJECT_ID, "xyz", XYZ_SLACK))
    assert answer.status == 200
    assert answer.body["ok"] is True
    assert [m["text"] for m in answer.body["messages"]] == ["m1", "m0"]
    assert answer.body["messages"][0]["ts"] == sent[1]["ts"]
    # Another user's account has none of them; without an account, the echo as before.
    other = upstream.Account(store, DEFAULT_PROJECT_ID, "someone-else", XYZ_SLACK)
    assert history(other).body["messages"] == []
    assert history(None).body["method"] == "GET"


def test_the_proxy_shows_what_tools_created(xyz: MockClient, fresh: MockClient) -> None:
    _run(xyz, "SLACK_SEND_MESSAGE", {"channel": "#general", "message": "Seen by the proxy"})
    history = xyz.get(
        "{p}/sdk/proxy/slack/conversations.history", params={"channel": "C051Z9MK98W"}
    )
    assert history.status_code == 200
    assert [m["text"] for m in history.json()["output"]["messages"]] == ["Seen by the proxy"]
    _install_stripe(fresh)
    customer = _run(fresh, "STRIPE_CREATE_CUSTOMER", {"email": "proxy@example.com"})
    listed = fresh.get("{p}/sdk/proxy/stripe/v1/customers")
    assert listed.json()["output"]["data"] == [customer]


def test_clearing_records_clears_what_tools_created(fresh: MockClient) -> None:
    _install_stripe(fresh)
    _run(fresh, "STRIPE_CREATE_CUSTOMER", {"email": "gone@example.com"})
    assert len(_run(fresh, "STRIPE_GET_CUSTOMERS", {})["data"]) == 1
    assert fresh.delete("/_mock/records").status_code == 204
    assert _run(fresh, "STRIPE_GET_CUSTOMERS", {})["data"] == []


def test_faults_apply_to_actionkit_paths(xyz: MockClient) -> None:
    fault = xyz.post("/_mock/faults", json={"mode": "429", "path": "*/tools", "count": 1})
    assert fault.status_code == 201, fault.text
    refused = xyz.post("{p}/tools", json={"tool": "SLACK_LIST_CHANNELS", "parameters": {}})
    assert refused.status_code == 429
    assert refused.headers["retry-after"] == "1"
    _conforms(refused.json(), "ErrorEnvelope")
    # The refused run never reached the handler: nothing recorded; the next one runs.
    assert _records(xyz, kind="proxyCall") == []
    _run(xyz, "SLACK_LIST_CHANNELS", {})
    assert len(_records(xyz, kind="proxyCall")) == 1
    xyz.post("/_mock/faults", json={"mode": "503", "path": "*/triggers", "count": 1})
    assert xyz.get("{p}/triggers").status_code == 503
    assert xyz.get("{p}/triggers").status_code == 200


# -- Triggers -----------------------------------------------------------------------------------


def _triggers(client: MockClient, **kwargs: Any) -> dict[str, Any]:
    response = client.get("{p}/triggers", **kwargs)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    _conforms(body, "TriggerList")
    assert body["errors"] == []
    return body


def test_list_triggers_of_the_installed_integrations(xyz: MockClient, fresh: MockClient) -> None:
    triggers = _triggers(xyz)["triggers"]
    assert list(triggers) == ["slack", "salesforce", "hubspot"]
    reference = json.loads((REFERENCE / "list-triggers.response.json").read_text(encoding="utf-8"))
    assert triggers["hubspot"] == reference["triggers"]["hubspot"]
    assert [t["type"] for t in triggers["slack"]] == [
        "SLACK_TRIGGER_CHANNEL_CREATED",
        "SLACK_TRIGGER_DIRECT_MESSAGE_CREATED",
    ]
    assert _triggers(fresh)["triggers"] == {}
    _install_jira(fresh)
    _install_stripe(fresh)  # Stripe has Tools but no Triggers
    jira = _triggers(fresh)["triggers"]
    assert list(jira) == ["jira"]
    assert jira["jira"][1]["parameters"][0]["type"] == "CODE"


def test_list_triggers_filters_and_checks_the_credential(xyz: MockClient) -> None:
    only = _triggers(xyz, params={"integrations": "hubspot"})
    assert list(only["triggers"]) == ["hubspot"]
    assert _triggers(xyz, params={"integrations": "jira"})["triggers"] == {}
    # getTriggers(integration) of SDK 2.4.0 sends the account it lists for.
    chosen = _triggers(
        xyz, params={"integrations": "slack"}, headers={"X-Paragon-Credential": XYZ_SLACK}
    )
    assert list(chosen["triggers"]) == ["slack"]
    wrong = xyz.get(
        "{p}/triggers",
        params={"integrations": "slack"},
        headers={"X-Paragon-Credential": XYZ_HUBSPOT},
    )
    assert wrong.status_code == 404
    assert xyz.get("{p}/triggers", params={"integrations": "a,,b"}).status_code == 400
