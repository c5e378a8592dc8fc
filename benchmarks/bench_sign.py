"""Speed of signing the printed schedule and of checking a signed one.

Run from the repository root:

    .venv/bin/python benchmarks/bench_sign.py          # full run
    .venv/bin/python benchmarks/bench_sign.py --quick  # fewer repeats (for CI)

The schedule is ``bench_pdf``'s synthetic agency with 140 staff under SE Sekda DKI 34/2023
(22 working days): ten pages of F4 landscape, laid out for an electronic signature. The
certificate is an internal one (RSA 2048, SHA-256), made once in a temporary folder. Each line
is a median against the target from the signing issue:

1. ``sign_pdf``: read the unsigned schedule, add the PAdES signature and its visible stamp,
   write the signed file: at most 1 s;
2. ``verify_pdf``: find the signature, check its integrity and certificate, read the content
   fingerprint and compare it with the plan: at most 0.5 s;

and, for information, against the same 1 s: opening the .p12 file (``open_certificate``) and
the whole signed export (``write_signed_schedule``: layout, drawing, writing and signing).

Times come from ``time.perf_counter`` with the garbage collector on, as in the application.
The script always exits 0: it measures, it does not test.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench_core import Result, median_seconds, run_benchmarks
from bench_pdf import build_fixture

from planner.io.certificates import create_internal_certificate
from planner.io.pades import (
    Integrity,
    SignerText,
    open_certificate,
    sign_pdf,
    verify_pdf,
    write_signed_schedule,
)
from planner.io.schedule import PdfOptions, SignatureAppearance, write_schedule_pdf

STAFF = 140
"""Ten pages of F4 landscape."""
PASSWORD = b"bench-sandi-123"


@dataclass(frozen=True, slots=True)
class Repeats:
    """How many times each measurement runs."""

    signs: int
    verifies: int
    exports: int


FULL = Repeats(signs=15, verifies=30, exports=5)
QUICK = Repeats(signs=3, verifies=5, exports=1)


def run(repeats: Repeats) -> list[Result]:
    """Every measurement, in a temporary folder."""
    fixture = build_fixture(STAFF)
    plan, circular, calendar = fixture.plan, fixture.circular, fixture.calendar
    with tempfile.TemporaryDirectory(prefix="bench-sign-") as name:
        folder = Path(name)
        p12 = folder / "sertifikat.p12"
        create_internal_certificate(p12, PASSWORD, name="Pejabat Penanda Tangan", agency="Sekretariat Daerah")
        certificate = open_certificate(p12, PASSWORD)
        unsigned, signed = folder / "belum.pdf", folder / "ttd.pdf"
        options = PdfOptions(electronic=SignatureAppearance())
        schedule = write_schedule_pdf(unsigned, plan, circular, calendar, options)
        box = schedule.signature_box
        assert box is not None
        text = SignerText("Pejabat Penanda Tangan", "Sekretaris Daerah")
        size = f"{STAFF} staff x 22 days, {schedule.page_count} pages, {unsigned.stat().st_size / 1e3:.0f} kB"

        sign = median_seconds(
            lambda: sign_pdf(unsigned, signed, certificate, field_box=box, signer_text=text, footer_names_bsre=False),
            repeats.signs,
        )
        verify = median_seconds(lambda: verify_pdf(signed, plan), repeats.verifies)
        assert verify_pdf(signed, plan).integrity is Integrity.INTACT
        opening = median_seconds(lambda: open_certificate(p12, PASSWORD), repeats.signs)
        export = median_seconds(
            lambda: write_signed_schedule(signed, plan, circular, calendar, PdfOptions(), certificate=certificate),
            repeats.exports,
        )
    return [
        Result("sign_pdf (PAdES, visible stamp)", f"{size}, {repeats.signs} runs", sign, 1.0, "s"),
        Result("verify_pdf (with the plan)", f"{size}, {repeats.verifies} runs", verify, 0.5, "s"),
        Result("open_certificate (.p12, RSA 2048)", f"{repeats.signs} runs", opening, 1.0, "s"),
        Result("write_signed_schedule (whole export)", f"{size}, {repeats.exports} runs", export, 1.0, "s"),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks and exit 0."""
    return run_benchmarks(run, FULL, QUICK, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
