import pytest

from acuguide.session import output as output_module
from acuguide.session.controller import Fired
from acuguide.session.cues import Cue, CueSettings
from acuguide.session.output import CueOutput
from acuguide.session.speech import Speaker

pytestmark = pytest.mark.gui

CUE = Cue("prepare", 0.0, 0, 0, "SP6", "left", "Next: SP6", "Next: SP6, left side.")


def test_without_sound_or_voice_captions_still_come(qtbot):
    out = CueOutput(CueSettings(sound=False, voice=False))
    captions = []
    out.caption.connect(captions.append)
    out.start()
    out.on_cue(Fired(CUE, 0, 0))
    assert captions == ["Next: SP6"]
    out.close()


def test_missing_qtmultimedia_is_reported_once_and_never_crashes(qtbot, monkeypatch):
    monkeypatch.setattr(output_module, "multimedia_problem",
                        lambda: "sound is unavailable (libpulse.so.0: cannot open)")
    out = CueOutput(CueSettings(voice=False))
    notices = []
    out.notice.connect(notices.append)
    out.start()
    out.start()
    for _ in range(3):
        out.on_cue(Fired(CUE, 0, 0))
    assert out.chimes is None
    assert notices == ["sound is unavailable (libpulse.so.0: cannot open): cues are shown "
                       "as captions"]
    out.close()


def test_no_output_device_means_captions_and_one_notice(qtbot, monkeypatch):
    from PySide6.QtMultimedia import QMediaDevices

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(list))
    out = CueOutput(CueSettings(voice=False))
    notices = []
    out.notice.connect(notices.append)
    out.start()
    assert out.chimes is not None and not out.chimes.play("start")
    assert notices == ["no sound output found: cues are shown as captions"]
    out.close()


def test_speech_with_the_mock_engine_queues_and_never_cuts_itself_off(qtbot):
    speaker = Speaker("mock")
    with qtbot.waitSignal(speaker.ready, timeout=5000):
        speaker.load()
    spoken = []
    speaker.spoken.connect(spoken.append)
    speaker.say("first words here")
    speaker.say("out of date")
    speaker.say("second")
    assert spoken == ["first words here"]  # the next waits for the first to finish
    qtbot.waitUntil(lambda: spoken == ["first words here", "second"], timeout=5000)
    qtbot.waitUntil(lambda: not speaker.speaking, timeout=5000)
    speaker.close()


# A speech helper whose engine loads, then takes utterances and never finishes them.
STUCK_HELPER = ("-c", "import sys; print('ready', flush=True); [None for _ in sys.stdin]")


def test_a_stuck_utterance_is_given_up_and_reported_once(qtbot, monkeypatch):
    monkeypatch.setattr("acuguide.session.speech.WATCHDOG_MARGIN", 0.2)
    monkeypatch.setattr("acuguide.session.speech.WORDS_PER_SECOND", 1000)
    monkeypatch.setattr("acuguide.session.speech.HELPER", STUCK_HELPER)
    speaker = Speaker("mock")
    with qtbot.waitSignal(speaker.ready, timeout=5000):
        speaker.load()
    assert speaker.is_ready
    reasons, spoken = [], []
    speaker.unavailable.connect(reasons.append)
    speaker.spoken.connect(spoken.append)
    with qtbot.waitSignal(speaker.unavailable, timeout=3000):
        speaker.say("hello there")
    speaker.say("more")
    assert spoken == ["hello there"]
    assert len(reasons) == 1 and "stopped responding" in reasons[0]
    assert not speaker.is_ready
    speaker.close()


@pytest.mark.qt_log_ignore(r'plug-in "no-such-engine" is not supported')  # the point of it
def test_a_broken_engine_is_reported_not_raised(qtbot):
    speaker = Speaker("no-such-engine")
    with qtbot.waitSignal(speaker.unavailable, timeout=5000) as blocker:
        speaker.load()
    assert "speech is unavailable" in blocker.args[0]
    speaker.close()


def test_unmuting_a_session_started_muted_brings_the_chimes(qtbot):
    out = CueOutput(CueSettings(sound=False, voice=False))
    assert out.chimes is None
    out.set_muted(False)
    assert out.chimes is not None and out.settings.sound
    out.set_muted(True)
    assert not out.settings.sound
    out.close()
