"""paragon-mock: a stateful local Paragon that honours ``spec/paragon.yaml``.

It serves every operation of the spec (zeus, hermes and proxy, on one port), keeps state, checks
RS256 user tokens against each project's public key, and answers only what the spec documents.
Use it in tests::

    from paragon_mock import DEFAULT_PROJECT_ID, dev_token, serve_in_thread

    with serve_in_thread(seed=1) as server:
        token = dev_token("user-1")
        # call f"{server.base_url}/projects/{DEFAULT_PROJECT_ID}/sdk/me" with the token

or in-process with ``httpx.ASGITransport(app=create_app())``, from the shell with
``paragon-mock serve``, or through the pytest plugin's fixtures (``paragon_mock.pytest_plugin``).

The default fixture's RSA keys are development keys, published on purpose so that code under test
can sign its own user tokens as a real backend does: ``DEFAULT_PRIVATE_KEY_PEM`` (the default
project's key; ``paragon-mock key`` prints it) and ``dev_private_key_pem(project_id)``. Never use
them outside the mock.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

# The package's names load on first use: pytest imports this package in every run of a project
# that installed the extra (the pytest11 entry point names ``paragon_mock.pytest_plugin``), and
# the app, the server and their dependencies take most of a second to import.
_LAZY = {
    "MockApp": "paragon_mock.app",
    "MockState": "paragon_mock.state",
    "create_app": "paragon_mock.app",
    "Fixture": "paragon_mock.fixtures",
    "FixtureError": "paragon_mock.fixtures",
    "load_fixture": "paragon_mock.fixtures",
    "MockServer": "paragon_mock.server",
    "serve_in_thread": "paragon_mock.server",
}

if TYPE_CHECKING:
    from paragon_mock.app import MockApp, create_app
    from paragon_mock.fixtures import Fixture, FixtureError, load_fixture
    from paragon_mock.server import MockServer, serve_in_thread
    from paragon_mock.state import MockState

    #: The default project's private signing key (PEM): the mock's development key, published
    #: on purpose for signing tokens the mock accepts; never use it elsewhere.
    DEFAULT_PRIVATE_KEY_PEM: str
else:

    def __getattr__(name: str) -> Any:
        if name == "DEFAULT_PRIVATE_KEY_PEM":
            # Read from the fixture on first use, as the fixture file is not read at import.
            value = globals()[name] = dev_private_key_pem()
            return value
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        globals()[name] = value  # later lookups skip this function
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *_LAZY, "DEFAULT_PRIVATE_KEY_PEM"})


__all__ = [
    "DEFAULT_PRIVATE_KEY_PEM",
    "DEFAULT_PROJECT_ID",
    "SECOND_PROJECT_ID",
    "Fixture",
    "FixtureError",
    "MockApp",
    "MockServer",
    "MockState",
    "create_app",
    "dev_private_key_pem",
    "dev_token",
    "load_fixture",
    "serve_in_thread",
]

#: The project of the SDK reference's examples, the first project of the default fixture.
DEFAULT_PROJECT_ID = "38b1f170-0c43-4eae-9a04-ab85325d99f7"
#: The default fixture's second project, with a key pair of its own.
SECOND_PROJECT_ID = "908f4c5e-6394-46a5-9355-3f729edbd160"


@cache
def _default_fixture() -> Fixture:
    from paragon_mock.fixtures import load_fixture

    return load_fixture()


def dev_private_key_pem(
    project_id: str = DEFAULT_PROJECT_ID, *, fixture: Fixture | None = None
) -> str:
    """The fixture's private signing key (PEM) of the project: a development key of the mock.

    Sign user tokens with it (``paragon_connect.sign_user_token``) as a real backend signs with
    its project's key; the mock accepts them. The default fixture publishes its keys on purpose:
    never use them outside the mock.
    """
    source = fixture if fixture is not None else _default_fixture()
    project = source.projects.get(project_id)
    if project is None or project.private_key_pem is None:
        raise ValueError(f"the fixture holds no development key for project {project_id}")
    return project.private_key_pem


def dev_token(
    user_id: str,
    ttl: float = 3600,
    *,
    project_id: str = DEFAULT_PROJECT_ID,
    fixture: Fixture | None = None,
    audience: bool = True,
    claims: Mapping[str, Any] | None = None,
    **extra_claims: Any,
) -> str:
    """A development user token for ``user_id``, signed with the fixture's key of the project.

    ``claims`` (and any extra keyword argument) adds claims, for example the permissions claim
    ``{"urn:useparagon:connect:permissions": ["getCurrentUser"]}``.
    """
    from paragon_mock.auth import sign_user_token

    return sign_user_token(
        dev_private_key_pem(project_id, fixture=fixture),
        project_id=project_id,
        user_id=user_id,
        ttl=ttl,
        audience=audience,
        extra_claims={**(claims or {}), **extra_claims},
    )
