"""Plan checks: warnings where a plan departs from the practice that keeps clients renewing."""

from __future__ import annotations

from plangen.errors import Problem, show_got
from plangen.load.yamlsource import Source
from plangen.model import Actuals, Notes, Plan
from plangen.roles import meeting_has_evaluator


def plan_checks(src: Source, plan: Plan, actuals: Actuals, notes: dict[str, Notes]) -> list[Problem]:
    """Return the located warnings of plan-format.md "Plan checks", each with why it matters."""
    out: list[Problem] = []

    def warn(loc: tuple[str | int, ...], what: str, *, key: bool = False) -> None:
        out.append(src.problem(loc, what, key=key, severity="warning"))

    roles = {p.role for p in plan.team.client}
    if "evaluator" not in roles and "final_evaluator" not in roles:
        warn(("team", "client") if plan.team.client else ("team",) if "team" in (src.data or {}) else (),
             "no evaluator in the client team: the person who decides renewal never sees the value, "
             "which is the most common reason satisfied users still churn")
    if plan.client.segment == "enterprise" and "final_evaluator" not in roles:
        warn(("client", "segment"), "an enterprise client without a final_evaluator: at large clients the "
             "renewal is decided by executives above the evaluator; name them so they are reported to")
    for i, kpi in enumerate(plan.kpis):
        if not kpi.evaluation:
            warn(("kpis", i), f"KPI `{kpi.id}` has no `evaluation`: without an agreed way to judge it, "
                 "nobody can say in numbers what improved")
        if not kpi.data.source:
            warn(("kpis", i), f"KPI `{kpi.id}` has no `data.source`: a KPI nobody can measure is never "
                 "reported, and the evaluator sees no result")
    for i, ini in enumerate(plan.initiatives):
        if not ini.kpis:
            warn(("initiatives", i), f"initiative `{ini.id}` lists no KPIs: its effect cannot be shown "
                 "to the evaluator at renewal")
    out += _overlaps(src, plan)
    out += placeholder_warnings(src)
    if plan.meetings and not any(meeting_has_evaluator(plan, m.attendees) for m in plan.meetings):
        warn(("meetings",), "no meeting includes an evaluator: the people who decide renewal must hear "
             "the results regularly, not only at renewal time")
    elif not plan.meetings and roles & {"evaluator", "final_evaluator"}:
        warn((), "the plan defines no meetings: without a regular report to the evaluators, the value "
             "is never shown to those who decide renewal")
    start, end = plan.period_start, plan.period_end
    for i, ms in enumerate(plan.milestones):
        if not start <= ms.date <= end:
            warn(("milestones", i, "date"), f"milestone `{ms.id}` is outside the support period "
                 f"{start}..{end}: results promised after support ends are rarely delivered")
    if plan.health:
        for i, comp in enumerate(plan.health.components):
            if actuals.rows and comp.metric not in actuals.metrics():
                warn(("health", "components", i, "metric"), f"no actuals carry the metric `{comp.metric}`, "
                     "so this component scores nothing in reports")
    for i, meeting in enumerate(plan.meetings):
        if meeting.weekday is None or meeting.time is None:
            warn(("meetings", i), f"meeting `{meeting.id}` has no `weekday` or `time`, so it gets no "
                 "calendar series; a meeting without a fixed slot is the first to be skipped")
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
            names = ", ".join(plan.initiatives[j].id for j in running)
            out.append(src.problem(("initiatives", i, "start"),
                                   f"{len(running)} initiatives run at the same time on {ini.start} ({names}): "
                                   "attempting everything at once is a common reason nothing takes hold; "
                                   "run at most two", severity="warning"))
    return out


PLACEHOLDER_NOTE = "left from `plangen new`"


def placeholder_warnings(src: Source) -> list[Problem]:
    """Return a warning at each text a new plan's example left behind (`（例）`, `(e.g.)`, example names)."""
    from plangen.load.scaffold import NAME_FIELDS, example_emails, example_names, has_placeholder_marker

    names, emails = example_names(), example_emails()
    out: list[Problem] = []
    for loc, text in _strings(src.data, ()):
        key = loc[-1] if loc and isinstance(loc[-1], str) else ""
        if has_placeholder_marker(text):
            what = f"example text {PLACEHOLDER_NOTE}: write this client's own or delete the line"
        elif key in NAME_FIELDS and text.strip() in names:
            what = f"example name {PLACEHOLDER_NOTE}: write the real one"
        elif key == "email" and text.strip() in emails:
            what = f"example address {PLACEHOLDER_NOTE}: write the real one or delete the line"
        else:
            continue
        out.append(src.problem(loc, f"{what} (documents show it as written)", show_got(text),
                               severity="warning"))
    return out


def _strings(node: object, loc: tuple[str | int, ...]) -> list[tuple[tuple[str | int, ...], str]]:
    """Return (location, text) of every string value in the YAML data, in document order."""
    if isinstance(node, str):
        return [(loc, node)]
    if isinstance(node, dict):
        return [item for key, value in node.items() for item in _strings(value, (*loc, str(key)))]
    if isinstance(node, list):
        return [item for index, value in enumerate(node) for item in _strings(value, (*loc, index))]
    return []
