"""Prints ``loadtests/results/sse_latency.json`` (written by ``loadtests.sse_latency``) and
renders its Markdown lines for BENCHMARKS.md (``markdown``, used by ``loadtests.run_all``).

    python -m loadtests.sse_report [RESULT.json]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import psutil

RESULTS = Path(__file__).resolve().parent / "results"


def _p(d: dict[str, Any], who: str) -> str:
    q = d.get(who) or {}
    return f"{q.get('p50_ms')} / {q.get('p95_ms')} / {q.get('p99_ms')} / {q.get('max_ms')}"


def _rate(rate: float | None) -> str:
    return "none of the rates" if rate is None else f"{rate:,g}"


def _client(phase: dict[str, Any]) -> str:
    shares = [
        ("sender", phase.get("sender_cpu_percent")),
        ("viewers", phase.get("viewer_cpu_percent")),
    ]
    busy = [n for n, s in shares if s is not None and s >= 90]
    verdict = f"client MAY BE THE LIMIT ({', '.join(busy)})" if busy else "client NOT the limit"
    return (
        f"sender {shares[0][1]} %, viewer process {shares[1][1]} % of a core: {verdict}; "
        f"machine {phase.get('cpu_busy_percent')} % busy over {psutil.cpu_count()} cores"
    )


def phase_lines(name: str, ph: dict[str, Any]) -> list[str]:
    out = [
        f"{name}: {ph['requests']} requests, asked {ph['asked_rate']:g}/s, achieved "
        f"{ph['achieved_rate']}/s; {_client(ph)}"
        + ("" if ph.get("settled", True) else "; NOT every event reached every viewer")
    ]
    for kind in ("click", "checkin"):
        k = ph[kind]
        d = k["sse_delay"]
        out.append(
            f"  {kind:<8} accepted {k['accepted']}, rejected {k['rejected']}; SSE delay ms "
            f"p50/p95/p99/max all viewers {_p(d, 'all_viewers')}, first viewer "
            f"{_p(d, 'first_viewer')}, all viewers from the request "
            f"{_p(d, 'all_viewers_from_request')} ({d.get('seen_pairs')}/{d.get('pairs')} "
            f"viewer x event pairs seen); HTTP p99 {k['http_p99_ms']} ms, client lag p99 "
            f"{k['client_lag_p99_ms']} ms"
        )
    return out


def report(result: dict[str, Any]) -> None:
    a, v = result["args"], result["viewers"]
    print(
        f"\nClick / check-in answered -> seen on SSE: one web process, one worker, "
        f"{v['connected']} of {v['asked']} viewers connected (own process), batch window "
        f"{a['batch_window_ms']} ms, pushed by NOTIFY; viewer errors: {v['errors'] or 'none'}"
    )
    for name in ("baseline", "load"):
        if name in result:
            print("\n".join(phase_lines(name, result[name])))
    if "sweep" in result:
        print(f"\nsweep (target p99 <= {a['target_ms']:g} ms over all viewers, rate reached):")
        for ph in result["sweep"]:
            c, k = ph["click"]["sse_delay"], ph["checkin"]["sse_delay"]
            print(
                f"  {ph['asked_rate']:>6g}/s achieved {ph['achieved_rate']}/s: click p99 "
                f"{(c.get('all_viewers') or {}).get('p99_ms')} ms, check-in p99 "
                f"{(k.get('all_viewers') or {}).get('p99_ms')} ms -> "
                f"{'ok' if ph['meets_target'] else 'MISSED'}  ({_client(ph)})"
            )
        print(
            f"largest rate keeping p99 <= {a['target_ms']:g} ms: "
            f"{_rate(result['largest_rate_ok'])} events/s"
        )


def markdown(result: dict[str, Any]) -> str:
    v, lo = result["viewers"], result["load"]
    lines = [f"{v['connected']} SSE viewers in their own process, one web process.\n", "```"]
    lines += phase_lines("load", lo)
    lines += ["```"]
    if "sweep" in result:
        rows = [
            "| events/s asked | achieved | click p99 ms | check-in p99 ms | p99 ≤ "
            f"{result['args']['target_ms']:g} ms |",
            "|---|---|---|---|---|",
        ]
        for ph in result["sweep"]:
            rows.append(
                f"| {ph['asked_rate']:g} | {ph['achieved_rate']} | "
                f"{(ph['click']['sse_delay'].get('all_viewers') or {}).get('p99_ms')} | "
                f"{(ph['checkin']['sse_delay'].get('all_viewers') or {}).get('p99_ms')} | "
                f"{'yes' if ph['meets_target'] else 'no'} |"
            )
        lines += [
            "",
            *rows,
            "",
            f"Largest rate keeping the target: **{_rate(result['largest_rate_ok'])}** events/s.",
        ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    report(
        json.loads(
            Path(sys.argv[1] if len(sys.argv) > 1 else RESULTS / "sse_latency.json").read_text()
        )
    )
