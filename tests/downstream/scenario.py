"""One Connected User's session through the stock openapi-generator ``python`` clients.

Generate one package per Paragon service from ``spec/services/``::

    openapi-generator-cli generate -g python -i spec/services/paragon-zeus.yaml \
        -o zeus --package-name paragon_zeus
    (the same for hermes, proxy and actionkit, as paragon_hermes, paragon_proxy and
    paragon_actionkit)

then run this file with the four packages on ``PYTHONPATH`` and ``PARAGON_BASE_URL``,
``PARAGON_TOKEN`` (a user token your backend signed) and ``PARAGON_PROJECT_ID`` set. Against
``paragon-mock serve`` the one base URL serves every service; against Paragon's cloud, give each
service its own host (``ZEUS``, ``HERMES``, ``PROXY`` and ``ACTIONKIT`` below).

The steps are those of every scenario in this folder: read the user, list the integrations,
install an API-key integration (Stripe), install an OAuth one (HubSpot: on the mock a POST to the
consent page stands in for the user's click), enable and disable a workflow, send an App Event,
trigger a request-triggered workflow, call the provider through the proxy with a multi-segment
path, list and read the credentials, then install Slack through OAuth and, through ActionKit, list
its Tools, run SLACK_SEND_MESSAGE and list the Triggers. Each step checks what came back; a
failed check raises.
"""

from __future__ import annotations

import os
import time
import urllib.request
import uuid
from typing import Any

import paragon_actionkit
import paragon_hermes
import paragon_proxy
import paragon_zeus

BASE_URL = os.environ["PARAGON_BASE_URL"]
TOKEN = os.environ["PARAGON_TOKEN"]
PROJECT_ID = os.environ["PARAGON_PROJECT_ID"]
# Paragon's cloud: https://zeus.useparagon.com, https://hermes.useparagon.com,
# https://proxy.useparagon.com and https://actionkit.useparagon.com; on-premise: zeus., hermes.,
# worker-proxy. and actionkit. of your host (Paragon's SDK; its docs say worker-actionkit.).
ZEUS = HERMES = PROXY = ACTIONKIT = BASE_URL

HUBSPOT_CONTACT_SYNC = "3eb95154-3c7b-413c-bf14-ba367d95b53f"  # App Event trigger
HUBSPOT_CREATE_DEAL = "e528c08c-da7d-4e02-ba9e-ec9eae26f90c"  # Request trigger


def check(condition: object, message: str) -> None:
    """Fail the scenario (``assert`` would vanish under ``python -O``)."""
    if not condition:
        raise AssertionError(message)


def step(name: str) -> None:
    print(f"python: {name}", flush=True)


zeus = paragon_zeus.ApiClient(paragon_zeus.Configuration(host=ZEUS, access_token=TOKEN))
hermes = paragon_hermes.ApiClient(paragon_hermes.Configuration(host=HERMES, access_token=TOKEN))
proxy = paragon_proxy.ApiClient(paragon_proxy.Configuration(host=PROXY, access_token=TOKEN))
actionkit = paragon_actionkit.ApiClient(
    paragon_actionkit.Configuration(host=ACTIONKIT, access_token=TOKEN)
)
oauth = paragon_zeus.OauthApi(zeus)


def connect(integration: paragon_zeus.Integration) -> paragon_zeus.OAuthSession:
    """Install an OAuth integration: the consent page, then its session until it is approved."""
    nonce = uuid.uuid4().hex
    consent = oauth.build_oauth_url(
        project_id=PROJECT_ID,
        action=integration.type,
        integration_id=integration.id,
        oauth_meta_key_id=nonce,
    )
    # The user approves on the consent page; on paragon-mock, its Approve button is this POST.
    with urllib.request.urlopen(urllib.request.Request(f"{consent.redirect_url}/approve", b"")):
        pass
    session = oauth.get_oauth_session(project_id=PROJECT_ID, nonce=nonce)
    for _ in range(30):  # Paragon's SDK polls every second until the user answers
        if session.status != "PENDING":
            break
        time.sleep(1)
        session = oauth.get_oauth_session(project_id=PROJECT_ID, nonce=nonce)
    check(session.status == "APPROVED" and session.connect_credential_id, f"approved: {session}")
    return session


step("1. GET /sdk/me")
me = paragon_zeus.UserApi(zeus).get_current_user(project_id=PROJECT_ID)
check(me.user_id, "the user has an ID")
check(isinstance(me.integrations, dict), "integrations is a map")

step("2. list the integrations")
integrations = paragon_zeus.IntegrationsApi(zeus).list_integrations(project_id=PROJECT_ID)
by_type = {integration.type: integration for integration in integrations}
check({"stripe", "hubspot"} <= by_type.keys(), f"stripe and hubspot are listed: {sorted(by_type)}")
stripe, hubspot = by_type["stripe"], by_type["hubspot"]

step("3. install Stripe with an API key")
credentials = paragon_zeus.CredentialsApi(zeus)
created = credentials.create_credential_with_http_info(
    project_id=PROJECT_ID,
    credential_creation=paragon_zeus.CredentialCreation(
        paragon_zeus.CredentialCreateRequest(
            integration_id=stripe.id, payload={"API_KEY": "sk_test_downstream"}
        )
    ),
)
check(created.status_code == 201, f"createCredential answers 201, not {created.status_code}")
stripe_credential = created.data
check(str(stripe_credential.integration_id) == str(stripe.id), "the credential is Stripe's")

step("4. install HubSpot through OAuth, then enable and disable a workflow")
session = connect(hubspot)
workflows = paragon_zeus.WorkflowsApi(zeus)
enabled = workflows.enable_workflow(project_id=PROJECT_ID, workflow_id=HUBSPOT_CONTACT_SYNC)
check(enabled.enabled is True, f"the workflow is enabled: {enabled}")
disabled = workflows.disable_workflow(project_id=PROJECT_ID, workflow_id=HUBSPOT_CONTACT_SYNC)
check(disabled.enabled is False, f"the workflow is disabled: {disabled}")

step("5. send an App Event (hermes)")
receipt = paragon_hermes.EventsApi(hermes).trigger_event_with_http_info(
    project_id=PROJECT_ID,
    app_event=paragon_hermes.AppEvent(
        name="Contact Created", payload={"name": "Brandon", "email": "brandon@example.com"}
    ),
)
check(receipt.status_code == 201, f"triggerEvent answers 201, not {receipt.status_code}")
check(receipt.data.name == "Contact Created", f"the receipt names the event: {receipt.data}")

step("6. trigger a request-triggered workflow (hermes)")
workflows.enable_workflow(project_id=PROJECT_ID, workflow_id=HUBSPOT_CREATE_DEAL)
run = paragon_hermes.WorkflowsApi(hermes).trigger_workflow_with_http_info(
    project_id=PROJECT_ID, workflow_id=HUBSPOT_CREATE_DEAL, request_body={"amount": 1200}
)
check(run.status_code == 202, f"a workflow without a Response step answers 202: {run.status_code}")

step("7. POST through the proxy to a multi-segment provider path")
answer: Any = paragon_proxy.ProxyApi(proxy).proxy_post(
    project_id=PROJECT_ID,
    integration_type="stripe",
    path="v1/customers",
    body={"email": "brandon@example.com"},
)
# The mock's fake Stripe echoes the request it received.
output = answer["output"]
check(output["method"] == "POST", f"the provider got a POST: {output}")
check(output["path"] == "v1/customers", f"the provider got the path v1/customers: {output}")
check(output["body"] == {"email": "brandon@example.com"}, f"the provider got the body: {output}")

step("8. list the credentials and read one")
listing = credentials.list_credentials(project_id=PROJECT_ID).actual_instance
check(isinstance(listing, list), f"without `integration` the answer is a list: {listing!r}")
ids = {str(credential.id) for credential in listing}
check(str(stripe_credential.id) in ids, f"Stripe's credential is listed: {ids}")
check(str(session.connect_credential_id) in ids, f"HubSpot's credential is listed: {ids}")
read = credentials.get_credential(project_id=PROJECT_ID, credential_id=str(stripe_credential.id))
check(str(read.id) == str(stripe_credential.id), f"getCredential reads it back: {read}")
check(str(read.integration_id) == str(stripe.id), "the credential read is Stripe's")

step("9. install Slack through OAuth")
check("slack" in by_type, f"slack is listed: {sorted(by_type)}")
slack_session = connect(by_type["slack"])

step("10. list Slack's Tools and run SLACK_SEND_MESSAGE (actionkit)")
tools_api = paragon_actionkit.ActionkitApi(actionkit)
listed = tools_api.list_tools(project_id=PROJECT_ID, integrations="slack")
check(listed.tools is not None, f"the Tools come under `tools`: {listed}")
check(list(listed.tools) == ["slack"], f"only Slack's Tools: {sorted(listed.tools)}")
functions = {
    tool.actual_instance.function.name: tool.actual_instance.function
    for tool in listed.tools["slack"]
    if isinstance(tool.actual_instance, paragon_actionkit.FunctionTool)
}
check("SLACK_SEND_MESSAGE" in functions, f"SLACK_SEND_MESSAGE is listed: {sorted(functions)}")
# The spec gives a Tool's JSON Schema as free-form JSON (a dict here): its keywords by name.
schema = functions["SLACK_SEND_MESSAGE"].parameters
check(schema["type"] == "object", f"its parameters are an object's JSON Schema: {schema}")
check({"channel", "message"} <= set(schema.get("required") or ()), f"it requires both: {schema}")
check(schema["properties"]["message"]["type"] == "string", f"message is a string: {schema}")
# An agent hands the schema to its LLM as it came: the keywords the model does not name stay.
check(schema.get("additionalProperties") is False, f"it is kept whole: {schema}")
text = "Hello from python"
sent: Any = tools_api.run_tool(
    project_id=PROJECT_ID,
    tool_run_request=paragon_actionkit.ToolRunRequest(
        tool="SLACK_SEND_MESSAGE", parameters={"channel": "#general", "message": text}
    ),
    # The account to act with, as with several of them (Multi-Account Authorization).
    x_paragon_credential=str(slack_session.connect_credential_id),
)
# What the Tool returned is Slack's chat.postMessage answer, as it is.
check(sent["ok"] is True, f"Slack took the message: {sent}")
check(sent["message"]["text"] == text, f"Slack sent the text: {sent}")

step("11. list the Triggers (actionkit)")
triggers = tools_api.list_triggers(project_id=PROJECT_ID).triggers
names = {kind: {trigger.type for trigger in group} for kind, group in triggers.items()}
check("SLACK_TRIGGER_CHANNEL_CREATED" in names.get("slack", ()), f"Slack's are listed: {names}")
check("HUBSPOT_RECORD_CREATED" in names.get("hubspot", ()), f"HubSpot's are listed: {names}")

print("python: every step passed", flush=True)
