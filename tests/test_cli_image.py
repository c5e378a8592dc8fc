"""``python -m planner image``: pictures to share, run as a user runs it, and looked at as a phone shows them."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from PIL import Image

from planner.domain.calendar import indonesian_calendar
from planner.domain.status import Status
from planner.io.schedule_image import find_unit, weeks_of, write_pictures
from planner.storage.plan_file import PlanFile
from tests import cli
from tests.factories import builtin_catalog
from tests.io.test_pdf_schedule import demo, with_error


def plan_file(folder: Path, *, error: bool = False) -> Path:
    path = folder / "rencana.jadwal"
    PlanFile.create(path, with_error(demo()) if error else demo())
    return path


def test_one_unit_and_week_is_one_png_a_phone_shows_full_width(tmp_path: Path) -> None:
    out = tmp_path / "jadwal.png"

    result = cli.planner("image", plan_file(tmp_path), "-o", out, "--unit", "Biro Hukum", "--week", "1")

    assert result.returncode == 0, result.stderr
    assert "Biro Hukum" in result.stdout
    with Image.open(out) as image:
        assert image.width >= 1080
        assert image.height > image.width, "a tall picture, as a phone holds it"
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
    assert colours is not None
    wfh = (0xF2, 0xC2, 0x7A)
    assert any(
        isinstance(colour, tuple) and all(abs(a - b) < 8 for a, b in zip(colour, wfh, strict=False))
        for _, colour in colours
    ), "the WFH fill"


def test_without_unit_or_week_a_png_per_unit_and_week(tmp_path: Path) -> None:
    out = tmp_path / "jadwal.png"
    plan = demo()

    result = cli.planner("image", plan_file(tmp_path), "-o", out)

    assert result.returncode == 0, result.stderr
    written = sorted(path.name for path in tmp_path.glob("jadwal-*.png"))
    assert len(written) == 5 * len(weeks_of(plan))
    assert "jadwal-biro-hukum-minggu-2.png" in written


def test_a_plan_with_errors_makes_pictures_marked_draf(tmp_path: Path) -> None:
    plan = with_error(demo())
    circular = builtin_catalog().get(plan.circular_id)
    calendar = indonesian_calendar(plan.first, plan.last)
    unit = find_unit(plan, "Biro Pengadaan Barang dan Jasa")
    out = tmp_path / "draf.png"

    (picture,) = write_pictures(plan, circular, calendar, out, unit=unit, week=1)

    with Image.open(picture.path) as image:
        grey = image.convert("L")
    # The DRAF mark: the top band holds the boxed "DRAF — belum sesuai ketentuan" in black.
    band = grey.crop((0, 0, grey.width, grey.height // 20))
    darkest: object = band.getextrema()[0]
    assert isinstance(darkest, int)
    assert darkest < 60


def test_bad_unit_week_or_name_is_refused_with_exit_2(tmp_path: Path) -> None:
    plan = plan_file(tmp_path)
    unknown = cli.planner("image", plan, "-o", tmp_path / "a.png", "--unit", "Biro Rahasia")
    week = cli.planner("image", plan, "-o", tmp_path / "b.png", "--week", "9")
    suffix = cli.planner("image", plan, "-o", tmp_path / "c.jpg")

    assert (unknown.returncode, week.returncode, suffix.returncode) == (2, 2, 2)
    assert "unit yang ada: Biro Pemerintahan" in unknown.stderr
    assert "minggu 9 tidak ada" in week.stderr
    assert ".png" in suffix.stderr
    assert not list(tmp_path.glob("*.png"))


def test_the_cli_does_not_import_qt(tmp_path: Path) -> None:
    probe = (
        "import sys, runpy; sys.argv = ['planner', 'image', sys.argv[1], '-o', sys.argv[2], '--week', '1', "
        "'--unit', 'Biro Hukum']\n"
        "try:\n    runpy.run_module('planner', run_name='__main__')\nexcept SystemExit:\n    pass\n"
        "assert not any(name.startswith('PySide6') for name in sys.modules), 'Qt imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(plan_file(tmp_path)), str(tmp_path / "x.png")],
        capture_output=True,
        text=True,
        cwd=cli.ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "x.png").exists()


def test_a_one_day_plan_gives_one_picture_per_unit(tmp_path: Path) -> None:
    plan = demo(first=dt.date(2024, 4, 16), last=dt.date(2024, 4, 16))
    plan.apply(plan.edits_to([(plan.roster.staff[0].nip, dt.date(2024, 4, 16))], Status.WFH))
    circular = builtin_catalog().get(plan.circular_id)

    pictures = write_pictures(plan, circular, indonesian_calendar(plan.first, plan.last), tmp_path / "satu.png")

    assert len(pictures) == 5
    assert {(p.first, p.last) for p in pictures} == {(dt.date(2024, 4, 16), dt.date(2024, 4, 16))}
