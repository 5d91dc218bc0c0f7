"""What the command line asked for, once parsed and checked (read by the run)."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple


class Options(NamedTuple):  # no dataclass before the first paint (ui/app.py)
    """Checked by ``cli.parse``; read once by the run."""

    sandbox: bool
    portal_url: str | None
    system: str | None
    serial: str | None
    user: str | None
    result_file: Path | None
    lang: str | None
    proxy: str | None
    ca_bundle: str | None
    diagnose: bool
    download: bool = False  # download and verify the installer after the upgrade
    download_dir: Path | None = None
    check: bool = False  # --check: is this PC ready? (no window, no log-in)
