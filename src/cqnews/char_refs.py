"""Numeric character references (``&#8217;``, ``&#xD800;``) resolved before libxml2 reads the page.

A reference to a control character makes libxml2 drop the text around it (whole bodies); one to no character (a
surrogate, NUL, beyond U+10FFFF) is U+FFFD, as browsers show it, with a warning counting them. Read by
:func:`cqnews.document.parse_tree`; the search for the first suspect reference is the only pass over a page
without any.
"""

from __future__ import annotations

import re

__all__ = ["CHAR_REF", "SUSPECT_CHAR_REF", "SUSPECT_CHAR_REF_UTF8", "replace_char_ref", "resolve_char_refs", "resolved"]


def resolved(text: str, warnings: list[str] | None) -> str:
    """``text`` with its references resolved (:func:`resolve_char_refs`); ``warnings`` told how many named no
    character."""
    before, text = text, resolve_char_refs(text)
    if text is not before and warnings is not None:
        _warn_no_character_refs(text.count(_NO_CHARACTER) - before.count(_NO_CHARACTER), warnings)
    return text


CHAR_REF = re.compile(r"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?")
_MAX_CODE_POINT = 0x10FFFF
_NO_CHARACTER = "\ufffd"  # what HTML gives a reference to no character


# Every reference replace_char_ref changes, and a few more: a code below 0x20, 0x7F, in the surrogates
# (0xD800-0xDFFF, decimal 55000-57999 here), 0xFFFE or 0xFFFF, or of six hexadecimal or seven decimal
# digits and more (over 0x10FFFF), leading zeros aside. The references pages write (&#8217;, &#39;, &#160;)
# are none of these: their Python step is left out.
SUSPECT_CHAR_REF = re.compile(
    r"&#(?:[xX]0*(?:[01]?[0-9a-fA-F]|7[fF]|[dD][89a-fA-F][0-9a-fA-F]{2}|[fF]{3}[eEfF]|[1-9a-fA-F][0-9a-fA-F]{5,})"
    r"(?![0-9a-fA-F])|0*(?:[12]?[0-9]|3[01]|127|5[5-7][0-9]{3}|6553[45]|[1-9][0-9]{6,})(?![0-9]))"
)


# The same pattern over the UTF-8 bytes of the text (ASCII only: each match is a match in the text), about twice
# as fast as the search of a wide str: most pages have no suspect reference, and their text is then left as it is.
SUSPECT_CHAR_REF_UTF8 = re.compile(SUSPECT_CHAR_REF.pattern.encode("ascii"))


def resolve_char_refs(text: str) -> str:
    """``CHAR_REF.sub(replace_char_ref, text)``, the text kept as is when nothing changes. A reference
    holds no "&", so each is replaced on its own: only the suspect ones (see SUSPECT_CHAR_REF) are read."""
    at = text.find("&#")
    if at == -1:
        return text
    parts: list[str] = []
    kept = 0  # text[:kept] is in parts
    for suspect in SUSPECT_CHAR_REF.finditer(text, at):
        at = suspect.start()
        match = CHAR_REF.match(text, at)
        if match is None:  # (every suspect is a reference: kept for the type checker)
            continue
        replacement = replace_char_ref(match)
        if replacement != match.group():
            parts += (text[kept:at], replacement)
            kept = match.end()
    return "".join((*parts, text[kept:])) if parts else text


def _warn_no_character_refs(count: int, warnings: list[str]) -> None:
    if count > 0:
        warnings.append(
            f"{count} numeric character reference(s) to no character (a surrogate, NUL or beyond U+10FFFF, "
            "&#xD800;) replaced by U+FFFD"
        )


def replace_char_ref(match: re.Match[str]) -> str:
    """A numeric reference kept as written; U+FFFD for one to no character (a surrogate, NUL, beyond U+10FFFF), as
    browsers show it (removed, it glued the words around it: "mayor&#xD800;said" read "mayorsaid"); removed when it
    names an invisible character a page cannot hold (a control, a noncharacter)."""
    hex_digits, dec_digits = match.groups()
    digits = (hex_digits or dec_digits).lstrip("0")
    if len(digits) > 7:  # over U+10FFFF whatever the digits (and no int() of a million digits)
        return _NO_CHARACTER
    code = int(digits or "0", 16 if hex_digits else 10)
    if code > _MAX_CODE_POINT or 0xD800 <= code <= 0xDFFF or code == 0:
        return _NO_CHARACTER
    if code in (0xFFFE, 0xFFFF, 0x7F):
        return ""
    if code < 0x20 and code not in (0x09, 0x0A, 0x0D):
        return " " if code in (0x0B, 0x0C) else ""
    return match.group()
