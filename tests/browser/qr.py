"""Decode a QR code PNG as a phone's scanner would (zxing-cpp on the image)."""

from __future__ import annotations

import io

import zxingcpp  # type: ignore[import-not-found,unused-ignore]
from PIL import Image


def decode_qr(png: bytes) -> str:
    results = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)).convert("L"))
    assert len(results) == 1, results
    return str(results[0].text)
