"""cxlab.files: atomic writes, backup names, fingerprints and manifests — the one copy every command uses."""
from __future__ import annotations

import hashlib
import os
from datetime import datetime
from pathlib import Path

import pytest

from cxlab import files

NOW = datetime(2026, 1, 15, 9, 30, 15)


def test_write_bytes_and_text_replace_atomically_and_leave_no_temporary_file(tmp_path):
    target = tmp_path / "sub" / "a.csv"
    assert files.write_text(target, "\ufeffx,y\r\n", encoding="utf-8", mkdir=True) == target
    assert target.read_bytes() == "\ufeffx,y\r\n".encode("utf-8")
    files.write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    files.write_text(target, "客户", encoding="utf-8-sig")
    assert target.read_bytes() == b"\xef\xbb\xbf" + "客户".encode("utf-8")
    assert sorted(p.name for p in target.parent.iterdir()) == ["a.csv"]


def test_a_failed_write_keeps_the_old_file_and_removes_the_temporary_one(tmp_path, monkeypatch):
    target = tmp_path / "notes.txt"
    target.write_text("mine", encoding="utf-8")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PermissionError):
        files.write_text(target, "theirs")
    assert target.read_text(encoding="utf-8") == "mine"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_write_into_a_missing_folder_without_mkdir_is_an_os_error(tmp_path):
    with pytest.raises(OSError):
        files.write_bytes(tmp_path / "nope" / "a.txt", b"x")
    assert not (tmp_path / "nope").exists()


def test_backup_names_count_up_and_backup_copies(tmp_path):
    path = tmp_path / "01_a.ipynb"
    path.write_text("v1", encoding="utf-8")
    first = files.backup_name(path, NOW)
    assert first.name == "01_a.bak-20260115-093015.ipynb"
    assert files.backup(path, NOW) == first and first.read_text(encoding="utf-8") == "v1"
    assert files.backup_name(path, NOW).name == "01_a.bak-20260115-093015-2.ipynb"
    assert path.read_text(encoding="utf-8") == "v1"


def test_digest_is_sha256():
    # FIPS 180-2 appendix B.1: SHA-256("abc")
    assert files.digest(b"abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert files.digest(b"x" * 10) == hashlib.sha256(b"x" * 10).hexdigest()


@pytest.mark.parametrize("content", [None, "not json", "[1, 2]", "\x00\xff"])
def test_a_missing_or_damaged_manifest_reads_as_empty(tmp_path, content):
    if content is not None:
        (tmp_path / ".m.json").write_text(content, encoding="latin-1")
    assert files.read_manifest(tmp_path, ".m.json") == {}


def test_manifest_round_trip_and_no_rewrite_when_unchanged(tmp_path):
    path = files.write_manifest(tmp_path, ".m.json", {"b": "2", "a": {"source": "x"}})
    assert files.read_manifest(tmp_path, ".m.json") == {"a": {"source": "x"}, "b": "2"}
    assert path.read_text(encoding="utf-8").index('"a"') < path.read_text(encoding="utf-8").index('"b"')
    before = path.stat().st_mtime_ns
    os.utime(path, ns=(before - 10_000_000_000, before - 10_000_000_000))
    files.write_manifest(tmp_path, ".m.json", {"a": {"source": "x"}, "b": "2"})
    assert path.stat().st_mtime_ns == before - 10_000_000_000


def test_no_second_copy_of_the_atomic_writer_in_the_package():
    """Every writer of the kit goes through cxlab.files: no other module renames a temporary file into place."""
    package = Path(files.__file__).parent
    offenders = [str(p.relative_to(package)) for p in package.rglob("*.py")
                 if p.name != "files.py" and "os.replace(" in p.read_text(encoding="utf-8")]
    assert offenders == []
