"""Starting the planner: a damaged installation says what is missing, and the window's start-up self-check."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planner import app, resources
from planner.resources import DamagedInstallation, check_installation
from tests.cli import ROOT


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of resources/ that the planner takes for its own, to damage."""
    copy = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", copy)
    monkeypatch.setattr(resources, "_candidates", lambda: [copy])
    return copy


def test_a_complete_installation_passes(installed: Path) -> None:
    check_installation()


def test_every_missing_file_is_named_at_once(installed: Path) -> None:
    (installed / "fonts" / "LiberationSans-Bold.ttf").unlink()
    (installed / "i18n" / "jadwal_en.qm").unlink()

    with pytest.raises(DamagedInstallation) as damaged:
        check_installation()

    assert damaged.value.missing == ["resources/fonts/LiberationSans-Bold.ttf", "resources/i18n/jadwal_en.qm"]
    message = str(damaged.value)
    assert message.startswith("Instalasi Jadwal Kerja ASN rusak atau tidak lengkap: tidak ditemukan resources/fonts/")
    assert "tidak terhapus" in message


def test_a_missing_folder_is_named_by_the_function_that_needs_it(installed: Path) -> None:
    shutil.rmtree(installed / "demo")

    with pytest.raises(DamagedInstallation, match="folder resources/demo"):
        resources.demo_folder()


def test_no_resources_at_all(installed: Path) -> None:
    shutil.rmtree(installed)

    with pytest.raises(DamagedInstallation, match="folder resources/circulars"):
        resources.resource_root()


def test_the_built_application_says_how_to_reinstall(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert "Pasang ulang aplikasi" in resources.reinstall_hint()
    monkeypatch.setattr(sys, "frozen", False)
    assert "git checkout -- resources" in resources.reinstall_hint()


def test_a_command_on_a_damaged_installation_exits_2_with_one_message(
    installed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.rmtree(installed / "fonts")

    code = app.main(["circulars"])

    assert code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("Gagal: Instalasi Jadwal Kerja ASN rusak")
    assert "resources/fonts/LiberationSans-Regular.ttf" in captured.err


def test_the_window_self_check_reports_the_painted_plan(tmp_path: Path) -> None:
    report = tmp_path / "laporan.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "JADWAL_KERJA_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [sys.executable, "main.py", "--self-check", str(report)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
        env=env,
    )

    assert result.returncode == 0, result.stderr
    seen = json.loads(report.read_text(encoding="utf-8"))
    assert seen["shown"] is True
    assert seen["painted"] is True
    assert seen["icon"] is True
    assert seen["application"] == "Jadwal Kerja ASN"
    assert seen["frozen"] is False
    assert seen["plan"] == "Jadwal WFH/WFO Sekretariat Daerah, April 2024"
    assert (seen["staff"], seen["errors"]) == (38, 0)


def test_the_window_executable_given_a_command_points_to_jadwal_exe(monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.ui import application

    shown: list[str] = []
    monkeypatch.setattr(application, "show_fatal", shown.append)
    monkeypatch.setattr(sys, "stdout", None)  # as in a windowed executable on Windows

    code = app.main(["validate", "rencana.jadwal"])

    assert code == 2
    assert len(shown) == 1
    assert "jadwal.exe validate RENCANA.jadwal" in shown[0]


def test_the_window_on_a_damaged_installation_shows_one_message_box(
    installed: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from planner.ui import application

    shown: list[str] = []
    monkeypatch.setattr(application, "show_fatal", shown.append)
    (installed / "demo" / "sekretariat-daerah.json").unlink()

    code = app.main([])

    assert code == 2
    assert len(shown) == 1
    assert "resources/demo/sekretariat-daerah.json" in shown[0]
    assert "Traceback" not in capsys.readouterr().err
