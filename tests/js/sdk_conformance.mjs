#!/usr/bin/env node
/**
 * Paragon's own JavaScript SDK, @useparagon/connect (the version package.json pins), against a
 * running paragon-mock: the outside judge of spec/paragon.yaml and of the mock.
 *
 *   node tests/js/sdk_conformance.mjs http://127.0.0.1:4010 [--verbose] [--only TEXT]
 *   PARAGON_MOCK_URL=http://127.0.0.1:4010 node tests/js/sdk_conformance.mjs
 *
 * The mock must serve its default fixture (mock/paragon_mock/fixtures/default.yaml); the driver
 * resets it first. The SDK runs as it would in a web page: jsdom gives it window, document,
 * localStorage and navigator, Node gives it fetch, and the public second argument of
 * configureGlobal points every Paragon service at the mock. The environment plays the browser's
 * part and nothing more: window.open is a popup that loads its pages over HTTP (its own cookies,
 * redirects followed), delivers the message the oauth-nonce page posts to its opener once the
 * mock serves that page, and lets the user approve a consent page by submitting its form. fetch
 * is Node's own, observed but not changed, so that a failing step can show the requests the SDK
 * sent and the answers it got. No SDK function is patched or wrapped; no request is rewritten.
 *
 * Each step asserts what the SDK and Paragon should do (the SDK's code is the evidence for the
 * wire, Paragon's SDK reference for the meaning), not what the mock does today, and reads the
 * mock's /_mock/records for what should have happened on the server. It prints one line per step
 * (`ok` or `FAIL step: why`, the failing step's requests and answers under it), a summary, and
 * exits 1 when a step failed (2 when it could not start).
 */

import { JSDOM, VirtualConsole } from "jsdom";

// -- arguments ------------------------------------------------------------------------------------

const args = process.argv.slice(2);
const VERBOSE = args.includes("--verbose") || process.env.SDK_CONFORMANCE_VERBOSE === "1";
const onlyAt = args.indexOf("--only");
const ONLY = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
const positional = args.filter((a, i) => !a.startsWith("--") && (onlyAt < 0 || i !== onlyAt + 1));
const BASE = (positional[0] || process.env.PARAGON_MOCK_URL || "").replace(/\/+$/, "");
if (!/^https?:\/\//.test(BASE)) {
  process.stderr.write(
    "usage: node tests/js/sdk_conformance.mjs <paragon-mock base URL> [--verbose] [--only TEXT]\n" +
      "       (or set PARAGON_MOCK_URL); start the mock with `paragon-mock serve --port 0`\n",
  );
  process.exit(2);
}

// -- the default fixture --------------------------------------------------------------------------

const PROJECT = "38b1f170-0c43-4eae-9a04-ab85325d99f7";
const OTHER_PROJECT = "908f4c5e-6394-46a5-9355-3f729edbd160";
const USER = "xyz";
const ID = {
  salesforce: "1a7b3c9d-2e4f-4a6b-8c0d-1e2f3a4b5c6d",
  hubspot: "95bedc9f-6a22-4855-b08d-e68dc073ad91",
  slack: "2f08e65f-d924-42ab-9618-b6023d82ffbd",
  shopify: "8b3e3659-3742-4aa4-85b2-378f92890c50",
  jira: "5c7e9a1b-3d5f-4b8a-9c2e-4f6a8b0c2d4e",
  googledrive: "630a77cb-4cff-44dc-80a4-a2e4483c41ee",
  box: "0f5eed65-40e6-4629-ba69-adc3ab668185",
  stripe: "6f3c5e1a-52a4-4c8e-9d0b-7f1e2a3b4c5d",
  statusboard: "883f1a2b-6c4d-4e5f-9a0b-1c2d3e4f5a6b",
};
const CRED = {
  salesforce: "00987654-56a7-49b1-8d23-456789abcdef",
  hubspot: "00da4146-7ac4-4253-a8f7-96849b8137d9",
  slack: "4f2d8b6e-1c3a-4e5f-8a7b-9c0d1e2f3a4b",
};
const CONFIG = {
  slackDefault: "9b2f4c6e-8a0d-4e1f-b3c5-d7e9f1a3b5c7",
  slackEmea: "3d5f7a9c-1e3b-4d6f-8a0c-2e4b6d8f0a1c",
};
const WF = {
  leadCreated: "85eb6607-c0e6-4baf-9bcd-a8bc17bf119e", // salesforce, REQUEST trigger + Response step
  syncContacts: "3eb95154-3c7b-413c-bf14-ba367d95b53f", // hubspot, App Event "Contact Created"
  createDeal: "e528c08c-da7d-4e02-ba9e-ec9eae26f90c", // hubspot, REQUEST trigger, no Response step
  slackNotify: "2248335c-671c-47e4-b9a0-3641a9f2d301", // slack, App Event "Task Created"
};
const SLACK_CHANNEL_INPUT = "2d5662c9-6750-46c2-8588-2ac904532efb";
const SF_FIELD_MAPPING_INPUT = "681a8b91-feea-4535-ad44-d247f646cdb6";
const ACTIVE_TYPES = [
  "salesforce", "hubspot", "slack", "shopify", "jira", "googledrive", "box", "onedrive",
  "sharepoint", "stripe", "custom.statusboard",
];
const SDK_EVENTS = [
  "onIntegrationInstall", "onIntegrationUninstall", "onWorkflowChange", "onPortalOpen",
  "onPortalClose",
];
// The page the SDK is embedded in; the SDK sends it as originForPostMessage.
const APP_ORIGIN = "http://localhost:3000";
// The SDK's own OAuth timeout for the flows below; a consent round trip takes well under 1 s.
const OAUTH_TIMEOUT_MS = 3000;
const STEP_TIMEOUT_MS = 10000;

// -- what happens on the wire, and what the SDK says on its console --------------------------------

const nodeFetch = globalThis.fetch;
const traffic = []; // {who, method, url, reqHeaders, reqBody, status, resHeaders, resBody, error}
const consoleLines = [];

function headersOf(init) {
  const out = {};
  const h = init?.headers;
  if (!h) return out;
  const entries = typeof h.entries === "function" ? [...h.entries()] : Object.entries(h);
  for (const [name, value] of entries) if (value !== undefined) out[name] = String(value);
  return out;
}

async function observe(who, input, init, send) {
  const entry = {
    who,
    method: String(init?.method || "GET").toUpperCase(),
    url: String(input instanceof Request ? input.url : input),
    reqHeaders: headersOf(init),
    reqBody: typeof init?.body === "string" ? init.body : init?.body == null ? null : "<body>",
    done: false,
  };
  traffic.push(entry);
  try {
    const response = await send();
    entry.status = response.status;
    entry.resHeaders = Object.fromEntries(response.headers);
    entry.resBody = await response.clone().text().catch(() => "<unreadable>");
    return response;
  } catch (error) {
    entry.error = String(error?.cause?.message || error?.message || error);
    throw error;
  } finally {
    entry.done = true;
  }
}

// Node's fetch, observed: the browser's network panel, not a change to what is sent.
globalThis.fetch = function fetch(input, init) {
  return observe("sdk", input, init, () => nodeFetch(input, init));
};

for (const level of ["log", "info", "warn", "error", "debug"]) {
  console[level] = (...parts) => {
    consoleLines.push(`console.${level}: ${parts.map(show).join(" ")}`);
  };
}
process.on("unhandledRejection", (error) => {
  consoleLines.push(`unhandled rejection: ${show(error)}`);
});

function show(value) {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

// -- the browser: jsdom's window, and popups -------------------------------------------------------

const virtualConsole = new VirtualConsole();
virtualConsole.on("jsdomError", (error) => consoleLines.push(`jsdom: ${error.message}`));
const dom = new JSDOM("<!doctype html><html><head><title>app</title></head><body></body></html>", {
  url: `${APP_ORIGIN}/`,
  pretendToBeVisual: true,
  virtualConsole,
});
const { window } = dom;
const popups = [];
// What the user does in the next popup: approve its consent page, filling these form fields.
let popupPlan = { approve: true, fields: {} };

/**
 * A popup window as a browser gives one to `window.open`: it loads its pages over HTTP with its
 * own cookie jar, follows redirects, and exposes `location`, `opener`, `closed` and `close()`.
 * The user acts on what it shows: the oauth-nonce page, once served, posts
 * `{type: "oauth-nonce-loaded"}` to the opener (what Paragon's page does); a consent page with
 * an `#approve` button is approved by submitting its form; after that the user closes it.
 */
class Popup {
  constructor(url, plan) {
    this.opener = window;
    this.closed = false;
    this.plan = plan;
    this.openedWith = url;
    this.url = "about:blank";
    this.pages = [];
    this.cookies = new Map();
    this.submitted = false;
    this.pending = Promise.resolve();
    const popup = this;
    this.location = {
      get href() {
        return popup.url;
      },
      set href(value) {
        popup.navigate(String(value));
      },
      assign: (value) => popup.navigate(String(value)),
      replace: (value) => popup.navigate(String(value)),
      toString: () => popup.url,
    };
    this.navigate(url);
  }

  close() {
    this.closed = true;
    this.opener = null;
  }

  focus() {}

  blur() {}

  postMessage() {}

  navigate(url, request = {}) {
    if (this.closed) return;
    this.pending = this.pending.then(() => this.load(url, request)).catch((error) => {
      this.pages.push({ url, status: `network error: ${error?.cause?.message || error.message}` });
    });
  }

  async load(url, { method = "GET", body, contentType } = {}) {
    let target = new URL(url, this.url === "about:blank" ? undefined : this.url).href;
    for (let hops = 0; hops < 10 && !this.closed; hops += 1) {
      const origin = new URL(target).origin;
      if (origin !== new URL(BASE).origin) {
        // A page outside the mock (a redirectUrl of the application): the flow ends there.
        this.url = target;
        this.pages.push({ url: target, status: "outside the mock, not loaded" });
        this.close();
        return;
      }
      const headers = { Accept: "text/html,application/xhtml+xml,*/*;q=0.8" };
      const cookie = [...this.cookies.entries()].map(([k, v]) => `${k}=${v}`).join("; ");
      if (cookie) headers.Cookie = cookie;
      if (contentType) headers["Content-Type"] = contentType;
      const init = { method, headers, body, redirect: "manual" };
      const response = await observe("popup", target, init, () => nodeFetch(target, init));
      for (const line of response.headers.getSetCookie?.() ?? []) {
        const [pair] = line.split(";");
        const at = pair.indexOf("=");
        if (at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
      }
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        target = new URL(location, target).href;
        if (response.status === 303 || method === "POST") {
          method = "GET";
          body = undefined;
          contentType = undefined;
        }
        continue;
      }
      const html = await response.text();
      this.url = target;
      const page = {
        url: target,
        status: response.status,
        contentType: response.headers.get("content-type") || "",
        html,
      };
      this.pages.push(page);
      this.act(page);
      return;
    }
  }

  act(page) {
    if (this.closed) return;
    const path = new URL(page.url).pathname;
    if (path.endsWith("/sdk/actions/oauth-nonce")) {
      // Paragon's oauth-nonce page posts this to window.opener; it can only do so if served.
      if (page.status === 200 && page.contentType.includes("text/html")) {
        setTimeout(() => {
          if (this.closed) return;
          window.dispatchEvent(
            new window.MessageEvent("message", {
              data: { type: "oauth-nonce-loaded" },
              origin: new URL(page.url).origin,
            }),
          );
        }, 0);
      }
      return;
    }
    if (this.submitted) {
      // The page after Approve says the window can be closed: the user closes it.
      this.close();
      return;
    }
    if (page.status !== 200 || !page.contentType.includes("text/html")) return;
    const doc = new JSDOM(page.html, { url: page.url }).window.document;
    const approve = doc.querySelector("#approve");
    if (approve && this.plan.approve) this.submit(page, approve);
  }

  submit(page, button) {
    const form = button.form || button.closest("form");
    if (!form) {
      this.problem = "the consent page's #approve button is not in a form";
      return;
    }
    const fields = new URLSearchParams();
    const unfilled = [];
    for (const element of form.elements) {
      if (!element.name || element.disabled) continue;
      const kind = (element.type || "").toLowerCase();
      if (element.tagName === "BUTTON" || kind === "submit" || kind === "image") {
        if (element === button) fields.append(element.name, element.value);
        continue;
      }
      if ((kind === "checkbox" || kind === "radio") && !element.checked) continue;
      let value = element.value;
      if (Object.hasOwn(this.plan.fields, element.name)) value = String(this.plan.fields[element.name]);
      if (element.required && !value) unfilled.push(element.name);
      fields.append(element.name, value);
    }
    if (unfilled.length) {
      this.problem = `the consent page asks for ${unfilled.join(", ")}, which the user was not given`;
      return;
    }
    this.submitted = true;
    const action = new URL(form.getAttribute("action") || page.url, page.url).href;
    if ((form.getAttribute("method") || "get").toLowerCase() === "post") {
      this.navigate(action, {
        method: "POST",
        body: fields.toString(),
        contentType: "application/x-www-form-urlencoded",
      });
    } else {
      const url = new URL(action);
      for (const [k, v] of fields) url.searchParams.append(k, v);
      this.navigate(url.href);
    }
  }

  /** Where the popup's journey stopped, for a failing step. */
  describe() {
    const trail = this.pages.map((p) => `${shortUrl(p.url)} (${p.status}${pageTitle(p)})`);
    const opened = `popup opened at ${shortUrl(this.openedWith)}`;
    const problem = this.problem ? `; ${this.problem}` : "";
    return trail.length ? `${opened}; loaded ${trail.join(" -> ")}${problem}` : `${opened}${problem}`;
  }
}

function pageTitle(page) {
  const found = /<title>([^<]*)<\/title>/i.exec(page.html || "");
  const heading = /<h1>([^<]*)<\/h1>/i.exec(page.html || "");
  const text = heading?.[1] || found?.[1];
  if (text) return `: "${text.trim()}"`;
  if (page.html && page.contentType?.includes("json")) return `: ${page.html.slice(0, 200)}`;
  return "";
}

window.open = function open(url) {
  const popup = new Popup(String(url ?? "about:blank"), popupPlan);
  popups.push(popup);
  return popup;
};
window.fetch = globalThis.fetch;

for (const [name, value] of Object.entries({
  window,
  document: window.document,
  localStorage: window.localStorage,
  sessionStorage: window.sessionStorage,
  navigator: window.navigator,
  location: window.location,
})) {
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
}

// -- the mock's control surface, and the REST API as the server sees it ---------------------------

async function control(method, path, body) {
  const response = await nodeFetch(`${BASE}/_mock/${path}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} /_mock/${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

async function mintToken(userId, extra = {}) {
  return (await control("POST", "tokens", { userId, ...extra })).token;
}

async function records(kind, userId = USER) {
  const query = new URLSearchParams({ kind, projectId: PROJECT, userId });
  return (await control("GET", `records?${query}`)).records;
}

let token = "";

/** The driver's own REST call (not the SDK's): what the server holds now. */
async function server(path, { method = "GET", as = token } = {}) {
  const response = await nodeFetch(`${BASE}/projects/${PROJECT}${path}`, {
    method,
    headers: { Authorization: `Bearer ${as}`, Accept: "application/json" },
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`the driver's GET {p}${path} answered ${response.status}: ${text}`);
  return JSON.parse(text);
}

// -- assertions -----------------------------------------------------------------------------------

function check(condition, message) {
  if (!condition) throw new Error(message);
}

function equal(actual, expected, what) {
  if (!sameJson(actual, expected)) {
    throw new Error(`${what}: expected ${brief(expected)}, got ${brief(actual)}`);
  }
}

/** Every key of `expected` is in `actual` with the same value (recursively; arrays item by item). */
function contains(actual, expected, what) {
  const problem = mismatch(actual, expected, "");
  if (problem) throw new Error(`${what}: ${problem}`);
}

function mismatch(actual, expected, at) {
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object") {
      return `${at || "value"} should be ${brief(expected)}, got ${brief(actual)}`;
    }
    if (Array.isArray(expected)) {
      if (!Array.isArray(actual) || actual.length !== expected.length) {
        return `${at || "value"} should be ${brief(expected)}, got ${brief(actual)}`;
      }
      for (let i = 0; i < expected.length; i += 1) {
        const problem = mismatch(actual[i], expected[i], `${at}[${i}]`);
        if (problem) return problem;
      }
      return null;
    }
    for (const [key, value] of Object.entries(expected)) {
      if (!(key in actual)) return `${at ? `${at}.` : ""}${key} is missing (in ${brief(actual)})`;
      const problem = mismatch(actual[key], value, at ? `${at}.${key}` : key);
      if (problem) return problem;
    }
    return null;
  }
  return Object.is(actual, expected) ? null : `${at || "value"} should be ${brief(expected)}, got ${brief(actual)}`;
}

function sameJson(a, b) {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical(value[k])]));
  }
  return value;
}

function brief(value, limit = 300) {
  let text = value === undefined ? "undefined" : show(value);
  text = redact(text);
  return text.length > limit ? `${text.slice(0, limit)}...` : text;
}

/** Runs `fn`; it must throw or reject with an error matching `pattern` (and name, if given). */
async function rejects(fn, pattern, what, name) {
  let outcome;
  try {
    outcome = await fn();
  } catch (error) {
    const text = `${error?.name}: ${error?.message}`;
    if (pattern && !pattern.test(String(error?.message))) {
      throw new Error(`${what}: expected an error matching ${pattern}, got ${text}`);
    }
    if (name && error?.name !== name) throw new Error(`${what}: expected a ${name}, got ${text}`);
    return error;
  }
  throw new Error(`${what}: expected an error matching ${pattern}, but it returned ${brief(outcome)}`);
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The SDK's requests since `mark` that match method and a path (after the base URL). */
function sent(mark, method, pathPattern) {
  return traffic
    .slice(mark)
    .filter((t) => t.who === "sdk" && t.method === method && pathPattern.test(t.url.replace(BASE, "")));
}

function answered(entry) {
  if (!entry) return "no request";
  return `${entry.method} ${shortUrl(entry.url)} answered ${entry.status ?? entry.error}${
    entry.resBody ? `: ${brief(entry.resBody, 300)}` : ""
  }`;
}

// -- output ---------------------------------------------------------------------------------------

function redact(text) {
  let out = String(text);
  if (token) out = out.split(token).join("<token>");
  return out.replace(/eyJ[\w-]+\.[\w-]+\.[\w-]+/g, "<jwt>");
}

function shortUrl(url) {
  return redact(String(url).split(BASE).join("{mock}").split(`/projects/${PROJECT}`).join("{p}"));
}

function evidence(mark, logMark) {
  const lines = [];
  for (const t of traffic.slice(mark)) {
    const who = t.who === "popup" ? "popup " : "";
    lines.push(`> ${who}${t.method} ${shortUrl(t.url)}`);
    const headers = Object.entries(t.reqHeaders)
      .filter(([k]) => !/^(accept|cookie)$/i.test(k))
      .map(([k, v]) => `${k}: ${redact(v)}`);
    if (headers.length) lines.push(`  headers ${headers.join("; ")}`);
    if (t.reqBody) lines.push(`  body ${brief(t.reqBody, 600)}`);
    if (t.error) lines.push(`< network error: ${t.error}`);
    else if (t.status !== undefined) {
      const type = t.resHeaders?.["content-type"] ? ` ${t.resHeaders["content-type"].split(";")[0]}` : "";
      const body = t.resBody ? ` ${brief(t.resBody.replace(/\s+/g, " "), 600)}` : "";
      lines.push(`< ${t.status}${type}${body}`);
    } else lines.push("< (no answer yet)");
  }
  for (const line of consoleLines.slice(logMark)) lines.push(`sdk ${brief(line, 400)}`);
  return lines;
}

// -- steps ----------------------------------------------------------------------------------------

const results = [];
const passed = new Set();

async function step(name, fn, { needs = [], timeout = STEP_TIMEOUT_MS } = {}) {
  if (ONLY && !name.includes(ONLY)) return;
  const mark = traffic.length;
  const logMark = consoleLines.length;
  let why = null;
  try {
    await withTimeout(Promise.resolve().then(fn), timeout, "waiting for the step to finish");
  } catch (error) {
    why = error?.message ? String(error.message) : String(error);
    const failedBefore = needs.filter((n) => !passed.has(n));
    if (failedBefore.length) why = `${why} (after ${failedBefore.map((n) => `"${n}"`).join(", ")} failed)`;
  }
  results.push({ name, ok: !why });
  if (!why) {
    passed.add(name);
    process.stdout.write(`ok   ${name}\n`);
    if (VERBOSE) for (const line of evidence(mark, logMark)) process.stdout.write(`       ${line}\n`);
  } else {
    process.stdout.write(`FAIL ${name}: ${redact(why)}\n`);
    for (const line of evidence(mark, logMark)) process.stdout.write(`       ${line}\n`);
  }
}

// -- the SDK in the page --------------------------------------------------------------------------

await control("POST", "reset");
await control("DELETE", "records");
token = await mintToken(USER);

const sdkModule = await import("@useparagon/connect");
const { paragon } = sdkModule.default ?? sdkModule;
if (!paragon?.installFlow) {
  process.stdout.write("FAIL import: @useparagon/connect did not set itself up in the jsdom window\n");
  process.exit(2);
}

const events = [];
const ENV = {
  ZEUS_PUBLIC_URL: BASE,
  HERMES_PUBLIC_URL: BASE,
  WORKER_PROXY_PUBLIC_URL: BASE,
  API_TRIGGER_KIT_PUBLIC_URL: BASE,
  CONNECT_PUBLIC_URL: BASE,
  CDN_PUBLIC_URL: BASE,
  DASHBOARD_PUBLIC_URL: BASE,
  PASSPORT_PUBLIC_URL: BASE,
  PASSPORT_PRODUCTION_URL: BASE,
};

const user = () => paragon.getUser();
const state = (type) => paragon.getUser().integrations?.[type];

/** The user's server-side credential for an integration type (REST, not the SDK). */
async function serverCredentials(integrationId) {
  const list = await server("/sdk/credentials");
  check(Array.isArray(list), `GET {p}/sdk/credentials should answer a list, got ${brief(list)}`);
  return list.filter((c) => c.integrationId === integrationId);
}

/** Installs through the SDK's OAuth popup: `run` starts it and resolves with the SDK's outcome. */
async function throughPopup(run, { fields = {}, approve = true } = {}) {
  popupPlan = { approve, fields };
  const firstPopup = popups.length;
  const mark = traffic.length;
  try {
    return await withTimeout(run(), OAUTH_TIMEOUT_MS + 3000, "waiting for the OAuth install");
  } catch (error) {
    const popup = popups[firstPopup];
    const where = popup ? popup.describe() : "the SDK opened no popup";
    const build = sent(mark, "GET", /\/sdk\/actions\/build-oauth/)[0];
    const buildNote = build && build.status !== 200 ? `; ${answered(build)}` : "";
    throw new Error(`${error.message}; ${where}${buildNote}`);
  } finally {
    for (const popup of popups.slice(firstPopup)) popup.close();
    await settleOAuth(mark);
  }
}

/** Waits (up to 3 s) until every request sent since `mark` has its answer. */
async function quiet(mark) {
  const deadline = Date.now() + 3000;
  while (traffic.slice(mark).some((t) => !t.done) && Date.now() < deadline) await sleep(20);
}

/** Waits (up to 3 s) for the SDK to stop polling and delete the OAuth session it opened. */
async function settleOAuth(mark) {
  const build = sent(mark, "GET", /\/sdk\/actions\/build-oauth/)[0];
  const nonce = build && new URL(build.url).searchParams.get("oauthMetaKeyId");
  const deadline = Date.now() + 3000;
  while (nonce && Date.now() < deadline) {
    const done = traffic
      .slice(mark)
      .some((t) => t.method === "DELETE" && t.url.includes(`/sdk/actions/session-id/${nonce}`) && t.done);
    if (done) return;
    await sleep(50);
  }
}

/** An install flow's callbacks, as a queue the steps read in order. */
function startFlow(type, options = {}) {
  const queue = [];
  const waiting = [];
  const push = (item) => (waiting.length ? waiting.shift()(item) : queue.push(item));
  paragon.installFlow.start(type, {
    oauthTimeout: OAUTH_TIMEOUT_MS,
    ...options,
    onNext: (stage) => push({ kind: "next", value: stage }),
    onComplete: (event) => push({ kind: "complete", value: event }),
    onError: (error, context) => push({ kind: "error", value: error, context }),
  });
  const take = () => (queue.length ? Promise.resolve(queue.shift()) : new Promise((r) => waiting.push(r)));
  return {
    async expect(kind, what) {
      const item = await withTimeout(take(), OAUTH_TIMEOUT_MS + 2000, `waiting for ${what}`);
      if (item.kind === kind) return item.value;
      if (item.kind === "error") {
        const stage = item.context?.stage ? ` at stage ${item.context.stage}` : "";
        throw new Error(`${what}: onError(${item.value?.name}: ${item.value?.message})${stage}`);
      }
      throw new Error(`${what}: expected on${kind[0].toUpperCase()}${kind.slice(1)}, got ${item.kind === "next" ? "onNext" : "onComplete"}(${brief(item.value)})`);
    },
  };
}

function expectStage(stage, name, what) {
  check(stage && stage.stage === name, `${what}: expected stage "${name}", got ${brief(stage)}`);
}

// 1. Before authentication ------------------------------------------------------------------------

await step("configureGlobal points every service at the mock", () => {
  const mark = traffic.length;
  paragon.configureGlobal({ host: new URL(BASE).host }, ENV);
  equal(user(), { authenticated: false }, "getUser() after configureGlobal");
  check(traffic.length === mark, "configureGlobal should make no request");
  equal(paragon.getVersion(), "2.4.0", "getVersion()");
});

await step("calls before authenticate fail with UserNotAuthenticatedError", async () => {
  const mark = traffic.length;
  await rejects(() => paragon.installIntegration("slack"), /authenticate/, "installIntegration", "UserNotAuthenticatedError");
  await rejects(() => paragon.uninstallIntegration("slack"), /authenticate/, "uninstallIntegration", "UserNotAuthenticatedError");
  await rejects(() => paragon.workflow(WF.leadCreated), /authenticate/, "workflow", "UserNotAuthenticatedError");
  await rejects(() => paragon.connectAction("resource", {}), /authenticate/, "connectAction", "UserNotAuthenticatedError");
  await rejects(() => paragon.createConfiguration({ credentialId: CRED.slack }), /authenticate/, "createConfiguration", "UserNotAuthenticatedError");
  check(traffic.length === mark, "no request should be sent");
});

await step("subscribe to every SDK event; unknown names are refused", async () => {
  for (const name of SDK_EVENTS) {
    const unsubscribe = paragon.subscribe(name, (event, who) => events.push({ name, event, userId: who?.userId }));
    check(typeof unsubscribe === "function", `subscribe("${name}") should return an unsubscribe function`);
  }
  const listener = () => {};
  const undo = paragon.subscribe("onPortalOpen", listener);
  equal(undo(), true, "the unsubscribe function's result");
  await rejects(() => paragon.subscribe("onInstall", listener), /not valid paragon event/, 'subscribe("onInstall")');
});

await step("authenticate refuses an expired token without asking the server", async () => {
  const expired = await mintToken(USER, { ttlSeconds: -60 });
  const mark = traffic.length;
  await rejects(() => paragon.authenticate(PROJECT, expired), /expired/, "authenticate(expired token)");
  check(sent(mark, "GET", /./).length === 0, "no request should be sent for an expired token");
  equal(user(), { authenticated: false }, "getUser()");
});

await step("authenticate fails when the server refuses the token (another project's key)", async () => {
  const foreign = await mintToken(USER, { projectId: OTHER_PROJECT, audience: false });
  const mark = traffic.length;
  await rejects(() => paragon.authenticate(PROJECT, foreign), /Failed to authenticate user with Paragon/, "authenticate(foreign token)");
  const me = sent(mark, "GET", /\/sdk\/me$/)[0];
  check(me && me.status === 401, `GET {p}/sdk/me should answer 401; ${answered(me)}`);
  equal(user(), { authenticated: false }, "getUser() after the refusal");
  // The SDK shares an in-flight GET between callers by URL, whatever the token: the refused
  // token's GET {p}/sdk/integrations must end before the next authenticate asks the same URL.
  await quiet(mark);
});

// 2. Authenticated as the fixture's user ------------------------------------------------------------

await step("authenticate", async () => {
  const mark = traffic.length;
  await paragon.authenticate(PROJECT, token);
  const me = sent(mark, "GET", /^\/projects\/[^/]+\/sdk\/me$/);
  const integrations = sent(mark, "GET", /^\/projects\/[^/]+\/sdk\/integrations$/);
  check(me.length === 1 && me[0].status === 200, `GET {p}/sdk/me: ${answered(me[0])}`);
  check(integrations.length === 1 && integrations[0].status === 200, `GET {p}/sdk/integrations: ${answered(integrations[0])}`);
  for (const t of [...me, ...integrations]) {
    equal(t.reqHeaders.Authorization, `Bearer ${token}`, "Authorization header");
    equal(t.reqHeaders["X-Paragon-SDK-Version"], "2.4.0", "X-Paragon-SDK-Version header");
  }
  check(user().authenticated === true, `getUser() should be authenticated, got ${brief(user())}`);
});

await step("getUser", () => {
  const u = user();
  contains(u, { authenticated: true, userId: USER, meta: {} }, "getUser()");
  check(!("token" in u), "getUser() must not expose the token");
  check(Array.isArray(u.resources), `getUser().resources should be a list, got ${brief(u.resources)}`);
  for (const type of ACTIVE_TYPES) {
    const entry = u.integrations[type];
    check(entry, `getUser().integrations has no "${type}" (keys: ${Object.keys(u.integrations).join(", ")})`);
    check(Array.isArray(entry.allCredentials), `integrations.${type}.allCredentials should be a list`);
    check(Array.isArray(entry.allConfigurations), `integrations.${type}.allConfigurations should be a list`);
  }
  contains(u.integrations.salesforce, {
    enabled: true,
    credentialId: CRED.salesforce,
    credentialStatus: "VALID",
    providerId: "1234567890",
    providerData: { instanceURL: "https://mycompany.my.salesforce.com" },
    configuredWorkflows: {},
  }, "integrations.salesforce (the reference's getUser example)");
  contains(u.integrations.shopify, { enabled: false, allCredentials: [] }, "integrations.shopify");
  equal(u.integrations.salesforce.allCredentials.map((c) => c.id), [CRED.salesforce], "salesforce allCredentials ids");
  equal(u.integrations.slack.allConfigurations.map((c) => c.id).sort(), [CONFIG.slackDefault, CONFIG.slackEmea].sort(), "slack allConfigurations ids");
}, { needs: ["authenticate"] });

await step("getIntegrationMetadata", async () => {
  const all = paragon.getIntegrationMetadata();
  equal(all.map((m) => m.type), ACTIVE_TYPES, "getIntegrationMetadata() types, in the project's order");
  equal(all.slice(0, 3), [
    { type: "salesforce", name: "Salesforce", brandColor: "#057ACF", icon: `${BASE}/integrations/salesforce.svg` },
    { type: "hubspot", name: "Hubspot", brandColor: "#F67600", icon: `${BASE}/integrations/hubspot.svg` },
    { type: "slack", name: "Slack", brandColor: "#4A154B", icon: `${BASE}/integrations/slack.svg` },
  ], "getIntegrationMetadata() (the reference's example)");
  contains(paragon.getIntegrationMetadata("custom.statusboard"), { type: "custom.statusboard", name: "Status Board" }, 'getIntegrationMetadata("custom.statusboard")');
  await rejects(() => paragon.getIntegrationMetadata("zendesk"), /not a valid integration name/, 'getIntegrationMetadata("zendesk")');
}, { needs: ["authenticate"] });

await step("getIntegrationConfig", () => {
  const slack = paragon.getIntegrationConfig("slack");
  contains(slack, {
    shortDescription: "Send notifications to Slack",
    availableUserSettings: [
      { id: SLACK_CHANNEL_INPUT, type: "DYNAMIC_ENUM", title: "Channel", required: false, sourceType: "channels" },
    ],
    hiddenWorkflows: [],
  }, 'getIntegrationConfig("slack")');
  check(slack.longDescription?.startsWith("Connect your Slack workspace"), `longDescription: got ${brief(slack.longDescription)}`);
  contains(slack.availableWorkflows, [{
    id: WF.slackNotify,
    inputs: [],
    infoText: "Send a Slack notification when a Task is created",
    defaultEnabled: false,
    description: "Send Slack Notification",
  }], 'getIntegrationConfig("slack").availableWorkflows (the SDK lists workflowMeta values by their `id`)');
  const salesforce = paragon.getIntegrationConfig("salesforce");
  equal(salesforce.availableWorkflows.map((w) => [w.id, w.description]), [[WF.leadCreated, "Lead Created"]], 'getIntegrationConfig("salesforce").availableWorkflows');
  equal(salesforce.availableUserSettings?.map((i) => i.id), [SF_FIELD_MAPPING_INPUT], 'getIntegrationConfig("salesforce").availableUserSettings');
}, { needs: ["authenticate"] });

await step("getDataSourceOptions", async () => {
  equal(await paragon.getDataSourceOptions("salesforce", "customObjectMapping"), {
    id: "customObjectMapping",
    type: "FIELD_MAPPER_DATA_SOURCE",
    title: "Field Mapping",
    subtitle: "Allows users to define a field mapping",
    recordSource: { type: "DYNAMIC_DATA_SOURCE", title: "Record Type", cacheKey: "recordTypes" },
    fieldSource: { type: "DYNAMIC_DATA_SOURCE", title: "Field", cacheKey: "cachedFields" },
  }, "getDataSourceOptions(salesforce, customObjectMapping) (the reference's example)");
  contains(await paragon.getDataSourceOptions("slack", "channels"), { type: "DYNAMIC_DATA_SOURCE", cacheKey: "channels" }, "getDataSourceOptions(slack, channels)");
}, { needs: ["authenticate"] });

await step("getFieldOptions: search, pages, and a field mapping's dependent source", async () => {
  const mark = traffic.length;
  const general = await paragon.getFieldOptions({ integration: "slack", action: "channels", search: "general" });
  contains(general, { data: [{ label: "#general", value: "general" }], nestedData: [], nextPageCursor: "dGVhbTpDMDUxWjlNSzk4Vw==" }, "getFieldOptions(slack channels, search general) (the reference's example)");
  const request = sent(mark, "POST", /\/sdk\/actions$/)[0];
  equal(JSON.parse(request.reqBody), { action: "slack", sourceKey: "channels", parameters: [], paginationParameters: { pageCursor: 0, search: "general" } }, "the body the SDK sent");
  const first = await paragon.getFieldOptions({ integration: "slack", action: "channels" });
  equal(first.data.map((o) => o.value), ["random", "engineering", "sales", "support", "general"], "first page of channels");
  check(typeof first.nextPageCursor === "string", `first page should have a nextPageCursor, got ${brief(first.nextPageCursor)}`);
  const second = await paragon.getFieldOptions({ integration: "slack", action: "channels", cursor: first.nextPageCursor });
  equal(second.data.map((o) => o.value), ["announcements", "design", "general-help"], "second page of channels");
  equal(second.nextPageCursor, null, "the last page's nextPageCursor");
  const recordTypes = await paragon.getFieldOptions({ integration: "salesforce", action: "recordTypes" });
  equal(recordTypes.data.map((o) => o.value), ["Contact", "Account", "Lead", "Opportunity"], "salesforce recordTypes");
  const fields = await paragon.getFieldOptions({
    integration: "salesforce",
    action: "cachedFields",
    parameters: [{ key: "recordTypes", source: { type: "VALUE", value: "Lead" } }],
  });
  equal(fields.data.map((o) => o.value), ["FirstName", "LastName", "Company", "Email"], "salesforce cachedFields of Lead");
}, { needs: ["authenticate"] });

await step("local helpers: getIntegrationId, getAssetUrl, getSourcesForInput, setDataSources", () => {
  equal(paragon.getIntegrationId("slack"), ID.slack, 'getIntegrationId("slack")');
  equal(paragon.getAssetUrl("salesforce-install-package"), `${BASE}/images/salesforce-install-package.png`, "getAssetUrl");
  const channel = paragon.getIntegrationConfig("slack").availableUserSettings?.[0];
  contains(paragon.getSourcesForInput("slack", channel), { kind: "single", source: { type: "DYNAMIC_DATA_SOURCE", cacheKey: "channels" } }, "getSourcesForInput(slack Channel)");
  const mapping = paragon.getIntegrationConfig("salesforce").availableUserSettings?.[0];
  contains(paragon.getSourcesForInput("salesforce", mapping), {
    kind: "fieldMapper",
    recordSource: { cacheKey: "recordTypes" },
    fieldSource: { cacheKey: "cachedFields" },
  }, "getSourcesForInput(salesforce Field Mapping)");
  paragon.setDataSources({ dropdowns: { teams: [{ label: "Team A", value: "a" }] } });
  contains(paragon.getSourcesForInput("slack", { id: "x", type: "CUSTOM_DROPDOWN", title: "Team", key: "teams" }), {
    kind: "single",
    source: { type: "STATIC_ENUM_DATA_SOURCE", values: [{ label: "Team A", value: "a" }] },
  }, "getSourcesForInput(custom dropdown from setDataSources)");
  contains(paragon.getSourcesForActionInput({ id: "size", title: "Size", type: "ENUM", values: ["s", { value: 2, label: "Two" }] }), {
    kind: "single",
    source: { type: "STATIC_ENUM_DATA_SOURCE", values: [{ label: "s", value: "s" }, { label: "Two", value: "2" }] },
  }, "getSourcesForActionInput(enum)");
  paragon.setDataSources({});
}, { needs: ["authenticate"] });

await step("setUserMetadata", async () => {
  const mark = traffic.length;
  const returned = await paragon.setUserMetadata({ name: "Ada Lovelace", email: "ada@example.com", plan: "pro" });
  const patch = sent(mark, "PATCH", /\/sdk\/me$/)[0];
  check(patch && patch.status >= 200 && patch.status < 300, `PATCH {p}/sdk/me: ${answered(patch)}`);
  equal(JSON.parse(patch.reqBody), { meta: { Name: "Ada Lovelace", Email: "ada@example.com", plan: "pro" } }, "the body the SDK sent");
  contains(returned, { meta: { Name: "Ada Lovelace", Email: "ada@example.com", plan: "pro" } }, "setUserMetadata's result");
  contains(user().meta, { Name: "Ada Lovelace", Email: "ada@example.com", plan: "pro" }, "getUser().meta");
  contains((await server("/sdk/me")).meta, { Name: "Ada Lovelace", Email: "ada@example.com", plan: "pro" }, "the server's /sdk/me meta");
}, { needs: ["authenticate"] });

await step("updateIntegrationUserSettings (default configuration, then team-emea)", async () => {
  const result = await paragon.updateIntegrationUserSettings("slack", { [SLACK_CHANNEL_INPUT]: "random" });
  equal(result.errors, [], "errors");
  equal(result.userState.integrations.slack.sharedSettings?.[SLACK_CHANNEL_INPUT], "random", "the returned user state's slack sharedSettings");
  equal(state("slack").sharedSettings?.[SLACK_CHANNEL_INPUT], "random", "getUser().integrations.slack.sharedSettings");
  const mark = traffic.length;
  await paragon.updateIntegrationUserSettings("slack", { "1f7474a5-8b8e-4c25-8d44-29f20aec3fe4": "support" }, { selectedConfigurationId: CONFIG.slackEmea });
  const patch = sent(mark, "PATCH", /\/sdk\/credentials\//)[0];
  equal(patch?.reqHeaders["X-Paragon-Configuration-Id"], CONFIG.slackEmea, "X-Paragon-Configuration-Id of the PATCH");
  const [slack] = await serverCredentials(ID.slack);
  const byId = Object.fromEntries((slack?.configurations ?? []).map((c) => [c.id, c]));
  equal(byId[CONFIG.slackDefault]?.sharedSettings?.[SLACK_CHANNEL_INPUT], "random", "server: default configuration's Channel");
  equal(byId[CONFIG.slackEmea]?.sharedSettings?.["1f7474a5-8b8e-4c25-8d44-29f20aec3fe4"], "support", "server: team-emea's setting");
  equal(state("slack").sharedSettings?.[SLACK_CHANNEL_INPUT], "random", "getUser() still shows the default configuration");
}, { needs: ["authenticate"] });

await step("updateWorkflowUserSettings", async () => {
  const mark = traffic.length;
  const result = await paragon.updateWorkflowUserSettings("hubspot", WF.syncContacts, { "example-input-id": "Ada" });
  equal(result.errors, [], "errors");
  const patch = sent(mark, "PATCH", /\/sdk\/credentials\//)[0];
  equal(JSON.parse(patch.reqBody), { config: { workflowSettings: { [WF.syncContacts]: { enabled: true, settings: { "example-input-id": "Ada" } } } } }, "the body the SDK sent");
  contains(state("hubspot").workflowSettings?.[WF.syncContacts], { enabled: true, settings: { "example-input-id": "Ada" } }, "getUser().integrations.hubspot.workflowSettings");
  const [hubspot] = await serverCredentials(ID.hubspot);
  const config = hubspot?.configurations?.find((c) => c.isDefault);
  contains(config?.workflowSettings?.[WF.syncContacts], { enabled: true, settings: { "example-input-id": "Ada" } }, "server: hubspot's workflow settings");
  await rejects(() => paragon.updateWorkflowUserSettings("salesforce", WF.leadCreated, { x: 1 }), /was not found in the current configuration/, "a workflow without settings yet");
}, { needs: ["authenticate"] });

await step("event: App Event recorded and the enabled workflow run", async () => {
  const mark = traffic.length;
  const payload = { name: "Brandon", email: "brandon@example.com" };
  equal(await paragon.event("Contact Created", payload), undefined, "event()'s result");
  const post = sent(mark, "POST", /\/sdk\/events\/trigger$/)[0];
  check(post && post.url === `${BASE}/v2/projects/${PROJECT}/sdk/events/trigger`, `the SDK should POST {mock}/v2{p}/sdk/events/trigger, sent ${post && shortUrl(post.url)}`);
  check(post.status >= 200 && post.status < 300, answered(post));
  const recorded = (await records("event")).filter((r) => r.name === "Contact Created");
  check(recorded.length === 1, `records of kind event: expected one "Contact Created", got ${brief(recorded)}`);
  equal(recorded[0].payload, payload, "the recorded payload");
  const runs = (await records("workflowRun")).filter((r) => r.eventId === recorded[0].id);
  equal(runs.map((r) => r.workflowId), [WF.syncContacts], "workflow runs the event started");
  await rejects(() => paragon.event("Task Created", {}, { selectedConfigurationId: CONFIG.slackEmea }), /cannot be used without a corresponding Credential ID/, "event() with a configuration and no credential");
}, { needs: ["authenticate"] });

await step("event with selectedCredentialId and selectedConfigurationId", async () => {
  const mark = traffic.length;
  await paragon.event("Task Created", { title: "Write the report" }, { selectedCredentialId: CRED.slack, selectedConfigurationId: CONFIG.slackDefault });
  const post = sent(mark, "POST", /\/sdk\/events\/trigger$/)[0];
  check(post?.status >= 200 && post?.status < 300, answered(post));
  equal(post.reqHeaders["X-Paragon-Credential"], CRED.slack, "X-Paragon-Credential");
  equal(post.reqHeaders["X-Paragon-Configuration-Id"], CONFIG.slackDefault, "X-Paragon-Configuration-Id");
  const recorded = (await records("event")).filter((r) => r.name === "Task Created");
  check(recorded.length === 1, `records of kind event: expected one "Task Created", got ${brief(recorded)}`);
}, { needs: ["authenticate"] });

await step("disableWorkflow / enableWorkflow (slack), getUser() and the server agree", async () => {
  const mark = traffic.length;
  await paragon.disableWorkflow(WF.slackNotify);
  const del = sent(mark, "DELETE", /\/sdk\/workflows\//)[0];
  check(del?.status >= 200 && del?.status < 300, answered(del));
  equal(del.reqHeaders["X-Paragon-Credential"], CRED.slack, "X-Paragon-Credential of the DELETE");
  equal(del.reqHeaders["X-Paragon-Configuration-Id"], CONFIG.slackDefault, "X-Paragon-Configuration-Id of the DELETE");
  equal(state("slack").workflowSettings?.[WF.slackNotify]?.enabled, false, "getUser() after disableWorkflow (the SDK finds the configuration by the integration state's credentialConfigId)");
  equal((await server("/sdk/me")).integrations.slack.workflowSettings?.[WF.slackNotify]?.enabled ?? false, false, "server /sdk/me after disableWorkflow");
  await paragon.enableWorkflow(WF.slackNotify);
  equal(state("slack").workflowSettings?.[WF.slackNotify]?.enabled, true, "getUser() after enableWorkflow");
  equal((await server("/sdk/me")).integrations.slack.workflowSettings?.[WF.slackNotify]?.enabled, true, "server /sdk/me after enableWorkflow");
  await rejects(() => paragon.enableWorkflow(WF.slackNotify), /already enabled/, "enableWorkflow of an enabled workflow");
  check(!events.some((e) => e.name === "onWorkflowChange"), "the SDK emits onWorkflowChange only when the Connect Portal relays it");
}, { needs: ["authenticate"] });

await step("enableWorkflow / disableWorkflow on the team-emea configuration (ext: ID)", async () => {
  const mark = traffic.length;
  await paragon.enableWorkflow(WF.slackNotify, { selectedConfigurationId: "ext:team-emea" });
  const post = sent(mark, "POST", /\/sdk\/workflows\//)[0];
  check(post?.status >= 200 && post?.status < 300, answered(post));
  equal(post.reqHeaders["X-Paragon-Configuration-Id"], CONFIG.slackEmea, "X-Paragon-Configuration-Id");
  const [slack] = await serverCredentials(ID.slack);
  const emea = slack?.configurations?.find((c) => c.id === CONFIG.slackEmea);
  equal(emea?.workflowSettings?.[WF.slackNotify]?.enabled, true, "server: team-emea's workflow");
  await paragon.disableWorkflow(WF.slackNotify, { selectedConfigurationId: "ext:team-emea" });
}, { needs: ["authenticate"] });

await step("updateWorkflowState", async () => {
  const unknown = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
  const result = await paragon.updateWorkflowState({ [WF.leadCreated]: true, [WF.syncContacts]: false, [unknown]: true });
  equal(result.errors.map((e) => e.workflowId), [unknown], `updateWorkflowState errors (${brief(result.errors)})`);
  check(/not found/.test(result.errors[0].message), `the unknown workflow's error: ${result.errors[0].message}`);
  equal(result.user.integrations.salesforce.workflowSettings?.[WF.leadCreated]?.enabled, true, "Lead Created in the returned user");
  equal(state("hubspot").workflowSettings?.[WF.syncContacts]?.enabled, false, "Sync Contacts in getUser()");
  const me = await server("/sdk/me");
  equal(me.integrations.salesforce.workflowSettings?.[WF.leadCreated]?.enabled, true, "server: Lead Created");
  equal(me.integrations.hubspot.workflowSettings?.[WF.syncContacts]?.enabled, false, "server: Sync Contacts");
}, { needs: ["authenticate"] });

await step("workflow: request-triggered workflow answers with its Response step", async () => {
  const mark = traffic.length;
  const body = { email: "bowie@example.com", first_name: "Bowie", last_name: "Foo" };
  const answer = await paragon.workflow(WF.leadCreated, { body, query: { source: "signup" } });
  const post = sent(mark, "POST", /\/sdk\/triggers\//)[0];
  check(post?.url === `${BASE}/projects/${PROJECT}/sdk/triggers/${WF.leadCreated}?source=signup`, `the SDK should POST {mock}{p}/sdk/triggers/<id>?source=signup, sent ${post && shortUrl(post.url)}`);
  equal(answer, { status: "created", email: "bowie@example.com" }, "workflow()'s result");
  const triggered = (await records("workflowTrigger")).filter((r) => r.workflowId === WF.leadCreated);
  check(triggered.length === 1, `records of kind workflowTrigger: ${brief(triggered)}`);
  contains(triggered[0], { body, query: { source: "signup" } }, "the recorded trigger");
}, { needs: ["updateWorkflowState"] });

await step("workflow with selectedCredentialId, no Response step (202)", async () => {
  await paragon.updateWorkflowState({ [WF.createDeal]: true });
  const answer = await paragon.workflow(WF.createDeal, { selectedCredentialId: CRED.hubspot, body: { amount: 100 } });
  equal(answer, undefined, "workflow()'s result for 202 Accepted");
  const triggered = (await records("workflowTrigger")).filter((r) => r.workflowId === WF.createDeal);
  check(triggered.length === 1, `records of kind workflowTrigger: ${brief(triggered)}`);
  contains(triggered[0], { credentialId: CRED.hubspot, body: { amount: 100 } }, "the recorded trigger");
}, { needs: ["authenticate"] });

await step("request: GET, POST, PUT, PATCH, DELETE through the proxy", async () => {
  await control("DELETE", "records");
  const mark = traffic.length;
  const list = await paragon.request("slack", "conversations.list");
  contains(list, { ok: true }, "GET conversations.list (output unwrapped)");
  const posted = await paragon.request("slack", "/chat.postMessage", {
    method: "POST",
    body: { channel: "CXXXXXXX0", text: "This message was sent with Paragon Connect :exploding_head:" },
  });
  equal(posted, { ok: true }, "POST chat.postMessage (the reference's example)");
  const lead = "services/data/v59.0/sobjects/Lead/00Q5e000001AbCdEAF";
  await paragon.request("salesforce", lead, { method: "PUT", body: { Company: "Acme" } });
  await paragon.request("salesforce", lead, { method: "PATCH", body: { Status: "Working" } });
  await paragon.request("salesforce", lead, { method: "DELETE" });
  const post = sent(mark, "POST", /\/sdk\/proxy\/slack\/chat\.postMessage$/)[0];
  check(post?.url === `${BASE}/projects/${PROJECT}/sdk/proxy/slack/chat.postMessage`, `the SDK should POST {mock}{p}/sdk/proxy/slack/chat.postMessage, sent ${post && shortUrl(post.url)}`);
  equal(post.reqHeaders["Content-Type"], "auto", "Content-Type the SDK sends through the proxy");
  const calls = (await records("proxyCall")).map((r) => [r.method, r.integration, r.path]);
  equal(calls, [
    ["GET", "slack", "conversations.list"],
    ["POST", "slack", "chat.postMessage"],
    ["PUT", "salesforce", lead],
    ["PATCH", "salesforce", lead],
    ["DELETE", "salesforce", lead],
  ], "records of kind proxyCall");
  const recorded = await records("proxyCall");
  equal(recorded[1].body, { channel: "CXXXXXXX0", text: "This message was sent with Paragon Connect :exploding_head:" }, "the recorded POST body");
  equal(recorded[2].body, { Company: "Acme" }, "the recorded PUT body");
}, { needs: ["authenticate"] });

await step("request: provider errors reject with the provider's answer; selectedCredentialId", async () => {
  const error = await rejects(() => paragon.request("slack", "conversations.create", { method: "POST", body: { name: "general" } }), /./, "POST conversations.create (the provider answers 409)");
  check(error.response && typeof error.response === "object", `the error should carry the response (ProxyRequestError), got ${brief(error)}`);
  check(JSON.stringify(error.response).includes("name_taken") || error.message.includes("409"), `the error should tell what the provider said, got ${error.message} ${brief(error.response)}`);
  const mark = traffic.length;
  await paragon.request("hubspot", "crm/v3/objects/contacts", { selectedCredentialId: CRED.hubspot });
  equal(sent(mark, "GET", /\/sdk\/proxy\/hubspot\//)[0]?.reqHeaders["X-Paragon-Credential"], CRED.hubspot, "X-Paragon-Credential");
  const calls = (await records("proxyCall")).filter((r) => r.integration === "hubspot");
  equal(calls.map((r) => r.credentialId), [CRED.hubspot], "the proxied call's credential");
}, { needs: ["authenticate"] });

await step("getIntegrationAccount (with and without includeAccountAuth)", async () => {
  const mark = traffic.length;
  const account = await paragon.getIntegrationAccount("slack", { includeAccountAuth: true });
  const get = sent(mark, "GET", /\/sdk\/credentials\?/)[0];
  equal(get && new URL(get.url).search, "?integration=slack&includeAccountAuth=true", "the query the SDK sent");
  check(account && !Array.isArray(account), `the SDK reads one object (IConnectIntegrationWithCredentialInfo), got ${brief(account)}`);
  equal(account.accountAuth?.OAUTH_ACCESS_TOKEN, "mock-slack-access-token", "accountAuth.OAUTH_ACCESS_TOKEN");
  const plain = await paragon.getIntegrationAccount("slack");
  check(plain && !Array.isArray(plain) && !plain.accountAuth, `without includeAccountAuth: one object without accountAuth, got ${brief(plain)}`);
  await rejects(() => paragon.getIntegrationAccount("shopify"), /Connect credential not found/, "an integration without a credential");
}, { needs: ["authenticate"] });

let createdConfig = null;
await step("createConfiguration", async () => {
  const mark = traffic.length;
  createdConfig = await paragon.createConfiguration({ credentialId: CRED.slack, externalId: "team-apac" });
  const post = sent(mark, "POST", /\/sdk\/credentials\/[^/]+\/configurations$/)[0];
  equal(JSON.parse(post?.reqBody ?? "null"), { externalId: "team-apac" }, "the body the SDK sent");
  contains(createdConfig, { externalId: "team-apac", isDefault: false, connectCredentialId: CRED.slack }, "createConfiguration's result (the newest configuration)");
  check(state("slack").allConfigurations.some((c) => c.id === createdConfig.id), "getUser() lists the new configuration");
  const [slack] = await serverCredentials(ID.slack);
  check(slack.configurations.some((c) => c.externalId === "team-apac"), "the server lists the new configuration");
}, { needs: ["authenticate"] });

await step("updateConfiguration", async () => {
  check(createdConfig, "no configuration was created");
  const mark = traffic.length;
  const updated = await paragon.updateConfiguration({ id: createdConfig.id, credentialId: CRED.slack, meta: { region: "apac" } });
  const patch = sent(mark, "PATCH", /\/sdk\/credentials\/[^/]+\/configurations$/)[0];
  check(patch?.status >= 200 && patch?.status < 300, answered(patch));
  equal(JSON.parse(patch.reqBody), { meta: { region: "apac" } }, "the body the SDK sent");
  equal(patch.reqHeaders["X-Paragon-Configuration-Id"], createdConfig.id, "X-Paragon-Configuration-Id");
  equal(updated?.id, createdConfig.id, "updateConfiguration's result");
}, { needs: ["createConfiguration"] });

await step("destroyConfiguration", async () => {
  check(createdConfig, "no configuration was created");
  await rejects(() => paragon.destroyConfiguration({ id: CONFIG.slackDefault, credentialId: CRED.slack }), /Cannot delete default configuration/, "destroying the default configuration");
  const mark = traffic.length;
  await paragon.destroyConfiguration({ id: "ext:team-apac", credentialId: CRED.slack });
  const del = sent(mark, "DELETE", /\/sdk\/credentials\/[^/]+\/configurations$/)[0];
  check(del?.status >= 200 && del?.status < 300, answered(del));
  equal(del.reqHeaders["X-Paragon-Configuration-Id"], createdConfig.id, "X-Paragon-Configuration-Id");
  check(!state("slack").allConfigurations.some((c) => c.id === createdConfig.id), "getUser() no longer lists it");
  const [slack] = await serverCredentials(ID.slack);
  check(!slack.configurations.some((c) => c.id === createdConfig.id), "the server no longer lists it");
}, { needs: ["createConfiguration"] });

await step("getCustomWebhookUserManualUrl (workflows carry integrationId)", async () => {
  const url = await paragon.getCustomWebhookUserManualUrl(WF.leadCreated);
  check(url.startsWith(`${BASE}/triggers/connect/${PROJECT}/${ID.salesforce}/custom-triggers/`), `got ${shortUrl(url)}`);
  check(url.endsWith(`?id=${CRED.salesforce}`), `got ${shortUrl(url)}`);
}, { needs: ["authenticate"] });

await step("connectAction", async () => {
  await rejects(() => paragon.connectAction("no-such-resource", {}), /No resource found/, "an unknown resource");
  const resource = user().resources?.[0];
  check(resource, "getUser().resources is empty: the default fixture gives the user no resource, so connectAction cannot reach POST {p}/sdk/resources/{id}/connect");
  const mark = traffic.length;
  const answer = await paragon.connectAction(resource.slug, { API_KEY: "resource-key" });
  const post = sent(mark, "POST", /\/sdk\/resources\/[^/]+\/connect$/)[0];
  check(post?.status >= 200 && post?.status < 300, answered(post));
  equal(JSON.parse(post.reqBody), { API_KEY: "resource-key" }, "the payload the SDK sent");
  // The SDK only checks that the answer is not empty; the spec's ResourceConnection says what.
  contains(answer, { resourceId: resource.id, connected: true }, "connectAction's answer");
  const recorded = (await records("resourceConnection")).filter((r) => r.resourceId === resource.id);
  check(recorded.length === 1, `/_mock/records should hold one resourceConnection for ${resource.id}, got ${brief(recorded)}`);
}, { needs: ["authenticate"] });

// 3. Headless install flows ---------------------------------------------------------------------

await step("installFlow.start without setHeadless(true): HeadlessModeNotEnabledError", async () => {
  paragon.setHeadless(false);
  const flow = startFlow("stripe");
  await rejects(() => flow.expect("next", "the first stage"), /HeadlessModeNotEnabledError/, "installFlow.start");
  paragon.setHeadless(true);
});

let stripeCredential = null;
await step("installFlow (API key, stripe): preOptions -> done", async () => {
  const flow = startFlow("stripe");
  const stage = await flow.expect("next", "the first stage");
  expectStage(stage, "preOptions", "installFlow.start(stripe)");
  equal(stage.options.map((o) => [o.id, o.type, o.required]), [["API_KEY", "PASSWORD", true]], "preOptions inputs");
  const mark = traffic.length;
  await paragon.installFlow.setPreOptions({ API_KEY: "rk_test_mock" });
  const done = await flow.expect("complete", "onComplete");
  const post = sent(mark, "POST", /\/sdk\/credentials$/)[0];
  check(post?.status >= 200 && post?.status < 300, answered(post));
  contains(JSON.parse(post.reqBody), { integrationId: ID.stripe, payload: { API_KEY: "rk_test_mock" } }, "the body the SDK sent");
  contains(done, { integrationId: ID.stripe, integrationType: "stripe", credential: { status: "VALID" } }, "onComplete's event");
  stripeCredential = done.credentialId;
  contains(state("stripe"), { enabled: true, credentialId: stripeCredential }, "getUser().integrations.stripe");
  check(events.some((e) => e.name === "onIntegrationInstall" && e.event.integrationType === "stripe"), "onIntegrationInstall was not emitted for stripe");
  contains(await paragon.request("stripe", "v1/balance"), { object: "balance" }, "a proxied call with the new credential");
}, { needs: ["authenticate"] });

await step("installFlow (custom integration, custom.statusboard): preOptions from inputFields -> done", async () => {
  const flow = startFlow("custom.statusboard");
  const stage = await flow.expect("next", "the first stage");
  expectStage(stage, "preOptions", "installFlow.start(custom.statusboard) (the SDK reads customIntegration.inputFields)");
  equal(stage.options.map((o) => o.id), ["API_KEY"], "preOptions inputs");
  await paragon.installFlow.setPreOptions({ API_KEY: "sb_test_mock" });
  const done = await flow.expect("complete", "onComplete");
  contains(done, { integrationId: ID.statusboard, integrationType: "custom.statusboard" }, "onComplete's event");
  contains(state("custom.statusboard"), { enabled: true }, "getUser().integrations[custom.statusboard]");
}, { needs: ["authenticate"] });

let sandboxCredential = null;
await step("installFlow (OAuth, salesforce): accountType -> oauth -> done (a second account)", async () => {
  const flow = startFlow("salesforce", { allowMultipleCredentials: true });
  const stage = await flow.expect("next", "the first stage");
  expectStage(stage, "accountType", "installFlow.start(salesforce)");
  equal(stage.options.map((o) => [o.id, o.scheme]), [["default", "oauth"], ["sandbox", "oauth"]], "account types and their AuthenticationScheme (the SDK starts OAuth only when scheme is \"oauth\")");
  const done = await throughPopup(async () => {
    const choosing = paragon.installFlow.setAccountType("sandbox");
    expectStage(await flow.expect("next", "the stage after setAccountType"), "oauth", "setAccountType(sandbox)");
    const event = await flow.expect("complete", "onComplete");
    await choosing;
    return event;
  });
  contains(done, { integrationId: ID.salesforce, integrationType: "salesforce", credential: { status: "VALID" } }, "onComplete's event");
  sandboxCredential = done.credentialId;
  equal(state("salesforce").allCredentials.length, 2, "salesforce accounts in getUser()");
  equal((await serverCredentials(ID.salesforce)).length, 2, "salesforce accounts on the server");
}, { needs: ["authenticate"], timeout: 15000 });

await step("installFlow (OAuth with a pre-option, shopify): preOptions -> oauth -> done", async () => {
  const flow = startFlow("shopify");
  const stage = await flow.expect("next", "the first stage");
  expectStage(stage, "preOptions", "installFlow.start(shopify) (the SDK's getPreOptions reads sdkIntegrationConfig.authConfigInputs or the account type's endUserSuppliedValues, never oauthInputs)");
  equal(stage.options.map((o) => o.id), ["SHOP_NAME"], "preOptions inputs");
  const mark = traffic.length;
  const done = await throughPopup(async () => {
    const setting = paragon.installFlow.setPreOptions({ SHOP_NAME: "my-shop" });
    expectStage(await flow.expect("next", "the stage after setPreOptions"), "oauth", "setPreOptions");
    const event = await flow.expect("complete", "onComplete");
    await setting;
    return event;
  });
  const build = sent(mark, "GET", /\/sdk\/actions\/build-oauth/)[0];
  equal(JSON.parse(new URL(build.url).searchParams.get("endUserSuppliedValues")), { SHOP_NAME: "my-shop" }, "build-oauth's endUserSuppliedValues");
  contains(done, { integrationType: "shopify", credential: { status: "VALID" } }, "onComplete's event");
  contains(state("shopify"), { enabled: true }, "getUser().integrations.shopify");
}, { needs: ["authenticate"], timeout: 15000 });

async function jiraToPostOptions() {
  const flow = startFlow("jira");
  const first = await throughPopup(async () => {
    expectStage(await flow.expect("next", "the first stage"), "oauth", "installFlow.start(jira)");
    return flow.expect("next", "the stage after OAuth");
  });
  expectStage(first, "postOptions", "after OAuth");
  equal(first.options.map((o) => o.id), ["JIRA_CLOUD_ID"], "postOptions inputs");
  return flow;
}

await step("installFlow (OAuth with a post-option, jira): oauth -> postOptions -> cancel", async () => {
  await jiraToPostOptions();
  const credentialId = state("jira")?.credentialId;
  check(credentialId, `getUser() should show the new jira credential, got ${brief(state("jira"))}`);
  const mark = traffic.length;
  await paragon.installFlow.cancel();
  const del = sent(mark, "DELETE", /\/sdk\/integrations\//)[0];
  check(del?.status >= 200 && del?.status < 300, `cancel() uninstalls the half-installed account: ${answered(del)}`);
  equal(del.reqHeaders["X-Paragon-Credential"], credentialId, "X-Paragon-Credential of the DELETE");
  equal((await serverCredentials(ID.jira)).length, 0, "jira accounts on the server after cancel()");
}, { needs: ["authenticate"], timeout: 15000 });

await step("installFlow (OAuth with a post-option, jira): oauth -> postOptions -> done", async () => {
  const flow = await jiraToPostOptions();
  const sites = await paragon.getFieldOptions({ integration: "jira", action: "jiraCloudIds" });
  equal(sites.data.map((o) => o.value), ["my-jira-cloud-id"], "the post-option's choices");
  const mark = traffic.length;
  await paragon.installFlow.setPostOptions({ JIRA_CLOUD_ID: sites.data[0].value });
  const done = await flow.expect("complete", "onComplete");
  const post = sent(mark, "POST", /\/complete-setup$/)[0];
  check(post?.status >= 200 && post?.status < 300, answered(post));
  contains(JSON.parse(post.reqBody), { integrationId: ID.jira, payload: { JIRA_CLOUD_ID: "my-jira-cloud-id" } }, "the body the SDK sent");
  contains(done, { integrationType: "jira", credential: { status: "VALID" } }, "onComplete's event");
  contains(state("jira"), { enabled: true }, "getUser().integrations.jira");
}, { needs: ["authenticate"], timeout: 15000 });

// 4. installIntegration, completeInstall, file pickers, uninstall ----------------------------------

await step("installIntegration (OAuth, googledrive)", async () => {
  const before = events.length;
  const mark = traffic.length;
  const done = await throughPopup(() => paragon.installIntegration("googledrive", { oauthTimeout: OAUTH_TIMEOUT_MS }));
  contains(done, { integrationId: ID.googledrive, integrationType: "googledrive" }, "installIntegration's result");
  check(done.credentialId, `installIntegration's result has no credentialId: ${brief(done)}`);
  contains(state("googledrive"), { enabled: true, credentialId: done.credentialId }, "getUser().integrations.googledrive");
  const build = sent(mark, "GET", /\/sdk\/actions\/build-oauth/)[0];
  const query = new URL(build.url).searchParams;
  equal(query.get("action"), "googledrive", "build-oauth's action");
  equal(query.get("originForPostMessage"), APP_ORIGIN, "build-oauth's originForPostMessage");
  check(events.slice(before).some((e) => e.name === "onIntegrationInstall" && e.event.integrationType === "googledrive"), "onIntegrationInstall was not emitted");
  paragon.closePortal();
  check(events.slice(before).some((e) => e.name === "onPortalClose"), "closePortal() emits onPortalClose");
}, { needs: ["authenticate"], timeout: 15000 });

await step("installIntegration refuses an installed integration", async () => {
  await rejects(() => paragon.installIntegration("salesforce"), /already installed/, 'installIntegration("salesforce")');
}, { needs: ["authenticate"] });

await step("installIntegration (API key, stripe, through Paragon's hosted form)", async () => {
  const done = await throughPopup(
    () => paragon.installIntegration("stripe", { allowMultipleCredentials: true, oauthTimeout: OAUTH_TIMEOUT_MS }),
    { fields: { API_KEY: "rk_test_popup" } },
  );
  contains(done, { integrationId: ID.stripe, integrationType: "stripe" }, "installIntegration's result");
  check(state("stripe").allCredentials.some((c) => c.id === done.credentialId), "getUser() lists the new stripe account");
  paragon.closePortal();
}, { needs: ["authenticate"], timeout: 15000 });

await step("completeInstall (box, with an authorization code)", async () => {
  const mark = traffic.length;
  await paragon.completeInstall("box", { authorizationCode: "mock-authorization-code", showPortalAfterInstall: false });
  const post = sent(mark, "POST", /\/sdk\/credentials$/)[0];
  check(post?.status >= 200 && post?.status < 300, answered(post));
  equal(JSON.parse(post.reqBody), { code: "mock-authorization-code", integrationId: ID.box, integrationOptions: {} }, "the body the SDK sent");
  contains(state("box"), { enabled: true }, "getUser().integrations.box");
}, { needs: ["authenticate"] });

function scriptInjected(src) {
  return [...document.querySelectorAll("script")].some((s) => s.getAttribute("src") === src);
}

await step("ExternalFilePicker: unsupported types and missing options are refused", async () => {
  await rejects(() => new paragon.ExternalFilePicker("slack", {}), /file picker is not supported/, 'ExternalFilePicker("slack")');
  const picker = new paragon.ExternalFilePicker("googledrive", { allowedTypes: ["application/pdf"] });
  await rejects(() => picker.init({}), /valid developer key/, "init() without developerKey");
}, { needs: ["authenticate"] });

await step("ExternalFilePicker (googledrive).init fetches the account's access token", async () => {
  const picker = new paragon.ExternalFilePicker("googledrive", { allowedTypes: ["application/pdf"], allowMultiSelect: false });
  const mark = traffic.length;
  const initializing = picker.init({ developerKey: "AIza-mock-developer-key" });
  initializing.catch(() => {});
  const src = "https://apis.google.com/js/api.js";
  // In Node the SDK gets as far as injecting Google's picker script, which jsdom does not load.
  await withTimeout(Promise.race([
    initializing.then(() => {}),
    (async () => {
      while (!scriptInjected(src)) await sleep(20);
    })(),
  ]), 3000, "for init()");
  const get = sent(mark, "GET", /\/sdk\/credentials\?/)[0];
  equal(get && new URL(get.url).search, "?integration=googledrive&includeAccountAuth=true", "the query the SDK sent");
  check(scriptInjected(src), "init() should go on to load Google's picker script once it has the token");
}, { needs: ["installIntegration (OAuth, googledrive)"] });

await step("ExternalFilePicker (box).init fetches the account's access token", async () => {
  const picker = new paragon.ExternalFilePicker("box", {});
  const initializing = picker.init({ folderId: "0" });
  initializing.catch(() => {});
  const src = "https://cdn01.boxcdn.net/platform/elements/21.0.0/en-US/picker.js";
  await withTimeout(Promise.race([
    initializing.then(() => {}),
    (async () => {
      while (!scriptInjected(src)) await sleep(20);
    })(),
  ]), 3000, "for init()");
  check(scriptInjected(src), "init() should go on to load Box's picker script once it has the token");
}, { needs: ["completeInstall (box, with an authorization code)"] });

await step("uninstallIntegration (hubspot)", async () => {
  const before = events.length;
  const mark = traffic.length;
  await paragon.uninstallIntegration("hubspot");
  const del = sent(mark, "DELETE", /\/sdk\/integrations\//)[0];
  check(del?.url === `${BASE}/projects/${PROJECT}/sdk/integrations/${ID.hubspot}`, `the SDK should DELETE {mock}{p}/sdk/integrations/<hubspot's integration ID>, sent ${del && shortUrl(del.url)}`);
  check(del.status >= 200 && del.status < 300, answered(del));
  equal(del.reqHeaders["X-Paragon-Credential"], CRED.hubspot, "X-Paragon-Credential");
  contains(state("hubspot"), { enabled: false, allCredentials: [] }, "getUser().integrations.hubspot");
  check(!(await server("/sdk/me")).integrations.hubspot?.enabled, "server: hubspot is still enabled");
  check(events.slice(before).some((e) => e.name === "onIntegrationUninstall" && e.event.integrationType === "hubspot"), "onIntegrationUninstall was not emitted");
}, { needs: ["authenticate"] });

await step("uninstallIntegration of one account (selectedCredentialId), and of a missing one", async () => {
  check(sandboxCredential, "no second salesforce account was installed");
  await paragon.uninstallIntegration("salesforce", { selectedCredentialId: sandboxCredential });
  equal(state("salesforce").allCredentials.map((c) => c.id), [CRED.salesforce], "salesforce accounts in getUser()");
  equal((await serverCredentials(ID.salesforce)).map((c) => c.id), [CRED.salesforce], "salesforce accounts on the server");
}, { needs: ["installFlow (OAuth, salesforce): accountType -> oauth -> done (a second account)"] });

await step("uninstallIntegration of an integration that is not installed", async () => {
  await rejects(() => paragon.uninstallIntegration("sharepoint"), /not installed/, 'uninstallIntegration("sharepoint")', "IntegrationNotInstalledError");
}, { needs: ["authenticate"] });

// 5. Logout, re-authenticate, another user --------------------------------------------------------

// SDK 2.4.0's public object has no logout(); a failed authenticate is what signs the user out.
await step("the session is kept in localStorage, and a refused token signs the user out", async () => {
  const kept = JSON.parse(window.localStorage.getItem("paragon-connect-user-state") || "null");
  equal(kept?.projectId, PROJECT, "the kept session's projectId");
  equal(kept?.userState?.userId, USER, "the kept session's user");
  const expired = await mintToken(USER, { ttlSeconds: -60 });
  await rejects(() => paragon.authenticate(PROJECT, expired), /expired/, "authenticate(expired token)");
  equal(user(), { authenticated: false }, "getUser() after the refusal");
  equal(window.localStorage.getItem("paragon-connect-user-state"), null, "localStorage after the refusal");
  await rejects(() => paragon.uninstallIntegration("slack"), /authenticate/, "a call after the refusal", "UserNotAuthenticatedError");
});

await step("authenticate again, with metadata", async () => {
  const mark = traffic.length;
  await paragon.authenticate(PROJECT, token, { metadata: { email: "ada@analytical.example" } });
  const patch = sent(mark, "PATCH", /\/sdk\/me$/)[0];
  check(patch?.status >= 200 && patch?.status < 300, `authenticate sends changed metadata: ${answered(patch)}`);
  equal(user().meta.Email, "ada@analytical.example", "getUser().meta.Email");
  equal((await server("/sdk/me")).meta.Email, "ada@analytical.example", "server: meta.Email");
});

await step("another user sees only their own state", async () => {
  const alice = await mintToken("alice");
  await paragon.authenticate(PROJECT, alice);
  equal(user().userId, "alice", "getUser().userId");
  for (const type of ACTIVE_TYPES) {
    contains(state(type) ?? {}, { enabled: false, allCredentials: [] }, `alice's ${type}`);
  }
  await rejects(() => paragon.request("slack", "conversations.list"), /./, "alice's proxied call without an account");
  await paragon.authenticate(PROJECT, token);
  equal(user().userId, USER, "getUser().userId after authenticating the first user again");
});

// 6. What a browser needs besides the answers: CORS -------------------------------------------------

await step("CORS: a browser page on another origin can make the SDK's requests", async () => {
  const routes = new Map();
  for (const t of traffic) {
    if (t.who !== "sdk" || !t.url.startsWith(BASE)) continue;
    const key = `${t.method} ${new URL(t.url).pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ":id").replace(/session-id\/.*/, "session-id/:nonce")}`;
    if (!routes.has(key)) routes.set(key, t);
  }
  const problems = [];
  for (const [key, t] of routes) {
    const headerNames = Object.keys(t.reqHeaders).map((h) => h.toLowerCase()).filter((h) => h !== "accept").sort();
    const response = await nodeFetch(t.url, {
      method: "OPTIONS",
      headers: { Origin: APP_ORIGIN, "Access-Control-Request-Method": t.method, "Access-Control-Request-Headers": headerNames.join(",") },
    });
    const allowOrigin = response.headers.get("access-control-allow-origin");
    const allowMethods = (response.headers.get("access-control-allow-methods") || "").toUpperCase().split(/\s*,\s*/);
    const allowHeaders = (response.headers.get("access-control-allow-headers") || "").toLowerCase().split(/\s*,\s*/);
    const missing = headerNames.filter((h) => !allowHeaders.includes(h) && !(allowHeaders.includes("*") && h !== "authorization"));
    if (response.status >= 300 || ![APP_ORIGIN, "*"].includes(allowOrigin) || !(allowMethods.includes(t.method) || allowMethods.includes("*")) || missing.length) {
      problems.push(`${key}: preflight answered ${response.status}, allow-origin ${allowOrigin}, allow-methods ${allowMethods.join(",") || "-"}, headers not allowed: ${missing.join(",") || "-"}`);
    }
  }
  const me = await nodeFetch(`${BASE}/projects/${PROJECT}/sdk/me`, { headers: { Origin: APP_ORIGIN, Authorization: `Bearer ${token}` } });
  const allowOrigin = me.headers.get("access-control-allow-origin");
  if (![APP_ORIGIN, "*"].includes(allowOrigin)) problems.push(`GET {p}/sdk/me with Origin: no Access-Control-Allow-Origin (got ${allowOrigin})`);
  check(!problems.length, `${problems.length} of ${routes.size} routes fail CORS: ${problems.slice(0, 4).join("; ")}${problems.length > 4 ? "; ..." : ""}`);
});

// -- summary --------------------------------------------------------------------------------------

const failed = results.filter((r) => !r.ok);
process.stdout.write(`\n${failed.length ? "failed steps:\n" : ""}`);
for (const r of failed) process.stdout.write(`  - ${r.name}\n`);
process.stdout.write(`\nconformance: ${results.length - failed.length} passed, ${failed.length} failed\n`);
process.exit(failed.length ? 1 : 0);
