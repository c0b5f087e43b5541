"""Reporting words of more languages of regional news: Vietnamese, Malay, Ukrainian, Czech, Romanian, Tagalog; Hebrew
and Arabic (scripts with no capitals: their speaker is read by where it stands).

Tables written from grammars and made-up sentences (no gold in these languages), read by the same reader as the
tables of :mod:`.quotes_latin` and :mod:`.quotes_latin_more` (``LATIN_TABLES`` holds them all). Their verbs of saying
are kept here, beside their tables. Only names are capitalised in these languages (Vietnamese capitalises each
syllable of a name and the first of an office: "Bộ trưởng Trần Minh Hoàng").
"""

from __future__ import annotations

from dataclasses import replace

from .latin_table import LatinTable
from .latin_table import words as _words
from .quotes_latin_more import INDONESIAN

# Vietnamese verbs of saying (several syllables each, written apart): "cho biết", "khẳng định", "nói".
VIETNAMESE_CUES = _words(
    "nói|cho biết|cho hay|khẳng định|chia sẻ|nhấn mạnh|phát biểu|tuyên bố|giải thích|bày tỏ|nêu rõ|trả lời|"
    "lưu ý|cảnh báo|bổ sung|thừa nhận|cho rằng|nhận định|tiết lộ|xác nhận|"
    "nói thêm|khẳng định thêm|thông báo"
)

_OFFICE_HEADS = (
    "bộ|thứ|chủ|phó|thủ|tổng|bí|giám|người|trưởng|đại|thượng|trung|thiếu|giáo|tiến|bác|luật|chuyên|hiệu|viện|cục|"
    "vụ|chánh|ngoại|sở|ủy|uỷ|ubnd|công|tòa|toà|viện"
)

VIETNAMESE = LatinTable(
    language="vi",
    cues=VIETNAMESE_CUES,
    sources_before=_words("theo"),
    # "ông" and "bà" are Mr and Mrs before a name ("ông Nguyễn Văn An"), and he and she alone ("ông nói")
    pronouns={"họ": None},
    titles=(
        "bộ trưởng", "thứ trưởng", "chủ tịch", "phó chủ tịch", "thủ tướng", "phó thủ tướng", "tổng bí thư",
        "bí thư", "giám đốc", "phó giám đốc", "tổng giám đốc", "người phát ngôn", "trưởng phòng", "trưởng ban",
        "trưởng công an", "đại tá", "thượng tá", "trung tá", "thiếu tướng", "trung tướng", "đại tướng",
        "đại sứ", "giáo sư", "phó giáo sư", "tiến sĩ", "bác sĩ", "luật sư", "chuyên gia", "đại biểu", "hiệu trưởng",
        "viện trưởng", "cục trưởng", "vụ trưởng", "chánh văn phòng", "tổng thống", "ngoại trưởng",
        "ông", "bà", "anh", "chị",
        # degrees written short before a doctor's or a scholar's name ("BS.CK2 Nguyễn Văn An", "PGS.TS Lê Hùng"):
        # bác sĩ (chuyên khoa I/II), thạc sĩ, tiến sĩ, (phó) giáo sư
        "bs", "bs.", "ck1", "ck2", "cki", "ckii", "bscki", "bsckii", "ths", "ths.", "ts", "ts.", "gs", "gs.",
        "pgs", "pgs.",
        # the first syllable of an office in lower case opens it before the name ("bác sĩ Hồng", "giám đốc Nam")
        *_words("bác|bộ|thứ|chủ|phó|thủ|tổng|bí|giám|người|luật|chuyên|hiệu|giáo|tiến|thạc|thượng|thiếu|cục|viện"),
    ),
    that=_words("rằng|là"),
    # ("nói" is left out: "nói chuyện", "nói với …" take an object or a listener, not a clause)
    clause_cues=_words(
        "cho biết|cho hay|khẳng định|nhấn mạnh|cho rằng|thông báo|xác nhận|tiết lộ|thừa nhận|nhận định|cảnh báo|"
        "bổ sung|nêu rõ|lưu ý"
    ),
    # (these take a noun as object too: "thông báo kết quả xét nghiệm", "nhấn mạnh tầm quan trọng của …")
    object_clause_cues=_words(
        "khẳng định|nhấn mạnh|thông báo|xác nhận|tiết lộ|thừa nhận|nhận định|cảnh báo|bổ sung|nêu rõ|lưu ý"
    ),
    openers=_words(
        "theo đó|tuy nhiên|nhưng|và|cũng|trong khi|tại|trong|sau|trước|khi|hiện|hiện nay|đây|đó|điều này|"
        "ngoài ra|bên cạnh đó|do đó|vì vậy|chúng tôi|tôi|"
        # the first syllable of an office, capitalised before a name: never a name itself ("Bộ trưởng Trần An")
        + _OFFICE_HEADS
    ),
    prepositions=_words("tại|ở|trong|với|của|cho|về|từ|khi|sau"),
)

# Malay reports speech as Indonesian does, with words of its own besides ("beliau berkata", "menurutnya", "bahawa").
MALAY = replace(
    INDONESIAN,
    language="ms",
    cues=INDONESIAN.cues
    | _words("katanya lagi|tambahnya|jelas beliau|kata beliau|memberitahu|mendakwa|menurutnya|ujar beliau"),
    titles=(
        *INDONESIAN.titles, "perdana", "timbalan", "pengerusi", "ahli", "setiausaha", "pengarah", "ketua pegawai",
        "jurucakap", "datuk", "dato'", "tan sri", "menteri besar", "yang dipertua",
    ),
    that=_words("bahawa|bahwa"),
)

UKRAINIAN_CUES = _words(
    "сказав|сказала|сказали|заявив|заявила|заявили|повідомив|повідомила|повідомили|зазначив|зазначила|"
    "наголосив|наголосила|пояснив|пояснила|додав|додала|розповів|розповіла|підкреслив|підкреслила|написав|"
    "написала|відповів|відповіла|уточнив|уточнила|визнав|визнала|каже|говорить|зазначає|наголошує|додає|"
    "повідомляє|розповідає|вважає|пояснює"
)

UKRAINIAN = LatinTable(
    language="uk",
    cues=UKRAINIAN_CUES,
    sources_before=_words("за словами|на думку|за даними|згідно з"),
    pronouns={"він": "m", "вона": "f", "вони": None},
    titles=(
        "міністр", "президент", "прем'єр", "прем’єр", "голова", "мер", "речник", "речниця", "представник",
        "представниця", "директор", "директорка", "депутат", "депутатка", "посол", "генерал", "професор",
        "експерт", "експертка", "аналітик", "керівник", "керівниця", "заступник", "очільник", "очільниця",
        "губернатор", "спікер", "командувач", "прокурор",
    ),
    that=_words("що"),
    inflected_titles=True,
    openers=_words(
        "це|але|і|й|та|однак|проте|також|крім|при|в|у|на|по|після|як|так|тоді|тепер|зараз|раніше|пізніше|"
        "мій|моя|наш|наша|наші|свій|своя"
    ),
    prepositions=_words("в|у|на|во|по|для|з|із|зі|при|після|перед|про|до"),
)

CZECH_CUES = _words(
    "řekl|řekla|řekli|uvedl|uvedla|uvedli|dodal|dodala|prohlásil|prohlásila|zdůraznil|zdůraznila|vysvětlil|"
    "vysvětlila|upozornil|upozornila|sdělil|sdělila|sdělili|napsal|napsala|odpověděl|odpověděla|podotkl|podotkla|"
    "konstatoval|konstatovala|potvrdil|potvrdila|míní|říká|uvádí|dodává|tvrdí|vysvětluje|zdůrazňuje"
)

CZECH = LatinTable(
    language="cs",
    cues=CZECH_CUES,
    sources_before=_words("podle|dle"),
    pronouns={"on": "m", "ona": "f", "oni": None},
    titles=(
        "ministr", "ministryně", "premiér", "premiérka", "prezident", "prezidentka", "starosta", "starostka",
        "mluvčí", "ředitel", "ředitelka", "poslanec", "poslankyně", "senátor", "senátorka", "hejtman", "hejtmanka",
        "profesor", "profesorka", "expert", "expertka", "analytik", "analytička", "předseda", "předsedkyně", "šéf",
        "šéfka", "velvyslanec", "primátor", "primátorka", "policejní",
    ),
    that=_words("že"),
    inflected_titles=True,  # "podle ministra", "řekl mluvčímu"
    # second in a clause whose first place the source holds, with no comma: "Podle ministra bude most opraven"
    finite_verbs=_words("je|jsou|bude|budou|byl|byla|bylo|byli|má|mají|musí|může|mohou|měl|měla|nebude|není"),
    openers=_words(
        "to|ale|a|však|také|i|v|ve|na|po|jak|tak|teď|nyní|dříve|později|proto|naopak|podle|když|pokud|ten|ta"
    ),
    prepositions=_words("v|ve|na|z|ze|do|pro|po|při|během|o|u|k|ke|s|se"),
)

# Romanian writes ș and ț with a comma below or (older fonts) a cedilla: both spellings are listed.
_ROMANIAN_CUE_TEXT = (
    "a declarat|a spus|a afirmat|a precizat|a explicat|a subliniat|a adăugat|a transmis|a anunțat|a menționat|"
    "a arătat|a susținut|a mai spus|a mai declarat|a mai precizat|a mai adăugat|a răspuns|a avertizat|a recunoscut|"
    "au declarat|au spus|au precizat|au transmis|au anunțat|spune|declară|afirmă|susține|explică|precizează|"
    "adaugă|subliniază"
)
ROMANIAN_CUES = _words(_ROMANIAN_CUE_TEXT) | _words(_ROMANIAN_CUE_TEXT.replace("ț", "ţ").replace("ș", "ş"))

ROMANIAN = LatinTable(
    language="ro",
    cues=ROMANIAN_CUES,
    sources_before=_words("potrivit|conform|potrivit lui|conform lui|în opinia|în opinia lui"),
    determiners=_words("un|o"),
    pronouns={"el": "m", "ea": "f", "ei": None, "ele": None},
    titles=(
        "ministrul", "ministru", "premierul", "premier", "președintele", "preşedintele", "președinte", "primarul",
        "primar", "purtătorul", "purtătoarea", "directorul", "directoarea", "deputatul", "deputata", "senatorul",
        "senatoarea", "profesorul", "profesor", "expertul", "analistul", "șeful", "şeful", "șefa", "şefa",
        "ambasadorul", "prefectul", "procurorul", "comisarul", "secretarul", "consilierul",
    ),
    that=_words("că"),
    inflected_titles=True,  # "ministrului", "primarului"
    openers=_words(
        "acesta|aceasta|dar|și|şi|însă|totuși|totuşi|de|la|în|pe|după|ca|cum|astfel|acum|apoi|anterior|ulterior|"
        "potrivit|conform"
    ),
    particles=_words("de|lui"),
    prepositions=_words("în|la|pe|de|din|cu|pentru|după|despre|către|la"),
)

# Tagalog names the speaker after the verb with "ni" (one person) or "nina" (several): "sabi ni Mayor Cruz".
TAGALOG = LatinTable(
    language="tl",
    cues=_words(
        "sabi ni|sabi nina|sinabi ni|sinabi nina|ani|dagdag ni|idinagdag ni|giit ni|iginiit ni|paliwanag ni|"
        "ipinaliwanag ni|pahayag ni|wika ni|ayon pa kay|sabi niya|dagdag niya|giit niya|aniya"
    ),
    sources_before=_words("ayon kay|ayon kina|ayon sa"),
    determiners=_words("ang|si|sina"),
    pronouns={"niya": None, "nila": None, "siya": None},
    titles=(
        "mayor", "alkalde", "kalihim", "pangulo", "senador", "gobernador", "kongresista", "tagapagsalita", "hepe",
        "direktor", "opisyal", "kapitan", "konsehal", "heneral", "propesor", "eksperto",
    ),
    that=_words("na"),
    openers=_words("ito|iyon|ngunit|pero|at|gayunman|samantala|sa|noong|dahil|kaya|ayon|habang"),
    particles=_words("dela|de|del|delos|de los"),
    prepositions=_words("sa|kay|kina|para|mula|noong"),
)


# Hebrew and Arabic have no capitals: the reader of :mod:`cqnews.enrich.quotes.latin_uncased` reads the speaker after
# (or before) a verb of saying by where the words stand: an office whose last word takes the article, then a name of
# up to three words, ended by a preposition, a word of these tables, a mark or the sentence's end.
HEBREW = LatinTable(
    language="he",
    cues=_words(
        "אמר|אמרה|אמרו|הוסיף|הוסיפה|הוסיפו|הסביר|הסבירה|מסר|מסרה|מסרו|טען|טענה|טענו|ציין|ציינה|הדגיש|הדגישה|כתב|"
        "כתבה|השיב|השיבה|אומר|אומרת|אומרים|סיפר|סיפרה"
    ),
    uncased=True,
    article_prefixes=("ה",),
    pronouns={"הוא": "m", "היא": "f", "הם": None, "הן": None},
    # what ends a name after the verb: "אמר יוסי מזרחי בשיחה עם …", "אמרה נועה פרץ היום"
    prepositions=_words(
        "על|עם|אל|של|כי|ש|את|היום|אתמול|הבוקר|הערב|בשיחה|בראיון|בתגובה|בהודעה|לכתב|לכתבת|לאחר|במהלך|בפני|לפני|"
        "אחרי|גם|עוד|כבר|ו|לנו|לו|לה|להם|לתושבים|לכתבנו|לכתבתנו|לעיתונאים|לעיתונאי|בהתרגשות|בטלפון"
    ),
    # a time or an adverb between the verb and its subject, stepped over before the name ("אמר אתמול יוסי לוי")
    day_words=_words("היום|אתמול|הבוקר|הערב|אמש|הלילה|גם"),
    titles=(
        "ראש",
        "שר",
        "שרת",
        "מנהל",
        "מנהלת",
        "דובר",
        "דוברת",
        "מפקד",
        "מפקדת",
        "סגן",
        "סגנית",
        "חבר",
        "חברת",
        "נשיא",
        "נשיאת",
        "מזכיר",
        "מזכירת",
        "יושב",
        "יושבת",
        # written short with gershayim or geresh: doctor, lawyer, accountant, professor
        "ד\u05f4ר",
        "עו\u05f4ד",
        "רו\u05f4ח",
        "פרופ\u05f3",
    ),
    unnamed_nouns=_words("גורם|גורמים|מקור|מקורות|תושב|תושבת|תושבים|עד|עדה|עדים|פקיד|פקידה|דובר|דוברת|קצין|שוטר"),
)
# Arabic writes "and" joined to the verb: "وقال" (and he said) beside "قال".
ARABIC = LatinTable(
    language="ar",
    cues=_words(
        "قال|قالت|قالوا|وقال|وقالت|وقالوا|أضاف|وأضاف|أضافت|وأضافت|أكد|وأكد|أكدت|وأكدت|أوضح|وأوضح|أوضحت|وأوضحت|صرح|"
        "وصرح|صرحت|وصرحت|أشار|وأشار|أشارت|وأشارت|يقول|ويقول|تقول|وتقول"
    ),
    uncased=True,
    article_prefixes=("ال",),
    pronouns={"هو": "m", "هي": "f", "هم": None},
    prepositions=_words(
        "في|من|إلى|على|عن|مع|خلال|أمام|لـ|أن|إن|بأن|إنه|إنها|لوكالة|لصحيفة|لقناة|للصحفيين|اليوم|أمس|يوم|مساء|صباح|"
        "أيضا|كذلك|بدوره|بدورها|و|لاحقا|مجددا|مؤخرا|بحزم|لنا|له|لها|لهم"
    ),
    preposition_prefixes=("لل", "بال"),
    day_words=_words("اليوم|أمس|أيضا|كذلك|لاحقا|مجددا"),  # (stepped over before the subject: "وقال أمس أحمد علي")
    titles=(
        "وزير",
        "وزيرة",
        "رئيس",
        "رئيسة",
        "مدير",
        "مديرة",
        "متحدث",
        "متحدثة",
        "ناطق",
        "ناطقة",
        "محافظ",
        "محافظة",
        "نائب",
        "أمين",
        "قائد",
        "سفير",
        "سفيرة",
        "عميد",
        "عضو",
        "مهندس",
        "مهندسة",
        "طبيب",
        "طبيبة",
        "مستشار",
        "مستشارة",
        "مسؤول",
        # (on behalf of: "المتحدث باسم الوزارة" is one office)
        "باسم",
    ),
    name_links=_words("عبد|أبو|أبي|بن|ابن|بنت|أم"),
    unnamed_nouns=_words("مسؤول|مسؤولة|مسؤولون|مصدر|مصادر|متحدث|متحدثة|شاهد|شهود|مواطن|مواطنة|سكان|ساكن|خبير|خبيرة"),
)


EXTRA_TABLES: dict[str, LatinTable] = {
    table.language: table for table in (VIETNAMESE, MALAY, UKRAINIAN, CZECH, ROMANIAN, TAGALOG, HEBREW, ARABIC)
} | {"fil": TAGALOG, "zsm": MALAY}
