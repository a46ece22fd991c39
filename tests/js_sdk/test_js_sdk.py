"""Paragon's own JavaScript SDK (``@useparagon/connect``, pinned in package.json) against the mock.

Two outside judges of the spec and of ``paragon-mock``, written against the real Paragon:

- ``tests/js/sdk_conformance.mjs`` runs every SDK function that can run in Node (jsdom gives it
  a window) against ``paragon-mock serve`` with the default fixture, nothing patched, and
  asserts each outcome and the mock's ``/_mock/records``.
- In headless Chromium, a page on another origin loads the SDK's browser build, points it at the
  mock with ``configureGlobal`` and installs Google Drive end to end: the SDK opens its popup on
  the mock's oauth-nonce page, that page tells the opener it has loaded, the SDK sends the popup
  to the consent page, the user clicks Approve, the page closes its popup, and the SDK's poll
  finds the credential. Every
  request the page makes crosses origins, so CORS is exercised as a browser enforces it.

The nox session ``sdk`` runs this folder after ``npm ci``; a plain ``pytest`` leaves it out
(it needs node_modules/). Nothing is skipped: a missing Node, package or browser fails.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from paragon_mock import DEFAULT_PROJECT_ID, MockServer, dev_token, serve_in_thread
from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parents[2]
DRIVER = REPO / "tests" / "js" / "sdk_conformance.mjs"
SDK_BUNDLE = REPO / "node_modules" / "@useparagon" / "connect" / "dist" / "src" / "index.js"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"]
GOOGLE_DRIVE_ID = "630a77cb-4cff-44dc-80a4-a2e4483c41ee"


def _need(path: Path, how: str) -> Path:
    if not path.exists():
        shown = path.relative_to(REPO) if path.is_relative_to(REPO) else path
        pytest.fail(f"{shown} is missing: {how}")
    return path


@pytest.fixture
def mock() -> Iterator[MockServer]:
    """A fresh mock on loopback (CORS open to any origin, the loopback default)."""
    with serve_in_thread(seed=11) as server:
        yield server


# -- Node ----------------------------------------------------------------------------------------


def test_the_sdk_conformance_driver_passes_against_the_mock(mock: MockServer) -> None:
    node = shutil.which("node")
    assert node is not None, "node is not installed"
    _need(SDK_BUNDLE, "run `npm ci` (nox -s sdk does)")
    done = subprocess.run(
        [node, str(DRIVER), mock.base_url],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    sys.stdout.write(done.stdout)
    assert done.returncode == 0, f"{done.stdout[-6000:]}\n{done.stderr[-2000:]}"
    summary = done.stdout.strip().splitlines()[-1]
    assert summary.startswith("conformance: ") and summary.endswith(" 0 failed"), summary


# -- the browser ---------------------------------------------------------------------------------

# The application's page: it loads the SDK's browser build (a CommonJS bundle whose only import
# is Node's "util", which the SDK only uses when present) and exposes it to the test.
_APP_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>app</title>
<script>
var module = { exports: {} };
var exports = module.exports;
function require(name) { if (name === "util") return {}; throw new Error("no " + name); }
</script>
<script src="/connect.js"></script>
<script>window.Paragon = module.exports;</script>
</head><body><p>An application that embeds Paragon.</p></body></html>
"""


class _AppHandler(BaseHTTPRequestHandler):
    """The application's origin: its page and the SDK bundle, nothing else."""

    def do_GET(self) -> None:
        if self.path == "/":
            self._send(_APP_PAGE.encode(), "text/html; charset=utf-8")
        elif self.path == "/connect.js":
            self._send(SDK_BUNDLE.read_bytes(), "text/javascript; charset=utf-8")
        else:
            self.send_error(404)

    def _send(self, content: bytes, kind: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the test reports what matters."""


@pytest.fixture
def app_origin() -> Iterator[str]:
    _need(SDK_BUNDLE, "run `npm ci` (nox -s sdk does)")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _AppHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        # "localhost", not the mock's 127.0.0.1: another origin, as an application would be.
        yield f"http://localhost:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


_START = """async ({ base, project, token }) => {
  const { paragon } = window.Paragon;
  const urls = {
    ZEUS_PUBLIC_URL: base, HERMES_PUBLIC_URL: base, WORKER_PROXY_PUBLIC_URL: base,
    CONNECT_PUBLIC_URL: base, CDN_PUBLIC_URL: base, DASHBOARD_PUBLIC_URL: base,
  };
  paragon.configureGlobal({ host: base }, urls);
  await paragon.authenticate(project, token);
  window.installs = [];
  paragon.subscribe("onIntegrationInstall", (event) => window.installs.push(event));
  // Not awaited here: the test plays the user in the popup meanwhile.
  window.installing = paragon
    .installIntegration("googledrive", { oauthTimeout: 30000 })
    .then((result) => ({ result }), (error) => ({ error: String(error) }));
}"""

_FINISH = """async () => {
  const late = new Promise((resolve) => {
    setTimeout(() => resolve({ error: "no outcome in 40 s" }), 40000);
  });
  const outcome = await Promise.race([window.installing, late]);
  const { paragon } = window.Paragon;
  const state = paragon.getUser().integrations.googledrive;
  return { ...outcome, installs: window.installs, state };
}"""


def test_the_sdk_installs_an_oauth_integration_in_chromium(
    mock: MockServer, app_origin: str
) -> None:
    _need(Path(CHROMIUM), "apt-get install chromium (.ci/run installs it)")
    token = dev_token("browser-sdk-user")
    console: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            page = browser.new_page()
            page.on("console", lambda message: console.append(f"{message.type}: {message.text}"))
            page.goto(f"{app_origin}/")
            arguments = {"base": mock.base_url, "project": DEFAULT_PROJECT_ID, "token": token}
            with page.expect_popup(timeout=20000) as opened:
                page.evaluate(_START, arguments)
            popup = opened.value
            first = popup.url
            # The user's part: the popup shows the oauth-nonce page, then (sent there by the
            # SDK once that page has told it it loaded) the consent page: the user approves.
            popup.wait_for_selector("#approve", timeout=20000)
            consent = popup.url
            with popup.expect_event("close", timeout=20000):
                popup.click("#approve")
            outcome = page.evaluate(_FINISH)
        finally:
            browser.close()
    assert "error" not in outcome, (outcome, console)
    assert "/sdk/actions/oauth-nonce?" in first, first
    assert "/_mock/oauth/consent/" in consent, consent
    result = outcome["result"]
    assert result["integrationId"] == GOOGLE_DRIVE_ID, outcome
    assert outcome["state"]["enabled"] is True, outcome
    assert outcome["state"]["credentialId"] == result["credentialId"], outcome
    assert [event["integrationType"] for event in outcome["installs"]] == ["googledrive"]
    # The server holds the credential the SDK reported.
    answer = httpx.get(
        f"{mock.base_url}/projects/{DEFAULT_PROJECT_ID}/sdk/credentials/{result['credentialId']}",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["integrationId"] == GOOGLE_DRIVE_ID, json.dumps(answer.json())
