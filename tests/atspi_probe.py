"""A screen reader's view of acuguide, over AT-SPI: run with the system Python (pyatspi).

    python3 atspi_probe.py tree            the app's accessibility tree, as JSON on stdout
    python3 atspi_probe.py listen FILE     focus, announcement and window events, a JSON line each

It runs as its own process beside the app, as a screen reader does (pyatspi is a Debian
package for /usr/bin/python3, not a wheel). Not a test module: the tests start it.
"""

import json
import sys

import pyatspi

EVENTS = ("focus:", "object:announcement", "window:activate")


def node(acc, depth=0):
    states = [pyatspi.stateToString(s) for s in acc.getState().getStates()]
    children = []
    if depth < 40:
        for i in range(acc.getChildCount()):
            child = acc.getChildAtIndex(i)
            if child is not None:
                children.append(node(child, depth + 1))
    return {"role": acc.getRoleName(), "name": acc.name or "",
            "description": acc.description or "", "states": states, "children": children}


def tree():
    desktop = pyatspi.Registry.getDesktop(0)
    apps = [desktop.getChildAtIndex(i) for i in range(desktop.getChildCount())]
    print(json.dumps([node(app) for app in apps if app is not None and app.name == "acuguide"]))


def listen(path):
    out = open(path, "a", buffering=1, encoding="utf-8")  # noqa: SIM115 - open while listening

    def on(event):
        try:
            name, role = event.source.name or "", event.source.getRoleName()
        except Exception:  # the object may be gone already
            name, role = "", ""
        detail = event.any_data if isinstance(event.any_data, str) else ""
        out.write(json.dumps({"type": event.type, "name": name, "role": role,
                              "detail": detail}) + "\n")

    for kind in EVENTS:
        pyatspi.Registry.registerEventListener(on, kind)
    print("listening", flush=True)
    pyatspi.Registry.start()


if __name__ == "__main__":
    tree() if sys.argv[1] == "tree" else listen(sys.argv[2])
