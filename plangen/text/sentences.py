"""Sentences composed from plan text: the grammar that joins a CSM's phrases in each language."""

from __future__ import annotations

from plangen.text.catalog import tr

VERB_ENDINGS = "うくすつぬふむゆるぐずづぶぷ"
"""Last kana of a Japanese verb in dictionary form: 「削減する」 takes ことを, a noun takes を."""


def purpose_sentence(issue: str, benefit: str, lang: str) -> str:
    """Return one objective as a sentence of the request: the business issue and the benefit aimed at."""
    issue, benefit = issue.rstrip("。."), benefit.rstrip("。.")
    if lang == "ja":
        joint = "ことを" if benefit[-1] in VERB_ENDINGS else "を"
    else:
        benefit, joint = benefit[:1].lower() + benefit[1:], ""
    return tr(lang, "ringi.purpose_line", issue=issue, benefit=benefit, joint=joint)


def sentences(parts: list[str], lang: str) -> str:
    """Return sentences run together as a paragraph (no space between Japanese sentences)."""
    return ("" if lang == "ja" else " ").join(parts)


def person(name: str, title: str | None, lang: str) -> str:
    """Return a person as a form names them: 代表取締役社長 佐藤 一郎 (ja) or Jane Doe, CFO (en)."""
    if not title:
        return name
    return f"{title} {name}" if lang == "ja" else f"{name}, {title}"


POSITIONS = ("本部長", "部長", "副部長", "次長", "課長", "係長", "主任", "室長", "所長", "工場長", "リーダー",
             "マネージャー", "Manager", "Head", "Director", "Lead")
"""Position words that end a job title after its department (商品本部 MD部 部長 -> 商品本部 MD部)."""


def department_of(title: str) -> str:
    """Return the department part of a job title: the title without a trailing position word."""
    words = title.split()
    while len(words) > 1 and words[-1] in POSITIONS:
        words.pop()
    return " ".join(words)
