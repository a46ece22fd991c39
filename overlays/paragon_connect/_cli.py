"""The ``paragon`` command: ``paragon demo`` runs every SDK function against a local mock."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from ._version import __version__

# The shell's exit codes for a command ended by SIGINT (Ctrl-C) and by SIGPIPE (a closed pipe).
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; Ctrl-C ends it with one line, a closed pipe quietly."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print("paragon: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`paragon demo | head`): nothing is left to tell it. Python
        # would still try to flush stdout at exit and print a second error, so point it away.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


def _main(argv: Sequence[str] | None) -> int:
    """Parse the command line and run it; returns the exit code."""
    parser = argparse.ArgumentParser(
        prog="paragon", description="The Paragon Connect client for Python."
    )
    parser.add_argument("--version", action="version", version=f"paragon-connect {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser(
        "demo", help="run every SDK function against a local mock and print the results"
    )
    demo.add_argument("--async", dest="use_async", action="store_true", help="use AsyncParagon")
    demo.add_argument(
        "--responses",
        choices=("full", "minimal"),
        default="full",
        help="the mock's answers: full (default), or minimal (only what the spec requires)",
    )
    arguments = parser.parse_args(argv)
    if arguments.command == "demo":
        from ._demo import run_demo

        return run_demo(use_async=arguments.use_async, responses=arguments.responses)
    parser.error(f"unknown command {arguments.command!r}")


if __name__ == "__main__":
    sys.exit(main())
