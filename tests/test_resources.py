import json
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


@pytest.mark.slow
def test_a_built_wheel_carries_data_and_assets(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("acuguide-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "acuguide/data/points.yaml" in names
    assert "acuguide/data/routines/rls-evening.yaml" in names
    assert "acuguide/data/routine.schema.json" in names
    assert any(n.startswith("acuguide/assets/") for n in names)
