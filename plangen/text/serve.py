"""Words of typing-slip diagnostics, `plangen serve` pages and PDF export, in Japanese and English.

Kept here until the unified catalog lands; `word(lang, key, **values)` is the one accessor.
"""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "ja": {
        # typing slips in YAML
        "slip.fullwidth_colon": "全角コロン「：」が使われています。半角のコロンと半角スペースにしてください: `{fixed}`",
        "slip.fullwidth_space_indent": "行頭に全角スペースがあります。字下げは半角スペースだけで書いてください",
        "slip.fullwidth_space_after_colon": "コロンの後ろが全角スペースです。半角スペースにしてください: `{fixed}`",
        "slip.missing_colon": "`{key}` の後ろにコロン「:」がありません。`{fixed}` のように書いてください",
        "slip.no_space_after_colon": "コロン「:」の後ろに半角スペースがありません。`{fixed}` のように書いてください",
        "slip.over_indent": "この行は {line} 行目より {extra} 文字深く字下げされています。"
                            "{line} 行目と同じく {col} 桁目から書き始めてください",
        "slip.unclosed_quote": "引用符 {quote} が閉じていません。値の最後にも {quote} を付けてください: `{fixed}`",
        "slip.bracket_value": "値が「{bracket}」で始まっているためリストとして読まれます。"
                              "値全体を \"...\" で囲んでください: `{fixed}`",
        # serve pages
        "serve.title": "plangen プレビュー",
        "serve.clients": "クライアント",
        "serve.client": "クライアント",
        "serve.verdict": "判定",
        "serve.health": "ヘルス",
        "serve.next_milestone": "次のマイルストーン",
        "serve.problems": "問題",
        "serve.problems_none": "問題はありません。",
        "serve.problems_count": "{count} 件",
        "serve.verdict.ok": "OK",
        "serve.verdict.warnings": "警告あり",
        "serve.verdict.errors": "エラーあり",
        "serve.verdict.building": "作成中",
        "serve.documents": "資料",
        "serve.download": "ダウンロード",
        "serve.page": "{number} ページ",
        "serve.stale": "計画にエラーがあるため、このプレビューは最後に正しく作成できたときのものです（古い内容）。",
        "serve.no_documents": "まだ資料はありません。計画のエラーを直すと作成されます。",
        "serve.no_office": "プレビューには LibreOffice が必要です。インストールしてください: "
                           "sudo apt-get install libreoffice-impress libreoffice-writer poppler-utils"
                           "（macOS: brew install --cask libreoffice と brew install poppler）。"
                           "それまでは資料の見出しを表示します。",
        "serve.outline": "見出し",
        "serve.updating": "プレビューを更新中…",
        "serve.updated": "最終更新",
        "serve.back": "クライアント一覧へ",
        "serve.none_found": "{folder} にクライアントのフォルダーがありません。plangen new で作成してください。",
        "serve.started": "plangen serve: {url} で表示しています（{folder} を監視中。Ctrl+C で終了）",
        "serve.rebuilt": "再作成: {client}（{seconds:.1f} 秒）",
        "serve.not_found": "見つかりません",
        "serve.preview_failed": "プレビューを作成できませんでした: {reason}",
        "serve.missing": "—",
        # PDF export
        "pdf.no_office": "PDF を作成するには LibreOffice が必要です。Office ファイルは作成済みです。"
                         "インストール: sudo apt-get install libreoffice-impress libreoffice-writer"
                         "（macOS: brew install --cask libreoffice）",
        "pdf.failed": "{name} を PDF にできませんでした: {reason}",
    },
    "en": {
        "slip.fullwidth_colon": "a full-width colon '：' is used; write a half-width colon and a space: `{fixed}`",
        "slip.fullwidth_space_indent": "a full-width space (U+3000) is used for indentation; "
                                       "indent with half-width spaces only",
        "slip.fullwidth_space_after_colon": "a full-width space (U+3000) follows the colon; "
                                            "use a half-width space: `{fixed}`",
        "slip.missing_colon": "the key `{key}` has no colon ':' after it; write `{fixed}`",
        "slip.no_space_after_colon": "a space is missing after the colon ':'; write `{fixed}`",
        "slip.over_indent": "this line is indented {extra} space(s) deeper than line {line}; "
                            "start it in column {col}, like line {line}",
        "slip.unclosed_quote": "the quote {quote} opened here is never closed; end the value with {quote} too: "
                               "`{fixed}`",
        "slip.bracket_value": "the value starts with '{bracket}', so it is read as a list; "
                              "put the whole value in double quotes: `{fixed}`",
        "serve.title": "plangen preview",
        "serve.clients": "Clients",
        "serve.client": "Client",
        "serve.verdict": "Verdict",
        "serve.health": "Health",
        "serve.next_milestone": "Next milestone",
        "serve.problems": "Problems",
        "serve.problems_none": "No problems.",
        "serve.problems_count": "{count}",
        "serve.verdict.ok": "OK",
        "serve.verdict.warnings": "Warnings",
        "serve.verdict.errors": "Errors",
        "serve.verdict.building": "Building",
        "serve.documents": "Documents",
        "serve.download": "Download",
        "serve.page": "Page {number}",
        "serve.stale": "The plan has errors: these previews are from the last good build (stale).",
        "serve.no_documents": "No documents yet; they are written once the plan's errors are fixed.",
        "serve.no_office": "Previews need LibreOffice; install it with "
                           "sudo apt-get install libreoffice-impress libreoffice-writer poppler-utils "
                           "(macOS: brew install --cask libreoffice and brew install poppler). "
                           "Until then the documents' headings are shown.",
        "serve.outline": "Outline",
        "serve.updating": "updating the preview…",
        "serve.updated": "Updated",
        "serve.back": "All clients",
        "serve.none_found": "No client folders in {folder}; create one with plangen new.",
        "serve.started": "plangen serve: open {url} (watching {folder}; Ctrl+C to stop)",
        "serve.rebuilt": "rebuilt {client} in {seconds:.1f} s",
        "serve.not_found": "Not found",
        "serve.preview_failed": "could not make the preview: {reason}",
        "serve.missing": "—",
        "pdf.no_office": "PDF export needs LibreOffice; the Office files were written. Install it with "
                         "sudo apt-get install libreoffice-impress libreoffice-writer "
                         "(macOS: brew install --cask libreoffice)",
        "pdf.failed": "could not convert {name} to PDF: {reason}",
    },
}


def word(lang: str, key: str, /, **values: object) -> str:
    """Return the sentence `key` in `lang` (English when the language is unknown) with `values` filled in."""
    table = WORDS.get(lang, WORDS["en"])
    return table.get(key, WORDS["en"][key]).format(**values)
