"""Words of the `plangen serve` pages and messages, in Japanese and English."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "ja": {
        "serve.title": 'plangen プレビュー',
        "serve.clients": 'クライアント',
        "serve.client": 'クライアント',
        "serve.verdict": '判定',
        "serve.health": 'ヘルス',
        "serve.next_milestone": '次のマイルストーン',
        "serve.problems": '問題',
        "serve.problems_none": '問題はありません。',
        "serve.problems_count": '{count} 件',
        "serve.verdict.ok": 'OK',
        "serve.verdict.warnings": '警告あり',
        "serve.verdict.errors": 'エラーあり',
        "serve.verdict.building": '作成中',
        "serve.documents": '資料',
        "serve.download": 'ダウンロード',
        "serve.page": '{number} ページ',
        "serve.stale": '計画にエラーがあるため、このプレビューは最後に正しく作成できたときのものです（古い内容）。',
        "serve.no_documents": 'まだ資料はありません。計画のエラーを直すと作成されます。',
        "serve.no_office": (
            'プレビューには LibreOffice が必要です。インストールしてください: sudo apt-get install libreoff'
            'ice-impress libreoffice-writer poppler-utils（macOS: brew install --cask libreoffice と brew i'
            'nstall poppler）。それまでは資料の見出しを表示します。'
        ),
        "serve.outline": '見出し',
        "serve.updating": 'プレビューを更新中…',
        "serve.updated": '最終更新',
        "serve.back": 'クライアント一覧へ',
        "serve.none_found": '{folder} にクライアントのフォルダーがありません。plangen new で作成してください。',
        "serve.started": 'plangen serve: {url} で表示しています（{folder} を監視中。Ctrl+C で終了）',
        "serve.rebuilt": '再作成: {client}（{seconds:.1f} 秒）',
        "serve.not_found": '見つかりません',
        "serve.preview_failed": 'プレビューを作成できませんでした: {reason}',
        "serve.missing": '—',
    },
    "en": {
        "serve.title": 'plangen preview',
        "serve.clients": 'Clients',
        "serve.client": 'Client',
        "serve.verdict": 'Verdict',
        "serve.health": 'Health',
        "serve.next_milestone": 'Next milestone',
        "serve.problems": 'Problems',
        "serve.problems_none": 'No problems.',
        "serve.problems_count": '{count}',
        "serve.verdict.ok": 'OK',
        "serve.verdict.warnings": 'Warnings',
        "serve.verdict.errors": 'Errors',
        "serve.verdict.building": 'Building',
        "serve.documents": 'Documents',
        "serve.download": 'Download',
        "serve.page": 'Page {number}',
        "serve.stale": 'The plan has errors: these previews are from the last good build (stale).',
        "serve.no_documents": "No documents yet; they are written once the plan's errors are fixed.",
        "serve.no_office": (
            'Previews need LibreOffice; install it with sudo apt-get install libreoffice-impress libreoffic'
            'e-writer poppler-utils (macOS: brew install --cask libreoffice and brew install poppler). Unti'
            "l then the documents' headings are shown."
        ),
        "serve.outline": 'Outline',
        "serve.updating": 'updating the preview…',
        "serve.updated": 'Updated',
        "serve.back": 'All clients',
        "serve.none_found": 'No client folders in {folder}; create one with plangen new.',
        "serve.started": 'plangen serve: open {url} (watching {folder}; Ctrl+C to stop)',
        "serve.rebuilt": 'rebuilt {client} in {seconds:.1f} s',
        "serve.not_found": 'Not found',
        "serve.preview_failed": 'could not make the preview: {reason}',
        "serve.missing": '—',
    },
}
