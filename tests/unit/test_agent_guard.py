"""An unexpected failure in a batch sends the whole batch to the dead-letter topic (reason
``agent_error``) instead of letting Faust ack and drop it; the agent goes on."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from prometheus_client import CollectorRegistry

from agents.runtime import AgentDeps, AgentMetrics, guarded
from jobfair.settings import Settings


@dataclass
class RecordingDeps(AgentDeps):
    letters: list[tuple[str, Any, str, str, bytes | None]] = field(default_factory=list)

    async def dead_letter(self, agent: str, ev: Any, reason: str, detail: str,
                          payload: bytes | None = None) -> None:
        self.letters.append((agent, ev, reason, detail, payload))


def deps() -> RecordingDeps:
    return RecordingDeps(settings=Settings(), pool=None, topics=None,  # type: ignore[arg-type]
                         metrics=AgentMetrics(CollectorRegistry()))


def events(n: int) -> list[Any]:
    return [SimpleNamespace(message=SimpleNamespace(value=b"v%d" % i)) for i in range(n)]


def test_a_failing_batch_is_dead_lettered_whole_with_the_reason() -> None:
    d, batch, cleared = deps(), events(3), []

    async def boom() -> None:
        raise KeyError("fair-7")

    asyncio.run(guarded(d, "agent-x", batch, boom(), redact=lambda raw: b"redacted",
                        on_error=lambda: cleared.append(True)))
    assert [(a, ev, r) for a, ev, r, _, _ in d.letters] == [("agent-x", ev, "agent_error")
                                                           for ev in batch]
    assert {detail for *_, detail, _ in d.letters} == {"KeyError: 'fair-7'"}
    assert {payload for *_, payload in d.letters} == {b"redacted"}
    assert cleared == [True]
    assert d.metrics.errors.labels("agent-x")._value.get() == 1


def test_a_good_batch_is_left_alone() -> None:
    d, done = deps(), []

    async def fine() -> None:
        done.append(True)

    asyncio.run(guarded(d, "agent-x", events(2), fine()))
    assert done == [True] and d.letters == []
