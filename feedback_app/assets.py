"""Copy the NHS.UK frontend's built assets into the static folder, with no request leaving the site."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

# The design system's CSS loads its Frutiger fonts from an NHS host; a site that promises no
# third-party requests drops those rules and falls back to Arial, as the CSS itself specifies.
FONT_FACE_RE = re.compile(r"@font-face\s*\{[^}]*\}")
ASSET_URL_RE = re.compile(r"url\((['\"]?)/assets/")


def build_assets(node_modules: Path, static_dir: Path) -> Path:
    """Copy CSS, JS and images from `node_modules/nhsuk-frontend/dist`; return the target folder."""
    dist = node_modules / "nhsuk-frontend" / "dist" / "nhsuk"
    if not dist.is_dir():
        raise FileNotFoundError(f"{dist} not found: run `npm ci` first")
    target = static_dir / "vendor" / "nhsuk"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    css = (dist / "nhsuk-frontend.min.css").read_text(encoding="utf-8")
    css = FONT_FACE_RE.sub("", css)
    css = ASSET_URL_RE.sub(r"url(\1/static/vendor/nhsuk/assets/", css)
    if "https://" in css or "http://" in css:
        raise ValueError("the design system CSS still refers to another site")
    (target / "nhsuk-frontend.min.css").write_text(css, encoding="utf-8")
    js = (dist / "nhsuk-frontend.min.js").read_text(encoding="utf-8")
    js = re.sub(r"//# sourceMappingURL=\S+", "", js)
    (target / "nhsuk-frontend.min.js").write_text(js, encoding="utf-8")
    shutil.copytree(dist / "assets", target / "assets")
    return target
