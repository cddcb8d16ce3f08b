"""Days a meeting series skips under `holidays: skip`: national holidays of the plan's country and 12-29..01-03.

The country is Japan for Asia/Tokyo and otherwise the one the IANA zone table (zone.tab) gives for the
plan's `timezone`; a zone without a country (UTC, Etc/...) or a country the `holidays` package does not
know has the year-end days only. Holiday names come in the plan's language where the package has it.
Japan's holidays from 2000 to 2100 are read from a table the package made (resources/holidays_jp.json,
tools/make_holidays_table.py): importing the package costs ~20 ms in a fresh process.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from plangen.model import DATE_MAX, DATE_MIN
from plangen.resources import holidays_jp_file
from plangen.text.catalog import tr

YEAR_END = ((12, 29), (12, 30), (12, 31), (1, 1), (1, 2), (1, 3))
"""Month and day of the year-end and new-year closure (年末年始)."""
ZONE_TABLES = ("/usr/share/zoneinfo/zone.tab", "/usr/lib/zoneinfo/zone.tab")
JP_TABLE_YEARS = (DATE_MIN.year, DATE_MAX.year)
"""The years resources/holidays_jp.json covers: every year a plan can hold."""


@lru_cache(maxsize=1)
def zone_countries() -> dict[str, str]:
    """Return IANA zone -> ISO country code from zone.tab (tzdata's copy first, then the system's)."""
    text = ""
    try:
        from importlib.resources import files

        text = (files("tzdata") / "zoneinfo" / "zone.tab").read_text(encoding="utf-8")
    except (ImportError, OSError):
        for candidate in ZONE_TABLES:
            path = Path(candidate)
            if path.is_file():
                text = path.read_text(encoding="utf-8")
                break
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) >= 3:
            out[parts[2]] = parts[0]
    return out


def country_of(timezone: str) -> str | None:
    """Return the ISO country code of an IANA time zone (JP for Asia/Tokyo), or None when it has none."""
    if timezone == "Asia/Tokyo":
        return "JP"
    return zone_countries().get(timezone)


@lru_cache(maxsize=32)
def national_holidays(country: str, years: tuple[int, ...], lang: str) -> dict[date, str]:
    """Return the national holidays of `country` in `years` with their names, or {} for an unknown country."""
    if country == "JP" and all(JP_TABLE_YEARS[0] <= year <= JP_TABLE_YEARS[1] for year in years):
        table = _jp_table()["en" if lang == "en" else "ja"]
        return {date(year, int(day[:2]), int(day[3:])): name
                for year in years for day, name in table[str(year)].items()}
    return _package_holidays(country, years, lang)


def jp_holidays_from_package(years: tuple[int, ...], lang: str) -> dict[date, str]:
    """Return Japan's holidays in `years` as the holidays package gives them (the source of the table)."""
    return _package_holidays("JP", years, lang)


@lru_cache(maxsize=1)
def _jp_table() -> dict[str, dict[str, dict[str, str]]]:
    """Return language -> year -> MM-DD -> name of Japan's holidays, from resources/holidays_jp.json."""
    import json

    loaded: dict[str, dict[str, dict[str, str]]] = json.loads(holidays_jp_file().read_text(encoding="utf-8"))
    return loaded


def _package_holidays(country: str, years: tuple[int, ...], lang: str) -> dict[date, str]:
    """Return the national holidays of `country` in `years` from the holidays package ({} when unknown)."""
    # the holidays package names Japan's holidays in Japanese ("ja") and every country's in US English
    language = "ja" if lang == "ja" and country == "JP" else ("en_US" if lang == "en" else None)
    entity = _country_entity(country)
    if entity is not None:
        found = entity(years=list(years), subdiv=None, expand=True, observed=True, language=language)
    else:
        import holidays

        try:
            found = holidays.country_holidays(country, years=list(years), language=language)
        except NotImplementedError:
            return {}
    return {day: str(name) for day, name in found.items()}


@lru_cache(maxsize=8)
def _country_entity(country: str) -> Any:
    """Return the holidays class of `country` loaded from its own module file, or None when not found.

    `holidays.country_holidays` imports the package of every country (~0.3 s); this loads one file.
    """
    import importlib.util

    from holidays.registry import COUNTRIES

    module = next((name for name, codes in COUNTRIES.items() if country in codes[1:]), None)
    package = importlib.util.find_spec("holidays")
    if module is None or package is None or package.origin is None:
        return None
    spec = importlib.util.spec_from_file_location(f"plangen._holidays_{module}",
                                                  Path(package.origin).parent / "countries" / f"{module}.py")
    if spec is None or spec.loader is None:
        return None
    try:
        loaded = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(loaded)
    except (ImportError, OSError):
        return None
    return getattr(loaded, COUNTRIES[module][0], None)


def closed_days(timezone: str, start: date, end: date, lang: str) -> dict[date, str]:
    """Return the days from `start` through `end` a series skips, with why: holiday name or 年末年始."""
    years = tuple(range(start.year, end.year + 1))
    country = country_of(timezone)
    out = {d: n for d, n in (national_holidays(country, years, lang) if country else {}).items() if start <= d <= end}
    for year in years:
        for month, day in YEAR_END:
            when = date(year, month, day)
            if start <= when <= end and when not in out:
                out[when] = tr(lang, "meetings.year_end")
    return out
