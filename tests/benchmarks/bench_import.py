"""Import cost (figures 4 and 5): ``import paragon_connect`` against ``import httpx``.

Each sample is the wall time of a fresh interpreter (``python -c "import X"``) minus that of a
bare one (``python -c "pass"``): the rounds run every kind once, in turn, and each kind's median
of the bare-subtracted times makes the figure. Every run reads its bytecode from one cache
folder (``PYTHONPYCACHEPREFIX``) that the warm-up runs fill, so no side pays for compiling source,
whether its package is installed (with bytecode) or editable, and whatever
``PYTHONDONTWRITEBYTECODE`` says. openai-python, when installed, is measured in the
same rounds. httpx imports its command-line interface's dependencies (click, rich, pygments) at
import time when they are installed, so the report says which of them this environment has.

    python -m tests.benchmarks.bench_import [--quick]
"""

from __future__ import annotations

import gc
import importlib.util
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from ._report import Figure, Settings, standalone
from ._timing import stats

__all__ = ["httpx_cli_modules", "run"]

_CODE = {
    "bare": "pass",
    "httpx": "import httpx",
    "paragon_connect": "import paragon_connect",
    "openai": "import openai",
}


def httpx_cli_modules() -> list[str]:
    """The optional modules httpx imports for its CLI that this environment has installed."""
    return [name for name in ("click", "rich", "pygments") if importlib.util.find_spec(name)]


def _wall(code: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    return time.perf_counter() - started


def _figure(kind: str, samples: dict[str, list[float]], target: str, limit: float | None) -> Figure:
    bare = samples["bare"]
    ours = [value - statistics.median(bare) for value in samples[kind]]
    base = [value - statistics.median(bare) for value in samples["httpx"]]
    ratios = [a / b for a, b in zip(ours, base, strict=True)]
    ratio_stats = stats(ratios)
    ours_stats, base_stats = stats(ours), stats(base)
    name = "import paragon_connect" if kind == "paragon_connect" else "openai-python: import openai"
    return Figure(
        group="4" if kind == "paragon_connect" else "5",
        name=name,
        ours=ours_stats.median * 1e3,
        base=base_stats.median * 1e3,
        unit="ms",
        baseline="import httpx",
        ratio=ours_stats.median / base_stats.median,
        ratio_q1=ratio_stats.q1,
        ratio_q3=ratio_stats.q3,
        target=target,
        limit=limit,
        higher_is_better=kind == "openai",
        spread=max(ours_stats.spread, base_stats.spread),
    )


def run(settings: Settings, work_dir: Path) -> list[Figure]:
    """Import times, bare interpreter start subtracted, as ratios to ``import httpx``."""
    kinds = ["bare", "httpx", "paragon_connect"]
    if importlib.util.find_spec("openai") is not None:
        kinds.append("openai")
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(work_dir / "pycache")
    for _ in range(2):  # fill the bytecode cache, then warm the disk cache
        for kind in kinds:
            _wall(_CODE[kind], env)
    samples: dict[str, list[float]] = {kind: [] for kind in kinds}
    gc.collect()
    for round_number in range(settings.scale(40, 3)):
        # Rotate who goes first, so no kind always follows the same one.
        shift = round_number % len(kinds)
        for kind in kinds[shift:] + kinds[:shift]:
            samples[kind].append(_wall(_CODE[kind], env))
    ours = _figure("paragon_connect", samples, "≤ 1.50×", 1.5)
    figures = [ours]
    if "openai" in samples:
        figures.append(_figure("openai", samples, f"> ours ({ours.ratio:.2f}×)", ours.ratio))
    return figures


def main(argv: list[str] | None = None) -> int:
    """Run the import benchmark alone and print its figures."""
    print(f"httpx's optional CLI modules installed: {', '.join(httpx_cli_modules()) or 'none'}")
    return standalone("bench_import", run, argv)


if __name__ == "__main__":
    sys.exit(main())
