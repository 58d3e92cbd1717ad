"""``FencedApp``: the ``faust.App`` subclass that installs patched behaviours 2-4 (see
``streams.faustfix``) through Faust's private factory hooks ``_new_transport``,
``_new_producer_transport`` and the ``flow_control`` cached property. ``streams.app`` builds it
with ``Stream=AckAfterBatchStream`` (behaviour 1)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import faust
from faust.transport.drivers import aiokafka as faust_aiokafka
from mode.utils.objects import cached_property
from mode.utils.queues import FlowControlEvent

from streams.faustfix.consumer import HoleRepairingConsumer
from streams.faustfix.flow import KeepQueuesWhenActive
from streams.faustfix.producer import IdempotentTransport


class FencedTransport(faust_aiokafka.Transport):
    Consumer = HoleRepairingConsumer


class FencedApp(faust.App):
    """A Faust app whose producer is idempotent unless the broker cannot do it (Tansu), whose
    consumer never commits past a record no agent received, and whose flow control keeps
    fetched records across a repeated resume."""

    idempotent_producer: bool = True
    #: Tables write changelog records. Agent tests (``agent.test_context()``, no worker, no
    #: changelog topics) turn it off; ``put_table`` then writes local state only.
    write_changelog: bool = True
    #: Called with the topic each time the consumer re-reads a record (worker metrics).
    on_consumer_reread: Callable[[str], None] | None = None

    @cached_property
    def flow_control(self) -> FlowControlEvent:
        return KeepQueuesWhenActive(loop=self.loop)

    def _new_transport(self) -> Any:
        return FencedTransport(self.conf.broker_consumer, self)

    def _new_producer_transport(self) -> Any:
        if not self.idempotent_producer:
            return super()._new_producer_transport()
        return IdempotentTransport(self.conf.broker_producer, self)


def close_unstarted_consumer(app: faust.App) -> None:
    """Close the event loop mode's ``ServiceThread`` made for the consumer when it was built.

    An app whose consumer never starts (an agent run through ``agent.test_context()``, or an app
    built only to inspect it) would otherwise leak that loop, and pytest's
    ``filterwarnings=error`` turns the ResourceWarning into a failure. Private names:
    ``Consumer._thread``, ``ServiceThread.thread_loop``.
    """
    thread_loop = getattr(getattr(app.consumer, "_thread", None), "thread_loop", None)
    if thread_loop is not None and not thread_loop.is_closed():
        thread_loop.close()
