"""How a run ended, as an exit code and a result file: the public contract for installers.

Exit codes (stable):
    0  upgraded, or an upgrade that already existed was shown
    1  cancelled by the user
    2  failed (network, portal, unexpected error); with ``--download``, also an upgrade
       whose installer was not downloaded and verified (error_code download_corrupt,
       download_failed or no_space; the upgrade's fields are filled all the same)
    3  nothing to upgrade on this account
    64 bad command line

The result file is one JSON object (schema 1), written atomically (temp file + rename),
for every outcome. It never holds a password or a token.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .state import FlowState

RESULT_SCHEMA = 1


class ExitCode(IntEnum):
    UPGRADED = 0
    CANCELLED = 1
    FAILED = 2
    NOTHING_TO_UPGRADE = 3
    BAD_COMMAND_LINE = 64


@dataclass(frozen=True)
class Outcome:
    outcome: str  # upgraded | already_upgraded | cancelled | failed | nothing_to_upgrade |
    #               bad_command_line
    exit_code: int
    error_code: str | None = None
    error_message: str | None = None
    system: str | None = None
    from_version: str | None = None
    to_version: str | None = None
    previous_serial: str | None = None
    new_serial: str | None = None
    download_url: str | None = None
    razon_social: str | None = None
    old_version_usable_until: str | None = None  # ISO date
    upgrade_id: str | None = None
    issued_at: str | None = None
    installer_path: str | None = None  # the downloaded installer (final name once verified)
    installer_size: int | None = None
    installer_sha256: str | None = None
    installer_verified: bool = False

    def as_json(self) -> dict[str, Any]:
        return {"schema": RESULT_SCHEMA, **asdict(self)}


def failure(error_code: str, message: str, *, bad_command_line: bool = False) -> Outcome:
    if bad_command_line:
        return Outcome("bad_command_line", ExitCode.BAD_COMMAND_LINE, error_code, message)
    return Outcome("failed", ExitCode.FAILED, error_code, message)


def outcome_of(
    state: FlowState,
    *,
    error_code: str | None,
    error_message: str | None,
    require_download: bool = False,
) -> Outcome:
    """What a finished (or closed) wizard amounts to.

    With ``require_download`` (``--download``) an upgrade counts as done only once its
    installer is downloaded and verified.
    """
    receipt = state.receipt
    if receipt is not None:
        outcome = Outcome(
            "already_upgraded" if state.receipt_was_existing else "upgraded",
            ExitCode.UPGRADED,
            system=receipt.system,
            from_version=receipt.from_version,
            to_version=receipt.to_version,
            previous_serial=receipt.previous_serial,
            new_serial=receipt.new_serial,
            download_url=receipt.download_url,
            razon_social=receipt.razon_social,
            old_version_usable_until=receipt.old_version_usable_until.isoformat(),
            upgrade_id=receipt.upgrade_id,
            issued_at=receipt.issued_at.isoformat(),
        )
        return _with_installer(outcome, state, require_download)
    subs = state.subscriptions
    if subs is not None and not any(s.upgrade.eligible for s in subs):
        return Outcome("nothing_to_upgrade", ExitCode.NOTHING_TO_UPGRADE)
    if error_code is not None:
        return Outcome("failed", ExitCode.FAILED, error_code, error_message)
    return Outcome("cancelled", ExitCode.CANCELLED)


def _with_installer(outcome: Outcome, state: FlowState, required: bool) -> Outcome:
    from dataclasses import replace

    installer = state.installer
    if installer is not None:
        outcome = replace(
            outcome,
            installer_path=str(installer.path),
            installer_size=installer.size,
            installer_sha256=installer.sha256,
            installer_verified=installer.verified,
        )
    if required and (installer is None or not installer.verified):
        code = (installer.error_code if installer else None) or "download_failed"
        outcome = replace(outcome, exit_code=ExitCode.FAILED, error_code=code,
                          error_message=_download_message(code, state))  # fmt: skip
    return outcome


def _download_message(code: str, state: FlowState) -> str:
    """The command line's (and log's) sentence for a download that did not end verified."""
    installer = state.installer
    if code == "download_corrupt":
        return "El instalador descargado no coincide con el publicado por Aspel; se borró."
    if code == "no_space" and installer is not None:
        mib = 1024 * 1024
        return (
            f"No hay espacio suficiente en {installer.path.parent}: se necesitan "
            f"{installer.needed / mib:.1f} MB y hay {installer.free / mib:.1f} MB libres."
        )
    reason = installer.error.user_message if installer and installer.error else None
    return "No se terminó de descargar el instalador." + (f" {reason}" if reason else "")


def write_result_file(path: Path, outcome: Outcome) -> None:
    """Atomically replace ``path`` with the outcome as JSON (UTF-8)."""
    import json
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".aspel-upgrade-result-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(outcome.as_json(), f, ensure_ascii=False, indent=2)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
