"""Print, preview and export the routine sheet from the window (the same renderer as the CLI)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from acuguide.model.atlas import Atlas
from acuguide.model.routine import Routine
from acuguide.sheet.export import default_paper
from acuguide.sheet.items import Sheet
from acuguide.sheet.layout import layout
from acuguide.sheet.render import export_pdf, paint, qt_measure


def _paper(printer: QPrinter) -> str:
    size = printer.pageLayout().pageSize().id()
    return "letter" if size == QPageSize.PageSizeId.Letter else "a4"


def sheet_for(routine: Routine, atlas: Atlas, paper: str) -> Sheet:
    """The laid-out sheet, measured with Qt's fonts."""
    return layout(routine, atlas, paper, measure=qt_measure)


def _printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter if default_paper() == "letter"
                                  else QPageSize.PageSizeId.A4))
    printer.setFullPage(True)  # the sheet keeps its own margins
    printer.setDocName("acuguide routine sheet")
    return printer


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
    """The system print dialog, then print; without a printer, the offer of a PDF.

    Returns "printed", the path of the PDF saved instead, or "" if nothing was done.
    """
    if not printers_available():
        return export_sheet_pdf(routine, atlas, parent) if offer_pdf_instead(parent) else ""
    printer = _printer()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return ""
    paint(sheet_for(routine, atlas, _paper(printer)), printer)
    return "printed"


def preview_sheet(routine: Routine, atlas: Atlas, parent: QWidget | None = None
                  ) -> QPrintPreviewDialog:
    """A print preview of the sheet (call exec() on it, or let tests inspect it)."""
    printer = _printer()
    preview = QPrintPreviewDialog(printer, parent)
    preview.setWindowTitle(f"Print preview: {routine.title}")

    def paint_preview(device: QPrinter) -> None:
        paint(sheet_for(routine, atlas, _paper(device)), device, configure=False)

    preview.paintRequested.connect(paint_preview)
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
    """Ask for a file name and write the PDF; the path written, or ""."""
    path = choose_pdf_path(parent, str(Path.home() / f"{routine.id}.pdf"))
    if not path:
        return ""
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        export_pdf(sheet_for(routine, atlas, default_paper()), Path(path), routine.title)
    except OSError as err:
        QMessageBox.warning(parent, "acuguide", f"Could not write {path}: {err.strerror or err}")
        return ""
    return path
