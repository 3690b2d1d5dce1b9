"""UTF-16 and UTF-32 files with their byte-order mark load; alias bombs get one message."""

import time

import pytest

from acuguide.model.content import parse_routine
from acuguide.model.problems import ContentError

ROUTINE = "title: Tèst\nsummary: Ünïcode, 三阴交.\nsteps:\n  - point: SP6\n    seconds: 60\n"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
                                   "utf-32-be", "utf-8", "utf-8-sig"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_file_with_a_byte_order_mark_loads_in_any_unicode_encoding(atlas, codec, newline,
                                                                    parser):
    text = ROUTINE.replace("\n", newline)
    data = text.encode(codec)
    if codec.endswith(("-le", "-be")):  # these codecs write no mark of their own
        data = "\ufeff".encode(codec) + data
    routine = parse_routine(data, "mine.yaml", atlas)
    assert (routine.title, routine.summary) == ("Tèst", "Ünïcode, 三阴交.")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_without_a_byte_order_mark_a_nul_byte_is_still_refused(atlas, codec, parser):
    with pytest.raises(ContentError) as caught:
        parse_routine(ROUTINE.encode(codec), "mine.yaml", atlas)
    assert [str(p) for p in caught.value.problems] == [
        "mine.yaml:1: contains a NUL byte: not a text file (save it as UTF-8)"]


@pytest.mark.parametrize(("data", "shown"), [
    ("\ufefftitle: a\x00b\n".encode("utf-16"),
     "mine.yaml:1: contains a NUL character: not a text file"),
    (b"\xff\xfet\x00i\x00\x00\xd8:\x00",
     "mine.yaml:1: is not valid UTF-16 text, though it starts with a UTF-16 byte-order mark; "
     "save it as UTF-8"),
])
def test_a_marked_file_that_is_not_text_is_refused(atlas, data, shown):
    with pytest.raises(ContentError) as caught:
        parse_routine(data, "mine.yaml", atlas)
    assert [str(p) for p in caught.value.problems] == [shown]


def bomb(levels: int, width: int = 9) -> str:
    lines = [f"a0: &a0 [{', '.join(['lol'] * width)}]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * width)}]" for i in range(1, levels)]
    return "\n".join(lines) + f"\ntitle: *a{levels - 1}\nsummary: *a{levels - 1}\n" \
                              f"steps: *a{levels - 1}\n"


def test_an_alias_bomb_gets_one_message_that_says_so(atlas, parser):
    started = time.perf_counter()
    with pytest.raises(ContentError) as caught:
        parse_routine(bomb(10).encode(), "bomb.yaml", atlas)
    assert time.perf_counter() - started < 1.0
    assert [str(p) for p in caught.value.problems] == [
        'bomb.yaml:6: refused as an alias bomb ("billion laughs"): its aliases (*name) would '
        "make more than 100,000 values; write the values out, or use fewer aliases"]


def test_a_few_aliases_are_fine_and_a_small_expansion_is_not_a_bomb(atlas, parser):
    data = ("defaults: &d {seconds: 30}\ntitle: &t Same\nsummary: *t\n"
            "steps: [{point: SP6, seconds: 30}, {point: LR3, seconds: 30}]\n")
    assert parse_routine(data.encode(), "mine.yaml", atlas).summary == "Same"
    with pytest.raises(ContentError) as caught:  # 9**4 values: no bomb, just wrong fields
        parse_routine(bomb(4).encode(), "small.yaml", atlas)
    assert all("alias bomb" not in str(p) for p in caught.value.problems)
