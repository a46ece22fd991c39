/**
 * One Connected User's session through the stock openapi-generator `typescript-axios` clients.
 *
 * Generate one client per Paragon service from spec/services/, beside this file (axios is a
 * dependency of the generated code):
 *
 *   openapi-generator-cli generate -g typescript-axios -i spec/services/paragon-zeus.yaml -o zeus
 *   (the same for hermes, proxy and actionkit)
 *
 * Run the compiled file with PARAGON_BASE_URL, PARAGON_TOKEN (a user token your backend signed)
 * and PARAGON_PROJECT_ID set. Against `paragon-mock serve` the one base URL serves every service;
 * against Paragon's cloud, give each service its own host (ZEUS, HERMES, PROXY and ACTIONKIT
 * below).
 * The operations take positional arguments, required ones first (buildOauthUrl's project ID
 * comes after its required query parameters); `useSingleRequestParameter=true` makes them take
 * one object instead.
 *
 * The steps are those of every scenario in this folder (see scenario.py); each checks what came
 * back, and a failed check throws.
 */
import { randomUUID } from "node:crypto";

import * as actionkit from "./actionkit";
import * as hermes from "./hermes";
import * as proxy from "./proxy";
import * as zeus from "./zeus";

const BASE_URL = required("PARAGON_BASE_URL");
const TOKEN = required("PARAGON_TOKEN");
const PROJECT_ID = required("PARAGON_PROJECT_ID");
// Paragon's cloud: https://zeus.useparagon.com, https://hermes.useparagon.com,
// https://proxy.useparagon.com and https://actionkit.useparagon.com; on-premise: zeus., hermes.,
// worker-proxy. and actionkit. of your host (Paragon's SDK; its docs say worker-actionkit.).
const [ZEUS, HERMES, PROXY, ACTIONKIT] = [BASE_URL, BASE_URL, BASE_URL, BASE_URL];

const HUBSPOT_CONTACT_SYNC = "3eb95154-3c7b-413c-bf14-ba367d95b53f"; // App Event trigger
const HUBSPOT_CREATE_DEAL = "e528c08c-da7d-4e02-ba9e-ec9eae26f90c"; // Request trigger

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

function check(condition: unknown, message: string): void {
  if (!condition) throw new Error(`check failed: ${message}`);
}

function step(name: string): void {
  console.log(`typescript-axios: ${name}`);
}

/** Install an OAuth integration: the consent page, then its session until it is approved. */
async function connect(
  oauth: zeus.OauthApi,
  integration: zeus.Integration,
): Promise<zeus.OAuthSession> {
  const nonce = randomUUID().replace(/-/g, "");
  const consent = await oauth.buildOauthUrl(integration.type, integration.id, nonce, PROJECT_ID);
  // The user approves on the consent page; on paragon-mock, its Approve button is this POST.
  const approval = await fetch(`${consent.data.redirectUrl}/approve`, { method: "POST" });
  check(approval.ok, `the consent page took the approval: ${approval.status}`);
  let session = (await oauth.getOauthSession(PROJECT_ID, nonce)).data;
  for (let poll = 0; poll < 30 && session.status === "PENDING"; poll++) {
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the SDK polls every second
    session = (await oauth.getOauthSession(PROJECT_ID, nonce)).data;
  }
  check(session.status === "APPROVED" && session.connectCredentialId, "the user approved");
  return session;
}

/** A Tool in the `json_schema` format (the union's other member takes any property). */
function isFunctionTool(tool: actionkit.ToolDefinition): tool is actionkit.FunctionTool {
  return tool.type === "function" && typeof tool.function === "object";
}

async function main(): Promise<void> {
  const zeusConfig = new zeus.Configuration({ basePath: ZEUS, accessToken: TOKEN });
  const hermesConfig = new hermes.Configuration({ basePath: HERMES, accessToken: TOKEN });
  const proxyConfig = new proxy.Configuration({ basePath: PROXY, accessToken: TOKEN });
  const actionkitConfig = new actionkit.Configuration({ basePath: ACTIONKIT, accessToken: TOKEN });

  step("1. GET /sdk/me");
  const me = await new zeus.UserApi(zeusConfig).getCurrentUser(PROJECT_ID);
  check(me.status === 200, `getCurrentUser answers 200, not ${me.status}`);
  check(me.data.userId, "the user has an ID");
  check(typeof me.data.integrations === "object", "integrations is a map");

  step("2. list the integrations");
  const { data: integrations } = await new zeus.IntegrationsApi(zeusConfig).listIntegrations(
    PROJECT_ID,
  );
  const stripe = integrations.find((integration) => integration.type === "stripe");
  const hubspot = integrations.find((integration) => integration.type === "hubspot");
  if (!stripe || !hubspot) throw new Error("stripe and hubspot are listed");

  step("3. install Stripe with an API key");
  const credentials = new zeus.CredentialsApi(zeusConfig);
  const created = await credentials.createCredential(PROJECT_ID, {
    integrationId: stripe.id,
    payload: { API_KEY: "sk_test_downstream" },
  });
  check(created.status === 201, `createCredential answers 201, not ${created.status}`);
  const stripeCredential = created.data;
  check(stripeCredential.integrationId === stripe.id, "the credential is Stripe's");

  step("4. install HubSpot through OAuth, then enable and disable a workflow");
  const oauth = new zeus.OauthApi(zeusConfig);
  const session = await connect(oauth, hubspot);
  const workflows = new zeus.WorkflowsApi(zeusConfig);
  const enabled = await workflows.enableWorkflow(PROJECT_ID, HUBSPOT_CONTACT_SYNC);
  check(enabled.data.enabled === true, "the workflow is enabled");
  const disabled = await workflows.disableWorkflow(PROJECT_ID, HUBSPOT_CONTACT_SYNC);
  check(disabled.data.enabled === false, "the workflow is disabled");

  step("5. send an App Event (hermes)");
  const receipt = await new hermes.EventsApi(hermesConfig).triggerEvent(PROJECT_ID, {
    name: "Contact Created",
    payload: { name: "Brandon", email: "brandon@example.com" },
  });
  check(receipt.status === 201, `triggerEvent answers 201, not ${receipt.status}`);
  check(receipt.data.name === "Contact Created", "the receipt names the event");

  step("6. trigger a request-triggered workflow (hermes)");
  await workflows.enableWorkflow(PROJECT_ID, HUBSPOT_CREATE_DEAL);
  const run = await new hermes.WorkflowsApi(hermesConfig).triggerWorkflow(
    PROJECT_ID,
    HUBSPOT_CREATE_DEAL,
    undefined,
    undefined,
    undefined,
    { amount: 1200 },
  );
  check(run.status === 202, `a workflow without a Response step answers 202: ${run.status}`);

  step("7. POST through the proxy to a multi-segment provider path");
  const answer = await new proxy.ProxyApi(proxyConfig).proxyPost(
    PROJECT_ID,
    "stripe",
    "v1/customers",
    undefined,
    undefined,
    { email: "brandon@example.com" },
  );
  // The mock's fake Stripe echoes the request it received.
  const output = answer.data.output;
  check(output.method === "POST", `the provider got a POST: ${JSON.stringify(output)}`);
  check(output.path === "v1/customers", `the provider got v1/customers: ${JSON.stringify(output)}`);
  check(output.body?.email === "brandon@example.com", "the provider got the body");

  step("8. list the credentials and read one");
  const { data: listing } = await credentials.listCredentials(PROJECT_ID);
  if (!Array.isArray(listing)) throw new Error("without `integration` the answer is a list");
  const ids = listing.map((credential) => credential.id);
  check(ids.includes(stripeCredential.id), `Stripe's credential is listed: ${ids}`);
  check(ids.includes(session.connectCredentialId ?? ""), `HubSpot's credential is listed: ${ids}`);
  const { data: read } = await credentials.getCredential(PROJECT_ID, stripeCredential.id);
  check(read.id === stripeCredential.id, "getCredential reads it back");
  check(read.integrationId === stripe.id, "the credential read is Stripe's");

  step("9. install Slack through OAuth");
  const slack = integrations.find((integration) => integration.type === "slack");
  if (!slack) throw new Error("slack is listed");
  const slackSession = await connect(oauth, slack);

  step("10. list Slack's Tools and run SLACK_SEND_MESSAGE (actionkit)");
  const tools = new actionkit.ActionkitApi(actionkitConfig);
  const { data: listed } = await tools.listTools(
    PROJECT_ID,
    undefined,
    undefined,
    undefined,
    "slack",
  );
  const byIntegration = listed.tools ?? {};
  check(
    JSON.stringify(Object.keys(byIntegration)) === '["slack"]',
    `only Slack's Tools: ${Object.keys(byIntegration)}`,
  );
  const sendMessage = (byIntegration.slack ?? [])
    .filter(isFunctionTool)
    .find((tool) => tool.function.name === "SLACK_SEND_MESSAGE");
  if (!sendMessage) throw new Error("SLACK_SEND_MESSAGE is listed");
  const schema = sendMessage.function.parameters;
  check(schema.type === "object", `its parameters are an object's JSON Schema: ${schema.type}`);
  check(
    schema.required?.includes("channel") && schema.required.includes("message"),
    `it requires both: ${schema.required}`,
  );
  check(schema.properties.message?.type === "string", "message is a string");
  // An agent hands the schema to its LLM as it came: the keywords the model does not name stay.
  check(schema.additionalProperties === false, `it is kept whole: ${JSON.stringify(schema)}`);
  const text = "Hello from typescript-axios";
  const sent = await tools.runTool(
    PROJECT_ID,
    { tool: "SLACK_SEND_MESSAGE", parameters: { channel: "#general", message: text } },
    // The account to act with, as with several of them (Multi-Account Authorization).
    slackSession.connectCredentialId ?? undefined,
  );
  // What the Tool returned is Slack's chat.postMessage answer, as it is.
  check(sent.data.ok === true, `Slack took the message: ${JSON.stringify(sent.data)}`);
  check(sent.data.message?.text === text, `Slack sent the text: ${JSON.stringify(sent.data)}`);

  step("11. list the Triggers (actionkit)");
  const { data: triggerList } = await tools.listTriggers(PROJECT_ID);
  const triggerTypes = Object.values(triggerList.triggers).flatMap((group) =>
    group.map((trigger) => trigger.type),
  );
  check(triggerTypes.includes("SLACK_TRIGGER_CHANNEL_CREATED"), `Slack's: ${triggerTypes}`);
  check(triggerTypes.includes("HUBSPOT_RECORD_CREATED"), `HubSpot's: ${triggerTypes}`);

  console.log("typescript-axios: every step passed");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
