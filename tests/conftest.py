"""Shared fixtures: the seed dataset, placed once per test session."""

from __future__ import annotations

import pytest

from atlas.dataset import Dataset, load_dataset


@pytest.fixture(scope="session")
def gaz(tmp_path_factory: pytest.TempPathFactory):
    """One gazetteer index for the whole session, built in pytest's temp dir (~15 s)."""
    import geo

    gazetteer = geo.Gazetteer(tmp_path_factory.getbasetemp() / "geo-index")
    info = gazetteer.open()
    if info.built:
        print(f"\ngazetteer index built in {info.seconds:.1f} s")
    return gazetteer


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
