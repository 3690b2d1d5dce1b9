import re
from pathlib import Path

from acuguide.model.content import parse_routine

README = Path(__file__).parents[1] / "README.md"


def test_readme_routine_example_is_valid(atlas):
    block = re.search(r"```yaml\n(.*?)```", README.read_text(), re.S)
    assert block, "README has no yaml example"
    routine = parse_routine(block[1].encode(), "example.yaml", atlas)
    assert [s.target for s in routine.steps] == ["right-thumb", "calf", "SP6", "LR3", "KI1"]
    assert routine.steps[1].seconds == 90


def test_readme_names_the_two_commands_that_ci_runs():
    text = README.read_text()
    assert "sh scripts/app.sh" in text and "sh scripts/test.sh" in text
    ci = (README.parent / ".ci" / "run").read_text()
    assert "scripts/test.sh" in ci
