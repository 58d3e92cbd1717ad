"""The web composition root: ``create_app(settings)`` builds the Starlette app.

Lifespan opens one PostgreSQL pool and one idempotent Kafka producer per process and hands
them to handlers through ``request.state`` (commands get them as one ``web.context.Context``).
Each feature package lists its routes in ``web/<feature>/routes.py``; ``routes()``
concatenates them, and each JSON endpoint carries its OpenAPI operation (``web.openapi``).
Command errors become HTTP answers in ``web.errors``; pages render through ``web.templating``.
Request path: uvicorn -> ``JobfairApp``: ``POST /api/clicks`` -> ``web.live.fastclicks`` (flat);
everything else -> Starlette's middlewares (outermost first: security headers, session, identity
gate, metrics, body limit) -> router -> handler.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import AsyncIterator, Collection
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from starlette.applications import Starlette
from starlette.middleware.sessions import SessionMiddleware
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from jobfair.db import create_pool
from jobfair.settings import Settings
from streams.topics import CLICKS
from web import health
from web.applicants import routes as applicant_routes
from web.bodylimit import BodyLimit
from web.context import Context, utc_now
from web.database import BoundedPool
from web.errors import exception_handlers
from web.identity import routes as identity_routes
from web.identity.gate import IdentityGate
from web.identity.headers import SecurityHeaders
from web.interviews import routes as interview_routes
from web.limits import Limits
from web.live import clicks, fastclicks
from web.live import routes as live_routes
from web.live.combiner import ClickCombiner
from web.publish import Publisher
from web.reports import routes as report_routes
from web.setup import routes as setup_routes
from web.support import routes as support_routes


@dataclass
class WebMetrics:
    registry: CollectorRegistry
    requests: Counter = field(init=False)
    latency: Histogram = field(init=False)
    clicks: Counter = field(init=False)
    click_records: Counter = field(init=False)
    kafka_reachable: Gauge = field(init=False)
    kafka_brokers: Gauge = field(init=False)
    kafka_under_replicated: Gauge = field(init=False)
    kafka_offline: Gauge = field(init=False)

    def __post_init__(self) -> None:
        r = self.registry
        self.requests = Counter(
            "jobfair_http_requests", "HTTP requests", ["route", "method", "status"], registry=r
        )
        self.latency = Histogram(
            "jobfair_http_request_seconds",
            "HTTP request latency",
            ["route"],
            registry=r,
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5),
        )
        self.clicks = Counter("jobfair_clicks_accepted", "Clicks accepted by web", registry=r)
        self.click_records = Counter(
            "jobfair_click_records", "Combined click records Kafka acknowledged", registry=r
        )
        self.kafka_reachable = Gauge(
            "jobfair_kafka_reachable",
            "1 if a broker answered the last metadata request",
            registry=r,
        )
        self.kafka_brokers = Gauge(
            "jobfair_kafka_brokers",
            "Brokers up, and known (up or named as a replica)",
            ["state"],
            registry=r,
        )
        self.kafka_under_replicated = Gauge(
            "jobfair_kafka_partitions_under_replicated",
            "Partitions of the platform's topics with fewer in-sync replicas than replicas",
            registry=r,
        )
        self.kafka_offline = Gauge(
            "jobfair_kafka_partitions_offline",
            "Partitions of the platform's topics without a leader",
            registry=r,
        )


class RequestMetrics:
    """Counts requests per route template (bounded labels: never a raw path): the recorder of
    ``MetricsMiddleware`` and of recordClick's flat path (``web.live.fastclicks``)."""

    def __init__(self, metrics: WebMetrics) -> None:
        self.metrics = metrics
        # Labelled children, looked up once: ``labels()`` takes a lock and builds a tuple on
        # every call. Bounded like the labels themselves (route names, methods, statuses).
        self._counted: dict[tuple[str, str, int], Any] = {}
        self._timed: dict[str, Any] = {}

    def observe(self, route: str, method: str, status: int, elapsed: float) -> None:
        key = (route, method, status)
        counter = self._counted.get(key)
        if counter is None:
            counter = self._counted[key] = self.metrics.requests.labels(route, method, str(status))
        counter.inc()
        timer = self._timed.get(route)
        if timer is None:
            timer = self._timed[route] = self.metrics.latency.labels(route)
        timer.observe(elapsed)


class MetricsMiddleware:
    """Counts every request in ``RequestMetrics``, labelled with the endpoint's name."""

    def __init__(self, app: ASGIApp, recorder: RequestMetrics) -> None:
        self.app, self.recorder = app, recorder

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = [500]

        async def send_status(message: Any) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            route = getattr(scope.get("endpoint"), "__name__", "unmatched")
            self.recorder.observe(route, scope["method"], status[0], time.perf_counter() - start)


class SessionExcept:
    """Starlette's SessionMiddleware, bypassed for exact ``paths`` whose endpoints never touch
    ``request.session`` (the hot JSON API: recordClick). Such a response never carried a
    session cookie anyway (SessionMiddleware only writes one when the session was modified),
    so bypassing only saves parsing the Cookie header and verifying the signature."""

    def __init__(self, app: ASGIApp, /, *, paths: Collection[str], **session: Any) -> None:
        self.plain = app
        self.app = SessionMiddleware(app, **session)
        self.paths = frozenset(paths)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] in self.paths:
            await self.plain(scope, receive, send)
        else:
            await self.app(scope, receive, send)


# Endpoints that never use the session (see SessionExcept); routes are matched by exact path.
SESSIONLESS_PATHS = ("/api/clicks",)


class JobfairApp(Starlette):
    """Starlette, except that ``POST /api/clicks`` (recordClick, the hot path of a livestream)
    goes straight to ``fast_clicks`` (``web.live.fastclicks``: the same answers, security
    headers and metrics without the per-request middleware stack). ``fast_clicks = None``
    serves it through Starlette like any route (tests compare the two)."""

    fast_clicks: ASGIApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and scope["path"] == fastclicks.PATH
            and scope["method"] == "POST"
            and self.fast_clicks is not None
        ):
            scope["app"] = self
            await self.fast_clicks(scope, receive, send)
        else:
            await super().__call__(scope, receive, send)


def routes() -> list[BaseRoute]:
    return [
        Route("/healthz", health.healthz, methods=["GET"]),
        Route("/metrics", health.metrics, methods=["GET"]),
        Route("/openapi.json", health.openapi, methods=["GET"]),
        *live_routes.routes(),
        *setup_routes.routes(),
        *applicant_routes.routes(),
        *interview_routes.routes(),
        *identity_routes.routes(),
        *report_routes.routes(),
        *support_routes.routes(),
    ]


def create_app(settings: Settings) -> JobfairApp:
    bootstrap, dsn = settings.require_servers()
    registry = CollectorRegistry()
    web_metrics = WebMetrics(registry)
    limits = Limits(settings, registry)  # abuse limits, counters in PostgreSQL (web.limits)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[dict[str, Any]]:
        db_s = settings.db_timeout_ms / 1000
        raw_pool = await create_pool(
            dsn, min_size=2, max_size=20, command_timeout=db_s, connect_timeout=db_s
        )
        pool = BoundedPool(raw_pool, db_s)  # every wait bounded (web.database)
        publisher = Publisher(
            bootstrap,
            idempotent=settings.broker_kind == "kafka",
            timeout_s=settings.broker_timeout_ms / 1000,
            grace_s=settings.broker_ack_grace_ms / 1000,
        )
        try:
            await publisher.start()
        except Exception:
            await raw_pool.close()
            raise
        combiner = ClickCombiner(
            lambda value, key: publisher.send(CLICKS.name, value, key),
            window_s=settings.click_window_ms / 1000,
            now=utc_now,
            on_record=lambda n: web_metrics.click_records.inc(),
        )
        limits.start(pool)
        try:
            yield {
                "settings": settings,
                "pool": pool,
                "publisher": publisher,
                "limits": limits,
                "ctx": Context(settings=settings, pool=pool, publisher=publisher, clicks=combiner),
                "registry": registry,
                "web_metrics": web_metrics,
                "posts": clicks.PostDirectory(pool),
            }
        finally:
            await limits.close()
            await combiner.drain()
            live_hub = getattr(app.state, "live_hub", None)
            if live_hub is not None:
                await live_hub.close()
            figures = getattr(app.state, "figures_cache", None)
            if figures is not None:
                await figures.close()
            await publisher.stop()
            await raw_pool.close()

    app = JobfairApp(
        routes=routes(),
        lifespan=lifespan,
        exception_handlers=exception_handlers,
    )
    recorder = RequestMetrics(web_metrics)
    app.fast_clicks = fastclicks.FastClicks(observe=recorder.observe, public_url=settings.base_url)
    # Bodies counted while they stream in: 413 past the limit, the rest never read.
    app.add_middleware(BodyLimit)
    app.add_middleware(MetricsMiddleware, recorder=recorder)
    # Revoked sessions and applicant tokens stop here, before any handler (issue 13).
    app.add_middleware(IdentityGate, skip=SESSIONLESS_PATHS)
    # Signed session cookie for pages (organiser, staff, applicants); the API uses bearers.
    app.add_middleware(
        SessionExcept,
        paths=SESSIONLESS_PATHS,
        secret_key=settings.secret_key or secrets.token_urlsafe(32),
        session_cookie="jobfair_session",
        max_age=12 * 3600,
        same_site="lax",
        https_only=settings.base_url.startswith("https://"),
    )
    # Outermost: CSP, frame-ancestors, nosniff, Referrer-Policy on every response; the
    # Origin check of applicant forms (web.identity.headers).
    app.add_middleware(SecurityHeaders, public_url=settings.base_url)
    return app
