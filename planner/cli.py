"""The command line: everything below the window, for scripts and for secretariats without a screen.

Exit codes: 0 done (``validate``: no errors), 1 ``validate`` found errors or ``pdf`` refused a plan with
errors or ``import-staff`` found no row it could import or ``autofill`` could not keep every rule or ``verify``
found no intact signature or other content, 2 bad input.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import re
import sys
import textwrap
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from planner.domain.calendar import DAY_ABBREVIATIONS, WorkCalendar, format_date_long
from planner.domain.category import Category
from planner.domain.circular import Circular, CircularId
from planner.domain.errors import PlannerError
from planner.domain.nip import Employment
from planner.domain.plan import Plan
from planner.domain.policy import AgencyPolicy, Severity
from planner.domain.roster import UnitId
from planner.domain.status import Status
from planner.domain.validation import RuleCode, Validator, Violation, WeekContext
from planner.domain.wording import (
    describe,
    describe_dates,
    describe_rule,
    describe_scope,
    format_percent,
    plan_notes,
    staff_number_notices,
)
from planner.io.circular_file import WEEKDAY_NAMES, Catalog, circular_to_json, load_catalog
from planner.paths import AppPaths
from planner.resources import builtin_circulars, demo_folder

if TYPE_CHECKING:
    from planner.io.schedule import PdfOptions
    from planner.io.sheet_table import Table
    from planner.io.staff_import import Field, Layout
    from planner.storage.plan_file import PlanFile

# Each command imports the modules only it uses (PDF, signing, spreadsheets, plan files) in its
# own function: the command line then starts in a fraction of the time (issue 18).

EXIT_OK, EXIT_ERRORS, EXIT_BAD_INPUT = 0, 1, 2
PASSWORD_VARIABLE = "JADWAL_CERT_PASSWORD"  # noqa: S105 - the variable's name, not a password
"""The certificate's password for ``pdf --sign`` and ``certificate new``; without it they ask at the terminal."""


# argparse's own English words in the help and in its complaints, said in Indonesian.
_ARGPARSE_WORDS = (
    (re.compile(r"the following arguments are required: "), "argumen berikut wajib diisi: "),
    (re.compile(r"unrecognized arguments: "), "argumen tidak dikenal: "),
    (re.compile(r"invalid choice: (.*) \(choose from (.*)\)"), r"pilihan tidak dikenal: \1 (pilih dari \2)"),
    (re.compile(r"invalid (\w+) value: "), r"nilai \1 tidak sah: "),
    (re.compile(r"expected one argument"), "perlu satu nilai"),
    (re.compile(r"expected at least one argument"), "perlu sedikitnya satu nilai"),
    (re.compile(r"expected at most one argument"), "paling banyak satu nilai"),
    (re.compile(r"not allowed with argument "), "tidak boleh bersama argumen "),
    (re.compile(r"one of the arguments (.*) is required"), r"salah satu argumen \1 wajib diisi"),
    (re.compile(r"ambiguous option: (.*) could match "), r"opsi \1 bisa berarti "),
    (re.compile(r"^argument "), "argumen "),
)


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help with the usage line introduced in Indonesian."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "pemakaian: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse speaking Indonesian in its help and complaints: bad usage exits 2 with a hint."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        kwargs["add_help"] = False  # our own -h below, with its help in Indonesian
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumen"
        self._optionals.title = "opsi"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="tampilkan bantuan ini")

    def error(self, message: str) -> None:  # type: ignore[override]
        for english, indonesian in _ARGPARSE_WORDS:
            message = english.sub(indonesian, message)
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: perintah tidak lengkap atau salah: {message}\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The ``python -m planner`` argument parser.

    With ``command``, only that command gets its options; the others are listed by name and
    help, which is all a listing needs. A command then loads only the modules it uses (the
    PDF, signing and spreadsheet modules take longer to load than a small command runs).
    """
    parser = _Parser(
        prog="jadwal" if getattr(sys, "frozen", False) else "python -m planner",  # the built app: jadwal.exe
        description="Jadwal Kerja ASN: rencana WFO/WFH pegawai sesuai surat edaran.",
    )
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=_Parser)
    for name, (help_text, add_arguments) in _PARSERS.items():
        subparser = commands.add_parser(name, help=help_text)
        if command is None or command == name:
            add_arguments(subparser)
    return parser


def _circulars_arguments(circulars: argparse.ArgumentParser) -> None:
    circulars.add_argument("--json", action="store_true", help="keluaran JSON")


def _demo_arguments(demo: argparse.ArgumentParser) -> None:
    demo.add_argument("path", type=Path, metavar="PATH", help="berkas .jadwal yang akan ditulis")
    demo.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")


def _new_arguments(new: argparse.ArgumentParser) -> None:
    new.add_argument(
        "--grid", type=Path, required=True, metavar="FILE", help="berkas grid (.csv, .xlsx, .xls atau .ods)"
    )
    new.add_argument("--sheet", metavar="NAME", help="lembar buku kerja (bawaan: lembar aktif)")
    new.add_argument("--circular", required=True, metavar="ID", help="id surat edaran (lihat: circulars)")
    new.add_argument("--from", dest="first", type=_date, metavar="TTTT-BB-HH", help="tanggal awal")
    new.add_argument("--to", dest="last", type=_date, metavar="TTTT-BB-HH", help="tanggal akhir")
    new.add_argument("--name", metavar="TEXT", help="nama rencana")
    new.add_argument("--zone", metavar="ZONA", help=_ZONE_HELP)
    new.add_argument("-o", "--output", type=Path, required=True, metavar="PATH", help="berkas .jadwal")
    new.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")


def _validate_arguments(validate: argparse.ArgumentParser) -> None:
    validate.add_argument("path", type=Path, metavar="PATH", help="berkas .jadwal")
    validate.add_argument("--json", action="store_true", help="keluaran JSON")
    validate.add_argument(
        "--context",
        type=Path,
        metavar="OTHER.jadwal",
        help="rencana sebelah (hanya dibaca) untuk hari-hari minggu yang sama di luar rentang rencana ini",
    )


def _export_arguments(export: argparse.ArgumentParser) -> None:
    export.add_argument("path", type=Path, metavar="PATH", help="berkas .jadwal")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE", help="berkas .xlsx atau .csv")
    export.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")
    export.add_argument(
        "--delimiter",
        choices=[",", ";", "tab"],
        default=_list_separator(),
        help="pemisah kolom CSV (bawaan: pemisah daftar Windows, atau ',')",
    )


def _import_staff_arguments(staff: argparse.ArgumentParser) -> None:
    from planner.io.staff_import import FIELD_KEYS  # noqa: PLC0415 - loaded by the commands that use it

    staff.add_argument("file", type=Path, metavar="FILE", help="daftar pegawai (.xlsx, .xlsm, .xls, .ods, .csv, .txt)")
    staff.add_argument("--sheet", metavar="NAME", help="lembar buku kerja (bawaan: lembar aktif)")
    staff.add_argument(
        "--column",
        action="append",
        default=[],
        type=_column_override,
        metavar='KUNCI="JUDUL"',
        help="kolom untuk satu isian, mengganti tebakan: " + ", ".join(FIELD_KEYS) + " (unit boleh berulang, "
        "dari unit terbesar ke terkecil; judul boleh huruf kolom seperti B)",
    )
    staff.add_argument(
        "--show-columns", action="store_true", help="tampilkan baris judul dan arti tiap kolom, tanpa mengimpor"
    )
    staff.add_argument("--circular", metavar="ID", help="id surat edaran (lihat: circulars)")
    staff.add_argument("--from", dest="first", type=_date, metavar="TTTT-BB-HH", help="tanggal awal")
    staff.add_argument("--to", dest="last", type=_date, metavar="TTTT-BB-HH", help="tanggal akhir")
    staff.add_argument(
        "--category",
        default=Category.ADMINISTRASI.key,
        metavar="KEY",
        help="kategori layanan bila daftar tidak punya kolom Kategori (bawaan: administrasi)",
    )
    staff.add_argument("--name", metavar="TEXT", help="nama rencana")
    staff.add_argument("--zone", metavar="ZONA", help=_ZONE_HELP)
    staff.add_argument("-o", "--output", type=Path, metavar="PLAN", help="berkas .jadwal")
    staff.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")


def _pdf_arguments(pdf: argparse.ArgumentParser) -> None:
    from planner.io.schedule import Paper  # noqa: PLC0415 - loaded by the commands that use it

    pdf.add_argument("path", type=Path, metavar="PLAN", help="berkas .jadwal")
    pdf.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf", help="berkas .pdf")
    pdf.add_argument(
        "--paper", choices=[paper.value for paper in Paper], default=Paper.F4.value, help="ukuran kertas (bawaan F4)"
    )
    pdf.add_argument("--portrait", action="store_true", help="tegak (bawaan: mendatar)")
    pdf.add_argument("--per-unit", action="store_true", help="satu bagian per unit, masing-masing di halaman baru")
    pdf.add_argument("--draft", action="store_true", help="cetak walau ada kesalahan, bertanda DRAF")
    pdf.add_argument("--date", type=_date, metavar="TTTT-BB-HH", help="tanggal penandatanganan (bawaan: hari ini)")
    pdf.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")
    pdf.add_argument(
        "--sign",
        type=Path,
        metavar="CERT.p12",
        help=f"tandatangani secara elektronik dengan sertifikat ini (kata sandi: {PASSWORD_VARIABLE} atau ditanya) "
        "dan catat penetapannya di PLAN",
    )
    pdf.add_argument(
        "--for-tte",
        action="store_true",
        help="siapkan untuk ditandatangani di aplikasi BSrE (Besign, Panter, SRIKANDI): kolom tanda tangan kosong",
    )
    pdf.add_argument(
        "--allow-other-signer",
        action="store_true",
        help="izinkan sertifikat atas nama orang lain daripada penanda tangan yang tercetak",
    )


def _image_arguments(image: argparse.ArgumentParser) -> None:
    image.add_argument("path", type=Path, metavar="PLAN", help="berkas .jadwal")
    image.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.png", help="berkas .png")
    image.add_argument("--unit", metavar="NAMA", help="satu unit (bawaan: satu gambar per unit)")
    image.add_argument("--week", type=int, metavar="N", help="minggu ke-N rencana (bawaan: satu gambar per minggu)")
    image.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")


def _verify_arguments(verify: argparse.ArgumentParser) -> None:
    verify.add_argument("path", type=Path, metavar="FILE.pdf", help="jadwal bertanda tangan")
    verify.add_argument("--plan", type=Path, metavar="PLAN", help="bandingkan isi jadwal dengan rencana ini (.jadwal)")
    verify.add_argument(
        "--trust",
        type=Path,
        action="append",
        metavar="AKAR.pem",
        help="sertifikat akar yang dipercaya, mis. milik BSrE (boleh berulang)",
    )


def _certificate_arguments(certificate: argparse.ArgumentParser) -> None:
    from planner.io.certificates import DEFAULT_YEARS  # noqa: PLC0415 - loaded by the commands that use it

    certificate_commands = certificate.add_subparsers(
        dest="certificate_command", metavar="PERINTAH", parser_class=_Parser, required=True
    )
    new_certificate = certificate_commands.add_parser(
        "new", help=f"buat sertifikat internal (.p12); kata sandi: {PASSWORD_VARIABLE} atau ditanya"
    )
    new_certificate.add_argument("-o", "--output", type=Path, required=True, metavar="CERT.p12", help="berkas .p12")
    new_certificate.add_argument("--name", required=True, metavar="NAMA", help="nama penanda tangan")
    new_certificate.add_argument("--agency", required=True, metavar="INSTANSI", help="nama instansi")
    new_certificate.add_argument("--title", default="", metavar="JABATAN", help="jabatan penanda tangan")
    new_certificate.add_argument(
        "--years", type=int, default=DEFAULT_YEARS, metavar="N", help=f"masa berlaku 2–5 tahun (bawaan {DEFAULT_YEARS})"
    )
    new_certificate.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")


def _autofill_arguments(fill: argparse.ArgumentParser) -> None:
    fill.add_argument("path", type=Path, metavar="PLAN", help="berkas .jadwal")
    fill.add_argument("-o", "--output", type=Path, metavar="OUT", help="tulis hasil ke berkas .jadwal lain")
    fill.add_argument("--target", type=int, metavar="PERSEN", help="WFH paling banyak sekian persen, di bawah batas")
    fill.add_argument(
        "--from", dest="first", type=_date, metavar="TTTT-BB-HH", help="tanggal awal (bawaan: awal rencana)"
    )
    fill.add_argument(
        "--to", dest="last", type=_date, metavar="TTTT-BB-HH", help="tanggal akhir (bawaan: akhir rencana)"
    )
    fill.add_argument("--replace", action="store_true", help="atur ulang WFH/WFO yang sudah ada (bawaan: pertahankan)")
    fill.add_argument("--force", action="store_true", help="timpa berkas OUT yang sudah ada")


def _rekap_arguments(recap: argparse.ArgumentParser) -> None:
    recap.add_argument("paths", nargs="+", type=Path, metavar="PLAN_OR_FOLDER", help="berkas .jadwal atau folder")
    recap.add_argument("-o", "--output", type=Path, metavar="OUT", help="berkas .xlsx, .pdf atau .csv")
    recap.add_argument("--from", dest="first", type=_date, metavar="TTTT-BB-HH", help="hanya hari sejak tanggal ini")
    recap.add_argument("--to", dest="last", type=_date, metavar="TTTT-BB-HH", help="hanya hari sampai tanggal ini")
    recap.add_argument(
        "--expect", type=Path, metavar="UNITS.txt", help="daftar unit yang wajib mengirim, satu per baris"
    )
    recap.add_argument("--json", action="store_true", help="keluaran JSON")
    recap.add_argument("--force", action="store_true", help="timpa berkas OUT yang sudah ada")


_PARSERS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None]]] = {
    "circulars": ("daftar surat edaran yang dikenal, dengan masa berlaku dan aturannya", _circulars_arguments),
    "demo": ("tulis rencana contoh (Sekretariat Daerah, SE Menteri PANRB 1/2024)", _demo_arguments),
    "new": ("buat rencana dari berkas grid (.csv atau .xlsx)", _new_arguments),
    "validate": ("periksa rencana terhadap surat edaran dan kebijakan instansi", _validate_arguments),
    "export": ("ekspor rencana ke Excel (.xlsx) atau grid CSV (.csv)", _export_arguments),
    "import-staff": (
        "buat rencana kosong dari daftar pegawai (.xlsx, .xls, .ods, .csv, .txt)",
        _import_staff_arguments,
    ),
    "pdf": ("cetak jadwal resmi (naskah dinas) ke PDF untuk ditandatangani", _pdf_arguments),
    "image": ("jadwal sebagai gambar PNG untuk dibagikan (mis. di grup WhatsApp unit)", _image_arguments),
    "verify": ("periksa tanda tangan elektronik jadwal (PDF)", _verify_arguments),
    "certificate": ("sertifikat internal untuk tanda tangan elektronik", _certificate_arguments),
    "autofill": ("isi WFH/WFO otomatis, adil dan sesuai kuota (di tempat bila tanpa -o)", _autofill_arguments),
    "rekap": ("rekap banyak rencana (berkas .jadwal atau folder) ke .xlsx, .pdf atau .csv", _rekap_arguments),
}
"""Each command's help and the function that adds its options."""


def run(argv: Sequence[str], paths: AppPaths, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run one command and return its exit code; problems the user can fix go to ``err``."""
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser(argv[0] if argv and argv[0] in _PARSERS else None).parse_args(argv)
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


def _circular_of(file: PlanFile, plan: Plan, paths: AppPaths, err: TextIO) -> Circular:
    """The plan's circular: from the catalogue, else the copy the plan file keeps."""
    catalog = _catalog(paths, err)
    if plan.circular_id not in catalog.circulars and file.circular_copy is not None:
        print(
            f"Catatan: {plan.circular_id!r} tidak ada di komputer ini; dipakai salinan dari berkas rencana.", file=err
        )
    return catalog.including(file.circular_copy).get(plan.circular_id)


def _open_plan(path: Path, err: TextIO) -> tuple[PlanFile, Plan]:
    """Open a plan file, telling the user what opening had to repair or flag."""
    from planner.storage.plan_file import PlanFile  # noqa: PLC0415 - loaded by the commands that use it
    from planner.storage.recovery import Recovery  # noqa: PLC0415 - loaded by the commands that use it

    file, plan = PlanFile.open(path)
    if file.recovery is Recovery.IN_PLACE:
        print(
            f"Catatan: {path.name}: penyimpanan terakhir terputus (program mati atau listrik padam); "
            "rencana dipulihkan seperti sebelum penyimpanan itu.",
            file=err,
        )
    elif file.recovery is Recovery.ON_COPY:
        print(
            f"Catatan: {path.name}: penyimpanan terakhir terputus; berkas ini hanya-baca, jadi rencana dibaca dari "
            "salinan yang dipulihkan. Simpan ke tempat lain agar pemulihan tersimpan.",
            file=err,
        )
    if file.leftovers_removed:
        print(
            f"Catatan: {file.leftovers_removed} berkas sementara sisa penyimpanan yang terputus di samping "
            f"{path.name} dihapus.",
            file=err,
        )
    for flagged in file.invalid_nips[:_NIPS_SHOWN]:
        print(
            f"Peringatan: {path.name}: pegawai baris {flagged.row} ({flagged.name}): NIP {flagged.nip!r} tidak sah "
            f"({flagged.explain()}); perbaiki di daftar pegawai.",
            file=err,
        )
    if len(file.invalid_nips) > _NIPS_SHOWN:
        print(f"Peringatan: {path.name}: dan {len(file.invalid_nips) - _NIPS_SHOWN} NIP tidak sah lainnya.", file=err)
    return file, plan


_NIPS_SHOWN = 10
"""Invalid NIPs listed one by one; the rest are counted."""


def _refuse_overwrite(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise PlannerError(f"{path} sudah ada; tidak ditimpa (tambahkan --force untuk menimpanya)")
    _refuse_if_open_in_a_window(path)


def _refuse_if_open_in_a_window(path: Path) -> None:
    """A window saving later would overwrite what a command writes into a plan it holds open."""
    from planner.storage.plan_lock import holder  # noqa: PLC0415 - loaded by the commands that use it

    where = holder(path)
    if where is not None:
        place = f"di komputer {where}" if where else "di jendela Jadwal Kerja ASN"
        raise PlannerError(
            f"{path.name} sedang dibuka {place}; tutup rencana itu di sana dulu, atau tulis ke berkas lain dengan -o"
        )


def _cmd_circulars(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    catalog = _catalog(paths, err)
    circulars = sorted(catalog.circulars.values(), key=lambda c: (c.year, c.id))
    _legacy_notices(circulars, err)
    if args.json:
        documents = [
            {
                **circular_to_json(c),
                "amended_by": list(c.amended_by),
                "amendment_periods": [
                    {"amended_by": period.amended_by, "label": period.label, "dates": describe_dates(period)}
                    for period in c.periods
                    if period.amended_by
                ],
                "origin": "user" if c.id in catalog.user_ids else "builtin",
            }
            for c in circulars
        ]
        json.dump(documents, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    for circular in circulars:
        _print_circular(circular, out)
    return EXIT_OK


def _legacy_notices(circulars: Iterable[Circular], err: TextIO) -> None:
    """Say once per command which older circular files keep allowing WFH and WFA without listing them."""
    for circular in circulars:
        if circular.legacy_remote:
            print(
                f"Catatan: {circular.id}.json berformat lama (versi 1) tanpa remote_statuses: WFH dan WFA tetap "
                "diizinkan seperti saat ditulis; simpan ulang di editor surat edaran untuk menuliskannya.",
                file=err,
            )


def _print_circular(circular: Circular, out: TextIO) -> None:
    print(f"{circular.id}\n  {circular.name}\n  tentang {circular.title}", file=out)
    print(f"  Kuota dihitung per: {describe_scope(circular.quota_scope)}", file=out)
    if circular.amends:
        print(f"  Mengubah: {circular.amends}", file=out)
    if circular.amended_by:
        print(f"  Diubah oleh: {', '.join(circular.amended_by)}", file=out)
    for period in circular.periods:
        label = f" — {period.label}" if period.label else ""
        weekdays = (
            f" (setiap {', '.join(WEEKDAY_NAMES[d] for d in sorted(period.weekdays))})" if period.weekdays else ""
        )
        zone = f" [zona {period.zone}]" if period.zone else ""
        print(f"  Masa berlaku: {describe_dates(period)}{weekdays}{zone}{label}", file=out)
        for category in Category:
            rules = period.rules_for(category) or (None,)
            text = "; ".join(describe_rule(rule, period.remote_codes) for rule in rules)
            print(f"    {category.label}: {text}", file=out)
    print(file=out)


def _cmd_demo(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    from planner.io.demo import demo_plan  # noqa: PLC0415 - loaded by the commands that use it
    from planner.storage.plan_file import PlanFile  # noqa: PLC0415 - loaded by the commands that use it

    _refuse_overwrite(args.path, args.force)
    plan = demo_plan(demo_folder())
    PlanFile.create(args.path, plan, _catalog(paths, err).get(plan.circular_id))
    print(f"Rencana contoh ditulis ke {args.path}: {len(plan.roster.staff)} pegawai.", file=out)
    return EXIT_OK


_ZONE_HELP = "zona risiko wilayah, bila surat edaran membedakannya (mis. menpanrb-67-2020; lihat: circulars)"


def _zone_policy(circular: Circular, zone: str | None) -> AgencyPolicy | None:
    """A new plan's policy with the region's risk zone (``--zone``), checked against the circular's zones."""
    if zone is None:
        return None
    if zone not in circular.zones:
        known = ", ".join(circular.zones) or "tidak ada"
        raise PlannerError(f"--zone {zone!r}: {circular.id} tidak mengenal zona itu (yang dikenal: {known})")
    return AgencyPolicy(risk_zone=zone)


def _calendar(paths: AppPaths, first: dt.date, last: dt.date) -> WorkCalendar:
    """The national calendar of the years from ``first`` to ``last``, its days kept in the user's cache between runs."""
    from planner.io.national_days import cached_calendar  # noqa: PLC0415 - loaded by the commands that use it

    return cached_calendar(first, last, paths.cache)


def _cmd_new(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    from planner.io.grid_csv import plan_from_grid  # noqa: PLC0415 - loaded by the commands that use it
    from planner.io.limits import MAX_NEW_PLAN_DAYS, check_date_range  # noqa: PLC0415 - loaded by the commands that use it
    from planner.io.staff_import import read_schedule  # noqa: PLC0415 - loaded by the commands that use it
    from planner.storage.plan_file import PlanFile  # noqa: PLC0415 - loaded by the commands that use it

    _refuse_overwrite(args.output, args.force)
    circular = _catalog(paths, err).get(args.circular)
    grid = read_schedule(args.grid, sheet=args.sheet)
    first = args.first or (grid.dates[0] if grid.dates else None)
    last = args.last or (grid.dates[-1] if grid.dates else None)
    if first is None or last is None:
        raise PlannerError(f"{args.grid.name}: tidak ada kolom tanggal; sebutkan rentang dengan --from dan --to")
    check_date_range(first, last, f"{args.grid.name}: rentang rencana", max_days=MAX_NEW_PLAN_DAYS)
    plan = plan_from_grid(
        grid,
        circular_id=CircularId(circular.id),
        calendar=_calendar(paths, first, last),
        name=args.name or args.grid.stem,
        first=first,
        last=last,
        policy=_zone_policy(circular, args.zone),
    )
    PlanFile.create(args.output, plan, circular)
    print(
        f"Rencana ditulis ke {args.output}: {len(plan.roster.staff)} pegawai, {len(plan.roster.units)} unit, "
        f"{format_date_long(plan.first)} – {format_date_long(plan.last)}, {circular.name}.",
        file=out,
    )
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    file, plan = _open_plan(args.path, err)
    circular = _circular_of(file, plan, paths, err)
    _legacy_notices([circular], err)
    notes = plan_notes(plan, circular)
    for note in notes:
        print(f"Catatan: {note}", file=err)
    context = None
    if args.context is not None:
        _, other = _open_plan(args.context, err)
        context = WeekContext.from_plan(other)
    # The calendar reaches the whole first and last week: a weekly cap counts days outside the plan.
    week_first = plan.first - dt.timedelta(days=plan.first.weekday())
    week_last = plan.last + dt.timedelta(days=6 - plan.last.weekday())
    validator = Validator(plan, circular, _calendar(paths, week_first, week_last), context=context)
    staff_notices = staff_number_notices(plan)
    for notice in staff_notices:
        print(f"Peringatan: {notice}", file=err)
    if args.json:
        head = {
            "circular": circular.id,
            "amended_by": list(circular.amended_by),
            "errors": validator.errors,
            "warnings": validator.warnings + len(staff_notices),
        }
        tail = {"notes": notes, "staff_notices": staff_notices}
        # No indent: an indent makes json use its pure-Python encoder, ten times slower on a year's plan.
        out.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "violations": [')
        _write_violations_json(validator, plan, out)
        out.write("], " + json.dumps(tail, ensure_ascii=False)[1:])
        out.write("\n")
    else:
        _print_report(plan, circular, validator, validator.violations(), out)
    return EXIT_ERRORS if validator.errors else EXIT_OK


def _write_violations_json(validator: Validator, plan: Plan, out: TextIO) -> None:
    """Every violation as a JSON object, comma-separated, written a day at a time.

    A year-long plan may break its rules hundreds of thousands of times, nearly all of them a
    person's own cell (a remote day the circular does not allow). Those come from the
    validator as compact records and are written from a template made once per person, rule,
    status and day kind: only the date and the headcount change from one day to the next. The
    rest are built and encoded one by one.
    """
    message = _messages(plan)
    unit_names: dict[UnitId, str] = {}
    templates: dict[tuple[object, ...], tuple[str, str, str]] = {}
    separator = ""
    for column, day in enumerate(plan.days):
        date, codes = day.isoformat(), validator.remote_codes(column)
        parts = []
        for item in validator.records_on(column):
            if isinstance(item, Violation):
                parts.append(json.dumps(_violation_json(item, plan, message, unit_names), ensure_ascii=False))
                continue
            row, rule, source, status, headcount = item
            key = (row, id(rule), source, id(status), codes)
            template = templates.get(key)
            if template is None:
                violation = validator.cell_violation(row, column)
                assert violation is not None
                template = templates[key] = _template(_violation_json(violation, plan, message, unit_names))
            parts.append(f"{template[0]}{date}{template[1]}{headcount}{template[2]}")
        if parts:
            out.write(separator + ", ".join(parts))
            separator = ", "


def _template(document: dict[str, object]) -> tuple[str, str, str]:
    """``json.dumps(document)`` cut where the date's text and the headcount's number go."""
    pieces, current = [], "{"
    for index, (name, value) in enumerate(document.items()):
        current += (", " if index else "") + json.dumps(name) + ": "
        if name == "date":
            pieces.append(current + '"')
            current = '"'
        elif name == "headcount":
            pieces.append(current)
            current = ""
        else:
            current += json.dumps(value, ensure_ascii=False)
    before_date, before_headcount = pieces
    return before_date, before_headcount, current + "}"


def _messages(plan: Plan) -> Callable[[Violation], str]:
    """``describe`` for one plan, each distinct sentence built once (a person breaks the same rule day after day)."""
    built: dict[tuple[object, ...], str] = {}

    def message(violation: Violation) -> str:
        v = violation
        # Everything describe() reads, not the day, the unit, the source or the severity; enum members
        # by identity (they are singletons), as an enum's own hash runs in Python.
        key: tuple[object, ...] = (id(v.rule), v.nip, v.count, v.headcount, v.limit, v.percent, id(v.status))
        key += (v.remote_codes, id(v.category), v.other_nip, v.unknown)
        text = built.get(key)
        if text is None:
            text = built[key] = describe(violation, plan.roster)
        return text

    return message


_CODES: dict[int, str | None] = {
    id(member): member.value for members in (Severity, RuleCode, Category) for member in members
} | {id(None): None}
"""The JSON code of each severity, rule and category, by identity (members are singletons; ``.value`` is slow)."""


def _violation_json(
    violation: Violation, plan: Plan, message: Callable[[Violation], str], unit_names: dict[UnitId, str]
) -> dict[str, object]:
    unit = unit_names.get(violation.unit)
    if unit is None:
        unit = unit_names[violation.unit] = plan.roster.unit_name(violation.unit)
    return {
        "severity": _CODES[id(violation.severity)],
        "rule": _CODES[id(violation.rule)],
        "date": violation.day.isoformat(),
        "unit": unit,
        "scope": violation.scope.key if violation.scope else None,
        "category": _CODES[id(violation.category)],
        "nip": violation.nip,
        "count": violation.count,
        "headcount": violation.headcount,
        "limit": violation.limit,
        "source": violation.source,
        "message": message(violation),
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
    message = _messages(plan)
    for violation in violations:
        label = "KESALAHAN " if violation.severity is Severity.ERROR else "PERINGATAN"
        unit = plan.roster.unit_name(violation.unit)
        category = f" · {violation.category.label}" if violation.category else ""
        print(
            f"  {label} {violation.day.isoformat()}  {unit}{category}: {message(violation)}  [{violation.source}]",
            file=out,
        )
    print(f"\n{validator.errors} kesalahan, {validator.warnings} peringatan.", file=out)


def _cmd_export(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    from planner.io.grid_csv import write_grid  # noqa: PLC0415 - loaded by the commands that use it
    from planner.io.xlsx_export import write_xlsx  # noqa: PLC0415 - loaded by the commands that use it

    _refuse_overwrite(args.output, args.force)
    suffix = args.output.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise PlannerError(f"{args.output.name}: ekspor hanya ke .xlsx (buku kerja Excel) atau .csv (format grid)")
    file, plan = _open_plan(args.path, err)
    if suffix == ".csv":
        write_grid(plan, args.output, delimiter="\t" if args.delimiter == "tab" else args.delimiter)
        print(f"Grid ditulis ke {args.output}: {len(plan.roster.staff)} baris, {len(plan.days)} tanggal.", file=out)
        return EXIT_OK
    catalog = _catalog(paths, err).including(file.circular_copy)
    circular = catalog.circulars.get(plan.circular_id)
    if circular is None:
        print(f"Peringatan: surat edaran {plan.circular_id!r} tidak dikenal; lembar Masalah kosong.", file=err)
    write_xlsx(plan, args.output, circular=circular, calendar=_calendar(paths, plan.first, plan.last))
    print(
        f"Buku kerja ditulis ke {args.output}: {len(plan.roster.staff)} pegawai, {len(plan.days)} tanggal "
        "(lembar Jadwal, Rekap, Masalah, Keterangan, Cetak).",
        file=out,
    )
    return EXIT_OK


def _cmd_import_staff(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    from planner.io.limits import MAX_NEW_PLAN_DAYS, check_date_range  # noqa: PLC0415 - loaded by the commands that use it
    from planner.io.staff_import import plan_from_staff, read_layout, read_staff  # noqa: PLC0415 - loaded by the commands that use it
    from planner.storage.plan_file import PlanFile  # noqa: PLC0415 - loaded by the commands that use it

    if args.show_columns:
        table, layout = read_layout(args.file, sheet=args.sheet, columns=args.column)
        _print_columns(table, layout, out)
        return EXIT_OK
    missing = [flag for flag, value in (("--circular", args.circular), ("--from", args.first), ("--to", args.last),
                                        ("-o/--output", args.output)) if value is None]  # fmt: skip
    if missing:
        raise PlannerError(f"import-staff: {', '.join(missing)} harus diisi (kecuali dengan --show-columns)")
    _refuse_overwrite(args.output, args.force)
    circular = _catalog(paths, err).get(args.circular)
    check_date_range(args.first, args.last, "rentang --from/--to", max_days=MAX_NEW_PLAN_DAYS)
    try:
        category = Category.parse(args.category)
    except ValueError:
        keys = ", ".join(c.key for c in Category)
        raise PlannerError(f"kategori {args.category!r} tidak dikenal (yang dikenal: {keys})") from None
    staff = read_staff(args.file, sheet=args.sheet, columns=args.column)
    for note in staff.notes:
        print(f"Catatan: {staff.where}: {note}", file=err)
    for problem in staff.problems:
        print(f"{'Dilewati' if problem.left_out else 'Peringatan'}: {staff.where}: {problem}", file=err)
    if not staff.importable:
        print(f"Tidak ada pegawai yang dapat diimpor dari {staff.where}; tidak ada berkas yang ditulis.", file=err)
        return EXIT_ERRORS
    plan = plan_from_staff(
        staff,
        circular_id=CircularId(circular.id),
        first=args.first,
        last=args.last,
        name=args.name or args.file.stem,
        default_category=category,
        policy=_zone_policy(circular, args.zone),
    )
    PlanFile.create(args.output, plan, circular)
    print(
        f"Rencana ditulis ke {args.output}: {staff.importable} pegawai ({staff.count(Employment.PNS)} PNS, "
        f"{staff.count(Employment.PPPK)} PPPK, {staff.count(Employment.NON_ASN)} non-ASN; "
        f"baris judul {staff.layout.header_row}), "
        f"{len(plan.roster.units)} unit, {format_date_long(plan.first)} – {format_date_long(plan.last)}, "
        f"{circular.name}; {staff.left_out} baris dilewati.",
        file=out,
    )
    return EXIT_OK


def _print_columns(table: Table, layout: Layout, out: TextIO) -> None:
    from planner.io.sheet_table import letter_of  # noqa: PLC0415 - loaded by the commands that use it
    from planner.io.staff_import import Field, cell_text  # noqa: PLC0415 - loaded by the commands that use it

    print(f"{table.where}: baris judul {layout.header_row}, data mulai baris {layout.first_row}", file=out)
    for column, field in enumerate(layout.fields):
        title = layout.titles[column] if column < len(layout.titles) else ""
        meaning = field.label if field is Field.IGNORE else f"{field.label} (--column {_key_of(field)}=...)"
        example = next(
            (cell_text(table.value(row, column)) for row in range(layout.first_row, min(len(table.rows), 200) + 1)
             if table.value(row, column) not in (None, "")),
            "",
        )  # fmt: skip
        shown = example if len(example) <= 36 else example[:35] + "…"
        print(f"  {letter_of(column):>3}  {title[:32]:<32}  {meaning:<44}  {shown}".rstrip(), file=out)
    units = [layout.column_name(column) for column in layout.unit_columns()]
    if units:
        print(f"Unit, dari terbesar ke terkecil: {' > '.join(units)}", file=out)
    missing = layout.missing()
    if missing:
        print(f"Belum ada kolom: {', '.join(field.label for field in missing)}", file=out)


def _key_of(field: Field) -> str:
    from planner.io.staff_import import FIELD_KEYS  # noqa: PLC0415 - loaded by the commands that use it

    return next(key for key, known in FIELD_KEYS.items() if known is field)


def _column_override(text: str) -> tuple[Field, str]:
    from planner.io.staff_import import FIELD_KEYS  # noqa: PLC0415 - loaded by the commands that use it

    key, equals, title = text.partition("=")
    field = FIELD_KEYS.get(key.strip().casefold())
    if not equals or field is None:
        raise argparse.ArgumentTypeError(f'{text!r}: tulis KUNCI="JUDUL KOLOM"; kunci: {", ".join(FIELD_KEYS)}')
    return field, title.strip().strip("\"'")


def _list_separator() -> str:
    """The list separator of Windows' regional settings (``;`` where the decimal mark is a comma), else ``,``."""
    separator = ","
    if sys.platform == "win32":
        import winreg  # noqa: PLC0415 - Windows only

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Control Panel\International") as key:
                separator = str(winreg.QueryValueEx(key, "sList")[0])
        except OSError:
            separator = ","
    return separator if separator in (",", ";") else ","


def _cmd_pdf(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    from planner.io.pades import write_schedule_for_tte  # noqa: PLC0415 - loaded by the commands that use it
    from planner.io.schedule import Paper, PdfOptions, ScheduleRefused, write_schedule_pdf  # noqa: PLC0415 - loaded by the commands that use it

    _refuse_overwrite(args.output, args.force)
    file, plan = _open_plan(args.path, err)
    circular = _circular_of(file, plan, paths, err)
    options = PdfOptions(
        paper=Paper(args.paper),
        landscape=not args.portrait,
        per_unit=args.per_unit,
        signing_date=args.date,
        draft=args.draft,
    )
    if args.sign is not None and args.for_tte:
        raise PlannerError("pilih salah satu: --sign (sertifikat .p12) atau --for-tte (aplikasi BSrE)")
    calendar = _calendar(paths, plan.first, plan.last)
    if args.sign is not None:
        return _pdf_signed(args, plan, circular, calendar, options, out=out, err=err)
    if args.for_tte and args.draft:
        raise PlannerError("draf tidak disiapkan untuk tanda tangan elektronik: hapus --draft")
    try:
        if args.for_tte:
            schedule = write_schedule_for_tte(args.output, plan, circular, calendar, options)
        else:
            schedule = write_schedule_pdf(args.output, plan, circular, calendar, options)
    except ScheduleRefused as refusal:
        print(f"Ditolak: {refusal}", file=err)
        return EXIT_ERRORS
    print(
        f"Jadwal ditulis ke {args.output}: {schedule.page_count} halaman, ID dokumen {schedule.document_id}"
        + (" (DRAF)." if args.draft else "."),
        file=out,
    )
    if args.for_tte:
        fields = len(schedule.signature_fields)
        where = "di blok tanda tangan" if fields == 1 else f"di blok tanda tangan setiap bagian ({fields} kolom)"
        print(
            f"Kolom tanda tangan kosong disiapkan {where}: tandatangani berkas ini di Besign, Panter "
            "atau SRIKANDI, lalu periksa hasilnya dengan perintah verify --plan.",
            file=out,
        )
    return EXIT_OK


def _pdf_signed(
    args: argparse.Namespace,
    plan: Plan,
    circular: Circular,
    calendar: WorkCalendar,
    options: PdfOptions,
    *,
    out: TextIO,
    err: TextIO,
) -> int:
    """``pdf --sign``: lay out for the certificate, sign, then record the sign-off in the plan file."""
    from planner.io.pades import OtherSigner, open_certificate, write_signed_schedule  # noqa: PLC0415 - loaded by the commands that use it
    from planner.io.schedule import ScheduleRefused  # noqa: PLC0415 - loaded by the commands that use it
    from planner.storage.plan_file import record_signoff  # noqa: PLC0415 - loaded by the commands that use it

    if args.draft:
        raise PlannerError("draf tidak dapat ditandatangani: hapus --draft, atau cetak draf tanpa --sign")
    certificate = open_certificate(args.sign, _certificate_password())
    try:
        signed = write_signed_schedule(
            args.output,
            plan,
            circular,
            calendar,
            options,
            certificate=certificate,
            allow_other_signer=args.allow_other_signer,
        )
    except ScheduleRefused as refusal:
        print(f"Ditolak: {refusal}", file=err)
        return EXIT_ERRORS
    except OtherSigner as other:
        print(f"Ditolak: {other} (--allow-other-signer).", file=err)
        return EXIT_ERRORS
    kind = "sertifikat BSrE" if certificate.is_bsre else "sertifikat internal, bukan BSrE"
    print(
        f"Jadwal bertanda tangan elektronik ditulis ke {args.output}: {signed.schedule.page_count} halaman, "
        f"ID dokumen {signed.schedule.document_id}, ditandatangani {certificate.common_name} ({kind}).",
        file=out,
    )
    try:
        record_signoff(args.path, signed.signoff)
    except PlannerError as error:
        print(f"Gagal mencatat penetapan di {args.path} (PDF-nya sudah ditulis): {error}", file=err)
        return EXIT_BAD_INPUT
    print(f"Penetapan dicatat di {args.path}: sidik isi {signed.signoff.fingerprint}.", file=out)
    return EXIT_OK


def _certificate_password(*, confirm: bool = False) -> bytes:
    """The password from ``PASSWORD_VARIABLE``, else asked at the terminal without echo; never printed."""
    value = os.environ.get(PASSWORD_VARIABLE)
    if value is not None:
        return value.encode("utf-8")
    if not sys.stdin.isatty():
        raise PlannerError(
            f"kata sandi sertifikat tidak diberikan: isi variabel lingkungan {PASSWORD_VARIABLE}, "
            "atau jalankan perintah ini di terminal"
        )
    password = getpass.getpass("Kata sandi sertifikat: ")
    if confirm and getpass.getpass("Ulangi kata sandi: ") != password:
        raise PlannerError("kedua kata sandi tidak sama; tidak ada berkas yang ditulis")
    return password.encode("utf-8")


def _cmd_image(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    """``image``: a PNG per unit and week (or the one asked for), readable on a phone."""
    from planner.io.schedule_image import find_unit, write_pictures  # noqa: PLC0415 - loaded by the commands that use it

    _refuse_overwrite(args.output, args.force)
    if args.output.suffix.lower() != ".png":
        raise PlannerError(f"{args.output.name}: nama berkas gambar harus berakhiran .png")
    file, plan = _open_plan(args.path, err)
    circular = _circular_of(file, plan, paths, err)
    unit = find_unit(plan, args.unit) if args.unit else None
    pictures = write_pictures(
        plan, circular, _calendar(paths, plan.first, plan.last), args.output, unit=unit, week=args.week
    )
    for picture in pictures:
        print(
            f"Gambar ditulis ke {picture.path}: {picture.unit}, {format_date_long(picture.first)} – "
            f"{format_date_long(picture.last)}, {picture.width} × {picture.height} piksel.",
            file=out,
        )
    return EXIT_OK


def _cmd_verify(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    from planner.io.pades import load_trust_roots, report_lines, verify_pdf  # noqa: PLC0415 - loaded by the commands that use it

    plan = _open_plan(args.plan, err)[1] if args.plan is not None else None
    verification = verify_pdf(args.path, plan, trust_roots=load_trust_roots(args.trust or ()))
    for line in report_lines(verification, args.plan.name if args.plan is not None else ""):
        print(line, file=out)
    return EXIT_OK if verification.ok else EXIT_ERRORS


def _cmd_certificate(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    from planner.io.certificates import INTERNAL_CERTIFICATE_NOTE, create_internal_certificate  # noqa: PLC0415 - loaded by the commands that use it

    _refuse_overwrite(args.output, args.force)
    print(textwrap.fill(INTERNAL_CERTIFICATE_NOTE, 100) + "\n", file=out)
    made = create_internal_certificate(
        args.output,
        _certificate_password(confirm=True),
        name=args.name,
        agency=args.agency,
        title=args.title,
        years=args.years,
        overwrite=args.force,
    )
    print(
        f"Sertifikat internal ditulis ke {made.path}: {made.name} ({made.agency}), berlaku sampai "
        f"{format_date_long(made.not_after.date())}.\nSHA-256 sertifikat: {made.sha256}",
        file=out,
    )
    return EXIT_OK


def _cmd_autofill(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    from planner.domain.autofill import AutofillOptions, FillMode, autofill, describe_group, describe_problem  # noqa: PLC0415 - loaded by the commands that use it
    from planner.storage.plan_file import PlanFile, PlanFileError, PlanFileProblem  # noqa: PLC0415 - loaded by the commands that use it

    if args.output is not None:
        _refuse_overwrite(args.output, args.force)
    _refuse_if_open_in_a_window(args.output or args.path)
    file, plan = _open_plan(args.path, err)
    circular = _circular_of(file, plan, paths, err)
    mode = FillMode.REPLACE if args.replace else FillMode.KEEP
    options = AutofillOptions(first=args.first, last=args.last, target_percent=args.target, mode=mode)
    result = autofill(plan, circular, _calendar(paths, plan.first, plan.last), options)
    plan.apply(result.edits)
    if args.output is not None:
        PlanFile.create(args.output, plan, circular)
    elif result.edits:
        try:
            file.save(plan, circular)  # one transaction: the file holds the old plan or the new one, never half of each
        except PlanFileError as error:
            if error.code is not PlanFileProblem.CHANGED_ELSEWHERE:
                raise
            raise PlannerError(
                f"{args.path.name}: rencana disimpan program lain selama isi otomatis berjalan; agar simpanan itu "
                "tidak tertimpa, tidak ada yang ditulis. Jalankan perintah ini lagi."
            ) from error
    how = "WFH/WFO yang ada diatur ulang" if args.replace else "WFH/WFO yang ada dipertahankan"
    target = f", target {args.target} %" if args.target is not None else ""
    print(
        f"Isi otomatis {plan.name}, {format_date_long(result.first)} – {format_date_long(result.last)} "
        f"({how}{target}):",
        file=out,
    )
    remote = sum(1 for edit in result.edits if edit.new is not None and edit.new.is_remote)
    blank = sum(1 for edit in result.edits if edit.old is None and edit.new is Status.WFO)
    print(
        f"{result.changed} sel diubah: {remote} menjadi WFH/WFA, {result.changed - remote} menjadi WFO "
        f"({blank} di antaranya sel kosong).",
        file=out,
    )
    for summary in result.groups:
        print(f"  {describe_group(summary, plan.roster)}", file=out)
    if result.problems:
        print("\nTidak dapat dipenuhi:", file=out)
    for problem in result.problems:
        label = "KESALAHAN " if problem.severity is Severity.ERROR else "PERINGATAN"
        print(f"  {label} {describe_problem(problem, plan.roster)}  [{problem.violation.source}]", file=out)
    saved = (
        f"Ditulis ke {args.output}"
        if args.output
        else (f"Disimpan ke {args.path}" if result.edits else "Tidak ada yang berubah")
    )
    print(f"\n{saved}. Seluruh rencana: {result.errors} kesalahan, {result.warnings} peringatan.", file=out)
    return EXIT_ERRORS if result.problems or result.errors else EXIT_OK


def _cmd_recap(args: argparse.Namespace, paths: AppPaths, out: TextIO, err: TextIO) -> int:
    """``rekap``: exit 0 when at least one plan was recapped, 1 otherwise; every problem gets a line."""
    from planner.recap.build import build_recap, read_expected  # noqa: PLC0415 - pandas comes with it
    from planner.recap.export import SUFFIXES, write_recap  # noqa: PLC0415 - see above
    from planner.recap.wording import describe_problem  # noqa: PLC0415 - see above

    if args.output is None and not args.json:
        raise PlannerError("sebutkan berkas keluaran dengan -o (.xlsx, .pdf atau .csv), atau minta --json")
    if args.output is not None:
        if args.output.suffix.lower() not in SUFFIXES:
            raise PlannerError(f"{args.output.name}: rekap hanya ke .xlsx, .pdf atau .csv")
        _refuse_overwrite(args.output, args.force)
    if args.first and args.last and args.last < args.first:
        raise PlannerError(f"rentang terbalik: {args.first} sampai {args.last}")
    expected = read_expected(args.expect) if args.expect is not None else ()
    recap = build_recap(args.paths, _catalog(paths, err), first=args.first, last=args.last, expected=expected)
    for problem in recap.problems:
        print(f"Masalah: {describe_problem(problem)}", file=err)
    if not recap.plans:
        print("Tidak ada rencana yang dapat direkap; tidak ada berkas yang ditulis.", file=err)
        return EXIT_ERRORS
    if args.output is not None:
        write_recap(recap, args.output)
    if args.json:
        from planner.recap.tables import recap_json  # noqa: PLC0415 - see above

        json.dump(recap_json(recap), out, ensure_ascii=False, indent=1)
        out.write("\n")
    clean = sum(1 for plan in recap.plans if plan.errors == 0)
    matching = sum(1 for plan in recap.plans if plan.matches_signed)
    report = err if args.json else out
    print(
        f"{len(recap.plans)} rencana direkap ({clean} tanpa kesalahan, {len(recap.plans) - clean} dengan kesalahan, "
        f"{matching} ditandatangani dan masih sesuai); {len(recap.problems)} masalah antarrencana"
        + (f"; ditulis ke {args.output}." if args.output is not None else "."),
        file=report,
    )
    for check in recap.combined:
        print(
            f"Pemeriksaan gabungan {check.agency} ({check.circular_name}, {len(check.files)} rencana, "
            f"{check.staff} pegawai): {check.errors} kesalahan, {check.warnings} peringatan.",
            file=report,
        )
    if recap.expected:
        missing = ", ".join(recap.missing) if recap.missing else "tidak ada"
        print(
            f"Unit yang belum mengirim rencana ({len(recap.missing)} dari {len(recap.expected)}): {missing}.",
            file=report,
        )
    return EXIT_OK


_COMMANDS = {
    "circulars": _cmd_circulars,
    "demo": _cmd_demo,
    "new": _cmd_new,
    "validate": _cmd_validate,
    "export": _cmd_export,
    "import-staff": _cmd_import_staff,
    "pdf": _cmd_pdf,
    "verify": _cmd_verify,
    "image": _cmd_image,
    "certificate": _cmd_certificate,
    "autofill": _cmd_autofill,
    "rekap": _cmd_recap,
}
