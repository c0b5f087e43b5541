"""A document set off before the name of the one who signed it ("A statement signed by its spokesman, Dr Ade Musa,
said", the shape of Nigerian and Ghanaian reports): the role is the author's description ("its spokesman"), never
the document with its participle. Made-up sentences only."""

from __future__ import annotations

from tests.quote_helpers import said


def test_the_role_is_the_signatory_s_description() -> None:
    text = "A statement signed by its spokesman, Dr Ade Musa, said the company had complied with all regulations."
    assert said(text, "en") == [("Ade Musa", "its spokesman")]


def test_a_statement_issued_by_a_secretary() -> None:
    text = "A statement issued by the company secretary, Mrs Ngozi Eze, said the meeting had been postponed."
    assert said(text, "en") == [("Ngozi Eze", "the company secretary")]
