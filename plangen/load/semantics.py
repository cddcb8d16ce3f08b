"""Hard errors that need the whole plan: ids, references, baselines, weights, levels, paths."""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from plangen.errors import Problem, show_got
from plangen.load.hints import closest, enum_hint
from plangen.load.numbers import size_problem
from plangen.load.wording import join
from plangen.load.yamlsource import PathKey, Source
from plangen.model import YEARS_FROM_CONTRACT, Plan
from plangen.model.base import Strict
from plangen.roles import CLIENT_ROLES, VENDOR_ROLES
from plangen.text import tr

# Longest text per kind of field, far beyond what a CSM writes (docs/plan-format.md, "Limits").
MAX_LENGTH = {"id": 64, "name": 200, "text": 2000}
MAX_ITEMS = 500
"""Most items in any one list (initiatives, KPIs, people, agenda items, ...)."""
KIND_WORDS = {"id": "messages.kind_id", "name": "messages.kind_name", "text": "messages.kind_text"}
"""Catalog keys of the words naming each kind of field in `is too long` messages."""
NAME_KEYS = frozenset({"name", "short_name", "title", "product", "owner", "industry", "segment", "currency",
                       "unit", "timezone", "role", "attendees", "kpis", "objective", "parent"})


def semantic_problems(src: Source, plan: Plan, folder: Path) -> list[Problem]:
    """Return every cross-field problem of a validated plan, in the message language of `src`."""
    out: list[Problem] = []
    for section in ("objectives", "initiatives", "kpis", "milestones", "meetings"):
        out += _duplicates(src, section, [item.id for item in getattr(plan, section)])
    if plan.health:
        out += _duplicates(src, "health.components", [c.id for c in plan.health.components], ("health", "components"))
    objective_ids = [o.id for o in plan.objectives]
    kpi_ids = [k.id for k in plan.kpis]
    for i, ini in enumerate(plan.initiatives):
        if ini.objective is not None and ini.objective not in objective_ids:
            out.append(_unknown(src, ("initiatives", i, "objective"), ini.objective, "messages.ref.objective",
                                objective_ids))
        for j, kpi_id in enumerate(ini.kpis):
            if kpi_id not in kpi_ids:
                out.append(_unknown(src, ("initiatives", i, "kpis", j), kpi_id, "messages.ref.kpi", kpi_ids))
        if ini.start and ini.end and ini.end < ini.start:
            out.append(src.problem(("initiatives", i, "end"), src.say("messages.before_start", start=ini.start),
                                   str(ini.end)))
    for i, phase in enumerate(plan.flow.phases):
        if phase.start and phase.end and phase.end < phase.start:
            out.append(src.problem(("flow", "phases", i, "end"), src.say("messages.before_start", start=phase.start),
                                   str(phase.end)))
    for i, kpi in enumerate(plan.kpis):
        if kpi.baseline is None or kpi.target is None:
            continue
        if kpi.target == kpi.baseline:
            out.append(src.problem(("kpis", i, "target"), src.say("messages.target_equals_baseline"),
                                   show_got(_num(kpi.target))))
        elif kpi.direction == "up" and kpi.target < kpi.baseline:
            out.append(src.problem(("kpis", i, "target"), src.say("messages.target_below", baseline=_num(kpi.baseline)),
                                   show_got(_num(kpi.target))))
        elif kpi.direction == "down" and kpi.target > kpi.baseline:
            out.append(src.problem(("kpis", i, "target"), src.say("messages.target_above", baseline=_num(kpi.baseline)),
                                   show_got(_num(kpi.target))))
    out += _parents(src, plan)
    if plan.contract.end and plan.contract.end < plan.contract.start:
        out.append(src.problem(("contract", "end"), src.say("messages.before_contract_start",
                                                            start=plan.contract.start), str(plan.contract.end)))
    out += _dates_and_numbers(src, plan)
    out += _health(src, plan)
    out += _team(src, plan)
    out += _meetings(src, plan)
    if plan.client.logo is not None:
        out += _logo(src, plan.client.logo, folder)
    return out


def _num(value: float) -> str:
    return f"{value:g}"


def _duplicates(src: Source, section: str, ids: Iterable[str], loc: PathKey | None = None) -> list[Problem]:
    """Return a problem for each id that repeats an earlier one in the same list."""
    base: PathKey = loc or (section,)
    out = []
    first: dict[str, int] = {}
    for i, item_id in enumerate(ids):
        if item_id in first:
            line, _ = src.locate((*base, first[item_id], "id"))
            out.append(src.problem((*base, i, "id"), src.say("messages.duplicate_id", section=section,
                                                             index=first[item_id], line=line), repr(item_id)))
        else:
            first[item_id] = i
    return out


def _unknown(src: Source, loc: PathKey, value: str, what: str, known: list[str]) -> Problem:
    """Return a problem for a reference that matches no id (`what` is the catalog key naming the kind of id)."""
    known = list(dict.fromkeys(known))
    close = closest(value, known)
    name = src.say(what)
    text = (src.say("messages.no_ref.close", what=name, close=close[0]) if close else
            src.say("messages.no_ref.known", what=name, known=join(src.lang, known)) if known else
            src.say("messages.no_ref.none", what=name))
    return src.problem(loc, text, repr(value))


def near_contract(day: date, contract_start: date) -> bool:
    """Return True when `day` lies within YEARS_FROM_CONTRACT years of the contract start."""
    years = YEARS_FROM_CONTRACT
    low = contract_start.replace(year=contract_start.year - years, day=min(contract_start.day, 28))
    high = contract_start.replace(year=contract_start.year + years, day=min(contract_start.day, 28))
    return low <= day <= high


def _leaves(value: object, loc: PathKey) -> Iterator[tuple[PathKey, object]]:
    """Yield (location, value) for every scalar inside a validated model, list or mapping, and every list."""
    if isinstance(value, list | tuple):
        yield loc, value
    if isinstance(value, Strict):
        for name in type(value).model_fields:
            yield from _leaves(getattr(value, name), (*loc, name))
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _leaves(item, (*loc, i))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*loc, str(key)))
    else:
        yield loc, value


def _dates_and_numbers(src: Source, plan: Plan) -> list[Problem]:
    """Return a problem for each date far from contract.start and each number too large to compute with."""
    start = plan.contract.start
    out = []
    for loc, value in _leaves(plan, ()):
        if isinstance(value, date) and not near_contract(value, start):
            out.append(src.problem(loc, src.say("messages.far_from_contract", years=YEARS_FROM_CONTRACT, start=start),
                                   repr(str(value))))
        elif isinstance(value, str | list | tuple):
            out += _size_problems(src, loc, value)
        elif isinstance(value, float | int) and not isinstance(value, bool) and (why := size_problem(value, src.lang)):
            out.append(src.problem(loc, why, show_got(value)))
    return out


def _too_long(src: Source, loc: PathKey, text: str) -> list[Problem]:
    """Return a problem when `text` is longer than its kind of field allows (see MAX_LENGTH)."""
    key = next((part for part in reversed(loc) if isinstance(part, str)), "")
    kind = "id" if key in ("id", "metric") else "name" if key in NAME_KEYS else "text"
    limit = MAX_LENGTH[kind]
    if len(text) <= limit:
        return []
    return [src.problem(loc, src.say("messages.too_long", length=f"{len(text):,}", limit=f"{limit:,}",
                                     kind=src.say(KIND_WORDS[kind])), show_got(text))]


def length_problems(src: Source, model: Strict) -> list[Problem]:
    """Return a problem for each text or list of a validated model (such as monthly notes) that is too long."""
    return [p for loc, value in _leaves(model, ()) for p in _size_problems(src, loc, value)]


def _size_problems(src: Source, loc: PathKey, value: object) -> list[Problem]:
    """Return a problem when `value` is a text or a list longer than its limit."""
    if isinstance(value, str):
        return _too_long(src, loc, value)
    if isinstance(value, list | tuple) and len(value) > MAX_ITEMS:
        return [src.problem(loc, src.say("messages.too_many", count=f"{len(value):,}", limit=MAX_ITEMS), "a list")]
    return []


def _parents(src: Source, plan: Plan) -> list[Problem]:
    """Return problems in KPI `parent` references: unknown ids, a KPI its own parent, cycles (once each)."""
    out = []
    kpi_ids = [k.id for k in plan.kpis]
    parent_of = {k.id: k.parent for k in plan.kpis if k.parent is not None}
    reported: set[frozenset[str]] = set()
    for i, kpi in enumerate(plan.kpis):
        if kpi.parent is None:
            continue
        if kpi.parent not in kpi_ids:
            out.append(_unknown(src, ("kpis", i, "parent"), kpi.parent, "messages.ref.kgi_kpi", kpi_ids))
            continue
        chain = [kpi.id]
        current: str | None = kpi.parent
        while current is not None and current not in chain:
            chain.append(current)
            current = parent_of.get(current)
        if current == kpi.id and frozenset(chain) not in reported:
            reported.add(frozenset(chain))
            loop = " -> ".join([*chain, kpi.id])
            out.append(src.problem(("kpis", i, "parent"), src.say("messages.kpi_cycle", loop=loop),
                                   repr(kpi.parent)))
    return out


def _health(src: Source, plan: Plan) -> list[Problem]:
    """Return problems in the health score definition."""
    if plan.health is None:
        return []
    out = []
    comps = plan.health.components
    total = sum(c.weight for c in comps)
    if comps and abs(total - 100) > 1e-6:
        out.append(src.problem(("health", "components"), src.say("messages.weights_sum"),
                               f"{_num(total)}: " + " + ".join(_num(c.weight) for c in comps)))
    for i, comp in enumerate(comps):
        if comp.good == comp.poor:
            out.append(src.problem(("health", "components", i, "good"), src.say("messages.good_equals_poor"),
                                   show_got(_num(comp.good))))
    levels = plan.health.levels
    for i in range(1, len(levels)):
        if levels[i].min <= levels[i - 1].min:
            out.append(src.problem(("health", "levels", i, "min"),
                                   src.say("messages.levels_ascending", prev=_num(levels[i - 1].min)),
                                   show_got(_num(levels[i].min))))
    if levels and levels[0].min > 0:
        out.append(src.problem(("health", "levels", 0, "min"), src.say("messages.levels_from_zero"),
                               show_got(_num(levels[0].min))))
    return out


def _team(src: Source, plan: Plan) -> list[Problem]:
    """Return problems in extra responsibilities (unknown role names)."""
    out = []
    roles = [*CLIENT_ROLES, *VENDOR_ROLES]
    for role in plan.team.responsibilities:
        if role not in roles:
            close = enum_hint(role, list(dict.fromkeys(roles)))
            what = (src.say("messages.no_role.close", close=close) if close else
                    src.say("messages.no_role.known", roles=join(src.lang, list(dict.fromkeys(roles)))))
            out.append(src.problem(("team", "responsibilities", role), what, repr(role), key=True))
    return out


def _meetings(src: Source, plan: Plan) -> list[Problem]:
    """Return problems in meetings: unresolved attendees, week_of_month without monthly."""
    out = []
    roles = {p.role for p in plan.team.client} | {p.role for p in plan.team.vendor}
    names = {p.name for p in plan.team.client} | {p.name for p in plan.team.vendor}
    all_roles = set(CLIENT_ROLES) | set(VENDOR_ROLES)
    for i, meeting in enumerate(plan.meetings):
        for j, who in enumerate(meeting.attendees):
            if who in names or who in roles:
                continue
            if who in all_roles:
                what = src.say("messages.attendee_role_missing")
            else:
                close = (closest(who, sorted(names | all_roles))
                         or [hint for hint in [enum_hint(who, sorted(all_roles))] if hint])
                what = (src.say("messages.attendee_unknown.close", close=close[0]) if close else
                        src.say("messages.attendee_unknown"))
            out.append(src.problem(("meetings", i, "attendees", j), what, repr(who)))
        if meeting.week_of_month is not None and meeting.cadence != "monthly":
            out.append(src.problem(("meetings", i, "week_of_month"), src.say("messages.week_of_month_monthly"),
                                   show_got(meeting.week_of_month)))
    return out


def _logo(src: Source, logo: str, folder: Path) -> list[Problem]:
    """Return a problem when the logo path leaves the client folder or is missing."""
    loc = ("client", "logo")
    candidate = Path(logo)
    if candidate.is_absolute() or ".." in candidate.parts:
        return [src.problem(loc, src.say("messages.logo_outside"), repr(logo))]
    target = (folder / candidate).resolve()
    try:
        target.relative_to(folder.resolve())
    except ValueError:
        return [src.problem(loc, src.say("messages.logo_outside"), repr(logo))]
    if not target.is_file():
        return [src.problem(loc, src.say("messages.logo_missing"), repr(logo))]
    if target.suffix.lower() not in (".png", ".jpg", ".jpeg", ".gif", ".bmp"):
        return [src.problem(loc, src.say("messages.logo_format"), repr(logo))]
    why = logo_problem(target, src.lang)
    return [src.problem(loc, why, repr(logo))] if why else []


LOGO_FORMATS = {"PNG", "JPEG", "GIF", "BMP"}
LOGO_MAX_BYTES = 5_000_000
LOGO_MAX_SIDE = 4000


def logo_problem(path: Path, lang: str = "en") -> str | None:
    """Return why the file at `path` cannot be the logo (not an image Pillow opens, too large) in `lang`, or None."""
    size = path.stat().st_size
    if size > LOGO_MAX_BYTES:
        return tr(lang, "messages.logo_bytes", size=f"{size:,}", limit=f"{LOGO_MAX_BYTES:,}")
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                kind, (width, height) = image.format, image.size
                image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return tr(lang, "messages.logo_unreadable")
    if kind not in LOGO_FORMATS:
        return tr(lang, "messages.logo_kind", kind=kind)
    if max(width, height) > LOGO_MAX_SIDE:
        return tr(lang, "messages.logo_pixels", width=width, height=height, limit=LOGO_MAX_SIDE)
    return None
