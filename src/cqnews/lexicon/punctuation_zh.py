"""Chinese punctuation sets that mark where a sentence or a clause ends, one place for each.

Every set is a ``str`` (not a frozenset), since its users test one character with ``in`` or hand it to
``text.first_of``/``text.last_of``; a module that wants a frozenset builds one from the string. The sets
differ on purpose (a semicolon ends an attribution's reach but not a sentence; a colon breaks a clause but
not a sentence), so each says what it holds and which reading it serves.
"""

from __future__ import annotations

import re

from .punctuation import SENTENCE_ENDS

# The full-width marks that end a sentence: full stop, exclamation mark, question mark ("。！？"). Not the
# semicolon, which only closes a clause, nor the ellipsis "…", which may run on.
ZH_SENTENCE_ENDS = "。！？"

# The same marks as a frozenset, for testing a slice that may be empty (``text[i : i + 1]`` at the text's end):
# "" is in every string but not in this set, so the end of the text is not read as a sentence end.
ZH_SENTENCE_END_SET = frozenset(ZH_SENTENCE_ENDS)

# The stops of a sentence in either width ("。！？!?"; no half-width full stop, which decimals and abbreviations use):
# the end of a sentence quoted whole (“…就没事。”).
ZH_SENTENCE_STOPS_MIXED = ZH_SENTENCE_ENDS + "!?"

# The same and the ellipsis ("。！？!?…"): what a quoted sentence may end on, stripped or tested as its stop.
ZH_SENTENCE_STOPS_OR_ELLIPSIS = ZH_SENTENCE_STOPS_MIXED + "…"

# A sentence end, or the end of the text (the empty slice after a quote closing the paragraph).
ZH_SENTENCE_OR_TEXT_ENDS = frozenset(("", *ZH_SENTENCE_ENDS))

# The marks that close a clause for good: the sentence ends and the semicolon ("。！？；"). A reporting clause
# or an attribution reaches back no further than the last of them (the comma and colon do not stop it).
ZH_CLAUSE_STOPS = "。！？；"

# Every full-width mark that ends a clause: the comma, the clause stops and the colon ("，。！？；："). The
# clause a cue stands in starts after the last of them; not the enumeration comma "、", which joins words.
ZH_CLAUSE_MARKS = "，。！？；："

# The full-width comma and the clause stops ("，。！？；"): the marks between two clauses, without the colon
# (which opens the words a cue reports, and so does not part them from it).
ZH_CLAUSE_BREAKS = "，。！？；"
# The same and their half-width forms (",;!?"), as a set: a clause opens after one of them on a page of mixed marks.
ZH_CLAUSE_BREAKS_MIXED = frozenset(ZH_CLAUSE_BREAKS + ",;!?")
# The same with only the half-width comma and semicolon (",;"), as a set: what ends the clause right after a word
# (她每天都“提心吊胆”。, 許強稱這一數字「遠遠不夠」，).
ZH_CLAUSE_BREAKS_COMMA_MIXED = frozenset(ZH_CLAUSE_BREAKS + ",;")

# The marks that open and close a top-level Chinese quote, curly and corner ("“「", "”」"); not the double corner
# marks 『』, which nest inside 「…」, nor the straight mark.
ZH_MAIN_OPENING_MARKS = "“「"
ZH_MAIN_CLOSING_MARKS = "”」"

# The corner and double corner opening marks ("「『"), which Taiwan and Hong Kong papers quote words said with (a
# one-word fragment, 批評對方「無恥」, is the speaker's word; the mainland's “” set a single word off as a term:
# 所谓“脱钩”, 交了“学费”).
ZH_CORNER_OPENING_MARKS = "「『"

# Every Chinese opening and closing mark but the straight one: curly, corner and double corner ("“「『", "”」』").
ZH_FULLWIDTH_OPENING_MARKS = "“" + ZH_CORNER_OPENING_MARKS
ZH_FULLWIDTH_CLOSING_MARKS = "”」』"

# What ends a clause read after a quote (“…”面对记者的追问，王芳连连摆手。): a clause break, the half-width comma,
# or a quote mark opening the next words ("，。！？；,“「").
ZH_AFTER_QUOTE_CLAUSE_ENDS = ZH_CLAUSE_BREAKS + "," + ZH_MAIN_OPENING_MARKS

# A sentence end or a top-level closing mark ("。！？”」"): the sentence before a quote starts after the last of them.
ZH_SENTENCE_OR_QUOTE_ENDS = ZH_SENTENCE_ENDS + ZH_MAIN_CLOSING_MARKS

# A sentence end or a top-level opening mark ("。！？“「"): between a quote and a cue after it, either means the
# cue reports other words.
ZH_SENTENCE_END_OR_QUOTE_OPENING = ZH_SENTENCE_ENDS + ZH_MAIN_OPENING_MARKS

# A clause stop or a top-level opening mark ("。！？；“「"): a cue's clause reaches past none of them to a comma.
ZH_CLAUSE_STOP_OR_QUOTE_OPENING = ZH_CLAUSE_STOPS + ZH_MAIN_OPENING_MARKS

# A clause mark or a top-level opening mark ("，。！？；：“「"): a cue with none of them before it stands in its
# paragraph's first clause.
ZH_CLAUSE_MARK_OR_QUOTE_OPENING = ZH_CLAUSE_MARKS + ZH_MAIN_OPENING_MARKS

# The clause breaks and the enumeration comma ("，。！？；、"): a quote holding none of them is a word or a
# short term (“内卷”), not a sentence someone said.
ZH_PHRASE_MARKS = ZH_CLAUSE_BREAKS + "、"

# The same with the half-width comma, full stop, exclamation and question marks a Chinese page may also use
# ("，。！？；、,.!?"). Not the half-width semicolon: of the sites that read a term, only quotes.speech_zh counts
# it too, and it adds it there itself.
ZH_PHRASE_MARKS_MIXED = ZH_PHRASE_MARKS + ",.!?"

# The phrase marks, the top-level quote marks and the half-width comma, semicolon, exclamation and question marks
# ("，。！？；、“「”」,;!?"): the one a cue asks (问李华：“…”) runs to a colon with none of them between.
ZH_PHRASE_OR_QUOTE_MARKS = frozenset(ZH_PHRASE_MARKS + ZH_MAIN_OPENING_MARKS + ZH_MAIN_CLOSING_MARKS + ",;!?")

# The comma of either width ("，,"), as Chinese pages write both; and the same as a tuple of one-character
# strings, for sites that test a slice that may be empty ("" is in no tuple) or hand it to ``str.endswith``.
ZH_COMMAS = "，,"
ZH_COMMA_FORMS: tuple[str, ...] = tuple(ZH_COMMAS)

# The colon of either width ("：:"), which opens the words a cue reports; and the same as a tuple, for sites
# that test a slice that may be empty or hand it to ``str.endswith``.
ZH_COLONS = "：:"
ZH_COLON_FORMS: tuple[str, ...] = tuple(ZH_COLONS)

# The clause marks and the double and corner quote marks ("，。！？；：“”「」"): a cue's clause starts after the
# last of them, and a phrase read as part of one holds none of them.
ZH_CLAUSE_OR_QUOTE_MARKS = ZH_CLAUSE_MARKS + "“”「」"

# The sentence ends of Latin and Chinese text together (".!?。！？"), for readers that take either script: is
# a line a sentence (a caption, a kicker, prose), and where does one end.
SENTENCE_END_MARKS = SENTENCE_ENDS + ZH_SENTENCE_ENDS

# What ends a Chinese clause when reading a speaker's phrase around a cue: the clause marks, the closing
# quote marks, the half-width marks and quote, a line break, brackets (a bracketed column label) and bullets.
ZH_BOUNDARY = "，。！？；：”」』’,;:!?\"\n（）()【】▲■●◆★"
# Symbols (emoji and pictographs: 👍, 👉, ✅), one Unicode category: a speaker's phrase starts after the last of them,
# as after the bullets of ZH_BOUNDARY (👉王明表示 -> 王明).
ZH_SYMBOL_CATEGORY = "So"

# A top-level quote, curly or corner, with no mark of its own kind inside: “…” or 「…」. Each run stops at the
# next mark of its kind, so the scan is linear whatever the length and needs no bound.
ZH_MAIN_QUOTE_RE = re.compile("“[^“”]*”|「[^「」]*」")

# A quote of any Chinese pair (curly double or single, corner, double corner) with no quote mark inside; group 1
# holds its words (a term: “内卷”, 「躺平」). Each run stops at the next mark, so it cannot backtrack badly.
ZH_QUOTED_TERM_RE = re.compile("[“「‘『]([^“”「」‘’『』]*)[”」’』]")

# Spaces of either width and the stops, commas, colons, semicolons, ellipsis and dash of either width
# (" \u3000\t\n。，！？…—：；,.!?:;"): a block with only these around its quotes is someone's words alone.
ZH_MARKS_AROUND_QUOTE = " \u3000\t\n。，！？…—：；,.!?:;"

# The closing brackets of a note after a subject (市民张先生（化名）反映，…, 陈大文（左）指，…): a clause cue may
# follow right after one.
ZH_NOTE_CLOSERS = frozenset("）)")

# Where the clause of a bare cue (指, 擔心) ends either side: a clause mark, the enumeration comma, a quote mark, a
# half-width mark, a bracket of either width or a space ("，。！？；：、“「『”」』,;:!?（）() ").
ZH_BARE_CUE_CLAUSE_MARKS = (
    ZH_CLAUSE_MARKS + "、" + ZH_FULLWIDTH_OPENING_MARKS + ZH_FULLWIDTH_CLOSING_MARKS + ",;:!?" + "（）() "
)
