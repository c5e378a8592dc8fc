"""``run.py``, the start command of the README: it installs only when ``.venv`` lacks the lock file's packages."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.cli import ROOT


@pytest.fixture
def launcher(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """``run.py`` with its environment and lock files in ``tmp_path``."""
    spec = importlib.util.spec_from_file_location("run_launcher", ROOT / "run.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "VENV", tmp_path / ".venv")
    monkeypatch.setattr(module, "RUNTIME", tmp_path / "requirements.txt")
    monkeypatch.setattr(module, "DEVELOPMENT", tmp_path / "requirements-dev.txt")
    module.RUNTIME.write_text("holidays==1\n")
    module.DEVELOPMENT.write_text("holidays==1\npytest==8\n")
    return module


@pytest.fixture
def commands(monkeypatch: pytest.MonkeyPatch, launcher: ModuleType) -> list[list[str]]:
    """Every command ``run.py`` would run; creating the environment makes its Python appear."""
    ran: list[list[str]] = []

    def run(command: list[str], **_: Any) -> subprocess.CompletedProcess[str]:
        ran.append([str(part) for part in command])
        if command[1:3] == ["-m", "venv"]:
            python = launcher.venv_python()
            python.parent.mkdir(parents=True)
            python.write_text("")
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(subprocess, "run", run)
    return ran


def test_the_first_start_installs_and_the_second_only_starts(launcher: ModuleType, commands: list[list[str]]) -> None:
    assert launcher.main([]) == 0
    first = list(commands)
    commands.clear()
    assert launcher.main(["validate", "rencana.jadwal"]) == 0

    assert [command[1:3] for command in first] == [["-m", "venv"], ["-m", "pip"], [str(ROOT / "main.py")]]
    assert "--require-hashes" in first[1]
    assert str(launcher.RUNTIME) in first[1]
    assert commands == [[str(launcher.venv_python()), str(ROOT / "main.py"), "validate", "rencana.jadwal"]]


def test_a_changed_lock_file_is_installed_again(launcher: ModuleType, commands: list[list[str]]) -> None:
    launcher.main([])
    launcher.RUNTIME.write_text("holidays==2\n")
    commands.clear()

    launcher.main([])

    assert [command[1:3] for command in commands] == [["-m", "pip"], [str(ROOT / "main.py")]]


def test_the_tests_install_the_development_lock_which_also_serves_the_start(
    launcher: ModuleType, commands: list[list[str]]
) -> None:
    launcher.main(["--tests", "-q"])
    assert str(launcher.DEVELOPMENT) in commands[1]
    assert commands[-1][1:] == ["-m", "pytest", "-q"]
    commands.clear()

    launcher.main([])

    assert commands == [[str(launcher.venv_python()), str(ROOT / "main.py")]]


def test_a_failed_install_says_what_to_do(
    launcher: ModuleType, monkeypatch: pytest.MonkeyPatch, commands: list[list[str]]
) -> None:
    python = launcher.venv_python()
    python.parent.mkdir(parents=True)
    python.write_text("")
    monkeypatch.setattr(subprocess, "run", lambda command, **_: subprocess.CompletedProcess(command, 1))

    with pytest.raises(SystemExit, match="Periksa sambungan internet"):
        launcher.main([])
    assert not launcher.installed(launcher.RUNTIME)  # the next start tries again
