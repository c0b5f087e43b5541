"""Quotes in Japanese, Korean and Turkish, read from a table of reporting words (:mod:`cqnews.lexicon.quotes_topic`).

These languages put the reporting verb after the quote (in Japanese and Korean joined by a quotative
particle) and the speaker first, as the topic or subject of the sentence, marked by a particle (Japanese,
Korean) or set off by a comma (Turkish, whose offices stand before the name):

- 岸田文雄首相は記者団に「経済対策を速やかに実行する」と述べた。 → 岸田文雄, role 首相
- 「安全を最優先に考える」。国土交通省の担当者はこう話した。 → the unnamed 国土交通省の担当者
- 윤석열 대통령은 "경제를 살리겠다"고 말했다. → 윤석열, role 대통령
- Hazine ve Maliye Bakanı Mehmet Şimşek, "Enflasyon düşecek" dedi. → Mehmet Şimşek, role Hazine ve Maliye Bakanı

The speaker is the first topic phrase of the sentence before the quote, else the one between the quote
and its verb (「…」と山田さんは話す); in Turkish, else the capitalised words after the verb that end the sentence
('"…" dedi Ahmet Yılmaz.'), and a subject, a verb and a colon right before a quote report it ('Bakan Mehmet Şimşek
açıkladı: "…"'). A quote with no reporting verb after it is kept only when it is a
sentence long (as in every language without a table); reported speech without quote marks is not read.
"""

from __future__ import annotations

import bisect

from ...lexicon.quotes_topic import TopicTable
from ..speakers.phrases import Who
from .spans import Span
from .text import BlockView

__all__ = ["topic_attribution"]

_AFTER_REACH = 40  # characters after the closing mark the reporting verb may take
_NEXT_SENTENCE = 80  # characters of the next sentence read for a verb pointing back (こう話した)
_SENTENCE_ENDS = ("。", ".")


def topic_attribution(table: TopicTable, b: BlockView, sp: Span, s: int, e: int) -> tuple[Who | None, str | None]:
    """The speaker and cue of the quote at ``sp`` in the sentence [s, e)."""
    if sp.close is None:
        return None, None
    text = b.text
    after = sp.close + 1
    m = table.after_quote.match(text, after, min(len(text), after + _AFTER_REACH))
    if m is not None:
        who = _topic_outside(table, b, s, sp.open) or _topic(table, text, m.start(), m.end())
        return who or _subject_after_verb(table, text, m.end()), m.group().strip(" ,")
    colon = _subject_before_colon(table, text, s, sp.open)
    return colon if colon is not None else _pointing(table, text, after)


def _subject_after_verb(table: TopicTable, text: str, pos: int) -> Who | None:
    """'"…" dedi Ahmet Yılmaz.', '"…" diye konuştu Bakan Mehmet Şimşek.': the capitalised words after the verb that
    end the sentence (the subject written after its verb), read as a subject before the quote is."""
    m = table.subject_after_verb.match(text, pos)
    return _who(table, m.group(1), m.start(1)) if m is not None else None


def _subject_before_colon(table: TopicTable, text: str, lo: int, hi: int) -> tuple[Who, str] | None:
    """'Bakan Mehmet Şimşek açıkladı: "…"', 'Ahmet Yılmaz şunları söyledi: "…"': the capitalised words opening the
    sentence before a verb of the table (an object word between at most) and the colon right before the quote."""
    head = text[lo:hi].rstrip()
    words = head[:-1].split(" ") if head.endswith(":") else []
    if len(words) < _SUBJECT_AND_VERB or words[-1] not in table.colon_verbs:
        return None
    verb = len(words) - 1 - (words[-2] in table.colon_objects)
    first = max((k + 1 for k, w in enumerate(words[:verb]) if _no_subject_word(table, w)), default=0)
    subject = words[first:verb]  # (past a place with its case suffix, "Ankara'da", or a time word: "Dün")
    if not subject or len(subject) > _TITLED_NAME_WORDS + 2 or not subject[0][:1].isupper():
        return None
    if not all(w[:1].isupper() or w == "ve" for w in subject):  # ("Hazine ve Maliye Bakanı")
        return None
    start = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip()) + len(" ".join(words[:first])) + (first > 0)
    return _who(table, " ".join(subject), start), " ".join(words[verb:])  # (a pronoun too: "O açıkladı:")


_SUBJECT_AND_VERB = 2


def _no_subject_word(table: TopicTable, word: str) -> bool:
    """A word no subject holds: one with a case suffix after an apostrophe ("Ankara'da"), a time word ("Dün")."""
    return "'" in word or "’" in word or word in table.not_speakers


def _topic_outside(table: TopicTable, b: BlockView, lo: int, hi: int) -> Who | None:
    """:func:`_topic` over the stretches of ``[lo, hi)`` outside other quotes (a quote's own words name
    nobody: 박 시장은 "…"며 "…"고 밝혔다 has one speaker for both)."""
    found: Who | None = None
    at = lo
    # Only the spans around [lo, hi): from the last one opening before lo (a block of many quotes would make
    # a walk over all of them for each quote quadratic).
    first = max(0, bisect.bisect_right(b.spans, lo, key=_span_open) - 1)
    for i in range(first, len(b.spans)):  # (a slice would copy the rest of the list for each quote)
        span = b.spans[i]
        if span.open >= hi:
            break
        end = span.end if span.close is None else span.close + 1
        if end <= at:
            continue
        who = _topic(table, b.text, at, min(span.open, hi)) if span.open > at else None
        found = who or found
        if who is not None and not table.last_topic:
            return who
        at = max(at, end)
    who = _topic(table, b.text, at, hi) if at < hi else None
    return who or found


def _span_open(span: Span) -> int:
    return span.open


def _pointing(table: TopicTable, text: str, after: int) -> tuple[Who | None, str | None]:
    """「…」。国土交通省の担当者はこう話した。: a verb in the next sentence points back at the quote."""
    if text[after : after + 1] not in _SENTENCE_ENDS:
        return None, None
    lo = after + 1
    while lo < len(text) and text[lo] == " ":
        lo += 1
    hi = min(len(text), lo + _NEXT_SENTENCE)
    end = min((k for k in (text.find(mark, lo, hi) for mark in _SENTENCE_ENDS) if k >= 0), default=hi)
    m = table.pointing.search(text, lo, end)
    if m is None:
        return None, None
    return _topic(table, text, lo, m.start()), m.group()


def _topic(table: TopicTable, text: str, lo: int, hi: int) -> Who | None:
    """The first topic or subject phrase in ``text[lo:hi]`` that may speak (the last one where the table
    says so: Korean 은/는 also end verb forms, "목포를 찾은 이 후보는", and the subject stands next to the quote)."""
    found: Who | None = None
    for m in table.topic.finditer(text, lo, hi):
        words = m.group(1).split(" ")
        while words and words[0] in table.not_speakers:
            words.pop(0)  # Korean "이날 윤석열 대통령은": a time word before the subject
        phrase = " ".join(words)
        if table.verb_endings and phrase.endswith(table.verb_endings):
            continue  # "도입해야 한다는 …", "목포를 찾은 …": a verb's modifier ending, no subject
        if phrase and phrase not in table.not_speakers:
            found = _who(table, phrase, m.end(1) - len(phrase))
            if not table.last_topic:
                break
    return found


def _who(table: TopicTable, phrase: str, start: int) -> Who:
    """A pronoun, a name with its title ("岸田文雄首相", "윤석열 대통령"), an organisation, or a description."""
    if phrase in table.pronouns:
        return Who(phrase, "pronoun", start=start, gender=table.pronouns[phrase])
    unnamed = any(word in table.unnamed_markers for word in phrase.split(" "))  # 국민의힘 한 중진 의원: "a" lawmaker
    if unnamed or phrase.startswith(table.anaphor_prefixes) or phrase in table.titles:  # 同社; 首相 alone: described
        return Who(phrase, "desc", role=phrase, start=start)
    if table.titles_first:
        return _titled_name(table, phrase, start)
    title = max((t for t in table.titles if phrase.endswith(t) and len(phrase) > len(t)), key=len, default=None)
    if title is not None:
        split = _spaced_title(table, phrase, title) if table.separator else _joined_title(table, phrase, title)
        if split is None:
            return Who(phrase, "desc", role=phrase, start=start)
        name, role = split
        return Who(name, "person", role=None if role in table.honorifics else role, start=start)
    if phrase.endswith(table.org_heads):
        return Who(phrase, "org", start=start)
    if _name_like(table, phrase) and len(phrase.replace(" ", "")) <= _BARE_NAME_CHARS:
        return Who(phrase, "person", start=start)  # 岸田は, 김민수는: a name written alone
    return Who(phrase, "desc", role=phrase, start=start)


def _joined_title(table: TopicTable, phrase: str, title: str) -> tuple[str, str] | None:
    """(name, role) of a Japanese "日本銀行の植田和男総裁" (the name right before the title; the body owning
    the office before の), or None when no name stands there ("カタールの外務省報道官")."""
    owner, _, name = phrase[: -len(title)].rpartition("の")
    if not _name_like(table, name) or name.endswith(table.org_heads):
        return None
    return name, f"{owner}の{title}" if owner else title


def _spaced_title(table: TopicTable, phrase: str, title: str) -> tuple[str, str] | None:
    """(name, role) of a Korean "더불어민주당 이재명 대표" or "강준현 민주당 수석대변인": the word that is a name
    speaks, the other words (a party, "전" former, a prefix glued to the title) are its role."""
    rest = phrase[: -len(title)]
    words = rest.split()
    if words and not rest.endswith(" "):
        title = words.pop() + title  # 수석대변인: a prefix written together with the title
    names = (w for w in reversed(words) if w not in table.title_prefixes and not w.endswith(table.org_heads))
    name = next((w for w in names if _name_like(table, w)), None)
    if name is None:
        return None
    return name, " ".join([*(w for w in words if w != name), title])


def _titled_name(table: TopicTable, phrase: str, start: int) -> Who:
    """A Turkish subject: the office before the name is its role ("Hazine ve Maliye Bakanı Mehmet Şimşek"),
    a body's name is an organisation ("Dışişleri Bakanlığı"), else the capitalised words are a name."""
    if phrase.endswith(table.org_heads):
        return Who(phrase, "org", start=start)
    words = phrase.split(" ")
    office = max((k + 1 for k, w in enumerate(words) if w.lower().startswith(table.titles)), default=0)
    name = words[office:]
    if not name or len(name) > _TITLED_NAME_WORDS or not all(w[:1].isupper() for w in name):
        return Who(phrase, "desc", role=phrase, start=start)
    return Who(" ".join(name), "person", role=" ".join(words[:office]) or None, start=start)


_TITLED_NAME_WORDS = 4
_BARE_NAME_CHARS = 4
_NAME_CHARS = 8


def _name_like(table: TopicTable, name: str) -> bool:
    """A person's name: a short run of letters, at most two words (Korean), no の or particle inside."""
    if not name or "の" in name or len(name.replace(" ", "")) > _NAME_CHARS:
        return False
    return len(name.split(" ")) <= 2 if table.separator else " " not in name
