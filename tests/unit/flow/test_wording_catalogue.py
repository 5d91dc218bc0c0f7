"""One wording per meaning: no two sentences of the catalogue say the same thing.

Read from the code (every ``tr("…")`` literal of aspel_upgrade/flow/wording/), so a
sentence written twice is caught even where lupdate would file both under one entry.
Two entries mean the same when they are identical once case, punctuation, mnemonics («&»)
and placeholders («{x}», «%s») are set aside, or nearly so (``SIMILAR``, difflib's ratio
over their words); the pairs that are meant to differ are listed with their reason.
"""

from __future__ import annotations

import ast
import difflib
import re
import unicodedata
from itertools import combinations
from pathlib import Path

WORDING = Path(__file__).resolve().parents[3] / "aspel_upgrade" / "flow" / "wording"

# Over this share of the same words in the same order, two entries are one meaning worded
# twice (measured on the catalogue: the closest pairs that do differ, below, read 0.86-0.95;
# unrelated sentences stay under 0.7).
SIMILAR = 0.8

# Pairs meant to be apart, each with why (the Spanish sources, as in the code).
INTENDED = {
    frozenset({"&Cerrar", "Cerr&ar"}):
        "one label, two mnemonics: Alt+C is «&Copiar» in the diagnostics dialog",
    frozenset({"&Abrir descarga", "A&brir descarga"}):
        "one label, two mnemonics: Alt+A is the wizard's «&Atrás» on the download page",
    frozenset({"En este equipo", "En este\nequipo"}):
        "the table's heading is the same words over two lines, to keep its column narrow",
    frozenset({"Actualizar número de &serie", "Actualizar número de serie de Aspel"}):
        "the button that issues the serial, and the window's title naming the whole task",
    frozenset({"Generando tu nuevo número de serie…", "Nuevo número de serie"}):
        "what is being done while confirming, and the caption of what it brings",
    frozenset({"Consultando los datos de la actualización…",
               "Consultando los términos de la actualización…"}):
        "two different questions to the portal (an earlier receipt, the terms)",
    frozenset({"Hoy, {date}, es el último día para usar {old}; después, el sistema quedará "
               "inactivo.",
               "Se acerca el último día para usar {old}: después, el sistema quedará "
               "inactivo."}):
        "the page on the last day, and the calendar's alarm on the days before it",
    frozenset({"Huella SHA-256 del instalador", "Copiar huella SHA-256 del instalador"}):
        "the hash, and the button that copies it (to a screen reader)",
    frozenset({"No se pudo guardar el comprobante en «{path}» ({reason}). Elige otra carpeta.",
               "No se pudo guardar el recordatorio en «{path}» ({reason}). Elige otra "
               "carpeta."}):
        "two different files, each a sentence of its own (a translation may inflect the noun)",
    frozenset({"No se pudo guardar el comprobante en «{path}» ({reason}). Elige otra carpeta.",
               "No se pudo guardar el paquete ({reason}). Elige otra carpeta."}):
        "two different files, each a sentence of its own",
    frozenset({"No se pudo guardar el recordatorio en «{path}» ({reason}). Elige otra carpeta.",
               "No se pudo guardar el paquete ({reason}). Elige otra carpeta."}):
        "two different files, each a sentence of its own",
}  # fmt: skip


def _literals(tree: ast.AST) -> list[ast.Constant]:
    return [
        node.args[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "tr"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ]


def entries() -> list[tuple[str, str]]:
    """(key, source) of every tr() literal in the wording package; the key names the
    module and function it is worded in («errors.describe»)."""
    found = []
    for path in sorted(WORDING.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in tree.body:
            if isinstance(function, ast.FunctionDef):
                key = f"{path.stem}.{function.name}"
                found += [(key, str(node.value)) for node in _literals(function)]
    return found


def normalised(text: str) -> str:
    text = re.sub(r"\{\w*\}|%\(\w+\)[sdr]|%[sdr]", " x ", text.replace("&", ""))
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def test_every_sentence_is_inside_a_function() -> None:
    """Worded when asked (in the language installed then), never at import."""
    for path in sorted(WORDING.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside = {id(n) for f in tree.body if isinstance(f, ast.FunctionDef) for n in _literals(f)}
        loose = [n.value for n in _literals(tree) if id(n) not in inside]
        assert not loose, f"{path.name}: {loose}"


def test_no_sentence_is_worded_twice() -> None:
    seen: dict[str, tuple[str, str]] = {}
    twice = []
    for key, source in entries():
        same = normalised(source)
        if not same.replace("x", "").strip():
            continue  # «{system} {old} → {new}», «{amount} · {speed}»: no words to repeat
        if same in seen and frozenset({source, seen[same][1]}) not in INTENDED:
            twice.append(f"{seen[same][0]} {seen[same][1]!r}\n  and {key} {source!r}")
        seen.setdefault(same, (key, source))
    assert not twice, "\n".join(twice)


def test_no_two_keys_say_nearly_the_same() -> None:
    """Across keys: the cases one key words apart (a branch per case, as «{old} está
    abierto» and «{old} sigue abierto») are that key's own business."""
    unique = {normalised(s): (key, s) for key, s in entries() if normalised(s).strip("x ")}
    near = []
    for (a, (key_a, source_a)), (b, (key_b, source_b)) in combinations(unique.items(), 2):
        if key_a == key_b:
            continue
        words_a, words_b = a.split(), b.split()
        if min(len(words_a), len(words_b)) < 4:
            continue  # labels: the identical rule above is theirs
        matcher = difflib.SequenceMatcher(None, words_a, words_b, autojunk=False)
        if matcher.real_quick_ratio() < SIMILAR or matcher.quick_ratio() < SIMILAR:
            continue
        ratio = matcher.ratio()
        if ratio >= SIMILAR and frozenset({source_a, source_b}) not in INTENDED:
            near.append(f"{ratio:.2f}: {key_a} {source_a!r}\n      {key_b} {source_b!r}")
    assert not near, "\n".join(near)


def test_the_rules_can_fail() -> None:
    assert normalised("&Copiar {x}.") == normalised("copiar %s") == "copiar x"
    assert len(entries()) > 300
    pair = difflib.SequenceMatcher(
        None, normalised("El portal no respondió al diagnóstico.").split(),
        normalised("El portal no respondió al diagnóstico de hoy.").split(),
    )  # fmt: skip
    assert pair.ratio() >= SIMILAR
