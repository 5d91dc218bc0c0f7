"""The upgrade flow: blocking portal operations and the state changes they lead to.

Operations (``log_in``, ``fetch_*``, ``confirm``, ``resend_pending``) only talk to the
portal and return what it said; they may run on a worker thread. State changes
(``apply_*``, ``select``, ``accept_terms``, ``begin_confirmation``…) happen on the caller's
thread, so a GUI can drop an answer that arrives after the user moved on. Every decision
of the upgrade (what a failure means, what comes next, what is resumed) is made here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from ..portal import errors as e
from .answers import Confirmation, LoginAnswer
from .pending import PendingStore, PendingUpgrade
from .problems import StateNotWritable, Terminated
from .state import ConfirmationRequest, FlowState, Notice
from .steps import Step, can_choose, commit_held, opens_receipt

if TYPE_CHECKING:  # loaded after the first paint (ui/app.py)
    from datetime import date

    from ..host.installed import InstalledSystem
    from ..portal.models import (
        Account,
        InstallerFile,
        Subscription,
        UpgradeOffer,
        UpgradeReceipt,
    )
    from ..portal.requirements import Requirements
    from .download import InstallerDownload
    from .download_step import DownloadStep
    from .outcome import Outcome
    from .readiness import Check, LookRequest, Published, Readiness, ThisPC


class PortalApi(Protocol):
    """What the flow needs from a portal client (``portal.client.PortalClient``)."""

    base_url: str

    def login(self, username: str, password: str) -> Account: ...
    def request_password_reset(self, username: str) -> str: ...
    def list_subscriptions(self) -> tuple[Subscription, ...]: ...
    def get_upgrade_offer(self, subscription_id: str) -> UpgradeOffer: ...
    def confirm_upgrade(
        self, subscription_id: str, terms_version: str, idempotency_key: str
    ) -> UpgradeReceipt: ...
    def get_receipt(self, upgrade_id: str) -> UpgradeReceipt: ...
    def get_release_requirements(
        self, system: str, version: str, *, link: str | None = None
    ) -> Requirements: ...
    def on_retry(self, listener: Callable[[int], None] | None) -> None: ...
    def forget_session(self) -> None: ...


log = logging.getLogger("aspel_upgrade.flow")

# What a failed confirmation means: new terms to read; refused (nothing issued, start
# over); the session ended (log in again, then resend); unknown (it may have been issued:
# resend with the same key); a defect of ours.
ConfirmFailure = Literal["terms_changed", "refused", "session_expired", "unknown", "unexpected"]

# The portal refused the confirmation outright: nothing was issued by it.
REFUSALS = (e.TermsOutdated, e.NotEligible, e.NotFound, e.IdempotencyConflict)

# What accepting an earlier run's confirmation leads to: resend it now (its user is logged
# in), wait for the log-in on its way, or have its user log in first.
ResumeStep = Literal["resend_now", "wait", "log_in"]


def _today() -> date:
    from datetime import date  # datetime is not needed before the first paint

    return date.today()


def _uuid_key() -> str:
    import uuid

    return uuid.uuid4().hex


class UpgradeFlow:
    def __init__(
        self,
        client_factory: Callable[[], PortalApi],
        *,
        pending: PendingStore | None = None,
        preselect_system: str | None = None,
        preselect_serial: str | None = None,
        new_key: Callable[[], str] | None = None,
        portal_url: str = "",
        report: Callable[[Outcome], None] | None = None,
        require_download: bool = False,
        today: Callable[[], date] | None = None,
    ) -> None:
        self._client_factory = client_factory
        self._client: PortalApi | None = None
        self.pending = pending
        self.preselect_system = preselect_system
        self.preselect_serial = preselect_serial
        self._new_key = new_key or _uuid_key
        self._portal_url = portal_url.rstrip("/")
        self.report = report  # the result file, written as soon as a receipt is shown
        self.require_download = require_download  # --download: done once verified
        self.retry_listener: Callable[[int], None] | None = None  # told of each retry
        self.today = today or _today  # the clock: "how many days are left" is asked of it
        self.state = FlowState()
        self._download: DownloadStep | None = None

    @property
    def client(self) -> PortalApi:
        """Created on first use, so importing ``requests`` waits until it is needed."""
        if self._client is None:
            self._client = self._client_factory()
            self._client.on_retry(self.retry_listener)
        return self._client

    @property
    def portal_url(self) -> str:
        return self._portal_url or self.client.base_url

    # ---- pending confirmations of earlier runs --------------------------------------
    def load_pending(self) -> list[PendingUpgrade]:
        """Read the records left by earlier runs for this portal (oldest first)."""
        if self.pending is not None:
            self.state.pending = self.pending.load_all(self.portal_url)
        return self.state.pending

    def accept_resume(self, pending: PendingUpgrade, *, logging_in: bool = False) -> ResumeStep:
        """The user wants to see that earlier confirmation's result now: resend it at once
        when its user is logged in, after the log-in on its way (``logging_in``), or once
        its user has logged in (someone else may be logged in now)."""
        self.state.resume = pending
        if self.state.account is not None and self.resume_due() is not None:
            return "resend_now"
        if self.state.account is not None and logging_in:
            return "wait"  # that log-in finishes it (resume_due, once it is applied)
        return "log_in"

    def resend_for(self, username: str) -> ConfirmationRequest | None:
        """The accepted earlier confirmation to resend when ``username`` logs in, if any."""
        resume = self.state.resume
        if (
            resume is None
            or self.state.receipt is not None
            or resume.username.lower() != username.strip().lower()
        ):
            return None
        self.state.idempotency_key = resume.idempotency_key
        return ConfirmationRequest(
            resume.subscription_id, resume.terms_version, resume.idempotency_key
        )

    def resume_due(self) -> ConfirmationRequest | None:
        """The accepted confirmation to resend now that its user is already logged in.

        Whatever the order of the log-in and the user's answer, an accepted resume is
        finished as soon as both happened.
        """
        if self.state.account is None:
            return None
        return self.resend_for(self.state.username)

    def resend_pending(self, request: ConfirmationRequest) -> LoginAnswer:
        """Resend an earlier confirmation with its own key (the portal replays the receipt).

        A refusal is an answer too: the list is fetched so the user can carry on.
        """
        account = self.state.account
        assert account is not None
        try:
            return LoginAnswer(account, None, self.confirm(request))
        except REFUSALS as refused:
            return LoginAnswer(account, self.fetch_subscriptions(), refused=refused)

    # ---- portal operations (any thread) ----------------------------------------------
    def log_in(
        self, username: str, password: str, resend: ConfirmationRequest | None = None
    ) -> LoginAnswer:
        """Log in, then finish a resumed confirmation or load the list (and a receipt the
        installer's --system/--serial points at, when that system was already upgraded)."""
        account = self.client.login(username.strip(), password)
        if resend is not None:
            try:
                return LoginAnswer(account, None, self.confirm(resend))
            except REFUSALS as refused:
                return LoginAnswer(account, self.fetch_subscriptions(), refused=refused)
        subscriptions = self.fetch_subscriptions()
        from .preselect import preselect, preselect_upgraded  # used once logged in

        if preselect(subscriptions, self.preselect_system, self.preselect_serial) is None:
            done = preselect_upgraded(subscriptions, self.preselect_system, self.preselect_serial)
            if done is not None and done.upgrade.upgrade_id:
                return LoginAnswer(
                    account, subscriptions, self.fetch_existing(done.upgrade.upgrade_id)
                )
        return LoginAnswer(account, subscriptions)

    def login(self, username: str, password: str) -> Account:
        return self.client.login(username.strip(), password)

    def request_password_reset(self, username: str) -> str:
        return self.client.request_password_reset(username.strip())

    def fetch_subscriptions(self) -> tuple[Subscription, ...]:
        return self.client.list_subscriptions()

    def fetch_offer(self, subscription_id: str) -> UpgradeOffer:
        return self.client.get_upgrade_offer(subscription_id)

    def fetch_existing(self, upgrade_id: str) -> Confirmation:
        """The receipt of an upgrade done earlier (a row that says «Ya actualizado»)."""
        return Confirmation(self.client.get_receipt(upgrade_id), existing=True)

    def confirm(self, request: ConfirmationRequest) -> Confirmation:
        """Send the confirmation; an "already upgraded" answer becomes that receipt."""
        try:
            return Confirmation(self.client.confirm_upgrade(*request), existing=False)
        except e.AlreadyUpgraded as already:
            receipt = self.client.get_receipt(already.upgrade_id)
            return Confirmation(receipt, existing=True)

    # ---- state changes (caller's thread) ---------------------------------------------
    def apply_login(self, username: str, account: Account) -> None:
        if self.state.username and username.strip().lower() != self.state.username.lower():
            # Someone else logged in: nothing chosen by the previous user carries over.
            fresh = FlowState()
            fresh.pending, fresh.resume, fresh.installed = (
                self.state.pending, self.state.resume, self.state.installed
            )  # fmt: skip
            self.state = fresh
        self.state.username = username.strip()
        self.state.account = account
        self.state.last_error = None

    def apply_login_answer(self, username: str, answer: LoginAnswer) -> None:
        self.apply_login(username, answer.account)
        self.apply_answer(answer)

    def apply_answer(self, answer: LoginAnswer) -> None:
        """A receipt, or the list (with why a resumed confirmation was refused)."""
        if answer.confirmation is not None:
            self.apply_confirmation(answer.confirmation)
        if answer.refused is not None:
            dropped = self.drop_resume()
            label = dropped.label if dropped is not None else ""
            self.state.notice = Notice("resume_refused", label, answer.refused)
        if answer.subscriptions is not None:
            self.apply_subscriptions(answer.subscriptions)
        if answer.confirmation is None and answer.refused is None:
            mine = self._pending_waiting()
            if mine and self.state.notice is None:  # every one of them, by name
                self.state.notice = Notice("pending_waiting", ", ".join(p.label for p in mine))
            rows = self._downloads_unfinished(answer.subscriptions or ())
            if rows and self.state.notice is None:
                # Looked at now: one that another window is downloading is not "half done".
                elsewhere = [s for s in rows if self._downloading_elsewhere(s)]
                shown = elsewhere or rows
                labels = ", ".join(
                    f"{s.system} {s.version} → {s.upgrade.target_version or '?'}" for s in shown
                )
                self.state.notice = Notice(
                    "download_elsewhere" if elsewhere else "download_unfinished", labels
                )

    def _downloading_elsewhere(self, row: Subscription) -> bool:
        """Whether another copy of the app holds this upgrade's download lock right now."""
        if self.pending is None or row.upgrade.upgrade_id is None:
            return False
        from .download_records import ResumeStore

        lock = ResumeStore(self.pending.folder.parent).upgrade_lock(row.upgrade.upgrade_id)
        try:
            free = lock.try_acquire()
        except OSError:
            return False
        lock.release()
        return not free

    def _pending_waiting(self) -> list[PendingUpgrade]:
        """This user's confirmations of earlier runs still waiting to be seen (not the one
        being finished now)."""
        user = self.state.username.lower()
        return [
            p
            for p in self.state.pending
            if p is not self.state.resume and p.username.lower() == user
        ]

    def _downloads_unfinished(self, subscriptions: tuple[Subscription, ...]) -> list[Subscription]:
        """The rows of this list whose installer download was left half done."""
        if self.pending is None:
            return []
        ids = self.pending.unfinished_downloads()
        return [s for s in subscriptions if s.upgrade.upgrade_id in ids]

    def apply_subscriptions(self, subscriptions: tuple[Subscription, ...]) -> None:
        self.state.subscriptions = subscriptions
        chosen = self.state.selected
        if chosen is not None:
            fresh = next((s for s in subscriptions if s.id == chosen.id), None)
            self.select(fresh if fresh is not None and self.can_choose(fresh) else None)
        from .preselect import preselect

        # Unfinished work comes first: a confirmation still to be seen or a download left
        # half done is named on the table, so this PC does not choose another system and
        # skip it (the installer's --system/--serial still do: the terms page names it).
        unfinished = self._pending_waiting() or self._downloads_unfinished(subscriptions)
        installed = None if unfinished else self.state.installed
        match = preselect(subscriptions, self.preselect_system, self.preselect_serial, installed)
        if match is not None and self.state.selected is None:
            self.select(match)
            self.state.skip_table = True
            self.state.preselection_matched = True
            self.state.preselected_from_pc = not (self.preselect_system or self.preselect_serial)
        elif self.state.receipt is not None and self.state.receipt_was_existing:
            self.state.preselection_matched = True  # --system pointed at an upgraded row

    opens_receipt = staticmethod(opens_receipt)
    can_choose = staticmethod(can_choose)

    def select(self, subscription: Subscription | None) -> None:
        if subscription is not None and not self.can_choose(subscription):
            raise ValueError("only an upgradable (or upgraded) subscription can be chosen")
        previous = self.state.selected
        self.state.selected = subscription
        if subscription is None or previous is None or previous.id != subscription.id:
            self.state.offer = None
            self.state.terms_accepted = False
            self._forget_look()

    def apply_offer(self, offer: UpgradeOffer) -> None:
        old = self.state.offer
        if old is not None and old.terms.version != offer.terms.version:
            self.state.terms_accepted = False  # new terms must be read again
        self.state.offer = offer

    def accept_terms(self, accepted: bool) -> None:
        self.state.terms_accepted = accepted and self.state.offer is not None

    def begin_confirmation(self) -> ConfirmationRequest:
        """Fix the idempotency key and save the pending upgrade before anything is sent.

        Returns what to send. Calling it again (a retry, a double click) returns the same
        key. Raises StateNotWritable when the record
        cannot be saved: then nothing may be sent, since it could not be resumed.
        """
        offer = self.state.offer
        if offer is None or not self.state.terms_accepted:
            raise ValueError("the terms must be accepted first")
        key = self.state.idempotency_key or self._new_key()
        if self.pending is not None:
            record = PendingUpgrade(
                portal_url=self.portal_url,
                username=self.state.username,
                subscription_id=offer.subscription_id,
                idempotency_key=key,
                terms_version=offer.terms.version,
                system=offer.system,
                from_version=offer.from_version,
                to_version=offer.to_version,
            )
            try:
                self.pending.save(record)
            except OSError as exc:
                problem = StateNotWritable(str(self.pending.folder), exc.strerror or str(exc))
                self.state.last_error = problem
                log.error("Cannot save the pending upgrade: %s", problem)
                raise problem from None
        self.state.idempotency_key = key
        # The checks as they stand at the moment of confirming (the program looked at again
        # just now): what «¡Listo!», the PDF and the result file list.
        self.state.readiness_confirmed = self.state.readiness
        return ConfirmationRequest(offer.subscription_id, offer.terms.version, key)

    def confirmation_failed(self, error: BaseException) -> ConfirmFailure:
        """What a failed confirmation means, and the state it leaves."""
        self.state.last_error = error
        if isinstance(error, e.TermsOutdated):
            self.abandon_confirmation(terms_changed=True)
            return "terms_changed"
        if isinstance(error, REFUSALS):
            self.abandon_confirmation()
            return "refused"
        if isinstance(error, e.SessionExpired):
            return "session_expired"
        if isinstance(error, e.PortalError):
            return "unknown"  # it may have been issued: resend with the same key
        return "unexpected"

    def abandon_confirmation(self, *, terms_changed: bool = False) -> None:
        """The portal refused the confirmation outright (nothing was issued): start over."""
        offer = self.state.offer
        self.state.idempotency_key = None
        if terms_changed:
            self.state.offer = None
            self.state.terms_accepted = False
        if self.pending is not None and offer is not None:
            self.pending.remove(self.portal_url, offer.subscription_id)

    def drop_resume(self) -> PendingUpgrade | None:
        """The portal refused the old confirmation outright: nothing was issued by it."""
        resume = self.state.resume
        self.state.resume = None
        self.state.idempotency_key = None
        if resume is not None:
            self._forget(resume.subscription_id)
        return resume

    def apply_confirmation(
        self, confirmation: Confirmation, *, looked: Check | None = None
    ) -> None:
        """The portal's answer; ``looked``: the old program as seen at the click (the checks
        as they stood when the confirmation was sent)."""
        confirmed = self.state.readiness_confirmed
        if looked is not None:
            from .readiness import with_checks

            self.apply_program_look(looked)
            if confirmed is not None and confirmed.system == looked.system:
                self.state.readiness_confirmed = with_checks(confirmed, (looked,))
        self.state.receipt = confirmation.receipt
        self.state.receipt_was_existing = confirmation.existing
        self.state.last_error = None

    def result_shown(self) -> None:
        """The receipt is on screen: write the result file now, then forget the record.

        If the app dies before this, the record is still there and the next start shows
        the receipt (and writes the file) again; never a second serial.
        """
        receipt = self.state.receipt
        if receipt is None:
            return
        if self.report is not None:
            try:
                self.report(self.outcome())
            except OSError:
                log.warning("The result file could not be written yet", exc_info=True)
                return
        self._forget(receipt.subscription_id)
        if self.state.resume is not None and (
            self.state.resume.subscription_id == receipt.subscription_id
        ):
            self.state.resume = None

    def _forget(self, subscription_id: str) -> None:
        self.state.pending = [p for p in self.state.pending if p.subscription_id != subscription_id]
        if self.pending is not None:
            try:
                self.pending.remove(self.portal_url, subscription_id)
            except OSError:
                log.warning("Could not remove a pending record", exc_info=True)

    def outcome(self) -> Outcome:
        """How the run stands now, for the result file and the exit code."""
        from .outcome import outcome_of

        return outcome_of(self.state, today=self.today(), require_download=self.require_download)

    def ended_from_outside(self) -> None:
        """The run was asked to end from outside (SIGTERM): that is why it ended, unless a
        failure of the system is the last word (then the run failed, and says why)."""
        from .outcome import SYSTEM_FAILURES

        if getattr(self.state.last_error, "code", None) not in SYSTEM_FAILURES:
            self.state.last_error = Terminated()

    def forget_session(self) -> None:
        """The run is over: the client lets go of its token (no secret outlives the run)."""
        if self._client is not None:
            self._client.forget_session()

    def record_error(self, error: BaseException | None) -> None:
        """The failure the user saw last (or none after a success), for the outcome."""
        self.state.last_error = error

    # ---- what the pages ask, and tell (caller's thread) --------------------------------
    def logged_in_as(self, username: str) -> bool:
        """Logged in as ``username``, its list (or a receipt) here: Next just goes on."""
        state = self.state
        return (
            state.account is not None
            and (state.subscriptions is not None or state.receipt is not None)
            and state.username.lower() == username.strip().lower()
        )

    def found_installed(self, found: Sequence[InstalledSystem]) -> None:
        """What the finder saw on this PC: every look replaces the last (what the wizard
        says about this PC is as of the last look)."""
        self.state.installed = tuple(found)

    def take_notice(self) -> Notice | None:
        """What the page just shown should tell the user: said once."""
        notice, self.state.notice = self.state.notice, None
        return notice

    def went_back_from(self, step: Step) -> None:
        """«Atrás» from ``step``: a table skipped on the way in (the installer's
        --system/--serial, or this PC, chose the row) is shown on the way back."""
        if step is Step.TERMS:
            self.state.skip_table = False

    @contextmanager
    def toward_download(self) -> Iterator[None]:
        """«Descargar e instalar…»: the download step follows «¡Listo!» for this step
        forward only; back there, «¡Listo!» is the last page again (Finish, no Next, and no
        Cancel after the step that cannot be undone)."""
        self.state.download_chosen = True
        try:
            yield
        finally:
            self.state.download_chosen = False

    def advances_after_resend(self, step: Step) -> bool:
        """An earlier confirmation was resent while ``step`` is shown: on to its receipt
        (from the log-in, on to the list); otherwise the page stays and says why."""
        return self.state.receipt is not None or step is Step.LOGIN

    # ---- is this PC ready? (flow/readiness) -------------------------------------------
    def look_request(self, download_dir: str) -> LookRequest:
        """What a look at this PC needs, taken now (caller's thread)."""
        from ..portal.requirements import Requirements
        from .readiness import Checklist, LookRequest

        offer = self.state.offer
        if offer is None:
            raise ValueError("the terms come first")
        last = self.state.readiness
        known = last.requirements if last is not None and last.system == offer.system else None
        return LookRequest(
            system=offer.system, old_version=offer.from_version, new_version=offer.to_version,
            download_dir=download_dir, today=self.today(),
            deadline_on=offer.old_version_usable_until,
            checklist=Checklist(self.state.backed_up, self.state.has_time),
            requirements=known if isinstance(known, Requirements) else None,
            link=offer.requirements_url,
        )  # fmt: skip

    def fetch_requirements(self, system: str, version: str, link: str | None = None) -> Published:
        """The release's published requirements, or why they are not known (any thread;
        never raises for the portal's failures: the checks then say they could not compare)."""
        from .readiness import requirements_or_missing

        return requirements_or_missing(
            lambda: self.client.get_release_requirements(system, version, link=link)
        )

    def look_at_this_pc(
        self, request: LookRequest, pc: ThisPC, found: Sequence[InstalledSystem]
    ) -> Readiness | None:
        """Every check for the chosen system on this PC (any thread; a few hundred ms). None
        when the look itself failed (a defect: logged, and nothing is held for it)."""
        from .readiness import check_this_pc

        try:
            requirements = request.requirements or self.fetch_requirements(
                request.system, request.new_version, request.link
            )
            return check_this_pc(
                pc, system=request.system, installed=self._installed_for(found, request),
                old_version=request.old_version, requirements=requirements,
                download_dir=request.download_dir, today=request.today,
                deadline_on=request.deadline_on, checklist=request.checklist,
                new_version=request.new_version,
            )  # fmt: skip
        except Exception:
            log.exception("The look at this PC failed")
            return None

    @staticmethod
    def _installed_for(
        found: Sequence[InstalledSystem], request: LookRequest
    ) -> InstalledSystem | None:
        from .preselect import version_key

        return next(
            (i for i in found if i.system.upper() == request.system.upper() and i.on_disk
             and version_key(i.version) == version_key(request.old_version)),
            None,
        )  # fmt: skip

    def apply_look(self, found: Sequence[InstalledSystem], readiness: Readiness | None) -> None:
        """The look's answer (caller's thread): this PC as seen now, with the user's answers
        as they are now (they may have changed while it looked)."""
        self.found_installed(found)
        offer = self.state.offer
        if offer is None or (readiness is not None and readiness.system != offer.system):
            return  # a look for another choice: the user moved on
        self.state.readiness_failed = readiness is None
        self.state.readiness = readiness
        if readiness is not None:
            self._answers_changed()

    def answer_checklist(
        self, *, backed_up: bool | None = None, has_time: bool | None = None
    ) -> None:
        """«Respaldé mis datos…», «Tengo tiempo antes del…»: ticked or not (None: unchanged)."""
        if backed_up is not None:
            self.state.backed_up = backed_up
        if has_time is not None:
            self.state.has_time = has_time
        self._answers_changed()

    def _answers_changed(self) -> None:
        from .readiness import Checklist, with_checklist

        readiness, offer = self.state.readiness, self.state.offer
        if readiness is None or offer is None:
            return
        checklist = Checklist(self.state.backed_up, self.state.has_time)
        self.state.readiness = with_checklist(
            readiness, checklist, today=self.today(), deadline_on=offer.old_version_usable_until
        )

    def asks_for_time(self) -> bool:
        """«Tengo tiempo antes del …»: asked while the old version's date is still ahead
        (once it has passed, the check says so instead; nothing to answer)."""
        from .deadline import DeadlineCase, deadline

        offer = self.state.offer
        if offer is None:
            return True
        return (
            deadline(offer.old_version_usable_until, self.today()).case is not DeadlineCase.PASSED
        )

    def install_elsewhere(self, elsewhere: bool) -> None:
        """«Lo instalaré en otro equipo»: a block here no longer holds the one-way step."""
        self.state.install_elsewhere = elsewhere

    @property
    def commit_held(self) -> bool:
        """«Actualizar número de serie» waits (steps.commit_held: the one rule)."""
        return commit_held(self.state)

    def look_at_program(
        self, readiness: Readiness, pc: ThisPC, found: Sequence[InstalledSystem]
    ) -> Check:
        """The old program looked at again, at the moment of a decision (any thread)."""
        from .preselect import version_key
        from .readiness import recheck_program_open

        old = readiness.old.partition(" ")[2]
        installed = next(
            (i for i in found if i.system.upper() == readiness.system.upper() and i.on_disk
             and version_key(i.version) == version_key(old)),
            None,
        )  # fmt: skip
        return recheck_program_open(pc, readiness, installed)

    def apply_program_look(self, check: Check) -> None:
        """The old program as just seen (caller's thread)."""
        from .readiness import with_checks

        readiness = self.state.readiness
        if readiness is not None and readiness.system == check.system:
            self.state.readiness = with_checks(readiness, (check,))

    def confirm_after_look(
        self, request: ConfirmationRequest, look: Callable[[], Check] | None
    ) -> tuple[Check | None, Confirmation]:
        """At the click: the old program looked at once more (``look``), then the
        confirmation sent (any thread). A look that fails holds nothing."""
        check = None
        if look is not None:
            try:
                check = look()
            except Exception:
                log.warning("Looking at the old program before confirming failed", exc_info=True)
        return check, self.confirm(request)

    def checks_as_confirmed(self) -> Readiness | None:
        """This PC's checks as they stood when this run sent the confirmation, for «¡Listo!»,
        the PDF and the result file (outcome.confirmed_checks: the one rule)."""
        from .outcome import confirmed_checks

        return confirmed_checks(self.state)

    def _forget_look(self) -> None:
        """Another system chosen: the look and the answers were about the previous one."""
        state = self.state
        state.readiness, state.readiness_failed, state.readiness_confirmed = None, False, None
        state.backed_up = state.has_time = None
        state.install_elsewhere = False

    # ---- the table -------------------------------------------------------------------
    def is_chosen(self, subscription: Subscription) -> bool:
        selected = self.state.selected
        return selected is not None and selected.id == subscription.id

    def row_to_select(self, listed: Sequence[Subscription]) -> Subscription | None:
        """The row the table highlights: the one chosen, else the only upgradable one."""
        chosen = self.state.selected
        match = next((s for s in listed if chosen is not None and s.id == chosen.id), None)
        if match is not None:
            return match
        eligible = [s for s in listed if s.upgrade.eligible]
        return eligible[0] if len(eligible) == 1 else None

    def preselection_missed(self) -> str | None:
        """The installer's --system/--serial, when they matched no single upgradable row."""
        wanted = " ".join(x for x in (self.preselect_system, self.preselect_serial) if x)
        return wanted if wanted and not self.state.preselection_matched else None

    def receipt_to_open(self, subscriptions: Sequence[Subscription]) -> str | None:
        """--download for a system upgraded before: the upgrade whose receipt (and so its
        installer) to go straight to, if the installer's flags point at one."""
        if not self.require_download or self.state.receipt is not None:
            return None
        from .preselect import preselect_upgraded

        done = preselect_upgraded(subscriptions, self.preselect_system, self.preselect_serial)
        return (done.upgrade.upgrade_id or None) if done is not None else None

    # ---- the installer ---------------------------------------------------------------
    @property
    def download(self) -> DownloadStep:
        """The installer step's transitions (flow/download_step.py)."""
        if self._download is None:
            from .download_step import DownloadStep

            self._download = DownloadStep(lambda: self.state)
        return self._download

    def installer_download(
        self, folder: Path, state_dir: Path, *, free_space: Callable[[Path], int] | None = None
    ) -> InstallerDownload:
        """The download of the receipt's installer, connected like the portal client.

        With ``--download`` (nobody to press «Reintentar») a copy of the app that finds the
        installer being downloaded by another waits for it, up to ``BUSY_WAIT``.
        """
        from ..portal.download import InstallerFetcher
        from . import download as d

        client = self.client
        fetcher = InstallerFetcher.like(client)  # type: ignore[arg-type]
        receipt = self.state.receipt
        refresh: Callable[[], InstallerFile] | None = None
        if receipt is not None:
            upgrade_id = receipt.upgrade_id

            def refresh() -> InstallerFile:  # a receipt may come back without a descriptor
                file = client.get_receipt(upgrade_id).download
                if file is None:
                    raise e.UnexpectedResponse("$.download: sin datos del instalador")
                return file

        return d.InstallerDownload(
            fetcher, folder, d.ResumeStore(state_dir), refresh=refresh,
            free_space=free_space or d.free_bytes,
            busy_wait=d.BUSY_WAIT if self.require_download else 0.0,
        )  # fmt: skip
