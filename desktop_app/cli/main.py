"""``parley [PROJECT] | import | info | text | export`` — the same services as the window.

Exit status: 0 success; 1 a user-facing error, one line ``parley: error: <what> — <what to do>``
on stderr (details in the log); 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app import __version__, i18n
from desktop_app.domain.suggestions import SUGGESTION_KINDS
from desktop_app.errors import ParleyError
from desktop_app.logsetup import configure_logging
from desktop_app.textsafe import terminal_safe

log = logging.getLogger(__name__)

COMMANDS = ("import", "info", "text", "export", "copy", "agreement", "check", "compare", "suggest")
EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

DESCRIPTION = """\
Parley: who demanded what, who answered, and how each source told it.

  parley [PROJECT]                 open the desktop window (no argument: last or sample project)
  parley import PROJECT PATH...    add sources (files or folders; a .qdpx brings a whole
                                   project); creates PROJECT if it does not exist
  parley info PROJECT [--json]     sources, codebook, annotation counts
  parley text PROJECT SOURCE       print a source's plain text exactly as annotated
  parley export PROJECT OUTPUT     format by suffix: .xlsx .pdf .qdpx .csv .json
  parley copy SOURCE DEST          copy a project between a file and a server (either way)
  parley agreement PROJECT         intercoder agreement per kind and code (αu, kappa)
  parley check PROJECT             integrity of the project file and its mark-up
  parley suggest PROJECT           what Parley proposes to mark (mentions, statements,
                                   conditions); --accept-above SCORE accepts the surest

PROJECT is a .parley file or a server URL: postgresql://user@host:port/database
(the password comes from the system keyring, PGPASSWORD or ~/.pgpass; never type it here).
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        sys.exit(EXIT_USAGE)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="parley",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"parley {__version__}")
    _common(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    add = commands.add_parser("import", help="add sources to a project (creates it if needed)")
    add.add_argument("project", metavar="PROJECT", help="project file (.parley) or server URL")
    add.add_argument("paths", metavar="PATH", nargs="+", help="files or folders to import")
    add.add_argument(
        "--encoding",
        metavar="NAME",
        help="read every .txt, .md and .html file in this encoding (e.g. cp1251, koi8-r), "
        "whatever detection or a page's charset says; a file with bytes NAME does not define "
        "is refused",
    )
    _common(add)

    info = commands.add_parser("info", help="list sources, codebook and counts")
    info.add_argument("project", metavar="PROJECT")
    info.add_argument("--json", action="store_true", help="machine-readable output")
    _common(info)

    text = commands.add_parser("text", help="print a source's plain text exactly")
    text.add_argument("project", metavar="PROJECT")
    text.add_argument("source", metavar="SOURCE", help="source id, GUID or title prefix")
    _common(text)

    export = commands.add_parser("export", help="write a deliverable, format by suffix")
    export.add_argument("project", metavar="PROJECT")
    export.add_argument("output", metavar="OUTPUT", help="file ending .xlsx .pdf .qdpx .csv .json")
    export.add_argument("--title", default="", help="briefing title")
    export.add_argument("--analyst", default="", help="analyst's name for the title page")
    export.add_argument("--classification", default="", help="classification line, if any")
    export.add_argument(
        "--page-size", choices=("A4", "Letter"), default="A4", help="briefing page size"
    )
    export.add_argument(
        "--appendix",
        choices=("none", "wordings", "all"),
        default="wordings",
        help="briefing appendix: none, each condition's wording by source (default), or every "
        "excerpt whole; the workbook always holds every excerpt",
    )
    export.add_argument(
        "--source",
        action="append",
        metavar="SOURCE",
        help="only this source (id, GUID or title prefix); repeat for several",
    )
    export.add_argument(
        "--raw-csv",
        action="store_true",
        help=".csv: values exactly as stored, even those a spreadsheet would run as formulas "
        "(=, +, -, @); by default they get a leading apostrophe",
    )
    export.add_argument(
        "--coder",
        metavar="NAME",
        help="only this coder's mark-up, e.g. --coder Adjudicated for the adjudicated layer",
    )
    export.add_argument(
        "--language",
        choices=i18n.LANGUAGES,
        default=i18n.ENGLISH,
        help="language of the workbook and briefing: sheet names, headings, sentences, dates",
    )
    _common(export)

    copy = commands.add_parser("copy", help="copy a project between a file and a server")
    copy.add_argument("source", metavar="SOURCE", help="project file or server URL to copy")
    copy.add_argument(
        "dest", metavar="DEST", help="new .parley file, or URL of an empty server database"
    )
    _common(copy)

    agreement = commands.add_parser(
        "agreement", help="intercoder agreement per kind and code (alpha-u, Cohen's kappa)"
    )
    agreement.add_argument("project", metavar="PROJECT")
    agreement.add_argument(
        "--coder",
        action="append",
        metavar="NAME",
        help="compare only these coders (repeat; default: everyone with annotations)",
    )
    agreement.add_argument(
        "--source",
        action="append",
        metavar="SOURCE",
        help="only this source (id, GUID or title prefix); repeat for several",
    )
    agreement.add_argument(
        "--disagreements",
        action="store_true",
        help="list every difference between the coders' spans, both quotes side by side",
    )
    agreement.add_argument("--json", action="store_true", help="machine-readable output")
    _common(agreement)

    compare = commands.add_parser(
        "compare", help="how each source told it: variants and quote mismatches"
    )
    compare.add_argument("project", metavar="PROJECT")
    compare.add_argument(
        "--variants", action="store_true", required=True, help="wordings side by side"
    )
    compare.add_argument("--json", action="store_true", help="machine-readable output")
    _common(compare)

    check = commands.add_parser("check", help="integrity of the project file and its mark-up")
    check.add_argument("project", metavar="PROJECT")
    check.add_argument("--json", action="store_true", help="machine-readable output")
    _common(check)
    suggest = commands.add_parser(
        "suggest", help="what Parley proposes to mark: mentions, statements, conditions"
    )
    suggest.add_argument("project", metavar="PROJECT")
    suggest.add_argument("--kind", choices=SUGGESTION_KINDS, help="only suggestions of this kind")
    suggest.add_argument("--source", metavar="ID", help="only this source (id, GUID or title)")
    suggest.add_argument("--json", action="store_true", help="machine-readable output")
    suggest.add_argument(
        "--accept-above",
        type=score_argument,
        metavar="SCORE",
        help="turn the suggestions scoring at least SCORE (0-1) into annotations, one undo step",
    )
    _common(suggest)
    return parser


def score_argument(value: str) -> float:
    try:
        score = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{value}” is not a number between 0 and 1") from None
    if not 0 <= score <= 1:
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and 1")
    return score


def project_target(argument: str) -> str | Path:
    """A PROJECT argument as the services take it: a server URL stays a string (a Path would
    fold its ``//``), anything else is a file path."""
    from desktop_app.services.team import is_server_location

    return argument if is_server_location(argument) else Path(argument)


def build_window_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="parley", add_help=False)
    parser.add_argument("project", nargs="?", metavar="PROJECT")
    _common(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in args_list if not a.startswith("-")), None)
    if first in COMMANDS or any(a in ("-h", "--help", "--version") for a in args_list):
        args = build_parser().parse_args(args_list)
    else:
        args = build_window_parser().parse_args(args_list)
        args.command = None
    for stream in (sys.stdout, sys.stderr):
        # Whatever the console's encoding, a character it cannot show is replaced, not fatal.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    log_path = configure_logging(verbose=args.verbose)
    log.debug("parley %s %s (log: %s)", __version__, args_list, log_path)
    try:
        if args.command is None:
            return _open_window(args.project)
        handler = {
            "import": _import,
            "info": _info,
            "text": _text,
            "export": _export,
            "copy": _copy,
            "agreement": _agreement,
            "check": _check,
            "compare": _compare,
            "suggest": _suggest,
        }
        return handler[args.command](args)
    except ParleyError as error:
        log.info("user-facing error: %s", error)
        print(terminal_safe(f"parley: error: {error}", one_line=True), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("parley: interrupted — nothing was changed by the unfinished step", file=sys.stderr)
        return 130
    except Exception as error:  # never a traceback for the user; the log has it
        log.exception("unexpected failure")
        print(
            terminal_safe(
                f"parley: error: unexpected {type(error).__name__}: {error} — "
                f"details are in the log ({log_path}); please report it",
                one_line=True,
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR


def _check(args: argparse.Namespace) -> int:
    from desktop_app.cli.commands import run_check

    return run_check(project_target(args.project), as_json=args.json)


def _compare(args: argparse.Namespace) -> int:
    from desktop_app.cli.compare_variants import run_compare_variants

    return run_compare_variants(project_target(args.project), as_json=args.json)


def _suggest(args: argparse.Namespace) -> int:
    from desktop_app.cli.suggest import run_suggest

    return run_suggest(
        project_target(args.project),
        kind=args.kind,
        source=args.source,
        as_json=args.json,
        accept_above=args.accept_above,
        json_text=json_text,
    )


def json_text(payload: object) -> str:
    """JSON for a terminal or a pipe: readable non-ASCII, but DEL and the C1 controls (which
    ``json`` leaves raw) escaped like the C0 ones, so no data can drive the terminal."""
    text = json.dumps(payload, ensure_ascii=False, indent=2)
    return "".join(f"\\u{ord(c):04x}" if "\x7f" <= c <= "\x9f" else c for c in text)


def _open_window(project: str | None) -> int:
    from desktop_app.gui.app import run_window  # the only place the CLI reaches for Qt

    return run_window(project)


def _import(args: argparse.Namespace) -> int:
    from desktop_app.cli.commands import run_import

    return run_import(
        project_target(args.project), [Path(p) for p in args.paths], encoding=args.encoding
    )


def _info(args: argparse.Namespace) -> int:
    from desktop_app.cli.commands import project_info

    payload, text = project_info(project_target(args.project))
    if args.json:
        print(json_text(payload))
    else:
        print(text)
    return EXIT_OK


def _text(args: argparse.Namespace) -> int:
    from desktop_app.cli.commands import source_text

    text = source_text(project_target(args.project), args.source)
    stream = sys.stdout
    # Exactly the stored text: no trailing newline added, UTF-8 whatever the console says.
    stream.buffer.write(text.encode("utf-8")) if hasattr(stream, "buffer") else stream.write(text)
    stream.flush()
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from desktop_app.services.exports import prepare

    prepare(Path(args.output))  # before the project opens: one thread, the lean imports
    from desktop_app.cli.commands import run_export

    return run_export(args)


def _copy(args: argparse.Namespace) -> int:
    from desktop_app.cli.commands import run_copy

    return run_copy(project_target(args.source), project_target(args.dest))


def _agreement(args: argparse.Namespace) -> int:
    from desktop_app.cli.commands import run_agreement

    return run_agreement(
        project_target(args.project),
        args.coder,
        args.source,
        as_json=args.json,
        disagreements=args.disagreements,
    )


if __name__ == "__main__":
    sys.exit(main())
