"""The freedesktop files in packaging/linux: desktop entry, AppStream metainfo and icons."""

import configparser
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from acuguide import __version__, resources
from system_tools import require

ROOT = Path(__file__).parents[1]
APP_ID = "io.github.acuguide.acuguide"
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
HICOLOR = LINUX / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def test_desktop_entry_passes_desktop_file_validate():
    result = subprocess.run([require("desktop-file-validate"), str(DESKTOP)],
                            capture_output=True, text=True, timeout=30)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_desktop_entry_starts_acuguide_with_its_icon_and_window_class():
    fields = entry()
    assert fields["Exec"] == "acuguide"
    assert fields["Icon"] == APP_ID
    # Qt sets the Wayland app id (and X11's _GTK_APPLICATION_ID) from desktopFileName.
    assert fields["StartupWMClass"] == APP_ID
    assert {"Education", "MedicalSoftware"} <= set(fields["Categories"].split(";"))
    assert {"acupressure", "restless legs", "leg cramps"} <= set(fields["Keywords"].split(";"))
    assert "acupressure" in fields["Comment"]


def test_metainfo_passes_appstreamcli_validate():
    result = subprocess.run(
        [require("appstreamcli"), "validate", "--no-net", "--pedantic", "--no-color",
         str(METAINFO)], capture_output=True, text=True, timeout=60)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # Errors and warnings both count; pedantic notes (P:) and infos are only advice.
    assert not [line for line in output.splitlines() if line.startswith(("E:", "W:"))], output


def test_metainfo_names_the_entry_the_command_and_the_releases():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert root.findtext("provides/binary") in scripts
    assert root.findtext("project_license") == "MIT"
    releases = [(r.get("version"), r.get("date")) for r in root.iter("release")]
    assert releases[0] == ("0.2.0", "2026-12-01")
    assert "0.1.0" in dict(releases) and __version__ in dict(releases)
    assert [date for _, date in releases] == sorted((d for _, d in releases), reverse=True)
    captions = [s.findtext("caption") for s in root.iter("screenshot")]
    assert captions and all(captions)


def test_the_packaging_folder_is_a_resource():
    data = resources.read_bytes(f"packaging/linux/{APP_ID}.desktop")
    assert data == DESKTOP.read_bytes()
    svg = resources.locate(f"packaging/linux/icons/hicolor/scalable/apps/{APP_ID}.svg")
    assert svg.is_file()


@pytest.mark.gui
@pytest.mark.parametrize("size", SIZES)
def test_each_png_is_the_svg_rendered_at_its_size(qapp, size):
    from PySide6.QtCore import QByteArray, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    png = QImage(str(HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
    assert (png.width(), png.height()) == (size, size)
    png = png.convertToFormat(QImage.Format.Format_ARGB32)
    renderer = QSvgRenderer(QByteArray((HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg")
                                       .read_bytes()))
    assert renderer.isValid()
    fresh = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    fresh.fill(0)
    painter = QPainter(fresh)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    fresh = fresh.convertToFormat(QImage.Format.Format_ARGB32)

    pixels = [png.pixel(x, y) for y in range(size) for x in range(size)]
    opaque = [p for p in pixels if p >> 24 == 0xFF]
    assert len(opaque) > size * size // 2, "mostly transparent: blank icon?"
    assert len(set(opaque)) >= 4, "a flat square, not the icon"
    # Regenerated after the last SVG change (scripts/make_icons.py): the same pixels, give or
    # take rounding.
    diff = sum(abs(((a >> s) & 0xFF) - ((fresh.pixel(i % size, i // size) >> s) & 0xFF))
               for i, a in enumerate(pixels) for s in (0, 8, 16, 24))
    assert diff / (size * size * 4) < 2.0
