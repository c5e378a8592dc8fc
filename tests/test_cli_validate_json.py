"""``validate --json`` on a plan with many kinds of problems: every violation, in order, with its sentence."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from pathlib import Path

from planner.cli import run
from planner.domain.calendar import indonesian_calendar
from planner.domain.status import Status
from planner.domain.validation import Validator
from planner.domain.wording import describe
from planner.paths import AppPaths
from planner.storage.plan_file import PlanFile
from tests.domain.random_plans import circulars, edits_of, random_plan


def test_every_violation_comes_out_with_its_figures_and_sentence_in_the_validators_order(tmp_path: Path) -> None:
    plan = random_plan("sekda-dki-34-2023", None)
    # Remote work of every kind on every day: a person's own cells break rules, and so do quotas.
    statuses = [Status.WFH, Status.WFA, Status.WFO, None, Status.WFH, Status.CT]
    for row in range(len(plan.roster.staff)):
        plan.apply(edits_of(plan, [(row, c, statuses[(row + c) % len(statuses)]) for c in range(len(plan.days))]))
    staff = list(plan.roster.staff)
    staff[1] = dataclasses.replace(staff[1], name='Nama "kutip" \\ dan — ünïcode')
    plan.roster = type(plan.roster)(plan.roster.units.values(), staff)
    circular = circulars()["sekda-dki-34-2023"]
    path = tmp_path / "rencana.jadwal"
    PlanFile.create(path, plan, circular)

    out, err = io.StringIO(), io.StringIO()
    code = run(["validate", "--json", str(path)], AppPaths(tmp_path / "data", tmp_path / "config"), out, err)

    report = json.loads(out.getvalue())
    week_first = plan.first - dt.timedelta(days=plan.first.weekday())
    week_last = plan.last + dt.timedelta(days=6 - plan.last.weekday())
    validator = Validator(PlanFile.open(path)[1], circular, indonesian_calendar(week_first, week_last))
    expected = validator.violations()
    assert code == 1
    assert len(report["violations"]) == len(expected) == validator.errors + validator.warnings
    assert {v["rule"] for v in report["violations"]} >= {"office_all", "status_not_allowed", "remote_max"}
    for shown, violation in zip(report["violations"], expected, strict=True):
        assert shown == {
            "severity": violation.severity.value,
            "rule": violation.rule.value,
            "date": violation.day.isoformat(),
            "unit": validator.plan.roster.unit_name(violation.unit),
            "scope": violation.scope.key if violation.scope else None,
            "category": violation.category.value if violation.category else None,
            "nip": violation.nip,
            "count": violation.count,
            "headcount": violation.headcount,
            "limit": violation.limit,
            "source": violation.source,
            "message": describe(violation, validator.plan.roster),
        }
    assert any('Nama "kutip"' in v["message"] for v in report["violations"])
