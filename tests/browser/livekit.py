"""Helpers of the live/rooms browser tests (issue 11): a livestream fair made through the
organiser API, QR decoding of what the page shows, WCAG contrast from rendered colours, and
overlay screenshots composed over a dark and a bright video frame (as OBS composes them)."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx2 as httpx
from PIL import Image, ImageDraw, ImageFilter

from tests.browser.floorkit import MAMA_FLEX, made
from tests.conftest import poll

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
FULL_HD = {"width": 1920, "height": 1080}
TEXT_COLOURS_JS = """
(root) => {
  const out = [];
  for (const el of root.querySelectorAll('*')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    const box = el.getBoundingClientRect();
    if (!own || box.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const bg = getComputedStyle(e).backgroundColor;
      layers.push(bg);
      if (bg.startsWith('rgb(')) break;  // opaque: nothing behind it shows through
    }
    out.push({text: el.textContent.trim().slice(0, 30), color: getComputedStyle(el).color,
              layers, size: parseFloat(getComputedStyle(el).fontSize)});
  }
  return out;
}
"""
BOXES_JS = """
(root) => [root, ...root.querySelectorAll('*')].map(e => {
  const r = e.getBoundingClientRect();
  return {tag: e.tagName, id: e.id, x: r.left, y: r.top, w: r.width, h: r.height};
}).filter(b => b.w > 0 && b.h > 0)
"""


def until(page: Any, js: str, arg: Any = None, timeout: float = 20) -> Any:
    """Poll a page expression (or ``(arg) => ...`` function) until truthy, with a deadline.
    Not ``wait_for_function``: its predicate is compiled by ``eval`` inside the page, which
    the pages' Content-Security-Policy (rightly) forbids."""
    return poll(lambda: page.evaluate(js, arg), timeout=timeout, what=js[:80])


def make_fair(api: httpx.Client, auth: dict[str, str]) -> tuple[dict[str, Any], list[str]]:
    """A livestream fair under way with one employer and two posts (the first a 妈妈岗)."""
    start = datetime.now(UTC) - timedelta(minutes=5)
    fair = made(
        api,
        auth,
        "/api/fairs",
        {
            "name": "春风行动·直播带岗专场",
            "kind": "livestream",
            "starts_at": start.isoformat(),
            "ends_at": (start + timedelta(hours=4)).isoformat(),
        },
    )
    employer = made(
        api,
        auth,
        "/api/employers",
        {
            "fair_id": fair["id"],
            "name": "明珠电商直播基地",
            "booth": "A03",
            "interview_tables": 2,
            "slot_minutes": 10,
        },
    )
    posts = [
        made(
            api,
            auth,
            "/api/posts",
            {
                "employer_id": employer["id"],
                "title": "直播运营助理",
                "headcount": 5,
                "description": "弹性上下班，可接送孩子。",
                "flex": MAMA_FLEX,
            },
        )["id"],
        made(
            api,
            auth,
            "/api/posts",
            {
                "employer_id": employer["id"],
                "title": "电商客服专员",
                "headcount": 8,
                "description": "男女不限，提供午餐。",
            },
        )["id"],
    ]
    return fair, posts


def local(url: str, web_url: str) -> str:
    """A link as the platform prints it (JOBFAIR_BASE_URL), opened on the test's web process."""
    parts = urlsplit(url)
    return f"{web_url}{parts.path}" + (f"?{parts.query}" if parts.query else "")


def _rgba(css: str) -> tuple[float, float, float, float]:
    inner = css[css.index("(") + 1 : css.index(")")].replace("/", ",")
    parts = [float(p) for p in inner.replace(",", " ").split()]
    return (parts[0], parts[1], parts[2], parts[3] if len(parts) > 3 else 1.0)


def _over(top: tuple[float, ...], below: tuple[float, float, float]) -> tuple[float, ...]:
    a = top[3]
    return tuple(top[i] * a + below[i] * (1 - a) for i in range(3))


def _luminance(rgb: tuple[float, ...]) -> float:
    def lin(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(c) for c in rgb[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(fg: tuple[float, ...], bg: tuple[float, ...]) -> float:
    hi, lo = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def worst_contrast(item: dict[str, Any], frames: list[tuple[float, float, float]]) -> float:
    """The text's lowest WCAG contrast over each video frame colour: its background layers
    (outermost first) composed over the frame, then the text colour composed over that."""
    worst = 21.0
    for frame in frames:
        ground: tuple[float, ...] = frame
        for layer in reversed(item["layers"]):
            ground = _over(_rgba(layer), ground[:3])  # type: ignore[arg-type]
        text = _over(_rgba(item["color"]), ground[:3])  # type: ignore[arg-type]
        worst = min(worst, contrast(text, ground))
    return worst


def frame(kind: str, size: tuple[int, int] = (1920, 1080)) -> Image.Image:
    """A stand-in video frame: a dark stage or a bright studio, with a person in the middle."""
    w, h = size
    top, bottom, person = (
        ((8, 12, 24), (34, 44, 62), (70, 60, 55))
        if kind == "dark"
        else ((255, 255, 255), (246, 236, 210), (238, 205, 180))
    )
    img = Image.new("RGB", size)
    draw = ImageDraw.Draw(img)
    for y in range(h):
        t = y / (h - 1)
        draw.line(
            [(0, y), (w, y)],
            fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    draw.ellipse([w * 0.42, h * 0.18, w * 0.58, h * 0.48], fill=person)  # head
    draw.rounded_rectangle([w * 0.33, h * 0.45, w * 0.67, h * 1.05], 120, fill=person)
    lamp = (255, 244, 214) if kind == "dark" else (255, 255, 255)
    draw.ellipse([w * 0.05, h * 0.05, w * 0.2, h * 0.25], fill=lamp)
    return img.filter(ImageFilter.GaussianBlur(6))


def save_small(png: bytes | Image.Image, path: Path, scale: float) -> None:
    """A screenshot scaled down for the README (small PNGs in git)."""
    img = png if isinstance(png, Image.Image) else Image.open(io.BytesIO(png)).convert("RGB")
    path.parent.mkdir(parents=True, exist_ok=True)
    small = img.resize((int(img.width * scale), int(img.height * scale)), Image.LANCZOS)
    # 256 colours (octree keeps the few saturated ones, e.g. the 妈妈岗 yellow): a third the bytes
    small.quantize(256, Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(
        path, optimize=True
    )


def compose(overlay_png: bytes, kind: str, path: Path, scale: float = 2 / 3) -> Image.Image:
    """The transparent overlay screenshot over a frame (what OBS shows), saved smaller."""
    over = Image.open(io.BytesIO(overlay_png)).convert("RGBA")
    base = frame(kind, over.size).convert("RGBA")
    out = Image.alpha_composite(base, over).convert("RGB")
    save_small(out, path, scale)
    return out


def frame_colours() -> list[tuple[float, float, float]]:
    """The extremes any video frame can be under a panel: black and white, plus the two
    stand-in frames' mean colours."""
    out: list[tuple[float, float, float]] = [(0.0, 0.0, 0.0), (255.0, 255.0, 255.0)]
    for kind in ("dark", "bright"):
        px = frame(kind, (192, 108)).resize((1, 1)).getpixel((0, 0))
        assert isinstance(px, tuple)
        out.append((float(px[0]), float(px[1]), float(px[2])))
    return out
