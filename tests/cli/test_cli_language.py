"""The CLI speaks the CSM's language: --lang > PLANGEN_LANG > configuration > locale > English, for every output."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from plangen.errors import UsageError
from plangen.text.language import messages_language
from tests.support.helpers import MINATO
from tests.support.plan_helpers import BASE, run_cli, write_client


@pytest.mark.parametrize(("explicit", "environ", "config", "expected"), [
    ("en", {"PLANGEN_LANG": "ja", "LANG": "ja_JP.UTF-8"}, "ja", "en"),
    ("ja", {"PLANGEN_LANG": "en"}, "en", "ja"),
    (None, {"PLANGEN_LANG": "ja", "LANG": "en_US.UTF-8"}, "en", "ja"),
    (None, {"PLANGEN_LANG": "en", "LC_ALL": "ja_JP.UTF-8"}, None, "en"),
    (None, {"LC_ALL": "en_US.UTF-8", "LANG": "ja_JP.UTF-8"}, "ja", "ja"),
    (None, {"LANG": "en_US.UTF-8"}, "ja", "ja"),
    (None, {"LANG": "ja_JP.UTF-8"}, None, "ja"),
    (None, {"LC_ALL": "ja_JP.eucJP", "LANG": "en_US.UTF-8"}, None, "ja"),
    (None, {"LC_ALL": "C", "LANG": "ja_JP.UTF-8"}, None, "en"),
    (None, {"LC_MESSAGES": "ja_JP.UTF-8", "LANG": "en_US.UTF-8"}, None, "ja"),
    (None, {"LC_ALL": "", "LC_MESSAGES": "en_GB", "LANG": "ja_JP.UTF-8"}, None, "en"),
    (None, {}, None, "en"),
])
def test_language_precedence(explicit: str | None, environ: dict[str, str], config: str | None,
                             expected: str) -> None:
    assert messages_language(explicit, config=config, environ=environ) == expected


def test_unknown_plangen_lang_is_refused_in_the_locale_language() -> None:
    with pytest.raises(UsageError) as caught:
        messages_language(environ={"PLANGEN_LANG": "fr", "LANG": "ja_JP.UTF-8"})
    assert str(caught.value) == "PLANGEN_LANG は ja か en にしてください（'fr' になっています）"


@pytest.fixture()
def broken(tmp_path: Path) -> Path:
    """Return a folder holding one client whose plan has an out-of-range impact."""
    write_client(tmp_path, BASE + "initiatives:\n  - id: a\n    name: A\n    impact: 7\n")
    return tmp_path


IMPACT_JA = "acme/plan.yaml:9:13: initiatives[0].impact: 1〜5 の整数で書いてください（7 になっています）"
IMPACT_EN = "acme/plan.yaml:9:13: initiatives[0].impact: must be 1-5 (got '7')"


@pytest.mark.parametrize(("argv", "env", "expected"), [
    (["--lang", "ja", "validate", "acme"], {"PLANGEN_LANG": "en"}, IMPACT_JA),
    (["--lang", "en", "validate", "acme"], {"PLANGEN_LANG": "ja"}, IMPACT_EN),
    (["validate", "acme"], {"PLANGEN_LANG": "ja", "LANG": "en_US.UTF-8"}, IMPACT_JA),
    (["validate", "acme"], {"LC_ALL": "ja_JP.UTF-8"}, IMPACT_JA),
    (["validate", "acme"], {"LC_MESSAGES": "ja_JP.UTF-8"}, IMPACT_JA),
    (["validate", "acme"], {"LANG": "ja_JP.UTF-8"}, IMPACT_JA),
    (["validate", "acme"], {"LC_ALL": "C", "LANG": "ja_JP.UTF-8"}, IMPACT_EN),
    (["validate", "acme"], {}, IMPACT_EN),
])
def test_the_cli_decides_the_language(broken: Path, monkeypatch: pytest.MonkeyPatch, argv: list[str],
                                      env: dict[str, str], expected: str) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    code, _, err = run_cli(argv, broken)
    assert code == 1
    assert err.splitlines()[0] == expected


def test_validate_summary_in_japanese(broken: Path) -> None:
    code, out, err = run_cli(["--lang", "ja", "validate", "acme"], broken)
    assert (code, out) == (1, "")
    assert err.splitlines()[1:] == ["acme: エラー 1 件", "エラー: 1 件の計画のうち 1 件が検証を通りませんでした"]
    code, out, _ = run_cli(["--lang", "ja", "validate", str(MINATO)])
    assert (code, out) == (0, f"{MINATO}: OK（警告 1 件）\n")


def test_usage_errors_in_japanese(tmp_path: Path) -> None:
    code, _, err = run_cli(["--lang", "ja", "validate", "nope"], tmp_path)
    assert code == 2
    assert err.splitlines() == ["使い方: plangen validate [OPTIONS] [PLANS]...",
                                "`plangen validate --help` で使い方を確認できます。", "",
                                "エラー: nope: そのような顧客フォルダも計画ファイルもありません"]
    code, _, err = run_cli(["--lang", "ja", "report", str(MINATO), "--month", "2027-1"])
    assert code == 2
    assert err.splitlines()[-1] == ("エラー: '--month' の値が正しくありません: "
                                    "2027-02 のように月 YYYY-MM で指定してください（'2027-1' になっています）")
    code, _, err = run_cli(["--lang", "ja", "kickoff"])
    assert (code, err.splitlines()[-1]) == (2, "エラー: 'PLAN' を指定してください")


def test_a_bad_plangen_lang_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLANGEN_LANG", "jp_JP")
    code, _, err = run_cli(["validate", "."], tmp_path)
    assert (code, err) == (2, "error: PLANGEN_LANG must be ja or en (got 'jp_JP')\n")


def test_build_summary_in_japanese(tmp_path: Path) -> None:
    shutil.copytree(MINATO, tmp_path / "plans" / "minato")
    code, out, _ = run_cli(["--lang", "ja", "build", "--jobs", "1"], tmp_path)
    assert code == 0
    assert out.startswith("作成 1 件（資料 ") and "点）、変更なし 0 件、失敗 0 件、" in out and out.endswith(" 秒\n")
    code, out, _ = run_cli(["--lang", "ja", "build", "--jobs", "1"], tmp_path)
    assert out.startswith("作成 0 件（資料 0 点）、変更なし 1 件、失敗 0 件、")


def test_help_of_validate_in_japanese() -> None:
    code, out, _ = run_cli(["--lang", "ja", "validate", "--help"])
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == "使い方: plangen validate [OPTIONS] [PLANS]..."
    assert lines[2:4] == ["  PLAN（顧客のフォルダかその plan.yaml）を確認して、見つかった問題をすべて表示し",
                          "  ます。"]
    assert "  --strict    警告も失敗にします（終了コード 1）。" in lines
    assert "  -h, --help  このヘルプを表示して終わります。" in lines
    assert "オプション:" in lines and "PLANS..." not in " ".join(lines[3:])


def test_help_of_build_in_japanese_and_english() -> None:
    _, ja, _ = run_cli(["--lang", "ja", "build", "--help"])
    _, en, _ = run_cli(["--lang", "en", "build", "--help"])
    assert ja.splitlines()[2:4] == ["  顧客ごとにすべての資料（キックオフ資料、会議キット、最新の評価者報告）を書き出",
                                    "  します。"]
    assert "  --force                   入力が変わっていない顧客も作り直し、plangen が書い" in ja.splitlines()
    assert "  --force                   Rebuild clients whose inputs did not change, and" in en.splitlines()
    assert en.splitlines()[0] == "Usage: plangen build [OPTIONS] [PATHS]..."


def test_group_help_lists_commands_in_japanese() -> None:
    _, out, _ = run_cli(["--lang", "ja", "--help"])
    lines = out.splitlines()
    assert "コマンド:" in lines
    assert "  validate   計画を確認して、問題をすべて表示します" in lines
    assert any(line.startswith("  --lang [ja|en]  メッセージとヘルプの言語（ja か en）。") for line in lines)


def test_schema_follows_the_language() -> None:
    _, ja, _ = run_cli(["--lang", "ja", "schema"])
    _, en, _ = run_cli(["schema"])
    impact = ("$defs", "Initiative", "properties", "impact", "description")
    node_ja, node_en = json.loads(ja), json.loads(en)
    for key in impact:
        node_ja, node_en = node_ja[key], node_en[key]
    assert node_ja == "業務への効果。1（小）〜5（大）で、優先度マトリクスの軸になります。"
    assert node_en == "Impact on the business, 1 (small) to 5 (large): prioritisation matrix axis."


def test_message_language_is_independent_of_the_plan_language() -> None:
    code, out, err = run_cli(["--lang", "en", "validate", str(MINATO)])
    assert (code, out) == (0, f"{MINATO}: ok, 1 warning\n")
    assert "3 initiatives run at the same time" in err and "警告" not in err


def test_renderer_warnings_are_said_in_the_message_language(tmp_path: Path) -> None:
    northwind = Path(__file__).resolve().parents[1] / "fixtures" / "examples" / "northwind"
    code, _, err = run_cli(["--lang", "ja", "meetings", str(northwind), "--out", str(tmp_path)])
    assert code == 0
    assert ("警告: 会議 evaluator: weekday と time がないので、カレンダーのファイルは作っていません。"
            "plan.yaml の会議に weekday: と time: を書いてください") in err.splitlines()


def test_template_errors_are_said_in_the_message_language(tmp_path: Path) -> None:
    code, _, err = run_cli(["--lang", "ja", "meetings", str(MINATO), "--out", str(tmp_path / "out"),
                            "--templates", str(tmp_path / "missing")])
    assert code == 1
    assert err.splitlines()[-1] == f"エラー: {tmp_path / 'missing'}: テンプレートのフォルダがありません"


def test_japanese_help_wraps_by_display_width_between_characters() -> None:
    from plangen.cli.wrapping import fill, width

    text = ("計画、実績（actuals.csv か actuals.xlsx）、月次の所見（reports/*.yaml）を確認します。"
            "問題は標準エラーに出ます")
    lines = fill(text, 40, "  ", "  ").splitlines()
    assert all(width(line) <= 40 for line in lines)
    assert "".join(line.strip() for line in lines).replace(" ", "") == text.replace(" ", "")
    assert not any(line.strip()[0] in "、。）」" for line in lines)
    _, out, _ = run_cli(["--lang", "ja", "meetings", "--help"])
    assert all(width(line) <= 100 for line in out.splitlines() if not line.startswith("    plangen"))


def test_plangen_toml_lang_decides_the_messages_when_nothing_else_does(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from plangen.cli.language import resolve

    (tmp_path / "plangen.toml").write_text('lang = "ja"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for name in ("PLANGEN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    assert resolve() == "ja"
    monkeypatch.setenv("PLANGEN_LANG", "en")
    assert resolve() == "en"
    assert resolve("ja") == "ja"
