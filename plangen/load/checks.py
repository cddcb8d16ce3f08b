"""Plan checks: warnings where a plan departs from the practice that keeps clients renewing."""

from __future__ import annotations

from datetime import date

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
    out += _outside_period(src, plan)
    out += _benefit_checks(src, plan, actuals)
    if plan.health:
        for i, comp in enumerate(plan.health.components):
            if actuals.rows and comp.metric not in actuals.metrics():
                warn(("health", "components", i, "metric"), f"no actuals carry the metric `{comp.metric}`, "
                     "so this component scores nothing in reports")
    for i, meeting in enumerate(plan.meetings):
        if meeting.weekday is None or meeting.time is None:
            warn(("meetings", i), f"meeting `{meeting.id}` has no `weekday` or `time`, so it gets no "
                 "calendar series; a meeting without a fixed slot is the first to be skipped")
    out += _default_zone(src, plan)
    out += _ringi_inputs(src, plan)
    return out


def _default_zone(src: Source, plan: Plan) -> list[Problem]:
    """Return one warning when an English plan times its meetings in the default zone (Asia/Tokyo) by omission."""
    timed = [(i, m) for i, m in enumerate(plan.meetings) if m.weekday is not None and m.time is not None]
    if plan.language != "en" or "timezone" in (src.data or {}) or not timed:
        return []
    names = ", ".join(m.id for _, m in timed)
    return [src.problem(("meetings", timed[0][0], "time"),
                        f"meetings ({names}) are timed in Asia/Tokyo, the default, in an English plan without "
                        "`timezone`: set it (e.g. timezone: America/New_York) so that invitations arrive at the "
                        "right hour", severity="warning")]


def _ringi_inputs(src: Source, plan: Plan) -> list[Problem]:
    """Return a warning naming what the renewal approval request (稟議書) needs and the plan lacks.

    Only for a plan with KGIs/KPIs (without them there is no effect to ask renewal for); a missing
    evaluator has its own warning.
    """
    lacking = [name for name, present in (
        ("contract.end", plan.contract.end is not None),
        ("contract.annual_fee", plan.contract.annual_fee is not None),
        ("a KPI with value_per_unit", any(k.value_per_unit is not None for k in plan.kpis)),
    ) if not present]
    if not lacking or not plan.kpis:
        return []
    return [src.problem(("contract",), "the renewal approval request (plangen ringi) will leave blanks for: "
                        f"{', '.join(lacking)}; without them the promoter cannot show in the company's own "
                        "format what renewal is worth", severity="warning")]


def _outside_period(src: Source, plan: Plan) -> list[Problem]:
    """Return a warning for each phase or initiative dated outside the support period."""
    start, end = plan.period_start, plan.period_end
    out = []
    dated: list[tuple[tuple[str | int, ...], str, date | None, date | None]] = [
        (("flow", "phases", i), f"phase `{p.name}`", p.start, p.end) for i, p in enumerate(plan.flow.phases)]
    dated += [(("initiatives", i), f"initiative `{x.id}`", x.start, x.end) for i, x in enumerate(plan.initiatives)]
    for loc, what, first, last in dated:
        for key, day in (("start", first), ("end", last)):
            if day is not None and not start <= day <= end:
                out.append(src.problem((*loc, key), f"{what} {key}s outside the support period {start}..{end}: "
                                       "work planned outside it has no support to land it", severity="warning"))
                break
    return out


def _benefit_checks(src: Source, plan: Plan, actuals: Actuals) -> list[Problem]:
    """Return warnings for double-priced KPIs and an annual benefit above 10x the fee (now or at target)."""
    out = []
    for i, kpi in enumerate(plan.kpis):
        priced = [a.id for a in plan.ancestors(kpi) if a.value_per_unit is not None]
        if kpi.value_per_unit is not None and priced:
            out.append(src.problem(("kpis", i, "value_per_unit"), f"KPI `{kpi.id}` and its ancestor `{priced[0]}` "
                                   "both have value_per_unit: the ancestor's value already contains this one, so "
                                   f"it is counted once, at `{priced[0]}`", severity="warning"))
    fee = plan.contract.annual_fee
    lines = plan.benefit_kpis()
    if not fee or not lines:
        return out
    months = sorted({m for k in lines for m in actuals.monthly(k.id)})
    sums = {"at target": sum((k.improvement(k.target) or 0.0) * (k.value_per_unit or 0.0) for k in lines)}
    if months:
        sums[f"now ({months[-1]})"] = sum((k.improvement(actuals.value(k.id, months[-1])) or 0.0)
                                          * (k.value_per_unit or 0.0) for k in lines)
    for when, amount in sums.items():
        if amount > 10 * fee:
            out.append(src.problem(("contract", "annual_fee"), f"the annual benefit {when} is {amount / fee:.1f}x "
                                   "the annual fee: check for double counting (set `parent`) or a pilot-scope "
                                   "value priced company-wide (set `scope`, lower value_per_unit); an "
                                   "executive will not believe it", severity="warning"))
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
