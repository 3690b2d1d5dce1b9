"""Dialogs around a session: the safety check before it, the summary after it, history."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from acuguide.model.atlas import Atlas
from acuguide.model.routine import Routine
from acuguide.model.timefmt import clock
from acuguide.session.presenters import outcome_text, summary_text
from acuguide.session.record import SessionRecord
from acuguide.session.safety import SafetyChoice, flagged_steps

CAUTION_WORDS = {"pregnancy": "traditionally avoided in pregnancy",
                 "pregnancy-minor": "on some pregnancy lists", "vessel": "over a blood vessel"}


def _rating_row(layout: QVBoxLayout) -> QSpinBox:
    """Add the optional 0-10 symptom rating to ``layout``; -1 means not rated."""
    box = QSpinBox()
    box.setRange(-1, 10)
    box.setSpecialValueText("not rated")
    box.setValue(-1)
    box.setAccessibleName("Symptoms from 0 (none) to 10 (worst)")
    row = QHBoxLayout()
    row.addWidget(QLabel("How are your symptoms now (0 none, 10 worst)?"))
    row.addWidget(box)
    layout.addLayout(row)
    return box


class SafetyCheck(QDialog):
    """Before a session: the routine's cautions, points to skip, an optional rating."""

    def __init__(self, routine: Routine, atlas: Atlas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Before you start: {routine.title}")
        self.setObjectName("safety-check")
        self.setMaximumWidth(720)
        layout = QVBoxLayout(self)
        cautions = "".join(f"<li>{escape(c)}</li>" for c in routine.cautions)
        intro = QLabel(f"<h3>{escape(routine.title)}</h3><p>Please read before you start:</p>"
                       f"<ul>{cautions}</ul>")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(intro)
        self.flagged = flagged_steps(routine, atlas)
        self.boxes: dict[int, QCheckBox] = {}
        if self.flagged:
            self.pregnant = QCheckBox("I am or may be pregnant: skip the points on pregnancy lists")
            self.pregnant.setObjectName("pregnant")
            self.pregnant.toggled.connect(self._pregnancy)
            layout.addWidget(self.pregnant)
            layout.addWidget(QLabel("Skip these points this time:"))
            for item in self.flagged:
                kinds = dict.fromkeys(CAUTION_WORDS[c.kind] for c in item.cautions
                                      if c.kind in CAUTION_WORDS)
                box = QCheckBox(f"{item.name}: {', '.join(kinds)}")
                box.setObjectName(f"skip-{item.code}")
                box.setToolTip(" ".join(c.text for c in item.cautions))
                self.boxes[item.step] = box
                layout.addWidget(box)
        self.rating = _rating_row(layout)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        start = buttons.addButton("Start session", QDialogButtonBox.ButtonRole.AcceptRole)
        start.setObjectName("start")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Only now: a button takes "default" from the dialog it is in, and before the box was
        # added Qt made Cancel the default, so Return dropped the user back in the window.
        start.setDefault(True)

    def _pregnancy(self, on: bool) -> None:
        for item in self.flagged:
            if item.pregnancy:
                self.boxes[item.step].setChecked(on)

    def choice(self) -> SafetyChoice:
        """What the dialog says now."""
        skip = frozenset(step for step, box in self.boxes.items() if box.isChecked())
        rating = self.rating.value()
        return SafetyChoice(skip, rating if rating >= 0 else None)

    @classmethod
    def ask(cls, routine: Routine, atlas: Atlas, parent: QWidget | None = None
            ) -> SafetyChoice | None:
        """Show the check; None if the user cancelled."""
        dialog = cls(routine, atlas, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


class SessionSummary(QDialog):
    """After a session: time, steps done and skipped, and an optional rating."""

    def __init__(self, record: SessionRecord, total_steps: int,
                 parent: QWidget | None = None, on_print: Callable[[], object] | None = None,
                 stopped_at: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Session summary")
        self.setObjectName("session-summary")
        layout = QVBoxLayout(self)
        headline, details = summary_text(record, total_steps, stopped_at)
        text = QLabel(f"<h3>{escape(headline)}</h3><p>{escape(details)}</p>")
        text.setObjectName("summary-text")
        layout.addWidget(text)
        self.rating = _rating_row(layout)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        if on_print is not None:
            printing = buttons.addButton("Print the routine sheet…",
                                         QDialogButtonBox.ButtonRole.ActionRole)
            printing.setObjectName("print-sheet")
            printing.clicked.connect(on_print)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, record: SessionRecord, total_steps: int, parent: QWidget | None = None,
            on_print: Callable[[], object] | None = None, stopped_at: int | None = None
            ) -> int | None:
        """Show the summary; the rating after, if given."""
        dialog = cls(record, total_steps, parent, on_print, stopped_at)
        dialog.exec()
        value = dialog.rating.value()
        return value if value >= 0 else None


class HistoryDialog(QDialog):
    """Past sessions, newest first."""

    COLUMNS = ("Date", "Routine", "Time", "Steps done", "Skipped", "Result", "Before",
               "After")

    def __init__(self, records: list[SessionRecord], parent: QWidget | None = None, *,
                 notice: str = "") -> None:
        """``notice``: one sentence about the history itself (unreadable, moved aside)."""
        super().__init__(parent)
        self.setWindowTitle("Session history")
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        if notice:
            problem = QLabel(notice)
            problem.setObjectName("history_notice")
            problem.setWordWrap(True)
            problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(problem)
        self.table = QTableWidget(len(records), len(self.COLUMNS))
        self.table.setObjectName("history")
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, r in enumerate(records):
            values = (r.started_at.replace("T", " ")[:16], r.routine_title,
                      clock(r.duration_seconds), str(r.steps_done), str(r.steps_skipped),
                      outcome_text(r),
                      "" if r.rating_before is None else str(r.rating_before),
                      "" if r.rating_after is None else str(r.rating_after))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        # every column as wide as its words, the routine's title taking the room left: a title
        # is never cut to "outi..." by columns that could be narrower
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.table.setWordWrap(False)
        layout.addWidget(self.table)
        if not records:
            layout.addWidget(QLabel("No sessions yet."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
