import shutil
import subprocess
import sys

import pytest
from pypdf import PdfReader

from acuguide.sheet.items import Diagram

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
    markers = [m for item in sheet.pages[0].items if isinstance(item, Diagram)
               for m in item.markers]
    assert markers
    for marker in markers:
        # The marker's rim is black; its centre carries a white number, so probe the rim.
        x, y = round((marker.x - 4.5) * scale), round(marker.y * scale)
        dark = min(image.pixelColor(x + dx, y + dy).lightness()
                   for dx in (-1, 0, 1) for dy in (-1, 0, 1))
        assert dark < 80, (marker, dark)


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
