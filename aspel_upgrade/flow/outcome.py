"""How a run ended, as an exit code and a result file: the public contract for installers.

Exit codes (stable):
    0  upgraded, or an upgrade that already existed was shown
    1  cancelled by the user (``error_code`` may name the last problem they saw, one they
       could fix themselves: a wrong password, a locked account…)
    2  failed (network, portal, this PC's folders, unexpected error)
    3  nothing to upgrade on this account
    4  outcome unknown: the confirmation was sent but its answer was not seen (closed while
       waiting); the next start shows the result, never a second serial
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
    OUTCOME_UNKNOWN = 4
    BAD_COMMAND_LINE = 64


# Problems that are the system's, not the user's: closing the wizard after one of these
# is a failure (2). After any other (a wrong password, a locked account) it is a
# cancellation (1) that names the problem.
SYSTEM_FAILURES = frozenset({
    "connection_failed", "timeout", "portal_unavailable", "unexpected_response",
    "insecure_portal_address", "state_not_writable", "unexpected", "portal_error",
})  # fmt: skip

UNKNOWN_OUTCOME_MESSAGE = (
    "Se envió la confirmación, pero no se recibió la respuesta del portal. La próxima vez que "
    "abras el asistente verás el resultado; no se generará un segundo número de serie."
)


@dataclass(frozen=True)
class Outcome:
    outcome: str  # upgraded | already_upgraded | cancelled | failed | nothing_to_upgrade |
    #               unknown | bad_command_line | diagnosed
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

    def as_json(self) -> dict[str, Any]:
        return {"schema": RESULT_SCHEMA, **asdict(self)}


def failure(error_code: str, message: str, *, bad_command_line: bool = False) -> Outcome:
    if bad_command_line:
        return Outcome("bad_command_line", ExitCode.BAD_COMMAND_LINE, error_code, message)
    return Outcome("failed", ExitCode.FAILED, error_code, message)


def outcome_of(state: FlowState) -> Outcome:
    """What a finished (or closed) wizard amounts to."""
    receipt = state.receipt
    if receipt is not None:
        return Outcome(
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
    if state.answer_unseen:
        offer, resume = state.offer, state.resume
        return Outcome(
            "unknown",
            ExitCode.OUTCOME_UNKNOWN,
            "answer_not_received",
            UNKNOWN_OUTCOME_MESSAGE,
            system=offer.system if offer else resume.system if resume else None,
            from_version=offer.from_version if offer else resume.from_version if resume else None,
            to_version=offer.to_version if offer else resume.to_version if resume else None,
            previous_serial=offer.current_serial if offer else None,
        )
    subs = state.subscriptions
    if subs is not None and not any(s.upgrade.eligible for s in subs):
        return Outcome("nothing_to_upgrade", ExitCode.NOTHING_TO_UPGRADE)
    error = state.last_error
    if error is None:
        return Outcome("cancelled", ExitCode.CANCELLED)
    code, message = error_fields(error)
    if code in SYSTEM_FAILURES:
        return Outcome("failed", ExitCode.FAILED, code, message)
    return Outcome("cancelled", ExitCode.CANCELLED, code, message)


def error_fields(error: BaseException) -> tuple[str, str]:
    """(code, Spanish sentence) of a failure, for the result file and the command line."""
    code = getattr(error, "code", None)
    message = getattr(error, "user_message", None)
    if isinstance(code, str) and isinstance(message, str):
        return code, message
    return "unexpected", f"Error inesperado ({type(error).__name__})."


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
