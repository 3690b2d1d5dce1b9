"""The routine sheet's options before printing or exporting: paper, notes lines, practice log."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from acuguide.ui.named import named

PAPERS = (("a4", "A4"), ("letter", "Letter"))
NOTES_MAX = 60
LOG_DAYS = (7, 31, 14)  # lowest, highest, default


@dataclass(frozen=True)
class SheetChoices:
    """What the sheet is laid out with: paper (a4 or letter), notes lines, log days (0: none)."""

    paper: str = "a4"
    notes_lines: int = 0
    log_days: int = 0


class SheetOptionsDialog(QDialog):
    """Paper, notes lines and the practice log, asked before the print or file dialog."""

    def __init__(self, choices: SheetChoices, action: str = "Print",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheet-options")
        self.setWindowTitle(f"{action} the routine sheet")
        self.paper = named(QComboBox(), "sheet-paper")
        for key, label in PAPERS:
            self.paper.addItem(label, key)
        self.paper.setCurrentIndex(max(0, self.paper.findData(choices.paper)))
        self.paper.setAccessibleName("Paper size")
        self.notes = named(QSpinBox(), "sheet-notes")
        self.notes.setRange(0, NOTES_MAX)
        self.notes.setValue(choices.notes_lines)
        self.notes.setSuffix(" lines")
        self.notes.setAccessibleName("Lines for notes")
        self.log = named(QCheckBox("Add a practice log"), "sheet-log")
        self.log.setAccessibleName("Add a practice log")
        self.days = named(QSpinBox(), "sheet-log-days")
        low, high, default = LOG_DAYS
        self.days.setRange(low, high)
        self.days.setValue(min(high, max(low, choices.log_days)) if choices.log_days
                           else default)
        self.days.setSuffix(" days")
        self.days.setAccessibleName("Days in the practice log")
        self.log.toggled.connect(self.days.setEnabled)
        self.log.setChecked(choices.log_days > 0)
        self.days.setEnabled(self.log.isChecked())
        buttons = named(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                         | QDialogButtonBox.StandardButton.Cancel),
                        "sheet-options-buttons")
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(f"{action}…")
        ok.setAccessibleName(f"{action} the sheet")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        log_row = QHBoxLayout()
        log_row.addWidget(self.log)
        log_row.addWidget(self.days)
        form = QFormLayout()
        form.addRow("&Paper:", self.paper)
        form.addRow("&Notes:", self.notes)
        form.addRow(log_row)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(buttons)

    def choices(self) -> SheetChoices:
        """The choices as the controls show them."""
        return SheetChoices(paper=str(self.paper.currentData()),
                            notes_lines=self.notes.value(),
                            log_days=self.days.value() if self.log.isChecked() else 0)


def ask(parent: QWidget | None, choices: SheetChoices, action: str) -> SheetChoices | None:
    """Show the dialog; the choices, or None if cancelled. Tests replace this."""
    dialog = SheetOptionsDialog(choices, action, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choices()
