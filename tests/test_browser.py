"""The OAuth consent page in a real browser: headless Chromium clicks Approve (or Deny)
while the client waits in the ``oauth`` stage of the install flow.

Chromium is Debian's (``/usr/bin/chromium``, installed by ``.ci/run``), driven by Playwright
for Python without any browser download. A browser needs a real server: the pytest plugin's
``paragon_mock.url`` serves each test's mock on a loopback port.
"""

from __future__ import annotations

import os
import threading
from typing import Any

import pytest
from paragon_connect import AuthenticatedUser, OAuthBlockedError, Paragon
from paragon_mock.testing import ParagonMock, TokenFactory
from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module", autouse=True)
def chromium() -> None:
    """Fail at once, naming what is missing, rather than after an OAuth wait."""
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"Debian's Chromium is missing at {CHROMIUM}: "
            "apt-get install chromium (.ci/run installs it)"
        )


pytestmark = pytest.mark.paragon_mock(seed=21)


def click_in_browser(url: str, button: str, seen: dict[str, Any]) -> None:
    """Open the consent page in headless Chromium and click a button, as the user would."""
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
            try:
                page = browser.new_page()
                page.goto(url)
                seen["title"] = page.title()
                seen["text"] = page.inner_text("body")
                page.click(f"#{button}")
                page.wait_for_load_state()
                seen["after"] = page.inner_text("body")
            finally:
                browser.close()
    except Exception as error:
        seen["error"] = error


def browser_answering(button: str, seen: dict[str, Any]) -> Any:
    def on_next(stage: Any) -> None:
        if stage.stage == "oauth":
            seen["url"] = stage.consent_url
            thread = threading.Thread(
                target=click_in_browser, args=(stage.consent_url, button, seen)
            )
            thread.start()
            seen["thread"] = thread

    return on_next


def test_approve_in_chromium_while_the_client_waits(
    paragon_mock: ParagonMock, paragon_token: TokenFactory
) -> None:
    seen: dict[str, Any] = {}
    with Paragon(base_url=paragon_mock.url) as paragon:
        paragon.authenticate(paragon_mock.project_id, paragon_token("browser-user"))
        paragon.set_headless(True)
        stage = paragon.install_flow.start(
            "jira", on_next=browser_answering("approve", seen), oauth_timeout=60, poll_interval=0.2
        )
        seen["thread"].join(30)
        assert "error" not in seen, seen.get("error")
        assert "Jira" in seen["title"]
        assert "Approve" in seen["text"] and "Deny" in seen["text"]
        assert stage.stage == "postOptions"
        done = paragon.install_flow.set_post_options({"JIRA_CLOUD_ID": "my-jira-cloud-id"})
        assert done.stage == "done"
        credential = paragon.get_credential(str(done.credential_id))
        assert credential.status == "VALID"
        user = paragon.get_user()
        assert isinstance(user, AuthenticatedUser)
        assert user.integrations["jira"].enabled is True


def test_deny_in_chromium(paragon_mock: ParagonMock, paragon_token: TokenFactory) -> None:
    seen: dict[str, Any] = {}
    with Paragon(base_url=paragon_mock.url) as paragon:
        paragon.authenticate(paragon_mock.project_id, paragon_token("browser-denier"))
        paragon.set_headless(True)
        stage = paragon.install_flow.start(
            "shopify",
            on_next=browser_answering("deny", seen),
            poll_interval=0.2,
            oauth_timeout=60,
        )
        assert stage.stage == "preOptions"
        with pytest.raises(OAuthBlockedError):
            paragon.install_flow.set_pre_options({"SHOP_NAME": "my-shop"})
        seen["thread"].join(30)
        assert "error" not in seen, seen.get("error")
        user = paragon.get_user()
        assert isinstance(user, AuthenticatedUser)
        assert user.integrations["shopify"].enabled is False
