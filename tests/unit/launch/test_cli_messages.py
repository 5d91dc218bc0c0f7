"""One sentence per case, from the catalogue (flow/wording/), wherever it is read.

The command line's stderr, the result file's ``error_message`` and the wizard's label say
the same thing for the same case: errors carry a code and fields, and only the catalogue
words them. Without a translator that is Spanish (the command line's language); with the
English catalogue plugged in, the same cases read in English.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from aspel_upgrade.flow.wording.errors import describe
from aspel_upgrade.host.paths import AppPaths
from aspel_upgrade.host.values import REASONS
from aspel_upgrade.launch.cli import main
from aspel_upgrade.portal.errors import InvalidPortalAddress
from tests.helpers import catalogue
from tests.result_file import read_result_file

PACKAGE = Path(__file__).resolve().parents[3] / "aspel_upgrade"

INSECURE_ES = (
    "--portal-url: La dirección del portal «http://portal.example.com» no es segura: debe "
    "empezar con https:// (http:// solo se permite en este mismo equipo)."
)
INSECURE_EN = (
    "--portal-url: The portal address “http://portal.example.com” is not secure: it must "
    "start with https:// (http:// is allowed only on this same computer)."
)
NO_PORTAL_ES = (
    "No está configurada la dirección del portal de Aspel. Pide a tu área de sistemas que la "
    "configure (archivo de configuración del equipo) o inicia con --portal-url."
)
NO_PORTAL_EN = (
    "The Aspel portal’s address is not configured. Ask your IT department to configure it "
    "(this computer’s settings file) or start with --portal-url."
)
SPANISH = re.compile(r"[áéíóúñ¿¡«»]|\b(la|el|de|del|que|no|una|debe|tiene|está)\b")


@pytest.fixture
def english() -> Iterator[None]:
    with catalogue("en"):
        yield


def _run(
    argv: list[str], paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[int, list[str], dict[str, object]]:
    """Exit code, stderr's lines and the result file of one run."""
    result = tmp_path / "resultado.json"
    code = main([*argv, "--result-file", str(result)], paths=paths)
    err = capsys.readouterr().err.splitlines()
    return code, err, read_result_file(result)


def test_a_bad_portal_url_reads_the_same_on_stderr_and_in_the_result_file(
    paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--portal-url", "http://portal.example.com"]
    code, err, data = _run(argv, paths, tmp_path, capsys)
    assert code == 64
    assert err == [f"aspel-upgrade: {INSECURE_ES}", "Usa --help para ver las opciones."]
    assert (data["error_code"], data["error_message"]) == ("bad_command_line", INSECURE_ES)
    # ...and it is the wizard's sentence for the same address, after the flag's name.
    wizard = describe(InvalidPortalAddress("http://portal.example.com", "not_https"))
    assert f"--portal-url: {wizard}" == INSECURE_ES


def test_a_bad_portal_url_in_english_when_the_catalogue_is_english(
    english: None, paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--portal-url", "http://portal.example.com"]
    code, err, data = _run(argv, paths, tmp_path, capsys)
    assert code == 64
    assert err == [f"aspel-upgrade: {INSECURE_EN}", "Use --help to see the options."]
    assert data["error_message"] == INSECURE_EN


@pytest.mark.parametrize(("language", "sentence"), [(None, NO_PORTAL_ES), ("en", NO_PORTAL_EN)])
def test_no_portal_configured_reads_the_same_on_stderr_and_in_the_result_file(
    language: str | None, sentence: str, paths: AppPaths, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    if language is None:
        code, err, data = _run([], paths, tmp_path, capsys)
    else:
        with catalogue(language):
            code, err, data = _run([], paths, tmp_path, capsys)
    assert code == 2
    assert err[-1].endswith(f" ERROR aspel_upgrade: no_portal_configured: {sentence}")
    assert (data["error_code"], data["error_message"]) == ("no_portal_configured", sentence)


def test_an_unusable_portal_url_in_the_settings_is_worded_by_the_catalogue_in_english(
    english: None, paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert paths.machine_settings_file is not None
    paths.machine_settings_file.parent.mkdir(parents=True)
    paths.machine_settings_file.write_text('{"portal_url": "https://"}', encoding="utf-8")
    code, err, data = _run([], paths, tmp_path, capsys)
    assert code == 2 and data["error_code"] == "invalid_portal_address"
    message = str(data["error_message"])
    assert err[-1].endswith(f" ERROR aspel_upgrade: invalid_portal_address: {message}")
    assert message.startswith("The portal address 'https://' in the settings file ")
    assert "aspel-upgrade-equipo.json does not name the server" in message
    assert SPANISH.search(message) is None, message


def test_an_unexpected_failure_gives_the_catalogues_sentence_and_the_detail(
    paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug, password=clave")

    monkeypatch.setattr("aspel_upgrade.launch.runner.run", broken)
    code, _err, data = _run(["--portal-url", "https://portal.example.com"], paths, tmp_path,
                            capsys)  # fmt: skip
    assert code == 2 and data["error_code"] == "unexpected"
    message = str(data["error_message"])
    assert message.startswith("Ocurrió un error inesperado. ")
    assert "Detalle técnico: a bug" in message and "clave" not in message


@pytest.mark.parametrize("language", ["es", "en"])
def test_every_reason_a_value_is_refused_has_its_own_words(language: str) -> None:
    """host.values.REASONS are codes; each one is worded by the catalogue, none falls back."""
    with catalogue(language):
        fallback = describe(InvalidPortalAddress("https://x.example", "not-a-reason"))
        worded = {describe(InvalidPortalAddress("https://x.example", r)) for r in REASONS}
    assert len(worded) == len(REASONS) and fallback not in worded
    if language == "en":
        assert not [t for t in worded if SPANISH.search(t)], worded


@pytest.mark.parametrize("module", ["portal/errors.py", "host/values.py"])
def test_errors_and_values_hold_codes_not_spanish_prose(module: str) -> None:
    """Their strings (docstrings aside) are codes and technical English, never a sentence
    for a person: those live in flow/wording/, where they are translated."""
    tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    texts = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        and id(node) not in docstrings
    ]  # fmt: skip
    assert len(texts) > 5  # the module was read
    assert [t for t in texts if SPANISH.search(t)] == []
