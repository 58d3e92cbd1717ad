"""Every figure of the report upward: its key, its Chinese label and its definition.

The one list README's figure table, the CSV/XLSX headers and the terminal table are built
from. The SQL that computes them is in :mod:`jobfair.reporting.query`; a figure added there
(rooms, complaints, 1131) is added here too, in the same change.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    key: str
    label: str  # Chinese, for people (terminal, CSV and XLSX headers)
    definition: str  # English, for README and the XLSX sheet 指标说明
    per_employer: bool = False  # also reported per employer


COUNTED_POST = (
    "a counted post is one whose status is `published`, or `closed` after it was "
    "published (SQL view `report_post`, migration 0006); posts refused by screening "
    "or an organiser, or still waiting for review, are never counted"
)

FIGURES: tuple[Figure, ...] = (
    Figure(
        "fairs",
        "场次",
        "Fairs in the report (the period's fairs by their start date in "
        "China time, or the one fair asked for). Totals only.",
    ),
    Figure("employers", "参会单位", "Employers of the fair with at least one counted post."),
    Figure("posts", "岗位数", f"Counted posts; {COUNTED_POST}.", per_employer=True),
    Figure("openings", "招聘人数", "Sum of the headcount of counted posts.", per_employer=True),
    Figure(
        "registered",
        "登记人数",
        "Applicants of the fair: checked in at the entrance or "
        "registered remotely (livestream, online), each person once per fair.",
    ),
    Figure(
        "checked_in",
        "到场签到",
        "Applicants who checked in at the fair's entrance, once "
        "each (a repeat scan is not counted again).",
    ),
    Figure(
        "gender_stated",
        "填写性别",
        "Registered applicants who chose to state a gender (the field is optional).",
    ),
    Figure(
        "women",
        "其中女性",
        "Of those who stated a gender, those who stated a woman (女, 女性, "
        "妇女, female, F, woman, W; SQL function jobfair_is_woman). The share is women / "
        "gender_stated, never women / registered.",
    ),
    Figure(
        "applications",
        "投递",
        "Applications to counted posts, excluding those refused "
        "because the post was closed and those withdrawn by the applicant (waitlisted "
        "applications count).",
        per_employer=True,
    ),
    Figure(
        "interviews",
        "面试",
        "Interviews for counted posts that took place: outcome arrived, offer or rejected.",
        per_employer=True,
    ),
    Figure(
        "interviews_waiting",
        "面试待进行",
        "Interviews for counted posts booked and not yet held (status scheduled: the "
        "applicant has a table and a time, no outcome yet).",
        per_employer=True,
    ),
    Figure(
        "no_shows",
        "面试未到",
        "Interviews for counted posts recorded as no-show (as last corrected).",
        per_employer=True,
    ),
    Figure(
        "offers",
        "达成意向",
        "Interviews for counted posts with the outcome offer (as last corrected).",
        per_employer=True,
    ),
    Figure(
        "mama_posts",
        "妈妈岗",
        "Counted posts that are 妈妈岗 (flexible hours suited to "
        "mothers, derived from the post's flexible-work terms when it was written).",
        per_employer=True,
    ),
    Figure(
        "mama_openings",
        "妈妈岗招聘人数",
        "Sum of the headcount of counted 妈妈岗 posts.",
        per_employer=True,
    ),
    Figure(
        "mama_applications",
        "妈妈岗投递",
        "Applications (as defined above) to 妈妈岗 posts.",
        per_employer=True,
    ),
    Figure(
        "mama_offers",
        "妈妈岗达成意向",
        "Offers (as defined above) for 妈妈岗 posts.",
        per_employer=True,
    ),
)

# Services and complaints (migration 0009); absent from a database without those tables.
FIGURES += (
    Figure(
        "service_started",
        "1131服务人数",
        "Registered applicants with at least one 1131 element at the fair: a desk service "
        "(policy briefing, career guidance, skills training, internship) or a job referral "
        "(an application made from her recommended posts that she has not withdrawn).",
    ),
    Figure(
        "completed_1131",
        "完成1131",
        "Applicants who completed 1131 at the fair: at least 1 policy briefing, 1 career "
        "guidance session, 3 job referrals and 1 skills training or internship (SQL view "
        "service_1131, migration 0009).",
    ),
    Figure(
        "complaints",
        "歧视投诉",
        "Complaints of discrimination in hiring filed for the fair (named or anonymous, "
        "from her page or the help desk), whatever their status now.",
    ),
    Figure(
        "complaints_open",
        "投诉未办结",
        "Complaints not closed: received, in progress or referred to 劳动保障监察.",
    ),
)

BY_KEY = {f.key: f for f in FIGURES}
FAIR_KEYS = tuple(f.key for f in FIGURES if f.key != "fairs")
EMPLOYER_KEYS = tuple(f.key for f in FIGURES if f.per_employer)

KIND_LABELS = {
    "onsite": "现场招聘会",
    "night_market": "夜市招聘会",
    "community": "社区招聘会",
    "livestream": "直播带岗",
    "online": "线上招聘会",
}


def women_share(figures: dict[str, int]) -> str:
    """Women among those who chose to say, as a percentage, or '–' when nobody said."""
    stated = figures.get("gender_stated", 0)
    return f"{100 * figures.get('women', 0) / stated:.1f}%" if stated else "–"
