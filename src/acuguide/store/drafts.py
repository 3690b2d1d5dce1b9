"""The routine builder's draft: what is being edited, kept on disk every few seconds.

One JSON file in the state folder holds the document, the file it came from (if any) and
when it was written. A crash or a kill of the app loses at most the edits since the last
write; the next start offers the draft back. A damaged draft is moved aside, never trusted.
"""

from __future__ import annotations

import contextlib
import json
import time
from dataclasses import dataclass
from pathlib import Path

from acuguide.atomic_files import write_atomically
from acuguide.model.routine_doc import RoutineDoc, doc_from_json, doc_to_json
from acuguide.store.paths import state_dir

DRAFT_MAX_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class Draft:
    """A draft found at start: the document and the routine file it edits ("" if new)."""

    doc: RoutineDoc
    origin: str
    saved_at: float


def draft_path() -> Path:
    """Where the builder keeps its draft."""
    return state_dir() / "builder-draft.json"


class DraftStore:
    """Read, write and forget the draft; never raises (a draft only helps)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or draft_path()

    def save(self, doc: RoutineDoc, origin: str = "") -> bool:
        """Write the draft whole (or not at all); False if it could not be written."""
        data = {"doc": doc_to_json(doc), "origin": origin, "saved_at": time.time()}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(self.path, json.dumps(data, ensure_ascii=False).encode("utf-8"))
        except OSError:
            return False
        return True

    def load(self) -> Draft | None:
        """The draft left by an earlier run, or None (a damaged one is moved aside)."""
        try:
            if not self.path.is_file() or self.path.stat().st_size > DRAFT_MAX_BYTES:
                return None
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return Draft(doc_from_json(data["doc"]), str(data.get("origin", "")),
                         float(data.get("saved_at", 0)))
        except (OSError, ValueError, KeyError, TypeError):
            with contextlib.suppress(OSError):
                self.path.rename(self.path.with_suffix(".damaged.json"))
            return None

    def clear(self) -> None:
        """Forget the draft (after a save, or when the user declines it)."""
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)
