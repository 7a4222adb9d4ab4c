"""Browser test helpers: axe-core and reflow audits, keyboard focus, the page factory's type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlparse

from playwright.sync_api import Page

PageFactory = Callable[..., Page]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_violations(page: Page, axe_source: str) -> list[dict[str, Any]]:
    """Run axe-core (its script given) on the page; its violations for the WCAG 2.2 AA tags."""
    # page.evaluate runs outside the page's CSP, which would refuse an injected <script>.
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source)
    result: dict[str, Any] = page.evaluate(
        """async tags => {
          const options = {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']};
          const r = await axe.run(document, options);
          return {passes: r.passes.length, violations: r.violations.map(v => ({
            id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary}))}))};
        }""",
        AXE_TAGS,
    )
    assert result["passes"] > 0, "axe-core ran no rules"
    violations: list[dict[str, Any]] = result["violations"]
    return violations


class AxeAudit:
    """Collects axe-core violations across many pages so one failure shows them all."""

    def __init__(self, axe_source: str) -> None:
        self.axe_source = axe_source
        self.found: list[str] = []
        self.pages = 0

    def __call__(self, page: Page, where: str) -> None:
        """Audit the page as it is now."""
        self.pages += 1
        for violation in axe_violations(page, self.axe_source):
            targets = "; ".join(f"{n['target']} ({n['summary']})" for n in violation["nodes"])
            self.found.append(f"{where} [{page.url}]: {violation['id']} - {violation['help']}: {targets}")

    def check(self) -> None:
        """Fail with every violation found."""
        assert not self.found, "axe-core violations:\n" + "\n".join(self.found)


class ReflowAudit:
    """Collects pages that scroll sideways."""

    def __init__(self) -> None:
        self.found: list[str] = []
        self.pages = 0

    def __call__(self, page: Page, where: str) -> None:
        """Compare the page's scroll width with the viewport."""
        self.pages += 1
        widths = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        if widths[0] > widths[1]:
            self.found.append(f"{where}: {widths[0]}px wide in a {widths[1]}px viewport")


class AxeAndReflow:
    """On each page: axe-core at the desktop width, then the page's width at 320 CSS pixels.

    One walk of the pages serves both rules (and a request listener a third): a walk per rule cost the
    suite two more walks of every page, each with its sign-in or answers and error states.
    """

    def __init__(self, axe_source: str) -> None:
        self.axe = AxeAudit(axe_source)
        self.reflow = ReflowAudit()

    def __call__(self, page: Page, where: str) -> None:
        """Audit with axe, then narrow the viewport, look for sideways scrolling and widen it again."""
        self.axe(page, where)
        wide = page.viewport_size
        assert wide is not None and wide["width"] > 320, wide
        page.set_viewport_size({"width": 320, "height": 640})
        assert page.evaluate("() => document.documentElement.clientWidth") == 320
        self.reflow(page, where)
        page.set_viewport_size(wide)


def focused_matches(page: Page, selector: str) -> bool:
    """True when the focused element matches the selector."""
    return bool(page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)", selector))


def tab_to(page: Page, selector: str, backwards: bool = False, limit: int = 300) -> None:
    """Press Tab (or Shift+Tab) until the focused element matches the selector."""
    key = "Shift+Tab" if backwards else "Tab"
    for _ in range(limit):
        page.keyboard.press(key)
        if focused_matches(page, selector):
            return
    raise AssertionError(f"{limit} presses of {key} never reached {selector} on {page.url}")


def press(page: Page, key: str = "Enter") -> None:
    """Press a key that submits a form or follows a link, and wait for the next page."""
    with page.expect_navigation():
        page.keyboard.press(key)


def tab_visibly(page: Page, selector: str) -> None:
    """Tab to an element; it must show that it has focus (an outline or a shadow)."""
    tab_to(page, selector)
    style = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, s.outlineWidth, s.boxShadow]; }"
    )
    assert (style[0] != "none" and style[1] != "0px") or style[2] != "none", (selector, style)


def sign_in_by_keyboard(page: Page, email: str, password: str) -> None:
    """Sign in with the keys alone, each box and the button showing its focus; land on the dashboard."""
    page.goto("/admin/sign-in")
    tab_visibly(page, "#email")
    page.keyboard.type(email)
    tab_visibly(page, "#password")
    page.keyboard.type(password)
    tab_visibly(page, "main form button[type=submit]")
    press(page)
    assert urlparse(page.url).path == "/admin/", page.url
