"""The routine builder, used as a person would: clicks on the diagram, typing, keys."""

import subprocess
import sys

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid

from acuguide.model.content import load_content, read_routine
from acuguide.model.plan import expand
from acuguide.model.routine_doc import Defaults, RoutineDoc
from acuguide.store.drafts import DraftStore
from acuguide.ui.builder_window import BuilderWindow
from acuguide.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def click_hotspot(qtbot, builder, kind, target):
    """Show the target's view and click its first hotspot there, as a person would."""
    explorer = builder.explorer
    diagram = explorer.diagram
    from acuguide.diagrams import catalog

    view, hotspots = catalog.best_view(kind, target, (), explorer.side)
    explorer.show_view(view.name)
    hotspot = sorted(hotspots, key=lambda h: h.side != "left")[0]
    x, y = hotspot.centre if not hotspot.polygon else (
        sum(p[0] for p in hotspot.polygon) / len(hotspot.polygon),
        sum(p[1] for p in hotspot.polygon) / len(hotspot.polygon))
    diagram.reveal({hotspot.id})
    pos = diagram.mapFromScene(QPointF(x, y))
    qtbot.mouseClick(diagram.viewport(), Qt.MouseButton.LeftButton, pos=pos)


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "routines"


@pytest.fixture
def builder(qtbot, content, folder, tmp_path):
    win = BuilderWindow(content, RoutineDoc(defaults=Defaults(seconds=60)), folder,
                        drafts=DraftStore(tmp_path / "draft.json"),
                        taken_ids=frozenset(content.routines))
    win.show()
    qtbot.waitExposed(win)
    yield win
    if isValid(win):  # a test may have closed (and so deleted) it
        win.undo_stack.setClean()  # no "Save the changes?" question at the end of a test
        win.close()


def lines(builder):
    return [builder.steps.item(i).text() for i in range(builder.steps.count())]


def test_a_routine_built_by_clicking_and_typing_saves_a_file_check_accepts(
        qtbot, builder, folder, content):
    assert builder.save_button.isEnabled() is False  # no title, no steps yet
    click_hotspot(qtbot, builder, "point", "SP6")
    click_hotspot(qtbot, builder, "hold", "right-thumb")
    assert [line.split(" · ")[0] for line in lines(builder)] == [
        "1. ⚠ SP6 Three Yin Intersection", "2. Right thumb finger hold"]
    assert builder.caution_offer.isVisible() is False or "SP6" not in \
        builder.caution_offer.text()  # the offer was for SP6, replaced by the hold's (none)
    # The hold is chosen: give it 2 minutes.
    editor = builder.editor
    editor.seconds.setFocus()
    editor.seconds.lineEdit().selectAll()
    qtbot.keyClicks(editor.seconds.lineEdit(), "120")
    qtbot.keyClick(editor.seconds.lineEdit(), Qt.Key.Key_Return)
    assert builder.doc.steps[1].seconds == 120
    # SP6: the left side only.
    builder.steps.setCurrentRow(0)
    editor.sides.setCurrentIndex(editor.sides.findData("left"))
    editor.sides.activated.emit(editor.sides.currentIndex())
    assert builder.doc.steps[0].sides == "left"
    # Reorder with the keyboard: the hold first.
    builder.steps.setCurrentRow(1)
    builder.steps.setFocus()
    qtbot.keyClick(builder.steps, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [s.target for s in builder.doc.steps] == ["right-thumb", "SP6"]
    # Undo the move, redo it.
    builder.undo_action.trigger()
    assert [s.target for s in builder.doc.steps] == ["SP6", "right-thumb"]
    builder.redo_action.trigger()
    assert [s.target for s in builder.doc.steps] == ["right-thumb", "SP6"]
    # The title and summary, typed.
    builder.tabs.setCurrentIndex(1)
    qtbot.keyClicks(builder.fields.title, "Bedtime calves")
    qtbot.keyClicks(builder.fields.summary, "A short wind-down.")
    assert builder.problems == []
    assert builder.total.text().startswith("Total ")
    assert builder.save_button.isEnabled()
    builder.save_button.click()
    saved = folder / "bedtime-calves.yaml"
    assert saved.exists() and builder.undo_stack.isClean()
    assert "*" not in builder.windowTitle()
    text = saved.read_text()
    assert text.startswith("# yaml-language-server: $schema=routine.schema.json")
    assert "seconds: 2m" in text and "sides: left" in text
    # acuguide check and plan accept it, and plan what the builder showed.
    check = subprocess.run([sys.executable, "-m", "acuguide", "check", str(saved)],
                           capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stderr
    routine = read_routine(saved, content.atlas)
    assert expand(routine, content.atlas).total_seconds == builder.plan.total_seconds
    assert (folder / "routine.schema.json").exists()


def test_problems_are_shown_at_their_step_in_the_loaders_words(qtbot, builder):
    click_hotspot(qtbot, builder, "point", "ST36")
    assert "Title (on the Routine tab): must not be empty" in builder.verdict.text()
    qtbot.keyClicks(builder.fields.title, "Knees")
    qtbot.keyClicks(builder.fields.summary, "For the knees.")
    builder.fields.seconds.setValue(-1)  # no routine default for the seconds
    assert builder.routine is None
    assert "seconds" in lines(builder)[0] and "✖" in lines(builder)[0]
    assert "missing required field 'seconds'" in builder.editor.problem.text()
    assert not builder.save_button.isEnabled()


def test_pregnancy_points_are_marked_and_their_caution_offered(qtbot, builder):
    click_hotspot(qtbot, builder, "point", "SP6")
    assert builder.add_caution.isVisible()
    assert "pregnan" in builder.caution_offer.text()
    builder.add_caution.click()
    assert any("pregnan" in c for c in builder.doc.cautions)
    assert not builder.add_caution.isVisible()
    builder.undo_action.trigger()
    assert builder.doc.cautions == ()


def test_controls_have_the_names_a_screen_reader_says(builder):
    def name(widget):
        return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)

    assert name(builder.fields.title) == "Title"
    assert name(builder.steps) == "Steps"
    assert name(builder.add_button) == "Add step"
    assert name(builder.save_button) == "Save"
    assert name(builder.preview_button) == "Preview"


def test_a_save_that_fails_says_why_and_keeps_everything(qtbot, builder, folder, monkeypatch):
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the folder should be")
    click_hotspot(qtbot, builder, "point", "ST36")
    qtbot.keyClicks(builder.fields.title, "Knees")
    qtbot.keyClicks(builder.fields.summary, "For the knees.")
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    assert builder.save() is False
    assert len(said) == 1 and "could not be saved" in said[0]
    assert builder.isVisible() and not builder.undo_stack.isClean()
    assert builder.drafts.load().doc == builder.doc


def test_the_draft_is_kept_and_offered_back_after_a_kill(qtbot, content, settings, history,
                                                         tmp_path, monkeypatch):
    drafts = DraftStore(tmp_path / "draft.json")
    first = BuilderWindow(content, RoutineDoc(defaults=Defaults(seconds=60)),
                          tmp_path / "routines", drafts=drafts)
    first.show()
    click_hotspot(qtbot, first, "point", "KI1")
    qtbot.keyClicks(first.fields.title, "Soles")
    qtbot.waitUntil(lambda: drafts.path.exists(), timeout=4000)  # written within 2 s
    assert drafts.load().doc.title == "Soles"
    first.undo_stack.setClean()  # as if killed: nothing more runs, the draft stays
    first.hide()
    first.deleteLater()
    monkeypatch.setattr("acuguide.ui.routine_actions.DraftStore", lambda: drafts)
    window = MainWindow(content, settings, history, routines_dir=tmp_path / "routines")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: getattr(window.routine_actions, "draft_box", None) is not None)
    box = window.routine_actions.draft_box
    assert "Soles" in box.text()
    box.button(QMessageBox.StandardButton.Open).click()
    restored = window.routine_actions.builder
    assert restored is not None and restored.doc.title == "Soles"
    assert [s.target for s in restored.doc.steps] == ["KI1"]
    assert not restored.undo_stack.isClean()
    restored.undo_stack.setClean()
    restored.close()


def test_duplicate_edit_and_delete_from_the_routines_menu(qtbot, settings, history, tmp_path,
                                                          monkeypatch):
    folder = tmp_path / "routines"
    window = MainWindow(lambda: load_content(folder), settings, history, routines_dir=folder)
    qtbot.addWidget(window)
    window.show()
    window.routine_actions.drafts = DraftStore(tmp_path / "draft.json")
    window.routines.choose("leg-cramps")
    builder = window.routine_actions.duplicate_routine()
    assert builder.doc.id == "leg-cramps-mine" and "(my copy)" in builder.doc.title
    assert builder.save()
    assert (folder / "leg-cramps-mine.yaml").exists()
    assert "leg-cramps-mine" in window.content.routines  # the list was reloaded
    assert window.routines.current() == "leg-cramps-mine"
    built_in = load_content().routines["leg-cramps"]
    mine = window.content.routines["leg-cramps-mine"]
    assert expand(mine, window.content.atlas).phases == \
        expand(built_in, window.content.atlas).phases
    builder.close()
    # Delete: to the trash (or aside), and back with Undo.
    monkeypatch.setattr("acuguide.ui.routine_actions.QFile.moveToTrash",
                        staticmethod(lambda _name: (False, "")))
    window.routine_actions.delete_routine()
    assert "leg-cramps-mine" not in window.content.routines
    assert window.routines.undo_delete_button.isVisible()
    window.routines.undo_delete_button.click()
    assert "leg-cramps-mine" in window.content.routines
    assert not window.routines.undo_delete_button.isVisible()


def test_closing_with_unsaved_changes_asks(qtbot, builder, monkeypatch):
    click_hotspot(qtbot, builder, "point", "ST36")
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel)
    builder.close()
    assert asked and builder.isVisible()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    builder.close()
    assert not builder.isVisible()
    assert QApplication.activeModalWidget() is None


def test_import_from_the_routines_menu_refuses_a_clash_and_takes_the_rest(
        qtbot, settings, history, tmp_path, monkeypatch):
    folder = tmp_path / "routines"
    window = MainWindow(lambda: load_content(folder), settings, history, routines_dir=folder)
    qtbot.addWidget(window)
    good = tmp_path / "calves.yaml"
    good.write_text("title: Calves\nsummary: Calves.\nsteps:\n  - point: SP6\n    seconds: 60\n")
    clash = tmp_path / "leg-cramps.yaml"
    clash.write_text("title: Mine\nsummary: Mine.\nsteps:\n  - point: SP6\n    seconds: 60\n")
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    window.routine_actions.import_files([good, clash])
    assert (folder / "calves.yaml").read_bytes() == good.read_bytes()
    assert "calves" in window.content.routines and window.routines.current() == "calves"
    assert len(said) == 1 and "leg-cramps.yaml:1: id:" in said[0]
    assert not (folder / "leg-cramps.yaml").exists()


def test_every_control_of_the_builder_is_named_and_a_step_is_added_by_keyboard(qtbot, builder):
    from tests.ui.test_accessible_names import unnamed_focusable

    builder.tabs.setCurrentIndex(0)
    assert unnamed_focusable(builder) == []
    builder.tabs.setCurrentIndex(1)
    assert builder.focusWidget() is builder.fields.title  # the Routine tab opens on its title
    assert unnamed_focusable(builder) == []
    search = builder.explorer.search_box
    search.setFocus()
    qtbot.keyClicks(search, "taichong")
    search.completer().popup().hide()
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert [s.target for s in builder.doc.steps] == ["LR3"]
    diagram = builder.explorer.diagram
    diagram.setFocus()
    qtbot.keyClick(diagram, Qt.Key.Key_Tab)
    chosen = diagram.focused_hotspot()
    qtbot.keyClick(diagram, Qt.Key.Key_Return)
    assert len(builder.doc.steps) == 2
    assert builder.doc.steps[1].target == diagram.view_geometry.hotspots[chosen].target


def finished_routine(qtbot, builder):
    click_hotspot(qtbot, builder, "point", "ST36")
    qtbot.keyClicks(builder.fields.title, "Knees")
    qtbot.keyClicks(builder.fields.summary, "For the knees.")
    assert builder.routine is not None


def test_preview_plays_the_routine_fast_in_the_session_screen(qtbot, builder):
    from acuguide.session.states import SessionState

    finished_routine(qtbot, builder)
    builder.preview_button.click()
    launcher = builder.preview_session
    screen = launcher.screen
    assert screen.isVisible() and launcher.speed == 10
    assert screen.runner.view.state is SessionState.RUNNING
    assert screen.windowTitle().startswith("Knees")
    screen.stop()
    screen.close()


def test_print_preview_shows_the_routines_sheet(qtbot, builder, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    finished_routine(qtbot, builder)
    shown = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: shown.append(
        self.windowTitle()) or 0)
    builder.sheet_button.click()
    assert shown == ["Print preview: Knees"]


def test_export_from_the_window_writes_a_file_that_plans_the_same(qtbot, settings, history,
                                                                  tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window = MainWindow(load_content(), settings, history, routines_dir=tmp_path / "r")
    qtbot.addWidget(window)
    window.routines.choose("rls-evening")
    target = tmp_path / "shared.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.routine_actions.export_routine()
    routine = read_routine(target, window.content.atlas)
    assert routine.id == "rls-evening-mine"
    original = window.content.routines["rls-evening"]
    assert expand(routine, window.content.atlas).phases == \
        expand(original, window.content.atlas).phases


KILLED_BUILDER = r"""
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from acuguide.model.content import load_content
from acuguide.model.routine_doc import Defaults, RoutineDoc, StepDoc
from acuguide.store.drafts import DraftStore
from acuguide.ui.builder_window import BuilderWindow
folder, draft = Path(sys.argv[1]), Path(sys.argv[2])
builder = BuilderWindow(load_content(), RoutineDoc(defaults=Defaults(seconds=60)), folder,
                        drafts=DraftStore(draft))
builder.show()
builder.change(RoutineDoc(title="Killed", summary="s", defaults=Defaults(seconds=60),
                          steps=(StepDoc("point", "KI1"),)), "edit")
print("edited", flush=True)
app.exec()
"""


def test_a_draft_survives_kill_9_of_the_app(tmp_path, content):
    import os
    import signal
    import time

    draft = tmp_path / "draft.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for attempt in range(2):
        draft.unlink(missing_ok=True)
        process = subprocess.Popen([sys.executable, "-c", KILLED_BUILDER, str(tmp_path / "r"),
                                    str(draft)], env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, text=True)
        assert process.stdout.readline().strip() == "edited"
        deadline = time.monotonic() + 10
        while not draft.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.2 * attempt)
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        process.stdout.close()
        kept = DraftStore(draft).load()
        assert kept is not None and kept.doc.title == "Killed", attempt
        assert [s.target for s in kept.doc.steps] == ["KI1"]
