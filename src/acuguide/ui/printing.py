"""Print, preview and export the routine sheet from the window (the same renderer as the CLI)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QAction, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from acuguide.model.atlas import Atlas
from acuguide.model.routine import Routine
from acuguide.sheet.export import default_paper
from acuguide.sheet.items import Sheet
from acuguide.sheet.layout import layout
from acuguide.sheet.render import PAGE_SIZES, export_pdf, paint, paint_page, qt_measure
from acuguide.ui import sheet_options
from acuguide.ui.sheet_options import SheetChoices


def _paper(printer: QPrinter) -> str:
    size = printer.pageLayout().pageSize().id()
    return "letter" if size == QPageSize.PageSizeId.Letter else "a4"


def sheet_for(routine: Routine, atlas: Atlas, paper: str,
              choices: SheetChoices | None = None) -> Sheet:
    """The laid-out sheet on ``paper``, with the chosen notes and log, measured with Qt's fonts."""
    choices = choices or SheetChoices(paper)
    return layout(routine, atlas, paper, measure=qt_measure, notes_lines=choices.notes_lines,
                  log_days=choices.log_days)


def _setup(printer: QPrinter, paper: str) -> QPrinter:
    printer.setPageSize(QPageSize(PAGE_SIZES[paper]))
    printer.setFullPage(True)  # the sheet keeps its own margins
    printer.setDocName("acuguide routine sheet")
    return printer


def _printer(paper: str | None = None) -> QPrinter:
    return _setup(QPrinter(QPrinter.PrinterMode.HighResolution), paper or default_paper())


def printer_for(name: str, paper: str | None = None) -> QPrinter:
    """A printer for the queue ``name``, as the print dialog would choose it, set up for a sheet."""
    printer = QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)
    return _setup(printer, paper or default_paper())


def chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """The pages (from 0) the printer's page range asks for: all without a range."""
    ranges = printer.pageRanges()
    if printer.printRange() != QPrinter.PrintRange.PageRange or ranges.isEmpty():
        return list(range(count))
    return [index for index in range(count) if ranges.contains(index + 1)]


def print_to(printer: QPrinter, sheet: Sheet) -> int:
    """Paint the sheet's pages in the printer's page range onto it; the number painted.

    What File > Print does once the dialog is accepted, for any printer: a CUPS queue,
    or a PDF file when the dialog prints to a file.
    """
    pages = chosen_pages(printer, len(sheet.pages))
    if not pages:
        return 0
    printer.setPageSize(QPageSize(PAGE_SIZES[sheet.paper]))
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    painter = QPainter(printer)
    try:
        dpi = float(printer.logicalDpiX())
        renderers: dict[str, QSvgRenderer] = {}
        for n, index in enumerate(pages):
            if n:
                printer.newPage()
            painter.save()
            painter.scale(dpi / 72.0, dpi / 72.0)  # points to device pixels
            paint_page(painter, sheet, index, renderers, dpi)
            painter.restore()
    finally:
        painter.end()
    return len(pages)


def printers_available() -> bool:
    """Whether the system knows any printer (none without CUPS); tests replace this."""
    return bool(QPrinterInfo.availablePrinters())


def offer_pdf_instead(parent: QWidget | None) -> bool:
    """No printer: say so and offer the PDF; True to save one. Tests replace this."""
    answer = QMessageBox.question(
        parent, "No printer found",
        "No printer is set up on this computer. Save the routine sheet as a PDF instead? "
        "You can print the PDF elsewhere.",
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save)
    return answer == QMessageBox.StandardButton.Save


def print_sheet(routine: Routine, atlas: Atlas, parent: QWidget | None = None) -> str:
    """The sheet's options, the system print dialog, then print; without a printer, a PDF.

    Returns "printed", the path of the PDF saved instead, or "" if nothing was done.
    """
    if not printers_available():
        return export_sheet_pdf(routine, atlas, parent) if offer_pdf_instead(parent) else ""
    choices = sheet_options.ask(parent, SheetChoices(default_paper()), "Print")
    if choices is None:
        return ""
    printer = _printer(choices.paper)
    sheet = sheet_for(routine, atlas, choices.paper, choices)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, len(sheet.pages))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    if not run_print_dialog(dialog):
        return ""
    if _paper(printer) != sheet.paper:  # the paper chosen in the print dialog wins
        sheet = sheet_for(routine, atlas, _paper(printer), choices)
    print_to(printer, sheet)
    return "printed"


def run_print_dialog(dialog: QPrintDialog) -> bool:
    """Show the system print dialog; True if accepted. Tests replace this."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def preview_sheet(routine: Routine, atlas: Atlas, parent: QWidget | None = None
                  ) -> QPrintPreviewDialog:
    """A print preview of the sheet, fitted to the width (call exec() on it, or inspect it)."""
    printer = _printer()
    preview = QPrintPreviewDialog(printer, parent)
    preview.setWindowTitle(f"Print preview: {routine.title}")

    def paint_preview(device: QPrinter) -> None:
        paint(sheet_for(routine, atlas, _paper(device)), device, configure=False)

    preview.paintRequested.connect(paint_preview)
    # Through the dialog's own "Fit width" action, so that its tool bar shows the zoom too.
    fit_width = preview.findChild(QAction, "fitWidthAction")
    widget = preview.findChild(QPrintPreviewWidget)
    if fit_width is not None:
        fit_width.trigger()
    elif widget is not None:
        widget.fitToWidth()
    # The dialog does not own the printer: keep it (and the slot) alive as long as the dialog.
    preview.sheet_printer = printer  # type: ignore[attr-defined]
    preview.paint_sheet = paint_preview  # type: ignore[attr-defined]
    return preview


def choose_pdf_path(parent: QWidget | None, suggested: str) -> str:
    """Ask where to save the PDF ("" if cancelled); tests replace this."""
    path, _ = QFileDialog.getSaveFileName(parent, "Export the routine sheet as PDF", suggested,
                                          "PDF files (*.pdf)")
    return path


def export_sheet_pdf(routine: Routine, atlas: Atlas, parent: QWidget | None = None) -> str:
    """Ask for the sheet's options and a file name, and write the PDF; the path written, or ""."""
    choices = sheet_options.ask(parent, SheetChoices(default_paper()), "Export")
    if choices is None:
        return ""
    path = choose_pdf_path(parent, str(Path.home() / f"{routine.id}.pdf"))
    if not path:
        return ""
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        export_pdf(sheet_for(routine, atlas, choices.paper, choices), Path(path), routine.title)
    except OSError as err:
        QMessageBox.warning(parent, "acuguide", f"Could not write {path}: {err.strerror or err}")
        return ""
    return path
