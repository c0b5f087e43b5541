"""Nouns of a document or a source that a body speaks through ("según un informe de la OCDE", "de acordo com
dados do INE", "secondo fonti della Procura", "selon une étude de l'Insee", "laut einem Bericht der Polizei"): after
a source word, such a noun and a genitive, the body named in the genitive is the speaker. Per language, the nouns
(lower case; singular and plural) and the words that open the genitive: a preposition in the Romance languages and
Dutch (skipped), an article in German (kept: it is the body's own article, "der Polizei")."""

from __future__ import annotations

from types import MappingProxyType

from .latin_table import words as _words

SOURCE_DOCUMENTS = MappingProxyType(
    {
        "es": _words(
            "informe|informes|estudio|estudios|análisis|datos|fuentes|cifras|encuesta|encuestas|comunicado|"
            "nota|estimaciones|cálculos|documento|balance"
        ),
        "pt": _words(
            "relatório|relatórios|estudo|estudos|análise|análises|dados|fontes|números|inquérito|comunicado|nota|"
            "estimativas|cálculos|documento|balanço"
        ),
        "it": _words(
            "rapporto|rapporti|studio|studi|analisi|dati|fonti|cifre|indagine|sondaggio|comunicato|nota|stime|"
            "calcoli|documento|bilancio"
        ),
        "fr": _words(
            "rapport|rapports|étude|études|analyse|analyses|données|sources|chiffres|enquête|sondage|communiqué|"
            "note|estimations|calculs|document|bilan"
        ),
        "nl": _words("rapport|rapporten|onderzoek|studie|cijfers|gegevens|bronnen|analyse|schattingen|verklaring"),
        "de": _words(
            "bericht|berichten|berichts|studie|analyse|daten|quellen|zahlen|umfrage|mitteilung|schätzungen|"
            "berechnungen|erhebung|bilanz"
        ),
    }
)

# The words opening the genitive after such a noun, skipped before the body ("de la OCDE", "dell'Istat").
SOURCE_GENITIVES = MappingProxyType(
    {
        "es": _words("de|del"),
        "pt": _words("de|da|do|dos|das"),
        "it": _words("di|del|della|dello|dei|degli|delle|dell'|dell’"),
        "fr": _words("de|du|des|d'|d’"),
        "nl": _words("van"),
    }
)
# German: the genitive article, kept as the body's own ("eines Berichts der Polizei": "der Polizei").
GERMAN_GENITIVE_ARTICLES = _words("der|des")

# Plural nouns of unnamed sources that stand after a source word with no article ("según fuentes policiales",
# "secondo fonti investigative", "segundo fontes policiais", "selon sources proches du dossier"): the phrase is an
# unnamed speaker's description, when no genitive names a body (see SOURCE_DOCUMENTS).
UNNAMED_SOURCES = MappingProxyType(
    {
        "es": _words("fuentes"),
        "pt": _words("fontes"),
        "it": _words("fonti"),
        "fr": _words("sources"),
    }
)

# Nouns of the means a statement came by, after a preposition (and an article) between a verb of saying and its
# subject ("afirmou em nota o secretário-geral", "dijo en un comunicado el alcalde", "ha detto in una nota il
# sindaco", "a déclaré dans un communiqué le maire", "sagte in einer Mitteilung der Sprecher"): the phrase is how,
# never who; the subject follows it. Lower case (German nouns compared folded).
MEANS_OF_STATEMENT = MappingProxyType(
    {
        "es": _words("nota|comunicado|entrevista|declaraciones|carta|mensaje|vídeo|video|escrito"),
        "pt": _words("nota|comunicado|entrevista|declaração|declarações|carta|mensagem|vídeo|publicação"),
        "it": _words("nota|comunicato|intervista|dichiarazione|lettera|messaggio|video|post"),
        "fr": _words("communiqué|entretien|interview|déclaration|lettre|message|vidéo"),
        "nl": _words("verklaring|interview|persbericht|brief|reactie|video"),
        "de": _words("mitteilung|erklärung|interview|pressemitteilung|brief|stellungnahme|video"),
    }
)
