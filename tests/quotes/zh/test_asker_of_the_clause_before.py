"""A cue of asking whose clause leaves its subject out goes on with the person of a kind or office opening the clause
before it (李建国回忆，那年冬天村干部来到他家，问他：“…？”: the village cadre asks, not the one recalling), unnamed
(role 村干部); a clause opening with no person leaves the speaker as before (made-up sentences; expected values read
from them)."""

from __future__ import annotations

from cqnews.enrich.quotes import find_quotes
from cqnews.models import Block


def _direct(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    quotes = find_quotes([Block(text=text)], "zh")
    return [
        (q.text, q.speaker.name if q.speaker else None, q.speaker.role if q.speaker else None, q.cue)
        for q in quotes
        if q.kind == "direct"
    ]


def test_the_cadre_who_came_asks_with_a_colon() -> None:
    assert _direct("李建国回忆，那年冬天村干部来到他家，问他：“你愿不愿意入党？”") == [
        ("你愿不愿意入党？", None, "村干部", "问")
    ]


def test_the_secretary_who_knocked_asks() -> None:
    assert _direct("张红梅说，第二天一早，社区书记敲开她家的门，问她：“家里还缺什么？”") == [
        ("家里还缺什么？", None, "社区书记", "问")
    ]


def test_a_named_person_before_still_speaks() -> None:
    assert _direct("李华回忆，王明走进房间，对妻子说：“我回来了。”") == [("我回来了。", "王明", None, "说")]


def test_a_clause_of_weather_names_no_asker() -> None:
    assert _direct("赵大爷说，那天天气突然变冷，他走到门口，问老伴：“下雪了吗？”")[0][1] == "赵大爷"
