"""The recordClick hot-path shortcuts give the same results as the general code they replace."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime

import orjson
from aiokafka.partitioner import DefaultPartitioner

from streams.checkins import ApplicantRegistered
from streams.clicks import ClickRecorded
from web.publish import KeyHashPartitioner


def test_cached_key_hash_picks_the_default_partitioners_partition() -> None:
    rng = random.Random(3)
    cached, default = KeyHashPartitioner(limit=50), DefaultPartitioner()
    keys = [str(uuid.UUID(int=rng.getrandbits(128))).encode() for _ in range(300)]
    for n in (1, 3, 4, 12):
        parts = list(range(n))
        for key in keys + keys:  # the second pass hits the cache (and its clearing)
            assert cached(key, parts, parts) == default(key, parts, parts)


def test_to_bytes_equals_the_dict_encoding() -> None:
    at = datetime.now(UTC).isoformat()
    for ev in (
        ClickRecorded(click_id=str(uuid.uuid4()), post_id=str(uuid.uuid4()),
                      fair_id=str(uuid.uuid4()), at=at, source="直播间 8"),
        ClickRecorded(click_id=str(uuid.uuid4()), post_id=str(uuid.uuid4()),
                      fair_id=str(uuid.uuid4()), at=at, source=None),
        ApplicantRegistered(event_id=str(uuid.uuid4()), applicant_id=str(uuid.uuid4()),
                            fair_id=str(uuid.uuid4()), name="王芳", phone="13900001111",
                            consent_at=at, channel="checkin", at=at),
    ):
        assert ev.to_bytes() == orjson.dumps(ev.to_dict())
