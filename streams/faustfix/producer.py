"""Patched behaviour 4 (see ``streams.faustfix``): an idempotent aiokafka producer.

Faust 0.15.3 has no setting for aiokafka's ``enable_idempotence``; its aiokafka ``Producer``
merges ``_settings_extra()`` into the keyword arguments it builds ``AIOKafkaProducer`` with, and
returns ``acks=all`` plus idempotence there only inside transactions. We return them always: a
retried send never duplicates a record (a changelog record or a scheduling decision). Tansu
cannot do idempotence; ``FencedApp`` then uses Faust's own transport.
"""

from __future__ import annotations

from typing import Any

from faust.transport.drivers import aiokafka as faust_aiokafka


class IdempotentProducer(faust_aiokafka.Producer):
    def _settings_extra(self) -> dict[str, Any]:
        return {"acks": "all", "enable_idempotence": True}


class IdempotentTransport(faust_aiokafka.Transport):
    Producer = IdempotentProducer
