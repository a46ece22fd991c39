"""Every example of the spec matches its schema, and the check catches each kind of wrong one."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import paragon_models
import pytest
import yaml

from generator.spec_examples import (
    Example,
    check_examples,
    check_response_examples_with_models,
    iter_examples,
    model_problems,
)
from tests.conftest import OPERATION_TABLE, REPO_ROOT, SPEC_DATA

Spec = dict[str, Any]

EXAMPLES = list(iter_examples(SPEC_DATA))
RESPONSE_EXAMPLES = [example for example in EXAMPLES if example.in_response]


def _operation(spec: Spec, operation_id: str) -> dict[str, Any]:
    for path_item in spec["paths"].values():
        for operation in path_item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation
    raise KeyError(operation_id)


def _json_media(holder: dict[str, Any]) -> dict[str, Any]:
    media: dict[str, Any] = holder["content"]["application/json"]
    return media


def test_every_example_matches_its_schema() -> None:
    assert check_examples(SPEC_DATA) == []


def test_examples_are_found_everywhere_they_can_be() -> None:
    places = {
        "request body": any(
            ": request body application/json: example" in e.where for e in EXAMPLES
        ),
        "operation response": any(
            ": response 200 application/json: example" in e.where for e in EXAMPLES
        ),
        "shared response": any(e.where.startswith("components/responses/") for e in EXAMPLES),
        "component example": any("(components/examples/" in e.where for e in EXAMPLES),
        "operation parameter": any(": parameter 'includeAccountAuth'" in e.where for e in EXAMPLES),
        "shared parameter": any(e.where.startswith("components/parameters/") for e in EXAMPLES),
        "header": any(e.where.startswith("components/headers/RetryAfter") for e in EXAMPLES),
        "schema": any(
            e.where.startswith("components/schemas/FieldOption: examples[0]") for e in EXAMPLES
        ),
        "nested schema": any(
            e.where.startswith("components/schemas/ErrorEnvelope/properties/code") for e in EXAMPLES
        ),
    }
    assert [place for place, found in places.items() if not found] == []


def _negative_retry_after(spec: Spec) -> None:
    spec["components"]["headers"]["RetryAfter"]["example"] = -1


def _project_id_not_a_uuid(spec: Spec) -> None:
    spec["components"]["parameters"]["ProjectId"]["example"] = "project-1"


def _operation_parameter_of_the_wrong_type(spec: Spec) -> None:
    for parameter in _operation(spec, "buildOauthUrl")["parameters"]:
        if parameter.get("name") == "isPreviewMode":
            parameter["example"] = "yes"


def _shared_example_with_an_unknown_enum_value(spec: Spec) -> None:
    spec["components"]["examples"]["JiraCredential"]["value"]["status"] = "EXPIRED"


def _shared_example_with_a_bad_date(spec: Spec) -> None:
    spec["components"]["examples"]["ApiKeyCredential"]["value"]["dateCreated"] = "yesterday"


def _request_example_without_a_required_field(spec: Spec) -> None:
    media = _json_media(_operation(spec, "updateCredential")["requestBody"])
    del media["examples"]["sharedSettings"]["value"]["config"]


def _response_example_of_the_wrong_type(spec: Spec) -> None:
    media = _json_media(_operation(spec, "triggerEvent")["responses"]["201"])
    media["examples"]["recorded"]["value"]["name"] = 42


def _shared_response_example_out_of_range(spec: Spec) -> None:
    media = _json_media(spec["components"]["responses"]["NotFound"])
    media["examples"]["credential"]["value"]["status"] = 200


def _schema_example_breaking_a_pattern(spec: Spec) -> None:
    spec["components"]["schemas"]["IntegrationType"]["examples"] = ["1password"]


def _nested_schema_example_of_the_wrong_type(spec: Spec) -> None:
    spec["components"]["schemas"]["ErrorEnvelope"]["properties"]["code"]["examples"] = [7210]


def _schema_example_with_an_extra_variant(spec: Spec) -> None:
    spec["components"]["schemas"]["AccountTypeStage"]["examples"][0]["options"] = []


def _old_style_example_in_a_schema(spec: Spec) -> None:
    spec["components"]["schemas"]["OAuthNonce"]["example"] = "x" * 129


def _example_without_a_value(spec: Spec) -> None:
    media = _json_media(_operation(spec, "getOauthSession")["responses"]["200"])
    media["examples"]["pending"] = {"externalValue": "https://example.com/pending.json"}


def _example_without_a_schema(spec: Spec) -> None:
    del _json_media(_operation(spec, "getOauthSession")["responses"]["200"])["schema"]


# Each wrong example, and pieces of the line that must report it.
BREAKAGES: list[tuple[Callable[[Spec], None], tuple[str, ...]]] = [
    (
        _negative_retry_after,
        ("components/headers/RetryAfter: example: $:", "less than the minimum of 0"),
    ),
    (_project_id_not_a_uuid, ("components/parameters/ProjectId: example", "is not a 'uuid'")),
    (
        _operation_parameter_of_the_wrong_type,
        ("'isPreviewMode': example", "is not of type 'boolean'"),
    ),
    (
        _shared_example_with_an_unknown_enum_value,
        ("(components/examples/JiraCredential): $.status:", "'EXPIRED' is not one of"),
    ),
    (_shared_example_with_a_bad_date, ("ApiKeyCredential): $.dateCreated:", "not a 'date-time'")),
    (
        _request_example_without_a_required_field,
        ("request body", "'config' is a required property"),
    ),
    (
        _response_example_of_the_wrong_type,
        ("response 201 application/json", "$.name: 42 is not of type"),
    ),
    (
        _shared_response_example_out_of_range,
        ("components/responses/NotFound", "$.status: 200 is less"),
    ),
    (
        _schema_example_breaking_a_pattern,
        ("components/schemas/IntegrationType: examples[0]", "does not match"),
    ),
    (
        _nested_schema_example_of_the_wrong_type,
        ("ErrorEnvelope/properties/code: examples[0]", "not of type 'string'"),
    ),
    (
        _schema_example_with_an_extra_variant,
        ("AccountTypeStage: examples[0]: $.options:", "should be non-empty"),
    ),
    (_old_style_example_in_a_schema, ("components/schemas/OAuthNonce: example", "is too long")),
    (_example_without_a_value, ("example 'pending'", "has no inline `value` to check")),
    (_example_without_a_schema, ("example 'approved'", "has no schema to check it against")),
]


def _name(breakage: Callable[[Spec], None]) -> str:
    return breakage.__name__.lstrip("_")


@pytest.mark.parametrize(("breakage", "expected"), BREAKAGES, ids=[_name(b) for b, _ in BREAKAGES])
def test_check_catches_a_wrong_example(
    spec: Spec, breakage: Callable[[Spec], None], expected: tuple[str, ...]
) -> None:
    breakage(spec)
    problems = check_examples(spec)
    assert any(all(part in problem for part in expected) for problem in problems), problems


def test_a_shared_example_is_checked_at_every_use(spec: Spec) -> None:
    spec["components"]["examples"]["SlackCredential"]["value"]["id"] = "slack-1"
    problems = check_examples(spec)
    uses = [p for p in problems if "(components/examples/SlackCredential): $.id:" in p]
    assert {p.split(":", 1)[0] for p in uses} == {
        "PATCH /projects/{projectId}/sdk/credentials/{credentialId}",
        "POST /projects/{projectId}/sdk/credentials/{credentialId}/configurations",
        "PATCH /projects/{projectId}/sdk/credentials/{credentialId}/configurations",
    }


@pytest.mark.parametrize("example", RESPONSE_EXAMPLES, ids=[e.where for e in RESPONSE_EXAMPLES])
def test_the_pydantic_models_accept_every_response_example(example: Example) -> None:
    assert model_problems(example, paragon_models) == []


def test_the_models_see_the_examples_of_every_operation_and_shared_response() -> None:
    assert check_response_examples_with_models(SPEC_DATA) == []
    seen = {
        example.where.split(":")[0].removesuffix(" application/json")
        for example in RESPONSE_EXAMPLES
    }
    with_json_success = {
        f"{entry.method.upper()} {entry.path}"
        for entry in OPERATION_TABLE
        if any(
            str(status).startswith("2") and "content" in response
            for status, response in entry.operation["responses"].items()
        )
    }
    shared = {f"components/responses/{name}" for name in SPEC_DATA["components"]["responses"]}
    assert seen == with_json_success | shared


def test_the_pydantic_models_reject_a_wrong_response_example(spec: Spec) -> None:
    spec["components"]["examples"]["JiraCredential"]["value"]["status"] = "EXPIRED"
    problems = check_response_examples_with_models(spec)
    assert problems == [
        "POST /projects/{projectId}/sdk/credentials/{credentialId}/complete-setup: response 200 "
        "application/json: example 'jira' (components/examples/JiraCredential): "
        "Credential.status: Input should be 'PENDING', 'INVALID' or 'VALID'"
    ]


def test_a_response_without_a_named_schema_has_no_model_to_check_with(spec: Spec) -> None:
    media = _json_media(_operation(spec, "triggerEvent")["responses"]["201"])
    media["schema"] = {"type": "object"}
    problems = check_response_examples_with_models(spec)
    assert problems == [
        "POST /v2/projects/{projectId}/sdk/events/trigger: response 201 application/json: "
        "example 'recorded': the body has no named schema to pick a model by"
    ]


def _run(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator.spec_examples", *arguments],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO_ROOT,
    )


def test_command_passes_on_the_spec_and_fails_on_a_wrong_example(
    spec: Spec, tmp_path: Path
) -> None:
    ok = _run("--models")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert f"all {len(EXAMPLES)} examples match" in ok.stdout

    _negative_retry_after(spec)
    broken = tmp_path / "paragon.yaml"
    broken.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    failed = _run(str(broken))
    assert failed.returncode == 1
    assert (
        "components/headers/RetryAfter: example: $: -1 is less than the minimum of 0"
        in failed.stdout
    )
