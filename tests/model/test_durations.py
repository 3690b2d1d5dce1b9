import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acuguide.model.durations import duration_pattern, parse_duration

LIMITS = [(3600, True), (600, False), (20, True), (90, False), (7, True), (0, False)]


def written(seconds: int) -> list[str]:
    minutes, rest = divmod(seconds, 60)
    ways = [f"{seconds}", f"{seconds}s", f"{seconds} seconds", f"{seconds}.0", f"0{seconds}",
            f"{minutes}:{rest:02d}", f"{minutes}m{rest}s", f"{minutes} min {rest} sec"]
    if rest == 0:
        ways += [f"{minutes}m", f"{minutes} minutes", f"{minutes}.0m"]
    return ways


@pytest.mark.parametrize(("maximum", "positive"), LIMITS)
def test_every_whole_second_within_the_limits_matches_and_nothing_beyond(maximum, positive):
    pattern = re.compile(duration_pattern(maximum, positive=positive))
    for seconds in range(maximum + 200):
        allowed = seconds <= maximum and (seconds > 0 or not positive)
        for text in written(seconds):
            assert bool(pattern.search(text)) == allowed, (text, maximum)
            assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "  ", "0s", "0:00", "0m0s", "0.0", "00:00", "-5", "1e3",
                                  "1_000", "inf", "+5", "a while", "1:60", "1m 60s", "5 ms"])
def test_blank_zero_and_odd_text_never_matches_a_positive_field(text):
    assert not re.search(duration_pattern(3600, positive=True), text)


@pytest.mark.parametrize(("text", "maximum"), [("61m", 3600), ("90:00", 3600), ("60m1s", 3600),
                                               ("3600.5", 3600), ("60.01m", 3600),
                                               ("11m", 600), ("10:01", 600), ("21", 20),
                                               ("0m21s", 20)])
def test_beyond_the_limit_never_matches(text, maximum):
    assert parse_duration(text) > maximum
    assert not re.search(duration_pattern(maximum, positive=False), text)


durationish = st.lists(st.sampled_from([*"0123456789.: ms", "min", "sec", "minutes", "0", "00"]),
                      max_size=12).map("".join)


@given(maximum=st.integers(0, 4000), positive=st.booleans(), text=durationish)
def test_a_match_is_always_a_duration_within_the_limits(maximum, positive, text):
    if re.search(duration_pattern(maximum, positive=positive), text):
        value = parse_duration(text)
        assert value is not None and value <= maximum, text
        assert value > 0 or not positive, text
