"""The window killed while being edited: the next start offers back exactly its last autosave.

A few kills in CI (``JADWAL_WINDOW_KILLS`` for more); ``tools/fuzz.py --only windows`` runs 100.
"""

from __future__ import annotations

import os
import sys

import pytest

from tests.reliability.window_kills import window_campaign


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killing_the_window_loses_at_most_the_work_since_the_last_autosave() -> None:
    kills = int(os.environ.get("JADWAL_WINDOW_KILLS", "3"))
    tally = window_campaign(kills, seed=17, min_delay=2.5, max_delay=4.0)
    assert tally.kills == kills, tally.examples
    assert tally.correct == kills, tally.examples
    assert tally.offered >= 1, "the kills should come after the first autosave"
