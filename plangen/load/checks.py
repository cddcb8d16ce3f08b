"""Plan checks: warnings where a plan departs from the practice that keeps clients renewing."""

from __future__ import annotations

from plangen.errors import Problem
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
    if plan.meetings and not any(meeting_has_evaluator(plan, m.attendees) for m in plan.meetings):
        warn(("meetings",), src.say("checks.meeting_evaluator"))
    elif not plan.meetings and roles & {"evaluator", "final_evaluator"}:
        warn((), src.say("checks.no_meetings"))
    start, end = plan.period_start, plan.period_end
    for i, ms in enumerate(plan.milestones):
        if not start <= ms.date <= end:
            warn(("milestones", i, "date"), src.say("checks.milestone_period", id=ms.id, start=start, end=end))
    if plan.health:
        for i, comp in enumerate(plan.health.components):
            if actuals.rows and comp.metric not in actuals.metrics():
                warn(("health", "components", i, "metric"), src.say("checks.health_metric", metric=comp.metric))
    for i, meeting in enumerate(plan.meetings):
        if meeting.weekday is None or meeting.time is None:
            warn(("meetings", i), src.say("checks.meeting_slot", id=meeting.id))
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
