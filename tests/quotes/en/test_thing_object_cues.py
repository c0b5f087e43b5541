"""A cue whose plain object is a thing refused or put online ("denied any wrongdoing", "tweeted an invitation",
"posted a photo") reports a bare clause only when a subject and its finite verb open it, and "deny" a gerund
with its object; the noun phrase alone is no report. Made-up sentences."""

from __future__ import annotations

from tests.quote_helpers import reported


def test_tweeted_thanks_is_no_report() -> None:
    assert reported("The ruling party tweeted its thanks to voters in the Kisumu by-election on Sunday.") == []


def test_denied_an_object_and_a_thing_is_no_report() -> None:
    assert reported("The magistrate denied the suspect bail.") == []


def test_posted_a_statement_is_no_report() -> None:
    assert reported("Gor Mahia posted a statement on its website on Monday.") == []


def test_denied_the_allegations_is_no_report() -> None:
    assert reported("The councillor denies the allegations.") == []


def test_denied_a_noun_in_ing_is_no_report() -> None:
    assert reported("The firm denied wrongdoing in the tender process.") == []


def test_tweeted_an_invitation_is_no_report() -> None:
    text = "The senator tweeted an invitation on Sunday to join her at a protest outside Leinster House."
    assert reported(text) == []


def test_claimed_a_clause_is_reported() -> None:
    text = "The TD claimed the Garda report had been leaked to the press."
    assert reported(text) == ["the Garda report had been leaked to the press"]


def test_claimed_a_clause_with_an_irregular_past_is_reported() -> None:
    text = "She claimed the label thought the concert would amount to a new recording."
    assert reported(text) == ["the label thought the concert would amount to a new recording"]


def test_denied_a_gerund_is_reported() -> None:
    assert reported("The minister denied being aware of the contract.") == ["being aware of the contract"]


def test_denied_a_pronoun_clause_is_reported() -> None:
    assert reported("The governor denied he had ordered the demolition.") == ["he had ordered the demolition"]


def test_tweeted_a_clause_is_reported() -> None:
    assert reported("The minister tweeted the decision was a disgrace.") == ["the decision was a disgrace"]


def test_denied_that_is_reported() -> None:
    assert reported("Police denied that officers had used excessive force.") == ["officers had used excessive force"]


def test_claims_a_clause_with_a_long_subject_is_reported() -> None:
    text = "The retailer claims its new prices and loyalty deals have saved shoppers millions since the merger."
    assert reported(text) == ["its new prices and loyalty deals have saved shoppers millions since the merger"]


def test_claimed_a_bare_noun_subject_is_reported() -> None:
    assert reported("The candidate falsely claimed fraud was rife in three counties.") == [
        "fraud was rife in three counties"
    ]


def test_claimed_after_an_adverbial_is_reported() -> None:
    text = "The union claimed in a statement the board had ignored the safety audit."
    assert reported(text) == ["the board had ignored the safety audit"]


def test_posted_a_video_filmed_by_fans_is_no_report() -> None:
    assert reported("The club posted a video filmed by supporters in a hotel in Perth.") == []


def test_posted_a_photo_is_no_report() -> None:
    assert reported("In March, the striker posted a photo of the squad with the caption Back to work.") == []


def test_denied_a_noun_then_its_own_verb_is_no_report() -> None:
    assert reported("The senator has denied any wrongdoing and has blasted the inquiry as a witch hunt.") == []


def test_claims_a_present_verb_is_reported() -> None:
    assert reported("The maker claims the drug works within an hour.") == ["the drug works within an hour"]


def test_denies_a_pronoun_and_present_verb_is_reported() -> None:
    assert reported("The company denies it breaks the rules on labelling.") == ["it breaks the rules on labelling"]


def test_denied_ever_and_a_gerund_is_reported() -> None:
    assert reported("The former minister denied ever meeting the contractor.") == ["ever meeting the contractor"]


def test_tweeted_a_long_subject_is_reported() -> None:
    text = "The senator tweeted the union's refusal to back the deal in the end is a betrayal of its members."
    assert reported(text) == ["the union's refusal to back the deal in the end is a betrayal of its members"]


def test_denied_the_charges_then_a_time_clause_is_no_report() -> None:
    assert reported("The firm denied the charges as protesters gathered outside the court in Eldoret.") == []


def test_tweeted_a_question_word_is_reported() -> None:
    text = "The actor tweeted why nobody should be surprised by the verdict."
    assert reported(text) == ["why nobody should be surprised by the verdict"]


def test_claim_a_name_with_an_apposition_is_reported() -> None:
    text = "Critics claim Mr Ochieng, the party's treasurer, knew about the payments."
    assert reported(text) == ["Mr Ochieng, the party's treasurer, knew about the payments"]


def test_claimed_a_subject_with_a_relative_aside_is_reported() -> None:
    text = "The opposition claims the electoral board, which the president appoints, rigged the count in Nyeri."
    assert reported(text) == ["the electoral board, which the president appoints, rigged the count in Nyeri"]


def test_claimed_a_bare_plural_and_a_present_verb_is_reported() -> None:
    assert reported("The minister claims teachers earn more than nurses in the county.") == [
        "teachers earn more than nurses in the county"
    ]


def test_denied_a_bare_plural_then_a_preposition_is_no_report() -> None:
    assert reported("The landlord denied reports of damage to the flats in Kibera.") == []


def test_denied_a_bare_plural_with_a_relative_aside_is_reported() -> None:
    text = "The firm denies officials, who visited the site in May, ignored the leak."
    assert reported(text) == ["officials, who visited the site in May, ignored the leak"]
