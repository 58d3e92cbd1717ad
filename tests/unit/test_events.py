"""Event decoding turns every malformed payload into a BadEvent with a reason code."""

from __future__ import annotations

import uuid

import orjson
import pytest

from streams.clicks import ClickRecorded
from streams.deadletter import DeadLettered, dead_letter
from streams.events import BadEvent, decode
from streams.topics import ALL_TOPICS

C, P, F = (str(uuid.UUID(int=i)) for i in (1, 2, 3))


def click() -> ClickRecorded:
    return ClickRecorded(click_id=C, post_id=P, fair_id=F, at="2026-11-22T10:00:00+00:00")


def test_round_trip_and_key() -> None:
    c = click()
    assert decode(c.to_bytes(), ClickRecorded) == c
    assert c.key == P.encode()


@pytest.mark.parametrize(("raw", "reason"), [
    (None, "empty"),
    (b"\xff\xfe", "bad_json"),
    (b"[1, 2]", "bad_shape"),
    (b'{"type": "Unknown"}', "unexpected_type"),
    (b'{"post_id": "p"}', "unexpected_type"),
    (b'{"type": "ClickRecorded", "post_id": "p"}', "missing_field"),
    (b'{"type": "ClickRecorded", "click_id": 1, "post_id": "p", "fair_id": "f", "at": "x"}',
     "bad_field"),
    (orjson.dumps({"type": "ClickRecorded", "click_id": C, "post_id": P, "fair_id": F,
                   "at": "2026-11-22T10:00:00+00:00", "source": 5}), "bad_field"),
    (orjson.dumps({"type": "ClickRecorded", "click_id": C + "\n", "post_id": P, "fair_id": F,
                   "at": "2026-11-22T10:00:00+00:00"}), "bad_id"),
    (orjson.dumps({"type": "ClickRecorded", "click_id": C, "post_id": P, "fair_id": F,
                   "at": "2026-11-22T10:00:00+00:00", "source": "a\x00b"}), "bad_text"),
    (orjson.dumps({"type": "ClickRecorded", "click_id": C, "post_id": P, "fair_id": F,
                   "at": "2107-01-01T00:00:00+00:00"}), "bad_time"),
    (b"x" * 70_000, "too_large"),
])
def test_poison_payloads_have_reasons(raw: bytes | None, reason: str) -> None:
    with pytest.raises(BadEvent) as info:
        decode(raw, ClickRecorded)
    assert info.value.reason == reason


def test_a_known_event_of_another_type_is_unexpected() -> None:
    dl = dead_letter(source="clicks", partition=0, offset=1, reason="r", detail="d",
                     payload=b"\x00raw", agent="a", at="2026")
    with pytest.raises(BadEvent, match="unexpected_type"):
        decode(dl.to_bytes(), ClickRecorded)
    back = decode(dl.to_bytes(), DeadLettered)
    assert back.payload == b"\x00raw"


def test_dead_letters_from_topic_checkins_carry_no_personal_data() -> None:
    raw = orjson.dumps({"type": "ApplicantRegistered", "name": "王芳", "phone": "13900001111",
                        "gender": "女", "fair_id": "f"})
    kept = dead_letter(source="clicks", partition=0, offset=1, reason="r", detail="d",
                       payload=raw, agent="a", at="2026")
    assert kept.payload == raw  # other topics keep the message as it was
    dl = dead_letter(source="checkins", partition=0, offset=1, reason="r", detail="d",
                     payload=raw, agent="a", at="2026")
    back = orjson.loads(dl.payload)
    assert back["fair_id"] == "f" and b"13900001111" not in dl.payload
    assert {back[k] for k in ("name", "phone", "gender")} == {"[redacted]"}
    garbage = dead_letter(source="checkins", partition=0, offset=2, reason="r", detail="d",
                          payload=b"13900001111 not json", agent="a", at="2026")
    assert b"13900001111" not in garbage.payload


def test_topics_are_declared_once_and_keyed() -> None:
    names = [t.name for t in ALL_TOPICS]
    assert len(names) == len(set(names))
    fair_keyed = {t.name for t in ALL_TOPICS if t.key == "fair_id"}
    assert {"checkins", "applications", "interviews", "fairsetup"} <= fair_keyed
    assert next(t for t in ALL_TOPICS if t.name == "clicks").key == "post_id"
