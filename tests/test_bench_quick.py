"""The benchmarks still run: ``python -m tests.benchmarks --quick`` writes a complete report.

This proves the ``bench`` session works without running it (it takes minutes): every benchmark
runs a few repetitions and the report gets a row per figure. Nothing here looks at a timing;
figures from a quick run mean nothing. The ``tests`` session has neither openai-python nor
matplotlib, so the run must say that it left the peer figures and the chart out.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT


def test_quick_benchmark_run_writes_every_figure(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks", "--quick", "--output", str(tmp_path)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    report = (tmp_path / "RESULTS.md").read_text(encoding="utf-8")
    assert report in result.stdout  # printed as well as written
    assert "| # | figure | ours | baseline | ratio (IQR) | target | met? |" in report
    rows = [line for line in report.splitlines() if line.startswith("| ") and "---" not in line]
    groups = {row.split("|")[1].strip() for row in rows[1:]}
    assert {"1a", "1b", "2", "3", "4", "6", "7"} <= groups
    for row in rows[1:]:
        assert "nan" not in row and "inf" not in row
    have_openai = importlib.util.find_spec("openai") is not None
    if have_openai:
        assert {"5a", "5b", "5"} <= groups
    else:
        assert not groups & {"5a", "5b", "5"}
        assert "openai-python is not installed" in report
    if importlib.util.find_spec("matplotlib") is not None:
        assert (tmp_path / "ratios.png").stat().st_size > 0
    else:
        assert "matplotlib is not installed: no chart written" in result.stderr
        assert not (tmp_path / "ratios.png").exists()
