"""Help texts of `plangen --help` and each command's `--help` (`help.*`), in Japanese and English.

`help.<command>` is the command's description (click's `\\b` keeps the next paragraph's line breaks);
`help.<command>.<parameter>` is the help of one option, `help.<command>.short` its line in `plangen --help`.
The CLI looks them up when it prints help, once the message language is known.
"""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "ja": {
        "help.validate.short": "計画を確認して、問題をすべて表示します",
        "help.new.short": "新しい顧客の計画を plans/SLUG/ に作ります",
        "help.schema.short": "plan.yaml の JSON Schema を表示します",
        "help.kickoff.short": "キックオフ資料（kickoff.pptx）を書き出します",
        "help.meetings.short": "会議キット（資料とカレンダー）を書き出します",
        "help.report.short": "月次の評価者報告（PPTX・DOCX）を書き出します",
        "help.status.short": "ひと月の数字を表示します",
        "help.build.short": "すべての顧客のすべての資料を書き出します",
        "help.portfolio.short": "チームの顧客一覧（XLSX・PPTX）を書き出します",
        "help.ringi.short": "継続利用の稟議書（DOCX）の下書きを書き出します",
        "help.serve.short": "計画を書きながら、資料をブラウザで確認します",
        "help.common.pdf": "それぞれの資料と Word 文書を PDF でも横に書き出します（LibreOffice が必要です）。",
        "help.common.template": "資料に使う自社の .pptx（マスター、レイアウト、色"
                                "、フォント）。指定がなければ plangen.toml の "
                                "[templates]、それもなければ同梱のテンプレートです。",
        "help.common.force": "plangen が書いた後に変更された資料も置き換えます（"
                             "指定がなければ残し、新しい版を横に書き出します）。",
        "help.schema.out": "表示する代わりに FILE に書き出します（フォルダは作ります）。",
        "help.plangen": "成果支援計画書（plan.yaml）から、顧客との関係に使う資料を作ります。\n\n"
                        "\b\n例:\n"
                        "  plangen new minato --lang ja        plans/minato/ に計画を作り始める\n"
                        "  plangen validate plans/*            計画を確認して、問題をすべて並べる\n"
                        "  plangen build                       plans/ のすべての顧客の資料を書き出す",
        "help.plangen.lang": "メッセージとヘルプの言語（ja か en）。指定がなければ PLANGEN_LANG、設定ファイルの lang、"
                             "ロケール（LC_ALL・LC_MESSAGES・LANG）の順に決めます。資料の言語は計画の language です。",
        "help.validate": "PLAN（顧客のフォルダかその plan.yaml）を確認して、見つかった問題をすべて表示します。\n\n"
                         "計画、実績（actuals.csv か actuals.xlsx）、月次の所見（reports/*.yaml）を確認します。"
                         "問題は標準エラーに 1 行ずつ出ます:\n\n"
                         "\b\n"
                         "  path:line:col: where: 説明（X になっています）     エラー: 直してください\n"
                         "  path:line:col: 警告: where: 説明                   計画のチェック: なぜ大事か\n\n"
                         "終了コード: 0 すべての計画が正しい、1 エラーのある計画がある（--strict なら警告でも）、"
                         "2 使い方の誤り。\n\n"
                         "\b\n例:\n"
                         "  plangen validate plans/minato\n"
                         "  plangen validate plans/minato/plan.yaml\n"
                         "  plangen validate plans                    plans/ のすべての顧客フォルダ\n"
                         "  plangen validate plans/* --strict         警告も失敗にする（CI 向け）",
        "help.validate.strict": "警告も失敗にします（終了コード 1）。",
        "help.new": "いまのフォルダに plans/SLUG/ を作り、書き込むためのコメント付き plan.yaml を置きます。\n\n"
                    "SLUG は顧客のフォルダ名で、英小文字・数字・- だけを使います。計画はそのままで検証を通り、"
                    "すべてのセクションが入っています。例の文章を書き換え、いらないものを消してから、"
                    "`plangen validate plans/SLUG` で確認してください。\n\n"
                    "\b\n例:\n"
                    "  plangen new minato                 日本語の計画を plans/minato/ に作る\n"
                    "  plangen new northwind --lang en    英語の計画を plans/northwind/ に作る",
        "help.new.lang": "計画のコメント・例の文章・資料の見出しの言語です。",
        "help.schema": "plan.yaml の JSON Schema を表示します（エディタの補完とチェック用）。\n\n"
                       "説明文はメッセージの言語で出ます（`plangen --lang en schema` で英語）。"
                       "YAML 言語サーバーのあるエディタ（VS Code の「YAML」拡張）は、計画の 1 行目の "
                       "`# yaml-language-server: $schema=../../schema/plan.schema.json` を読みます。\n\n"
                       "\b\n例:\n"
                       "  plangen schema > schema/plan.schema.json",
        "help.kickoff": "PLAN（顧客のフォルダかその plan.yaml）のキックオフ資料を kickoff.pptx として書き出します。\n\n"
                        "\b\n"
                        "資料は 16:9 で計画の言語です。表紙とアジェンダ、プロジェクト体制、ご利用開始後の流れ、\n"
                        "導入目的と課題、改善ロードマップ、KGI/KPI、マイルストーン、他社事例、会議体、リスク\n"
                        "（計画にあるセクションだけ）が入ります。\n\n"
                        "\b\n例:\n"
                        "  plangen kickoff plans/minato                      output/minato/kickoff.pptx を書き出す\n"
                        "  plangen kickoff plans/minato --out build/         build/kickoff.pptx を書き出す\n"
                        "  plangen kickoff plans/minato --template corp.pptx --charts image",
        "help.kickoff.out": "書き出すフォルダ（指定がなければ output/<顧客>/）。",
        "help.kickoff.template": "自社の .pptx: そのマスター、レイアウト、色、フォントを使います。",
        "help.kickoff.charts": "native: PowerPoint で編集できるグラフ、image: matplotlib で描いた画像。",
        "help.meetings": "会議キットを書き出します: 計画の会議ごとに、資料とカレンダーの予定です。\n\n"
                         "会議ごとに <id>.docx（目的、日程、出席者、時間配分つきのアジェンダと報告の表、"
                         "書き込み用の空欄）と <id>.ics（成果支援期間の繰り返し予定。Google カレンダーと Outlook に"
                         "取り込めます）を作ります。評価者が出る会議は評価者向けのレイアウトです。"
                         "ファイルは output/<顧客>/meetings/（--out なら DIR/meetings/）に書き出します。\n\n"
                         "\b\n例:\n"
                         "  plangen meetings plans/minato\n"
                         "  plangen meetings plans/minato --date 2027-03-02\n"
                         "  plangen meetings plans/minato --templates my-templates --out build/minato",
        "help.meetings.out": "書き出すフォルダ（指定がなければ output/<顧客>/）。",
        "help.meetings.on": "この日以降の会議の資料を、この日までの実績と最新の月次所見を入れて書き出します。",
        "help.meetings.templates": "自社の meeting-weekly.docx / meeting-evaluator.docx を置いたフォルダ"
                                   "（docs/templates.md）。",
        "help.report": "月次の評価者報告を PPTX と DOCX で書き出します。\n\n"
                       "plan.yaml、実績（actuals.csv か actuals.xlsx）、reports/YYYY-MM.yaml の CSM の所見を読みます。"
                       "その月の所見がなければ、数字だけの報告になります。"
                       "ファイルは output/<顧客>/reports/<YYYY-MM>/"
                       "（--out なら DIR/reports/<YYYY-MM>/）に書き出します。\n\n"
                       "\b\n例:\n"
                       "  plangen report plans/minato --month 2027-02\n"
                       "  plangen report plans/minato/plan.yaml --month 2027-02 --out build/minato",
        "help.report.month": "報告する月 YYYY-MM（例: 2027-02）。",
        "help.report.out": "書き出すフォルダ（指定がなければ output/<顧客>/）。",
        "help.status": "ひと月の数字を表示します: KPI の進捗と状況、ヘルススコア、費用対効果。\n\n"
                       "\b\n例:\n"
                       "  plangen status plans/minato --month 2027-02\n"
                       "  plangen status plans/minato --month 2027-02 --json | jq .kpis",
        "help.status.month": "報告する月 YYYY-MM（例: 2027-02）。",
        "help.status.as_json": "表の代わりに JSON（month、verdict、予測つきの kpis、health、realised_to_date・"
                               "fee_to_date・lines つきの benefit）を表示します。",
        "help.build": "顧客ごとにすべての資料（キックオフ資料、会議キット、最新の評価者報告）を書き出します。\n\n"
                      "\b\n"
                      "PATH は顧客のフォルダ、その plan.yaml、または顧客フォルダの入ったフォルダです\n"
                      "（指定がなければ plans/ のすべて）。\n"
                      "入力、テンプレート、plangen の版が変わっていない顧客は飛ばします（--force を参照）。\n"
                      "エラーのある顧客だけが失敗します: そのエラーを最後に並べ、終了コードは 1 です。\n\n"
                      "\b\n例:\n"
                      "  plangen build                       plans/ のすべての顧客を output/<顧客>/ へ\n"
                      "  plangen build plans/minato --force  1 つの顧客を作り直す\n"
                      "  plangen build --jobs 2 --json       CI 向け: 標準出力に JSON のまとめ",
        "help.build.out": "出力先のフォルダ。顧客ごとの資料は OUT/<顧客>/ に入ります。",
        "help.build.jobs": "同時に作る顧客の数（指定がなければコア数）。",
        "help.build.force": "入力が変わっていない顧客も作り直し、plangen が書いた後に変更された資料も置き換えます。",
        "help.build.as_json": "まとめを JSON で表示します（スクリプトと CI 向け）。",
        "help.build.verbose": "警告もすべて表示します。",
        "help.portfolio": "ある月のすべての顧客の一覧を書き出します: OUT/portfolio-YYYY-MM.xlsx と .pptx。\n\n"
                          "\b\n"
                          "顧客ごとに 1 行（リスクとその決め手のルール、年間ご利用料金、セグメント、更新、\n"
                          "ヘルススコア・レベル・変化、アラート、状況別の KPI、次のマイルストーン、CSM）を、\n"
                          "リスクの高い順、次に年間ご利用料金の大きい順に並べます。"
                          "資料は要約のスライドから始まります。\n"
                          "エラーのある計画の顧客は外して並べ、そのとき終了コードは 1 です。\n\n"
                          "\b\n例:\n"
                          "  plangen portfolio --month 2027-02",
        "help.portfolio.month": "数字の月（例: 2027-02）。",
        "help.portfolio.out": "出力先のフォルダ。顧客ごとの資料は OUT/<顧客>/ に入ります。",
        "help.portfolio.jobs": "同時に読む顧客の数（指定がなければコア数）。",
        "help.portfolio.lang": "見出しと表示の言語です（資料の言語）。",
        "help.portfolio.as_json": "行とエラーを JSON で表示します。",
        "help.ringi": "顧客の推進者が社内に出す継続利用稟議書を書き出します。\n\n"
                      "計画、実績、その月の所見から、顧客の立場の文章で書きます: 目的、実施したこと、測った効果、"
                      "計算式つきの費用対効果、次の期間、リスク、費用、お願いする判断。計画に書かれていないところは"
                      "【要記入】として推進者に残します。"
                      "ファイルは output/<顧客>/ringi/<YYYY-MM>/renewal-approval.docx に書き出します。\n\n"
                      "\b\n例:\n"
                      "  plangen ringi plans/minato --month 2027-09\n"
                      "  plangen ringi plans/minato --month 2027-09 --template my-templates",
        "help.serve": "PLANS（指定がなければ plans/）のすべての顧客をブラウザで表示し、"
        "ファイルを保存するたびに作り直します。\n\n"
                      "一覧には顧客ごとの判定、ヘルススコア、次のマイルストーン、問題の数が並びます。顧客のページには、"
                      "場所つき（plan.yaml:12:7）のすべての問題と、すべての資料の全ページのプレビュー、ダウンロードの"
                      "リンクがあります。顧客のフォルダでファイルを保存すると、その顧客を作り直し、開いているページも"
                      "追いかけて更新します。プレビューには LibreOffice が必要です。"
                      "ない場合は資料の見出しを表示します。\n\n"
                      "\b\n例:\n"
                      "  plangen serve                       http://127.0.0.1:8000/ を開く\n"
                      "  plangen serve plans/minato --port 8001",
        "help.serve.port": "待ち受けるポートです。",
        "help.serve.host": "待ち受けるアドレスです（127.0.0.1: このコンピューターからだけ開けます）。",
        "help.serve.lang": "ページの言語です（指定がなければメッセージの言語）。",
        "help.ringi.month": "稟議書の月 YYYY-MM（例: 2027-09）。",
        "help.ringi.out": "書き出すフォルダ（指定がなければ output/<顧客>/）。",
        "help.ringi.templates": "体裁を整えた ringi.docx を置いたフォルダ（指定がなければ同梱のテンプレート）。",
    },
    "en": {
        "help.validate.short": "Check plans and print every problem.",
        "help.new.short": "Start a client's plan in plans/SLUG/.",
        "help.schema.short": "Print the JSON Schema of plan.yaml.",
        "help.kickoff.short": "Write the kickoff deck (kickoff.pptx).",
        "help.meetings.short": "Write the meeting kit: documents and calendars.",
        "help.report.short": "Write the monthly evaluator report (PPTX, DOCX).",
        "help.status.short": "Show one month's figures.",
        "help.build.short": "Write every document for every client.",
        "help.portfolio.short": "Write the team's overview of every client.",
        "help.ringi.short": "Write the renewal approval request (DOCX) draft.",
        "help.serve.short": "See the documents in the browser while writing the plan.",
        "help.common.pdf": "Also write each deck and Word document as PDF beside it (needs LibreOffice).",
        "help.common.template": "Your own .pptx for the decks: its masters, layouts, colours and fonts (default: "
                                "[templates] in plangen.toml, else the bundled one).",
        "help.common.force": "Replace documents changed since plangen wrote them (by default they are kept and the new "
                             "version is written beside them).",
        "help.schema.out": "Write the schema to FILE (folders are created) instead of printing it.",
        "help.plangen": "Turn a customer-success plan (成果支援計画書) into the documents of the client "
                        "relationship.\n\n"
                        "\b\nExamples:\n"
                        "  plangen new minato --lang ja        start a plan in plans/minato/\n"
                        "  plangen validate plans/*            check plans and list every problem\n"
                        "  plangen build                       write every document for every client in plans/",
        "help.plangen.lang": "Language of messages and help (ja or en). Otherwise PLANGEN_LANG, the configuration's "
                             "lang, then the locale (LC_ALL, LC_MESSAGES, LANG). Documents use the plan's language.",
        "help.validate": "Check each PLAN (a client folder or its plan.yaml) and print every problem found.\n\n"
                         "The plan, its actuals (actuals.csv or actuals.xlsx) and its monthly notes (reports/*.yaml) "
                         "are all checked. Problems go to standard error, one a line:\n\n"
                         "\b\n"
                         "  path:line:col: where: what (got X)            an error: fix it\n"
                         "  path:line:col: warning: where: what            a plan check: why it matters\n\n"
                         "Exit status: 0 every plan is valid, 1 a plan has errors (or warnings with --strict), "
                         "2 bad usage.\n\n"
                         "\b\nExamples:\n"
                         "  plangen validate plans/minato\n"
                         "  plangen validate plans/minato/plan.yaml\n"
                         "  plangen validate plans                    every client folder in plans/\n"
                         "  plangen validate plans/* --strict         fail on warnings too (for CI)",
        "help.validate.strict": "Treat warnings as failures (exit 1).",
        "help.new": "Create plans/SLUG/ in the current folder with a commented plan.yaml to fill in.\n\n"
                    "SLUG is the client's folder name: lowercase letters, digits and - only. The plan validates as "
                    "written and shows every section; replace the example text, delete what you do not need, then "
                    "check it with `plangen validate plans/SLUG`.\n\n"
                    "\b\nExamples:\n"
                    "  plangen new minato                 Japanese plan in plans/minato/\n"
                    "  plangen new northwind --lang en    English plan in plans/northwind/",
        "help.new.lang": "Language of the plan's comments, example text and document labels.",
        "help.schema": "Print the JSON Schema of plan.yaml (for editor completion and checks).\n\n"
                       "Its descriptions are in the message language (`plangen --lang ja schema` for Japanese). "
                       "Editors with the YAML language server (VS Code \"YAML\" extension) read the first line of "
                       "a plan, `# yaml-language-server: $schema=../../schema/plan.schema.json`.\n\n"
                       "\b\nExamples:\n"
                       "  plangen schema > schema/plan.schema.json",
        "help.kickoff": "Write the kickoff deck of PLAN (a client folder or its plan.yaml) as kickoff.pptx.\n\n"
                        "\b\n"
                        "The deck is 16:9 and in the plan's language: cover and agenda, project structure,\n"
                        "flow after the start of use, purpose and issues, improvement roadmap, KGI/KPI,\n"
                        "milestones, case studies, meetings and risks (only the sections the plan has).\n\n"
                        "\b\nExamples:\n"
                        "  plangen kickoff plans/minato                      writes output/minato/kickoff.pptx\n"
                        "  plangen kickoff plans/minato --out build/         writes build/kickoff.pptx\n"
                        "  plangen kickoff plans/minato --template corp.pptx --charts image",
        "help.kickoff.out": "Folder to write into (default: output/<client>/).",
        "help.kickoff.template": "Your own .pptx: the deck uses its masters, layouts, colours and fonts.",
        "help.kickoff.charts": "native: editable PowerPoint charts; image: pictures drawn with matplotlib.",
        "help.meetings": "Write the meeting kit: a document and a calendar series for each meeting of the plan.\n\n"
                         "For each meeting: <id>.docx (purpose, schedule, attendees, agenda with time boxes and the "
                         "reporting tables; blank rows to fill in) and <id>.ics (the recurring series across the "
                         "support period, importable into Google Calendar and Outlook). Meetings an evaluator attends "
                         "use the evaluator layout. Files go to output/<client>/meetings/ (or DIR/meetings/ with "
                         "--out).\n\n"
                         "\b\nExamples:\n"
                         "  plangen meetings plans/minato\n"
                         "  plangen meetings plans/minato --date 2027-03-02\n"
                         "  plangen meetings plans/minato --templates my-templates --out build/minato",
        "help.meetings.out": "Folder to write into (default: output/<client>/).",
        "help.meetings.on": "Write the documents of the meetings on or after this date, pre-filled from the actuals "
                            "up to it and the latest monthly notes.",
        "help.meetings.templates": "Folder with your own meeting-weekly.docx / meeting-evaluator.docx "
                                   "(see docs/templates.md).",
        "help.report": "Write the monthly evaluator report (評価者報告) as PPTX and DOCX.\n\n"
                       "Reads plan.yaml, the actuals (actuals.csv or actuals.xlsx) and the CSM's notes in "
                       "reports/YYYY-MM.yaml. Without notes for the month the report shows the figures alone. "
                       "Files go to output/<client>/reports/<YYYY-MM>/ (or DIR/reports/<YYYY-MM>/ with --out).\n\n"
                       "\b\nExamples:\n"
                       "  plangen report plans/minato --month 2027-02\n"
                       "  plangen report plans/minato/plan.yaml --month 2027-02 --out build/minato",
        "help.report.month": "Month to report, YYYY-MM (e.g. 2027-02).",
        "help.report.out": "Folder to write into (default: output/<client>/).",
        "help.status": "Show one month's figures: KPI progress and status, health score, cost-effectiveness.\n\n"
                       "\b\nExamples:\n"
                       "  plangen status plans/minato --month 2027-02\n"
                       "  plangen status plans/minato --month 2027-02 --json | jq .kpis",
        "help.status.month": "Month to report, YYYY-MM (e.g. 2027-02).",
        "help.status.as_json": "Print JSON (month, verdict, kpis with projection, health, benefit with "
                               "realised_to_date, fee_to_date and lines) instead of a table.",
        "help.build": "Write every document (kickoff deck, meeting kit, latest evaluator report) for each client.\n\n"
                      "\b\n"
                      "PATH is a client folder, its plan.yaml, or a folder of clients (default: every folder in "
                      "plans/).\n"
                      "Clients whose inputs, templates and plangen version are unchanged are skipped (see --force).\n"
                      "A client with errors fails alone: its errors are listed at the end and the exit status is 1.\n\n"
                      "\b\nExamples:\n"
                      "  plangen build                       every client in plans/, into output/<client>/\n"
                      "  plangen build plans/minato --force  rebuild one client\n"
                      "  plangen build --jobs 2 --json       for CI: JSON summary on stdout",
        "help.build.out": "Output root; each client's documents go to OUT/<client>/.",
        "help.build.jobs": "Clients built at the same time (default: number of cores).",
        "help.build.force": "Rebuild clients whose inputs did not change, and replace documents changed since plangen "
                            "wrote them.",
        "help.build.as_json": "Print the summary as JSON (for scripts and CI).",
        "help.build.verbose": "Also list every warning.",
        "help.portfolio": "Write the team's overview of every client for a month: OUT/portfolio-YYYY-MM.xlsx and "
                          ".pptx.\n\n"
                          "\b\n"
                          "One row per client (risk and the rule that set it, annual fee, segment, renewal, health\n"
                          "score, level and change, alert, KPIs by status, next milestone, CSM), sorted by risk then\n"
                          "annual fee; the deck opens with a summary slide.\n"
                          "A client whose plan has errors is left out and listed; the exit status is then 1.\n\n"
                          "\b\nExample:\n"
                          "  plangen portfolio --month 2027-02",
        "help.portfolio.month": "Month of the figures, such as 2027-02.",
        "help.portfolio.out": "Output root; each client's documents go to OUT/<client>/.",
        "help.portfolio.jobs": "Clients read at the same time (default: number of cores).",
        "help.portfolio.lang": "Language of headers and labels (the documents' language).",
        "help.portfolio.as_json": "Print the rows and errors as JSON.",
        "help.ringi": "Write the renewal approval request (継続利用稟議書) the client's promoter submits.\n\n"
                      "Written in the client's voice from the plan, the actuals and the month's notes: purpose, what "
                      "was done, measured effect, cost-effectiveness with its arithmetic, next term, risks, cost and "
                      "the decision requested. What the plan does not say is marked 【要記入】 for the promoter. "
                      "The file goes to output/<client>/ringi/<YYYY-MM>/renewal-approval.docx.\n\n"
                      "\b\nExamples:\n"
                      "  plangen ringi plans/minato --month 2027-09\n"
                      "  plangen ringi plans/minato --month 2027-09 --template my-templates",
        "help.serve": "Show every client of PLANS (default: plans/) in the browser, rebuilt each time a file is "
                      "saved.\n\n"
                      "The index lists each client's verdict, health score, next milestone and problems; a client's "
                      "page shows every problem located (plan.yaml:12:7), and a preview of every page of every "
                      "document with download links. Saving a file in a client's folder rebuilds that client and the "
                      "open page follows. Previews need LibreOffice; without it the pages show the documents' "
                      "outline.\n\n"
                      "\b\nExamples:\n"
                      "  plangen serve                       then open http://127.0.0.1:8000/\n"
                      "  plangen serve plans/minato --port 8001",
        "help.serve.port": "Port to listen on.",
        "help.serve.host": "Address to listen on (127.0.0.1: only this computer can open the pages).",
        "help.serve.lang": "Language of the pages (default: the message language).",
        "help.ringi.month": "Month of the request, YYYY-MM (e.g. 2027-09).",
        "help.ringi.out": "Folder to write into (default: output/<client>/).",
        "help.ringi.templates": "Folder holding your restyled ringi.docx (the bundled template is used otherwise).",
    },
}
