"""A soak run: many users of ``AsyncParagon`` against ``paragon-mock serve`` with injected faults.

``nox -s soak`` (not a default session) runs ``python -m tests.soak``. The mock runs in its own
process (so the client's memory is measured alone) with faults on every API path: a share of
requests answer 503 or 429 (with ``Retry-After: 0``), another share is delayed. Each simulated
user connects Slack once (``complete_install``), then until time is up sends App Events, turns
a workflow on and off, and adds Stripe accounts. Afterwards the mock's own state and records
are compared with what the client acknowledged:

- every acknowledged event is recorded once; every acknowledged Stripe install exists once and
  no other does; each user's workflow is in the state the last acknowledged toggle left it.
  The mock refuses a request with a fault before
  acting on it, so a call that raised made no change: an install or a toggle that reads the
  user back after its change acknowledges the change even when that read fails;
- every 5xx the client saw was one the mock injected (a 503), never a 500;
- the client's resident memory at the end is within a few MB of what it was after warm-up.

It prints the figures and exits 1 when a check fails.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from paragon_connect import APIStatusError, AsyncParagon, ParagonError
from paragon_mock import DEFAULT_PROJECT_ID, dev_token

from tests.mock_process import ServeProcess

SLACK_WORKFLOW = "2248335c-671c-47e4-b9a0-3641a9f2d301"
STRIPE_ID = "6f3c5e1a-52a4-4c8e-9d0b-7f1e2a3b4c5d"
# Memory the client may gain between warm-up and the end without being called leaky: caches
# that fill once (models, connections) and allocator slack, far below a per-call leak.
MEMORY_SLACK_MB = 25.0


@dataclass
class User:
    """What one simulated user had acknowledged, and what went wrong for it."""

    name: str
    events: int = 0
    stripe_installs: int = 0
    stripe_failures: int = 0
    workflow_enabled: bool | None = None
    # Whether the last toggle raised: its change may still have been made (see _check).
    workflow_uncertain: bool = False
    statuses: Counter[int] = field(default_factory=Counter)
    other_errors: list[str] = field(default_factory=list)


def _rss_mb() -> float:
    """The process's resident memory now (not its peak), in MB."""
    pages = int(Path("/proc/self/statm").read_text(encoding="ascii").split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def _inject_faults(base_url: str) -> None:
    faults = [
        {"mode": "503", "pathRegex": "^/(v2/)?projects/", "fraction": 0.1, "retryAfter": 0},
        {"mode": "429", "pathRegex": "^/(v2/)?projects/", "fraction": 0.1, "retryAfter": 0},
        {"mode": "delay", "pathRegex": "^/(v2/)?projects/", "fraction": 0.2, "delayMs": 20},
    ]
    for fault in faults:
        answer = httpx.post(f"{base_url}/_mock/faults", json=fault)
        answer.raise_for_status()


async def _call(user: User, step: Any) -> bool:
    """Run one call; True when it was acknowledged."""
    try:
        await step
    except APIStatusError as error:
        user.statuses[error.status_code] += 1
        return False
    except ParagonError as error:
        user.other_errors.append(f"{type(error).__name__}: {error}")
        return False
    return True


async def _simulate(base_url: str, user: User, until: float, seed: int) -> None:
    chance = random.Random(seed)
    async with AsyncParagon(base_url=base_url, max_retries=2) as paragon:
        while not await _call(user, paragon.authenticate(DEFAULT_PROJECT_ID, dev_token(user.name))):
            if time.monotonic() > until:
                return
        while not await _call(user, paragon.complete_install("slack", "soak-code")):
            if time.monotonic() > until:
                return
        while time.monotonic() < until:
            pick = chance.random()
            if pick < 0.5:
                payload = {"user": user.name, "n": user.events}
                if await _call(user, paragon.event("Task Created", payload)):
                    user.events += 1
            elif pick < 0.8:
                enabled = not user.workflow_enabled
                change = (
                    paragon.enable_workflow(SLACK_WORKFLOW)
                    if enabled
                    else paragon.disable_workflow(SLACK_WORKFLOW)
                )
                acknowledged = await _call(user, change)
                if acknowledged:
                    user.workflow_enabled = enabled
                user.workflow_uncertain = not acknowledged
            else:
                install = paragon.install_integration(
                    "stripe",
                    pre_options={"API_KEY": f"sk_test_{user.name}"},
                    allow_multiple_credentials=True,
                )
                if await _call(user, install):
                    user.stripe_installs += 1
                else:
                    user.stripe_failures += 1


def _check(base_url: str, users: list[User], applied_unacknowledged: Counter[str]) -> list[str]:
    """Compare the mock's state and records with what the users acknowledged.

    ``applied_unacknowledged`` counts the changes made although their call raised.
    """
    problems: list[str] = []
    with httpx.Client(base_url=base_url, timeout=30) as client:
        client.delete("/_mock/faults").raise_for_status()
        for user in users:
            headers = {"Authorization": f"Bearer {dev_token(user.name)}"}
            query = {"kind": "event", "projectId": DEFAULT_PROJECT_ID, "userId": user.name}
            records = client.get("/_mock/records", params=query).json()["records"]
            if len(records) != user.events:
                problems.append(
                    f"{user.name}: {user.events} events acknowledged, {len(records)} recorded"
                )
            listed = client.get(f"/projects/{DEFAULT_PROJECT_ID}/sdk/credentials", headers=headers)
            stripe = [c for c in listed.json() if c["integrationId"] == STRIPE_ID]
            # A failed install made nothing (faults refuse before the mock acts): none may be
            # missing, doubled, or made by a call that raised.
            if len(stripe) != user.stripe_installs:
                problems.append(
                    f"{user.name}: {user.stripe_installs} Stripe installs acknowledged and "
                    f"{user.stripe_failures} failed, {len(stripe)} exist"
                )
            applied_unacknowledged["stripe installs"] += max(len(stripe) - user.stripe_installs, 0)
            if user.workflow_enabled is not None:
                me = client.get(f"/projects/{DEFAULT_PROJECT_ID}/sdk/me", headers=headers).json()
                settings = me["integrations"]["slack"].get("workflowSettings") or {}
                enabled = (settings.get(SLACK_WORKFLOW) or {}).get("enabled", False)
                if enabled != user.workflow_enabled:
                    applied_unacknowledged["workflow toggles"] += user.workflow_uncertain
                    shown = "on" if enabled else "off"
                    wanted = "on" if user.workflow_enabled else "off"
                    problems.append(
                        f"{user.name}: the workflow is {shown}, the last acknowledged toggle "
                        f"left it {wanted}"
                    )
            uninjected = {s: n for s, n in user.statuses.items() if s >= 500 and s != 503}
            if uninjected:
                problems.append(f"{user.name}: 5xx the mock did not inject: {uninjected}")
            problems += [f"{user.name}: {error}" for error in user.other_errors[:3]]
    return problems


async def _run(base_url: str, users: int, seconds: float) -> tuple[list[User], float, float]:
    # Warm-up: one short round, so imports, models and connections are in place before the
    # memory baseline is taken.
    warm = [User(f"soak-warm-{index}") for index in range(users)]
    await asyncio.gather(
        *[_simulate(base_url, u, time.monotonic() + 2, i) for i, u in enumerate(warm)]
    )
    gc.collect()
    before = _rss_mb()
    crowd = [User(f"soak-{index}") for index in range(users)]
    until = time.monotonic() + seconds
    await asyncio.gather(*[_simulate(base_url, u, until, 1000 + i) for i, u in enumerate(crowd)])
    gc.collect()
    return crowd, before, _rss_mb()


def main() -> int:
    """Run the soak and print its figures; exit 1 when a check fails."""
    parser = argparse.ArgumentParser(prog="python -m tests.soak")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    arguments = parser.parse_args()
    server = ServeProcess("--seed", "7")
    base_url = server.base_url
    try:
        _inject_faults(base_url)
        crowd, before, after = asyncio.run(_run(base_url, arguments.users, arguments.seconds))
        faults = httpx.get(f"{base_url}/_mock/faults").json()["faults"]
        applied_unacknowledged: Counter[str] = Counter()
        problems = _check(base_url, crowd, applied_unacknowledged)
    finally:
        server.stop(timeout=30)
    statuses: Counter[int] = Counter()
    for user in crowd:
        statuses.update(user.statuses)
    figures = {
        "users": arguments.users,
        "seconds": arguments.seconds,
        "events acknowledged": sum(u.events for u in crowd),
        "stripe installs acknowledged": sum(u.stripe_installs for u in crowd),
        "workflow toggles ended": sum(u.workflow_enabled is not None for u in crowd),
        "errors by status (after retries)": dict(sorted(statuses.items())),
        "faults applied": {f["mode"]: f["applied"] for f in faults},
        "made although their call raised": dict(applied_unacknowledged),
        "client RSS after warm-up (MB)": round(before, 1),
        "client RSS at the end (MB)": round(after, 1),
    }
    print(json.dumps(figures, indent=2))
    if after - before > MEMORY_SLACK_MB:
        problems.append(f"the client's memory grew by {after - before:.1f} MB")
    for problem in problems:
        print(f"FAIL {problem}")
    print("soak: ok" if not problems else f"soak: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
