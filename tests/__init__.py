"""The test suite of paragon-connect."""
