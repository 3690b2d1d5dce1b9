"""The builder's forms: the routine's own fields, and the chosen step's.

Each form shows part of a document and reports an edit as a whole new document part
(``edited``); it never keeps state of its own. Values left at their default show the default
("Routine default: 60 s"), so nothing is written to the file that the person did not set.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from acuguide.model.atlas import Atlas, Point
from acuguide.model.plan import TECHNIQUE_VERBS
from acuguide.model.routine import MAX_STEP_SECONDS, TECHNIQUES
from acuguide.model.routine_doc import RoutineDoc, StepDoc
from acuguide.ui.builder_steps import SIDES_TEXT, target_name
from acuguide.ui.named import named

LOADER_DEFAULTS = {"seconds": None, "prepare": 10.0, "switch": 5.0, "rest": 0.0}
FREE_SIDES = ("both-in-turn", "both-at-once", "left", "right")


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


def _set_text(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:  # never move the cursor of the field being typed in
        edit.setText(text)


def _set_lines(edit: QPlainTextEdit, lines: tuple[str, ...]) -> None:
    if _lines(edit) != lines:
        edit.setPlainText("\n".join(lines))


def _seconds_box(name: str, label: str, *, maximum: int, default_text: str) -> QSpinBox:
    """Seconds, with -1 meaning "the default" (shown as ``default_text``)."""
    box = named(QSpinBox(), name)
    box.setRange(-1, maximum)
    box.setSuffix(" s")
    box.setSpecialValueText(default_text)
    box.setAccessibleName(label)
    box.lineEdit().setAccessibleName(label)  # the field inside the box takes the focus
    box.setKeyboardTracking(False)  # one change per typed number, not per digit
    return box


def _set_seconds(box: QSpinBox, value: float | None) -> None:
    wanted = -1 if value is None else round(value)
    if box.value() != wanted:
        box.setValue(wanted)


def _seconds(box: QSpinBox) -> float | None:
    return None if box.value() < 0 else float(box.value())


class RoutineFields(QWidget):
    """Title, summary, source, cautions, notes and the routine's defaults.

    Signals:
        edited(object): a RoutineDoc with the edit made (its steps unchanged).
    """

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = RoutineDoc()
        self.title = named(QLineEdit(), "title")
        self.title.setAccessibleName("Title")
        self.title.setPlaceholderText("e.g. Bedtime calves")
        self.summary = named(QLineEdit(), "summary")
        self.summary.setAccessibleName("Summary")
        self.summary.setPlaceholderText("One sentence: what it is for")
        self.source = named(QLineEdit(), "source")
        self.source.setAccessibleName("Source")
        self.source.setPlaceholderText("Optional: where the routine comes from")
        self.cautions = named(QPlainTextEdit(), "cautions")
        self.cautions.setAccessibleName("Cautions")
        self.cautions.setPlaceholderText("One caution per line: shown before the session "
                                         "starts and on the printed sheet")
        self.notes = named(QPlainTextEdit(), "notes")
        self.notes.setAccessibleName("Notes")
        self.notes.setPlaceholderText("One note per line, shown before the routine starts")
        for edit in (self.cautions, self.notes):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(70)
        self.seconds = _seconds_box("default-seconds", "Seconds per side", maximum=3600,
                                    default_text="Set in each step")
        self.prepare = _seconds_box("default-prepare", "Get-ready time", maximum=600,
                                    default_text="10 s (default)")
        self.switch = _seconds_box("default-switch", "Time to switch sides", maximum=600,
                                   default_text="5 s (default)")
        form = QFormLayout(self)
        form.addRow("&Title (required)", self.title)
        form.addRow("S&ummary (required)", self.summary)
        form.addRow("Sou&rce", self.source)
        form.addRow("&Cautions", self.cautions)
        form.addRow("&Notes", self.notes)
        form.addRow("Seconds per side", self.seconds)
        form.addRow("Get-ready time", self.prepare)
        form.addRow("Time to switch sides", self.switch)
        for line in (self.title, self.summary, self.source):
            line.textEdited.connect(self._edited)
        for text in (self.cautions, self.notes):
            text.textChanged.connect(self._edited)
        for box in (self.seconds, self.prepare, self.switch):
            box.valueChanged.connect(self._edited)

    def show_doc(self, doc: RoutineDoc) -> None:
        """Show the document's own fields."""
        self._doc = doc
        for widget in (self.title, self.summary, self.source, self.cautions, self.notes,
                       self.seconds, self.prepare, self.switch):
            widget.blockSignals(True)
        try:
            _set_text(self.title, doc.title)
            _set_text(self.summary, doc.summary)
            _set_text(self.source, doc.source)
            _set_lines(self.cautions, doc.cautions)
            _set_lines(self.notes, doc.notes)
            _set_seconds(self.seconds, doc.defaults.seconds)
            _set_seconds(self.prepare, doc.defaults.prepare)
            _set_seconds(self.switch, doc.defaults.switch)
        finally:
            for widget in (self.title, self.summary, self.source, self.cautions, self.notes,
                           self.seconds, self.prepare, self.switch):
                widget.blockSignals(False)

    def _edited(self) -> None:
        defaults = replace(self._doc.defaults, seconds=_seconds(self.seconds),
                           prepare=_seconds(self.prepare), switch=_seconds(self.switch))
        self.edited.emit(replace(
            self._doc, title=self.title.text(), summary=self.summary.text(),
            source=self.source.text(), cautions=_lines(self.cautions),
            notes=_lines(self.notes), defaults=defaults))


class StepEditor(QWidget):
    """The chosen step's seconds, sides, technique, breathing, times, instruction and tips.

    Signals:
        edited(object): the StepDoc with the edit made.
    """

    edited = Signal(object)

    def __init__(self, atlas: Atlas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self._step: StepDoc | None = None
        self.heading = named(QLabel("Choose a step, or add one from the diagram"),
                             "step-heading")
        self.heading.setWordWrap(True)
        self.seconds = _seconds_box("step-seconds", "Seconds per side",
                                    maximum=MAX_STEP_SECONDS, default_text="Routine default")
        self.sides = named(QComboBox(), "step-sides")
        self.sides.setAccessibleName("Sides")
        self.technique = named(QComboBox(), "step-technique")
        self.technique.setAccessibleName("Technique")
        self.technique.addItem("Default", "")
        for name in TECHNIQUES:
            self.technique.addItem(TECHNIQUE_VERBS.get(name, name), name)
        self.breathing = named(QCheckBox("Paced breathing"), "step-breathing")
        self.inhale = self._breath_box("step-inhale", "Seconds breathing in", 4.0)
        self.exhale = self._breath_box("step-exhale", "Seconds breathing out", 6.0)
        breath_row = QHBoxLayout()
        breath_row.addWidget(self.breathing)
        breath_row.addWidget(QLabel("breathe in"))
        breath_row.addWidget(self.inhale)
        breath_row.addWidget(QLabel("breathe out"))
        breath_row.addWidget(self.exhale)
        breath_row.addStretch(1)
        self.prepare = _seconds_box("step-prepare", "Get-ready time", maximum=600,
                                    default_text="Routine default")
        self.rest = _seconds_box("step-rest", "Rest after the step", maximum=600,
                                 default_text="None")
        self.instruction = named(QLineEdit(), "step-instruction")
        self.instruction.setAccessibleName("Instruction")
        self.tips = named(QLineEdit(), "step-tips")
        self.tips.setAccessibleName("Tips")
        self.tips.setPlaceholderText("Optional; separate tips with ' | '")
        self.problem = named(QLabel(), "step-problem")
        self.problem.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.heading)
        form.addRow("Seconds per side", self.seconds)
        form.addRow("Sides", self.sides)
        form.addRow("Technique", self.technique)
        form.addRow("Breathing", breath_row)
        form.addRow("Get-ready time", self.prepare)
        form.addRow("Rest after", self.rest)
        form.addRow("Instruction", self.instruction)
        form.addRow("Tips", self.tips)
        form.addRow(self.problem)
        self.seconds.valueChanged.connect(self._edited)
        self.prepare.valueChanged.connect(self._edited)
        self.rest.valueChanged.connect(self._edited)
        self.sides.activated.connect(self._edited)
        self.technique.activated.connect(self._edited)
        self.breathing.toggled.connect(self._edited)
        self.inhale.valueChanged.connect(self._edited)
        self.exhale.valueChanged.connect(self._edited)
        self.instruction.textEdited.connect(self._edited)
        self.tips.textEdited.connect(self._edited)
        self.show_step(None, RoutineDoc(), [])

    @staticmethod
    def _breath_box(name: str, label: str, value: float) -> QDoubleSpinBox:
        box = named(QDoubleSpinBox(), name)
        box.setRange(1, 20)
        box.setDecimals(1)
        box.setSingleStep(0.5)
        box.setSuffix(" s")
        box.setValue(value)
        box.setAccessibleName(label)
        box.lineEdit().setAccessibleName(label)
        box.setKeyboardTracking(False)
        return box

    def _widgets(self) -> tuple[QWidget, ...]:
        return (self.seconds, self.sides, self.technique, self.breathing, self.inhale,
                self.exhale, self.prepare, self.rest, self.instruction, self.tips)

    def show_step(self, step: StepDoc | None, doc: RoutineDoc, problems: list[str],
                  default_instruction: str = "") -> None:
        """Show ``step`` of ``doc`` (None: no step chosen) with its problems, if any.

        ``default_instruction`` is what the session says for it when its instruction is empty.
        """
        self._step = step
        for widget in self._widgets():
            widget.blockSignals(True)
            widget.setEnabled(step is not None)
        try:
            self.problem.setText("\n".join(f"✖ {p}" for p in problems))
            if step is None:
                self.heading.setText("Choose a step, or click a point on the diagram to add one")
                return
            self.heading.setText(f"<b>{target_name(self.atlas, step.kind, step.target)}</b>")
            default = doc.defaults.seconds
            self.seconds.setSpecialValueText(
                f"Routine default ({default:g} s)" if default is not None else "Set the seconds")
            _set_seconds(self.seconds, step.seconds)
            self._show_sides(step, doc)
            index = self.technique.findData(step.technique or "")
            default_technique = "hold" if step.kind == "hold" else (
                doc.defaults.technique or "press-and-massage")
            self.technique.setItemText(
                0, f"Default ({TECHNIQUE_VERBS.get(default_technique, default_technique)})")
            self.technique.setCurrentIndex(max(index, 0))
            self.breathing.setChecked(step.breathing is not None)
            if step.breathing:
                self.inhale.setValue(step.breathing[0])
                self.exhale.setValue(step.breathing[1])
            self.inhale.setEnabled(step.breathing is not None)
            self.exhale.setEnabled(step.breathing is not None)
            prepare = doc.defaults.prepare if doc.defaults.prepare is not None else 10
            self.prepare.setSpecialValueText(f"Routine default ({prepare:g} s)")
            _set_seconds(self.prepare, step.prepare)
            _set_seconds(self.rest, step.rest)
            _set_text(self.instruction, step.instruction)
            self.instruction.setPlaceholderText(
                f"Optional; by default: {default_instruction}" if default_instruction
                else "Optional: what to show and say instead of the default")
            _set_text(self.tips, " | ".join(step.tips))
        finally:
            for widget in self._widgets():
                widget.blockSignals(False)

    def _show_sides(self, step: StepDoc, doc: RoutineDoc) -> None:
        self.sides.clear()
        entry = self.atlas.target(step.kind, step.target)
        if step.kind == "hold":
            self.sides.addItem("One hand, held with the other (fixed)", "")
            self.sides.setEnabled(False)
            return
        if isinstance(entry, Point) and entry.laterality == "midline":
            self.sides.addItem("On the centre line (fixed)", "")
            self.sides.setEnabled(False)
            return
        default = doc.defaults.sides or "both-in-turn"
        self.sides.addItem(f"Routine default ({SIDES_TEXT[default]})", "")
        for side in FREE_SIDES:
            self.sides.addItem(SIDES_TEXT[side].capitalize(), side)
        self.sides.setCurrentIndex(max(self.sides.findData(step.sides or ""), 0))

    def _edited(self) -> None:
        step = self._step
        if step is None:
            return
        self.inhale.setEnabled(self.breathing.isChecked())
        self.exhale.setEnabled(self.breathing.isChecked())
        tips = tuple(t.strip() for t in self.tips.text().split("|") if t.strip())
        self.edited.emit(replace(
            step, seconds=_seconds(self.seconds),
            sides=(self.sides.currentData() or None) if self.sides.isEnabled() else step.sides,
            technique=self.technique.currentData() or None,
            breathing=(self.inhale.value(), self.exhale.value())
            if self.breathing.isChecked() else None,
            prepare=_seconds(self.prepare), rest=_seconds(self.rest),
            instruction=self.instruction.text(), tips=tips))
