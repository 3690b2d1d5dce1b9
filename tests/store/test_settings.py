"""The settings file: a damaged or hand-edited one loads with defaults and one notice each."""

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings

from acuguide.session.prefs import SessionPrefs
from acuguide.store.settings import SIZE_LIMIT, Settings

pytestmark = pytest.mark.gui

BAD = """[General]
\x01\x02 garbage, not a key \xff\xfe=
=nothing
[session]
kinds=42
voice=@Invalid()
rate=nan
volume=1e400
prepare=99999
bilateral=sideways
reduced_motion=perhaps
[ui]
theme=@Point(1 2)
[explorer]
side=middle
point_codes=2
"""
NAMED = ["session/kinds", "session/voice", "session/rate", "session/volume",
         "session/prepare", "session/bilateral", "session/reduced_motion", "ui/theme",
         "explorer/side", "explorer/point_codes"]


def ini(path):
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


def test_a_hand_edited_file_loads_with_defaults_and_one_notice_per_bad_setting(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_bytes(BAD.encode("latin-1"))
    settings = ini(path)
    assert settings.session == SessionPrefs(prepare=60.0)
    assert (settings.theme, settings.explorer_side, settings.show_point_codes) == \
        ("system", "left", False)
    notice = settings.check()
    lines = notice.splitlines()
    assert lines[0] == f"Some settings in {path} were damaged and have been reset:"
    assert sorted(line.split("(")[1].split(")")[0] for line in lines[1:]) == sorted(NAMED)
    assert "Get-ready time (session/prepare): \"99999\" is above the range 0 to 60" in notice
    assert settings.check() == ""  # told once
    settings.sync()
    saved = path.read_text(encoding="latin-1")
    assert "volume=0.8" in saved and "prepare=60" in saved and "1e400" not in saved  # on disk
    again = ini(path)
    assert again.session == SessionPrefs(prepare=60.0) and again.check() == ""


def test_the_apps_own_settings_file_is_checked_too(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folder = tmp_path / "config" / "acuguide"
    folder.mkdir(parents=True)
    (folder / "acuguide.ini").write_text("[session]\nvolume=1e400\nrate=0.5\n")
    settings = Settings()
    assert settings.session == SessionPrefs(rate=0.5)
    assert "Cue volume (session/volume)" in settings.check()


def test_a_missing_file_gives_the_defaults_and_no_notice(tmp_path):
    settings = ini(tmp_path / "none.ini")
    assert settings.session == SessionPrefs() and settings.check() == ""
    assert settings.theme == "system" and settings.last_view == "leg-front"


def test_every_setting_survives_a_restart(tmp_path):
    path = tmp_path / "s.ini"
    prefs = SessionPrefs(volume=0.35, kinds=frozenset(), voice=False, rate=-0.7, prepare=12.5,
                         bilateral="both-at-once", reduced_motion=True, muted=True)
    first = ini(path)
    first.session = prefs
    first.theme, first.explorer_side, first.show_point_codes = "contrast", "right", True
    first.last_view = "arm-back"
    first.sync()
    second = ini(path)
    assert second.session == prefs and second.check() == ""
    assert (second.theme, second.explorer_side, second.show_point_codes, second.last_view) == \
        ("contrast", "right", True, "arm-back")


def test_a_bad_value_handed_to_the_store_is_written_as_the_nearest_allowed(tmp_path):
    path = tmp_path / "s.ini"
    first = ini(path)
    first.session = SessionPrefs(volume=7.0, rate=float("nan"))
    first.theme = "neon"
    first.sync()
    second = ini(path)
    assert second.session == SessionPrefs(volume=1.0) and second.theme == "system"
    assert second.check() == ""


def _fifo(path):
    os.mkfifo(path)


def _folder(path):
    path.mkdir()


def _sparse(path):
    with path.open("wb") as f:
        f.truncate(SIZE_LIMIT + 1)  # sparse: costs nothing on disk


def _link_to_fifo(path):
    os.mkfifo(path.parent / "pipe")
    path.symlink_to(path.parent / "pipe")


@pytest.mark.parametrize(("make", "why"), [
    (_fifo, "is not a regular file"), (_folder, "is a folder"),
    (_sparse, f"is {SIZE_LIMIT + 1:,} bytes long"), (_link_to_fifo, "is not a regular file")])
def test_a_settings_file_that_is_no_small_regular_file_is_never_opened(tmp_path, monkeypatch,
                                                                       make, why):
    # Never opened: Qt's read would block on a pipe and read a huge file whole. (Nothing is
    # synced here: as root, Qt's save would replace a linked-to device with a plain file.)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    (tmp_path / "acuguide").mkdir()
    path = tmp_path / "acuguide" / "acuguide.ini"
    make(path)
    settings = Settings()
    assert settings.session == SessionPrefs() and settings.theme == "system"
    settings.theme = "dark"
    assert settings.theme == "dark"  # kept for this run
    notice = settings.check()
    assert notice.startswith(f"The settings file {path} {why}")
    assert "cannot keep changes until that file is moved away" in notice
    assert settings.check() == ""


PIECES = [b"[session]\n", b"[ui]\n", b"[explorer]\n", b"volume=", b"kinds=", b"prepare=",
          b"rate=", b"voice=", b"theme=", b"side=", b"point_codes=", b"@Invalid()",
          b"@ByteArray(", b"@Variant(\x00\x00", b"@Point(1 2)", b"@Rect(1 2 3 4)", b"=", b"\n",
          b"\\", b'"', b",", b"nan", b"1e400", b"-inf", b"99999", b"true"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.binary(min_size=1, max_size=8)),
                max_size=60))
def test_any_bytes_in_the_settings_file_load_as_valid_settings(pieces):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.ini"
        path.write_bytes(b"".join(pieces))
        store = ini(path)
        assert store.session.problems() == []
        assert store.theme in ("system", "light", "dark", "contrast")
        assert store.explorer_side in ("left", "right")
        assert isinstance(store.show_point_codes, bool) and store.last_view
        store.check()
        store.sync()
        assert ini(path).check() == ""  # what was damaged has been repaired
