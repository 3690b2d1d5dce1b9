"""The acuguide subcommands (points, show, routines, plan, run, sheet, check, schema, desktop)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from acuguide import __version__
from acuguide.cli_output import (
    format_plan,
    format_point,
    format_points,
    format_routines,
    plan_json,
    point_json,
    routine_json,
)
from acuguide.model.atlas import UnknownPoint
from acuguide.model.content import Content, load_content, read_routine
from acuguide.model.plan import expand
from acuguide.model.problems import ContentError
from acuguide.model.routine import Routine, routine_schema, suggest_routine
from acuguide.model.search import search

if TYPE_CHECKING:
    from pathlib import Path

EXIT_BAD_INPUT = 2


class BadInput(Exception):
    """Bad input from the user: printed as one line, exit status 2."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="acuguide",
        description="Guided acupressure self-massage. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"acuguide {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    points = sub.add_parser("points", help="list points, or search them")
    points.add_argument("--search", metavar="TEXT", help="code, name, region or use")
    points.add_argument("--json", action="store_true", help="machine-readable output")
    points.set_defaults(handler=_points)
    show = sub.add_parser("show", help="everything about one point (any spelling)")
    show.add_argument("code", metavar="CODE", help="e.g. SP6, 'B 40', 'LV 3', taichong")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(handler=_show)
    routines = sub.add_parser("routines", help="list the built-in and your routines")
    routines.add_argument("--json", action="store_true", help="machine-readable output")
    routines.set_defaults(handler=_routines)
    plan = sub.add_parser("plan", help="a routine's timeline with offsets and total time")
    plan.add_argument("routine", metavar="ROUTINE", help="routine id, e.g. rls-evening")
    plan.add_argument("--json", action="store_true", help="machine-readable output")
    plan.set_defaults(handler=_plan)
    run = sub.add_parser("run", help="run a guided session")
    run.add_argument("routine", metavar="ROUTINE", help="routine id, e.g. rls-evening")
    run.add_argument("--speed", type=_speed, default=1.0, metavar="N",
                     help="run N times faster (for trying a routine out)")
    run.add_argument("--cue-log", metavar="FILE", help="write every cue as a JSON line")
    run.add_argument("--headless", action="store_true", help="no window: sounds and text")
    run.add_argument("--no-voice", action="store_true", help="chimes and captions, no speech")
    run.add_argument("--mute", action="store_true", help="no sound at all")
    run.add_argument("--yes", action="store_true",
                     help="accept the safety check (the end summary is still shown)")
    run.add_argument("--no-summary", action="store_true",
                     help="no end summary or rating (the session is still recorded)")
    run.set_defaults(handler=_run)
    sheet = sub.add_parser("sheet", help="export a printable routine sheet as PDF")
    sheet.add_argument("routine", metavar="ROUTINE", help="routine id, e.g. rls-evening")
    sheet.add_argument("-o", "--output", metavar="FILE.pdf", required=True)
    sheet.add_argument("--paper", choices=("a4", "letter"),
                       help="paper size (default: from your locale)")
    sheet.add_argument("--notes", type=int, default=0, metavar="N",
                       help="add N empty lines for a practitioner's notes")
    sheet.add_argument("--log-days", type=int, default=0, metavar="N",
                       help="add a practice log of N days (at most 31): a tick box and a "
                            "0-10 rating before and after, for the sheet by the bed")
    sheet.set_defaults(handler=_sheet)
    diagram = sub.add_parser("diagram", help="export a body diagram as SVG, PNG or PDF")
    diagram.add_argument("view", metavar="VIEW", nargs="?",
                         help="the view, e.g. leg-front or leg-inner (see --list)")
    diagram.add_argument("--list", action="store_true", help="list the views and their sides")
    diagram.add_argument("--side", metavar="left|right",
                         help="the leg or foot of a one-limb view (left by default); on a view "
                              "of both, highlight only that side")
    diagram.add_argument("--theme", metavar="THEME", default="light",
                         help="light (default), dark, high-contrast or print")
    diagram.add_argument("--points", metavar="CODE", nargs="+", default=[],
                         help="points to highlight, in any spelling: ST36 'LV 3' taichong")
    diagram.add_argument("--numbered", action="store_true",
                         help="number the points in the order given")
    diagram.add_argument("-o", "--output", metavar="FILE.svg|.png|.pdf")
    diagram.set_defaults(handler=_diagram)
    check = sub.add_parser("check", help="validate routine files")
    check.add_argument("files", metavar="FILE", nargs="+")
    check.set_defaults(handler=_check)
    schema = sub.add_parser("schema", help="print the JSON Schema for routine files")
    schema.set_defaults(handler=_schema)
    export = sub.add_parser("export", help="write a routine (built-in or yours) as a routine "
                            "file to share or change")
    export.add_argument("routine", metavar="ROUTINE", help="routine id, e.g. rls-evening")
    export.add_argument("-o", "--output", metavar="FILE.yaml", required=True,
                        help="the file to write ('-': standard output)")
    export.add_argument("--id", metavar="NEW",
                        help="the id in the file (default: a built-in's id with -mine "
                             "appended, your routine's own id)")
    export.set_defaults(handler=_export)
    imports = sub.add_parser("import", help="check routine files and copy them into your "
                             "routines folder")
    imports.add_argument("files", metavar="FILE", nargs="+")
    imports.set_defaults(handler=_import)
    desktop = sub.add_parser("desktop", help="add acuguide to (or remove it from) your desktop's "
                             "applications menu")
    desktop.set_defaults(handler=_desktop)
    desktop_sub = desktop.add_subparsers(dest="action", metavar="ACTION", required=True)
    desktop_sub.add_parser("install", help="install the menu entry, icons and metainfo for you")
    desktop_sub.add_parser("uninstall", help="remove what 'desktop install' put there")
    return parser


def _speed(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 < value <= 1000:
        raise argparse.ArgumentTypeError("speed must be above 0 and at most 1000")
    return value


Handler = Callable[[argparse.Namespace], int]  # one subcommand: parsed arguments -> exit status


# ---------------------------------------------------------------- subcommands without content
def _check(args: argparse.Namespace) -> int:
    """``check FILE...``: validate routine files against the built-in atlas.

    A routine is refused as the routines list would skip it: its id must be neither a
    built-in routine's nor that of a file given before it (``id_clash``, as the loader asks).
    """
    from pathlib import Path

    from acuguide.model.content import builtin_atlas, builtin_routines, id_clash

    atlas = builtin_atlas()
    schema = routine_schema(atlas)
    taken = builtin_routines(atlas, schema)
    bad = 0
    for name in args.files:
        try:
            routine = read_routine(Path(name), atlas, schema)
        except ContentError as err:
            bad += 1
            for problem in err.problems:
                print(problem, file=sys.stderr)
            continue
        clash = id_clash(routine, taken)
        if clash is not None:
            bad += 1
            print(clash, file=sys.stderr)
            continue
        taken[routine.id] = routine
        total = expand(routine, atlas).total_seconds
        print(f"{name}: ok: '{routine.title}', {len(routine.steps)} steps, "
              f"{total / 60:.1f} min")
    return EXIT_BAD_INPUT if bad else 0


def _schema(_args: argparse.Namespace) -> int:
    """``schema``: the JSON Schema for routine files."""
    from acuguide.model.content import builtin_atlas

    _emit(routine_schema(builtin_atlas()).json() | {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "acuguide routine",
    })
    return 0


def _desktop(args: argparse.Namespace) -> int:
    """``desktop install|uninstall``: the menu entry, icons and metainfo for this user."""
    from acuguide import desktop_entry

    action = args.action
    try:
        done = desktop_entry.install() if action == "install" else desktop_entry.uninstall()
    except desktop_entry.InstallError as err:
        raise BadInput(str(err)) from None
    if action == "install":
        print(f"installed the acuguide menu entry, metainfo and icons in {done.data_home} "
              f"(the entry runs {desktop_entry.quote_exec(done.command)})")
    elif done.files:
        print(f"removed the acuguide menu entry, metainfo and icons from {done.data_home} "
              f"({len(done.files)} files)")
    else:
        print(f"nothing to remove: acuguide is not installed in {done.data_home}")
    return 0


# ---------------------------------------------------------------- subcommands on the content
def _points(args: argparse.Namespace) -> int:
    """``points [--search TEXT]``: list the points, or those matching the search."""
    content = _content()
    atlas = content.atlas
    points = ([h.point for h in search(atlas, args.search)] if args.search
              else list(atlas.points.values()))
    if args.json:
        _emit([point_json(p, content) for p in points])
    elif points:
        print(format_points(points))
    else:
        print(f"no point matches '{args.search}'", file=sys.stderr)
        return 1
    return 0


def _show(args: argparse.Namespace) -> int:
    """``show CODE``: everything about one point, found by any spelling."""
    content = _content()
    atlas = content.atlas
    try:
        found = atlas.resolve(args.code)
    except UnknownPoint as err:
        raise BadInput(str(err)) from None
    if args.json:
        _emit(point_json(found.point, content, note=found.note))
    else:
        print(format_point(found.point, atlas, content, note=found.note))
    return 0


def _routines(args: argparse.Namespace) -> int:
    """``routines``: the built-in and the user's routines."""
    content = _content()
    routines = list(content.routines.values())
    if args.json:
        _emit([routine_json(r, content.atlas) for r in routines])
    else:
        print(format_routines(routines, content.atlas))
    return 0


def _plan(args: argparse.Namespace) -> int:
    """``plan ROUTINE``: the timeline with offsets and the total time."""
    content = _content()
    plan = expand(_routine(content, args.routine), content.atlas)
    if args.json:
        _emit(plan_json(plan))
    else:
        print(format_plan(plan))
    return 0


def _run(args: argparse.Namespace) -> int:
    """``run ROUTINE``: a guided session, in the window or headless."""
    from acuguide.session.headless import run_headless

    content = _content()
    routine = _routine(content, args.routine)
    log = None
    if args.cue_log:
        try:
            log = open(args.cue_log, "w", encoding="utf-8")  # noqa: SIM115 - closed below
        except OSError as err:
            raise BadInput(f"cannot write the cue log {args.cue_log}: {err.strerror}") from None
    try:
        if not args.headless:
            from acuguide.app import run_session_window

            return run_session_window(routine, content, speed=args.speed, accept=args.yes,
                                      summary=not args.no_summary, voice=not args.no_voice,
                                      mute=args.mute, cue_log=log)
        return run_headless(routine, content, speed=args.speed, cue_log=log,
                            voice=not args.no_voice and not args.mute, mute=args.mute)
    finally:
        if log:
            log.close()


def _sheet(args: argparse.Namespace) -> int:
    """``sheet ROUTINE -o FILE.pdf``: the printable routine sheet."""
    from pathlib import Path

    from acuguide.sheet.export import export_sheet

    content = _content()
    routine = _routine(content, args.routine)
    path = Path(args.output)
    if path.is_dir():
        raise BadInput(f"{path} is a folder; give a file name such as {path / 'sheet.pdf'}")
    if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        raise BadInput(f"cannot write {path}: the folder {path.parent} is missing or read-only")
    try:
        if not 0 <= args.log_days <= 31:
            raise BadInput(f"--log-days must be 0 to 31 (got {args.log_days})")
        pages = export_sheet(routine, content, path, args.paper, max(0, args.notes),
                             args.log_days)
    except OSError as err:
        raise BadInput(f"cannot write {path}: {err.strerror or err}") from None
    print(f"{path}: {routine.title}, {pages} page{'s' if pages != 1 else ''}")
    return 0


def _diagram(args: argparse.Namespace) -> int:
    """``diagram VIEW -o FILE``: one view in a theme, with points highlighted or numbered."""
    from acuguide.diagrams import catalog
    from acuguide.model.content import builtin_atlas
    from acuguide.sheet import diagram_export as export

    if args.list:
        print("\n".join(export.view_list()))
        return 0
    try:
        name = export.choose_view(args.view, args.side)
        theme = export.choose_theme(args.theme)
        marks = export.marks_for(builtin_atlas(), name, args.points, args.side, args.numbered)
        path = export.choose_output(args.output)
    except export.Refused as err:
        raise BadInput(str(err)) from None
    _check_writable(path, f"diagram{path.suffix}")
    title = catalog.view(name).title
    try:
        export.export_diagram(export.compose(name, theme, marks), path, title)
    except OSError as err:
        raise BadInput(f"cannot write {path}: {err.strerror or err}") from None
    shown = f", {len(marks)} point{'s' if len(marks) != 1 else ''}" if marks else ""
    print(f"{path}: {title} ({args.theme}{shown})")
    return 0


# ---------------------------------------------------------------- sharing routines as files
def _export(args: argparse.Namespace) -> int:
    """``export ROUTINE -o FILE.yaml [--id NEW]``: a routine as a file that plans the same."""
    from pathlib import Path

    from acuguide.atomic_files import write_atomically
    from acuguide.model.routine_doc import check_doc, doc_from_routine, to_yaml
    from acuguide.model.sharing import export_id

    content = _content()
    routine = _routine(content, args.routine)
    builtin = {r.id for r in content.routines.values() if r.builtin}
    try:
        new_id = export_id(routine, args.id, builtin)
    except ValueError as err:
        raise BadInput(str(err)) from None
    doc = doc_from_routine(routine, content.atlas, new_id)
    again, problems = check_doc(doc, content.atlas, file=args.output)
    before = expand(routine, content.atlas)
    after = expand(again, content.atlas) if again else None
    if after is None or (after.phases, after.total_seconds) != (before.phases,
                                                                 before.total_seconds):
        why = f": {problems[0]}" if problems else ""
        raise BadInput(f"cannot export '{routine.id}' as a file that plans the same{why}")
    text = to_yaml(doc)
    other = content.routines.get(new_id)
    if other is not None and other is not routine:
        print(f"acuguide: note: '{new_id}' is also the id of {other.origin}; importing "
              "this file will need another id", file=sys.stderr)
    if args.output == "-":
        sys.stdout.write(text)
        return 0
    path = Path(args.output)
    _check_writable(path, f"{new_id}.yaml")
    try:
        write_atomically(path, text.encode("utf-8"))
    except OSError as err:
        raise BadInput(f"cannot write {path}: {err.strerror or err}") from None
    print(f"{path}: '{routine.title}' as {new_id}, {len(routine.steps)} steps, "
          f"{before.total_seconds / 60:.1f} min")
    return 0


def _import(args: argparse.Namespace) -> int:
    """``import FILE...``: check each file, then copy those that pass into the routines folder."""
    from pathlib import Path

    from acuguide.store.importing import import_files
    from acuguide.store.paths import user_routines_dir

    refused = 0
    for outcome in import_files([Path(n) for n in args.files], user_routines_dir(), _content()):
        if outcome.target is None:
            refused += _refuse(outcome.file, list(outcome.problems))
        else:
            print(f"{outcome.file}: imported '{outcome.title}' as {outcome.routine_id} "
                  f"({outcome.target})")
    return EXIT_BAD_INPUT if refused else 0


def _refuse(name: str, lines: list[str]) -> int:
    """Print why a file is not imported, then that it is not; count it (1)."""
    for line in lines:
        print(line, file=sys.stderr)
    print(f"{name}: not imported", file=sys.stderr)
    return 1


# ---------------------------------------------------------------- shared helpers
def _check_writable(path: Path, example: str) -> None:
    """BadInput unless ``path`` names a file in a folder that exists and can be written."""
    if path.is_dir():
        raise BadInput(f"{path} is a folder; give a file name such as {path / example}")
    if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        raise BadInput(f"cannot write {path}: the folder {path.parent} is missing or read-only")


def _content() -> Content:
    from acuguide.store.paths import user_routines_dir

    content = load_content(user_routines_dir())
    for problem in content.problems:
        print(f"acuguide: skipped a routine file: {problem}", file=sys.stderr)
    return content


def _routine(content: Content, name: str) -> Routine:
    if name not in content.routines:
        raise BadInput(suggest_routine(name, sorted(content.routines)))
    return content.routines[name]


def _emit(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def run(args: argparse.Namespace) -> int:
    """Run one headless subcommand: the handler its parser set (``set_defaults``)."""
    handler: Handler = args.handler
    return handler(args)


def main(argv: Sequence[str]) -> int:
    """Parse and run one subcommand."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return run(args)
    except BadInput as err:
        print(f"acuguide: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # e.g. `acuguide points | head`
        return 0
