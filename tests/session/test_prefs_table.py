"""The one table of settings: defaults, and what a damaged value falls back to (no Qt)."""

import math
from dataclasses import fields

from hypothesis import given, settings
from hypothesis import strategies as st

from acuguide.session.cue_kinds import CUE_KINDS, DEFAULT_ON
from acuguide.session.prefs import SessionPrefs
from acuguide.session.prefs_table import SESSION_NAMES, SETTINGS, TABLE


def test_session_prefs_take_every_default_from_the_table():
    prefs = SessionPrefs()
    assert [f.name for f in fields(SessionPrefs)] == list(SESSION_NAMES)
    for name in SESSION_NAMES:
        assert getattr(prefs, name) == SETTINGS[name].default
    assert prefs.problems() == []


def test_every_setting_has_one_key_and_allows_its_default():
    assert len({s.key for s in TABLE}) == len({s.name for s in TABLE}) == len(TABLE)
    for setting in TABLE:
        assert setting.allows(setting.default), setting.name
        assert setting.check(setting.encode(setting.default)) == (setting.default, "")
    assert SETTINGS["kinds"].values == CUE_KINDS and DEFAULT_ON.issubset(CUE_KINDS)


def test_the_bad_values_from_a_hand_edited_file_fall_back_each_with_a_notice():
    stored = {"kinds": "42", "voice": None, "rate": "nan", "volume": "1e400",
              "prepare": "99999", "bilateral": "sideways"}
    prefs, notices = SessionPrefs.from_stored(stored)
    assert prefs == SessionPrefs(prepare=60.0)  # the nearest allowed; the rest the defaults
    assert len(notices) == len(stored)
    for notice, name in zip(notices, [n for n in SESSION_NAMES if n in stored], strict=True):
        assert notice.startswith(f"{SETTINGS[name].label} ({SETTINGS[name].key}):")
    text = "\n".join(notices)
    assert '"1e400" is not a finite number; using the default, 0.8' in text
    assert '"99999" is above the range 0 to 60; using 60 s' in text
    assert "Voice (session/voice): an unreadable value" in text


def test_good_values_as_a_file_holds_them_give_no_notice():
    stored = {"volume": "0.25", "kinds": ["start", "end"], "voice": "false", "rate": "-1",
              "prepare": "", "bilateral": "both-at-once", "reduced_motion": "true",
              "muted": "0"}
    prefs, notices = SessionPrefs.from_stored(stored)
    assert notices == []
    assert prefs == SessionPrefs(volume=0.25, kinds=frozenset({"start", "end"}), voice=False,
                                 rate=-1.0, prepare=None, bilateral="both-at-once",
                                 reduced_motion=True)


def test_numbers_out_of_range_take_the_nearest_end():
    volume, rate = SETTINGS["volume"], SETTINGS["rate"]
    assert volume.check("1.5")[0] == 1.0 and volume.check(-3)[0] == 0.0
    assert rate.check("-7")[0] == -1.0 and "below the range -1 to 1" in rate.check("-7")[1]
    assert volume.check("-inf") == (0.8, volume.check("-inf")[1])  # not finite: the default
    assert volume.check(True)[0] == 0.8 and volume.check(True)[1]  # a flag is no number


def test_unknown_sounds_are_dropped_and_known_ones_kept():
    kinds = SETTINGS["kinds"]
    value, notice = kinds.check("start,bogus, end")
    assert value == frozenset({"start", "end"}) and '"bogus"' in notice
    assert kinds.check("") == (frozenset(), "")  # every sound switched off is a choice
    assert kinds.check(42)[0] == DEFAULT_ON
    assert kinds.check("42")[1].startswith("Sounds (session/kinds): \"42\" names none of prepare")


garbage = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=50), st.lists(st.text(max_size=12), max_size=5),
    st.sampled_from(["nan", "inf", "-inf", "1e400", "99999", "@Invalid()", "true", "42",
                     "start,end", "", " ", "both-at-once", "0x10", "1_000"]),
    st.binary(max_size=20))


@settings(deadline=None)  # no timing here: a loaded machine must not fail it
@given(st.dictionaries(st.sampled_from(SESSION_NAMES), garbage))
def test_any_stored_values_give_valid_prefs(stored):
    prefs, notices = SessionPrefs.from_stored(stored)
    assert prefs.problems() == []
    assert 0.0 <= prefs.volume <= 1.0 and -1.0 <= prefs.rate <= 1.0
    assert prefs.prepare is None or 0.0 <= prefs.prepare <= 60.0
    assert all(math.isfinite(x) for x in (prefs.volume, prefs.rate))
    assert len(notices) <= len(stored)
    for notice in notices:
        assert any(notice.startswith(SETTINGS[name].label) for name in stored)


@settings(deadline=None)
@given(st.sampled_from(TABLE), garbage)
def test_a_checked_value_checks_again_unchanged(setting, raw):
    value, _notice = setting.check(raw)
    assert setting.allows(value)
    assert setting.check(setting.encode(value)) == (value, "")
