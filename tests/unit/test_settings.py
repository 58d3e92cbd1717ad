"""Settings come only from JOBFAIR_* variables; Faust's own variables cannot reach the app."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jobfair.errors import ConfigError
from jobfair.settings import (
    SECRET_KEY_MIN_CHARS,
    SETTINGS_DOC,
    Settings,
    main,
    markdown_table,
)


def test_reads_and_converts_documented_variables() -> None:
    s = Settings.from_env({
        "JOBFAIR_KAFKA_BOOTSTRAP": "k1:9092,k2:9092", "JOBFAIR_TOPIC_PARTITIONS": "12",
        "JOBFAIR_DATA_DIR": "/srv/jf", "JOBFAIR_BROKER": "tansu", "PATH": "/bin",
    })
    assert s.kafka_bootstrap == "k1:9092,k2:9092"
    assert s.topic_partitions == 12
    assert s.data_dir == Path("/srv/jf")
    assert s.broker_kind == "tansu"
    assert Settings.from_env({}) == Settings()


@pytest.mark.parametrize(("env", "message"), [
    ({"JOBFAIR_PORTT": "1"}, "unknown setting JOBFAIR_PORTT"),
    ({"JOBFAIR_PORT": "eighty"}, "JOBFAIR_PORT must be an integer"),
    ({"JOBFAIR_BROKER": "redpanda"}, "JOBFAIR_BROKER must be"),
    ({"JOBFAIR_TOPIC_PARTITIONS": "0"}, "must be ≥ 1"),
    ({"JOBFAIR_SECRET_KEY": "short"}, "at least 16"),
])
def test_bad_settings_are_named(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Settings.from_env(env)


def test_every_field_is_documented_and_round_trips_through_env() -> None:
    import dataclasses

    fields = {f.name for f in dataclasses.fields(Settings)}
    assert fields == {row[0] for row in SETTINGS_DOC}
    s = Settings(kafka_bootstrap="a:1", database_url="postgresql://x/y", port=9000,
                 secret_key="0123456789abcdef0123")
    assert Settings.from_env(s.to_env()) == s


def test_faust_ignores_its_unprefixed_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from streams.app import create_app

    monkeypatch.setenv("BROKER_URL", "kafka://evil:1")
    monkeypatch.setenv("WEB_PORT", "1234")
    monkeypatch.setenv("APP_STORE", "rocksdb://")
    app = create_app(Settings(kafka_bootstrap="127.0.0.1:9092"))
    assert str(app.conf.broker[0]) == "kafka://127.0.0.1:9092"
    assert app.conf.web_port != 1234
    assert str(app.conf.store) == "memory:"
    assert app.conf.topic_partitions == 4


README_TABLE = re.compile(
    r"<!-- settings-table:start -->\n(.*?)<!-- settings-table:end -->", re.DOTALL
)


def test_rendered_table_has_one_row_per_field_in_order() -> None:
    import dataclasses

    table = markdown_table()
    rows = table.splitlines()[2:]
    fields = [f.name for f in dataclasses.fields(Settings)]
    variables = [var for _, var, _, _ in SETTINGS_DOC]
    assert len(rows) == len(fields) == len(variables)
    for row, (field, var, default, _) in zip(rows, SETTINGS_DOC, strict=True):
        assert row.startswith(f"| `{var}` | {default} | "), row
        assert field in fields
    assert f"at least {SECRET_KEY_MIN_CHARS} characters" in table


def test_readme_settings_section_is_the_rendered_table() -> None:
    """Between its markers README holds exactly ``python -m jobfair.settings --markdown``;
    until the markers exist, every variable must at least appear somewhere in README."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = README_TABLE.search(readme)
    if section is not None:
        assert section.group(1).strip() == markdown_table().strip(), (
            "README's settings table differs from `python -m jobfair.settings --markdown`"
        )
    assert [var for _, var, _, _ in SETTINGS_DOC if var not in readme] == []


def test_markdown_cli_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--markdown"]) == 0
    assert capsys.readouterr().out == markdown_table()
    assert main([]) == 2
