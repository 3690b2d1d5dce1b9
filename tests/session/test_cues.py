import itertools

from acuguide.model.plan import expand
from acuguide.session.cues import DEFAULT_ON, CueSettings, schedule


def test_halfway_and_last_seconds_are_off_by_default_and_can_be_turned_on(content, atlas):
    plan = expand(content.routines["leg-cramps"], atlas)
    kinds = {c.kind for c in schedule(plan)}
    assert "halfway" not in kinds and "last-seconds" not in kinds
    cues = schedule(plan, CueSettings(kinds=DEFAULT_ON | {"halfway", "last-seconds"}))
    halfway = [c for c in cues if c.kind == "halfway"]
    last = [c for c in cues if c.kind == "last-seconds"]
    assert len(halfway) == len(last) == 10  # 5 points x 2 sides
    work = [p for p in plan.phases if p.kind == "work"]
    assert [c.at for c in halfway] == [p.start + 30 for p in work]
    assert [c.at for c in last] == [p.end - 10 for p in work]


def test_turning_a_kind_off_keeps_the_boundary_as_a_phase_entry(content, atlas):
    plan = expand(content.routines["leg-cramps"], atlas)
    cues = schedule(plan, CueSettings(kinds=frozenset({"end"})))
    assert {c.kind for c in cues} == {"phase", "end"}
    assert len(cues) == len(plan.phases) + 1


def test_speech_is_the_phase_announcement_and_can_be_turned_off(content, atlas):
    plan = expand(content.routines["rls-evening"], atlas)
    cues = schedule(plan)
    sp6 = next(c for c in cues if c.kind == "prepare" and c.target == "SP6")
    assert sp6.speech.startswith("Next: SP6, on the inside of the leg")
    assert "left side" in sp6.speech
    # Speech text is always scheduled: whether it is said is the output's choice (V key).
    assert schedule(plan, CueSettings(voice=False)) == cues


def test_breathing_cues_alternate_and_stay_inside_the_hold(content, atlas):
    plan = expand(content.routines["rls-evening"], atlas)
    hold = plan.phases[1]
    breaths = [c for c in schedule(plan) if c.phase == 1 and c.kind.startswith("breathe")]
    kinds = [c.kind for c in breaths]
    assert kinds[0] == "breathe-out" and all(a != b for a, b in itertools.pairwise(kinds))
    assert all(hold.start < c.at < hold.end - 2 for c in breaths)
    gaps = {round(b.at - a.at, 6) for a, b in itertools.pairwise(breaths)}
    assert gaps == {4.0, 6.0}
