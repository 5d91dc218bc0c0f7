"""The wizard renders the flow's state and forwards intents: it never writes the state.

Read from the code of ui/: an assignment to an attribute of ``flow.state`` (directly, or
through a name bound to it, or by ``setattr``) is a decision taken in the wizard that
belongs in flow/ (an ``UpgradeFlow`` method says what changes and why).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

UI = Path(__file__).resolve().parents[3] / "aspel_upgrade" / "ui"


def _is_flow_state(node: ast.AST, aliases: set[str]) -> bool:
    """``….flow.state``, ``flow.state``, or a name bound to one of them."""
    if isinstance(node, ast.Name):
        return node.id in aliases
    if isinstance(node, ast.Attribute) and node.attr == "state":
        owner = node.value
        return (isinstance(owner, ast.Name) and owner.id == "flow") or (
            isinstance(owner, ast.Attribute) and owner.attr == "flow"
        )
    return False


def _writes(tree: ast.AST) -> Iterator[int]:
    """Line numbers of writes to the flow's state in ``tree``."""
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        aliases = {
            target.id
            for node in ast.walk(function)
            if isinstance(node, ast.Assign) and _is_flow_state(node.value, set())
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(function):
            targets: list[ast.AST] = []
            if isinstance(node, ast.Assign):
                targets = list(node.targets)
            elif isinstance(node, ast.AugAssign | ast.AnnAssign):
                targets = [node.target]
            elif (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") in ("setattr", "delattr")
                and node.args
            ):
                targets = [ast.Attribute(value=node.args[0], attr="?", ctx=ast.Store())]
            for target in targets:
                for part in ast.walk(target):
                    if isinstance(part, ast.Attribute) and _is_flow_state(part.value, aliases):
                        yield getattr(node, "lineno", 0)


def writes_in(folder: Path) -> list[str]:
    return [
        f"{path.relative_to(folder.parent)}:{line}"
        for path in sorted(folder.rglob("*.py"))
        for line in sorted(set(_writes(ast.parse(path.read_text(encoding="utf-8")))))
    ]


def test_the_wizard_never_writes_the_flows_state() -> None:
    assert writes_in(UI) == []


def test_the_rule_can_fail() -> None:
    code = """
def a(self):
    self.ctx.flow.state.installed = found
def b(self):
    state = self.ctx.flow.state
    state.download_chosen = True
def c(flow):
    flow.state.notice = None
    setattr(flow.state, "skip_table", False)
def d(self):
    chosen = self.ctx.flow.state.selected   # reading is rendering
    self.label.setText(chosen.name)
"""
    assert sorted(set(_writes(ast.parse(code)))) == [3, 6, 8, 9]
