"""The real entry point: version, and the first page painted before heavy imports."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from aspel_upgrade import __version__
from aspel_upgrade.sandbox.server import SandboxPortal
from tests.helpers_child import user_folders


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(user_folders(tmp_path))
    env.update(QT_QPA_PLATFORM="offscreen", ASPEL_UPGRADE_EXIT_AFTER_FIRST_PAINT="1")
    return env


def test_version_flag() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "aspel_upgrade", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert out.stdout.strip() == f"aspel-upgrade {__version__}"


def test_first_page_is_painted_before_requests_keyring_and_dataclasses_are_imported(
    tmp_path: Path, sandbox: SandboxPortal
) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "aspel_upgrade", "--portal-url", sandbox.url],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(tmp_path),
    )
    painted = "first-paint requests=False keyring=False urllib3=False dataclasses=False"
    assert painted in out.stdout, out.stderr
    # The first page reads its own words only, not the whole catalogue.
    catalogue = "aspel_upgrade.flow.wording.errors=False aspel_upgrade.flow.wording.download=False"
    assert catalogue in out.stdout, out.stdout
    # Nor the look at this PC: «¿Está listo este equipo?» is a later page (issue 20).
    look = (
        "aspel_upgrade.flow.readiness=False aspel_upgrade.flow.wording.readiness=False "
        "aspel_upgrade.host.probes=False"
    )
    assert look in out.stdout, out.stdout
    # The probed run ends once every page is built and no worker is busy (ui/paint_probe).
    assert "settled=True" in out.stdout, out.stdout


def test_sandbox_flag_prints_the_demo_credentials(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "aspel_upgrade", "--sandbox"],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(tmp_path),
    )
    assert "Portal de pruebas (sandbox) en http://127.0.0.1:" in out.stdout
    assert "usuario: demo" in out.stdout
    assert "first-paint" in out.stdout
