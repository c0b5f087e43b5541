"""The encoding labels of the web (https://encoding.spec.whatwg.org/#names-and-labels) that Python's codecs read
otherwise: the labels browsers map to a wider encoding or that Python does not know (:data:`WEB_LABELS`), and the
wider encoding a declared one is read as (:data:`WEB_SUPERSETS`). Read by :mod:`cqnews.decoding`."""

from __future__ import annotations

__all__ = ["LANGUAGE_CODE_PAGES", "WEB_LABELS", "WEB_SUPERSETS"]

# Labels browsers map to a wider encoding (WHATWG Encoding Standard).
WEB_LABELS: dict[str, str] = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "chinese": "gb18030",
    "csgb2312": "gb18030",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "utf8": "utf-8",
    "unicode": "utf-16-le",
    "windows-874": "cp874",
    "x-mac-roman": "mac-roman",
    "iso-8859-8-i": "iso8859-8",
    "x-cp1251": "cp1251",
    "x-cp1250": "cp1250",
    "x-euc-jp": "euc_jp",
    # WHATWG labels Python does not know (https://encoding.spec.whatwg.org/#names-and-labels)
    "unicode-1-1-utf-8": "utf-8",
    "unicode11utf8": "utf-8",
    "unicode20utf8": "utf-8",
    "x-unicode20utf8": "utf-8",
    "dos-874": "cp874",
    "mac": "mac-roman",
    "csmacintosh": "mac-roman",
    "x-mac-cyrillic": "mac-cyrillic",
    "x-mac-ukrainian": "mac-cyrillic",
    "koi": "koi8-r",
    "koi8": "koi8-r",
    "koi8-ru": "koi8-u",
    "sun_eu_greek": "iso8859-7",
    "logical": "iso8859-8",
    "visual": "iso8859-8",
    "csiso88598i": "iso8859-8",
    "windows-31j": "cp932",
    "cseucpkdfmtjapanese": "euc_jp",
    "ks_c_5601-1989": "cp949",
    "ksc_5601": "cp949",
    "windows-949": "cp949",
    "iso-ir-149": "cp949",
    "csksc56011987": "cp949",
    "cseuckr": "cp949",
    "cn-big5": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "gb_2312": "gb18030",
    "csunicode": "utf-16-le",
    "iso-10646-ucs-2": "utf-16-le",
    "ucs-2": "utf-16-le",
    "unicodefeff": "utf-16-le",
    "unicodefffe": "utf-16-be",
}
# A declared encoding is read as the larger one browsers use for all its labels (WHATWG): "ISO_8859-1", "l1" or
# "cp819" is windows-1252 as "iso-8859-1" is, so the curly quotes of 0x93/0x94 are not C1 controls.
WEB_SUPERSETS: dict[str, str] = {
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
    "big5": "big5hkscs",
    "gb2312": "gb18030",
    "gbk": "gb18030",
}


def _languages(code_page: str, *languages: str) -> dict[str, str]:
    return dict.fromkeys(languages, code_page)


# The Windows code page pages in a language were written in when they declared no charset (browsers' default for the
# reader's locale, Firefox's table): the sniffer's best guesses on a short page often tie between code pages that
# read ASCII alike (Spanish ñ is cp1250's ń, Hungarian ő cp1252's õ), and the page's lang attribute settles the tie.
LANGUAGE_CODE_PAGES: dict[str, str] = {
    **_languages("cp1252", "en", "fr", "de", "es", "pt", "it", "nl", "ca", "da", "sv", "no", "nb", "nn", "fi", "is",
                 "ga", "eu", "gl", "af", "id", "ms", "sw"),
    **_languages("cp1250", "pl", "cs", "sk", "hu", "sl", "hr", "bs"),
    **_languages("cp1251", "ru", "uk", "bg", "be", "sr", "mk"),
    **_languages("cp1253", "el"),
    **_languages("cp1254", "tr", "az"),
    **_languages("cp1255", "he"),
    **_languages("cp1256", "ar", "fa", "ur"),
    **_languages("cp1257", "lt", "lv", "et"),
    **_languages("cp1258", "vi"),
}
