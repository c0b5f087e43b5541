"""Photo credits and bylines, split into typed :class:`~cqnews.models.Credit` objects.

* :func:`split_photo_credit` takes a caption as written ("The opening ceremony of the forum.
  (iChongqing/Truman PENG)") and returns the caption without the credit and the credits.
* :func:`parse_photo_credit` parses a credit that the page marks separately ("Photo by David
  Kawai/Bloomberg").
* :func:`parse_credit_line` parses article bylines and credit lines ("By Tan Yingzi in Chongqing",
  "Editor: X", "本报记者 张三 李四", "责任编辑：王五") into credits with roles.
* :func:`normalize_person_name` fixes all-caps surnames ("Truman PENG" -> "Truman Peng").

Every function runs in time linear in its input: scans are single passes, regular expressions are
anchored or bounded (see :mod:`cqnews.enrich.credit_patterns`).
"""

from __future__ import annotations

import re

from ..models import Credit, CreditRole
from ..text import HAN_RE, normalize_space
from .credit_patterns import (
    BYLINE_CUT,
    BYLINE_PREFIXES,
    CAPTION_STOP_WORDS,
    CREDIT_PREFIX,
    CREDIT_TRAIL_KEYWORD,
    LINE_BRACKETS,
    NAME_PARTICLES,
    NON_PERSON_WORDS,
    ORG_WORDS,
    PRINT_EDITION,
    ZH_BYLINE_LABEL,
    ZH_BYLINE_ROLES,
    ZH_HANDLE_ROLES,
    ZH_NAME_HANDLE,
    ZH_ORGS,
    canonical_org,
)

__all__ = [
    "authors_from_bylines",
    "clean_author_names",
    "credit_authors",
    "credit_candidate",
    "credits_from_bylines",
    "is_strong_credit",
    "looks_like_person",
    "normalize_person_name",
    "parse_credit_line",
    "parse_photo_credit",
    "split_photo_credit",
]

_HAN_NAME = re.compile(r"[\u3400-\u9fff·•]{2,6}")
_OPEN_FOR = {")": "(", "]": "[", "）": "（", "】": "【", "〕": "〔"}
_MAX_CREDIT_CHARS = 160
_MAX_CREDIT_WORDS = 16
# Chinese photo-credit tails (the tail is at most a few dozen characters, see _zh_tail).
_ZH_SHOT = re.compile(r"^(?P<who>.{0,40}?)\s*/?\s*(?:摄影?|拍摄)$")
_ZH_SUPPLIED = re.compile(r"^(?P<who>.{0,40}?)\s*(?:供图|提供|供稿)$")
_ZH_SOURCE = re.compile(r"^(?:图片|照片|图像|图文|视频)?(?:来源|来自|出处)\s*[:：]\s*(?P<who>.{1,40})$")
_ZH_PHOTO_BY = re.compile(r"^(?:图|摄影|图片|照片|摄)\s*[:：/]\s*(?P<who>.{1,40})$")
_ZH_REPORTER = re.compile(r"^(?P<org>[^\s]{0,12}?)(?:特约|实习|本报|本台|首席|摄影)?(?:记者|通讯员)\s*(?P<names>.*)$")
_EMAIL_URL = re.compile(r"@|https?://|www\.")
_IN_PLACE = re.compile(r"\s+(?:in|from|at)\s+[A-Z][^,;|]{0,60}$")
_JOB_WORDS = frozenset(
    ("staff", "writer", "reporter", "editor", "correspondent", "contributor", "columnist", "producer", "intern",
     "analyst", "critic", "photographer", "journalist", "author", "anchor", "host", "presenter", "freelance")
)
_NAME_TOKEN = re.compile(r"^(?:[A-Z][a-zà-ÿ]?\.|[A-ZÀ-Þ][\w'’.\-]*|[A-ZÀ-Þ]{2,}[\w'’.\-]*)$")


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------
def _title_token(token: str) -> str:
    """'PENG' -> 'Peng', "O'BRIEN" -> "O'Brien", 'ZUMA-SAMBUDLA' -> 'Zuma-Sambudla'."""
    out: list[str] = []
    upper_next = True
    for ch in token:
        if ch.isalpha():
            out.append(ch.upper() if upper_next else ch.lower())
            upper_next = False
        else:
            out.append(ch)
            upper_next = ch in "-'’."
    return "".join(out)


_ROMAN = frozenset(("II", "III", "IV", "VI", "VII", "VIII", "JR", "SR"))


def normalize_person_name(name: str) -> str:
    """Whitespace-normalise a person's name and fix all-caps words.

    Words written entirely in capitals ("Truman PENG", "GHULAM RASOOL") get normal casing
    ("Truman Peng", "Ghulam Rasool"); initials ("J.", "JR") and roman numerals stay as they are;
    names in Chinese characters are returned unchanged apart from whitespace.

    >>> normalize_person_name("Truman  PENG")
    'Truman Peng'
    """
    text = normalize_space(name).strip(",;|/")
    if HAN_RE.search(text):
        return text.replace(" ", "") if len(text) <= 8 and " " in text and _HAN_NAME.fullmatch(text.replace(" ", "")) else text
    tokens = text.split(" ")
    out: list[str] = []
    for token in tokens:
        letters = [c for c in token if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters) and token.rstrip(".,").upper() not in _ROMAN:
            if len(letters) == 2 and token.endswith(".") is False and "." in token:
                out.append(token)  # "J.R." style initials
            else:
                out.append(_title_token(token))
        else:
            out.append(token)
    return " ".join(out)


def looks_like_person(text: str) -> bool:
    """True when ``text`` reads as one person's name (2-5 name words, or 2-4 Han characters)."""
    text = normalize_space(text)
    if not text or len(text) > 60 or _EMAIL_URL.search(text) or any(c.isdigit() for c in text):
        return False
    if HAN_RE.search(text):
        compact = text.replace(" ", "")
        return bool(_HAN_NAME.fullmatch(compact)) and len(compact) <= 5 and compact not in ZH_ORGS and not any(
            compact.startswith(org) for org in ZH_ORGS if len(org) >= 2
        )
    if canonical_org(text):
        return False
    tokens = text.split(" ")
    if not 2 <= len(tokens) <= 5:
        return False
    name_words = 0
    for token in tokens:
        low = token.casefold().strip(",.")
        if low in NAME_PARTICLES:
            continue
        if low in ORG_WORDS or low in NON_PERSON_WORDS:
            return False
        if not _NAME_TOKEN.match(token):
            return False
        name_words += 1
    return name_words >= 2


def _looks_like_org(text: str) -> bool:
    if canonical_org(text):
        return True
    if HAN_RE.search(text):
        return any(text.startswith(org) for org in ZH_ORGS)
    words = [w.casefold().strip(",.") for w in text.split()]
    if any(w in ORG_WORDS for w in words) or ".com" in text.casefold():
        return True
    return len(words) == 1 and text.isupper() and 2 <= len(text) <= 6


def _org_name(text: str) -> str:
    text = text.strip().strip(".,;:")
    known = canonical_org(text)
    if known:
        return known
    low = text.casefold()
    for suffix in (" photo", " photos", " images"):
        if low.endswith(suffix):
            base = canonical_org(text[: -len(suffix)])
            if base and suffix == " photo":
                return base  # "AP Photo" -> "AP"
    return text


# ---------------------------------------------------------------------------------------------
# Photo credits
# ---------------------------------------------------------------------------------------------
def _strip_wrapping(text: str) -> str:
    text = text.strip()
    for _ in range(3):  # a few layers only: "((…))" of any depth must stay linear
        if len(text) >= 2 and text[-1] in _OPEN_FOR and text[0] == _OPEN_FOR[text[-1]]:
            text = text[1:-1].strip()
        else:
            break
    return text


def _split_people(segment: str) -> list[str]:
    """Split "A and B", "A, B & C", "张三、李四" into parts (a comma list only when the parts are names)."""
    segment = segment.strip()
    if HAN_RE.search(segment):
        parts = [p for p in re.split(r"[、，,；;\s]+", segment) if p]
        return parts or [segment]
    parts = [p.strip() for p in re.split(r"\s+(?:and|&)\s+|\s*;\s*", segment) if p.strip()]
    out: list[str] = []
    for part in parts:
        if "," in part:
            pieces = [p.strip() for p in part.split(",") if p.strip()]
            out.extend(pieces)
        else:
            out.append(part)
    return out


def _credits_from_body(body: str, raw: str, role: CreditRole = CreditRole.PHOTOGRAPHER) -> list[Credit]:
    """Turn a credit without its brackets ("iChongqing/Truman PENG") into Credit objects."""
    body = _strip_wrapping(normalize_space(body))
    for _ in range(3):  # "Photo: ©Reuters", "Image credit: Courtesy of X"
        match = CREDIT_PREFIX.match(body)
        if not match or match.end() == 0:
            break
        keyword = match.group(0).casefold()
        if keyword.startswith("source"):
            role = CreditRole.SOURCE
        elif keyword.startswith(("illustration", "graphic", "artwork")):
            role = CreditRole.CONTRIBUTOR
        body = body[match.end():].strip()
    body = body.strip(" ;,.:-|–—＝")
    if not body or len(body) > _MAX_CREDIT_CHARS:
        return []
    if HAN_RE.search(body):
        return _zh_photo_credits(body, raw, role)

    credits: list[Credit] = []
    for group in re.split(r"\s*;\s*", body):
        group = group.strip()
        if not group:
            continue
        chain: list[str] = []
        main, *distributors = re.split(r"\s+via\s+", group)
        for part in re.split(r"/|:\s", main):  # "iChongqing/Truman PENG", "Fairmont Lodge: Jacob Sjöman"
            part = part.strip()
            if not part:
                continue
            # "Tara Atkinson for Rest of World"
            person, sep, org = part.partition(" for ")
            if sep and looks_like_person(person):
                chain.extend([person, org])
            else:
                chain.append(part)
        chain.extend(d.strip() for d in distributors if d.strip())
        people: list[str] = []
        orgs: list[str] = []
        for segment in chain:
            for piece in _split_people(segment) if not canonical_org(segment) else [segment]:
                piece = piece.strip(" .,:;-")
                low = piece.casefold()
                if not piece or low in ("file", "files", "file photo", "file image") or _EMAIL_URL.search(piece):
                    continue
                if low.startswith("photo by "):
                    piece = piece[9:]
                elif low.startswith("for ") and len(piece) > 4:
                    piece = piece[4:]  # "Su Zhigang/For chinadaily.com.cn"
                if looks_like_person(piece):
                    people.append(normalize_person_name(piece))
                else:
                    orgs.append(_org_name(piece))
        if people:
            first_org = orgs[0] if orgs else None
            credits.extend(Credit(role=role, name=p, organization=first_org, raw=raw) for p in people)
            credits.extend(Credit(role=role, organization=o, raw=raw) for o in orgs[1:])
        else:
            credits.extend(Credit(role=role, organization=o, raw=raw) for o in orgs)
    return _dedupe(credits)


def _zh_photo_credits(body: str, raw: str, role: CreditRole) -> list[Credit]:
    body = body.strip(" （）()【】[]")
    for pattern, org_only in ((_ZH_SOURCE, True), (_ZH_SHOT, False), (_ZH_SUPPLIED, False), (_ZH_PHOTO_BY, False)):
        match = pattern.match(body)
        if match:
            if pattern is _ZH_SOURCE:
                role = CreditRole.SOURCE
            body = match.group("who").strip(" ：:/")
            break
    else:
        org_only = False
    org: str | None = None
    rep = _ZH_REPORTER.match(body)
    if rep:
        org = rep.group("org").strip() or None
        body = rep.group("names")
    parts = _merge_split_names([p for p in re.split(r"[、，,；;/\s]+", body) if p])
    people: list[str] = []
    orgs: list[str] = []
    for part in parts:
        if not org_only and looks_like_person(part):
            people.append(normalize_person_name(part))
        elif _looks_like_org(part) or len(parts) == 1:
            orgs.append(_org_name(part))
    if org:
        orgs.insert(0, _org_name(org))
    if people:
        first = orgs[0] if orgs else None
        credits = [Credit(role=role, name=p, organization=first, raw=raw) for p in people]
        credits.extend(Credit(role=role, organization=o, raw=raw) for o in orgs[1:])
        return _dedupe(credits)
    return _dedupe([Credit(role=role, organization=o, raw=raw) for o in orgs])


def _dedupe(credits: list[Credit]) -> list[Credit]:
    seen: set[tuple[str, str | None, str | None]] = set()
    out: list[Credit] = []
    for credit in credits:
        key = (credit.role.value, (credit.name or "").casefold() or None, (credit.organization or "").casefold() or None)
        if key not in seen:
            seen.add(key)
            out.append(credit)
    return out


def parse_photo_credit(text: str) -> list[Credit]:
    """Parse a photo credit marked separately from the caption ("Photo by David Kawai/Bloomberg").

    Prefixes (Photo:, Photo/, Picture:, Image credit:, Credit:, ©, Copyright, 摄影：, 图/ ...),
    brackets and trailing "File" are removed; "A/B", "A via B", "A for B", "A and B", "A; B" are split
    into one :class:`Credit` per person (with the first organisation of the credit) and one per
    organisation that no person carries. ``raw`` is ``text`` as given, whitespace-normalised.
    """
    raw = normalize_space(text)
    if not raw:
        return []
    return _credits_from_body(raw, raw)


def _matching_open(text: str) -> int:
    """Index of the bracket that opens the group closing at the end of ``text``, or -1."""
    close = text[-1]
    opener = _OPEN_FOR.get(close)
    if opener is None:
        return -1
    depth = 0
    stop = max(-1, len(text) - _MAX_CREDIT_CHARS - 2)
    for i in range(len(text) - 1, stop, -1):
        ch = text[i]
        if ch == close:
            depth += 1
        elif ch == opener:
            depth -= 1
            if depth == 0:
                return i
    return -1


def _is_name_phrase(text: str) -> bool:
    """A short capitalised phrase ("Christie's", "U.S. District Court, Eastern District of New York")."""
    words = text.replace(",", " ").split()
    if not 1 <= len(words) <= 8 or any(c.isdigit() for c in text):
        return False
    if text.casefold() in CAPTION_STOP_WORDS:
        return False
    for word in words:
        if word.casefold() in ("of", "the", "and", "for", "&", "de", "la", "via", "-"):
            continue
        if not (word[0].isupper() or word[0] == "i" and len(word) > 1 and word[1].isupper()):
            return False
    return True


def _zh_tail(text: str) -> tuple[int, str] | None:
    """A Chinese credit closing the text without brackets ("… 新华社记者 张三 摄", "张三/摄", "视觉中国供图")."""
    tail_start = max(text.rfind(c) for c in "。！？；;") + 1
    tail = text[tail_start:]
    if len(tail) > 40:
        # No sentence end close by: take the last whitespace-separated run of at most 40 characters.
        tail_start = len(text) - 40
        space = text.find(" ", tail_start)
        if space == -1:
            return None
        tail_start = space + 1
        tail = text[tail_start:]
    stripped = tail.strip()
    offset = tail_start + (len(tail) - len(tail.lstrip()))
    for pattern in (_ZH_SHOT, _ZH_SUPPLIED, _ZH_SOURCE, _ZH_PHOTO_BY):
        match = pattern.match(stripped)
        if not match:
            continue
        who = match.groupdict().get("who", "")
        if pattern is _ZH_SHOT or pattern is _ZH_SUPPLIED:
            # The credit is the last "org记者 name name" run: cut at the last sentence-internal comma.
            cut = max(who.rfind(c) for c in ("，,、：:" if pattern is _ZH_SUPPLIED else "，,：:"))
            body = who[cut + 1 :].strip()
            if not body:
                return None
            offset += cut + 1
            if not _ZH_REPORTER.match(body):
                # "图为重庆夜景 张三 摄": only the last token is the credit; glued text cannot be split.
                last = body.split()[-1]
                if len(last) > (5 if pattern is _ZH_SHOT else 12):
                    return None
                offset = text.rfind(last, offset)
        return offset, text[offset:].strip()
    return None


def is_strong_credit(credit: str) -> bool:
    """True for credits that cannot be ordinary text: a keyword, an "A/B" pair, a Chinese 摄/供图 form.

    ``credit`` is the credit as found by :func:`split_photo_credit` (with its brackets).
    """
    body = _strip_wrapping(credit)
    if not body:
        return False
    if CREDIT_PREFIX.match(body) and CREDIT_PREFIX.match(body).end() > 0:  # type: ignore[union-attr]
        return True
    if HAN_RE.search(body):
        return bool(
            _ZH_SHOT.match(body) or _ZH_SUPPLIED.match(body) or _ZH_SOURCE.match(body) or _ZH_PHOTO_BY.match(body)
        )
    if "/" in body:
        parts = [p.strip() for p in body.split("/")]
        return all(p and len(p.split()) <= 6 and not p.isdigit() and _is_name_phrase(p) for p in parts)
    return False


def credit_candidate(text: str) -> tuple[int, str] | None:
    """Find the credit at the end of a caption: (start offset, credit text) or None."""
    if not text:
        return None
    # A. A bracketed group at the end: "(iChongqing/Truman PENG)", "[Photo by X]", "（新华社记者 张三 摄）".
    if text[-1] in _OPEN_FOR:
        start = _matching_open(text)
        if start >= 0:
            inner = text[start + 1 : -1].strip()
            if inner and _bracket_is_credit(inner):
                return start, text[start:]
    # B. Chinese tails without brackets.
    if HAN_RE.search(text[-40:]):
        found = _zh_tail(text)
        if found:
            return found
    # C. A credit keyword near the end: "… forum. Photo: IC", "© Reuters", "Credit: AP Photo/Name".
    #    The earliest keyword in the window that starts a clean credit wins ("Credit: AP Photo/Name").
    window_start = max(0, len(text) - _MAX_CREDIT_CHARS)
    for match in CREDIT_TRAIL_KEYWORD.finditer(text, window_start):
        start = match.start()
        before = text[:start].rstrip()
        # "AP Photo/Jane Doe", "Xinhua Photo/…": the agency before the keyword belongs to the credit.
        prev_word = before.rsplit(" ", 1)[-1] if before else ""
        if prev_word and canonical_org(prev_word) and match.group(0)[:5].casefold() == "photo":
            start -= len(prev_word) + (len(text[:start]) - len(before))
            before = text[:start].rstrip()
        credit = text[start:].strip()
        body = text[match.end():].strip()
        if not body or len(credit.split()) > _MAX_CREDIT_WORDS or re.search(r"[.!?]\s+\S", body):
            continue
        at_boundary = not before or before[-1] in ".!?|–—-;:)\"'”’"
        if at_boundary or match.group(0)[:1] in "©(" or (
            match.group(0)[:1].isupper() and ("/" in body or _is_name_phrase(body.split(" via ")[0]))
        ):
            return start, credit
    # D. "caption | Niall Carson/PA Images via Getty Images".
    bar = text.rfind(" | ")
    if bar >= 0:
        credit = text[bar + 3 :].strip()
        if credit and len(credit.split()) <= 12 and ("/" in credit or " via " in credit or canonical_org(credit)):
            return bar, credit
    # E. A bare credit after the last sentence: "… overhaul. Supplied", "… print. David Kawai/Bloomberg".
    cut = max(text.rfind(". "), text.rfind("! "), text.rfind("? "), text.rfind("” "), text.rfind('" '))
    tail = text[cut + 2 :].strip() if cut >= 0 else ""
    if tail and len(tail.split()) <= 10 and _bare_credit(tail):
        return cut + 2, tail
    # G. Japanese "…で、３日）＝ＡＰ": the credit after a final full-width equals sign.
    eq = text.rfind("＝", max(0, len(text) - 20))
    if eq > 0 and 0 < len(text) - eq - 1 <= 15 and not any(c in text[eq + 1 :] for c in "、。，,（("):
        return eq, text[eq:]
    # F. "… at the castle Getty Images" / "… AFP via Getty Images" glued to the caption.
    for suffix in (" via Getty Images", "/Getty Images", " Getty Images"):
        if text.endswith(suffix) and len(text) > len(suffix) + 10:
            start = len(text) - len(suffix)
            words = text[:start].split(" ")
            run = 0
            # Pull in "Name/" or capitalised words directly before the agency, at most four.
            while run < 4 and len(words) - run - 1 > 0:
                word = words[len(words) - run - 1]
                if word.endswith("/") or (suffix == " via Getty Images" and word[:1].isupper() and not word.endswith((".", ","))):
                    run += 1
                else:
                    break
            start -= sum(len(w) + 1 for w in words[len(words) - run :])
            return start + 1 if text[start] == " " else start, text[start:].strip()
    return None


def _bracket_is_credit(inner: str) -> bool:
    if len(inner) > _MAX_CREDIT_CHARS:
        return False
    if CREDIT_PREFIX.match(inner) and CREDIT_PREFIX.match(inner).end() > 0:  # type: ignore[union-attr]
        return True
    if canonical_org(inner):
        return True  # "(AP)", "（新华社发）"
    if HAN_RE.search(inner):
        return bool(
            _ZH_SHOT.match(inner) or _ZH_SUPPLIED.match(inner) or _ZH_SOURCE.match(inner) or _ZH_PHOTO_BY.match(inner)
        )
    if inner.casefold() in CAPTION_STOP_WORDS:
        return False
    if canonical_org(inner):
        return True
    if "/" in inner or " via " in inner:
        parts = [p.strip() for p in re.split(r"/|\s+via\s+", inner)]
        return all(p and not p.isdigit() and len(p.split()) <= 8 and (_is_name_phrase(p) or _looks_like_org(p)) for p in parts)
    return _is_name_phrase(inner) and (looks_like_person(inner) or _looks_like_org(inner) or len(inner.split()) <= 3)


_ORG_COLON_PERSON = re.compile(r"^[A-Z][\w'’&. -]{1,60}:\s*[A-Z][^:;]{1,40}(?:,\s*\S+@\S+)?$")


def _bare_credit(tail: str) -> bool:
    if canonical_org(tail) or tail.casefold() in ("supplied", "handout", "file image", "file photo"):
        return True
    if _ORG_COLON_PERSON.match(tail):  # "Fairmont Jasper Park Lodge: Jacob Sjöman, jacob@sjomanart.com"
        org, _, person = tail.partition(":")
        return _is_name_phrase(org) and looks_like_person(person.split(",")[0].strip())
    if "/" in tail or " via " in tail:
        parts = [p.strip() for p in re.split(r"/|\s+via\s+", tail)]
        return all(p and len(p.split()) <= 6 and _is_name_phrase(p) for p in parts) and any(
            _looks_like_org(p) for p in parts
        )
    return False


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
    # The whole text may be a credit: "Photo: IC", "(Image: Getty)", "Credits: Supplied Image;".
    whole = _strip_wrapping(text)
    prefix = CREDIT_PREFIX.match(whole)
    if prefix and prefix.end() > 0 and len(whole) <= _MAX_CREDIT_CHARS and not re.search(r"[.!?]\s+\S", whole[prefix.end():]):
        credits = _credits_from_body(whole, text)
        if credits:
            return None, credits
    found = credit_candidate(text)
    if found is None:
        return text, []
    start, raw = found
    credits = _credits_from_body(raw, raw.strip(" |"))
    if not credits:
        return text, []
    caption = text[:start].rstrip(" |–—-:;,，、：；").strip()
    return (caption or None), credits


# ---------------------------------------------------------------------------------------------
# Bylines
# ---------------------------------------------------------------------------------------------
# Words of a job title before "Reporter", "Editor" …: "Travel News Reporter", "Deputy Content Hub Director".
_DESK_WORDS = frozenset(
    ("news", "travel", "lifestyle", "sports", "sport", "politics", "political", "business", "senior", "chief", "deputy",
     "content", "hub", "freelance", "parliamentary", "digital", "health", "science", "tech", "technology",
     "entertainment", "showbiz", "royal", "crime", "consumer", "money", "world", "us", "uk", "home", "affairs",
     "economics", "economy", "culture", "fashion", "food", "motoring", "features", "feature", "trainee", "junior",
     "staff", "local", "general", "breaking", "assistant", "associate", "executive", "managing", "data",
     "investigations", "investigative", "social", "media", "audience", "editorial", "national", "international",
     "foreign", "environment", "climate", "education", "property", "personal", "finance", "weather", "video",
     "audio", "live", "contributing", "special", "lead", "principal", "global", "opinion", "games", "gaming",
     "reviews", "commerce", "shopping", "deals", "security", "legal", "courts", "city", "state", "sports",
     "bookmark", "share", "twitter", "today", "dailystar", "by")
)
_TITLE_WORDS = _JOB_WORDS | frozenset(
    ("director", "commentator", "specialist", "strategist", "manager", "head", "expert", "researcher", "fellow",
     "professor", "lecturer", "contributors", "reporters", "writers", "editors", "correspondents", "journalists")
)
_MONTHS = frozenset(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
)
_PAGE_WORDS = frozenset(("twitter", "today", "published", "updated", "email", "follow", "share", "bookmark", "comments"))
_INNER_BY = re.compile(r"(?:^|\s)(?:By|BY)\s+(?=[A-Z])")
_FOR_ORG = re.compile(r"\s+(?:[Ff]or|FOR|[Ww]ith|WITH)\s+(.{1,60})$")


def _strip_titles(names: str) -> str:
    """Cut job titles and page words out of a byline run, leaving names separated by commas.

    "Sophie Foster Travel News Reporter" -> "Sophie Foster"; "Lucy Thornton News Reporter Tim Hanlon"
    -> "Lucy Thornton, Tim Hanlon"; "News Joshua Whorms" -> "Joshua Whorms"; "Ryan Devereaux Ryan
    Devereaux" -> "Ryan Devereaux".
    """
    groups: list[list[str]] = [[]]
    for token in names.split():
        low = token.casefold().strip(".,:;")
        if low in _TITLE_WORDS:
            group = groups[-1]
            while group and group[-1].casefold().strip(".,") in _DESK_WORDS:
                group.pop()
            groups.append([])
            continue
        groups[-1].append(token)
    cleaned: list[str] = []
    for group in groups:
        while len(group) > 2 and group[0].casefold().strip(".,:;") in _DESK_WORDS and "," not in group[0]:
            group.pop(0)
        while len(group) > 1 and (
            (low := group[-1].casefold().strip(".,:;")) in _DESK_WORDS or low in _MONTHS or low in _PAGE_WORDS
        ):
            group.pop()
        half = len(group) // 2
        if half >= 2 and len(group) % 2 == 0 and group[:half] == group[half:]:
            group = group[:half]
        if group:
            cleaned.append(" ".join(group))
    return ", ".join(cleaned)


def _person_or_org_credits(names: str, role: CreditRole, raw: str) -> list[Credit]:
    """Names in a byline part ("Tan Yingzi in Chongqing", "A, B and C") -> credits; non-persons dropped."""
    names = normalize_space(names).strip(" ,;:|-–—")
    if not names:
        return []
    if role is CreditRole.SOURCE:
        source = names.strip(" .")
        return [Credit(role=role, organization=_org_name(source), raw=raw)] if source and len(source) <= 80 else []
    cut = BYLINE_CUT.search(names)
    if cut:
        names = names[: cut.start()].strip(" ,;:|-–—")
    org: str | None = None
    tail = _FOR_ORG.search(names)
    if tail:  # "Dolores Chang For Dailymail.Com", "Euronews with Agencies"
        rest = tail.group(1).strip(" .")
        if canonical_org(rest) or _looks_like_org(rest) or "." in rest:
            org = _org_name(rest)
        names = names[: tail.start()]
    names = _IN_PLACE.sub("", names)
    names = _strip_titles(names)
    out: list[Credit] = []
    people: list[str] = []
    for part in re.split(r"\s+(?:and|&)\s+|\s*[,;，、/]\s*", names):
        part = part.strip(" .")
        if not part:
            continue
        if any(w.casefold().strip(".") in _JOB_WORDS for w in part.split()):
            continue  # "Staff Writer", "Senior Reporter"
        if looks_like_person(part):
            people.append(normalize_person_name(part))
        elif canonical_org(part) or (people and _looks_like_org(part)):
            org = org or _org_name(part)
        # anything else (titles, "Staff", dates, sidebar words) is dropped
    if people:
        out.extend(Credit(role=role, name=p, organization=org, raw=raw) for p in people)
    elif org and role in (CreditRole.AUTHOR, CreditRole.PHOTOGRAPHER):
        out.append(Credit(role=role, organization=org, raw=raw))
    return out


def _merge_split_names(parts: list[str]) -> list[str]:
    """Two-character names are often typeset with a space ("方 敏"): join lone Han characters in pairs."""
    out: list[str] = []
    pending: str | None = None
    for part in parts:
        if len(part) == 1 and HAN_RE.match(part):
            if pending is None:
                pending = part
            else:
                out.append(pending + part)
                pending = None
            continue
        if pending is not None:
            out.append(pending)
            pending = None
        out.append(part)
    if pending is not None:
        out.append(pending)
    return out


def _parse_zh_line(text: str) -> list[Credit]:
    credits: list[Credit] = []
    matches = list(ZH_BYLINE_LABEL.finditer(text))
    if not matches:
        # No label: names only when the line (up to a date) is a short list of Chinese names.
        digit = re.search(r"\d", text)
        if digit:
            text = text[: digit.start()].strip()
        parts = _merge_split_names([p for p in re.split(r"[、，,\s]+", text) if p])
        if len(text) > 24 or not parts or len(parts) > 4 or not all(looks_like_person(p) for p in parts):
            return []
        return [Credit(role=CreditRole.AUTHOR, name=p, raw=text) for p in parts]
    for index, match in enumerate(matches):
        label = match.group(0).rstrip(" :：/")
        role = ZH_BYLINE_ROLES.get(label, CreditRole.AUTHOR)
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        segment = text[match.end() : end].strip()
        # The organisation written just before the label: "新华社记者 张三".
        prev_end = matches[index - 1].end() if index else 0
        before = text[prev_end : match.start()].strip()
        org = None
        if before and not (index and before):
            org = before.split()[-1] if before.split() else None
            if org and not any(org.endswith(o) or org == o for o in ZH_ORGS):
                org = org if _looks_like_org(org) else None
        raw_start = text.rfind(org, prev_end, match.start()) if org else -1
        raw = text[raw_start if raw_start >= 0 else match.start() : end].strip()
        if role is CreditRole.SOURCE:
            source = re.split(r"\s+|[|｜()（）\[\]【】]", segment)[0].strip(" 。，,") if segment else ""
            if source:
                credits.append(Credit(role=role, organization=_org_name(source), raw=raw))
            continue
        if re.search(r"(?:摄|摄影|拍摄)\s*[)）]?\s*$", segment):
            role = CreditRole.PHOTOGRAPHER  # "新华社记者 张三 摄" credits a picture
        segment = re.sub(r"\s*/?\s*(?:摄影?|拍摄|报道)\s*[)）]?\s*$", "", segment)
        segment = re.split(r"[|｜(（)）\[\]【】]", segment)[0]
        credits.extend(_zh_names(segment, role, org, raw))
    return credits


def _zh_names(segment: str, role: CreditRole, org: str | None, raw: str) -> list[Credit]:
    """The people named after a Chinese label: "胡永秋、杨光宇", "严玉洁 王辉", an editor's handle "alonliu"."""
    out: list[Credit] = []
    for part in _merge_split_names([p for p in re.split(r"[、，,；;/\s]+", segment) if p]):
        part = part.strip(" 。")
        if looks_like_person(part):
            out.append(Credit(role=role, name=normalize_person_name(part), organization=org, raw=raw))
        elif role in ZH_HANDLE_ROLES and ZH_NAME_HANDLE.fullmatch(part) and part.casefold() not in NON_PERSON_WORDS:
            out.append(Credit(role=role, name=part, organization=org, raw=raw))
    return out


def parse_credit_line(text: str) -> list[Credit]:
    """Parse a byline or credit line into credits with roles.

    English: "By Tan Yingzi in Chongqing" (author; the place is dropped), "Name | China Daily"
    (author with organisation), "Editor: X", "Edited by X", "Source: Xinhua" (source organisation),
    "Translated by X", "Reporter: X", "By A and B", "A, B and C", "By Reuters" (author organisation).
    Chinese: "记者 X", "本报记者 X Y", "新华社记者 X", "通讯员 X", "责任编辑：X", "编辑：X", "来源：X",
    "作者：X", several labels in one line; a line in brackets ("[责任编辑：alonliu]", "（编辑：严玉洁 王辉）",
    editors' Latin handles are names) keeps them in ``raw``; a print-edition note ("《 人民日报 》（ 2024年05月10日
    04 版）") is a source credit for the paper.

    Parts that are not names (dates, "Updated", "Email the author", "Staff", job titles, sidebar
    words) are dropped: the function prefers returning fewer authors to returning wrong ones.
    """
    text = normalize_space(text)
    if not text or len(text) > 400:
        return []
    edition = PRINT_EDITION.match(text)
    if edition:  # "《 人民日报 》（ 2024年05月10日 04 版）": the paper is the source
        return [Credit(role=CreditRole.SOURCE, organization=_org_name(edition.group("paper")), raw=text)]
    inner = _unwrap_line(text)
    if inner is not None:  # "【责任编辑：严玉洁】": parse inside, keep the line as written in raw
        return [c.model_copy(update={"raw": text}) if c.raw == inner else c for c in _parse_line(inner)]
    return _parse_line(text)


def _unwrap_line(text: str) -> str | None:
    """The inside of a line wrapped whole in one bracket pair ("(责编：张三)" -> "责编：张三"), else None.

    A pair counts only when neither bracket occurs inside: "(a) and (b)" is not wrapped.
    """
    closers = LINE_BRACKETS.get(text[0])
    if len(text) < 3 or not closers or text[-1] not in closers:
        return None
    inner = text[1:-1]
    if text[0] in inner or text[-1] in inner:
        return None
    return inner.strip() or None


def _parse_line(text: str) -> list[Credit]:
    """:func:`parse_credit_line` on a whitespace-normalised line without wrapping brackets."""
    if HAN_RE.search(text) and ZH_BYLINE_LABEL.search(text):
        return _dedupe(_parse_zh_line(text))
    if HAN_RE.search(text) and not re.search(r"[A-Za-z]{2,}", text):
        return _dedupe(_parse_zh_line(text))
    credits: list[Credit] = []
    parts = [p.strip() for p in re.split(r"\s+[|·•]\s+|\s*\|\s*|\s+[–—]\s+", text) if p.strip()]
    for part in parts:
        inner = _INNER_BY.search(part)
        if inner and inner.start() > 0:
            part = part[inner.start():].strip()  # "dailystar Bookmark Share Travel By Sophie Foster"
        role = CreditRole.AUTHOR
        matched = False
        for pattern, prefix_role in BYLINE_PREFIXES:
            match = pattern.match(part)
            if match:
                role, part, matched = prefix_role, part[match.end():], True
                break
        if not matched and credits and (canonical_org(part) or _looks_like_org(part)) and len(part.split()) <= 6:
            # "Tan Yingzi | China Daily": the organisation of the names before it.
            org = _org_name(part)
            credits = [
                c.model_copy(update={"organization": c.organization or org}) if c.name else c for c in credits
            ]
            continue
        credits.extend(_person_or_org_credits(part, role, text))
    return _dedupe(credits)


def credit_authors(credits: list[Credit]) -> list[str]:
    """Author names from credits, in order, once each: the person, else the organisation."""
    out: list[str] = []
    seen: set[str] = set()
    for credit in credits:
        if credit.role is not CreditRole.AUTHOR:
            continue
        name = credit.name or credit.organization
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out


_JUNK_AUTHORS = frozenset(
    ("admin", "administrator", "editor", "editors", "staff", "unknown", "guest", "null", "none", "anonymous", "user",
     "webmaster", "author", "newsroom", "web desk", "online desk", "desk")
)
_SLUG = re.compile(r"^[a-z]+(?:[-_][a-z]+){1,3}$")


def clean_author_names(names: list[str]) -> list[str]:
    """Author names from structured metadata (JSON-LD, ``<meta name=author>``), cleaned.

    Metadata is trusted more than visible bylines: a value is parsed with :func:`parse_credit_line`
    ("By Jane Doe and John Smith" gives two names); a value that does not parse but is a short
    name-like string is kept as written ("MND Staff", "Gear Team", "Associated Press"); slugs become
    names ("chuck-ross" -> "Chuck Ross"); URLs, e-mail addresses, numbers and placeholders ("admin",
    "Staff") are dropped. Order is kept, duplicates removed (case-insensitive).
    """
    out: list[str] = []
    seen: set[str] = set()
    for raw in names:
        value = normalize_space(raw)
        if not value or len(value) > 80 or _EMAIL_URL.search(value) or any(c.isdigit() for c in value):
            continue
        if HAN_RE.search(value) and len(value) <= 12 and not ZH_BYLINE_LABEL.search(value) and not _EMAIL_URL.search(value):
            if value.casefold() not in seen:  # "大渡 美咲": one name in metadata, spaces and all
                seen.add(value.casefold())
                out.append(value)
            continue
        if _SLUG.match(value):
            value = " ".join(part.capitalize() for part in re.split(r"[-_]", value))
        found = credit_authors(parse_credit_line(value))
        if not found and value.casefold() not in _JUNK_AUTHORS and len(value.split()) <= 5:
            found = [normalize_person_name(value) if looks_like_person(value) else value]
        for name in found:
            if name.casefold() not in seen:
                seen.add(name.casefold())
                out.append(name)
    return out


def credits_from_bylines(lines: list[str]) -> list[Credit]:
    """Credits of the article from its byline and credit lines, in order.

    Pages repeat bylines of other stories further down (related articles, author boxes), so the
    author credits of an English line count only when no earlier line named an author; editor,
    source, translator and contributor credits, and every credit of Chinese lines ("记者 张三",
    "通讯员 李四", "责任编辑：王五"), are all kept.
    """
    out: list[Credit] = []
    have_author = False
    for line in lines:
        credits = parse_credit_line(line)
        if not credits:
            continue
        chinese = bool(HAN_RE.search(line)) and ZH_BYLINE_LABEL.search(line) is not None  # "记者 张三", "通讯员 李四"
        for credit in credits:
            if credit.role is CreditRole.AUTHOR and have_author and not chinese:
                continue
            out.append(credit)
        if any(c.role is CreditRole.AUTHOR for c in credits):
            have_author = True
    return _dedupe(out)


def authors_from_bylines(lines: list[str]) -> list[str]:
    """Author names from visible byline lines (see :func:`credits_from_bylines`)."""
    return credit_authors(credits_from_bylines(lines))
