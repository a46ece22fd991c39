/**
 * One Connected User's session through the stock openapi-generator `typescript-fetch` clients.
 *
 * Generate one client per Paragon service from spec/services/, beside this file:
 *
 *   openapi-generator-cli generate -g typescript-fetch -i spec/services/paragon-zeus.yaml \
 *       -o zeus --additional-properties=modelPropertyNaming=original
 *   (the same for hermes and proxy)
 *
 * `modelPropertyNaming=original` keeps JSON names such as `OAUTH_ACCESS_TOKEN` and `Name`: the
 * default camelCases them, and in a model that also takes other keys the object then carries
 * both names and sends the invented one back. Run the compiled file with PARAGON_BASE_URL,
 * PARAGON_TOKEN (a user token your backend signed) and PARAGON_PROJECT_ID set. Against
 * `paragon-mock serve` the one base URL serves every service; against Paragon's cloud, give each
 * service its own host (ZEUS, HERMES and PROXY below).
 *
 * The steps are those of every scenario in this folder (see scenario.py); each checks what came
 * back, and a failed check throws.
 */
import { randomUUID } from "node:crypto";

import * as hermes from "./hermes";
import * as proxy from "./proxy";
import * as zeus from "./zeus";

const BASE_URL = required("PARAGON_BASE_URL");
const TOKEN = required("PARAGON_TOKEN");
const PROJECT_ID = required("PARAGON_PROJECT_ID");
// Paragon's cloud: https://zeus.useparagon.com, https://hermes.useparagon.com and
// https://proxy.useparagon.com; on-premise: zeus., hermes. and worker-proxy. of your host.
const [ZEUS, HERMES, PROXY] = [BASE_URL, BASE_URL, BASE_URL];

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

async function main(): Promise<void> {
  const zeusConfig = new zeus.Configuration({ basePath: ZEUS, accessToken: TOKEN });
  const hermesConfig = new hermes.Configuration({ basePath: HERMES, accessToken: TOKEN });
  const proxyConfig = new proxy.Configuration({ basePath: PROXY, accessToken: TOKEN });

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
  const nonce = randomUUID().replace(/-/g, "");
  const consent = await oauth.buildOauthUrl({
    projectId: PROJECT_ID,
    action: "hubspot",
    integrationId: hubspot.id,
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

  console.log("typescript-fetch: every step passed");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
