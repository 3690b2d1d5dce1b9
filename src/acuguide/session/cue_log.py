"""The cue log: one JSON object per line for every cue and phase boundary."""

from __future__ import annotations

import json
import os
import time
from typing import IO

from acuguide.session.controller import Fired

# Tests and benchmarks set this to also log the monotonic time of each entry, to line the
# log up with recorded audio.
MONOTONIC_ENV = "ACUGUIDE_LOG_MONOTONIC"


class CueLog:
    """Writes ``{"kind", "step", "target", "side", "scheduled", "actual"}`` lines."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.monotonic = bool(os.environ.get(MONOTONIC_ENV))

    def write(self, fired: Fired) -> None:
        """Log one fired cue; ``scheduled`` and ``actual`` are plan seconds."""
        cue = fired.cue
        record: dict[str, object] = {
            "kind": cue.kind, "step": cue.step, "target": cue.target, "side": cue.side,
            "scheduled": round(fired.scheduled, 6), "actual": round(fired.actual, 6),
        }
        if self.monotonic:
            record["monotonic"] = time.monotonic()
        self.stream.write(json.dumps(record) + "\n")
        self.stream.flush()
