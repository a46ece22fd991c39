"""Generation time (figure 7): the wall time of ``python -m generator``, spec to both packages.

Each run generates into a fresh temporary folder (``--output``), so the working tree is never
touched; the figure is the median against the 5-second budget.

    python -m tests.benchmarks.bench_generator [--quick]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ._report import Figure, Settings, standalone
from ._timing import stats

__all__ = ["BUDGET_SECONDS", "run"]

BUDGET_SECONDS = 5.0
REPO_ROOT = Path(__file__).resolve().parents[2]


def _generate_once(work_dir: Path) -> float:
    with tempfile.TemporaryDirectory(dir=work_dir) as output:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "generator", "--output", output],
            cwd=REPO_ROOT,
            check=True,
            capture_output=True,
        )
        return time.perf_counter() - started


def run(settings: Settings, work_dir: Path) -> list[Figure]:
    """The median wall time of a whole generation, against the budget."""
    times = [_generate_once(work_dir) for _ in range(settings.scale(5, 1))]
    result = stats(times)
    return [
        Figure(
            group="7",
            name="python -m generator (spec to both packages)",
            ours=result.median,
            base=BUDGET_SECONDS,
            unit="s",
            baseline="budget",
            ratio=result.median / BUDGET_SECONDS,
            ratio_q1=result.q1 / BUDGET_SECONDS,
            ratio_q3=result.q3 / BUDGET_SECONDS,
            target="≤ 1.00× (5 s)",
            limit=1.0,
            spread=result.spread,
        )
    ]


def main(argv: list[str] | None = None) -> int:
    """Run the generation benchmark alone and print its figure."""
    return standalone("bench_generator", run, argv)


if __name__ == "__main__":
    sys.exit(main())
