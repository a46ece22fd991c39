/**
 * One Connected User's session through the stock openapi-generator `typescript-fetch` clients.
 *
 * Generate one client per Paragon service from spec/services/, beside this file:
 *
 *   openapi-generator-cli generate -g typescript-fetch -i spec/services/paragon-zeus.yaml \
 *       -o zeus --additional-properties=modelPropertyNaming=original
 *   (the same for hermes, proxy and actionkit)
 *
 * `modelPropertyNaming=original` keeps JSON names such as `OAUTH_ACCESS_TOKEN` and `Name`: the
 * default camelCases them, and in a model that also takes other keys the object then carries
 * both names and sends the invented one back. Run the compiled file with PARAGON_BASE_URL,
 * PARAGON_TOKEN (a user token your backend signed) and PARAGON_PROJECT_ID set. Against
 * `paragon-mock serve` the one base URL serves every service; against Paragon's cloud, give each
 * service its own host (ZEUS, HERMES, PROXY and ACTIONKIT below).
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
  console.log(`typescript-fetch: ${name}`);
}

/** Install an OAuth integration: the consent page, then its session until it is approved. */
async function connect(
  oauth: zeus.OauthApi,
  integration: zeus.Integration,
): Promise<zeus.OAuthSession> {
  const nonce = randomUUID().replace(/-/g, "");
  const consent = await oauth.buildOauthUrl({
    projectId: PROJECT_ID,
    action: integration.type,
    integrationId: integration.id,
    oauthMetaKeyId: nonce,
  });
  // The user approves on the consent page; on paragon-mock, its Approve button is this POST.
  const approval = await fetch(`${consent.redirectUrl}/approve`, { method: "POST" });
  check(approval.ok, `the consent page took the approval: ${approval.status}`);
  let session = await oauth.getOauthSession({ projectId: PROJECT_ID, nonce });
  for (let poll = 0; poll < 30 && session.status === "PENDING"; poll++) {
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the SDK polls every second
    session = await oauth.getOauthSession({ projectId: PROJECT_ID, nonce });
  }
  check(session.status === "APPROVED" && session.connectCredentialId, "the user approved");
  return session;
}

async function main(): Promise<void> {
  const zeusConfig = new zeus.Configuration({ basePath: ZEUS, accessToken: TOKEN });
  const hermesConfig = new hermes.Configuration({ basePath: HERMES, accessToken: TOKEN });
  const proxyConfig = new proxy.Configuration({ basePath: PROXY, accessToken: TOKEN });
  const actionkitConfig = new actionkit.Configuration({ basePath: ACTIONKIT, accessToken: TOKEN });

  step("1. GET /sdk/me");
  const me = await new zeus.UserApi(zeusConfig).getCurrentUser({ projectId: PROJECT_ID });
  check(me.userId, "the user has an ID");
  check(typeof me.integrations === "object", "integrations is a map");

  step("2. list the integrations");
  const integrations = await new zeus.IntegrationsApi(zeusConfig).listIntegrations({
    projectId: PROJECT_ID,
  });
  const stripe = integrations.find((integration) => integration.type === "stripe");
  const hubspot = integrations.find((integration) => integration.type === "hubspot");
  if (!stripe || !hubspot) throw new Error("stripe and hubspot are listed");

  step("3. install Stripe with an API key");
  const credentials = new zeus.CredentialsApi(zeusConfig);
  const created = await credentials.createCredentialRaw({
    projectId: PROJECT_ID,
    credentialCreation: { integrationId: stripe.id, payload: { API_KEY: "sk_test_downstream" } },
  });
  check(created.raw.status === 201, `createCredential answers 201, not ${created.raw.status}`);
  const stripeCredential = await created.value();
  check(stripeCredential.integrationId === stripe.id, "the credential is Stripe's");

  step("4. install HubSpot through OAuth, then enable and disable a workflow");
  const oauth = new zeus.OauthApi(zeusConfig);
  const session = await connect(oauth, hubspot);
  const workflows = new zeus.WorkflowsApi(zeusConfig);
  const enabled = await workflows.enableWorkflow({
    projectId: PROJECT_ID,
    workflowId: HUBSPOT_CONTACT_SYNC,
  });
  check(enabled.enabled === true, "the workflow is enabled");
  const disabled = await workflows.disableWorkflow({
    projectId: PROJECT_ID,
    workflowId: HUBSPOT_CONTACT_SYNC,
  });
  check(disabled.enabled === false, "the workflow is disabled");

  step("5. send an App Event (hermes)");
  const receipt = await new hermes.EventsApi(hermesConfig).triggerEventRaw({
    projectId: PROJECT_ID,
    appEvent: {
      name: "Contact Created",
      payload: { name: "Brandon", email: "brandon@example.com" },
    },
  });
  check(receipt.raw.status === 201, `triggerEvent answers 201, not ${receipt.raw.status}`);
  check((await receipt.value()).name === "Contact Created", "the receipt names the event");

  step("6. trigger a request-triggered workflow (hermes)");
  await workflows.enableWorkflow({ projectId: PROJECT_ID, workflowId: HUBSPOT_CREATE_DEAL });
  const run = await new hermes.WorkflowsApi(hermesConfig).triggerWorkflowRaw({
    projectId: PROJECT_ID,
    workflowId: HUBSPOT_CREATE_DEAL,
    requestBody: { amount: 1200 },
  });
  check(run.raw.status === 202, `a workflow without a Response step answers 202: ${run.raw.status}`);

  step("7. POST through the proxy to a multi-segment provider path");
  const answer = await new proxy.ProxyApi(proxyConfig).proxyPost({
    projectId: PROJECT_ID,
    integrationType: "stripe",
    path: "v1/customers",
    body: { email: "brandon@example.com" },
  });
  // The mock's fake Stripe echoes the request it received.
  const output = answer.output;
  check(output.method === "POST", `the provider got a POST: ${JSON.stringify(output)}`);
  check(output.path === "v1/customers", `the provider got v1/customers: ${JSON.stringify(output)}`);
  check(output.body?.email === "brandon@example.com", "the provider got the body");

  step("8. list the credentials and read one");
  const listing = await credentials.listCredentials({ projectId: PROJECT_ID });
  if (!Array.isArray(listing)) throw new Error("without `integration` the answer is a list");
  const ids = listing.map((credential) => credential.id);
  check(ids.includes(stripeCredential.id), `Stripe's credential is listed: ${ids}`);
  check(ids.includes(session.connectCredentialId ?? ""), `HubSpot's credential is listed: ${ids}`);
  const read = await credentials.getCredential({
    projectId: PROJECT_ID,
    credentialId: stripeCredential.id,
  });
  check(read.id === stripeCredential.id, "getCredential reads it back");
  check(read.integrationId === stripe.id, "the credential read is Stripe's");

  step("9. install Slack through OAuth");
  const slack = integrations.find((integration) => integration.type === "slack");
  if (!slack) throw new Error("slack is listed");
  const slackSession = await connect(oauth, slack);

  step("10. list Slack's Tools and run SLACK_SEND_MESSAGE (actionkit)");
  const tools = new actionkit.ActionkitApi(actionkitConfig);
  const listed = await tools.listTools({ projectId: PROJECT_ID, integrations: "slack" });
  const byIntegration = listed.tools ?? {};
  check(
    JSON.stringify(Object.keys(byIntegration)) === '["slack"]',
    `only Slack's Tools: ${Object.keys(byIntegration)}`,
  );
  // The Tools of a map of lists come as the JSON had them, not through ToolDefinitionFromJSON
  // (their type says otherwise): convert them, or `_function` below is undefined.
  const sendMessage = (byIntegration.slack ?? [])
    .map((entry: unknown) => actionkit.ToolDefinitionFromJSON(entry))
    .filter(actionkit.instanceOfFunctionTool)
    // `function` is a reserved word: the model calls it `_function` (the JSON keeps `function`).
    .find((tool) => tool._function.name === "SLACK_SEND_MESSAGE");
  if (!sendMessage) throw new Error("SLACK_SEND_MESSAGE is listed");
  const schema = sendMessage._function.parameters;
  check(schema.type === "object", `its parameters are an object's JSON Schema: ${schema.type}`);
  check(
    schema.required?.includes("channel") && schema.required.includes("message"),
    `it requires both: ${schema.required}`,
  );
  check(schema.properties.message?.type === "string", "message is a string");
  // An agent hands the Tool to its LLM as it came, through ToJSON (which names `function` again):
  // the keywords of the schema that the model does not name stay.
  const handed = actionkit.FunctionToolToJSON(sendMessage) as unknown as {
    function: { parameters: Record<string, unknown> };
  };
  check(
    handed.function.parameters.additionalProperties === false,
    `it is kept whole: ${JSON.stringify(handed)}`,
  );
  const text = "Hello from typescript-fetch";
  const sent = await tools.runTool({
    projectId: PROJECT_ID,
    toolRunRequest: {
      tool: "SLACK_SEND_MESSAGE",
      parameters: { channel: "#general", message: text },
    },
    // The account to act with, as with several of them (Multi-Account Authorization).
    xParagonCredential: slackSession.connectCredentialId ?? undefined,
  });
  // What the Tool returned is Slack's chat.postMessage answer, as it is.
  check(sent.ok === true, `Slack took the message: ${JSON.stringify(sent)}`);
  check(sent.message?.text === text, `Slack sent the text: ${JSON.stringify(sent)}`);

  step("11. list the Triggers (actionkit)");
  const { triggers } = await tools.listTriggers({ projectId: PROJECT_ID });
  const triggerTypes = Object.values(triggers).flatMap((group) => group.map((t) => t.type));
  check(triggerTypes.includes("SLACK_TRIGGER_CHANNEL_CREATED"), `Slack's: ${triggerTypes}`);
  check(triggerTypes.includes("HUBSPOT_RECORD_CREATED"), `HubSpot's: ${triggerTypes}`);

  console.log("typescript-fetch: every step passed");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
