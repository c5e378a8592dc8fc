"""Long work in a worker thread behind a progress dialog that can cancel it, so the window stays responsive.

A ``Job`` runs one callable in a ``QThread``. The callable gets a progress callback, reports
``(done, total)`` through it and returns its result; it must work on its own copies (a plan
from ``Plan.rebuilt()``), never on widgets or on what the window may change meanwhile. The
worker talks to the window only through signals, which Qt delivers in the window's thread::

    job = Job(work, window, label=..., title=..., failure_title=..., bug=...)
    job.finished.connect(show_result)
    job.start()

When the user presses Batal (or ``cancel`` is called) the work stops at its next progress
report. A ``PlannerError`` from the work is shown in a message box with its sentence; any other
exception is a bug, passed to ``sys.excepthook`` and shown as ``bug``.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from planner.domain.errors import PlannerError
from planner.ui.errors import error_text

Progress = Callable[[int, int], None]
"""What the work calls with (done, total); it raises inside the work once the user cancelled."""

Work = Callable[[Progress], object]
"""The work: takes the progress callback, returns the result ``finished`` carries."""


class _Cancelled(Exception):
    """Raised inside the work, from the progress callback, when the user cancelled."""


class _Worker(QObject):
    """Runs the work in the worker thread and reports through signals only."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Work, cancel: threading.Event, bug: str) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel
        self._bug = bug

    @Slot()
    def run(self) -> None:
        """Do the work; whatever happens, hand this object back to the window's thread at the end."""
        try:
            result = self._work(self._report)
        except _Cancelled:
            self.cancelled.emit()
        except PlannerError as error:
            self.failed.emit(error_text(error))
        except Exception as error:  # a bug: the user still gets a message, and the hook gets the traceback
            sys.excepthook(type(error), error, error.__traceback__)
            self.failed.emit(self._bug.format(error=error))
        else:
            self.succeeded.emit(result)
        finally:
            application = QCoreApplication.instance()
            if application is not None:
                self.moveToThread(application.thread())

    def _report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise _Cancelled
        self.progressed.emit(done, total)


class Job(QObject):
    """Work running in a worker thread, with a progress dialog that can cancel it."""

    finished = Signal(object)
    """The work's result."""
    failed = Signal(str)
    """A sentence for the user; it has been shown in a message box already."""
    cancelled = Signal()
    """The work stopped at a progress report, at the user's request."""

    def __init__(self, work: Work, parent: QWidget, *, label: str, title: str, failure_title: str, bug: str) -> None:
        """Prepare ``work``; ``start`` runs it.

        Args:
            work: runs in the worker thread; see ``Work``.
            parent: the window the progress dialog and the message box belong to; it owns the
                job while it runs, and the job deletes itself once its signals are delivered.
            label: the progress dialog's text (what is being done).
            title: the progress dialog's title.
            failure_title: the title of the message box that says why the work failed.
            bug: the message for an unexpected exception, with ``{error}`` where it goes.
        """
        # The parent is not kept in an attribute (``parent_widget`` asks Qt): a reference from the
        # job would keep a parent that Python owns alive until the job's deferred deletion, and
        # the parent would then be deleted from inside the destructor of its own child, a crash.
        super().__init__(parent)
        self._failure_title = failure_title
        self._cancel = threading.Event()
        self._thread = QThread(self)
        self._worker: _Worker | None = _Worker(work, self._cancel, bug)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_worker_progressed)
        self._worker.succeeded.connect(self._on_worker_succeeded)
        self._worker.failed.connect(self._on_worker_failed)
        self._worker.cancelled.connect(self._on_worker_cancelled)
        self.progress = QProgressDialog(label, self.tr("Batal"), 0, 0, parent)
        """Shown only when the work takes longer than a moment."""
        self.progress.setWindowTitle(title)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.setAutoReset(False)
        self.progress.setAutoClose(False)
        self.progress.canceled.connect(self._on_progress_canceled)
        self.running = False
        """True from ``start`` until one of the signals is emitted."""

    def parent_widget(self) -> QWidget | None:
        """The window the job belongs to, None once it has gone."""
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def start(self) -> None:
        """Start the work in its thread."""
        self.running = True
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report (the progress dialog's Batal does this)."""
        self._cancel.set()
        self.progress.setLabelText(self.tr("Membatalkan…"))

    def _on_progress_canceled(self) -> None:
        self.cancel()

    def _on_worker_progressed(self, done: int, total: int) -> None:
        if self.progress.maximum() != total:
            self.progress.setMaximum(total)
        self.progress.setValue(min(done, total))

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self._worker = None
        self.progress.close()
        self.progress.deleteLater()
        self.running = False
        # The window owns the job while it runs; once the signals below are delivered it can go.
        self.deleteLater()

    def _on_worker_succeeded(self, result: object) -> None:
        self._finish()
        self.finished.emit(result)

    def _on_worker_failed(self, message: str) -> None:
        self._finish()
        QMessageBox.warning(self.parent_widget(), self._failure_title, message)
        self.failed.emit(message)

    def _on_worker_cancelled(self) -> None:
        self._finish()
        self.cancelled.emit()
