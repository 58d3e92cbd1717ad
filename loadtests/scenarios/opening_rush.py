"""(a) Night-market opening rush: thousands of phones scan the entrance QR within minutes,
check in, browse the live counts and their recommendations, apply to one or two posts, look
at their applications, and leave; each locust user then plays the next phone.

    jobfair loadtest opening-rush --users 500 --minutes 3
"""

from __future__ import annotations

import random

import gevent
from locust import constant, task

from loadtests.scenarios.common import JobfairUser


class Phone(JobfairUser):
    wait_time = constant(0)

    @task
    def arrive(self) -> None:
        token = self.check_in()
        if token is None:
            return
        for _ in range(random.randint(1, 3)):
            gevent.sleep(random.uniform(0.5, 2.0))  # reading the screen
            self.browse(token)
        for _ in range(random.randint(1, 2)):
            self.apply(token)
        self.op("listMyApplications", token=token)
        gevent.sleep(random.uniform(0.5, 2.0))
