"""The quote reading looks for format characters (``invisible._INVISIBLE_RE``) only in blocks where a character
class finds one: the class must hold every character the pattern can match, or a block would keep a soft hyphen
or a zero-width joiner inside a name."""

from __future__ import annotations

from cqnews.enrich.quotes import invisible


def test_every_character_the_pattern_removes_is_in_the_gate() -> None:
    for code in range(0x10000):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        if invisible._INVISIBLE_RE.search("a" + char + "a") is not None:
            assert invisible._INVISIBLE_CHAR_RE.search(char) is not None, hex(code)


def test_blocks_with_and_without_format_characters() -> None:
    from cqnews.models import Block

    plain = Block(text="“We will stay,” said Ann Hoffmann.")
    hyphened = Block(text="“We will stay,” said Ann Hoff\u00admann.")
    joined = Block(text="said A\u202enn L\u200dee")
    read, maps = invisible.unseen_removed([plain, hyphened, joined])
    assert read[0] is plain and maps[0] is None
    assert read[1].text == "“We will stay,” said Ann Hoffmann." and maps[1] is not None
    assert read[2].text == "said Ann Lee" and maps[2] is not None


def test_quote_reading_and_author_names_share_one_table() -> None:
    """The quote reading and the metadata's author names leave out the same characters (one table, text.py)."""
    from cqnews.models import Block
    from cqnews.text import FORMAT_CHAR_RE, FORMAT_CHARS_RE, without_format_chars

    assert invisible._INVISIBLE_RE is FORMAT_CHARS_RE and invisible._INVISIBLE_CHAR_RE is FORMAT_CHAR_RE
    for name in ("Ruth O\u202ekafor", "Ann Hoff\u00admann", "L\u200dee Moss", "\u2067Tom Parry\u2069", "Nasr\u200cin"):
        read, _ = invisible.unseen_removed([Block(text=name)])
        assert read[0].text == without_format_chars(name)
