"""Plan checks (`checks.*`): warnings where a plan departs from the practice that keeps clients renewing.

Each says what is missing and why it matters, in Japanese and English.
"""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "ja": {
        "checks.no_evaluator": "顧客側の体制に評価者がいません。更新を決める人が成果を目にしないままになり、"
                               "利用者は満足しているのに解約される、いちばん多い原因になります",
        "checks.enterprise_final": "エンタープライズの顧客なのに最終評価者（final_evaluator）がいません。"
                                   "大きな会社では評価者より上の役員が更新を決めます。その人を書いて、"
                                   "報告先にしてください",
        "checks.kpi_evaluation": "KPI `{id}` に `evaluation` がありません。評価のしかたを合意しておかないと、"
                                 "何がどれだけ良くなったかを数字で言えません",
        "checks.kpi_source": "KPI `{id}` に `data.source` がありません。測れない KPI は報告されず、"
                             "評価者は成果を目にしません",
        "checks.initiative_kpis": "施策 `{id}` に KPI がありません。更新のときに、この施策の効果を評価者に示せません",
        "checks.overlap": "{date} に {count} つの施策が同時に走っています（{names}）。"
                          "全部を一度にやろうとすると、どれも定着しないことがよくあります。"
                          "同時に走らせるのは 2 つまでにしてください",
        "checks.meeting_evaluator": "評価者が出る会議がありません。更新を決める人には、更新のときだけでなく"
                                    "定期的に成果を聞いてもらう必要があります",
        "checks.no_meetings": "会議がひとつもありません。評価者への定期的な報告がないと、"
                              "更新を決める人に成果が伝わりません",
        "checks.milestone_period": "マイルストーン `{id}` が成果支援期間 {start}〜{end} の外にあります。"
                                   "支援が終わった後に約束した成果は、まず実現しません",
        "checks.health_metric": "実績に指標 `{metric}` の値がひとつもないので、報告ではこの構成要素は 0 点になります",
        "checks.what.phase": "フェーズ `{name}`",
        "checks.what.initiative": "施策 `{id}`",
        "checks.outside_period.start": "{what} の開始日が成果支援期間 {start}〜{end} の外にあります。"
                                       "期間の外に予定した取り組みは、支援がないまま定着しません",
        "checks.outside_period.end": "{what} の終了日が成果支援期間 {start}〜{end} の外にあります。"
                                     "期間の外に予定した取り組みは、支援がないまま定着しません",
        "checks.double_priced": "KPI `{id}` と上位の `{ancestor}` の両方に value_per_unit があります。"
                                "上位の効果にこの KPI の分も含まれるので、`{ancestor}` で 1 回だけ数えます",
        "checks.when.target": "目標達成時",
        "checks.when.now": "現時点（{month}）",
        "checks.benefit_10x": "{when}の年間効果が年間ご利用料金の {ratio} 倍です。"
        "二重に数えていないか（`parent` を設定）、"
                              "先行範囲の値を全社の値として金額にしていないか（`scope` を設定し、"
                              "value_per_unit を下げる）"
                              "確認してください。このままでは役員に信じてもらえません",
        "checks.default_zone": "英語の計画に `timezone` がないので、会議（{names}）の時刻は既定の Asia/Tokyo に"
                               "なっています。"
                               "招待が正しい時刻に届くよう設定してください（例: timezone: America/New_York）",
        "checks.ringi.priced_kpi": "value_per_unit のある KPI",
        "checks.placeholder_text": "`plangen new` の記入例が残っています。この顧"
                                   "客の内容に書き換えるか、行を削除してください"
                                   "（資料にはこのまま載ります）",
        "checks.placeholder_name": "`plangen new` の例の名前が残っています。実際の名前"
                                   "に書き換えてください（資料にはこのまま載ります）",
        "checks.placeholder_email": "`plangen new` の例のメールアドレスが残っています"
                                    "。実際のものに書き換えるか、行を削除してください"
                                    "（資料にはこのまま載ります）",
        "checks.ringi_inputs": "継続利用稟議書（plangen ringi）に空欄が残ります: {items}。これがないと、推進者は"
                               "社内の書式で更新の価値を示せません",
        "checks.meeting_slot": "会議 `{id}` に `weekday` か `time` がないので、カレンダーの予定が作られません。"
                               "日時の決まっていない会議は真っ先に流れます",
    },
    "en": {
        "checks.no_evaluator": "no evaluator in the client team: the person who decides renewal never sees the "
                               "value, which is the most common reason satisfied users still churn",
        "checks.enterprise_final": "an enterprise client without a final_evaluator: at large clients the renewal "
                                   "is decided by executives above the evaluator; name them so they are reported to",
        "checks.kpi_evaluation": "KPI `{id}` has no `evaluation`: without an agreed way to judge it, nobody can "
                                 "say in numbers what improved",
        "checks.kpi_source": "KPI `{id}` has no `data.source`: a KPI nobody can measure is never reported, "
                             "and the evaluator sees no result",
        "checks.initiative_kpis": "initiative `{id}` lists no KPIs: its effect cannot be shown to the evaluator "
                                  "at renewal",
        "checks.overlap": "{count} initiatives run at the same time on {date} ({names}): attempting everything at "
                          "once is a common reason nothing takes hold; run at most two",
        "checks.meeting_evaluator": "no meeting includes an evaluator: the people who decide renewal must hear the "
                                    "results regularly, not only at renewal time",
        "checks.no_meetings": "the plan defines no meetings: without a regular report to the evaluators, the value "
                              "is never shown to those who decide renewal",
        "checks.milestone_period": "milestone `{id}` is outside the support period {start}..{end}: results "
                                   "promised after support ends are rarely delivered",
        "checks.health_metric": "no actuals carry the metric `{metric}`, so this component scores nothing in reports",
        "checks.what.phase": "phase `{name}`",
        "checks.what.initiative": "initiative `{id}`",
        "checks.outside_period.start": "{what} starts outside the support period {start}..{end}: work planned "
                                       "outside it has no support to land it",
        "checks.outside_period.end": "{what} ends outside the support period {start}..{end}: work planned "
                                     "outside it has no support to land it",
        "checks.double_priced": "KPI `{id}` and its ancestor `{ancestor}` both have value_per_unit: the ancestor's "
                                "value already contains this one, so it is counted once, at `{ancestor}`",
        "checks.when.target": "at target",
        "checks.when.now": "now ({month})",
        "checks.benefit_10x": "the annual benefit {when} is {ratio}x the annual fee: check for double counting "
                              "(set `parent`) or a pilot-scope value priced company-wide (set `scope`, lower "
                              "value_per_unit); an executive will not believe it",
        "checks.default_zone": "meetings ({names}) are timed in Asia/Tokyo, the default, in an English plan without "
                               "`timezone`: set it (e.g. timezone: America/New_York) so that invitations arrive at "
                               "the right hour",
        "checks.ringi.priced_kpi": "a KPI with value_per_unit",
        "checks.placeholder_text": "example text left from `plangen new`: write this client's own or delete the line "
                                   "(documents show it as written)",
        "checks.placeholder_name": "example name left from `plangen new`: write the real one (documents show it as "
                                   "written)",
        "checks.placeholder_email": "example address left from `plangen new`: write the real one or delete the line "
                                    "(documents show it as written)",
        "checks.ringi_inputs": "the renewal approval request (plangen ringi) will leave blanks for: {items}; without "
                               "them the promoter cannot show in the company's own format what renewal is worth",
        "checks.meeting_slot": "meeting `{id}` has no `weekday` or `time`, so it gets no calendar series; a meeting "
                               "without a fixed slot is the first to be skipped",
    },
}
