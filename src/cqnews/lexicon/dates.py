"""Month names, weekday names and date labels of the languages news pages are written in, for dates a page shows as
text ("5. März 2024", "5 de marzo de 2024", "Publié le 5 mars 2024") rather than declares.

``MONTHS`` maps a lower-cased month name (full, genitive, or a three- or four-letter abbreviation that
means the same month in every language that has it) to its number.
"""

from __future__ import annotations

import re

# One row per language: the twelve months in order; a month with two forms (a nominative and the
# genitive a date uses, or two spellings) gives both, separated by "/".
_MONTH_ROWS: tuple[str, ...] = (
    "january february march april may june july august september october november december",  # en
    "januar/jänner februar märz april mai juni juli august september oktober november dezember",  # de
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",  # fr
    "enero febrero marzo abril mayo junio julio agosto septiembre/setiembre octubre noviembre diciembre",  # es
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",  # it
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",  # pt
    "januari februari maart april mei juni juli augustus september oktober november december",  # nl
    "januari februari mars april maj juni juli augusti september oktober november december",  # sv
    "januar februar marts/mars april maj/mai juni juli august september oktober november december/desember",  # da, no
    "styczeń/stycznia luty/lutego marzec/marca kwiecień/kwietnia maj/maja czerwiec/czerwca lipiec/lipca"
    " sierpień/sierpnia wrzesień/września październik/października listopad/listopada grudzień/grudnia",  # pl
    "leden/ledna únor/února březen/března duben/dubna květen/května červen/června červenec/července"
    " srpen/srpna září říjen/října listopad/listopadu prosinec/prosince",  # cs
    "январь/января февраль/февраля март/марта апрель/апреля май/мая июнь/июня июль/июля"
    " август/августа сентябрь/сентября октябрь/октября ноябрь/ноября декабрь/декабря",  # ru
    "січень/січня лютий/лютого березень/березня квітень/квітня травень/травня червень/червня липень/липня"
    " серпень/серпня вересень/вересня жовтень/жовтня листопад/листопада грудень/грудня",  # uk
    "ιανουάριος/ιανουαρίου φεβρουάριος/φεβρουαρίου μάρτιος/μαρτίου απρίλιος/απριλίου μάιος/μαΐου"
    " ιούνιος/ιουνίου ιούλιος/ιουλίου αύγουστος/αυγούστου σεπτέμβριος/σεπτεμβρίου οκτώβριος/οκτωβρίου"
    " νοέμβριος/νοεμβρίου δεκέμβριος/δεκεμβρίου",  # el
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",  # tr
    "januari februari maret april mei juni juli agustus september oktober november desember",  # id
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",  # ro
    "يناير فبراير مارس أبريل/ابريل مايو يونيو/يونيه يوليو/يوليه أغسطس/اغسطس سبتمبر أكتوبر/اكتوبر نوفمبر ديسمبر",  # ar
)


_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def _months() -> dict[str, int]:
    full: dict[str, int] = {}
    for row in _MONTH_ROWS:
        for number, forms in enumerate(row.split(), start=1):
            for form in forms.split("/"):
                full[form] = number
    short: dict[str, set[int]] = {}
    for name, number in full.items():
        if _ARABIC_LETTER.match(name):
            continue  # Arabic writes its months whole
        for size in (3, 4):
            if len(name) > size:
                short.setdefault(name[:size], set()).add(number)
    # An abbreviation stands only when every language that has it means the same month by it.
    out = {abbr: next(iter(numbers)) for abbr, numbers in short.items() if len(numbers) == 1}
    out.update(full)
    out["sept"] = 9
    return out


MONTHS: dict[str, int] = _months()
"""Lower-cased month names and unambiguous abbreviations -> month number."""

PUBLISHED_LABELS: tuple[str, ...] = (
    "published", "posted", "updated", "date", "veröffentlicht", "aktualisiert", "stand", "publié", "mis à jour",
    "publicado", "actualizado", "pubblicato", "aggiornato", "gepubliceerd", "bijgewerkt", "publicerad",
    "udgivet", "publisert", "opublikowano", "publikováno", "опубликовано", "yayınlanma", "diterbitkan",
    # "updated" in the languages above that had only "published" ("Опубликовано: … Обновлено: …")
    "обновлено", "zaktualizowano", "aktualizováno", "opdateret", "oppdatert", "uppdaterad", "güncellenme",
    "diperbarui",
    # Ukrainian and Greek "published" and "updated" ("Опубліковано 5 березня 2024", "Δημοσίευση: 5 Μαρτίου 2024")
    "опубліковано", "оновлено", "δημοσίευση", "δημοσιεύθηκε", "ενημέρωση", "ενημερώθηκε",
    # Romanian ("Publicat: 2 martie 2026, 10:20 | Actualizat: …"), Arabic ("نشر في: ١ مارس ٢٠٢٦", "تاريخ النشر")
    "publicat", "actualizat", "نشر في", "نشر بتاريخ", "تاريخ النشر",
)
"""Words a page writes before the date of the article, lower-cased ("Veröffentlicht am 5. März 2024")."""

UPDATED_LABELS: tuple[str, ...] = (
    "last updated", "updated", "aktualisiert", "mis à jour", "actualizado", "aggiornato", "bijgewerkt", "обновлено",
    "zaktualizowano", "aktualizováno", "opdateret", "oppdatert", "uppdaterad", "güncellenme", "güncelleme",
    "diperbarui", "оновлено", "ενημερώθηκε", "actualizat",  # ("ενημέρωση" holds a sigma: see test_shown_updates)
    "수정", "更新时间", "最后更新", "修改时间", "更新時間", "最後更新", "修改時間",
)
"""Words a page writes before the date it last changed the article, lower-cased ("Mis à jour le 19/11/2026")."""

CLOCK_LABELS: tuple[str, ...] = ("kl", "klo")
"""The word before a time of day, where a time is written with a full stop ("5. mars 2024 kl. 10.15": Norwegian,
Danish and Swedish "kl.", Finnish "klo"): after it, "10.15" is a clock, not a number."""

ZONE_ABBREVIATIONS: dict[str, float] = {
    "IST": 5.5, "PKT": 5, "NPT": 5.75, "BDT": 6, "ICT": 7, "WIB": 7, "WITA": 8, "WIT": 9, "PHT": 8, "HKT": 8,
    "SGT": 8, "MYT": 8, "JST": 9, "KST": 9, "EAT": 3, "CAT": 2, "SAST": 2, "WAT": 1,
    "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3, "AEST": 10, "AEDT": 11,
    "EST": -5, "EDT": -4, "CDT": -5, "MDT": -6, "PDT": -7,
}
"""Time zone abbreviations a page writes after a time ("5 March 2026 | 10:20 IST", "10:20 AM WAT"), by their
offset from UTC in hours: only those that name one zone in news pages (IST: India Standard Time, as the Indian
press writes it; EST and the American daylight times). Not CST (see :data:`HALF_DAY_ZONES`), nor PST (Philippine
or Pacific), MST (Malaysian or Mountain) or BST."""

HALF_DAY_ZONES: dict[str, float] = {"CST": -6}
"""Abbreviations read only after a clock of a.m./p.m. ("7:15 a.m. CST": American Central time): a Chinese page's
dates printed by Java write CST for China time on a 24-hour clock ("Wed Mar 04 09:30:15 CST 2026")."""

ASIAN_ZONE_READINGS: dict[str, float] = {"CST": -6, "PST": -8, "MST": -7}
"""Abbreviations of an American zone (by its offset, as the email parser reads them) that name a zone of UTC+8 in
Asia as well: CST China Standard Time (Java prints "Wed Mar 04 09:30:15 CST 2026" on a server in China), PST
Philippine Standard Time, MST Malaysia Standard Time. On a page whose own zone is UTC+8 (a Chinese page, a .cn, .ph
or .my domain: :data:`cqnews.timezones.DOMAIN_ZONES`) the time is in that zone; elsewhere the American zone."""

ASIAN_ZONE_COUNTRIES: dict[str, tuple[str, ...]] = {
    "CST": ("Asia/Shanghai", "Asia/Taipei", "Asia/Hong_Kong", "Asia/Macau"),
    "PST": ("Asia/Manila",),
    "MST": ("Asia/Kuala_Lumpur",),
}
"""The page zones (IANA names) in which each of :data:`ASIAN_ZONE_READINGS` names the Asian zone: each in its own
country only (Session 63). MST is Malaysia Standard Time on a Malaysian page, Mountain time on a Chinese or Philippine
one ("10:00 MST" in a Chinese report of a game in Denver); PST is Philippine time on a Philippine page only; CST is
China time where the page's zone is China's (Chinese pages, .cn .hk .mo .tw), as Java prints it there."""

ZONE_REGIONS: dict[str, str] = {
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles",
}
"""The American zones a page names without saying standard or daylight time ("7:15 a.m. CT"), by their IANA name:
the offset is the one in force on the date."""

TODAY_LABELS: tuple[str, ...] = ("今天是", "今日是", "today is", "heute ist")
"""Words a site's header writes before the day's date ("今天是2026年3月5日 星期四", "Today is Thursday, …"),
lower-cased: that date is the visit's, not the article's. ("Today, 10:15" alone dates an article of the day.)"""

OTHER_DATE_LABELS: tuple[str, ...] = (
    "成文日期", "印发日期", "生效日期", "施行日期", "实施日期", "截止日期", "废止日期", "有效期至", "出生日期",
    "deadline", "closing date", "event date", "date of birth",
)
"""Labels of dates a page shows that are not its publishing date, lower-cased: a government document's
writing and coming-into-force dates ("成文日期：2026-01-10" above "发布日期：2026-01-15"), a deadline."""


# The days of the week in the Latin-script languages whose quotes are read from a table (not English: its days are
# :data:`cqnews.lexicon.en.WEEKDAYS`), lower case: a day opening a sentence ("Lundi, le député …", "Lunedì, il
# ministro …") is a time, never a speaker's name.
LATIN_WEEKDAYS: frozenset[str] = frozenset(
    (
        "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag "  # de
        "lundi mardi mercredi jeudi vendredi samedi dimanche "  # fr
        "lunes martes miércoles jueves viernes sábado domingo "  # es
        "lunedì martedì mercoledì giovedì venerdì sabato domenica "  # it
        "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo "  # pt
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"  # nl
    ).split()
)

# Countries whose pages write a slashed date month first ("03/05/2026" is 5 March): the United States and
# the Philippines (and US territories with their own domains). Every other country writes it day first.
MONTH_FIRST_COUNTRIES: frozenset[str] = frozenset("us ph as gu pr vi mh pw".split())
# Two-letter domains that name no country's convention (".tv", ".io", ".me", ".co" and ".fm" are sold to
# anyone): their pages say nothing about the order.
GENERIC_TWO_LETTER_DOMAINS: frozenset[str] = frozenset("tv io me co fm ai ly cc ws to gg am".split())
# Languages whose pages write a slashed date day first wherever they are published ("05/03/2026" is
# 5 March): English is left out (American pages write month first), and the languages that write the year
# first (zh, ja, ko, hu, lt) too.
DAY_FIRST_LANGUAGES: frozenset[str] = frozenset(
    "fr es it pt nl de da no nb nn sv fi pl cs sk ro ru uk el tr id ms vi ar he bg hr sr sl ca".split()
)
