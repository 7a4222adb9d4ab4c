"""`python -m analysis pages`: pages of the report's PDF as PNG images for docs/report-example/."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.__main__ import main
from analysis.report import build_report
from analysis.report.pdf import write_pdf
from tests.analysis.test_report import SPECS, codebooks, frames

# These tests read the PDF, so WeasyPrint lays it out (tests/conftest.py).
pytestmark = pytest.mark.pdf


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    doc = build_report(frames(40), SPECS, codebooks())
    return write_pdf(doc, tmp_path_factory.mktemp("pdf") / "report.pdf")


def test_chosen_pages_are_written_as_png_images(report_pdf: Path, tmp_path: Path, capsys) -> None:
    assert (
        main(["pages", "--pdf", str(report_pdf), "--pages", "1-2,4", "--dpi", "40", "--out", str(tmp_path)])
        == 0
    )
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == ["page-01.png", "page-02.png", "page-04.png"]
    for name in written:
        data = (tmp_path / name).read_bytes()
        assert data.startswith(b"\x89PNG")
        width = int.from_bytes(data[16:20], "big")
        assert width == round(210 / 25.4 * 40)  # an A4 page at 40 dpi
    assert "Wrote 3 page images" in capsys.readouterr().out


def test_pages_past_the_end_are_left_out(report_pdf: Path, tmp_path: Path) -> None:
    assert (
        main(["pages", "--pdf", str(report_pdf), "--pages", "1,999", "--dpi", "20", "--out", str(tmp_path)])
        == 0
    )
    assert [p.name for p in tmp_path.iterdir()] == ["page-01.png"]


def test_a_missing_or_corrupt_pdf_gets_a_message_and_writes_nothing(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    assert main(["pages", "--pdf", str(tmp_path / "none.pdf"), "--out", str(out)]) != 0
    assert "no such PDF" in capsys.readouterr().err
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 this is not a PDF")
    assert main(["pages", "--pdf", str(broken), "--out", str(out)]) != 0
    assert "could not be read as a PDF" in capsys.readouterr().err
    assert not out.exists()


def test_a_bad_page_list_is_refused(report_pdf: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["pages", "--pdf", str(report_pdf), "--pages", "one", "--out", str(tmp_path)])
