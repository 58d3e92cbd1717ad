"""(c) A compressed full day: arrivals check in, browse and apply; livestream viewers click;
remote applicants register and apply; booth staff list their interviews and record outcomes
(arrived, then offer / rejected / no_show); the organiser watches the live counts.

    jobfair loadtest full-day --users 200 --minutes 5
"""

from __future__ import annotations

import random

import gevent
from locust import between, task

from loadtests.scenarios.common import JobfairUser, fixture


class Arrival(JobfairUser):
    weight = 6
    wait_time = between(0.5, 2.0)

    @task
    def visit(self) -> None:
        token = self.check_in()
        if token is None:
            return
        self.browse(token)
        gevent.sleep(random.uniform(0.2, 1.0))
        self.apply(token)
        self.op("listMyApplications", token=token)


class Viewer(JobfairUser):
    weight = 6
    wait_time = between(0.1, 1.0)

    @task
    def click_presented_post(self) -> None:
        self.hot_click()


class RemoteApplicant(JobfairUser):
    weight = 2
    wait_time = between(1.0, 3.0)

    @task
    def register_and_apply(self) -> None:
        token = self.register()
        if token is not None:
            self.apply(token)


class Booth(JobfairUser):
    """Employer staff at a booth (organiser token: allowed to record any outcome)."""

    weight = 1
    wait_time = between(1.0, 3.0)

    @task
    def outcomes(self) -> None:
        f = fixture()
        token = f["organiser_token"]
        listed = self.op("listInterviews", token=token, query=f"fair_id={f['fair_id']}")
        items = listed if isinstance(listed, list) else (listed or {}).get("items", [])
        open_ones = [i for i in items if i.get("status") in ("scheduled", "arrived")]
        for item in random.sample(open_ones, min(3, len(open_ones))):
            outcome = "arrived" if item["status"] == "scheduled" else random.choice(
                ["offer", "rejected", "no_show"])
            # 409: a correction after the window, or another booth user got there first.
            self.op("recordInterviewOutcome", {"interview_id": item["interview_id"],
                                               "outcome": outcome}, token=token,
                    ok=(200, 202, 409))


class Organiser(JobfairUser):
    weight = 1
    wait_time = between(2.0, 5.0)

    @task
    def watch(self) -> None:
        f = fixture()
        self.op("getLiveCounts", fair_id=f["fair_id"])
        self.op("getPostCounts", post_id=random.choice(f["posts"]))
