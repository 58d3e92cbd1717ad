"""The 503 fence's decisions (``streams.fence``): web's 202-or-503 on an ack and the agents'
count-or-dead-letter on a record judge the same broker append time against the same deadline,
so no outcome is "503 to the client, counted by the agent" unless the ack itself was lost or
slower than the grace (the residual window, README). Topic configs make the broker stamp."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from jobfair.errors import ConfigError
from jobfair.settings import Settings
from streams import fence
from streams.topics import ALL_TOPICS, CLICKS, DEADLETTER

DEADLINE = 1_800_000_000_000


@dataclass
class Message:
    """The fields of a Faust ConsumerMessage the fence reads (timestamp in seconds)."""

    timestamp: float | None
    timestamp_type: int = fence.LOG_APPEND_TIME
    headers: list[tuple[str, bytes]] = field(
        default_factory=lambda: fence.deadline_headers(DEADLINE)
    )


def test_deadline_keeps_the_grace_before_the_bound_ends() -> None:
    assert fence.deadline_ms(1000.0, 5.0, 1.0) == 1_004_000
    assert fence.deadline_ms(1000.0, 5.0, 0.0) == 1_005_000


def test_the_deadline_travels_in_a_header_and_is_read_back() -> None:
    headers = fence.deadline_headers(DEADLINE)
    assert fence.deadline_of(headers) == DEADLINE
    assert fence.deadline_of(dict(headers)) == DEADLINE
    assert fence.deadline_of([("other", b"1"), *headers]) == DEADLINE
    assert fence.deadline_of(None) is None
    assert fence.deadline_of([]) is None
    assert fence.deadline_of([(fence.DEADLINE_HEADER, b"soon")]) is None


@pytest.mark.parametrize(
    ("stamp", "kind", "accepted"),
    [
        (DEADLINE - 1, fence.LOG_APPEND_TIME, True),
        (DEADLINE, fence.LOG_APPEND_TIME, True),  # at the deadline still counts
        (DEADLINE + 1, fence.LOG_APPEND_TIME, False),  # appended after: 503
        (DEADLINE + 60_000, 0, True),  # CreateTime topic: no broker stamp, as before the fence
        (-1, fence.LOG_APPEND_TIME, True),  # broker returned no stamp
        (None, fence.LOG_APPEND_TIME, True),
    ],
)
def test_web_answers_202_only_for_an_ack_stamped_by_the_deadline(
    stamp: int | None, kind: int, accepted: bool
) -> None:
    assert fence.acked_in_time(stamp, kind, DEADLINE) is accepted


def test_agents_count_what_web_accepted_and_drop_what_it_gave_up_on() -> None:
    on_time = Message(timestamp=DEADLINE / 1000)
    late = Message(timestamp=(DEADLINE + 2500) / 1000)
    assert fence.late_by(on_time) is None
    assert fence.late_by(Message(timestamp=(DEADLINE - 1) / 1000)) is None
    assert fence.late_by(late) == 2500
    assert fence.late_by(Message(timestamp=(DEADLINE + 1) / 1000)) == 1


def test_records_the_fence_cannot_judge_are_counted_as_before() -> None:
    after = (DEADLINE + 10_000) / 1000
    assert fence.late_by(Message(timestamp=after, headers=[])) is None  # older record
    assert fence.late_by(Message(timestamp=after, timestamp_type=0)) is None  # CreateTime
    assert fence.late_by(Message(timestamp=None)) is None


@pytest.mark.parametrize(
    "stamp", [DEADLINE - 5000, DEADLINE - 1, DEADLINE, DEADLINE + 1, DEADLINE + 5000]
)
def test_web_and_agents_agree_on_every_stamp(stamp: int) -> None:
    """Same number, same rule: a 202 is counted, a 503 after a late ack is not."""
    web_202 = fence.acked_in_time(stamp, fence.LOG_APPEND_TIME, DEADLINE)
    agent_counts = fence.late_by(Message(timestamp=stamp / 1000)) is None
    assert web_202 == agent_counts


def test_every_topic_web_produces_to_is_stamped_by_the_broker() -> None:
    for topic in ALL_TOPICS:
        expected = "CreateTime" if topic is DEADLETTER else "LogAppendTime"
        assert topic.configs(1)["message.timestamp.type"] == expected, topic.name
    assert CLICKS.configs(2)["message.timestamp.type"] == "LogAppendTime"


def test_the_grace_must_fit_in_the_bound() -> None:
    Settings(broker_timeout_ms=2000, broker_ack_grace_ms=1000).validate()
    with pytest.raises(ConfigError):
        Settings(broker_timeout_ms=1000, broker_ack_grace_ms=1000).validate()
