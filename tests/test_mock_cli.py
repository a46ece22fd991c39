"""``paragon-mock serve``, ``paragon-mock token`` and ``paragon-mock key`` as a user runs them."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys

import httpx
import pytest
from paragon_mock import DEFAULT_PROJECT_ID

from tests.mock_process import ServeProcess, paragon_mock_command, port_is_free

ME = f"/projects/{DEFAULT_PROJECT_ID}/sdk/me"


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "Ctrl-C"])
def test_serve_prints_a_url_and_a_working_token_and_stops_cleanly(sig: int) -> None:
    server = ServeProcess("--seed", "1")
    try:
        assert server.base_url.startswith("http://127.0.0.1:")
        response = httpx.get(
            server.base_url + ME, headers={"Authorization": f"Bearer {server.token}"}
        )
        assert response.status_code == 200
        assert response.json()["userId"] == "xyz"
    finally:
        code = server.stop(sig)
    # uvicorn shuts down gracefully, then re-raises the signal: the usual exit of a signalled
    # process (Ctrl-C: 130 and one line, as a shell expects); the port is released and no
    # child process is left.
    assert code in ((130,) if sig == signal.SIGINT else (0, -sig)), code
    assert port_is_free(server.port)


def test_serve_with_a_chosen_user_and_fixture(tmp_path: pytest.TempPathFactory) -> None:
    server = ServeProcess("--user", "someone")
    try:
        assert "user     someone" in server.lines
        me = httpx.get(server.base_url + ME, headers={"Authorization": f"Bearer {server.token}"})
        assert me.json()["userId"] == "someone"
    finally:
        server.stop()


def test_serve_with_minimal_responses_keeps_the_mode_across_resets() -> None:
    server = ServeProcess("--responses", "minimal")
    try:
        assert any(line.startswith("answers  minimal") for line in server.lines)
        headers = {"Authorization": f"Bearer {server.token}"}
        me = httpx.get(server.base_url + ME, headers=headers).json()
        assert "mockExtra" in me
        httpx.patch(server.base_url + "/_mock/settings", json={"responses": "full"})
        assert "mockExtra" not in httpx.get(server.base_url + ME, headers=headers).json()
        httpx.post(server.base_url + "/_mock/reset").raise_for_status()
        settings = httpx.get(server.base_url + "/_mock/settings").json()
        assert settings["responses"] == "minimal"
    finally:
        server.stop()


def test_an_unknown_response_mode_is_refused() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "paragon_mock", "serve", "--responses", "tiny"],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    assert result.returncode == 2
    assert "--responses" in result.stderr


def test_the_same_seed_gives_the_same_ids() -> None:
    ids = []
    for _ in range(2):
        server = ServeProcess("--seed", "42")
        try:
            created = httpx.post(
                server.base_url + f"/projects/{DEFAULT_PROJECT_ID}/sdk/credentials",
                headers={"Authorization": f"Bearer {server.token}"},
                json={
                    "integrationId": "6f3c5e1a-52a4-4c8e-9d0b-7f1e2a3b4c5d",
                    "payload": {"API_KEY": "k"},
                },
            )
            ids.append(created.json()["id"])
        finally:
            server.stop()
    assert ids[0] == ids[1]


def test_token_command() -> None:
    result = subprocess.run(
        [*paragon_mock_command(), "token", "--user", "alice", "--ttl", "120"],
        capture_output=True,
        text=True,
        check=True,
    )
    token = result.stdout.strip()
    import jwt

    claims = jwt.decode(token, options={"verify_signature": False})
    assert claims["sub"] == "alice"
    assert claims["exp"] - claims["iat"] == 120
    assert claims["aud"] == f"useparagon.com/{DEFAULT_PROJECT_ID}"


def test_key_command_prints_the_development_key_labelled_on_stderr() -> None:
    import paragon_mock
    from paragon_connect import sign_user_token
    from paragon_mock import SECOND_PROJECT_ID
    from paragon_mock.testing import ParagonMock

    result = subprocess.run(
        [*paragon_mock_command(), "key"], capture_output=True, text=True, check=True
    )
    # stdout is the PEM alone, for $(paragon-mock key) and > key.pem; stderr says what it is.
    assert result.stdout.startswith("-----BEGIN PRIVATE KEY-----")
    assert result.stdout.rstrip("\n").endswith("-----END PRIVATE KEY-----")
    assert "development signing key" in result.stderr
    assert result.stdout.strip() == paragon_mock.DEFAULT_PRIVATE_KEY_PEM.strip()
    assert paragon_mock.dev_private_key_pem() == paragon_mock.DEFAULT_PRIVATE_KEY_PEM
    assert paragon_mock.dev_private_key_pem(SECOND_PROJECT_ID) != result.stdout
    # A token signed with it, as a backend signs one, is one the mock accepts.
    token = sign_user_token(result.stdout, "key-user", project_id=DEFAULT_PROJECT_ID, ttl=60)
    with ParagonMock() as mock:
        me = mock.http.get(ME, headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200
    assert me.json()["userId"] == "key-user"
    unknown = subprocess.run(
        [*paragon_mock_command(), "key", "--project", "nope"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert unknown.returncode == 1
    assert "no project nope" in unknown.stderr
    assert unknown.stdout == ""


def test_a_bad_fixture_is_reported(tmp_path: pytest.TempPathFactory) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "paragon_mock", "serve", "--fixtures", "/nonexistent.yaml"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "cannot read the fixture" in result.stderr


def test_a_taken_port_is_reported() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "paragon_mock", "serve", "--port", str(port)],
            capture_output=True,
            text=True,
            check=False,
            timeout=30,
        )
    assert result.returncode == 2
    assert "cannot listen" in result.stderr
