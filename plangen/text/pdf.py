"""Words of PDF export through LibreOffice (plangen.office.pdf), in Japanese and English."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "ja": {
        "pdf.no_office": (
            'PDF を作成するには LibreOffice が必要です。Office ファイルは作成済みです。インストール: sudo a'
            'pt-get install libreoffice-impress libreoffice-writer（macOS: brew install --cask libreoffice'
            '）'
        ),
        "pdf.failed": '{name} を PDF にできませんでした: {reason}',
    },
    "en": {
        "pdf.no_office": (
            'PDF export needs LibreOffice; the Office files were written. Install it with sudo apt-get inst'
            'all libreoffice-impress libreoffice-writer (macOS: brew install --cask libreoffice)'
        ),
        "pdf.failed": 'could not convert {name} to PDF: {reason}',
    },
}
