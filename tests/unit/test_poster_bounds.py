"""A booth poster is bounded work (issue 13 item 2): however many posts the booth has, the
poster is drawn from at most MAX_LINES lines, with a handful of renders (bisection), where the
old loop drew once per dropped line (400 posts 10.6 s, 2,000 posts 91 s on the event loop)."""

from __future__ import annotations

import math
from typing import Any

import pytest

from domain import posters as drawing
from web.setup import posters

URL = "https://jobfair.example.org/q/" + "A" * 40


@pytest.mark.parametrize("n", [0, 5, 400, 2000])
def test_renders_are_few_and_bounded(n: int, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def counted(**kw: Any) -> str:
        calls.append(len(kw["lines"]))
        return drawing.poster_svg(**kw)

    monkeypatch.setattr(posters, "poster_svg", counted)
    lines = [f"客服专员{i}（招 3 人）· 妈妈岗" + "很长的岗位名称" * (i % 4) for i in range(n)]
    svg = posters._svg("明珠电商", "展位 A1", URL, lines)
    assert svg.startswith("<svg")
    assert len(calls) <= 3 + math.ceil(math.log2(posters.MAX_LINES))
    assert max(calls) <= posters.MAX_LINES
