import pytest

from acuguide.model.plan import expand


@pytest.fixture
def rls(content):
    return content.routines["rls-evening"]


def test_rls_plan_total_time_and_step_order(rls, atlas):
    plan = expand(rls, atlas)
    holds = 4 * (10 + 120)
    bilateral = 11 * (10 + 60 + 5 + 60)  # prepare, left, switch, right
    midline = 2 * (10 + 60)  # GV20, GV26
    assert plan.total_seconds == holds + bilateral + midline == 2145
    targets = list(dict.fromkeys(p.target for p in plan.phases))
    assert targets[:4] == ["right-thumb", "right-little-finger", "left-thumb",
                           "left-little-finger"]
    assert set(targets[4:]) == {"BL40", "GV26", "GB20", "GB21", "GV20", "KI3", "LU7", "LR2",
                                "LR3", "SP6", "SP12", "ST36", "LR4"}


def test_phases_are_contiguous_from_zero(rls, atlas):
    plan = expand(rls, atlas)
    assert plan.phases[0].start == 0
    for before, after in zip(plan.phases, plan.phases[1:], strict=False):
        assert after.start == pytest.approx(before.end)
    assert plan.phases[-1].end == plan.total_seconds


def test_holds_breathe_slowly_for_two_minutes(rls, atlas):
    work = [p for p in expand(rls, atlas).phases if p.target_kind == "hold" and p.kind == "work"]
    assert [p.seconds for p in work] == [120] * 4
    assert all(p.breathing and p.breathing.inhale + p.breathing.exhale >= 8 for p in work)


def test_bilateral_point_in_turn_is_left_switch_right(rls, atlas):
    phases = [p for p in expand(rls, atlas).phases if p.target == "SP6"]
    assert [(p.kind, p.side) for p in phases] == [
        ("prepare", "left"), ("work", "left"), ("switch", "right"), ("work", "right")]
    assert "SP6" in phases[0].speech and "left side" in phases[0].speech
    assert phases[2].speech == "Switch to the right side"


def test_both_at_once_stays_one_work_phase(rls, atlas):
    phases = [p for p in expand(rls, atlas, bilateral="both-at-once").phases if p.target == "SP6"]
    assert [(p.kind, p.side) for p in phases] == [("prepare", "both"), ("work", "both")]


def test_midline_point_has_one_work_phase(rls, atlas):
    phases = [p for p in expand(rls, atlas).phases if p.target == "GV26"]
    assert [(p.kind, p.side) for p in phases] == [("prepare", "midline"), ("work", "midline")]


def test_prepare_override_and_skip(rls, atlas):
    sp6 = next(i for i, s in enumerate(rls.steps) if s.target == "SP6")
    plan = expand(rls, atlas, prepare=0, skip=frozenset({sp6}))
    assert all(p.kind != "prepare" for p in plan.phases)
    assert "SP6" not in {p.target for p in plan.phases}
    assert sp6 not in plan.steps
    assert plan.total_seconds == 2145 - 16 * 10 - 125 - 10 + 0


def test_index_at_finds_the_running_phase(rls, atlas):
    plan = expand(rls, atlas)
    assert plan.index_at(0) == 0
    assert plan.index_at(9.99) == 0
    assert plan.index_at(10) == 1
    assert plan.index_at(plan.total_seconds + 5) == len(plan.phases) - 1


def test_other_routines_expand(content, atlas):
    cramps = expand(content.routines["leg-cramps"], atlas)
    assert [t for t in dict.fromkeys(p.target for p in cramps.phases)] == [
        "ST34", "BL37", "KI1", "ST36", "GB34"]
    massage = expand(content.routines["leg-massage"], atlas)
    techniques = {p.target: p.technique for p in massage.phases}
    assert techniques["GB34"] == "circular"
    assert techniques["SP6"] == "kneading-and-rolling"
    assert techniques["KI1"] == "tapping-and-shiatsu"
    assert {"calf", "achilles-tendon", "shin", "heel", "arch", "thigh"} <= set(techniques)


def test_lengths_in_words_do_not_read_as_clock_times():
    from acuguide.model.timefmt import minutes_words

    assert [minutes_words(s) for s in (45, 60, 675, 2145, 3725)] == \
        ["45 s", "1 min", "11 min 15 s", "35 min 45 s", "62 min 5 s"]
