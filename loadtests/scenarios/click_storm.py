"""(b) Livestream click storm: viewers click the post the host is presenting (90 % of clicks
on one hot post), while remote applicants trickle in: register, apply, check their status.
Hundreds of SSE viewers of the fair's live counts run beside locust in
``loadtests.scenarios.sse_viewers`` (a locust user per SSE stream would cost far more CPU).

    jobfair loadtest click-storm --users 300 --minutes 10
"""

from __future__ import annotations

import random

from locust import between, task

from loadtests.scenarios.common import JobfairUser, fixture


class Viewer(JobfairUser):
    weight = 20
    wait_time = between(0.05, 0.5)

    @task
    def click_presented_post(self) -> None:
        self.hot_click()


class RemoteApplicant(JobfairUser):
    weight = 1
    wait_time = between(1.0, 3.0)

    @task
    def register_and_apply(self) -> None:
        token = self.register()
        if token is None:
            return
        self.apply(token, fixture()["hot_post"] if random.random() < 0.7 else None)
        self.op("listMyApplications", token=token)
