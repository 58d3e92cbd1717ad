"""`jobfair dev` prints the organiser page as the web address (issue 10 item 4)."""

from __future__ import annotations

import pytest

from jobfair import dev
from jobfair.settings import Settings


def test_banner_prints_the_organiser_page(capsys: pytest.CaptureFixture[str]) -> None:
    s = Settings(port=8123, kafka_bootstrap="127.0.0.1:9092", organiser_token="t" * 20)
    dev._banner(s, 1.0, [])
    out = capsys.readouterr().out
    assert "http://127.0.0.1:8123/organiser" in out
    assert "http://127.0.0.1:8123/\n" not in out
