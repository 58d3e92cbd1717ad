"""The 503 fence: a record web gave up on is never counted; every record it answered 202 is.

Data flow: ``web.publish.Publisher.send`` puts a deadline (epoch ms) in a header of every record
it produces (``deadline_headers``) and waits for Kafka's ack until the request bound. The topics
web produces to use ``message.timestamp.type=LogAppendTime`` (``streams.topics``): the broker
stamps each batch with the time it appended it, returns that stamp in the produce ack and keeps
it in the record, so web and the agents judge the SAME number against the SAME deadline:

- web (``acked_in_time``): 202 only if the ack arrived within the bound AND its append time is
  at or before the deadline; otherwise 503 ``broker_unavailable``;
- agents (``late_by``, used by ``agents.runtime.run_batch`` and ``agents.scheduling``): a record
  whose append time is after its deadline is not applied but dead-lettered ``late_after_503``.

A record without the header (older records, records agents produce) or without a broker-stamped
time (a topic still on CreateTime: ``jobfair provision`` was not rerun) is applied as before.
The deadline is ``bound - grace`` after the send started, so an ack of a record appended just
before the deadline still has ``grace`` to reach web (``JOBFAIR_BROKER_ACK_GRACE_MS``); what
needs longer (broker frozen between append and reply, replication to the in-sync replicas
slower than the grace, a leader lost before the reply) is the residual window: such a record
is counted although its clients got 503. Pure functions, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

DEADLINE_HEADER = "jobfair-deadline-ms"
LOG_APPEND_TIME = 1  # Kafka's timestamp type of a broker-stamped record (0 = CreateTime)
LATE = "late_after_503"


def deadline_ms(started_s: float, bound_s: float, grace_s: float) -> int:
    """Epoch ms after which a record no longer counts: ``grace`` before web stops waiting."""
    return int((started_s + bound_s - grace_s) * 1000)


def deadline_headers(deadline: int) -> list[tuple[str, bytes]]:
    return [(DEADLINE_HEADER, str(deadline).encode())]


def deadline_of(headers: Sequence[tuple[str, bytes]] | Mapping[str, bytes] | None) -> int | None:
    """The deadline a record carries, or None (no header, or one that is not a number)."""
    if not headers:
        return None
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    for name, value in pairs:
        if name == DEADLINE_HEADER:
            try:
                return int(value)
            except (TypeError, ValueError):
                return None
    return None


def acked_in_time(ack_timestamp_ms: int | None, timestamp_type: int, deadline: int) -> bool:
    """Web's rule for an ack that arrived within the bound: 202 iff the broker appended the
    record at or before ``deadline``. An ack without a broker stamp (CreateTime topic) cannot be
    judged and is accepted, as before the fence (the agent cannot judge it either)."""
    if timestamp_type != LOG_APPEND_TIME or ack_timestamp_ms is None or ack_timestamp_ms < 0:
        return True
    return ack_timestamp_ms <= deadline


def late_by(message: Any) -> int | None:
    """The agents' rule: how many ms after its deadline a Faust message was appended, or None
    when it counts (on time, no deadline, or no broker stamp). ``message.timestamp`` is seconds
    (Faust divides Kafka's ms by 1000)."""
    deadline = deadline_of(getattr(message, "headers", None))
    stamp = getattr(message, "timestamp", None)
    if (
        deadline is None
        or stamp is None
        or getattr(message, "timestamp_type", None) != LOG_APPEND_TIME
    ):
        return None
    appended = round(stamp * 1000)
    return appended - deadline if appended > deadline else None
