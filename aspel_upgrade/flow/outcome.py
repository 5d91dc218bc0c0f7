"""How a run ended, as an exit code and a result file: the public contract for installers.

Exit codes (stable):
    0  upgraded, or an upgrade that already existed was shown
    1  cancelled by the user (``error_code`` may name the last problem they saw, one they
       could fix themselves: a wrong password, a locked account…)
    2  failed (network, portal, this PC's folders, unexpected error); with ``--download``,
       also an upgrade whose installer was not downloaded and verified (error_code
       download_corrupt, download_failed, no_space, disk_error, download_busy or
       download_unavailable; the upgrade's fields are filled)
    3  nothing to upgrade on this account
    4  outcome unknown: the confirmation was sent but its answer was not seen (closed while
       waiting); the next start shows the result, never a second serial
    5  ``--check``: something blocks on this PC (``checks`` says what); 0 when nothing does
    64 bad command line
    73 the result file cannot be written (sysexits' EX_CANTCREAT, as 64 is its EX_USAGE), or
       with ``--download`` the installer's folder; a line on stderr, never a result file

The result file is one JSON object (schema 1), written atomically (temp file + rename),
for every outcome. It never holds a password or a token.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import date
from enum import IntEnum
from pathlib import Path
from typing import Any, TypedDict

from ..host.atomic import write_json_atomically
from .deadline import deadline
from .readiness import Readiness, checks_json, exit_code
from .state import FlowState
from .wording import download as download_words
from .wording.errors import answer_not_received, describe

RESULT_SCHEMA = 1


class ExitCode(IntEnum):
    UPGRADED = 0
    CANCELLED = 1
    FAILED = 2
    NOTHING_TO_UPGRADE = 3
    OUTCOME_UNKNOWN = 4
    NOT_READY = 5  # --check: something blocks on this PC
    BAD_COMMAND_LINE = 64
    RESULT_FILE_UNWRITABLE = 73
    CANNOT_CREATE = 73  # the same code: the installer's folder cannot be written (--download)


# Problems that are the system's, not the user's: closing the wizard after one of these
# is a failure (2). After any other (a wrong password, a locked account) it is a
# cancellation (1) that names the problem.
SYSTEM_FAILURES = frozenset({
    "connection_failed", "timeout", "portal_unavailable", "unexpected_response",
    "insecure_portal_address", "state_not_writable", "unexpected", "portal_error",
})  # fmt: skip


@dataclass(frozen=True)
class Outcome:
    outcome: str  # upgraded | already_upgraded | cancelled | failed | nothing_to_upgrade |
    #               unknown | bad_command_line | diagnosed | checked
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
    old_version_days_left: int | None = None  # from the run's day; negative once passed
    upgrade_id: str | None = None
    issued_at: str | None = None
    installer_path: str | None = None  # the downloaded installer (final name once verified)
    installer_size: int | None = None
    installer_sha256: str | None = None
    installer_verified: bool = False
    # The readiness checks ({id, system, status, found, needed, message}): --check's, or the
    # wizard's as they stood when the confirmation was sent; None where none were made.
    checks: tuple[dict[str, Any], ...] | None = None

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["checks"] = list(self.checks) if self.checks is not None else None
        return {"schema": RESULT_SCHEMA, **data}


def checked(readiness: Sequence[Readiness]) -> Outcome:
    """``--check``'s outcome: exit 0 when nothing blocks, 5 when something does."""
    code = exit_code(c for r in readiness for c in r.checks)
    return Outcome("checked", code, checks=tuple(checks_json(readiness)))


def failure(error_code: str, message: str, *, bad_command_line: bool = False) -> Outcome:
    if bad_command_line:
        return Outcome("bad_command_line", ExitCode.BAD_COMMAND_LINE, error_code, message)
    return Outcome("failed", ExitCode.FAILED, error_code, message)


def outcome_of(
    state: FlowState, *, today: date | None = None, require_download: bool = False
) -> Outcome:
    """What a finished (or closed) wizard amounts to (``today``: the flow's clock).

    With ``require_download`` (``--download``) an upgrade counts as done only once its
    installer is downloaded and verified.
    """
    receipt = state.receipt
    if receipt is not None:
        until = receipt.old_version_usable_until
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
            old_version_usable_until=until.isoformat(),
            old_version_days_left=deadline(until, today or date.today()).days_left,
            upgrade_id=receipt.upgrade_id,
            issued_at=receipt.issued_at.isoformat(),
            checks=_confirmed_checks(state),
        )
        return _with_installer(outcome, state, require_download)
    if state.answer_unseen:
        offer, resume = state.offer, state.resume
        return Outcome(
            "unknown",
            ExitCode.OUTCOME_UNKNOWN,
            "answer_not_received",
            answer_not_received(),
            system=offer.system if offer else resume.system if resume else None,
            from_version=offer.from_version if offer else resume.from_version if resume else None,
            to_version=offer.to_version if offer else resume.to_version if resume else None,
            previous_serial=offer.current_serial if offer else None,
            checks=_confirmed_checks(state),
        )
    subs = state.subscriptions
    if subs is not None and not any(s.upgrade.eligible for s in subs):
        return Outcome("nothing_to_upgrade", ExitCode.NOTHING_TO_UPGRADE)
    chosen = _chosen(state)  # the installer still learns which system it was about
    error = state.last_error
    if error is None:
        return Outcome("cancelled", ExitCode.CANCELLED, **chosen)
    code, message = error_fields(error)
    if code in SYSTEM_FAILURES:
        return Outcome("failed", ExitCode.FAILED, code, message, **chosen)
    return Outcome("cancelled", ExitCode.CANCELLED, code, message, **chosen)


def confirmed_checks(state: FlowState) -> Readiness | None:
    """The checks as they stood when this run sent the confirmation (None: it sent none,
    e.g. an earlier upgrade shown again, or one resumed from another run)."""
    if state.receipt_was_existing:
        return None
    return state.readiness_confirmed


def _confirmed_checks(state: FlowState) -> tuple[dict[str, Any], ...] | None:
    confirmed = confirmed_checks(state)
    if confirmed is None:
        return None
    return tuple(checks_json([confirmed]))


class _Chosen(TypedDict, total=False):  # nothing chosen: none of them
    system: str | None
    from_version: str | None
    to_version: str | None
    previous_serial: str | None


def _chosen(state: FlowState) -> _Chosen:
    """System, versions and serial of the row the user had chosen, if any."""
    offer, selected = state.offer, state.selected
    if offer is not None:
        return {
            "system": offer.system,
            "from_version": offer.from_version,
            "to_version": offer.to_version,
            "previous_serial": offer.current_serial,
        }
    if selected is not None:
        return {
            "system": selected.system,
            "from_version": selected.version,
            "to_version": selected.upgrade.target_version,
            "previous_serial": selected.serial,
        }
    return {}


def error_fields(error: BaseException) -> tuple[str, str]:
    """(code, sentence) of a failure: the sentence the wizard showed for it."""
    code = getattr(error, "code", None)
    return (code if isinstance(code, str) else "unexpected"), describe(error)


def _with_installer(outcome: Outcome, state: FlowState, required: bool) -> Outcome:
    installer = state.installer
    if installer is not None:
        outcome = replace(
            outcome,
            installer_path=str(installer.path),
            installer_size=installer.size,
            installer_sha256=installer.sha256,
            installer_verified=installer.verified,
        )
    receipt = state.receipt
    if required and receipt is not None and getattr(receipt, "download", None) is None:
        # The portal gave the serial but no installer to download (issue 18 A3): the
        # serial is the outcome and is filed; the installer is to be fetched by hand.
        message = download_words.unavailable(receipt.download_url)
        return replace(outcome, exit_code=ExitCode.FAILED, error_code="download_unavailable",
                       error_message=message)  # fmt: skip
    if required and receipt is not None and (installer is None or not installer.verified):
        code = (installer.error_code if installer else None) or "download_failed"
        # A partial file is not claimed as kept: the run ending here does not know it is.
        message = download_words.failure(installer, receipt.download_url)  # the page's words
        outcome = replace(outcome, exit_code=ExitCode.FAILED, error_code=code,
                          error_message=message)  # fmt: skip
    return outcome


def write_result_file(path: Path, outcome: Outcome) -> None:
    """Atomically replace ``path`` with the outcome as JSON (UTF-8)."""
    write_json_atomically(path, outcome.as_json())
