"""The one place that knows where the planner keeps its files on this computer."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "JadwalKerjaASN"
HOME_VARIABLE = "JADWAL_KERJA_HOME"
"""When set, every folder lives below it: tests and portable installs use this."""


@dataclass(frozen=True, slots=True)
class AppPaths:
    """Folders for user data (circulars, autosaves) and settings."""

    data: Path
    config: Path

    @property
    def user_circulars(self) -> Path:
        """Where circulars the user typed in or copied are kept."""
        return self.data / "surat-edaran"

    @property
    def cache(self) -> Path:
        """Where tables worth keeping between runs are kept (Indonesia's national days off); safe to delete."""
        return self.data / "cache"

    @classmethod
    def default(cls) -> AppPaths:
        """The operating system's folders for this user, or those below ``$JADWAL_KERJA_HOME``."""
        home = os.environ.get(HOME_VARIABLE)
        if home:
            root = Path(home)
            return cls(data=root / "data", config=root / "config")
        import platformdirs  # noqa: PLC0415 - only the real start needs it

        return cls(
            data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        )
