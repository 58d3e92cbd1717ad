"""The application agent: its pure decisions (parse, plan) and one run through
``agent.test_context()`` against the real PostgreSQL with a full post and redeliveries."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest

from agents import applications
from domain.applicants import application_id_for
from streams.applications import ApplicationSubmitted
from streams.events import BadEvent
from tests.agents.conftest import T0, RunAgent


def submitted(applicant: str, post: str, fair: str, **over: Any) -> ApplicationSubmitted:
    fields: dict[str, Any] = {
        "application_id": application_id_for(applicant, post), "applicant_id": applicant,
        "post_id": post, "fair_id": fair, "at": T0.isoformat(), **over}
    return ApplicationSubmitted(**fields)


def test_parse_refuses_ids_not_derived_from_applicant_and_post() -> None:
    a, p, f = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    _ev, app_id, *_ = applications.parse_application(submitted(a, p, f).to_bytes())
    assert str(app_id) == application_id_for(a, p)
    with pytest.raises(BadEvent) as exc:
        applications.parse_application(
            submitted(a, p, f, application_id=str(uuid.uuid4())).to_bytes())
    assert exc.value.reason == "bad_id"
    with pytest.raises(BadEvent) as exc:
        applications.parse_application(submitted(a, p, f, at="yesterday").to_bytes())
    assert exc.value.reason == "bad_time"
    with pytest.raises(BadEvent) as exc:
        applications.parse_application(submitted(a, p, f, source="x" * 65).to_bytes())
    assert exc.value.reason == "bad_field"


@pytest.mark.integration
def test_agent_waitlists_on_a_full_post_exactly_once(
    db: Callable[..., Any], run_agent: RunAgent
) -> None:
    fair, employer, open_post, full_post = (uuid.uuid4() for _ in range(4))
    db("INSERT INTO fair (id, name, kind, starts_at, ends_at) VALUES "
       "($1, 'agent test', 'livestream', now(), now() + interval '1 day')", fair)
    db("INSERT INTO employer (id, fair_id, name, booth, interview_tables, slot_minutes) "
       "VALUES ($1, $2, 'e', 'Z9', 1, 10)", employer, fair)
    for post in (open_post, full_post):
        db("INSERT INTO post (id, fair_id, employer_id, title, headcount) "
           "VALUES ($1, $2, $3, 'p', 1)", post, fair, employer)
        db("INSERT INTO post_counts (post_id, fair_id) VALUES ($1, $2)", post, fair)
    db("UPDATE post_counts SET offers = 1 WHERE post_id = $1", full_post)
    people = [str(uuid.uuid4()) for _ in range(3)]
    events = [submitted(a, str(p), str(fair)) for a in people for p in (open_post, full_post)]
    got = run_agent(
        applications, events + events[::-1],
        "SELECT applications, waitlisted FROM post_counts WHERE post_id = $1 "
        "AND applications = 3", full_post)
    assert tuple(got) == (3, 3)
    rows = db("SELECT post_id, status, seq FROM application WHERE fair_id = $1 "
              "ORDER BY post_id, seq", fair)
    by_post = {p: [(r["status"], r["seq"]) for r in rows if r["post_id"] == p]
               for p in (open_post, full_post)}
    assert by_post[full_post] == [("waitlisted", 1), ("waitlisted", 2), ("waitlisted", 3)]
    assert by_post[open_post] == [("submitted", 1), ("submitted", 2), ("submitted", 3)]
