"""Fuzz: mutated copies of the example client (hostile values, broken bytes, odd encodings) never crash a command.

Each case runs the commands in-process on one seeded mutation and asserts what a CSM may see: exit
0, 1 or 2, one-line messages (no traceback, no "internal error"), within a generous time limit per
case (a hang, such as months compared as text running to year 10000, fails the case). The seeds are
fixed, so a failure names the seed that reproduces it: `mutated_client(tmp, SEED)`.
"""

from __future__ import annotations

import contextlib
import io
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from plangen.cli import main
from tests.support.mutate import mutated_client

LIGHT_CASES = range(0, 300)
HEAVY_CASES = range(1000, 1015)
MONTHS = ("2027-02", "9999-12", "0000-01", "2027-13", "２０２７-０２", "", "2027-2", "10000-01", "1999-12")
CASE_LIMIT_S = 60


class Hung(Exception):
    """A case ran past its time limit."""


@contextlib.contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Raise Hung in the body once `seconds` have passed (SIGALRM; the test runs in the main thread)."""
    def expire(signum: int, frame: object) -> None:
        raise Hung(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _run(args: list[str]) -> tuple[int, str]:
    """Return (exit code, everything printed) of one in-process command."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    return code, out.getvalue() + err.getvalue()


def _check(seed: int, commands: list[list[str]]) -> list[str]:
    """Return a description of every way the commands misbehaved on the mutation `seed`."""
    bad = []
    for args in commands:
        try:
            with time_limit(CASE_LIMIT_S):
                code, printed = _run(args)
        except BaseException as exc:
            bad.append(f"seed {seed}: {' '.join(args[:1])} raised {type(exc).__name__}: {exc}")
            continue
        if code not in (0, 1, 2) or "Traceback" in printed or "internal error" in printed:
            bad.append(f"seed {seed}: {args[0]} exit {code}: {printed[-400:]}")
    return bad


@pytest.mark.skipif(not hasattr(signal, "SIGALRM"), reason="needs SIGALRM for the per-case time limit")
def test_mutated_plans_actuals_and_notes_never_crash_validate_or_status(tmp_path: Path) -> None:
    bad: list[str] = []
    for seed in LIGHT_CASES:
        folder = str(mutated_client(tmp_path, seed))
        month = MONTHS[seed % len(MONTHS)] if seed % 3 == 0 else "2027-02"
        bad += _check(seed, [["validate", folder], ["status", folder, "--month", month, "--json"],
                             ["status", folder, "--month", month]])
    assert not bad, "\n".join(bad)


@pytest.mark.skipif(not hasattr(signal, "SIGALRM"), reason="needs SIGALRM for the per-case time limit")
def test_mutated_clients_never_crash_the_document_commands(tmp_path: Path) -> None:
    bad: list[str] = []
    for seed in HEAVY_CASES:
        folder = str(mutated_client(tmp_path, seed))
        out = str(tmp_path / "out" / str(seed))
        bad += _check(seed, [["kickoff", folder, "--out", out], ["report", folder, "--month", "2027-02", "--out", out],
                             ["meetings", folder, "--out", out], ["ringi", folder, "--month", "2027-04", "--out", out]])
    assert not bad, "\n".join(bad)


def test_a_report_for_a_month_before_the_support_period_is_written(tmp_path: Path) -> None:
    """Found by the fuzz test (seed 1008): the health chart had no months and python-pptx refused it."""
    from tests.support.helpers import PLANS

    code, printed = _run(["report", str(PLANS / "harborview-health"), "--month", "2027-02", "--out", str(tmp_path)])
    assert code == 0, printed
    assert (tmp_path / "reports" / "2027-02" / "evaluator-report.pptx").is_file()
