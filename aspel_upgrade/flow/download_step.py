"""The installer step as a state machine: what the page may offer, and what a download's
end, a cancel or a look at this PC before running the installer mean.

The phase lives in the flow's state (``FlowState.download_phase``, an enum like the
steps), so the wizard's completeness rule and its closing question read it too; the
transitions are this object's methods (``UpgradeFlow.download``). The transfer itself is
flow/download.py's; the download page renders the phase and forwards the user's intents.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple

from ..host.installed import InstalledSystem
from ..host.trust import Signature
from ..portal import errors as e
from ..portal.models import UpgradeReceipt
from .download import DownloadResult, Status
from .preselect import version_key
from .state import DownloadPhase, FlowState


class Arrival(Enum):
    """What the page does on arrival."""

    UNAVAILABLE = "unavailable"  # no usable descriptor: only the page link is left
    VERIFIED = "verified"  # verified before and still on disk: shown, nothing fetched
    START = "start"  # start (or resume) the download at once: the user asked for it


class Ended(Enum):
    """What a finished run of the transfer means for the page."""

    VERIFIED = "verified"
    PAUSED = "paused"  # stopped by «Pausar» (or by leaving): the part stays
    DISCARD = "discard"  # stopped by a confirmed cancel: remove the part now
    FAILED = "failed"  # say why (``failure``); «Reintentar»
    LOG_IN_AGAIN = "log_in_again"  # the session ended: ask the password, then start again


class CancelAnswer(Enum):
    """«Borrar y cancelar» was chosen: what happens to the transfer and the part."""

    STOP_THEN_DISCARD = "stop_then_discard"  # running: stop it, then remove the part
    DISCARD = "discard"  # nothing running: remove the part now
    NOTHING = "nothing"


class Discarded(Enum):
    REMOVED = "removed"
    BUSY = "busy"  # another copy of the app is downloading it: nothing was removed
    KEPT = "kept"  # the system refused (held open, read-only): the part stays


class StartLabel(Enum):
    DOWNLOAD = "download"
    RESUME = "resume"
    RETRY = "retry"


class Buttons(NamedTuple):
    """The transfer's three buttons, as the phase allows them."""

    shown: bool  # hidden once verified, or when only the page link is left
    start: StartLabel
    start_enabled: bool
    pause_enabled: bool
    cancel_enabled: bool


class SignatureTrust(Enum):
    NOT_CHECKED = "not_checked"  # not on Windows: Windows checks it when it runs
    TRUSTED = "trusted"  # signed, trusted, and by the expected publisher if one is set
    UNTRUSTED = "untrusted"  # never run from here


class RunVerdict(Enum):
    """What «Ejecutar instalador» does after looking at the file and this PC again."""

    NO_LONGER_VERIFIED = "no_longer_verified"  # gone, moved or changed since verified
    UNTRUSTED = "untrusted"
    OLD_VERSION_OPEN = "old_version_open"  # ask to close it first
    RUN = "run"


@dataclass(frozen=True)
class InstallerLook:
    """This PC and the file as seen when «Ejecutar instalador» was pressed (or the warning
    answered); made on a worker thread."""

    running: bool  # the old version's program is open here
    installed: tuple[InstalledSystem, ...] | None  # None: the finder was not asked
    name_ok: bool  # still there, under an installer's name, and still the verified file
    signature: Signature


def signature_trust(signature: Signature, expected_publisher: str) -> SignatureTrust:
    if signature.status == "not_checked":
        return SignatureTrust.NOT_CHECKED
    if signature.trusted_for(expected_publisher):
        return SignatureTrust.TRUSTED
    return SignatureTrust.UNTRUSTED


def run_offered(signature: Signature | None, expected_publisher: str) -> bool:
    """Whether «Ejecutar instalador» is offered. Not once Windows has said for good that
    the file is not one to run (unsigned, changed after signing, an untrusted or another
    signer): the page says it will not run it, and a button that only repeats that would
    contradict it. While unchecked, or when the check itself failed, it is: pressing it
    looks again."""
    if signature is None or signature.status == "error":
        return True
    return signature_trust(signature, expected_publisher) is not SignatureTrust.UNTRUSTED


def run_verdict(look: InstallerLook, expected_publisher: str) -> RunVerdict:
    if not look.name_ok:
        return RunVerdict.NO_LONGER_VERIFIED
    if signature_trust(look.signature, expected_publisher) is SignatureTrust.UNTRUSTED:
        return RunVerdict.UNTRUSTED
    if look.running:
        return RunVerdict.OLD_VERSION_OPEN
    return RunVerdict.RUN


def running_in(installed: Sequence[InstalledSystem], system: str, version: str) -> bool:
    """Whether ``system version``'s program is open, in what the finder found."""
    wanted = (system.upper(), version_key(version))
    return any(
        (i.system.upper(), version_key(i.version)) == wanted and i.running for i in installed
    )


class DownloadStep:
    """The transitions of the installer step, over the flow's current state."""

    def __init__(self, state: Callable[[], FlowState]) -> None:
        self._state = state  # the flow's state is replaced when another user logs in
        self._before_discard: DownloadPhase | None = None  # restored if nothing is removed

    @property
    def phase(self) -> DownloadPhase:
        return self._state().download_phase

    def _set(self, phase: DownloadPhase) -> None:
        self._state().download_phase = phase

    @property
    def result(self) -> DownloadResult | None:
        """How the last attempt ended (the result file reports it too)."""
        return self._state().installer

    @property
    def downloading(self) -> bool:
        """A transfer is under way (closing asks first; Next waits)."""
        return self.phase is DownloadPhase.RUNNING

    def arrive(self, receipt: UpgradeReceipt) -> Arrival:
        """On arrival: only the page link, the verified file again, or a download."""
        if receipt.download is None:
            self._set(DownloadPhase.UNAVAILABLE)
            return Arrival.UNAVAILABLE
        result = self.result
        if self.phase is DownloadPhase.VERIFIED:
            if result is not None and result.path.is_file():
                return Arrival.VERIFIED
            self._set(DownloadPhase.IDLE)  # verified before, but the file is gone
        return Arrival.START

    def start(self) -> bool:
        """Start, resume or retry (what is on disk decides which: flow/download.py);
        False when one is running already or there is nothing to download."""
        if self.phase in (DownloadPhase.RUNNING, DownloadPhase.UNAVAILABLE):
            return False
        state = self._state()
        state.download_phase = DownloadPhase.RUNNING
        state.download_cancelled = False
        state.download_paused_by_leaving = False
        return True

    def stop(self, *, cancel: bool) -> None:
        """«Pausar» keeps what arrived; a confirmed cancel removes it once stopped."""
        self._state().download_cancelled = cancel

    def ended(self, result: DownloadResult) -> Ended:
        state = self._state()
        state.installer = result
        if result.status is Status.VERIFIED:
            state.download_phase = DownloadPhase.VERIFIED
            return Ended.VERIFIED
        if result.status is Status.STOPPED and state.download_cancelled:
            return Ended.DISCARD
        if result.status is Status.STOPPED:
            state.download_phase = DownloadPhase.PAUSED
            return Ended.PAUSED
        state.download_phase = DownloadPhase.FAILED
        if isinstance(result.error, e.SessionExpired) and state.account is not None:
            return Ended.LOG_IN_AGAIN  # to read the receipt again, then go on
        return Ended.FAILED

    def no_longer_verified(self) -> None:
        """The file is not the one verified any more: «Verificado» is not shown, and
        «Descargar» fetches and checks it again."""
        self._set(DownloadPhase.CANCELLED)

    def failed(self, error: BaseException) -> None:
        """The transfer's task itself failed (a defect): said, and «Reintentar»."""
        state = self._state()
        state.download_phase = DownloadPhase.FAILED
        state.last_error = error

    def cancel_chosen(self) -> CancelAnswer:
        if self.phase is DownloadPhase.RUNNING:
            self.stop(cancel=True)  # the transfer stops, then its end removes the part
            return CancelAnswer.STOP_THEN_DISCARD
        if self.phase in (
            DownloadPhase.PAUSED, DownloadPhase.IDLE, DownloadPhase.FAILED,
            DownloadPhase.CANCELLED,
        ):  # fmt: skip
            return CancelAnswer.DISCARD
        return CancelAnswer.NOTHING

    def discarding(self) -> None:
        self._before_discard = self.phase
        self._set(DownloadPhase.IDLE)

    def discarded(self, answer: OSError | bool) -> Discarded:
        """``answer``: flow/download.py's (True: removed; False: another copy holds it), or
        the OSError that kept the part."""
        before, self._before_discard = self._before_discard, None
        if answer is True:
            self._set(DownloadPhase.CANCELLED)
            return Discarded.REMOVED
        if before is not None:  # nothing changed: the step offers what it offered before
            self._set(before)
        return Discarded.BUSY if answer is False else Discarded.KEPT

    def left(self) -> None:
        """The user left the page: a transfer under way is paused, never cancelled."""
        state = self._state()
        state.download_cancelled = False
        if state.download_phase is DownloadPhase.RUNNING:
            state.download_phase = DownloadPhase.PAUSED
            state.download_paused_by_leaving = True

    def take_paused_by_leaving(self) -> bool:
        """Whether leaving the page paused a transfer, said once (the page the user went
        back to tells them, rather than pause it silently)."""
        state = self._state()
        paused, state.download_paused_by_leaving = state.download_paused_by_leaving, False
        return paused and state.download_phase is DownloadPhase.PAUSED

    def buttons(self, *, busy: bool, has_part: bool) -> Buttons:
        """``busy``: a task of the page is running (the transfer or a discard);
        ``has_part``: a partial file is on disk."""
        phase = self.phase
        running = phase is DownloadPhase.RUNNING
        if phase is DownloadPhase.PAUSED:
            label = StartLabel.RESUME
        elif phase is DownloadPhase.FAILED or (
            phase is DownloadPhase.IDLE and self.result is not None
        ):
            label = StartLabel.RETRY
        else:
            label = StartLabel.DOWNLOAD
        idle = phase in (DownloadPhase.PAUSED, DownloadPhase.IDLE, DownloadPhase.FAILED)
        return Buttons(
            shown=phase not in (DownloadPhase.VERIFIED, DownloadPhase.UNAVAILABLE),
            start=label,
            start_enabled=not running and not busy,
            pause_enabled=running,
            cancel_enabled=running or (idle and not busy and has_part),
        )
