"""Running the real app and a real headless Chromium for end-to-end tests.

Chromium is Debian's (/usr/bin/chromium, installed by `make browser`); Playwright only
drives it. The browser is started offline (OFFLINE_ARGS), so these tests also prove that
the page works with no internet.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

from dashboard.snapshot import CHROMIUM as CHROMIUM  # re-exported for the fixtures
from dashboard.snapshot import CHROMIUM_ARGS as _ARGS

CHROMIUM_ARGS = list(_ARGS)
OFFLINE_ARGS = ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
                "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>;"
                "127.0.0.1;localhost"]
ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "artifacts"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_app(script: str = "dashboard/app.py", timeout: float = 90.0):
    """Start `streamlit run` on a free port; yield its base URL; stop it afterwards."""
    port = free_port()
    log = ARTIFACTS / f"streamlit-{port}.log"
    ARTIFACTS.mkdir(exist_ok=True)
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", script, "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true",
             "--browser.gatherUsageStats", "false", "--server.runOnSave", "false",
             "--server.fileWatcherType", "none"],
            cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env={**os.environ},
        )
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                        if r.status == 200:
                            break
                except OSError:
                    pass
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"streamlit did not start; see {log}")
                time.sleep(0.3)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def _leaves_machine(url: str) -> bool:
    if url.startswith(("data:", "blob:", "about:", "file:")):
        return False
    return (urlparse(url).hostname or "") not in ("127.0.0.1", "localhost", "::1")


def block_internet(context) -> list[str]:
    """Record the requests that tried to leave this machine (all of them fail).

    The browser itself is offline: OFFLINE_ARGS make every host name but localhost
    unresolvable and send any other traffic to a dead proxy. Nothing is intercepted,
    so uploads and the app's own requests travel exactly as in a person's browser.
    """
    tried: list[str] = []
    context.on("requestfailed", lambda request: tried.append(request.url)
               if _leaves_machine(request.url) else None)
    context.on("requestfinished", lambda request: tried.append("REACHED " + request.url)
               if _leaves_machine(request.url) else None)
    return tried
