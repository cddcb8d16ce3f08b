"""`plangen validate`: exact output lines and exit codes 0/1/2, never a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.helpers import MINATO, NORTHWIND, PLANS
from tests.support.plan_helpers import BASE, run_cli, write_client

OK = BASE + """\
team:
  client:
    - {name: Eva, role: evaluator}
meetings:
  - {id: review, name: Review, weekday: thu, time: "16:00", attendees: [evaluator]}
"""


def test_valid_plan_prints_ok_and_exits_0(tmp_path: Path) -> None:
    write_client(tmp_path, OK)
    assert run_cli(["validate", "acme"], tmp_path) == (0, "acme: ok, 0 warnings\n", "")


def test_bad_plan_prints_every_problem_and_exits_1(tmp_path: Path) -> None:
    write_client(tmp_path, BASE + "initiatives:\n  - id: a\n    name: A\n    impact: 7\n")
    code, out, err = run_cli(["validate", "acme"], tmp_path)
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "acme/plan.yaml:9:13: initiatives[0].impact: must be 1-5 (got '7')",
        "acme: 1 error",
        "error: 1 of 1 plan did not validate",
    ]


def test_problems_of_one_plan_do_not_stop_the_others(tmp_path: Path) -> None:
    write_client(tmp_path, "- a list\n", slug="bad")
    write_client(tmp_path, OK, slug="good")
    code, out, err = run_cli(["validate", "bad", "good"], tmp_path)
    assert (code, out) == (1, "good: ok, 0 warnings\n")
    assert err.splitlines()[-2:] == ["bad: 1 error", "error: 1 of 2 plans did not validate"]


def test_strict_turns_warnings_into_failure(tmp_path: Path) -> None:
    write_client(tmp_path, BASE)
    code, out, err = run_cli(["validate", "--strict", "acme"], tmp_path)
    assert (code, out) == (1, "")
    assert err.splitlines()[-2:] == ["acme: 1 warning (--strict fails on warnings)",
                                     "error: 1 of 1 plan did not validate"]


def test_plan_file_path_is_accepted_like_its_folder(tmp_path: Path) -> None:
    write_client(tmp_path, OK)
    assert run_cli(["validate", "acme/plan.yaml"], tmp_path) == (0, "acme/plan.yaml: ok, 0 warnings\n", "")


def test_folder_of_clients_validates_each(tmp_path: Path) -> None:
    for slug in ("b-client", "a-client"):
        write_client(tmp_path / "plans", OK, slug=slug)
    assert run_cli(["validate", "plans"], tmp_path) == (
        0, "plans/a-client: ok, 0 warnings\nplans/b-client: ok, 0 warnings\n", "")


def test_missing_folder_is_a_usage_error_exit_2(tmp_path: Path) -> None:
    code, out, err = run_cli(["validate", "nowhere"], tmp_path)
    assert (code, out) == (2, "")
    assert err.splitlines()[-1] == "Error: nowhere: no such client folder or plan file"


def test_no_argument_is_a_usage_error_exit_2(tmp_path: Path) -> None:
    code, _, err = run_cli(["validate"], tmp_path)
    assert code == 2
    assert "Missing argument 'PLANS...'" in err


def test_folder_name_must_be_a_valid_slug(tmp_path: Path) -> None:
    write_client(tmp_path, OK, slug="Acme_Co")
    code, _, err = run_cli(["validate", "Acme_Co"], tmp_path)
    assert code == 1
    assert err.splitlines()[0] == ("Acme_Co: the client folder name must use lowercase letters, digits and - only "
                                   "(it becomes the output folder) (got 'Acme_Co')")


@pytest.mark.parametrize("content", [b"\x00\x01\x02binary", b"a: [\n", b"a: *x\n",
                                     b"\xff\xfe\x00", b"\t- x\n", b"? [a]\n: b\n",
                                     b"a: !!python/object:os.system x\n", b"a: " + b"[" * 5000])
def test_hostile_input_never_shows_a_traceback(tmp_path: Path, content: bytes) -> None:
    write_client(tmp_path, content)
    code, out, err = run_cli(["validate", "acme"], tmp_path)
    assert code == 1
    assert "Traceback" not in out + err
    assert err.splitlines()[0].startswith("acme/plan.yaml:")


def test_shared_examples_validate_with_their_predicted_warnings() -> None:
    code, out, err = run_cli(["validate", str(MINATO), str(NORTHWIND)])
    assert (code, out) == (0, f"{MINATO}: ok, 1 warning\n{NORTHWIND}: ok, 2 warnings\n")
    assert len(err.splitlines()) == 3


def test_project_example_plans_validate_strictly(tmp_path: Path) -> None:
    shutil.copytree(PLANS, tmp_path / "plans")
    (tmp_path / "schema").mkdir()
    code, out, err = run_cli(["validate", "--strict", "plans"], tmp_path)
    assert (code, err) == (0, "")
    assert out == "plans/aoba-seiki: ok, 0 warnings\nplans/harborview-health: ok, 0 warnings\n"


@pytest.mark.parametrize("command", [[], ["validate"], ["new"], ["schema"]])
def test_every_command_has_help_with_examples(command: list[str]) -> None:
    code, out, _ = run_cli([*command, "--help"])
    assert code == 0
    assert "Examples:" in out
