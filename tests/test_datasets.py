"""cxlab.datasets and the seeded generators: data/ is exactly what the generators make; loading and describing work."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import cxlab
from cxlab import _datagen, datasets

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"


def test_data_folder_is_byte_identical_to_a_fresh_generation():
    """Regenerating every dataset (and data/README.md) in memory gives exactly the committed bytes."""
    frames = {name: make() for name, make in _datagen.generators().items()}
    for name, frame in frames.items():
        assert (DATA / f"{name}.csv").read_bytes() == _datagen.render_csv(frame), name
    assert (DATA / "README.md").read_bytes() == _datagen.render_readme(frames)


def test_generation_is_deterministic():
    """Two generations in one process give identical bytes (no hidden global randomness)."""
    for name, make in _datagen.generators().items():
        assert _datagen.render_csv(make()) == _datagen.render_csv(make()), name


def test_every_csv_has_a_generator():
    """No hand-made CSV hides in data/."""
    assert sorted(p.stem for p in DATA.glob("*.csv")) == sorted(_datagen.generators())


@pytest.mark.parametrize("name", datasets.names())
def test_load_and_describe_in_both_languages(name, lang):
    """Each dataset loads, has English snake_case columns, and every column is documented in the catalog."""
    frame = datasets.load(name)
    assert isinstance(frame, pd.DataFrame) and len(frame) > 0
    assert all(c == c.lower() and " " not in c for c in frame.columns)
    entry = datasets.describe(name)
    assert entry.rows == len(frame)
    assert list(entry.columns["column"]) == list(frame.columns)
    assert all(entry.columns["meaning"].str.len() > 0), "undocumented column"
    assert entry.title and entry.description and entry.case and entry.source
    assert name in entry._repr_markdown_()


def test_unknown_dataset_is_an_input_error_listing_the_choices(lang):
    with pytest.raises(cxlab.InputError) as caught:
        datasets.load("no_such_data")
    message = str(caught.value)
    assert "no_such_data" in message
    for name in datasets.names():
        assert name in message
