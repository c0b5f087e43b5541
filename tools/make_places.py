"""Write src/cqnews/lexicon/places_en.py: English place names that are never a speaker's name; and
src/cqnews/lexicon/places_latin.py: the same places as German, French, Spanish, Italian, Portuguese and Dutch
write them ("Lisboa", "Lissabon", "Berlim", "Alemanha").

    python tools/make_places.py          # needs babel (installed with trafilatura) and the tz database
    python tools/make_places.py --latin  # places_latin.py only (the demonym tables written by hand beside
                                         # PLACES live in lexicon/demonyms_en.py, which this never writes)
    python tools/make_places.py --slavic # places_slavic.py only: the one-word places of Russian, Ukrainian,
                                         # Polish and Czech, read in the genitive after an office

Sources, read once here so that nothing is read or downloaded while parsing:
- the CLDR English names of countries and regions (babel ``Locale("en").territories``);
- the cities of the IANA time-zone names (``zoneinfo.available_timezones()``: "Europe/Kyiv" -> kyiv);
- the short list below: US states, Chinese provinces, nations of the UK, Australian states, and the
  abbreviations written for countries and unions (U.S., U.K., EU); cities of Pakistan, India, Nigeria, Kenya and
  Ghana that no time zone names, written after an office's initials ("the DC Lahore", "DPO Sialkot"; Session 64).
Given names in the quote tables (Sofia, Adelaide, Georgia …) are left out: "Sofia said" is a person.
For the other languages: CLDR's names of countries and regions in that language (``Locale(lang).territories``) and
its names of the time zones' exemplar cities (``Locale(lang).time_zones[zone]["city"]``: CLDR lists a city only
where the language writes it otherwise than English, so the English city names are added), given names left out.
"""

from __future__ import annotations

import re
import sys
import zoneinfo
from pathlib import Path

from babel import Locale

from cqnews.lexicon.given_names_en import FEMALE_NAMES, MALE_NAMES

OUT = Path(__file__).resolve().parents[1] / "src" / "cqnews" / "lexicon" / "places_en.py"
OUT_LATIN = OUT.with_name("places_latin.py")
OUT_SLAVIC = OUT.with_name("places_slavic.py")
SLAVIC_LANGUAGES = ("ru", "uk", "pl", "cs")
# Places of one word that are also given names ("По словам министра Софии Петровой": Sofia; Polish "Kuba", Jakub).
_SLAVIC_GIVEN = frozenset(
    {"софия", "софія", "sofia", "zofia", "žofie", "виктория", "вікторія", "wiktoria", "viktorie", "kuba"}
)
LATIN_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl")
EXTRA = """
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|
Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|
Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|
Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Washington State|West Virginia|Wisconsin|
Wyoming|Washington D.C.|District of Columbia|Anhui|Beijing|Chongqing|Fujian|Gansu|Guangdong|Guangxi|Guizhou|Hainan|
Hebei|Heilongjiang|Henan|Hubei|Hunan|Inner Mongolia|Jiangsu|Jiangxi|Jilin|Liaoning|Ningxia|Qinghai|Shaanxi|
Shandong|Shanxi|Sichuan|Tianjin|Tibet|Xinjiang|Yunnan|Zhejiang|Shenzhen|Guangzhou|Wuhan|Chengdu|Xi'an|Hangzhou|
Nanjing|Xiamen|England|Scotland|Wales|Northern Ireland|Britain|Great Britain|New South Wales|Queensland|Tasmania|
Sydney|Melbourne|Brisbane|Perth|Canberra|Hobart|Ontario|Quebec|Alberta|Manitoba|Saskatchewan|Kyiv|Kiev|Moscow|Gaza|
West Bank|Delhi|New Delhi|Mumbai|Tokyo|Seoul|
Pyongyang|Taipei|Brussels|Strasbourg|Geneva|Davos|Washington|Westminster|Whitehall|Downing Street|Kremlin|
US|U.S.|USA|U.S.A.|UK|U.K.|EU|E.U.|UAE|U.A.E.|PRC|DPRK|ROK|America|Europe|Asia|Africa|Latin America|Middle East|
Lahore|Islamabad|Rawalpindi|Faisalabad|Peshawar|Quetta|Sialkot|Gujranwala|Hyderabad|Bengaluru|Chennai|Lucknow|
Jaipur|Patna|Abuja|Ibadan|Kaduna|Port Harcourt|Mombasa|Kisumu|Nakuru|Eldoret|Kumasi
"""


# Zone folders whose last parts are regions, counties or research stations ("Australia/North",
# "America/Indiana/Knox", "Antarctica/Davis"), not places a text names.
_SKIP_ZONES = ("Etc/", "SystemV/", "US/", "Antarctica/", "Australia/", "America/Indiana/", "America/Kentucky/",
               "America/North_Dakota/", "Arctic/", "Canada/", "Brazil/", "Chile/", "Mexico/")
# Zone or territory names that are also common given names, surnames or plain words: a person or
# nothing when alone ("Mendoza said", "Stanley said", "Paris said").
NOT_PLACES = """atlantic central continental east eastern general mountain pacific west virgin wake wallis johnston
stanley dawson christmas easter chatham norfolk oral regina sofia santiago paris lima phoenix mendoza cordoba
rosario merida hermosillo matamoros ojinaga menominee mahe marigot world georgia chad india adelaide darwin casey
davis palmer jordan victoria florence diego_garcia"""


def names() -> set[str]:
    out = {name for name in Locale("en").territories.values() if not re.search(r"\d|\(", name)}
    for zone in zoneinfo.available_timezones():
        city = zone.rsplit("/", 1)[-1].replace("_", " ")
        if "/" in zone and city.replace(" ", "").isalpha() and not zone.startswith(_SKIP_ZONES):
            out.add(city)
    out.update(n.strip() for n in EXTRA.replace("\n", "").split("|") if n.strip())
    given = FEMALE_NAMES | MALE_NAMES | set(NOT_PLACES.split())
    return {n.casefold() for n in out if n.casefold() not in given and n.casefold().replace(" ", "_") not in given}


def _zone_cities() -> list[tuple[str, str]]:
    """(zone, English city name) of the zones :func:`names` reads."""
    out = []
    for zone in sorted(zoneinfo.available_timezones()):
        city = zone.rsplit("/", 1)[-1].replace("_", " ")
        if "/" in zone and city.replace(" ", "").isalpha() and not zone.startswith(_SKIP_ZONES):
            out.append((zone, city))
    return out


# CLDR "territories" that are no place a statement is made in but bodies that speak ("disse a União Europeia",
# "dijeron las Naciones Unidas"), the newspapers "Die Welt" and "El Mundo" (001, the world), or no name at all
_NO_PLACE_TERRITORIES = frozenset({"EU", "UN", "EZ", "001", "XA", "XB", "ZZ"})


def latin_names(language: str) -> set[str]:
    """The places of :func:`names` as ``language`` writes them: countries and regions, and exemplar cities."""
    locale = Locale(language)
    out = {
        name
        for code, name in locale.territories.items()
        if code not in _NO_PLACE_TERRITORIES and not re.search(r"\d|\(", name)
    }
    for zone, city in _zone_cities():
        out.add(locale.time_zones.get(zone, {}).get("city") or city)
    given = FEMALE_NAMES | MALE_NAMES
    return {n.casefold() for n in out if n.casefold() not in given}


def _set_lines(words: list[str], indent: str) -> list[str]:
    lines, line = [], indent
    for w in words:
        item = f" {w!r},"
        if len(line) + len(item) > 110:
            lines.append(line)
            line = indent
        line += item
    return [*lines, line]


def main() -> None:
    if "--slavic" in sys.argv:
        write_slavic()
        return
    if "--latin" not in sys.argv:
        write_english()
    write_latin()


def write_slavic() -> None:
    """places_slavic.py: the places of :func:`latin_names` in the Slavic tables' languages, one word each (a name
    of two words opens with an adjective that takes its own case: "Южная Корея"), given names left out."""
    lines = [
        '"""Place names of one word as Russian, Ukrainian, Polish and Czech write them, in the nominative (generated',
        "by tools/make_places.py --slavic from CLDR and the tz database; do not edit by hand): read in the genitive",
        'after an office ("посол России", "ambasador Francji") by :mod:`cqnews.lexicon.genitives_latin`\'s endings.',
        'Lower case; compare with ``word.casefold()``."""',
        "",
        "from types import MappingProxyType",
        "",
        "PLACES_SLAVIC = MappingProxyType(",
        "    {",
    ]
    for language in SLAVIC_LANGUAGES:
        words = sorted(n for n in latin_names(language) if " " not in n and "-" not in n and n not in _SLAVIC_GIVEN)
        lines += [
            f"        {language!r}: frozenset(",
            "            (",
            *_set_lines(words, "               "),
            "            )",
            "        ),",
        ]
    lines += ["    }", ")", ""]
    OUT_SLAVIC.write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(SLAVIC_LANGUAGES)} languages -> {OUT_SLAVIC}")


def write_english() -> None:
    words = sorted(names())
    lines = [
        '"""English place names that are never a speaker\'s name (generated by tools/make_places.py; do not',
        'edit by hand). Lower case; compare with ``name.casefold()``."""',
        "",
        "PLACES: frozenset[str] = frozenset(",
        "    (",
        *_set_lines(words, "       "),
        "    )",
        ")",
        "",
    ]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(words)} places -> {OUT}")


def write_latin() -> None:
    by_language = {language: latin_names(language) for language in LATIN_LANGUAGES}
    languages_of: dict[str, tuple[str, ...]] = {}
    for language, names_there in by_language.items():
        for name in names_there:
            languages_of[name] = (*languages_of.get(name, ()), language)
    groups: dict[tuple[str, ...], list[str]] = {}
    for name, languages in sorted(languages_of.items()):
        groups.setdefault(languages, []).append(name)
    latin = [
        '"""Place names as German, French, Spanish, Italian, Portuguese and Dutch write them (generated by',
        "tools/make_places.py from CLDR and the tz database; do not edit by hand). Each name is written once, under",
        "the languages that write it so (\"Lima\", \"Halifax\": all six; \"albania\": those that do not write",
        "\"Albanien\" or \"Albanie\"); PLACES_LATIN gathers them by language code. Lower case; compare with",
        '``name.casefold()``."""',
        "",
        "from types import MappingProxyType",
        "",
        "_PLACES_BY_LANGUAGES: tuple[tuple[str, frozenset[str]], ...] = (",
    ]
    for languages, names_there in sorted(groups.items(), key=lambda group: (-len(group[0]), group[0])):
        places = _set_lines(names_there, "       ")
        latin += [f"    ({' '.join(languages)!r}, frozenset((", *places, "    ))),"]
    latin += [
        ")",
        "",
        "PLACES_LATIN = MappingProxyType(",
        "    {",
        "        language: frozenset().union(",
        "            *(names for languages, names in _PLACES_BY_LANGUAGES if language in languages.split())",
        "        )",
        f"        for language in {LATIN_LANGUAGES!r}",
        "    }",
        ")",
        "",
    ]
    OUT_LATIN.write_text("\n".join(latin), encoding="utf-8")
    print(f"{len(LATIN_LANGUAGES)} languages, {len(groups)} groups -> {OUT_LATIN}")


if __name__ == "__main__":
    main()
