#!/usr/bin/env python3
"""Draw Voordeur's icon and write it in each platform's format to resources/icons/.

    .venv/bin/python scripts/icons.py

voordeur.png (256 px: the window icon, Linux desktop files), voordeur.ico (Windows: 16-256 px)
and voordeur.icns (macOS). The drawing is a front door (the app's name) in a house shape, in the
app's accent colour; it is made here with Qt so nobody has to keep a design file in step.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
ACCENT = "#1F6F78"  # the teal of the app's highlights
SIZE = 1024


def draw(size: int) -> object:
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPolygonF

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 100
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor(ACCENT)))
    p.drawRoundedRect(QRectF(4 * s, 4 * s, 92 * s, 92 * s), 20 * s, 20 * s)
    # the house: a roof and a wall in white
    p.setBrush(QBrush(QColor("#FFFFFF")))
    p.drawPolygon(QPolygonF([QPointF(50 * s, 16 * s), QPointF(84 * s, 46 * s),
                             QPointF(16 * s, 46 * s)]))
    p.drawRect(QRectF(24 * s, 44 * s, 52 * s, 40 * s))
    # the front door, ajar: a dark frame with a warm light inside and a knob
    p.setBrush(QBrush(QColor("#17545B")))
    p.drawRoundedRect(QRectF(39 * s, 52 * s, 22 * s, 32 * s), 2 * s, 2 * s)
    p.setBrush(QBrush(QColor("#F2B84B")))
    p.drawRect(QRectF(42 * s, 55 * s, 8 * s, 29 * s))
    p.setBrush(QBrush(QColor("#FFFFFF")))
    p.drawEllipse(QPointF(56 * s, 69 * s), 2 * s, 2 * s)
    p.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt up)
    OUT.mkdir(parents=True, exist_ok=True)
    big = OUT / "voordeur-1024.png"
    draw(SIZE).save(str(big))  # type: ignore[attr-defined]
    with Image.open(big) as image:
        image = image.convert("RGBA")
        image.resize((256, 256), Image.Resampling.LANCZOS).save(OUT / "voordeur.png")
        image.save(OUT / "voordeur.ico",
                   sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
        image.save(OUT / "voordeur.icns")
    big.unlink()
    for path in sorted(OUT.iterdir()):
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
