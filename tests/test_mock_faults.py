"""Fault injection: 429 with Retry-After, 503, delays; by count or by fraction; never /_mock/."""

from __future__ import annotations

import time

import httpx
import pytest
from paragon_mock import DEFAULT_PROJECT_ID, create_app, dev_token, serve_in_thread
from paragon_mock.faults import Faults

from tests.mock_client import MockClient

ME = f"/projects/{DEFAULT_PROJECT_ID}/sdk/me"


@pytest.fixture
def client() -> MockClient:
    return MockClient(user="fault-user")


def _fault(client: MockClient, **settings: object) -> dict[str, object]:
    response = client.post("/_mock/faults", json=settings)
    assert response.status_code == 201, response.text
    body: dict[str, object] = response.json()
    return body


def test_429_for_the_next_n_requests_then_normal(client: MockClient) -> None:
    _fault(client, mode="429", path="/projects/*/sdk/me", count=2, retryAfter=3)
    answers = [client.get(ME) for _ in range(3)]
    assert [a.status_code for a in answers] == [429, 429, 200]
    assert answers[0].headers["retry-after"] == "3"
    assert answers[0].json()["code"] == "1429"
    assert client.get("/_mock/faults").json() == {"faults": []}


def test_503_with_and_without_retry_after(client: MockClient) -> None:
    _fault(client, mode="503", path="*/sdk/integrations", count=1, retryAfter=1)
    first = client.get("{p}/sdk/integrations")
    assert first.status_code == 503
    assert first.headers["retry-after"] == "1"
    _fault(client, mode="503", path="*/sdk/integrations", count=1, retryAfter=None)
    bare = client.get("{p}/sdk/integrations")
    assert bare.status_code == 503
    assert "retry-after" not in bare.headers
    assert client.get("{p}/sdk/integrations").status_code == 200


def test_delay_then_normal_handling(client: MockClient) -> None:
    _fault(client, mode="delay", path="*/sdk/me", delayMs=300, count=1)
    started = time.monotonic()
    slow = client.get(ME)
    elapsed = time.monotonic() - started
    assert slow.status_code == 200
    assert elapsed >= 0.3
    started = time.monotonic()
    client.get(ME)
    assert time.monotonic() - started < 0.3


def test_method_and_regex_matching(client: MockClient) -> None:
    _fault(client, mode="429", pathRegex=r"/sdk/me$", method="PATCH")
    assert client.get(ME).status_code == 200
    assert client.patch(ME, json={"meta": {}}).status_code == 429
    listed = client.get("/_mock/faults").json()["faults"]
    assert listed[0]["applied"] == 1
    assert client.delete(f"/_mock/faults/{listed[0]['id']}").status_code == 204
    assert client.patch(ME, json={"meta": {}}).status_code == 200
    assert client.delete("/_mock/faults/fault-999").status_code == 404


def test_a_fraction_is_drawn_from_the_seeded_generator() -> None:
    def pattern(seed: int) -> list[int]:
        client = MockClient(create_app(seed=seed), user="fraction-user")
        _fault(client, mode="503", path="*", fraction=0.5)
        return [client.get(ME).status_code for _ in range(40)]

    first, again, other = pattern(11), pattern(11), pattern(12)
    assert first == again
    assert first != other
    assert 5 < first.count(503) < 35
    assert set(first) == {200, 503}


def test_the_control_surface_is_never_faulted(client: MockClient) -> None:
    _fault(client, mode="503", path="*")
    assert client.get("/_mock/health").status_code == 200
    assert client.get("/_mock/faults").status_code == 200
    assert client.get(ME).status_code == 503
    assert client.delete("/_mock/faults").status_code == 204
    assert client.get(ME).status_code == 200


def test_fault_requests_are_checked(client: MockClient) -> None:
    assert client.post("/_mock/faults", json={"mode": "418", "path": "*"}).status_code == 400
    assert client.post("/_mock/faults", json={"mode": "429"}).status_code == 400
    assert client.post("/_mock/faults", json={"mode": "delay", "path": "*"}).status_code == 400
    assert client.post("/_mock/faults", json={"mode": "429", "pathRegex": "("}).status_code == 400
    assert (
        client.post("/_mock/faults", json={"mode": "429", "path": "*", "fraction": 2}).status_code
        == 400
    )


def test_a_retrying_client_gets_through_over_http() -> None:
    # What the faults are for: a client that honours Retry-After, against a real server.
    with serve_in_thread(seed=5) as server:
        token = dev_token("retry-user")
        with httpx.Client(
            base_url=server.base_url, headers={"Authorization": f"Bearer {token}"}
        ) as http:
            http.post(
                "/_mock/faults",
                json={"mode": "429", "path": "*/sdk/me", "count": 2, "retryAfter": 0},
            )
            http.post(
                "/_mock/faults",
                json={"mode": "503", "path": "*/sdk/me", "count": 1, "retryAfter": 0},
            )
            attempts = []
            for _ in range(5):
                response = http.get(ME)
                attempts.append(response.status_code)
                if response.status_code not in (429, 503):
                    break
                time.sleep(float(response.headers["retry-after"]))
    assert attempts == [429, 429, 503, 200]


def test_faults_unit() -> None:
    faults = Faults(seed=1)
    fault = faults.add(mode="429", path="/a/*", count=1)
    assert faults.pick("GET", "/b") is None
    assert faults.pick("GET", "/a/x") is fault
    assert faults.pick("GET", "/a/x") is None
    assert not faults
