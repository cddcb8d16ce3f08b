"""The words and house style every document and the CLI print (the only place that knows ja from en).

- `tr(lang, key, **fields)` (plangen.text.catalog) returns a word or sentence; keys are namespaced by where
  they are used: `status.*`, `milestone.*`, `weekday.*`, `doc.*`, `unit.*`, `punct.*` (plangen.text.common,
  shared by every document), `kickoff.*`, `meetings.*`, `report.*`, `portfolio.*`, `cli.*` (one module each).
- `formats` is the house style of numbers, money, ratios, dates, months and status words and colours.

To add a word: put the key in the `WORDS` of the module that owns its namespace (a new document gets a new
module listed in `catalog.MODULES`), in both "ja" and "en", with `{name}` fields (str.format) where the
sentence takes values, and print it with `tr(lang, "namespace.key", name=value)`. A concept that several
documents name (完了基準, 成果支援期間, 期日 ...) uses one word: reuse the shared `doc.*` key or refer to it.
tests/text/test_catalog.py checks that both languages have the same keys and the same fields.
"""

from __future__ import annotations

from plangen.text.catalog import tr

__all__ = ["tr"]
