"""The mock's state: users, credentials, OAuth sessions and records, in memory or in SQLite.

State lives in plain dictionaries. Handlers run synchronously on uvicorn's single event loop and
never await between reading and writing, so each request's changes are atomic; after a handler
has changed something, the app calls :meth:`Store.commit` in the same critical section. With a
state file (``serve --state FILE``) ``commit`` writes every changed row to SQLite (WAL,
``synchronous=FULL``) and commits before the response is sent, so a restart, even after
``kill -9``, keeps everything that was acknowledged.

The fixture seeds the state. With a state file the fixture is read only when the file is new;
afterwards the state file (which keeps the fixture it was seeded from) wins, and
:meth:`Store.reset` seeds again.
"""

from __future__ import annotations

import copy
import json
import random
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from paragon_mock.fixtures import Fixture, ProjectDef, parse_fixture, persona_id

__all__ = ["RECORD_KINDS", "Store", "timestamp"]

RECORD_KINDS = ("event", "workflowTrigger", "workflowRun", "proxyCall", "resourceConnection")
_SEPARATOR = "\x1f"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS state (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (kind, key)
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def timestamp(moment: float | None = None) -> str:
    """An ISO 8601 UTC timestamp with milliseconds, as Paragon writes them."""
    value = datetime.fromtimestamp(time.time() if moment is None else moment, tz=UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def _key(*parts: str) -> str:
    return _SEPARATOR.join(parts)


class Store:
    """Everything the mock remembers, and its write-through to SQLite."""

    def __init__(
        self, fixture: Fixture, *, seed: int | None = None, state_path: Path | str | None = None
    ) -> None:
        self.fixture = fixture
        self._rng = random.Random(seed)
        self.users: dict[tuple[str, str], dict[str, Any]] = {}
        self.credentials: dict[str, dict[str, Any]] = {}
        self.sessions: dict[tuple[str, str, str], dict[str, Any]] = {}
        self.records: list[dict[str, Any]] = []
        self.oauth_session_ttl = fixture.oauth_session_ttl
        # What OAuth sessions age by: the wall clock, or a test's own clock.
        self.clock: Callable[[], float] = time.time
        # Bumped by every change, so that derived answers can be cached safely.
        self.version = 0
        self._by_user: dict[tuple[str, str], list[str]] = {}
        self._tickets: dict[str, tuple[str, str, str]] = {}
        # Changed rows in the order they changed (a dict, not a set): new rows get rowids in
        # that order, and a restart reads them back ORDER BY rowid, so credentials keep the
        # order they were created in (the first one is the default credential of /sdk/me).
        self._dirty: dict[tuple[str, str], None] = {}
        self._meta_dirty: dict[str, str] = {}
        self._record_seq = 0
        self._db: sqlite3.Connection | None = None
        if state_path is not None:
            self._db = _open_database(Path(state_path))
            if self._load_database():
                return
        self.reset()

    def __repr__(self) -> str:
        where = "sqlite" if self._db is not None else "memory"
        return f"Store({where}, users={len(self.users)}, credentials={len(self.credentials)})"

    # -- seeding ---------------------------------------------------------------------------------

    def reset(self, fixture: Fixture | None = None) -> None:
        """Forget everything and seed again from the fixture (a new one when given)."""
        if fixture is not None:
            self.fixture = fixture
        self.users.clear()
        self.credentials.clear()
        self.sessions.clear()
        self.records.clear()
        self._by_user.clear()
        self._tickets.clear()
        self._record_seq = 0
        self.oauth_session_ttl = self.fixture.oauth_session_ttl
        for project in self.fixture.projects.values():
            for user in project.users:
                self._add_user(project.id, user["id"], user.get("personaId"), user["meta"])
            for credential in project.credentials:
                self.user(project.id, credential["userId"])
                self.put_credential(copy.deepcopy(credential))
        self.version += 1
        if self._db is not None:
            with self._db:
                self._db.execute("DELETE FROM state")
                self._db.execute("DELETE FROM meta")
            self._dirty = dict.fromkeys(("user", _key(*k)) for k in self.users)
            self._dirty.update(dict.fromkeys(("credential", k) for k in self.credentials))
            self._meta_dirty = {
                "fixture": json.dumps(self.fixture.document),
                "oauthSessionTtl": json.dumps(self.oauth_session_ttl),
                "seeded": "1",
            }
            self.commit()

    def set_oauth_session_ttl(self, seconds: float) -> None:
        """Change how long new OAuth handshakes live."""
        self.oauth_session_ttl = float(seconds)
        self._meta_dirty["oauthSessionTtl"] = json.dumps(self.oauth_session_ttl)

    # -- ids and time ----------------------------------------------------------------------------

    def new_id(self) -> str:
        """A fresh UUID4 from the seeded generator, never one already in use."""
        while True:
            candidate = str(uuid.UUID(int=self._rng.getrandbits(128), version=4))
            if candidate not in self.credentials and not self._is_configuration_id(candidate):
                return candidate

    def new_secret(self, nbytes: int = 16) -> str:
        """A random hex string (OAuth consent tickets, fake provider tokens)."""
        return self._rng.getrandbits(nbytes * 8).to_bytes(nbytes, "big").hex()

    def _is_configuration_id(self, candidate: str) -> bool:
        return any(
            configuration["id"] == candidate
            for credential in self.credentials.values()
            for configuration in credential["configurations"]
        )

    # -- users -----------------------------------------------------------------------------------

    def user(self, project_id: str, user_id: str) -> dict[str, Any]:
        """The Connected User, created on first use."""
        found = self.users.get((project_id, user_id))
        if found is None:
            found = self._add_user(project_id, user_id, None, {})
        return found

    def _add_user(
        self, project_id: str, user_id: str, persona: str | None, meta: dict[str, Any]
    ) -> dict[str, Any]:
        record = {
            "id": user_id,
            "projectId": project_id,
            "personaId": persona or persona_id(project_id, user_id),
            "meta": copy.deepcopy(meta),
            "dateCreated": timestamp(),
        }
        self.users[(project_id, user_id)] = record
        self._by_user.setdefault((project_id, user_id), [])
        self.touch("user", _key(project_id, user_id))
        return record

    def save_user(self, record: dict[str, Any]) -> None:
        """Mark a changed user for the next commit."""
        self.touch("user", _key(record["projectId"], record["id"]))

    # -- credentials -----------------------------------------------------------------------------

    def user_credentials(
        self, project_id: str, user_id: str, integration_id: str | None = None
    ) -> list[dict[str, Any]]:
        """The user's credentials, oldest first, optionally of one integration."""
        found = [self.credentials[c] for c in self._by_user.get((project_id, user_id), ())]
        if integration_id is not None:
            found = [c for c in found if c["integrationId"] == integration_id]
        return found

    def put_credential(self, credential: dict[str, Any]) -> None:
        """Add or replace a credential (it carries its owner's projectId and userId)."""
        credential_id = credential["id"]
        owner = (credential["projectId"], credential["userId"])
        if credential_id not in self.credentials:
            self._by_user.setdefault(owner, []).append(credential_id)
        self.credentials[credential_id] = credential
        self.touch("credential", credential_id)

    def delete_credential(self, credential_id: str) -> None:
        """Forget a credential."""
        credential = self.credentials.pop(credential_id, None)
        if credential is None:
            return
        owned = self._by_user.get((credential["projectId"], credential["userId"]), [])
        if credential_id in owned:
            owned.remove(credential_id)
        self.touch("credential", credential_id)

    # -- OAuth sessions --------------------------------------------------------------------------

    def put_session(self, session: dict[str, Any]) -> None:
        """Add or replace an OAuth session."""
        key = (session["projectId"], session["userId"], session["nonce"])
        self.sessions[key] = session
        self._tickets[session["ticket"]] = key
        self.touch("session", _key(*key))

    def session_by_ticket(self, ticket: str) -> dict[str, Any] | None:
        """The session a consent page belongs to."""
        key = self._tickets.get(ticket)
        return None if key is None else self.sessions.get(key)

    def delete_session(self, key: tuple[str, str, str]) -> None:
        """Forget an OAuth session."""
        session = self.sessions.pop(key, None)
        if session is not None:
            self._tickets.pop(session["ticket"], None)
            self.touch("session", _key(*key))

    # -- records ---------------------------------------------------------------------------------

    def record(self, kind: str, data: dict[str, Any]) -> dict[str, Any]:
        """Remember something the application did (an event, a trigger, a proxy call)."""
        self._record_seq += 1
        entry = {"seq": self._record_seq, "kind": kind, "dateReceived": timestamp(), **data}
        self.records.append(entry)
        self.touch("record", f"{self._record_seq:012d}")
        return entry

    def iter_records(
        self, kind: str | None = None, project_id: str | None = None, user_id: str | None = None
    ) -> Iterator[dict[str, Any]]:
        """Records, oldest first, filtered."""
        for entry in self.records:
            if kind is not None and entry["kind"] != kind:
                continue
            if project_id is not None and entry.get("projectId") != project_id:
                continue
            if user_id is not None and entry.get("userId") != user_id:
                continue
            yield entry

    def clear_records(self) -> None:
        """Forget every record."""
        for entry in self.records:
            self.touch("record", f"{entry['seq']:012d}")
        self.records.clear()

    # -- persistence -----------------------------------------------------------------------------

    def touch(self, kind: str, key: str) -> None:
        """Mark a row as changed; the next commit writes (or deletes) it."""
        self.version += 1
        if self._db is not None:
            self._dirty[(kind, key)] = None

    def commit(self) -> None:
        """Write every changed row to SQLite and commit (no-op in memory)."""
        if self._db is None or not (self._dirty or self._meta_dirty):
            self._dirty.clear()
            return
        rows_upsert: list[tuple[str, str, str]] = []
        rows_delete: list[tuple[str, str]] = []
        for kind, key in self._dirty:
            value = self._current(kind, key)
            if value is None:
                rows_delete.append((kind, key))
            else:
                rows_upsert.append((kind, key, json.dumps(value)))
        with self._db:
            self._db.executemany("DELETE FROM state WHERE kind = ? AND key = ?", rows_delete)
            self._db.executemany(
                "INSERT INTO state (kind, key, value) VALUES (?, ?, ?) "
                "ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value",
                rows_upsert,
            )
            self._db.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                list(self._meta_dirty.items()),
            )
        self._dirty.clear()
        self._meta_dirty.clear()

    def close(self) -> None:
        """Commit what is pending and close the state file."""
        if self._db is not None:
            self.commit()
            self._db.close()
            self._db = None

    def _current(self, kind: str, key: str) -> Any:
        if kind == "user":
            project_id, user_id = key.split(_SEPARATOR)
            return self.users.get((project_id, user_id))
        if kind == "credential":
            return self.credentials.get(key)
        if kind == "session":
            project_id, user_id, nonce = key.split(_SEPARATOR)
            return self.sessions.get((project_id, user_id, nonce))
        if kind == "record":
            seq = int(key)
            return next((entry for entry in self.records if entry["seq"] == seq), None)
        raise ValueError(f"unknown state kind {kind!r}")

    def _load_database(self) -> bool:
        assert self._db is not None
        meta = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
        if meta.get("seeded") != "1":
            return False
        self.fixture = parse_fixture(json.loads(meta["fixture"]), origin="the state file")
        self.oauth_session_ttl = float(json.loads(meta["oauthSessionTtl"]))
        rows = self._db.execute("SELECT kind, key, value FROM state ORDER BY rowid").fetchall()
        for kind, key, value in rows:
            data = json.loads(value)
            if kind == "user":
                self.users[(data["projectId"], data["id"])] = data
                self._by_user.setdefault((data["projectId"], data["id"]), [])
            elif kind == "credential":
                self.credentials[key] = data
            elif kind == "session":
                self.sessions[(data["projectId"], data["userId"], data["nonce"])] = data
                self._tickets[data["ticket"]] = (data["projectId"], data["userId"], data["nonce"])
            elif kind == "record":
                self.records.append(data)
        # Rows come in rowid order, which is the order credentials were created in.
        for credential in self.credentials.values():
            owner = (credential["projectId"], credential["userId"])
            self._by_user.setdefault(owner, []).append(credential["id"])
        self.records.sort(key=lambda entry: entry["seq"])
        self._record_seq = self.records[-1]["seq"] if self.records else 0
        # Skip ahead so that a restarted seeded generator does not replay the same draws.
        self._rng.seed(f"{self._rng.random()}:{len(rows)}")
        self.version += 1
        return True

    def project(self, project_id: str) -> ProjectDef | None:
        """A project of the fixture in force."""
        return self.fixture.projects.get(project_id)


def _open_database(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    # The connection is in autocommit mode; `with connection` wraps each commit() in BEGIN/COMMIT.
    connection.isolation_level = "IMMEDIATE"
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.executescript(_SCHEMA)
    return connection
