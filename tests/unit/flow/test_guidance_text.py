"""The words of the next steps and the PDF receipt: one wording per case, true on the day
the document is read (issue 18 B9, B10, C8)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from html import escape

import pytest

from aspel_upgrade.flow.guidance import Guidance, Where, guidance_for
from aspel_upgrade.flow.wording.guidance import next_steps, server_meaning
from aspel_upgrade.flow.wording.guidance import where as where_text
from aspel_upgrade.host.installed import DataFolder, InstalledSystem
from aspel_upgrade.portal.models import InstallerFile, UpgradeReceipt
from aspel_upgrade.ui.receipt_pdf import receipt_html

DATA = (DataFolder(r"C:\Datos\SAE7.00", 2),)
SAE7 = InstalledSystem("SAE", "7.0", r"C:\Aspel\Aspel-SAE 7.0", DATA)
SAE7_NO_DATA = InstalledSystem("SAE", "7.0", r"C:\Aspel\Aspel-SAE 7.0")
SAE8 = InstalledSystem("SAE", "8.0", r"C:\Aspel\Aspel-SAE 8.0")

CASES = {
    "data here": [SAE7],
    "program only": [SAE7_NO_DATA],
    "not here": [],
    "unknown": None,
    "data here, new installed": [SAE7, SAE8],
    "not here, new installed": [SAE8],
}


def receipt(until: date = date(2022, 3, 10)) -> UpgradeReceipt:
    return UpgradeReceipt(
        upgrade_id="UPG-1", subscription_id="SUB-1", system="SAE", from_version="7.0",
        to_version="8.0", previous_serial="SKSNWR", new_serial="K7QM-4XPA-9RTC",
        periodicity="monthly", old_version_usable_until=until,
        download_url="https://portal.example/descargas/SAE/8.0",
        razon_social="COMERCIALIZADORA DEL BAJIO SA DE CV",
        notified_email_masked="c***@example.invalid",
        issued_at=datetime(2026, 11, 28, 18, 5, tzinfo=UTC),
        download=InstallerFile("https://portal.example/x.exe", "x.exe", 1024, "0" * 64),
    )  # fmt: skip


def _guidance(case: str) -> Guidance:
    return guidance_for("SAE", "7.0", "8.0", CASES[case])


@pytest.mark.parametrize("case", list(CASES))
def test_the_servidor_is_explained_once_in_plain_words(case: str) -> None:
    g = _guidance(case)
    text = " ".join([where_text(g), *next_steps(g)])
    assert text.count(server_meaning()) == 1, text


def test_with_the_data_here_every_step_is_for_this_pc() -> None:
    g = _guidance("data here")
    assert g.where is Where.DATA_HERE
    steps = next_steps(g)
    assert "instálalo en este equipo" in steps[0]
    assert "Actívalo en este equipo" in steps[1]
    assert "instálalo en el equipo Servidor" not in " ".join(steps)
    assert "Este equipo es tu Servidor" in where_text(g)


@pytest.mark.parametrize("case", ["program only", "not here", "unknown"])
def test_elsewhere_the_steps_are_for_the_servidor(case: str) -> None:
    steps = next_steps(_guidance(case))
    assert "instálalo en el Servidor" in steps[0]
    assert "en este equipo" not in steps[0]


def test_the_data_here_but_installing_on_another_pc_reads_as_that_pc_being_the_servidor() -> None:
    """«Lo instalaré en otro equipo, no en este» (the readiness page): «¡Listo!» and the PDF
    said «Este equipo es tu Servidor… instálalo en este equipo» all the same."""
    g = guidance_for("SAE", "7.0", "8.0", [SAE7], elsewhere=True)
    assert g.moving and g.install_elsewhere  # «Abrir carpeta» first: copy it over there
    said = where_text(g)
    assert "Los datos de SAE 7.0 están en este equipo" in said and "otro equipo" in said
    assert "Este equipo es tu Servidor" not in said
    steps = next_steps(g)
    assert "instálalo en el Servidor" in steps[0] and "en este equipo" not in " ".join(steps)
    assert " ".join([said, *steps]).count(server_meaning()) == 1
    # Only the data's own PC moves: elsewhere changes nothing where the data is not here.
    assert not guidance_for("SAE", "7.0", "8.0", [], elsewhere=True).moving


@pytest.mark.parametrize("case", ["data here, new installed", "not here, new installed"])
def test_the_new_version_installed_reads_as_one_case(case: str) -> None:
    """Issue 18 B9: step 1 said «ya está instalado», step 4 «al terminar la instalación»."""
    steps = next_steps(_guidance(case))
    assert "SAE 8.0 ya está instalado en este equipo" in steps[0]
    joined = " ".join(steps)
    assert "instalación" not in joined and "instálalo" not in joined
    assert "Utilerías › Traducción de datos" in steps[-1]


def test_the_pdf_says_what_the_page_says_when_the_new_version_is_here() -> None:
    """Issue 18 B9: the PDF said «instala y activa» where the page said «activa»."""
    g = _guidance("data here, new installed")
    html = receipt_html(receipt(), today=date(2026, 11, 28), guidance=g)
    assert "activa la nueva versión" in html
    assert "instala y activa" not in html
    for step in next_steps(g):
        assert escape(step) in html


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2022, 1, 28), "SAE 7.0 funciona hasta el 10/03/2022"),
        (date(2022, 3, 10), "SAE 7.0 funciona hasta el 10/03/2022"),
        (date(2026, 11, 28), "SAE 7.0 podía usarse hasta el 10/03/2022"),
    ],
)
def test_the_pdf_states_the_date_not_a_count(today: date, expected: str) -> None:
    """Issue 18 C8: a kept document read weeks later must not say «Te quedan 41 días»."""
    html = receipt_html(receipt(), today=today, guidance=_guidance("not here"))
    assert expected in html
    assert not re.search(r"Te queda|quedan \d+ días|Hoy,", html)


def test_the_pdf_issue_time_carries_its_time_zone() -> None:
    html = receipt_html(receipt(), today=date(2026, 11, 28), guidance=_guidance("not here"))
    issued = re.search(r"Fecha de emisión</td><td[^>]*><b>([^<]+)</b>", html)
    assert issued is not None
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d \(UTC[+−-]\d\d:\d\d\)", issued.group(1))


@pytest.mark.parametrize("case", ["data here, new installed", "not here, new installed"])
def test_with_the_new_version_installed_nothing_says_to_install_it(case: str) -> None:
    """Hostile pass on a real window: SAE 8.0's program put in place while «¡Listo!» was
    open; the page looked again and step 1 said «SAE 8.0 ya está instalado en este equipo»
    while the paragraph above still said «aquí se instala y se activa la nueva versión»."""
    g = _guidance(case)
    assert g.new_installed
    where = where_text(g)
    if g.where is Where.DATA_HERE:
        assert "se instala" not in where and "activa" in where, where
    assert "Descarga el instalador" not in " ".join(next_steps(g))
