"""Writing files the kit's way: atomically, never over a person's work without a backup.

Every command that writes into a person's folder (``cxlab practice`` / ``cxlab lab``, ``cxlab handout``, the
classroom CSV export, the journey builder's save) uses these few helpers, so the rules hold everywhere:

* :func:`write_bytes` / :func:`write_text` — write to a temporary file next to the target, then rename it over
  the target (``os.replace`` is atomic on POSIX and Windows): an interrupted run never leaves half a file, and
  the temporary file is removed if anything fails.
* :func:`backup_name` / :func:`backup` — the ``name.bak-YYYYmmdd-HHMMSS.ext`` copy kept before ``--force``
  replaces a file a person changed.
* :func:`digest` — the SHA-256 fingerprint a manifest records to tell "the file we wrote" from "a file changed
  since".
* :func:`read_manifest` / :func:`write_manifest` — a folder's small JSON record of those fingerprints (an
  unreadable or damaged manifest reads as empty: the worst case is one file reported as changed, never a file
  overwritten).

Examples
--------
>>> import tempfile
>>> from pathlib import Path
>>> folder = Path(tempfile.mkdtemp())
>>> _ = write_text(folder / "notes.txt", "first")
>>> copy = backup(folder / "notes.txt")
>>> copy.name.startswith("notes.bak-") and copy.read_text() == "first"
True
>>> digest(b"abc")[:12]
'ba7816bf8f01'
"""
from __future__ import annotations

import hashlib
import itertools
import json
import os
from datetime import datetime
from pathlib import Path

__all__ = ["write_bytes", "write_text", "backup_name", "backup", "digest", "read_manifest", "write_manifest"]

_counter = itertools.count()


def _refuse(name, value, what):
    from ._check import invalid
    from .i18n import t

    raise invalid(name, value, t(f"check.takes.{what}"))


def _path(name, value) -> Path:
    if not isinstance(value, (str, os.PathLike)) or not str(value).strip():
        _refuse(name, value, "path")
    return Path(value)


def _now(now) -> datetime:
    if now is None:
        return datetime.now()
    if not isinstance(now, datetime):
        _refuse("now", now, "datetime")
    return now


def _name(name) -> str:
    if not isinstance(name, str) or not name.strip() or Path(name).name != name:
        _refuse("name", name, "file_name")
    return name


def write_bytes(path, data: bytes, mkdir: bool = False) -> Path:
    """Write ``data`` to ``path`` atomically: a hidden temporary file in the same folder, then a rename.

    Parameters
    ----------
    path : str or Path
    data : bytes
    mkdir : bool, default False
        Create the folder (and its parents) first.

    Returns
    -------
    Path
        ``path``.

    Raises
    ------
    OSError
        When the folder cannot be written; the target is then untouched and no temporary file is left.
    """
    from ._check import check_bool

    path = _path("path", path)
    if not isinstance(data, (bytes, bytearray)):
        _refuse("data", data, "bytes")
    if check_bool("mkdir", mkdir):
        path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{next(_counter)}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def write_text(path, text: str, encoding: str = "utf-8", mkdir: bool = False) -> Path:
    """:func:`write_bytes` of ``text`` encoded with ``encoding`` (``'utf-8-sig'`` writes the BOM Excel wants)."""
    import codecs

    from ._check import check_text, invalid, takes

    if not isinstance(text, str):
        raise invalid("text", text, takes("text"))
    try:
        codecs.lookup(check_text("encoding", encoding))
    except LookupError:
        _refuse("encoding", encoding, "encoding")
    return write_bytes(path, text.encode(encoding), mkdir=mkdir)


def backup_name(path, now: datetime | None = None) -> Path:
    """``name.bak-YYYYmmdd-HHMMSS.ext`` next to ``path`` (with ``-2``, ``-3`` … if that name is taken).

    >>> backup_name(Path("out/kano-zh.pdf"), datetime(2026, 1, 15, 9, 30)).as_posix()
    'out/kano-zh.bak-20260115-093000.pdf'
    """
    path = _path("path", path)
    stamp = _now(now).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.bak-{stamp}{path.suffix}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.bak-{stamp}-{n}{path.suffix}")
        n += 1
    return candidate


def backup(path, now: datetime | None = None) -> Path:
    """Copy the file at ``path`` to :func:`backup_name` (atomically) and return the copy's path."""
    path = _path("path", path)
    return write_bytes(backup_name(path, now), path.read_bytes())   # backup_name checks ``now``


def digest(data: bytes) -> str:
    """The SHA-256 hex digest of ``data`` (FIPS 180-4), a file's fingerprint in a manifest."""
    if not isinstance(data, (bytes, bytearray)):
        _refuse("data", data, "bytes")
    return hashlib.sha256(data).hexdigest()


def read_manifest(folder, name: str) -> dict:
    """The JSON object in ``folder/name``, or ``{}`` when it is missing, unreadable or not an object."""
    path = _path("folder", folder) / _name(name)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_manifest(folder, name: str, manifest: dict) -> Path:
    """Write ``manifest`` as ``folder/name`` (sorted keys, one per line), only when its text would change."""
    from ._check import check_mapping

    path = _path("folder", folder) / _name(name)
    text = json.dumps(check_mapping("manifest", manifest), indent=1, sort_keys=True) + "\n"
    try:
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            return path
    except (OSError, ValueError):
        pass
    return write_text(path, text)
