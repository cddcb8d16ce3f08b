"""Help text wrapped by display width: Japanese characters take two columns and lines break between them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

import click

NO_START = set("、。，．）」』】〕］・：；！？ー…ゃゅょっャュョッ々")
NO_END = set("（「『【〔［")
_TOKEN = re.compile(r"\s+|[\x00-\u10ff]+?(?=\s|$|[^\x00-\u10ff])|.", re.S)


def width(text: str) -> int:
    """Return the columns `text` takes in a terminal (wide and full-width characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _tokens(text: str) -> list[str]:
    """Return `text` cut where a line may break: spaces, Latin words, single Japanese characters (kinsoku kept)."""
    out: list[str] = []
    for piece in _TOKEN.findall(text):
        if out and (piece[0] in NO_START or out[-1][-1] in NO_END) and not piece.isspace() and not out[-1].isspace():
            out[-1] += piece
        else:
            out.append(piece)
    return out


def fill(text: str, columns: int, first: str = "", rest: str = "") -> str:
    """Return one paragraph wrapped to `columns` display columns, the lines indented by `first` and `rest`."""
    lines: list[str] = []
    line = first
    for token in _tokens(" ".join(text.split())):
        if token.isspace():
            if line.strip():
                line += " "
            continue
        if width(line.rstrip() + token) > columns and line.strip():
            lines.append(line.rstrip())
            line = rest
        line += token
    if line.strip():
        lines.append(line.rstrip())
    return "\n".join(lines)


def wrap(text: str, columns: int, indent: str = "") -> str:
    """Return `text` wrapped like click's wrap_text (paragraphs, `\\b` blocks kept as written) by display width."""
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text.expandtabs()):
        lines = block.splitlines()
        if not lines:
            continue
        if lines[0].strip() == "\b":
            paragraphs.append("\n".join(indent + line for line in lines[1:]))
            continue
        extra = " " * (len(lines[0]) - len(lines[0].lstrip()))
        paragraphs.append(fill(" ".join(lines), columns, indent + extra, indent + extra))
    return "\n\n".join(paragraphs)


def short_help(text: str, columns: int) -> str:
    """Return the first sentence of a help text, cut with `…` to fit `columns` display columns."""
    first = re.split(r"(?<=。)|(?<=\.)\s|\n\n", text.strip(), maxsplit=1)[0].strip()
    if width(first) <= columns:
        return first
    out = ""
    for ch in first:
        if width(out + ch) > columns - 1:
            break
        out += ch
    return out.rstrip() + "…"


class HelpFormatter(click.HelpFormatter):
    """click's help formatter measuring text by display width, so Japanese help wraps at the terminal's edge."""

    def write_text(self, text: str) -> None:
        """Write wrapped text at the current indentation."""
        self.write(wrap(text, self.width, " " * self.current_indent))
        self.write("\n")

    def write_dl(self, rows: Sequence[tuple[str, str]] | Iterable[tuple[str, str]], col_max: int = 30,
                 col_spacing: int = 2) -> None:
        """Write a definition list (options, commands), the second column wrapped by display width."""
        rows = list(rows)
        first_col = min(max((width(first) for first, _ in rows), default=0), col_max) + col_spacing
        for first, second in rows:
            self.write(f"{'':>{self.current_indent}}{first}")
            if not second:
                self.write("\n")
                continue
            if width(first) <= first_col - col_spacing:
                self.write(" " * (first_col - width(first)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            lines = wrap(second, max(self.width - first_col - 2 - self.current_indent, 10)).splitlines() or [""]
            self.write(lines[0] + "\n")
            for line in lines[1:]:
                self.write(f"{'':>{first_col + self.current_indent}}{line}\n")


class Context(click.Context):
    """A click context whose help is wrapped by display width."""

    formatter_class = HelpFormatter
