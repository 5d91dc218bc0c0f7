"""Entry point of ``aspel-upgrade`` (see aspel_upgrade/cli.py for the contract)."""

from __future__ import annotations

import sys

from .launch.cli import main

if __name__ == "__main__":
    sys.exit(main())
