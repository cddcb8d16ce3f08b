"""Hard errors that need the whole plan: ids, references, baselines, weights, levels, paths."""

from __future__ import annotations

import difflib
import warnings
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from pydantic import BaseModel

from plangen.errors import Problem, show_got
from plangen.load.numbers import size_problem
from plangen.load.yamlsource import PathKey, Source
from plangen.model import YEARS_FROM_CONTRACT, Plan
from plangen.roles import CLIENT_ROLES, VENDOR_ROLES

# Longest text per kind of field, far beyond what a CSM writes (docs/plan-format.md, "Limits").
MAX_LENGTH = {"id": 64, "name": 200, "text": 2000}
MAX_ITEMS = 500
"""Most items in any one list (initiatives, KPIs, people, agenda items, ...)."""
KIND_WORDS = {"id": "an id (it becomes part of file names)", "name": "a name or title", "text": "a text"}
NAME_KEYS = frozenset({"name", "short_name", "title", "product", "owner", "industry", "segment", "currency",
                       "unit", "timezone", "role", "attendees", "kpis", "objective", "parent"})


def semantic_problems(src: Source, plan: Plan, folder: Path) -> list[Problem]:
    """Return every cross-field problem of a validated plan."""
    out: list[Problem] = []
    for section in ("objectives", "initiatives", "kpis", "milestones", "meetings"):
        out += _duplicates(src, section, [item.id for item in getattr(plan, section)])
    if plan.health:
        out += _duplicates(src, "health.components", [c.id for c in plan.health.components], ("health", "components"))
    objective_ids = [o.id for o in plan.objectives]
    kpi_ids = [k.id for k in plan.kpis]
    for i, ini in enumerate(plan.initiatives):
        if ini.objective is not None and ini.objective not in objective_ids:
            out.append(_unknown(src, ("initiatives", i, "objective"), ini.objective, "objective", objective_ids))
        for j, kpi_id in enumerate(ini.kpis):
            if kpi_id not in kpi_ids:
                out.append(_unknown(src, ("initiatives", i, "kpis", j), kpi_id, "KPI", kpi_ids))
        if ini.start and ini.end and ini.end < ini.start:
            out.append(src.problem(("initiatives", i, "end"), f"is before its start {ini.start}", str(ini.end)))
    for i, phase in enumerate(plan.flow.phases):
        if phase.start and phase.end and phase.end < phase.start:
            out.append(src.problem(("flow", "phases", i, "end"), f"is before its start {phase.start}",
                                   str(phase.end)))
    for i, kpi in enumerate(plan.kpis):
        if kpi.baseline is None or kpi.target is None:
            continue
        if kpi.target == kpi.baseline:
            out.append(src.problem(("kpis", i, "target"), "equals the baseline, so progress cannot be measured",
                                   show_got(_num(kpi.target))))
        elif kpi.direction == "up" and kpi.target < kpi.baseline:
            out.append(src.problem(("kpis", i, "target"), f"is below the baseline {_num(kpi.baseline)} but "
                                   "direction is `up`; raise the target or set `direction: down`",
                                   show_got(_num(kpi.target))))
        elif kpi.direction == "down" and kpi.target > kpi.baseline:
            out.append(src.problem(("kpis", i, "target"), f"is above the baseline {_num(kpi.baseline)} but "
                                   "direction is `down`; lower the target or set `direction: up`",
                                   show_got(_num(kpi.target))))
    out += _parents(src, plan)
    if plan.contract.end and plan.contract.end < plan.contract.start:
        out.append(src.problem(("contract", "end"), f"is before the contract start {plan.contract.start}",
                               str(plan.contract.end)))
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
            out.append(src.problem((*base, i, "id"), f"duplicate id; {section}[{first[item_id]}] on line "
                                   f"{line} already uses it", repr(item_id)))
        else:
            first[item_id] = i
    return out


def _unknown(src: Source, loc: PathKey, value: str, what: str, known: list[str]) -> Problem:
    """Return a problem for a reference that matches no id."""
    known = list(dict.fromkeys(known))
    close = difflib.get_close_matches(value, known, n=1, cutoff=0.6)
    hint = f"; did you mean `{close[0]}`?" if close else (f"; known: {', '.join(known)}" if known else
                                                         f"; the plan defines no {what}s")
    return src.problem(loc, f"no {what} with this id{hint}", repr(value))


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
    if isinstance(value, BaseModel):
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
            out.append(src.problem(loc, f"is more than {YEARS_FROM_CONTRACT} years from contract.start {start}; "
                                   "is the year a typing slip?", repr(str(value))))
        elif isinstance(value, str | list | tuple):
            out += _size_problems(src, loc, value)
        elif isinstance(value, float | int) and not isinstance(value, bool) and (why := size_problem(value)):
            out.append(src.problem(loc, why, show_got(value)))
    return out


def _too_long(src: Source, loc: PathKey, text: str) -> list[Problem]:
    """Return a problem when `text` is longer than its kind of field allows (see MAX_LENGTH)."""
    key = next((part for part in reversed(loc) if isinstance(part, str)), "")
    kind = "id" if key in ("id", "metric") else "name" if key in NAME_KEYS else "text"
    limit = MAX_LENGTH[kind]
    if len(text) <= limit:
        return []
    return [src.problem(loc, f"is too long ({len(text):,} characters); at most {limit:,} for {KIND_WORDS[kind]}",
                        show_got(text))]


def length_problems(src: Source, model: BaseModel) -> list[Problem]:
    """Return a problem for each text or list of a validated model (such as monthly notes) that is too long."""
    return [p for loc, value in _leaves(model, ()) for p in _size_problems(src, loc, value)]


def _size_problems(src: Source, loc: PathKey, value: object) -> list[Problem]:
    """Return a problem when `value` is a text or a list longer than its limit."""
    if isinstance(value, str):
        return _too_long(src, loc, value)
    if isinstance(value, list | tuple) and len(value) > MAX_ITEMS:
        return [src.problem(loc, f"has too many items ({len(value):,}); at most {MAX_ITEMS}", "a list")]
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
            out.append(_unknown(src, ("kpis", i, "parent"), kpi.parent, "KGI or KPI", kpi_ids))
            continue
        chain = [kpi.id]
        current: str | None = kpi.parent
        while current is not None and current not in chain:
            chain.append(current)
            current = parent_of.get(current)
        if current == kpi.id and frozenset(chain) not in reported:
            reported.add(frozenset(chain))
            loop = " -> ".join([*chain, kpi.id])
            out.append(src.problem(("kpis", i, "parent"), f"makes a cycle ({loop}); a KPI cannot drive itself, "
                                   "directly or through others", repr(kpi.parent)))
    return out


def _health(src: Source, plan: Plan) -> list[Problem]:
    """Return problems in the health score definition."""
    if plan.health is None:
        return []
    out = []
    comps = plan.health.components
    total = sum(c.weight for c in comps)
    if comps and abs(total - 100) > 1e-6:
        out.append(src.problem(("health", "components"), "the weights must sum to 100",
                               f"{_num(total)}: " + " + ".join(_num(c.weight) for c in comps)))
    for i, comp in enumerate(comps):
        if comp.good == comp.poor:
            out.append(src.problem(("health", "components", i, "good"), "must differ from `poor`",
                                   show_got(_num(comp.good))))
    levels = plan.health.levels
    for i in range(1, len(levels)):
        if levels[i].min <= levels[i - 1].min:
            out.append(src.problem(("health", "levels", i, "min"), "levels must be in ascending order of `min`; "
                                   f"the level before starts at {_num(levels[i - 1].min)}",
                                   show_got(_num(levels[i].min))))
    if levels and levels[0].min > 0:
        out.append(src.problem(("health", "levels", 0, "min"), "the first level must start at 0 so that "
                               "every score has a level", show_got(_num(levels[0].min))))
    return out


def _team(src: Source, plan: Plan) -> list[Problem]:
    """Return problems in extra responsibilities (unknown role names)."""
    out = []
    roles = [*CLIENT_ROLES, *VENDOR_ROLES]
    for role in plan.team.responsibilities:
        if role not in roles:
            close = difflib.get_close_matches(role, roles, n=1, cutoff=0.6)
            hint = f"; did you mean `{close[0]}`?" if close else f"; roles: {', '.join(dict.fromkeys(roles))}"
            out.append(src.problem(("team", "responsibilities", role), "no such role" + hint, repr(role), key=True))
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
                what = "nobody in `team` has this role; add them to the team or remove the role"
            else:
                close = difflib.get_close_matches(who, sorted(names | all_roles), n=1, cutoff=0.6)
                what = "is neither a role nor the name of someone in `team`"
                what += f"; did you mean `{close[0]}`?" if close else ""
            out.append(src.problem(("meetings", i, "attendees", j), what, repr(who)))
        if meeting.week_of_month is not None and meeting.cadence != "monthly":
            out.append(src.problem(("meetings", i, "week_of_month"), "only applies to `cadence: monthly`",
                                   show_got(meeting.week_of_month)))
    return out


def _logo(src: Source, logo: str, folder: Path) -> list[Problem]:
    """Return a problem when the logo path leaves the client folder or is missing."""
    loc = ("client", "logo")
    candidate = Path(logo)
    if candidate.is_absolute() or ".." in candidate.parts:
        return [src.problem(loc, "must be a path inside the client's folder, relative to plan.yaml", repr(logo))]
    target = (folder / candidate).resolve()
    try:
        target.relative_to(folder.resolve())
    except ValueError:
        return [src.problem(loc, "must be a path inside the client's folder, relative to plan.yaml", repr(logo))]
    if not target.is_file():
        return [src.problem(loc, "no such image file next to plan.yaml", repr(logo))]
    if target.suffix.lower() not in (".png", ".jpg", ".jpeg", ".gif", ".bmp"):
        return [src.problem(loc, "must be a PNG, JPEG, GIF or BMP image", repr(logo))]
    why = logo_problem(target)
    return [src.problem(loc, why, repr(logo))] if why else []


LOGO_FORMATS = {"PNG", "JPEG", "GIF", "BMP"}
LOGO_MAX_BYTES = 5_000_000
LOGO_MAX_SIDE = 4000


def logo_problem(path: Path) -> str | None:
    """Return why the file at `path` cannot be the logo (not an image Pillow opens, too large), or None."""
    size = path.stat().st_size
    if size > LOGO_MAX_BYTES:
        return f"is too large for a logo ({size:,} bytes; at most {LOGO_MAX_BYTES:,})"
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                kind, (width, height) = image.format, image.size
                image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return "is not an image Pillow can open (is it a renamed or damaged file?)"
    if kind not in LOGO_FORMATS:
        return f"must be a PNG, JPEG, GIF or BMP image (this file is {kind})"
    if max(width, height) > LOGO_MAX_SIDE:
        return f"is too large for a logo ({width}x{height} pixels; at most {LOGO_MAX_SIDE} on either side)"
    return None
