"""What every locustfile shares: the fixture, operations found by operationId, unique phones,
and a ``JobfairUser`` whose ``op()`` calls an operation and classifies its answer.

The fixture is the JSON file named by ``JOBFAIR_LOADTEST_FIXTURE`` (written by
``jobfair loadtest`` from ``loadtests.scenarios.fixture.make_fair``; the organiser token comes
from ``JOBFAIR_LOADTEST_ORGANISER_TOKEN``, not the file); the operations are read
once per locust process from the target's ``/openapi.json``. An answer whose status is not in
the operation's expected set is a locust failure named ``OPID STATUS ERROR_CODE``, so the
failures CSV says exactly which unexpected kinds happened (the smoke test requires none).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import random
from functools import cache
from typing import Any

from locust import FastHttpUser

from loadtests.scenarios.fixture import Ops, discover

_phones = itertools.count(random.randrange(10**8))


@cache
def fixture() -> dict[str, Any]:
    with open(os.environ["JOBFAIR_LOADTEST_FIXTURE"], encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    data["organiser_token"] = os.environ.get("JOBFAIR_LOADTEST_ORGANISER_TOKEN", "")
    return data


@cache
def ops() -> Ops:
    return discover(fixture()["url"])


def new_phone() -> str:
    """An 11-digit mainland number never used before in this process (13x...)."""
    return f"13{next(_phones) % 10**9:09d}"


def person() -> dict[str, Any]:
    return {"name": random.choice(["王芳", "李娜", "张伟", "刘洋", "陈静"]),
            "phone": new_phone(), "consent": True}


class JobfairUser(FastHttpUser):
    abstract = True

    def op(self, op_id: str, body: Any = None, *, token: str | None = None,
           ok: tuple[int, ...] = (200,), query: str = "", **params: str) -> Any:
        """Call ``op_id`` (path parameters as keywords, ``query`` appended as is); return
        the parsed JSON answer, or None if the status was unexpected."""
        method, path = ops()[op_id]
        headers = {"authorization": f"Bearer {token}"} if token else {}
        url = path.format(**params) + (f"?{query}" if query else "")
        with self.client.request(method, url, json=body, headers=headers,
                                 name=op_id, catch_response=True) as resp:
            if resp.status_code in ok:
                resp.success()
                try:
                    return resp.json() if resp.text else {}
                except ValueError:
                    return {}
            code = ""
            with contextlib.suppress(ValueError, AttributeError):
                code = str(resp.json().get("error", ""))
            resp.failure(f"{op_id} {resp.status_code} {code}".strip())
            return None

    def check_in(self) -> str | None:
        """A phone scans the entrance QR and checks in: her applicant token."""
        got = self.op("checkIn", {"token": fixture()["entrance_token"], **person()},
                      ok=(200, 202))
        return got.get("applicant_token") if got else None

    def register(self) -> str | None:
        """A remote (livestream) applicant registers: her applicant token."""
        got = self.op("registerApplicant", {"fair_id": fixture()["fair_id"], **person()},
                      ok=(201,))
        return got.get("applicant_token") if got else None

    def browse(self, token: str) -> None:
        f = fixture()
        self.op("getLiveCounts", fair_id=f["fair_id"])
        self.op("getRecommendations", token=token)
        self.op("getPostCounts", post_id=random.choice(f["posts"]))

    def apply(self, token: str, post: str | None = None) -> None:
        self.op("apply", {"post_id": post or random.choice(fixture()["posts"])}, token=token,
                ok=(202,))

    def click(self, post: str) -> None:
        self.op("recordClick", {"post_id": post, "source": "loadtest-room"}, ok=(202,))

    def hot_click(self) -> None:
        """Most clicks go to the post the host presents; some to the others."""
        f = fixture()
        self.click(f["hot_post"] if random.random() < 0.9 else random.choice(f["posts"]))
