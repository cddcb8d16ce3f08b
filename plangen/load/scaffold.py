"""`plangen new`: write a commented plan that validates as written and shows every section."""

from __future__ import annotations

import os
import re
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from plangen.errors import UsageError, display_path
from plangen.model import add_months
from plangen.text import tr

WORKSPACE_SCHEMA = Path(".plangen") / "plan.schema.json"

_JA = """\
# yaml-language-server: $schema=@SCHEMA@
# 成果支援計画書（plan.yaml）: 「（例）」の部分をこの顧客の内容に書き換えてください。
# 書き方: docs/plan-format.md ／ 確認: plangen validate plans/@SLUG@
# 必須は version・client.name・contract.start だけです。使わない項目は行ごと消してかまいません
# （消したセクションは資料から省かれます）。日付は YYYY-MM-DD、時刻は "HH:MM" と引用符付きで書きます。
version: 1
language: ja            # 資料の見出しの言語: ja / en

client:
  name: （例）株式会社サンプル商事        # 正式社名
  short_name: （例）サンプル商事          # 資料のタイトルに使う短い名前
  industry: （例）専門商社（産業資材）
  segment: enterprise                    # enterprise / mid-market / smb
  # logo: logo.png                       # このフォルダーに置いたロゴ画像

vendor:
  name: （例）自社名
  product: （例）製品名

contract:
  start: @START@
  end: @CONTRACT_END@                    # 更新判断日
  annual_fee: 6000000                    # 年額（費用対効果の計算に使います）
  currency: JPY

support_period:                          # 成果支援期間
  start: @START@
  months: 6

team:                                    # プロジェクト体制
  client:
    # role: final_evaluator（最終評価者） / evaluator（評価者） / promoter（推進者） / user（実利用者） / other
    - name: （例）山田 太郎
      title: 代表取締役
      role: final_evaluator
    - name: （例）鈴木 次郎
      title: 営業本部長
      role: evaluator
    - name: （例）佐藤 三郎
      title: 営業企画部 課長
      role: promoter
      email: saburo.sato@example.jp
    - name: （例）高橋 四郎
      title: 営業企画部
      role: user
  vendor:
    # role: csm / executive_sponsor / sales / support / other
    - name: （例）担当CSM
      title: カスタマーサクセスマネージャー
      role: csm
  responsibilities:                      # 役割ごとの標準の責務に追加するもの
    promoter:
      - （例）月次報告会の資料の社内確認

flow:                                    # ご利用開始後の流れ
  phases:
    - name: 初期設定・データ連携
      start: @START@
      end: @M1_END@
      goals:
        - （例）実利用者全員がログインし、基本操作ができる
    - name: スモールスタート
      start: @M1@
      end: @M3_END@
      goals:
        - （例）対象部署で週次の業務に使う
    - name: 全社展開
      start: @M3@
      end: @PERIOD_END@
      goals:
        - （例）全部署に展開し、推進者が評価者報告を担う
  pitfalls:                              # よくある失敗例と、この計画での防ぎ方
    - pitfall: 実利用者とだけ会話し、評価者が成果を把握していない
      prevention: 月次の評価者報告会で、定量結果を報告する
    - pitfall: 改善テーマを同時に広げすぎて、どれも定着しない
      prevention: 同時に進めるテーマは2つまでとする

objectives:                              # 導入目的と課題: 経営課題 → 問題 → 解決策 → 効果
  - id: obj-1
    business_issue: （例）受注処理の工数が増え、営業の提案時間が減っている
    problem: （例）受注データを手作業で転記している
    solution: （例）受注データを自動で取り込み、転記をなくす
    benefit: （例）受注処理の工数を40%削減する

initiatives:                             # 改善ロードマップ（同時に進めるのは2つまで）
  - id: ini-1
    name: （例）受注入力の自動化
    objective: obj-1                     # objectives の id
    process: （例）受注処理                # どの業務を
    purpose: （例）転記作業をなくす         # 何のために
    approach: （例）受注メールを自動で取り込む  # どのように
    change: （例）1件あたり10分 → 2分       # どれだけ変えるか
    impact: 4                            # インパクト 1〜5
    difficulty: 2                        # 難易度 1〜5
    start: @M1@
    end: @M4_END@
    owner: （例）高橋 四郎
    kpis: [order_minutes]                # kpis の id

kpis:                                    # KGI / KPI と評価方法
  - id: order_minutes
    name: （例）受注1件あたりの処理時間
    kind: kgi                            # kgi / kpi
    unit: 分
    direction: down                      # 良い方向: up / down
    baseline: 10                         # 導入前の値
    target: 6                            # 目標値（down なら baseline より小さく）
    target_date: @PERIOD_END@
    evaluation: （例）月次の平均処理時間を導入前3か月の平均と比較する
    data:
      source: （例）受注システムの処理ログ
      aggregation: 月次平均
      owner: （例）情報システム部
    frequency: monthly                   # weekly / monthly
    value_per_unit: 1200000              # 1単位の改善で年間に得られる金額（contract.currency）

milestones:                              # 支援期間内に置きます
  - id: ms-start
    date: @M1_END@
    name: 初期設定完了
    criteria: （例）実利用者全員が基本操作を終えている
    owner: （例）担当CSM
  - id: ms-review
    date: @PERIOD_END@
    name: 効果検証・支援期間終了
    criteria: （例）KGIの達成状況を評価者に報告している
    owner: （例）佐藤 三郎

case_studies:                            # 他社事例
  - company: （例）A社（卸売・従業員300名）
    scene: （例）受注処理の自動化
    result: （例）処理時間を45%削減

meetings:                                # 会議体（評価者が出る会議を必ず1つ置きます）
  - id: weekly
    name: 定例会
    cadence: weekly                      # weekly / biweekly / monthly
    weekday: tue                         # mon〜sun
    time: "10:00"
    duration_minutes: 45
    attendees: [promoter, user, csm]     # 役割名か team の氏名
    purpose: KPIの進捗とアクションを確認する
    agenda:
      - KPI進捗の共有
      - 今週のアクションの設定
  - id: review
    name: 評価者報告会
    cadence: monthly
    weekday: thu
    week_of_month: 2                     # 第2木曜
    time: "16:00"
    duration_minutes: 45
    attendees: [final_evaluator, evaluator, promoter, csm]
    purpose: 評価者に成果と費用対効果を報告し、方針を決める
    agenda:
      - 今月の成果（KGI/KPI）
      - ご判断いただきたい事項

health:                                  # ヘルススコア（重みの合計は100）
  components:
    - id: coverage
      name: ID利用率
      metric: active_user_ratio          # actuals.csv の metric 名
      weight: 60
      poor: 0.3                          # 0点になる値
      good: 0.8                          # 満点になる値
    - id: touch
      name: 定例会出席率
      metric: meeting_attendance
      weight: 40
      poor: 0.5
      good: 1.0
  levels:                                # min の昇順、最初は0
    - {name: Lv1, min: 0}
    - {name: Lv2, min: 50}
    - {name: Lv3, min: 75}
  alert_drop: 10                         # 前月から何点下がったら警告するか

timezone: Asia/Tokyo

risks:
  - risk: （例）繁忙期に実利用者の工数が確保できない
    likelihood: medium                   # low / medium / high
    impact: medium
    mitigation: （例）繁忙期は定例会を30分に短縮する
    owner: （例）担当CSM

style:                                   # 資料のフォント・アクセント色（省略可）
  font_ea: Meiryo
  font_latin: Segoe UI
  accent: "#1F4E79"                      # 引用符が必要です（# はコメントの記号）
"""

_EN = """\
# yaml-language-server: $schema=@SCHEMA@
# Success plan (plan.yaml): replace every "(e.g.)" with this client's content.
# Format: docs/plan-format.md  Check: plangen validate plans/@SLUG@
# Only version, client.name and contract.start are required; delete what you do not use
# (a missing section is left out of the documents). Dates are YYYY-MM-DD; quote times: "HH:MM".
version: 1
language: en            # language of the document labels: ja / en

client:
  name: (e.g.) Example Industries Inc.   # legal name
  short_name: (e.g.) Example             # used in titles
  industry: (e.g.) Industrial distribution
  segment: mid-market                    # enterprise / mid-market / smb
  # logo: logo.png                       # an image in this folder

vendor:
  name: (e.g.) Your company
  product: (e.g.) Your product

contract:
  start: @START@
  end: @CONTRACT_END@                    # renewal decision date
  annual_fee: 60000                      # for the cost-effectiveness figures
  currency: USD

support_period:                          # the success-support period
  start: @START@
  months: 6

team:
  client:
    # role: final_evaluator / evaluator / promoter / user / other
    - name: (e.g.) Jane Doe
      title: VP Sales Operations
      role: evaluator
    - name: (e.g.) John Smith
      title: Sales Operations Manager
      role: promoter
      email: john.smith@example.com
    - name: (e.g.) Alex Kim
      title: Order Desk Lead
      role: user
  vendor:
    # role: csm / executive_sponsor / sales / support / other
    - name: (e.g.) Your name
      title: Customer Success Manager
      role: csm
  responsibilities:                      # added to the built-in responsibilities of a role
    promoter:
      - (e.g.) Reviews the monthly report before it goes to the evaluator

flow:                                    # what happens after the start of use
  phases:
    - name: Setup and data integration
      start: @START@
      end: @M1_END@
      goals:
        - (e.g.) Every user has logged in and completed the basics
    - name: Small start
      start: @M1@
      end: @M3_END@
      goals:
        - (e.g.) The first team uses it in its weekly routine
    - name: Roll-out
      start: @M3@
      end: @PERIOD_END@
      goals:
        - (e.g.) All teams use it; the promoter runs the evaluator review
  pitfalls:                              # common failures and how this plan prevents them
    - pitfall: Talking only to users while the evaluator never sees the results
      prevention: Report the numbers in a monthly evaluator review
    - pitfall: Starting too many improvements at once so that none takes hold
      prevention: Run at most two initiatives at the same time

objectives:                              # business issue -> problem -> solution -> benefit
  - id: obj-1
    business_issue: (e.g.) Order handling takes time away from selling
    problem: (e.g.) Orders are retyped by hand from e-mail
    solution: (e.g.) Import orders automatically
    benefit: (e.g.) Cut order-handling time by 40%

initiatives:                             # the roadmap; run at most two at the same time
  - id: ini-1
    name: (e.g.) Automated order entry
    objective: obj-1                     # an objective id
    process: (e.g.) Order handling       # which business process
    purpose: (e.g.) Stop retyping orders # for what purpose
    approach: (e.g.) Import order e-mails automatically  # how
    change: (e.g.) 10 minutes per order down to 2        # by how much
    impact: 4                            # 1-5
    difficulty: 2                        # 1-5
    start: @M1@
    end: @M4_END@
    owner: (e.g.) Alex Kim
    kpis: [order_minutes]                # KPI ids

kpis:
  - id: order_minutes
    name: (e.g.) Minutes per order
    kind: kgi                            # kgi / kpi
    unit: min
    direction: down                      # which way is better: up / down
    baseline: 10                         # value before the project
    target: 6                            # for down: below the baseline
    target_date: @PERIOD_END@
    evaluation: (e.g.) Monthly average compared with the three months before go-live
    data:
      source: (e.g.) Order system log
      aggregation: Monthly average
      owner: (e.g.) IT
    frequency: monthly                   # weekly / monthly
    value_per_unit: 12000                # money gained per year per unit of improvement

milestones:                              # keep them inside the support period
  - id: ms-setup
    date: @M1_END@
    name: Setup complete
    criteria: (e.g.) Every user has completed the basics
    owner: (e.g.) Your name
  - id: ms-review
    date: @PERIOD_END@
    name: Results review, end of support period
    criteria: (e.g.) KGI results reported to the evaluator
    owner: (e.g.) John Smith

case_studies:
  - company: (e.g.) Company A (wholesale, 300 staff)
    scene: (e.g.) Automated order entry
    result: (e.g.) Order handling time down 45%

meetings:                                # include an evaluator in at least one meeting
  - id: weekly
    name: Weekly check-in
    cadence: weekly                      # weekly / biweekly / monthly
    weekday: tue                         # mon .. sun
    time: "10:00"
    duration_minutes: 30
    attendees: [promoter, user, csm]     # roles or names from team
    purpose: Review KPI progress and agree this week's actions
    agenda:
      - KPI progress
      - Actions for this week
  - id: review
    name: Evaluator review
    cadence: monthly
    weekday: thu
    week_of_month: 2                     # the second Thursday
    time: "16:00"
    duration_minutes: 45
    attendees: [evaluator, promoter, csm]
    purpose: Report results and value to the evaluator and agree the direction
    agenda:
      - Results this month (KGI/KPI)
      - Decisions needed

health:                                  # health score; weights sum to 100
  components:
    - id: coverage
      name: Active users
      metric: active_user_ratio          # a metric name in actuals.csv
      weight: 60
      poor: 0.3                          # worth 0 points
      good: 0.8                          # worth full points
    - id: touch
      name: Meeting attendance
      metric: meeting_attendance
      weight: 40
      poor: 0.5
      good: 1.0
  levels:                                # ascending min, the first at 0
    - {name: At risk, min: 0}
    - {name: Stable, min: 50}
    - {name: Healthy, min: 75}
  alert_drop: 10                         # alert when the score falls this much in a month

timezone: America/New_York

risks:
  - risk: (e.g.) Users have no time during the quarter-end peak
    likelihood: medium                   # low / medium / high
    impact: medium
    mitigation: (e.g.) Shorten the weekly check-in to 15 minutes during the peak
    owner: (e.g.) Your name

style:                                   # fonts and accent colour (optional)
  font_ea: Meiryo
  font_latin: Segoe UI
  accent: "#1F4E79"                      # quote it: # starts a comment
"""

ACTUALS_HEADER = "period,metric,value,note\n"

# Text in a new plan that marks an example to replace; a plan still holding one is warned about.
PLACEHOLDER_MARKERS = ("（例）", "(例)", "(e.g.)")
# Fields whose example values (with the marker removed) are still the scaffold's, not the client's.
NAME_FIELDS = ("name", "short_name", "product", "company")
_FIELD_LINE = re.compile(r"^\s*(?:-\s+)?(\w+):\s+(.+?)\s*(?:#.*)?$")


def has_placeholder_marker(text: str) -> bool:
    """Return True when `text` holds a marker such as `（例）` or `(e.g.)` from a new plan."""
    return ("例" in text or "e.g." in text) and any(marker in text for marker in PLACEHOLDER_MARKERS)


def strip_markers(text: str) -> str:
    """Return `text` without the example markers and the spaces around them."""
    for marker in PLACEHOLDER_MARKERS:
        text = text.replace(marker, "")
    return text.strip()


@cache
def example_names() -> frozenset[str]:
    """Return the scaffold's example names (company, people, product) with their markers removed."""
    names = set()
    for text in (_JA, _EN):
        for line in text.splitlines():
            found = _FIELD_LINE.match(line)
            if found and found[1] in NAME_FIELDS and has_placeholder_marker(found[2]):
                names.add(strip_markers(found[2]))
    return frozenset(names)


@cache
def example_emails() -> frozenset[str]:
    """Return the example e-mail addresses of the scaffold's team."""
    return frozenset(found[2] for text in (_JA, _EN) for line in text.splitlines()
                     if (found := _FIELD_LINE.match(line)) and found[1] == "email")


def first_of_next_month(today: date) -> date:
    """Return the first day of the month after `today`."""
    return add_months(today.replace(day=1), 1)


def plan_text(slug: str, lang: str, start: date, schema: str) -> str:
    """Return the commented plan.yaml for a new client starting on `start`."""

    def month(n: int) -> date:
        return add_months(start, n)

    def month_end(n: int) -> date:
        return month(n) - timedelta(days=1)

    values = {
        "@SCHEMA@": schema, "@SLUG@": slug, "@START@": start.isoformat(),
        "@CONTRACT_END@": month_end(12).isoformat(), "@PERIOD_END@": month_end(6).isoformat(),
        "@M1@": month(1).isoformat(), "@M1_END@": month_end(1).isoformat(),
        "@M3@": month(3).isoformat(), "@M3_END@": month_end(3).isoformat(), "@M4_END@": month_end(4).isoformat(),
    }
    text = _JA if lang == "ja" else _EN  # whole skeleton files per language, not words of a document
    for token, value in values.items():
        text = text.replace(token, value)
    return text


def schema_reference(folder: Path, schema: Path) -> str:
    """Return the `$schema` path of a plan in `folder`: `schema` relative to it, with forward slashes."""
    return Path(os.path.relpath(schema.resolve(), folder.resolve())).as_posix()


def create_plan(slug: str, lang: str, root: Path, today: date | None = None, plans: Path | None = None,
                schema: Path | None = None, messages: str = "en") -> Path:
    """Create PLANS/SLUG/ (default ROOT/plans) with plan.yaml and an empty actuals.csv; return the folder.

    The plan's modeline points at `schema` (default ROOT/.plangen/plan.schema.json) by a relative path;
    `lang` is the plan's language, `messages` the language of the UsageErrors raised when it cannot.
    """
    from plangen.load.discover import SLUG

    if not SLUG.match(slug):
        raise UsageError(tr(messages, "cli.new.bad_slug", got=repr(slug), rule=tr(messages, "cli.new.slug_rule")))
    if lang not in ("ja", "en"):
        raise UsageError(tr(messages, "cli.new.bad_lang", got=repr(lang)))
    folder = (plans if plans is not None else root / "plans") / slug
    if folder.exists():
        raise UsageError(tr(messages, "cli.new.exists", path=display_path(folder)))
    start = first_of_next_month(today or date.today())
    folder.mkdir(parents=True)
    reference = schema_reference(folder, schema or root / WORKSPACE_SCHEMA)
    (folder / "plan.yaml").write_text(plan_text(slug, lang, start, reference), encoding="utf-8")
    (folder / "actuals.csv").write_text(ACTUALS_HEADER, encoding="utf-8")
    return folder
