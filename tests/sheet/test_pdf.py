import shutil
import subprocess
import sys

import pytest
from pypdf import PdfReader

from acuguide.sheet.items import Diagram, badge_at

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def rls_pdf(tmp_path_factory, qapp, content):
    from acuguide.sheet.layout import layout
    from acuguide.sheet.render import export_pdf, qt_measure

    path = tmp_path_factory.mktemp("sheet") / "rls.pdf"
    sheet = layout(content.routines["rls-evening"], content.atlas, "a4", measure=qt_measure)
    export_pdf(sheet, path, "Restless legs, evening")
    return path, sheet


def test_the_pdf_text_has_every_code_duration_and_the_source(rls_pdf, content):
    path, sheet = rls_pdf
    reader = PdfReader(path)
    assert len(reader.pages) == len(sheet.pages) == 2
    text = " ".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    routine = content.routines["rls-evening"]
    for step in routine.steps:
        if step.kind == "point":
            assert step.target in flat, step.target
    assert "2:00" in flat and "1:00 each side" in flat and "35:45" in flat
    assert "Acupressure for Restless Leg Syndrome" in flat
    assert "not medical advice" in flat
    assert reader.metadata.title == "Restless legs, evening"


def test_the_pdf_is_small_and_vector(rls_pdf):
    path, _ = rls_pdf
    assert path.stat().st_size < 500_000
    reader = PdfReader(path)
    for page in reader.pages:
        images = page.images
        assert not images, "no page-sized bitmaps: diagrams and text are vector"


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="pdftoppm (poppler-utils) missing")
def test_markers_are_printed_where_the_layout_puts_them(rls_pdf, tmp_path):
    from PySide6.QtGui import QImage

    path, sheet = rls_pdf
    dpi = 100
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "1", str(path),
                    str(tmp_path / "page")], check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert not image.isNull()
    scale = dpi / 72
    markers = [(m, item.rect) for item in sheet.pages[0].items if isinstance(item, Diagram)
               for m in item.markers]
    assert markers

    def dark_at(x, y):
        px, py = round(x * scale), round(y * scale)
        return min(image.pixelColor(px + dx, py + dy).lightness()
                   for dx in (-1, 0, 1) for dy in (-1, 0, 1))

    for marker, rect in markers:
        assert dark_at(marker.x, marker.y) < 80, ("a dot on the point", marker)
        # The badge's rim is black; its centre carries a white number, so probe the rim.
        bx, by = badge_at(marker, rect)
        assert dark_at(bx - 4.5, by) < 80, ("the badge beside it", marker)


def test_cli_sheet_writes_a_pdf_and_refuses_bad_input(tmp_path):
    def acuguide(*args):
        return subprocess.run([sys.executable, "-m", "acuguide", *args], capture_output=True,
                              text=True, timeout=120)

    out = acuguide("sheet", "leg-cramps", "-o", str(tmp_path / "cramps.pdf"), "--paper",
                   "letter")
    assert out.returncode == 0, out.stderr
    assert "1 page" in out.stdout
    assert PdfReader(tmp_path / "cramps.pdf").pages[0].mediabox.width == pytest.approx(612)
    out = acuguide("sheet", "nope", "-o", str(tmp_path / "x.pdf"))
    assert out.returncode == 2 and "unknown routine" in out.stderr
    out = acuguide("sheet", "leg-cramps", "-o", str(tmp_path / "missing" / "x.pdf"))
    assert out.returncode == 2 and "cannot write" in out.stderr
    assert not list(tmp_path.glob("**/.acuguide-*")), "no half-written files left"


def _alphas(obj):
    """The alphas below 1 and the soft masks set in one PDF dictionary."""
    found = [(key, float(obj[key])) for key in ("/ca", "/CA")
             if key in obj and float(obj[key]) < 1]
    if obj.get("/SMask", "/None") != "/None":
        found.append(("/SMask", obj["/SMask"]))
    return found


def transparency(path):
    """Every alpha below 1 and every soft mask in the PDF's graphics states, as (key, value)."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    found, seen = [], set()
    todo = [page.get_object() for page in PdfReader(path).pages]
    while todo:
        obj = todo.pop()
        if isinstance(obj, IndirectObject):
            if obj.idnum in seen:
                continue
            seen.add(obj.idnum)
            obj = obj.get_object()
        if isinstance(obj, DictionaryObject):
            found += _alphas(obj)
            todo += [value for key, value in obj.items() if key != "/Parent"]
        elif isinstance(obj, ArrayObject):
            todo += list(obj)
    return found


@pytest.mark.parametrize("routine_id", ["rls-evening", "leg-cramps", "leg-massage"])
def test_the_printed_sheet_carries_no_transparency(routine_id, content, qapp, tmp_path):
    # A PostScript queue (Ghostscript) turns a page with any alpha into one 300 ppi bitmap.
    from acuguide.sheet.layout import layout
    from acuguide.sheet.render import export_pdf, qt_measure

    assert set(content.routines) >= {"rls-evening", "leg-cramps", "leg-massage"}
    sheet = layout(content.routines[routine_id], content.atlas, "a4", measure=qt_measure,
                   notes_lines=4, log_days=14)
    path = tmp_path / "sheet.pdf"
    export_pdf(sheet, path, routine_id)
    assert transparency(path) == []


def test_every_built_in_routine_is_checked_for_transparency(content):
    assert sorted(content.routines) == ["leg-cramps", "leg-massage", "rls-evening"]


@pytest.mark.parametrize("args", [["leg-inner", "--points", "SP6"],
                                  ["foot-sole", "--points", "KI1", "--numbered"],
                                  ["leg-front"]])
def test_a_print_theme_diagram_carries_no_transparency(args, tmp_path, qapp, capsys):
    from acuguide.cli import main

    path = tmp_path / "view.pdf"
    assert main(["diagram", *args, "--theme", "print", "-o", str(path)]) == 0, \
        capsys.readouterr().err
    assert transparency(path) == []


def test_the_light_theme_keeps_its_translucent_areas(tmp_path, qapp, capsys):
    # The reader finds transparency where there is some: the screen themes keep theirs.
    from acuguide.cli import main

    path = tmp_path / "view.pdf"
    assert main(["diagram", "leg-inner", "--points", "SP6", "-o", str(path)]) == 0, \
        capsys.readouterr().err
    assert ("/ca", pytest.approx(0.43, abs=0.01)) in transparency(path)


def test_the_print_palette_blends_opacity_over_the_paper():
    from acuguide.diagrams.palette import opaque, themed

    art = ('<polygon fill="#4f8fd6" fill-opacity="0.10" stroke="#4f8fd6" stroke-opacity="0.7"/>'
           '<circle fill="#2e7d32" fill-opacity="0" stroke="none"/>'
           '<rect fill="#000000" opacity="0.5"/>')
    printed = themed(art.encode(), "print").decode()
    assert "opacity" not in printed
    assert 'fill="#f0f0f0"' in printed and 'stroke="#949494"' in printed  # #666666 on white
    assert '<circle fill="none" stroke="none"/>' in printed
    assert 'fill="#808080"' in opaque('<rect fill="#000000" opacity="0.5"/>', "#ffffff")
    assert "opacity" in themed(art.encode(), "dark").decode()
