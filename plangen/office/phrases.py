"""Unbreakable phrases: where a line of Japanese (or English) text may break, and where it never may.

BudouX (Google's phrase segmenter) gives the phrase boundaries of Japanese text; boundaries that fall inside a
protected span are then removed, so that numbers stay with their unit (2.4億円, 22.0 時間, 10月), dates stay whole
(2026年12月25日), katakana words stay whole (カスタマーサクセス), Latin words and product names stay whole
(StockPilot) and people's names never break (藤田 亮; pass the plan's names with `protect`). Spaces are their
own pieces so a line can break at them and drop them.

    >>> phrases("2026年12月25日までに先行2拠点の効果検証")
    ['2026年12月25日', 'までに', '先行2拠点の', '効果検証']
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache, update_wrapper
from typing import TYPE_CHECKING, Any, ParamSpec, Protocol, TypeVar, cast

if TYPE_CHECKING:
    from functools import _CacheInfo

    from plangen.model import Plan

P = ParamSpec("P")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
_VARKEYWORDS = 0x08
"""inspect.CO_VARKEYWORDS: a code object's flag for **kwargs (inspect is slow to import)."""

_UNITS = (
    "億円", "万円", "千円", "百万円", "円", "億", "万", "千", "時間", "分間", "分", "秒",
    "日間", "日", "週間", "週", "ヶ月", "か月", "カ月", "ヵ月", "箇月", "月", "年度", "年",
    "件", "人", "名", "社", "店舗", "店", "拠点", "品番", "品目", "回", "倍", "点",
    "pt", "ポイント", "%", "％", "台", "個", "部", "課", "期", "行", "字",
    "hours", "hour", "days", "day", "weeks", "months", "years", "pts", "h",
)
_NUMBER = r"[+\-−±]?[¥$€£]?\d[\d,.:/]*"
_PROTECTED = re.compile("|".join((
    r"\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:[（(][月火水木金土日][）)])?",  # 2026年12月25日（金）
    r"\d{1,2}月\d{1,2}日(?:[（(][月火水木金土日][）)])?",
    r"\d{4}[-/]\d{1,2}(?:[-/]\d{1,2})?",  # ISO and slashed dates
    r"(?:Q[1-4]|FY)\s?\d{2,4}",
    _NUMBER + r"(?:\s?(?:" + "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True)) + r")|[hxkKM]\b)?",
    "[ァ-ヺー・]*[ァ-ヺー]{2,}",  # katakana words (with their middle dots)
    r"[A-Za-z0-9][A-Za-z0-9_&'’+\-.@/]*[A-Za-z0-9+]|[A-Za-z]",  # Latin words and product names
)))
"""Spans kept whole, tried in this order at each position; `_protected` then tries a person's name (family name,
space, given name: 藤田 亮), matched in Python because a regex class of every kanji takes milliseconds to compile."""
_NAME_SPACES = " 　"
_HONORIFICS = ("さん", "様", "氏")

_AFTER = set("・／")
"""Separators after which a line may break (unless inside a katakana word: カスタマー・サクセス stays whole)."""
_BREAKS = re.compile("[ " + "".join(sorted(_AFTER)) + "]")
"""A space (a break before and after it) or one of `_AFTER`."""
_NO_START = set("、。，．,.・：；:;？！?!ー－）)]｝}〕〉》」』】％%")
_NAMES: ContextVar[tuple[str, ...]] = ContextVar("plangen_phrase_names", default=())


@contextmanager
def protect(words: Iterable[str]) -> Iterator[None]:
    """Keep `words` (people's, client and product names) whole in every line broken inside the block."""
    names = tuple(sorted({w for w in words if w and len(w) > 1}, key=len, reverse=True))
    token = _NAMES.set(names)
    try:
        yield
    finally:
        _NAMES.reset(token)


def protected_names() -> tuple[str, ...]:
    """Return the names kept whole in the current `protect` block (part of the key of any cached measurement)."""
    return _NAMES.get()


class NamesCached(Protocol[P, R_co]):
    """A function of positional-only parameters cached per its arguments and the protected names in force."""

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R_co:
        """Return the function's result, computed once per arguments and protected names."""
        ...

    def cache_clear(self) -> None:
        """Forget every cached result."""
        ...

    def cache_info(self) -> _CacheInfo:
        """Return the cache's hits, misses, maximum and current size."""
        ...


def per_names(maxsize: int) -> Callable[[Callable[P, R]], NamesCached[P, R]]:
    """Return a decorator caching a function's `maxsize` latest results per arguments and protected names in force.

    The function's parameters must be positional-only (`/`): its callers then pass no keywords (mypy checks them),
    so that the cached function takes `*args` alone, as fast as a call of `lru_cache` adding the names by hand.
    """

    def decorate(func: Callable[P, R]) -> NamesCached[P, R]:
        """Return `func` cached per its arguments and the protected names."""
        if not _positional_only(func):
            raise TypeError(f"per_names caches functions of positional-only parameters, not {func!r}")
        call: Callable[..., R] = func

        @lru_cache(maxsize=maxsize)
        def keyed(args: tuple[Any, ...], names: tuple[str, ...]) -> R:
            """Return `func`'s result for `args` (`names`, those in force when called, only key the cache)."""
            return call(*args)

        current = _NAMES.get

        def cached(*args: Any) -> R:
            """Return `func`'s result for these arguments and the protected names in force."""
            return keyed(args, current())

        update_wrapper(cached, func)
        cached.__dict__.update(cache_clear=keyed.cache_clear, cache_info=keyed.cache_info)
        return cast("NamesCached[P, R]", cached)

    return decorate


def _positional_only(func: object) -> bool:
    """Return True for a Python function whose parameters are all positional-only (it takes no keywords)."""
    code = getattr(func, "__code__", None)
    return (code is not None and code.co_posonlyargcount == code.co_argcount and not code.co_kwonlyargcount
            and not code.co_flags & _VARKEYWORDS)


def plan_words(plan: Plan) -> list[str]:
    """Return the words of `plan` that must never break: team members, client, vendor and product names."""
    words = [p.name for p in plan.team.client] + [p.name for p in plan.team.vendor]
    words += [plan.client.name, plan.client.short_name or "", plan.vendor.name or "", plan.vendor.product or ""]
    return [w.strip() for w in words if w and w.strip()]


@lru_cache(maxsize=1)
def _parser() -> Any:
    """Return BudouX's Japanese phrase parser (its model ships inside the wheel)."""
    import budoux

    return budoux.load_default_japanese_parser()


def phrases(text: str) -> list[str]:
    """Return `text` cut into unbreakable phrases and single spaces (joined, they give `text` back)."""
    return list(_phrases(text))


@per_names(maxsize=32768)
def _phrases(text: str, /) -> tuple[str, ...]:
    """Return the phrases of `text`, the protected names whole (cached: the same text is measured at many sizes)."""
    if not text:
        return ()
    cuts = _budoux_cuts(text) if max(text) >= "\u2e80" and any(map(is_wide, text)) else set()
    for match in _BREAKS.finditer(text):
        i = match.start()
        if text[i] == " ":
            cuts.update((i, i + 1))
        else:
            cuts.add(i + 1)  # 展開・|支援, 費用／|効果: a line may break after a separator
    spans = list(_protected(text, _NAMES.get()))
    for start, end in spans:
        inner = cuts.intersection(range(start + 1, end))
        cuts.difference_update(inner)
        if inner and text[start].isdigit():  # BudouX cut inside a number (年間8|,000万円): break around it instead
            cuts.update(edge for edge in (start, end) if edge < len(text) and text[edge] not in _NO_START)
    _split_long(text, cuts, sorted(spans))
    bounds = sorted(c for c in cuts if 0 < c < len(text))
    pieces: list[str] = []
    for piece in (text[a:b] for a, b in zip([0, *bounds], [*bounds, len(text)], strict=True)):
        if pieces and pieces[-1] != " " and (len(piece) == 1 or len(pieces[-1]) == 1) and is_wide(piece[0]):
            pieces[-1] += piece  # BudouX leaves single characters (検|証): keep a kanji with its neighbour
        else:
            pieces.append(piece)
    return tuple(pieces)


LONG = 8
"""A phrase of more characters than this may also break before and after a number with its unit inside it."""


def _split_long(text: str, cuts: set[int], spans: list[tuple[int, int]]) -> None:
    """Add cuts around numbers inside long phrases (年間|8,000万円|削減する), never inside a protected span
    (`spans`, sorted)."""
    bounds = sorted({0, len(text), *cuts})
    for a, b in itertools.pairwise(bounds):
        if b - a <= LONG:
            continue
        for start, end in spans:
            if a <= start and end <= b and text[start].isdigit():
                cuts.update(edge for edge in (start, end) if a < edge < b and text[edge] not in _NO_START
                            and not any(s < edge < e for s, e in spans))


def _budoux_cuts(text: str) -> set[int]:
    """Return the positions where BudouX puts a phrase boundary (its scores, summed a feature at a time)."""
    base, features = _features()
    size = len(text)
    if size < 2:
        return set()
    pad = (0, 0, 0)
    zeros = itertools.repeat(0)
    grams = {1: list(text), 2: [text[j:j + 2] for j in range(size - 1)], 3: [text[j:j + 3] for j in range(size - 2)]}
    columns = []
    for weights, width, shift in features:  # the score of a break before i adds weights[gram at i + shift]
        padded = [*pad, *map(weights.get, grams[width], zeros), *pad]
        columns.append(padded[4 + shift:4 + shift + size - 1])
    return {i for i, score in enumerate(map(sum, zip(*columns, strict=True)), 1) if base + score > 0}


@lru_cache(maxsize=1)
def _features() -> tuple[float, list[tuple[dict[str, int], int, int]]]:
    """Return BudouX's base score and, per feature, its weights, n-gram width and offset from the break."""
    model = _model()
    layout = {"UW1": (1, -3), "UW2": (1, -2), "UW3": (1, -1), "UW4": (1, 0), "UW5": (1, 1), "UW6": (1, 2),
              "BW1": (2, -2), "BW2": (2, -1), "BW3": (2, 0), "TW1": (3, -3), "TW2": (3, -2), "TW3": (3, -1),
              "TW4": (3, 0)}
    base = -sum(sum(group.values()) for group in model.values()) * 0.5  # as budoux.Parser computes it
    return base, [(model[name], *layout[name]) for name in layout if name in model]


def _model() -> dict[str, dict[str, int]]:
    """Return BudouX's Japanese model, read from the installed package without importing it (the package's
    HTML processing is not needed here); through BudouX itself when the file cannot be read."""
    import importlib.util
    import json
    from pathlib import Path

    spec = importlib.util.find_spec("budoux")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        try:
            with (Path(folder) / "models" / "ja.json").open(encoding="utf-8") as file:
                return dict(json.load(file))
        except OSError:
            continue
    return dict(_parser().model)


def is_wide(char: str) -> bool:
    """Return True for CJK, kana, hangul and full-width characters: text BudouX has to cut, and characters a line
    may break between."""
    return ("\u2e80" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af" or "\uf900" <= char <= "\ufaff"
            or "\uff00" <= char <= "\uffef")


def _is_kanji(char: str) -> bool:
    """Return True for a kanji of a person's name (一-龥 or 々)."""
    return "一" <= char <= "龥" or char == "々"


def _name_span(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """Return the first person's name (1-3 kanji, a space, 1-3 kanji, an optional honorific) starting in
    [start, limit) and not inside a longer run of kanji, as the regex
    (?<![一-龥々])[一-龥々]{1,3}[ 　][一-龥々]{1,3}(?![一-龥々])(?:さん|様|氏)? would find it."""
    for space in range(start + 1, min(limit + 3, len(text) - 1)):
        if text[space] not in _NAME_SPACES:
            continue
        head = space
        while head > 0 and space - head < 4 and _is_kanji(text[head - 1]):
            head -= 1
        if head >= limit:
            return None
        if head < start or not 1 <= space - head <= 3 or (head > 0 and _is_kanji(text[head - 1])):
            continue
        end = space + 1
        while end < len(text) and end - space <= 4 and _is_kanji(text[end]):
            end += 1
        if not 1 <= end - space - 1 <= 3:
            continue
        for honorific in _HONORIFICS:
            if text.startswith(honorific, end):
                end += len(honorific)
                break
        return head, end
    return None


def _protected(text: str, names: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of the spans of `text` that must not break."""
    position = 0
    while position < len(text):
        match = _PROTECTED.search(text, position)
        limit = match.start() if match else len(text)
        person = _name_span(text, position, limit)
        if person is not None:
            yield person
            position = person[1]
        elif match is None:
            break
        else:
            yield match.start(), match.end()
            position = match.end()
    for name in names:
        start = text.find(name)
        while start >= 0:
            yield start, start + len(name)
            start = text.find(name, start + 1)


def atoms(phrase: str) -> list[str]:
    """Return the pieces a phrase too long for any line may still be cut into: protected spans whole, other
    characters one by one."""
    spans = sorted(_protected(phrase, _NAMES.get()))
    out: list[str] = []
    position = 0
    for start, end in spans:
        if start < position:
            continue
        out += list(phrase[position:start])
        out.append(phrase[start:end])
        position = end
    return out + list(phrase[position:])
