"""Signing user tokens, checking them before use, and keeping them secret."""

from __future__ import annotations

import base64
import json
import pickle
import time

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from paragon_connect import sign_user_token
from paragon_connect._tokens import PERMISSIONS_CLAIM, Secret, check_user_token

PROJECT_ID = "38b1f170-0c43-4eae-9a04-ab85325d99f7"


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def private_pem(rsa_key: rsa.RSAPrivateKey) -> str:
    return rsa_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def _segment(data: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def test_signed_token_verifies_with_the_public_key(
    rsa_key: rsa.RSAPrivateKey, private_pem: str
) -> None:
    before = int(time.time())
    token = sign_user_token(
        private_pem, "xyz", project_id=PROJECT_ID, ttl=600, permissions={"workflows": ["read"]}
    )
    claims = jwt.decode(
        token, rsa_key.public_key(), algorithms=["RS256"], audience=f"useparagon.com/{PROJECT_ID}"
    )
    assert jwt.get_unverified_header(token)["alg"] == "RS256"
    assert claims["sub"] == "xyz"
    assert before <= claims["iat"] <= before + 5
    assert claims["exp"] == claims["iat"] + 600
    assert claims[PERMISSIONS_CLAIM] == {"workflows": ["read"]}


def test_signed_token_without_project_has_no_audience(private_pem: str) -> None:
    claims = jwt.decode(sign_user_token(private_pem, "xyz"), options={"verify_signature": False})
    assert "aud" not in claims
    assert PERMISSIONS_CLAIM not in claims


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"user_id": ""}, ValueError, "user_id must not be empty"),
        ({"user_id": 7}, TypeError, "user_id must be a string"),
        ({"ttl": 0}, ValueError, "ttl must be more than 0"),
        ({"ttl": 1.5}, TypeError, "ttl must be a whole number"),
        ({"project_id": "not-a-uuid"}, ValueError, "project_id must be a UUID"),
        ({"permissions": ["all"]}, TypeError, "permissions must be a mapping"),
        ({"permissions": {"at": object()}}, TypeError, "permissions must be JSON-serialisable"),
    ],
)
def test_sign_refuses_bad_arguments(
    private_pem: str, kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    arguments: dict[str, object] = {"user_id": "xyz", **kwargs}
    user_id = arguments.pop("user_id")
    with pytest.raises(error, match=message):
        sign_user_token(private_pem, user_id, **arguments)  # type: ignore[arg-type]


def test_sign_refuses_a_bad_key_without_quoting_it(private_pem: str) -> None:
    broken = private_pem.replace("A", "B", 40)
    with pytest.raises(ValueError, match="not an unencrypted PEM private key") as caught:
        sign_user_token(broken, "xyz")
    assert broken[40:80] not in str(caught.value)
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


def test_sign_refuses_a_key_that_is_not_rsa() -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with pytest.raises(ValueError, match="must be an RSA private key"):
        sign_user_token(pem, "xyz")


def test_check_accepts_a_live_token(private_pem: str) -> None:
    token = sign_user_token(private_pem, "xyz", ttl=60)
    secret = check_user_token(token)
    assert secret.reveal() == token


@pytest.mark.parametrize(
    ("token", "message"),
    [
        ("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.ey...", "not a JWT"),
        ("not a token", "not a JWT"),
        (f"{_segment({'alg': 'RS256'})}.{_segment({'sub': 'xyz'})}.c2ln", "no 'exp' claim"),
        (
            f"{_segment({'alg': 'RS256'})}.{_segment({'sub': 'xyz', 'exp': 1000})}.c2ln",
            "expired at 1970-01-01T00:16:40",
        ),
        (
            f"{_segment({'alg': 'RS256'})}.{_segment({'sub': 'xyz', 'exp': 'soon'})}.c2ln",
            "not a number",
        ),
        ("%%%.%%%.%%%", "not base64url-encoded JSON"),
        ("Bearer a.b.c", "without the 'Bearer ' prefix"),
    ],
)
def test_check_refuses_before_any_request(token: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as caught:
        check_user_token(token)
    if token.count(".") == 2 and len(token) > 20:
        assert token.split(".")[1] not in str(caught.value)


def test_check_refuses_a_token_that_is_not_a_string() -> None:
    with pytest.raises(TypeError, match="user_token must be a string"):
        check_user_token(b"a.b.c")


def test_secret_never_shows_itself() -> None:
    secret = Secret("eyJhbGciOiJSUzI1NiJ9.secret-claims.signature")
    for shown in (repr(secret), str(secret), f"{secret}", f"{secret!r}", repr([secret])):
        assert "secret-claims" not in shown
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(secret)
