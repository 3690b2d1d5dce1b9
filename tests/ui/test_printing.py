import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintPreviewWidget

from acuguide.ui import printing

pytestmark = pytest.mark.gui


def test_export_pdf_from_the_window(window, tmp_path, monkeypatch):
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
def test_without_a_printer_print_offers_the_pdf(window, tmp_path, monkeypatch, accept):
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
