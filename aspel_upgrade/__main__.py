"""Entry point of ``aspel-upgrade`` (see aspel_upgrade/launch/cli.py for the contract)."""

from __future__ import annotations

from .launch.cli import entry

if __name__ == "__main__":
    entry()
