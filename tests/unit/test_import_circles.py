"""No import circle anywhere in the package, between folders or inside one.

The graph is read from the code: every ``import`` and ``from … import`` of a module of
the package is an edge, also inside functions (a late import still ties the two modules:
either can only be understood, tested or moved with the other) and under
``if TYPE_CHECKING:`` (mypy reads them, and a type that can only be named by going round
in a circle says the two modules are one). Tarjan's algorithm finds the strongly connected
components; a component of more than one module is a circle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "aspel_upgrade"


def _module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(root: Path = PACKAGE) -> dict[str, set[str]]:
    """Module -> the package's modules it imports (itself left out)."""
    paths = {_module_name(p, root): p for p in root.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for module, path in paths.items():
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                parts = package.split(".")
                base = parts[: len(parts) - node.level + 1] if node.level else []
                target = ".".join([*base, node.module] if node.module else base)
                names |= {target, *(f"{target}.{alias.name}" for alias in node.names)}
        graph[module] = {name for name in names if name in paths and name != module}
    return graph


def circles(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_package_has_no_import_circle() -> None:
    assert circles(import_graph()) == []


def test_the_graph_is_read_whole() -> None:
    """Late and type-only imports are edges, relative imports resolve, and a circle is
    found where there is one (a rule that cannot fail is none)."""
    graph = import_graph()
    assert len(graph) > 100
    assert "aspel_upgrade.portal.errors" in graph["aspel_upgrade.flow.controller"]
    assert "aspel_upgrade.flow.answers" in graph["aspel_upgrade.flow.controller"]  # late
    assert "aspel_upgrade.flow.download_step" in graph["aspel_upgrade.flow.controller"]  # TC
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []
