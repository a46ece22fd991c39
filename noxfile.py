"""Every task a person or CI runs, as nox sessions.

``nox`` with no arguments runs what CI needs: lint, typecheck, spec, drift, tests, contract, sdk
(Paragon's JavaScript SDK against the mock) and downstream (stock generators' clients of the spec
against the mock).
``nox -s generate`` rewrites generated/ from spec/paragon.yaml; it is not a default session
because it changes files, while ``drift`` only proves that generated/ is up to date. ``nox -s
bench`` runs the benchmarks (minutes, and noisy on a shared machine); the ``tests`` session
proves they still run, with ``--quick``.

Tool versions come from the dependency groups of pyproject.toml, pinned exactly.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import nox

nox.options.sessions = [
    "lint",
    "typecheck",
    "spec",
    "drift",
    "tests",
    "contract",
    "sdk",
    "downstream",
    "build",
    "docs",
]
nox.options.reuse_venv = "yes"
nox.options.error_on_missing_interpreters = True

PYPROJECT = nox.project.load_toml("pyproject.toml")
SPEC = "spec/paragon.yaml"
# Hand-written Python; generated/ is checked by the generator and by mypy separately.
CHROMIUM = "/usr/bin/chromium"
HAND_WRITTEN = ["generator", "overlays", "mock", "tests", "docs", "examples", "noxfile.py"]
GENERATED_PACKAGES = ["generated/paragon_connect_api", "generated/paragon_models"]


def _install_groups(session: nox.Session, *groups: str) -> None:
    requirements: list[str] = []
    for group in groups:
        requirements += nox.project.dependency_groups(PYPROJECT, group)
    session.install(*sorted(set(requirements)))


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff lint and format check of the hand-written code (generated/ is excluded)."""
    _install_groups(session, "lint")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """Type-check everything hand-written, and both generated packages, with mypy --strict."""
    _install_groups(session, "typecheck", "generate", "spec", "agents")
    session.install("-e", ".[models]")
    session.run("mypy", *HAND_WRITTEN)
    session.run("mypy", *GENERATED_PACKAGES)


def _npm_ci(session: nox.Session) -> None:
    """Install package.json's exact tools with `npm ci`, unless they match the lock file already.

    `npm ci` always deletes node_modules/ first; the stamp saves that on a reused environment.
    """
    lock = Path("package-lock.json")
    stamp = Path("node_modules", ".paragon-lock.sha256")
    digest = hashlib.sha256(lock.read_bytes()).hexdigest()
    if stamp.is_file() and stamp.read_text(encoding="utf-8") == digest:
        session.log("node_modules/ matches package-lock.json")
        return
    session.run("npm", "ci", "--no-audit", "--no-fund", external=True)
    stamp.write_text(digest, encoding="utf-8")


@nox.session
def spec(session: nox.Session) -> None:
    """The spec is valid, lints clean and keeps its promises.

    In order: openapi-spec-validator (OpenAPI 3.1); Spectral with .spectral.yaml, failing on any
    finding; the house rules Spectral cannot express; every example against its schema and every
    response example through the pydantic models; the breaking-change guard against
    spec/released/; and the tests that need the Node tools (tests/spec_tools/, left out of the
    `tests` session). Whether other languages' generators serve is the `downstream` session's.
    """
    _install_groups(session, "spec")
    session.install("-e", ".[models]")
    _npm_ci(session)
    session.run("openapi-spec-validator", "--schema", "3.1", SPEC)
    session.run("node_modules/.bin/spectral", "lint", SPEC, "--fail-severity=hint", external=True)
    session.run("python", "-m", "generator.spec_lint", SPEC)
    session.run("python", "-m", "generator.spec_examples", "--models", SPEC)
    session.run("python", "-m", "generator.spec_breaking", "--spec", SPEC)
    # --noconftest: tests/conftest.py serves the client's tests, whose packages are not here.
    session.run("pytest", "--noconftest", "tests/spec_tools", *session.posargs)


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/ and the per-service specs (spec/services/) from the spec."""
    _install_groups(session, "generate")
    session.run("python", "-m", "generator")
    session.run("python", "-m", "generator.spec_services")


@nox.session
def drift(session: nox.Session) -> None:
    """Fail when generated/ or spec/services/ differs from what the spec generates."""
    _install_groups(session, "generate")
    session.run("python", "-m", "generator", "--check")
    session.run("python", "-m", "generator.spec_services", "--check")


def _require_chromium(session: nox.Session) -> None:
    """Stop at once, saying how to get it, when the browser tests cannot run."""
    if not os.access(CHROMIUM, os.X_OK):
        session.error(
            f"the browser tests drive Debian's Chromium at {CHROMIUM}: "
            "apt-get install chromium (.ci/run installs it)"
        )


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite, against the installed package."""
    _install_groups(session, "test", "generate", "agents")
    session.install(".[models,mock]")
    _require_chromium(session)
    session.run("pytest", *session.posargs)


@nox.session
def fuzz(session: nox.Session) -> None:
    """Drawn server answers against the client, at length (tens of minutes; not a default session).

    Runs tests/test_fuzz_responses.py with ``PARAGON_FUZZ_EXAMPLES`` examples per case (100
    unless the environment says otherwise) and random seeds; the ``tests`` session runs the same
    module with a few derandomized examples. ``nox -s fuzz -- -x`` stops at the first failure.
    """
    _install_groups(session, "test")
    session.install(".[models,mock]")
    examples = os.environ.get("PARAGON_FUZZ_EXAMPLES", "100")
    session.run(
        "pytest",
        "tests/test_fuzz_responses.py",
        *session.posargs,
        env={"PARAGON_FUZZ_EXAMPLES": examples},
    )


@nox.session
def contract(session: nox.Session) -> None:
    """Schemathesis (every check, every phase) against a real `paragon-mock serve`, then stop it."""
    _install_groups(session, "contract")
    session.install(".[mock]")
    bin_dir = Path(session.bin)
    token = session.run(
        str(bin_dir / "paragon-mock"), "token", "--user", "xyz", silent=True, external=True
    )
    assert isinstance(token, str)
    server = subprocess.Popen(
        [str(bin_dir / "paragon-mock"), "serve", "--port", "0", "--seed", "1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        ready = server.stdout.readline()
        if not ready.startswith("Paragon mock on "):
            session.error(f"paragon-mock serve did not start: {ready!r}")
        session.run(
            "schemathesis",
            "--config-file",
            "tests/contract/schemathesis.toml",
            "run",
            SPEC,
            "--url",
            ready.removeprefix("Paragon mock on ").strip(),
            "--checks",
            "all",
            "--phases",
            "examples,coverage,fuzzing,stateful",
            *session.posargs,
            env={"PARAGON_TOKEN": token.strip()},
        )
    finally:
        server.terminate()
        server.wait(timeout=30)


@nox.session
def sdk(session: nox.Session) -> None:
    """Paragon's own JavaScript SDK against the mock: the Node conformance driver, and Chromium.

    tests/js_sdk/ runs tests/js/sdk_conformance.mjs (every SDK function that runs in Node,
    against ``paragon-mock serve`` with the default fixture) and installs an OAuth integration
    with the SDK's browser build in Debian's headless Chromium. ``npm ci`` pins the SDK.
    """
    _install_groups(session, "test")
    session.install(".[mock]")
    _require_chromium(session)
    _npm_ci(session)
    session.run("pytest", "--noconftest", "tests/js_sdk", *session.posargs)


@nox.session
def downstream(session: nox.Session) -> None:
    """Stock generators' clients of the spec, compiled and run against paragon-mock.

    ``python -m generator.spec_downstream``: openapi-generator's python, typescript-fetch,
    typescript-axios and go clients, and openapi-typescript's types with openapi-fetch, one
    client per Paragon service (spec/services/), each compiled and put through the same scenario
    against one ``paragon-mock serve``; then the matrix's tests with the real tools
    (tests/downstream/, left out of the `tests` session). Java 11+, Node 20+ and Go come from the
    machine; ``npm ci`` pins the Node tools.
    """
    _install_groups(session, "downstream")
    session.install(".[mock]")
    _npm_ci(session)
    session.run("python", "-m", "generator.spec_downstream", SPEC)
    # --noconftest: tests/conftest.py serves the client's tests, whose tools are not here.
    session.run("pytest", "--noconftest", "tests/downstream", *session.posargs)


@nox.session
def soak(session: nox.Session) -> None:
    """Fifty AsyncParagon users against paragon-mock serve with injected faults (not a default).

    ``python -m tests.soak`` (``-- --users N --seconds S``): nothing acknowledged is lost or
    applied twice, no 5xx but the injected ones, the client's memory stays flat.
    """
    _install_groups(session, "test")
    session.install(".[mock]")
    session.run("python", "-m", "tests.soak", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """The benchmarks: tests/benchmarks/RESULTS.md and ratios.png (``-- --quick`` for a smoke run).

    Not a default session. The package is installed as users get it (not editable), with
    openai-python for the peer figures; wrk, a system package, loads the mock when installed
    (``apt-get install wrk``), otherwise an asyncio load generator does and the report says so.
    """
    _install_groups(session, "bench", "generate")
    session.install(".[mock,models]")
    if shutil.which("wrk") is None:
        session.warn("wrk is not installed: the mock figure uses the asyncio load generator")
    session.run("python", "-m", "tests.benchmarks", *session.posargs)


@nox.session
def docs(session: nox.Session) -> None:
    """The API reference site: ``mkdocs build --strict``, then a look at it in headless Chromium.

    mkdocs-material and mkdocstrings (the ``docs`` dependency group) build mkdocs.yml's site into
    the session's temporary folder (``-- DIR`` to choose another), failing on any warning;
    docs/griffe_bound.py documents the methods ``Paragon`` and ``AsyncParagon`` bind by
    descriptors. Then docs/check_render.py serves the site on loopback, opens the home page and
    the client's API page in Debian's Chromium and saves ``home.png`` and ``api.png`` beside it.
    """
    _install_groups(session, "docs")
    session.install("-e", ".[mock]")
    _require_chromium(session)
    site = Path(session.posargs[0] if session.posargs else session.create_tmp(), "site").resolve()
    shutil.rmtree(site, ignore_errors=True)
    session.run(
        "mkdocs", "build", "--strict", "--site-dir", str(site), env={"NO_MKDOCS_2_WARNING": "1"}
    )
    session.run("python", "docs/check_render.py", str(site))


# What the wheel must hold (each a path prefix inside it) and what it must not.
WHEEL_MUST_HOLD = (
    "paragon_connect/py.typed",
    "paragon_connect/_cli.py",
    "paragon_connect_api/models/",
    "paragon_models/",
    "paragon_mock/fixtures/",
    "paragon_mock/paragon.yaml",
    "paragon_mock/pytest_plugin.py",
)
WHEEL_MUST_NOT_HOLD = ("tests/", "generator/", "spec/", "docs/")


@nox.session
def build(session: nox.Session) -> None:
    """Build the sdist and the wheel, check them, then use the wheel as a user would.

    `python -m build` makes both; `twine check --strict` reads their metadata as PyPI would;
    the wheel's file list must hold the generated packages, the mock with its fixtures and
    spec, and nothing from tests/. Then a fresh virtual environment outside the repository
    installs the wheel with its `mock` extra and runs `paragon demo` and the pytest plugin's
    example test file (docs/examples/), so what is checked is the installed package, not the
    checkout.
    """
    _install_groups(session, "build")
    work = Path(session.create_tmp()).resolve()
    dist = work / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    session.run("python", "-m", "build", "--outdir", str(dist))
    artifacts = sorted(str(path) for path in dist.iterdir())
    session.run("twine", "check", "--strict", *artifacts)
    (wheel,) = dist.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    missing = [want for want in WHEEL_MUST_HOLD if not any(n.startswith(want) for n in names)]
    stray = [name for name in names if name.startswith(WHEEL_MUST_NOT_HOLD)]
    if missing or stray:
        session.error(f"the wheel lacks {missing} and holds {stray[:5]}")
    # A fresh environment in a folder of its own: nothing of the checkout is importable there.
    user = work / "user"
    shutil.rmtree(user, ignore_errors=True)
    user.mkdir()
    session.run("python", "-m", "venv", str(user / "venv"))
    python = str(user / "venv" / "bin" / "python")
    pins = [r for r in nox.project.dependency_groups(PYPROJECT, "build") if r.startswith("pytest")]
    session.run(python, "-m", "pip", "install", "-q", f"{wheel}[mock]", *pins, external=True)
    session.run(str(user / "venv" / "bin" / "paragon"), "demo", external=True, silent=True)
    example = user / "test_with_paragon_mock.py"
    shutil.copy("docs/examples/test_with_paragon_mock.py", example)
    session.chdir(user)
    session.run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", example.name, external=True)
