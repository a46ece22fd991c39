/**
 * One Connected User's session through openapi-fetch, typed by openapi-typescript.
 *
 * Generate the types of each Paragon service from spec/services/, beside this file:
 *
 *   npx openapi-typescript spec/services/paragon-zeus.yaml -o zeus.ts
 *   (the same for hermes, proxy and actionkit)
 *
 * Run the compiled file with PARAGON_BASE_URL, PARAGON_TOKEN (a user token your backend signed)
 * and PARAGON_PROJECT_ID set. Against `paragon-mock serve` the one base URL serves every service;
 * against Paragon's cloud, give each service its own host (ZEUS, HERMES, PROXY and ACTIONKIT
 * below).
 *
 * The steps are those of every scenario in this folder (see scenario.py); each checks what came
 * back, and a failed check throws.
 */
import { randomUUID } from "node:crypto";

import createClient from "openapi-fetch";

import type { components as ActionkitComponents, paths as ActionkitPaths } from "./actionkit";
import type { paths as HermesPaths } from "./hermes";
import type { paths as ProxyPaths } from "./proxy";
import type { components as ZeusComponents, paths as ZeusPaths } from "./zeus";

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

/** The data of a success answer; an error answer throws with its status and body. */
function ok<T>(result: { data?: T; error?: unknown; response: Response }, expected: number): T {
  check(
    result.response.status === expected,
    `expected ${expected}, got ${result.response.status}: ${JSON.stringify(result.error)}`,
  );
  return result.data as T;
}

function step(name: string): void {
  console.log(`openapi-fetch: ${name}`);
}

type Integration = ZeusComponents["schemas"]["Integration"];
type OAuthSession = ZeusComponents["schemas"]["OAuthSession"];
type ToolDefinition = ActionkitComponents["schemas"]["ToolDefinition"];
type FunctionTool = ActionkitComponents["schemas"]["FunctionTool"];

/** A Tool in the `json_schema` format (the union's other member takes any property). */
function isFunctionTool(tool: ToolDefinition): tool is FunctionTool {
  return tool.type === "function" && typeof tool.function === "object";
}

async function main(): Promise<void> {
  const headers = { Authorization: `Bearer ${TOKEN}` };
  const zeus = createClient<ZeusPaths>({ baseUrl: ZEUS, headers });
  const hermes = createClient<HermesPaths>({ baseUrl: HERMES, headers });
  const proxy = createClient<ProxyPaths>({ baseUrl: PROXY, headers });
  const actionkit = createClient<ActionkitPaths>({ baseUrl: ACTIONKIT, headers });
  const project = { projectId: PROJECT_ID };

  /** Install an OAuth integration: the consent page, then its session until it is approved. */
  async function connect(integration: Integration): Promise<OAuthSession> {
    const nonce = randomUUID().replace(/-/g, "");
    const consent = ok(
      await zeus.GET("/v2/projects/{projectId}/sdk/actions/build-oauth", {
        params: {
          path: project,
          query: { action: integration.type, integrationId: integration.id, oauthMetaKeyId: nonce },
        },
      }),
      200,
    );
    // The user approves on the consent page; on paragon-mock, its Approve button is this POST.
    const approval = await fetch(`${consent.redirectUrl}/approve`, { method: "POST" });
    check(approval.ok, `the consent page took the approval: ${approval.status}`);
    const sessionPath = "/projects/{projectId}/sdk/actions/session-id/{nonce}";
    const sessionParams = { params: { path: { projectId: PROJECT_ID, nonce } } };
    let session = ok(await zeus.GET(sessionPath, sessionParams), 200);
    for (let poll = 0; poll < 30 && session.status === "PENDING"; poll++) {
      await new Promise((resolve) => setTimeout(resolve, 1000)); // the SDK polls every second
      session = ok(await zeus.GET(sessionPath, sessionParams), 200);
    }
    check(session.status === "APPROVED" && session.connectCredentialId, "the user approved");
    return session;
  }

  step("1. GET /sdk/me");
  const me = ok(await zeus.GET("/projects/{projectId}/sdk/me", { params: { path: project } }), 200);
  check(me.userId, "the user has an ID");
  check(typeof me.integrations === "object", "integrations is a map");

  step("2. list the integrations");
  const integrations = ok(
    await zeus.GET("/projects/{projectId}/sdk/integrations", { params: { path: project } }),
    200,
  );
  const stripe = integrations.find((integration) => integration.type === "stripe");
  const hubspot = integrations.find((integration) => integration.type === "hubspot");
  if (!stripe || !hubspot) throw new Error("stripe and hubspot are listed");

  step("3. install Stripe with an API key");
  const stripeCredential = ok(
    await zeus.POST("/projects/{projectId}/sdk/credentials", {
      params: { path: project },
      body: { integrationId: stripe.id, payload: { API_KEY: "sk_test_downstream" } },
    }),
    201,
  );
  check(stripeCredential.integrationId === stripe.id, "the credential is Stripe's");

  step("4. install HubSpot through OAuth, then enable and disable a workflow");
  const session = await connect(hubspot);
  const workflowPath = "/projects/{projectId}/sdk/workflows/{workflowId}";
  const contactSync = { params: { path: { ...project, workflowId: HUBSPOT_CONTACT_SYNC } } };
  const enabled = ok(await zeus.POST(workflowPath, contactSync), 200);
  check(enabled.enabled === true, "the workflow is enabled");
  const disabled = ok(await zeus.DELETE(workflowPath, contactSync), 200);
  check(disabled.enabled === false, "the workflow is disabled");

  step("5. send an App Event (hermes)");
  const receipt = ok(
    await hermes.POST("/v2/projects/{projectId}/sdk/events/trigger", {
      params: { path: project },
      body: {
        name: "Contact Created",
        payload: { name: "Brandon", email: "brandon@example.com" },
      },
    }),
    201,
  );
  check(receipt.name === "Contact Created", "the receipt names the event");

  step("6. trigger a request-triggered workflow (hermes)");
  const createDeal = { params: { path: { ...project, workflowId: HUBSPOT_CREATE_DEAL } } };
  ok(await zeus.POST(workflowPath, createDeal), 200);
  const run = await hermes.POST("/projects/{projectId}/sdk/triggers/{workflowId}", {
    ...createDeal,
    body: { amount: 1200 },
  });
  check(run.response.status === 202, `no Response step answers 202: ${run.response.status}`);

  step("7. POST through the proxy to a multi-segment provider path");
  const answer = ok(
    await proxy.POST("/projects/{projectId}/sdk/proxy/{integrationType}/{path}", {
      params: { path: { ...project, integrationType: "stripe", path: "v1/customers" } },
      body: { email: "brandon@example.com" },
    }),
    200,
  );
  // The mock's fake Stripe echoes the request it received.
  const output = (answer as { output: Record<string, unknown> }).output;
  check(output.method === "POST", `the provider got a POST: ${JSON.stringify(output)}`);
  check(output.path === "v1/customers", `the provider got v1/customers: ${JSON.stringify(output)}`);
  check(
    JSON.stringify(output.body) === JSON.stringify({ email: "brandon@example.com" }),
    "the provider got the body",
  );

  step("8. list the credentials and read one");
  const listing = ok(
    await zeus.GET("/projects/{projectId}/sdk/credentials", { params: { path: project } }),
    200,
  );
  if (!Array.isArray(listing)) throw new Error("without `integration` the answer is a list");
  const ids = listing.map((credential) => credential.id);
  check(ids.includes(stripeCredential.id), `Stripe's credential is listed: ${ids}`);
  check(ids.includes(session.connectCredentialId ?? ""), `HubSpot's credential is listed: ${ids}`);
  const read = ok(
    await zeus.GET("/projects/{projectId}/sdk/credentials/{credentialId}", {
      params: { path: { ...project, credentialId: stripeCredential.id } },
    }),
    200,
  );
  check(read.id === stripeCredential.id, "getCredential reads it back");
  check(read.integrationId === stripe.id, "the credential read is Stripe's");

  step("9. install Slack through OAuth");
  const slack = integrations.find((integration) => integration.type === "slack");
  if (!slack) throw new Error("slack is listed");
  const slackSession = await connect(slack);

  step("10. list Slack's Tools and run SLACK_SEND_MESSAGE (actionkit)");
  const toolsPath = "/projects/{projectId}/tools";
  const listed = ok(
    await actionkit.GET(toolsPath, { params: { path: project, query: { integrations: "slack" } } }),
    200,
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
  // The spec gives a Tool's JSON Schema as free-form JSON: its keywords are read by name.
  const schema = sendMessage.function.parameters as {
    type?: unknown;
    required?: string[];
    properties: Record<string, { type?: unknown } | undefined>;
    additionalProperties?: unknown;
  };
  check(schema.type === "object", `its parameters are an object's JSON Schema: ${schema.type}`);
  check(
    schema.required?.includes("channel") && schema.required.includes("message"),
    `it requires both: ${schema.required}`,
  );
  check(schema.properties.message?.type === "string", "message is a string");
  // An agent hands the schema to its LLM as it came: the keywords the model does not name stay.
  check(schema.additionalProperties === false, `it is kept whole: ${JSON.stringify(schema)}`);
  const text = "Hello from openapi-fetch";
  const sent = ok(
    await actionkit.POST(toolsPath, {
      params: {
        path: project,
        // The account to act with, as with several of them (Multi-Account Authorization).
        header: { "X-Paragon-Credential": slackSession.connectCredentialId ?? undefined },
      },
      body: { tool: "SLACK_SEND_MESSAGE", parameters: { channel: "#general", message: text } },
    }),
    200,
  );
  // What the Tool returned is Slack's chat.postMessage answer, as it is (`unknown` to the types).
  const postMessage = sent as { ok?: unknown; message?: { text?: unknown } };
  check(postMessage.ok === true, `Slack took the message: ${JSON.stringify(sent)}`);
  check(postMessage.message?.text === text, `Slack sent the text: ${JSON.stringify(sent)}`);

  step("11. list the Triggers (actionkit)");
  const { triggers } = ok(
    await actionkit.GET("/projects/{projectId}/triggers", { params: { path: project } }),
    200,
  );
  const triggerTypes = Object.values(triggers).flatMap((group) =>
    group.map((trigger) => trigger.type),
  );
  check(triggerTypes.includes("SLACK_TRIGGER_CHANNEL_CREATED"), `Slack's: ${triggerTypes}`);
  check(triggerTypes.includes("HUBSPOT_RECORD_CREATED"), `HubSpot's: ${triggerTypes}`);

  console.log("openapi-fetch: every step passed");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
