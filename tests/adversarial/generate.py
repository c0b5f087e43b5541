"""The adversarial corpus: hostile, broken and unusual pages, as compact recipes.

Small cases are written to ``tests/adversarial/cases/`` (checked in, a few KB each) by running::

    python tests/adversarial/generate.py          # (re)write the small cases
    python tests/adversarial/generate.py --check  # exit 1 if the files on disk are stale

Big cases (50 000 nested divs, 20 MB in one paragraph, 100 000 quote marks …) are never stored:
:func:`big_cases` builds them at test time from one-line recipes, so the repository stays small.

Every case says which outcomes are acceptable: ``"article"`` (an :class:`~cqnews.Article` is
returned) and/or the names of :class:`~cqnews.ParseError` subclasses. ``contains`` lists text that
must come out readable in the body or headline when an Article is returned.
"""

from __future__ import annotations

import codecs
import gzip
import json
import random
import struct
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES_DIR = HERE / "cases"
MANIFEST = HERE / "manifest.json"

# Every outcome an adversarial input may have: an Article or one of these documented errors.
ANY_ERROR = (
    "EmptyInputError",
    "InputTooLargeError",
    "TreeTooLargeError",
    "BlockTooLargeError",
    "DecodeError",
    "NotHTMLError",
)


@dataclass(frozen=True)
class Case:
    """One adversarial input and what a parse of it may do."""

    name: str
    data: bytes | str
    expect: tuple[str, ...] = ("article",)
    contains: tuple[str, ...] = ()
    content_type: str | None = None
    options: dict = field(default_factory=dict)
    note: str = ""


# --------------------------------------------------------------------------- building blocks

_FILLER = (
    "The city council met on Tuesday to discuss the new river bridge, which engineers say will carry "
    "forty thousand cars a day when it opens next spring. "
)


def page(body: str, head: str = "", lang: str = "en", title: str = "Test page") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


def _article_body(n: int = 4) -> str:
    return "".join(f"<p>{_FILLER * 2}Paragraph {i}.</p>" for i in range(n))


def _png() -> bytes:
    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 8 for _ in range(8))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _pdf() -> bytes:
    return (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
        b"3 0 obj\n<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 712 Td (<html><p>Hi</p>) Tj ET\nendstream\nendobj\n"
        b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


_LOL = "".join(
    f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
)
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE html [\n<!ENTITY lol0 "lol">\n' + _LOL + "\n]>\n"
    "<html><head><title>&lol9;</title></head><body><article><h1>Laughs &lol9;</h1>"
    f"<p>&lol9; {_FILLER}</p><p>{_FILLER}</p><p>{_FILLER}</p></article></body></html>"
)
QUADRATIC_BLOWUP = (
    '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "' + "x" * 20_000 + '">]>'
    "<html><body><article><p>" + "&a;" * 2_000 + f"</p><p>{_FILLER}</p></article></body></html>"
)

# Marker files and ports are substituted at test time; see tests/reliability/test_adversarial.py.
SECRET_FILE = "@SECRET_FILE@"
CANARY_URL = "@CANARY_URL@"


def _xxe(entity: str, use: str = "&xxe;") -> str:
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html [\n{entity}\n]>\n'
        f"<html><head><title>XXE {use}</title></head><body><article><h1>Payload</h1>"
        f"<p>Leak: {use} {_FILLER}</p><p>{_FILLER}</p><p>{_FILLER}</p></article></body></html>"
    )


# Ten languages and scripts, with a phrase each that must come out readable.
LANGUAGES: dict[str, tuple[str, str, str, str]] = {
    # code: (encoding written, title, paragraph, phrase that must survive)
    "en": ("utf-8", "Bridge opens over the Yangtze",
           "Engineers in Chongqing finished the new bridge over the Yangtze river on Monday, officials said, "
           "and the first buses crossed it before dawn.", "first buses crossed"),
    "zh": ("gb18030", "长江大桥今日通车",
           "重庆市交通局周一表示，横跨长江的新大桥已经完工，第一批公交车在黎明前驶过大桥。"
           "市民纷纷前往观看，许多人说这座桥将大大缩短上班时间。", "第一批公交车"),
    "zh-TW": ("big5", "長江大橋今日通車",
              "重慶市交通局週一表示，橫跨長江的新大橋已經完工，第一批公車在黎明前駛過大橋。"
              "市民紛紛前往觀看，許多人說這座橋將大大縮短上班時間。", "第一批公車"),
    "ja": ("shift_jis", "長江に新しい橋が開通",
           "重慶市の交通局は月曜日、長江に架かる新しい橋が完成したと発表した。最初のバスは夜明け前に橋を渡った。"
           "多くの市民が見物に訪れ、通勤時間が大幅に短くなると話した。", "最初のバスは夜明け前に"),
    "ko": ("euc-kr", "양쯔강에 새 다리 개통",
           "충칭시 교통국은 월요일 양쯔강을 가로지르는 새 다리가 완공되었다고 밝혔다. 첫 버스는 새벽이 오기 전에 "
           "다리를 건넜다. 많은 시민들이 구경하러 나왔고 출퇴근 시간이 크게 줄어들 것이라고 말했다.", "첫 버스는 새벽이"),
    "ru": ("windows-1251", "Над Янцзы открыли новый мост",
           "Инженеры в Чунцине в понедельник завершили строительство нового моста через реку Янцзы, сообщили "
           "чиновники, и первые автобусы проехали по нему ещё до рассвета.", "первые автобусы проехали"),
    "ar": ("windows-1256", "افتتاح جسر جديد فوق نهر اليانغتسي",
           "قال مسؤولون إن المهندسين في تشونغتشينغ أنهوا يوم الاثنين بناء الجسر الجديد فوق نهر اليانغتسي، "
           "وعبرت الحافلات الأولى الجسر قبل الفجر.", "الحافلات الأولى"),
    "hi": ("utf-8", "यांग्त्ज़ी नदी पर नया पुल खुला",
           "अधिकारियों ने बताया कि चोंगछिंग के इंजीनियरों ने सोमवार को यांग्त्ज़ी नदी पर नया पुल पूरा कर लिया, "
           "और पहली बसें सुबह होने से पहले ही उस पर से गुज़रीं।", "पहली बसें"),
    "th": ("cp874", "เปิดสะพานใหม่ข้ามแม่น้ำแยงซี",
           "เจ้าหน้าที่กล่าวว่าวิศวกรในฉงชิ่งสร้างสะพานใหม่ข้ามแม่น้ำแยงซีเสร็จเมื่อวันจันทร์ "
           "และรถโดยสารคันแรกได้ข้ามสะพานก่อนรุ่งสาง", "รถโดยสารคันแรก"),
    "he": ("utf-8", "גשר חדש נפתח מעל נהר היאנגצה",
           "מהנדסים בצ'ונגצ'ינג השלימו ביום שני את בניית הגשר החדש מעל נהר היאנגצה, כך מסרו גורמים רשמיים, "
           "והאוטובוסים הראשונים חצו אותו עוד לפני עלות השחר.", "האוטובוסים הראשונים"),
    "el": ("iso-8859-7", "Νέα γέφυρα πάνω από τον Γιανγκτσέ",
           "Οι μηχανικοί στο Τσονγκτσίνγκ ολοκλήρωσαν τη Δευτέρα τη νέα γέφυρα πάνω από τον ποταμό Γιανγκτσέ, "
           "ανέφεραν αξιωματούχοι, και τα πρώτα λεωφορεία τη διέσχισαν πριν από την αυγή.", "τα πρώτα λεωφορεία"),
    "vi": ("utf-8", "Cầu mới bắc qua sông Dương Tử",
           "Các kỹ sư ở Trùng Khánh đã hoàn thành cây cầu mới bắc qua sông Dương Tử vào thứ Hai, các quan chức "
           "cho biết, và những chiếc xe buýt đầu tiên đã chạy qua cầu trước bình minh.", "xe buýt đầu tiên"),
}


def language_page(code: str, declare: str | None = "same", encoding: str | None = None) -> bytes:
    """A short article in ``code``; ``declare`` is the meta charset label (None: no declaration)."""
    written, title, paragraph, _ = LANGUAGES[code]
    encoding = encoding or written
    label = encoding if declare == "same" else declare
    meta = f'<meta charset="{label}">' if label else ""
    rtl = ' dir="rtl"' if code in {"ar", "he"} else ""
    html = (
        f'<!DOCTYPE html><html lang="{code}"{rtl}><head>{meta}<title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>" + "".join(f"<p>{paragraph}</p>" for _ in range(4)) + "</article></body></html>"
    )
    return html.encode(encoding)


# --------------------------------------------------------------------------- small cases (stored)


def small_cases() -> list[Case]:
    rng = random.Random(20260101)
    cases = [
        Case("empty", b"", ("EmptyInputError",)),
        Case("whitespace_only", b" \t\r\n \x0c \n\n   ", ("EmptyInputError",)),
        Case("nbsp_only", "\u00a0\u3000 \u200b".encode(), ("EmptyInputError", "article")),
        Case("bom_only", codecs.BOM_UTF8, ("EmptyInputError",)),
        Case("nul_bytes_only", b"\x00" * 512, ("EmptyInputError", "NotHTMLError", "DecodeError")),
        Case("random_bytes", bytes(rng.getrandbits(8) for _ in range(4096)), ("NotHTMLError", "DecodeError", "article")),
        Case("random_ascii", "".join(rng.choice("<>/=\"'!-&;# abcdefp\n") for _ in range(4096)).encode(), ANY_ERROR + ("article",)),
        Case("pdf_as_html", _pdf(), ("NotHTMLError",)),
        Case("png_as_html", _png(), ("NotHTMLError",)),
        # parse() accepts gzip bytes and decompresses them under max_input_bytes (cqnews.compression).
        Case("gzip_as_html", gzip.compress(page(_article_body()).encode(), mtime=0), ("article",)),
        Case("only_tags", b"<html><head></head><body></body></html>", ("article", "EmptyInputError")),
        Case("only_doctype", b"<!DOCTYPE html>", ("article", "EmptyInputError")),
        Case("only_comment", b"<!-- nothing here -->", ("article", "EmptyInputError")),
        Case("unclosed_tags", ("<html><head><title>Unclosed<body><div><p>" + _FILLER + "<p><b><i><span>" + _FILLER + "<table><tr><td>cell<div").encode(), ("article",)),
        Case("unclosed_comment", page("<p>" + _FILLER + "</p><!-- this comment never ends <p>hidden</p>" + _FILLER).encode(), ("article",)),
        Case("unclosed_script", page("<p>" + _FILLER + "</p><script>var a = '<p>not text</p>';" + "x=1;" * 50).encode(), ("article",)),
        Case("unclosed_attribute", ('<html><body><p class="never closed>' + _FILLER * 3 + "</p></body></html>").encode(), ("article",)),
        Case("unclosed_cdata", page("<p>" + _FILLER + "</p><![CDATA[ " + _FILLER).encode(), ("article",)),
        Case("script_only", b"<script>document.write('<p>' + 'hello world '.repeat(100) + '</p>');</script>", ("article",)),
        Case("style_only", b"<style>body { color: red } p::before { content: 'hello' }</style>", ("article",)),
        Case("noscript_only", b"<noscript><p>Please enable JavaScript to read this article.</p></noscript>", ("article",)),
        Case("frameset", b'<html><frameset cols="50%,50%"><frame src="http://example.com/a"><frame src="file:///etc/passwd"></frameset></html>', ("article",)),
        Case("meta_refresh", page("<p>" + _FILLER + "</p>" * 3, head='<meta http-equiv="refresh" content="0; url=http://127.0.0.1:9/redirect">').encode(), ("article",), contains=("river bridge",)),
        Case("meta_refresh_only", b'<meta http-equiv="refresh" content="0;URL=\'http://example.com/\'">', ("article",)),
        Case("base_href", page(_article_body(), head='<base href="file:///etc/">').encode(), ("article",)),
        Case("external_resources", page(
            '<img src="http://127.0.0.1:9/a.png" srcset="http://127.0.0.1:9/b.png 2x"><img src="file:///etc/passwd">'
            '<iframe src="http://127.0.0.1:9/frame"></iframe><object data="file:///etc/passwd"></object>'
            '<svg><image href="http://127.0.0.1:9/i.svg"/><use xlink:href="file:///etc/passwd#x"/></svg>' + _article_body(),
            head='<link rel="stylesheet" href="http://127.0.0.1:9/s.css"><link rel="import" href="file:///etc/passwd">'
                 '<script src="http://127.0.0.1:9/s.js"></script><style>@import url("http://127.0.0.1:9/x.css");</style>',
        ).encode(), ("article",), contains=("river bridge",)),
        Case("external_dtd", ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://127.0.0.1:9/xhtml1-strict.dtd">'
                              + page(_article_body())[len("<!DOCTYPE html>"):]).encode(), ("article",), contains=("river bridge",)),
        Case("billion_laughs", BILLION_LAUGHS.encode(), ("article",), contains=("river bridge",)),
        Case("quadratic_blowup", QUADRATIC_BLOWUP.encode(), ("article",)),
        Case("xxe_file", _xxe(f'<!ENTITY xxe SYSTEM "file://{SECRET_FILE}">').encode(), ("article",), contains=("river bridge",)),
        Case("xxe_etc_passwd", _xxe('<!ENTITY xxe SYSTEM "file:///etc/passwd">').encode(), ("article",), contains=("river bridge",)),
        Case("xxe_http", _xxe(f'<!ENTITY xxe SYSTEM "{CANARY_URL}/xxe">').encode(), ("article",), contains=("river bridge",)),
        Case("xxe_parameter", _xxe(f'<!ENTITY % dtd SYSTEM "{CANARY_URL}/evil.dtd"> %dtd;', use="").encode(), ("article",)),
        Case("xxe_public", _xxe(f'<!ENTITY xxe PUBLIC "-//x//y" "{CANARY_URL}/public">').encode(), ("article",)),
        Case("xinclude", page(f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://{SECRET_FILE}" parse="text"/>'
                              f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{CANARY_URL}/xi"/>' + _article_body()).encode(),
             ("article",), contains=("river bridge",)),
        Case("xml_stylesheet_pi", ('<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="' + CANARY_URL + '/s.xsl"?>'
                                   + page(_article_body())).encode(), ("article",)),
        Case("xml_declaration_ebcdic", ('<?xml version="1.0" encoding="EBCDIC-US"?>' + page(_article_body())).encode(), ("article",)),
        Case("json_ld_deep", page(_article_body(), head='<script type="application/ld+json">' + "[" * 5000 + "]" * 5000 + "</script>"
                                  + '<script type="application/ld+json">' + '{"a":' * 3000 + "1" + "}" * 3000 + "</script>").encode(), ("article",)),
        Case("json_ld_garbage", page(_article_body(), head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": {"x": [1, 2]}, '
                                     '"datePublished": ["2024-99-99T99:99"], "author": [null, 1, {"name": ["a", {"b": 1}]}], '
                                     '"keywords": [1, null, "x"], "@graph": {"@graph": [[[[[[{"headline": 1}]]]]]]}}</script>').encode(), ("article",)),
        Case("weird_dates", page(_article_body(), head='<meta property="article:published_time" content="99999-13-45T25:61:61+99:99">'
                                 '<meta name="date" content="0000-00-00"><meta name="pubdate" content="' + "9" * 400 + '">'
                                 '<time datetime="-1"></time>').encode(), ("article",)),
        Case("processing_instructions", ("<?php echo 'x'; ?><% asp %>" + page(_article_body()) + "<?pi unterminated").encode(), ("article",)),
        Case("svg_math", page("<svg><foreignObject><p>inside svg</p></foreignObject><script>alert(1)</script></svg>"
                              "<math><mi>x</mi><annotation-xml encoding='text/html'><p>math html</p></annotation-xml></math>" + _article_body()).encode(), ("article",)),
        # Distinct attributes on one element cost libxml2 n²: over ParseOptions.max_element_attributes is refused.
        Case("many_attributes", page("<p " + " ".join(f"a{i}='{i}'" for i in range(5000)) + ">" + _FILLER + "</p>" + _article_body()).encode(), ("TreeTooLargeError",)),
        Case("attributes_under_limit", page("<p " + " ".join(f"a{i}='{i}'" for i in range(450)) + ">" + _FILLER + "</p>" + _article_body()).encode(), ("article",)),
        Case("duplicate_attributes", page("<p " + "id='x' " * 2000 + ">" + _FILLER + "</p>").encode(), ("article",)),
        Case("bad_entities", page("<p>&#0; &#xD800; &#x110000; &#99999999999; &nosuch; &amp &lt;&gt &#x; &#; " + _FILLER + "</p>").encode(), ("article",)),
        Case("control_characters", page("<p>" + "".join(chr(c) for c in range(1, 32)) + _FILLER + "\x7f\x85\u2028\u2029</p>" * 3).encode(), ("article",)),
        Case("nul_in_text", page("<p>Null\x00bytes\x00in\x00the\x00text " + _FILLER + "</p>" * 3).encode(), ("article", "NotHTMLError"),
             contains=("river bridge",)),
        Case("nul_in_tags", b"<ht\x00ml><bo\x00dy><p>" + _FILLER.encode() * 3 + b"</p></body></html>", ("article",)),
        Case("bidi_and_zero_width", page("<p>\u202eevil\u202c \u200b\u200c\u200d\ufeff\u2066isolate\u2069 " + _FILLER + "</p>" * 3).encode(), ("article",)),
        Case("astral_and_combining", page("<p>" + "𝕳𝖊𝖑𝖑𝖔 😀👩‍👩‍👧‍👦 " + "e\u0301" * 50 + "Z\u0336" * 200 + " " + _FILLER + "</p>" * 3).encode(), ("article",)),
        Case("text_dump", ("MASTHEAD\nHome | News | Sport\n\n" + "Bridge opens\n\n" + (_FILLER * 2 + "\n\n") * 4 + "About us\nContact\n").encode(),
             ("article",), contains=("river bridge",)),
        Case("text_dump_one_line", (_FILLER * 200).encode(), ("article",)),
        Case("html_in_text_dump", ("Some words first, then " + "&lt;p&gt; <not a tag " * 200).encode(), ("article",)),
        # encodings
        Case("utf8_bom", codecs.BOM_UTF8 + language_page("en"), ("article",), contains=("first buses crossed",)),
        Case("utf16le_bom", codecs.BOM_UTF16_LE + language_page("zh", declare="utf-16", encoding="utf-16-le"), ("article",), contains=("第一批公交车",)),
        Case("utf16be_bom", codecs.BOM_UTF16_BE + language_page("ru", declare=None, encoding="utf-16-be"), ("article",), contains=("первые автобусы",)),
        Case("utf16le_no_bom", language_page("en", declare=None, encoding="utf-16-le"), ("article", "DecodeError"), contains=("first buses crossed",)),
        Case("utf32_bom", codecs.BOM_UTF32_LE + language_page("ja", declare=None, encoding="utf-32-le"), ("article",), contains=("最初のバス",)),
        Case("bom_contradicts_meta", codecs.BOM_UTF8 + language_page("zh", declare="gbk", encoding="utf-8"), ("article",), contains=("第一批公交车",)),
        Case("header_contradicts_meta", language_page("ru", declare="utf-8"), ("article",), contains=("первые автобусы",),
             content_type="text/html; charset=windows-1251", note="header charset wins over meta"),
        Case("header_wrong_meta_right", language_page("zh", declare="gbk"), ("article",), contains=("第一批公交车",),
             content_type="text/html; charset=utf-8"),
        Case("gbk_labelled_utf8", language_page("zh", declare="utf-8"), ("article",), contains=("第一批公交车",)),
        Case("gbk_unlabelled", language_page("zh", declare=None), ("article",), contains=("第一批公交车",)),
        Case("gbk_labelled_latin1", language_page("zh", declare="iso-8859-1"), ("article",), contains=("第一批公交车",)),
        Case("big5_labelled_gb2312", language_page("zh-TW", declare="gb2312"), ("article", "DecodeError"), contains=("第一批公車",)),
        Case("big5_unlabelled", language_page("zh-TW", declare=None), ("article",), contains=("第一批公車",)),
        Case("shift_jis_unlabelled", language_page("ja", declare=None), ("article",), contains=("最初のバス",)),
        Case("shift_jis_labelled_utf8", language_page("ja", declare="utf-8"), ("article",), contains=("最初のバス",)),
        Case("euc_kr_labelled_gbk", language_page("ko", declare="gbk"), ("article",),
             note="known limit: every EUC-KR byte pair is valid GB18030, so the page reads as Chinese mojibake"),
        Case("shift_jis_labelled_gbk", language_page("ja", declare="gbk"), ("article",),
             note="known limit: Shift_JIS kana and kanji are valid GB18030, so the page reads as Chinese mojibake"),
        Case("cp1251_unlabelled", language_page("ru", declare=None), ("article",), contains=("первые автобусы",)),
        Case("utf8_labelled_utf16", language_page("en", declare="utf-16", encoding="utf-8"), ("article",), contains=("first buses crossed",),
             note="WHATWG: a meta utf-16 label means utf-8"),
        Case("ascii_labelled_utf16", page(_article_body(), head="").replace('charset="utf-8"', 'charset="utf-16"').encode(), ("article",),
             contains=("river bridge",)),
        Case("label_rot13", page(_article_body()).replace('charset="utf-8"', 'charset="rot13"').encode(), ("article",), contains=("river bridge",)),
        Case("label_base64", page(_article_body()).replace('charset="utf-8"', 'charset="base64"').encode(), ("article",), contains=("river bridge",)),
        Case("label_undefined", page(_article_body()).replace('charset="utf-8"', 'charset="undefined"').encode(), ("article",), contains=("river bridge",)),
        Case("label_utf7", page(_article_body() + "<p>+ADw-script+AD4-alert(1)+ADw-/script+AD4-</p>").replace('charset="utf-8"', 'charset="utf-7"').encode(),
             ("article",), contains=("river bridge",)),
        Case("label_unknown", page(_article_body()).replace('charset="utf-8"', 'charset="klingon-8"').encode(), ("article",), contains=("river bridge",)),
        Case("label_header_garbage", page(_article_body()).encode(), ("article",), contains=("river bridge",),
             content_type='text/html; charset="\x00\xff"; charset=; charset=zlib_codec'),
        Case("invalid_utf8_sprinkled", page(_article_body()).encode().replace(b"bridge", b"bri\xc3\x28dge", 3).replace(b"cars", b"ca\xffrs"),
             ("article",), contains=("Paragraph 1",)),
        Case("invalid_utf8_mostly", b'<meta charset="utf-8"><p>' + bytes(rng.choice(range(0x80, 0x100)) for _ in range(3000)) + b"</p>",
             ("DecodeError", "article")),
        Case("overlong_and_surrogate_utf8", page("<p>" + _FILLER * 3 + "</p>").encode() + b"<p>\xc0\xaf \xed\xa0\x80 \xf4\x90\x80\x80 \xe0\x80\xaf</p>",
             ("article",), contains=("river bridge",)),
        Case("mixed_utf8_gbk", language_page("en") + language_page("zh", declare=None), ("article", "DecodeError"), contains=("first buses crossed",)),
        Case("truncated_multibyte", language_page("zh", declare="utf-8", encoding="utf-8")[:-40] + "重".encode()[:2], ("article",), contains=("第一批公交车",)),
        # Second reliability round: the shapes of each class of failure (URLs, text, references, bytes).
        Case("image_url_unbalanced_ipv6", page('<figure><img src="http://[fe80::2/p.jpg"><figcaption>Deck</figcaption></figure>' + _article_body()).encode(),
             ("article",), contains=("river bridge",)),
        Case("canonical_url_unbalanced_ipv6", page(_article_body(), head='<link rel="canonical" href="https://[2001:db8::7/story">'
                                                   '<meta property="og:url" content="http://[::ffff/x">').encode(), ("article",)),
        Case("image_url_bad_port", page('<img src="http://cdn.example:70000/p.jpg" width=640 height=480>' + _article_body()).encode(), ("article",)),
        Case("image_url_hostile_schemes", page("".join(f'<figure><img src="{u}" width=640 height=480><figcaption>c</figcaption></figure>'
                                                       for u in ("jAvAsCrIpT:void(0)", "file:///c:/boot.ini", "vbscript:run", "data:text/html,<b>x</b>"))
                                               + _article_body()).encode(), ("article",)),
        Case("json_ld_lone_surrogates", page(_article_body(), head='<script type="application/ld+json">{"@type":"NewsArticle","headline":"Deck \\udbff done",'
                                             '"author":[{"name":"\\udc00Lee"}],"keywords":"a\\ud834,b","description":"x\\u0000y"}</script>').encode(), ("article",)),
        Case("refs_to_controls_everywhere", page("<p>Open&#x2;ing&#19; day &#xFFFE;&#127;</p>" + _article_body(),
                                                  head='<meta property="og:title" content="Bridge&#x1B;[31m opens&#5;">').encode(),
             ("article",), contains=("river bridge",)),
        Case("garbage_labelled_shift_jis", b'<meta charset="shift_jis"><p>' + bytes(rng.choice(range(0x80, 0x100)) for _ in range(6000)) + b"</p>",
             ("DecodeError",)),
        Case("garbage_labelled_gb18030", b'<meta charset="gb18030">' + b"\x84\x30\x84\xfe" * 1500, ("DecodeError",)),
        Case("attributes_hidden_after_junk", page('<p "a' + " ".join(f"z{i}" for i in range(3000)) + '">' + _FILLER + "</p>").encode(),
             ("TreeTooLargeError",)),
        Case("attributes_with_brackets_in_values", page("<p " + " ".join(f"q{i}='<p>'" for i in range(3000)) + ">" + _FILLER + "</p>").encode(),
             ("TreeTooLargeError",)),
    ]
    for code in LANGUAGES:
        cases.append(Case(f"lang_{code}", language_page(code), ("article",), contains=(LANGUAGES[code][3],)))
    return cases


# --------------------------------------------------------------------------- big cases (recipes)

MB = 2**20


@dataclass(frozen=True)
class Recipe:
    """A big input built at test time: ``build(size)`` returns about ``size`` bytes."""

    name: str
    build: Callable[[int], bytes | str]
    size: int
    expect: tuple[str, ...] = ("article",)
    options: dict = field(default_factory=dict)
    contains: tuple[str, ...] = ()


def _repeat(head: str, unit: str, tail: str) -> Callable[[int], str]:
    def build(size: int) -> str:
        return head + unit * max(1, (size - len(head) - len(tail)) // len(unit)) + tail

    return build


def _nested(open_tag: str, close_tag: str, inner: str = "") -> Callable[[int], str]:
    def build(size: int) -> str:
        n = max(1, size // (len(open_tag) + len(close_tag)))
        return "<html><body>" + open_tag * n + inner + close_tag * n + "</body></html>"

    return build


def _unclosed(unit: str) -> Callable[[int], str]:
    return lambda size: "<html><body>" + unit * max(1, size // len(unit))


_P = "<html><body><article><p>"
_PE = "</p></article></body></html>"


def recipes() -> list[Recipe]:
    return [
        Recipe("nested_divs_50k", _nested("<div>", "</div>", f"<p>{_FILLER}</p>"), 50_000 * 11, ("TreeTooLargeError",)),
        Recipe("nested_divs_unclosed", _unclosed("<div>"), 50_000 * 5, ("TreeTooLargeError",)),
        Recipe("nested_inline_unclosed", _unclosed("<b><i><span><font>x "), 200_000, ("TreeTooLargeError",)),
        Recipe("nested_tables", _nested("<table><tr><td>", "</td></tr></table>", "deep"), 300_000, ("TreeTooLargeError",)),
        Recipe("nested_lists", _nested("<ul><li>", "</li></ul>", "deep"), 300_000, ("TreeTooLargeError",)),
        Recipe("nested_blockquotes", _nested("<blockquote>", "</blockquote>", _FILLER), 300_000, ("TreeTooLargeError",)),
        Recipe("nested_255_ok", lambda size: _nested("<div>", "</div>", f"<p>{_FILLER}</p>" * 3)(252 * 11), 0, ("article",),
               contains=("river bridge",)),
        Recipe("nested_200_ok", lambda size: _nested("<div>", "</div>", f"<p>{_FILLER}</p>" * 3)(200 * 11), 0, ("article",),
               contains=("river bridge",)),
        Recipe("paragraph_20mb", _repeat(_P, "word ", _PE), 20 * MB, ("InputTooLargeError",)),
        Recipe("paragraph_20mb_limit_raised", _repeat(_P, "word ", _PE), 20 * MB, ("BlockTooLargeError",),
               options={"max_input_bytes": 64 * MB}),
        Recipe("paragraph_20mb_all_limits_raised", _repeat(_P, "word ", _PE), 20 * MB, ("BlockTooLargeError", "article"),
               options={"max_input_bytes": 64 * MB, "max_block_chars": 64 * MB}),
        Recipe("paragraph_12mb", _repeat(_P, "word ", _PE), 12 * MB, ("BlockTooLargeError",)),
        Recipe("paragraph_2mb", _repeat(_P, "Chongqing ", _PE), 2 * MB, ("BlockTooLargeError",)),
        Recipe("paragraph_900k", _repeat(_P, "Chongqing said. ", _PE), 900_000, ("article",)),
        Recipe("one_word_8mb", _repeat(_P, "x", _PE), 8 * MB, ("BlockTooLargeError",)),
        Recipe("cjk_paragraph_6mb", _repeat(_P, "重庆市交通局表示，", _PE), 6 * MB, ("BlockTooLargeError", "InputTooLargeError")),
        Recipe("quote_marks_100k", _repeat(_P, '"', _PE), 100_000, ("article",)),
        Recipe("curly_quotes_100k", _repeat(_P, "\u201c", _PE), 100_000 * 3, ("article",)),
        Recipe("alternating_quotes", _repeat(_P, '"a" ', _PE), 400_000, ("article",)),
        Recipe("nested_curly_quotes", _repeat(_P, "\u201c\u2018\u300c", _PE), 300_000 * 3, ("article",)),
        Recipe("quotes_with_cues", _repeat(_P, '"It works," he said. ', _PE), 900_000, ("article",)),
        Recipe("cjk_quotes", _repeat(_P, "他表示：“", _PE), 300_000, ("article",)),
        Recipe("quote_marks_text_dump", lambda size: '"' * size, 100_000, ("article",)),
        Recipe("many_paragraphs", _repeat("<html><body><article>", f"<p>{_FILLER}</p>", "</article></body></html>"), 4 * MB, ("article",)),
        Recipe("many_short_paragraphs", _repeat("<html><body>", "<p>Hi.</p>", "</body></html>"), 400_000, ("article",)),
        Recipe("many_elements", _repeat("<html><body>", "<b>x</b>", "</body></html>"), 8 * MB, ("TreeTooLargeError",)),
        Recipe("elements_at_node_limit", lambda size: "<html><body>" + "<b>x</b>" * 99_000 + "</body></html>", 0, ("article",)),
        Recipe("many_links", _repeat("<html><body><div>", '<a href="http://127.0.0.1:9/x">link</a> ', "</div></body></html>"), 2 * MB,
               ("article", "TreeTooLargeError")),
        Recipe("many_images", _repeat("<html><body><article>", f'<figure><img src="http://127.0.0.1:9/i.jpg" alt="a"><figcaption>Photo: X</figcaption></figure><p>{_FILLER}</p>', "</article></body></html>"),
               2 * MB, ("article", "TreeTooLargeError")),
        # A picture whose file name is one long run of size-variant tails, declared as og:image too: the variant
        # tail is searched at the name's end only (a search from every position would be quadratic).
        Recipe("variant_image_name", lambda size: page(
            f'<p>{_FILLER}</p><img src="/a/{"-11x11" * (size // 6)}Z.jpg"><p>{_FILLER}</p>',
            head=f'<meta property="og:image" content="https://x.example/a/{"-11x11" * (size // 6)}Z.jpg">'),
            200_000, ("article",)),
        # Pages that declare no date: every element a date element, or every line a publishing label, each with a
        # long run of month-like words and digits. The shown-date readers look at the first 3,000 elements or
        # lines and read 200 characters of each (session 26).
        Recipe("many_date_elements", _repeat("<html><body><article><p>" + _FILLER + "</p>",
                                             '<span class="post-date">5 ' + "März 12 " * 20 + "</span>", "</article></body></html>"),
               2 * MB, ("article", "TreeTooLargeError")),
        Recipe("many_labelled_date_lines", _repeat("<html><body><article><p>" + _FILLER + "</p>",
                                                   "<p>Veröffentlicht am " + "5. März 20 " * 9 + "</p>", "</article></body></html>"),
               2 * MB, ("article", "TreeTooLargeError")),
        Recipe("many_table_cells", _repeat("<html><body><table><tr>", "<td>cell</td>", "</tr></table></body></html>"), 2 * MB, ("article", "TreeTooLargeError")),
        Recipe("many_headings", _repeat("<html><body><article>", "<h2>Heading</h2>", "</article></body></html>"), 1 * MB, ("article", "TreeTooLargeError")),
        Recipe("many_meta", _repeat("<html><head>", '<meta name="keywords" content="a, b, c">', "</head><body><p>x</p></body></html>"), 2 * MB,
               ("article", "TreeTooLargeError")),
        Recipe("many_br", _repeat(_P, "word<br>", _PE), 2 * MB, ("article", "TreeTooLargeError", "BlockTooLargeError")),
        Recipe("many_lines_text_dump", lambda size: (_FILLER + "\n") * (size // (len(_FILLER) + 1)), 8 * MB, ("article",)),
        Recipe("one_line_text_dump", lambda size: "word " * (size // 5), 8 * MB, ("BlockTooLargeError",)),
        Recipe("huge_comment", _repeat("<html><body><p>" + _FILLER + "</p><!--", "x" * 64, "--></body></html>"), 12 * MB, ("BlockTooLargeError",)),
        Recipe("huge_script", _repeat("<html><body><p>" + _FILLER + "</p><script>", "var x = '<p>';", "</script></body></html>"), 12 * MB, ("BlockTooLargeError",)),
        Recipe("huge_attribute", _repeat('<html><body><p title="', "x" * 64, '">' + _FILLER + "</p></body></html>"), 12 * MB, ("BlockTooLargeError",)),
        Recipe("huge_title", _repeat("<html><head><title>", "Title ", "</title></head><body><p>" + _FILLER + "</p></body></html>"), 4 * MB, ("article",)),
        Recipe("huge_json_ld", _repeat('<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"', "x" * 64,
                                       '"}</script></head><body><p>' + _FILLER + "</p></body></html>"), 8 * MB, ("article", "BlockTooLargeError")),
        Recipe("deep_json_ld", lambda size: '<html><head><script type="application/ld+json">' + "[" * size + "]" * size
               + "</script></head><body><p>" + _FILLER + "</p></body></html>", 200_000, ("article",)),
        Recipe("huge_tag_name", lambda size: "<html><body><" + "a" * size + ">" + _FILLER + "</body></html>", 4 * MB, ("article",)),
        Recipe("many_entities", _repeat(_P, "&amp;&lt;&#x4e2d;&eacute;", _PE), 4 * MB, ("article", "BlockTooLargeError")),
        Recipe("whitespace_8mb", lambda size: " \n\t" * (size // 3), 8 * MB, ("EmptyInputError",)),
        Recipe("nul_8mb", lambda size: b"<p>" + b"\x00" * size, 8 * MB, ("article", "NotHTMLError", "EmptyInputError", "DecodeError")),
        Recipe("random_8mb", lambda size: random.Random(7).randbytes(size), 8 * MB, ("NotHTMLError", "DecodeError", "article")),
        Recipe("gbk_unlabelled_8mb", lambda size: language_page("zh", declare=None) * (size // len(language_page("zh", declare=None))), 8 * MB,
               ("article", "TreeTooLargeError")),
        Recipe("invalid_utf8_8mb", lambda size: b'<meta charset="utf-8"><p>' + b"ok \xff\xfe " * (size // 9), 8 * MB, ("DecodeError", "BlockTooLargeError")),
        Recipe("lt_signs", _repeat("<p>", "<", ""), 4 * MB, ("article", "BlockTooLargeError")),
        Recipe("escaped_script_tags", _repeat(_P, "&lt;script&gt;", _PE), 900_000, ("article",)),
        Recipe("escaped_embeds", _repeat(_P, 'a &lt;iframe src="x"&gt;&lt;/iframe&gt; b ', _PE), 900_000, ("article",)),
        Recipe("ampersands", _repeat("<p>", "&", ""), 4 * MB, ("article", "BlockTooLargeError")),
        Recipe("open_comment_tokens", _repeat("<p>", "<!--", ""), 4 * MB, ("article", "EmptyInputError")),
        Recipe("unclosed_p", _unclosed(f"<p>{_FILLER}"), 4 * MB, ("article",)),
        Recipe("distinct_attributes_2mb", lambda size: "<html><body><p " + " ".join(f"a{i}=1" for i in range(size // 9)) + ">x</p></body></html>",
               2 * MB, ("TreeTooLargeError",)),
        Recipe("attributes_at_page_limit", _repeat("<html><body>", "<i " + " ".join(f"a{i}=1" for i in range(400)) + ">x</i>", "</body></html>"),
               2 * MB, ("TreeTooLargeError",)),
        Recipe("said_sentences", _repeat(_P, '"Yes," Ann Lee said. He said so. She told them that it was. ', _PE), 900_000, ("article",)),
        Recipe("said_paragraphs", _repeat("<html><body><article>", '<p>"No," Bo Li said. He said so. "Go," Al Wu told them.</p>',
                                          "</article></body></html>"), 4 * MB, ("article", "TreeTooLargeError")),
        Recipe("capitalised_names", _repeat(_P, "Wen Tao Ma said ", _PE), 900_000, ("article",)),
        Recipe("control_references", _repeat(_P, "&#x1;&#11;&#xffff;a", _PE), 900_000, ("article",)),
        # Shapes under every limit whose cost per element once outran the CPU promise:
        Recipe("punctuation_run_8mb", _repeat(_P, "<\"", _PE), 8 * MB, ("BlockTooLargeError",)),
        Recipe("short_lines_dump", lambda size: "Buses stop here.\n" * (size // 17), 4 * MB, ("article",)),
        Recipe("figures_20k", _repeat("<html><body><article><p>" + _FILLER + "</p>",
                                      '<figure><img src="/p.jpg?v=1"><figcaption>The bridge. Photo: Ann Lee</figcaption></figure>',
                                      "</article></body></html>"), 20_000 * 98, ("article",)),
    ]


def big_cases(scale: float = 1.0) -> Iterator[Case]:
    """Build every big case (``scale`` shrinks the inputs, e.g. for quick runs)."""
    for recipe in recipes():
        data = recipe.build(max(1, int(recipe.size * scale)))
        yield Case(recipe.name, data, recipe.expect, recipe.contains, options=recipe.options)


def all_cases() -> Iterator[Case]:
    """Stored small cases (read from disk) followed by big cases (built now)."""
    yield from load_small_cases()
    yield from big_cases()


# --------------------------------------------------------------------------- disk I/O


def _manifest_entry(case: Case, filename: str) -> dict:
    return {
        "file": filename,
        "expect": list(case.expect),
        "contains": list(case.contains),
        "content_type": case.content_type,
        "options": case.options,
        "note": case.note,
    }


def render() -> dict[str, bytes]:
    """The files the small cases are stored as: ``{relative path: content}``."""
    files: dict[str, bytes] = {}
    manifest: dict[str, dict] = {}
    for case in small_cases():
        data = case.data if isinstance(case.data, bytes) else case.data.encode("utf-8")
        filename = f"cases/{case.name}.html"
        files[filename] = data
        manifest[case.name] = _manifest_entry(case, filename)
    files["manifest.json"] = (json.dumps(manifest, indent=1, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
    return files


def load_small_cases() -> list[Case]:
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    return [
        Case(name, (HERE / entry["file"]).read_bytes(), tuple(entry["expect"]), tuple(entry["contains"]),
             entry["content_type"], entry["options"], entry["note"])
        for name, entry in manifest.items()
    ]


def main(argv: list[str]) -> int:
    files = render()
    if "--check" in argv:
        stale = [name for name, data in files.items() if not (HERE / name).is_file() or (HERE / name).read_bytes() != data]
        if stale:
            print("stale adversarial files (run tests/adversarial/generate.py):", *stale, sep="\n  ")
            return 1
        return 0
    CASES_DIR.mkdir(exist_ok=True)
    for old in CASES_DIR.glob("*.html"):
        if f"cases/{old.name}" not in files:
            old.unlink()
    for name, data in files.items():
        (HERE / name).write_bytes(data)
    total = sum(len(d) for d in files.values())
    print(f"wrote {len(files)} files, {total / 1024:.0f} KB, to {HERE}; {len(recipes())} big cases are built at test time")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
