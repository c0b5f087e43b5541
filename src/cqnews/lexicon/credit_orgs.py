"""Organisations that credit pictures and sign stories, as they should be written: outlets, agencies and picture
libraries in Latin, Cyrillic, Greek and Arabic letters, Chinese and Japanese ones, Korean ones, and the spellings
that name one of them.

:mod:`cqnews.credit_text.patterns` looks them up case-insensitively (``KNOWN_ORGS``, ``canonical_org``); add an
agency here.
"""

from __future__ import annotations

from .credits import ZH_FILE_PICTURE_LABELS

__all__ = ["KO_ORGS", "ORG_ALIASES", "ORG_NAMES", "ZH_ORGS"]

# Outlets, agencies and picture libraries, as they should be written.
ORG_NAMES: tuple[str, ...] = (
    # Chongqing and mainland Chinese outlets (Latin spelling)
    "iChongqing", "Xinhua", "Xinhua News Agency", "China Daily", "chinadaily.com.cn", "CGTN", "CCTV",
    "China News Service", "CNS", "Chinanews", "People's Daily", "People's Daily Online", "Global Times",
    "Chongqing Daily", "Bridging News", "Sixth Tone", "Caixin", "China.org.cn", "ECNS", "Shine",
    "Shanghai Daily", "VCG", "Visual China Group", "IC", "IC Photo", "Imaginechina", "CFP",
    "Tuchong", "Oriental IC",
    # International agencies and picture libraries
    "Getty Images", "Getty", "AFP", "AP", "AP Images", "Associated Press", "The Associated Press",
    "Reuters", "EPA", "EPA-EFE", "EFE", "ANSA", "dpa", "Kyodo", "Kyodo News", "Yonhap", "TASS", "Sputnik",
    "PA", "PA Wire", "PA Images", "PA Media", "PA Archive", "Press Association", "Bloomberg", "Shutterstock",
    "Alamy", "Alamy Stock Photo", "iStock", "iStockphoto", "Getty Images/iStockphoto", "Unsplash", "Pexels",
    "Pixabay", "Wikimedia Commons", "Wikimedia", "Flickr", "AAP", "AAP Image", "Nine", "Nine News", "SWNS",
    "REX", "Rex Features", "REX/Shutterstock", "NurPhoto", "Anadolu", "Anadolu Agency", "SOPA Images",
    "LightRocket", "Sipa", "Sipa USA", "ZUMA", "ZUMA Press", "ZUMA Wire", "WireImage", "FilmMagic",
    "Pool", "UPI", "Corbis", "Magnum", "Magnum Photos", "Adobe Stock", "stock.adobe.com", "NASA", "BBC",
    "CNN", "Cuartoscuro", "NPA", "GCIS", "Handout", "Supplied", "Supplied Image", "Courtesy", "MSB",
    "Bloomberg via Getty Images", "AFP via Getty Images", "Postmedia", "Postmedia News", "The Canadian Press",
    "Canadian Press", "CP", "News1", "Newsis", "Jiji Press", "Xinhua/Getty Images", "Euronews", "TechRadar",
    "The Independent", "Rest of World", "Strava", "Google", "Apple", "Amazon", "Nemo", "REI", "Rab",
    "Backcountry", "iNews", "Birmingham Live", "Liverpool Echo", "Mirror", "Daily Star", "Metro", "ES",
    # map and satellite pictures, credited to the service or the company that made them ("(Image: Google Maps)",
    # "Satellite image: Maxar Technologies"); two capitalised words that read as a person's name otherwise
    "Google Maps", "Google Earth", "Google Street View", "Apple Maps", "OpenStreetMap", "Maxar", "Maxar Technologies",
    "Planet Labs", "Planet Labs PBC",
    # European news and picture agencies, as captions sign with them ("… in Den Haag. ANP", "(Belga)")
    "ANP", "Belga", "NTB", "NTB Scanpix", "Scanpix", "Ritzau", "Ritzau Scanpix", "Lusa", "Europa Press",
    "PAP", "APA", "Keystone", "Keystone-SDA", "ČTK", "MTI", "STT", "Lehtikuva", "Ukrinform", "UNIAN",
    "RIA Novosti", "Agencia EFE", "Agence France-Presse", "picture alliance", "KNA", "epd",
    "LaPresse", "Imagoeconomica", "Fotogramma", "Adnkronos", "Agenzia Nova", "Agenzia Dire", "TT",
    "Keystone-ATS", "ATS", "SDA", "picturedesk.com", "APA-Images", "APA/picturedesk.com",
    # German, French, Nordic and Polish picture agencies and libraries ("IMAGO/photothek", "Maxppp")
    "Imago", "Imago Images", "photothek", "ullstein bild", "akg-images", "Westend61",
    "Panthermedia", "SVEN SIMON", "Eibner", "dts", "Funke Foto Services", "Maxppp", "Abaca", "Hans Lucas",
    "TT Nyhetsbyrån", "Bildbyrån", "Scanpix", "East News", "Agencja Gazeta",
    "Geisler-Fotopress", "dpa-Zentralbild", "Hollandse Hoogte", "Belga Image", "BSR Agency", "CTK", "Pixsell",
    "HINA", "Tanjug",
    # Indian, Latin American and Brazilian agencies ("… in New Delhi. (PTI)", "Foto: Agência Brasil")
    "PTI", "ANI", "IANS", "Agência Brasil", "Folhapress", "Estadão Conteúdo", "Agência O Globo", "Notimex",
    "Télam", "Agencia Uno", "Aton Chile",
    # Portuguese "handout" (Session 63): the picture given out by the body the caption is about, a giver's note as
    # "Handout" is, also alone after the caption's last stop ("… nesta segunda-feira. Divulgação")
    "Divulgação", "Divulgacao",
    # India's giver note (Session 64): the picture given by the person or body the story is about, as "Handout" is
    # ("… on Monday. Photo: Special Arrangement"): no person's name
    "Special Arrangement",
    # Agencies of South-East Asia, the Baltic states, Central and South-East Europe and Turkey ("… di Jakarta.
    # ANTARA", "(Bernama)", "Foto: TASR", "Ministras Vilniuje. BNS", "Foto: Anadolu Ajansı")
    "ANTARA", "Bernama", "VNA", "TTXVN", "PNA", "TASR", "BNS", "LETA", "ERR", "BTA", "БТА", "AGERPRES",
    "Inquam Photos", "FENA", "ΑΠΕ-ΜΠΕ", "ANA-MPA", "Eurokinissi", "Anadolu Ajansı", "IHA", "DHA",
    # Agencies as Russian and Ukrainian captions write them ("Фото: Иван Петров / РИА Новости")
    "ТАСС", "РИА Новости", "Интерфакс", "Спутник", "ИТАР-ТАСС", "Коммерсантъ", "РБК", "УНИАН", "Укринформ",
    # Agencies as Arabic captions write them, in brackets after the caption ("… البلدية (رويترز)", "(أ ف ب)"):
    # Reuters, AFP, AP, EPA, Anadolu, Getty and the Gulf, Saudi, Palestinian and Syrian state agencies
    "رويترز", "أ ف ب", "أ.ف.ب", "فرانس برس", "أ ب", "أسوشيتد برس", "إ ب أ", "الأناضول", "غيتي", "وام", "واس",
    "وفا", "سانا",
)

# Chinese organisations (matched exactly, also as the start of "新华社记者").
ZH_ORGS: tuple[str, ...] = (
    "新华社", "新华网", "中新社", "中新网", "中国新闻社", "人民日报", "人民网", "人民视觉", "视觉中国", "东方IC",
    "中国日报", "中国日报网", "央视新闻", "央视网", "中央广电总台", "总台", "光明日报", "经济日报", "中国青年报",
    "澎湃新闻", "界面新闻", "新京报", "南方日报", "重庆日报", "重庆晨报", "重庆晚报", "华龙网", "上游新闻",
    "第一眼", "第1眼", "第1眼TV", "重庆广电", "重庆发布", "图虫创意", "图虫", "IC photo", "CFP", "受访者",
    "受访单位", "本报", "本台", "本网", "网络", "新华社发", "中新社发",
    # a file-picture note alone closing a caption ("（资料照片）"): its credit note, as docs/captions.md says
    *ZH_FILE_PICTURE_LABELS,
    # international agencies in Chinese, and Taiwanese and Hong Kong outlets (traditional characters)
    "路透社", "美联社", "法新社", "美聯社", "共同社", "彭博社", "中央社", "聯合報", "聯合新聞網", "自由時報",
    "中國時報", "明報", "星島日報", "東方日報", "香港01", "翻攝", "受訪者", "本報",
    # Japanese agencies and papers ("写真：共同", "＝時事")
    "共同", "共同通信", "共同通信社", "時事", "時事通信", "時事通信社", "朝日新聞", "毎日新聞", "読売新聞",
    "産経新聞", "日本経済新聞", "日経", "東京新聞",
)

# Korean agencies as Korean captions end with them ("… 인사하고 있다. 연합뉴스"): Yonhap, News1, Newsis.
KO_ORGS: tuple[str, ...] = ("연합뉴스", "뉴스1", "뉴시스")

# Spellings that name a table organisation ("新华社发" = released by Xinhua).
ORG_ALIASES: dict[str, str] = {
    "新华社发": "新华社", "中新社发": "中新社", "ap photo": "AP", "the associated press": "The Associated Press",
    "getty images/istockphoto": "Getty Images/iStockphoto", "reuters pictures": "Reuters",
}
