"""Item 26 of QA issue 8: the Spanish reads as one voice (checked over every tr() string)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from aspel_upgrade.flow.wording.errors import describe
from aspel_upgrade.portal import errors as e

CATALOGUE = Path(__file__).parents[3] / "resources" / "translations" / "aspel_upgrade_es.ts"


def _sources() -> list[str]:
    root = ET.parse(CATALOGUE).getroot()  # noqa: S314 - our own catalogue
    return [m.findtext("source") or "" for m in root.iter("message")]


def test_a_system_is_masculine_everywhere() -> None:
    # «SAE 7.0 quedará inactiva» vs «BANCO 6.0 está inactivo»: «el sistema» wins.
    texts = _sources()
    assert not [t for t in texts if re.search(r"\binactiva\b", t)]
    assert any("quedará inactivo" in t for t in texts)


def test_the_vendors_name_for_moving_the_data() -> None:
    texts = _sources()
    assert not [t for t in texts if t.startswith("Trae ")]
    # The result page and the receipt share the guidance text (flow/wording/guidance.py).
    assert any("Traducir de una versión anterior" in t for t in texts)
    assert any("Traducción de datos" in t for t in texts)


@pytest.mark.parametrize(
    "pattern",
    [
        r"[^,] pero\b",  # «…de {what} pero no…» lacked its comma
        r"\{seconds\} s\b",  # «en 30 s» read aloud: say «segundos»
        r"Para continuar \w",  # an introductory phrase takes a comma
        r"no se completó \(\{reason\}\)",  # a whole sentence inside parentheses
        r"ya se había actualizado a \{new\} antes",  # «ya … antes» says it twice
    ],
)
def test_no_sentence_reads_awkwardly(pattern: str) -> None:
    found = [t for t in _sources() if re.search(pattern, t)]
    assert not found, found


def test_portal_messages_say_seconds_in_full() -> None:
    assert "30 segundos" in describe(e.RateLimited(30))
    assert "120 segundos" in describe(e.PortalUnavailable(retry_after=120))


def test_this_pc_is_called_one_name_everywhere() -> None:
    """Issue 18 C16: «en esta computadora» in the running warning and two messages, «en
    este equipo» everywhere else (the pages, the receipt, the vendor's own «equipo
    Servidor»)."""
    texts = _sources()
    assert not [t for t in texts if "computadora" in t]
    assert sum("este equipo" in t for t in texts) > 10
