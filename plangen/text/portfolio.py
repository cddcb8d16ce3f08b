"""Words of the portfolio (risk rules, print title) in Japanese and English (the rules: plangen.compute.portfolio)."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "ja": {
        "support_ended": "支援期間終了（{end}）・KGI未達", "no_data": "実績データなし（{months}か月）",
        "renewal_kgi": "更新まで{days}日・KGI未達見込み", "health.alert": "ヘルス低下アラート",
        "health.lowest": "ヘルス最低レベル（{level}）", "verdict": "総合評価が遅れ",
        "kpi_at_risk": "KPI要注意・遅れ{n}件", "renewal": "更新まで{days}日", "none": "該当なし",
        "sep": "、", "print_title": "ポートフォリオ {month}",
    },
    "en": {
        "support_ended": "support ended {end}, KGIs not achieved", "no_data": "no actuals for {months} months",
        "renewal_kgi": "renewal in {days} days with a KGI not on track", "health.alert": "health drop alert",
        "health.lowest": "health at the lowest level ({level})", "verdict": "overall verdict off track",
        "kpi_at_risk": "{n} KPI(s) at risk or off track", "renewal": "renewal in {days} days", "none": "none",
        "sep": "; ", "print_title": "Portfolio {month}",
    },
}


def rule_word(lang: str, key: str) -> str:
    """Return the portfolio word `key` in `lang` (English for an unknown language)."""
    return WORDS.get(lang, WORDS["en"])[key]
