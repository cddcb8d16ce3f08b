"""Help texts of `plangen --help` and each command's `--help` (`help.*`), in Japanese and English."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {"ja": {}, "en": {}}
