import pytest
from hypothesis import given
from hypothesis import strategies as st

from acuguide.model.codes import MERIDIANS, Code, CodeError, parse_code, spellings

SEED_TOKENS = {
    # leg-cramps article
    "ST-34": "ST34", "BL-37": "BL37", "KI-1": "KI1", "ST-36": "ST36", "GB-34": "GB34",
    # leg-massage article
    "GB34": "GB34", "SP6": "SP6", "KI1": "KI1",
    # RLS article (CV 26 is handled by the atlas as a misprint, see test_atlas)
    "B 40": "BL40", "GB 20": "GB20", "GB 21": "GB21", "GV 20": "GV20", "K 3": "KI3",
    "LU 7": "LU7", "LV 2": "LR2", "LV 3": "LR3", "SP 6": "SP6", "SP 12": "SP12",
    "ST 36": "ST36",
}

SPELLINGS = {
    "ST36": "ST36", "st 36": "ST36", "ST-36": "ST36", "St.36": "ST36", "ST.36": "ST36",
    "36.ST.": "ST36", "Stomach 36": "ST36", "B 40": "BL40", "UB40": "BL40",
    "Urinary Bladder 40": "BL40", "K 3": "KI3", "KID3": "KI3", "Kid-3": "KI3", "KD3": "KI3",
    "LV 2": "LR2", "Liv3": "LR3", "LIV-3": "LR3", "Liver 3": "LR3", "F3": "LR3",
    "DU20": "GV20", "Du-20": "GV20", "Ren 24": "CV24", "SJ5": "TE5", "VB34": "GB34",
    "MP6": "SP6", "E36": "ST36", "ｓｔ３６": "ST36",
}


@pytest.mark.parametrize(("text", "code"), sorted(SEED_TOKENS.items()))
def test_every_seed_token_normalises_to_its_who_code(text, code):
    assert str(parse_code(text)) == code


@pytest.mark.parametrize(("text", "code"), sorted(SPELLINGS.items()))
def test_common_spellings_normalise(text, code):
    assert str(parse_code(text)) == code


@pytest.mark.parametrize("text", ["P", "P7", "p 6"])
def test_bare_p_is_refused_as_ambiguous(text):
    with pytest.raises(CodeError, match=r"ambiguous.*PC or LU"):
        parse_code(text)


@pytest.mark.parametrize(("text", "detail"), [
    ("CV25", "24 points, CV1-CV24"), ("LU12", "11 points, LU1-LU11"), ("ST0", "ST1-ST45"),
])
def test_numbers_out_of_range_are_refused_with_the_range(text, detail):
    with pytest.raises(CodeError, match=detail):
        parse_code(text)


@pytest.mark.parametrize("text", ["taichong", "hello", "", "12", "ST", "XY12"])
def test_non_codes_are_not_codes(text):
    assert parse_code(text) is None


codes = st.sampled_from(sorted(MERIDIANS)).flatmap(
    lambda m: st.builds(Code, st.just(m), st.integers(1, MERIDIANS[m][1])))


@given(codes, st.sampled_from(["{m}{n}", "{m} {n}", "{m}-{n}", "{m}.{n}", "{ml}{n}",
                               "{mt} {n}", "{n}.{m}."]))
def test_formatting_a_code_round_trips(code, form):
    text = form.format(m=code.meridian, n=code.number, ml=code.meridian.lower(),
                       mt=code.meridian.title())
    assert parse_code(text) == code


@given(codes)
def test_every_listed_spelling_parses_back(code):
    for text in spellings(code):
        assert parse_code(text) == code, text
