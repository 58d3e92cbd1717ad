"""A :class:`~jobfair.reporting.query.Report` -> a terminal table, CSV or XLSX.

All three are built from the same rows (:func:`rows`): one per kind of fair and the grand
total (汇总), one per fair (场次) and one per employer of each fair (单位), each with the
figures of :data:`~jobfair.reporting.figures.FIGURES` in order. CSV is UTF-8 with a BOM so
Excel shows the Chinese headers; XLSX (openpyxl) has one sheet per level plus 指标说明.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from pathlib import Path

from jobfair.reporting.figures import BY_KEY, EMPLOYER_KEYS, FIGURES, KIND_LABELS, women_share
from jobfair.reporting.query import Report

Cell = str | int
SUMMARY, FAIRS, EMPLOYERS = "汇总", "场次", "单位"
WOMEN_SHARE = "女性占比(填写者中)"
ID_COLUMNS = ["层级", "类型", "场次", "开始日期", "场次编号", "单位", "展位"]


def _keys(report: Report) -> list[str]:
    return ["fairs", *report.keys]


def header(report: Report) -> list[str]:
    return [*ID_COLUMNS, *(BY_KEY[k].label for k in _keys(report)), WOMEN_SHARE]


def rows(report: Report) -> dict[str, list[list[Cell]]]:
    """The three levels, each a list of rows matching :func:`header`."""
    keys = _keys(report)

    def line(
        level: str, kind: str, figures: dict[str, int], fair: list[Cell], employer: list[Cell]
    ) -> list[Cell]:
        return [
            level,
            KIND_LABELS.get(kind, kind),
            *fair,
            *employer,
            *(figures.get(k, "") for k in keys),
            women_share(figures),
        ]

    summary = [line(SUMMARY, kind, figs, ["", "", ""], ["", ""]) for kind, figs in report.by_kind()]
    summary.append(line(SUMMARY, "合计", report.totals(), ["", "", ""], ["", ""]))
    fairs, employers = [], []
    for f in report.fairs:
        ident: list[Cell] = [f.name, f.starts_at.date().isoformat(), str(f.fair_id)]
        fairs.append(line(FAIRS, f.kind, {**f.figures, "fairs": 1}, ident, ["", ""]))
        employers += [
            line(EMPLOYERS, f.kind, e.figures, ident, [e.name, e.booth]) for e in f.employers
        ]
    return {SUMMARY: summary, FAIRS: fairs, EMPLOYERS: employers}


def to_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header(report))
    for level in rows(report).values():
        writer.writerows(level)
    return "\ufeff" + out.getvalue()


def write_xlsx(report: Report, path: Path) -> None:
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.styles import Font  # type: ignore[import-untyped]

    book = Workbook()
    first = True
    for title, level in rows(report).items():
        sheet = book.active if first else book.create_sheet()
        assert sheet is not None
        first = False
        sheet.title = title
        sheet.append(header(report))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in level:
            sheet.append(row)
        sheet.freeze_panes = "A2"
    notes = book.create_sheet("指标说明")
    notes.append(["指标", "key", "definition"])
    for fig in FIGURES:
        if fig.key in _keys(report):
            notes.append([fig.label, fig.key, fig.definition])
    book.save(path)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * (width - _width(text))
    return gap + text if right else text + gap


def _grid(head: list[str], body: list[list[Cell]]) -> list[str]:
    cells = [head, *([str(c) for c in row] for row in body)]
    widths = [max(_width(row[i]) for row in cells) for i in range(len(head))]
    return [
        "  ".join(
            _pad(c, w, i > 0 and r > 0 and c[:1].isdigit())
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        )
        for r, row in enumerate(cells)
    ]


def to_table(report: Report) -> str:
    """One fair: its figures as a list, then one line per employer. A period: the totals by
    kind of fair, then one line per fair."""
    keys = _keys(report)
    lines: list[str] = []
    if len(report.fairs) == 1 and report.start is None and report.end is None:
        f = report.fairs[0]
        lines.append(
            f"{f.name}  ({KIND_LABELS.get(f.kind, f.kind)}, "
            f"{f.starts_at.date().isoformat()}, {f.fair_id})"
        )
        figs: list[list[Cell]] = [[BY_KEY[k].label, f.figures[k]] for k in keys if k != "fairs"]
        figs.append([WOMEN_SHARE, women_share(f.figures)])
        lines += _grid(["指标", "数值"], figs)
        if f.employers:
            lines.append("")
            lines += _grid(
                ["单位", "展位", *(BY_KEY[k].label for k in EMPLOYER_KEYS)],
                [[e.name, e.booth, *(e.figures[k] for k in EMPLOYER_KEYS)] for e in f.employers],
            )
        return "\n".join(lines)
    period = f"{report.start or '…'} – {report.end or '…'}"
    lines.append(f"招聘会统计 {period}: {len(report.fairs)} 场")
    labels = [BY_KEY[k].label for k in keys]
    groups = [*report.by_kind(), ("合计", report.totals())]
    lines += _grid(
        ["类型", *labels, WOMEN_SHARE],
        [
            [KIND_LABELS.get(kind, kind), *(t[k] for k in keys), women_share(t)]
            for kind, t in groups
        ],
    )
    if report.fairs:
        lines.append("")
        lines += _grid(
            ["场次", "日期", *labels[1:]],
            [
                [f.name, f.starts_at.date().isoformat(), *(f.figures[k] for k in keys[1:])]
                for f in report.fairs
            ],
        )
    return "\n".join(lines)
