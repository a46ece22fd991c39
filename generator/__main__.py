"""Command line of the generator: `python -m generator [--check] [--spec PATH] [--output DIR]`.

Exit codes: 0 done (or, with --check, up to date); 1 --check found differences; 2 the generation
failed or the command line was wrong.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from . import driver


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser; default paths are relative to the repository, not the CWD."""
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description=(
            "Regenerate generated/ (the paragon_connect_api client and the paragon_models pydantic "
            "models) from the OpenAPI spec."
        ),
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="generate into a temporary folder and fail with a diff if the output folder differs",
    )
    parser.add_argument(
        "--spec",
        type=Path,
        default=driver.DEFAULT_SPEC,
        help="the OpenAPI document (default: spec/paragon.yaml in the repository)",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=driver.DEFAULT_OUTPUT,
        help="the folder to replace or compare (default: generated/ in the repository)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    arguments = build_parser().parse_args(argv)
    spec: Path = arguments.spec
    output: Path = arguments.output
    output_name = driver.display_path(output) + "/"
    started = time.perf_counter()
    try:
        if arguments.check:
            difference = driver.check(spec, output)
        else:
            difference = driver.generate(spec, output)
    except driver.GenerationError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    elapsed = time.perf_counter() - started

    if arguments.check:
        if difference.is_empty:
            print(f"{output_name} is up to date")
            return 0
        print(
            f"{output_name} does not match {driver.display_path(spec)}: "
            "run `python -m generator` and commit the result."
        )
        print(
            f"Diff from {output_name} (a/) to a fresh generation (b/); added files are missing "
            f"from {output_name}, removed files are stale in it."
        )
        for label, names in (
            ("added", difference.added),
            ("removed", difference.removed),
            ("changed", difference.changed),
        ):
            for name in names:
                print(f"  {label + ':':8} {name}")
        sys.stdout.write(difference.unified_diff)
        return 1

    if difference.is_empty:
        print(f"{output_name} was already up to date ({elapsed:.1f} s)")
    else:
        print(
            f"{output_name} regenerated in {elapsed:.1f} s: {len(difference.changed)} changed, "
            f"{len(difference.added)} added, {len(difference.removed)} removed"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
