"""paragon-mock: a stateful local Paragon that honours ``spec/paragon.yaml``.

It serves every operation of the spec (zeus, hermes and proxy, on one port), keeps state, checks
RS256 user tokens against each project's public key, and answers only what the spec documents.
Use it in tests::

    from paragon_mock import DEFAULT_PROJECT_ID, dev_token, serve_in_thread

    with serve_in_thread(seed=1) as server:
        token = dev_token("user-1")
        # call f"{server.base_url}/projects/{DEFAULT_PROJECT_ID}/sdk/me" with the token

or in-process with ``httpx.ASGITransport(app=create_app())``, or from the shell with
``paragon-mock serve``.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from paragon_mock.app import MockApp, MockState, create_app
from paragon_mock.auth import sign_user_token
from paragon_mock.fixtures import Fixture, FixtureError, load_fixture
from paragon_mock.server import MockServer, serve_in_thread

__all__ = [
    "DEFAULT_PROJECT_ID",
    "SECOND_PROJECT_ID",
    "Fixture",
    "FixtureError",
    "MockApp",
    "MockServer",
    "MockState",
    "create_app",
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
    return load_fixture()


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
    source = fixture if fixture is not None else _default_fixture()
    project = source.projects.get(project_id)
    if project is None or project.private_key_pem is None:
        raise ValueError(f"the fixture holds no development key for project {project_id}")
    return sign_user_token(
        project.private_key_pem,
        project_id=project_id,
        user_id=user_id,
        ttl=ttl,
        audience=audience,
        extra_claims={**(claims or {}), **extra_claims},
    )
