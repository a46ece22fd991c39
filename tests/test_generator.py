"""Tests of the code generator (generator/) and of what its custom templates generate.

They run the real pipeline on a small spec written here, not on spec/paragon.yaml, so they pin
the generator's behaviour independently of the API's contents. One generation is shared by most
tests; the generated packages are imported from that temporary folder.
"""

from __future__ import annotations

import asyncio
import importlib
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from http import HTTPStatus
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator import __main__ as cli
from generator import driver

REPO_ROOT = Path(__file__).resolve().parents[1]

SPEC = """\
openapi: 3.1.0
info:
  title: Generator test API
  version: 0.0.1
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
  schemas:
    IntegrationStatus:
      type: string
      enum: [ACTIVE, INACTIVE]
    Priority:
      type: integer
      enum: [1, 2, 3]
    Error:
      type: object
      required: [message]
      properties:
        code: {type: string}
        status: {type: integer}
        message: {type: string}
        meta:
          type: object
          additionalProperties: true
    Integration:
      type: object
      required: [id, status, dateCreated]
      properties:
        id: {type: string}
        status: {$ref: '#/components/schemas/IntegrationStatus'}
        priority: {$ref: '#/components/schemas/Priority'}
        dateCreated: {type: string, format: date-time}
    TextEvent:
      type: object
      required: [kind, text]
      properties:
        kind: {type: string, const: text}
        text: {type: string}
    CountEvent:
      type: object
      required: [kind, count]
      properties:
        kind: {type: string, const: count}
        count: {type: integer}
    Event:
      oneOf:
        - $ref: '#/components/schemas/TextEvent'
        - $ref: '#/components/schemas/CountEvent'
      discriminator:
        propertyName: kind
        mapping:
          text: '#/components/schemas/TextEvent'
          count: '#/components/schemas/CountEvent'
    Page:
      type: object
      properties:
        cursor:
          oneOf:
            - {type: string}
            - {type: integer, const: 0}
    Circle:
      type: object
      required: [shape, size]
      properties:
        shape: {type: string, enum: [circle]}
        size: {type: integer}
    Square:
      type: object
      required: [shape, size]
      properties:
        shape: {type: string, enum: [square]}
        size: {type: integer}
    Shape:
      oneOf:
        - $ref: '#/components/schemas/Circle'
        - $ref: '#/components/schemas/Square'
      discriminator:
        propertyName: shape
  responses:
    Error:
      description: An error
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Error'}
  parameters:
    ProjectId:
      name: projectId
      in: path
      required: true
      schema: {type: string}
paths:
  /projects/{projectId}/sdk/integrations:
    get:
      operationId: listIntegrations
      tags: [integrations]
      security: [{bearerAuth: []}]
      parameters:
        - $ref: '#/components/parameters/ProjectId'
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                type: array
                items: {$ref: '#/components/schemas/Integration'}
        '400': {$ref: '#/components/responses/Error'}
        '401': {$ref: '#/components/responses/Error'}
        '500': {$ref: '#/components/responses/Error'}
  /projects/{projectId}/sdk/events/latest:
    get:
      operationId: getLatestEvent
      tags: [events]
      security: [{bearerAuth: []}]
      parameters:
        - $ref: '#/components/parameters/ProjectId'
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Event'}
  /projects/{projectId}/sdk/shape:
    get:
      operationId: getShape
      tags: [shapes]
      security: [{bearerAuth: []}]
      parameters:
        - $ref: '#/components/parameters/ProjectId'
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Shape'}
  /projects/{projectId}/sdk/user:
    get:
      operationId: getUser
      tags: [user]
      security: [{bearerAuth: []}]
      parameters:
        - $ref: '#/components/parameters/ProjectId'
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Integration'}
        default: {$ref: '#/components/responses/Error'}
  /projects/{projectId}/sdk/proxy/{integrationType}/{path}:
    get:
      operationId: proxyGet
      tags: [proxy]
      security: [{bearerAuth: []}]
      parameters:
        - $ref: '#/components/parameters/ProjectId'
        - {name: integrationType, in: path, required: true, schema: {type: string}}
        - {name: path, in: path, required: true, schema: {type: string}}
        - {name: X-Paragon-Credential, in: header, required: false, schema: {type: string}}
      responses:
        '200':
          description: Whatever the integration answered
          content:
            application/json:
              schema: {}
        '400': {$ref: '#/components/responses/Error'}
        '401': {$ref: '#/components/responses/Error'}
        '500': {$ref: '#/components/responses/Error'}
"""

PACKAGES = (driver.CLIENT_PACKAGE, driver.MODELS_PACKAGE)
BASE_URL = "https://api.test/base"


def _write_spec(folder: Path, text: str = SPEC) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    spec = folder / "paragon.yaml"
    spec.write_text(text, encoding="utf-8")
    return spec


def _run_cli(
    *arguments: str, cwd: Path, hash_seed: str = "random"
) -> subprocess.CompletedProcess[str]:
    """`python -m generator` in a subprocess, from `cwd`, as a user would run it."""
    environment = dict(os.environ, PYTHONPATH=str(REPO_ROOT), PYTHONHASHSEED=hash_seed)
    return subprocess.run(
        [sys.executable, "-m", "generator", *arguments],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="session")
def spec(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _write_spec(tmp_path_factory.mktemp("spec"))


@pytest.fixture(scope="session")
def output(spec: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One generation shared by the tests that only read it (through the in-process CLI)."""
    folder = tmp_path_factory.mktemp("out") / "generated"
    assert cli.main(["--spec", str(spec), "--output", str(folder)]) == 0
    return folder


@pytest.fixture(scope="module")
def packages(output: Path) -> Iterator[dict[str, ModuleType]]:
    """Import the generated packages from `output`, shadowing any installed ones meanwhile."""

    def ours(name: str) -> bool:
        return any(name == package or name.startswith(package + ".") for package in PACKAGES)

    saved = {name: module for name, module in sys.modules.items() if ours(name)}
    for name in saved:
        del sys.modules[name]
    sys.path.insert(0, str(output))
    try:
        yield {package: importlib.import_module(package) for package in PACKAGES}
    finally:
        sys.path.remove(str(output))
        for name in [name for name in sys.modules if ours(name)]:
            del sys.modules[name]
        sys.modules.update(saved)


def _module(name: str) -> Any:
    return importlib.import_module(name)


def _client(handler: Any, **options: Any) -> Any:
    client_module = _module(f"{driver.CLIENT_PACKAGE}.client")
    return client_module.AuthenticatedClient(
        base_url=BASE_URL,
        token="secret-token",
        httpx_args={"transport": httpx.MockTransport(handler)},
        **options,
    )


# --- the driver -------------------------------------------------------------------------------


def test_every_file_starts_with_the_header(output: Path) -> None:
    files = driver.read_tree(output)
    assert files, "nothing generated"
    expected_first_line = "# Generated from paragon.yaml by `python -m generator`. Do not edit:\n"
    for name, content in files.items():
        first_line = content.decode("utf-8").splitlines(keepends=True)[0]
        assert first_line == expected_first_line, name


def test_header_names_the_repository_spec_by_its_relative_path() -> None:
    header = driver.file_header(driver.DEFAULT_SPEC)
    assert header.splitlines()[0].startswith("# Generated from spec/paragon.yaml by ")
    assert "Do not edit" in header


def test_both_packages_are_typed(output: Path) -> None:
    for package in PACKAGES:
        marker = output / package / "py.typed"
        assert marker.is_file()
        # PEP 561: a line reading "partial" would make the package a partial stub package.
        assert "partial" not in marker.read_text(encoding="utf-8").splitlines()


def test_output_has_nothing_machine_specific(output: Path, spec: Path) -> None:
    forbidden = {str(spec.parent), str(output), str(REPO_ROOT), "datamodel-codegen:"}
    for name, content in driver.read_tree(output).items():
        text = content.decode("utf-8")
        for fragment in forbidden:
            assert fragment not in text, (name, fragment)


def test_generation_is_deterministic(output: Path, tmp_path: Path) -> None:
    # Another spec location, working directory, output folder and hash seed.
    other_spec = _write_spec(tmp_path / "elsewhere")
    other_output = tmp_path / "second"
    result = _run_cli(
        "--spec", str(other_spec), "--output", str(other_output), cwd=tmp_path, hash_seed="12345"
    )
    assert result.returncode == 0, result.stderr
    assert driver.read_tree(other_output) == driver.read_tree(output)


def test_check_passes_on_fresh_output(output: Path, spec: Path, tmp_path: Path) -> None:
    result = _run_cli("--check", "--spec", str(spec), "--output", str(output), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("is up to date")


def test_check_fails_with_a_diff_when_the_spec_changes(output: Path, tmp_path: Path) -> None:
    changed_spec = _write_spec(
        tmp_path, SPEC.replace("enum: [ACTIVE, INACTIVE]", "enum: [ACTIVE, INACTIVE, PAUSED]")
    )
    result = _run_cli("--check", "--spec", str(changed_spec), "--output", str(output), cwd=tmp_path)
    assert result.returncode == 1
    assert "changed: paragon_connect_api/models/integration_status.py" in result.stdout
    assert "changed: paragon_models/__init__.py" in result.stdout
    assert "--- a/paragon_connect_api/models/integration_status.py" in result.stdout
    assert "+++ b/paragon_connect_api/models/integration_status.py" in result.stdout
    assert '+    PAUSED = "PAUSED"' in result.stdout


def test_check_names_added_and_removed_files(output: Path, spec: Path, tmp_path: Path) -> None:
    copy = tmp_path / "generated"
    shutil.copytree(output, copy)
    (copy / "paragon_connect_api" / "errors.py").unlink()
    stale = copy / "paragon_connect_api" / "stale.py"
    stale.write_text(driver.file_header(spec) + "OLD = 1\n", encoding="utf-8")
    # Byte-code caches are not content.
    (copy / "paragon_models" / "__pycache__").mkdir()
    (copy / "paragon_models" / "__pycache__" / "x.pyc").write_bytes(b"\0")

    result = _run_cli("--check", "--spec", str(spec), "--output", str(copy), cwd=tmp_path)

    assert result.returncode == 1
    assert "added:   paragon_connect_api/errors.py" in result.stdout
    assert "removed: paragon_connect_api/stale.py" in result.stdout
    assert "--- /dev/null\n+++ b/paragon_connect_api/errors.py" in result.stdout
    assert "--- a/paragon_connect_api/stale.py\n+++ /dev/null" in result.stdout
    assert "+OLD = 1" not in result.stdout and "-OLD = 1" in result.stdout
    assert "__pycache__" not in result.stdout


def test_regeneration_replaces_the_output_wholesale(output: Path, tmp_path: Path) -> None:
    files = driver.read_tree(output)
    copy = tmp_path / "generated"
    shutil.copytree(output, copy)
    header = next(iter(files.values())).decode().splitlines(keepends=True)[0]
    (copy / "paragon_connect_api" / "api" / "gone").mkdir()
    (copy / "paragon_connect_api" / "api" / "gone" / "old.py").write_text(header + "X = 1\n")
    (copy / "paragon_models" / "__pycache__").mkdir()
    (copy / "paragon_models" / "__pycache__" / "x.pyc").write_bytes(b"\0")
    (copy / "paragon_connect_api" / "errors.py").write_text(header + "edited\n")

    difference = driver.replace_tree(copy, files)

    assert difference.removed == ("paragon_connect_api/api/gone/old.py",)
    assert difference.changed == ("paragon_connect_api/errors.py",)
    assert driver.read_tree(copy) == files
    assert not (copy / "paragon_connect_api" / "api" / "gone").exists()
    assert not (copy / "paragon_models" / "__pycache__").exists()


def test_regeneration_refuses_to_delete_hand_written_files(output: Path, tmp_path: Path) -> None:
    copy = tmp_path / "generated"
    shutil.copytree(output, copy)
    (copy / "notes.md").write_text("mine\n")
    with pytest.raises(driver.GenerationError, match=r"notes\.md"):
        driver.replace_tree(copy, driver.read_tree(output))
    assert (copy / "notes.md").read_text() == "mine\n"


def test_other_tool_versions_are_refused(
    monkeypatch: pytest.MonkeyPatch, spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pins = dict(driver.PINNED_VERSIONS, ruff="0.0.1")
    monkeypatch.setattr(driver, "PINNED_VERSIONS", pins)
    code = cli.main(["--spec", str(spec), "--output", str(tmp_path / "out")])
    assert code == 2
    error = capsys.readouterr().err
    assert "ruff: 0.17.6 installed, need 0.0.1" in error
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        # openapi-python-client skips a response with an invalid status and warns.
        (
            (
                "'401': {$ref: '#/components/responses/Error'}",
                "'4O1': {$ref: '#/components/responses/Error'}",
            ),
            "Invalid response status code pattern: 4O1",
        ),
        # datamodel-codegen types an unknown format as a plain string and warns.
        (
            (
                "dateCreated: {type: string, format: date-time}",
                "dateCreated: {type: string, format: dated}",
            ),
            "format of 'dated' not understood",
        ),
    ],
    ids=["openapi-python-client", "datamodel-codegen"],
)
def test_warnings_fail_the_generation(
    change: tuple[str, str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert change[0] in SPEC
    bad_spec = _write_spec(tmp_path, SPEC.replace(change[0], change[1], 1))
    code = cli.main(["--spec", str(bad_spec), "--output", str(tmp_path / "out")])
    assert code == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_generated_code_passes_ruff_and_mypy_strict(output: Path, tmp_path: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    checks = [
        [*ruff, "check", "--isolated", "--no-cache", "--extend-select=I", "."],
        [*ruff, "format", "--isolated", "--no-cache", "--check", "."],
    ]
    if importlib.util.find_spec("mypy") is not None:
        mypy = [sys.executable, "-m", "mypy", "--strict", "--warn-unreachable"]
        checks.append([*mypy, "--cache-dir", str(tmp_path), *PACKAGES])
    for command in checks:
        result = subprocess.run(command, cwd=output, capture_output=True, text=True, check=False)
        assert result.returncode == 0, f"{command[2:4]}:\n{result.stdout}{result.stderr}"


# --- the generated client ---------------------------------------------------------------------


def test_unknown_string_enum_value_is_kept(packages: dict[str, ModuleType]) -> None:
    models = _module(f"{driver.CLIENT_PACKAGE}.models")
    data = {"id": "i1", "status": "PAUSED", "dateCreated": "2026-01-02T03:04:05Z"}
    integration = models.Integration.from_dict(data)
    assert integration.status.value == "PAUSED"
    assert str(integration.status) == "PAUSED"
    assert isinstance(integration.status, models.IntegrationStatus)
    assert integration.status not in models.IntegrationStatus
    assert integration.to_dict()["status"] == "PAUSED"
    # Known values are still the members themselves.
    assert models.IntegrationStatus("ACTIVE") is models.IntegrationStatus.ACTIVE
    assert models.IntegrationStatus.ACTIVE in models.IntegrationStatus


def test_unknown_int_enum_value_is_kept(packages: dict[str, ModuleType]) -> None:
    models = _module(f"{driver.CLIENT_PACKAGE}.models")
    data = {"id": "i1", "status": "ACTIVE", "priority": 9, "dateCreated": "2026-01-02T03:04:05Z"}
    integration = models.Integration.from_dict(data)
    assert integration.priority.value == 9
    assert integration.to_dict()["priority"] == 9
    with pytest.raises(ValueError):
        models.Priority(False)


def test_union_with_a_const_variant_accepts_the_other_variant(
    packages: dict[str, ModuleType],
) -> None:
    models = _module(f"{driver.CLIENT_PACKAGE}.models")
    assert models.Page.from_dict({"cursor": 0}).cursor == 0
    assert models.Page.from_dict({"cursor": "next-page"}).cursor == "next-page"


def test_a_union_reports_the_first_variant_that_came_close(
    packages: dict[str, ModuleType],
) -> None:
    models = _module(f"{driver.CLIENT_PACKAGE}.models")
    errors = _module(f"{driver.CLIENT_PACKAGE}.errors")
    for value, problem in ((1, "expected 0, got a number"), (None, "expected 0, got null")):
        with pytest.raises(errors.DecodeError) as caught:
            models.Page.from_dict({"cursor": value})
        assert (caught.value.json_path, caught.value.problem) == ("$.cursor", problem)
    assert models.Page.from_dict({}).cursor is _module(f"{driver.CLIENT_PACKAGE}.types").UNSET


def test_from_dict_keeps_unknown_keys_apart_from_its_input(packages: dict[str, ModuleType]) -> None:
    models = _module(f"{driver.CLIENT_PACKAGE}.models")
    data = {"id": "i1", "status": "ACTIVE", "dateCreated": "2026-01-02T03:04:05+00:00", "new": [1]}
    integration = models.Integration.from_dict(data)
    assert integration.additional_properties == {"new": [1]}
    integration.additional_properties["added"] = 2
    assert "added" not in data and len(data) == 4
    assert integration.to_dict() == {**data, "added": 2}
    meta = {"hint": "login"}
    error = models.Error.from_dict({"message": "no", "meta": meta})
    error.meta["other"] = 1
    assert meta == {"hint": "login"}


def test_list_call_parses_with_auth_and_unknown_enum(packages: dict[str, ModuleType]) -> None:
    list_integrations = _module(f"{driver.CLIENT_PACKAGE}.api.integrations.list_integrations")
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        body = [{"id": "i1", "status": "NEW_STATE", "dateCreated": "2026-01-02T03:04:05Z"}]
        return httpx.Response(200, json=body)

    parsed = list_integrations.sync("project 1/2", client=_client(handler))
    assert parsed[0].status.value == "NEW_STATE"
    assert requests[0].headers["Authorization"] == "Bearer secret-token"
    # Ordinary path parameters are still one segment each.
    assert requests[0].url.raw_path == b"/base/projects/project%201%2F2/sdk/integrations"


def test_discriminated_union_picks_the_variant(packages: dict[str, ModuleType]) -> None:
    get_latest_event = _module(f"{driver.CLIENT_PACKAGE}.api.events.get_latest_event")
    get_shape = _module(f"{driver.CLIENT_PACKAGE}.api.shapes.get_shape")
    models = _module(f"{driver.CLIENT_PACKAGE}.models")

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/shape"):
            return httpx.Response(200, json={"shape": "square", "size": 2})
        return httpx.Response(200, json={"kind": "count", "count": 3})

    client = _client(handler)
    assert isinstance(get_latest_event.sync("p", client=client), models.CountEvent)
    # A one-value enum tag must keep rejecting other values, or the first variant would win.
    assert isinstance(get_shape.sync("p", client=client), models.Square)


def test_proxy_path_keeps_its_slashes(packages: dict[str, ModuleType]) -> None:
    proxy_get = _module(f"{driver.CLIENT_PACKAGE}.api.proxy.proxy_get")
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json={"ok": True})

    response = proxy_get.sync_detailed(
        "p1",
        "slack",
        "v1/chat.postMessage/a:b@c!$&'()*+,;=-._~/x?y#z w%/../é",
        client=_client(handler),
        x_paragon_credential="credential-1",
    )
    assert response.parsed == {"ok": True}
    assert requests[0].url.raw_path == (
        b"/base/projects/p1/sdk/proxy/slack/"
        b"v1/chat.postMessage/a:b@c!$&'()*+,;=-._~/x%3Fy%23z%20w%25/%2E%2E/%C3%A9"
    )
    assert requests[0].headers["X-Paragon-Credential"] == "credential-1"


def test_proxy_path_keeps_its_slashes_async(packages: dict[str, ModuleType]) -> None:
    proxy_get = _module(f"{driver.CLIENT_PACKAGE}.api.proxy.proxy_get")
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json=[])

    asyncio.run(
        proxy_get.asyncio_detailed("p1", "hubspot", "crm/v3/objects", client=_client(handler))
    )
    assert requests[0].url.raw_path == b"/base/projects/p1/sdk/proxy/hubspot/crm/v3/objects"


@pytest.mark.parametrize(
    "body",
    [b"<html>Bad gateway</html>", b'["a list, not an error object"]', b'{"no": "message"}'],
    ids=["not-json", "wrong-type", "missing-field"],
)
def test_unparsable_error_body_gives_none(packages: dict[str, ModuleType], body: bytes) -> None:
    proxy_get = _module(f"{driver.CLIENT_PACKAGE}.api.proxy.proxy_get")
    client = _client(lambda request: httpx.Response(500, content=body))
    response = proxy_get.sync_detailed("p1", "slack", "x", client=client)
    assert response.status_code == HTTPStatus.INTERNAL_SERVER_ERROR
    assert response.parsed is None
    assert response.content == body


def test_documented_error_body_is_parsed(packages: dict[str, ModuleType]) -> None:
    proxy_get = _module(f"{driver.CLIENT_PACKAGE}.api.proxy.proxy_get")
    models = _module(f"{driver.CLIENT_PACKAGE}.models")
    error = {"code": "E1", "status": 401, "message": "no", "meta": {"hint": "login"}}
    client = _client(lambda request: httpx.Response(401, json=error))
    parsed = proxy_get.sync("p1", "slack", "x", client=client)
    assert isinstance(parsed, models.Error)
    assert parsed.to_dict() == error


def test_unparsable_success_body_still_raises(packages: dict[str, ModuleType]) -> None:
    list_integrations = _module(f"{driver.CLIENT_PACKAGE}.api.integrations.list_integrations")
    errors = _module(f"{driver.CLIENT_PACKAGE}.errors")
    client = _client(lambda request: httpx.Response(200, content=b"<html></html>"))
    with pytest.raises(errors.UnexpectedBody) as caught:
        list_integrations.sync_detailed("p1", client=client)
    error = caught.value
    assert (error.operation, error.status_code, error.json_path) == ("listIntegrations", 200, "$")
    assert error.problem.startswith("the body is not JSON")
    assert error.response.content == b"<html></html>"
    assert isinstance(error.__cause__, ValueError)


@pytest.mark.parametrize(
    ("body", "json_path", "problem"),
    [
        ({"id": "i1"}, "$", "expected an array, got an object"),
        ([{"id": "i1", "status": "ACTIVE"}], "$[0].dateCreated", "is required but missing"),
        (
            [{"id": 7, "status": "ACTIVE", "dateCreated": "2026-01-02T03:04:05Z"}],
            "$[0].id",
            "expected a string, got a number",
        ),
        (
            [{"id": "i1", "status": 3, "dateCreated": "2026-01-02T03:04:05Z"}],
            "$[0].status",
            "expected a string, got a number",
        ),
        (
            [{"id": "i1", "status": "ACTIVE", "dateCreated": "yesterday"}],
            "$[0].dateCreated",
            "expected an ISO 8601 date-time string",
        ),
        (
            [
                {
                    "id": "i1",
                    "status": "ACTIVE",
                    "dateCreated": "2026-01-02T03:04:05Z",
                    "priority": True,
                }
            ],
            "$[0].priority",
            "expected an integer, got a boolean",
        ),
        ([[]], "$[0]", "expected an object, got an array"),
        (
            [
                {"id": "i1", "status": "ACTIVE", "dateCreated": "2026-01-02T03:04:05Z"},
                {"id": "i2", "status": "INACTIVE", "dateCreated": "2026-01-02T03:04:05Z"},
                {"id": "i3", "status": "ACTIVE"},
            ],
            "$[2].dateCreated",
            "is required but missing",
        ),
    ],
)
def test_unreadable_values_are_reported_at_their_json_path(
    packages: dict[str, ModuleType], body: Any, json_path: str, problem: str
) -> None:
    list_integrations = _module(f"{driver.CLIENT_PACKAGE}.api.integrations.list_integrations")
    errors = _module(f"{driver.CLIENT_PACKAGE}.errors")
    client = _client(lambda request: httpx.Response(200, json=body))
    with pytest.raises(errors.UnexpectedBody) as caught:
        list_integrations.sync_detailed("p1", client=client)
    assert (caught.value.json_path, caught.value.problem) == (json_path, problem)
    assert isinstance(caught.value.__cause__, errors.DecodeError)


def test_a_body_nested_too_deeply_is_unreadable_not_a_recursion_error(
    packages: dict[str, ModuleType],
) -> None:
    list_integrations = _module(f"{driver.CLIENT_PACKAGE}.api.integrations.list_integrations")
    errors = _module(f"{driver.CLIENT_PACKAGE}.errors")
    deep = b"[" * 100_000 + b"]" * 100_000
    client = _client(lambda request: httpx.Response(200, content=deep))
    with pytest.raises(errors.UnexpectedBody) as caught:
        list_integrations.sync_detailed("p1", client=client)
    assert caught.value.problem == "the JSON is nested too deeply to read"


def test_lower_case_rfc_3339_date_times_are_read(packages: dict[str, ModuleType]) -> None:
    models = _module(f"{driver.CLIENT_PACKAGE}.models")
    integration = models.Integration.from_dict(
        {"id": "i1", "status": "ACTIVE", "dateCreated": "2026-01-02t03:04:05.5z"}
    )
    assert integration.date_created.isoformat() == "2026-01-02T03:04:05.500000+00:00"


def test_an_undocumented_success_status_is_read_as_the_documented_one(
    packages: dict[str, ModuleType],
) -> None:
    list_integrations = _module(f"{driver.CLIENT_PACKAGE}.api.integrations.list_integrations")
    body = [{"id": "i1", "status": "ACTIVE", "dateCreated": "2026-01-02T03:04:05Z"}]
    response = list_integrations.sync_detailed(
        "p1", client=_client(lambda request: httpx.Response(201, json=body))
    )
    assert response.status_code == 201
    assert [integration.id for integration in response.parsed] == ["i1"]


def test_an_unknown_tag_keeps_the_variant_as_it_came(packages: dict[str, ModuleType]) -> None:
    get_latest_event = _module(f"{driver.CLIENT_PACKAGE}.api.events.get_latest_event")
    models = _module(f"{driver.CLIENT_PACKAGE}.models")
    errors = _module(f"{driver.CLIENT_PACKAGE}.errors")
    body = {"kind": "image", "url": "https://example.com/a.png", "size": {"w": 1}}
    client = _client(lambda request: httpx.Response(200, json=body))
    event = get_latest_event.sync("p", client=client)
    assert isinstance(event, models.UnknownVariant)
    assert event["kind"] == "image"
    assert event.to_dict() == body
    # A known tag with a wrong variant reports that variant's own problem, at its place.
    wrong = _client(lambda request: httpx.Response(200, json={"kind": "count", "count": "3"}))
    with pytest.raises(errors.UnexpectedBody) as caught:
        get_latest_event.sync("p", client=wrong)
    assert (caught.value.json_path, caught.value.problem) == (
        "$.count",
        "expected an integer, got a string",
    )
    # A tag that is no string is not a variant of any kind.
    odd = _client(lambda request: httpx.Response(200, json={"kind": 3}))
    with pytest.raises(errors.UnexpectedBody) as caught:
        get_latest_event.sync("p", client=odd)
    assert caught.value.json_path == "$.kind"


def test_python_profile_reads_ids_as_strings_and_opens_tagged_unions() -> None:
    document: dict[str, Any] = {
        "components": {
            "schemas": {
                "A": {
                    "type": "object",
                    "properties": {
                        "kind": {"const": "a"},
                        "id": {"type": "string", "format": "uuid"},
                    },
                },
                "B": {"type": "object", "properties": {"kind": {"const": "b"}}},
                "Tagged": {
                    "oneOf": [
                        {"$ref": "#/components/schemas/A"},
                        {"$ref": "#/components/schemas/B"},
                    ]
                },
                "Plain": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/A"}]},
            }
        }
    }
    profile = driver.python_profile(document)
    schemas = profile["components"]["schemas"]
    assert "format" not in schemas["A"]["properties"]["id"]
    assert schemas["Tagged"]["oneOf"][-1] == {"$ref": "#/components/schemas/UnknownVariant"}
    assert len(schemas["Plain"]["oneOf"]) == 2
    assert schemas["UnknownVariant"]["additionalProperties"] is True
    # The spec itself is left as it was.
    assert document["components"]["schemas"]["A"]["properties"]["id"]["format"] == "uuid"
    with pytest.raises(driver.GenerationError, match="UnknownVariant"):
        driver.python_profile({"components": {"schemas": {"UnknownVariant": {}}}})


def test_python_profile_reads_a_oneof_of_lists_as_one_list_of_their_union() -> None:
    ref = "#/components/schemas/"
    lists = [
        {"type": "array", "items": {"$ref": ref + "A"}},
        {"type": "array", "minItems": 1, "items": {"$ref": ref + "B"}},
    ]
    document: dict[str, Any] = {
        "components": {
            "schemas": {
                "A": {"type": "object", "properties": {"kind": {"const": "a"}}},
                "B": {"type": "object", "properties": {"kind": {"const": "b"}}},
                "Item": {"oneOf": [{"$ref": ref + "A"}, {"$ref": ref + "B"}]},
                "Page": {"type": "object"},
                "Answer": {
                    "type": "object",
                    "properties": {"output": {"oneOf": [*lists, {"$ref": ref + "Page"}]}},
                },
            }
        }
    }
    profile = driver.python_profile(document)
    output = profile["components"]["schemas"]["Answer"]["properties"]["output"]
    assert output["oneOf"] == [
        {"type": "array", "items": {"$ref": ref + "Item"}},
        {"$ref": ref + "Page"},
    ]
    assert len(document["components"]["schemas"]["Answer"]["properties"]["output"]["oneOf"]) == 3
    del document["components"]["schemas"]["Item"]
    with pytest.raises(driver.GenerationError, match="no named oneOf"):
        driver.python_profile(document)


def test_python_profile_reads_a_tools_json_schema_as_json() -> None:
    ref = "#/components/schemas/"
    document: dict[str, Any] = {
        "components": {
            "schemas": {
                "ToolParametersSchema": {"type": "object", "description": "A JSON Schema."},
                "FunctionDefinition": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string"},
                        "parameters": {"$ref": ref + "ToolParametersSchema"},
                    },
                },
            }
        }
    }
    profile = driver.python_profile(document)
    properties = profile["components"]["schemas"]["FunctionDefinition"]["properties"]
    # No schema but the description: read as it comes, without a model of JSON Schema.
    assert properties["parameters"] == {"description": "A JSON Schema."}
    assert properties["name"] == {"type": "string"}
    spec = document["components"]["schemas"]["FunctionDefinition"]["properties"]
    assert spec["parameters"] == {"$ref": ref + "ToolParametersSchema"}
    spec["parameters"] = {"type": "object"}
    with pytest.raises(driver.GenerationError, match="READ_AS_JSON"):
        driver.python_profile(document)


def test_default_response_guards_error_statuses_only(packages: dict[str, ModuleType]) -> None:
    get_user = _module(f"{driver.CLIENT_PACKAGE}.api.user.get_user")
    models = _module(f"{driver.CLIENT_PACKAGE}.models")

    html = _client(lambda request: httpx.Response(503, content=b"<html>busy</html>"))
    response = get_user.sync_detailed("p1", client=html)
    assert (response.status_code, response.parsed) == (503, None)

    error = _client(lambda request: httpx.Response(418, json={"message": "teapot"}))
    assert isinstance(get_user.sync("p1", client=error), models.Error)

    # `default` also covers undocumented success statuses; those must not be swallowed.
    errors = _module(f"{driver.CLIENT_PACKAGE}.errors")
    odd_success = _client(lambda request: httpx.Response(203, content=b"<html></html>"))
    with pytest.raises(errors.UnexpectedBody):
        get_user.sync_detailed("p1", client=odd_success)


def test_non_standard_status_is_kept_as_int(packages: dict[str, ModuleType]) -> None:
    proxy_get = _module(f"{driver.CLIENT_PACKAGE}.api.proxy.proxy_get")
    errors = _module(f"{driver.CLIENT_PACKAGE}.errors")
    handler = lambda request: httpx.Response(520, content=b"origin error")  # noqa: E731

    response = proxy_get.sync_detailed("p1", "slack", "x", client=_client(handler))
    assert response.status_code == 520
    assert type(response.status_code) is int
    assert response.parsed is None
    assert response.content == b"origin error"

    strict = _client(handler, raise_on_unexpected_status=True)
    with pytest.raises(errors.UnexpectedStatus) as raised:
        proxy_get.sync_detailed("p1", "slack", "x", client=strict)
    assert raised.value.status_code == 520


def test_with_headers_leaves_the_original_client_alone(packages: dict[str, ModuleType]) -> None:
    proxy_get = _module(f"{driver.CLIENT_PACKAGE}.api.proxy.proxy_get")
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("X-Paragon-Credential"))
        return httpx.Response(200, json={})

    base = _client(handler)
    proxy_get.sync_detailed("p1", "slack", "x", client=base)
    derived = base.with_headers({"X-Paragon-Credential": "user-1"})
    proxy_get.sync_detailed("p1", "slack", "x", client=derived)
    proxy_get.sync_detailed("p1", "slack", "x", client=base)
    assert seen == [None, "user-1", None]


# --- the generated pydantic models ------------------------------------------------------------


def test_pydantic_models_use_a_discriminated_union(packages: dict[str, ModuleType]) -> None:
    import pydantic

    models = packages[driver.MODELS_PACKAGE]
    event = models.Event.model_validate({"kind": "count", "count": 2})
    assert isinstance(event.root, models.CountEvent)
    with pytest.raises(pydantic.ValidationError, match="union_tag_invalid"):
        models.Event.model_validate({"kind": "other", "count": 2})
    shape = models.Shape.model_validate({"shape": "square", "size": 1})
    assert isinstance(shape.root, models.Square)


def test_pydantic_models_type_const_as_literal(packages: dict[str, ModuleType]) -> None:
    import pydantic

    models = packages[driver.MODELS_PACKAGE]
    assert str(models.TextEvent.model_fields["kind"].annotation) == "typing.Literal['text']"
    with pytest.raises(pydantic.ValidationError):
        models.TextEvent.model_validate({"kind": "count", "text": "x"})
    integration = models.Integration.model_validate(
        {"id": "i", "status": "ACTIVE", "dateCreated": "2026-01-02T03:04:05+01:00"}
    )
    assert integration.dateCreated.utcoffset() is not None
