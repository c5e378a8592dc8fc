"""The command line starts with only what its command needs: PDF, signing and spreadsheet modules load when used."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.cli import ROOT

HEAVY = ("reportlab", "pandas", "openpyxl", "numpy", "cryptography", "planner.io.pades", "planner.domain.autofill")
PROBE = f"""
import sys
from planner.app import main
code = main(sys.argv[1:])
print("LOADED:" + ",".join(name for name in {HEAVY!r} if name in sys.modules), file=sys.stderr)
sys.exit(code)
"""


def loaded(*args: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=ROOT, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    return [name for name in result.stderr.split("LOADED:")[1].strip().split(",") if name]


def test_listing_the_circulars_loads_none_of_the_heavy_modules(planner_home: Path) -> None:
    assert loaded("circulars") == []


def test_a_command_still_loads_what_it_uses(planner_home: Path, tmp_path: Path) -> None:
    plan = tmp_path / "contoh.jadwal"
    assert loaded("demo", str(plan)) == []
    assert "numpy" in loaded("validate", str(plan), "--json")
