"""Every Kafka topic of the platform, declared once.

``jobfair provision`` creates these (``jobfair.provision``); ``streams.app`` turns them into
Faust topics; ``web.publish`` produces to them. All topics share one partition count so that
topics keyed by ``fair_id`` are co-partitioned: the agent that owns a fair's partition sees
that fair's check-ins, applications and outcomes in one order.
"""

from __future__ import annotations

from dataclasses import dataclass

DAY_MS = 24 * 3600 * 1000


@dataclass(frozen=True)
class TopicSpec:
    name: str
    key: str  # the record field whose value (utf-8) is the message key
    description: str
    retention_ms: int = 30 * DAY_MS  # -1 keeps forever
    compacted: bool = False
    # The broker stamps each record with its append time (the 503 fence, ``streams.fence``):
    # every topic web produces to. Only the dead-letter topic keeps the producer's time.
    append_time: bool = True

    def configs(self, min_insync_replicas: int) -> dict[str, str]:
        configs = {
            "retention.ms": str(self.retention_ms),
            "cleanup.policy": "compact" if self.compacted else "delete",
            "message.timestamp.type": "LogAppendTime" if self.append_time else "CreateTime",
        }
        if min_insync_replicas > 1:
            configs["min.insync.replicas"] = str(min_insync_replicas)
        return configs


CLICKS = TopicSpec(
    "clicks", "post_id",
    "Job-post clicks from pages and livestream links (ClickRecorded); hot posts spread by post.",
    retention_ms=7 * DAY_MS,
)
SETUP = TopicSpec(
    "fairsetup", "fair_id",
    "Fairs, employers and posts as they are created and edited (FairCreated, PostCreated, ...).",
    retention_ms=-1,
)
# checkins carries names and phones (ApplicantRegistered): its records are deleted after
# PERSONAL_DATA_TOPIC_DAYS, shorter than the database's contact retention
# (JOBFAIR_RETENTION_CONTACT_DAYS, default 180, jobfair.retention), so the topic never keeps
# personal data longer than PostgreSQL does; an erasure in PostgreSQL is immediate, the copy in
# the topic goes with its segment within this many days (PIPL Art. 19, 47).
PERSONAL_DATA_TOPIC_DAYS = 30
CHECKINS = TopicSpec(
    "checkins", "fair_id", "Applicants registered or checked in at a fair (CheckedIn, ...).",
    retention_ms=PERSONAL_DATA_TOPIC_DAYS * DAY_MS,
)
APPLICATIONS = TopicSpec(
    "applications", "fair_id", "Applications to posts (ApplicationSubmitted).",
)
INTERVIEWS = TopicSpec(
    "interviews", "fair_id",
    "Interview commands and decisions: outcomes in, InterviewScheduled/Moved/Released out.",
)
SUPPORT = TopicSpec(
    "support", "fair_id",
    "1131 services given at the desks and discrimination complaints (ServiceRecorded, "
    "ComplaintFiled, ComplaintUpdated).",
    retention_ms=-1,
)
DEADLETTER = TopicSpec(
    "deadletter", "source",
    "Events an agent could not process, with the reason and source offset (DeadLettered).",
    retention_ms=90 * DAY_MS, append_time=False,
)

ALL_TOPICS: tuple[TopicSpec, ...] = (
    CLICKS, SETUP, CHECKINS, APPLICATIONS, INTERVIEWS, SUPPORT, DEADLETTER,
)

#: Faust tables removed because nothing read them (issue 8; live counts come from PostgreSQL).
#: ``jobfair provision`` deletes their changelog topics where a broker still has them.
RETIRED_TABLES: tuple[str, ...] = ("post-clicks", "fair-occupancy", "fair-applications")


def retired_changelog_topics(app_id: str) -> list[str]:
    """Faust names a table's changelog topic ``<app id>-<table>-changelog``."""
    return [f"{app_id}-{table}-changelog" for table in RETIRED_TABLES]
