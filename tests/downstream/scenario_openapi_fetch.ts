/**
 * One Connected User's session through openapi-fetch, typed by openapi-typescript.
 *
 * Generate the types of each Paragon service from spec/services/, beside this file:
 *
 *   npx openapi-typescript spec/services/paragon-zeus.yaml -o zeus.ts
 *   (the same for hermes and proxy)
 *
 * Run the compiled file with PARAGON_BASE_URL, PARAGON_TOKEN (a user token your backend signed)
 * and PARAGON_PROJECT_ID set. Against `paragon-mock serve` the one base URL serves every service;
 * against Paragon's cloud, give each service its own host (ZEUS, HERMES and PROXY below).
 *
 * The steps are those of every scenario in this folder (see scenario.py); each checks what came
 * back, and a failed check throws.
 */
import { randomUUID } from "node:crypto";

import createClient from "openapi-fetch";

import type { paths as HermesPaths } from "./hermes";
import type { paths as ProxyPaths } from "./proxy";
import type { paths as ZeusPaths } from "./zeus";

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

async function main(): Promise<void> {
  const headers = { Authorization: `Bearer ${TOKEN}` };
  const zeus = createClient<ZeusPaths>({ baseUrl: ZEUS, headers });
  const hermes = createClient<HermesPaths>({ baseUrl: HERMES, headers });
  const proxy = createClient<ProxyPaths>({ baseUrl: PROXY, headers });
  const project = { projectId: PROJECT_ID };

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
  const nonce = randomUUID().replace(/-/g, "");
  const consent = ok(
    await zeus.GET("/v2/projects/{projectId}/sdk/actions/build-oauth", {
      params: {
        path: project,
        query: { action: "hubspot", integrationId: hubspot.id, oauthMetaKeyId: nonce },
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

  console.log("openapi-fetch: every step passed");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
