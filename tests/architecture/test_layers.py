"""The package shows the pipeline: stages import only stages below them, and no module imports itself in a cycle."""

from __future__ import annotations

import ast
from pathlib import Path

import plangen

PACKAGE = Path(plangen.__file__).resolve().parent

# Lower number = lower stage. A module may import from a lower stage or from its own stage.
RANK = {
    "record": -1, "errors": 0, "resources": 0.5,
    "model": 1,
    "text": 2, "roles": 2.2, "design": 2.5,
    "load": 3,
    "compute": 4, "write": 4,
    "office": 5,
    "render": 6,
    "build": 7,
    "serve": 7.5,
    "cli": 8,
    "__init__": 9, "__main__": 9,
}


def module_name(path: Path) -> str:
    """Return the dotted module name of a file in the package."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path) -> set[str]:
    """Return every plangen module a file imports, at any depth (type-only and lazy imports count)."""
    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("plangen"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            if not base.startswith("plangen"):
                continue
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                found.add(candidate if _exists(candidate) else base)
    return {m for m in found if _exists(m)}


def _exists(module: str) -> bool:
    """Return whether `module` is a module or package of plangen."""
    rel = Path(*module.split("."))
    root = PACKAGE.parent
    return (root / rel).with_suffix(".py").is_file() or (root / rel / "__init__.py").is_file()


def graph() -> dict[str, set[str]]:
    """Return the import graph of the package, module -> modules it imports."""
    return {module_name(p): imports_of(p) - {module_name(p)} for p in PACKAGE.rglob("*.py")}


def stage(module: str) -> str:
    """Return the stage a module belongs to (its first name below plangen)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_no_module_imports_from_a_higher_stage() -> None:
    upward = sorted(
        f"{m} -> {d}"
        for m, deps in graph().items()
        for d in deps
        if stage(d) != stage(m) and RANK[stage(d)] >= RANK[stage(m)] and d != "plangen"
    )
    assert upward == []


def test_every_stage_has_a_rank() -> None:
    assert {stage(m) for m in graph()} <= set(RANK)


def test_import_graph_has_no_cycle() -> None:
    g = graph()
    # A package's __init__ re-exporting its own modules is not a cycle of code; ignore parent -> child edges.
    edges = {m: {d for d in deps if not d.startswith(m + ".")} for m, deps in g.items()}
    cycles: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt):], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    assert cycles == []


def test_few_modules_sit_directly_under_the_package() -> None:
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(top) <= 10, top
