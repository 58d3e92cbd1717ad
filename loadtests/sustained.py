"""Samples a stack over time during a scenario and draws it (issue 15: the 10-minute run).

``Sampler`` (a thread) records every ``every_s`` seconds:
  lag       consumer lag of the worker's group on topics ``clicks``, ``checkins`` and
            ``applications`` (end offsets - committed), when the Kafka bootstrap is known
  accepted  web's ``jobfair_clicks_accepted_total`` (clicks answered 202 so far)
  rss       resident memory (MiB) of each given process tree (web, worker)
``e2e_delays`` pairs each ``accepted`` sample with the SSE probe's snapshots
(``loadtests.scenarios.sse_viewers``): the delay until a viewer saw every click accepted by
then. ``plot`` draws lag, delay and RSS over time into a PNG (matplotlib, Agg).
"""

from __future__ import annotations

import bisect
import contextlib
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

import psutil
from prometheus_client.parser import text_string_to_metric_families

from streams.topics import APPLICATIONS, CHECKINS, CLICKS

LAG_TOPICS = (CLICKS.name, CHECKINS.name, APPLICATIONS.name)


def _accepted(web_url: str) -> float | None:
    try:
        with urllib.request.urlopen(f"{web_url}/metrics", timeout=5) as resp:
            text = resp.read().decode()
    except OSError:
        return None
    total = 0.0
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            if s.name == "jobfair_clicks_accepted_total":
                total += s.value
    return total


def _rss_mib(pid: int) -> float | None:
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
        return sum(p.memory_info().rss for p in procs) / 2**20
    except psutil.Error:
        return None


class Sampler(threading.Thread):
    def __init__(self, web_url: str, *, bootstrap: str | None, group: str | None,
                 pids: dict[str, int], every_s: float = 1.0) -> None:
        super().__init__(daemon=True, name="loadtest-sampler")
        self.web_url, self.bootstrap, self.group = web_url, bootstrap, group
        self.pids, self.every_s = pids, every_s
        self.samples: list[dict[str, Any]] = []
        self._stop_event = threading.Event()

    def stop(self) -> None:
        self._stop_event.set()
        self.join(30)

    def _lag(self, consumer: Any, topic: str) -> int | None:
        from kafka import TopicPartition

        try:
            parts = consumer.partitions_for_topic(topic) or set()
            tps = [TopicPartition(topic, p) for p in parts]
            ends = consumer.end_offsets(tps)
            # A consumer with the worker's group id that never subscribes: committed() asks
            # the group coordinator without joining the group.
            return int(sum(ends[tp] - (consumer.committed(tp) or 0) for tp in tps))
        except Exception:  # a sample is skipped, the run goes on
            return None

    def run(self) -> None:
        consumer = None
        if self.bootstrap and self.group:
            from kafka import KafkaConsumer

            with contextlib.suppress(Exception):
                consumer = KafkaConsumer(bootstrap_servers=self.bootstrap.split(","),
                                         group_id=self.group, enable_auto_commit=False)
        try:
            while not self._stop_event.is_set():
                sample: dict[str, Any] = {"t": time.time(), "accepted": _accepted(self.web_url)}
                for topic in LAG_TOPICS:
                    sample[f"lag_{topic}"] = self._lag(consumer, topic) if consumer else None
                # "lag" is the click topic's: the storm's bottleneck, the one the targets name.
                sample["lag"] = sample[f"lag_{CLICKS.name}"]
                for name, pid in self.pids.items():
                    sample[f"rss_{name}"] = _rss_mib(pid)
                self.samples.append(sample)
                self._stop_event.wait(self.every_s)
        finally:
            if consumer is not None:
                with contextlib.suppress(Exception):
                    consumer.close(autocommit=False)


def e2e_delays(samples: list[dict[str, Any]],
               probe: list[tuple[float, int]]) -> list[tuple[float, float]]:
    """(t, seconds until the SSE probe showed >= the clicks accepted by t), for each sample
    whose clicks the probe ended up showing. Counts are cumulative, so the probe's series is
    sorted: a binary search finds the first snapshot reaching the target."""
    if not probe:
        return []
    times, counts = [p[0] for p in probe], [p[1] for p in probe]
    base_accepted = next((s["accepted"] for s in samples if s["accepted"] is not None), 0.0)
    base_clicks = counts[0]
    out = []
    for s in samples:
        if s["accepted"] is None or s["t"] < times[0]:
            continue  # no SSE snapshot before it to compare with
        target = base_clicks + (s["accepted"] - base_accepted)
        i = bisect.bisect_left(counts, target)
        j = bisect.bisect_left(times, s["t"])
        i = max(i, j)
        if i < len(times):
            out.append((s["t"], times[i] - s["t"]))
    return out


def summary(samples: list[dict[str, Any]], delays: list[tuple[float, float]]) -> dict[str, Any]:
    lags = [s["lag"] for s in samples if s["lag"] is not None]
    out: dict[str, Any] = {"samples": len(samples)}
    if lags:
        out.update(lag_max=max(lags), lag_last=lags[-1])
    for topic in LAG_TOPICS[1:]:
        other = [s[f"lag_{topic}"] for s in samples if s.get(f"lag_{topic}") is not None]
        if other:
            out[f"lag_{topic}_max"], out[f"lag_{topic}_last"] = max(other), other[-1]
    if delays:
        d = sorted(x[1] for x in delays)
        out.update(e2e_p50_ms=round(d[len(d) // 2] * 1000),
                   e2e_p99_ms=round(d[min(len(d) - 1, int(len(d) * 0.99))] * 1000),
                   e2e_max_ms=round(d[-1] * 1000))
    for key in sorted({k for s in samples for k in s if k.startswith("rss_")}):
        rss = [s[key] for s in samples if s.get(key) is not None]
        if rss:
            out[f"{key}_first_mib"], out[f"{key}_last_mib"] = round(rss[0]), round(rss[-1])
            out[f"{key}_max_mib"] = round(max(rss))
    return out


def plot(samples: list[dict[str, Any]], delays: list[tuple[float, float]], path: Path,
         title: str) -> Path | None:
    if not samples:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    t0 = samples[0]["t"]
    fig, (ax_lag, ax_delay, ax_rss) = plt.subplots(3, 1, figsize=(9, 8), sharex=True)
    for topic in LAG_TOPICS:
        lag = [(s["t"] - t0, s[f"lag_{topic}"]) for s in samples
               if s.get(f"lag_{topic}") is not None]
        if lag:
            ax_lag.plot(*zip(*lag, strict=True), label=topic)
    ax_lag.set_ylabel("consumer lag\n(records)")
    if ax_lag.lines:
        ax_lag.legend(loc="upper left")
    if delays:
        ax_delay.plot([t - t0 for t, _ in delays], [d * 1000 for _, d in delays],
                      color="tab:blue")
    ax_delay.set_ylabel("accepted -> SSE\ndelay (ms)")
    for key in sorted({k for s in samples for k in s if k.startswith("rss_")}):
        pts = [(s["t"] - t0, s[key]) for s in samples if s.get(key) is not None]
        if pts:
            ax_rss.plot(*zip(*pts, strict=True), label=key[4:])
    ax_rss.set_ylabel("RSS (MiB)")
    ax_rss.set_xlabel("seconds since start")
    if ax_rss.lines:
        ax_rss.legend(loc="upper left")
    for ax in (ax_lag, ax_delay, ax_rss):
        ax.grid(alpha=0.3)
    fig.suptitle(title)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path
