"""The version of paragon-connect, kept in one place (a test checks it matches pyproject)."""

__version__ = "0.1.0"
