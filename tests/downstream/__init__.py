"""The downstream matrix's scenarios (one per target) and its tests with the real tools.

The nox session ``downstream`` runs the tests here with ``--noconftest``; a plain ``pytest``
leaves this folder out, as the tests need Java, Go and the Node tools.
"""
