"""Patched behaviour 2 (see ``streams.faustfix``): flow control that keeps fetched records
across a repeated resume.

Faust (0.15.3) calls ``resume()`` twice after a rebalance: once to read changelogs, and again
after seeking the stream partitions to their committed offsets. By then the fetcher is running,
and records it fetched after the seek sit in the agents' queues with their read offsets
recorded. mode's (0.7.1) ``FlowControlEvent.resume()`` always clears the queues, so those records
vanished without being processed or acked: the commit then stopped at them, or, on a partition
never committed before, went past them (lost clicks and registrations after a worker restart).
Stale records from before a rebalance are still dropped: Faust suspends and clears at revoke,
and a resume from suspended clears again. Private names: ``_suspend``, ``_resume``, ``clear``.
"""

from __future__ import annotations

from mode.utils.queues import FlowControlEvent


class KeepQueuesWhenActive(FlowControlEvent):
    """Faust's flow control, except that ``resume()`` clears the agents' queues only when flow
    was actually suspended."""

    def resume(self) -> None:
        was_active = self.is_active()
        self._suspend.clear()
        self._resume.set()
        if not was_active:
            self.clear()
