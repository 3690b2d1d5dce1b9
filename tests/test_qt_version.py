"""Guards against the Qt for Python releases that break acuguide.

PySide6 6.12.0 drops a reference to True on every Signal.emit() from Python; on Python 3.11
(where True is not immortal) the interpreter aborts with "bool_dealloc" after a few hundred
emissions (from Python 3.12 on True is immortal, and neither the fault nor this test shows).
Reported upstream as PYSIDE-3474, https://qt-project.atlassian.net/browse/PYSIDE-3474 (the
report that other projects excluding 6.12 on Python < 3.12 cite). pyproject.toml pins PySide6
to 6.11.3; this test fails if an installed PySide6 has the fault.
"""

import subprocess
import sys

import pytest

EMIT_MANY = """
from PySide6.QtCore import QObject, Signal
class Source(QObject):
    changed = Signal(int)
source = Source()
for i in range(3000):
    source.changed.emit(i)
print("ok")
"""


@pytest.mark.slow
def test_emitting_signals_from_python_does_not_corrupt_refcounts():
    # PySide6 6.12.0 loses a reference to True on every emit(); Python 3.11 then aborts.
    out = subprocess.run([sys.executable, "-c", EMIT_MANY], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "ok"
