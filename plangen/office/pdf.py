"""Office files to PDF (and PDF pages to PNG) through LibreOffice headless.

`to_pdf` runs one `soffice --convert-to pdf` per call with a profile folder of its own, so parallel
builds never share (and silently break) a LibreOffice profile; the PDF lands beside the Office file
atomically. `WarmOffice` keeps one LibreOffice running for `plangen serve` through `unoserver`
(under a Python that has LibreOffice's `uno` module, such as Debian's python3 with python3-uno),
and falls back to `to_pdf` when that cannot start. LibreOffice embeds (subsets) the fonts it uses.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from plangen.errors import PlangenError
from plangen.text.catalog import tr

if TYPE_CHECKING:
    from plangen.write.output import RenderResult

CONVERTIBLE = (".pptx", ".docx")
TIMEOUT = 300.0


class OfficeMissing(PlangenError):
    """LibreOffice is not installed; the message says how to install it."""

    def __init__(self, lang: str = "en") -> None:
        super().__init__(tr(lang, "pdf.no_office"))


class PdfFailed(PlangenError):
    """LibreOffice ran but did not write a PDF."""


def find_soffice() -> str | None:
    """Return the path of LibreOffice's `soffice` (or `libreoffice`), or None when it is not installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return None


def convertible(paths: Iterable[Path]) -> list[Path]:
    """Return the files among `paths` that become PDFs (decks and Word documents)."""
    return [p for p in paths if p.suffix.lower() in CONVERTIBLE]


def to_pdf(files: Iterable[Path], *, lang: str = "en", timeout: float = TIMEOUT) -> list[Path]:
    """Convert each Office file to a PDF beside it (same name, .pdf); return the PDFs written."""
    todo = [Path(f) for f in files]
    if not todo:
        return []
    soffice = find_soffice()
    if soffice is None:
        raise OfficeMissing(lang)
    written: list[Path] = []
    by_folder: dict[Path, list[Path]] = {}
    for path in todo:
        by_folder.setdefault(path.parent, []).append(path)
    for folder, paths in by_folder.items():
        with tempfile.TemporaryDirectory(prefix="plangen-lo-") as work:
            _run_soffice(soffice, Path(work), paths, lang, timeout)
            for path in paths:
                made = Path(work, "out", path.stem + ".pdf")
                if not made.is_file() or made.stat().st_size == 0:
                    raise PdfFailed(tr(lang, "pdf.failed", name=path.name, reason="LibreOffice wrote nothing"))
                target = folder / (path.stem + ".pdf")
                shutil.copyfile(made, target.with_name(target.name + ".tmp"))
                os.replace(target.with_name(target.name + ".tmp"), target)
                written.append(target)
    return written


def _run_soffice(soffice: str, work: Path, paths: list[Path], lang: str, timeout: float) -> None:
    """Run one headless LibreOffice with the profile in `work`, converting `paths` into work/out."""
    command = [soffice, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore",
               "--nologo", "--convert-to", "pdf", "--outdir", str(work / "out"), *map(str, paths)]
    try:
        subprocess.run(command, check=True, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as exc:
        raise PdfFailed(tr(lang, "pdf.failed", name=paths[0].name, reason=f"timed out after {timeout:.0f} s")) \
            from exc
    except subprocess.CalledProcessError as exc:
        reason = (exc.stderr or b"").decode("utf-8", "replace").strip()[-200:] or f"exit status {exc.returncode}"
        raise PdfFailed(tr(lang, "pdf.failed", name=paths[0].name, reason=reason)) from exc


def pdf_page_count(pdf: Path, *, timeout: float = 60.0) -> int:
    """Return the number of pages of `pdf` (pdfinfo)."""
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo is None:
        raise OfficeMissing()
    out = subprocess.run([pdfinfo, str(pdf)], check=True, capture_output=True, timeout=timeout,
                         stdin=subprocess.DEVNULL).stdout.decode("utf-8", "replace")
    return next((int(line.split()[-1]) for line in out.splitlines() if line.startswith("Pages:")), 0)


def pdf_page_png(pdf: Path, number: int, target: Path, *, size: int = 1000, timeout: float = 60.0) -> Path:
    """Render page `number` (1-based) of `pdf` as the PNG `target` (longest side `size` px); return `target`."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise OfficeMissing()
    target.parent.mkdir(parents=True, exist_ok=True)
    stem = target.with_name(target.stem + ".part")
    subprocess.run([pdftoppm, "-png", "-singlefile", "-f", str(number), "-l", str(number), "-scale-to", str(size),
                    str(pdf), str(stem)], check=True, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
    os.replace(Path(str(stem) + ".png"), target)
    return target


def _free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def python_with_uno() -> str | None:
    """Return a Python interpreter that can import LibreOffice's `uno` module, or None."""
    if importlib.util.find_spec("uno") is not None:
        return sys.executable
    for candidate in ("/usr/bin/python3", shutil.which("python3")):
        if not candidate or not Path(candidate).exists():
            continue
        try:
            subprocess.run([candidate, "-c", "import uno"], check=True, capture_output=True, timeout=20)
        except (OSError, subprocess.SubprocessError):
            continue
        return candidate
    return None


def _end_with_parent() -> None:
    """In a child process: ask Linux to send SIGTERM when the parent dies (unoserver then stops LibreOffice)."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _group_alive(group: int) -> bool:
    """Return True while any process of the process group `group` is alive."""
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class WarmOffice:
    """One LibreOffice kept running (through unoserver) for repeated conversions; cold `to_pdf` otherwise."""

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang
        self.process: subprocess.Popen[bytes] | None = None
        self.port = 0
        self._workdir: tempfile.TemporaryDirectory[str] | None = None
        self.mode = "none" if find_soffice() is None else "cold"

    @property
    def available(self) -> bool:
        """Return True when LibreOffice is installed."""
        return self.mode != "none"

    def start(self, wait: float = 90.0) -> str:
        """Start the warm LibreOffice when possible; return the mode: "warm", "cold" or "none"."""
        if self.mode != "cold":
            return self.mode
        python = python_with_uno()
        spec = importlib.util.find_spec("unoserver")
        if python is None or spec is None or not spec.submodule_search_locations:
            return self.mode
        self._workdir = tempfile.TemporaryDirectory(prefix="plangen-unoserver-")
        work = Path(self._workdir.name)
        (work / "lib").mkdir()
        package = Path(next(iter(spec.submodule_search_locations)))
        for part in [package, *package.parent.glob("unoserver-*.dist-info")]:  # the server reads its metadata
            (work / "lib" / part.name).symlink_to(part)
        self.port = _free_port()
        env = {**os.environ, "PYTHONPATH": str(work / "lib")}
        command = [python, "-m", "unoserver.server", "--port", str(self.port), "--uno-port", str(_free_port()),
                   "--user-installation", str(work / "profile"), "--quiet"]
        self.process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, start_new_session=True,
                                        preexec_fn=_end_with_parent)
        if self._wait_ready(wait):
            self.mode = "warm"
        else:
            self.close()
            self.mode = "cold"
        return self.mode

    def _wait_ready(self, wait: float) -> bool:
        """Return True once the unoserver answers, False when it died or `wait` seconds passed."""
        import xmlrpc.client

        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.process is None or self.process.poll() is not None:
                return False
            try:
                with xmlrpc.client.ServerProxy(f"http://127.0.0.1:{self.port}") as proxy:
                    proxy.info()
                return True
            except (OSError, xmlrpc.client.Error):
                time.sleep(0.3)
        return False

    def convert(self, source: Path, target: Path) -> Path:
        """Convert the Office file `source` to the PDF `target` (written atomically); return `target`."""
        if self.mode == "none":
            raise OfficeMissing(self.lang)
        partial = target.with_name(target.name + ".tmp.pdf")
        if self.mode == "warm":
            from unoserver.client import UnoClient

            try:
                UnoClient("127.0.0.1", str(self.port)).convert(inpath=str(source), outpath=str(partial),
                                                               convert_to="pdf")
                os.replace(partial, target)
                return target
            except Exception:  # the warm LibreOffice died or refused the file: convert it cold instead
                self.close()
                self.mode = "cold"
        with tempfile.TemporaryDirectory(prefix="plangen-lo-") as work:
            soffice = find_soffice()
            if soffice is None:
                raise OfficeMissing(self.lang)
            _run_soffice(soffice, Path(work), [source], self.lang, TIMEOUT)
            made = Path(work, "out", source.stem + ".pdf")
            if not made.is_file():
                raise PdfFailed(tr(self.lang, "pdf.failed", name=source.name, reason="LibreOffice wrote nothing"))
            shutil.copyfile(made, partial)
        os.replace(partial, target)
        return target

    def close(self) -> None:
        """Stop the warm LibreOffice (the unoserver and the office it started)."""
        if self.process is not None:
            group = self.process.pid  # the unoserver leads a process group of its own (start_new_session)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(group, signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=10)
            deadline = time.monotonic() + 2
            while _group_alive(group) and time.monotonic() < deadline:
                time.sleep(0.1)
            with contextlib.suppress(ProcessLookupError):
                os.killpg(group, signal.SIGKILL)  # LibreOffice's launcher sometimes outlives its office
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=5)
        self.process = None
        if self._workdir is not None:
            self._workdir.cleanup()
            self._workdir = None


def with_pdfs(result: RenderResult, *, lang: str = "en") -> RenderResult:
    """Return `result` with a PDF beside each deck and Word document it wrote (warning: no LibreOffice)."""
    try:
        result.paths += to_pdf(convertible(result.paths), lang=lang)
    except OfficeMissing as exc:
        result.warnings.append(str(exc))
    return result
