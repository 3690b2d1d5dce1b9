"""``acuguide desktop install`` / ``uninstall``: the menu entry, metainfo and icons for one user."""

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from acuguide import desktop_entry
from acuguide.cli import main
from system_tools import require

APP_ID = "io.github.acuguide.acuguide"
SIZES = (16, 24, 32, 48, 64, 128, 256)


@pytest.fixture
def home(tmp_path, monkeypatch):
    folder = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


def exec_argv(entry: Path) -> list[str]:
    """The argv a desktop would run for the entry's Exec line (desktop entry spec rules)."""
    line = next(ln for ln in entry.read_text().splitlines() if ln.startswith("Exec="))
    # First the string escapes of any value, then the Exec quoting inside "...".
    value = re.sub(r"\\(.)", lambda m: {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(
        m[1], m[1] if m[1] == "\\" else "\\" + m[1]), line.removeprefix("Exec="))
    args: list[str] = []
    word, started, quoted = "", False, False
    chars = iter(value)
    for c in chars:
        if quoted and c == "\\":
            word += next(chars)  # inside quotes, a backslash escapes the next character
        elif c == '"':
            quoted, started = not quoted, True
        elif c == " " and not quoted:
            if started:
                args.append(word)
            word, started = "", False
        else:
            word, started = word + c, True
    if started:
        args.append(word)
    return [arg.replace("%%", "%") for arg in args]


def validate(entry: Path) -> None:
    result = subprocess.run([require("desktop-file-validate"), str(entry)],
                            capture_output=True, text=True, timeout=30)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_install_puts_entry_metainfo_and_icons_in_the_data_folder(home, capsys):
    assert main(["desktop", "install"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and str(home) in out
    assert (home / "applications" / f"{APP_ID}.desktop").is_file()
    assert (home / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (home / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    for n in SIZES:
        assert (home / f"icons/hicolor/{n}x{n}/apps" / f"{APP_ID}.png").stat().st_size > 0
    assert not list(home.rglob(".*.tmp")), "a temporary file was left behind"


def test_installed_entry_is_valid_and_runs_this_environments_acuguide(home):
    main(["desktop", "install"])
    entry = home / "applications" / f"{APP_ID}.desktop"
    validate(entry)
    argv = exec_argv(entry)
    assert Path(argv[0]).is_absolute() and Path(argv[0]).is_file()
    assert Path(argv[0]).parent == Path(sys.executable).absolute().parent
    assert f"TryExec={argv[0]}\n" in entry.read_text()


@pytest.mark.slow
def test_the_installed_entry_command_shows_a_point(home):
    main(["desktop", "install"])
    argv = exec_argv(home / "applications" / f"{APP_ID}.desktop")
    result = subprocess.run([*argv, "show", "SP6"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "SP6" in result.stdout


def test_uninstall_leaves_nothing(home, capsys):
    main(["desktop", "install"])
    capsys.readouterr()
    assert main(["desktop", "uninstall"]) == 0
    assert "removed" in capsys.readouterr().out
    assert list(home.iterdir()) == []
    assert main(["desktop", "uninstall"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_uninstall_keeps_other_applications_files(home):
    other = home / "icons/hicolor/48x48/apps/org.example.Other.png"
    other.parent.mkdir(parents=True)
    other.write_bytes(b"png")
    main(["desktop", "install"])
    main(["desktop", "uninstall"])
    assert [p for p in home.rglob("*") if p.is_file()] == [other]


@pytest.mark.parametrize("where", [".", "applications", "icons/hicolor"])
def test_a_file_where_a_folder_should_be_exits_2_with_one_line(home, capsys, where):
    # A file in the way (not chmod: the tests may run as root, who can write anyway).
    blocker = home / where
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("not a folder")
    assert main(["desktop", "install"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert str(blocker) in captured.err
    assert not (home.is_dir() and list(home.rglob(f"{APP_ID}*"))), "half an install left"


def test_without_an_acuguide_script_the_entry_runs_python_m(tmp_path, monkeypatch):
    python = tmp_path / "env with spaces" / "bin" / "python3"
    monkeypatch.setattr(sys, "executable", str(python))
    monkeypatch.setattr(desktop_entry.shutil, "which", lambda name: None)
    assert desktop_entry.launch_command() == (str(python), "-m", "acuguide")


def test_odd_characters_in_the_path_are_quoted_for_the_desktop(tmp_path):
    argv = [str(tmp_path / 'my "apps" $HOME 100% \\ `x`' / "acuguide"), "-m", "acuguide"]
    entry = tmp_path / f"{APP_ID}.desktop"
    text = (Path(__file__).parents[1] / "packaging/linux" / entry.name).read_text()
    entry.write_text(desktop_entry.rewrite_entry(text, argv))
    validate(entry)
    assert exec_argv(entry) == argv


def test_existing_caches_are_refreshed(home):
    tool = require("update-desktop-database")
    applications = home / "applications"
    applications.mkdir(parents=True)
    subprocess.run([tool, str(applications)], check=True, timeout=30)
    cache = applications / "mimeinfo.cache"
    before = cache.stat().st_mtime_ns
    done = desktop_entry.install()
    assert "update-desktop-database" in done.caches
    assert cache.stat().st_mtime_ns >= before


def test_a_cache_tool_that_hangs_or_fails_does_not_stop_the_install(home, tmp_path, monkeypatch):
    tools = tmp_path / "bin"
    tools.mkdir()
    (tools / "update-desktop-database").write_text(
        f"#!{sys.executable}\nimport time\ntime.sleep(30)\n")
    (tools / "gtk-update-icon-cache").write_text("#!/bin/sh\nexit 1\n")
    for tool in tools.iterdir():
        tool.chmod(0o755)
    monkeypatch.setenv("PATH", str(tools))
    monkeypatch.setattr(desktop_entry, "CACHE_TIMEOUT", 0.5)
    (home / "applications").mkdir(parents=True)
    (home / "applications" / "mimeinfo.cache").write_text("[MIME Cache]\n")
    (home / "icons/hicolor").mkdir(parents=True)
    (home / "icons/hicolor/icon-theme.cache").write_bytes(b"")
    started = time.monotonic()
    done = desktop_entry.install()
    assert time.monotonic() - started < 10
    assert done.caches == ()
    assert (home / "applications" / f"{APP_ID}.desktop").is_file()
