"""Figures and ratios of ``loadtests.clicks`` as rows: printed to the terminal and, by
``loadtests.run_all``, written as a Markdown table into BENCHMARKS.md.

Targets are those of issue 15; a row says ``met`` or ``MISSED by`` so a reader does not have
to do the arithmetic. Nothing here asserts.
"""

from __future__ import annotations

from typing import Any

Row = tuple[str, str, str]


def _http(r: dict[str, Any]) -> str:
    return (
        f"p50 {r['p50_ms']:.1f} ms, p99 {r['p99_ms']:.1f} ms, non-2xx {r['non_2xx']}; "
        f"wrk {r['client_core_share']:.0%} of a core, server {r['server_core_share']:.0%}, "
        f"machine {r['machine_busy_percent']:.0f}%{' CAPPED' if r['capped'] else ''}"
    )


def _target(value: float | None, goal: float, *, higher: bool = True, unit: str = "") -> str:
    if value is None:
        return "n/a"
    ok = value >= goal if higher else value <= goal
    if ok:
        return f"target {'≥' if higher else '≤'} {goal:g}{unit}: met"
    miss = goal / value if higher and value else value / goal
    return f"target {'≥' if higher else '≤'} {goal:g}{unit}: MISSED by ×{miss:.2f}"


def rows(result: dict[str, Any]) -> list[Row]:
    h = result["http"]
    out: list[Row] = []
    for key, name in (
        ("bare", "(i) bare Starlette 204"),
        ("naive_update", "(ii) UPDATE post per request, fsync on"),
        ("record_click", "recordClick (Kafka acks=all)"),
    ):
        for c in (256, 32):
            r = h[f"{key}_{c}"]
            out.append((f"{name}, {c} conns", f"{r['rps']:,.0f} req/s", _http(r)))
    gc = h["get_post_counts_32"]
    out.append(("getPostCounts, 32 conns", f"{gc['rps']:,.0f} req/s", _http(gc)))
    vb, vn, p99 = (
        h["record_click_vs_bare_256"],
        h["record_click_vs_naive_256"],
        h["record_click_p99_ms_32"],
    )
    out += [
        ("recordClick / (i) at 256", f"{vb:.2f}" if vb else "n/a", _target(vb, 0.5)),
        ("recordClick / (ii) at 256", f"{vn:.2f}" if vn else "n/a", _target(vn, 3)),
        ("recordClick p99 at 32", f"{p99:.1f} ms", _target(p99, 50, higher=False, unit=" ms")),
        (
            "accepted clicks all counted",
            str(h["all_counted"]),
            f"{h['clicks_accepted']:,} accepted; complete {h['counted_after_last_request_s']} s "
            "after the last request",
        ),
    ]
    a = result.get("agent")
    if a is None:  # --http-only
        return out
    for label, part in (("5 posts", a["spread"]), ("1 hot post", a["hot"])):
        out += [
            (
                f"[{label}] backlog produce (acks=all)",
                f"{part['produce_per_s']:,.0f} clicks/s",
                f"{part['backlog']:,} clicks, {part.get('clicks_per_record', 1)} per record",
            ),
            (
                f"[{label}] (iv) raw aiokafka drain",
                f"{part['raw_consume_per_s']:,.0f} clicks/s",
                "",
            ),
            (
                f"[{label}] naive writer, fsync on",
                f"{part['naive_writer_per_s']:,.0f} clicks/s",
                f"{part['naive_writer_clicks']:,} clicks in the time bound",
            ),
            (
                f"[{label}] click agent",
                f"{part['agent_drain_per_s']:,.0f} clicks/s",
                f"mean batch {part['mean_batch_size']}, all counted {part['agent_all_counted']}, "
                f"agent/raw {part['agent_vs_raw'] or 0:.2f}, "
                f"agent/naive {part['agent_vs_naive'] or 0:.1f}",
            ),
        ]
    noop = a["spread"]["noop_faust"]
    out += [
        (
            "(iii) no-op Faust agent, take_events",
            f"{noop['per_s'] or 0:,.0f} events/s",
            f"{noop['events']:,} events, mean batch {noop['mean_batch']}",
        ),
        (
            "click agent (5 posts) / (iii)",
            f"{a['agent_vs_noop_faust'] or 0:.2f}",
            _target(a["agent_vs_noop_faust"], 2),
        ),
        (
            "1 hot post / 5 posts (agent)",
            f"{a['hot_vs_spread'] or 0:.2f}",
            _target(a["hot_vs_spread"], 1),
        ),
    ]
    return out


def generator_checks(result: dict[str, Any]) -> list[str]:
    """Per HTTP run: was wrk (one thread, on its own core; the web process on the other) the
    limit?"""
    return [
        f"{key}: {r['generator_check']}"
        for key, r in result["http"].items()
        if isinstance(r, dict) and "generator_check" in r
    ]


def report(result: dict[str, Any]) -> None:
    table = rows(result)
    width = max(len(r[0]) for r in table)
    for name, value, note in table:
        print(f"{name:<{width}}  {value:>16}  {note}", flush=True)
    print(
        "Load generator check (psutil CPU time of wrk and of the server processes / wall "
        "time; server = the whole stack for recordClick):"
    )
    for line in generator_checks(result):
        print(f"  {line}", flush=True)


def markdown(result: dict[str, Any]) -> str:
    lines = ["| | figure | notes |", "|---|---|---|"]
    lines += [f"| {n} | {v} | {note} |" for n, v, note in rows(result)]
    lines += ["", "Load generator check:", ""]
    lines += [f"- {line}" for line in generator_checks(result)]
    return "\n".join(lines)
