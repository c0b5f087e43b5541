"""A noun of someone right before the verb of a frame (涉事企业工作人员接受记者采访时称): the subject of the frame, who
speaks, though the clause opens with a verb (涉事/v); a frame with no subject (接受记者采访时表示) stays without one.

Every sentence is made up; each expected mention is read off the sentences.
"""

from __future__ import annotations

from tests.quote_helpers import mentions


def test_staff_of_the_firm_involved_answer_an_interview() -> None:
    assert mentions("涉事企业工作人员接受记者电话采访时称，公司正在配合调查。") == ["涉事企业工作人员"]
    assert mentions("涉事医院工作人员回应记者询问时表示，医院已成立调查组。") == ["涉事医院工作人员"]


def test_a_frame_without_subject_names_no_one() -> None:
    assert mentions("接受记者采访时表示，公司将继续加大投资。") == [None]
