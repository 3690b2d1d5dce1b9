"""The mirror that makes a single-limb view's left version from its right one."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "scripts"))
from svgmirror import MirrorError, mirror_id, mirror_path, mirror_svg

SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 10 200 100" width="200" height="100">
<title>Right foot, sole</title>
<metadata><acuguide:view xmlns:acuguide="https://acuguide.invalid/ns" name="foot-sole-right"
 scale="lm-heel-R lm-toe-web-2-3-R 9"/></metadata>
<path d="M10 20 C30 40 50 60 70 80 L90 20 Z" fill="none"/>
<polygon id="area-heel-R" points="10,20 30,40 50,20"/>
<circle id="pt-KI1-R" cx="40" cy="50" r="6"/>
<line id="lm-metatarsal-bases-R" x1="20" y1="5" x2="60" y2="5"/>
<polygon id="hold-right-thumb" points="0,0 1,1 2,0"/>
<text x="30" y="90" text-anchor="start">toes</text>
<text x="100" y="20" text-anchor="middle">Right foot, sole</text>
</svg>"""


def test_every_coordinate_is_reflected_about_the_centre_and_ids_change_side():
    out = mirror_svg(SVG)
    assert 'd="M190 20 C170 40 150 60 130 80 L110 20 Z"' in out
    assert 'id="area-heel-L" points="190,20 170,40 150,20"' in out
    assert 'id="pt-KI1-L" cx="160" cy="50" r="6"' in out
    assert 'id="lm-metatarsal-bases-L" x1="180" y1="5" x2="140" y2="5"' in out
    assert 'id="hold-left-thumb"' in out
    assert 'name="foot-sole-left"' in out and 'scale="lm-heel-L lm-toe-web-2-3-L 9"' in out
    assert "<title>Left foot, sole</title>" in out


def test_text_is_re_laid_not_mirrored():
    out = mirror_svg(SVG)
    assert '<text x="170" y="90" text-anchor="end">toes</text>' in out
    assert '<text x="100" y="20" text-anchor="middle">Left foot, sole</text>' in out
    assert "transform" not in out


def test_mirroring_twice_gives_the_drawing_back():
    assert mirror_svg(mirror_svg(SVG)) == SVG


@pytest.mark.parametrize("d", ["M1 2 l3 4", "M1 2 H5", "M1 2 A1 1 0 0 1 3 4", "M1 2 Q1 2 3 4"])
def test_other_path_commands_are_refused(d):
    with pytest.raises(MirrorError, match="only absolute"):
        mirror_path(d, 50)


def test_a_transform_is_refused():
    with pytest.raises(MirrorError, match="transform"):
        mirror_svg(SVG.replace('<circle id', '<circle transform="scale(-1 1)" id'))


def test_ids_without_a_side_stay():
    assert mirror_id("pt-GV20") == "pt-GV20"
    assert mirror_id("layer-art") == "layer-art"
