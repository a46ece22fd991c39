"""Every operation of the spec, through the generated package.

The table comes from the spec itself: for each operation the generated module must exist with
``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; calling it through
``httpx.MockTransport`` must send the method, path, query, headers and JSON body that the spec's
examples describe; and every documented response example must parse into the right model.
"""

from __future__ import annotations

import ast
import asyncio
import copy
import datetime
import enum
import importlib
import inspect
import json
import re
import textwrap
import types
import typing
import uuid
from collections.abc import Callable, Iterator
from types import MappingProxyType
from typing import Any

import attrs
import httpx
import paragon_connect_api.models as models
import paragon_models
import pytest
from paragon_connect_api import AuthenticatedClient
from paragon_connect_api.errors import DecodeError
from paragon_connect_api.types import UNSET, Response

from generator.spec_lint import resolve
from tests.conftest import OPERATION_TABLE, OPERATIONS, SPEC_DATA

TOKEN = "test-user-token"
BASE_URL = "https://zeus.example.test"
# A multi-segment provider path: the proxy must keep its slashes.
PROXY_PATH = "services/data/v59.0/sobjects/Contact"
ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def _snake(operation_id: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


def _module(operation: dict[str, Any]) -> types.ModuleType:
    tag = operation["tags"][0]
    return importlib.import_module(
        f"paragon_connect_api.api.{tag}.{_snake(operation['operationId'])}"
    )


def _parameters(path: str, operation: dict[str, Any]) -> list[dict[str, Any]]:
    listed = [*SPEC_DATA["paths"][path].get("parameters", []), *operation.get("parameters", [])]
    return [resolve(SPEC_DATA, parameter) for parameter in listed]


def _example(parameter: dict[str, Any]) -> Any:
    if parameter["in"] == "path" and parameter["name"] == "path":
        return PROXY_PATH
    return parameter["example"]


def _first_example(media: dict[str, Any]) -> Any:
    examples = media.get("examples") or {}
    for example in examples.values():
        return resolve(SPEC_DATA, example)["value"]
    return media["example"]


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _coerce(value: Any, annotation: Any) -> Any:
    """Turn an example's JSON value into what the generated function's annotation asks for."""
    for candidate in typing.get_args(annotation) or (annotation,):
        if candidate is uuid.UUID and isinstance(value, str):
            return uuid.UUID(value)
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            return candidate(value)
        if (
            isinstance(candidate, type)
            and hasattr(candidate, "from_dict")
            and isinstance(value, dict)
        ):
            try:
                return candidate.from_dict(value)
            except DecodeError:
                continue  # a union (CredentialCreation): the example is another variant
    return value


def _normalise(value: Any) -> Any:
    """Compare JSON values modulo the spelling of date-times (``Z`` vs ``+00:00``, precision)."""
    if isinstance(value, dict):
        return {key: _normalise(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_normalise(item) for item in value]
    if isinstance(value, str) and ISO_DATETIME.match(value):
        return datetime.datetime.fromisoformat(value)
    return value


def _json_of(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [_json_of(item) for item in parsed]
    if hasattr(parsed, "to_dict"):
        return parsed.to_dict()
    return parsed


def _call_kwargs(
    path: str, operation: dict[str, Any], function: Callable[..., Any]
) -> dict[str, Any]:
    hints = typing.get_type_hints(function)
    by_squashed = {_squash(name): name for name in hints}
    kwargs: dict[str, Any] = {}
    for parameter in _parameters(path, operation):
        python_name = by_squashed[_squash(parameter["name"])]
        kwargs[python_name] = _coerce(_example(parameter), hints[python_name])
    if "requestBody" in operation:
        media = resolve(SPEC_DATA, operation["requestBody"])["content"]["application/json"]
        kwargs["body"] = _coerce(_first_example(media), hints["body"])
    return kwargs


def _expected_request(path: str, operation: dict[str, Any]) -> dict[str, Any]:
    expected_path = path
    query: dict[str, str] = {}
    headers: dict[str, str] = {}
    for parameter in _parameters(path, operation):
        value = _example(parameter)
        if parameter["in"] == "path":
            expected_path = expected_path.replace("{" + parameter["name"] + "}", str(value))
        elif parameter["in"] == "query":
            if isinstance(value, dict):
                query.update({key: str(item) for key, item in value.items()})
            elif isinstance(value, bool):
                query[parameter["name"]] = str(value).lower()
            else:
                query[parameter["name"]] = str(value)
        elif parameter["in"] == "header":
            headers[parameter["name"]] = str(value)
    body = None
    if "requestBody" in operation:
        body = _first_example(
            resolve(SPEC_DATA, operation["requestBody"])["content"]["application/json"]
        )
    return {"path": expected_path, "query": query, "headers": headers, "body": body}


def _success(operation: dict[str, Any]) -> tuple[int, Any]:
    for status, response in operation["responses"].items():
        if str(status).startswith("2"):
            content = resolve(SPEC_DATA, response).get("content")
            # The oauth-nonce page answers HTML; every other body is JSON.
            media = content and (content.get("application/json") or content["text/html"])
            return int(status), (_first_example(media) if media else None)
    raise AssertionError(f"{operation['operationId']} documents no 2xx response")


def _client(handler: Callable[[httpx.Request], httpx.Response]) -> AuthenticatedClient:
    # MockTransport serves both httpx.Client and httpx.AsyncClient, so one client does for both.
    return AuthenticatedClient(
        base_url=BASE_URL, token=TOKEN, httpx_args={"transport": httpx.MockTransport(handler)}
    )


def _respond(status: int, body: Any) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        if body is None:
            return httpx.Response(status)
        if isinstance(body, str):
            return httpx.Response(status, text=body, headers={"Content-Type": "text/html"})
        return httpx.Response(status, json=body)

    return handler


@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS)
def test_module_has_the_four_functions(path: str, method: str, operation: dict[str, Any]) -> None:
    module = _module(operation)
    for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert callable(getattr(module, name, None)), f"{module.__name__} has no {name}()"


@pytest.mark.parametrize("flavour", ["sync", "asyncio"])
@pytest.mark.parametrize(("path", "method", "operation"), OPERATIONS)
def test_request_matches_the_spec(
    path: str, method: str, operation: dict[str, Any], flavour: str
) -> None:
    module = _module(operation)
    status, body = _success(operation)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _respond(status, body)(request)

    function = getattr(module, f"{flavour}_detailed")
    kwargs = _call_kwargs(path, operation, function)
    if flavour == "sync":
        response = function(client=_client(handler), **kwargs)
    else:
        response = asyncio.run(function(client=_client(handler), **kwargs))

    assert isinstance(response, Response)
    assert response.status_code == status
    (request,) = seen
    expected = _expected_request(path, operation)
    raw_path, _, _ = request.url.raw_path.decode("ascii").partition("?")
    assert request.method == method.upper()
    assert raw_path == expected["path"]
    assert dict(request.url.params) == expected["query"]
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    for name, value in expected["headers"].items():
        assert request.headers[name] == value
    if expected["body"] is None:
        assert request.content == b""
    else:
        assert request.headers["Content-Type"] == "application/json"
        assert json.loads(request.content) == expected["body"]


def _documented_examples() -> Iterator[Any]:
    for entry in OPERATION_TABLE:
        operation = entry.operation
        for status, response in operation["responses"].items():
            resolved = resolve(SPEC_DATA, response)
            content = resolved.get("content")
            if not content:
                yield pytest.param(
                    operation, int(status), None, None, id=f"{entry.operation_id}-{status}"
                )
                continue
            # The oauth-nonce page answers HTML; every other body is JSON.
            media = content.get("application/json") or content["text/html"]
            schema_name = media["schema"]["$ref"].rsplit("/", 1)[-1]
            for name, example in media["examples"].items():
                value = resolve(SPEC_DATA, example)["value"]
                yield pytest.param(
                    operation,
                    int(status),
                    schema_name,
                    value,
                    id=f"{entry.operation_id}-{status}-{name}",
                )


@pytest.mark.parametrize(
    ("operation", "status", "schema_name", "example"), list(_documented_examples())
)
def test_documented_response_example_parses(
    operation: dict[str, Any], status: int, schema_name: str | None, example: Any
) -> None:
    module = _module(operation)
    path = next(entry.path for entry in OPERATION_TABLE if entry.operation is operation)
    kwargs = _call_kwargs(path, operation, module.sync_detailed)
    if schema_name == "HtmlPage":
        page = httpx.Response(status, text=example, headers={"Content-Type": "text/html"})
        response = module.sync_detailed(client=_client(lambda _: page), **kwargs)
        assert response.parsed == example
        return
    response = module.sync_detailed(client=_client(_respond(status, example)), **kwargs)

    assert response.status_code == status
    if schema_name is None:
        assert response.parsed is None
        return
    schema = SPEC_DATA["components"]["schemas"][schema_name]
    if schema.get("type") == "array":
        item_class = getattr(models, schema["items"]["$ref"].rsplit("/", 1)[-1])
        assert isinstance(response.parsed, list)
        assert all(isinstance(item, item_class) for item in response.parsed)
    elif "oneOf" in schema and not hasattr(models, schema_name):
        # A union of a list and an object (CredentialListing) has no model of its own.
        assert response.parsed is not None
    elif "type" in schema or "oneOf" in schema:
        assert isinstance(response.parsed, getattr(models, schema_name))
    # Nothing of the example is lost on the way in and out of the models.
    assert _normalise(_json_of(response.parsed)) == _normalise(example)
    # The pydantic models (used by the mock) accept the same example.
    getattr(paragon_models, schema_name).model_validate(example)


def _credential_example() -> dict[str, Any]:
    value = resolve(SPEC_DATA, {"$ref": "#/components/examples/SalesforceCredential"})["value"]
    copied: dict[str, Any] = json.loads(json.dumps(value))
    return copied


def test_unknown_enum_value_and_unknown_field_are_kept() -> None:
    from paragon_connect_api.api.credentials import get_credential

    body = _credential_example()
    body["status"] = "REVOKED"
    body["futureField"] = {"nested": [1, 2]}
    response = get_credential.sync_detailed(
        body["projectId"], body["id"], client=_client(_respond(200, body))
    )

    credential = response.parsed
    assert isinstance(credential, models.Credential)
    assert credential.status == "REVOKED"
    assert credential.status.value == "REVOKED"
    assert credential.additional_properties["futureField"] == {"nested": [1, 2]}
    assert credential.to_dict()["status"] == "REVOKED"
    assert credential.to_dict()["futureField"] == {"nested": [1, 2]}


def test_known_enum_value_is_the_member() -> None:
    from paragon_connect_api.api.credentials import get_credential

    body = _credential_example()
    response = get_credential.sync_detailed(
        body["projectId"], body["id"], client=_client(_respond(200, body))
    )
    assert isinstance(response.parsed, models.Credential)
    assert response.parsed.status is models.CredentialStatus.VALID


def test_non_json_error_body_yields_a_response() -> None:
    from paragon_connect_api.api.user import get_current_user

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            500, content=b"<html>upstream exploded</html>", headers={"Content-Type": "text/html"}
        )

    response = get_current_user.sync_detailed(str(uuid.uuid4()), client=_client(handler))
    assert response.status_code == 500
    assert response.parsed is None
    assert response.content == b"<html>upstream exploded</html>"


def test_error_body_of_the_wrong_shape_yields_a_response() -> None:
    from paragon_connect_api.api.user import get_current_user

    response = get_current_user.sync_detailed(
        str(uuid.uuid4()), client=_client(_respond(404, {"unexpected": True}))
    )
    assert response.status_code == 404
    assert response.parsed is None


def test_non_standard_status_yields_a_response() -> None:
    from paragon_connect_api.api.user import get_current_user

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(520, content=b"Web server is returning an unknown error")

    response = get_current_user.sync_detailed(str(uuid.uuid4()), client=_client(handler))
    assert response.status_code == 520
    assert response.parsed is None


def test_non_standard_status_raises_when_asked_to() -> None:
    from paragon_connect_api import errors
    from paragon_connect_api.api.user import get_current_user

    client = _client(_respond(520, {"message": "?"}))
    client.raise_on_unexpected_status = True
    with pytest.raises(errors.UnexpectedStatus) as caught:
        get_current_user.sync_detailed(str(uuid.uuid4()), client=client)
    assert caught.value.status_code == 520


def test_proxy_path_keeps_slashes_but_escapes_query_characters() -> None:
    from paragon_connect_api.api.proxy import proxy_get

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"output": {}})

    proxy_get.sync_detailed(
        "38b1f170-0c43-4eae-9a04-ab85325d99f7",
        "salesforce",
        "services/data/v59.0/query/a b?#",
        client=_client(handler),
    )
    assert seen[0].url.raw_path == (
        b"/projects/38b1f170-0c43-4eae-9a04-ab85325d99f7/sdk/proxy/salesforce/services/data/v59.0/query/a%20b%3F%23"
    )


def test_ids_are_read_as_strings_whatever_their_form() -> None:
    from paragon_connect_api.models.integration_state import IntegrationState
    from paragon_connect_api.models.project_summary import ProjectSummary

    # The SDK reference's own getUser() example has a credential ID that is not a UUID.
    state = IntegrationState.from_dict(
        {"enabled": True, "credentialId": "987654-56a7-89b1-cd23-456789abcdef"}
    )
    assert state.credential_id == "987654-56a7-89b1-cd23-456789abcdef"
    project = ProjectSummary.from_dict({"id": "38b1f170-0c43-4eae-9a04-ab85325d99f7"})
    assert project.id == "38b1f170-0c43-4eae-9a04-ab85325d99f7"


def test_as_object_copies_mappings_and_refuses_the_rest() -> None:
    from paragon_connect_api import types as generated_types
    from paragon_connect_api.errors import DecodeError

    source = MappingProxyType({"a": 1})
    copy = generated_types.as_object(source)
    assert copy == {"a": 1} and isinstance(copy, dict)
    for value in ([["a", 1]], "ab", None, 3):
        with pytest.raises(DecodeError, match="expected an object"):
            generated_types.as_object(value)


def test_id_path_parameters_are_sent_as_text_and_quoted() -> None:
    from paragon_connect_api.api.credentials import get_credential

    project = "38b1f170-0c43-4eae-9a04-ab85325d99f7"
    credential = str(uuid.UUID(int=7))
    url = get_credential._get_kwargs(project, credential)["url"]
    assert url == f"/projects/{project}/sdk/credentials/{credential}"
    odd = get_credential._get_kwargs(project, "a/b?c")
    assert odd["url"] == f"/projects/{project}/sdk/credentials/a%2Fb%3Fc"


# -- the decoder ------------------------------------------------------------------------------


def _model_classes() -> list[type[Any]]:
    found = {
        value
        for value in vars(models).values()
        if isinstance(value, type) and attrs.has(value) and hasattr(value, "from_dict")
    }
    return sorted(found, key=lambda cls: cls.__name__)


def _from_dict_tree(cls: type[Any]) -> ast.FunctionDef:
    source = inspect.getsource(cls.from_dict)
    (function,) = ast.parse(textwrap.dedent(source)).body
    assert isinstance(function, ast.FunctionDef)
    return function


@pytest.mark.parametrize("cls", _model_classes(), ids=lambda cls: cls.__name__)
def test_from_dict_reads_in_place_and_defines_nothing(cls: type[Any]) -> None:
    """The decoder reads the object where it is and sets every attribute it bypasses __init__ for.

    No copy of the object to pop keys from (a model of nothing but additional properties copies
    them: that copy is its value), and no function defined per call.
    """
    function = _from_dict_tree(cls)
    nested = [
        node
        for node in ast.walk(function)
        if node is not function
        and isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
    ]
    assert not nested, f"{cls.__name__}.from_dict defines a function on every call"
    calls = [node for node in ast.walk(function) if isinstance(node, ast.Call)]
    assert not any(
        isinstance(call.func, ast.Attribute) and call.func.attr == "pop" for call in calls
    ), f"{cls.__name__}.from_dict pops keys"
    fields = {field.name for field in attrs.fields(cls)}
    declared = fields - {"additional_properties"}
    if declared:
        assert not any(
            isinstance(call.func, ast.Name) and call.func.id == "dict" for call in calls
        ), f"{cls.__name__}.from_dict copies the object"
    assigned = {
        target.attr
        for node in ast.walk(function)
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Attribute)
    }
    if declared or "additional_properties" in fields:
        # Made without __init__: every attribute must be set by from_dict itself.
        assert assigned == fields, f"{cls.__name__}.from_dict leaves {fields - assigned} unset"


def test_from_dict_leaves_its_input_alone() -> None:
    body = _credential_example()
    body["futureField"] = {"nested": [1, 2]}
    body["providerData"] = {"instanceURL": "https://example.my.salesforce.com"}
    snapshot = copy.deepcopy(body)

    credential = models.Credential.from_dict(body)

    assert body == snapshot
    # The models' own dicts are theirs: changing one changes nothing in the JSON, and back.
    credential.additional_properties["added"] = 1
    assert isinstance(credential.provider_data, models.ProviderData)
    credential.provider_data["instanceURL"] = "changed"
    assert body == snapshot
    body["anotherField"] = True
    assert "anotherField" not in credential.additional_properties
    assert credential.additional_properties == {"futureField": {"nested": [1, 2]}, "added": 1}
    # Every attribute is set (attrs reads them all) and the JSON comes back out.
    assert attrs.asdict(credential)["id"] == snapshot["id"]
    round_trip = credential.to_dict()
    del round_trip["added"]
    round_trip["providerData"]["instanceURL"] = snapshot["providerData"]["instanceURL"]
    assert _normalise(round_trip) == _normalise(snapshot)


def test_from_dict_equals_the_model_built_by_hand() -> None:
    data = {"id": "38b1f170-0c43-4eae-9a04-ab85325d99f7", "billingPlan": "pro", "extra": None}
    project = models.ProjectSummary.from_dict(data)
    expected = models.ProjectSummary(id="38b1f170-0c43-4eae-9a04-ab85325d99f7", billing_plan="pro")
    expected.additional_properties["extra"] = None
    assert project == expected
    assert models.ProjectSummary.from_dict(MappingProxyType(data)) == expected
    # No unknown key: an empty dict of its own, not shared with another instance.
    plain = models.ProjectSummary.from_dict({"id": "p"})
    other = models.ProjectSummary.from_dict({"id": "q"})
    assert plain.additional_properties == {}
    assert plain.additional_properties is not other.additional_properties


def test_list_items_report_their_own_index() -> None:
    good = _credential_example()
    bad = copy.deepcopy(good)
    bad["configurations"] = [*good.get("configurations", []), {"id": 5}]
    index = len(bad["configurations"]) - 1
    response = _respond(200, [good, good, bad])
    from paragon_connect_api.api.credentials import list_credentials
    from paragon_connect_api.errors import UnexpectedBody

    with pytest.raises(UnexpectedBody) as caught:
        list_credentials.sync_detailed(good["projectId"], client=_client(response))
    assert caught.value.json_path == f"$[2].configurations[{index}].id"
    assert caught.value.problem == "expected a string, got a number"


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (7, "expected a date-time string or null, got a number"),
        ("yesterday", "expected an ISO 8601 date-time string"),
    ],
)
def test_a_nullable_date_time_is_checked(value: Any, problem: str) -> None:
    body = _credential_example()
    for readable in (None, "2026-01-02t03:04:05z", "2026-01-02T03:04:05.5+01:00"):
        body["dateRefreshed"] = readable
        credential = models.Credential.from_dict(body)
        assert credential.date_refreshed == (
            None if readable is None else datetime.datetime.fromisoformat(readable.upper())
        )
    del body["dateRefreshed"]
    assert models.Credential.from_dict(body).date_refreshed is UNSET
    body["dateRefreshed"] = value
    with pytest.raises(DecodeError) as caught:
        models.Credential.from_dict(body)
    assert (caught.value.json_path, caught.value.problem) == ("$.dateRefreshed", problem)
