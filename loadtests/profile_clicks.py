"""Where recordClick's CPU goes: py-spy on one ``jobfair web`` under concurrent clicks.

Data flow: own Kafka + PostgreSQL (``jobfair.local``, provisioned like ``jobfair dev``), one fair
with five posts, one ``jobfair web`` subprocess; a warm-up, then ``py-spy record --format raw``
on the web process while ``--clicks`` clicks are sent by ``--connections`` aiohttp clients (60 %
on one hot post, 60 % with a client click id); prints the share of samples per part of the
request path (self and inclusive) and keeps the raw profile (``--output``). No worker: clicks are
only produced, not counted. Needs ``py-spy`` in the venv (``pip install py-spy``).

    .venv/bin/python -m loadtests.profile_clicks --clicks 20000 --connections 64
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import aiohttp
import asyncpg

from jobfair.local import LocalKafka, LocalPostgres, default_cache_dir, free_port
from jobfair.provision import provision_database, provision_topics
from jobfair.settings import Settings

# FastClicks: recordClick's flat path (web.live.fastclicks); record_click: the Starlette route
# (before the flat path); Starlette's middlewares should no longer show up under clicks.
PARTS = ("FastClicks", "record_click", "accept_click", "json_body", "click_gate", "ClickCombiner",
         "Publisher.send", "uuid4", "token_urlsafe", "MetricsMiddleware",
         "ServerErrorMiddleware", "httptools_impl", "Runner.run")


async def make_posts(dsn: str) -> list[str]:
    conn = await asyncpg.connect(dsn)
    try:
        fair, employer = uuid.uuid4(), uuid.uuid4()
        await conn.execute("INSERT INTO fair (id, name, kind, starts_at, ends_at) VALUES "
                           "($1, 'profile', 'livestream', now(), now() + interval '1 day')", fair)
        await conn.execute("INSERT INTO employer (id, fair_id, name, booth, interview_tables, "
                           "slot_minutes) VALUES ($1, $2, 'e', 'A1', 1, 10)", employer, fair)
        posts = [uuid.uuid4() for _ in range(5)]
        for post in posts:
            await conn.execute("INSERT INTO post (id, fair_id, employer_id, title, headcount) "
                               "VALUES ($1, $2, $3, 'p', 1)", post, fair, employer)
        return [str(p) for p in posts]
    finally:
        await conn.close()


async def click_storm(url: str, posts: list[str], n: int, connections: int) -> dict[int, int]:
    statuses: collections.Counter[int] = collections.Counter()
    todo = list(range(n))
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=connections),
                                     timeout=timeout) as session:
        for _ in range(200):  # wait for the server
            try:
                async with session.get(f"{url}/openapi.json") as r:
                    if r.status == 200:
                        break
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.3)

        async def client() -> None:
            while todo:
                i = todo.pop()
                body = {"post_id": posts[0] if i % 10 < 6 else posts[i % 5], "source": "room"}
                if i % 10 < 6:
                    body["click_id"] = str(uuid.uuid4())
                async with session.post(f"{url}/api/clicks", json=body) as r:
                    await r.read()
                    statuses[r.status] += 1

        await asyncio.gather(*(client() for _ in range(connections)))
    return dict(statuses)


def summarise(raw: Path) -> list[tuple[str, float, float]]:
    """(part, self %, inclusive %) from py-spy's raw (collapsed stacks) output."""
    own: collections.Counter[str] = collections.Counter()
    incl: collections.Counter[str] = collections.Counter()
    total = 0
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack:
            continue
        n = int(count)
        total += n
        frames = stack.split(";")
        for part in PARTS:
            if part in frames[-1]:
                own[part] += n
            if any(part in f for f in frames):
                incl[part] += n
    return [(p, 100 * own[p] / max(total, 1), 100 * incl[p] / max(total, 1)) for p in PARTS]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m loadtests.profile_clicks", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--clicks", type=int, default=20_000)
    p.add_argument("--connections", type=int, default=64)
    p.add_argument("--output", type=Path, default=Path("loadtests/results/click-profile.txt"))
    args = p.parse_args(argv)
    spy_bin = Path(sys.executable).with_name("py-spy")
    if not spy_bin.exists():
        print("py-spy not installed: .venv/bin/python -m pip install py-spy", file=sys.stderr)
        return 2
    base = Path(tempfile.mkdtemp(prefix="jobfair-profile-"))
    pg_dir = Path(tempfile.mkdtemp(prefix="jobfair-profile-pg-"))
    cache = Path(os.environ.get("JOBFAIR_CACHE_DIR") or default_cache_dir()).expanduser()
    kafka = LocalKafka(base / "kafka", cache_dir=cache, progress=lambda s: None)
    postgres = LocalPostgres(pg_dir, progress=lambda s: None)
    web: subprocess.Popen[bytes] | None = None
    try:
        bootstrap, dsn = kafka.start(), postgres.start()
        settings = Settings(kafka_bootstrap=bootstrap, database_url=dsn, app_id="profile",
                            organiser_token=secrets.token_urlsafe(16),
                            secret_key=secrets.token_urlsafe(32))
        provision_topics(settings, bootstrap, progress=lambda line: None)
        asyncio.run(provision_database(dsn, progress=lambda line: None))
        posts = asyncio.run(make_posts(dsn))
        port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("JOBFAIR_")}
        env.update(settings.to_env())
        with (base / "web.log").open("ab") as log:
            web = subprocess.Popen([sys.executable, "-m", "jobfair.cli", "web", "--port",
                                    str(port)], env=env, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        url = f"http://127.0.0.1:{port}"
        asyncio.run(click_storm(url, posts, 2000, args.connections))  # warm-up
        args.output.parent.mkdir(parents=True, exist_ok=True)
        spy = subprocess.Popen([str(spy_bin), "record", "--pid", str(web.pid), "--format", "raw",
                                "--rate", "200", "-o", str(args.output)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1)
        began = time.monotonic()
        statuses = asyncio.run(click_storm(url, posts, args.clicks, args.connections))
        seconds = time.monotonic() - began
        spy.send_signal(signal.SIGINT)
        spy.wait(60)
        print(f"{args.clicks} clicks in {seconds:.1f} s, statuses {statuses} "
              "(a profile, not a benchmark: run `make bench` for figures)")
        print(f"{'part':<24} {'self %':>7} {'incl %':>7}")
        for part, own, incl in summarise(args.output):
            print(f"{part:<24} {own:7.1f} {incl:7.1f}")
        print(f"raw profile: {args.output}")
        return 0
    finally:
        if web is not None and web.poll() is None:
            os.killpg(web.pid, signal.SIGTERM)
            web.wait(20)
        kafka.stop()
        postgres.stop()
        shutil.rmtree(base, ignore_errors=True)
        shutil.rmtree(pg_dir, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
