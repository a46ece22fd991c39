"""``serve --state FILE``: acknowledged changes survive a restart, even after kill -9."""

from __future__ import annotations

import signal
from pathlib import Path

import httpx
from paragon_mock import DEFAULT_PROJECT_ID, load_fixture
from paragon_mock.store import Store

from tests.mock_process import ServeProcess

P = f"/projects/{DEFAULT_PROJECT_ID}"
STRIPE = "6f3c5e1a-52a4-4c8e-9d0b-7f1e2a3b4c5d"


def test_state_survives_kill_9(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    server = ServeProcess("--state", str(state), "--seed", "3")
    headers = {"Authorization": f"Bearer {server.token}"}
    try:
        with httpx.Client(base_url=server.base_url, headers=headers) as http:
            created = http.post(
                f"{P}/sdk/credentials", json={"integrationId": STRIPE, "payload": {"API_KEY": "k"}}
            )
            assert created.status_code == 201
            credential_id = created.json()["id"]
            for index in range(20):
                patched = http.patch(
                    f"{P}/sdk/credentials/{credential_id}",
                    json={"config": {"sharedSettings": {f"k{index}": index}}},
                )
                assert patched.status_code == 200
            http.patch(f"{P}/sdk/me", json={"meta": {"name": "Xyz"}})
            http.post(
                f"/v2{P}/sdk/events/trigger", json={"name": "Contact Created", "payload": {"n": 1}}
            )
            uninstalled = http.delete(f"{P}/sdk/integrations/2f08e65f-d924-42ab-9618-b6023d82ffbd")
            assert uninstalled.status_code == 204
            http.patch("/_mock/settings", json={"oauthSessionTtlSeconds": 42})
    finally:
        assert server.stop(signal.SIGKILL) == -signal.SIGKILL

    restarted = ServeProcess("--state", str(state))
    try:
        with httpx.Client(base_url=restarted.base_url, headers=headers) as http:
            credential = http.get(f"{P}/sdk/credentials/{credential_id}")
            assert credential.status_code == 200
            settings = credential.json()["config"]["sharedSettings"]
            assert settings == {f"k{index}": index for index in range(20)}
            me = http.get(f"{P}/sdk/me").json()
            assert me["meta"] == {"Name": "Xyz"}
            assert me["integrations"]["slack"]["enabled"] is False
            assert me["integrations"]["salesforce"]["enabled"] is True
            events = http.get("/_mock/records?kind=event").json()["records"]
            assert [e["payload"] for e in events] == [{"n": 1}]
            assert http.get("/_mock/settings").json()["oauthSessionTtlSeconds"] == 42
            # New IDs after the restart never collide with stored ones.
            again = http.post(
                f"{P}/sdk/credentials",
                json={
                    "integrationId": STRIPE,
                    "payload": {"API_KEY": "k"},
                    "installOptions": {"allowMultipleCredentials": True},
                },
            )
            assert again.status_code == 201
            assert again.json()["id"] != credential_id
            # A reset seeds the state file again from the fixture.
            assert http.post("/_mock/reset").status_code == 200
            assert http.get(f"{P}/sdk/credentials/{credential_id}").status_code == 404
    finally:
        restarted.stop()


def test_the_store_writes_through_to_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    store = Store(load_fixture(), seed=1, state_path=path)
    user = store.user(DEFAULT_PROJECT_ID, "persisted")
    user["meta"] = {"a": 1}
    store.save_user(user)
    store.record("event", {"projectId": DEFAULT_PROJECT_ID, "userId": "persisted", "name": "e"})
    store.commit()
    # No close: a second store on the same file sees what was committed.
    other = Store(load_fixture(), seed=1, state_path=path)
    assert other.users[(DEFAULT_PROJECT_ID, "persisted")]["meta"] == {"a": 1}
    assert [r["name"] for r in other.iter_records(kind="event")] == ["e"]
    assert len(other.user_credentials(DEFAULT_PROJECT_ID, "xyz")) == 3
    store.close()
    other.close()
