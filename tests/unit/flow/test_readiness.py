"""The readiness rules on fake PCs (every fact through the ``ThisPC`` seam), the exit rule,
the result file's shape, and the sentences each case reads as."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from aspel_upgrade.flow import readiness as r
from aspel_upgrade.flow.wording import guidance, use_translator
from aspel_upgrade.flow.wording import readiness as text
from aspel_upgrade.flow.wording.dates import day_text
from aspel_upgrade.flow.wording.units import disk_text, shortfall_text
from aspel_upgrade.host.installed import DataFolder, InstalledSystem
from aspel_upgrade.host.probes import (
    AdminRights,
    Answer,
    CouldNotCheck,
    FirebirdServer,
    FolderSize,
    Memory,
    NotApplicable,
    OsBits,
    PortUse,
    RestartMarkers,
    WindowsVersion,
)
from aspel_upgrade.portal import errors as e
from aspel_upgrade.portal.requirements import Ignored, Requirements
from tests.fakes.this_pc import DATA, GIB, MIB, READY, REQ, SAE70, FakePC, volume
from tests.helpers_readiness import the_check

TODAY = date(2026, 11, 20)


def check(
    pc: FakePC | None = None,
    *,
    installed: InstalledSystem | None = SAE70,
    requirements: r.Published = REQ,
    checklist: r.Checklist = READY,
    today: date = TODAY,
    download_dir: str = r"C:\Users\ana\Downloads",
) -> r.Readiness:
    return r.check_this_pc(
        pc or FakePC(),
        system="SAE",
        installed=installed,
        old_version="7.0",
        requirements=requirements,
        download_dir=download_dir,
        today=today,
        deadline_on=date(2027, 1, 10),
        checklist=checklist,
    )


def statuses(readiness: r.Readiness) -> dict[str, str]:
    return {c.id: c.status.value for c in readiness.checks}


# ---- the whole picture ----------------------------------------------------------------------
def test_a_ready_pc_holding_the_data_is_ok_everywhere_and_exits_0() -> None:
    readiness = check()
    assert [c.id for c in readiness.checks] == list(r.CHECK_IDS)
    assert set(statuses(readiness).values()) == {"ok"}
    assert readiness.place is r.DataPlace.HERE
    assert not readiness.commit_blocked and r.exit_code(readiness.checks) == 0


def test_data_on_a_nearly_full_volume_blocks_with_the_drive_and_the_figures() -> None:
    """issue 20's «done when»: bloquea for space, commit disabled, --check exit 5; with room 0."""
    pc = FakePC(volumes={"C": volume("C", 120 * GIB), "D": volume("D", int(1.2 * GIB))})
    readiness = check(pc)
    space = readiness.check("space_data")
    assert space is not None and space.status is r.Status.BLOQUEA
    assert space.message == (
        "En la unidad D: hay 1.2 GB libres y se necesitan 3.0 GB para la copia de tus datos "
        "(3.0 GB). Libera al menos 1.8 GB en la unidad D: (vacía la papelera o mueve archivos a "
        "otra unidad) y vuelve a revisar."
    )
    assert readiness.commit_blocked and r.exit_code(readiness.checks) == r.EXIT_BLOCKED == 5
    entry = next(c for c in r.checks_json([readiness]) if c["id"] == "space_data")
    assert entry == {
        "id": "space_data", "system": "SAE", "status": "bloquea",
        "found": "D:\\ 1.2 GB free; data 3.0 GB", "needed": "3.0 GB", "message": space.message,
    }  # fmt: skip
    pc.volumes["D"] = volume("D", 40 * GIB)  # the user freed room: «Revisar de nuevo»
    again = check(pc)
    assert the_check(again, "space_data").status is r.Status.OK
    assert not again.commit_blocked and r.exit_code(again.checks) == 0
    assert pc.calls.count("folder_size") == 2  # the fake measures each time; LocalPC caches


def test_one_volume_must_hold_the_installer_the_program_and_the_data_together() -> None:
    # Each fits alone on C: (2.5 GB free), the three together (650 MB + 2 GB + 1 GB) do not.
    data = r"C:\Program Files (x86)\Common Files\Aspel\Sistemas Aspel\SAE7.00"
    installed = replace(SAE70, data=(DataFolder(data, 1),))
    pc = FakePC(volumes={"C": volume("C", int(2.5 * GIB))},
                sizes={data: FolderSize(data, GIB, 10, True, 0, 0, 0.01)})  # fmt: skip
    readiness = check(pc, installed=installed)
    for check_id in ("space_installer", "space_program", "space_data"):
        found = readiness.check(check_id)
        assert found is not None and found.status is r.Status.BLOQUEA, check_id
        assert found.needed == "3.6 GB"  # the result file keeps each check's figures
    first = readiness.check("space_installer")
    assert first is not None
    assert "se necesitan 3.6 GB para el instalador (650 MB), el programa (2.0 GB) y la " \
           "copia de tus datos (1.0 GB)" in first.message  # fmt: skip
    assert "otra unidad" in first.message
    # The same drive, the same shortage: said once in full, then named (it read three times).
    for check_id in ("space_program", "space_data"):
        assert the_check(readiness, check_id).message == (
            "Va en la unidad C:, como «Espacio para el instalador» (arriba): libera allí al "
            "menos 1.2 GB y vuelve a revisar."
        )
    pc.volumes["C"] = volume("C", 40 * GIB)
    roomy = check(pc, installed=installed)
    assert the_check(roomy, "space_program").message == (
        "Va en la unidad C:, como «Espacio para el instalador» (arriba): alcanza para todo."
    )


def test_on_a_pc_whose_data_is_on_the_network_nothing_blocks_the_commit() -> None:
    pc = FakePC(kinds={DATA: "network"}, windows=WindowsVersion(6, 1, 7601, False, None, None))
    readiness = check(pc)
    assert readiness.place is r.DataPlace.NETWORK
    assert readiness.blocked and not readiness.commit_blocked  # the Servidor decides
    where = readiness.check("data_location")
    assert where is not None and where.status is r.Status.AVISO
    assert "«aspel-upgrade --check --system SAE»" in where.message
    assert the_check(readiness, "space_data").status is r.Status.NO_APLICA
    assert "folder_size" not in pc.calls  # a network copy is not walked from here


@pytest.mark.parametrize(
    ("installed", "place", "case"),
    [
        (None, r.DataPlace.NOT_HERE, "system_not_here"),
        (replace(SAE70, data=()), r.DataPlace.PROGRAM_ONLY, "data_not_found"),
    ],
)
def test_where_the_system_is_not_the_servidor_the_page_says_where_to_run_the_check(
    installed: InstalledSystem | None, place: r.DataPlace, case: str
) -> None:
    readiness = check(FakePC(bits=OsBits(32, "x86")), installed=installed)
    assert readiness.place is place and readiness.blocked and not readiness.commit_blocked
    where = readiness.check("data_location")
    assert where is not None and where.case == case
    assert text.check_command("SAE") in where.message


# ---- Windows --------------------------------------------------------------------------------
def test_a_windows_older_than_published_blocks_and_says_to_upgrade_it_before_activating() -> None:
    readiness = check(FakePC(windows=WindowsVersion(6, 1, 7601, False, "Professional", None)))
    found = readiness.check("windows_version")
    assert found is not None and found.status is r.Status.BLOQUEA
    assert found.message.startswith(
        "Este equipo tiene Windows 7 (compilación 7601) y SAE 8.0 necesita Windows 10 "
        "(compilación 10240) o posterior. Actualiza Windows antes de activar"
    )
    assert (found.found, found.needed) == ("Windows 7 6.1.7601 Professional", ">= build 10240")


def test_an_edition_not_listed_warns_and_never_blocks() -> None:
    req = replace(REQ, windows=replace(REQ.windows, editions=("Professional", "Enterprise")))
    pc = FakePC(windows=WindowsVersion(10, 0, 26100, False, "CoreSingleLanguage", "24H2"))
    assert statuses(check(pc, requirements=req))["windows_version"] == "aviso"


@pytest.mark.parametrize(
    ("bits", "only_64", "status"),
    [(OsBits(32, "x86"), True, "bloquea"), (OsBits(32, "x86"), False, "ok"),
     (OsBits(64, "x64"), True, "ok"), (OsBits(64, "arm64"), False, "ok")],
)  # fmt: skip
def test_32_bits_block_only_a_64_bit_only_version(bits: OsBits, only_64: bool, status: str) -> None:
    req = replace(REQ, windows=replace(REQ.windows, only_64bit=only_64))
    assert statuses(check(FakePC(bits=bits), requirements=req))["windows_bits"] == status


@pytest.mark.parametrize(
    ("version", "today", "status", "ends"),
    [
        (WindowsVersion(10, 0, 19045, False, "Professional", "22H2"), TODAY, "aviso", "14/10/2025"),
        (WindowsVersion(6, 1, 7601, False, "Professional", None), TODAY, "aviso", "14/01/2020"),
        (WindowsVersion(10, 0, 19044, False, "EnterpriseS", "21H2"), TODAY, "aviso", "12/01/2027"),
        (WindowsVersion(10, 0, 19044, False, "IoTEnterpriseS", None), TODAY, "ok", "13/01/2032"),
        (WindowsVersion(10, 0, 26100, False, "Professional", "24H2"), date(2026, 1, 5), "ok",
         "13/10/2026"),
        (WindowsVersion(10, 0, 26100, False, "Professional", "24H2"), date(2026, 6, 1), "aviso",
         "13/10/2026"),
        (WindowsVersion(10, 0, 26100, False, "Enterprise", "24H2"), date(2026, 6, 1), "ok",
         "12/10/2027"),
        (WindowsVersion(10, 0, 22631, False, "Core", "23H2"), TODAY, "aviso", "11/11/2025"),
        (WindowsVersion(10, 0, 17763, True, "ServerStandard", None), TODAY, "ok", "09/01/2029"),
        (WindowsVersion(6, 3, 9600, True, "ServerStandard", None), TODAY, "aviso", "10/10/2023"),
    ],
)  # fmt: skip
def test_a_windows_past_or_near_its_end_of_support_warns_to_change_it_before_activating(
    version: WindowsVersion, today: date, status: str, ends: str
) -> None:
    found = check(FakePC(windows=version), today=today).check("windows_support")
    assert found is not None and found.status.value == status
    assert ends in found.message
    assert ("antes de activar" in found.message) == (status == "aviso")
    assert "gasta una activación" in found.message or status == "ok"


def test_names_come_from_the_build_not_the_product_name() -> None:
    win11 = WindowsVersion(10, 0, 22631, False, "Core", "23H2")
    assert r.windows_name(win11) == "Windows 11 23H2"
    assert r.windows_name(WindowsVersion(10, 0, 20348, True, None, None)) == "Windows Server 2022"
    assert r.end_of_support(WindowsVersion(10, 0, 99999, False, "Core", None)) is None


# ---- memory, rights, restart, program, database ----------------------------------------------
def test_too_little_memory_blocks_and_what_windows_can_use_is_forgiven_a_little() -> None:
    assert statuses(check(FakePC(ram=Memory(2 * GIB, 2 * GIB, GIB))))["ram"] == "bloquea"
    assert statuses(check(FakePC(ram=Memory(None, int(3.9 * GIB), GIB))))["ram"] == "ok"
    assert statuses(check(FakePC(ram=Memory(None, int(3.5 * GIB), GIB))))["ram"] == "bloquea"


@pytest.mark.parametrize(
    ("rights", "case", "status"),
    [(AdminRights(True, True), "admin_elevated", "ok"),
     (AdminRights(False, True), "admin_member", "ok"),
     (AdminRights(False, False), "admin_password_needed", "aviso")],
)  # fmt: skip
def test_who_can_install(rights: AdminRights, case: str, status: str) -> None:
    found = check(FakePC(admin=rights)).check("admin")
    assert found is not None and (found.case, found.status.value) == (case, status)
    if status == "aviso":
        assert "contraseña de un administrador" in found.message


def test_a_restart_pending_and_the_old_program_open_warn() -> None:
    pc = FakePC(restart=RestartMarkers(("windows_update",)), running=("saewin70",))
    readiness = check(pc)
    assert statuses(readiness)["restart_pending"] == "aviso"
    assert "Reinicia el equipo antes de instalar" in the_check(readiness, "restart_pending").message
    assert statuses(readiness)["program_open"] == "aviso"
    assert not readiness.blocked


def test_the_old_program_is_looked_at_again_at_each_decision() -> None:
    pc = FakePC()
    readiness = check(pc)
    assert the_check(readiness, "program_open").status is r.Status.OK
    pc.running = ("saewin70",)
    again = r.recheck_program_open(pc, readiness, SAE70)
    assert again.status is r.Status.AVISO and "SAE 7.0 está abierto" in again.message
    assert pc.calls.count("program_open") == 2


def test_another_firebird_and_a_taken_port_warn_naming_them() -> None:
    other = FirebirdServer("Firebird Server - DefaultInstance", "2.5",
                           r"C:\Program Files (x86)\Firebird\Firebird_2_5", (), True)  # fmt: skip
    pc = FakePC(firebird=(other,), port=PortUse(3050, True, "fbserver.exe"))
    readiness = check(pc)
    firebird = readiness.check("firebird")
    assert firebird is not None and firebird.status is r.Status.AVISO
    assert "«Firebird Server - DefaultInstance» (Firebird 2.5, C:\\Program Files (x86)" in (
        firebird.message
    )
    assert "SAE 8.0 instala Firebird 3.0 y usa el puerto 3050" in firebird.message
    port = readiness.check("db_port")
    assert port is not None and port.status is r.Status.AVISO and "«fbserver.exe»" in port.message
    same = replace(other, version="3.0")
    assert statuses(check(FakePC(firebird=(same,))))["firebird"] == "ok"


# ---- the checklist ----------------------------------------------------------------------
def test_unanswered_checklist_items_warn_and_answered_ones_are_fine() -> None:
    readiness = check(checklist=r.Checklist())
    assert statuses(readiness)["backup"] == statuses(readiness)["time_left"] == "aviso"
    assert "10/01/2027" in the_check(readiness, "time_left").message
    assert not readiness.blocked
    late = check(today=date(2027, 2, 1))
    assert the_check(late, "time_left").case == "deadline_passed"
    assert text.time_label(date(2027, 1, 10)) == (
        "&Tengo tiempo antes del 10/01/2027 para pasar mi información"
    )


# ---- nothing that could not be known blocks ---------------------------------------------
@pytest.mark.parametrize("reason", ["unreachable", "not_published", "unusable"])
def test_without_requirements_nothing_blocks_and_each_check_says_why(
    reason: r.MissingReason,
) -> None:
    poor = FakePC(
        windows=WindowsVersion(6, 1, 7601, False, None, None),
        bits=OsBits(32, "x86"),
        ram=Memory(GIB, GIB, GIB),
        admin=AdminRights(False, False),
        volumes={"C": volume("C", 100 * MIB), "D": volume("D", 4 * GIB)},
    )
    readiness = check(poor, requirements=r.RequirementsMissing(reason))
    assert not readiness.blocked and r.exit_code(readiness.checks) == 0
    why = text.why_unknown(reason, "la nueva versión")
    for check_id in ("windows_version", "windows_bits", "ram", "space_installer", "db_port"):
        found = readiness.check(check_id)
        assert found is not None and found.status is r.Status.AVISO, check_id
        assert why in found.message, check_id


def test_a_value_set_aside_from_the_answer_is_not_compared_either() -> None:
    req = replace(REQ, ram_bytes=None, ignored=(Ignored("$.ram_bytes", "out_of_range"),))
    found = check(FakePC(ram=Memory(GIB, GIB, GIB)), requirements=req).check("ram")
    assert found is not None and found.status is r.Status.AVISO
    assert "el dato que publicó Aspel para SAE 8.0 no es válido" in found.message


def test_probes_that_could_not_run_never_block() -> None:
    broken: Any = CouldNotCheck("OSError: [WinError 5] Acceso denegado")
    pc = FakePC(windows=broken, bits=broken, ram=broken, admin=broken, restart=broken,
                firebird=broken, port=broken, running=broken,
                volumes={"C": broken, "D": broken}, sizes={DATA: broken})  # fmt: skip
    readiness = check(pc)
    assert not readiness.blocked and r.exit_code(readiness.checks) == 0
    assert all(c.status in (r.Status.AVISO, r.Status.OK) for c in readiness.checks)
    assert "Acceso denegado" in the_check(readiness, "ram").message


def test_off_windows_the_windows_checks_do_not_apply() -> None:
    na: Any = NotApplicable("not_windows")
    readiness = check(FakePC(windows=na, bits=na, ram=na, admin=na, restart=na, firebird=na))
    for check_id in ("windows_version", "windows_bits", "windows_support", "ram", "admin",
                     "restart_pending", "firebird"):  # fmt: skip
        found = readiness.check(check_id)
        assert found is not None and found.status is r.Status.NO_APLICA
        assert found.message == "Esta revisión es solo para Windows."


def test_a_data_folder_on_a_volume_that_vanished_warns_and_does_not_block() -> None:
    pc = FakePC(volumes={"C": volume("C", 100 * GIB)}, sizes={})
    found = check(pc).check("space_data")
    assert found is not None and found.status is r.Status.AVISO
    assert found.message.startswith(f"No se encontró la carpeta «{DATA}» (¿se desconectó")


def test_a_size_cut_short_is_stated_as_at_least() -> None:
    pc = FakePC(sizes={DATA: FolderSize(DATA, 3 * GIB, 48_000, False, 0, 0, 1.0)})
    found = check(pc).check("space_data")
    assert found is not None and found.status is r.Status.AVISO
    assert "ocupan al menos 3.0 GB (no se terminó de medir: 48,000 archivos" in found.message
    short = FakePC(volumes={"C": volume("C", 100 * GIB), "D": volume("D", GIB)},
                   sizes={DATA: FolderSize(DATA, 3 * GIB, 48_000, False, 0, 0, 1.0)})  # fmt: skip
    assert statuses(check(short))["space_data"] == "bloquea"  # at least 3 GB > 1 GB: certain


def test_a_probe_that_hangs_is_given_up_on_and_the_rest_still_answer() -> None:
    release = threading.Event()

    class Stuck(FakePC):
        def memory(self) -> Answer[Memory]:
            release.wait(10)  # a network drive that does not answer
            return super().memory()

        def restart_pending(self) -> Answer[RestartMarkers]:
            raise RuntimeError("a seam that raised anyway")

    started = time.monotonic()
    readiness = r.check_this_pc(Stuck(), system="SAE", installed=SAE70, old_version="7.0",
                                requirements=REQ, download_dir="C:\\x", today=TODAY,
                                timeout=0.3)  # fmt: skip
    release.set()
    assert time.monotonic() - started < 2
    ram = readiness.check("ram")
    assert ram is not None and ram.status is r.Status.AVISO and "0.3 s" in ram.message
    assert the_check(readiness, "restart_pending").status is r.Status.AVISO
    assert the_check(readiness, "windows_version").status is r.Status.OK


# ---- surfaces ------------------------------------------------------------------------------
def test_the_result_file_entries_are_json_with_exactly_the_contract_fields() -> None:
    entries = r.checks_json([check(FakePC(bits=OsBits(32, "x86")))])
    json.dumps(entries)
    assert {tuple(sorted(x)) for x in entries} == {
        ("found", "id", "message", "needed", "status", "system")
    }
    assert {x["status"] for x in entries} <= {"ok", "aviso", "bloquea", "no_aplica"}


def test_the_sentences_follow_the_installed_translator() -> None:
    readiness = check()
    previous = use_translator(lambda _context, source: f"<{source}>")
    try:
        assert the_check(readiness, "restart_pending").message == (
            "<Windows no tiene un reinicio pendiente.>"
        )
        assert r.line(readiness.checks[0]).startswith("<<Bien> · SAE · <Dónde están tus datos>: ")
    finally:
        use_translator(previous)


def test_a_line_per_check_for_the_command_line() -> None:
    line = r.line(check(FakePC(restart=RestartMarkers(("file_rename",)))).checks[9])
    assert line.startswith("Aviso · SAE · Reinicio pendiente: Windows tiene un reinicio pendiente")


def test_sizes_drives_and_dates_as_users_read_them() -> None:
    assert [disk_text(n) for n in (512 * 1024, 15 * MIB, 650 * MIB, int(2.55 * GIB))] == [
        "0.5 MB", "15 MB", "650 MB", "2.5 GB"
    ]  # fmt: skip
    assert shortfall_text(1) == "1 MB" and shortfall_text(GIB + 150 * MIB) == "1.2 GB"
    assert shortfall_text(3 * GIB - int(1.2 * GIB)) == "1.8 GB"  # as 3.0 - 1.2 reads
    assert text.volume("C:\\") == "la unidad C:"
    assert text.volume("\\\\SERVIDOR\\Aspel\\") == "la carpeta de red «\\\\SERVIDOR\\Aspel»"
    assert day_text(date(2025, 10, 14)) == "14/10/2025"


def test_requirements_that_could_not_be_fetched_are_a_reason_not_an_exception() -> None:
    def failing(error: Exception) -> Any:
        def fetch() -> Requirements:
            raise error

        return r.requirements_or_missing(fetch)

    assert failing(e.NotFound()) == r.RequirementsMissing("not_published")
    assert failing(e.UnexpectedResponse("x")) == r.RequirementsMissing("unusable")
    assert failing(e.ConnectionFailed("refused")) == r.RequirementsMissing("unreachable")
    assert failing(e.PortalTimeout()) == r.RequirementsMissing("unreachable")
    assert r.requirements_or_missing(lambda: REQ) is REQ


def test_activation_facts_are_worded_once() -> None:
    limit = guidance.refused()  # what «No es posible realizar otra activación…» means
    for fact in ("15 minutos", "de 4 a 24 horas hábiles", "(CDA)", "no un número de serie nuevo"):
        assert fact in limit
    assert "antes de activar" in text.settle_before_activating()
