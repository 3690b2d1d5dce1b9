import glob
import json
import os
import signal
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.slow
KEYS = {"kind", "step", "target", "side", "scheduled", "actual"}


def acuguide(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "acuguide", *args], capture_output=True,
                          text=True, timeout=120, **kwargs)


def test_headless_run_writes_the_cue_log_and_prints_captions(tmp_path):
    log = tmp_path / "cues.jsonl"
    out = acuguide("run", "leg-cramps", "--headless", "--speed", "600", "--mute",
                   "--cue-log", str(log))
    assert out.returncode == 0, out.stderr
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    assert all(set(e) == KEYS for e in entries)
    assert len(entries) == 20 + 1  # every phase boundary, then the end
    assert [e["kind"] for e in entries[:3]] == ["prepare", "start", "switch-side"]
    assert entries[0] == {"kind": "prepare", "step": 0, "target": "ST34", "side": "left",
                          "scheduled": 0.0, "actual": entries[0]["actual"]}
    assert entries[-1]["kind"] == "end" and entries[-1]["scheduled"] == 675
    late = [e["actual"] - e["scheduled"] for e in entries]
    assert all(d >= 0 for d in late)
    assert sorted(late)[len(late) // 2] < 6  # plan seconds at speed 600: ~10 ms real
    assert "Gently massage ST34 (Liángqiū), left side" in out.stdout
    assert "Session complete" in out.stdout


def test_holds_log_their_hand_as_target(tmp_path):
    log = tmp_path / "cues.jsonl"
    out = acuguide("run", "rls-evening", "--headless", "--speed", "1000", "--mute",
                   "--cue-log", str(log))
    assert out.returncode == 0, out.stderr
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    assert entries[0]["target"] == "right-thumb" and entries[0]["side"] == "right"
    assert {e["side"] for e in entries} == {"left", "right", "midline"}
    assert any(e["kind"] == "breathe-in" for e in entries)


@pytest.mark.parametrize(("args", "message"), [
    (("run", "nope", "--headless"), "unknown routine 'nope'"),
    (("run", "leg-cramps", "--headless", "--cue-log", "/proc/no/such/dir/log"),
     "cannot write the cue log"),
    (("run", "leg-cramps", "--headless", "--speed", "0"), "speed must be above 0"),
])
def test_bad_run_input_exits_2(args, message):
    out = acuguide(*args)
    assert out.returncode == 2
    assert message in out.stderr


def test_ctrl_c_stops_cleanly_with_130(tmp_path):
    log = tmp_path / "cues.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "acuguide", "run", "leg-cramps", "--headless",
                             "--mute", "--cue-log", str(log)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=os.environ.copy())
    deadline = time.monotonic() + 20
    while not log.exists() or not log.read_text():
        assert time.monotonic() < deadline, "the session did not start"
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=20)
    assert proc.returncode == 130, err
    assert "stopped" in err and "Traceback" not in err
    assert json.loads(log.read_text().splitlines()[0])["kind"] == "prepare"


def test_run_without_headless_opens_the_screen_and_records_the_session(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path)}
    log = tmp_path / "cues.jsonl"
    out = acuguide("run", "leg-cramps", "--speed", "600", "--yes", "--no-summary", "--mute",
                   "--cue-log", str(log), env=env)
    assert out.returncode == 0, out.stderr
    assert len(log.read_text().splitlines()) == 21
    from acuguide.store.history import History

    rows = History(tmp_path / "acuguide" / "history.sqlite3").all()
    assert len(rows) == 1 and rows[0].completed and rows[0].steps_done == 5


@pytest.mark.parametrize(("options", "accept", "summary"), [
    ((), False, True), (("--yes",), True, True), (("--no-summary",), False, False),
    (("--yes", "--no-summary"), True, False)])
def test_yes_only_accepts_the_safety_check_and_no_summary_drops_the_summary(
        monkeypatch, options, accept, summary):
    import acuguide.app
    from acuguide.commands import main

    asked = []
    monkeypatch.setattr(acuguide.app, "run_session_window",
                        lambda routine, content, **kw: asked.append(kw) or 0)
    assert main(["run", "leg-cramps", *options]) == 0
    assert [(kw["accept"], kw["summary"]) for kw in asked] == [(accept, summary)]


def test_headless_prints_the_cautions_and_flagged_points_before_the_first_cue(content):
    from acuguide.session.safety import flagged_steps

    out = acuguide("run", "rls-evening", "--headless", "--speed", "1000", "--mute")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    first_cue = next(i for i, line in enumerate(lines) if line.startswith("["))
    before = lines[:first_cue]
    routine = content.routines["rls-evening"]
    flagged = flagged_steps(routine, content.atlas)
    assert routine.cautions and flagged  # the routine this test is about has both
    for text in routine.cautions:
        assert f"Caution: {text}" in before
    for item in flagged:
        assert any(line.startswith(f"Caution, step {item.step + 1} ({item.name}): ")
                   and item.cautions[0].text in line for line in before)


def wait_for_first_cue(log, proc):
    deadline = time.monotonic() + 30
    while not log.exists() or not log.read_text():
        assert proc.poll() is None, proc.communicate()[1]
        assert time.monotonic() < deadline, "the session did not start"
        time.sleep(0.05)


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_sigterm_and_sighup_stop_a_headless_session_cleanly(tmp_path, signum, status):
    log = tmp_path / "cues.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "acuguide", "run", "leg-cramps", "--headless",
                             "--mute", "--speed", "60", "--cue-log", str(log)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_for_first_cue(log, proc)
    sent = time.monotonic()
    proc.send_signal(signum)
    _out, err = proc.communicate(timeout=20)
    assert time.monotonic() - sent < 2
    assert proc.returncode == status, err
    assert "stopped" in err and "Traceback" not in err
    text = log.read_text()
    assert text.endswith("\n")
    entries = [json.loads(line) for line in text.splitlines()]  # every line whole
    assert entries[0]["kind"] == "prepare" and entries[-1]["kind"] != "end"


def helper_pids(parent):
    """The speech helpers started by ``parent`` (Linux's /proc; none elsewhere)."""
    found = []
    for cmdline in glob.glob("/proc/[0-9]*/cmdline"):
        try:
            with open(cmdline, "rb") as f:
                args = f.read().split(b"\0")
            with open(cmdline.replace("cmdline", "stat")) as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except OSError:
            continue
        if ppid == parent and b"acuguide.session.speech_worker" in args:
            found.append(int(cmdline.split("/")[2]))
    return found


def test_sigterm_ends_a_windowed_session_and_keeps_its_record(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}  # default settings: voice on
    log = tmp_path / "cues.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "acuguide", "run", "leg-cramps", "--yes",
                             "--cue-log", str(log)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    wait_for_first_cue(log, proc)
    helpers = helper_pids(proc.pid)  # voice is on: the speech helper is running
    assert helpers or not sys.platform.startswith("linux")
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=20)
    assert proc.returncode == 143, err
    assert "Traceback" not in err
    deadline = time.monotonic() + 2
    while any(os.path.exists(f"/proc/{pid}") for pid in helpers):
        assert time.monotonic() < deadline, "the speech helper outlived the app"
        time.sleep(0.05)
    from acuguide.store.history import History

    rows = History(tmp_path / "acuguide" / "history.sqlite3").all()
    assert len(rows) == 1 and not rows[0].completed and rows[0].routine_id == "leg-cramps"
