"""The mock checks user tokens as Paragon does: RS256 with the project's key, or 401."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from paragon_mock import DEFAULT_PROJECT_ID, SECOND_PROJECT_ID, dev_token, load_fixture
from paragon_mock.auth import PERMISSIONS_CLAIM, TokenVerifier, sign_user_token

from tests.mock_client import MockClient

FIXTURE = load_fixture()
PROJECT = FIXTURE.projects[DEFAULT_PROJECT_ID]
SECOND = FIXTURE.projects[SECOND_PROJECT_ID]
assert PROJECT.private_key_pem is not None and SECOND.private_key_pem is not None
PRIVATE_KEY = PROJECT.private_key_pem
AUDIENCE = f"useparagon.com/{DEFAULT_PROJECT_ID}"


def _b64(data: dict[str, object]) -> str:
    raw = json.dumps(data).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _claims(**changes: object) -> dict[str, object]:
    now = int(time.time())
    claims: dict[str, object] = {"sub": "alice", "iat": now, "exp": now + 600, "aud": AUDIENCE}
    claims.update(changes)
    return {k: v for k, v in claims.items() if v is not None}


def _rs256(**changes: object) -> str:
    return jwt.encode(_claims(**changes), PRIVATE_KEY, algorithm="RS256")


def _alg_none() -> str:
    return f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{_b64(_claims())}."


def _hs256_with_public_key() -> str:
    # Key confusion: an HS256 token whose HMAC secret is the project's public key.
    import hashlib
    import hmac

    signing_input = f"{_b64({'alg': 'HS256', 'typ': 'JWT'})}.{_b64(_claims())}"
    mac = hmac.new(PROJECT.public_key_pem.encode(), signing_input.encode(), hashlib.sha256)
    signature = base64.urlsafe_b64encode(mac.digest()).rstrip(b"=").decode()
    return f"{signing_input}.{signature}"


def _other_key() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    return jwt.encode(_claims(), pem, algorithm="RS256")


def _tampered() -> str:
    header, _, signature = _rs256().split(".")
    return f"{header}.{_b64(_claims(sub='mallory'))}.{signature}"


REJECTED: list[tuple[str, Callable[[], dict[str, str]], str]] = [
    ("no token", lambda: {}, "No user token"),
    ("not bearer", lambda: {"Authorization": f"Basic {_rs256()}"}, "Bearer"),
    ("empty bearer", lambda: {"Authorization": "Bearer "}, "Bearer"),
    ("malformed", lambda: {"Authorization": "Bearer not.a.jwt"}, "well-formed"),
    ("garbage", lambda: {"Authorization": "Bearer abc"}, "well-formed"),
    ("alg none", lambda: {"Authorization": f"Bearer {_alg_none()}"}, "'none'"),
    (
        "HS256 with the public key",
        lambda: {"Authorization": f"Bearer {_hs256_with_public_key()}"},
        "'HS256'",
    ),
    ("signed by an unknown key", lambda: {"Authorization": f"Bearer {_other_key()}"}, "signature"),
    ("tampered claims", lambda: {"Authorization": f"Bearer {_tampered()}"}, "signature"),
    ("no exp", lambda: {"Authorization": f"Bearer {_rs256(exp=None)}"}, "no exp"),
    ("expired", lambda: {"Authorization": f"Bearer {_rs256(exp=int(time.time()) - 5)}"}, "expired"),
    ("no sub", lambda: {"Authorization": f"Bearer {_rs256(sub=None)}"}, "sub"),
    (
        "wrong aud",
        lambda: {"Authorization": f"Bearer {_rs256(aud='useparagon.com/elsewhere')}"},
        "aud",
    ),
    (
        "not yet valid",
        lambda: {"Authorization": f"Bearer {_rs256(nbf=int(time.time()) + 600)}"},
        "not valid yet",
    ),
    (
        "signed for the other project",
        lambda: {"Authorization": f"Bearer {dev_token('alice', project_id=SECOND_PROJECT_ID)}"},
        "signature",
    ),
]


@pytest.fixture(scope="module")
def client() -> MockClient:
    return MockClient(user=None)


@pytest.mark.parametrize(("case", "headers", "reason"), REJECTED, ids=[r[0] for r in REJECTED])
def test_rejected_tokens_answer_401_with_the_envelope(
    client: MockClient, case: str, headers: Callable[[], dict[str, str]], reason: str
) -> None:
    response = client.get("{p}/sdk/me", headers=headers())
    assert response.status_code == 401, (case, response.text)
    body = response.json()
    assert body["code"] == "1401"
    assert body["status"] == 401
    assert body["meta"] == {}
    assert reason in body["message"], body["message"]


def test_messages_never_echo_the_token(client: MockClient) -> None:
    token = _tampered()
    response = client.get("{p}/sdk/me", headers={"Authorization": f"Bearer {token}"})
    for part in token.split("."):
        assert part not in response.text


def test_a_valid_token_is_accepted_with_or_without_aud(client: MockClient) -> None:
    for token in (_rs256(), _rs256(aud=None), _rs256(aud=[AUDIENCE, "other"])):
        response = client.get("{p}/sdk/me", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 200, response.text
        assert response.json()["userId"] == "alice"


def test_a_token_of_the_second_project_works_there_and_not_here(client: MockClient) -> None:
    token = dev_token("bob", project_id=SECOND_PROJECT_ID)
    headers = {"Authorization": f"Bearer {token}"}
    there = client.get(f"/projects/{SECOND_PROJECT_ID}/sdk/me", headers=headers)
    here = client.get("{p}/sdk/me", headers=headers)
    assert there.status_code == 200
    assert there.json()["project"]["id"] == SECOND_PROJECT_ID
    assert here.status_code == 401
    mine = client.get(
        f"/projects/{SECOND_PROJECT_ID}/sdk/me",
        headers={"Authorization": f"Bearer {dev_token('bob')}"},
    )
    assert mine.status_code == 401


def test_an_expired_cached_token_is_refused() -> None:
    verifier = TokenVerifier(DEFAULT_PROJECT_ID, PROJECT.public_key_pem)
    now = time.time()
    token = sign_user_token(
        PRIVATE_KEY, project_id=DEFAULT_PROJECT_ID, user_id="c", ttl=60, now=now
    )
    assert verifier.verify(f"Bearer {token}", now=now).user_id == "c"
    with pytest.raises(Exception, match="expired"):
        verifier.verify(f"Bearer {token}", now=now + 61)


def test_the_permissions_claim_limits_operations(client: MockClient) -> None:
    token = dev_token("carol", claims={PERMISSIONS_CLAIM: ["getCurrentUser", "integrations"]})
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("{p}/sdk/me", headers=headers).status_code == 200
    assert client.get("{p}/sdk/integrations", headers=headers).status_code == 200
    refused = client.get("{p}/sdk/credentials", headers=headers)
    assert refused.status_code == 403
    assert refused.json()["code"] == "7210"


def test_an_unknown_project_answers_404_and_a_malformed_one_400(client: MockClient) -> None:
    headers = {"Authorization": f"Bearer {dev_token('alice')}"}
    unknown = client.get("/projects/11111111-2222-4333-8444-555555555555/sdk/me", headers=headers)
    assert unknown.status_code == 404
    assert "No project" in unknown.json()["message"]
    malformed = client.get("/projects/not-a-uuid/sdk/me", headers=headers)
    assert malformed.status_code == 400


def test_the_sub_becomes_a_connected_user_on_first_use(client: MockClient) -> None:
    headers = {"Authorization": f"Bearer {dev_token('brand-new-user')}"}
    body = client.get("{p}/sdk/me", headers=headers).json()
    assert body["userId"] == "brand-new-user"
    assert body["integrations"]["slack"] == {
        "enabled": False,
        "configuredWorkflows": {},
        "allCredentials": [],
        "allConfigurations": [],
    }
    assert body["project"]["id"] == DEFAULT_PROJECT_ID
