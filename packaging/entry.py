"""Entry script for the frozen app (PyInstaller): the same command line as aspel-upgrade."""

import sys

from aspel_upgrade.launch.cli import main

if __name__ == "__main__":
    sys.exit(main())
