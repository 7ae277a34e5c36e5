"""Foreign ministers of the smaller AU members (ministers_foreign.tsv): the office held on the article's date codes
the name (coverage of the office since 2000 is gated in test_people_coverage.py). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from conftest import find


@pytest.mark.parametrize(
    "text, published, event, actor, recipient",
    [
        # a foreign minister named in full, in office that day: his government
        ("Mamadou Tangara condemned the attack on Senegalese soldiers.", "2021-03-10", "ACCUSE", "GMB", "SEN"),
        ("Mohlabi Tsekoa criticised Zimbabwe over the election.", "2009-05-10", "ACCUSE", "LSO", "ZWE"),
        # the bare surname alone, when no one else in the data bears it at that time
        ("Tolentino visited Lisbon and met Portuguese officials.", "2015-03-10", "CONSULT", "CPV", "PRT"),
    ],
)
def test_foreign_minister_codes_his_government(code, text, published, event, actor, recipient):
    hit = find(code(text, published=published), event, actor={actor}, recipient={recipient})
    assert hit is not None
    assert {a["sector"] for a in hit["actor"] if a["code"] == actor} == {"GOV"}
