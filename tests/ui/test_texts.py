"""Every Indonesian name the domain shows reaches the translation files."""

from __future__ import annotations

from planner.domain.calendar import DAY_ABBREVIATIONS, DAY_NAMES
from planner.domain.category import Category
from planner.domain.status import Status
from planner.ui.texts import DOMAIN_TEXTS


def test_every_domain_name_is_listed_for_translation() -> None:
    names = {s.label for s in Status} | {c.label for c in Category} | set(DAY_ABBREVIATIONS) | set(DAY_NAMES)
    assert names <= set(DOMAIN_TEXTS)
