"""Gauges for the people-facing alerts (issue 12), refreshed on each ``/metrics`` scrape.

One query per scrape per web process (not per fair): complaints still waiting (status
received) and the filing time of the oldest one, and fairs whose people on site are near or
over their venue cap. No fair or person label: the alert says "look at the organiser board",
whose fair picker shows which fair (bounded label sets, README "Monitoring").
Alerts: JobfairComplaintWaiting, JobfairCrowdNearCap (infra/grafana/prometheus/alerts.yml).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from prometheus_client import CollectorRegistry, Gauge
from starlette.requests import Request

NEAR_CAP = 0.9  # on site >= 90 % of the venue cap
QUERY = f"""
SELECT (SELECT count(*) FROM complaint WHERE status = 'received') AS waiting,
       (SELECT extract(epoch FROM min(filed_at)) FROM complaint
         WHERE status = 'received') AS oldest,
       (SELECT count(*) FROM fair f JOIN fair_counts c ON c.fair_id = f.id
         WHERE f.venue_cap > 0 AND c.on_site >= {NEAR_CAP} * f.venue_cap
           AND now() < f.ends_at) AS near_cap,
       (SELECT count(*) FROM fair f JOIN fair_counts c ON c.fair_id = f.id
         WHERE f.venue_cap > 0 AND c.on_site >= f.venue_cap AND now() < f.ends_at) AS over_cap
"""


@dataclass
class SupportGauges:
    registry: CollectorRegistry
    waiting: Gauge = field(init=False)
    oldest: Gauge = field(init=False)
    fairs: Gauge = field(init=False)

    def __post_init__(self) -> None:
        r = self.registry
        self.waiting = Gauge(
            "jobfair_complaints_waiting",
            "Complaints filed and not yet taken up (status received)",
            registry=r,
        )
        self.oldest = Gauge(
            "jobfair_complaint_oldest_waiting_timestamp_seconds",
            "When the oldest complaint still waiting was filed (0: none)",
            registry=r,
        )
        self.fairs = Gauge(
            "jobfair_fairs_crowded",
            "Open fairs with people on site at (over) or near (near) the venue cap",
            ["level"],
            registry=r,
        )

    async def refresh(self, pool: Any) -> None:
        try:
            row = await pool.fetchrow(QUERY, timeout=3.0)
        except Exception:  # database away: /metrics still answers; the gauges keep their value
            return
        self.waiting.set(row["waiting"])
        self.oldest.set(float(row["oldest"] or 0))
        self.fairs.labels("near").set(row["near_cap"])
        self.fairs.labels("over").set(row["over_cap"])


async def refresh(request: Request) -> None:
    """Called by ``web.health.metrics`` before the registry is written out."""
    state = request.app.state
    gauges: SupportGauges | None = getattr(state, "support_gauges", None)
    if gauges is None or gauges.registry is not request.state.registry:
        gauges = state.support_gauges = SupportGauges(request.state.registry)
    await gauges.refresh(request.state.pool)
