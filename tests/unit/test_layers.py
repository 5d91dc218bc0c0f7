"""The README's dependency rules, read from the code: who may import whom.

    launch -> ui -> flow / support -> portal -> host      (sandbox stands alone)

Only launch may import Qt besides ui; nothing imports launch but ``__main__``; the wizard
speaks the portal's vocabulary (its models and typed errors) but never its transport.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "aspel_upgrade"

ALLOWED = {
    "host": {"host"},
    "portal": {"portal", "host"},
    "flow": {"flow", "portal", "host"},
    "support": {"support", "flow", "portal", "host"},
    "ui": {"ui", "flow", "support", "portal", "host"},
    "sandbox": {"sandbox"},
    "launch": {"launch", "ui", "flow", "support", "portal", "host", "sandbox"},
}
QT_FREE = {"host", "portal", "flow", "support", "sandbox"}
TRANSPORT = ("aspel_upgrade.portal.client", "aspel_upgrade.portal.download")


def _imports(path: Path) -> list[str]:
    """Absolute names of everything ``path`` imports (also inside functions)."""
    module = path.relative_to(PACKAGE.parent).with_suffix("").parts
    package = list(module[:-1])  # for __init__.py too: the folder is the package
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            target = ".".join([*base, node.module] if node.module else base)
            found.append(target)
            found += [f"{target}.{alias.name}" for alias in node.names]
    return found


def _layer(name: str) -> str | None:
    parts = name.split(".")
    if parts[0] != "aspel_upgrade" or len(parts) < 2:
        return None
    return parts[1] if parts[1] in ALLOWED else None


def _sources() -> list[tuple[str, Path]]:
    return [(layer, path) for layer in ALLOWED for path in sorted((PACKAGE / layer).rglob("*.py"))]


def test_each_layer_imports_only_the_layers_below_it() -> None:
    wrong = [
        f"{path.relative_to(PACKAGE)} -> {name}"
        for layer, path in _sources()
        for name in _imports(path)
        if (target := _layer(name)) is not None and target not in ALLOWED[layer]
    ]
    assert wrong == []


def test_qt_stays_in_the_wizard_and_the_launcher() -> None:
    wrong = [
        f"{path.relative_to(PACKAGE)} -> {name}"
        for layer, path in _sources()
        if layer in QT_FREE
        for name in _imports(path)
        if name.split(".")[0] == "PySide6"
    ]
    assert wrong == []


def test_the_wizard_never_touches_the_portal_transport() -> None:
    wrong = [
        f"{path.relative_to(PACKAGE)} -> {name}"
        for layer, path in _sources()
        if layer == "ui"
        for name in _imports(path)
        if name.startswith(TRANSPORT)
    ]
    assert wrong == []


def test_only_main_starts_the_launcher() -> None:
    users = {
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if not path.is_relative_to(PACKAGE / "launch")
        for name in _imports(path)
        if _layer(name) == "launch"
    }
    assert users == {"__main__.py"}


def test_the_rules_can_fail() -> None:
    """The reader sees relative imports for what they are (a rule that cannot fail is none)."""
    names = _imports(PACKAGE / "flow" / "controller.py")  # uses ``from ..portal import``
    assert "aspel_upgrade.portal.errors" in names
    assert _layer("aspel_upgrade.ui.wizard") == "ui"
    assert "ui" not in ALLOWED["flow"] and "launch" not in ALLOWED["ui"]
