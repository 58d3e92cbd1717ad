"""Printable A4 posters and QR images for fairs, booths and posts.

Data flow: web/ builds a QR URL from a signed token (domain.tokens) and the texts to show, calls
poster_svg and serves the string as image/svg+xml for the organiser to print; qr_png and qr_svg
serve the bare code for slides, livestream overlays and chat messages. Nothing is read or
written here; segno draws the code.

The poster is one SVG document with a 210 x 297 viewBox in millimetres, so any browser prints
it at true A4 size. The QR code is embedded as a nested vector <svg> (segno's own output), so it
stays sharp at any print resolution; its quiet zone is part of the nested symbol.
"""

from __future__ import annotations

import io
import re
import unicodedata
from xml.sax.saxutils import escape

import segno

__all__ = ["FONT_FAMILY", "poster_svg", "qr_png", "qr_svg"]

FONT_FAMILY = (
    "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"
)

PAGE_W = 210.0
PAGE_H = 297.0
MARGIN = 15.0
TEXT_W = PAGE_W - 2 * MARGIN
QR_SIZE = 110.0
QR_BORDER = 4
FOOTER_Y = PAGE_H - 12.0
MIN_BODY_SIZE = 4.0
LINE_GAP = 1.4

# Characters XML 1.0 forbids even when escaped; a stray one would make the whole poster unparseable.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def qr_png(url: str, scale: int = 8) -> bytes:
    """The QR code for `url` as a PNG, `scale` pixels per module, with the standard quiet zone."""
    _check_scale(scale)
    out = io.BytesIO()
    _make_qr(url).save(out, kind="png", scale=scale, border=QR_BORDER)
    return out.getvalue()


def qr_svg(url: str, scale: int = 8) -> str:
    """The QR code for `url` as a standalone SVG document."""
    _check_scale(scale)
    out = io.BytesIO()
    _make_qr(url).save(out, kind="svg", scale=scale, border=QR_BORDER, xmldecl=False, nl=False)
    return out.getvalue().decode("utf-8")


def poster_svg(*, title: str, subtitle: str, qr_url: str, lines: list[str], footer: str) -> str:
    """An A4 poster: title, subtitle, a large QR code with its URL, body lines and a footer.

    Long texts wrap; if the body does not fit between the code and the footer its font shrinks,
    down to a size still legible at arm's length, and beyond that a ValueError says so.
    """
    parts: list[str] = [
        '<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm" '
        f'viewBox="0 0 {PAGE_W:g} {PAGE_H:g}" font-family="{FONT_FAMILY}">',
        f'<rect width="{PAGE_W:g}" height="{PAGE_H:g}" fill="#fff"/>',
    ]
    y = 18.0
    for size, weight, text in ((13.0, "bold", title), (7.0, "normal", subtitle)):
        wrapped = _wrap(text, size)
        if len(wrapped) > 2:
            # Headings get two lines at most; shrink rather than push the code off the page.
            size *= 0.75
            wrapped = _wrap(text, size)
        for line in wrapped:
            y += size
            parts.append(_text(line, y, size, weight=weight))
        y += size * (LINE_GAP - 1) + 2

    y += 2
    parts.append(_embedded_qr(qr_url, x=(PAGE_W - QR_SIZE) / 2, y=y, size=QR_SIZE))
    y += QR_SIZE
    for line in _wrap(qr_url, 3.2, monospace=True):
        y += 3.2 * LINE_GAP
        parts.append(_text(line, y, 3.2, family="monospace", fill="#444"))
    y += 4

    body_size, body = _fit_body(lines, room=FOOTER_Y - 8 - y)
    for line in body:
        y += body_size * LINE_GAP
        parts.append(_text(line, y, body_size))

    footer_lines = _wrap(footer, 4.0)
    fy = FOOTER_Y - 4.0 * LINE_GAP * (len(footer_lines) - 1)
    for line in footer_lines:
        parts.append(_text(line, fy, 4.0, fill="#555"))
        fy += 4.0 * LINE_GAP
    parts.append("</svg>")
    return "\n".join(parts)


def _make_qr(url: str) -> segno.QRCode:
    # Level M fixes the version (tokens are sized for it); boost_error then spends any spare
    # capacity of that version on stronger error correction, which helps a creased poster.
    return segno.make_qr(url, error="m", boost_error=True)


def _check_scale(scale: int) -> None:
    if scale < 1:
        raise ValueError("scale must be at least 1 pixel per module")


def _embedded_qr(url: str, *, x: float, y: float, size: float) -> str:
    out = io.BytesIO()
    _make_qr(url).save(
        out,
        kind="svg",
        border=QR_BORDER,
        xmldecl=False,
        svgns=True,
        omitsize=True,
        nl=False,
        svgclass=None,
        lineclass=None,
        svgid="qr",
    )
    svg = out.getvalue().decode("utf-8")
    # segno emits a viewBox and no size; giving the nested <svg> a box scales it into place.
    placed = f'<svg x="{x:g}" y="{y:g}" width="{size:g}" height="{size:g}" '
    return svg.replace("<svg ", placed, 1)


def _fit_body(lines: list[str], room: float) -> tuple[float, list[str]]:
    size = 7.0
    while size >= MIN_BODY_SIZE:
        wrapped = [w for line in lines for w in _wrap(line, size)]
        if len(wrapped) * size * LINE_GAP <= room:
            return size, wrapped
        size -= 0.5
    raise ValueError("too much text for one poster; shorten the lines")


def _text(
    line: str,
    y: float,
    size: float,
    *,
    weight: str = "normal",
    family: str | None = None,
    fill: str = "#111",
) -> str:
    font = f' font-family="{family}"' if family else ""
    return (
        f'<text x="{PAGE_W / 2:g}" y="{y:.2f}" font-size="{size:g}" font-weight="{weight}"'
        f'{font} fill="{fill}" text-anchor="middle">{escape(line)}</text>'
    )


def _wrap(text: str, size: float, *, monospace: bool = False) -> list[str]:
    """Greedy wrap by estimated width; CJK text has no spaces, so break between characters."""
    out: list[str] = []
    for para in _XML_INVALID.sub("", text).splitlines():
        line, width = "", 0.0
        for ch in para:
            w = _char_em(ch, monospace) * size
            if line and width + w > TEXT_W:
                out.append(line.rstrip())
                line, width = "", 0.0
                if ch == " ":
                    continue
            line += ch
            width += w
        if line.strip():
            out.append(line.rstrip())
    return out


def _char_em(ch: str, monospace: bool) -> float:
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 1.0
    # Latin in a proportional CJK font averages a little over half an em; monospace is 0.6.
    return 0.6 if monospace else 0.55
