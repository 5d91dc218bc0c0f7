"""Entry script for the frozen app (PyInstaller): the same command line as aspel-upgrade."""

from aspel_upgrade.launch.cli import entry

if __name__ == "__main__":
    entry()
