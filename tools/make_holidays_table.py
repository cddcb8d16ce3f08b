"""Generate plangen/resources/holidays_jp.json: Japan's national holidays 2000-2100 from the holidays package.

Run from the project root:  python tools/make_holidays_table.py
Japanese plans skip Japan's holidays in every meeting series; reading them from this table instead of
importing the holidays package saves ~20 ms in each fresh process. tests/compute/test_closed_days.py fails
when the table no longer matches the installed package (a new law, a new package): run this tool again.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from plangen.compute.closed_days import JP_TABLE_YEARS, jp_holidays_from_package  # noqa: E402
from plangen.resources import holidays_jp_file  # noqa: E402


def table() -> dict[str, dict[str, dict[str, str]]]:
    """Return language -> year -> MM-DD -> holiday name for every year of the table."""
    years = tuple(range(JP_TABLE_YEARS[0], JP_TABLE_YEARS[1] + 1))
    out: dict[str, dict[str, dict[str, str]]] = {}
    for lang in ("ja", "en"):
        by_year: dict[str, dict[str, str]] = {str(year): {} for year in years}
        for day, name in sorted(jp_holidays_from_package(years, lang).items()):
            by_year[str(day.year)][f"{day:%m-%d}"] = name
        out[lang] = by_year
    return out


def main() -> None:
    """Write the table."""
    text = json.dumps(table(), ensure_ascii=False, indent=0, sort_keys=True)
    holidays_jp_file().write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
