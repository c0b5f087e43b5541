"""Caption words in the languages of the tables: class words that name a caption or a credit, and the labels
and controls a caption may show."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "ARTICLE_NOTE_OPENERS", "CAPTION_CLASS_TOKENS", "CAPTION_CLASS_WORDS", "CAPTION_CONTROL_WORDS",
    "CAPTION_LABEL_WORDS", "COUNTER_WORDS",
    "CREDIT_CLASS_WORDS", "FIGURE_NUMBER_WORDS", "GALLERY_CLASS_WORDS", "JA_CAPTION_LABELS",
    "LIGHTBOX_WORDS", "MUTED_TYPE_CLASSES", "PLAYER_NOTICES", "QR_PROMPTS", "SECTION_LABEL_WORDS", "SOURCE_CLASS_PARTS",
    "UP_POINTERS",
    "ZH_CAPTION_LABEL_WORDS", "ZH_CAPTION_NOTE_LABELS",
    "ZH_FIGURE_NUMBER_WORDS", "ZH_SECTION_NUMERALS",
    "phrase_alternation",
]


def phrase_alternation(phrases: Iterable[str]) -> str:
    """One regex alternation of ``phrases`` written as they are, any run of spaces where a phrase has one
    ("bild vergrößern" also matches "Bild  vergrößern" with re.IGNORECASE)."""
    return "|".join(re.escape(p).replace("\\ ", r"\s+") for p in phrases)

# Substrings of a class string: "caption", the newspaper "cutline", and the caption's name where a class
# says it in the site's language (Italian didascalia, Spanish pie de foto, Dutch onderschrift, Finnish
# kuvateksti, Danish/Norwegian billedtekst/bildetekst, Swedish bildtext, German Bildunterschrift).
CAPTION_CLASS_WORDS: tuple[str, ...] = (
    "caption", "cutline", "didascalia", "pie-de-foto", "pie_de_foto", "piefoto", "pie-foto", "onderschrift",
    "kuvateksti", "billedtekst", "bildetekst", "bildtext", "bildunterschrift",
    # a picture word and a text word written as one (Chinese portals' "pictext", "imgdesc", "imgtxt")
    "pictext", "picdesc", "imgtext", "imgdesc", "phototext", "photodesc", "pictxt", "imgtxt", "phototxt",
)

# Whole class tokens, too short or too common as parts of other words to be looked for inside a class string, that
# name a caption in the site's language: French légende, Spanish leyenda and pie (de foto), Portuguese and Polish
# legenda/podpis, German "bu" (Bildunterschrift), Dutch/Danish/Norwegian fototekst and bijschrift, Chinese pinyin
# tushuo (图说): "<p class="legende">…</p>" under a picture is its caption.
CAPTION_CLASS_TOKENS: frozenset[str] = frozenset((
    "legende", "légende", "legenda", "leyenda", "pie", "bu", "fototekst", "bijschrift", "podpis", "tushuo",
))

# Substrings of the class of a credit element standing apart from its caption: credit, copyright, photographer, and
# the picture's rights or source in other languages ("bildnachweis", "urheber", "fotograf", "image-rights").
CREDIT_CLASS_WORDS: tuple[str, ...] = (
    "credit", "copyright", "photographer", "fotograf", "nachweis", "urheber", "bildquelle", "bildrechte",
    "image-rights", "image-source", "photo-source", "foto-quelle", "fotoquelle",
)

# Words of a source in a class, written as one part of a class token beside a picture word ("Figure-source",
# "media__source", "bild-quelle", "foto-fuente"): the element names where the picture came from, a credit element.
SOURCE_CLASS_PARTS: frozenset[str] = frozenset(("source", "quelle", "fuente", "fonte", "bron"))

# Substrings of the class or id of a picture set (gallery, slider, carousel), in the languages of the tables
# (German Bildergalerie/Galerie, Spanish/Portuguese galería/galeria, French galerie, Dutch fotoserie).
GALLERY_CLASS_WORDS: tuple[str, ...] = (
    "gallery", "galerie", "galeria", "galería", "galleria", "slideshow", "slider", "carousel", "fotoserie",
)

# Names of the scripts that show a picture full size over the page (a link's class, rel or data-* attribute name:
# <a href="full.jpg" data-lightbox="set">, rel="lightbox", class="fancybox"): the link opens the same picture.
LIGHTBOX_WORDS: tuple[str, ...] = (
    "lightbox", "fancybox", "glightbox", "photoswipe", "magnific", "colorbox", "prettyphoto", "featherlight",
)

# The word "caption" written as a label before the caption's text ("Caption: The bridge …", "Bildunterschrift: Die
# Brücke …"), a screen reader's label left visible: in the languages of the tables, lower case, before a colon.
# What a video player shows in place of the video where it cannot play (BBC's placeholder caption): a notice of
# the player's, never a caption of the picture. Lower case, without the closing stop.
PLAYER_NOTICES: frozenset[str] = frozenset((
    "media playback is unsupported on your device",
    "media playback is not supported on this device",
    "your browser does not support the video tag",
    "your browser does not support html5 video",
    "this video is unavailable",
    "video unavailable",
))

# Chinese labels of an author line ("作者：王小明 李大海") that a layout taking the paragraph after a picture as its
# caption reads as one: the line names the story's writers, never what the picture shows. "记者" and "文字" are left
# out (a photo credit may open with them: "记者：张三 摄").
ZH_AUTHOR_LINE_LABELS: tuple[str, ...] = ("作者", "撰文", "采写")

# Chinese labels that only name the line as the picture's caption ("图片：…", "图片说明：…"), dropped before a colon as
# "Caption:" is; the short "图：" and the labels of lexicon.credits.ZH_PICTURE_LABELS ("资料图：", "图注：") stay.
ZH_CAPTION_LABEL_WORDS: tuple[str, ...] = ("图片说明", "圖片說明", "图片", "圖片")

# Chinese labels that name the line as a note on the picture above ("注：工人们在港口修复防波堤。",
# "图注：…", "说明：…", "图说：…"): no part of the caption, dropped before their colon as ZH_CAPTION_LABEL_WORDS
# are (Session 63). Only a caption's opening is read so: a body paragraph opening with "注：" is no caption line.
ZH_CAPTION_NOTE_LABELS: tuple[str, ...] = ("图注", "圖註", "圖注", "图说", "圖說", "说明", "說明", "注", "註")

# Japanese labels in corner brackets opening a caption ("【写真】補修工事が進む橋＝10日"): they name the line as the
# picture's caption, no caption word, and need no colon (the brackets close them).
JA_CAPTION_LABELS: tuple[str, ...] = ("【写真】", "【画像】", "［写真］", "〔写真〕", "〈写真〉")

CAPTION_LABEL_WORDS: tuple[str, ...] = (
    "caption", "image caption", "photo caption", "bildunterschrift", "bildtext", "légende", "legende", "didascalia",
    "pie de foto", "leyenda", "legenda", "bijschrift", "onderschrift", "bildetekst", "billedtekst", "kuvateksti",
    "popisek",
)

# The labels of a caption's controls (a link or toggle to read more, enlarge or close the picture) in the languages
# of the tables, after the English ones the caption reader knows ("more", "expand", "enlarge"): German, French,
# Spanish, Italian, Portuguese, Dutch, Norwegian/Danish, Swedish, Polish. Whole labels, lower case.
CAPTION_CONTROL_WORDS: tuple[str, ...] = (
    "mehr", "weniger", "mehr anzeigen", "weniger anzeigen", "vergrößern", "bild vergrößern", "vollbild", "schließen",
    "agrandir", "fermer", "voir plus", "voir moins", "plein écran",
    "ampliar", "cerrar", "ver más", "ver menos", "pantalla completa",
    "ingrandisci", "chiudi", "mostra di più", "leggi di più",
    "fechar", "ver mais",
    "vergroten", "vergroot", "sluiten", "meer", "minder", "toon meer",
    "vis mer", "vis mindre", "vis mere", "lukk", "luk", "forstørr", "forstør",
    "visa mer", "visa mindre", "förstora", "stäng",
    "powiększ", "zamknij", "więcej", "pokaż więcej",
)

# The word between a gallery counter's numbers ("2 of 7", "3 von 12", "1 de 5", "4 sur 9", "2 di 6", "5 van 8"),
# in the languages of the tables.
COUNTER_WORDS: tuple[str, ...] = ("of", "von", "de", "sur", "di", "van", "av", "af", "z")

# The words a figure's number follows before its caption ("Fig. 2: …", "Figure 3. …", "Abb. 1: …", "Imagen 2. …",
# "Image 3 of 8: …"), in the languages of the tables, lower case; a full stop closing an abbreviation is written
# with it. The number and a colon, full stop or dash after it are the figure's label, not caption words.
FIGURE_NUMBER_WORDS: tuple[str, ...] = (
    "fig.", "fig", "figure", "image", "photo", "picture", "abb.", "abbildung", "bild", "foto", "imagen", "ilustración",
    "illustration", "afbeelding", "immagine", "figura", "kuva", "obrázek", "rys.", "ryc.",
)

# The Chinese words a figure's number follows ("图2：…", "图片3 …", "圖一：…").
ZH_FIGURE_NUMBER_WORDS: tuple[str, ...] = ("图片", "圖片", "图", "圖")

# Prompts beside a QR code telling the reader to scan it ("长按识别二维码", "扫一扫关注", "Scan the QR code"): a square
# picture next to one is a code to scan, no picture of the story. Imperative forms only: "市民扫码乘车" (residents pay
# by scanning) captions a real photograph.
QR_PROMPTS: tuple[str, ...] = (
    "长按识别", "长按二维码", "长按扫码", "长按关注", "扫一扫", "扫码关注", "扫码下载", "扫码阅读",
    "扫码观看", "扫码收听", "扫码报名", "扫码进群", "扫码了解", "扫码订阅", "识别二维码", "扫描二维码",
    "扫描下方二维码", "扫描上方二维码",
    "長按識別", "掃一掃", "掃碼關注", "掃描二維碼",
    "scan the qr code", "scan this qr code", "scan the code below", "scan the code above",
)

# Class tokens of small, muted type (Bootstrap's "text-muted", "small", the block editor's "has-small-font-size"): a
# paragraph set so right after a picture is the picture's caption, as a paragraph wholly in <small> or an <h6> there is.
MUTED_TYPE_CLASSES: frozenset[str] = frozenset((
    "text-muted", "muted", "small", "text-small", "text-sm", "fs-sm",
    "has-small-font-size", "has-x-small-font-size", "has-tiny-font-size",
))

# Marks pointing up that open a line under a picture ("▲5月12日，工人在码头装卸集装箱。", "↑市民在江边散步。"): the
# line says what the picture above it shows, its caption, as Chinese editors (and WeChat's) write it.
UP_POINTERS: tuple[str, ...] = ("▲", "△", "↑", "⬆")

# Words of the label of a site's list of stories ("Latest News", "Top Stories", "Most Read", "Related", "Editor's
# Picks", "Meistgelesen", "Lo último"), lower case: a line made only of them, written after a caption's line break, is
# page furniture run into the caption, neither the picture's credit nor caption text.
SECTION_LABEL_WORDS: frozenset[str] = frozenset((
    "latest", "top", "most", "more", "related", "trending", "breaking", "popular", "recommended", "featured", "news",
    "stories", "story", "headlines", "read", "viewed", "shared", "picks", "editor's", "editors'", "now", "today",
    "articles", "must", "reads", "aktuell", "neueste", "nachrichten", "meistgelesen", "meistgelesene", "artikel",
    "dernières", "actualités", "lo", "último", "últimas", "noticias", "notícias", "più", "letti", "ultime", "notizie",
    "mais", "lidas",
))

# The numerals of a Chinese section heading's number ("一、加快推进道路建设", "（二）完善路网"): a line opening with one
# and its mark numbers a section of the story, no caption, though it stands centred under a picture.
ZH_SECTION_NUMERALS = "一二三四五六七八九十"

# Openings of a note on the article itself, not on a picture ("This article was first published by …", "A version
# of this story appeared in …", "Dieser Beitrag erschien zuerst …", "本文首发于…"), lower case: a line opening so
# under a picture (in italics, centred) is a republication or editor's note, no caption: a caption says what the
# picture shows.
ARTICLE_NOTE_OPENERS: tuple[str, ...] = (
    "this article ", "this story ", "this piece ", "this report ", "this post ", "this interview ", "this column ",
    "a version of this ", "an earlier version of this ", "an edited version of this ", "originally published ",
    "first published ", "republished ", "reprinted ", "dieser artikel ", "dieser beitrag ", "dieser text ",
    "cet article ", "este artículo ", "este artigo ", "questo articolo ", "dit artikel ",
    "本文首发", "本文原载", "本文转载", "本文转自", "本文轉載", "本文首發", "本文原載", "原文刊", "原载于", "原載於",
    "转载自", "轉載自",
)
