"""``acuguide diagram``: a view as the app draws it, exported as SVG, PNG or PDF."""

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from acuguide.cli import main
from acuguide.diagrams import catalog
from acuguide.diagrams.geometry import SVG_NS
from acuguide.diagrams.palette import PALETTES
from acuguide.model.anatomy import SINGLE_LIMB, VIEW_NAMES


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def leftovers(folder):
    """Anything an export left in ``folder`` besides what it was asked to write."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".acuguide-"))


# ---------------------------------------------------------------- --list
def test_list_names_every_view_and_side_as_the_arguments_that_choose_it(capsys):
    status, out, _ = run(capsys, "diagram", "--list")
    assert status == 0
    lines = out.strip().splitlines()
    assert len(lines) == len(VIEW_NAMES)
    for line, name in zip(lines, VIEW_NAMES, strict=True):
        choose = line.split("   ")[0].split()
        kind = choose[0]
        if kind in SINGLE_LIMB:
            assert choose[1:] == ["--side", name.removeprefix(kind + "-")], line
        else:
            assert choose == [name], line
        assert catalog.view(name).title in line


# ---------------------------------------------------------------- SVG
def export_svg(capsys, tmp_path, *args):
    path = tmp_path / "view.svg"
    status, out, err = run(capsys, "diagram", *args, "-o", str(path))
    assert status == 0, err
    assert str(path) in out
    return ET.fromstring(path.read_bytes())


def circles(root, layer="layer-export-marks"):
    group = next(g for g in root.iter(f"{SVG_NS}g") if g.get("id") == layer)
    return [(float(c.get("cx")), float(c.get("cy")), c.get("fill")) for c in group
            if c.tag == f"{SVG_NS}circle"]


@pytest.mark.parametrize(("typed", "theme"), [("light", "light"), ("dark", "dark"),
                                              ("high-contrast", "contrast"), ("print", "print")])
def test_the_svg_is_the_view_in_that_theme_on_its_paper(capsys, tmp_path, typed, theme):
    root = export_svg(capsys, tmp_path, "leg-front", "--theme", typed)
    paper = next(r for r in root.iter(f"{SVG_NS}rect") if r.get("id") == "export-paper")
    assert paper.get("fill") == PALETTES[theme]["paper"]
    box = [float(v) for v in root.get("viewBox").split()]
    assert [float(paper.get(k)) for k in ("x", "y", "width", "height")] == box
    texts = [t for t in root.iter(f"{SVG_NS}text")]
    assert texts and all(t.get("fill") == PALETTES[theme]["text"] for t in texts)
    if theme != "light":  # every light colour swapped, as the app does
        drawn = ET.tostring(root, encoding="unicode")
        for role in ("skin", "outline", "text"):
            assert PALETTES["light"][role] not in drawn


def test_chosen_points_are_highlighted_on_both_legs(capsys, tmp_path):
    root = export_svg(capsys, tmp_path, "leg-front", "--points", "st36", "SP 12")
    view = catalog.view("leg-front")
    wanted = {h.centre for code in ("ST36", "SP12") for h in view.for_target("point", code)}
    rings = circles(root)
    assert {(x, y) for x, y, _ in rings} == {(round(x, 1), round(y, 1)) for x, y in wanted}
    assert {fill for *_, fill in rings} == {PALETTES["light"]["area"]}


def test_numbered_points_are_numbered_in_the_order_given(capsys, tmp_path):
    root = export_svg(capsys, tmp_path, "head-neck", "--points", "GV20", "GB21", "GB20",
                      "--numbered")
    group = next(g for g in root.iter(f"{SVG_NS}g") if g.get("id") == "layer-export-marks")
    numbers = {}
    for text in group.iter(f"{SVG_NS}text"):
        numbers.setdefault(text.text, []).append(float(text.get("x")))
    view = catalog.view("head-neck")
    for number, code in enumerate(("GV20", "GB21", "GB20"), start=1):
        xs = sorted(round(h.centre[0], 1) for h in view.for_target("point", code))
        assert sorted(numbers[str(number)]) == xs, code


def test_side_picks_the_left_or_right_version_of_a_one_limb_view(capsys, tmp_path):
    for side in ("left", "right"):
        root = export_svg(capsys, tmp_path, "leg-inner", "--side", side, "--points", "SP6")
        assert root.findtext(f"{SVG_NS}title") == catalog.view(f"leg-inner-{side}").title
        (x, y, _), = circles(root)
        (hotspot,) = catalog.view(f"leg-inner-{side}").for_target("point", "SP6")
        assert (x, y) == (round(hotspot.centre[0], 1), round(hotspot.centre[1], 1))
        assert hotspot.side == side


def test_side_on_a_view_of_both_legs_highlights_that_side_only(capsys, tmp_path):
    root = export_svg(capsys, tmp_path, "leg-front", "--side", "left", "--points", "ST36")
    (hotspot,) = [h for h in catalog.view("leg-front").for_target("point", "ST36")
                  if h.side == "left"]
    assert [(x, y) for x, y, _ in circles(root)] == [
        (round(hotspot.centre[0], 1), round(hotspot.centre[1], 1))]


# ---------------------------------------------------------------- refused, in one line
@pytest.mark.parametrize(("args", "message"), [
    (("diagram", "leg-middle", "-o", "{dir}/x.svg"), "unknown view 'leg-middle'"),
    (("diagram", "leg-inner", "--side", "up", "-o", "{dir}/x.svg"), "unknown side 'up'"),
    (("diagram", "leg-inner-left", "--side", "right", "-o", "{dir}/x.svg"), "other side"),
    (("diagram", "leg-front", "--points", "ST99", "-o", "{dir}/x.svg"), "ST99"),
    (("diagram", "leg-front", "--points", "SP6", "-o", "{dir}/x.svg"), "SP6 is not drawn"),
    (("diagram", "leg-front", "--theme", "sepia", "-o", "{dir}/x.svg"), "unknown theme"),
    (("diagram", "leg-front", "-o", "{dir}/x.jpg"), "must end in .svg, .png or .pdf"),
    (("diagram", "leg-front"), "-o FILE.svg"),
    (("diagram",), "name a view"),
    (("diagram", "leg-front", "-o", "{dir}/missing/x.svg"), "missing or read-only"),
    (("diagram", "leg-front", "-o", "{dir}/folder.svg"), "is a folder"),
])
def test_bad_requests_exit_2_with_one_line_and_write_nothing(capsys, tmp_path, args, message):
    (tmp_path / "folder.svg").mkdir()
    before = sorted(tmp_path.iterdir())
    status, out, err = run(capsys, *(a.format(dir=tmp_path) for a in args))
    assert status == 2, (out, err)
    assert message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert sorted(tmp_path.iterdir()) == before


def test_a_read_only_folder_is_refused_and_left_alone(capsys, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        status, _, err = run(capsys, "diagram", "face", "-o", str(folder / "face.svg"))
        if status == 0:  # root writes anywhere; nothing to check then
            pytest.skip("running as root: the folder is writable after all")
        assert status == 2 and "read-only" in err and len(err.strip().splitlines()) == 1
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_failure_while_writing_leaves_no_half_file(capsys, tmp_path, monkeypatch):
    from acuguide.sheet import diagram_export

    def broken(data, target):
        with open(target, "wb") as out:
            out.write(data[:100])  # half of it, then the disk is full
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(diagram_export, "_write_svg", broken)
    target = tmp_path / "face.svg"
    target.write_text("the old file")
    status, _, err = run(capsys, "diagram", "face", "-o", str(target))
    assert status == 2 and "No space left on device" in err
    assert target.read_text() == "the old file"
    assert leftovers(tmp_path) == []


# ---------------------------------------------------------------- PNG and PDF
@pytest.mark.gui
def test_the_png_shows_the_view_with_its_numbered_points(capsys, tmp_path, qapp):
    from PySide6.QtGui import QColor, QImage

    path = tmp_path / "front.png"
    status, _, err = run(capsys, "diagram", "leg-front", "--theme", "high-contrast",
                         "--points", "ST36", "ST34", "--numbered", "-o", str(path))
    assert status == 0, err
    image = QImage(str(path))
    view = catalog.view("leg-front")
    x0, y0, w, h = view.box
    assert image.height() >= 1000 and abs(image.width() / image.height() - w / h) < 0.01
    scale = image.width() / w
    assert image.pixelColor(2, 2) == QColor(PALETTES["contrast"]["paper"])
    marker = QColor(PALETTES["contrast"]["text"])  # a marker is drawn in the text colour
    for code in ("ST36", "ST34"):
        for hotspot in view.for_target("point", code):
            cx, cy = hotspot.centre
            px, py = round((cx - x0) * scale), round((cy - y0) * scale)
            ring = [image.pixelColor(px + dx, py) for dx in range(-14, 15, 2)]
            assert any(c == marker for c in ring), code
    assert leftovers(tmp_path) == []


@pytest.mark.gui
@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="pdftoppm (poppler-utils) missing")
def test_the_pdf_is_one_vector_page_of_the_view(capsys, tmp_path, qapp):
    from pypdf import PdfReader
    from PySide6.QtGui import QImage

    path = tmp_path / "sole.pdf"
    status, _, err = run(capsys, "diagram", "foot-sole", "--side", "right", "--theme", "print",
                         "--points", "KI1", "--numbered", "-o", str(path))
    assert status == 0, err
    reader = PdfReader(path)
    assert len(reader.pages) == 1 and not reader.pages[0].images
    assert reader.metadata.title == catalog.view("foot-sole-right").title
    assert "heel" in reader.pages[0].extract_text()  # the words stay text
    subprocess.run(["pdftoppm", "-r", "80", "-png", str(path), str(tmp_path / "page")],
                   check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    view = catalog.view("foot-sole-right")
    x0, y0, w, _ = view.box
    scale = image.width() / w
    (hotspot,) = view.for_target("point", "KI1")
    px, py = round((hotspot.centre[0] - x0) * scale), round((hotspot.centre[1] - y0) * scale)
    dark = [image.pixelColor(px + dx, py + dy).lightness() for dx in range(-6, 7)
            for dy in range(-6, 7)]
    assert min(dark) < 60  # the black numbered marker is printed there
    assert image.pixelColor(2, 2).lightness() > 240  # on white paper
