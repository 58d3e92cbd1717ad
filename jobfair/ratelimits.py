"""The abuse limits and their defaults, parsed from ``JOBFAIR_RATE_LIMITS`` (issue 13).

``on`` (default) applies :data:`DEFAULTS`; ``off`` turns every limit off (benchmarks);
``on,clicks_client=600/10,auth_lock=50/900`` overrides single limits (``COUNT/SECONDS``: at
most COUNT in each fixed window of SECONDS). ``web.limits`` enforces them with counters in
PostgreSQL (table ``rate_limit``, migration 0011) so they hold across web processes. Pure.
"""

from __future__ import annotations

from dataclasses import dataclass

from jobfair.errors import ConfigError


@dataclass(frozen=True)
class Rule:
    count: int
    seconds: int


# name: (default, what it bounds) - README's limits table is rendered from this.
DEFAULTS: dict[str, tuple[Rule, str]] = {
    "clicks_client": (
        Rule(300, 10),
        "clicks counted per client address (more are accepted, "
        "answered 202, not counted: jobfair_clicks_excess_total)",
    ),
    "clicks_post": (Rule(20000, 10), "clicks counted per post, all clients together"),
    "checkins_client": (Rule(600, 600), "check-ins per client address (a venue's Wi-Fi/NAT)"),
    "checkins_fair": (Rule(20000, 600), "check-ins per fair"),
    "registrations_client": (Rule(300, 600), "registrations per client address"),
    "registrations_fair": (Rule(20000, 600), "registrations per fair"),
    "auth_slow": (
        Rule(10, 900),
        "failed log-ins or bearer tokens per client before each "
        "further failure is answered slowly (up to 2 s)",
    ),
    "auth_lock": (
        Rule(30, 900),
        "failed log-ins or bearer tokens per client before every "
        "log-in and bearer from it is refused until the window ends",
    ),
}


@dataclass(frozen=True)
class RateLimits:
    enabled: bool
    rules: dict[str, Rule]

    def __getitem__(self, name: str) -> Rule:
        return self.rules[name]


def parse(spec: str) -> RateLimits:
    """``on``/``off`` then optional ``name=COUNT/SECONDS`` overrides, comma-separated."""
    parts = [p.strip() for p in spec.split(",") if p.strip()]
    head = parts[0].lower() if parts else "on"
    if head not in ("on", "off"):
        raise ConfigError("JOBFAIR_RATE_LIMITS must start with 'on' or 'off'")
    rules = {name: rule for name, (rule, _) in DEFAULTS.items()}
    for part in parts[1:]:
        name, _, value = part.partition("=")
        count, _, seconds = value.partition("/")
        if name not in rules or not (
            count.isascii() and count.isdigit() and seconds.isascii() and seconds.isdigit()
        ):
            raise ConfigError(
                f"JOBFAIR_RATE_LIMITS: {part!r} is not NAME=COUNT/SECONDS with "
                f"NAME one of {', '.join(rules)}"
            )
        if int(count) < 1 or not 1 <= int(seconds) <= 86400:
            raise ConfigError(f"JOBFAIR_RATE_LIMITS: {part!r} needs COUNT ≥ 1, SECONDS 1-86400")
        rules[name] = Rule(int(count), int(seconds))
    return RateLimits(head == "on", rules)


def markdown_table() -> str:
    rows = ["| limit | default | what it bounds |", "|---|---|---|"]
    for name, (rule, meaning) in DEFAULTS.items():
        rows.append(f"| `{name}` | {rule.count} per {rule.seconds} s | {meaning} |")
    return "\n".join(rows) + "\n"
