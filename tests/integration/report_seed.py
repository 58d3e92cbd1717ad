"""A small day of fairs written straight into the schema, with the figures it must give.

Rows match what the agents write (fair, employer, post + post_screening, applicant, checkin,
application, interview, interview_waitlist, click), with fixed ids (uuid5) so seeding twice
changes nothing. Fair A is built to trip every rule of the report: a refused post, a post
waiting for review, a post closed after it was published, a withdrawn application, an
application refused because its post was closed, free-text genders and interviews of every
outcome. Fair B is a second kind in the same period; fair C lies outside it.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

import asyncpg

from jobfair.settings import Settings

NS = uuid.UUID("6f1b7c1e-2a5e-4c7a-9d0b-0c0ffee01212")
T0 = datetime(2031, 3, 10, 1, 0, tzinfo=UTC)  # 09:00 in China
PERIOD = (date(2031, 3, 1), date(2031, 3, 31))  # no other test may start a fair in it


def uid(name: str) -> uuid.UUID:
    return uuid.uuid5(NS, name)


FAIR_A, FAIR_B, FAIR_C = uid("fair-a"), uid("fair-b"), uid("fair-c")
# The figures fair A must report (see the module docstring for why each is what it is).
FAIR_A_FIGURES = {
    "employers": 2,
    "posts": 3,
    "openings": 10,
    "registered": 6,
    "checked_in": 4,
    "gender_stated": 4,
    "women": 3,
    "applications": 4,
    "interviews": 2,
    "no_shows": 1,
    "offers": 1,
    "mama_posts": 1,
    "mama_openings": 3,
    "mama_applications": 2,
    "mama_offers": 1,
    "interviews_waiting": 1,
    "service_started": 2,
    "completed_1131": 0,
    "complaints": 3,
    "complaints_open": 2,
}
E1_FIGURES = {
    "posts": 2,
    "openings": 5,
    "applications": 3,
    "interviews": 2,
    "no_shows": 1,
    "offers": 1,
    "mama_posts": 1,
    "mama_openings": 3,
    "mama_applications": 2,
    "mama_offers": 1,
    "interviews_waiting": 0,
}
FAIR_B_FIGURES = {
    **dict.fromkeys(FAIR_A_FIGURES, 0),
    "employers": 1,
    "posts": 1,
    "openings": 2,
    "registered": 1,
    "checked_in": 1,
    "applications": 1,
}

Run = Callable[..., Any]


def _at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def _fair(run: Run, fid: uuid.UUID, name: str, kind: str, start: datetime) -> None:
    run(
        "INSERT INTO fair (id, name, kind, starts_at, ends_at) VALUES ($1, $2, $3, $4, $5) "
        "ON CONFLICT DO NOTHING",
        fid,
        name,
        kind,
        start,
        start + timedelta(hours=8),
    )


def _fair_counts(run: Run, fid: uuid.UUID, registered: int, checked_in: int, on_site: int) -> None:
    """What agents.checkins keeps for the fair (one of fair A's people has left)."""
    run(
        "INSERT INTO fair_counts (fair_id, registered, checked_in, on_site) "
        "VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        fid,
        registered,
        checked_in,
        on_site,
    )


def _employer(run: Run, fid: uuid.UUID, name: str, booth: str) -> uuid.UUID:
    eid = uid(f"{fid}/{name}")
    run(
        "INSERT INTO employer (id, fair_id, name, booth, interview_tables, slot_minutes) "
        "VALUES ($1, $2, $3, $4, 2, 10) ON CONFLICT DO NOTHING",
        eid,
        fid,
        name,
        booth,
    )
    return eid


def _post(
    run: Run,
    fid: uuid.UUID,
    eid: uuid.UUID,
    title: str,
    headcount: int,
    status: str,
    *,
    mama: bool = False,
    decision: str | None = None,
) -> uuid.UUID:
    pid = uid(f"{fid}/{title}")
    run(
        "INSERT INTO post (id, fair_id, employer_id, title, headcount, status, is_mama) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING",
        pid,
        fid,
        eid,
        title,
        headcount,
        status,
        mama,
    )
    run(
        "INSERT INTO post_counts (post_id, fair_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        pid,
        fid,
    )
    if decision is not None:
        run(
            "INSERT INTO post_screening (id, post_id, fair_id, version, rules_version, "
            "screening, decision, decided_by, submitted_by, at) VALUES "
            "($1, $2, $3, 1, 'test', '{}', $4, 'screening', 'organiser', $5) "
            "ON CONFLICT DO NOTHING",
            uid(f"{pid}/{decision}"),
            pid,
            fid,
            decision,
            _at(0),
        )
    return pid


def _applicant(
    run: Run, fid: uuid.UUID, n: int, gender: str | None, *, checkin: bool, minute: float
) -> uuid.UUID:
    aid = uid(f"{fid}/applicant-{n}")
    run(
        "INSERT INTO applicant (id, fair_id, name, phone, gender, consent_at, channel, "
        "registered_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $6) ON CONFLICT DO NOTHING",
        aid,
        fid,
        f"applicant {n}",
        f"1380000{n:04d}",
        gender,
        _at(minute),
        "checkin" if checkin else "remote",
    )
    if checkin:
        run(
            "INSERT INTO checkin (fair_id, applicant_id, checked_in_at) VALUES ($1, $2, $3) "
            "ON CONFLICT DO NOTHING",
            fid,
            aid,
            _at(minute),
        )
    return aid


def _application(
    run: Run, fid: uuid.UUID, aid: uuid.UUID, pid: uuid.UUID, seq: int, status: str, minute: float
) -> uuid.UUID:
    app_id = uid(f"{aid}/{pid}")
    run(
        "INSERT INTO application (id, applicant_id, post_id, fair_id, status, seq, source, "
        "submitted_at) VALUES ($1, $2, $3, $4, $5, $6, 'room-1', $7) ON CONFLICT DO NOTHING",
        app_id,
        aid,
        pid,
        fid,
        status,
        seq,
        _at(minute),
    )
    return app_id


def _interview(
    run: Run,
    fid: uuid.UUID,
    app_id: uuid.UUID,
    aid: uuid.UUID,
    eid: uuid.UUID,
    pid: uuid.UUID,
    status: str,
    minute: float,
) -> None:
    run(
        "INSERT INTO interview (interview_id, fair_id, application_id, applicant_id, "
        "employer_id, post_id, booth, table_no, starts_at, ends_at, status) VALUES "
        "($1, $2, $3, $4, $5, $6, 'A', 1, $7, $8, $9) ON CONFLICT (interview_id) DO NOTHING",
        uid(f"interview/{app_id}"),
        fid,
        app_id,
        aid,
        eid,
        pid,
        _at(minute),
        _at(minute + 10),
        status,
    )


def seed(run: Run) -> None:
    """Write fairs A, B and C (idempotent). ``run(sql, *args)`` executes one statement."""
    _fair(run, FAIR_A, "春风行动 妇联专场", "onsite", T0)
    e1 = _employer(run, FAIR_A, "巧手家政", "A1")
    e2 = _employer(run, FAIR_A, "城东物流", "A2")
    e3 = _employer(run, FAIR_A, "只有被拒岗位", "A3")
    p1 = _post(run, FAIR_A, e1, "育婴师", 3, "published", mama=True, decision="published")
    p2 = _post(run, FAIR_A, e1, "保洁", 2, "closed", decision="published")
    p3 = _post(run, FAIR_A, e2, "分拣员", 5, "published")
    p4 = _post(run, FAIR_A, e2, "司机(限男)", 4, "rejected", decision="rejected")
    _post(run, FAIR_A, e3, "待审核", 1, "needs_review", decision="needs_review")
    genders = ["女", " 女性 ", "male", None, "", "F"]
    people = [_applicant(run, FAIR_A, n, g, checkin=n < 4, minute=n) for n, g in enumerate(genders)]
    a = [
        _application(run, FAIR_A, people[0], p1, 1, "offer", 10),
        _application(run, FAIR_A, people[1], p1, 2, "no_show", 11),
        _application(run, FAIR_A, people[2], p1, 3, "withdrawn", 12),
        _application(run, FAIR_A, people[3], p2, 1, "interviewed", 13),
        _application(run, FAIR_A, people[4], p3, 1, "interview_scheduled", 14),
        _application(run, FAIR_A, people[5], p3, 2, "post_closed", 15),
        _application(run, FAIR_A, people[0], p4, 1, "offer", 16),
    ]
    _interview(run, FAIR_A, a[0], people[0], e1, p1, "offer", 30)
    _interview(run, FAIR_A, a[1], people[1], e1, p1, "no_show", 40)
    _interview(run, FAIR_A, a[3], people[3], e1, p2, "rejected", 50)
    _interview(run, FAIR_A, a[4], people[4], e2, p3, "scheduled", 60)
    _interview(run, FAIR_A, a[6], people[0], e2, p4, "offer", 70)
    run(
        "INSERT INTO interview_waitlist (application_id, fair_id, applicant_id, employer_id, "
        "post_id, seq, state) VALUES ($1, $2, $3, $4, $5, 1, 'waitlisted') "
        "ON CONFLICT DO NOTHING",
        uid("waiting"),
        FAIR_A,
        people[2],
        e2,
        p3,
    )
    for n, pid in enumerate([p1, p1, p1, p3, p3]):
        run(  # the id row and, once, what the click agent adds per minute (0012; the boards)
            "WITH c AS (INSERT INTO click (click_id, post_id, source, clicked_at) "
            "VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING post_id, clicked_at) "
            "INSERT INTO click_minute (post_id, fair_id, minute, source, clicks) "
            "SELECT post_id, $5, date_trunc('minute', clicked_at), $3, 1 FROM c "
            "ON CONFLICT (post_id, minute, source, room_id) "
            "DO UPDATE SET clicks = click_minute.clicks + 1",
            uid(f"click-{n}"),
            pid,
            "room-1",
            _at(5 + n),
            FAIR_A,
        )

    run("UPDATE checkin SET left_at = $2 WHERE applicant_id = $1", people[3], _at(100))
    _support(run, people, a, e1, e2)
    _fair_counts(run, FAIR_A, 6, 4, 3)

    _fair(run, FAIR_B, "夜市招聘", "night_market", T0 + timedelta(days=1))
    eb = _employer(run, FAIR_B, "夜市餐饮", "B1")
    pb = _post(run, FAIR_B, eb, "服务员", 2, "published")
    person = _applicant(run, FAIR_B, 1, None, checkin=True, minute=24 * 60 + 5)
    _application(run, FAIR_B, person, pb, 1, "submitted", 24 * 60 + 6)
    _fair_counts(run, FAIR_B, 1, 1, 1)

    _fair(run, FAIR_C, "五月专场", "community", T0 + timedelta(days=60))
    ec = _employer(run, FAIR_C, "社区超市", "C1")
    _post(run, FAIR_C, ec, "理货员", 1, "published")
    _fair_counts(run, FAIR_C, 0, 0, 0)


def _support(
    run: Run, people: list[uuid.UUID], apps: list[uuid.UUID], e1: uuid.UUID, e2: uuid.UUID
) -> None:
    """1131 services (migration 0009): person 0 has a briefing, guidance, an internship and
    one referral (application a[0] from her recommendations); person 1 a briefing. So 2 started,
    2 past the briefing, 1 past guidance, none with 3 referrals, none completed. Complaints:
    received (E1), in progress (E2), closed (no employer): 3 filed, 2 open."""
    for n, (who, service) in enumerate(
        [(0, "policy_briefing"), (0, "career_guidance"), (0, "internship"), (1, "policy_briefing")]
    ):
        run(
            "INSERT INTO service_event (event_id, fair_id, applicant_id, service, actor, at) "
            "VALUES ($1, $2, $3, $4, 'organiser', $5) ON CONFLICT DO NOTHING",
            uid(f"service-{n}"),
            FAIR_A,
            people[who],
            service,
            _at(20 + n),
        )
    run(
        "INSERT INTO service_record (fair_id, applicant_id, policy_briefing, career_guidance, "
        "internship, updated_at) VALUES ($1, $2, 1, 1, 1, $3), ($1, $4, 1, 0, 0, $3) "
        "ON CONFLICT DO NOTHING",
        FAIR_A,
        people[0],
        _at(30),
        people[1],
    )
    run("UPDATE application SET source = '1131' WHERE id = $1", apps[0])
    for n, (status, employer) in enumerate(
        [("received", e1), ("in_progress", e2), ("closed", None)]
    ):
        cid = uid(f"complaint-{n}")
        run(
            "INSERT INTO complaint (id, fair_id, anonymous, employer_id, kind, channel, status, "
            "filed_at, updated_at) VALUES ($1, $2, true, $3, 'pregnancy_test', 'helpdesk', $4, "
            "$5, $5) ON CONFLICT DO NOTHING",
            cid,
            FAIR_A,
            employer,
            status,
            _at(40 + n),
        )
        run(
            "INSERT INTO complaint_event (event_id, complaint_id, fair_id, step, status, actor, "
            "at) VALUES ($1, $2, $3, 'filed', 'received', 'helpdesk', $4) "
            "ON CONFLICT DO NOTHING",
            uid(f"complaint-event-{n}"),
            cid,
            FAIR_A,
            _at(40 + n),
        )


T = TypeVar("T")


def with_conn(dsn: str, work: Callable[[asyncpg.Connection], Awaitable[T]]) -> T:
    async def run() -> T:
        conn = await asyncpg.connect(dsn)
        try:
            return await work(conn)
        finally:
            await conn.close()

    return asyncio.run(run())


def seed_database(settings: Settings) -> str:
    """The session database with the fairs above written (twice: seeding is idempotent)."""
    assert settings.database_url
    statements: list[tuple[str, tuple[Any, ...]]] = []
    seed(lambda sql, *args: statements.append((sql, args)))

    async def write(conn: asyncpg.Connection) -> None:
        async with conn.transaction():
            for sql, args in statements:
                await conn.execute(sql, *args)

    with_conn(settings.database_url, write)
    with_conn(settings.database_url, write)
    return settings.database_url
