"""The renewal approval request (稟議書) as a DOCX: sections, the client's voice, blanks to fill, both languages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document

from plangen.cli import cli
from plangen.load.client import load_client
from plangen.model import Client
from plangen.render.ringi import render_ringi
from tests.support.deckcheck import docx_cell_text, docx_paragraph_text
from tests.support.helpers import MINATO, pdf_text, soffice, to_pdf
from tests.support.plan_helpers import write_client

JA_SECTIONS = ("1. 目的", "2. 導入経緯と実施内容", "3. 導入効果", "4. 費用対効果", "5. 次期の計画",
               "6. リスクと対策", "7. 費用と決裁事項", "8. 添付資料")


def _text(path: Path) -> str:
    """Return every paragraph and table cell of a DOCX, one per line, without the measured line breaks."""
    doc = Document(str(path))
    lines = [docx_paragraph_text(p) for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            lines += [docx_cell_text(cell) for cell in row.cells]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def minato_ringi(minato: Client, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return minato's request for 2027-02, drafted on 2027-03-02."""
    out = tmp_path_factory.mktemp("ringi")
    return render_ringi(minato, "2027-02", out, drafted_on=date(2027, 3, 2)).paths[0]


def test_request_is_written_under_ringi_month(minato_ringi: Path) -> None:
    assert minato_ringi.parts[-3:] == ("ringi", "2027-02", "renewal-approval.docx")


def test_japanese_request_has_every_section_in_order(minato_ringi: Path) -> None:
    text = _text(minato_ringi)
    positions = [text.index(section) for section in JA_SECTIONS]
    assert positions == sorted(positions)
    assert text.index("継続利用稟議書") < positions[0]


def test_header_names_subject_date_drafter_approver_and_departments(minato_ringi: Path) -> None:
    text = _text(minato_ringi)
    for expected in ("StockPilot 継続利用の件", "2027年3月2日", "商品本部 MD部 部長 田中 健",
                     "代表取締役社長 佐藤 一郎", "MD部 レディース課", "ディストリビューション課"):
        assert expected in text


def test_purpose_is_written_from_the_objectives_in_the_clients_voice(minato_ringi: Path) -> None:
    text = _text(minato_ringi)
    assert "「期末在庫の積み上がりにより粗利率が3期連続で低下している」という課題に対し、" \
           "期末在庫を20%削減し、粗利率を1.5pt改善することを目指しています。" in text
    assert "これらを実現するため、StockPilotを利用しています。" in text


def test_history_lists_initiatives_with_their_state_and_reached_milestones(minato_ringi: Path) -> None:
    text = _text(minato_ringi)
    assert "値引き最適化\n2027/1/5〜2027/3/31\n実施中" in text
    assert "2026/12/25 データ連携完了" in text


def test_effect_table_shows_baseline_now_target_and_the_agreed_method(minato_ringi: Path) -> None:
    text = _text(minato_ringi)
    assert "定価消化率（レディース）" in text
    assert "62.4%" in text
    assert "対象シーズン品番の定価販売数÷仕入数。前年同期と比較する" in text


def test_cost_and_decision_state_fee_periods_and_what_is_decided(minato_ringi: Path) -> None:
    text = _text(minato_ringi)
    assert "1,440万円" in text
    assert "2026/12/1〜2027/11/30" in text and "2027/12/1〜2028/11/30" in text
    assert "StockPilotの利用を2027年12月1日から2028年11月30日まで継続すること（年間ご利用料金 1,440万円）。" in text


def test_payment_terms_are_left_for_the_promoter_since_the_plan_has_none(minato_ringi: Path) -> None:
    text = _text(minato_ringi)
    assert "支払条件\n【要記入】" in text


def test_missing_inputs_are_marked_to_fill_and_named_in_a_warning(tmp_path: Path) -> None:
    folder = write_client(tmp_path, "version: 1\nclient:\n  name: Acme株式会社\ncontract:\n  start: 2026-12-01\n")
    result = render_ringi(load_client(folder), "2027-01", tmp_path / "out", drafted_on=date(2027, 2, 1))
    text = _text(result.paths[0])
    assert text.count("【要記入】") >= 6
    assert "サービス継続利用の件" in text
    assert len(result.warnings) == 1
    for name in ("drafter", "approver", "purpose", "contract.annual_fee", "contract.end"):
        assert name in result.warnings[0]


def test_plan_text_is_printed_as_written_never_run_as_a_template(tmp_path: Path) -> None:
    plan = ("version: 1\nclient:\n  name: Acme\nvendor:\n  product: \"{{ 7*7 }} & <b>\"\ncontract:\n"
            "  start: 2026-12-01\n")
    result = render_ringi(load_client(write_client(tmp_path, plan)), "2027-01", tmp_path / "out")
    assert "{{ 7*7 }} & <b> 継続利用の件" in _text(result.paths[0])


def test_english_plan_gets_a_renewal_business_case(northwind: Client, tmp_path: Path) -> None:
    path = render_ringi(northwind, "2027-03", tmp_path, drafted_on=date(2027, 4, 2)).paths[0]
    text = _text(path)
    for expected in ("Renewal business case", "1. Purpose", "3. Measured effect", "7. Cost and decision requested",
                     "2 Apr 2027", "we aim to cut overtime hours by 30% within six months.", "Maria Lopez, COO",
                     "Continue using Beacon Forecast from 15 Jan 2028 to 14 Jan 2029 (annual fee $84,000).",
                     "Payment terms\n[to be completed]"):
        assert expected in text
    assert "【要記入】" not in text


def test_ringi_command_writes_the_request_into_the_output_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["ringi", str(MINATO), "--month", "2027-06", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "ringi" / "2027-06" / "renewal-approval.docx").is_file()


def test_restyled_template_in_the_template_folder_is_used(tmp_path: Path, minato: Client) -> None:
    from plangen.resources import templates_dir

    mine = tmp_path / "mine"
    mine.mkdir()
    doc = Document(str(templates_dir() / "ringi.docx"))
    doc.add_paragraph("当社様式 第12号")
    doc.save(str(mine / "ringi.docx"))
    path = render_ringi(minato, "2027-02", tmp_path / "out", templates=mine).paths[0]
    assert "当社様式 第12号" in _text(path)


@pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")
def test_request_round_trips_through_libreoffice_with_japanese_text(minato_ringi: Path, tmp_path: Path) -> None:
    text = "".join(pdf_text(to_pdf(minato_ringi, tmp_path)).split())
    for expected in ("継続利用稟議書", "StockPilot継続利用の件", "導入効果", "以上"):
        assert expected in text


def test_cost_effectiveness_shows_the_same_figures_as_status_json(minato: Client, minato_ringi: Path) -> None:
    from plangen.compute.status import status_dict
    from plangen.text.formats import format_money, format_ratio

    benefit = status_dict(minato, "2027-02")["benefit"]
    text = _text(minato_ringi)

    def yen(value: float) -> str:
        return format_money(value, "JPY", "ja")

    for amount in ("now", "at_target", "annual_fee", "realised_to_date", "fee_to_date"):
        assert yen(benefit[amount]) in text, amount
    assert format_ratio(benefit["now"] / benefit["annual_fee"], "ja") in text
    assert format_ratio(benefit["realised_to_date"] / benefit["fee_to_date"], "ja") in text
    [line] = benefit["lines"]
    assert f"粗利率\n全社\n+0.7pt\n{yen(line['value_per_unit'])}\n{yen(line['amount'])}" in text
    assert "年間効果＝改善幅（基準値から良い方向への差）×1単位の年間効果。" in text


def test_stopping_names_what_would_be_lost_with_the_figures(minato_ringi: Path) -> None:
    text = _text(minato_ringi)
    assert "粗利率：48.2%→48.9%" in text
    assert "現在の改善幅で換算した年間840万円の効果（年間ご利用料金の0.6倍）を手放すことになります。" in text


def test_outlook_gives_each_kpis_projection(minato_ringi: Path) -> None:
    text = _text(minato_ringi)
    assert "見通し" in text
    assert "粗利率：" in text


def test_without_value_per_unit_cost_effectiveness_is_left_to_fill(tmp_path: Path) -> None:
    plan = ("version: 1\nclient:\n  name: Acme\ncontract:\n  start: 2026-12-01\n  annual_fee: 1200000\n"
            "kpis:\n  - id: k\n    name: K\n    baseline: 1\n    target: 2\n")
    result = render_ringi(load_client(write_client(tmp_path, plan)), "2027-01", tmp_path / "out")
    text = _text(result.paths[0])
    assert ("4. 費用対効果\n【要記入】 効果額を算出する指標（value_per_unit）と年間ご利用料金を計画に"
            "記入してください。") in text
