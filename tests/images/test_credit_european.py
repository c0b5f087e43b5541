"""Photo credits as European publishers write them: made-up credits and captions."""

from __future__ import annotations

import pytest

from cqnews.enrich.credits import parse_credit_line, parse_photo_credit, split_photo_credit


@pytest.mark.parametrize(
    ("credit", "people"),
    [
        ("Foto: Anna Roe und Jan Weber", [("Anna Roe", None), ("Jan Weber", None)]),
        ("Fotos: Ana Roe y Juan Doe/EFE", [("Ana Roe", "EFE"), ("Juan Doe", "EFE")]),
        ("Photos : Jean Roe et Marie Doe / AFP", [("Jean Roe", "AFP"), ("Marie Doe", "AFP")]),
        ("Foto: Jan de Vries en Femke van Dam", [("Jan de Vries", None), ("Femke van Dam", None)]),
    ],
)
def test_photographers_joined_by_the_word_for_and_of_any_language_are_two_people(
    credit: str, people: list[tuple[str, str | None]]
) -> None:
    assert [(c.name, c.organization) for c in parse_photo_credit(credit)] == people
    # a name that holds the word but is no two people's names stays one credit ("Vida" is no name); the archive word
    # before it names the keeper's archive, the keeper the credit
    assert [c.name or c.organization for c in parse_photo_credit("Foto: Archivo Ciencia y Vida")] == [
        "Ciencia y Vida"
    ]



@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("Tekst: Anna de Vries, foto: Jan Jansen", [("Anna de Vries", "author"), ("Jan Jansen", "photographer")]),
        ("Texte : Jean Dupont ; photos : Marie Roe", [("Jean Dupont", "author"), ("Marie Roe", "photographer")]),
        ("Texto: Ana Roe; fotografía: Juan Doe", [("Ana Roe", "author"), ("Juan Doe", "photographer")]),
    ],
)
def test_a_lower_case_label_after_a_comma_or_semicolon_opens_the_next_credit(
    line: str, credits: list[tuple[str, str]]
) -> None:
    assert [(c.name, c.role.value) for c in parse_credit_line(line)] == credits
    assert [c.organization for c in parse_credit_line(line)] == [None, None]


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("Fot. Jan Kowalski", [("Jan Kowalski", "photographer")]),
        ("Foto di Marco Rossi", [("Marco Rossi", "photographer")]),
        ("Von Anna Roe, Fotos von Jan Weber", [("Anna Roe", "author"), ("Jan Weber", "photographer")]),
        ("Tekst: Jan Kowalski, fot. Anna Nowak", [("Jan Kowalski", "author"), ("Anna Nowak", "photographer")]),
        ("Tekst: Jan Kowalski Fot. Anna Nowak", [("Jan Kowalski", "author"), ("Anna Nowak", "photographer")]),
        ("Por Ana Roe. Fotos de Juan Doe", [("Ana Roe", "author"), ("Juan Doe", "photographer")]),
    ],
)
def test_a_photo_word_and_a_by_word_or_a_photo_abbreviation_credit_the_photographer_in_a_byline(
    line: str, credits: list[tuple[str, str]]
) -> None:
    assert [(c.name, c.role.value) for c in parse_credit_line(line)] == credits
    # a photo word before something that is no name credits nobody
    assert parse_credit_line("Foto de la reunión") == []


@pytest.mark.parametrize(
    ("caption", "bare", "org"),
    [
        ("Presiden Joko Widodo di Jakarta. ANTARA", "Presiden Joko Widodo di Jakarta.", "ANTARA"),
        ("Ministras Vilniuje. BNS", "Ministras Vilniuje.", "BNS"),
        ("Peaminister Tallinnas. ERR", "Peaminister Tallinnas.", "ERR"),
        ("Başbakan Ankara'da. Foto: Anadolu Ajansı", "Başbakan Ankara'da.", "Anadolu Ajansı"),
    ],
)
def test_news_agencies_of_more_countries_are_organisations(caption: str, bare: str, org: str) -> None:
    text, found = split_photo_credit(caption)
    assert text == bare
    assert [(c.name, c.organization) for c in found] == [(None, org)]


@pytest.mark.parametrize(
    ("caption", "bare", "credit"),
    [
        ("प्रधानमंत्री दिल्ली में। फोटो: PTI", "प्रधानमंत्री दिल्ली में।", (None, "PTI")),
        ("นายกรัฐมนตรีที่กรุงเทพฯ ภาพ: Reuters", "นายกรัฐมนตรีที่กรุงเทพฯ", (None, "Reuters")),
        ("ראש הממשלה בירושלים. צילום: Reuters", "ראש הממשלה בירושלים.", (None, "Reuters")),
        ("Премиерът в София. Снимка: БТА", "Премиерът в София.", (None, "БТА")),
        ("Ministras Vilniuje. Nuotr.: Jonas Petraitis", "Ministras Vilniuje.", ("Jonas Petraitis", None)),
    ],
)
def test_photo_labels_of_more_languages_and_scripts_end_a_caption_as_its_credit(
    caption: str, bare: str, credit: tuple[str | None, str | None]
) -> None:
    text, found = split_photo_credit(caption)
    assert text == bare
    assert [(c.name, c.organization) for c in found] == [credit]


@pytest.mark.parametrize(
    ("caption", "bare", "credit"),
    [
        (
            "Presiden Joko Widodo di Jakarta. ANTARA FOTO/Hafidz Mubarak A",
            "Presiden Joko Widodo di Jakarta.",
            ("Hafidz Mubarak A", "ANTARA"),
        ),
        ("Il premier a Roma. ANSA Foto/Marco Rossi", "Il premier a Roma.", ("Marco Rossi", "ANSA")),
    ],
)
def test_an_agency_before_the_photo_word_of_another_language_is_the_credit_s_agency(
    caption: str, bare: str, credit: tuple[str, str]
) -> None:
    text, found = split_photo_credit(caption)
    assert text == bare
    assert [(c.name, c.organization) for c in found] == [credit]


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        (
            "Autoren: Anna Schmidt, Jan Weber; Mitarbeit: Eva Roe",
            [("Anna Schmidt", "author"), ("Jan Weber", "author"), ("Eva Roe", "contributor")],
        ),
        ("Mitarbeit: Eva Roe und Jan Weber", [("Eva Roe", "contributor"), ("Jan Weber", "contributor")]),
        ("Recherche: Anna Schmidt; Text: Jan Weber", [("Anna Schmidt", "contributor"), ("Jan Weber", "author")]),
        ("Übersetzung: Eva Roe", [("Eva Roe", "translator")]),
        ("Traduction : Marie Roe", [("Marie Roe", "translator")]),
        ("Traducción: Ana Roe", [("Ana Roe", "translator")]),
        ("Redactie: Jan Jansen", [("Jan Jansen", "editor")]),
        ("Text: Anna Schmidt, Redaktion: Eva Roe", [("Anna Schmidt", "author"), ("Eva Roe", "editor")]),
        ("Video: Jan Weber", [("Jan Weber", "contributor")]),
        ("Illustration: Eva Roe", [("Eva Roe", "contributor")]),
        ("Napisali: Jan Kowalski i Anna Nowak", [("Jan Kowalski", "author"), ("Anna Nowak", "author")]),
    ],
)
def test_role_labels_of_other_languages_give_their_roles(line: str, credits: list[tuple[str, str]]) -> None:
    assert [(c.name, c.role.value) for c in parse_credit_line(line)] == credits


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Autor:innen: Anna Schmidt, Jan Weber", ["Anna Schmidt", "Jan Weber"]),
        ("Autor*innen: Anna Schmidt und Jan Weber", ["Anna Schmidt", "Jan Weber"]),
        ("AutorInnen: Anna Schmidt", ["Anna Schmidt"]),
        ("Autorinnen: Anna Schmidt und Eva Roe", ["Anna Schmidt", "Eva Roe"]),
        ("Von Anna Schmidt sowie Jan Weber", ["Anna Schmidt", "Jan Weber"]),
    ],
)
def test_german_gender_inclusive_author_labels_and_sowie_name_every_writer(line: str, names: list[str]) -> None:
    assert [(c.name, c.role.value) for c in parse_credit_line(line)] == [(n, "author") for n in names]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Oleh Budi Santoso", ["Budi Santoso"]),
        ("Pewarta: Budi Santoso", ["Budi Santoso"]),
        ("Tác giả: Nguyễn Văn An", ["Nguyễn Văn An"]),
        ("Napsal: Jan Novák", ["Jan Novák"]),
        ("Una columna de Ana López", ["Ana López"]),
        ("Une tribune de Jean Dupont", ["Jean Dupont"]),
        ("Een column van Jan Jansen", ["Jan Jansen"]),
        ("Aufgezeichnet von Anna Schmidt", ["Anna Schmidt"]),
        ("Das Interview führte Anna Schmidt", ["Anna Schmidt"]),
        ("Van onze verslaggever Jan Jansen", ["Jan Jansen"]),
        ("Dal nostro inviato Marco Rossi", ["Marco Rossi"]),
    ],
)
def test_written_by_phrases_labels_and_job_words_of_more_languages(line: str, names: list[str]) -> None:
    assert [(c.name, c.role.value) for c in parse_credit_line(line)] == [(n, "author") for n in names]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Door Jan-Willem van ’t Hof", ["Jan-Willem van ’t Hof"]),
        ("Von Karl-Theodor zu Guttenberg", ["Karl-Theodor zu Guttenberg"]),
        ("Von Anna vom Stein und Jan zur Mühlen", ["Anna vom Stein", "Jan zur Mühlen"]),
        ("Par Anne d’Ormesson et Marie Roe", ["Anne d’Ormesson", "Marie Roe"]),
        ("Door Ahmed ben Ali", ["Ahmed ben Ali"]),
    ],
)
def test_name_particles_of_more_languages_stay_in_the_name(line: str, names: list[str]) -> None:
    assert [c.name for c in parse_credit_line(line)] == names


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Par Jean Dupont (avec AFP)", ("Jean Dupont", "AFP")),
        ("Von Anna Schmidt (mit dpa)", ("Anna Schmidt", "dpa")),
        ("Por Ana Roe (con EFE)", ("Ana Roe", "EFE")),
    ],
)
def test_an_agency_the_writer_shares_the_story_with_in_brackets_is_the_writer_s_agency(
    line: str, credit: tuple[str, str]
) -> None:
    assert [(c.name, c.organization) for c in parse_credit_line(line)] == [credit]


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("文・田中一郎 写真・佐藤花子", [("田中一郎", "author"), ("佐藤花子", "photographer")]),
        ("文／田中一郎", [("田中一郎", "author")]),
        ("取材・文 田中一郎", [("田中一郎", "author")]),
        ("記者 王小明", [("王小明", "author")]),
        ("編輯：王小明", [("王小明", "editor")]),
        ("文：王小明 圖：李華", [("王小明", "author"), ("李華", "photographer")]),
    ],
)
def test_japanese_and_traditional_chinese_labels_and_the_middle_dot_after_a_label(
    line: str, credits: list[tuple[str, str]]
) -> None:
    assert [(c.name, c.role.value) for c in parse_credit_line(line)] == credits
