import subprocess
import sys


def test_importing_the_model_and_loading_content_never_imports_qt():
    code = (
        "import sys\n"
        "from acuguide.model.content import load_content\n"
        "from acuguide.model.plan import expand\n"
        "from acuguide.model.search import search\n"
        "c = load_content(None)\n"
        "expand(c.routines['rls-evening'], c.atlas)\n"
        "search(c.atlas, 'cramp')\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
