"""The screen's words and highlights, computed from the plan without a window."""

import pytest

from acuguide.diagrams import catalog
from acuguide.model.plan import expand
from acuguide.session.clock import FakeClock
from acuguide.session.controller import SessionController
from acuguide.session.cues import schedule
from acuguide.session.presenters import (
    PULSE_SECONDS,
    Shown,
    after_this,
    diagrams_for,
    hotspot_ids,
    phase_text,
    point_lit,
    step_of,
    step_text,
)


@pytest.fixture
def rls(content, atlas):
    return expand(content.routines["rls-evening"], atlas)


def first_work_of(plan, code, side=None):
    return next(i for i, p in enumerate(plan.phases) if p.target == code and p.kind == "work"
                and side in (None, p.side))


def hotspots(content, code, side=None):
    entry = content.atlas.target("point", code)
    return catalog.best_view("point", code, entry.views, side)[1]


def drawn(content, kind, target):
    return catalog.drawn_on(kind, target, content.atlas.target(kind, target).views)


def test_step_n_of_m_counts_the_steps_in_the_plan(rls, content, atlas):
    assert step_text(rls, rls.steps[0]) == "Step 1 of 17"
    assert step_text(rls, rls.steps[-1]) == "Step 17 of 17"
    routine = content.routines["rls-evening"]
    sp6 = next(i for i, s in enumerate(routine.steps) if s.target == "SP6")
    shorter = expand(routine, atlas, skip=frozenset({sp6}))
    assert step_of(shorter, shorter.steps[-1]) == (16, 16)
    assert step_of(shorter, sp6) == (0, 16), "a step left out is in no position"


def test_after_this_names_the_work_that_follows_this_sides_or_the_end(rls):
    first = rls.phases[0]
    second_work = next(p for p in rls.phases if p.step != first.step and p.kind == "work")
    assert after_this(rls, 0) == f"After this: {second_work.instruction}"
    last_work = max(i for i, p in enumerate(rls.phases) if p.kind == "work")
    assert after_this(rls, last_work) == "After this: the end"


def test_on_the_left_side_after_this_is_the_right_side_of_the_same_point(content, atlas):
    plan = expand(content.routines["leg-cramps"], atlas)
    kinds = [(p.kind, p.target, p.side) for p in plan.phases]
    left = kinds.index(("work", "KI1", "left"))
    right = kinds.index(("work", "KI1", "right"))
    prepare = kinds.index(("prepare", "KI1", "left"))
    switch = kinds.index(("switch", "KI1", "right"))
    after_ki1 = next(p for p in plan.phases[right:] if p.kind == "work" and p.target != "KI1")
    assert after_this(plan, left) == f"After this: {plan.phases[right].instruction}"
    assert after_this(plan, prepare) == f"After this: {plan.phases[right].instruction}"
    assert after_this(plan, switch) == f"After this: {after_ki1.instruction}"
    assert after_this(plan, right) == f"After this: {after_ki1.instruction}"


def test_a_bilateral_point_says_its_side_and_a_midline_point_none(rls):
    bl40 = phase_text(rls, first_work_of(rls, "BL40", "right"))
    assert bl40.side == "RIGHT side" and bl40.side_shown
    assert "BL40" in bl40.instruction and bl40.step.startswith("Step ")
    gv20 = phase_text(rls, first_work_of(rls, "GV20"))
    assert not gv20.side_shown
    assert gv20.after.startswith("After this: ")


def test_the_hotspots_follow_the_side(content):
    bl40 = hotspots(content, "BL40")
    assert hotspot_ids(bl40, "right") == {"pt-BL40-R"}
    assert hotspot_ids(bl40, "left") == {"pt-BL40-L"}
    assert hotspot_ids(bl40, "both") == {"pt-BL40-L", "pt-BL40-R"}  # both at once
    assert hotspot_ids(hotspots(content, "GV20"), "midline") == {"pt-GV20"}
    # A one-limb view comes in a left and a right version, each with its own side's id.
    assert hotspot_ids(hotspots(content, "SP6", "left"), "left") == {"pt-SP6-L"}
    assert hotspot_ids(hotspots(content, "SP6", "right"), "right") == {"pt-SP6-R"}


def test_a_left_step_shows_the_left_limb_and_a_right_step_the_right(content):
    sp6 = drawn(content, "point", "SP6")
    assert diagrams_for(sp6, "left") == (Shown("leg-inner-left", frozenset({"pt-SP6-L"})),)
    assert diagrams_for(sp6, "right") == (Shown("leg-inner-right", frozenset({"pt-SP6-R"})),)
    for code in ("KI1", "LR3", "GB34"):
        for side in ("left", "right"):
            (shown,) = diagrams_for(drawn(content, "point", code), side)
            assert shown.view.endswith(f"-{side}") and catalog.view(shown.view).title.startswith(
                side.capitalize() + " "), (code, side)
            assert shown.ids == {f"pt-{code}-{side[0].upper()}"}
    # A view of both limbs serves either side, lighting that side's point only.
    assert diagrams_for(drawn(content, "point", "BL40"), "left") == (
        Shown("leg-back", frozenset({"pt-BL40-L"})),)


def test_both_at_once_shows_both_limbs(content):
    assert diagrams_for(drawn(content, "point", "ST36"), "both") == (
        Shown("leg-front", frozenset({"pt-ST36-L", "pt-ST36-R"})),)
    # Drawn on one-limb views only: the left and right versions side by side.
    assert diagrams_for(drawn(content, "point", "SP6"), "both") == (
        Shown("leg-inner-left", frozenset({"pt-SP6-L"})),
        Shown("leg-inner-right", frozenset({"pt-SP6-R"})))


def test_a_midline_point_and_a_hold_show_their_one_view(content):
    assert diagrams_for(drawn(content, "point", "GV20"), "midline") == (
        Shown("head-neck", frozenset({"pt-GV20"})),)
    (hold,) = diagrams_for(drawn(content, "hold", "right-thumb"), "right")
    assert hold == Shown("forearm-hand", frozenset({"hold-right-thumb"}))
    assert diagrams_for([], "left") == ()


def test_the_point_blinks_in_the_first_seconds_of_a_running_phase(rls):
    clock = FakeClock()
    controller = SessionController(rls, schedule(rls), clock)
    controller.start()
    clock.advance(rls.phases[1].start)  # the first hold: two minutes
    lit, calm = [], []
    for second in range(PULSE_SECONDS + 5):
        assert controller.view().phase_index == 1
        lit.append(point_lit(controller.view()))
        calm.append(point_lit(controller.view(), reduced_motion=True))
        if second == 3:
            controller.pause()
            assert point_lit(controller.view()), "lit while paused"
            controller.resume()
        clock.advance(1.0)
    assert lit[:PULSE_SECONDS] == [True, False] * (PULSE_SECONDS // 2)
    assert all(lit[PULSE_SECONDS:]), "then it stays lit"
    assert all(calm), "no blinking with reduced motion"
