"""Debian's Chromium, run headless, as the dashboard is checked in: by its browser
tests (tests/test_serve_browser.py) and timed by ``benchmarks/serve_load.py --browser``.
Never a downloaded browser: ``.ci/run`` installs the distribution's package."""

from __future__ import annotations

from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
# What lets Chromium run headless in a sandbox with no network but loopback.
CHROMIUM_FLAGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def launch(playwright):
    """A headless Chromium browser from ``playwright`` (a ``sync_playwright()`` handle)."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=list(CHROMIUM_FLAGS))
