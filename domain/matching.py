"""Post recommendations for the "1131" service: three suitable posts for every job seeker.

Data flow: web/ (the applicant's page) or the recommendation agent reads an applicant's stated
needs and the fair's open posts from the PostgreSQL projections, calls recommend, and shows or
publishes the result. Nothing is read or written here.

Scoring is additive integer points, so equal inputs give equal scores on every machine and
ties break on post_id alone:

- flexible-work fit to what the applicant asked for (妈妈岗, school run, home working, hours,
  working days),
  counted from the post's structured FlexibleWork, never from free text;
- open headcount: up to 10 points for the share of places still free, so posts that are
  really hiring rise (job seekers distrust ghost posts).

A full post (remaining <= 0) or one the applicant already applied to is never recommended.
A post that misses a stated need is ranked down, not dropped: the service promises three
recommendations and a flexible employer may still suit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import time

from domain.flexwork import (
    MAMA_REMOTE_SHARE,
    REASON_FLEXIBLE_START,
    REASON_REMOTE,
    REASON_SCHOOL_HOURS,
    REASON_SCHOOL_RUN,
    FlexibleWork,
    is_mama_post,
)

__all__ = ["ApplicantNeeds", "PostSummary", "Recommendation", "recommend", "score_post"]

REASON_MAMA = "妈妈岗"
REASON_PART_REMOTE = "可部分居家办公"
REASON_HOURS_FIT = "工作时间在您方便的时段内"
REASON_HOURS_FLEX = "弹性上下班，可商量上班时间"
REASON_DAYS_FIT = "上班日都在您能工作的日子"

# Points per need met. School run outweighs the rest because it is a daily hard constraint
# for the women these fairs serve; the misfit penalties keep a post that clashes with a stated
# need below one that merely says nothing about it.
_MAMA = 30
_SCHOOL_RUN = 25
_SCHOOL_HOURS = 20
_FLEX_FOR_NEED = 10
_SCHOOL_RUN_MISS = -15
_REMOTE = 20
_PART_REMOTE = 8
_HOURS_FIT = 20
_HOURS_FLEX = 5
_HOURS_MISS = -20
_FLEX_BONUS = 5
_DAYS_FIT = 10
_DAYS_MISS = -10
_OPEN_MAX = 10


# Points and the reason to show for them; None when the points are a penalty left unsaid.
_Part = tuple[int, str | None]


@dataclass(frozen=True, slots=True)
class ApplicantNeeds:
    wants_mama_post: bool = False
    needs_school_run: bool = False
    remote_preferred: bool = False
    available_from: time | None = None
    available_to: time | None = None
    applied_post_ids: frozenset[str] = field(default_factory=frozenset)
    days: frozenset[int] = field(default_factory=frozenset)  # 1 Monday .. 7; empty: not said

    def __post_init__(self) -> None:
        if (
            self.available_from is not None
            and self.available_to is not None
            and self.available_to <= self.available_from
        ):
            raise ValueError("available_to must be after available_from")


@dataclass(frozen=True, slots=True)
class PostSummary:
    post_id: str
    title: str
    employer_name: str
    flex: FlexibleWork | None
    remaining: int
    headcount: int


@dataclass(frozen=True, slots=True)
class Recommendation:
    post_id: str
    score: int
    reasons: tuple[str, ...]


def recommend(
    needs: ApplicantNeeds, posts: Sequence[PostSummary], k: int = 3
) -> list[Recommendation]:
    """The best `k` open posts not yet applied to, best first, ties by post_id."""
    if k < 0:
        raise ValueError("k must not be negative")
    ids = [p.post_id for p in posts]
    if len(set(ids)) != len(ids):
        # Two rows for one post would make the result depend on input order.
        raise ValueError("duplicate post_id in posts")
    scored = [
        score_post(needs, p)
        for p in posts
        if p.remaining > 0 and p.post_id not in needs.applied_post_ids
    ]
    scored.sort(key=lambda r: (-r.score, r.post_id))
    return scored[:k]


def score_post(needs: ApplicantNeeds, post: PostSummary) -> Recommendation:
    """Score one post for one applicant, with the reasons to show (Chinese, best first)."""
    parts: list[_Part] = []
    fw = post.flex
    if fw is not None:
        if needs.wants_mama_post and is_mama_post(fw):
            parts.append((_MAMA, REASON_MAMA))
        if needs.needs_school_run:
            parts.append(_school_run(fw))
        if needs.remote_preferred:
            parts.append(_remote(fw))
        if needs.available_from is not None or needs.available_to is not None:
            parts.append(_hours(needs, fw))
        if needs.days:
            parts.append(_days(needs.days, fw))
        if fw.flexible_start:
            # Flexibility helps everyone a little, asked for or not.
            parts.append((_FLEX_BONUS, REASON_FLEXIBLE_START))
    headcount = max(post.headcount, post.remaining)
    if headcount > 0 and post.remaining > 0:
        open_points = _OPEN_MAX * post.remaining // headcount
        parts.append((open_points, f"仍在招聘，还有{post.remaining}个名额"))
    reasons: list[str] = []
    for _, reason in parts:
        if reason is not None and reason not in reasons:
            reasons.append(reason)
    return Recommendation(
        post_id=post.post_id, score=sum(p for p, _ in parts), reasons=tuple(reasons)
    )


def _school_run(fw: FlexibleWork) -> _Part:
    if fw.is_night_work:
        return (_SCHOOL_RUN_MISS, None)
    if fw.school_run_compatible:
        return (_SCHOOL_RUN, REASON_SCHOOL_RUN)
    if fw.fits_school_hours:
        return (_SCHOOL_HOURS, REASON_SCHOOL_HOURS)
    if fw.flexible_start:
        return (_FLEX_FOR_NEED, REASON_FLEXIBLE_START)
    return (_SCHOOL_RUN_MISS, None)


def _remote(fw: FlexibleWork) -> _Part:
    if fw.remote_share >= MAMA_REMOTE_SHARE:
        return (_REMOTE, REASON_REMOTE)
    if fw.remote_share > 0:
        return (_PART_REMOTE, REASON_PART_REMOTE)
    return (0, None)


def _hours(needs: ApplicantNeeds, fw: FlexibleWork) -> _Part:
    if fw.window_start is None or fw.window_end is None:
        return (0, None)  # the post states no hours: nothing to reward or hold against it
    earliest = time.min if needs.available_from is None else needs.available_from
    latest = time.max if needs.available_to is None else needs.available_to
    if earliest <= fw.window_start and fw.window_end <= latest:
        return (_HOURS_FIT, REASON_HOURS_FIT)
    if fw.flexible_start:
        return (_HOURS_FLEX, REASON_HOURS_FLEX)
    return (_HOURS_MISS, None)


def _days(days: frozenset[int], fw: FlexibleWork) -> _Part:
    if not fw.days:
        return (0, None)  # the post states no days
    if fw.days <= days:
        return (_DAYS_FIT, REASON_DAYS_FIT)
    return (_DAYS_MISS, None)
