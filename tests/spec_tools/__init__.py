"""Tests that need the Node tools of package.json (`npm ci`); the nox session `spec` runs them."""
