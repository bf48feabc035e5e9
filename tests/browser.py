"""Real-browser helpers for tests: find (or install) Debian's Chromium, drive it with Playwright."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from analysis.config import PROJ_ROOT

# Debian's package is "chromium" (binary /usr/bin/chromium); the others cover other distros.
CHROMIUM_NAMES = ("chromium", "chromium-browser")
# A fresh CI machine needs `apt-get update` first; both steps together take about a minute.
APT_TIMEOUT_S = 900
# Flags for a headless run in a container: no sandbox (root), no GPU, and nothing that phones
# home, so the only network requests left are the ones a page makes (and those are failures).
LAUNCH_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ARTIFACTS_DIR = PROJ_ROOT / "test-artifacts"  # screenshots kept by the tests (gitignored)
# Schemes a self-contained report may load; anything else (http, https, ws...) is a request
# to the network, which an offline report must never make.
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


def find_chromium() -> Path | None:
    """The system Chromium executable, or None."""
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return Path(found)
    return None


def ensure_chromium() -> Path | None:
    """Find Chromium; when it is missing and we are root, install Debian's package first."""
    found = find_chromium()
    if found or os.geteuid() != 0 or not shutil.which("apt-get"):
        return found
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]):
        try:
            subprocess.run(command, env=env, check=True, capture_output=True, timeout=APT_TIMEOUT_S)
        except (OSError, subprocess.SubprocessError):
            return None
    return find_chromium()


@contextlib.contextmanager
def launch_chromium() -> Iterator[object]:
    """A headless system Chromium driven by Playwright; skips the test when there is none."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    executable = ensure_chromium()
    if executable is None:
        pytest.skip("no Chromium: install Debian's `chromium` (apt-get install chromium) "
                    "or run the tests as root so they can install it")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(executable), args=LAUNCH_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class PageLog:
    """What happened while a page was open: console errors, uncaught errors, requests, dialogs."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    network_requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        """Everything that makes a page load unclean (dialogs are checked separately)."""
        return ([f"console error: {m}" for m in self.console_errors]
                + [f"uncaught error: {m}" for m in self.page_errors]
                + [f"failed request: {m}" for m in self.failed_requests]
                + [f"network request (reports must work offline): {m}"
                   for m in self.network_requests])


@contextlib.contextmanager
def open_page(browser, url: str, *,
              viewport: dict | None = None) -> Iterator[tuple[object, PageLog]]:
    """Open `url` in a fresh context that blocks the network and records what went wrong."""
    context = browser.new_context(viewport=viewport or {"width": 1280, "height": 900})
    record = PageLog()

    def route(route_, request) -> None:
        if request.url.startswith(LOCAL_SCHEMES):
            route_.continue_()
        else:
            record.network_requests.append(request.url)
            route_.abort()

    def on_dialog(dialog) -> None:
        record.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda m: m.type == "error" and record.console_errors.append(
        f"{m.text} ({m.location.get('url', '')[:80]}:{m.location.get('lineNumber')})"))
    page.on("pageerror", lambda exc: record.page_errors.append(str(exc)))
    page.on("requestfailed", lambda r: record.failed_requests.append(
        f"{r.url[:120]} ({r.failure})"))
    page.on("dialog", on_dialog)
    try:
        page.goto(url, wait_until="load")
        yield page, record
    finally:
        context.close()


# Resolves to one entry per <img>: whether it decoded and its natural size.
IMAGES_JS = """
() => Promise.all(Array.from(document.images).map(img =>
  img.decode().then(() => true, () => false).then(decoded => ({
    src: img.getAttribute("src") ? img.getAttribute("src").slice(0, 60) : "",
    decoded: decoded, width: img.naturalWidth, height: img.naturalHeight,
  }))))
"""


def undecoded_images(page) -> list[dict]:
    """The page's images that did not decode to a non-empty bitmap."""
    images = page.evaluate(IMAGES_JS)
    return [img for img in images if not (img["decoded"] and img["width"] > 0)]


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot under test-artifacts/ and return its path."""
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    path = ARTIFACTS_DIR / name
    page.screenshot(path=str(path), full_page=True)
    return path
