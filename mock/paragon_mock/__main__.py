"""``python -m paragon_mock``: the same as the ``paragon-mock`` command."""

import sys

from paragon_mock.cli import main

sys.exit(main())
