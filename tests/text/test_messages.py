"""Every kind of message exists in Japanese and English: same place and key path, the sentence in the CSM's language."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from plangen.errors import InputError, Problem
from plangen.load.checks import is_placeholder_warning
from plangen.load.client import load_client
from plangen.load.hints import enum_hint
from plangen.load.scaffold import plan_text
from plangen.load.schema import plan_schema
from plangen.load.validation import validator_sentence
from plangen.text import tr
from tests.support.plan_helpers import BASE, cwd, write_client

GOOD = plan_text("acme", "en", date(2027, 1, 1), "../../schema/plan.schema.json")
MODEL = Path(__file__).resolve().parents[2] / "plangen" / "model" / "__init__.py"


def problems(folder: Path, lang: str) -> list[str]:
    """Return every problem of the client at `folder` as printed, in the message language `lang` (without the
    warnings about the example text of `plangen new`, which GOOD keeps on purpose)."""
    with cwd(folder.parent):
        try:
            found = load_client(folder.name, lang).warnings
        except InputError as exc:
            found = exc.problems
    return [str(p) for p in found if not is_placeholder_warning(p)]


def both(folder: Path) -> tuple[list[str], list[str]]:
    """Return the problems of `folder` in Japanese and in English."""
    return problems(folder, "ja"), problems(folder, "en")


def test_type_error_keeps_place_and_key_and_says_the_rest_in_japanese(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "initiatives:\n  - id: a\n    name: A\n    impact: 7\n")
    assert both(folder) == (
        ["acme/plan.yaml:9:13: initiatives[0].impact: 1〜5 の整数で書いてください（7 になっています）"],
        ["acme/plan.yaml:9:13: initiatives[0].impact: must be 1-5 (got '7')"])


def test_unknown_key_with_did_you_mean(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "kpi:\n  - id: a\n")
    assert both(folder) == (["acme/plan.yaml:6:1: kpi: 知らないキーです。`kpis` のことですか？（kpi になっています）"],
                            ["acme/plan.yaml:6:1: kpi: unknown key; did you mean `kpis`? (got 'kpi')"])


def test_reference_error(tmp_path: Path) -> None:
    folder = write_client(tmp_path, GOOD.replace("objective: obj-1", "objective: obj-9", 1))
    ja, en = both(folder)
    assert ja == ["acme/plan.yaml:85:16: initiatives[0].objective: この id の目的（objective）はありません。"
                  "`obj-1` のことですか？（obj-9 になっています）"]
    assert en == ["acme/plan.yaml:85:16: initiatives[0].objective: no objective with this id; did you mean `obj-1`? "
                  "(got 'obj-9')"]


def test_model_validator_sentence(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE.replace("2026-12-01", "2027-02-30"))
    assert both(folder) == (
        ["acme/plan.yaml:5:10: contract.start: 実在しない日付です。"
         "2027-02 は 28 日までです（2027-02-30 になっています）"],
        ["acme/plan.yaml:5:10: contract.start: is not a real date: 2027-02 has 28 days (got '2027-02-30')"])


def test_every_model_validator_sentence_has_its_catalog_words() -> None:
    """A new `raise ValueError("...")` in plangen.model must get catalog words, or Japanese CSMs read English."""
    sentences = re.findall(r"raise ValueError\((f?)(['\"])(.*?)\2\)", MODEL.read_text(encoding="utf-8"))
    assert sentences
    for is_f, _, text in sentences:
        sample = re.sub(r"\{[^}]*\}", "2", text) if is_f else text.replace('\\"', '"')
        sample = sample.replace("2-2 has", "2027-02 has")
        assert validator_sentence("ja", sample) != tr("ja", "messages.invalid", detail=sample), text


PLAN_CHECKS = [
    ("team", BASE + "team:\n  client:\n    - {name: Pat, role: promoter}\n",
     "acme/plan.yaml:8:5: 警告: team.client: 顧客側の体制に評価者がいません。"
     "更新を決める人が成果を目にしないままになり、"
     "利用者は満足しているのに解約される、いちばん多い原因になります"),
    ("enterprise", GOOD.replace("segment: mid-market", "segment: enterprise"),
     "acme/plan.yaml:13:12: 警告: client.segment: エンタープライズの顧客なのに最終評価者（final_evaluator）がいません。"
     "大きな会社では評価者より上の役員が更新を決めます。その人を書いて、報告先にしてください"),
    ("initiative", GOOD.replace("kpis: [order_minutes]", "kpis: []"),
     "acme/plan.yaml:83:5: 警告: initiatives[0]: 施策 `ini-1` に KPI がありません。更新のときに、"
     "この施策の効果を評価者に示せません"),
    ("meeting-evaluator", GOOD.replace("attendees: [evaluator, promoter, csm]", "attendees: [promoter, csm]"),
     "acme/plan.yaml:132:3: 警告: meetings: 評価者が出る会議がありません。更新を決める人には、更新のときだけでなく"
     "定期的に成果を聞いてもらう必要があります"),
    ("milestone", GOOD.replace("    date: 2027-01-31", "    date: 2027-09-30"),
     "acme/plan.yaml:116:11: 警告: milestones[0].date: マイルストーン `ms-setup` が成果支援期間 2027-01-01〜2027-06-30 "
     "の外にあります。支援が終わった後に約束した成果は、まず実現しません"),
    ("slot", GOOD.replace('    time: "16:00"\n', ""),
     "acme/plan.yaml:143:5: 警告: meetings[1]: 会議 `review` に `weekday` か `time` がないので、"
     "カレンダーの予定が作られません。"
     "日時の決まっていない会議は真っ先に流れます"),
]


@pytest.mark.parametrize(("plan", "expected"), [(p, e) for _, p, e in PLAN_CHECKS], ids=[n for n, _, _ in PLAN_CHECKS])
def test_plan_checks_say_why_it_matters_in_japanese(tmp_path: Path, plan: str, expected: str) -> None:
    folder = write_client(tmp_path, plan)
    assert [line for line in problems(folder, "ja") if ": 警告: " in line] == [expected]


def test_plan_checks_with_fields_in_japanese(tmp_path: Path) -> None:
    kpis = write_client(tmp_path / "a", BASE + "kpis:\n  - id: k\n    name: K\n")
    assert problems(kpis, "ja")[2:] == [
        "acme/plan.yaml:7:5: 警告: kpis[0]: KPI `k` に `evaluation` がありません。評価のしかたを合意しておかないと、"
        "何がどれだけ良くなったかを数字で言えません",
        "acme/plan.yaml:7:5: 警告: kpis[0]: KPI `k` に `data.source` がありません。測れない KPI は報告されず、"
        "評価者は成果を目にしません"]
    extra = "".join(f"  - {{id: x{i}, name: X{i}, start: 2027-03-0{i}, end: 2027-04-30, kpis: [order_minutes]}}\n"
                    for i in (1, 2))
    overlap = write_client(tmp_path / "b", GOOD.replace("\nkpis:\n", "\n" + extra + "kpis:\n"))
    assert problems(overlap, "ja") == [
        "acme/plan.yaml:98:31: 警告: initiatives[2].start: 2027-03-02 に 3 つの施策が同時に走っています（ini-1、x1、"
        "x2）。"
        "全部を一度にやろうとすると、どれも定着しないことがよくあります。同時に走らせるのは 2 つまでにしてください"]
    actuals = "period,metric,value\n2027-01,active_user_ratio,0.5\n"
    health = write_client(tmp_path / "c", GOOD, **{"actuals.csv": actuals})
    assert problems(health, "ja") == [
        "acme/plan.yaml:166:15: 警告: health.components[1].metric: "
        "実績に指標 `meeting_attendance` の値がひとつもないので、"
        "報告ではこの構成要素は 0 点になります"]


def test_plan_without_meetings_is_warned_in_japanese(tmp_path: Path) -> None:
    start = GOOD.index("\nmeetings:")
    end = GOOD.index("\nhealth:")
    folder = write_client(tmp_path, GOOD[:start] + GOOD[end:])
    assert [line for line in problems(folder, "ja") if "会議がひとつもありません" in line] == [
        "acme/plan.yaml:6:1: 警告: 会議がひとつもありません。評価者への定期的な報告がないと、"
        "更新を決める人に成果が伝わりません"]


def test_actuals_csv_error(tmp_path: Path) -> None:
    folder = write_client(tmp_path, GOOD, **{"actuals.csv": "period,metric,value\n2027-02,order_minutes,abc\n"})
    assert both(folder) == (["acme/actuals.csv:2:23: 2 行目: value: 数値で書いてください（abc になっています）"],
                            ["acme/actuals.csv:2:23: row 2: value: must be a number (got 'abc')"])


def test_notes_error(tmp_path: Path) -> None:
    folder = write_client(tmp_path, GOOD, **{"reports__2027-02.yaml": "month: 2027-03\n"})
    assert both(folder) == (
        ["acme/reports/2027-02.yaml:1:8: month: ファイル名 2027-02.yaml と月が違います（2027-03 になっています）"],
        ["acme/reports/2027-02.yaml:1:8: month: does not match the file name 2027-02.yaml (got '2027-03')"])


def test_yaml_syntax_error(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "kpis: [a, b\n")
    assert both(folder) == (["acme/plan.yaml:7:1: 6 行目で開いた `[` が `]` で閉じられていません"],
                            ["acme/plan.yaml:7:1: a `[` opened on line 6 is not closed with `]`"])


def test_unreadable_file(tmp_path: Path) -> None:
    folder = write_client(tmp_path, "\ufeffversion: 1\n".encode("utf-16"))
    assert problems(folder, "ja") == ["acme/plan.yaml:1:1: ファイルが UTF-16（「Unicode」）で保存されています。"
                                      "UTF-8 で保存し直してください（メモ帳: 名前を付けて保存 → 文字コード UTF-8）"]


def test_shape_words_are_translated(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "vendor: [a]\n")
    assert both(folder) == (["acme/plan.yaml:6:9: vendor: `key: value` の行を並べて書いてください"
                             "（リスト になっています）"],
                            ["acme/plan.yaml:6:9: vendor: must be a mapping of `key: value` lines (got a list)"])


@pytest.mark.parametrize(("written", "choices", "meant"), [
    ("推進者", ["final_evaluator", "evaluator", "promoter", "user", "other"], "promoter"),
    ("評価者", ["final_evaluator", "evaluator", "promoter", "user", "other"], "evaluator"),
    ("最終評価者", ["final_evaluator", "evaluator", "promoter", "user", "other"], "final_evaluator"),
    ("実利用者", ["final_evaluator", "evaluator", "promoter", "user", "other"], "user"),
    ("CSM", ["csm", "executive_sponsor", "sales", "support", "other"], "csm"),
    ("カスタマーサクセス", ["csm", "executive_sponsor", "sales", "support", "other"], "csm"),
    ("水", ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], "wed"),
    ("水曜日", ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], "wed"),
    ("毎週", ["weekly", "biweekly", "monthly"], "weekly"),
    ("隔週", ["weekly", "biweekly", "monthly"], "biweekly"),
    ("毎月", ["weekly", "biweekly", "monthly"], "monthly"),
    ("上", ["up", "down"], "up"),
    ("下", ["up", "down"], "down"),
    ("高いほど良い", ["up", "down"], "up"),
    ("KGI", ["kgi", "kpi"], "kgi"),
    ("ＫＰＩ", ["kgi", "kpi"], "kpi"),
    ("エンタープライズ", ["enterprise", "mid-market", "smb"], "enterprise"),
    ("高", ["low", "medium", "high"], "high"),
    ("中", ["low", "medium", "high"], "medium"),
    ("低", ["low", "medium", "high"], "low"),
    ("完了", ["done", "on_track", "at_risk", "delayed"], "done"),
    ("順調", ["done", "on_track", "at_risk", "delayed"], "on_track"),
    ("要注意", ["done", "on_track", "at_risk", "delayed"], "at_risk"),
    ("遅れ", ["done", "on_track", "at_risk", "delayed"], "delayed"),
    ("週次", ["weekly", "monthly"], "weekly"),
    ("月次", ["weekly", "monthly"], "monthly"),
    ("Wednesday", ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], None),
    ("promter", ["final_evaluator", "evaluator", "promoter", "user", "other"], "promoter"),
])
def test_enum_hints_accept_the_words_documents_print(written: str, choices: list[str], meant: str | None) -> None:
    assert enum_hint(written, choices) == meant


def test_enum_hint_in_a_plan(tmp_path: Path) -> None:
    folder = write_client(tmp_path, BASE + "team:\n  client:\n    - {name: A, role: 推進者}\n")
    assert both(folder) == (
        ["acme/plan.yaml:8:23: team.client[0].role: final_evaluator、evaluator、promoter、user、"
         "other のどれかを書いてください。"
         "`promoter` のことですか？（推進者 になっています）"],
        ["acme/plan.yaml:8:23: team.client[0].role: must be one of: final_evaluator, evaluator, promoter, user or "
         "other; "
         "did you mean `promoter`? (got '推進者')"])


def test_schema_descriptions_follow_the_language() -> None:
    ja, en = plan_schema("ja"), plan_schema("en")
    impact = ("$defs", "Initiative", "properties", "impact", "description")

    def at(schema: dict[str, object], path: tuple[str, ...]) -> object:
        node: object = schema
        for part in path:
            assert isinstance(node, dict)
            node = node[part]
        return node

    assert at(ja, impact) == "業務への効果。1（小）〜5（大）で、優先度マトリクスの軸になります。"
    assert at(en, impact) == "Impact on the business, 1 (small) to 5 (large): prioritisation matrix axis."
    assert ja["description"] == "顧客ごとの成果支援計画書です。書き方: docs/plan-format.md"


def test_problem_defaults_are_the_catalog_english_frame() -> None:
    plain = Problem("p", 1, 1, "w", "what", "'x'", "warning")
    assert (plain.got_frame, plain.warning_word) == (tr("en", "messages.got"), tr("en", "messages.warning"))
    assert str(plain) == "p:1:1: warning: w: what (got 'x')"


def test_newer_plan_checks_in_japanese(tmp_path: Path) -> None:
    ringi = write_client(tmp_path / "a", BASE + "kpis:\n  - id: k\n    name: K\n")
    assert [w for w in problems(ringi, "ja") if ": contract: " in w] == [
        "acme/plan.yaml:5:3: 警告: contract: 継続利用稟議書（plangen ringi）に空欄が残ります: contract.end、"
        "contract.annual_fee、value_per_unit のある KPI。これがないと、推進者は社内の書式で更新の価値を示せません"]
    plan = BASE + ("flow:\n  phases:\n    - {name: Later, start: 2027-06-01, end: 2027-07-31}\n"
                   "kpis:\n  - {id: k, name: K, evaluation: e, data: {source: s}}\n")
    assert [w for w in problems(write_client(tmp_path / "b", plan), "ja") if "flow" in w] == [
        "acme/plan.yaml:8:28: 警告: flow.phases[0].start: フェーズ `Later` の開始日が成果支援期間 "
        "2026-12-01〜2027-05-31 の外にあります。期間の外に予定した取り組みは、支援がないまま定着しません"]
    priced = BASE.replace("  start: 2026-12-01\n", "  start: 2026-12-01\n  annual_fee: 100\n") + (
        "kpis:\n  - {id: k, name: K, baseline: 0, target: 20, evaluation: e, data: {source: s}, value_per_unit: 60}\n")
    found = [w for w in problems(write_client(tmp_path / "c", priced), "ja") if "annual_fee:" in w]
    assert found == ["acme/plan.yaml:6:15: 警告: contract.annual_fee: "
                     "目標達成時の年間効果が年間ご利用料金の 12.0 倍です。"
                     "二重に数えていないか（`parent` を設定）、先行範囲の値を全社の値として金額にしていないか"
                     "（`scope` を設定し、value_per_unit を下げる）確認してください。"
                     "このままでは役員に信じてもらえません"]


def test_default_zone_check_in_japanese() -> None:
    northwind = Path(__file__).resolve().parents[1] / "fixtures" / "examples" / "northwind"
    lines = [line for line in problems(northwind, "ja") if "Asia/Tokyo" in line]
    assert [line.split(": 警告: ")[1] for line in lines] == [
        "meetings[0].time: 英語の計画に `timezone` がないので、会議（weekly）の時刻は既定の Asia/Tokyo になっています。"
        "招待が正しい時刻に届くよう設定してください（例: timezone: America/New_York）"]


def test_number_and_encoding_problems_in_japanese(tmp_path: Path) -> None:
    actuals = "period,metric,value\n2027-02,order_minutes,１２\n"
    numbers = write_client(tmp_path / "a", GOOD, **{"actuals.csv": actuals})
    assert problems(numbers, "ja") == ["acme/actuals.csv:2:23: 2 行目: value: 全角の文字 `１` があります。"
                                       "数字は半角で書いてください（１２ になっています）"]
    legacy = write_client(tmp_path / "b", "version: 1\nclient:\n  name: 株式会社みなと\n".encode("cp932"))
    assert problems(legacy, "ja") == ["acme/plan.yaml:3:9: ファイルが UTF-8 ではなく Shift_JIS のようです"
                                      "（古い日本語 Windows の Excel やメモ帳の文字コード）。"
                                      "UTF-8 で保存し直してください（メモ帳: 名前を付けて保存 → 文字コード UTF-8）"]


def test_os_errors_in_japanese() -> None:
    import errno

    from plangen.errors import WriteError
    from plangen.text.said import error_in_language

    full = OSError(errno.ENOSPC, "No space left on device")
    assert error_in_language(WriteError(Path("out/kickoff.pptx"), full), "ja") == (
        "out/kickoff.pptx を書けません: ディスクがいっぱいです")
    assert error_in_language(WriteError(Path("out/kickoff.pptx"), full), "en") == (
        "cannot write out/kickoff.pptx: the disk is full")
