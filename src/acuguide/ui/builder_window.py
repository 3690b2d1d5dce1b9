"""The routine builder: make a routine by clicking points on the diagram.

The window holds one ``RoutineDoc``. Every edit (a click on the diagram, a typed field, a
move, a removal) becomes one undoable change of the whole document (QUndoStack), and every
change is judged by the loader itself (``check_doc``), so what the builder accepts,
``acuguide check`` accepts. The plan and its total are the session's own expansion. A draft
is written a few seconds after each change and forgotten after a save.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from acuguide.model.anatomy import VIEWS
from acuguide.model.content import Content
from acuguide.model.plan import Plan, expand
from acuguide.model.problems import Problem
from acuguide.model.routine import Routine, routine_schema
from acuguide.model.routine_doc import RoutineDoc, StepDoc, check_doc, problem_place
from acuguide.model.timefmt import clock
from acuguide.qtkit.timers import make_timer
from acuguide.store.drafts import DraftStore
from acuguide.store.routine_files import save_routine
from acuguide.ui import theme as themes
from acuguide.ui.builder_fields import RoutineFields, StepEditor
from acuguide.ui.builder_steps import StepList, serious_cautions, target_name
from acuguide.ui.builder_undo import DocChange, where_said
from acuguide.ui.named import named

DRAFT_DELAY_MS = 2000  # a kill loses at most the edits of the last two seconds


class BuilderWindow(QMainWindow):
    """Build or edit one routine.

    Signals:
        saved(str): the routine was saved under this id (the routines list reloads).
    """

    saved = Signal(str)

    def __init__(self, content: Content, doc: RoutineDoc, folder: Path, *,
                 origin: Path | None = None, theme: str = "light",
                 drafts: DraftStore | None = None, taken_ids: frozenset[str] = frozenset(),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from acuguide.ui.explorer import Explorer

        self.setObjectName("builder")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.content, self.atlas = content, content.atlas
        self.folder, self.origin = folder, origin
        self.theme = theme
        self.drafts = drafts or DraftStore()
        self.taken_ids = taken_ids  # ids this routine may not be saved under
        self.schema = routine_schema(self.atlas)
        self.doc = doc
        self.current = 0 if doc.steps else -1
        self.routine: Routine | None = None
        self.plan: Plan | None = None
        self.problems: list[Problem] = []
        self._at_step: dict[int, list[str]] = {}  # each step's problems, in the loader's words
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._draft_timer = make_timer(self, "builder-draft", single_shot=True,
                                       interval_ms=DRAFT_DELAY_MS, on_timeout=self.write_draft)
        self._showing = False  # the explorer is being moved by the builder, not the user

        self.explorer = Explorer(content, theme)
        details = self.explorer.widget(2)  # the point's details: the step editor replaces them
        if details is not None:
            details.hide()
        self.explorer.target_selected.connect(self._target_chosen)
        self.explorer.show_view(VIEWS[0])
        self.fields = RoutineFields()
        self.fields.edited.connect(lambda d: self.change(d, "Edit the routine", "fields"))
        self.steps = StepList(themes.caution_colours(theme)[1])
        self.steps.currentRowChanged.connect(self._step_chosen)
        self.steps.move_requested.connect(self.move_step)
        self.steps.remove_requested.connect(self.remove_step)
        self.editor = StepEditor(self.atlas)
        self.editor.edited.connect(self._step_edited)
        self._build_layout()
        self._build_actions()
        self.show_doc(doc, self.current)
        self.undo_stack.setClean()
        self.resize(1280, 800)

    # ---------------------------------------------------------------- layout
    def _build_layout(self) -> None:
        self.add_button = named(QPushButton("Add step"), "add-step")
        self.add_button.setToolTip("Add the point, area or hold chosen on the diagram or in "
                                   "the list as a step")
        self.add_button.clicked.connect(self.add_selected)
        self.remove_button = named(QPushButton("Remove"), "remove-step")
        self.remove_button.setAccessibleName("Remove step")
        self.remove_button.clicked.connect(lambda: self.remove_step(self.current))
        self.up_button = named(QPushButton("Move up"), "step-up")
        self.up_button.setToolTip("Move the chosen step up (Alt+Up)")
        self.up_button.clicked.connect(lambda: self.move_step(self.current, self.current - 1))
        self.down_button = named(QPushButton("Move down"), "step-down")
        self.down_button.setToolTip("Move the chosen step down (Alt+Down)")
        self.down_button.clicked.connect(lambda: self.move_step(self.current, self.current + 1))
        row = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row.addWidget(button)
        self.caution_offer = named(QLabel(), "caution-offer")
        self.caution_offer.setWordWrap(True)
        paper, ink = themes.caution_colours(self.theme)
        self.caution_offer.setStyleSheet(f"QLabel {{ background: {paper}; color: {ink}; "
                                         "padding: 6px; border-radius: 4px; }")
        self.caution_offer.hide()
        self.add_caution = named(QPushButton("Add to the routine's cautions"), "add-caution")
        self.add_caution.hide()
        self.add_caution.clicked.connect(self._add_offered_caution)
        self._offered: list[str] = []
        steps_page = QWidget()
        steps_layout = QVBoxLayout(steps_page)
        how = QLabel("Each click on a point, an area or a finger hold of the diagram, or on a "
                     "point in the search list at the far left, adds it as a step after the "
                     "chosen one. Drag steps, or use Alt+Up and Alt+Down, to reorder them. "
                     "⚠ marks a point with a pregnancy or blood-vessel caution.")
        how.setWordWrap(True)
        steps_layout.addWidget(how)
        steps_layout.addWidget(self.steps, 1)
        steps_layout.addLayout(row)
        steps_layout.addWidget(self.caution_offer)
        steps_layout.addWidget(self.add_caution)
        steps_layout.addWidget(self.editor)
        self.plan_text = named(QPlainTextEdit(), "plan")
        self.plan_text.setReadOnly(True)
        self.plan_text.setAccessibleName("Plan")
        fields_page = QWidget()
        fields_layout = QVBoxLayout(fields_page)
        fields_layout.addWidget(self.fields)
        fields_layout.addStretch(1)
        self.tabs = named(QTabWidget(), "builder-tabs")
        self.tabs.setAccessibleName("Steps, routine and plan")
        self.tabs.addTab(steps_page, "&Steps")
        self.tabs.addTab(fields_page, "&Routine")
        self.tabs.addTab(self.plan_text, "P&lan")
        self.tabs.currentChanged.connect(self._tab_shown)
        self.total = named(QLabel(), "total")
        self.verdict = named(QLabel(), "problems")
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet(f"QLabel {{ color: {themes.caution_colours(self.theme)[1]}; }}")
        self.preview_button = named(QPushButton("Preview"), "preview")
        self.preview_button.setToolTip("Play the routine at ten times the speed")
        self.preview_button.clicked.connect(self.preview)
        self.sheet_button = named(QPushButton("Print preview"), "print-preview")
        self.sheet_button.clicked.connect(self.print_preview)
        self.save_button = named(QPushButton("Save"), "save")
        self.save_button.setToolTip("Save to your routines folder (Ctrl+S)")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.sheet_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.tabs, 1)
        side_layout.addWidget(self.total)
        side_layout.addWidget(self.verdict)
        side_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.explorer)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 520])
        self.setCentralWidget(split)

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu("&Routine")
        save = menu.addAction("&Save")
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(self.save)
        menu.addSeparator()
        close = menu.addAction("&Close")
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        edit = self.menuBar().addMenu("&Edit")
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"),
                           *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)])
        edit.addAction(undo)
        edit.addAction(redo)
        self.undo_action, self.redo_action = undo, redo

    def _tab_shown(self, index: int) -> None:
        """The Routine tab opens on its Title, the Steps tab on the list of steps."""
        target = {0: self.steps, 1: self.fields.title, 2: self.plan_text}.get(index)
        if target is not None:
            target.setFocus()

    # ---------------------------------------------------------------- the document
    def change(self, doc: RoutineDoc, text: str, merge_key: str = "",
               current: int | None = None) -> None:
        """Make ``doc`` the document, as one undoable step."""
        if doc == self.doc and current is None:
            return
        self.undo_stack.push(DocChange(self, self.doc, doc, text, merge_key,
                                       self.current if current is None else current))

    def show_doc(self, doc: RoutineDoc, current: int = -1) -> None:
        """Show ``doc`` everywhere and judge it (the undo stack calls this)."""
        self.doc = doc
        self.current = current if 0 <= current < len(doc.steps) else (
            len(doc.steps) - 1 if doc.steps else -1)
        self.routine, self.problems = check_doc(doc, self.atlas, self._file_name(), self.schema)
        self.plan = expand(self.routine, self.atlas) if self.routine else None
        at_step: dict[int, list[str]] = {}
        for problem in self.problems:
            step, field = problem_place(problem)
            if step is not None:
                at_step.setdefault(step, []).append(
                    f"{field}: {problem.message}" if field else problem.message)
        self.fields.show_doc(doc)
        self._at_step = at_step
        self.steps.show_doc(self.atlas, doc, at_step, self.current)
        self._show_step()
        self._show_verdict()
        self._show_title()
        self._draft_timer.start()

    def _show_step(self) -> None:
        index = self.current
        step = self.doc.steps[index] if 0 <= index < len(self.doc.steps) else None
        self.editor.show_step(step, self.doc, self._at_step.get(index, []),
                              self._default_words(index))
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(step is not None)
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(0 <= index < len(self.doc.steps) - 1)

    def _default_words(self, index: int) -> str:
        """What the session shows for step ``index`` when it has no instruction of its own."""
        if self.plan is None or not 0 <= index < len(self.doc.steps):
            return ""
        step = self.plan.steps[index] if index < len(self.plan.steps) else None
        work = [p for p in self.plan.phases if p.step == step and p.kind == "work"]
        if not work or self.doc.steps[index].instruction:
            return ""
        return work[0].instruction

    def _show_verdict(self) -> None:
        steps = len(self.doc.steps)
        if self.plan is not None:
            self.total.setText(f"Total {clock(self.plan.total_seconds)} · {steps} "
                               f"step{'s' if steps != 1 else ''}")
            self.plan_text.setPlainText("\n".join(
                f"{clock(p.start)}  {clock(p.seconds):>5}  step {self.plan.steps.index(p.step) + 1}"
                f"  {p.instruction}" for p in self.plan.phases)
                + f"\n{clock(self.plan.total_seconds)}  the end")
        else:
            self.total.setText(f"{steps} step{'s' if steps != 1 else ''}; the total and the "
                               "plan come once the routine has no problems (below)")
            self.plan_text.setPlainText(
                "The plan appears here once the routine has no problems:\n\n"
                + "\n".join(f"✖ {where_said(p)}" for p in self.problems))
        self.verdict.setText(
            "Before you can save, preview or print:\n" + "\n".join(
                f"✖ {where_said(p)}" for p in self.problems[:6]) if self.problems else "")
        self.verdict.setAccessibleName(f"{len(self.problems)} problems" if self.problems
                                       else "No problems")
        ok = self.routine is not None
        for button in (self.save_button, self.preview_button, self.sheet_button):
            button.setEnabled(ok)
        self.save_button.setToolTip("Save to your routines folder (Ctrl+S)" if ok else
                                    "Fix the problems listed first")

    def _clean_changed(self, _clean: bool) -> None:
        if isValid(self.undo_stack):  # not while the window and its stack are destroyed
            self._show_title()

    def _show_title(self) -> None:
        name = self.doc.title.strip() or "New routine"
        self.setWindowTitle(f"{'*' if not self.undo_stack.isClean() else ''}{name} — "
                            "routine builder — acuguide")

    def _file_name(self) -> str:
        return self.origin.name if self.origin else "new routine"

    # ---------------------------------------------------------------- steps
    def _target_chosen(self, kind: str, target: str) -> None:
        if not self._showing:
            self.add_step(kind, target)

    def add_selected(self) -> None:
        """Add step: the point, area or hold chosen in the explorer (if any)."""
        if self.explorer.selection:
            self.add_step(*self.explorer.selection)

    def add_step(self, kind: str, target: str) -> None:
        """Add a step for a target after the chosen step, and choose it."""
        at = self.current + 1 if self.current >= 0 else len(self.doc.steps)
        steps = list(self.doc.steps)
        step = StepDoc(kind, target)
        steps.insert(at, step)
        self.change(replace(self.doc, steps=tuple(steps)),
                    f"Add {target_name(self.atlas, kind, target)}", current=at)
        self._offer_cautions(step)

    def _offer_cautions(self, step: StepDoc) -> None:
        new = [c for c in serious_cautions(self.atlas, step) if c not in self.doc.cautions]
        self._offered = new
        self.caution_offer.setVisible(bool(new))
        self.add_caution.setVisible(bool(new))
        if new:
            self.caution_offer.setText(f"⚠ {step.target}: " + " ".join(new))

    def _add_offered_caution(self) -> None:
        cautions = self.doc.cautions + tuple(c for c in self._offered
                                             if c not in self.doc.cautions)
        self.change(replace(self.doc, cautions=cautions), "Add a caution")
        self._offer_cautions(StepDoc("area", ""))  # hide the offer

    def remove_step(self, index: int) -> None:
        """Remove step ``index``."""
        if 0 <= index < len(self.doc.steps):
            steps = list(self.doc.steps)
            gone = steps.pop(index)
            self.change(replace(self.doc, steps=tuple(steps)),
                        f"Remove {target_name(self.atlas, gone.kind, gone.target)}",
                        current=min(index, len(steps) - 1))

    def move_step(self, source: int, to: int) -> None:
        """Move step ``source`` to position ``to``."""
        count = len(self.doc.steps)
        if 0 <= source < count and 0 <= to < count and source != to:
            steps = list(self.doc.steps)
            steps.insert(to, steps.pop(source))
            self.change(replace(self.doc, steps=tuple(steps)), "Move a step", current=to)

    def _step_chosen(self, row: int) -> None:
        if row != self.current and 0 <= row < len(self.doc.steps):
            self.current = row  # the document is as it was: its verdict stands
            self._show_step()
            step = self.doc.steps[row]
            self._showing = True
            try:
                self.explorer.select(step.kind, step.target)
            finally:
                self._showing = False

    def _step_edited(self, step: StepDoc) -> None:
        if 0 <= self.current < len(self.doc.steps):
            self.change(self.doc.with_step(self.current, step), "Edit a step",
                        f"step-{self.current}")

    # ---------------------------------------------------------------- preview, print
    def preview(self) -> None:
        """Play the routine at ten times the speed, without recording it in the history."""
        from acuguide.session.clock import MonotonicClock
        from acuguide.session.prefs import SessionPrefs
        from acuguide.store.history import History
        from acuguide.ui.session_launch import SessionLauncher

        if self.routine is None:
            return
        self._scratch = tempfile.TemporaryDirectory(prefix="acuguide-preview-")
        launcher = SessionLauncher(self.routine, self.content, SessionPrefs(),
                                   History(Path(self._scratch.name) / "history.sqlite3"),
                                   clock=MonotonicClock(), theme=self.theme, speed=10.0,
                                   summary=False, parent=self)
        if launcher.begin(self, ask=False):
            self.preview_session = launcher

    def print_preview(self) -> None:
        """The routine's sheet, as it would print."""
        from acuguide.ui.printing import preview_sheet

        if self.routine is not None:
            preview_sheet(self.routine, self.atlas, self).exec()

    # ---------------------------------------------------------------- save, draft, close
    def save(self) -> bool:
        """Save the routine file (atomically); say why in one message if it cannot be."""
        from acuguide.model.routine_doc import free_id, slug

        if self.routine is None:
            QMessageBox.warning(self, "acuguide", "The routine cannot be saved yet:\n" +
                                "\n".join(where_said(p) for p in self.problems[:6]))
            return False
        doc = self.doc
        if not doc.id or (self.origin is None and doc.id in self.taken_ids):
            doc = replace(doc, id=free_id(doc.id or slug(doc.title), set(self.taken_ids)))
        try:
            path = save_routine(self.folder, doc, self.atlas, self.origin)
        except OSError as err:
            where = self.origin or self.folder
            QMessageBox.warning(self, "acuguide",
                                f"The routine could not be saved in {where}: "
                                f"{err.strerror or err}. It stays open here, and its draft "
                                "is kept.")
            self.write_draft()
            return False
        self.doc, self.origin = doc, path
        self.undo_stack.setClean()
        self._draft_timer.stop()
        self.drafts.clear()
        self._show_title()
        self.statusBar().showMessage(f"Saved {path}", 5000)
        self.saved.emit(doc.id)
        return True

    def write_draft(self) -> None:
        """Keep the document on disk (called a few seconds after each change)."""
        if not self.undo_stack.isClean():
            self.drafts.save(self.doc, str(self.origin or ""))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.undo_stack.isClean():
            answer = QMessageBox.question(
                self, "acuguide", f"Save the changes to “{self.doc.title or 'New routine'}”?",
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel or (
                    answer == QMessageBox.StandardButton.Save and not self.save()):
                event.ignore()
                return
        self._draft_timer.stop()
        self.drafts.clear()
        self.undo_stack.cleanChanged.disconnect()  # the stack goes with the window
        super().closeEvent(event)
