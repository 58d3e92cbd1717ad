"""The sending side of ``loadtests.sse_latency``: the fair it needs, a minimal raw HTTP/1.1
keep-alive client, and one open-loop phase of clicks and check-ins at a fixed rate.

Data flow: ``setup_fair`` (organiser API: fair, employer, posts; waits for the projections)
-> ``run_phase`` sends ``recordClick`` (round robin over the posts) and every
``checkin_every``-th event a ``checkIn`` (new phone) at ``rate``/s over ``RawClient``'s
keep-alive connections -> every request's due / written / answered time (``time.monotonic()``,
the viewers' clock too) and status. ``targets`` turns the accepted events into the count each
one makes a viewer see: key 0 = the fair's ``checked_in``, key i+1 = post i's ``clicks``; the
n-th accepted event of a key (in answer order) is seen once that count reaches base + n.
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx2 as httpx
import psutil

from loadtests.stack import BenchStack


@dataclass
class Sent:
    key: int  # 0: check-in, i + 1: a click on post i
    due: float  # when the schedule wanted it sent
    sent: float = 0.0  # written to the socket
    done: float = 0.0  # answer read
    status: int = 0

    @property
    def kind(self) -> str:
        return "checkin" if self.key == 0 else "click"

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


class RawClient:
    """A minimal HTTP/1.1 keep-alive client: one request at a time per connection."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.conns: asyncio.Queue[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = (
            asyncio.Queue()
        )

    async def open(self, n: int) -> None:
        for _ in range(n):
            self.conns.put_nowait(await asyncio.open_connection(self.host, self.port))

    async def close(self) -> None:
        while not self.conns.empty():
            _, writer = self.conns.get_nowait()
            writer.close()

    async def post(self, path: str, body: bytes, record: Sent) -> None:
        reader, writer = await self.conns.get()
        try:
            request = (
                f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Type: application/json"
                f"\r\nContent-Length: {len(body)}\r\n\r\n".encode()
                + body
            )
            writer.write(request)
            record.sent = time.monotonic()
            line = await reader.readline()
            if not line:  # the server closed an idle keep-alive connection (uvicorn: 5 s)
                writer.close()
                reader, writer = await asyncio.open_connection(self.host, self.port)
                writer.write(request)
                record.sent = time.monotonic()
                line = await reader.readline()
            status = int(line.split()[1])
            length = 0
            while (header := await reader.readline()) not in (b"\r\n", b""):
                name, _, value = header.decode().partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            await reader.readexactly(length)
            record.status, record.done = status, time.monotonic()
        finally:
            self.conns.put_nowait((reader, writer))


async def run_phase(
    client: RawClient,
    *,
    n: int,
    rate: float,
    checkin_every: int,
    entrance: str,
    posts: list[str],
    phone_base: int,
) -> tuple[list[Sent], dict[str, Any]]:
    """Open loop: request i is due at start + i / rate, whatever the answers do."""
    records: list[Sent] = []
    tasks = []
    me = psutil.Process()
    cpu0 = sum(me.cpu_times()[:2])
    psutil.cpu_percent()  # starts the machine-wide window
    start = time.monotonic()
    for i in range(n):
        due = start + i / rate
        delay = due - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        if checkin_every and i % checkin_every == 0:
            rec = Sent(0, due)
            body = json.dumps(
                {
                    "token": entrance,
                    "name": "压测",
                    "consent": True,
                    "phone": f"1{phone_base + i:010d}",
                }
            ).encode()
            path = "/api/checkins"
        else:
            rec = Sent(1 + i % len(posts), due)
            body = json.dumps({"post_id": posts[i % len(posts)], "source": "bench"}).encode()
            path = "/api/clicks"
        records.append(rec)
        tasks.append(asyncio.create_task(client.post(path, body, rec)))
    await asyncio.gather(*tasks)
    end = time.monotonic()
    sending_s = max(r.sent for r in records) - start
    info = {
        "requests": n,
        "asked_rate": rate,
        "t_start": start,
        "t_end": end,
        "sending_s": round(sending_s, 2),
        "achieved_rate": round(n / sending_s, 1) if sending_s > 0 else None,
        "cpu_busy_percent": psutil.cpu_percent(),  # all cores: is the machine saturated?
        "sender_cpu_percent": round(
            100 * (sum(me.cpu_times()[:2]) - cpu0) / max(end - start, 1e-6), 1
        ),
    }
    return records, info


def targets(records: list[Sent], base: dict[int, int]) -> list[list[float]]:
    """[key, count the viewer must reach, answered at, written at] per accepted event;
    ``base`` (counts before this phase, per key) is advanced in place."""
    out = []
    for rec in sorted((r for r in records if r.ok), key=lambda r: r.done):
        base[rec.key] = base.get(rec.key, 0) + 1
        out.append([rec.key, base[rec.key], rec.done, rec.sent])
    return out


def setup_fair(stack: BenchStack, n_posts: int) -> tuple[str, str, list[str]]:
    auth = {"authorization": f"Bearer {stack.settings.organiser_token}"}
    with httpx.Client(base_url=stack.web_url, timeout=30) as api:

        def made(path: str, body: dict[str, Any]) -> dict[str, Any]:
            r = api.post(path, headers=auth, json=body)
            ident = r.json()["id"]
            for _ in range(300):
                got = api.get(f"{path}/{ident}", headers=auth)
                if got.status_code == 200:
                    found: dict[str, Any] = got.json()
                    return found
                time.sleep(0.1)
            raise RuntimeError(f"{path} {ident} never projected")

        start = datetime.now(UTC) - timedelta(minutes=5)
        fair = made(
            "/api/fairs",
            {
                "name": "压测招聘会",
                "kind": "livestream",
                "starts_at": start.isoformat(),
                "ends_at": (start + timedelta(hours=6)).isoformat(),
            },
        )
        employer = made(
            "/api/employers",
            {
                "fair_id": fair["id"],
                "name": "压测单位",
                "booth": "A1",
                "interview_tables": 1,
                "slot_minutes": 10,
            },
        )
        posts = [
            made(
                "/api/posts",
                {
                    "employer_id": employer["id"],
                    "title": f"岗位{i}",
                    "description": "提供午餐。",
                    "headcount": 10,
                },
            )["id"]
            for i in range(n_posts)
        ]
    return fair["id"], fair["entrance_qr_url"].rsplit("/", 1)[1], posts
