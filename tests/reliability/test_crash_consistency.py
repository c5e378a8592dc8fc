"""Saving processes killed at random moments, and several writers at once: nothing lost, every plan opens.

The counts are bounded for CI; ``tools/fuzz.py`` runs the same campaigns at the issue's sizes
(``JADWAL_KILLS`` and ``JADWAL_SAVES`` raise them here too).
"""

from __future__ import annotations

import os
import sys

import pytest

from tests.reliability.crashing import kill_campaign, writers_campaign

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")


def test_killing_a_save_at_random_moments_never_loses_a_commit_nor_the_plan() -> None:
    kills = int(os.environ.get("JADWAL_KILLS", "20"))
    tally = kill_campaign(kills, seed=17, staff=300)
    assert tally.kills == kills, tally.examples
    assert (tally.unopenable, tally.lost, tally.mixed) == (0, 0, 0), tally.examples
    assert tally.kept == kills
    assert tally.inside_save >= kills // 2, "the random delays should land inside writes, not between them"


def test_concurrent_writers_lose_no_acknowledged_save() -> None:
    saves = int(os.environ.get("JADWAL_SAVES", "15"))
    tally = writers_campaign(3, saves, seed=17)
    assert tally.failures == []
    assert tally.acknowledged == 3 * saves
    assert tally.lost == 0
