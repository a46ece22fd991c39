"""The drift check: generated/ matches the spec, and the check fails when the spec changes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import REPO_ROOT, SPEC_PATH


def _generator(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO_ROOT,
    )


def test_generated_matches_the_spec() -> None:
    result = _generator("--check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_fails_with_a_diff_when_the_spec_changes(tmp_path: Path) -> None:
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    spec["components"]["schemas"]["UserMetadata"]["properties"]["Nickname"] = {"type": "string"}
    changed = tmp_path / "paragon.yaml"
    changed.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")

    result = _generator("--check", "--spec", str(changed))

    assert result.returncode != 0
    assert "paragon_connect_api/models/user_metadata.py" in result.stdout
    assert "+    nickname" in result.stdout
    # The committed tree is untouched by a check.
    assert _generator("--check").returncode == 0
