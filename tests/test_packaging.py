"""Packaging: pyproject and environment.yml agree; a built wheel carries the data and catalogs and loads them."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ \[;]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _pyproject():
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _environment_names() -> set:
    names, in_dependencies = set(), False
    for line in (ROOT / "environment.yml").read_text(encoding="utf-8").splitlines():
        if not line.startswith((" ", "-", "#")):
            in_dependencies = line.startswith("dependencies:")
            continue
        match = re.match(r"\s*-\s+([A-Za-z0-9_.\-]+)", line)
        if in_dependencies and match and not line.strip().endswith(":"):
            names.add(_name(match.group(1)))
    return names


def test_environment_yml_lists_the_same_packages_as_pyproject():
    """Every runtime and extra (test, hub) dependency of pyproject.toml is in environment.yml, and vice versa
    (apart from python itself, pip, and the conda-only system packages: CJK font, Pango, poppler)."""
    project = _pyproject()["project"]
    extras = [r for group in project["optional-dependencies"].values() for r in group]  # test, hub
    wanted = {_name(r) for r in project["dependencies"] + extras}
    listed = _environment_names() - {"python", "pip", "font-ttf-noto-cjk", "pango", "poppler"}
    assert sorted(wanted - listed) == [], "in pyproject.toml but not environment.yml"
    assert sorted(listed - wanted) == [], "in environment.yml but not pyproject.toml"


def test_named_dependencies_are_declared():
    """The kit's named dependencies are runtime requirements."""
    names = {_name(r) for r in _pyproject()["project"]["dependencies"]}
    assert {"jupyterlab", "ipywidgets", "pandas", "matplotlib", "seaborn", "nbval", "papermill"} <= names


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out),
                    str(ROOT)], check=True, capture_output=True, timeout=600)
    return next(out.glob("cxlab-*.whl"))


@pytest.mark.slow
def test_wheel_contains_data_catalogs_and_command(wheel):
    """The wheel holds every CSV of data/, its README, both catalogs and the `cxlab` command."""
    names = set(zipfile.ZipFile(wheel).namelist())
    for csv in (ROOT / "data").glob("*.csv"):
        assert f"cxlab/data/{csv.name}" in names
    assert "cxlab/data/README.md" in names
    for lang in ("zh", "en"):
        for catalog in (ROOT / "cxlab" / "locales" / lang).glob("*.json"):
            assert f"cxlab/locales/{lang}/{catalog.name}" in names
    entry = [n for n in names if n.endswith("entry_points.txt")]
    assert entry and "cxlab = cxlab.cli:main" in zipfile.ZipFile(wheel).read(entry[0]).decode()


@pytest.mark.slow
def test_non_editable_install_loads_every_dataset(wheel, tmp_path):
    """After a plain (non-editable) install of the wheel, datasets load and describe themselves in both languages."""
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=600)
    script = (
        "import cxlab, sys\n"
        f"assert cxlab.__file__.startswith({str(target)!r}), cxlab.__file__\n"
        "from cxlab import datasets\n"
        "names = datasets.names()\n"
        "for n in names:\n"
        "    assert len(datasets.load(n)) > 0\n"
        "    for lang in ('zh', 'en'):\n"
        "        cxlab.set_language(lang); str(datasets.describe(n))\n"
        "print(len(names))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(target))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, env=env,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) == len(list((ROOT / "data").glob("*.csv")))


def test_system_packages_come_from_one_list():
    """tools/apt.txt lists the system packages the kit needs (CJK font, WeasyPrint's Pango libraries, poppler
    for the handout tests, chromium for the browser tests) and tools/setup.sh installs from that list, checking
    each with dpkg-query first (nothing to do when all are there)."""
    listed = {line.split("#")[0].strip() for line in (ROOT / "tools" / "apt.txt").read_text().splitlines()} - {""}
    assert {"fonts-wqy-microhei", "fontconfig", "libpango-1.0-0", "libpangoft2-1.0-0", "libharfbuzz-subset0",
            "poppler-utils", "chromium"} <= listed
    setup = (ROOT / "tools" / "setup.sh").read_text()
    assert "tools/apt.txt" in setup and "dpkg-query" in setup
    assert subprocess.run(["bash", "-n", str(ROOT / "tools" / "setup.sh")]).returncode == 0
