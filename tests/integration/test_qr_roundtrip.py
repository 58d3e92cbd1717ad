"""A printed poster's QR code, read by a real decoder (zxing-cpp), leads to the fair's check-in
page; altered and expired tokens are refused.

The poster's own vector code is rasterised (its segno path is rows of unit-high runs) and
decoded, so the test reads what would be printed, not a second rendering of the URL; the PNG
endpoint for screens is decoded too.
"""

from __future__ import annotations

import io
import re
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import segno
import zxingcpp
from PIL import Image, ImageDraw
from starlette.testclient import TestClient

from domain.tokens import QrKind, TokenExpired, TokenForged, verify_qr_token
from jobfair.settings import Settings

pytestmark = pytest.mark.integration
NESTED_QR = re.compile(r'<svg x="[^"]+" y="[^"]+"[^>]*viewBox="0 0 (\d+) \d+"[^>]*>'
                       r'<path[^>]* d="([^"]+)"')
PATH_OP = re.compile(r"([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?")


@pytest.fixture
def client(organiser_client: TestClient) -> TestClient:
    return organiser_client  # tests/integration/conftest.py


def rasterise_poster_qr(svg: str, px: int = 8) -> Image.Image:
    """Draw the poster's nested QR <path> (segno: M/m moves, h runs on half-unit rows)."""
    match = NESTED_QR.search(svg)
    assert match, "no nested QR code in the poster"
    size, path = int(match.group(1)), match.group(2)
    img = Image.new("L", (size * px, size * px), 255)
    draw = ImageDraw.Draw(img)
    x = y = 0.0
    for op, a, b in PATH_OP.findall(path):
        if op == "M":
            x, y = float(a), float(b)
        elif op == "m":
            x, y = x + float(a), y + float(b)
        else:
            row = int(y)  # a run at y = row + 0.5 covers row .. row + 1
            draw.rectangle([x * px, row * px, (x + float(a)) * px - 1, (row + 1) * px - 1], 0)
            x += float(a)
    return img


def decode(img: Image.Image) -> str:
    results = zxingcpp.read_barcodes(img)
    assert len(results) == 1, results
    assert results[0].format == zxingcpp.BarcodeFormat.QRCode
    return str(results[0].text)


def make_fair(client: TestClient, *, ends_in: timedelta = timedelta(hours=6)) -> dict[str, Any]:
    end = datetime.now(UTC) + ends_in
    r = client.post("/api/fairs", json={
        "name": "女大学生专场招聘会", "kind": "onsite", "starts_at": (end - timedelta(hours=5)
                                                                  ).isoformat(),
        "ends_at": end.isoformat(), "venue": "大学体育馆"})
    assert r.status_code == 201, r.text
    body: dict[str, Any] = r.json()
    return body


def check_in_page_exists(client: TestClient) -> bool:
    """Issue 4 owns /f/{token}; until it lands the token itself is checked instead."""
    return any(getattr(r, "path", "") == "/f/{token}" for r in client.app.routes)  # type: ignore[attr-defined]


def test_printed_entrance_poster_leads_to_the_fair(
    settings: Settings, client: TestClient, db: Callable[..., Any]
) -> None:
    fair = make_fair(client)
    index = client.get(f"/api/fairs/{fair['id']}/posters").json()
    entrance = next(p for p in index if p["kind"] == "fair")
    poster = client.get(entrance["poster_url"])
    assert poster.status_code == 200 and poster.headers["content-type"].startswith("image/svg")
    assert 'viewBox="0 0 210 297"' in poster.text  # A4 in millimetres
    url = decode(rasterise_poster_qr(poster.text))
    assert url == fair["entrance_qr_url"] == entrance["qr_url"]
    screen_png = client.get(entrance["qr_png_url"])
    assert decode(Image.open(io.BytesIO(screen_png.content))) == url
    version = segno.make_qr(url, error="m").version
    assert isinstance(version, int) and version <= 6
    assert url.startswith(f"{settings.base_url}/f/")
    token = url.rsplit("/", 1)[1]
    assert len(token) == 32 and fair["id"] not in url and "%" not in url
    claims = verify_qr_token(settings.secret, token, int(datetime.now(UTC).timestamp()),
                             QrKind.FAIR)
    (row,) = db("SELECT id FROM fair WHERE qr_code = $1", claims.code)
    assert str(row["id"]) == fair["id"]
    ends = datetime.fromisoformat(fair["ends_at"])
    assert claims.expires_at == int(ends.timestamp()) + 24 * 3600
    if check_in_page_exists(client):
        del client.headers["authorization"]
        page = client.get(url.removeprefix(settings.base_url), headers={"accept": "text/html"})
        assert page.status_code == 200, page.text[:300]
        assert fair["name"] in page.text


def test_tampered_and_expired_tokens_are_refused(settings: Settings, client: TestClient) -> None:
    fair = make_fair(client)
    token = fair["entrance_qr_url"].rsplit("/", 1)[1]
    flipped = token[:10] + ("A" if token[10] != "A" else "B") + token[11:]
    now = int(datetime.now(UTC).timestamp())
    with pytest.raises(TokenForged):
        verify_qr_token(settings.secret, flipped, now, QrKind.FAIR)
    old = make_fair(client, ends_in=-timedelta(days=2))
    old_token = old["entrance_qr_url"].rsplit("/", 1)[1]
    with pytest.raises(TokenExpired):
        verify_qr_token(settings.secret, old_token, now, QrKind.FAIR)
    if check_in_page_exists(client):
        del client.headers["authorization"]
        for bad in (flipped, old_token, "x" * 32):
            page = client.get(f"/f/{bad}", headers={"accept": "text/html"})
            assert 400 <= page.status_code < 500, (bad, page.status_code)


def test_booth_and_post_codes_decode_to_their_urls(client: TestClient) -> None:
    fair = make_fair(client)
    emp = client.post("/api/employers", json={
        "fair_id": fair["id"], "name": "明珠电商", "booth": "A03", "interview_tables": 1,
        "slot_minutes": 10}).json()
    post = client.post("/api/posts", json={
        "employer_id": emp["id"], "title": "客服专员（可居家）", "headcount": 8,
        "description": "居家办公，男女不限", "flex": {"remote_share": 0.8}}).json()
    for kind, ident, url in (("booth", emp["id"], emp["booth_qr_url"]),
                             ("post", post["id"], post["post_qr_url"])):
        poster = client.get(f"/api/posters/{kind}/{ident}")
        assert poster.status_code == 200, poster.text
        assert decode(rasterise_poster_qr(poster.text)) == url
    assert "/b/" in emp["booth_qr_url"] and "/p/" in post["post_qr_url"]
    r = client.get(f"/api/posters/post/{uuid.uuid4()}")
    assert (r.status_code, r.json()["error"]) == (404, "unknown_post")
    del client.headers["authorization"]
    assert client.get(f"/api/posters/fair/{fair['id']}").status_code == 401
