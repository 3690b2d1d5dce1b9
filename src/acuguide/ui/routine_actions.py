"""The Routines menu, and the builder's draft offered back at start.

New, duplicate and edit open the builder; delete moves the file to the trash (undoable);
import and export share routines as files.

It works on the main window through a small surface: the content, the chosen routine, the
routines folder, and ``reload_routines`` after a file changed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFile, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from acuguide.model.routine_doc import Defaults, RoutineDoc, doc_from_routine, free_id
from acuguide.store.drafts import DraftStore

if TYPE_CHECKING:
    from acuguide.model.routine import Routine
    from acuguide.ui.builder_window import BuilderWindow
    from acuguide.ui.main_window import MainWindow


@dataclass(frozen=True)
class Deleted:
    """A routine file moved to the trash (or aside), and where it went."""

    title: str
    original: Path
    now: Path


class RoutineActions(QObject):
    """The Routines menu of the main window."""

    def __init__(self, window: MainWindow, drafts: DraftStore | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.drafts = drafts or DraftStore()
        self.builder: BuilderWindow | None = None
        self.deleted: list[Deleted] = []

    # ---------------------------------------------------------------- menu
    def add_menu(self, menu: QMenu) -> None:
        """Fill the Routines menu."""
        items: list[tuple[str, str, object]] = [
            ("&New routine…", "Ctrl+N", self.new_routine),
            ("&Duplicate and edit…", "", self.duplicate_routine),
            ("&Edit…", "Ctrl+E", self.edit_routine),
            ("De&lete", "", self.delete_routine),
        ]
        self.actions: dict[str, QAction] = {}
        for text, key, slot in items:
            action = menu.addAction(text)
            if key:
                action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
            self.actions[text] = action
        self.undo_delete = menu.addAction("&Undo delete")
        self.undo_delete.setEnabled(False)
        self.undo_delete.triggered.connect(self.restore_deleted)
        menu.addSeparator()
        for text, slot in (("&Import…", self.import_routines), ("E&xport…", self.export_routine)):
            menu.addAction(text).triggered.connect(slot)
        menu.aboutToShow.connect(self._enable)
        button = self.window.routines.undo_delete_button
        button.clicked.connect(self.restore_deleted)

    def _enable(self) -> None:
        mine = not self._chosen().builtin
        self.actions["&Edit…"].setEnabled(mine)
        self.actions["De&lete"].setEnabled(mine)

    def _chosen(self) -> Routine:
        return self.window.chosen_routine()

    def _taken(self, but: str = "") -> frozenset[str]:
        return frozenset(r for r in self.window.content.routines if r != but)

    # ---------------------------------------------------------------- the builder
    def open_builder(self, doc: RoutineDoc, origin: Path | None = None) -> BuilderWindow:
        """Open the builder on ``doc`` (one builder at a time: an open one is raised)."""
        from acuguide.ui.builder_window import BuilderWindow

        if self.builder is not None and self.builder.isVisible():
            self.builder.raise_()
            self.builder.activateWindow()
            return self.builder
        builder = BuilderWindow(self.window.content, doc, self.window.folder(), origin=origin,
                                theme=self.window.theme, drafts=self.drafts,
                                taken_ids=self._taken(doc.id if origin else ""))
        builder.saved.connect(self.window.reload_routines)
        builder.destroyed.connect(lambda _obj=None: setattr(self, "builder", None))
        builder.show()
        self.builder = builder
        return builder

    def new_routine(self) -> BuilderWindow:
        """Routines > New routine."""
        return self.open_builder(RoutineDoc(defaults=Defaults(seconds=60)))

    def duplicate_routine(self) -> BuilderWindow:
        """Routines > Duplicate and edit: a copy under a new id; the original is never changed."""
        routine = self._chosen()
        doc = doc_from_routine(routine, self.window.content.atlas,
                               new_id=free_id(f"{routine.id}-mine", set(self._taken())))
        return self.open_builder(replace(doc, title=f"{routine.title} (my copy)"))

    def edit_routine(self) -> BuilderWindow | None:
        """Routines > Edit: one of the user's own routines, saved back to its file."""
        routine = self._chosen()
        if routine.builtin:
            return self.duplicate_routine()
        doc = doc_from_routine(routine, self.window.content.atlas)
        return self.open_builder(doc, Path(routine.origin))

    def offer_draft(self) -> None:
        """At start: a draft left by a crash or a kill is offered back, once."""
        draft = self.drafts.load()
        if draft is None:
            return
        title = draft.doc.title.strip() or "a new routine"
        box = QMessageBox(QMessageBox.Icon.Question, "acuguide",
                          f"The routine builder was closed without saving “{title}”. "
                          "Open it again?", QMessageBox.StandardButton.Open
                          | QMessageBox.StandardButton.Discard, self.window)
        box.setObjectName("draft-offer")

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Open:
                builder = self.open_builder(draft.doc, Path(draft.origin) if draft.origin
                                            else None)
                builder.undo_stack.resetClean()  # still unsaved
                builder.write_draft()
            else:
                self.drafts.clear()

        box.finished.connect(answered)
        box.open()
        self.draft_box = box

    # ---------------------------------------------------------------- delete
    def delete_routine(self) -> None:
        """Routines > Delete: the user's routine file goes to the trash; Undo brings it back."""
        routine = self._chosen()
        if routine.builtin:
            return
        original = Path(routine.origin)
        moved, in_trash = QFile.moveToTrash(str(original))
        if moved and in_trash:
            now = Path(in_trash)
        else:  # no trash on this desktop: aside, hidden, in the same folder
            now = original.with_name(f".{original.name}.deleted")
            try:
                original.replace(now)
            except OSError as err:
                QMessageBox.warning(self.window, "acuguide",
                                    f"{original} could not be deleted: {err.strerror or err}")
                return
        self.deleted.append(Deleted(routine.title, original, now))
        self._show_undo()
        self.window.reload_routines("")

    def restore_deleted(self) -> None:
        """Undo delete: the last deleted routine file back where it was."""
        if not self.deleted:
            return
        last = self.deleted[-1]
        if last.original.exists():
            QMessageBox.warning(self.window, "acuguide", f"{last.original} exists again: "
                                f"the deleted routine is kept in {last.now}.")
            return
        try:
            last.now.replace(last.original)
        except OSError as err:
            QMessageBox.warning(self.window, "acuguide", f"{last.title} could not be restored "
                                f"from {last.now}: {err.strerror or err}")
            return
        self.deleted.pop()
        self._show_undo()
        self.window.reload_routines("")

    def _show_undo(self) -> None:
        button = self.window.routines.undo_delete_button
        if self.deleted:
            text = f"Undo delete of “{self.deleted[-1].title}”"
            button.setText(text)
            self.undo_delete.setText(f"&{text}")
        button.setVisible(bool(self.deleted))
        self.undo_delete.setEnabled(bool(self.deleted))

    # ---------------------------------------------------------------- import, export
    def export_routine(self) -> None:
        """Routines > Export: the chosen routine as a routine file."""
        from acuguide.atomic_files import write_atomically
        from acuguide.model.routine_doc import to_yaml

        routine = self._chosen()
        new_id = f"{routine.id}-mine" if routine.builtin else routine.id
        doc = doc_from_routine(routine, self.window.content.atlas, new_id=new_id)
        name, _ = QFileDialog.getSaveFileName(self.window, "Export routine",
                                              str(Path.home() / f"{new_id}.yaml"),
                                              "Routine files (*.yaml *.yml)")
        if not name:
            return
        try:
            write_atomically(Path(name), to_yaml(doc).encode("utf-8"))
        except OSError as err:
            QMessageBox.warning(self.window, "acuguide",
                                f"{name} could not be written: {err.strerror or err}")
            return
        self.window.statusBar().showMessage(f"Exported {name}", 5000)

    def import_routines(self) -> None:
        """Routines > Import: routine files checked, then copied into the routines folder."""
        names, _ = QFileDialog.getOpenFileNames(self.window, "Import routines", str(Path.home()),
                                                "Routine files (*.yaml *.yml)")
        if names:
            self.import_files([Path(n) for n in names])

    def import_files(self, files: list[Path]) -> None:
        """Import ``files``; a refused file is listed with the reason (the window's tests)."""
        from acuguide.ui.routine_import import import_into

        imported, refused = import_into(files, self.window.folder(), self.window.content)
        if imported:
            self.window.reload_routines(imported[-1])
        if refused:
            QMessageBox.warning(self.window, "acuguide", "Not imported:\n" + "\n".join(refused))
        elif imported:
            self.window.statusBar().showMessage(f"Imported {len(imported)} routine(s)", 5000)
