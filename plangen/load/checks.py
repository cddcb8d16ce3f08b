"""Plan checks: warnings where a plan departs from the practice that keeps clients renewing."""

from __future__ import annotations

from datetime import date

from plangen.errors import Problem, show_got
from plangen.load.wording import join
from plangen.load.yamlsource import Source
from plangen.model import Actuals, Notes, Plan
from plangen.roles import meeting_has_evaluator


def plan_checks(src: Source, plan: Plan, actuals: Actuals, notes: dict[str, Notes]) -> list[Problem]:
    """Return the located warnings of plan-format.md "Plan checks", each with why it matters, in `src`'s language."""
    out: list[Problem] = []

    def warn(loc: tuple[str | int, ...], what: str, *, key: bool = False) -> None:
        out.append(src.problem(loc, what, key=key, severity="warning"))

    roles = {p.role for p in plan.team.client}
    if "evaluator" not in roles and "final_evaluator" not in roles:
        warn(("team", "client") if plan.team.client else ("team",) if "team" in (src.data or {}) else (),
             src.say("checks.no_evaluator"))
    if plan.client.segment == "enterprise" and "final_evaluator" not in roles:
        warn(("client", "segment"), src.say("checks.enterprise_final"))
    for i, kpi in enumerate(plan.kpis):
        if not kpi.evaluation:
            warn(("kpis", i), src.say("checks.kpi_evaluation", id=kpi.id))
        if not kpi.data.source:
            warn(("kpis", i), src.say("checks.kpi_source", id=kpi.id))
    for i, ini in enumerate(plan.initiatives):
        if not ini.kpis:
            warn(("initiatives", i), src.say("checks.initiative_kpis", id=ini.id))
    out += _overlaps(src, plan)
    out += placeholder_warnings(src)
    if plan.meetings and not any(meeting_has_evaluator(plan, m.attendees) for m in plan.meetings):
        warn(("meetings",), src.say("checks.meeting_evaluator"))
    elif not plan.meetings and roles & {"evaluator", "final_evaluator"}:
        warn((), src.say("checks.no_meetings"))
    start, end = plan.period_start, plan.period_end
    for i, ms in enumerate(plan.milestones):
        if not start <= ms.date <= end:
            warn(("milestones", i, "date"), src.say("checks.milestone_period", id=ms.id, start=start, end=end))
    out += _outside_period(src, plan)
    out += _benefit_checks(src, plan, actuals)
    if plan.health:
        for i, comp in enumerate(plan.health.components):
            if actuals.rows and comp.metric not in actuals.metrics():
                warn(("health", "components", i, "metric"), src.say("checks.health_metric", metric=comp.metric))
    for i, meeting in enumerate(plan.meetings):
        if meeting.weekday is None or meeting.time is None:
            warn(("meetings", i), src.say("checks.meeting_slot", id=meeting.id))
    out += _default_zone(src, plan)
    out += _ringi_inputs(src, plan)
    return out


def _default_zone(src: Source, plan: Plan) -> list[Problem]:
    """Return one warning when an English plan times its meetings in the default zone (Asia/Tokyo) by omission."""
    timed = [(i, m) for i, m in enumerate(plan.meetings) if m.weekday is not None and m.time is not None]
    if plan.language != "en" or "timezone" in (src.data or {}) or not timed:
        return []
    names = join(src.lang, [m.id for _, m in timed])
    return [src.problem(("meetings", timed[0][0], "time"), src.say("checks.default_zone", names=names),
                        severity="warning")]


def _ringi_inputs(src: Source, plan: Plan) -> list[Problem]:
    """Return a warning naming what the renewal approval request (稟議書) needs and the plan lacks.

    Only for a plan with KGIs/KPIs (without them there is no effect to ask renewal for); a missing
    evaluator has its own warning.
    """
    lacking = [name for name, present in (
        ("contract.end", plan.contract.end is not None),
        ("contract.annual_fee", plan.contract.annual_fee is not None),
        (src.say("checks.ringi.priced_kpi"), any(k.value_per_unit is not None for k in plan.kpis)),
    ) if not present]
    if not lacking or not plan.kpis:
        return []
    return [src.problem(("contract",), src.say("checks.ringi_inputs", items=join(src.lang, lacking)),
                        severity="warning")]


def _outside_period(src: Source, plan: Plan) -> list[Problem]:
    """Return a warning for each phase or initiative dated outside the support period."""
    start, end = plan.period_start, plan.period_end
    out = []
    dated: list[tuple[tuple[str | int, ...], str, date | None, date | None]] = [
        (("flow", "phases", i), src.say("checks.what.phase", name=p.name), p.start, p.end)
        for i, p in enumerate(plan.flow.phases)]
    dated += [(("initiatives", i), src.say("checks.what.initiative", id=x.id), x.start, x.end)
              for i, x in enumerate(plan.initiatives)]
    for loc, what, first, last in dated:
        for key, day in (("start", first), ("end", last)):
            if day is not None and not start <= day <= end:
                out.append(src.problem((*loc, key), src.say(f"checks.outside_period.{key}", what=what, start=start,
                                                            end=end), severity="warning"))
                break
    return out


def _benefit_checks(src: Source, plan: Plan, actuals: Actuals) -> list[Problem]:
    """Return warnings for double-priced KPIs and an annual benefit above 10x the fee (now or at target)."""
    out = []
    for i, kpi in enumerate(plan.kpis):
        priced = [a.id for a in plan.ancestors(kpi) if a.value_per_unit is not None]
        if kpi.value_per_unit is not None and priced:
            out.append(src.problem(("kpis", i, "value_per_unit"),
                                   src.say("checks.double_priced", id=kpi.id, ancestor=priced[0]), severity="warning"))
    fee = plan.contract.annual_fee
    lines = plan.benefit_kpis()
    if not fee or not lines:
        return out
    months = sorted({m for k in lines for m in actuals.monthly(k.id)})
    sums = {src.say("checks.when.target"): sum((k.improvement(k.target) or 0.0) * (k.value_per_unit or 0.0)
                                               for k in lines)}
    if months:
        sums[src.say("checks.when.now", month=months[-1])] = sum(
            (k.improvement(actuals.value(k.id, months[-1])) or 0.0) * (k.value_per_unit or 0.0) for k in lines)
    for when, amount in sums.items():
        if amount > 10 * fee:
            out.append(src.problem(("contract", "annual_fee"),
                                   src.say("checks.benefit_10x", when=when, ratio=f"{amount / fee:.1f}"),
                                   severity="warning"))
    return out


def _overlaps(src: Source, plan: Plan) -> list[Problem]:
    """Return a warning for each day on which more than two initiatives run (one per overlap)."""
    dated = [(i, ini) for i, ini in enumerate(plan.initiatives) if ini.start and ini.end]
    out = []
    reported: set[frozenset[int]] = set()
    for i, ini in dated:
        assert ini.start is not None
        running = [j for j, other in dated
                   if other.start is not None and other.end is not None and other.start <= ini.start <= other.end]
        if len(running) > 2 and frozenset(running) not in reported:
            reported.add(frozenset(running))
            names = join(src.lang, [plan.initiatives[j].id for j in running])
            out.append(src.problem(("initiatives", i, "start"), src.say("checks.overlap", count=len(running),
                                                                        date=ini.start, names=names),
                                   severity="warning"))
    return out


PLACEHOLDER_KEYS = ("checks.placeholder_text", "checks.placeholder_name", "checks.placeholder_email")
"""The sentences of the warnings for text left from `plangen new`."""


def placeholder_sentences() -> set[str]:
    """Return the sentences of the warnings about text left from `plangen new`, in every message language."""
    from plangen.text.catalog import LANGUAGES, tr

    return {tr(lang, key) for lang in LANGUAGES for key in PLACEHOLDER_KEYS}


def is_placeholder_warning(problem: Problem) -> bool:
    """Return True when `problem` is a warning about text left from `plangen new` (in any message language)."""
    return problem.severity == "warning" and problem.what in placeholder_sentences()


def placeholder_warnings(src: Source) -> list[Problem]:
    """Return a warning at each text a new plan's example left behind (`（例）`, `(e.g.)`, example names)."""
    from plangen.load.scaffold import NAME_FIELDS, example_emails, example_names, has_placeholder_marker

    names, emails = example_names(), example_emails()
    out: list[Problem] = []
    for loc, text in _strings(src.data, ()):
        key = loc[-1] if loc and isinstance(loc[-1], str) else ""
        if has_placeholder_marker(text):
            what = src.say("checks.placeholder_text")
        elif key in NAME_FIELDS and text.strip() in names:
            what = src.say("checks.placeholder_name")
        elif key == "email" and text.strip() in emails:
            what = src.say("checks.placeholder_email")
        else:
            continue
        out.append(src.problem(loc, what, show_got(text), severity="warning"))
    return out


def _strings(node: object, loc: tuple[str | int, ...]) -> list[tuple[tuple[str | int, ...], str]]:
    """Return (location, text) of every string value in the YAML data, in document order."""
    out: list[tuple[tuple[str | int, ...], str]] = []
    _collect_strings(node, loc, out)
    return out


def _collect_strings(node: object, loc: tuple[str | int, ...], out: list[tuple[tuple[str | int, ...], str]]) -> None:
    """Append (location, text) of every string value below `node` to `out`."""
    if isinstance(node, str):
        out.append((loc, node))
    elif isinstance(node, dict):
        for key, value in node.items():
            _collect_strings(value, (*loc, str(key)), out)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _collect_strings(value, (*loc, index), out)
