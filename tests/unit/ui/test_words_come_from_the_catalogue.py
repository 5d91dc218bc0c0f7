"""Every word the user reads comes from the catalogue (aspel_upgrade/flow/wording/).

Read from the code of ui/ and launch/: a string literal with words in it, handed to what
shows it (a Qt text setter, a widget or box built with its text, an inline message, a busy
row, ``print``, argparse's help…), is a sentence written outside the catalogue; so is a
translation call (``tr``, ``translate``, ``QT_TRANSLATE_NOOP``) made there, or a literal
in Spanish kept anywhere in those folders to be shown later. Markup and format strings
with no words of their own («<b>{title}</b>», «{a} · {b}») are layout, not sentences; the
few names that are not sentences are listed below with why.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[3] / "aspel_upgrade"
FOLDERS = ("ui", "launch")

# What shows text to the user: methods and functions whose arguments are read or heard.
SINKS = {
    "setText", "setTitle", "setSubTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setAccessibleName", "setAccessibleDescription", "setWindowTitle", "setPlaceholderText",
    "setButtonText", "setInformativeText", "setDetailedText", "setHtml", "setPlainText",
    "setLabelText", "setTabText", "setItemText", "addItem", "addButton", "addRow", "addTab",
    "show_message", "start", "note_retry", "run_portal", "copy_button", "numbered_list",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QMessageBox",
    "QToolButton", "QAction", "ValueLabel", "getSaveFileName", "getOpenFileName", "print",
    "add_argument", "ArgumentParser", "_Parser", "add_argument_group",
}  # fmt: skip
BOX_CALLS = {"information", "warning", "critical", "question", "about"}  # QMessageBox.x(…)
TRANSLATION_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "qsTr"}
SPANISH = re.compile(r"[áéíóúñÁÉÍÓÚÑ¿¡«»]")

# Not sentences, each with why: (file, the literal).
ALLOWED = {
    ("launch/cli.py", "aspel-upgrade {}"): "--version prints the program's name and version",
    ("ui/paint_probe.py", "first-paint "): "a line for the benchmark harness, not a person",
    ("ui/paint_probe.py", "first-paint-at {}"): "a line for the benchmark harness",
    ("ui/paint_probe.py", "first-paint-cpu-ms {}"): "a line for the benchmark harness",
    ("ui/paint_probe.py", "first-paint-peak-kib {}"): "a line for the benchmark harness",
    ("ui/paint_probe.py", "settled={} after-paint-ms={}"): "a line for the benchmark harness",
}


def _sources() -> Iterator[tuple[str, ast.Module]]:
    for folder in FOLDERS:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            yield path.relative_to(PACKAGE).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _text(node: ast.AST) -> str | None:
    """A literal's text; an f-string's literal parts, its fields as «{}»."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            str(v.value) if isinstance(v, ast.Constant) else "{}" for v in node.values
        )  # fmt: skip
    return None


def has_words(text: str) -> bool:
    """Letters left once markup, placeholders and format codes are set aside."""
    text = re.sub(r"<[^>]*>|\{[^{}]*\}|%\(\w+\)[sdr]|%[sdr]|&\w+;", " ", text)
    return re.search(r"[^\W\d_]", text) is not None


def _docstrings(tree: ast.Module) -> set[int]:
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }


def _logging(tree: ast.Module) -> set[int]:
    """Literals in log calls and raised exceptions: for the log and support, in English."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call | ast.Raise):
            continue
        logged = isinstance(node, ast.Call) and (
            _name(node) == "getLogger"
            or (
                isinstance(node.func, ast.Attribute)
                and getattr(node.func.value, "id", "") in {"log", "logging", "logger"}
            )
        )
        if logged or isinstance(node, ast.Raise):
            inside |= {id(sub) for sub in ast.walk(node)}
    return inside


def _shows(call: ast.Call) -> bool:
    name = _name(call)
    if name in BOX_CALLS:  # QMessageBox's, not a logger's
        return getattr(getattr(call.func, "value", None), "id", "") == "QMessageBox"
    return name in SINKS


ARGPARSE = {"add_argument", "ArgumentParser", "_Parser", "add_argument_group"}
ARGPARSE_TEXTS = {"help", "metavar", "description", "epilog", "version", "title", "usage"}


def _texts(node: ast.AST) -> Iterator[tuple[int, str]]:
    """The literal texts an argument may put on screen: the literal itself, an f-string as
    one text, what a call or an operator is given; never a subscript's key or a dict's."""
    text = _text(node)
    if text is not None:
        yield getattr(node, "lineno", 0), text
        return
    if isinstance(node, ast.Subscript):
        yield from _texts(node.value)
        return
    if isinstance(node, ast.Dict):
        children: list[ast.AST] = [v for v in node.values if v is not None]
    elif isinstance(node, ast.Call):
        children = [*node.args, *(k.value for k in node.keywords)]
        if isinstance(node.func, ast.Attribute):
            children.append(node.func.value)  # "…".format(…), "…".join(…)
    else:
        children = list(ast.iter_child_nodes(node))
    for child in children:
        yield from _texts(child)


def _shown_arguments(call: ast.Call) -> list[ast.expr]:
    name = _name(call)
    if name in ARGPARSE:  # the flags, actions and choices are the contract, not prose
        return [k.value for k in call.keywords if k.arg in ARGPARSE_TEXTS]
    arguments = [*call.args, *(k.value for k in call.keywords)]
    if name == "show_message":  # its first argument is the kind: "error", "info"…
        arguments = arguments[1:]
    return arguments


def visible_literals() -> list[str]:
    found = []
    for where, tree in _sources():
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            if not _shows(call):
                continue
            for argument in _shown_arguments(call):
                for line, text in _texts(argument):
                    if not has_words(text):
                        continue
                    if (where, text) in ALLOWED or (where, _shape(text)) in ALLOWED:
                        continue
                    found.append(f"{where}:{line} {_name(call)}({text!r})")
    return found


def _shape(text: str) -> str:
    return re.sub(r"\{[^{}]*\}", "{}", text)


def test_nothing_shown_is_written_outside_the_catalogue() -> None:
    assert visible_literals() == []


def test_nothing_is_translated_outside_the_catalogue() -> None:
    """One ``tr``, the catalogue's: no page or dialog translates a text of its own (the
    plumbing that hands a text to Qt's translator passes variables, not words)."""
    calls = [
        f"{where}:{call.lineno} {_name(call)}({text!r})"
        for where, tree in _sources()
        for call in ast.walk(tree)
        if isinstance(call, ast.Call) and _name(call) in TRANSLATION_CALLS
        for argument in call.args
        if (text := _text(argument)) is not None and has_words(text)
    ]
    assert calls == []


def test_no_spanish_is_kept_aside_to_be_shown_later() -> None:
    """A table of sentences in a page (shown through a variable) is caught here: Spanish
    outside docstrings, comments, the log and raised exceptions."""
    kept = []
    for where, tree in _sources():
        skip = _docstrings(tree) | _logging(tree)
        for node in ast.walk(tree):
            text = _text(node)
            if text is not None and id(node) not in skip and SPANISH.search(text):
                kept.append(f"{where}:{getattr(node, 'lineno', 0)} {text!r}")
    assert kept == []


def test_the_rules_can_fail() -> None:
    tree = ast.parse('label = QLabel(self.tr("Hola"))\nbox.setText(f"Listo {n}")\n')
    calls = [c for c in ast.walk(tree) if isinstance(c, ast.Call)]
    assert {_name(c) for c in calls} == {"QLabel", "tr", "setText"}
    assert has_words("Listo {}") and has_words("¿Cerrar?")
    assert not has_words("<b>{title}</b><ol style='margin-top:2px'>{items}</ol>")
    assert not has_words("{amount} · {speed}") and not has_words("%(value)r: %s")
    shown = ast.parse('box.setText(words["k"] + f"{a} {b}" + "Hola".upper())').body[0]
    assert isinstance(shown, ast.Expr) and isinstance(shown.value, ast.Call)
    assert [t for _, t in _texts(shown.value.args[0])] == ["{} {}", "Hola"]
    assert len(list(_sources())) > 20
