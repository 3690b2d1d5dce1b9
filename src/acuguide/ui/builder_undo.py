"""The builder's undo steps and how it names where a problem is.

Each change is the whole (immutable) document before and after, so undo and redo are exact
and edits of one field in a row merge into one step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from acuguide.model.problems import Problem
from acuguide.model.routine_doc import RoutineDoc, problem_place

if TYPE_CHECKING:
    from acuguide.ui.builder_window import BuilderWindow


class DocChange(QUndoCommand):
    """One change of the document; edits of one field in a row merge into one."""

    def __init__(self, builder: BuilderWindow, before: RoutineDoc, after: RoutineDoc,
                 text: str, merge_key: str = "", current: int = -1) -> None:
        super().__init__(text)
        self.builder, self.before, self.after = builder, before, after
        self.merge_key = merge_key
        self.current_before, self.current_after = builder.current, current

    def id(self) -> int:
        return hash(self.merge_key) & 0x7FFFFFFF if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DocChange) or other.merge_key != self.merge_key:
            return False
        self.after, self.current_after = other.after, other.current_after
        return True

    def redo(self) -> None:
        self.builder.show_doc(self.after, self.current_after)

    def undo(self) -> None:
        self.builder.show_doc(self.before, self.current_before)


def where_said(problem: Problem) -> str:
    """Where a problem is, as the builder names it: 'Step 2, seconds', 'Title (Routine tab)'."""
    step, field = problem_place(problem)
    if step is not None:
        where = f"Step {step + 1}" + (f", {field}" if field else "")
    elif field and field != "steps":
        where = f"{field.capitalize()} (on the Routine tab)"
    else:
        where = "Steps" if field else "The routine"
    return f"{where}: {problem.message}"
