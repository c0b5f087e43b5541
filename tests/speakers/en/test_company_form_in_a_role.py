"""An abbreviated company form ("Co., Ltd.", "Inc.") inside the role after a name is no sentence end
(English).

Found by probing made-up sentences of the shape of Chinese outlets' English pages: "said Liu Yang, general
manager of Chongqing Lihua Trading Co., Ltd." gave the role "general manager of Chongqing Lihua Trading Co",
cut inside the company's name at the full stop of "Co.". Made-up sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_co_ltd_closes_the_role() -> None:
    assert said("“Our exports doubled,” said Liu Yang, general manager of Chongqing Lihua Trading Co., Ltd.", "en") == [
        ("Liu Yang", "general manager of Chongqing Lihua Trading Co., Ltd.")
    ]


def test_inc_before_a_comma_keeps_its_stop() -> None:
    assert said("“Orders are up,” said Mary Olsen, head of Acme Inc., at the fair.", "en") == [
        ("Mary Olsen", "head of Acme Inc.")
    ]


def test_a_role_without_a_company_form_still_ends_at_the_sentence() -> None:
    assert said("“Orders are up,” said Mary Olsen, head of sales. The fair closes today.", "en") == [
        ("Mary Olsen", "head of sales")
    ]
