"""Clients that behave like phones and livestream beacons under faults, and remember every answer.

Data flow: `Api` reads ``/openapi.json`` once and calls operations by operationId (paths are
looked up, never written here), rotating over the web processes and moving on when one does
not answer. `ClickLoad` and `ApplicantLoad` run in threads: each click id or applicant is
retried with the same id until it gets a 2xx or its budget runs out; `Ledger` keeps, per id,
every answer (status code, or "timeout"/"refused") and how long each took.

An answer is one of: accepted (2xx), refused (503: must not count), unknown (timeout,
connection lost, any other 5xx: may or may not count; a retry with the same id must still make
it count at most once).
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

TIMEOUT_S = 60.0  # requests are not bounded by the server yet (issue 14 item 1)


@dataclass
class Answer:
    status: int | str  # HTTP status, or "timeout" / "refused" / "reset"
    seconds: float
    body: Any = None
    at: float = 0.0  # time.monotonic() when the request was sent


def refused(answer: Answer) -> bool:
    """A 503 that promises the request is not counted (not ``"recorded": "unknown"``)."""
    body = answer.body if isinstance(answer.body, dict) else {}
    return answer.status == 503 and body.get("recorded") != "unknown"


class Api:
    """JSON operations by operationId against a list of web base URLs."""

    def __init__(self, urls: list[str]) -> None:
        self.urls = urls
        self._next = 0
        self._lock = threading.Lock()
        self.ops: dict[str, tuple[str, str]] = {}

    def discover(self) -> None:
        with urllib.request.urlopen(f"{self.urls[0]}/openapi.json", timeout=10) as resp:
            doc = json.loads(resp.read())
        for path, ops in doc["paths"].items():
            for method, op in ops.items():
                self.ops[op["operationId"]] = (method.upper(), path)

    def call(self, operation: str, body: Any = None, *, token: str | None = None,
             timeout: float = TIMEOUT_S, params: dict[str, str] | None = None) -> Answer:
        """One attempt at one web process (the next in turn)."""
        method, path = self.ops[operation]
        with self._lock:
            base = self.urls[self._next % len(self.urls)]
            self._next += 1
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(base + path.format(**(params or {})), data=data, method=method)
        req.add_header("content-type", "application/json")
        if token:
            req.add_header("authorization", f"Bearer {token}")
        started = time.monotonic()
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return Answer(resp.status, time.monotonic() - started, _json(resp.read()),
                              started)
        except urllib.error.HTTPError as exc:
            return Answer(exc.code, time.monotonic() - started, _json(exc.read()), started)
        except TimeoutError:
            return Answer("timeout", time.monotonic() - started, None, started)
        except (urllib.error.URLError, ConnectionError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            kind = "timeout" if isinstance(reason, TimeoutError) else "refused"
            if isinstance(reason, ConnectionResetError | BrokenPipeError):
                kind = "reset"
            return Answer(kind, time.monotonic() - started, None, started)


def _json(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return None


def accepted(a: Answer) -> bool:
    return isinstance(a.status, int) and 200 <= a.status < 300


@dataclass
class Ledger:
    """Every answer per id, thread-safe."""

    answers: dict[str, list[Answer]] = field(default_factory=lambda: defaultdict(list))
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, key: str, answer: Answer) -> None:
        with self.lock:
            self.answers[key].append(answer)

    def accepted_ids(self) -> set[str]:
        return {k for k, v in self.answers.items() if any(accepted(a) for a in v)}

    def refused_only_ids(self) -> set[str]:
        """Ids whose every answer was a plain 503: the client gave up; they must not count (a
        503 with ``"recorded": "unknown"`` may count, like a timeout)."""
        return {k for k, v in self.answers.items() if v and all(refused(a) for a in v)}

    def ids_with_status(self, status: int) -> set[str]:
        with self.lock:
            return {k for k, v in self.answers.items() if any(a.status == status for a in v)}

    def client_errors(self) -> dict[str, Any]:
        """Ids that got a 4xx: a retry with the same ids must never be refused."""
        with self.lock:
            return {k: [a.status, a.body] for k, v in self.answers.items() for a in v
                    if isinstance(a.status, int) and 400 <= a.status < 500}

    def summary(self, since: float = 0.0, until: float = float("inf")) -> dict[str, Any]:
        """Requests sent in [since, until): count, answers by status, longest wait."""
        with self.lock:
            every = [a for v in self.answers.values() for a in v if since <= a.at < until]
        statuses: dict[str, int] = defaultdict(int)
        for a in every:
            statuses[str(a.status)] += 1
        return {"requests": len(every), "answers": dict(sorted(statuses.items())),
                "longest_wait_s": round(max((a.seconds for a in every), default=0.0), 2)}


class Load:
    """Worker threads that run `one(i)` for i = 0, 1, ... until `stop()`, at most `rate`/s."""

    def __init__(self, threads: int, rate: float, limit: int) -> None:
        self._threads = [threading.Thread(target=self._run, daemon=True) for _ in range(threads)]
        self._interval = 1.0 / rate
        self._limit = limit
        self._i = 0
        self._next_at = time.monotonic()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.crashes: list[str] = []

    def one(self, i: int) -> None:
        raise NotImplementedError

    def start(self) -> None:
        for t in self._threads:
            t.start()

    def stop(self, timeout: float = 120.0) -> None:
        """No new ids; wait for those in flight to finish their retries."""
        self._stop.set()
        deadline = time.monotonic() + timeout
        for t in self._threads:
            t.join(max(0.0, deadline - time.monotonic()))

    def _run(self) -> None:
        while not self._stop.is_set():
            with self._lock:
                if self._i >= self._limit:
                    return
                i, self._i = self._i, self._i + 1
                wait = self._next_at - time.monotonic()
                self._next_at = max(self._next_at, time.monotonic()) + self._interval
            if wait > 0:
                time.sleep(wait)
            try:
                self.one(i)
            except Exception as exc:  # reported by the test, not lost in a dying thread
                self.crashes.append(f"{i}: {type(exc).__name__}: {exc}")


def retry(api: Api, ledger: Ledger, key: str, operation: str, body: Any, *,
          token: str | None = None, give_up_on_503: bool = False,
          attempts: int = 30) -> Answer | None:
    """Send until accepted; the same body (same ids) every time. None if never accepted."""
    for n in range(attempts):
        answer = api.call(operation, body, token=token)
        ledger.add(key, answer)
        if accepted(answer):
            return answer
        if refused(answer) and give_up_on_503:
            return None
        if isinstance(answer.status, int) and 400 <= answer.status < 500:
            return None  # a retry with the same ids refused: `Ledger.client_errors` reports it
        time.sleep(min(0.2 * (n + 1), 2.0))
    return None


class ClickLoad(Load):
    """Clicks with client-chosen ids on `posts`; every fourth id is abandoned after a 503."""

    def __init__(self, api: Api, posts: list[str], *, threads: int = 8, rate: float = 40.0,
                 limit: int = 100_000) -> None:
        super().__init__(threads, rate, limit)
        self.api, self.posts, self.ledger = api, posts, Ledger()
        self.post_of: dict[str, str] = {}

    def one(self, i: int) -> None:
        click_id = str(uuid.uuid4())
        post = self.posts[i % len(self.posts)]
        self.post_of[click_id] = post
        retry(self.api, self.ledger, click_id, "recordClick",
              {"post_id": post, "click_id": click_id, "source": "faults"},
              give_up_on_503=i % 4 == 0)


class ApplicantLoad(Load):
    """Applicants who check in (entrance QR token) and apply to one or two posts."""

    def __init__(self, api: Api, entrance_token: str, posts: list[str], *, threads: int = 3,
                 rate: float = 4.0, limit: int = 200) -> None:
        super().__init__(threads, rate, limit)
        self.api, self.token, self.posts = api, entrance_token, posts
        self.checkins, self.applications = Ledger(), Ledger()
        self.applicant_of: dict[str, str] = {}  # phone -> applicant id
        self.applied: dict[str, tuple[str, str]] = {}  # "applicant/post" -> (applicant, post)

    def one(self, i: int) -> None:
        phone = f"138{i:08d}"
        got = retry(self.api, self.checkins, phone, "checkIn",
                    {"token": self.token, "name": f"应聘者{i}", "phone": phone, "consent": True})
        if got is None:
            return
        self.applicant_of[phone] = got.body["applicant_id"]
        targets = self.posts[i % len(self.posts):][:1 + i % 2] or self.posts[:1]
        for post in targets:
            key = f"{got.body['applicant_id']}/{post}"
            self.applied[key] = (got.body["applicant_id"], post)
            retry(self.api, self.applications, key, "apply", {"post_id": post},
                  token=got.body["applicant_token"])
