"""The ``jobfair`` console script: dev, provision, worker, web, check-post, report, retention.

The only place that reads the environment (``Settings.from_env``). Every expected failure is a
:class:`jobfair.errors.JobfairError` (or a local-server error) printed as one line on stderr
with exit code 1; bad usage exits 2.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections.abc import Sequence

from jobfair.errors import JobfairError
from jobfair.settings import Settings


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="jobfair", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    dev = sub.add_parser("dev", help="run the whole platform on this machine")
    dev.add_argument("--port", type=int, default=None, help="web port (default 8000)")
    dev.add_argument("--demo", action="store_true", help="load a demo fair, employers and posts")
    dev.add_argument("--broker", choices=["kafka", "tansu"], default=None,
                     help="embedded broker when JOBFAIR_KAFKA_BOOTSTRAP is unset (default kafka)")
    dev.add_argument("--workers", type=int, default=1, help="stream worker processes (default 1)")
    sub.add_parser("provision", help="create or upgrade topics and database schema")
    sub.add_parser("worker", help="run one stream worker against the configured servers")
    web = sub.add_parser("web", help="run one web process against the configured servers")
    web.add_argument("--port", type=int, default=None)
    sub.add_parser("check-post", help="screen a job post read from stdin; prints JSON")
    report = sub.add_parser("report", help="the report upward: one fair or a period")
    report.add_argument("fair_id", nargs="?", default=None, metavar="FAIR_ID")
    report.add_argument("--from", dest="start", metavar="DATE", help="first start date (China)")
    report.add_argument("--to", dest="end", metavar="DATE", help="last start date (China)")
    report.add_argument("--format", choices=["table", "csv", "xlsx"], default=None,
                        help="default: from --output's suffix, else table")
    report.add_argument("--output", metavar="PATH", help="write here instead of stdout")
    sub.add_parser("retention", help="erase personal data past its retention period (PIPL)")
    from jobfair.loadtest import add_parser as add_loadtest

    add_loadtest(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = Settings.from_env(os.environ)
        _logging(settings.log_level)
        return _dispatch(args, settings)
    except JobfairError as exc:
        print(f"jobfair {args.command}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "dev":
        from jobfair.dev import run_dev

        changes: dict[str, object] = {}
        if args.port:
            changes["port"] = args.port
        if args.broker:
            changes["broker_kind"] = args.broker
        return run_dev(settings.replace(**changes), demo=args.demo, workers=args.workers)
    if args.command == "provision":
        from jobfair.checks import check_broker
        from jobfair.provision import provision_database, provision_topics

        bootstrap, dsn = settings.require_servers()
        check_broker(bootstrap)
        provision_topics(settings, bootstrap)
        asyncio.run(provision_database(dsn))
        return 0
    if args.command == "worker":
        from jobfair.worker import run

        return run(settings)
    if args.command == "web":
        from jobfair.webserver import serve

        return serve(settings.replace(port=args.port) if args.port else settings)
    if args.command == "check-post":
        return _check_post()
    if args.command == "report":
        from jobfair.report import ReportRequest, run_report

        return run_report(settings, ReportRequest.parse(
            args.fair_id, args.start, args.end, args.format, args.output))
    if args.command == "retention":
        from jobfair.retention import run as run_retention

        return run_retention(settings)
    if args.command == "loadtest":
        from jobfair.loadtest import run as run_loadtest

        return run_loadtest(args, settings)
    raise AssertionError(args.command)


def _check_post() -> int:
    """Bytes on stdin -> UTF-8 text (else one line on stderr, exit 2) -> screening JSON."""
    from domain.screening import screen_post

    if sys.stdin is None or sys.stdin.isatty():
        print("jobfair check-post: pipe the post's text on stdin", file=sys.stderr)
        return 2
    stream = getattr(sys.stdin, "buffer", None)
    data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8", "replace")
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        print(f"jobfair check-post: input is not UTF-8 text (bad byte at offset {exc.start})",
              file=sys.stderr)
        return 2
    head = text[:4096]
    controls = sum(1 for c in head if ord(c) < 32 and c not in "\n\r\t\f\v")
    if "\x00" in text or controls * 10 > len(head):
        print("jobfair check-post: input looks binary (NUL or control bytes), not a post's text",
              file=sys.stderr)
        return 2
    answer = screen_post(text).to_dict()
    if not text.strip():
        answer["empty"] = True
        answer["detail"] = "empty text: nothing to screen"
    print(json.dumps(answer, ensure_ascii=False))
    return 0


def _logging(level: str) -> None:
    logging.basicConfig(
        level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    # aiokafka logs every connection retry at ERROR; ours already say what matters.
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)
    logging.getLogger("kafka").setLevel(logging.CRITICAL)


if __name__ == "__main__":
    sys.exit(main())
