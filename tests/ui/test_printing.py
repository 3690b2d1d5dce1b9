import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QAbstractButton, QComboBox, QSpinBox, QWidget

from acuguide.ui import printing, sheet_options
from acuguide.ui.sheet_options import SheetChoices, SheetOptionsDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def options(monkeypatch):
    """The options dialog answered with ``options.choices`` (None: cancelled); asks recorded."""

    class Answer:
        def __init__(self):
            self.choices: SheetChoices | None = SheetChoices("a4")
            self.asked: list[str] = []

    answer = Answer()

    def ask(parent, choices, action):
        answer.asked.append(action)
        return answer.choices

    monkeypatch.setattr(sheet_options, "ask", ask)
    return answer


def test_export_pdf_from_the_window(window, tmp_path, monkeypatch, options):
    target = tmp_path / "evening"
    monkeypatch.setattr(printing, "choose_pdf_path", lambda parent, suggested: str(target))
    window.routines.choose("rls-evening")
    window.export_routine()
    written = tmp_path / "evening.pdf"
    assert written.exists()
    assert len(PdfReader(written).pages) == 2
    assert "evening.pdf" in window.statusBar().currentMessage()


def test_print_preview_paints_the_same_sheet(window, qtbot):
    routine = window.content.routines["leg-cramps"]
    preview = printing.preview_sheet(routine, window.content.atlas, window)
    qtbot.addWidget(preview)
    widget = preview.findChild(QPrintPreviewWidget)
    widget.updatePreview()
    assert widget.pageCount() == 1


def test_the_print_actions_are_in_the_file_menu_and_the_routine_list(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "&Print…" in texts and "Print pre&view…" in texts and "&Export PDF…" in texts
    printing_action = next(a for a in file_menu.actions() if a.text() == "&Print…")
    assert printing_action.shortcut().toString() == "Ctrl+P"
    assert window.routines.print_button.isVisible()


@pytest.mark.parametrize("accept", [True, False])
def test_without_a_printer_print_offers_the_pdf(window, tmp_path, monkeypatch, accept,
                                                 options):
    offered = []
    monkeypatch.setattr(printing, "printers_available", lambda: False)
    monkeypatch.setattr(printing, "offer_pdf_instead", lambda parent: offered.append(1) or accept)
    monkeypatch.setattr(printing, "choose_pdf_path",
                        lambda parent, suggested: str(tmp_path / "sheet.pdf"))
    window.routines.choose("leg-cramps")
    window.print_routine()
    assert offered == [1]
    assert (tmp_path / "sheet.pdf").exists() is accept
    assert ("sheet.pdf" in window.statusBar().currentMessage()) is accept


def pdf_text(path):
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_export_pdf_lays_out_the_chosen_paper_notes_and_log(window, tmp_path, monkeypatch,
                                                              options):
    options.choices = SheetChoices("letter", notes_lines=5, log_days=10)
    monkeypatch.setattr(printing, "choose_pdf_path",
                        lambda parent, suggested: str(tmp_path / "sheet.pdf"))
    window.routines.choose("leg-cramps")
    window.export_routine()
    assert options.asked == ["Export"]  # before the file dialog
    reader = PdfReader(tmp_path / "sheet.pdf")
    assert reader.pages[0].mediabox.width == pytest.approx(612)  # Letter
    text = pdf_text(tmp_path / "sheet.pdf")
    assert "Practitioner's notes" in text and "Practice log" in text and "Before (0-10)" in text


def test_cancelling_the_options_exports_nothing(window, tmp_path, monkeypatch, options):
    options.choices = None
    asked_for_path = []
    monkeypatch.setattr(printing, "choose_pdf_path",
                        lambda parent, suggested: asked_for_path.append(1) or "")
    window.export_routine()
    assert options.asked == ["Export"] and asked_for_path == []


def test_print_asks_the_options_then_prints_the_chosen_page_range_to_a_file(
        window, tmp_path, monkeypatch, options):
    options.choices = SheetChoices("a4", log_days=14)
    monkeypatch.setattr(printing, "printers_available", lambda: True)
    seen = {}

    def accept_to_file(dialog):
        # What a person does in the print dialog: print to a file, pages 2 to 3.
        printer = dialog.printer()
        seen["range"] = (dialog.minPage(), dialog.maxPage())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return True

    monkeypatch.setattr(printing, "run_print_dialog", accept_to_file)
    window.routines.choose("rls-evening")
    sheet = printing.sheet_for(window.content.routines["rls-evening"], window.content.atlas,
                               "a4", options.choices)
    assert len(sheet.pages) == 3
    window.print_routine()
    assert options.asked == ["Print"]
    assert seen["range"] == (1, 3)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 2
    text = pdf_text(tmp_path / "printed.pdf")
    assert "page 2 of 3" in text and "page 3 of 3" in text and "page 1 of 3" not in text
    assert window.statusBar().currentMessage() == "Sent to the printer"


def test_print_to_paints_only_the_page_range(window, tmp_path):
    sheet = printing.sheet_for(window.content.routines["rls-evening"], window.content.atlas,
                               "a4", SheetChoices("a4", log_days=14))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "all.pdf"))
    assert printing.print_to(printer, sheet) == 3
    assert len(PdfReader(tmp_path / "all.pdf").pages) == 3
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert printer.fromPage() == 2 and printer.toPage() == 3
    assert printing.print_to(printer, sheet) == 2
    assert len(PdfReader(tmp_path / "range.pdf").pages) == 2


def test_the_options_dialog_names_every_control_and_gives_the_choices(qtbot):
    dialog = SheetOptionsDialog(SheetChoices("letter"), "Export")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    controls = dialog.findChildren(QComboBox) + dialog.findChildren(QSpinBox) \
        + dialog.findChildren(QAbstractButton)
    assert len(controls) >= 6  # paper, notes, log, days, OK, Cancel
    for control in controls:
        assert control.accessibleName(), control.objectName()
    paper = dialog.findChild(QWidget, "sheet-paper")
    notes = dialog.findChild(QSpinBox, "sheet-notes")
    log = dialog.findChild(QAbstractButton, "sheet-log")
    days = dialog.findChild(QSpinBox, "sheet-log-days")
    assert paper.currentText() == "Letter" and log.text() == "Add a practice log"
    assert (days.minimum(), days.maximum(), days.value()) == (7, 31, 14)
    assert not log.isChecked() and not days.isEnabled()
    assert dialog.choices() == SheetChoices("letter", 0, 0)
    qtbot.mouseClick(log, Qt.MouseButton.LeftButton)
    assert days.isEnabled()
    days.setValue(21)
    notes.setValue(4)
    paper.setCurrentIndex(paper.findData("a4"))
    assert dialog.choices() == SheetChoices("a4", 4, 21)
    days.setValue(99)
    assert dialog.choices().log_days == 31
    dialog.close()


def test_the_print_preview_opens_fitted_to_the_width(window, qtbot):
    routine = window.content.routines["rls-evening"]
    preview = printing.preview_sheet(routine, window.content.atlas, window)
    qtbot.addWidget(preview)
    widget = preview.findChild(QPrintPreviewWidget)
    preview.show()
    qtbot.waitExposed(preview)
    assert widget.zoomMode() == QPrintPreviewWidget.ZoomMode.FitToWidth
    assert preview.findChild(QAction, "fitWidthAction").isChecked()  # the tool bar agrees
    assert widget.pageCount() == 2
    preview.close()
