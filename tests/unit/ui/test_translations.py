"""The translation catalogues: complete for es and en, and in step with the code."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[3]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es", "en")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found: it comes with PySide6-Essentials")
    return found


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()  # noqa: S314 - our own catalogue, not untrusted input
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out.append((name, message.findtext("source") or "", translation))
    return out


def _sources() -> list[str]:
    """The wording package: every sentence the app says is there (README, Languages)."""
    return sorted(str(p) for p in (ROOT / "aspel_upgrade" / "flow" / "wording").glob("*.py"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    messages = _messages(TRANSLATIONS / f"aspel_upgrade_{language}.ts")
    assert len(messages) > 150
    for context, source, translation in messages:
        assert translation.get("type") is None, (
            f"{context}: «{source}» is {translation.get('type')}"
        )
        assert (translation.text or "").strip(), f"{context}: «{source}» has no translation"


def test_english_keeps_placeholders_and_mnemonics() -> None:
    for context, source, translation in _messages(TRANSLATIONS / "aspel_upgrade_en.ts"):
        text = translation.text or ""
        assert sorted(re.findall(r"\{\w+\}", source)) == sorted(re.findall(r"\{\w+\}", text)), (
            context,
            source,
        )
        assert source.count("&") == text.count("&"), (context, source, text)
        assert text != source or not re.search(r"[áéíóúñ¿¡]", source), (context, source)


def test_catalogues_are_in_step_with_the_code(tmp_path: Path) -> None:
    """Re-extracting the strings from the code adds nothing and leaves nothing obsolete."""
    for language in LANGUAGES:
        copy = tmp_path / f"aspel_upgrade_{language}.ts"
        shutil.copy(TRANSLATIONS / copy.name, copy)
        subprocess.run(
            [_tool("pyside6-lupdate"), *_sources(), "-no-obsolete", "-ts", str(copy)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        before = {(c, s) for c, s, _ in _messages(TRANSLATIONS / copy.name)}
        after = {(c, s) for c, s, t in _messages(copy)}
        assert after == before, f"run the documented lupdate command: {after ^ before}"


def test_compiled_catalogues_match_their_sources(tmp_path: Path) -> None:
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"aspel_upgrade_{language}.ts"
        qm = tmp_path / f"aspel_upgrade_{language}.qm"
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
        )
        assert qm.read_bytes() == (TRANSLATIONS / qm.name).read_bytes(), "run lrelease"


def test_qt_dialog_wording_is_compiled(tmp_path: Path) -> None:
    """qt_dialogs_es (our es-MX words for Qt's own file dialog) is written by hand, not by
    lupdate: complete, and its .qm in step with it."""
    ts = TRANSLATIONS / "qt_dialogs_es.ts"
    for context, source, translation in _messages(ts):
        assert context in ("QFileDialog", "QFileSystemModel", "QAbstractFileIconProvider"), context
        assert (translation.text or "").strip() and translation.get("type") is None, source
        assert "ichero" not in (translation.text or ""), source
    qm = tmp_path / "qt_dialogs_es.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)  # fmt: skip
    assert qm.read_bytes() == (TRANSLATIONS / qm.name).read_bytes(), "run lrelease"
