"""Keep PySide6's import hook from caching the source of every module imported after it.

PySide6 decides per module whether its ``__feature__`` switches apply by looking for the word
"PySide6" in the module's source. Its post-import hook, ``feature_imported``, has done so since
PYSIDE-2029 (https://bugreports.qt.io/browse/PYSIDE-2029: a switch such as snake_case turned on
in one module must not leak into the modules it imports; PySide's sources cite it there). It
reads that source with ``inspect.getsource``, which leaves every file's lines in ``linecache``:
about 3 MB of the main window's 75 MB peak memory. The cost itself has no upstream report as of
2026-12; napari's https://github.com/napari/napari/issues/8584 traces the same hook in its slow
start-up. The same question is answered here by reading the file once and letting it go.

``acuguide.app`` runs ``lighten()`` at start-up, before the window's modules are imported.
Without that private hook (another PySide6 version) it does nothing.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType


def lighten() -> None:
    """Swap in the lighter scan (once) and drop the source lines cached so far."""
    import PySide6.QtCore  # noqa: F401  (loads the hook)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "lightened", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    uses_pyside.lightened = True  # type: ignore[attr-defined]
    # Replacing PySide's private hook is the point of this module (PYSIDE-2029).
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]  # noqa: SLF001
    linecache.clearcache()
