"""The store and its fixtures: seeding, reset, seeded IDs, and fixtures that cannot load."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from paragon_mock import DEFAULT_PROJECT_ID, SECOND_PROJECT_ID, load_fixture
from paragon_mock.fixtures import DEFAULT_FIXTURE_PATH, FixtureError, parse_fixture, persona_id
from paragon_mock.store import Store, timestamp

DOCUMENT: dict[str, Any] = yaml.safe_load(DEFAULT_FIXTURE_PATH.read_text(encoding="utf-8"))


def test_the_default_fixture_has_both_projects_with_keys() -> None:
    fixture = load_fixture()
    assert list(fixture.projects) == [DEFAULT_PROJECT_ID, SECOND_PROJECT_ID]
    for project in fixture.projects.values():
        assert project.public_key_pem.startswith("-----BEGIN PUBLIC KEY-----")
        assert project.private_key_pem and "PRIVATE KEY" in project.private_key_pem
        # Keys never show in a repr.
        assert "PRIVATE" not in repr(project)
    assert fixture.oauth_session_ttl == 600


def test_fixture_files_are_kept_apart_from_code() -> None:
    assert DEFAULT_FIXTURE_PATH.parent.name == "fixtures"
    assert "DEVELOPMENT KEYS" in DEFAULT_FIXTURE_PATH.read_text(encoding="utf-8")


def test_a_json_fixture_loads_too(tmp_path: Path) -> None:
    path = tmp_path / "fixture.json"
    path.write_text(json.dumps(DOCUMENT), encoding="utf-8")
    assert list(load_fixture(path).projects) == [DEFAULT_PROJECT_ID, SECOND_PROJECT_ID]


def _broken(change: Any) -> dict[str, Any]:
    document = copy.deepcopy(DOCUMENT)
    change(document)
    return document


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.pop("projects"), "'projects' must be a non-empty list"),
        (
            lambda d: d["projects"][0]["integrations"][0].pop("name"),
            "not an Integration of the spec",
        ),
        (lambda d: d["projects"][0]["integrations"][0].update(brandColor="red"), "brandColor"),
        (lambda d: d["projects"][0]["credentials"][0].update(status="BROKEN"), "not a Credential"),
        (
            lambda d: d["projects"][0]["credentials"][0].update(userId="ghost"),
            "not among the project's users",
        ),
        (lambda d: d["projects"].append(d["projects"][0]), "defined twice"),
        (lambda d: d["settings"].update(oauthSessionTtlSeconds=0), "oauthSessionTtlSeconds"),
    ],
)
def test_broken_fixtures_say_what_is_wrong(change: Any, expected: str) -> None:
    with pytest.raises(FixtureError, match=expected):
        parse_fixture(_broken(change))


def test_reset_forgets_changes_and_ids_follow_the_seed() -> None:
    store = Store(load_fixture(), seed=9)
    first_ids = [store.new_id() for _ in range(3)]
    store.user(DEFAULT_PROJECT_ID, "temp")
    store.record("event", {"projectId": DEFAULT_PROJECT_ID, "userId": "temp"})
    store.reset()
    assert (DEFAULT_PROJECT_ID, "temp") not in store.users
    assert store.records == []
    assert len(store.user_credentials(DEFAULT_PROJECT_ID, "xyz")) == 3
    assert [Store(load_fixture(), seed=9).new_id() for _ in range(1)] == first_ids[:1]
    assert len(set(first_ids)) == 3


def test_personas_are_stable_per_project_and_user() -> None:
    assert persona_id(DEFAULT_PROJECT_ID, "a") == persona_id(DEFAULT_PROJECT_ID, "a")
    assert persona_id(DEFAULT_PROJECT_ID, "a") != persona_id(SECOND_PROJECT_ID, "a")
    store = Store(load_fixture())
    assert (
        store.user(DEFAULT_PROJECT_ID, "xyz")["personaId"] == "0563109f-5e71-46c5-8483-1ac8c0913d6c"
    )


def test_records_filter_by_kind_project_and_user() -> None:
    store = Store(load_fixture())
    store.record("event", {"projectId": DEFAULT_PROJECT_ID, "userId": "a"})
    store.record("proxyCall", {"projectId": DEFAULT_PROJECT_ID, "userId": "b"})
    assert [r["userId"] for r in store.iter_records(kind="event")] == ["a"]
    assert [r["kind"] for r in store.iter_records(user_id="b")] == ["proxyCall"]
    store.clear_records()
    assert list(store.iter_records()) == []


def test_timestamps_are_utc_with_milliseconds() -> None:
    assert timestamp(0) == "1970-01-01T00:00:00.000Z"
