"""A Member of the Scottish Parliament's title, "MSP", before a name is a title as "MP" and "MEP" are: the role,
not part of the name (English).

Found by probing made-up politics sentences: "said SNP MSP Tom Hart" gave the name "SNP MSP Tom Hart". Made-up
sentences only.
"""

from __future__ import annotations

from tests.quote_helpers import said


def test_a_party_and_msp_after_the_cue() -> None:
    assert said("“We will fight on,” said SNP MSP Tom Hart.", "en") == [("Tom Hart", "SNP MSP")]


def test_a_party_and_msp_before_the_cue() -> None:
    assert said("“The bill is flawed,” Labour MSP Ann Lee said.", "en") == [("Ann Lee", "Labour MSP")]
