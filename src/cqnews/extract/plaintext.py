"""Plain-text dumps of pages: find the headline and the body among site chrome.

A dump is one paragraph per line or per blank-line-separated group, boilerplate included (masthead,
slogans, cookie banner, "About Us"). The body runs from the first prose paragraph to the last one, and on
over the sentences after it (a closing "“It is sad,” Williams said." of a few words); the headline is the last
title-like line before the body. A user's text is all article unless it is clearly furniture: lines the
boilerplate table names, lines before the headline, and lines after the body that end in no full stop or hold
fewer than three words ("Read more"). Whatever of the text is left out of the body (and is no headline, title
line or byline) is named in a warning.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from ..credit_text.photo import labelled_caption
from ..deadline import NO_DEADLINE, Deadline
from ..draft import Draft, ImageDraft
from ..lexicon.datelines import CHINESE_DATELINE, DATELINE_LINE_END, ENGLISH_DATELINE_LINE, is_kicker
from ..lexicon.dates import MONTHS
from ..models import Block, BlockKind, ExtractionMethod
from ..text import HAN_RE, cjk_ratio, normalize_space
from .boilerplate import is_boilerplate, is_credit_line
from .shown_dates import numeric_date_in

__all__ = ["credit_line_dates", "dump_line_breaks", "extract_text", "split_lines"]

# A sentence end, or a closing quote or bracket (「…。」 ends Chinese quotes, « … » French ones, „…“ and
# »…« German ones), optionally followed by an editor's note and a wire code (（編輯：張銘坤）1100731) or an
# end-of-story mark (■).
# (A straight single mark counts after a stop only: "… said: 'I have not decided.'", not "the players'".)
_SENTENCE_END = re.compile(
    r"(?:[.!?]'|[.!?。！？…\"”’“»«)）」』])\s*(?:[（(][^（()）]{1,40}[)）]\s*\d{0,12})?\s*[■□◆◇]?\s*$"
)
_PROSE_MIN_WORDS = 12
_PROSE_MIN_HAN = 40
_TITLE_MAX_CHARS = 200


# A Markdown heading ("# Title", "## Section"): the marks are no part of the text. "#MeToo" is no heading.
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+(?=\S)")
# A list item's bullet ("- ", "* ", "• ") and a Markdown quote's mark ("> "): no part of the text either; nor
# Markdown's bold marks ("**Residents** were moved"). (What cqnews.render writes reads back as the same blocks.)
_BULLET = re.compile(r"[-*+•·▪‣]\s+(?=\S)")
# A numbered item ("1. Roads closed", "2) Schools shut"): a list item, its number kept (it may be referred to).
_NUMBERED = re.compile(r"\d{1,3}[.)]\s+(?=\S)")
_MARKDOWN_QUOTE = re.compile(r">\s*(?=\S)")
_MARKDOWN_BOLD = re.compile(r"\*\*([^*]+)\*\*")


# A vertical tab or a form feed between two characters of a line: a line break the dump wrote so (Word's manual line
# break is a vertical tab; a page break with no line break around it). One next to a line break (pdftotext ends a page
# with its line break and a form feed) stays what it is in markup, a space.
_INLINE_BREAK = re.compile(r"(?<![\r\n\x0b\x0c])[\x0b\x0c]++(?![\r\n])")  # (a run read once, from its start)


def dump_line_breaks(text: str) -> str:
    """``text`` with each vertical tab or form feed that stands between two characters of a line made a line break
    (see ``_INLINE_BREAK``): "Harbour plan approved\\vBy Anna Roe" is two lines, not one."""
    if "\x0b" not in text and "\x0c" not in text:
        return text
    return _INLINE_BREAK.sub(lambda run: "\n" * len(run.group()), text)


def _block(line: str, sentence: bool) -> Block:
    """The body block of a line: a Markdown heading, a list item, a Markdown quote, else a paragraph (a heading when
    it is no ``sentence``), with their marks and Markdown's bold marks taken out."""
    if "**" in line:
        line = _MARKDOWN_BOLD.sub(r"\1", line)
    for pattern, kind in ((_MARKDOWN_HEADING, BlockKind.HEADING), (_BULLET, BlockKind.LIST_ITEM)):
        if (mark := pattern.match(line)) is not None:
            return Block(kind=kind, text=line[mark.end() :])
    if (mark := _MARKDOWN_QUOTE.match(line)) is not None:
        return Block(kind=BlockKind.BLOCKQUOTE, text=line[mark.end() :])
    if _NUMBERED.match(line):
        return Block(kind=BlockKind.LIST_ITEM, text=line)
    return Block(kind=BlockKind.PARAGRAPH if sentence else BlockKind.HEADING, text=line)


def split_lines(text: str) -> list[str]:
    """Non-empty, whitespace-normalised lines of a dump."""
    return [line for line in (normalize_space(raw) for raw in text.splitlines()) if line]


def extract_text(text: str, deadline: Deadline = NO_DEADLINE) -> Draft:
    """Build a Draft from a plain-text dump.

    Lines are read until ``deadline`` ends (a warning then says where the reading stopped).
    """
    draft = Draft(method=ExtractionMethod.TEXT)
    chinese = cjk_ratio(text) > 0.3
    lines, chrome, prose = _read_lines(text, chinese, deadline, draft.warnings)
    first = next((i for i, is_prose in enumerate(prose) if is_prose), None)
    if first is None:
        draft.warnings.append("no prose paragraph found in the text")
        kept = [line for line, is_chrome in zip(lines, chrome, strict=True) if not is_chrome]
        draft.headline = _set_apart_title(text, kept)
        draft.blocks = [_block(line, True) for line in kept[1 if draft.headline else 0 :]]
        _warn_left_out([line for line, is_chrome in zip(lines, chrome, strict=True) if is_chrome], draft.warnings)
        return draft
    first, last = _body_bounds(lines, chrome, prose, chinese)
    draft.title_lines = _title_lines(lines[:first], chrome[:first])
    draft.headline = draft.title_lines[0] if draft.title_lines else None
    draft.bylines.extend(line for line in lines[:first] if _is_byline(line))  # "By Jane Roe" under the title
    draft.head_bylines = len(draft.bylines)
    for index in range(first, last + 1):
        line = lines[index]
        if (caption := labelled_caption(line)) is not None:  # (a picture the dump does not hold: no source)
            draft.images.append(ImageDraft(src=None, caption=caption, position=len(draft.blocks)))
        elif _is_byline(line):
            draft.bylines.append(line)
        elif not chrome[index]:
            draft.blocks.append(_block(line, prose[index] or _SENTENCE_END.search(line) is not None))
    draft.bylines.extend(line for line in lines[last + 1 :] if _is_byline(line))
    _warn_left_out(_left_out(lines, chrome, first, last, len(draft.title_lines)), draft.warnings)
    draft.timezone = "Asia/Shanghai" if chinese else None  # Chinese text: China time
    return draft


def credit_line_dates(bylines: list[str]) -> list[str]:
    """The numeric date of the first credit line that shows one: a Chinese dump's line under the title gives the
    time with the source and author ("2026-03-04 09:30:15 来源：江城日报 作者：王晓东")."""
    for line in bylines:
        if (found := numeric_date_in(line)) is not None:
            return [found]
    return []


def _is_byline(line: str) -> bool:
    """A credit line of the dump, but a picture's caption after its label ("Photo: The quay at dusk."): that one is
    the caption of a picture the dump does not hold (it was lost unseen), or named in the left-out warning."""
    return is_credit_line(line) and labelled_caption(line) is None


_LINES_PER_CHECK = 2048

# Hard-wrapped text (an e-mail, a wire feed, a text editor's 72 columns): no line is longer than this, blank
# lines part the paragraphs, and a line is cut where the next word would pass the width, so it fills at least
# this share of the widest line.
_WRAP_MAX_WIDTH = 100
_WRAP_FILL = 0.6
# A line that opens a block of its own, never the tail of a wrapped line: a bullet or a numbered item, a Markdown
# heading or quote, an indented (Chinese: full-width indented) paragraph.
_OWN_LINE = re.compile(r"(?:[-*+•·▪‣]\s|\d{1,3}[.)]\s|#{1,6}\s|>|\s|\u3000)")


def unwrapped(raw_lines: list[str]) -> list[str]:
    """``raw_lines`` with the lines of a hard-wrapped paragraph joined (with a space; with none between Han
    characters): a text whose longest line is at most :data:`_WRAP_MAX_WIDTH` characters and whose paragraphs
    blank lines part, and a line that fills :data:`_WRAP_FILL` of the width, whose next line opens no block
    of its own (:data:`_OWN_LINE`) and is no byline. Any other text is returned as it is."""
    width = max((len(line.rstrip()) for line in raw_lines), default=0)
    if width > _WRAP_MAX_WIDTH or not any(not line.strip() for line in raw_lines):
        return raw_lines
    joined: list[str] = []
    wrapping = False
    for line in raw_lines:
        stripped = line.strip()
        if wrapping and stripped and not _OWN_LINE.match(line) and not is_credit_line(stripped):
            previous = joined[-1].rstrip()
            space = "" if HAN_RE.match(previous[-1:]) and HAN_RE.match(stripped[:1]) else " "
            joined[-1] = f"{previous}{space}{stripped}"
        else:
            joined.append(line)
        wrapping = len(joined[-1].rstrip()) >= _WRAP_FILL * width if stripped else False
    return joined


def _read_lines(
    text: str, chinese: bool, deadline: Deadline, warnings: list[str]
) -> tuple[list[str], list[bool], list[bool]]:
    """The non-empty, normalised lines with their chrome and prose flags, read until ``deadline`` has
    spent 40 % of what is left (making blocks of the lines takes the rest): a dump of a million short
    lines would otherwise take many seconds."""
    reading = deadline.share(0.4)
    raw_lines = unwrapped(text.splitlines())
    lines: list[str] = []
    chrome: list[bool] = []
    prose: list[bool] = []
    for start in range(0, len(raw_lines), _LINES_PER_CHECK):
        if start and reading.expired():
            warnings.append(
                f"the text was read up to line {start} of {len(raw_lines)}: the parse used up "
                "ParseOptions.time_budget (raise it, or None, to read such texts in full)"
            )
            break
        normalised = (normalize_space(raw) for raw in raw_lines[start : start + _LINES_PER_CHECK])
        chunk = [line for line in normalised if line]
        if not start:
            chunk = _with_dateline_joined(chunk)
        chunk_chrome = [is_boilerplate(line) for line in chunk]
        lines.extend(chunk)
        chrome.extend(chunk_chrome)
        pairs = zip(chunk, chunk_chrome, strict=True)
        prose.extend(not is_chrome and _is_prose(line, chinese) for line, is_chrome in pairs)
    return lines, chrome, prose


_DATELINE_LINES = 8  # a dateline stands among the first lines of a dump, above the lede
_DATELINE_MAX_CHARS = 160


def _with_dateline_joined(lines: list[str]) -> list[str]:
    """``lines`` with the first dateline standing alone on its line ("BEIJING, Dec. 3 (Xinhua) --",
    "新华社北京12月3日电") among the first few joined to the line after it: it opens the lede, it is no headline."""
    for index, line in enumerate(lines[: _DATELINE_LINES - 1]):
        if index + 1 < len(lines) and len(line) <= _DATELINE_MAX_CHARS and _is_dateline_alone(line):
            return [*lines[:index], f"{line} {lines[index + 1]}", *lines[index + 2 :]]
    return lines


def _is_dateline_alone(line: str) -> bool:
    """A line that is only a dateline: an English one with its place in capitals or its agency in brackets and a
    dash ending the line ("WELLINGTON, New Zealand —"; "Harbour Board —" is no dateline), or a Chinese one."""
    if (match := ENGLISH_DATELINE_LINE.match(line)) is not None:
        month, place = match.group("month"), match.group("place")
        return (month is None or month.lower() in MONTHS) and not is_kicker(place) and (
            place.isupper() or match.group("agency") is not None
        )
    match = CHINESE_DATELINE.match(line)
    return match is not None and DATELINE_LINE_END.match(line, match.end()) is not None


def _body_bounds(lines: list[str], chrome: list[bool], prose: list[bool], chinese: bool) -> tuple[int, int]:
    """The first and last line of the body: from the first prose line to the last, widened over the
    short sentences next to them (a one-line quote as the lede, a closing "…” she said."), as long as a
    title-like line stays before the body for the headline."""
    first = prose.index(True)
    last = len(prose) - 1 - prose[::-1].index(True)
    while last + 1 < len(lines) and not chrome[last + 1] and _continues(lines, last + 1, chinese):
        last += 1
    while first > 0 and not chrome[first - 1] and _opens_body(lines, chrome, first - 1, chinese):
        first -= 1
    return first, last


# A quotation and its attribution ending the line: a closing quote mark, then at most a few words and a full stop
# ("“It is sad,” Williams said.", "“太难过了。”他说。"); a headline quotes without a full stop after its words.
_ATTRIBUTED_QUOTE = re.compile(r"[”」』\"][,，]?\s*[^”」』\"]{1,60}[.。]$")


def _opens_body(lines: list[str], chrome: list[bool], index: int, chinese: bool) -> bool:
    """The line at ``index``, before the first paragraph of running text, opens the body: a short sentence with a
    title-like line still before it for the headline, or a quotation with its attribution (never a headline)."""
    line = lines[index]
    if labelled_caption(line) is not None:  # (the caption of a picture above the lede)
        return True
    if _ATTRIBUTED_QUOTE.search(line) is not None and _is_closing(line, chinese):
        return True
    return index > 0 and _is_sentence(line, chinese) and _headline(lines[:index], chrome[:index]) is not None


_SENTENCE_MIN_WORDS = 6
_SENTENCE_MIN_HAN = 10
# A line after the body is article text when it is a sentence of this many words (Han characters): a closing
# quote ("“It is sad,” Williams said.") or remark ("The work goes on."); "Read more." stays furniture.
_CLOSING_MIN_WORDS = 3
_CLOSING_MIN_HAN = 4


def _is_sentence(line: str, chinese: bool) -> bool:
    """A short paragraph that is still a sentence: a few words (Han characters) and a sentence end."""
    return _sentence_of(line, chinese, _SENTENCE_MIN_WORDS, _SENTENCE_MIN_HAN)


def _is_closing(line: str, chinese: bool) -> bool:
    """A line after the body that still belongs to it: a sentence of a few words (Han characters)."""
    return _sentence_of(line, chinese, _CLOSING_MIN_WORDS, _CLOSING_MIN_HAN)


def _sentence_of(line: str, chinese: bool, words: int, han: int) -> bool:
    """A line with a sentence end, no credit line, of at least ``words`` words (``han`` Han characters in Chinese)."""
    if _SENTENCE_END.search(line) is None or _is_byline(line):
        return False
    if chinese:
        return len(HAN_RE.findall(line)) >= han
    return len(line.split()) >= words


def _continues(lines: list[str], index: int, chinese: bool) -> bool:
    """The line at ``index``, after the body, still belongs to it: a short sentence, a list item, or the line that
    introduces a list ("What comes next:")."""
    line = lines[index]
    if _is_closing(line, chinese) or _is_item(line) or labelled_caption(line) is not None:  # (a picture's caption)
        return True
    return _introduces(line) and index + 1 < len(lines) and _is_item(lines[index + 1])


def _is_item(line: str) -> bool:
    return _BULLET.match(line) is not None or _NUMBERED.match(line) is not None


def _introduces(line: str) -> bool:
    """The line ends in a colon: it introduces what follows ("The council listed three steps:"), no heading."""
    return line.endswith((":", "："))


def _left_out(lines: list[str], chrome: list[bool], first: int, last: int, titles: int) -> list[str]:
    """The lines of the text that are in neither the body, the title lines nor the bylines."""
    title_lines = set(_title_line_indexes(lines[:first], chrome[:first], titles))
    return [
        line
        for index, line in enumerate(lines)
        if not _is_byline(line)
        and index not in title_lines
        and (index < first or index > last or chrome[index])
    ]


def _title_line_indexes(before: list[str], chrome: list[bool], count: int) -> Iterator[int]:
    """The indexes of the ``count`` title lines :func:`_title_lines` took, nearest the body first."""
    for index in range(len(before) - 1, -1, -1):
        if count <= 0:
            return
        if len(before[index]) <= _TITLE_MAX_CHARS and not chrome[index] and not is_credit_line(before[index]):
            count -= 1
            yield index


_SHOWN_LEFT_OUT = 3
_SHOWN_CHARS = 40


def _warn_left_out(left_out: list[str], warnings: list[str]) -> None:
    """A warning naming the lines of the text left out of the body (site chrome, lines around the article)."""
    if not left_out:
        return
    shown = ", ".join(
        repr(line if len(line) <= _SHOWN_CHARS else line[:_SHOWN_CHARS] + "…") for line in left_out[:_SHOWN_LEFT_OUT]
    )
    more = f" and {len(left_out) - _SHOWN_LEFT_OUT} more" if len(left_out) > _SHOWN_LEFT_OUT else ""
    warnings.append(
        f"{len(left_out)} line(s) of the text were left out of the body as page furniture (site chrome, or short "
        f"lines before the headline or after the last paragraph): {shown}{more}"
    )


def _is_prose(line: str, chinese: bool) -> bool:
    """Running text: enough words (or Han characters) and a sentence end. Chrome is checked apart."""
    if chinese:
        han = len(HAN_RE.findall(line))
        return han >= _PROSE_MIN_HAN and _SENTENCE_END.search(line) is not None
    return len(line.split()) >= _PROSE_MIN_WORDS and _SENTENCE_END.search(line) is not None


def _set_apart_title(text: str, kept: list[str]) -> str | None:
    """The headline of a dump with no prose paragraph: its first line, when a blank line sets it apart from more
    lines after it and it is short and no sentence ("Harbour story four", then a blank line, then short
    paragraphs), as a text editor's or a notebook's dump writes a title. Else None: the lines stay the body."""
    stripped = text.lstrip()
    end = stripped.find("\n")
    after = stripped.find("\n", end + 1) if end >= 0 else -1
    if after < 0 or stripped[end + 1 : after].strip() or len(kept) < 2:
        return None
    first = kept[0]
    if normalize_space(stripped[:end]) != first or len(first) > _TITLE_MAX_CHARS or _SENTENCE_END.search(first):
        return None
    heading = _MARKDOWN_HEADING.match(first)
    return None if is_credit_line(first) else first[heading.end() :] if heading else first


def _headline(before: list[str], chrome: list[bool]) -> str | None:
    return next(_titles(before, chrome), None)


_TITLE_LINES = 3  # the title, and the date lines and subtitles that may stand between it and the body


def _title_lines(before: list[str], chrome: list[bool]) -> list[str]:
    """The last few title-like lines before the body, nearest first."""
    return list(itertools.islice(_titles(before, chrome), _TITLE_LINES))


def _titles(before: list[str], chrome: list[bool]) -> Iterator[str]:
    for line, is_chrome in zip(reversed(before), reversed(chrome), strict=True):
        if len(line) <= _TITLE_MAX_CHARS and not is_chrome and not is_credit_line(line):
            heading = _MARKDOWN_HEADING.match(line)
            yield line[heading.end() :] if heading else line
