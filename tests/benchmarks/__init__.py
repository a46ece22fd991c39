"""Benchmarks, run as modules (``python -m tests.benchmarks``: see ``__main__``), not by pytest."""
