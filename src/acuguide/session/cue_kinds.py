"""The cue kinds (a tiny module: settings read it before anything heavy is loaded)."""

CUE_KINDS = ("prepare", "start", "switch-side", "halfway", "last-seconds", "breathe-in",
             "breathe-out", "end")
DEFAULT_ON = frozenset({"prepare", "start", "switch-side", "breathe-in", "breathe-out", "end"})
