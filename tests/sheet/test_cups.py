"""The printed sheet through a real CUPS queue: a private cupsd with a cups-pdf printer.

Nothing touches the machine's own printing: cupsd gets its own ServerRoot, spool, logs and a
``Listen`` on a Unix socket in a private folder, every client (lpadmin, lpstat, Qt) reaches it
through ``CUPS_SERVER``, and the cups-pdf backend runs in a private mount namespace
(``unshare -m``) where its settings file, which it reads only from the system's CUPS folder,
is the test's own, so its output lands in the private folder. Every process started is
stopped by its recorded PID.
"""

import ctypes
import ctypes.util
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from system_tools import missing, require

pytestmark = pytest.mark.gui

QUEUE = "acuguide-test"
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
SYSTEM_BIN = Path("/usr/lib/cups")
need = require  # the tool's path, or a skip naming its package (a failure with CI set)


def need_file(path, package):
    if not path.exists():
        missing(f"{path} is missing: apt-get install {package}")


CUPSD_CONF = """\
Listen {socket}
LogLevel warn
MaxLogSize 0
Browsing No
BrowseLocalProtocols none
WebInterface No
DefaultAuthType None
PreserveJobFiles Yes
PreserveJobHistory Yes
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
    Allow all
  </Limit>
</Policy>
"""

CUPS_FILES_CONF = """\
ServerRoot {root}/etc
RequestRoot {root}/spool
TempDir {root}/spool/tmp
CacheDir {root}/cache
StateDir {root}/state
ServerBin {root}/bin
DataDir /usr/share/cups
AccessLog {root}/log/access_log
ErrorLog {root}/log/error_log
PageLog {root}/log/page_log
FileDevice No
"""

CUPS_PDF_CONF = """\
Out {root}/out
AnonDirName {root}/out
Spool {root}/cups-pdf-spool
Log {root}/log
Grp root
UserUMask 0022
AnonUMask 0022
"""

# The backend as cupsd runs it: in a mount namespace of its own, where the system's
# cups-pdf.conf is covered by the test's (private propagation: the host never sees it).
BACKEND = """\
#!/bin/sh
exec unshare --mount --propagation private sh -c \\
  'mount --bind "$0" /etc/cups/cups-pdf.conf && exec {real} "$@"' \\
  {conf} "$@"
"""


def _server_bin(root):
    """ServerBin: the system's filters and helpers, and a backend folder with only cups-pdf."""
    bin_dir = root / "bin"
    bin_dir.mkdir()
    for entry in SYSTEM_BIN.iterdir():
        if entry.name != "backend":
            (bin_dir / entry.name).symlink_to(entry)
    (bin_dir / "backend").mkdir()
    backend = bin_dir / "backend" / "cups-pdf"
    backend.write_text(BACKEND.format(real=SYSTEM_BIN / "backend" / "cups-pdf",
                                      conf=root / "cups-pdf.conf"))
    backend.chmod(0o700)  # cupsd runs a backend as root only when no one else may run it


def _wait_for(predicate, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out after {seconds} s waiting for {what}")


def _set_libcups_server(server):
    """Point this process's libcups (and so Qt) at ``server`` (None: back to the default).

    libcups reads CUPS_SERVER once per thread and remembers it, so an earlier test in
    this process may already have fixed it to the system's server.
    """
    name = ctypes.util.find_library("cups")
    if name:
        ctypes.CDLL(name).cupsSetServer(server.encode() if server else None)


@pytest.fixture
def cups_queue():
    """A private cupsd with one cups-pdf queue; yields (environment, output folder, root)."""
    cupsd = need("cupsd")
    lpadmin = need("lpadmin")
    need("unshare")
    need("gs")
    need_file(SYSTEM_BIN / "backend" / "cups-pdf", "printer-driver-cups-pdf")
    need_file(PPD, "printer-driver-cups-pdf")
    if os.geteuid() != 0:
        pytest.skip("the cups-pdf backend's private mount namespace needs root")
    # Filters run as the lp user: the private tree must be searchable by it.
    root = Path(tempfile.mkdtemp(prefix="acuguide-cups-"))
    root.chmod(0o755)
    for sub in ("etc", "spool", "spool/tmp", "cache", "state", "log", "out", "cups-pdf-spool"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    (root / "spool").chmod(0o710)
    (root / "spool" / "tmp").chmod(0o1777)
    (root / "out").chmod(0o1777)
    (root / "cups-pdf-spool").chmod(0o1777)
    socket = root / "cups.sock"
    (root / "etc" / "cupsd.conf").write_text(CUPSD_CONF.format(socket=socket))
    (root / "etc" / "cups-files.conf").write_text(CUPS_FILES_CONF.format(root=root))
    (root / "cups-pdf.conf").write_text(CUPS_PDF_CONF.format(root=root))
    _server_bin(root)
    env = {**os.environ, "CUPS_SERVER": str(socket)}
    with open(root / "log" / "cupsd.stderr", "wb") as stderr:
        process = subprocess.Popen(
            [cupsd, "-f", "-c", str(root / "etc" / "cupsd.conf"),
             "-s", str(root / "etc" / "cups-files.conf")],
            env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr)
    old = os.environ.get("CUPS_SERVER")
    try:
        _wait_for(socket.exists, 15, "cupsd's socket")
        subprocess.run([lpadmin, "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", str(PPD)],
                       env=env, check=True, capture_output=True, timeout=20)
        os.environ["CUPS_SERVER"] = str(socket)
        _set_libcups_server(str(socket))
        yield env, root / "out", root
    finally:
        if old is None:
            os.environ.pop("CUPS_SERVER", None)
        else:
            os.environ["CUPS_SERVER"] = old
        _set_libcups_server(old)
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(root, ignore_errors=True)


def _jobs_left(env):
    out = subprocess.run(["lpstat", "-o", QUEUE], env=env, capture_output=True, text=True,
                         timeout=10)
    return out.stdout.strip()


def page_size(pdf):
    """The first page's size in points, from pdfinfo."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    width, height = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups()
    return float(width), float(height)


def page_images(pdf):
    """Per page, how many images (pdfimages -list) span at least a third of its width."""
    width_pt = page_size(pdf)[0]
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    big = {}
    for row in listing:
        cells = row.split()
        page, width, x_ppi = int(cells[0]), int(cells[3]), float(cells[12])
        if width / x_ppi * 72 >= width_pt / 3:
            big[page] = big.get(page, 0) + 1
    return big


@pytest.mark.slow
def test_the_sheet_prints_through_a_cups_queue_and_stays_vector(cups_queue, content, qapp):
    from PySide6.QtPrintSupport import QPrinterInfo

    from acuguide.ui import printing

    for tool in ("pdfimages", "pdfinfo", "pdftotext"):
        need(tool)
    env, out, root = cups_queue
    started = time.monotonic()
    assert QUEUE in QPrinterInfo.availablePrinterNames()
    assert printing.printers_available()
    routine = content.routines["rls-evening"]
    sheet = printing.sheet_for(routine, content.atlas, "a4")
    printer = printing.printer_for(QUEUE, "a4")
    assert printer.printerName() == QUEUE
    assert printing.print_to(printer, sheet) == len(sheet.pages) == 2

    _wait_for(lambda: list(out.rglob("*.pdf")) and not _jobs_left(env), 45,
              f"the cups-pdf output ({(root / 'log' / 'error_log')})")
    (pdf,) = out.rglob("*.pdf")
    _wait_for(lambda: pdf.stat().st_size > 0, 10, "the output to be written")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    assert re.search(r"^Pages:\s+2$", info, re.MULTILINE), info
    width, height = page_size(pdf)
    assert (round(width), round(height)) == (595, 842)  # A4, as laid out
    assert page_images(pdf) == {}, "a page became one bitmap"
    # The job CUPS spooled is the PDF Qt wrote, with the sheet's words as text.
    (spooled,) = (root / "spool").glob("d*-001")
    text = subprocess.run(["pdftotext", str(spooled), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Restless legs, evening" in text and "SP6" in text
    print(f"\ncups: {len(sheet.pages)} pages printed, 2 in the output, no page-sized image, "
          f"{time.monotonic() - started:.1f} s")


@pytest.mark.slow
def test_the_queue_turns_a_page_with_alpha_into_one_bitmap(cups_queue, tmp_path, qapp):
    # The measurement above would see the flattening: a light-theme diagram keeps its
    # translucent areas and comes out of the queue as one 300 ppi image.
    from acuguide.cli import main

    env, out, _ = cups_queue
    need("pdfimages")
    light = tmp_path / "light.pdf"
    assert main(["diagram", "leg-inner", "--points", "SP6", "-o", str(light)]) == 0
    subprocess.run(["lp", "-d", QUEUE, str(light)], env=env, check=True, capture_output=True,
                   timeout=20)
    _wait_for(lambda: list(out.rglob("*.pdf")) and not _jobs_left(env), 45, "the output")
    (pdf,) = out.rglob("*.pdf")
    _wait_for(lambda: pdf.stat().st_size > 0, 10, "the output to be written")
    assert page_images(pdf) == {1: 1}
