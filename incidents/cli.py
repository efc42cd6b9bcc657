"""`incidentmap`: the command line over the library.

Each subcommand parses its arguments, calls one or two library functions and prints.
Exit codes: 0 success, 2 when any input was rejected (the batch still goes on),
1 for a usage or environment error.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from gazetteer.match import load as load_gazetteer
from incidents.records import Incident
from incidents.source import is_sidecar, parse_day, resolve_source

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_REJECTED = 2
DB_HELP = (
    "the store: a SQLite file, or postgresql://user:pass@host:port/db "
    "(default: $INCIDENTMAP_DB, else data/incidents.db)"
)


def _say(message: str) -> None:
    """A line for the user on stderr (stdout carries the data)."""
    sys.stderr.write(message + "\n")


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def _dumps(obj: object) -> str:
    return _ENCODE(obj)


def cmd_match(args: argparse.Namespace, *, stdin: TextIO, stdout: TextIO) -> int:
    """Match names from stdin, one per line (`name<TAB>province hint`), to JSON lines."""
    gaz = load_gazetteer()
    # The index outlives the stream: the collector need not walk it again for every batch
    # of answers (a third of the time per name on a long stream).
    gc.freeze()
    try:
        for line in stdin:
            line = line.rstrip("\r\n")
            name, _, hint = line.partition("\t")
            if not name.strip():
                stdout.write("{}\n")
                continue
            answer = gaz.match(name.strip(), province=hint.strip() or None)
            if args.json:
                stdout.write(_dumps(answer.to_json()) + "\n")
            else:
                e = answer.entry
                where = f"{e.level} {e.id} {e.name_en} ({answer.score})" if e else "-"
                stdout.write(f"{name}\t{where}\n")
    finally:
        gc.unfreeze()
    return EXIT_OK


def cmd_extract(args: argparse.Namespace, *, stdin: TextIO, stdout: TextIO) -> int:
    """Extract incidents from article files and print them as JSON lines.

    Each file's publication date (``--published``, else its sidecar, else its HTML
    metadata) resolves relative dates, exactly as `ingest` does.
    """
    from incidents.extract import extract_article
    from incidents.text import ArticleError, read_article

    gaz = load_gazetteer()
    status = EXIT_OK
    for path in _expand(args.files):
        if is_sidecar(path):
            continue
        try:
            article = read_article(path)
        except ArticleError as err:
            _say(f"{path}: {err}")
            status = EXIT_REJECTED
            continue
        source = resolve_source(path, html=article.source, published=args.published)
        try:
            incidents = extract_article(
                article.text,
                gazetteer=gaz,
                article_id=path.stem,
                published=source.published if source else None,
            )
        except Exception as err:  # one bad article never stops the batch
            _say(f"{path}: could not be processed ({type(err).__name__})")
            status = EXIT_REJECTED
            continue
        for incident in incidents:
            if args.json:
                stdout.write(_dumps(incident.to_json()) + "\n")
            else:
                stdout.write(_describe(incident) + "\n")
    return status


def _describe(incident: Incident) -> str:
    """One readable line: article, type, place, casualties, claimant, sentence start."""
    loc = incident.location
    where = f"{loc.name_en} ({loc.district_pcode or loc.province_pcode})" if loc else "-"
    if loc is None and incident.country and incident.country != "AF":
        where = f"outside ({incident.country})"
    toll = f"{incident.killed if incident.killed is not None else '?'}k/"
    toll += f"{incident.wounded if incident.wounded is not None else '?'}w"
    return "\t".join(
        [
            incident.article,
            incident.event_type,
            where,
            toll,
            incident.claimed_by or "-",
            incident.sentence[:80],
        ]
    )


def cmd_ingest(args: argparse.Namespace, *, stdin: TextIO, stdout: TextIO) -> int:
    """Extract and store articles; a summary at the end; exit 2 if any file was rejected.

    With ``--workers`` or ``--scheduler`` extraction runs on Dask (imported only then).
    """
    from incidents.store import Store

    if args.workers is not None and args.workers < 1:
        _say("incidentmap: --workers wants a whole number of 1 or more")
        return EXIT_ERROR
    progress = None if args.quiet else sys.stderr
    if args.workers is None and args.scheduler is None:
        from incidents.ingest import ingest_paths

        with Store.open(args.db) as store:
            summary = ingest_paths(
                store,
                _expand(args.paths),
                gazetteer=load_gazetteer(),
                reprocess=args.reprocess,
                progress=progress,
                published=args.published,
            )
    else:
        from incidents import cluster

        # Workers first, the store after: no worker process may inherit its connection.
        with (
            cluster.connect(workers=args.workers, scheduler=args.scheduler) as client,
            Store.open(args.db) as store,
        ):
            summary = cluster.ingest_paths(
                store,
                _expand(args.paths),
                client=client,
                reprocess=args.reprocess,
                progress=progress,
                published=args.published,
            )
    for path, reason in summary.rejected:
        _say(f"{path}: {reason}")
    _say(summary.describe())
    return EXIT_REJECTED if summary.rejected else EXIT_OK


def cmd_export(args: argparse.Namespace, *, stdin: TextIO, stdout: TextIO) -> int:
    """Write every stored incident as CSV or GeoJSON, with the event each one reports."""
    from incidents.export import write_export
    from incidents.store import Store

    with Store.open(args.db) as store:
        rows = store.incidents()
        events = store.events()
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as fh:
            write_export(rows, fh, fmt=args.format, events=events)
    else:
        write_export(rows, stdout, fmt=args.format, events=events)
    return EXIT_OK


def cmd_delete(args: argparse.Namespace, *, stdin: TextIO, stdout: TextIO) -> int:
    """Delete stored articles (by id or name) with their incidents, or, with
    ``--correction``, undo analyst corrections (by spelling); exit 2 if one was not found."""
    from incidents.store import Store

    status = EXIT_OK
    with Store.open(args.db) as store:
        if args.correction:
            undone = 0
            for spelling in args.items:
                if store.delete_correction(spelling):
                    undone += 1
                    _say(f"{spelling}: correction undone")
                else:
                    _say(f"{spelling}: no such correction")
                    status = EXIT_REJECTED
            if undone:
                _say("stored incidents keep it until `incidentmap ingest --reprocess`")
            return status
        for ref in args.items:
            found = _find_articles(store.articles(), ref)
            if len(found) != 1:
                ids = ", ".join(str(a["id"]) for a in found)
                _say(
                    f"{ref}: no such article"
                    if not found
                    else f"{ref}: {len(found)} articles have this name (ids {ids}); give an id"
                )
                status = EXIT_REJECTED
                continue
            article = found[0]
            removed = store.delete_article(int(article["id"]))
            _say(f"{article['name']} (id {article['id']}): deleted with {removed} incidents")
    return status


def _find_articles(articles: Sequence[dict[str, Any]], ref: str) -> list[dict[str, Any]]:
    """The article with this id, else every article with this name."""
    by_id = [a for a in articles if str(a["id"]) == ref.strip()]
    return by_id or [a for a in articles if a["name"] == ref]


def _expand(paths: Iterable[str]) -> list[Path]:
    """Files as given, folders as their files (sorted; hidden files and sidecars skipped)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file() and not p.name.startswith(".") and not is_sidecar(p)
            )
        else:
            out.append(path)
    return out


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="incidentmap",
        description="Incidents from Arabic reporting on Afghanistan, placed on Afghan districts.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("match", help="match place names (stdin, one per line) to the gazetteer")
    p.add_argument("--json", action="store_true", help="one JSON object per input line")
    p.set_defaults(func=cmd_match)

    p = sub.add_parser("extract", help="extract incidents from article files")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="JSON Lines, one incident a line")
    _add_published(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("ingest", help="extract and store articles (files or folders)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--db", default=None, help=DB_HELP)
    p.add_argument(
        "--reprocess",
        action="store_true",
        help="extract stored articles again (after gazetteer corrections)",
    )
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    where = p.add_mutually_exclusive_group()
    where.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="extract on N local Dask worker processes (default: in this process)",
    )
    where.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="extract on an existing Dask cluster (tcp://host:8786); its workers must "
        "see the same files",
    )
    _add_published(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser(
        "delete",
        help="delete stored articles with their incidents, or undo corrections",
        description="Delete stored articles (by id or name) with their incidents and "
        "place evidence; with --correction, undo analyst corrections (by spelling as "
        "written). Exit 2 when one is not found.",
    )
    p.add_argument("items", nargs="+", metavar="ARTICLE", help="an article id or name")
    p.add_argument(
        "--correction",
        action="store_true",
        help="the arguments are corrected spellings, whose corrections are undone",
    )
    p.add_argument("--db", default=None, help=DB_HELP)
    p.set_defaults(func=cmd_delete)

    p = sub.add_parser("export", help="write stored incidents as CSV or GeoJSON")
    p.add_argument("--format", choices=["csv", "geojson"], default="csv")
    p.add_argument("-o", "--output", default=None, metavar="FILE")
    p.add_argument("--db", default=None, help=DB_HELP)
    p.set_defaults(func=cmd_export)
    return parser


def _add_published(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--published",
        default=None,
        metavar="YYYY-MM-DD",
        help="publication date of the articles (overrides sidecars and page metadata); "
        "resolves dates such as أمس",
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "published", None) is not None:
        day = parse_day(args.published)
        if day is None:
            _say(f"incidentmap: --published {args.published!r} is not a date (want YYYY-MM-DD)")
            return EXIT_ERROR
        args.published = day
    try:
        result: int = args.func(args, stdin=sys.stdin, stdout=sys.stdout)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as err:
        _say(f"incidentmap: {err}")
        return EXIT_ERROR
    except RuntimeError as err:
        _say(f"incidentmap: {err}")
        return EXIT_ERROR
    except Exception as err:
        from incidents.store import database_errors

        if not isinstance(err, database_errors()):
            raise
        _say(f"incidentmap: the store failed: {err}")
        return EXIT_ERROR
    if argv is None:
        _end_of_program()
    return result


def _end_of_program() -> None:
    """Run as the program, the command is done and everything it built is left for the
    exit: frozen, none of it is walked by the collector's passes on the way out (a full
    heap with the gazetteer, and dask after ``--workers``: about 0.15 s of a run)."""
    gc.freeze()


if __name__ == "__main__":
    sys.exit(main())
