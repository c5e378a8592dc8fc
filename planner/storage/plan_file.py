"""Plan documents (``*.jadwal``): SQLite inside, versioned, written atomically.

The schema version lives in ``PRAGMA user_version`` and grows by appending to ``MIGRATIONS``;
a file from a newer planner is refused. ``PRAGMA application_id`` tells a plan from any other
SQLite file. Opening reads through a read-only connection; the one exception is a plan whose
last save was cut off, which is first recovered (``planner.storage.recovery``) and then read.

Only one program writes at a time: every save takes SQLite's write lock first (``BEGIN
IMMEDIATE``) and checks the file's revision under that lock, so two programs can never both
pass the check; the one that waited is refused with ``PlanFileProblem.CHANGED_ELSEWHERE``, or
``PlanFileProblem.BUSY`` when the other save holds the lock too long.

Beside the plan, a file keeps its sign-offs (schema 3): each time a schedule is signed, the
revision is recorded as "ditetapkan" (``record_signoff``) with a snapshot of its content, so
``read_signoffs`` and ``planner.domain.fingerprint.differences`` can say what changed since.
Saving the plan never touches them.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import secrets
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from planner.domain.category import Category
from planner.domain.circular import Circular, CircularId
from planner.domain.errors import PlannerError
from planner.domain.fingerprint import ScheduleContent, SignOff, StaffEntry, row_from_letters
from planner.domain.nip import Nip, is_internal_number
from planner.domain.plan import Plan
from planner.domain.roster import Roster, StaffMember, Unit, UnitId, WorkWeek
from planner.domain.status import BY_BYTE, Status
from planner.io.atomic import replacing
from planner.io.circular_file import CircularFileError, circular_to_json, parse_circular
from planner.io.limits import JsonLimitError, RangeLimitError, check_date_range, load_json
from planner.io.plan_json import policy_from_json, policy_to_json, profile_from_json, profile_to_json
from planner.storage.plan_checks import ContentProblem, InvalidNip, check_meta, clean_texts, invalid_nips, text
from planner.storage.recovery import Recovery, readable, remove_leftovers

EXTENSION = ".jadwal"
APPLICATION_ID = 0x4A4B4153  # "JKAS"
SQLITE_HEADER = b"SQLite format 3\x00"
LOCK_TIMEOUT_SECONDS = 2.0
"""How long a save waits for another program to release the file."""

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE plan (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE unit (
        position INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        parent TEXT,
        category TEXT NOT NULL,
        week INTEGER NOT NULL
    );
    CREATE TABLE staff (
        position INTEGER PRIMARY KEY,
        nip TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        unit TEXT NOT NULL,
        job_title TEXT NOT NULL,
        rank TEXT NOT NULL,
        category TEXT,
        no_remote_reason TEXT
    );
    CREATE TABLE calendar_change (day TEXT PRIMARY KEY, day_off INTEGER NOT NULL, name TEXT NOT NULL);
    CREATE TABLE cell (
        nip TEXT NOT NULL,
        day TEXT NOT NULL,
        status TEXT NOT NULL,
        PRIMARY KEY (nip, day)
    ) WITHOUT ROWID;
    """,
    """
    CREATE TABLE locked_cell (nip TEXT NOT NULL, day TEXT NOT NULL, PRIMARY KEY (nip, day)) WITHOUT ROWID;
    """,
    """
    -- IF NOT EXISTS: a file whose version number was lowered by hand still upgrades.
    CREATE TABLE IF NOT EXISTS signoff (
        id INTEGER PRIMARY KEY,
        signed_at TEXT NOT NULL,
        signer TEXT NOT NULL,
        title TEXT NOT NULL,
        certificate TEXT NOT NULL,
        bsre INTEGER NOT NULL,
        document_id TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        content TEXT NOT NULL
    );
    """,
)
"""Schema steps; version N is the file after the first N steps. Only ever append."""
SCHEMA_VERSION = len(MIGRATIONS)
REVISION = "revision"
"""The key, in the plan table, of a random token each save renews: a save first checks that
the file still holds the revision this window read or wrote, so it never writes its
differences into a file that another program replaced meanwhile."""
CIRCULAR_COPY = "circular_copy"
"""The key, in the plan table, of the copy of the plan's circular (its JSON document)."""


class PlanFileProblem(enum.Enum):
    """Why a plan file could not be opened or saved: for callers that act on it, and for wording it."""

    NOT_FOUND = "not_found"
    IS_FOLDER = "is_folder"
    UNREADABLE = "unreadable"
    NOT_A_PLAN = "not_a_plan"
    NEWER_VERSION = "newer_version"
    """Written by a newer planner: update the application to open it."""
    BUSY = "busy"
    """Another program is saving the plan right now: try again in a moment."""
    CHANGED_ELSEWHERE = "changed_elsewhere"
    """Another program saved or replaced the file since it was read here."""
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    NOT_SAVED = "not_saved"
    DAMAGED = "damaged"
    BAD_CONTENT = "bad_content"
    """A value inside the file has the wrong type or lies outside what a plan can hold."""
    OTHER = "other"


class PlanFileError(PlannerError):
    """A plan file that cannot be opened or saved, with what the user can do about it.

    ``code`` and ``values`` (``name``, ``detail``) let a window word the problem in its own
    language; the message stays the Indonesian sentence the command line prints.
    """

    def __init__(self, message: str, code: PlanFileProblem = PlanFileProblem.OTHER, **values: str) -> None:
        """Keep the Indonesian ``message``, the ``code`` a caller can act on and the values it names."""
        super().__init__(message)
        self.code = code
        self.values = values


BUSY_TEXT = "rencana sedang disimpan oleh program lain, coba lagi"


class PlanFile:
    """A plan document on disk, remembering what was saved so the next save writes only the difference."""

    def __init__(self, path: Path) -> None:
        """Point at ``path``; use ``open`` or ``create`` to get one."""
        self.path = path
        self._saved_rows: dict[Nip, bytes] = {}
        self._saved_days: tuple[dt.date, ...] = ()
        self._saved_shape: tuple[Any, ...] = ()
        self._saved_locks: list[tuple[Nip, dt.date]] = []
        self._saved_circular = ""
        self._revision: str | None = None
        self.circular_copy: Circular | None = None
        """The circular the plan was last saved with, kept in the file so the plan opens on a
        computer that lacks it (a circular typed in elsewhere, or one deleted since)."""
        self.recovery: Recovery | None = None
        """Set when opening found the last save cut off and put the plan back as it was before it."""
        self.leftovers_removed = 0
        """How many of the planner's temporary files, left beside the plan by a killed save, opening deleted."""
        self.invalid_nips: tuple[InvalidNip, ...] = ()
        """Staff whose NIP fails the check: the plan opens and they are flagged, see ``plan_checks``."""

    # ---- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path) -> tuple[PlanFile, Plan]:
        """Read a plan without changing anything on disk.

        Raises:
            PlanFileError: missing, unreadable, not a plan, damaged, or from a newer planner.
        """
        _check_header(path)
        document = cls(path)
        document.leftovers_removed = remove_leftovers(path)
        try:
            with readable(path) as (source, recovery), _read_only(source) as db:
                version = _check_plan_database(db, path)
                plan = _read_plan(db, version, path.name)
                copy = db.execute("SELECT value FROM plan WHERE key = ?", (CIRCULAR_COPY,)).fetchone()
                document._revision = _read_revision(db)
        except sqlite3.DatabaseError as error:
            if _code_of(error) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                raise PlanFileError(f"{path.name}: {BUSY_TEXT}", PlanFileProblem.BUSY, name=path.name) from error
            raise PlanFileError(
                f"{path.name}: berkas rusak dan tidak dapat dibaca ({error})",
                PlanFileProblem.DAMAGED,
                name=path.name,
                detail=str(error),
            ) from error
        except (ContentProblem, JsonLimitError) as error:
            raise PlanFileError(f"{path.name}: {error}", PlanFileProblem.BAD_CONTENT) from error
        except (KeyError, ValueError, TypeError, AttributeError, OverflowError, IndexError) as error:
            raise PlanFileError(f"{path.name}: isi berkas rusak ({error})", PlanFileProblem.BAD_CONTENT) from error
        except OSError as error:
            raise PlanFileError(
                f"{path.name}: tidak dapat dibaca ({error.strerror or error})", PlanFileProblem.OTHER
            ) from error
        document.recovery = recovery
        document.invalid_nips = invalid_nips(plan.roster.staff)
        document._remember(plan, document._shape(plan))
        if copy is not None:
            document._saved_circular = copy[0]
            try:
                document.circular_copy = parse_circular(
                    load_json(copy[0], f"{path.name} (salinan surat edaran)"), f"{path.name} (salinan surat edaran)"
                )
            except (JsonLimitError, CircularFileError, ValueError, TypeError, AttributeError):
                document.circular_copy = None  # a damaged copy only matters when the catalogue lacks the circular
        return document, plan

    # ---- saving --------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, plan: Plan, circular: Circular | None = None) -> PlanFile:
        """Write ``plan`` as a new file (or replace one) atomically: a temporary file, then a rename.

        ``circular``, the plan's circular, is kept in the file too (see ``circular_copy``).

        Raises:
            PlanFileError: the folder is missing, read-only or full.
        """
        if circular is not None and circular.id != plan.circular_id:
            raise ValueError(f"circular {circular.id} saved with a plan under {plan.circular_id}")
        document = cls(path)
        document._revision = _write_new_file(path, plan, _circular_text(circular))
        document._remember(plan, document._shape(plan))
        document._saved_circular = _circular_text(circular)
        return document

    def save(self, plan: Plan, circular: Circular | None = None) -> None:
        """Save ``plan`` to this file in one transaction, writing only what changed.

        ``circular`` replaces the copy of the plan's circular kept in the file; None keeps it.

        Raises:
            PlanFileError: the file is locked, read-only, or the disk is full; the file keeps
                its previous content then.
        """
        if circular is not None and circular.id != plan.circular_id:
            raise ValueError(f"circular {circular.id} saved with a plan under {plan.circular_id}")
        shape = self._shape(plan)
        circular_text = _circular_text(circular) if circular is not None else self._saved_circular
        if not self.path.exists():
            self._revision = _write_new_file(self.path, plan, circular_text)
            self._remember(plan, shape)
            self._saved_circular = circular_text
            return
        if shape != self._saved_shape or plan.days != self._saved_days:
            with _transaction(self.path) as db:
                self._check_revision(db)
                _upgrade(db)
                db.execute("DELETE FROM plan WHERE key != ?", (CIRCULAR_COPY,))
                for table in ("unit", "staff", "calendar_change", "cell", "locked_cell"):
                    db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
                _write_everything(db, plan)
                _write_circular_copy(db, circular_text, self._saved_circular)
                revision = _write_revision(db)
            self._revision = revision
            self._remember(plan, shape)
            self._saved_circular = circular_text
            return
        locks = plan.locked_cells()
        with _transaction(self.path) as db:
            self._check_revision(db)
            _upgrade(db)
            changed = _write_changed_cells(db, plan, self._saved_rows)
            if locks != self._saved_locks:
                db.execute("DELETE FROM locked_cell")
                _write_locks(db, locks)
            _write_circular_copy(db, circular_text, self._saved_circular)
            revision = _write_revision(db)
        self._revision = revision
        for row in changed:
            self._saved_rows[plan.roster.staff[row].nip] = plan.row_bytes(row)
        self._saved_locks = locks
        self._saved_circular = circular_text

    def _check_revision(self, db: sqlite3.Connection) -> None:
        found = _read_revision(db)
        if found is not None and found != self._revision:
            raise PlanFileError(
                f"{self.path.name}: berkas ini telah diganti atau diubah program lain sejak dibuka di sini; "
                "agar tidak ada yang tertimpa, simpan rencana ini ke berkas lain (Simpan Sebagai)",
                PlanFileProblem.CHANGED_ELSEWHERE,
            )

    def _remember(self, plan: Plan, shape: tuple[Any, ...]) -> None:
        self._saved_rows = {member.nip: plan.row_bytes(i) for i, member in enumerate(plan.roster.staff)}
        self._saved_days = plan.days
        self._saved_shape = shape
        self._saved_locks = plan.locked_cells()

    @staticmethod
    def _shape(plan: Plan) -> tuple[Any, ...]:
        """Everything but the cells, to tell whether a save may write cells alone."""
        return (
            _meta(plan),
            tuple(plan.roster.units.values()),
            plan.roster.staff,
            tuple(sorted(plan.days_added.items())),
            tuple(sorted(plan.days_removed)),
        )


# ---- reading -----------------------------------------------------------------------------


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as stream:
            header = stream.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        raise PlanFileError(f"{path}: berkas tidak ditemukan", PlanFileProblem.NOT_FOUND, name=str(path)) from None
    except IsADirectoryError:
        raise PlanFileError(
            f"{path}: ini folder, bukan berkas rencana", PlanFileProblem.IS_FOLDER, name=str(path)
        ) from None
    except OSError as error:
        raise PlanFileError(
            f"{path.name}: tidak dapat dibaca ({error.strerror})",
            PlanFileProblem.UNREADABLE,
            name=path.name,
            detail=str(error.strerror),
        ) from error
    if header != SQLITE_HEADER:
        raise PlanFileError(
            f"{path.name}: bukan berkas rencana Jadwal Kerja ASN (.jadwal)", PlanFileProblem.NOT_A_PLAN, name=path.name
        )


def _read_plan(db: sqlite3.Connection, version: int, where: str) -> Plan:
    """The plan in ``db``, every value checked for its type and range before it is used.

    Raises:
        ContentProblem: a value of the wrong type or out of range, named.
        JsonLimitError: a value that is not JSON, or too large or deep.
        ValueError: a duplicate or dangling identifier, or a cell outside the plan.
    """
    meta = {
        key: load_json(value, f"plan.{key}") if isinstance(value, str) else value
        for key, value in db.execute("SELECT key, value FROM plan WHERE key != ?", (CIRCULAR_COPY,))
    }
    check_meta(meta)
    first, last = _iso_date(meta["first"], "first"), _iso_date(meta["last"], "last")
    try:
        check_date_range(first, last, "rentang rencana (first–last)")
    except RangeLimitError as error:
        raise ContentProblem(str(error)) from None
    units = []
    for row, (unit_id, name, parent, category, week) in enumerate(
        db.execute("SELECT id, name, parent, category, week FROM unit ORDER BY position"), start=1
    ):
        field = f"unit baris {row}"
        units.append(
            Unit(
                id=UnitId(text(unit_id, f"{field}: id")),
                name=text(name, f"{field}: nama"),
                parent=UnitId(text(parent, f"{field}: induk")) if parent else None,
                category=_category(category, f"{field}: kategori"),
                week=_week(week, f"{field}: minggu kerja"),
            )
        )
    exemptions = meta.get("cap_exemptions", {})
    staff = []
    for row, (nip, name, unit, job_title, rank, category, reason) in enumerate(
        db.execute("SELECT nip, name, unit, job_title, rank, category, no_remote_reason FROM staff ORDER BY position"),
        start=1,
    ):
        field = f"pegawai baris {row}"
        if not isinstance(nip, str) or not nip.strip():
            raise ContentProblem(f"{field}: NIP harus berupa teks yang terisi, bukan {nip!r}"[:200])
        staff.append(
            StaffMember(
                nip=Nip(nip),
                name=text(name, f"{field}: nama"),
                unit=UnitId(text(unit, f"{field}: unit")),
                position=text(job_title, f"{field}: jabatan"),
                rank=text(rank, f"{field}: pangkat"),
                category=_category(category, f"{field}: kategori") if category else None,
                no_remote_reason=text(reason, f"{field}: alasan") if reason is not None else None,
                non_asn=is_internal_number(nip),  # the internal number's form is the stored flag
                cap_exemption=exemptions.get(nip),
            )
        )
    days_added: dict[dt.date, str] = {}
    days_removed: list[dt.date] = []
    for day, day_off, name in db.execute("SELECT day, day_off, name FROM calendar_change"):
        date = _iso_date(day, "calendar_change")
        if day_off:
            days_added[date] = text(name, f"calendar_change {day}: nama", optional=True)
        else:
            days_removed.append(date)
    locked = (
        [(Nip(str(nip)), _iso_date(day, "locked_cell")) for nip, day in db.execute("SELECT nip, day FROM locked_cell")]
        if version >= 2
        else []
    )
    plan = Plan(
        name=text(meta["name"], "name"),
        circular_id=CircularId(text(meta["circular"], "circular")),
        first=first,
        last=last,
        roster=Roster(units, staff),
        profile=profile_from_json(clean_texts(meta.get("profile", {}))),
        policy=policy_from_json(meta.get("policy", {}), old_quota_level=meta.get("quota_level")),
        quota_level=meta.get("quota_level"),
        days_added=days_added,
        days_removed=days_removed,
        locked=locked,
    )
    rows = plan.rows()
    row_of = {member.nip: index for index, member in enumerate(plan.roster.staff)}
    column_of = {day.isoformat(): index for index, day in enumerate(plan.days)}
    byte_of = {status.code: status.byte for status in Status}
    if not _read_cells_by_person(db, rows, row_of, column_of, byte_of):
        _read_cells_one_by_one(db, rows, row_of, column_of, byte_of)
    return plan


def _read_cells_by_person(
    db: sqlite3.Connection,
    rows: Sequence[bytearray],
    row_of: dict[Nip, int],
    column_of: dict[str, int],
    byte_of: dict[str, int],
) -> bool:
    """Read the cells a person at a time (SQLite joins each person's days and statuses); False on anything odd.

    A row per cell costs Python a tuple and three strings each: a year of 5,000 staff is 1.2
    million. Each person's days come as one text instead, and people whose cells fall on the
    same days (most of an agency) share the columns worked out once. Anything unexpected (a
    comma inside a value, an unknown NIP, day or status) returns False, and the caller reads
    cell by cell, which names the first bad one. (A value stored as a blob whose bytes spell a
    valid day or status reads as that text here; checking each value's type would cost more
    than the rest of the query. The same day stored both ways is caught: a person's day twice.)
    """
    columns_of: dict[str, list[int]] = {}
    try:
        for nip, count, days, codes in db.execute(
            "SELECT nip, count(*), group_concat(day, ','), group_concat(status, ',') FROM cell GROUP BY nip"
        ):
            statuses = codes.split(",")
            columns = columns_of.get(days)
            if columns is None:
                columns = columns_of[days] = [column_of[day] for day in days.split(",")]
                if len(set(columns)) != len(columns):  # one day twice: stored once as text, once as a blob
                    return False
            if len(columns) != count or len(statuses) != count:
                return False
            row = rows[row_of[nip]]
            for column, code in zip(columns, statuses, strict=True):
                row[column] = byte_of[code]
    except (KeyError, AttributeError, TypeError, sqlite3.OperationalError):  # the last: bytes that are not UTF-8
        return False
    return True


def _read_cells_one_by_one(
    db: sqlite3.Connection,
    rows: Sequence[bytearray],
    row_of: dict[Nip, int],
    column_of: dict[str, int],
    byte_of: dict[str, int],
) -> None:
    """Read the cells a row at a time, checking each.

    Raises:
        ContentProblem: a cell of someone not on the staff list, outside the plan's days, or of an unknown status.
    """
    for nip, day, code in db.execute("SELECT nip, day, status FROM cell"):
        if nip not in row_of:
            raise ContentProblem(f"cell: NIP {str(nip)[:40]!r} tidak ada di daftar pegawai")
        if day not in column_of:
            raise ContentProblem(f"cell: tanggal {str(day)[:40]!r} di luar rentang rencana")
        if code not in byte_of:
            raise ContentProblem(f"cell: status {str(code)[:40]!r} tidak dikenal")
        rows[row_of[nip]][column_of[day]] = byte_of[code]


def _iso_date(value: object, field: str) -> dt.date:
    if not isinstance(value, str):
        raise ContentProblem(f"{field}: tanggal harus berupa teks TTTT-BB-HH, bukan {value!r}"[:200])
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ContentProblem(f"{field}: {value[:40]!r} bukan tanggal TTTT-BB-HH") from None


def _category(value: object, field: str) -> Category:
    try:
        return Category(value)
    except ValueError:
        known = ", ".join(category.key for category in Category)
        raise ContentProblem(f"{field}: {str(value)[:40]!r} tidak dikenal (yang dikenal: {known})") from None


def _week(value: object, field: str) -> WorkWeek:
    try:
        return WorkWeek(value)
    except ValueError:
        raise ContentProblem(f"{field}: {str(value)[:40]!r} harus 5 atau 6 (hari kerja sepekan)") from None


# ---- writing -----------------------------------------------------------------------------


@contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection inside one read transaction: every query sees the same save.

    Without it each query is a transaction of its own, and a save committed between two of
    them would give cells from one save and the revision of the next; a later save built on
    that would overwrite the other program's save unseen.
    """
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)) as db:
        db.execute("BEGIN")
        yield db
        db.rollback()


def _code_of(error: sqlite3.Error) -> int:
    """SQLite's primary result code (``SQLITE_BUSY``, ``SQLITE_FULL``…), without the extended bits."""
    return int(getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF


@contextmanager
def _writing(target: Path, shown: Path) -> Iterator[sqlite3.Connection]:
    """A connection for writing, in autocommit mode: transactions are begun explicitly (``_begin``).

    SQLite's errors become messages the user can act on, told apart by SQLite's result code.
    """
    try:
        with closing(sqlite3.connect(target, timeout=LOCK_TIMEOUT_SECONDS, isolation_level=None)) as db:
            yield db
    except sqlite3.OperationalError as error:
        detail = str(error)
        code = _code_of(error)
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise PlanFileError(f"{shown.name}: {BUSY_TEXT}", PlanFileProblem.BUSY, name=shown.name) from error
        if code == sqlite3.SQLITE_READONLY:
            raise PlanFileError(
                f"{shown.name}: berkas atau foldernya hanya-baca; simpan ke tempat lain (Simpan Sebagai)",
                PlanFileProblem.READ_ONLY,
                name=shown.name,
            ) from error
        if code == sqlite3.SQLITE_FULL:
            raise PlanFileError(
                f"{shown.name}: disk penuh; kosongkan ruang lalu simpan lagi",
                PlanFileProblem.DISK_FULL,
                name=shown.name,
            ) from error
        raise PlanFileError(
            f"{shown.name}: gagal menyimpan ({detail})", PlanFileProblem.NOT_SAVED, name=shown.name, detail=detail
        ) from error


@contextmanager
def _begun(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction, holding SQLite's write lock from its first statement (``BEGIN IMMEDIATE``).

    Whatever the block reads is then what it writes over: no other program can commit in between.
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.rollback()
        raise
    db.commit()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


@contextmanager
def _transaction(path: Path) -> Iterator[sqlite3.Connection]:
    """A write transaction on the plan file at ``path``, refused if the file was replaced meanwhile.

    Holding the write lock, it checks that ``path`` is still the file the connection opened: a
    program that replaced the file by renaming a new one over it (``PlanFile.create``) would
    otherwise leave this save writing into the old file, which no longer has a name.
    """
    before = _identity(path)
    with _writing(path, path) as db, _begun(db):
        if before is None or _identity(path) != before:
            raise PlanFileError(
                f"{path.name}: berkas ini diganti program lain saat akan disimpan; coba simpan lagi",
                PlanFileProblem.CHANGED_ELSEWHERE,
            )
        yield db


@contextmanager
def _holding(path: Path) -> Iterator[None]:
    """Hold the write lock of the plan file at ``path``, when there is one, while the block replaces it.

    Saves into the old file then finish before it is replaced, or wait and find it replaced
    (``_transaction``). Not on Windows: there, a file SQLite holds open cannot be renamed over,
    so the rename itself waits for other writers (the atomic writer retries).
    """
    if sys.platform == "win32" or not _is_sqlite(path):
        yield
        return
    with _writing(path, path) as db, _begun(db):
        yield


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _upgrade(db: sqlite3.Connection) -> None:
    """Bring a file written by an older planner up to this schema before writing to it."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for step in MIGRATIONS[version:]:
        _run_script(db, step)
    if version < SCHEMA_VERSION:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _run_script(db: sqlite3.Connection, script: str) -> None:
    """Run ``script`` statement by statement inside the current transaction.

    Not ``executescript``, which commits a pending transaction first, so a schema upgrade
    would not be part of the save that needs it.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""


def _meta(plan: Plan) -> dict[str, str]:
    values: dict[str, Any] = {
        "name": plan.name,
        "circular": plan.circular_id,
        "first": plan.first.isoformat(),
        "last": plan.last.isoformat(),
        "quota_level": plan.quota_level,
        "profile": profile_to_json(plan.profile),
        "policy": policy_to_json(plan.policy),
        "cap_exemptions": {m.nip: m.cap_exemption for m in plan.roster.staff if m.cap_exemption is not None},
    }
    return {key: json.dumps(value, ensure_ascii=False, sort_keys=True) for key, value in values.items()}


def _circular_text(circular: Circular | None) -> str:
    return json.dumps(circular_to_json(circular), ensure_ascii=False, sort_keys=True) if circular else ""


def _write_circular_copy(db: sqlite3.Connection, text: str, saved: str) -> None:
    """Keep the circular's copy in the plan table, unless there is none or it is already there."""
    if text and text != saved:
        db.execute("INSERT OR REPLACE INTO plan (key, value) VALUES (?, ?)", (CIRCULAR_COPY, text))


def _read_revision(db: sqlite3.Connection) -> str | None:
    row = db.execute("SELECT value FROM plan WHERE key = ?", (REVISION,)).fetchone()
    return str(row[0]) if row is not None else None


def _write_revision(db: sqlite3.Connection) -> str:
    revision = json.dumps(secrets.token_hex(8))  # JSON like every value of the plan table
    db.execute("INSERT OR REPLACE INTO plan (key, value) VALUES (?, ?)", (REVISION, revision))
    return revision


def _write_new_file(path: Path, plan: Plan, circular_text: str = "") -> str:
    """Write a complete plan file beside ``path``, then rename it into place."""
    with (
        _holding(path),
        replacing(path, failure=PlanFileError, explain=_os_problem) as temporary,
        _writing(temporary, path) as db,
    ):
        # A file nobody else sees until it is renamed into place, and deleted if writing fails:
        # no rollback journal, no waiting for the disk at each step (``replacing`` flushes it
        # to the disk once, before the rename).
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA temp_store = MEMORY")
        db.execute("PRAGMA cache_size = -65536")  # KiB: a large plan's B-trees stay in memory while they grow
        with _begun(db):
            return _write_new_content(db, plan, circular_text)


def _write_new_content(db: sqlite3.Connection, plan: Plan, circular_text: str) -> str:
    """The schema and the whole plan, in the new file's one transaction; the revision written."""
    for step in MIGRATIONS:
        _run_script(db, step)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    _write_everything(db, plan)
    _write_circular_copy(db, circular_text, "")
    return _write_revision(db)  # after the blocks end: committed, then renamed into place


def _write_everything(db: sqlite3.Connection, plan: Plan) -> None:
    db.executemany("INSERT INTO plan (key, value) VALUES (?, ?)", _meta(plan).items())
    db.executemany(
        "INSERT INTO unit (position, id, name, parent, category, week) VALUES (?, ?, ?, ?, ?, ?)",
        (
            (index, unit.id, unit.name, unit.parent, unit.category.key, unit.week.value)
            for index, unit in enumerate(plan.roster.units.values())
        ),
    )
    db.executemany(
        "INSERT INTO staff (position, nip, name, unit, job_title, rank, category, no_remote_reason)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                index,
                member.nip,
                member.name,
                member.unit,
                member.position,
                member.rank,
                member.category.key if member.category else None,
                member.no_remote_reason,
            )
            for index, member in enumerate(plan.roster.staff)
        ),
    )
    db.executemany(
        "INSERT INTO calendar_change (day, day_off, name) VALUES (?, ?, ?)",
        [(day.isoformat(), 1, name) for day, name in plan.days_added.items()]
        + [(day.isoformat(), 0, "") for day in plan.days_removed],
    )
    _write_cells(db, plan)
    _write_locks(db, plan.locked_cells())


def _write_cells(db: sqlite3.Connection, plan: Plan) -> None:
    """Every non-blank cell, a row each, with SQLite spreading each person's row over the days.

    Python hands over one row per person (its status bytes in hex) and SQLite joins it with
    two small tables, the plan's days and the statuses, so the million rows of a large plan
    are made in C rather than as a Python tuple each. People go in NIP order and days in date
    order: SQLite then appends to the table's B-tree rather than inserting at random.
    """
    db.execute("CREATE TEMP TABLE new_day (at INTEGER PRIMARY KEY, iso TEXT NOT NULL)")
    db.execute("CREATE TEMP TABLE new_status (hex TEXT PRIMARY KEY, code TEXT NOT NULL) WITHOUT ROWID")
    db.execute("CREATE TEMP TABLE new_row (position INTEGER PRIMARY KEY, nip TEXT NOT NULL, hex TEXT NOT NULL)")
    try:
        db.executemany(
            "INSERT INTO new_day VALUES (?, ?)", ((2 * i + 1, day.isoformat()) for i, day in enumerate(plan.days))
        )
        db.executemany(
            "INSERT INTO new_status VALUES (?, ?)", ((bytes([status.byte]).hex(), status.code) for status in Status)
        )
        by_nip = sorted(zip(plan.roster.staff, plan.rows(), strict=True), key=lambda pair: pair[0].nip)
        db.executemany(
            "INSERT INTO new_row (nip, hex) VALUES (?, ?)", ((member.nip, row.hex()) for member, row in by_nip)
        )
        db.execute(
            "INSERT INTO cell (nip, day, status) SELECT new_row.nip, new_day.iso, new_status.code"
            " FROM new_row, new_day JOIN new_status ON new_status.hex = substr(new_row.hex, new_day.at, 2)"
            " ORDER BY new_row.position, new_day.at"
        )
    finally:
        for table in ("new_day", "new_status", "new_row"):
            db.execute(f"DROP TABLE temp.{table}")


def _write_locks(db: sqlite3.Connection, locks: list[tuple[Nip, dt.date]]) -> None:
    db.executemany("INSERT INTO locked_cell (nip, day) VALUES (?, ?)", ((nip, day.isoformat()) for nip, day in locks))


def _write_changed_cells(db: sqlite3.Connection, plan: Plan, saved: dict[Nip, bytes]) -> list[int]:
    """Write the cells that differ from ``saved``; return the rows that had any."""
    upserts: list[tuple[str, str, str]] = []
    deletes: list[tuple[str, str]] = []
    changed: list[int] = []
    for index, (member, row) in enumerate(zip(plan.roster.staff, plan.rows(), strict=True)):
        before = saved[member.nip]
        if row == before:
            continue
        changed.append(index)
        for column, (old, new) in enumerate(zip(before, row, strict=True)):
            if old == new:
                continue
            day = plan.days[column].isoformat()
            if new:
                upserts.append((member.nip, day, _code(new)))
            else:
                deletes.append((member.nip, day))
    db.executemany("INSERT OR REPLACE INTO cell (nip, day, status) VALUES (?, ?, ?)", upserts)
    db.executemany("DELETE FROM cell WHERE nip = ? AND day = ?", deletes)
    return changed


def _code(byte: int) -> str:
    status = BY_BYTE[byte]
    assert status is not None
    return status.code


def _os_problem(path: Path, error: OSError) -> str:
    if isinstance(error, PermissionError):
        return f"{path.name}: tidak ada izin menulis di {path.parent}; simpan ke tempat lain"
    if error.errno == 28:  # ENOSPC
        return f"{path.name}: disk penuh; kosongkan ruang lalu simpan lagi"
    if isinstance(error, FileNotFoundError):
        return f"{path.name}: folder {path.parent} tidak ada"
    return f"{path.name}: gagal menyimpan ({error.strerror or error})"


# ---- sign-offs: revisions recorded as "ditetapkan" --------------------------------------------


def record_signoff(path: Path, signoff: SignOff) -> None:
    """Add a sign-off to the plan file at ``path``, upgrading a file of an older schema first.

    Raises:
        PlanFileError: not a plan file, from a newer planner, locked, read-only, or the disk is full.
    """
    _check_header(path)
    with _writing(path, path) as db:
        _check_plan_database(db, path)
        with _begun(db):
            _upgrade(db)
            db.execute(
                "INSERT INTO signoff (signed_at, signer, title, certificate, bsre, document_id, fingerprint, content)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    signoff.signed_at.isoformat(),
                    signoff.signer,
                    signoff.title,
                    signoff.certificate,
                    int(signoff.bsre),
                    signoff.document_id,
                    signoff.fingerprint,
                    json.dumps(_content_to_json(signoff.content), ensure_ascii=False, separators=(",", ":")),
                ),
            )


def read_signoffs(path: Path) -> list[SignOff]:
    """Every sign-off recorded in the plan file, oldest first; none for a file older than schema 3.

    Raises:
        PlanFileError: missing, unreadable, not a plan, damaged, or from a newer planner.
    """
    _check_header(path)
    try:
        with readable(path) as (source, _), _read_only(source) as db:
            version = _check_plan_database(db, path)
            if version < 3:
                return []
            rows = db.execute(
                "SELECT signed_at, signer, title, certificate, bsre, document_id, fingerprint, content"
                " FROM signoff ORDER BY id"
            ).fetchall()
    except sqlite3.DatabaseError as error:
        raise PlanFileError(f"{path.name}: berkas rusak dan tidak dapat dibaca ({error})") from error
    except OSError as error:
        raise PlanFileError(f"{path.name}: tidak dapat dibaca ({error.strerror or error})") from error
    try:
        return [
            SignOff(
                signed_at=dt.datetime.fromisoformat(signed_at),
                signer=signer,
                title=title,
                certificate=certificate,
                bsre=bool(bsre),
                document_id=document_id,
                fingerprint=fingerprint,
                content=_content_from_json(json.loads(content)),
            )
            for signed_at, signer, title, certificate, bsre, document_id, fingerprint, content in rows
        ]
    except (KeyError, ValueError, TypeError, IndexError) as error:
        raise PlanFileError(f"{path.name}: catatan penetapan rusak ({error})") from error


def last_signoff(path: Path) -> SignOff | None:
    """The latest sign-off recorded in the plan file, or None.

    Raises:
        PlanFileError: as ``read_signoffs``.
    """
    signoffs = read_signoffs(path)
    return signoffs[-1] if signoffs else None


def copy_signoffs(source: Path, target: Path) -> int:
    """Record ``source``'s sign-offs in ``target`` too (after Save As, which writes a new file); returns how many.

    Raises:
        PlanFileError: as ``read_signoffs`` and ``record_signoff``.
    """
    signoffs = read_signoffs(source)
    for signoff in signoffs:
        record_signoff(target, signoff)
    return len(signoffs)


def _check_plan_database(db: sqlite3.Connection, path: Path) -> int:
    """The schema version, after checking that ``db`` is a plan this planner can read."""
    if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        raise PlanFileError(
            f"{path.name}: bukan berkas rencana Jadwal Kerja ASN", PlanFileProblem.NOT_A_PLAN, name=path.name
        )
    version: int = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise PlanFileError(
            f"{path.name}: dibuat dengan versi Jadwal Kerja ASN yang lebih baru (format {version}, "
            f"versi ini mengenal sampai format {SCHEMA_VERSION}). Perbarui aplikasi untuk membukanya.",
            PlanFileProblem.NEWER_VERSION,
            name=path.name,
            detail=str(version),
            known=str(SCHEMA_VERSION),
        )
    if version < 1:
        raise PlanFileError(
            f"{path.name}: berkas rencana kosong atau belum selesai ditulis", PlanFileProblem.DAMAGED, name=path.name
        )
    return version


def _content_to_json(content: ScheduleContent) -> dict[str, Any]:
    return {
        "circular": content.circular_id,
        "first": content.days[0].isoformat(),
        "last": content.days[-1].isoformat(),
        "days_off": [[day.isoformat(), name] for day, name in content.days_off],
        "days_on": [day.isoformat() for day in content.days_on],
        "staff": [
            [entry.nip, entry.name, entry.unit, entry.category, entry.position, entry.rank, row]
            for entry, row in zip(content.staff, content.rows, strict=True)
        ],
    }


def _content_from_json(data: dict[str, Any]) -> ScheduleContent:
    first, last = dt.date.fromisoformat(data["first"]), dt.date.fromisoformat(data["last"])
    days = tuple(first + dt.timedelta(days=offset) for offset in range((last - first).days + 1))
    staff = [
        (StaffEntry(Nip(nip), name, unit, category, position, rank), row_from_letters(row))
        for nip, name, unit, category, position, rank, row in data["staff"]
    ]
    if any(len(row) != len(days) for _, row in staff):
        raise ValueError("panjang baris cuplikan tidak sama dengan rentang tanggal")
    return ScheduleContent(
        circular_id=data["circular"],
        days=days,
        days_off=tuple((dt.date.fromisoformat(day), name) for day, name in data["days_off"]),
        days_on=tuple(dt.date.fromisoformat(day) for day in data["days_on"]),
        staff=tuple(entry for entry, _ in staff),
        rows=tuple(row for _, row in staff),
    )
