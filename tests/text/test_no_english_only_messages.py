"""No user-facing sentence is written in English only: every message goes through the catalog (both languages)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "plangen"

# Calls whose text reaches the CSM: problems, usage errors, errors, echoed lines and renderer warnings.
SAYING = {"Problem", "problem", "make_problem", "at", "UsageError", "BadParameter", "TemplateError", "RenderError",
          "SomeFailed", "echo", "fail", "append"}
WORD = re.compile(r"[A-Za-z]{3,}\s+[A-Za-z]{2,}")
# Below the catalog in the layers, so it cannot use it (a broken installation, said in English).
EXEMPT = {("resources/__init__.py", "RenderError")}


def _literal_text(node: ast.expr) -> str:
    """Return the literal text of a str constant or f-string (placeholders left out)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literal_text(node.left) + " " + _literal_text(node.right)
    return ""


def _name(call: ast.Call) -> str:
    """Return the called function's name (`click.echo` -> `echo`)."""
    return call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")


def _is_warnings_list(call: ast.Call) -> bool:
    """Return True for `<...>.warnings.append(...)` and `warnings.append(...)`."""
    target = call.func.value if isinstance(call.func, ast.Attribute) else None
    name = target.id if isinstance(target, ast.Name) else getattr(target, "attr", "")
    return name == "warnings"


def test_every_message_comes_from_the_catalog() -> None:
    english = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("text/"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or _name(node) not in SAYING:
                continue
            if _name(node) == "append" and not _is_warnings_list(node):
                continue
            if (rel, _name(node)) in EXEMPT:
                continue
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                if WORD.search(_literal_text(arg)):
                    english.append(f"{rel}:{node.lineno}: {_literal_text(arg)[:60]}")
    assert english == []
