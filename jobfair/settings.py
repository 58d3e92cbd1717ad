"""One frozen settings object, built from ``JOBFAIR_*`` environment variables.

Only entry points (``jobfair.cli``) call :func:`Settings.from_env`; everything else receives
the object. Every field is documented once, in :data:`SETTINGS_DOC`. README's "Configuration"
table is rendered from it (``python -m jobfair.settings --markdown`` prints
:func:`markdown_table`) and pasted between the markers ``<!-- settings-table:start -->`` and
``<!-- settings-table:end -->``; ``tests/unit/test_settings.py`` fails when the two differ.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from jobfair import ratelimits
from jobfair.errors import ConfigError

SECRET_KEY_MIN_CHARS = 16  # validate() checks it; the documentation below quotes it

# (field, variable, default shown in README, meaning)
SETTINGS_DOC: tuple[tuple[str, str, str, str], ...] = (
    ("kafka_bootstrap", "JOBFAIR_KAFKA_BOOTSTRAP", "(unset)",
     "Kafka bootstrap servers `host:port[,host:port]`. Unset: `jobfair dev` starts its own broker; "
     "`worker`, `web` and `provision` require it."),
    ("database_url", "JOBFAIR_DATABASE_URL", "(unset)",
     "PostgreSQL DSN. Unset: `jobfair dev` starts an embedded PostgreSQL; other commands "
     "require it."),
    ("organiser_token", "JOBFAIR_ORGANISER_TOKEN", "(random in dev)",
     "Bearer token for organiser operations. `jobfair dev` generates and prints one if unset."),
    ("secret_key", "JOBFAIR_SECRET_KEY", "(random in dev)",
     "HMAC key for QR tokens, applicant tokens and session cookies; at least "
     f"{SECRET_KEY_MIN_CHARS} characters "
     "(checked at start). Generate one with `python -c 'import secrets; "
     "print(secrets.token_urlsafe(32))'`."),
    ("public_url", "JOBFAIR_PUBLIC_URL", "http://127.0.0.1:PORT",
     "Base URL printed in QR codes and posters."),
    ("host", "JOBFAIR_HOST", "127.0.0.1", "Address the web process binds."),
    ("port", "JOBFAIR_PORT", "8000", "Port of the web process (`jobfair dev --port` overrides)."),
    ("app_id", "JOBFAIR_APP_ID", "jobfair",
     "Faust application id: consumer group and prefix of changelog topics."),
    ("topic_partitions", "JOBFAIR_TOPIC_PARTITIONS", "4",
     "Partitions of each topic created by `jobfair provision` (scale-out limit for workers)."),
    ("replication_factor", "JOBFAIR_REPLICATION_FACTOR", "1",
     "Replication factor of created topics; 3 in production (see infra/kafka)."),
    ("broker_kind", "JOBFAIR_BROKER", "kafka",
     "`kafka` (Apache Kafka, the reference) or `tansu` (light fallback, see README limits)."),
    ("worker_metrics_port", "JOBFAIR_WORKER_METRICS_PORT", "0",
     "Port where `jobfair worker` serves Prometheus `/metrics`; 0 disables it."),
    ("batch_max", "JOBFAIR_BATCH_MAX", "2000",
     "Most events an agent takes in one batch (one database transaction, one table write "
     "per key)."),
    ("batch_window_ms", "JOBFAIR_BATCH_WINDOW_MS", "100",
     "Longest an agent waits to fill a batch; bounds the added latency of live counts."),
    ("click_window_ms", "JOBFAIR_CLICK_WINDOW_MS", "2",
     "How long a web process gathers clicks on one post into one Kafka record (0: those that "
     "arrive in the same event-loop turn)."),
    ("broker_timeout_ms", "JOBFAIR_BROKER_TIMEOUT_MS", "5000",
     "Longest a request waits for Kafka to confirm a record; then 503 `broker_unavailable` "
     "with `Retry-After`."),
    ("broker_ack_grace_ms", "JOBFAIR_BROKER_ACK_GRACE_MS", "1000",
     "Part of the broker bound kept for Kafka's ack to travel back: a record counts only if "
     "the broker appended it at least this long before the bound ends (the 503 fence); must "
     "be below `JOBFAIR_BROKER_TIMEOUT_MS`."),
    ("db_timeout_ms", "JOBFAIR_DB_TIMEOUT_MS", "5000",
     "Longest a request waits for a PostgreSQL connection or query; then 503 "
     "`database_unavailable`."),
    ("agent_db_timeout_ms", "JOBFAIR_AGENT_DB_TIMEOUT_MS", "30000",
     "Deadline of one agent batch's PostgreSQL transaction; past it the batch is retried "
     "(warning + `jobfair_agent_db_retries_total`)."),
    ("click_id_window_hours", "JOBFAIR_CLICK_ID_WINDOW_HOURS", "48",
     "How long client click ids are kept to drop retried beacons; older ids are pruned."),
    ("data_dir", "JOBFAIR_DATA_DIR", ".jobfair",
     "Where `jobfair dev` keeps its broker and database files (relative to the working "
     "directory)."),
    ("cache_dir", "JOBFAIR_CACHE_DIR", "~/.cache/jobfair",
     "Where downloaded Apache Kafka jars are cached (outside the repository)."),
    ("log_level", "JOBFAIR_LOG_LEVEL", "info", "Log level of all processes."),
    ("correction_window_min", "JOBFAIR_CORRECTION_WINDOW_MIN", "15",
     "Minutes after an interview outcome is recorded during which booth staff may correct "
     "it (a later outcome supersedes it, counts follow); after that recordInterviewOutcome "
     "answers 409 `correction_window_closed`."),
    ("checkin_opens_min", "JOBFAIR_CHECKIN_OPENS_MIN", "60",
     "Minutes before a fair's start from which its entrance QR code checks people in; "
     "earlier scans are refused (409 `checkin_not_open`) with the opening time in Chinese."),
    ("sms_provider", "JOBFAIR_SMS_PROVIDER", "log",
     "Who sends login codes: `log` (development: the code is written to the web log, the "
     "phone masked), `aliyun` (Aliyun SMS) or `tencent` (Tencent Cloud SMS)."),
    ("sms_key_id", "JOBFAIR_SMS_KEY_ID", "(unset)",
     "SMS provider credential id (Aliyun AccessKey ID / Tencent SecretId)."),
    ("sms_key_secret", "JOBFAIR_SMS_KEY_SECRET", "(unset)",
     "SMS provider credential secret (Aliyun AccessKey Secret / Tencent SecretKey)."),
    ("sms_sign_name", "JOBFAIR_SMS_SIGN_NAME", "(unset)",
     "Approved SMS signature (签名) of the organiser."),
    ("sms_template", "JOBFAIR_SMS_TEMPLATE", "(unset)",
     "Approved template with one code parameter (Aliyun TemplateCode / Tencent TemplateId)."),
    ("sms_app_id", "JOBFAIR_SMS_APP_ID", "(unset)", "Tencent Cloud SMS SdkAppId (Tencent only)."),
    ("sms_region", "JOBFAIR_SMS_REGION", "ap-guangzhou",
     "Tencent Cloud region of the SMS API (Tencent only)."),
    ("login_code_ttl_s", "JOBFAIR_LOGIN_CODE_TTL_S", "300",
     "Seconds a one-time login code is valid (single use)."),
    ("applicant_token_ttl_h", "JOBFAIR_APPLICANT_TOKEN_TTL_H", "336",
     "Hours an applicant token (and her page cookie) is valid; then she signs in by code."),
    ("staff_token_ttl_h", "JOBFAIR_STAFF_TOKEN_TTL_H", "336",
     "Hours a staff or host token is valid from when an organiser fetched it."),
    ("session_ttl_h", "JOBFAIR_SESSION_TTL_H", "12",
     "Hours an organiser or staff page session lasts (log-out ends it at once)."),
    ("retention_contact_days", "JOBFAIR_RETENTION_CONTACT_DAYS", "180",
     "Days after a fair ends that applicants' names, phones and gender descriptions are kept; "
     "`jobfair retention` then anonymises them (PIPL Art. 19, 47)."),
    ("rate_limits", "JOBFAIR_RATE_LIMITS", "on",
     "Abuse limits (README 'Limits'): `on` (defaults), `off` (every limit off, for "
     "benchmarks), or `on,NAME=COUNT/SECONDS,...` to override single limits."),
)


@dataclass(frozen=True)
class Settings:
    kafka_bootstrap: str | None = None
    database_url: str | None = None
    organiser_token: str | None = None
    secret_key: str | None = None
    public_url: str | None = None
    host: str = "127.0.0.1"
    port: int = 8000
    app_id: str = "jobfair"
    topic_partitions: int = 4
    replication_factor: int = 1
    broker_kind: str = "kafka"
    worker_metrics_port: int = 0
    batch_max: int = 2000
    batch_window_ms: int = 100
    click_window_ms: int = 2
    broker_timeout_ms: int = 5000
    broker_ack_grace_ms: int = 1000
    db_timeout_ms: int = 5000
    agent_db_timeout_ms: int = 30000
    click_id_window_hours: int = 48
    data_dir: Path = Path(".jobfair")
    cache_dir: Path = Path("~/.cache/jobfair")
    log_level: str = "info"
    correction_window_min: int = 15
    checkin_opens_min: int = 60
    sms_provider: str = "log"
    sms_key_id: str | None = None
    sms_key_secret: str | None = None
    sms_sign_name: str | None = None
    sms_template: str | None = None
    sms_app_id: str | None = None
    sms_region: str = "ap-guangzhou"
    login_code_ttl_s: int = 300
    applicant_token_ttl_h: int = 336
    staff_token_ttl_h: int = 336
    session_ttl_h: int = 12
    retention_contact_days: int = 180
    rate_limits: str = "on"

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> Settings:
        """Read every ``JOBFAIR_*`` variable; unknown ``JOBFAIR_*`` names are an error."""
        known = {var: field for field, var, _, _ in SETTINGS_DOC}
        unknown = sorted(k for k in environ if k.startswith("JOBFAIR_") and k not in known)
        if unknown:
            raise ConfigError(f"unknown setting {unknown[0]}; see README 'Configuration'")
        types = {f.name: f.type for f in dataclasses.fields(cls)}
        values: dict[str, object] = {}
        for var, field in known.items():
            raw = environ.get(var)
            if raw is None or raw == "":
                continue
            values[field] = _convert(var, raw, str(types[field]))
        settings = cls(**values)  # type: ignore[arg-type]
        settings.validate()
        return settings

    def validate(self) -> None:
        if self.broker_kind not in ("kafka", "tansu"):
            raise ConfigError("JOBFAIR_BROKER must be 'kafka' or 'tansu'")
        if self.topic_partitions < 1 or self.replication_factor < 1:
            raise ConfigError("JOBFAIR_TOPIC_PARTITIONS and JOBFAIR_REPLICATION_FACTOR must be ≥ 1")
        if self.correction_window_min < 0 or self.checkin_opens_min < 0:
            raise ConfigError(
                "JOBFAIR_CORRECTION_WINDOW_MIN and JOBFAIR_CHECKIN_OPENS_MIN must be ≥ 0"
            )
        if self.batch_max < 1 or self.batch_window_ms < 1:
            raise ConfigError("JOBFAIR_BATCH_MAX and JOBFAIR_BATCH_WINDOW_MS must be ≥ 1")
        if self.click_window_ms < 0 or min(self.broker_timeout_ms, self.db_timeout_ms,
                                           self.agent_db_timeout_ms,
                                           self.click_id_window_hours) < 1:
            raise ConfigError("JOBFAIR_CLICK_WINDOW_MS must be ≥ 0; the timeouts and "
                              "JOBFAIR_CLICK_ID_WINDOW_HOURS ≥ 1")
        if not 0 <= self.broker_ack_grace_ms < self.broker_timeout_ms:
            raise ConfigError("JOBFAIR_BROKER_ACK_GRACE_MS must be ≥ 0 and below "
                              "JOBFAIR_BROKER_TIMEOUT_MS")
        if self.sms_provider not in ("log", "aliyun", "tencent"):
            raise ConfigError("JOBFAIR_SMS_PROVIDER must be 'log', 'aliyun' or 'tencent'")
        if min(self.login_code_ttl_s, self.applicant_token_ttl_h, self.staff_token_ttl_h,
               self.session_ttl_h, self.retention_contact_days) < 1:
            raise ConfigError("token lifetimes and JOBFAIR_RETENTION_CONTACT_DAYS must be ≥ 1")
        ratelimits.parse(self.rate_limits)  # ConfigError if malformed
        if self.secret_key is not None and len(self.secret_key) < SECRET_KEY_MIN_CHARS:
            raise ConfigError(
                f"JOBFAIR_SECRET_KEY must be at least {SECRET_KEY_MIN_CHARS} characters"
            )

    def replace(self, **changes: object) -> Settings:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    @property
    def base_url(self) -> str:
        return (self.public_url or f"http://{self.host}:{self.port}").rstrip("/")

    @property
    def secret(self) -> bytes:
        if not self.secret_key:
            raise ConfigError("JOBFAIR_SECRET_KEY is not set")
        return self.secret_key.encode()

    def require_servers(self) -> tuple[str, str]:
        """The broker and database a production process must be given."""
        if not self.kafka_bootstrap:
            raise ConfigError("JOBFAIR_KAFKA_BOOTSTRAP is not set (e.g. 127.0.0.1:9092)")
        if not self.database_url:
            raise ConfigError(
                "JOBFAIR_DATABASE_URL is not set (e.g. postgresql://jobfair@127.0.0.1/jobfair)"
            )
        return self.kafka_bootstrap, self.database_url

    def to_env(self) -> dict[str, str]:
        """The variables that reproduce these settings in a child process."""
        env: dict[str, str] = {}
        for field, var, _, _ in SETTINGS_DOC:
            value = getattr(self, field)
            if value is not None:
                env[var] = str(value)
        return env


def markdown_table() -> str:
    """README's settings table, one row per :data:`SETTINGS_DOC` entry, in its order."""
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    for _, var, default, meaning in SETTINGS_DOC:
        cells = (f"`{var}`", default, meaning)
        rows.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(rows) + "\n"


def _convert(var: str, raw: str, type_name: str) -> object:
    if "int" in type_name:
        try:
            return int(raw)
        except ValueError:
            raise ConfigError(f"{var} must be an integer, got {raw!r}") from None
    if "Path" in type_name:
        return Path(raw)
    return raw


def main(argv: list[str] | None = None) -> int:
    """``python -m jobfair.settings --markdown``: print README's settings table."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    if args != ["--markdown"]:
        print("usage: python -m jobfair.settings --markdown", file=sys.stderr)
        return 2
    sys.stdout.write(markdown_table())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
