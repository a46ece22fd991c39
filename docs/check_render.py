"""Check that the built API reference site renders, in Debian's headless Chromium.

``python docs/check_render.py SITE_DIR`` serves ``SITE_DIR`` (what ``mkdocs build`` wrote) from
a local ``http.server`` on a free loopback port, opens the home page and the client's API page
with Playwright (``/usr/bin/chromium``, never a downloaded browser), and asserts that each has
its title, the navigation sidebar and no console error or failed request; the API page must
show the signatures of methods that ``Paragon`` and ``AsyncParagon`` bind by descriptors
(``Paragon.authenticate``, ``Paragon.enable_workflow``, ``AsyncParagon.enable_workflow``,
``Paragon.install_flow``). Screenshots go to ``SITE_DIR/home.png`` and ``SITE_DIR/api.png``.
Exits non-zero, naming every problem, when a check fails.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import ConsoleMessage, Page, sync_playwright

CHROMIUM = "/usr/bin/chromium"

# (anchor id of the heading, text its signature must contain)
SIGNATURES = (
    ("paragon_connect.Paragon.authenticate", "authenticate(project_id: str, user_token: str)"),
    ("paragon_connect.Paragon.enable_workflow", "enable_workflow(workflow_id: str"),
    ("paragon_connect.AsyncParagon.enable_workflow", "enable_workflow(workflow_id: str"),
    ("paragon_connect.Paragon.install_flow", "install_flow: InstallFlow"),
)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Keep the access log off the session's output."""


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve ``site`` on 127.0.0.1 and a free port; yield its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def _check_page(page: Page, url: str, problems: list[str]) -> None:
    """Open ``url`` and check what every page of the site has."""
    response = page.goto(url, wait_until="networkidle")
    if response is None or response.status != 200:
        problems.append(f"{url}: status {response and response.status}")
    if "paragon-connect" not in page.title():
        problems.append(f"{url}: title {page.title()!r} does not name the site")
    if not page.locator("nav.md-nav--primary").first.is_visible():
        problems.append(f"{url}: no navigation sidebar")
    if page.locator("article h1").count() == 0:
        problems.append(f"{url}: no page heading")


def check(site: Path) -> list[str]:
    """Every problem found on the rendered home and API pages (none: it renders)."""
    problems: list[str] = []
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--headless"]
        )
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})

            def on_console(message: ConsoleMessage) -> None:
                if message.type == "error":
                    problems.append(f"console error on {page.url}: {message.text}")

            page.on("console", on_console)
            page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
            page.on(
                "requestfailed",
                lambda request: problems.append(f"request failed: {request.url}"),
            )

            _check_page(page, f"{base}/", problems)
            if not page.get_by_text("Authenticate and call").first.is_visible():
                problems.append("home: the guides are not in the navigation")
            page.screenshot(path=str(site / "home.png"))

            _check_page(page, f"{base}/reference/client/", problems)
            for anchor, signature in SIGNATURES:
                heading = page.locator(f'[id="{anchor}"]')
                if heading.count() == 0:
                    problems.append(f"api: no heading {anchor}")
                    continue
                heading.scroll_into_view_if_needed()
                # The signature is the block right after the heading; ruff may break it into
                # lines, so whitespace is left out of the comparison.
                block = page.locator(f'[id="{anchor}"] + div.doc-signature').first
                text = "".join(block.inner_text().split()) if block.count() else ""
                if "".join(signature.split()) not in text or not block.is_visible():
                    problems.append(f"api: {anchor} shows {text[:120]!r}, not {signature!r}")
            # The screenshot shows a descriptor-bound method, when there is one to show.
            shown = page.locator('[id="paragon_connect.Paragon.enable_workflow"]')
            if shown.count():
                shown.scroll_into_view_if_needed()
            page.screenshot(path=str(site / "api.png"))
        finally:
            browser.close()
    return problems


def main(argv: list[str] | None = None) -> int:
    """Check the site given on the command line; print the outcome."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="the directory mkdocs build wrote")
    site: Path = parser.parse_args(argv).site.resolve()
    if not (site / "index.html").is_file():
        parser.error(f"{site} holds no built site (index.html)")
    problems = check(site)
    for problem in problems:
        print(f"docs/check_render.py: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"the site renders: screenshots {site / 'home.png'} and {site / 'api.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
