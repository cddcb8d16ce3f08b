"""Load a client folder (plan.yaml, actuals, reports/*.yaml) into a checked model, or raise InputError."""

from __future__ import annotations

import re
from pathlib import Path

from plangen.errors import InputError, Problem, UsageError, display_path, show_got
from plangen.load.actuals import find_actuals, load_actuals
from plangen.load.discover import SLUG, unreadable
from plangen.load.semantics import length_problems, near_contract, semantic_problems
from plangen.load.validation import model_problems
from plangen.load.wording import make_problem
from plangen.load.yamlsource import Source, load_yaml
from plangen.model import YEARS_FROM_CONTRACT, Actuals, Client, Notes, Plan, month_last_day
from plangen.model.fields import ValidationError
from plangen.text import tr

NOTES_NAME = re.compile(r"^(\d{4}-(0[1-9]|1[0-2]))\.ya?ml$")


def resolve_plan_path(path: Path, lang: str = "en") -> Path:
    """Return the plan.yaml for a client folder or plan file, or raise UsageError (in the message language)."""
    if path.is_dir():
        why = unreadable(path)
        if why is not None:
            raise InputError([make_problem(lang, display_path(path), None, None, "",
                                           tr(lang, "messages.unreadable_client", reason=why))])
        plan = path / "plan.yaml"
        if not plan.is_file():
            raise UsageError(tr(lang, "messages.no_plan_in_folder", path=display_path(path)))
        return plan
    if path.is_file():
        return path
    raise UsageError(tr(lang, "messages.no_such_path", path=display_path(path)))


def load_client(path: Path | str, lang: str = "en") -> Client:
    """Return the client at `path` (folder or plan.yaml); raise InputError listing every problem.

    `lang` is the language of the messages (ja or en), not the plan's document language.
    """
    plan_path = resolve_plan_path(Path(path), lang)
    folder = plan_path.parent
    slug = folder.resolve().name
    problems: list[Problem] = []
    outside = outside_problem(plan_path, folder, lang)
    if outside is not None:
        raise InputError([outside])
    src = load_yaml(plan_path, lang=lang)
    problems += src.problems
    plan = _validate_plan(src, problems)
    if src.data is not None and not SLUG.match(slug):
        problems.append(make_problem(lang, display_path(folder), None, None, "", tr(lang, "messages.slug"),
                                     show_got(slug)))
    if plan is not None:
        problems += semantic_problems(src, plan, folder)
    # Actuals and notes are checked even when plan.yaml has errors, so every problem shows at once.
    metrics, milestone_ids = _declared_ids(plan, src.data)
    actuals = Actuals()
    actuals_path = find_actuals(folder)
    outside = outside_problem(actuals_path, folder, lang) if actuals_path is not None else None
    if outside is not None:
        problems.append(outside)
    elif actuals_path is not None:
        actuals, found = load_actuals(actuals_path, metrics, lang)
        problems += found if plan is not None else [p for p in found if p.severity == "error"]
    notes, notes_paths = _load_notes(folder, milestone_ids if plan is not None else None, problems, lang)
    if plan is not None:
        problems += _far_from_contract(plan, actuals, notes_paths, lang)
    if plan is not None:
        from plangen.load.checks import plan_checks

        problems += plan_checks(src, plan, actuals, notes)
    errors = [p for p in problems if p.severity == "error"]
    if errors or plan is None:
        raise InputError(problems)
    return Client(slug, folder, plan_path, plan, actuals, notes, notes_paths,
                  sorted((p for p in problems if p.severity == "warning"), key=Problem.sort_key))


def outside_problem(path: Path, folder: Path, lang: str = "en") -> Problem | None:
    """Return a problem when `path` (a link, say) leads outside the client folder; its content is never read."""
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        try:  # the link's own name: resolving it would show where it leads
            shown = str(path.absolute().relative_to(Path.cwd().absolute()))
        except ValueError:
            shown = str(path)
        return make_problem(lang, shown, None, None, "", tr(lang, "messages.outside_link"))
    return None


def _far_from_contract(plan: Plan, actuals: Actuals, notes_paths: dict[str, Path], lang: str) -> list[Problem]:
    """Return a problem for each actuals period and notes month far from contract.start."""
    start = plan.contract.start
    what = tr(lang, "messages.far_from_contract", years=YEARS_FROM_CONTRACT, start=start)
    out = []
    shown: str | None = None  # resolved on disk once, at the first row far from the contract
    for row in actuals.rows:
        if not near_contract(row.day or month_last_day(row.month), start):
            if shown is None:
                shown = display_path(actuals.path) if actuals.path is not None else ""
            where = tr(lang, "messages.actuals.row", line=row.line) + ": period"
            out.append(make_problem(lang, shown, row.line, 1, where, what, repr(str(row.day or row.month))))
    for month, path in notes_paths.items():
        if not near_contract(month_last_day(month), start):
            out.append(make_problem(lang, display_path(path), None, None, "month", what, repr(month)))
    return out


def _validate_plan(src: Source, problems: list[Problem]) -> Plan | None:
    """Return the validated plan, or None after adding its problems to `problems`."""
    if src.problems and src.data is None:
        return None
    if not isinstance(src.data, dict):
        problems.append(src.problem((), src.say("messages.not_mapping"),
                                    "a list" if isinstance(src.data, list) else show_got(src.data)))
        return None
    try:
        plan = Plan.model_validate(src.data)
    except ValidationError as exc:
        problems += model_problems(src, Plan, exc)
        return None
    return plan


def _declared_ids(plan: Plan | None, data: object) -> tuple[set[str], set[str]]:
    """Return the metric names (KPI ids, health metrics) and milestone ids the plan declares.

    When plan.yaml did not validate, they are read leniently from its raw data.
    """
    if plan is not None:
        metrics = {k.id for k in plan.kpis} | {c.metric for c in (plan.health.components if plan.health else [])}
        return metrics, {m.id for m in plan.milestones}
    raw = data if isinstance(data, dict) else {}

    def ids(items: object, key: str) -> set[str]:
        return {str(i[key]) for i in items if isinstance(i, dict) and i.get(key)} if isinstance(items, list) else set()

    health = raw.get("health")
    components = health.get("components") if isinstance(health, dict) else None
    return ids(raw.get("kpis"), "id") | ids(components, "metric"), ids(raw.get("milestones"), "id")


def _load_notes(folder: Path, milestone_ids: set[str] | None, problems: list[Problem],
                lang: str = "en") -> tuple[dict[str, Notes], dict[str, Path]]:
    """Return the monthly notes in reports/, keyed by month, adding their problems.

    Milestone references are checked only when `milestone_ids` is known.
    """
    notes: dict[str, Notes] = {}
    paths: dict[str, Path] = {}
    reports = folder / "reports"
    if not reports.is_dir():
        return notes, paths
    try:
        entries = sorted(reports.iterdir())
    except OSError as exc:
        problems.append(make_problem(lang, display_path(reports), None, None, "",
                                     tr(lang, "messages.unreadable_folder", reason=exc.strerror)))
        return notes, paths
    by_month: dict[str, list[Path]] = {}
    for path in entries:
        match = NOTES_NAME.match(path.name)
        if match:
            by_month.setdefault(match.group(1), []).append(path)
    for month, both in by_month.items():
        if len(both) > 1:
            names = tr(lang, "messages.and").join(p.name for p in both)
            problems.append(make_problem(lang, display_path(reports), None, None, "",
                                         tr(lang, "messages.notes_twice", names=names, month=month)))
    for path in entries:
        if path.suffix.lower() not in (".yaml", ".yml"):
            continue
        match = NOTES_NAME.match(path.name)
        if match and len(by_month[match.group(1)]) > 1:
            continue
        outside = outside_problem(path, folder, lang)
        if outside is not None:
            problems.append(outside)
            continue
        if not match:
            problems.append(make_problem(lang, display_path(path), None, None, "", tr(lang, "messages.notes_name"),
                                         show_got(path.name), "warning"))
            continue
        src = load_yaml(path, lang=lang)
        problems.extend(src.problems)
        if src.data is None:
            continue
        if not isinstance(src.data, dict):
            problems.append(src.problem((), src.say("messages.notes_not_mapping"),
                                        "a list" if isinstance(src.data, list) else show_got(src.data)))
            continue
        try:
            note = Notes.model_validate(src.data)
        except ValidationError as exc:
            problems += model_problems(src, Notes, exc)
            continue
        found = length_problems(src, note)
        if found:
            problems += found
            continue
        if note.month != match.group(1):
            problems.append(src.problem(("month",), src.say("messages.notes_month", name=path.name),
                                        show_got(note.month)))
            continue
        for ms in note.milestones:
            if milestone_ids is not None and ms not in milestone_ids:
                problems.append(src.problem(("milestones", ms), src.say("messages.notes_milestone"),
                                            repr(ms), key=True))
        notes[note.month] = note
        paths[note.month] = path
    return notes, paths
