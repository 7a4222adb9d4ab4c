"""Pages of the report's PDF as PNG images, so a reader can see the report without running anything."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

__all__ = ["pdf_page_pngs"]


def pdf_page_pngs(pdf: Path | bytes, pages: Sequence[int], dpi: int = 80) -> dict[int, bytes]:
    """The chosen pages (numbered from 1; past the end are left out) of a PDF as PNG bytes."""
    import pypdfium2 as pdfium  # only this command needs PDFium

    document = pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    try:
        images: dict[int, bytes] = {}
        for number in pages:
            if not 1 <= number <= len(document):
                continue
            bitmap = document[number - 1].render(scale=dpi / 72)
            buffer = io.BytesIO()
            bitmap.to_pil().save(buffer, format="PNG", optimize=True)
            images[number] = buffer.getvalue()
        return images
    finally:
        document.close()
