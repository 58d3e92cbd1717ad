"""Clicks combined at the edge: many clicks on one post -> ONE Kafka record, 202 after its ack.

Data flow: recordClick (``web.live.clicks``) and the post page (``web.live.commands``) call
:meth:`ClickCombiner.add`; the first click on a post opens a group that stays open for
``JOBFAIR_CLICK_WINDOW_MS`` (or until it is big enough), then ONE ``ClicksRecorded`` record
(``streams.clicks``) goes to topic ``clicks`` through ``web.publish.Publisher.send`` (acks=all,
idempotent producer, bounded by ``JOBFAIR_BROKER_TIMEOUT_MS``). Every request of the group waits
on the group's future: all answer 202 once Kafka acknowledged the record, or all fail with the
same ``Unavailable`` if the send failed or timed out. Nothing is acknowledged that Kafka has
not confirmed; nothing is lost silently.

A timed-out send may still reach Kafka later (the producer keeps the record and retries), but
then after the deadline it carries, so the agent dead-letters it instead of counting it
(``streams.fence``): 503 ``broker_unavailable`` means "not counted, retry". Only a record a
broker already held when the bound ran out may count: its requests get 503
``broker_unavailable`` with ``"recorded": "unknown"`` ("may be counted: retry with the same
click_id", which counts once,
``agents.clicks``).
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

import orjson

from streams.clicks import ClicksRecorded
from web.command_errors import Unavailable

# A record stays well under ``streams.events.MAX_EVENT_BYTES`` (64 KiB): a client id costs ~39
# bytes of JSON, a (source, room) part at most ~200.
MAX_WEIGHT = 1000
PART_WEIGHT = 5

Send = Callable[[bytes, bytes], Awaitable[None]]  # (value, key) -> None once Kafka acked


class _Group:
    """The open group of one post: ``parts[(source, room_id)] = [n, [client click ids]]``."""

    __slots__ = ("done", "fair_id", "parts", "post_id", "weight")

    def __init__(self, post_id: str, fair_id: str, done: asyncio.Future[None]) -> None:
        self.post_id, self.fair_id, self.done = post_id, fair_id, done
        self.parts: dict[tuple[str | None, str | None], list[Any]] = {}
        self.weight = 0

    def add(self, source: str | None, room_id: str | None, click_id: str | None) -> None:
        part = self.parts.get((source, room_id))
        if part is None:
            part = self.parts[(source, room_id)] = [0, []]
            self.weight += PART_WEIGHT
        if click_id is None:
            part[0] += 1
        else:
            part[1].append(click_id)
            self.weight += 1

    def encode(self, at: str) -> bytes:
        """Exactly ``ClicksRecorded(...).to_bytes()`` (a unit test pins it), built directly."""
        return orjson.dumps({
            "type": ClicksRecorded.TYPE, "record_id": str(uuid.uuid4()),
            "post_id": self.post_id, "fair_id": self.fair_id, "at": at,
            "groups": [{"source": s, "room_id": r, "n": n, "click_ids": ids}
                       for (s, r), (n, ids) in self.parts.items()],
        })


class ClickCombiner:
    """One per web process. ``add`` returns once the click is durable in Kafka."""

    def __init__(self, send: Send, *, window_s: float, now: Callable[[], datetime],
                 on_record: Callable[[int], None] | None = None) -> None:
        self._send, self._window, self._now, self._on_record = send, window_s, now, on_record
        self._open: dict[str, _Group] = {}
        self._scheduled = False
        self._sending: set[asyncio.Task[None]] = set()

    async def add(self, post_id: str, fair_id: str, source: str | None,
                  room_id: str | None = None, click_id: str | None = None) -> None:
        """Join ``post_id``'s open group (opening one if needed) and wait for its record's
        ack; raises the group's ``Unavailable`` if Kafka did not confirm it in time."""
        group = self._open.get(post_id)
        if group is None:
            loop = asyncio.get_running_loop()
            group = self._open[post_id] = _Group(post_id, fair_id, loop.create_future())
            if not self._scheduled:
                self._scheduled = True
                if self._window > 0:
                    loop.call_later(self._window, self._flush)
                else:
                    loop.call_soon(self._flush)
        group.add(source, room_id, click_id)
        if group.weight >= MAX_WEIGHT:
            del self._open[post_id]
            self._start(group)
        # shield: a request that goes away must not cancel its neighbours' shared future.
        await asyncio.shield(group.done)

    def _flush(self) -> None:
        groups, self._open, self._scheduled = self._open, {}, False
        for group in groups.values():
            self._start(group)

    def _start(self, group: _Group) -> None:
        task = asyncio.get_running_loop().create_task(self._deliver(group))
        self._sending.add(task)
        task.add_done_callback(self._sending.discard)

    async def _deliver(self, group: _Group) -> None:
        try:
            await self._send(group.encode(self._now().isoformat()), group.post_id.encode())
        except Unavailable as exc:
            group.done.set_exception(exc)
        except Exception as exc:  # a bug: every request of the group sees it (500, logged)
            group.done.set_exception(exc)
        else:
            group.done.set_result(None)
            if self._on_record is not None:
                self._on_record(sum(p[0] + len(p[1]) for p in group.parts.values()))

    async def drain(self) -> None:
        """Send what is open and wait for every send (web shutdown)."""
        self._flush()
        if self._sending:
            await asyncio.gather(*self._sending, return_exceptions=True)
