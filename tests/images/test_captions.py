"""Captions: build_images, is_caption_line, split_caption_blocks (cqnews.enrich.captions)."""

from __future__ import annotations

from cqnews.draft import ImageDraft
from cqnews.enrich.captions import (
    attach_captions,
    build_images,
    drop_caption_echoes,
    is_caption_line,
    split_caption_blocks,
)
from cqnews.models import Block, BlockKind, CreditRole

# The five caption paragraphs of the iChongqing seed (examples/ichongqing-liangjiang.txt), without credit.
SEED_CAPTIONS = [
    "The opening ceremony of the Liangjiang Film and Television Industry Summit Forum.",
    "A speaker introduces the coming film and television projects that are based in Liangjiang New Area.",
    "More than 100 industry leaders, experts, and scholars were invited to the forum.",
    "Tencent Penguin Pictures and relevant companies sign a strategic partnership agreement.",
    "Guests sign their names on the reception billboard outside the venue.",
]


def seed_blocks(text: str) -> list[Block]:
    return [Block(text=" ".join(p.split())) for p in text.split("\n\n") if p.strip()]


# --- is_caption_line -------------------------------------------------------------------------


def test_caption_lines() -> None:
    assert is_caption_line("The opening ceremony of the forum. (iChongqing/Truman PENG)")
    assert is_caption_line("Workers at the port in Chongqing. (Photo/Xinhua)")
    assert is_caption_line("重庆夜景。（新华社记者 张三 摄）")
    assert is_caption_line("图为重庆夜景。新华社记者 张三 摄")
    assert is_caption_line("(Photo/Xinhua)")


def test_ordinary_paragraphs_are_not_captions() -> None:
    # a credit quoted mid-text
    assert not is_caption_line("The agency, which signs its pictures (Photo/Xinhua), said it would continue.")
    # a bare source at the end is a wire credit, not a picture credit
    assert not is_caption_line("The talks will resume next week, officials said. (Xinhua)")
    # a long paragraph ending with a credit is not a caption
    long = " ".join(["The forum discussed the film industry at length and heard many speakers."] * 4)
    assert not is_caption_line(long + " (iChongqing/Truman PENG)")
    assert not is_caption_line("“Chongqing is a treasure land,” said Zhang Hongbin, deputy director.")
    assert not is_caption_line("")


# --- the seed --------------------------------------------------------------------------------


def test_seed_caption_paragraphs(seed_text: str) -> None:
    blocks = seed_blocks(seed_text)
    body, drafts = split_caption_blocks(blocks, [])
    images = build_images(drafts)
    assert [im.caption for im in images] == SEED_CAPTIONS
    for image in images:
        assert image.src is None
        assert [(c.role, c.name, c.organization) for c in image.credits] == [
            (CreditRole.PHOTOGRAPHER, "Truman Peng", "iChongqing")
        ]
        assert image.credits[0].raw == "(iChongqing/Truman PENG)"
    assert len(body) == len(blocks) - 5
    assert not any("Truman PENG" in block.text for block in body)
    # each image sits before the body block that followed its caption paragraph
    expected_next = [
        blocks[i + 1].text for i, block in enumerate(blocks) if block.text.endswith("(iChongqing/Truman PENG)")
    ]
    assert [body[image.position].text for image in images] == expected_next
    assert body[images[0].position].text.startswith("“Chongqing is a treasure land")


def test_seed_no_other_block_is_a_caption(seed_text: str) -> None:
    flagged = [b.text for b in seed_blocks(seed_text) if is_caption_line(b.text)]
    assert len(flagged) == 5
    assert all(text.endswith("(iChongqing/Truman PENG)") for text in flagged)


# --- split_caption_blocks --------------------------------------------------------------------


def test_caption_attaches_to_image_without_caption() -> None:
    blocks = [
        Block(text="First paragraph of the story."),
        Block(text="A view of the venue. (Photo/Xinhua)"),
        Block(text="Second paragraph of the story."),
    ]
    image = ImageDraft(src="https://example.com/a.jpg", position=1)
    body, drafts = split_caption_blocks(blocks, [image])
    assert [b.text for b in body] == ["First paragraph of the story.", "Second paragraph of the story."]
    assert len(drafts) == 1
    assert drafts[0].src == "https://example.com/a.jpg"
    assert drafts[0].caption == "A view of the venue. (Photo/Xinhua)"
    assert drafts[0].position == 1
    assert image.caption is None  # inputs are not modified


def test_caption_without_image_becomes_new_draft() -> None:
    blocks = [
        Block(text="First paragraph."),
        Block(text="Second paragraph."),
        Block(text="A view of the venue. (Photo/Xinhua)"),
        Block(text="Third paragraph."),
    ]
    image = ImageDraft(src="https://example.com/a.jpg", caption="Already captioned", position=1)
    body, drafts = split_caption_blocks(blocks, [image])
    assert [b.text for b in body] == ["First paragraph.", "Second paragraph.", "Third paragraph."]
    assert [(d.src, d.caption, d.position) for d in drafts] == [
        ("https://example.com/a.jpg", "Already captioned", 1),
        (None, "A view of the venue. (Photo/Xinhua)", 2),
    ]


def test_headings_and_plain_blocks_stay() -> None:
    blocks = [Block(kind=BlockKind.HEADING, text="Pictures (Photo/Xinhua)"), Block(text="Plain text.")]
    body, drafts = split_caption_blocks(blocks, [])
    assert body == blocks
    assert drafts == []


def test_positions_are_remapped() -> None:
    blocks = [
        Block(text="One."),
        Block(text="A caption line. (Photo/Xinhua)"),
        Block(text="Two."),
        Block(text="Three."),
    ]
    later = ImageDraft(src="https://example.com/b.jpg", caption="Own caption", position=3)
    body, drafts = split_caption_blocks(blocks, [later])
    assert [b.text for b in body] == ["One.", "Two.", "Three."]
    assert [(d.src, d.position) for d in drafts] == [(None, 1), ("https://example.com/b.jpg", 2)]


# --- build_images ----------------------------------------------------------------------------


def test_build_images_splits_and_dedupes() -> None:
    drafts = [
        ImageDraft(src="https://example.com/a.jpg", alt="A", caption="Fans at the game (Picture: Getty)", position=0),
        ImageDraft(src="https://example.com/a.jpg", caption="Duplicate", position=4),
        ImageDraft(src="https://example.com/b.jpg", caption="Rebecca at the World Cup", credit="Credit: PA", position=2),
        ImageDraft(src=None, caption="The venue. (Photo/Xinhua)", position=3),
        ImageDraft(src=None, caption="The venue. (Photo/Xinhua)", position=5),
    ]
    images = build_images(drafts)
    assert [(im.src, im.caption, im.position) for im in images] == [
        ("https://example.com/a.jpg", "Fans at the game", 0),
        ("https://example.com/b.jpg", "Rebecca at the World Cup", 2),
        (None, "The venue.", 3),
        (None, "The venue.", 5),
    ]
    assert images[0].alt == "A"
    assert [(c.name, c.organization) for c in images[0].credits] == [(None, "Getty")]
    assert [(c.name, c.organization, c.raw) for c in images[1].credits] == [(None, "PA", "Credit: PA")]


def test_build_images_credit_repeated_in_caption() -> None:
    draft = ImageDraft(src="x.jpg", caption="Chelsea beat Tottenham. Getty Images", credit="Getty Images")
    (image,) = build_images([draft])
    assert image.caption == "Chelsea beat Tottenham."
    assert [(c.name, c.organization) for c in image.credits] == [(None, "Getty Images")]


def test_build_images_same_photographer_twice_is_one_credit() -> None:
    # The credit element and the caption's own credit name the same photographer.
    draft = ImageDraft(
        src="x.jpg",
        caption="The Islanders won 5-4. (AP Photo/Gene J. Puskar)",
        credit="Photo: Gene J. Puskar",
    )
    (image,) = build_images([draft])
    assert image.caption == "The Islanders won 5-4."
    assert [(c.name, c.organization, c.raw) for c in image.credits] == [
        ("Gene J. Puskar", "AP", "Photo: Gene J. Puskar")
    ]


def test_build_images_credit_only() -> None:
    (image,) = build_images([ImageDraft(src="x.jpg", caption="(Image: Getty)")])
    assert image.caption is None
    assert [(c.name, c.organization) for c in image.credits] == [(None, "Getty")]


# --- caption echoes in the body --------------------------------------------------------------


def test_drop_caption_echoes_and_attach_captions() -> None:
    blocks = [
        Block(text="First paragraph of the story."),
        Block(text="Fans at the final (Picture: Getty)"),
        Block(text="Second paragraph of the story."),
        Block(text="Workers at the port. (Photo/Xinhua)"),
        Block(text="Third paragraph."),
    ]
    drafts = [ImageDraft(src="https://example.com/a.jpg", caption="Fans at the final (Picture: Getty)", position=1)]
    body, images = attach_captions(blocks, drafts)
    assert [b.text for b in body] == [
        "First paragraph of the story.",
        "Second paragraph of the story.",
        "Third paragraph.",
    ]
    assert [(im.src, im.caption, im.position) for im in images] == [
        ("https://example.com/a.jpg", "Fans at the final", 1),
        (None, "Workers at the port.", 2),
    ]
    assert [(c.name, c.organization) for c in images[1].credits] == [(None, "Xinhua")]


def test_drop_caption_echoes_matches_caption_without_credit() -> None:
    blocks = [Block(text="Text."), Block(text="Fans at the final"), Block(text="More text.")]
    drafts = [ImageDraft(src="a.jpg", caption="Fans at the final", credit="Getty Images", position=1)]
    body, out = drop_caption_echoes(blocks, drafts)
    assert [b.text for b in body] == ["Text.", "More text."]
    assert out[0].position == 1
    # a paragraph that merely contains the caption stays
    blocks = [Block(text="Fans at the final were loud, the police said on Sunday.")]
    assert drop_caption_echoes(blocks, drafts)[0] == blocks


# --- a credit is not a caption (issue 12) ------------------------------------------------------


def test_agency_name_alone_is_a_credit_not_a_caption() -> None:
    for text in ("Getty Images", "BBC", "(Reuters)"):
        (image,) = build_images([ImageDraft(src="https://x.example/a.jpg", caption=text)])
        assert image.caption is None
        assert [c.organization for c in image.credits] == [text.strip("()")]


def test_caption_and_credit_the_other_way_round_are_swapped() -> None:
    draft = ImageDraft(
        src="https://x.example/a.jpg", caption="The Yomiuri Shimbun", credit="The leaders of the two countries meet."
    )
    (image,) = build_images([draft])
    assert image.caption == "The leaders of the two countries meet."
    assert [c.raw for c in image.credits] == ["The Yomiuri Shimbun"]


def test_short_caption_with_a_credit_is_not_swapped() -> None:
    draft = ImageDraft(src="https://x.example/a.jpg", caption="Friedrich Merz", credit="Reuters/Nadja Wohlleben")
    (image,) = build_images([draft])
    assert image.caption == "Friedrich Merz"
    assert [(c.name, c.organization) for c in image.credits] == [("Nadja Wohlleben", "Reuters")]
