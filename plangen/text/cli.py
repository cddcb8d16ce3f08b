"""Words `plangen` prints in the terminal (`cli.*`), in Japanese and English."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "ja": {
        "cli.status_heading": "{month}の状況",
    },
    "en": {
        "cli.status_heading": "Status for {month}",
    },
}
