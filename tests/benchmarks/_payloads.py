"""The bytes every benchmark serves and decodes, taken from the mock so that they are real.

The mock (seeded, in-process, no sockets) answers ``/sdk/me``, ``/sdk/integrations`` and the
user's credentials once; larger lists repeat those credentials under fresh, deterministic IDs.
The OpenAI-shaped bodies (one model object, a list of models) follow openai-python's ``Model``.
"""

from __future__ import annotations

import asyncio
import copy
import json
import uuid
from dataclasses import dataclass
from functools import cache
from typing import Any

import httpx
from paragon_mock import DEFAULT_PROJECT_ID, create_app, dev_token

__all__ = ["PROJECT_ID", "Payloads", "credentials", "payloads"]

PROJECT_ID = DEFAULT_PROJECT_ID
_SDK = f"/projects/{PROJECT_ID}/sdk"


@dataclass(frozen=True)
class Payloads:
    """Paths and the fixed bytes served at each; the token the client authenticates with."""

    token: str
    credential_id: str
    me_path: str
    integrations_path: str
    credential_path: str
    credentials_path: str
    model_path: str
    models_path: str
    routes: dict[str, bytes]


async def _from_mock(token: str) -> tuple[bytes, bytes, list[dict[str, Any]]]:
    transport = httpx.ASGITransport(app=create_app(seed=1))
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(
        transport=transport, base_url="http://mock", headers=headers
    ) as client:
        answers = [await client.get(f"{_SDK}/{path}") for path in ("me", "integrations")]
        listed = await client.get(f"{_SDK}/credentials")
    for answer in (*answers, listed):
        answer.raise_for_status()
    credentials: list[dict[str, Any]] = listed.json()
    return answers[0].content, answers[1].content, credentials


@cache
def _mock_answers() -> tuple[str, bytes, bytes, tuple[str, ...]]:
    token = dev_token("xyz", ttl=7 * 24 * 3600)
    me, integrations, listed = asyncio.run(_from_mock(token))
    return token, me, integrations, tuple(json.dumps(c) for c in listed)


def credentials(count: int) -> list[dict[str, Any]]:
    """``count`` credentials shaped like the mock's, each with its own ID."""
    templates = [json.loads(c) for c in _mock_answers()[3]]
    result: list[dict[str, Any]] = []
    for index in range(count):
        credential = copy.deepcopy(templates[index % len(templates)])
        new_id = str(uuid.UUID(int=index + 1))
        credential["id"] = new_id
        # Every ID a real list would not repeat is fresh: the decoder gets no unfair cache hits.
        for number, configuration in enumerate(credential.get("configurations", [])):
            configuration["id"] = str(uuid.UUID(int=(1 << 64) + index * 16 + number))
            configuration["connectCredentialId"] = new_id
        result.append(credential)
    return result


def _model(index: int) -> dict[str, Any]:
    return {
        "id": f"model-{index:03d}",
        "object": "model",
        "created": 1_715_367_049 + index,
        "owned_by": "system",
    }


@cache
def payloads() -> Payloads:
    """Everything the call benchmarks serve, made once per process."""
    token, me, integrations, _ = _mock_answers()
    hundred = credentials(100)
    one = hundred[0]
    model_path = "/v1/models/model-000"
    routes = {
        f"{_SDK}/me": me,
        f"{_SDK}/integrations": integrations,
        f"{_SDK}/credentials/{one['id']}": json.dumps(one).encode(),
        f"{_SDK}/credentials": json.dumps(hundred).encode(),
        model_path: json.dumps(_model(0)).encode(),
        "/v1/models": json.dumps(
            {"object": "list", "data": [_model(i) for i in range(100)]}
        ).encode(),
    }
    return Payloads(
        token=token,
        credential_id=one["id"],
        me_path=f"{_SDK}/me",
        integrations_path=f"{_SDK}/integrations",
        credential_path=f"{_SDK}/credentials/{one['id']}",
        credentials_path=f"{_SDK}/credentials",
        model_path=model_path,
        models_path="/v1/models",
        routes=routes,
    )
