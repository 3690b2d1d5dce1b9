"""The speech helper never outlives acuguide, and a hanging engine never delays a session.

The sessions run as real processes, with a speech helper whose engine hangs: the real
helper (speech_worker.main) with the mock engine, made to block while choosing a voice, the
way speech-dispatcher blocks with no sound server (its event loop never runs, so it cannot
see stdin close).
"""

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

PLAN_SECONDS = 11.25  # leg-cramps is 11:15 of plan; at speed 60 that is 11.25 s


def hanging_driver(tmp_path: Path) -> Path:
    """A script that runs ``acuguide ARGS...`` with a speech helper whose engine hangs.

    The helper touches ``helper-hangs`` in tmp_path once it is stuck.
    """
    marker = tmp_path / "helper-hangs"
    helper = textwrap.dedent(f"""
        import sys, time
        import acuguide.session.speech_worker as worker
        def hang(engine):
            open({str(marker)!r}, "w").close()
            time.sleep(3600)
        worker._choose_english = hang
        sys.exit(worker.main(["mock", *sys.argv[2:]]))
    """)
    driver = tmp_path / "driver.py"
    driver.write_text(textwrap.dedent(f"""
        import runpy
        from acuguide.session import speech
        speech.HELPER = ("-c", {helper!r})
        runpy.run_module("acuguide", run_name="__main__")
    """))
    return driver


def children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kernel's parent-death "
                    "signal is Linux's")
def test_the_helper_dies_with_the_app_after_kill_9_while_its_engine_hangs(tmp_path):
    driver = hanging_driver(tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen([sys.executable, str(driver), "run", "leg-cramps", "--headless",
                            "--speed", "60"], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, env=env)
    try:
        wait_for((tmp_path / "helper-hangs").exists, 20, "the helper did not start")
        helpers = children(app.pid)
        assert len(helpers) == 1
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=10)
        wait_for(lambda: not alive(helpers[0]), 2, "the speech helper outlived the app")
    finally:
        app.kill()
        app.wait()


def test_a_helper_orphaned_before_it_could_arrange_to_die_quits_at_once():
    # The pid acuguide passed is not our parent's: the parent died before prctl.
    out = subprocess.run([sys.executable, "-c", "from acuguide.session.speech_worker import "
                          "die_with_parent; die_with_parent(1); print('still here')"],
                         capture_output=True, text=True, timeout=30)
    assert out.returncode == 0 and "still here" not in out.stdout


def test_a_hanging_speech_engine_never_delays_the_schedule(tmp_path):
    driver = hanging_driver(tmp_path)
    log = tmp_path / "cues.jsonl"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ACUGUIDE_LOG_MONOTONIC": "1",
           "PULSE_SERVER": f"unix:{tmp_path / 'no-sound-server'}"}
    app = subprocess.Popen([sys.executable, str(driver), "run", "leg-cramps", "--headless",
                            "--speed", "60", "--cue-log", str(log)], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True, env=env)
    assert app.stdout is not None
    assert app.stdout.readline().startswith("Leg cramps: 5 steps, 11:15")
    started = time.monotonic()  # the session's header: it starts right after it
    _out, err = app.communicate(timeout=60)
    ended = time.monotonic()
    assert app.returncode == 0, err
    assert "the voice joins when the speech engine is ready" in err, err
    assert err.count("the voice joins") == 1 and "Traceback" not in err
    entries = [json.loads(line) for line in log.read_text().splitlines()]
    assert entries[0]["kind"] == "prepare" and entries[-1]["kind"] == "end"
    assert entries[0]["monotonic"] - started < 0.5
    assert entries[-1]["monotonic"] - started < PLAN_SECONDS + 1
    # With no chime to let ring out, it leaves at once (else after the end chime, 2 s).
    tail = 1 if "no sound output found" in err else 3
    assert ended - started < PLAN_SECONDS + tail


def test_the_helper_quits_when_its_stdin_closes_even_while_its_engine_hangs(tmp_path):
    marker = tmp_path / "helper-hangs"
    helper = textwrap.dedent(f"""
        import sys, time
        import acuguide.session.speech_worker as worker
        def hang(engine):
            open({str(marker)!r}, "w").close()
            time.sleep(3600)
        worker._choose_english = hang
        sys.exit(worker.main(["mock", "0", str(__import__("os").getppid())]))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", helper], stdin=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, env=env)
    try:
        wait_for(marker.exists, 20, "the helper did not start")
        assert proc.stdin is not None
        proc.stdin.close()
        assert proc.wait(timeout=2) == 0
    finally:
        proc.kill()
        proc.wait()
