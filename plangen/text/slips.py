"""Words of the typing slips found in a YAML plan (plangen.load.slips), in Japanese and English."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "ja": {
        "slips.fullwidth_colon": (
            '全角コロン「：」が使われています。半角のコロンと半角スペースにしてください: `{fixed}`'
        ),
        "slips.fullwidth_space_indent": '行頭に全角スペースがあります。字下げは半角スペースだけで書いてください',
        "slips.fullwidth_space_after_colon": 'コロンの後ろが全角スペースです。半角スペースにしてください: `{fixed}`',
        "slips.missing_colon": '`{name}` の後ろにコロン「:」がありません。`{fixed}` のように書いてください',
        "slips.no_space_after_colon": (
            'コロン「:」の後ろに半角スペースがありません。`{fixed}` のように書いてください'
        ),
        "slips.over_indent": (
            'この行は {line} 行目より {extra} 文字深く字下げされています。{line} 行目と同じく {col} 桁目か'
            'ら書き始めてください'
        ),
        "slips.unclosed_quote": '引用符 {quote} が閉じていません。値の最後にも {quote} を付けてください: `{fixed}`',
        "slips.bracket_value": (
            '値が「{bracket}」で始まっているためリストとして読まれます。値全体を "..." で囲んでください: `{'
            'fixed}`'
        ),
    },
    "en": {
        "slips.fullwidth_colon": "a full-width colon '：' is used; write a half-width colon and a space: `{fixed}`",
        "slips.fullwidth_space_indent": (
            'a full-width space (U+3000) is used for indentation; indent with half-width spaces only'
        ),
        "slips.fullwidth_space_after_colon": (
            'a full-width space (U+3000) follows the colon; use a half-width space: `{fixed}`'
        ),
        "slips.missing_colon": "the key `{name}` has no colon ':' after it; write `{fixed}`",
        "slips.no_space_after_colon": "a space is missing after the colon ':'; write `{fixed}`",
        "slips.over_indent": (
            'this line is indented {extra} space(s) deeper than line {line}; start it in column {col}, like'
            ' line {line}'
        ),
        "slips.unclosed_quote": (
            'the quote {quote} opened here is never closed; end the value with {quote} too: `{fixed}`'
        ),
        "slips.bracket_value": (
            "the value starts with '{bracket}', so it is read as a list; put the whole value in double quot"
            'es: `{fixed}`'
        ),
    },
}
