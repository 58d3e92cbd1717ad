"""Posters and QR images: valid SVG, escaped text, and codes a real decoder reads back."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET

import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from domain.posters import FONT_FAMILY, poster_svg, qr_png, qr_svg
from domain.tokens import QrKind, issue_qr_token, new_qr_code

SVG = "{http://www.w3.org/2000/svg}"
URL = "https://jobfair.example.org/q/" + issue_qr_token(
    b"k" * 32, QrKind.FAIR, bytes.fromhex("8899aabbccddeeff"), 1_800_000_000
)


def _decode_png(png: bytes) -> list[str]:
    return [b.text for b in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))]


def _poster(**overrides: object) -> str:
    args: dict[str, object] = {
        "title": "2025年春季女性专场招聘会",
        "subtitle": "妈妈岗专区 · 3月8日 09:00–16:00 · 市民中心一楼",
        "qr_url": URL,
        "lines": ["扫码签到，免排队", "现场岗位 128 个，其中妈妈岗 36 个"],
        "footer": "主办：市妇联 市人力资源和社会保障局",
    }
    args.update(overrides)
    return poster_svg(**args)  # type: ignore[arg-type]


def _rasterize_qr(svg_root: ET.Element, scale: int = 8) -> bytes:
    """Draw the poster's embedded QR symbol exactly as its SVG path says, into a PNG.

    segno writes each dark run as a horizontal stroke one module high: "M x y" / "m dx dy"
    move the pen (y is the row's centre line), "h n" draws n modules to the right.
    """
    qr = svg_root.find(f".//{SVG}svg[@id='qr']")
    assert qr is not None, "poster has no embedded QR code"
    _, _, width, height = (int(float(v)) for v in qr.attrib["viewBox"].split())
    paths = qr.findall(f"{SVG}path")
    assert len(paths) == 1
    image = Image.new("L", (width * scale, height * scale), 255)
    draw = ImageDraw.Draw(image)
    x = y = 0.0
    for cmd, args in re.findall(r"([A-Za-z])([^A-Za-z]*)", paths[0].attrib["d"]):
        nums = [float(n) for n in args.replace(",", " ").split()]
        if cmd in "Mm":
            x, y = (nums[0], nums[1]) if cmd == "M" else (x + nums[0], y + nums[1])
        elif cmd == "h":
            top = (y - 0.5) * scale
            draw.rectangle([x * scale, top, (x + nums[0]) * scale - 1, top + scale - 1], fill=0)
            x += nums[0]
        else:
            raise AssertionError(f"unexpected path command {cmd!r} from segno")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


@pytest.mark.parametrize("scale", [2, 4, 8])
def test_qr_png_decodes_back_to_the_url(scale: int) -> None:
    png = qr_png(URL, scale=scale)
    assert png.startswith(b"\x89PNG")
    assert _decode_png(png) == [URL]


@given(kind=st.sampled_from(QrKind), code=st.builds(new_qr_code))
@settings(max_examples=15, deadline=None)
def test_any_token_url_decodes_back(kind: QrKind, code: bytes) -> None:
    url = "https://jobfair.example.org/q/" + issue_qr_token(b"k" * 32, kind, code, 2**32 - 1)
    assert _decode_png(qr_png(url, scale=3)) == [url]


def test_qr_svg_is_a_standalone_svg() -> None:
    root = ET.fromstring(qr_svg(URL))
    assert root.tag == f"{SVG}svg"
    assert root.find(f"{SVG}path") is not None


def test_bad_scale_is_rejected() -> None:
    with pytest.raises(ValueError):
        qr_png(URL, scale=0)


def test_poster_is_a4_svg_with_cjk_fonts_and_texts() -> None:
    root = ET.fromstring(_poster())
    assert root.tag == f"{SVG}svg"
    assert root.attrib["viewBox"] == "0 0 210 297"
    assert (root.attrib["width"], root.attrib["height"]) == ("210mm", "297mm")
    assert root.attrib["font-family"] == FONT_FAMILY
    for font in ("Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei"):
        assert font in FONT_FAMILY
    texts = [t.text for t in root.iter(f"{SVG}text")]
    for expected in ("2025年春季女性专场招聘会", "扫码签到，免排队", URL):
        assert expected in texts


def test_poster_qr_decodes_back_to_the_url() -> None:
    png = _rasterize_qr(ET.fromstring(_poster()))
    assert _decode_png(png) == [URL]


def test_poster_qr_sits_inside_the_page() -> None:
    qr = ET.fromstring(_poster()).find(f".//{SVG}svg[@id='qr']")
    assert qr is not None
    x, y = float(qr.attrib["x"]), float(qr.attrib["y"])
    size = float(qr.attrib["width"])
    assert size >= 80  # readable from a few metres away
    assert 0 <= x <= 210 - size
    assert 0 <= y <= 297 - size


def test_poster_escapes_markup() -> None:
    hostile = '<script>alert("x")</script> & </text><svg onload="1">'
    root = ET.fromstring(_poster(title=hostile, lines=[hostile], footer=hostile))
    assert root.find(f".//{SVG}script") is None
    joined = "".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert "<script>" in joined


def test_long_lines_wrap_within_the_page() -> None:
    long_line = "本岗位支持弹性上下班和居家办公，" * 8
    root = ET.fromstring(_poster(lines=[long_line]))
    texts = [t.text or "" for t in root.iter(f"{SVG}text")]
    assert long_line not in texts
    assert long_line in "".join(texts)
    for t in root.iter(f"{SVG}text"):
        assert 0 < float(t.attrib["y"]) < 297


def test_too_much_text_is_refused() -> None:
    with pytest.raises(ValueError):
        _poster(lines=["妈妈岗"] * 200)


@given(text=st.text(max_size=60), lines=st.lists(st.text(max_size=40), max_size=4))
@settings(max_examples=60, deadline=None)
def test_any_text_gives_well_formed_svg(text: str, lines: list[str]) -> None:
    ET.fromstring(_poster(title=text, subtitle=text, lines=lines, footer=text))
