"""agents.applications takes a withdrawal (withdrawApplication / declineInterview) out of the
counts exactly once, whatever redelivers it; an application already decided stays as it is.
Real PostgreSQL, events fed through Faust's test context (tests/agents/conftest.py)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest

from agents import applications
from streams.applications import ApplicationWithdrawn
from tests.agents.conftest import T0, RunAgent
from tests.agents.test_applications_agent import submitted

pytestmark = pytest.mark.integration


def withdrawn(app_id: str, applicant: str, post: str, fair: str) -> ApplicationWithdrawn:
    return ApplicationWithdrawn(
        event_id=str(uuid.uuid4()),
        application_id=app_id,
        applicant_id=applicant,
        post_id=post,
        fair_id=fair,
        reason="withdrawn",
        at=T0.isoformat(),
    )


def test_a_withdrawal_leaves_the_counts_once(db: Callable[..., Any], run_agent: RunAgent) -> None:
    fair, employer, post = (uuid.uuid4() for _ in range(3))
    db(
        "INSERT INTO fair (id, name, kind, starts_at, ends_at) VALUES "
        "($1, 'withdraw test', 'online', now(), now() + interval '1 day')",
        fair,
    )
    db(
        "INSERT INTO employer (id, fair_id, name, booth, interview_tables, slot_minutes) "
        "VALUES ($1, $2, 'e', 'W1', 1, 10)",
        employer,
        fair,
    )
    db(
        "INSERT INTO post (id, fair_id, employer_id, title, headcount) VALUES ($1, $2, $3, 'p', 5)",
        post,
        fair,
        employer,
    )
    db("INSERT INTO post_counts (post_id, fair_id) VALUES ($1, $2)", post, fair)
    people = [str(uuid.uuid4()) for _ in range(3)]
    subs = [submitted(a, str(post), str(fair)) for a in people]
    gone = withdrawn(subs[0].application_id, people[0], str(post), str(fair))
    again = withdrawn(subs[0].application_id, people[0], str(post), str(fair))
    decided = withdrawn(subs[1].application_id, people[1], str(post), str(fair))
    last = withdrawn(subs[2].application_id, people[2], str(post), str(fair))
    got = run_agent(
        applications,
        [*subs, gone, gone, again],
        "SELECT applications FROM post_counts WHERE post_id = $1 AND applications = 2",
        post,
    )
    assert got["applications"] == 2
    db("UPDATE application SET status = 'offer' WHERE id = $1", uuid.UUID(subs[1].application_id))
    # Same fair, same partition, in order: once the last one is done, so is the decided one.
    run_agent(
        applications,
        [decided, last],
        "SELECT 1 FROM application WHERE id = $1 AND withdrawn_at IS NOT NULL",
        uuid.UUID(subs[2].application_id),
    )
    rows = {
        str(r["id"]): (r["status"], r["withdrawn_at"] is not None)
        for r in db("SELECT id, status, withdrawn_at FROM application WHERE post_id = $1", post)
    }
    assert rows[subs[0].application_id] == ("withdrawn", True)
    assert rows[subs[1].application_id] == ("offer", False)  # decided: left as it is
    assert rows[subs[2].application_id] == ("withdrawn", True)
    assert (
        db("SELECT applications FROM post_counts WHERE post_id = $1", post)[0]["applications"] == 1
    )
