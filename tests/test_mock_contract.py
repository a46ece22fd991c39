"""The contract: schemathesis, in-process against the mock's ASGI app, finds nothing to object to.

All checks run, in the examples, coverage and fuzzing phases (``@schema.parametrize``) and in the
stateful phase (the state machine built from the spec's links). The token comes from an auth
hook, never from fixed headers, so negative cases can drop or break it. The settings are those
of the CLI run (``tests/contract/schemathesis.toml``), minus its environment-provided token.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from typing import Any

import httpx
import hypothesis
import pytest
import schemathesis
from paragon_mock import DEFAULT_PROJECT_ID, create_app, dev_token
from schemathesis import Case
from schemathesis.config import SchemathesisConfig

from tests.conftest import REPO_ROOT, SPEC_DATA, SPEC_PATH
from tests.mock_client import MockClient

CONFIG_PATH = REPO_ROOT / "tests" / "contract" / "schemathesis.toml"
USER = "xyz"

_settings = tomllib.loads(CONFIG_PATH.read_text(encoding="utf-8"))
# The CLI reads the token from the environment; here the auth hook below provides it.
_settings.pop("auth", None)
_settings["generation"] = {"max-examples": 12}
# The stateful test follows the spec's own links only (schemathesis would add links it infers
# from field names, which the CLI run keeps).
_settings["phases"] = {"stateful": {"max-steps": 25, "inference": {"algorithms": []}}}

APP = create_app(seed=7)
schema = schemathesis.openapi.from_path(SPEC_PATH, config=SchemathesisConfig.from_dict(_settings))
schema.app = APP

STATUSES: Counter[int] = Counter()
TRANSITIONS: Counter[str] = Counter()


@schema.auth()
class DevelopmentToken:
    """A development token for the fixture's user ``xyz``, signed with the project's key."""

    def get(self, case: Case[Any], ctx: schemathesis.AuthContext) -> str:
        return dev_token(USER)

    def set(self, case: Case[Any], data: str, ctx: schemathesis.AuthContext) -> None:
        case.headers["Authorization"] = f"Bearer {data}"


@schema.parametrize()
@hypothesis.settings(deadline=None)
def test_every_operation_conforms(case: Case[Any]) -> None:
    response = case.call()
    STATUSES[response.status_code] += 1
    case.validate_response(response)


# The default fixture's API-key integration with no required input (custom.statusboard).
OPTIONAL_KEY_INTEGRATION = "883f1a2b-6c4d-4e5f-9a0b-1c2d3e4f5a6b"
# install (createCredential 201) -> read -> update settings -> uninstall -> read (404)
WALK = (
    "readInstalledCredential -> GET /projects/{projectId}/sdk/credentials/{credentialId} 200",
    "updateReadCredential -> PATCH /projects/{projectId}/sdk/credentials/{credentialId} 200",
    "uninstallUpdatedCredential -> DELETE /projects/{projectId}/sdk/integrations/"
    "{integrationId} 204",
    "readUninstalledCredential -> GET /projects/{projectId}/sdk/credentials/{credentialId} 404",
)
LINKS_APPLIED: Counter[str] = Counter()


class ContractWorkflow(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        # Each scenario starts from the fixture, so that a replayed scenario meets the same state.
        super().setup()
        APP.mock.reset()

    def before_call(self, case: Case[Any]) -> None:
        super().before_call(case)
        # The state machine draws path parameters afresh; every operation lives in one project.
        case.path_parameters = {**(case.path_parameters or {}), "projectId": DEFAULT_PROJECT_ID}
        # A random UUID is never an integration of the project, so a valid install request names
        # the API-key integration whose key is optional, as an application would.
        if (
            case.operation.definition.raw.get("operationId") == "createCredential"
            and case.meta is not None
            and case.meta.generation.mode.is_positive
            and isinstance(case.body, dict)
        ):
            case.body = {**case.body, "integrationId": OPTIONAL_KEY_INTEGRATION}

    def step(self, input: Any) -> Any:
        output = super().step(input)
        if input.transition is not None and input.is_applied:
            LINKS_APPLIED[f"{input.transition.id} {output.response.status_code}"] += 1
        return output

    def after_call(self, response: schemathesis.Response, case: Case[Any]) -> None:
        super().after_call(response, case)
        STATUSES[response.status_code] += 1
        operation = case.operation.definition.raw.get("operationId", "?")
        TRANSITIONS[f"{operation} {response.status_code}"] += 1


def test_stateful_walks_conform() -> None:
    ContractWorkflow.run(
        settings=hypothesis.settings(
            max_examples=100,
            stateful_step_count=15,
            # A fixed seed: the same walks every run, so the assertions below cannot flake.
            derandomize=True,
            deadline=None,
            suppress_health_check=list(hypothesis.HealthCheck),
            database=None,
        )
    )
    # The walks reached the install flow and followed the spec's links, not only 404s.
    assert TRANSITIONS["createCredential 201"] > 0, TRANSITIONS
    followed = "\n".join(LINKS_APPLIED)
    assert [step for step in WALK if step not in followed] == [], LINKS_APPLIED


def test_some_answers_were_successful() -> None:
    # Every answer could be a documented 401 or 404; a contract run that never got past them
    # would prove nothing.
    successes = sum(count for status, count in STATUSES.items() if 200 <= status < 300)
    assert successes > 0, STATUSES
    assert successes >= 0.1 * sum(STATUSES.values()), STATUSES


# -- the links of the spec walk install -> read -> update -> uninstall -> read (404) ------------


def _link(operation_id: str, status: str, name: str) -> dict[str, Any]:
    for item in SPEC_DATA["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                link: dict[str, Any] = operation["responses"][status]["links"][name]
                return link
    raise KeyError(operation_id)


def _evaluate(expression: str, request: httpx.Request, response: httpx.Response) -> str:
    """The runtime expressions the walk's links use."""
    if expression.startswith("$response.body#/"):
        value: Any = response.json()
        for part in expression.removeprefix("$response.body#/").split("/"):
            value = value[int(part)] if isinstance(value, list) else value[part]
        return str(value)
    if expression.startswith("$request.header."):
        return request.headers[expression.removeprefix("$request.header.")]
    raise AssertionError(f"unexpected runtime expression {expression}")


def _follow(
    client: MockClient, link: dict[str, Any], previous: httpx.Response, **kwargs: Any
) -> httpx.Response:
    """Call the link's target with the parameters its runtime expressions pick."""
    path, method = next(
        (path, method)
        for path, item in SPEC_DATA["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and operation.get("operationId") == link["operationId"]
    )
    values = {k: _evaluate(v, previous.request, previous) for k, v in link["parameters"].items()}
    headers = {k: v for k, v in values.items() if k.startswith("X-Paragon-")}
    url = path.replace("{projectId}", DEFAULT_PROJECT_ID)
    for name, value in values.items():
        url = url.replace("{" + name + "}", value)
    return client.request(method.upper(), url, headers=headers, **kwargs)


def test_the_links_walk_install_read_update_uninstall_read() -> None:
    client = MockClient(user="link-walker")
    installed = client.post(
        "{p}/sdk/credentials",
        json={"integrationId": "6f3c5e1a-52a4-4c8e-9d0b-7f1e2a3b4c5d", "payload": {"API_KEY": "k"}},
    )
    read = _follow(client, _link("createCredential", "201", "readInstalledCredential"), installed)
    updated = _follow(
        client,
        _link("getCredential", "200", "updateReadCredential"),
        read,
        json={"config": {"sharedSettings": {"color": "green"}}},
    )
    uninstalled = _follow(
        client, _link("updateCredential", "200", "uninstallUpdatedCredential"), updated
    )
    gone = _follow(
        client, _link("uninstallIntegration", "204", "readUninstalledCredential"), uninstalled
    )

    statuses = [r.status_code for r in (installed, read, updated, uninstalled, gone)]
    assert statuses == [201, 200, 200, 204, 404]
    assert read.json()["id"] == installed.json()["id"]
    assert updated.json()["config"]["sharedSettings"] == {"color": "green"}
    assert gone.json()["status"] == 404


@pytest.fixture(autouse=True, scope="module")
def _fresh_state() -> None:
    APP.mock.reset()
