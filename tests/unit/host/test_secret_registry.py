"""The log filter hides registered secrets without keeping them (issue 18, G11)."""

from __future__ import annotations

import gc

import pytest

from aspel_upgrade.host import logs
from aspel_upgrade.host.logs import REDACTED, redact, register_secret


@pytest.mark.parametrize(
    ("secret", "line", "expected"),
    [
        (
            "Sol-y-Luna-8817",
            "error en 'Sol-y-Luna-8817' al enviar",
            f"error en '{REDACTED}' al enviar",
        ),
        ("Sol-y-Luna-8818", "xSol-y-Luna-8818y", f"x{REDACTED}y"),  # inside a longer run
        ("Sol-y-Luna-8819", "Sol-y-Luna-8819 Sol-y-Luna-8819", f"{REDACTED} {REDACTED}"),
        ("mi clave de 2026", "args=('mi clave de 2026',)", f"args=('{REDACTED}',)"),  # spaces
        ("Contraseña-Ñandú", "«Contraseña-Ñandú»", f"«{REDACTED}»"),
        ("aaaaab-77", "aaaaaaaaab-77", f"aaaa{REDACTED}"),  # overlapping candidates
        ("Sol-y-Luna-8820", "nada que ocultar aquí", "nada que ocultar aquí"),
    ],
)
def test_a_registered_secret_is_hidden_wherever_it_appears(
    secret: str, line: str, expected: str
) -> None:
    register_secret(secret)
    assert redact(line) == expected


def test_the_registry_keeps_no_secret_only_keyed_hashes() -> None:
    codes = [ord(c) for c in "Único-Secreto-4471"]
    register_secret("".join(map(chr, codes)))
    needle = "".join(map(chr, codes))
    state = (logs._known, logs._spaced, logs._key)
    for part in state:
        for item in gc.get_referents(part):
            for inner in [item, *gc.get_referents(item)]:
                assert not (isinstance(inner, str) and needle in inner)
                assert not (isinstance(inner, bytes) and needle.encode() in inner)
    assert redact(f"x {needle} y") == f"x {REDACTED} y"


def test_short_values_are_not_secrets() -> None:
    register_secret("abc")
    assert redact("abc abc") == "abc abc"
