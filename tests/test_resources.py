import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import jsonschema
import pytest
import yaml

from acuguide import resources
from acuguide.cli import main

ROOT = Path(__file__).parents[1]


def test_reads_packaged_files():
    assert b"points:" in resources.read_bytes("data/points.yaml")
    assert resources.listing("data/routines", ".yaml") == [
        "data/routines/leg-cramps.yaml", "data/routines/leg-massage.yaml",
        "data/routines/rls-evening.yaml"]


@pytest.mark.parametrize("name", ["/etc/passwd", "data/../pyproject.toml", "src/x", ""])
def test_refuses_unsafe_names(name):
    with pytest.raises(resources.ResourceError):
        resources.read_bytes(name)


def test_unknown_name_lists_the_known_ones():
    with pytest.raises(resources.ResourceError, match=r"points\.yaml"):
        resources.read_bytes("data/pionts.yaml")


def test_shipped_schema_file_is_the_generated_one(capsys):
    main(["schema"])
    generated = json.loads(capsys.readouterr().out)
    assert json.loads(resources.read_bytes("data/routine.schema.json")) == generated


def test_built_in_routines_satisfy_the_published_schema():
    schema = json.loads(resources.read_bytes("data/routine.schema.json"))
    for name in resources.listing("data/routines", ".yaml"):
        jsonschema.validate(yaml.safe_load(resources.read_bytes(name)), schema)


def test_published_schema_rejects_what_the_loader_rejects():
    schema = json.loads(resources.read_bytes("data/routine.schema.json"))
    bad = {"title": "t", "summary": "s", "steps": [{"point": "SP6", "secnds": 60}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(folder), str(ROOT)], check=True, capture_output=True)
    return next(folder.glob("acuguide-*.whl"))


@pytest.mark.slow
def test_a_built_wheel_carries_data_assets_and_desktop_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "acuguide/data/points.yaml" in names
    assert "acuguide/data/routines/rls-evening.yaml" in names
    assert "acuguide/data/routine.schema.json" in names
    assert any(n.startswith("acuguide/assets/") for n in names)
    linux = "acuguide/packaging/linux/"
    app = "io.github.acuguide.acuguide"
    assert {f"{linux}{app}.desktop", f"{linux}{app}.metainfo.xml",
            f"{linux}icons/hicolor/scalable/apps/{app}.svg"} <= names
    assert {n for n in names if n.startswith(linux) and n.endswith(".png")} == {
        f"{linux}icons/hicolor/{s}x{s}/apps/{app}.png" for s in (16, 24, 32, 48, 64, 128, 256)}


@pytest.mark.slow
def test_desktop_install_works_from_an_installed_wheel(wheel, tmp_path):
    target, home = tmp_path / "site", tmp_path / "share"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q",
                    "--target", str(target), str(wheel)], check=True, capture_output=True)
    env = {**os.environ, "PYTHONPATH": str(target), "XDG_DATA_HOME": str(home)}
    code = ("import acuguide, sys; from acuguide.cli import main; print(acuguide.__file__); "
            "sys.exit(main(['desktop', 'install']))")
    result = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(str(target))  # the wheel's copy, not the checkout
    icon = "icons/hicolor/48x48/apps/io.github.acuguide.acuguide.png"
    assert (home / icon).read_bytes() == (ROOT / "packaging/linux" / icon).read_bytes()
