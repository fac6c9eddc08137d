"""python -m cxlab._datagen [--check] [--out DIR]: write (or check) data/*.csv and data/README.md."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..files import write_bytes
from . import generators, render_csv, render_readme


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cxlab._datagen", description=__doc__)
    parser.add_argument("--check", action="store_true", help="compare with the files on disk; write nothing")
    parser.add_argument("--out", default=str(Path(__file__).resolve().parents[2] / "data"),
                        help="the data folder (default: the repository's data/)")
    args = parser.parse_args(argv)
    out = Path(args.out)
    frames = {name: function() for name, function in generators().items()}
    wanted = {f"{name}.csv": render_csv(frame) for name, frame in frames.items()}
    wanted["README.md"] = render_readme(frames)
    stale = []
    for filename, content in wanted.items():
        path = out / filename
        if args.check:
            if not path.exists() or path.read_bytes() != content:
                stale.append(filename)
        elif not path.exists() or path.read_bytes() != content:
            write_bytes(path, content)
            print(f"wrote {path.name}")
    if args.check:
        extra = sorted(p.name for p in out.glob("*.csv") if p.name not in wanted)
        for name in stale:
            print(f"out of date: {name}")
        for name in extra:
            print(f"not produced by any generator: {name}")
        return 1 if stale or extra else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
