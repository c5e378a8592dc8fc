"""The Qt binding behaves as the planner needs: a guard against PySide6 regressions we have met."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt


class _Blank(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return None


def test_reading_none_back_from_a_python_model_keeps_none_alive() -> None:
    # PySide6 6.12.0 dropped a reference to None on every such read, and the planner died
    # with "Fatal Python error: none_dealloc" after some scrolling (pyproject.toml pins < 6.12).
    model = _Blank()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(1000):
        assert index.data(Qt.ItemDataRole.UserRole) is None
    assert sys.getrefcount(None) >= before - 10
