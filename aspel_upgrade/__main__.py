"""Entry point of ``aspel-upgrade``."""

from __future__ import annotations

import argparse
import sys

from . import __version__


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="aspel-upgrade",
        description="Asistente para actualizar el número de serie de tu sistema Aspel.",
    )
    parser.add_argument("--version", action="version", version=f"aspel-upgrade {__version__}")
    parser.parse_args(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
