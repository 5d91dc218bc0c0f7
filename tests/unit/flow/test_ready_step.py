"""«¿Está listo este equipo?» as the flow's step, without Qt: where it sits, what holds the
one-way step and what releases it, the user's answers, the program looked at again at each
decision, and the checks as they stood when the confirmation was sent (issue 20, item 3)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from aspel_upgrade.flow.controller import UpgradeFlow
from aspel_upgrade.flow.pending import PendingStore
from aspel_upgrade.flow.readiness import RequirementsMissing, Status
from aspel_upgrade.flow.steps import Step, commit_held, is_done, next_step
from aspel_upgrade.host.installed import InstalledSystem
from aspel_upgrade.host.probes import Memory
from aspel_upgrade.portal import errors as e
from tests.fakes.portal import PASSWORD, FakePortal
from tests.fakes.this_pc import DATA, GIB, MIB, SAE70, FakePC, volume
from tests.helpers_readiness import present, the_check
from tests.result_file import schema_errors

FOUND = (SAE70,)  # SAE 7.0 here, its data on D:


def ready_to_look(portal: FakePortal, tmp_path: Path) -> UpgradeFlow:
    """Logged in, SAE chosen, its terms accepted: the next page is the look at this PC."""
    flow = UpgradeFlow(
        lambda: portal,
        pending=PendingStore(tmp_path / "pending"),
        today=lambda: date(2022, 2, 20),  # the fake offer's deadline is 10/03/2022
    )
    flow.apply_login_answer("demo", flow.log_in("demo", PASSWORD))
    sae = next(s for s in flow.state.subscriptions or () if s.system == "SAE")
    flow.select(sae)
    flow.apply_offer(flow.fetch_offer(sae.id))
    flow.accept_terms(True)
    return flow


def look(flow: UpgradeFlow, pc: FakePC, found: tuple[InstalledSystem, ...] = FOUND) -> None:
    """What the page does: the request on the GUI thread, the look on a worker, the answer
    applied back on the GUI thread."""
    request = flow.look_request(r"C:\Users\ana\Downloads")
    flow.apply_look(found, flow.look_at_this_pc(request, pc, found))


def test_the_look_comes_between_the_terms_and_the_confirmation(tmp_path: Path) -> None:
    flow = ready_to_look(FakePortal(), tmp_path)
    assert next_step(Step.TERMS, flow.state) is Step.READY
    assert next_step(Step.READY, flow.state) is Step.CONFIRM
    assert not is_done(Step.READY, flow.state)  # not before the PC was looked at
    look(flow, FakePC())
    assert is_done(Step.READY, flow.state) and is_done(Step.CONFIRM, flow.state)


def test_a_nearly_full_data_drive_holds_the_commit_until_a_new_look_finds_room(
    tmp_path: Path,
) -> None:
    flow = ready_to_look(FakePortal(), tmp_path)
    pc = FakePC(volumes={"C": volume("C", 120 * GIB), "D": volume("D", 200 * MIB)})
    look(flow, pc)
    space = the_check(flow.state.readiness, "space_data")
    assert space is not None and space.status is Status.BLOQUEA
    assert "la unidad D:" in space.message and "200 MB" in space.message
    assert is_done(Step.READY, flow.state)  # the page may be left: Confirmación says why
    assert flow.commit_held and commit_held(flow.state)
    assert not is_done(Step.CONFIRM, flow.state)  # «Actualizar número de serie» disabled
    pc.volumes["D"] = volume("D", 40 * GIB)  # the user freed space, «Revisar de nuevo»
    look(flow, pc)
    assert not flow.commit_held and is_done(Step.CONFIRM, flow.state)


def test_the_other_pc_box_releases_the_commit_and_unticking_it_holds_it_again(
    tmp_path: Path,
) -> None:
    flow = ready_to_look(FakePortal(), tmp_path)
    look(flow, FakePC(volumes={"C": volume("C", 120 * GIB), "D": volume("D", 200 * MIB)}))
    flow.install_elsewhere(True)
    assert not flow.commit_held and is_done(Step.CONFIRM, flow.state)
    flow.install_elsewhere(False)
    assert flow.commit_held


def test_a_block_on_a_pc_without_the_data_does_not_hold_the_commit(tmp_path: Path) -> None:
    """The checks that decide belong to the Servidor; here they only inform."""
    flow = ready_to_look(FakePortal(), tmp_path)
    ram = FakePC().ram
    assert isinstance(ram, Memory)
    look(flow, FakePC(ram=replace(ram, installed=GIB, usable=GIB)), found=())
    readiness = flow.state.readiness
    assert readiness is not None and readiness.blocked and not readiness.commit_blocked
    assert not flow.commit_held and is_done(Step.CONFIRM, flow.state)
    where = readiness.check("data_location")
    assert where is not None and "aspel-upgrade --check --system SAE" in where.message


def test_the_users_answers_change_their_two_checks_and_survive_a_new_look(
    tmp_path: Path,
) -> None:
    flow = ready_to_look(FakePortal(), tmp_path)
    look(flow, FakePC())
    statuses = {c.id: c.status for c in present(flow.state.readiness).checks}
    assert statuses["backup"] is statuses["time_left"] is Status.AVISO  # unanswered: a warning
    request = flow.look_request("C:\\x")  # a look under way…
    flow.answer_checklist(backed_up=True)  # …while the user ticks a box
    flow.apply_look(FOUND, flow.look_at_this_pc(request, FakePC(), FOUND))
    after = {c.id: c.status for c in present(flow.state.readiness).checks}
    assert after["backup"] is Status.OK and after["time_left"] is Status.AVISO
    flow.answer_checklist(has_time=True)
    assert the_check(flow.state.readiness, "time_left").status is Status.OK
    assert not flow.commit_held  # unanswered never blocks


def test_the_requirements_are_asked_once_per_choice(tmp_path: Path) -> None:
    portal = FakePortal()
    flow = ready_to_look(portal, tmp_path)
    look(flow, FakePC())
    look(flow, FakePC())
    assert portal.calls.count("get_release_requirements") == 1


def test_an_unreachable_portal_still_gets_the_local_checks_and_blocks_nothing_it_could_not_compare(
    tmp_path: Path,
) -> None:
    portal = FakePortal()
    flow = ready_to_look(portal, tmp_path)
    portal.faults["get_release_requirements"].append(e.ConnectionFailed("refused"))
    poor = FakePC(volumes={"C": volume("C", 100 * MIB), "D": volume("D", 100 * MIB)})
    look(flow, poor)
    readiness = flow.state.readiness
    assert readiness is not None
    assert readiness.requirements == RequirementsMissing("unreachable")
    ram = readiness.check("ram")
    assert ram is not None and ram.status is Status.AVISO
    assert "no se pudo consultar el portal de Aspel" in ram.message
    space = readiness.check("space_data")  # the data's copy needs no published figure
    assert space is not None and space.status is Status.BLOQUEA
    look(flow, FakePC())  # asked again on the next look, now that it may answer
    assert portal.calls.count("get_release_requirements") == 2


def test_a_look_that_itself_fails_holds_nothing(tmp_path: Path) -> None:
    portal = FakePortal()
    flow = ready_to_look(portal, tmp_path)
    portal.faults["get_release_requirements"].append(RuntimeError("a defect"))
    look(flow, FakePC())
    assert flow.state.readiness is None and flow.state.readiness_failed
    assert is_done(Step.READY, flow.state) and is_done(Step.CONFIRM, flow.state)


def test_the_program_looked_at_again_is_what_the_confirmation_keeps(tmp_path: Path) -> None:
    """Looked at on arriving at Confirmación and once more at the click (a look that fails
    then holds nothing)."""
    flow = ready_to_look(FakePortal(), tmp_path)
    pc = FakePC()
    look(flow, pc)
    assert the_check(flow.state.readiness, "program_open").status is Status.OK
    pc.running = ("saewin70",)  # opened since the look: seen on arriving at Confirmación
    readiness = flow.state.readiness
    assert readiness is not None
    flow.apply_program_look(flow.look_at_program(readiness, pc, FOUND))
    assert the_check(flow.state.readiness, "program_open").status is Status.AVISO
    pc.running = ()  # closed before the click: looked at once more, just before sending
    request = flow.begin_confirmation()
    check, confirmation = flow.confirm_after_look(
        request, lambda: flow.look_at_program(readiness, pc, FOUND)
    )
    flow.apply_confirmation(confirmation, looked=check)
    assert pc.calls.count("program_open") == 3
    confirmed = flow.state.readiness_confirmed
    assert confirmed is not None
    assert the_check(confirmed, "program_open").status is Status.OK
    outcome = flow.outcome().as_json()
    assert outcome["outcome"] == "upgraded" and schema_errors(outcome) == []
    by_id = {c["id"]: c for c in outcome["checks"]}
    assert by_id["program_open"]["status"] == "ok"
    assert by_id["space_data"] == {
        "id": "space_data", "system": "SAE", "status": "ok",
        "found": "D:\\ 300.0 GB free; data 3.0 GB", "needed": "3.0 GB",
        "message": by_id["space_data"]["message"],
    }  # fmt: skip
    assert DATA.split("\\")[0] in by_id["data_location"]["found"]


def test_choosing_another_system_forgets_the_look_and_the_answers(tmp_path: Path) -> None:
    flow = ready_to_look(FakePortal(), tmp_path)
    look(flow, FakePC())
    flow.answer_checklist(backed_up=True)
    flow.install_elsewhere(True)
    coi = next(s for s in flow.state.subscriptions or () if s.system == "COI")
    flow.select(coi)
    state = flow.state
    assert state.readiness is None and state.backed_up is None and not state.install_elsewhere


@pytest.mark.parametrize("elsewhere", [False, True])
def test_a_look_for_a_choice_left_behind_is_dropped(tmp_path: Path, elsewhere: bool) -> None:
    flow = ready_to_look(FakePortal(), tmp_path)
    request = flow.look_request("C:\\x")
    stale = flow.look_at_this_pc(request, FakePC(), FOUND)
    coi = next(s for s in flow.state.subscriptions or () if s.system == "COI")
    flow.select(coi)
    flow.apply_offer(flow.fetch_offer(coi.id))
    flow.install_elsewhere(elsewhere)
    flow.apply_look(FOUND, stale)
    assert flow.state.readiness is None


def test_a_look_at_the_click_that_fails_sends_all_the_same(tmp_path: Path) -> None:
    flow = ready_to_look(FakePortal(), tmp_path)
    look(flow, FakePC())

    def broken() -> Any:
        raise OSError("tasklist failed")

    check, confirmation = flow.confirm_after_look(flow.begin_confirmation(), broken)
    assert check is None and confirmation.receipt.new_serial == "NEW-SAE"


def test_the_time_question_is_asked_only_while_the_date_is_ahead(tmp_path: Path) -> None:
    flow = ready_to_look(FakePortal(), tmp_path)  # today 20/02/2022, the date 10/03/2022
    assert flow.asks_for_time()
    flow.today = lambda: date(2022, 3, 11)
    assert not flow.asks_for_time()


def test_the_page_lists_what_blocks_first_and_the_result_file_keeps_its_order(
    tmp_path: Path,
) -> None:
    flow = ready_to_look(FakePortal(), tmp_path)
    look(flow, FakePC(volumes={"C": volume("C", 120 * GIB), "D": volume("D", 200 * MIB)}))
    readiness = flow.state.readiness
    assert readiness is not None
    statuses = [c.status for c in readiness.worst_first]
    assert statuses[0] is Status.BLOQUEA and statuses == sorted(
        statuses, key=[Status.BLOQUEA, Status.AVISO, Status.OK, Status.NO_APLICA].index
    )
    assert [c.id for c in readiness.checks][:2] == ["data_location", "windows_version"]
