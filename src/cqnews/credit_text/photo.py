"""Photo credits: the credit at the end of a caption, or a credit the page marks apart.

* :func:`split_photo_credit` takes a caption as written ("The opening ceremony of the forum.
  (iChongqing/Truman PENG)", "Im Vorjahr … an. Bild: Andreas Seidel/Archiv") and returns the caption
  without the credit and the credits.
  The credits written before the caption are read by :mod:`.photo_lead`.
* :func:`parse_photo_credit` (from :mod:`.photo_parse`) parses a credit that the page marks separately
  ("Photo by David Kawai/Bloomberg", "Foto: dpa").

The keywords, agencies and languages come from tables (:mod:`cqnews.credit_text.patterns`,
:mod:`cqnews.lexicon.credits`); every scan is linear in the input.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon.credit_lines import PICTURE_CAPTION, PICTURE_CREDIT_WORDS, PICTURE_LABELLED
from ..lexicon.credits import CREDIT_ABBREVIATIONS
from ..lexicon.punctuation_zh import ZH_SENTENCE_ENDS
from ..models import Credit, CreditRole
from ..text import HAN_RE, normalize_space
from .names import (
    OPEN_FOR,
    is_name_phrase,
    looks_like_person,
    strip_wrapping,
)
from .patterns import (
    CREDIT_PREFIX,
    CREDIT_TRAIL_KEYWORD,
    OUTLET_PHOTO_BY,
    UNCASED_LABEL,
    canonical_org,
)
from .photo_bare import bare_credit, named_before_bar
from .photo_bracket import PICTURE_NOUN_FORMS as _PICTURE_NOUNS
from .photo_bracket import bracket_is_credit
from .photo_ja import ja_tail
from .photo_ko import ko_lead, ko_tail
from .photo_label import dangling_label_start, past_picture_label
from .photo_lead import inside_leading_bracket, leading_bracket, leading_credit, zh_leading_credit
from .photo_parse import (
    MAX_CREDIT_CHARS,
    credits_from_body,
    is_agency,
    is_strong_credit,
    known_given,
    parse_photo_credit,
)
from .photo_zh import ZH_REPORTER, zh_release_start, zh_tail

_MAX_CREDIT_WORDS = 16

__all__ = [
    "MAX_CREDIT_CHARS",
    "ZH_REPORTER",
    "credit_candidate",
    "is_strong_credit",
    "labelled_caption",
    "parse_photo_credit",
    "split_photo_credit",
]


def _matching_open(text: str) -> int:
    """Index of the bracket that opens the group closing at the end of ``text``, or -1."""
    close = text[-1]
    opener = OPEN_FOR.get(close)
    if opener is None:
        return -1
    depth = 0
    stop = max(-1, len(text) - MAX_CREDIT_CHARS - 2)
    for i in range(len(text) - 1, stop, -1):
        ch = text[i]
        if ch == close:
            depth += 1
        elif ch == opener:
            depth -= 1
            if depth == 0:
                return i
    return -1


def credit_candidate(text: str) -> tuple[int, str] | None:
    """Find the credit at the end of a caption: (start offset, credit text) or None.

    The forms are tried in order, the first that matches wins (see the ``_tail_*`` functions).
    """
    if not text:
        return None
    for find in _TAIL_FORMS:
        found = find(text)
        if found is not None:
            return found
    return None


def _tail_bracket(text: str) -> tuple[int, str] | None:
    """A. A bracketed group at the end: "(iChongqing/Truman PENG)", "[Photo by X]", "（新华社记者 张三 摄）"; a full
    stop may follow when it holds a strong credit or an agency ("… at the gate (Photo: Anna Roe/Reuters).")."""
    stopped = len(text) > 1 and text[-1] in ".。" and text[-2] in OPEN_FOR
    text = text[:-1] if stopped else text
    if text[-1] not in OPEN_FOR:
        return None
    start = _matching_open(text)
    if start < 0:
        return None
    inner = text[start + 1 : -1].strip()
    if not inner or not bracket_is_credit(inner):
        return None
    if stopped and not (is_strong_credit(inner) or canonical_org(inner)):
        return None  # "… with Anna Roe (CDU).": a bracket that annotates the sentence's last words
    if text[-1] in text[:start] and _bare_name(inner):
        return None  # "A (CDU) and B (AfD)": brackets that annotate names in the caption, not a credit
    keyword = _tail_keyword(text)
    if keyword is not None and keyword[0] < start:
        return keyword  # "Foto: Anna Roe (dpa)": the bracket ends a credit that starts at its keyword
    return start, text[start:]


def _bare_name(inner: str) -> bool:
    """A bracketed name with nothing that marks a credit: no keyword, agency, slash or "via"."""
    prefix = CREDIT_PREFIX.match(inner)
    return (
        not (prefix and prefix.end() > 0)
        and not canonical_org(inner)
        and not HAN_RE.search(inner)
        and "/" not in inner
        and " via " not in inner
    )


def _tail_chinese(text: str) -> tuple[int, str] | None:
    """B. Chinese tails without brackets ("张三/摄", "视觉中国供图")."""
    return zh_tail(text) if HAN_RE.search(text[-40:]) else None


def _tail_keyword(text: str) -> tuple[int, str] | None:
    """C. A credit keyword near the end: "… forum. Photo: IC", "© Reuters", "Credit: AP Photo/Name".

    The earliest keyword in the window that starts a clean credit wins ("Credit: AP Photo/Name").
    """
    window_start = max(0, len(text) - MAX_CREDIT_CHARS)
    for match in CREDIT_TRAIL_KEYWORD.finditer(text, window_start):
        start = match.start()
        before = text[:start].rstrip()
        # "AP Photo/Jane Doe", "Xinhua Photo/…", "ANTARA FOTO/…": the agency before the keyword belongs to the credit.
        prev_word = before.rsplit(" ", 1)[-1] if before else ""
        if prev_word and _agency_with_keyword(prev_word, match.group(0)):
            start -= len(prev_word) + (len(text[:start]) - len(before))
            before = text[:start].rstrip()
        elif (outlet := _outlet_before_photo_by(text, before)) is not None:
            start, before = outlet, text[:outlet].rstrip()  # "… morning. Valley Times photo by Anna Roe"
        credit = text[start:].strip()
        body = text[match.end() :].strip()
        if not body or len(credit.split()) > _MAX_CREDIT_WORDS or has_sentence_break(body) or _centre_mark(match, body):
            continue
        if _keyword_credit_starts(before, match.group(0), body):
            return start, credit
    return None


def _outlet_before_photo_by(text: str, before: str) -> int | None:
    """Where the outlet's name opens the credit when the caption's last sentence is followed by an outlet, a photo
    word, "by" and a name ("… morning. HT Photo by Raj Verma", "… morning. Valley Times photo by Anna Roe"): the
    outlet's words, which no table need know, belong to the credit, as in a bracket ("(Express photo by …)")."""
    cut = before.rfind(". ")
    if cut < 0:
        return None
    found = OUTLET_PHOTO_BY.match(text[cut + 2 :])  # (its "^" holds at the slice's start only)
    return cut + 2 if found is not None and cut + 2 + found.end("outlet") == len(before) else None


def _agency_with_keyword(prev_word: str, keyword: str) -> bool:
    """The word before a keyword is part of the credit: an agency before its photo word ("AP Photo/Jane Doe"), or
    the first word of an agency whose name ends in the keyword ("Getty Images/iStockphoto", "imago images/X")."""
    if canonical_org(prev_word) and keyword[:4].casefold() in ("phot", "foto"):
        return True
    if keyword[:1] == "©" and prev_word[:1].isupper() and prev_word.casefold() in _PICTURE_NOUNS:
        return True  # "… bridge. Photo © Anna Roe": the photo word before the sign opens the credit
    word = keyword.strip(" :/")
    return bool(word) and canonical_org(f"{prev_word} {word}") is not None


def _centre_mark(keyword: re.Match[str], body: str) -> bool:
    """ "(c)" that is the caption's "centre" ("El rey (c), en Madrid", "Felipe VI (c) y la reina"), not ©: a
    comma, or a lower-case word that names no agency ("(c) dpa" is a credit), follows it."""
    if keyword.group(0).casefold() != "(c)":
        return False
    return body[0] in ",;" or (body[0].islower() and not is_agency(re.split(r"\s*/", body, maxsplit=1)[0].strip()))


_SENTENCE_BREAK = re.compile(r"[.!?]\s+\S")


def has_sentence_break(text: str) -> bool:
    """A sentence ends inside ``text``; the dot of an initial ("Gene J. Puskar", "C. Schlippes") or of a credit's
    abbreviation ("Dok. Humas Pemkot", lexicon.credits.CREDIT_ABBREVIATIONS) does not count."""
    for match in _SENTENCE_BREAK.finditer(text):
        i = match.start()
        if text[i] == "." and _abbreviation_before(text, i):
            continue
        if text[i] != "." or i == 0 or not text[i - 1].isupper() or (i > 1 and text[i - 2].isalpha()):
            return True
    return False


def _abbreviation_before(text: str, stop: int) -> bool:
    """Is the word before the full stop at ``stop`` a credit's abbreviation ("Dok.")?"""
    return text[max(0, stop - 12) : stop].rsplit(" ", 1)[-1].casefold() in CREDIT_ABBREVIATIONS


def _keyword_credit_starts(before: str, keyword: str, body: str) -> bool:
    """The keyword starts a credit: after a sentence end, a "©"/"(", or capitalised before a name or "A/B"."""
    if not before or before[-1] in ".!?|–—-;:)/\"'”’" or keyword[:1] in "©(" or UNCASED_LABEL.match(keyword):
        return True
    return keyword[:1].isupper() and ("/" in body or is_name_phrase(body.split(" via ")[0]))


def _tail_bar(text: str) -> tuple[int, str] | None:
    """D. "caption | Niall Carson/PA Images via Getty Images"; a spaced dash before an agency ("caption – ANSA")."""
    bar = text.rfind(" | ")
    if bar >= 0:
        credit = text[bar + 3 :].strip()
        if credit and len(credit.split()) <= 12 and ("/" in credit or " via " in credit or canonical_org(credit)):
            return named_before_bar(text, bar) or (bar, credit)
        if credit and len(credit) <= MAX_CREDIT_CHARS and (_known_taker(credit) or bare_credit(credit)):
            return bar, credit  # "… on Tuesday | Dana Whitfield", "… | Lakeside Sentinel file photo"
    # The last spaced dash ("… a Roma – ANSA", "… in Bern - Anna Roe/Keystone"): what follows it is the credit
    # when it reads as one by itself (an agency, or a name and an agency).
    dash = text.rfind(" - ") if text.isascii() else max(text.rfind(" - "), text.rfind(" – "), text.rfind(" — "))
    tail = text[dash + 3 :].strip() if dash > 0 else ""
    if tail and len(tail) <= MAX_CREDIT_CHARS and bare_credit(tail):
        return dash, tail
    if tail and text[dash - 1] in ".!?" and _known_taker(tail):
        return dash, tail  # "… on Tuesday. — Thomas Ashdown": a dash after the last sentence, then the taker alone
    return None


def _known_taker(name: str) -> bool:
    """A person's name opening with a known given name or shaped as only a person's is ("Dana Whitfield", "Tamsin
    Achebe-Lund"): after a caption's bar, the taker; a place's or a building's name is none ("New York", "Town
    Hall")."""
    return known_given(name) and looks_like_person(name)


def _tail_bare(text: str) -> tuple[int, str] | None:
    """E. A bare credit after the last sentence: "… overhaul. Supplied", "… print. David Kawai/Bloomberg"; a known
    outlet after a Chinese sentence's stop, which no space follows ("…进行检修。视觉中国")."""
    cut = _past_initials(text, max(text.rfind(". "), text.rfind("! "), text.rfind("? "), text.rfind('" ')))
    zh_cut = -1
    if not text.isascii():  # ("”" and the Chinese stops are not ASCII; isascii() reads a flag, it scans nothing)
        cut = max(cut, text.rfind("” "))
        zh_cut = max(map(text.rfind, ZH_SENTENCE_ENDS))
    zh_tail_text = text[zh_cut + 1 :] if zh_cut > cut else ""
    if zh_tail_text.strip() and canonical_org(zh_tail_text.strip()):
        return len(text) - len(zh_tail_text.lstrip()), zh_tail_text.strip()
    tail = text[cut + 2 :].strip() if cut >= 0 else ""
    if tail and len(tail.split()) <= 10 and bare_credit(tail):
        return cut + 2, tail
    return None


def _past_initials(text: str, cut: int) -> int:
    """The last sentence end at or before ``cut`` that is no initial after a known given name ("… Jonathan P. Blair
    Submitted photo": the stop after "P" ends no sentence, the name goes on past it; "… Plan B. Supplied" ends one),
    or -1."""
    while cut > 1 and text[cut - 1].isupper() and text[cut - 2] == " ":
        if not known_given(text[: cut - 2].rsplit(" ", 1)[-1]):
            break
        cut = text.rfind(". ", 0, cut - 1)
    return cut


_GETTY_SUFFIXES = (" via Getty Images", "/Getty Images", " Getty Images")


def _tail_getty(text: str) -> tuple[int, str] | None:
    """F. "… at the castle Getty Images" / "… AFP via Getty Images" glued to the caption."""
    for suffix in _GETTY_SUFFIXES:
        if text.endswith(suffix) and len(text) > len(suffix) + 10:
            start = len(text) - len(suffix)
            start -= _credit_words_before(text[:start].split(" "), suffix == " via Getty Images")
            return start + 1 if text[start] == " " else start, text[start:].strip()
    return None


def _credit_words_before(words: list[str], via: bool) -> int:
    """Characters of the "Name/" or capitalised words (at most four) directly before the agency."""
    run = 0
    while run < 4 and len(words) - run - 1 > 0:
        word = words[len(words) - run - 1]
        if not (word.endswith("/") or (via and word[:1].isupper() and not word.endswith((".", ",")))):
            break
        run += 1
    return sum(len(w) + 1 for w in words[len(words) - run :])


_SPACED_SLASH = re.compile(r" / ")
_MAX_SLASH_TAIL = 80


def _tail_slash(text: str) -> tuple[int, str] | None:
    """H. A credit after a spaced slash that names a known agency, with no sentence end before it ("… ayer en
    Madrid / EFE", "… en Madrid. / Juan Roe / EFE"): the first slash of the tail whose rest reads as a credit.
    A name alone after the slash ("… en Madrid / Juan Roe") is not enough: it may be a pair of places; after the
    caption's stop, any bare credit is ("… el lunes. / Cortesía")."""
    if " / " not in text:
        return None  # (both ways below need a spaced slash: a substring test spares most captions the credit test)
    if len(text) <= _MAX_SLASH_TAIL and bare_credit(text):
        return None  # the whole text is one credit chain ("Kari Lund / NTB"), not a caption and its credit
    start = max(0, len(text) - _MAX_SLASH_TAIL)
    for match in _SPACED_SLASH.finditer(text, start):
        tail = text[match.end() :].strip()
        stop = text[match.start() - 1] in ".!?"
        if tail and bare_credit(tail) and (stop or any(is_agency(p.strip()) for p in re.split(r"/|\s+via\s+", tail))):
            return match.start(), tail
    return None


_MAX_GLUED_AGENCY = 40
_MIN_GLUED_WORDS = 5  # three words of caption at least, and the name's two


def _tail_glued_slash(text: str) -> tuple[int, str] | None:
    """J. A "Name/Agency" credit glued to a caption that ends with no stop ("… on Saturday afternoon Anna Roe/Reuters",
    "…; Anna Roe/The Ledger"): a two-word name, a slash and a known agency after a word in lower case (the
    caption's own), or after a semicolon any credit chain. A capitalised word before the name ("… in Lyon Anna
    Roe/AFP", "… at Riverside Park Anna Roe/AP") leaves where the caption ends unknown, and a pair of places
    ("Dover and Calais/Boulogne") names no agency."""
    slash = text.rfind("/")
    if slash < 0 or len(text) - slash > _MAX_GLUED_AGENCY:
        return None
    words = text[:slash].split(" ")
    if len(words) < _MIN_GLUED_WORDS:
        return None
    start = slash - len(words[-2]) - len(words[-1]) - 1
    tail = text[start:]
    before = words[-3]
    if before.endswith(";"):
        return (start, tail) if bare_credit(tail) else None
    if before[:1].islower() and is_agency(text[slash + 1 :].strip()) and looks_like_person(" ".join(words[-2:])):
        return start, tail
    return None


# A label in lower case that opens the text after a sentence end: one or two words, then a colon or "by"
# ("photo: anna roe", "image credit: Port Authority", "photo by Anna Roe").
_LOWER_LABEL = re.compile(r"[a-z]{3,12}(?: [a-z]{3,8})?(?::| by (?=[A-Z]))")


def _tail_lower_label(text: str) -> tuple[int, str] | None:
    """I. A credit label written in lower case after the caption's last sentence ("… on Tuesday. photo: anna roe",
    "… morning. credit: Port Authority"): a credit when its capitalised form is one where it stands."""
    start = max(text.rfind(". "), text.rfind("! "), text.rfind("? ")) + 2
    if start < 2 or not _LOWER_LABEL.match(text, start):
        return None
    found = _tail_keyword(text[:start] + text[start].upper() + text[start + 1 :])
    return (start, text[start:].strip()) if found is not None and found[0] == start else None


_TAIL_FORMS = (
    _tail_bracket,
    _tail_chinese,
    ko_tail,
    _tail_keyword,
    _tail_bar,
    _tail_bare,
    _tail_lower_label,
    ja_tail,
    _tail_getty,
    _tail_slash,
    _tail_glued_slash,
)


_WORD_MARKS = ".,;:!?\"'’“”()"


@lru_cache(maxsize=256)
def labelled_caption(text: str) -> str | None:
    """The caption after a picture label ("Photo: The quay at dusk.", ``lexicon.credit_lines.PICTURE_CAPTION``), or
    None: also for a text of that shape that credits the picture, by a giver's or an origin's word ("Photo: supplied
    by the county council.", ``lexicon.credit_lines.PICTURE_CREDIT_WORDS``) or by the photographer's name ("Photo:
    Nils Ekberg, staff photographer.")."""
    match = PICTURE_CAPTION.match(text)
    if match is None:
        return _caption_and_credit(text)
    caption = match.group(1)
    if any(word.strip(_WORD_MARKS).lower() in PICTURE_CREDIT_WORDS for word in caption.split()):
        return None
    return None if any(credit.name for credit in parse_photo_credit(text)) else caption


def _caption_and_credit(text: str) -> str | None:
    """The caption with its credit after a picture label ("Photo: Crews inspect the bridge deck on Tuesday. Jon
    Park/Valley Courier"): the caption proper reads as a labelled caption does and the rest credits a person by name;
    else None."""
    labelled = PICTURE_LABELLED.match(text)
    if labelled is None:
        return None
    if PICTURE_LABELLED.match(labelled.group(1)) is not None:  # (a label after the label: no caption, and no recursion)
        return None
    caption, credits = split_photo_credit(labelled.group(1))
    if caption is None or caption[-1] not in ".!?" or not any(credit.name for credit in credits):
        return None
    words = [word.strip(_WORD_MARKS).lower() for word in caption.split()]
    return labelled.group(1) if len(words) >= 4 and not any(word in PICTURE_CREDIT_WORDS for word in words) else None


def split_photo_credit(text: str) -> tuple[str | None, list[Credit]]:
    """Split a caption into the caption proper and its photo credits.

    Recognised (at the end of the caption, or as the whole text): bracketed credits
    ("(iChongqing/Truman PENG)", "(Photo/Xinhua)", "[Photo by Wang Jing/China Daily]", "(Picture: Getty)",
    "(AP)"), keyword credits ("Photo: IC", "Photo by X/Getty Images", "© Reuters", "Credit: AP Photo/Name",
    "Image: Name"), "caption | Name/Agency", bare agency tails ("… overhaul. Supplied", "… X/Getty Images"),
    and Chinese forms ("（新华社记者 张三 摄）", "张三/摄", "图片来源：视觉中国", "视觉中国供图").

    Returns ``(caption, credits)``: the caption without the credit (None when nothing is left) and the
    credits, each with ``raw`` set to the credit as written. Text without a credit comes back
    whitespace-normalised with an empty list.
    """
    text = normalize_space(text)
    if not text:
        return None, []
    # The whole text may be a credit: "Photo: IC", "(Image: Getty)", "Credits: Supplied Image;",
    # or only an agency's name ("Getty Images", "BBC"): a credit, not a caption.
    whole = strip_wrapping(text)
    org = canonical_org(whole)
    if org:
        return None, [Credit(role=CreditRole.PHOTOGRAPHER, organization=org, raw=text)]
    if (labelled := labelled_caption(text)) is not None:  # ("Photo: The new terminal seen at dusk.")
        return (labelled, []) if PICTURE_CAPTION.match(text) else split_photo_credit(labelled)  # (its credit after it)
    lead = leading_credit(text) or leading_bracket(text) or ko_lead(text) or zh_leading_credit(text)
    if lead is not None:
        return lead
    credits = _keyword_credits(whole, text)
    if credits:
        return None, credits
    return _tail_credit(text)


def _keyword_credits(whole: str, text: str) -> list[Credit]:
    """The credits of a whole text that opens with a credit keyword ("Photo: IC", "Credits: Supplied Image;"),
    ``whole`` its text without wrapping brackets; empty for any other text."""
    prefix = CREDIT_PREFIX.match(whole)
    if (
        prefix
        and prefix.end() > 0
        and len(whole) <= MAX_CREDIT_CHARS
        and not has_sentence_break(whole[prefix.end() :])
    ):
        return credits_from_body(whole, text)
    return []


def _tail_credit(text: str) -> tuple[str | None, list[Credit]]:
    """:func:`split_photo_credit` for a credit at the end of the caption (or in a bracket opening it)."""
    found = credit_candidate(text)
    if found is None:
        return text, []
    start, raw = found
    if inside_leading_bracket(text, start):
        # "(Photo by Anna Roe/Getty Images) Crowds gather": the credit found is the bracket's, not a tail
        return leading_bracket(text, any_caption=True) or (text, [])
    released = zh_release_start(text, start)
    start, raw = released, (text[released:] if released < start else raw)
    if (label := dangling_label_start(text[:start].rstrip(" |–—-/"))) is not None:
        start, raw = label, text[label:]  # "… portową. fot. Jan Kowalski / Agencja Gazeta": the label opens it
    credits = credits_from_body(raw, raw.strip(" |"))
    if not credits:
        return text, []
    caption = text[:start].rstrip(" |–—-:;,，、：；/").strip()
    return (past_picture_label(caption) or None), credits

