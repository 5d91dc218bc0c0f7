"""The command line's language (QA issue 8, item 21).

--help and argument errors are Spanish, whatever --lang says (the documented language of
the command line); ``--diagnose`` follows --lang, its words from the translation catalogue.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from aspel_upgrade.host.paths import AppPaths
from aspel_upgrade.launch.cli import main
from aspel_upgrade.sandbox.server import SandboxPortal

ARGPARSE_ENGLISH = ("usage:", "options:", "show this help", "version number", "unrecognized",
                    "expected one argument", "invalid choice", "not allowed with")  # fmt: skip


@pytest.mark.parametrize("extra", [[], ["--lang", "en"]])
def test_help_is_all_spanish(extra: list[str]) -> None:
    """Issue 8 item 21: no "options:" or "show this help message" in --help."""
    helptext = subprocess.run(
        [sys.executable, "-m", "aspel_upgrade", *extra, "--help"],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout  # fmt: skip
    assert helptext.startswith("uso: aspel-upgrade")
    assert "opciones:" in helptext and "mostrar esta ayuda y salir" in helptext
    assert "mostrar la versión y salir" in helptext
    for english in ARGPARSE_ENGLISH:
        assert english not in helptext


@pytest.mark.parametrize(
    ("argv", "spanish"),
    [
        (["--no-existe"], "opciones no reconocidas: --no-existe"),
        (["--lang", "en", "extra"], "opciones no reconocidas: extra"),
        (["--user"], "--user: falta su valor"),
        (["--lang", "fr"], "--lang: valor no válido: 'fr' (elige entre 'es', 'en')"),
        (["--sandbox", "--portal-url", "https://a.example"], "no se puede usar junto con"),
    ],
)
def test_argument_errors_are_spanish(
    argv: list[str], spanish: str, paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv, paths=paths) == 64
    err = capsys.readouterr().err
    assert spanish in err
    for english in ARGPARSE_ENGLISH:
        assert english not in err


def test_diagnose_follows_lang_en(
    paths: AppPaths, sandbox: SandboxPortal, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 8 item 21: ``--diagnose --lang en`` prints an English report."""
    assert main(["--diagnose", "--portal-url", sandbox.url, "--lang", "en"], paths=paths) == 0
    out = capsys.readouterr().out
    assert out.startswith("aspel-upgrade diagnostics")
    assert "Operating system:" in out and "Log folder:" in out and "Proxy: none" in out
    assert "connected to 127.0.0.1:" in out and "contract 1.0.0" in out
    assert "Result: the portal answered." in out
    for spanish in ("Diagnóstico", "Sistema operativo", "Carpeta", "ninguno", "conectado",
                    "contrato", "Resultado"):  # fmt: skip
        assert spanish not in out


def test_diagnose_is_spanish_by_default(
    paths: AppPaths, sandbox: SandboxPortal, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--diagnose", "--portal-url", sandbox.url], paths=paths) == 0
    out = capsys.readouterr().out
    assert out.startswith("Diagnóstico de aspel-upgrade")
    assert "Resultado: el portal respondió." in out
