"""The fence: every workaround of faust-streaming / mode / aiokafka internals lives here.

Nothing outside ``streams/faustfix/`` touches a private name of those packages. The rest of the
project sees four public things: ``FencedApp`` (the ``faust.App`` subclass ``streams.app``
builds), ``AckAfterBatchStream`` (installed as the app's ``Stream``), ``changelog_ready`` /
``put_table`` (the one way agents write a Faust table) and ``close_unstarted_consumer`` (tests).

Written for, and pinned in ``pyproject.toml`` / ``requirements.lock`` to:
faust-streaming 0.15.3, mode-streaming 0.7.1 (provides ``mode``), aiokafka 0.14.0 (Python 3.11).
Each patched behaviour has a canary in ``tests/unit/test_faustfix_canaries.py`` that runs the
*unpatched* upstream code and fails when upstream changes it (then: re-check the patch, maybe
retire it), and a reproduction ready to report upstream under ``docs/faust-upstream/``.

Patched behaviours (module, what upstream does, what we do instead):

1. ``batching.AckAfterBatchStream`` - ``faust.Stream.take_events`` acks the buffered events in a
   ``finally`` around its ``yield``; on worker stop ``Stream.on_stop`` closes the generator while
   the agent is still inside the batch, so an unfinished batch is acked and committed (events
   lost on a graceful restart). Ours acks a batch only when the agent asks for the next one.
   Repro: ``docs/faust-upstream/01-take-events-acks-interrupted-batch.md``.
2. ``flow.KeepQueuesWhenActive`` - ``mode.utils.queues.FlowControlEvent.resume`` always clears
   every ``FlowControlQueue`` (``clear_on_resume``); Faust resumes twice after a rebalance, the
   second time after the fetcher has already queued records for the agents, which then vanish
   unprocessed and unacked. Ours clears only when flow was actually suspended.
   Repro: ``docs/faust-upstream/02-second-resume-clears-fetched-records.md``.
3. ``consumer.HoleRepairingConsumer`` - ``faust.transport.consumer.Consumer._new_offset``
   commits past records that were never acked when the partition has no committed offset
   (``None`` for "never" and for "committed 0") and past a one-record hole at the head
   (``min(acked) - committed > 1``). Ours refuses both, and a watchdog re-reads a record that was
   fetched but never reached a stream (seek back; agents are idempotent on event ids).
   Repro: ``docs/faust-upstream/03-new-offset-commits-past-holes.md``.
4. ``producer.IdempotentTransport`` - Faust's aiokafka ``Producer._settings_extra`` asks for
   ``enable_idempotence`` (with ``acks=all``) only inside transactions (``exactly_once``) and
   has no setting for it otherwise; we return it always. Not a bug, a missing option (no repro;
   its canary pins the upstream method and shows it returns nothing at-least-once).
5. ``tables.changelog_ready`` - a table write with ``use_partitioner=True`` on a changelog topic
   whose metadata the producer has not fetched yet raises after the batch is already in
   PostgreSQL; we fetch the partitions first. Repro:
   ``docs/faust-upstream/04-table-write-before-changelog-metadata.md``.

Private names touched (and where):

- faust: ``App._new_transport``, ``App._new_producer_transport``, ``App.flow_control``
  (cached_property override) [app]; ``faust.streams._tracks_buffer_agen``,
  ``Stream._enable_passive``, ``Stream._processors``, ``Stream.enable_acks``,
  ``Stream.current_event``, ``Stream.wait_for_stopped`` [batching];
  ``Consumer._new_offset``, ``Consumer._committed_offset``, ``Consumer._acked``,
  ``Consumer._acked_index``, ``Consumer._gap``, ``Consumer._read_offset``,
  ``Consumer._unacked_messages``, ``Consumer.perform_seek``, ``Consumer.flow_active``,
  ``Conductor._topic_name_index``, ``Conductor.acking_topics``, ``TopicConductor`` channels'
  ``_queue`` [consumer]; ``transport.drivers.aiokafka.Producer._settings_extra``,
  ``Transport.Producer`` / ``Transport.Consumer`` [producer, consumer];
  ``Producer._ensure_producer``, ``Table.data``, ``Table.changelog_topic`` [tables];
  ``Consumer._thread`` [app: ``close_unstarted_consumer``].
- mode: ``ServiceThread.thread_loop`` [app: ``close_unstarted_consumer``, which closes the
  loop mode builds for a consumer that never starts: tests only];
  ``FlowControlEvent._suspend``, ``FlowControlEvent._resume``, ``FlowControlEvent.clear``
  [flow]; ``mode.utils.futures.notify`` [batching]; ``Service.task`` [consumer].
- aiokafka: ``AIOKafkaProducer.partitions_for`` (public) reached through Faust's private
  ``_ensure_producer`` [tables].

``processing_guarantee="exactly_once"`` does not make 1-3 or 5 unnecessary (measured, see
``docs/faust-upstream/exactly_once_experiment.py``): the transaction commits exactly the offsets
the code above decides, through the same ``_new_offset``; only 4 would be moot. And on these pins
it crashes the worker at its first offset commit (``docs/faust-upstream/05-*.md``), so jobfair
stays at_least_once; PostgreSQL effects are exact through id ledgers, not Kafka transactions.
"""

from __future__ import annotations

from streams.faustfix.app import FencedApp, close_unstarted_consumer
from streams.faustfix.batching import AckAfterBatchStream
from streams.faustfix.consumer import HoleRepairingConsumer
from streams.faustfix.flow import KeepQueuesWhenActive
from streams.faustfix.tables import changelog_ready, put_table

FAUST_VERSION = "0.15.3"
MODE_VERSION = "0.7.1"
AIOKAFKA_VERSION = "0.14.0"

__all__ = [
    "AIOKAFKA_VERSION",
    "FAUST_VERSION",
    "MODE_VERSION",
    "AckAfterBatchStream",
    "FencedApp",
    "HoleRepairingConsumer",
    "KeepQueuesWhenActive",
    "changelog_ready",
    "close_unstarted_consumer",
    "put_table",
]
