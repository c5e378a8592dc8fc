"""The command line: everything below the window, for scripts and for secretariats without a screen.

Exit codes: 0 done (``validate``: no errors), 1 ``validate`` found errors, 2 bad input.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from planner.domain.calendar import DAY_ABBREVIATIONS, format_date_long, indonesian_calendar
from planner.domain.category import Category
from planner.domain.circular import Circular, CircularId
from planner.domain.errors import PlannerError
from planner.domain.plan import Plan
from planner.domain.policy import Severity
from planner.domain.validation import Validator, Violation
from planner.domain.wording import describe, describe_dates, describe_rule, format_percent
from planner.io.circular_file import Catalog, circular_to_json, load_catalog
from planner.io.demo import demo_plan
from planner.io.grid_csv import plan_from_grid, read_grid, write_grid
from planner.paths import AppPaths
from planner.resources import builtin_circulars, demo_folder
from planner.storage.plan_file import PlanFile

EXIT_OK, EXIT_ERRORS, EXIT_BAD_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse with its own messages in Indonesian where it matters: bad usage exits 2 with a hint."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: perintah tidak lengkap atau salah: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The ``python -m planner`` argument parser."""
    parser = _Parser(
        prog="python -m planner",
        description="Jadwal Kerja ASN: rencana WFO/WFH pegawai sesuai surat edaran.",
    )
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=_Parser)

    circulars = commands.add_parser(
        "circulars", help="daftar surat edaran yang dikenal, dengan masa berlaku dan aturannya"
    )
    circulars.add_argument("--json", action="store_true", help="keluaran JSON")

    demo = commands.add_parser("demo", help="tulis rencana contoh (Sekretariat Daerah, SE Menteri PANRB 1/2024)")
    demo.add_argument("path", type=Path, metavar="PATH", help="berkas .jadwal yang akan ditulis")
    demo.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")

    new = commands.add_parser("new", help="buat rencana dari berkas grid CSV")
    new.add_argument("--grid", type=Path, required=True, metavar="FILE", help="berkas grid (.csv)")
    new.add_argument("--circular", required=True, metavar="ID", help="id surat edaran (lihat: circulars)")
    new.add_argument("--from", dest="first", type=_date, metavar="TTTT-BB-HH", help="tanggal awal")
    new.add_argument("--to", dest="last", type=_date, metavar="TTTT-BB-HH", help="tanggal akhir")
    new.add_argument("--name", metavar="TEXT", help="nama rencana")
    new.add_argument("-o", "--output", type=Path, required=True, metavar="PATH", help="berkas .jadwal")
    new.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")

    validate = commands.add_parser("validate", help="periksa rencana terhadap surat edaran dan kebijakan instansi")
    validate.add_argument("path", type=Path, metavar="PATH", help="berkas .jadwal")
    validate.add_argument("--json", action="store_true", help="keluaran JSON")

    export = commands.add_parser("export", help="ekspor rencana ke grid CSV")
    export.add_argument("path", type=Path, metavar="PATH", help="berkas .jadwal")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="berkas .csv")
    export.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")
    return parser


def run(argv: Sequence[str], paths: AppPaths, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run one command and return its exit code; problems the user can fix go to ``err``."""
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help(out)
        return EXIT_OK
    try:
        command = _COMMANDS[args.command]
        return command(args, paths, out, err)
    except PlannerError as error:
        print(f"Gagal: {error}", file=err)
        return EXIT_BAD_INPUT


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} bukan tanggal TTTT-BB-HH") from None


def _catalog(paths: AppPaths, err: TextIO) -> Catalog:
    catalog = load_catalog(builtin_circulars(), paths.user_circulars)
    for problem in catalog.problems:
        print(f"Peringatan: surat edaran dilewati: {problem}", file=err)
    return catalog


def _refuse_overwrite(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise PlannerError(f"{path} sudah ada; tidak ditimpa (tambahkan --force untuk menimpanya)")


def _cmd_circulars(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    catalog = _catalog(paths, err)
    circulars = sorted(catalog.circulars.values(), key=lambda c: (c.year, c.id))
    if args.json:
        documents = [
            {**circular_to_json(c), "origin": "user" if c.id in catalog.user_ids else "builtin"} for c in circulars
        ]
        json.dump(documents, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    for circular in circulars:
        _print_circular(circular, out)
    return EXIT_OK


def _print_circular(circular: Circular, out: TextIO) -> None:
    print(f"{circular.id}\n  {circular.name}\n  tentang {circular.title}", file=out)
    for period in circular.periods:
        label = f" — {period.label}" if period.label else ""
        print(f"  Masa berlaku: {describe_dates(period)}{label}", file=out)
        for category in Category:
            rule = period.rules.get(category)
            print(f"    {category.label}: {describe_rule(rule, period.remote_codes)}", file=out)
    print(file=out)


def _cmd_demo(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    _refuse_overwrite(args.path, args.force)
    plan = demo_plan(demo_folder())
    PlanFile.create(args.path, plan)
    print(f"Rencana contoh ditulis ke {args.path}: {len(plan.roster.staff)} pegawai.", file=out)
    return EXIT_OK


def _cmd_new(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    _refuse_overwrite(args.output, args.force)
    circular = _catalog(paths, err).get(args.circular)
    grid = read_grid(args.grid)
    first = args.first or (grid.dates[0] if grid.dates else None)
    last = args.last or (grid.dates[-1] if grid.dates else None)
    if first is None or last is None:
        raise PlannerError(f"{args.grid.name}: tidak ada kolom tanggal; sebutkan rentang dengan --from dan --to")
    plan = plan_from_grid(
        grid,
        circular_id=CircularId(circular.id),
        calendar=indonesian_calendar(first, last),
        name=args.name or args.grid.stem,
        first=first,
        last=last,
    )
    PlanFile.create(args.output, plan)
    print(
        f"Rencana ditulis ke {args.output}: {len(plan.roster.staff)} pegawai, {len(plan.roster.units)} unit, "
        f"{format_date_long(plan.first)} – {format_date_long(plan.last)}, {circular.name}.",
        file=out,
    )
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    _, plan = PlanFile.open(args.path)
    circular = _catalog(paths, err).get(plan.circular_id)
    validator = Validator(plan, circular, indonesian_calendar(plan.first, plan.last))
    violations = validator.violations()
    if args.json:
        json.dump(
            {
                "circular": circular.id,
                "errors": validator.errors,
                "warnings": validator.warnings,
                "violations": [_violation_json(v, plan) for v in violations],
            },
            out,
            ensure_ascii=False,
            indent=2,
        )
        out.write("\n")
    else:
        _print_report(plan, circular, validator, violations, out)
    return EXIT_ERRORS if validator.errors else EXIT_OK


def _violation_json(violation: Violation, plan: Plan) -> dict[str, object]:
    return {
        "severity": violation.severity.value,
        "rule": violation.rule.value,
        "date": violation.day.isoformat(),
        "unit": plan.roster.units[violation.unit].name,
        "category": violation.category.key if violation.category else None,
        "nip": violation.nip,
        "count": violation.count,
        "headcount": violation.headcount,
        "limit": violation.limit,
        "source": violation.source,
        "message": describe(violation, plan.roster),
    }


def _print_report(
    plan: Plan, circular: Circular, validator: Validator, violations: list[Violation], out: TextIO
) -> None:
    print(f"Rencana   : {plan.name}", file=out)
    print(f"Ketentuan : {circular.name} ({circular.id})", file=out)
    print(f"Rentang   : {format_date_long(plan.first)} – {format_date_long(plan.last)}", file=out)
    print(f"Pegawai   : {len(plan.roster.staff)} orang, {len(plan.roster.units)} unit", file=out)
    print("\nSeluruh instansi per hari kerja:", file=out)
    for column, day in enumerate(plan.days):
        tally = validator.agency_tally(column)
        if tally.headcount == 0:
            continue
        print(
            f"  {DAY_ABBREVIATIONS[day.weekday()]} {day:%d/%m/%Y}  jarak jauh {tally.remote:>4}  "
            f"kantor {tally.office:>4}  tidak hadir {tally.absent:>3}  dari {tally.headcount:>4}  "
            f"({format_percent(tally.remote_percent)} jarak jauh)",
            file=out,
        )
    if violations:
        print("\nMasalah:", file=out)
    for violation in violations:
        label = "KESALAHAN " if violation.severity is Severity.ERROR else "PERINGATAN"
        unit = plan.roster.units[violation.unit].name
        category = f" · {violation.category.label}" if violation.category else ""
        print(
            f"  {label} {violation.day.isoformat()}  {unit}{category}: {describe(violation, plan.roster)}"
            f"  [{violation.source}]",
            file=out,
        )
    print(f"\n{validator.errors} kesalahan, {validator.warnings} peringatan.", file=out)


def _cmd_export(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    _refuse_overwrite(args.output, args.force)
    if args.output.suffix.lower() != ".csv":
        raise PlannerError(f"{args.output.name}: ekspor saat ini hanya ke .csv (format grid)")
    _, plan = PlanFile.open(args.path)
    write_grid(plan, args.output)
    print(f"Grid ditulis ke {args.output}: {len(plan.roster.staff)} baris, {len(plan.days)} tanggal.", file=out)
    return EXIT_OK


_COMMANDS = {
    "circulars": _cmd_circulars,
    "demo": _cmd_demo,
    "new": _cmd_new,
    "validate": _cmd_validate,
    "export": _cmd_export,
}
