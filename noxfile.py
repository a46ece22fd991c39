"""Every task a person or CI runs, as nox sessions.

``nox`` with no arguments runs what CI needs: lint, typecheck, spec, drift and tests.
``nox -s generate`` rewrites generated/ from spec/paragon.yaml; it is not a default session
because it changes files, while ``drift`` only proves that generated/ is up to date.

Tool versions come from the dependency groups of pyproject.toml, pinned exactly.
"""

from __future__ import annotations

import nox

nox.options.sessions = ["lint", "typecheck", "spec", "drift", "tests"]
nox.options.reuse_venv = "yes"
nox.options.error_on_missing_interpreters = True

PYPROJECT = nox.project.load_toml("pyproject.toml")
SPEC = "spec/paragon.yaml"
# Hand-written Python; generated/ is checked by the generator and by mypy separately.
HAND_WRITTEN = ["generator", "tests", "noxfile.py"]
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
    _install_groups(session, "typecheck", "generate", "spec")
    session.install("-e", ".[models]")
    session.run("mypy", *HAND_WRITTEN)
    session.run("mypy", *GENERATED_PACKAGES)


@nox.session
def spec(session: nox.Session) -> None:
    """The spec is valid OpenAPI 3.1 and follows the house rules."""
    _install_groups(session, "spec")
    session.run("openapi-spec-validator", "--schema", "3.1", SPEC)
    session.run("python", "-m", "generator.spec_lint", SPEC)


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate generated/ from the spec."""
    _install_groups(session, "generate")
    session.run("python", "-m", "generator")


@nox.session
def drift(session: nox.Session) -> None:
    """Fail with a diff when generated/ differs from what the spec generates."""
    _install_groups(session, "generate")
    session.run("python", "-m", "generator", "--check")


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite, against the installed package."""
    _install_groups(session, "test", "generate")
    session.install(".[models]")
    session.run("pytest", *session.posargs)
