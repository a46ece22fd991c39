"""Fixture files: the data a mock starts from, read from YAML or JSON and checked.

A fixture holds projects, each with its development key pair, its integrations (served by
``listIntegrations`` as written, minus the ``mock:`` key of mock-only data), its users and their
credentials. Integrations and credentials are validated with the pydantic models of
``generated/paragon_models``, so a fixture can never make the mock answer outside the spec.
``fixtures/default.yaml`` is the default; ``load_fixture(path)`` reads any other.
"""

from __future__ import annotations

import copy
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import paragon_models
import yaml
from pydantic import ValidationError

__all__ = [
    "DEFAULT_FIXTURE_PATH",
    "Fixture",
    "FixtureError",
    "IntegrationDef",
    "ProjectDef",
    "load_fixture",
    "parse_fixture",
    "persona_id",
]

DEFAULT_FIXTURE_PATH = Path(__file__).with_name("fixtures") / "default.yaml"
DEFAULT_OAUTH_SESSION_TTL = 600.0
_PERSONA_NAMESPACE = uuid.UUID("5b0f4c7e-3a1d-4e8f-9c2b-6d7a8e9f0a1b")


class FixtureError(ValueError):
    """A fixture that cannot be loaded; the message says where and why."""


@dataclass(frozen=True)
class IntegrationDef:
    """One integration of a project: what Paragon serves, and the mock's own data for it."""

    public: dict[str, Any]
    mock: dict[str, Any]

    @property
    def id(self) -> str:
        """The integration's UUID."""
        return str(self.public["id"])

    @property
    def type(self) -> str:
        """The integration type, like ``slack``."""
        return str(self.public["type"])

    @property
    def is_oauth(self) -> bool:
        """Whether users connect it through the OAuth handshake."""
        return self.public.get("authenticationType") == "oauth"

    @property
    def sdk_config(self) -> dict[str, Any]:
        """The integration's ``sdkIntegrationConfig``."""
        return dict(self.public.get("sdkIntegrationConfig") or {})

    @property
    def input_fields(self) -> list[dict[str, Any]]:
        """What a user types to connect it without OAuth (API keys and the like).

        A custom integration keeps them in ``customIntegration.inputFields`` (where SDK 2.4.0
        reads them); the others in ``sdkIntegrationConfig.authConfigInputs``.
        """
        custom = self.public.get("customIntegration")
        if isinstance(custom, dict) and isinstance(custom.get("inputFields"), list):
            return list(custom["inputFields"])
        return list(self.sdk_config.get("authConfigInputs") or [])

    def pre_oauth_inputs(self, account_type: str | None) -> list[dict[str, Any]]:
        """What an OAuth integration asks before the handshake, where SDK 2.4.0 reads it.

        The chosen account type's ``endUserSuppliedValues``, else ``authConfigInputs``, else
        (older answers) ``oauthInputs``.
        """
        for option in self.sdk_config.get("accountTypes") or []:
            if option.get("id") == account_type and option.get("endUserSuppliedValues"):
                return list(option["endUserSuppliedValues"])
        return list(
            self.sdk_config.get("authConfigInputs") or self.sdk_config.get("oauthInputs") or []
        )

    def workflow(self, workflow_id: str) -> dict[str, Any] | None:
        """One of the integration's workflows, by ID."""
        for workflow in self.public.get("workflows") or []:
            if workflow["id"] == workflow_id:
                return dict(workflow)
        return None


@dataclass(frozen=True)
class ProjectDef:
    """A project of the fixture."""

    id: str
    name: str
    billing_plan: str
    accessible_features: tuple[str, ...]
    public_key_pem: str = field(repr=False)
    private_key_pem: str | None = field(repr=False)
    integrations: tuple[IntegrationDef, ...] = field(repr=False)
    users: tuple[dict[str, Any], ...] = field(repr=False)
    credentials: tuple[dict[str, Any], ...] = field(repr=False)
    # Resources the project connects for its users (connectAction), shown in every user's state.
    resources: tuple[dict[str, Any], ...] = field(default=(), repr=False)
    _by_id: dict[str, IntegrationDef] = field(init=False, repr=False, compare=False)
    _by_type: dict[str, IntegrationDef] = field(init=False, repr=False, compare=False)
    _workflows: dict[str, IntegrationDef] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Indexes built once; the dataclass is frozen, hence object.__setattr__.
        object.__setattr__(self, "_by_id", {i.id: i for i in self.integrations})
        object.__setattr__(self, "_by_type", {i.type: i for i in self.integrations})
        workflows = {
            str(workflow["id"]): integration
            for integration in self.integrations
            for workflow in integration.public.get("workflows") or []
        }
        object.__setattr__(self, "_workflows", workflows)

    @property
    def integration_list(self) -> list[dict[str, Any]]:
        """What listIntegrations serves."""
        return [integration.public for integration in self.integrations]

    def integration(self, integration_id: str) -> IntegrationDef | None:
        """An integration by UUID."""
        return self._by_id.get(integration_id)

    def integration_by_type(self, integration_type: str) -> IntegrationDef | None:
        """An integration by type."""
        return self._by_type.get(integration_type)

    def resource(self, resource_id: str) -> dict[str, Any] | None:
        """A resource of the project, by ID."""
        for resource in self.resources:
            if resource["id"] == resource_id:
                return resource
        return None

    def workflow_integration(self, workflow_id: str) -> IntegrationDef | None:
        """The integration a workflow belongs to."""
        return self._workflows.get(workflow_id)

    @property
    def summary(self) -> dict[str, Any]:
        """The ``project`` of the user state."""
        return {
            "id": self.id,
            "billingPlan": self.billing_plan,
            "accessibleFeatures": list(self.accessible_features),
        }


@dataclass(frozen=True)
class Fixture:
    """A whole fixture: settings and projects, and the document it was read from."""

    document: dict[str, Any] = field(repr=False)
    projects: dict[str, ProjectDef]
    oauth_session_ttl: float

    @property
    def default_project(self) -> ProjectDef:
        """The first project of the file."""
        return next(iter(self.projects.values()))


def persona_id(project_id: str, user_id: str) -> str:
    """The Connected User's ID inside Paragon, derived from the project and the token's sub."""
    return str(uuid.uuid5(_PERSONA_NAMESPACE, f"{project_id}/{user_id}"))


def load_fixture(path: Path | str | None = None) -> Fixture:
    """Read a fixture file (YAML or JSON); the default fixture when no path is given."""
    source = Path(path) if path is not None else DEFAULT_FIXTURE_PATH
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as exc:
        raise FixtureError(f"cannot read the fixture {source}: {exc.strerror}") from None
    try:
        document = json.loads(text) if source.suffix == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as exc:
        raise FixtureError(f"{source} is neither valid YAML nor JSON: {exc}") from None
    return parse_fixture(document, origin=str(source))


def parse_fixture(document: Any, *, origin: str = "fixture") -> Fixture:
    """Check a fixture document and build the Fixture it describes."""
    if not isinstance(document, dict):
        raise FixtureError(f"{origin}: the top level must be a mapping")
    projects_raw = document.get("projects")
    if not isinstance(projects_raw, list) or not projects_raw:
        raise FixtureError(f"{origin}: 'projects' must be a non-empty list")
    projects: dict[str, ProjectDef] = {}
    for index, raw in enumerate(projects_raw):
        project = _project(copy.deepcopy(raw), f"{origin}: projects[{index}]")
        if project.id in projects:
            raise FixtureError(f"{origin}: project {project.id} is defined twice")
        projects[project.id] = project
    settings = document.get("settings") or {}
    ttl = settings.get("oauthSessionTtlSeconds", DEFAULT_OAUTH_SESSION_TTL)
    if not isinstance(ttl, int | float) or ttl <= 0:
        raise FixtureError(f"{origin}: settings.oauthSessionTtlSeconds must be a positive number")
    return Fixture(document=document, projects=projects, oauth_session_ttl=float(ttl))


def _project(raw: Any, where: str) -> ProjectDef:
    if not isinstance(raw, dict):
        raise FixtureError(f"{where}: must be a mapping")
    project_id = str(raw.get("id") or "")
    keys = raw.get("developmentKeys") or {}
    if not project_id or not keys.get("publicKey"):
        raise FixtureError(f"{where}: needs an id and developmentKeys.publicKey")
    integrations = tuple(
        _integration(item, project_id, f"{where}.integrations[{i}]")
        for i, item in enumerate(raw.get("integrations") or [])
    )
    types = [integration.type for integration in integrations]
    if len(set(types)) != len(types):
        raise FixtureError(f"{where}: two integrations share a type")
    users = tuple(
        _user(item, f"{where}.users[{i}]") for i, item in enumerate(raw.get("users") or [])
    )
    personas = {user["id"]: user.get("personaId") for user in users}
    by_id = {integration.id: integration for integration in integrations}
    credentials = tuple(
        _credential(item, project_id, personas, by_id, f"{where}.credentials[{i}]")
        for i, item in enumerate(raw.get("credentials") or [])
    )
    resources = tuple(
        _resource(item, f"{where}.resources[{i}]")
        for i, item in enumerate(raw.get("resources") or [])
    )
    return ProjectDef(
        id=project_id,
        name=str(raw.get("name") or project_id),
        billing_plan=str(raw.get("billingPlan") or "enterprise"),
        accessible_features=tuple(str(f) for f in raw.get("accessibleFeatures") or []),
        public_key_pem=str(keys["publicKey"]),
        private_key_pem=str(keys["privateKey"]) if keys.get("privateKey") else None,
        integrations=integrations,
        users=users,
        credentials=credentials,
        resources=resources,
    )


def _integration(raw: Any, project_id: str, where: str) -> IntegrationDef:
    if not isinstance(raw, dict):
        raise FixtureError(f"{where}: must be a mapping")
    mock = raw.pop("mock", None) or {}
    raw.setdefault("projectId", project_id)
    for workflow in raw.get("workflows") or []:
        workflow.setdefault("projectId", project_id)
        workflow.setdefault("integrationId", raw.get("id"))
        workflow.setdefault("steps", [])
    try:
        model = paragon_models.Integration.model_validate(raw)
    except ValidationError as exc:
        raise FixtureError(f"{where}: not an Integration of the spec:\n{exc}") from None
    # Served as written (with None kept where the file wrote null), checked by the model.
    public = json.loads(model.model_dump_json(exclude_unset=True))
    return IntegrationDef(public=public, mock=mock)


def _resource(raw: Any, where: str) -> dict[str, Any]:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise FixtureError(f"{where}: a resource needs an id")
    try:
        model = paragon_models.ConnectResource.model_validate(raw)
    except ValidationError as exc:
        raise FixtureError(f"{where}: not a ConnectResource of the spec:\n{exc}") from None
    resource: dict[str, Any] = json.loads(model.model_dump_json(exclude_unset=True))
    return resource


def _user(raw: Any, where: str) -> dict[str, Any]:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not raw["id"]:
        raise FixtureError(f"{where}: a user needs an id (the token's sub)")
    meta = raw.get("meta") or {}
    if not isinstance(meta, dict):
        raise FixtureError(f"{where}: meta must be a mapping")
    return {"id": raw["id"], "personaId": raw.get("personaId"), "meta": meta}


def _credential(
    raw: Any,
    project_id: str,
    personas: dict[str, Any],
    integrations: dict[str, IntegrationDef],
    where: str,
) -> dict[str, Any]:
    if not isinstance(raw, dict) or not isinstance(raw.get("userId"), str):
        raise FixtureError(f"{where}: a credential needs the userId of its owner")
    user_id = raw.pop("userId")
    if user_id not in personas:
        raise FixtureError(f"{where}: user {user_id!r} is not among the project's users")
    if raw.get("integrationId") not in integrations:
        raise FixtureError(f"{where}: integration {raw.get('integrationId')} is not in the project")
    raw.setdefault("projectId", project_id)
    raw.setdefault("personaId", personas[user_id] or persona_id(project_id, user_id))
    for configuration in raw.get("configurations") or []:
        configuration.setdefault("connectCredentialId", raw.get("id"))
    try:
        paragon_models.Credential.model_validate(raw)
    except ValidationError as exc:
        raise FixtureError(f"{where}: not a Credential of the spec:\n{exc}") from None
    return {"userId": user_id, **raw}
