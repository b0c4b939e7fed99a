"""Shared fixtures: the seed dataset, placed once per test session."""

from __future__ import annotations

import pytest

from atlas.dataset import Dataset, load_dataset


@pytest.fixture(scope="session")
def seed_dataset() -> Dataset:
    return load_dataset()


@pytest.fixture(scope="session")
def chromium():
    """A headless Debian Chromium driven by Playwright, shared by the browser tests."""
    from pathlib import Path

    from playwright.sync_api import sync_playwright

    from tests.browser import CHROMIUM, CHROMIUM_ARGS, OFFLINE_ARGS

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (Debian package chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM,
                                    args=CHROMIUM_ARGS + OFFLINE_ARGS)
        yield browser
        browser.close()
