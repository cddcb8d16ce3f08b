"""`plangen serve` in a real browser (Debian's chromium through Playwright): index, previews, live rebuilds, safety."""

from __future__ import annotations

import http.client
import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pptx import Presentation

from tests.support.helpers import MINATO, NORTHWIND, ROOT, soffice

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright = pytest.importorskip("playwright.sync_api")
pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed"),
    pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed"),
]
WAIT = 240.0  # seconds: the bound of every wait (a busy CI machine builds slowly; nothing is timed)


@dataclass
class Server:
    """A running `plangen serve` and the plans folder it watches."""

    url: str
    plans: Path
    process: subprocess.Popen[str]


def free_port() -> int:
    """Return a free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def get(url: str, path: str) -> tuple[int, bytes]:
    """Return (status, body) of a GET of the raw `path` (sent exactly as written, no normalising)."""
    host, port = url.removeprefix("http://").rstrip("/").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def wait_for(check: object, what: str) -> None:
    """Poll `check()` until it is true, failing after WAIT seconds."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        try:
            if check():  # type: ignore[operator]
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"gave up waiting for {what}")


def children(pid: int) -> set[int]:
    """Return the ids of every process below `pid`."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    """Return True when process `pid` exists and is not a zombie."""
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Start `plangen serve` on two example clients (and a symlinked folder from outside) and wait for the builds."""
    work = tmp_path_factory.mktemp("serve")
    plans = work / "plans"
    plans.mkdir()
    shutil.copytree(MINATO, plans / "minato")
    shutil.copytree(NORTHWIND, plans / "northwind")
    shutil.copytree(NORTHWIND, work / "elsewhere")
    (plans / "outside").symlink_to(work / "elsewhere")
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "plangen", "serve", "plans", "--port", str(port)], cwd=work,
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert process.stdout is not None
    first = process.stdout.readline()
    url = f"http://127.0.0.1:{port}/"
    assert url in first, first
    said: list[str] = []
    reader = threading.Thread(target=lambda: said.extend(process.stdout or []), daemon=True)
    reader.start()  # keep the pipe drained
    wait_for(lambda: get(url, "/")[0] == 200, "the server to answer")
    wait_for(lambda: b'class="state-building"' not in get(url, "/")[1], "the first builds")
    yield Server(url, plans, process)
    below = children(process.pid)
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=60)
    reader.join(timeout=10)
    process.stdout.close()
    wait_for(lambda: not any(alive(pid) for pid in below), "LibreOffice to stop with the server")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Return a headless chromium driven by Playwright."""
    with playwright.sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


def test_index_lists_every_client_with_verdict_health_milestone_and_problems(server: Server, browser: object) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(server.url)
    assert page.get_attribute("html", "lang") == "ja"
    rows = page.locator("tbody tr")
    assert rows.count() == 2
    minato = rows.filter(has_text="minato")
    assert minato.locator("a").get_attribute("href") == "/c/minato"
    assert minato.locator("a").inner_text() == "みなと衣料"
    assert "警告あり" in minato.inner_text() and "56.8" in minato.inner_text() and "初回効果検証" in minato.inner_text()
    assert "1 件" in minato.inner_text()
    assert "outside" not in page.content()
    page.close()


def test_client_page_shows_located_problems_previews_and_downloads(server: Server, browser: object) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(server.url + "c/minato")
    assert page.locator(".problems td.at").first.inner_text() == "plan.yaml:135:12"
    kickoff = page.locator("section.doc", has_text="kickoff.pptx")
    images = kickoff.locator("img")
    status, body = get(server.url, kickoff.locator("a").get_attribute("href"))
    assert status == 200 and body[:2] == b"PK"
    assert images.count() == len(Presentation(io.BytesIO(body)).slides) >= 10
    images.nth(0).scroll_into_view_if_needed()
    page.wait_for_function("img => img.complete && img.naturalWidth === 1000", arg=images.nth(0).element_handle(),
                           timeout=WAIT * 1000)
    titles = page.locator("section.doc h3").all_inner_texts()
    assert [t.split()[0] for t in titles] == ["kickoff.pptx", "meetings/weekly.docx", "meetings/weekly.ics",
                                              "meetings/evaluator.docx", "meetings/evaluator.ics",
                                              "reports/2027-02/evaluator-report.pptx",
                                              "reports/2027-02/evaluator-report.docx"]
    page.close()


def test_saving_the_plan_updates_the_open_page_without_a_reload(server: Server, browser: object) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(server.url + "c/minato")
    plan = server.plans / "minato" / "plan.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("short_name: みなと衣料", "short_name: みなと衣料HD"), encoding="utf-8")
    page.wait_for_function("() => document.querySelector('h1').textContent === 'みなと衣料HD'"
                           " && document.querySelector('.state-warnings') !== null", timeout=WAIT * 1000)
    assert page.locator("section.doc img").count() >= 20
    page.close()


def test_a_broken_plan_shows_its_located_problems_and_keeps_stale_previews(server: Server, browser: object) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(server.url + "c/northwind")
    plan = server.plans / "northwind" / "plan.yaml"
    lines = plan.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines) if line.startswith("  industry:"))
    lines[number] = lines[number].replace("industry:", "industry：", 1)
    plan.write_text("\n".join(lines) + "\n", encoding="utf-8")
    page.wait_for_selector("p.stale", timeout=WAIT * 1000)
    located = page.locator(".problems tr.error td.at").all_inner_texts()
    assert located[0] == f"plan.yaml:{number + 1}:11"
    assert "full-width colon '：'" in page.locator(".problems tr.error").first.inner_text()
    assert "エラーあり" in page.inner_text("main")
    assert page.locator("section.doc.stale-doc img").count() > 0
    page.close()


@pytest.mark.parametrize("path", [
    "/c/../../etc/passwd", "/c/%2e%2e/%2e%2e/etc/passwd", "/c/minato/files/plan.yaml",
    "/c/minato/files/../plan.yaml", "/c/minato/files/%2e%2e/plan.yaml", "/c/minato/files/..%2fplan.yaml",
    "/c/minato/files/%2e%2e%2f%2e%2e%2fminato%2fplan.yaml", "/c/minato/files//etc/passwd",
    "/c/outside", "/c/outside/files/plan.yaml", "/c/minato/files/actuals.csv", "/c/minato/pages/0/999.png",
    "/c/%2e%2e/files/minato/plan.yaml", "/..%2f..%2fetc%2fpasswd",
])
def test_paths_outside_the_documents_are_refused(server: Server, path: str) -> None:
    status, body = get(server.url, path)
    assert status == 404
    assert b"version:" not in body and b"root:" not in body
