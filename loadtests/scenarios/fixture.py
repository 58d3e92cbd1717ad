"""The fair a scenario plays against, made through the organiser API by operationId.

``discover(url)`` reads ``/openapi.json`` and maps operationId -> (method, path template), so a
refactor of web/ that moves paths does not break the load tests. ``make_fair`` creates one fair
(entrance QR token), ``employers`` employers and ``posts`` posts, waiting for each to be
projected (a create may answer 202 while the worker catches up), and returns the fixture dict
the locustfiles read from the JSON file named by ``JOBFAIR_LOADTEST_FIXTURE``.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta
from typing import Any

Ops = dict[str, tuple[str, str]]


def request(url: str, method: str = "GET", body: Any = None, token: str | None = None,
            timeout: float = 30) -> tuple[int, Any]:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("content-type", "application/json")
    if token:
        req.add_header("authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            raw = resp.read()
            return resp.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as exc:
        raw = exc.read()
        try:
            return exc.code, json.loads(raw) if raw else None
        except ValueError:
            return exc.code, raw.decode(errors="replace")


def discover(url: str) -> Ops:
    status, doc = request(f"{url.rstrip('/')}/openapi.json")
    if status != 200:
        raise RuntimeError(f"GET /openapi.json answered {status}")
    return {op["operationId"]: (method.upper(), path)
            for path, ops in doc["paths"].items() for method, op in ops.items()
            if isinstance(op, dict) and "operationId" in op}


def call(url: str, ops: Ops, op_id: str, body: Any = None, token: str | None = None,
         **params: str) -> tuple[int, Any]:
    method, path = ops[op_id]
    return request(url.rstrip("/") + path.format(**params), method, body, token)


def _created(url: str, ops: Ops, op_id: str, get_op: str, param: str, body: dict[str, Any],
             token: str) -> dict[str, Any]:
    status, made = call(url, ops, op_id, body, token)
    if status not in (200, 201, 202):
        raise RuntimeError(f"{op_id} answered {status}: {made}")
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        status, got = call(url, ops, get_op, token=token, **{param: made["id"]})
        if status == 200:
            return dict(got)
        time.sleep(0.2)
    raise RuntimeError(f"{op_id} {made['id']} never projected")


def make_fair(url: str, token: str, *, kind: str = "night_market", employers: int = 3,
              posts_per_employer: int = 3, headcount: int = 50) -> dict[str, Any]:
    ops = discover(url)
    start = datetime.now(UTC) - timedelta(minutes=10)
    fair = _created(url, ops, "createFair", "getFair", "fair_id", {
        "name": "压测夜市招聘会", "kind": kind, "starts_at": start.isoformat(),
        "ends_at": (start + timedelta(hours=12)).isoformat(), "venue": "步行街广场"}, token)
    posts: list[str] = []
    employer_ids: list[str] = []
    for e in range(employers):
        emp = _created(url, ops, "createEmployer", "getEmployer", "employer_id", {
            "fair_id": fair["id"], "name": f"压测单位{e + 1}", "booth": f"B{e + 1}",
            "interview_tables": 3, "slot_minutes": 5}, token)
        employer_ids.append(emp["id"])
        for i in range(posts_per_employer):
            post = _created(url, ops, "createPost", "getPost", "post_id", {
                "employer_id": emp["id"], "title": f"客服专员{e + 1}-{i + 1}",
                "description": "男女不限，提供午餐。", "headcount": headcount}, token)
            posts.append(post["id"])
    return {"url": url, "fair_id": fair["id"],
            "entrance_token": fair["entrance_qr_url"].rstrip("/").rsplit("/", 1)[1],
            "employers": employer_ids, "posts": posts, "hot_post": posts[0],
            "organiser_token": token}
