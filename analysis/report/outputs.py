"""Report output files written all at once, so nothing is half-written if anything fails.

Only the standard library: a report of unchanged inputs is answered from the cache through this module
alone, without loading pandas or the text engine.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

OUTPUT_NAMES = ("report.html", "report.docx", "report.pdf", "report.md", "suppression_log.csv", "summaries")


def publish(out_dir: Path | str, fill: Callable[[Path], None]) -> list[Path]:
    """Let ``fill`` write the outputs into a temporary folder beside ``out_dir``, then move them in.

    Nothing reaches ``out_dir`` unless all of it was written; earlier outputs of the same names in
    ``out_dir`` are replaced, and anything else there (such as the cache file) is left alone.
    """
    out = Path(out_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        fill(staging)
        if not out.exists():
            os.replace(staging, out)
        else:
            for name in OUTPUT_NAMES:
                target = out / name
                if target.is_dir():
                    shutil.rmtree(target)
                os.replace(staging / name, target)
            shutil.rmtree(staging, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [out / name for name in OUTPUT_NAMES]


def read_outputs(out_dir: Path | str) -> dict[str, bytes]:
    """Every output file of a written report, by its path relative to ``out_dir``."""
    out = Path(out_dir)
    files: dict[str, bytes] = {}
    for name in OUTPUT_NAMES:
        path = out / name
        for item in sorted(path.rglob("*")) if path.is_dir() else [path]:
            if item.is_file():
                files[item.relative_to(out).as_posix()] = item.read_bytes()
    return files


def write_outputs(files: Mapping[str, bytes], out_dir: Path | str) -> list[Path]:
    """Write output files read earlier by :func:`read_outputs`, as a freshly built report would be."""

    def fill(staging: Path) -> None:
        for name, body in files.items():
            target = (staging / name).resolve()
            # Names come from read_outputs; refuse any that would land outside the staging folder.
            if staging.resolve() not in target.parents:
                raise ValueError(f"output name outside the report folder: {name}")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(body)
        (staging / "summaries").mkdir(exist_ok=True)

    return publish(out_dir, fill)
