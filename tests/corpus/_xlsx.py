"""Shared by the corpus generators: save an openpyxl workbook so that the bytes are the same on every run."""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

FIXED_TIME = dt.datetime(2024, 3, 1, 9, 0, 0)


def save_workbook(book, path: Path) -> None:
    """Write ``book`` to ``path`` with fixed document times and fixed zip entry times (openpyxl otherwise
    stamps the save time into docProps/core.xml and into every zip entry)."""
    book.properties.creator = "cxlab corpus"
    book.properties.created = FIXED_TIME
    book.properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    book.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2024-03-01T09:00:00Z", data)
            target.writestr(zipfile.ZipInfo(item.filename, date_time=FIXED_TIME.timetuple()[:6]), data,
                            compress_type=zipfile.ZIP_DEFLATED)
    Path(path).write_bytes(out.getvalue())
