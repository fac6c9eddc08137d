"""The classroom's answers on disk: one SQLite database per classroom, in write-ahead-log mode.

A classroom has rooms (one per survey run, each with a short code learners type or scan) and answers. An answer
is one device's submission to one room, stored as JSON, whole or not at all, in a committed transaction (answers
arriving together may share one commit: :meth:`Store.submit_many`); the same device answering again replaces its
earlier answer (primary key ``(room, device)``), so a learner who resubmits is counted once.
The server writes; the notebook (:func:`cxlab.classroom.results`) reads the same file with its own connection,
which WAL mode allows while the server is writing. Nothing is kept in memory only: stopping and starting the
server loses nothing.
"""
from __future__ import annotations

import json
import secrets
import sqlite3
import threading
from datetime import datetime, timezone
from pathlib import Path

__all__ = ["Store", "ROOM_ALPHABET", "new_code"]

#: Room codes avoid letters and digits that are easily confused on a projector (0/O, 1/I/L, 2/Z, 5/S, 8/B).
ROOM_ALPHABET = "ACDEFGHJKMNPQRTUVWXY3479"
ROOM_CODE_LENGTH = 5

_SCHEMA = """
CREATE TABLE IF NOT EXISTS rooms (
    code TEXT PRIMARY KEY,
    survey TEXT NOT NULL,
    lang TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    closed_at TEXT
);
CREATE TABLE IF NOT EXISTS answers (
    room TEXT NOT NULL REFERENCES rooms(code),
    device TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    answers TEXT NOT NULL,
    PRIMARY KEY (room, device)
);
"""


def new_code(length: int = ROOM_CODE_LENGTH) -> str:
    """A random room code such as ``'K7QHX'`` (cryptographically random; 24⁵ ≈ 8 million codes)."""
    return "".join(secrets.choice(ROOM_ALPHABET) for _ in range(length))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


class Store:
    """Open (and create) a classroom database at ``path``.

    Examples
    --------
    >>> import tempfile, os
    >>> store = Store(os.path.join(tempfile.mkdtemp(), "class.sqlite"))
    >>> code = store.open_room("nps", "en")
    >>> store.submit(code, "device-1", {"score": 9})
    'new'
    >>> store.submit(code, "device-1", {"score": 10})
    'replaced'
    >>> [a["answers"] for a in store.answers(code)]
    [{'score': 10}]
    """

    def __init__(self, path, readonly: bool = False):
        self.path = Path(path)
        self.readonly = readonly
        if not readonly:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        uri = f"file:{self.path}?mode=ro" if readonly else f"file:{self.path}"
        self._db = sqlite3.connect(uri, uri=True, timeout=10, isolation_level=None, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        if not readonly:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(_SCHEMA)
        self._db.execute("PRAGMA busy_timeout=10000")

    def close(self):
        with self._lock:
            self._db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _write(self, sql, params=()):
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                cursor = self._db.execute(sql, params)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            return cursor

    # -- rooms ------------------------------------------------------------------------------------------------
    def open_room(self, survey: str, lang: str, code: str | None = None) -> str:
        """Open a new room for ``survey`` and return its code."""
        for _ in range(20):
            candidate = code or new_code()
            try:
                self._write("INSERT INTO rooms (code, survey, lang, opened_at) VALUES (?, ?, ?, ?)",
                            (candidate, survey, lang, _now()))
                return candidate
            except sqlite3.IntegrityError:
                if code:
                    raise
        raise RuntimeError("could not find a free room code")

    def close_room(self, code: str) -> None:
        self._write("UPDATE rooms SET closed_at = ? WHERE code = ? AND closed_at IS NULL", (_now(), code))

    def room(self, code: str):
        """The room as a dict (code, survey, lang, opened_at, closed_at, open), or None."""
        with self._lock:
            row = self._db.execute("SELECT * FROM rooms WHERE code = ?", (code,)).fetchone()
        if row is None:
            return None
        out = dict(row)
        out["open"] = out["closed_at"] is None
        return out

    def rooms(self) -> list:
        with self._lock:
            rows = self._db.execute("SELECT * FROM rooms ORDER BY opened_at").fetchall()
        return [dict(r, open=r["closed_at"] is None) for r in rows]

    # -- answers ----------------------------------------------------------------------------------------------
    def submit(self, code: str, device: str, answers: dict) -> str:
        """Store one device's answers to room ``code`` in one transaction: ``'new'`` or ``'replaced'``."""
        outcome = self.submit_many([(code, device, answers)])[0]
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    def submit_many(self, submissions) -> list:
        """Store several devices' answers ``[(code, device, answers), …]`` in one transaction (one commit, one
        write to disk: the server's group commit when many learners submit at once).

        Each answer is written whole or not at all (a savepoint per answer): the result per submission is
        ``'new'``, ``'replaced'`` or the exception that kept that one answer out. When the commit itself fails,
        nothing is stored and the exception is raised.
        """
        rows = [(code, device, json.dumps(answers, ensure_ascii=False, sort_keys=True))
                for code, device, answers in submissions]
        outcomes = []
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for code, device, payload in rows:
                    self._db.execute("SAVEPOINT answer")
                    try:
                        existed = self._db.execute("SELECT 1 FROM answers WHERE room = ? AND device = ?",
                                                   (code, device)).fetchone() is not None
                        self._db.execute(
                            "INSERT INTO answers (room, device, submitted_at, answers) VALUES (?, ?, ?, ?) "
                            "ON CONFLICT(room, device) DO UPDATE SET answers = excluded.answers, "
                            "submitted_at = excluded.submitted_at, revision = answers.revision + 1",
                            (code, device, _now(), payload))
                        self._db.execute("RELEASE answer")
                        outcomes.append("replaced" if existed else "new")
                    except sqlite3.Error as error:
                        self._db.execute("ROLLBACK TO answer")
                        self._db.execute("RELEASE answer")
                        outcomes.append(error)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return outcomes

    def answers(self, code: str) -> list:
        """Every answer of a room, oldest first: dicts with device, submitted_at, revision, answers."""
        with self._lock:
            rows = self._db.execute("SELECT device, submitted_at, revision, answers FROM answers WHERE room = ? "
                                    "ORDER BY submitted_at, device", (code,)).fetchall()
        return [dict(r, answers=json.loads(r["answers"])) for r in rows]

    def count(self, code: str) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM answers WHERE room = ?", (code,)).fetchone()[0]

    def reset(self, code: str) -> int:
        """Delete every answer of room ``code``; return how many were deleted."""
        return self._write("DELETE FROM answers WHERE room = ?", (code,)).rowcount
