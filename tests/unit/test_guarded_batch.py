"""``agents.runtime.guarded_batch``: a batch that raises unexpectedly is replayed one event at a
time, and only the events that still raise are dead-lettered (reason ``agent_error``)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson
import pytest

from agents.runtime import guarded_batch


@dataclass
class Msg:
    topic: str
    partition: int
    offset: int
    value: bytes


@dataclass
class Ev:
    message: Msg


class Letters:
    """Stands in for AgentDeps: records what would go to topic deadletter."""

    def __init__(self) -> None:
        self.sent: list[tuple[int, str, str]] = []

    async def dead_letter(self, agent: str, ev: Any, reason: str, detail: str) -> None:
        self.sent.append((ev.message.offset, reason, detail))


def events(topic: str = "clicks", n: int = 5) -> list[Ev]:
    return [Ev(Msg(topic, 0, i, orjson.dumps({"i": i, "name": "王芳", "phone": "13900001111"})))
            for i in range(n)]


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def test_a_good_batch_is_processed_once() -> None:
    seen: list[list[int]] = []

    async def process(batch: Sequence[Any]) -> None:
        seen.append([e.message.offset for e in batch])

    letters = Letters()
    run(guarded_batch(letters, "t", events(), process))  # type: ignore[arg-type]
    assert seen == [[0, 1, 2, 3, 4]] and letters.sent == []


def test_one_bad_event_is_dead_lettered_and_the_rest_applied() -> None:
    applied: list[int] = []
    failures: list[str] = []

    async def process(batch: Sequence[Any]) -> None:
        if any(e.message.offset == 3 for e in batch):
            raise KeyError("boom")
        applied.extend(e.message.offset for e in batch)

    letters = Letters()
    run(guarded_batch(letters, "t", events(), process,  # type: ignore[arg-type]
                      on_failure=lambda: failures.append("reset")))
    assert applied == [0, 1, 2, 4]
    assert [(o, r) for o, r, _ in letters.sent] == [(3, "agent_error")]
    assert "KeyError" in letters.sent[0][2] and failures == ["reset"]


def test_cancellation_is_not_swallowed() -> None:
    async def process(batch: Sequence[Any]) -> None:
        raise asyncio.CancelledError

    with pytest.raises(asyncio.CancelledError):
        run(guarded_batch(Letters(), "t", events(), process))  # type: ignore[arg-type]
