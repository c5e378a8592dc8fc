"""Plan documents (``*.jadwal``): SQLite inside, versioned, written atomically.

The schema version lives in ``PRAGMA user_version`` and grows by appending to ``MIGRATIONS``;
a file from a newer planner is refused. ``PRAGMA application_id`` tells a plan from any other
SQLite file. Opening never writes: files are opened read-only.

Beside the plan, a file keeps its sign-offs (schema 3): each time a schedule is signed, the
revision is recorded as "ditetapkan" (``record_signoff``) with a snapshot of its content, so
``read_signoffs`` and ``planner.domain.fingerprint.differences`` can say what changed since.
Saving the plan never touches them.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import sqlite3
from collections.abc import Iterator
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
from planner.io.plan_json import policy_from_json, policy_to_json, profile_from_json, profile_to_json

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


class PlanFileError(PlannerError):
    """A plan file that cannot be opened or saved, with what the user can do about it."""


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

    # ---- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path) -> tuple[PlanFile, Plan]:
        """Read a plan without changing anything on disk.

        Raises:
            PlanFileError: missing, unreadable, not a plan, damaged, or from a newer planner.
        """
        _check_header(path)
        document = cls(path)
        try:
            with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
                application_id = db.execute("PRAGMA application_id").fetchone()[0]
                if application_id != APPLICATION_ID:
                    raise PlanFileError(f"{path.name}: bukan berkas rencana Jadwal Kerja ASN")
                version = db.execute("PRAGMA user_version").fetchone()[0]
                if version > SCHEMA_VERSION:
                    raise PlanFileError(
                        f"{path.name}: dibuat dengan versi Jadwal Kerja ASN yang lebih baru (format {version}, "
                        f"versi ini mengenal sampai format {SCHEMA_VERSION}). Perbarui aplikasi untuk membukanya."
                    )
                if version < 1:
                    raise PlanFileError(f"{path.name}: berkas rencana kosong atau belum selesai ditulis")
                plan = _read_plan(db, version)
                copy = db.execute("SELECT value FROM plan WHERE key = ?", (CIRCULAR_COPY,)).fetchone()
                document._revision = _read_revision(db)
        except sqlite3.DatabaseError as error:
            raise PlanFileError(f"{path.name}: berkas rusak dan tidak dapat dibaca ({error})") from error
        except (KeyError, ValueError, TypeError) as error:
            raise PlanFileError(f"{path.name}: isi berkas rusak ({error})") from error
        document._remember(plan, document._shape(plan))
        if copy is not None:
            document._saved_circular = copy[0]
            try:
                document.circular_copy = parse_circular(json.loads(copy[0]), f"{path.name} (salinan surat edaran)")
            except (ValueError, CircularFileError):
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
            with _writing(self.path, self.path) as db, db:
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
        with _writing(self.path, self.path) as db, db:
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
                "agar tidak ada yang tertimpa, simpan rencana ini ke berkas lain (Simpan Sebagai)"
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
        raise PlanFileError(f"{path}: berkas tidak ditemukan") from None
    except IsADirectoryError:
        raise PlanFileError(f"{path}: ini folder, bukan berkas rencana") from None
    except OSError as error:
        raise PlanFileError(f"{path.name}: tidak dapat dibaca ({error.strerror})") from error
    if header != SQLITE_HEADER:
        raise PlanFileError(f"{path.name}: bukan berkas rencana Jadwal Kerja ASN (.jadwal)")


def _read_plan(db: sqlite3.Connection, version: int) -> Plan:
    meta = {key: json.loads(value) for key, value in db.execute("SELECT key, value FROM plan")}
    units = [
        Unit(
            id=UnitId(unit_id),
            name=name,
            parent=UnitId(parent) if parent else None,
            category=Category(category),
            week=WorkWeek(week),
        )
        for unit_id, name, parent, category, week in db.execute(
            "SELECT id, name, parent, category, week FROM unit ORDER BY position"
        )
    ]
    staff = [
        StaffMember(
            nip=Nip(nip),
            name=name,
            unit=UnitId(unit),
            position=job_title,
            rank=rank,
            category=Category(category) if category else None,
            no_remote_reason=reason,
            non_asn=is_internal_number(nip),  # the internal number's form is the stored flag
            cap_exemption=meta.get("cap_exemptions", {}).get(nip),
        )
        for nip, name, unit, job_title, rank, category, reason in db.execute(
            "SELECT nip, name, unit, job_title, rank, category, no_remote_reason FROM staff ORDER BY position"
        )
    ]
    days_added: dict[dt.date, str] = {}
    days_removed: list[dt.date] = []
    for day, day_off, name in db.execute("SELECT day, day_off, name FROM calendar_change"):
        if day_off:
            days_added[dt.date.fromisoformat(day)] = name
        else:
            days_removed.append(dt.date.fromisoformat(day))
    locked = (
        [(Nip(nip), dt.date.fromisoformat(day)) for nip, day in db.execute("SELECT nip, day FROM locked_cell")]
        if version >= 2
        else []
    )
    plan = Plan(
        name=meta["name"],
        circular_id=CircularId(meta["circular"]),
        first=dt.date.fromisoformat(meta["first"]),
        last=dt.date.fromisoformat(meta["last"]),
        roster=Roster(units, staff),
        profile=profile_from_json(meta.get("profile", {})),
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
    for nip, day, code in db.execute("SELECT nip, day, status FROM cell"):
        rows[row_of[nip]][column_of[day]] = byte_of[code]
    return plan


# ---- writing -----------------------------------------------------------------------------


@contextmanager
def _writing(target: Path, shown: Path) -> Iterator[sqlite3.Connection]:
    """A connection for writing; SQLite's errors become messages the user can act on."""
    try:
        with closing(sqlite3.connect(target, timeout=LOCK_TIMEOUT_SECONDS)) as db:
            yield db
    except sqlite3.OperationalError as error:
        text = str(error)
        if "locked" in text or "busy" in text:
            message = f"{shown.name}: berkas sedang dipakai program lain; tutup program itu lalu simpan lagi"
        elif "readonly" in text or "read-only" in text:
            message = f"{shown.name}: berkas atau foldernya hanya-baca; simpan ke tempat lain (Simpan Sebagai)"
        elif "full" in text:
            message = f"{shown.name}: disk penuh; kosongkan ruang lalu simpan lagi"
        else:
            message = f"{shown.name}: gagal menyimpan ({text})"
        raise PlanFileError(message) from error


def _upgrade(db: sqlite3.Connection) -> None:
    """Bring a file written by an older planner up to this schema before writing to it."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for step in MIGRATIONS[version:]:
        db.executescript(step)
    if version < SCHEMA_VERSION:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


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
    with replacing(path, failure=PlanFileError, explain=_os_problem) as temporary, _writing(temporary, path) as db:
        for step in MIGRATIONS:
            db.executescript(step)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        with db:
            _write_everything(db, plan)
            _write_circular_copy(db, circular_text, "")
            return _write_revision(db)


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
    iso_days = [day.isoformat() for day in plan.days]
    codes = [status.code if status else "" for status in BY_BYTE]
    # In key order (NIP, then day): SQLite then appends to the table's B-tree rather than inserting at random.
    by_nip = sorted(zip(plan.roster.staff, plan.rows(), strict=True), key=lambda pair: pair[0].nip)
    db.executemany(
        "INSERT INTO cell (nip, day, status) VALUES (?, ?, ?)",
        (
            (member.nip, iso_days[column], codes[byte])
            for member, row in by_nip
            for column, byte in enumerate(row)
            if byte
        ),
    )
    _write_locks(db, plan.locked_cells())


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
        with db:
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
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
            version = _check_plan_database(db, path)
            if version < 3:
                return []
            rows = db.execute(
                "SELECT signed_at, signer, title, certificate, bsre, document_id, fingerprint, content"
                " FROM signoff ORDER BY id"
            ).fetchall()
    except sqlite3.DatabaseError as error:
        raise PlanFileError(f"{path.name}: berkas rusak dan tidak dapat dibaca ({error})") from error
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
        raise PlanFileError(f"{path.name}: bukan berkas rencana Jadwal Kerja ASN")
    version: int = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise PlanFileError(
            f"{path.name}: dibuat dengan versi Jadwal Kerja ASN yang lebih baru (format {version}, "
            f"versi ini mengenal sampai format {SCHEMA_VERSION}). Perbarui aplikasi untuk membukanya."
        )
    if version < 1:
        raise PlanFileError(f"{path.name}: berkas rencana kosong atau belum selesai ditulis")
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
