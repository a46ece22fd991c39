"""The control surface under ``/_mock/``: what tests use to steer the mock.

It sits outside the public spec (its own small OpenAPI description is ``control.yaml``, served at
``/_mock/openapi.yaml``) and is subject to neither faults nor authentication:

- ``POST /_mock/reset``: seed the state again from the fixture in force, drop every fault and
  return to the response mode chosen at start;
- ``PUT /_mock/fixture``: load another fixture (a JSON or YAML document) and reset;
- ``GET /_mock/records`` (``kind``, ``projectId``, ``userId``): what the application did (App
  Events, the workflow runs they started, workflow triggers, proxy calls); ``DELETE`` forgets them;
- ``POST /_mock/tokens``: mint a development user token signed with a project's key;
- ``GET``/``POST``/``DELETE /_mock/faults`` and ``DELETE /_mock/faults/{id}``: fault injection;
- ``GET``/``PATCH /_mock/settings``: the OAuth session lifetime and the response mode
  (``full`` or ``minimal``);
- ``GET /_mock/health``.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from paragon_mock import safejson
from paragon_mock.auth import sign_user_token
from paragon_mock.errors import ApiError
from paragon_mock.fixtures import FixtureError, parse_fixture
from paragon_mock.minimal import ResponseMode
from paragon_mock.pathregex import MAX_PATTERN_LENGTH
from paragon_mock.state import MockState
from paragon_mock.store import RECORD_KINDS

__all__ = ["CONTROL_SPEC_PATH", "FaultRequest", "SettingsUpdate", "TokenRequest", "routes"]

CONTROL_SPEC_PATH = Path(__file__).with_name("control.yaml")
_JSON = "application/json"


class FaultRequest(BaseModel):
    """The body of ``POST /_mock/faults``."""

    model_config = ConfigDict(extra="forbid")

    mode: Literal["429", "503", "delay"]
    path: Annotated[str | None, Field(min_length=1)] = None
    pathRegex: Annotated[str | None, Field(min_length=1, max_length=MAX_PATTERN_LENGTH)] = None
    method: Annotated[str | None, Field(pattern="^[A-Za-z]+$")] = None
    retryAfter: Annotated[int | None, Field(ge=0)] = 1
    delayMs: Annotated[int, Field(ge=0, le=600_000)] = 0
    count: Annotated[int | None, Field(ge=1)] = None
    fraction: Annotated[float | None, Field(gt=0, le=1, allow_inf_nan=False)] = None

    @model_validator(mode="after")
    def _target(self) -> FaultRequest:
        if (self.path is None) == (self.pathRegex is None):
            raise ValueError("give exactly one of path (a glob) and pathRegex")
        if self.mode == "delay" and self.delayMs == 0:
            raise ValueError("a delay fault needs delayMs")
        return self


class TokenRequest(BaseModel):
    """The body of ``POST /_mock/tokens``."""

    model_config = ConfigDict(extra="forbid")

    userId: Annotated[str, Field(min_length=1)]
    projectId: str | None = None
    # Negative values mint tokens that are already expired, for tests of the 401 path. A bound
    # keeps expiresAt an integer JWT libraries accept (about 3,000 years either way).
    ttlSeconds: Annotated[float, Field(ge=-1e11, le=1e11, allow_inf_nan=False)] = 3600
    audience: bool = True
    claims: dict[str, Any] = Field(default_factory=dict)


class SettingsUpdate(BaseModel):
    """The body of ``PATCH /_mock/settings``: the settings to change, at least one."""

    model_config = ConfigDict(extra="forbid")

    oauthSessionTtlSeconds: Annotated[float | None, Field(gt=0, allow_inf_nan=False)] = None
    responses: ResponseMode | None = None

    @model_validator(mode="after")
    def _given(self) -> SettingsUpdate:
        if not self.model_fields_set:
            raise ValueError("give at least one setting: oauthSessionTtlSeconds, responses")
        for name in self.model_fields_set:
            if getattr(self, name) is None:
                raise ValueError(f"{name} may not be null")
        return self


def _mock(request: Request) -> MockState:
    mock: MockState = request.app.state.mock
    return mock


def _json(body: Any, status: int = 200) -> Response:
    return Response(json.dumps(body, separators=(",", ":")), status, media_type=_JSON)


def _error(error: ApiError) -> Response:
    return Response(json.dumps(error.body()), error.status, media_type=_JSON)


async def _read_json(request: Request) -> Any:
    raw = await request.body()
    try:
        return safejson.loads(raw or b"{}")
    except safejson.JsonLimitError as exc:
        raise ApiError(400, [f"body: {exc}"]) from None
    except ValueError as exc:
        raise ApiError(400, [f"body: not valid JSON ({exc})"]) from None


def _problems(exc: ValidationError) -> list[str]:
    return [
        f"body{''.join(f'.{p}' for p in error['loc'])}: {error['msg']}"
        for error in exc.errors(include_url=False)
    ]


async def health(request: Request) -> Response:
    """GET /_mock/health."""
    return _json({"status": "ok"})


async def spec(request: Request) -> Response:
    """GET /_mock/openapi.yaml: this surface's own description."""
    return Response(CONTROL_SPEC_PATH.read_bytes(), media_type="application/yaml")


async def reset(request: Request) -> Response:
    """POST /_mock/reset."""
    mock = _mock(request)
    mock.reset()
    mock.faults.clear()
    return _json({"status": "reset", "projects": list(mock.store.fixture.projects)})


async def load(request: Request) -> Response:
    """PUT /_mock/fixture: a new fixture, then a reset."""
    raw = await request.body()
    content_type = request.headers.get("content-type", "")
    try:
        if "yaml" in content_type:
            document = yaml.safe_load(raw)
            # YAML has .inf and .nan, and its parser recurses: the same limits as for JSON.
            safejson.check(document)
        else:
            document = safejson.loads(raw)
        fixture = parse_fixture(document, origin="the uploaded fixture")
    except RecursionError:
        return _error(
            ApiError(400, f"not a fixture document: nested deeper than {safejson.MAX_DEPTH} levels")
        )
    except (ValueError, yaml.YAMLError) as exc:
        message = str(exc) if isinstance(exc, FixtureError) else f"not a fixture document: {exc}"
        return _error(ApiError(400, message))
    mock = _mock(request)
    mock.reset(fixture)
    mock.faults.clear()
    return _json({"status": "loaded", "projects": list(fixture.projects)})


async def records(request: Request) -> Response:
    """GET /_mock/records, DELETE /_mock/records."""
    mock = _mock(request)
    if request.method == "DELETE":
        mock.store.clear_records()
        mock.store.commit()
        return Response(status_code=204)
    kind = request.query_params.get("kind")
    if kind is not None and kind not in RECORD_KINDS:
        return _error(ApiError(400, f"kind must be one of {', '.join(RECORD_KINDS)}"))
    found = list(
        mock.store.iter_records(
            kind=kind,
            project_id=request.query_params.get("projectId"),
            user_id=request.query_params.get("userId"),
        )
    )
    return _json({"records": found})


async def tokens(request: Request) -> Response:
    """POST /_mock/tokens: a development user token."""
    mock = _mock(request)
    try:
        wanted = TokenRequest.model_validate(await _read_json(request))
    except ApiError as error:
        return _error(error)
    except ValidationError as exc:
        return _error(ApiError(400, _problems(exc)))
    project = (
        mock.store.fixture.projects.get(wanted.projectId)
        if wanted.projectId
        else mock.store.fixture.default_project
    )
    if project is None:
        return _error(ApiError(404, f"No project {wanted.projectId}."))
    if project.private_key_pem is None:
        return _error(
            ApiError(422, f"The fixture holds no development private key for project {project.id}.")
        )
    now = time.time()
    token = sign_user_token(
        project.private_key_pem,
        project_id=project.id,
        user_id=wanted.userId,
        ttl=wanted.ttlSeconds,
        audience=wanted.audience,
        now=now,
        extra_claims=wanted.claims,
    )
    return _json(
        {
            "token": token,
            "projectId": project.id,
            "userId": wanted.userId,
            "expiresAt": int(now) + int(wanted.ttlSeconds),
        },
        201,
    )


async def faults(request: Request) -> Response:
    """GET, POST and DELETE /_mock/faults."""
    mock = _mock(request)
    if request.method == "GET":
        return _json({"faults": [fault.describe() for fault in mock.faults.list()]})
    if request.method == "DELETE":
        mock.faults.clear()
        return Response(status_code=204)
    try:
        wanted = FaultRequest.model_validate(await _read_json(request))
    except ApiError as error:
        return _error(error)
    except ValidationError as exc:
        return _error(ApiError(400, _problems(exc)))
    try:
        fault = mock.faults.add(
            mode=wanted.mode,
            path=wanted.path,
            path_regex=wanted.pathRegex,
            method=wanted.method,
            retry_after=wanted.retryAfter,
            delay_ms=wanted.delayMs,
            count=wanted.count,
            fraction=wanted.fraction,
        )
    except (ValueError, re.error) as exc:  # an invalid regular expression
        return _error(ApiError(400, f"body.pathRegex: {exc}"))
    return _json(fault.describe(), 201)


async def fault(request: Request) -> Response:
    """DELETE /_mock/faults/{faultId}."""
    fault_id = str(request.path_params["faultId"])
    if _mock(request).faults.remove(fault_id):
        return Response(status_code=204)
    return _error(ApiError(404, f"No fault {fault_id}."))


async def settings(request: Request) -> Response:
    """GET and PATCH /_mock/settings."""
    mock = _mock(request)
    if request.method == "PATCH":
        try:
            wanted = SettingsUpdate.model_validate(await _read_json(request))
        except ApiError as error:
            return _error(error)
        except ValidationError as exc:
            return _error(ApiError(400, _problems(exc)))
        if wanted.oauthSessionTtlSeconds is not None:
            mock.store.set_oauth_session_ttl(wanted.oauthSessionTtlSeconds)
            mock.store.commit()
        if wanted.responses is not None:
            mock.responses = wanted.responses
    return _json(
        {"oauthSessionTtlSeconds": mock.store.oauth_session_ttl, "responses": mock.responses}
    )


def routes() -> list[Route]:
    """The control surface's routes."""
    return [
        Route("/_mock/health", health, methods=["GET"]),
        Route("/_mock/openapi.yaml", spec, methods=["GET"]),
        Route("/_mock/reset", reset, methods=["POST"]),
        Route("/_mock/fixture", load, methods=["PUT"]),
        Route("/_mock/records", records, methods=["GET", "DELETE"]),
        Route("/_mock/tokens", tokens, methods=["POST"]),
        Route("/_mock/faults", faults, methods=["GET", "POST", "DELETE"]),
        Route("/_mock/faults/{faultId}", fault, methods=["DELETE"]),
        Route("/_mock/settings", settings, methods=["GET", "PATCH"]),
    ]
