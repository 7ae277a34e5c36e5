"""Coder round 13: error classes found on a seventh fresh set and the older ones, each on sentences written for these
tests (not from any gold set and not from the fresh or own development sets)."""

from __future__ import annotations

import pytest

from conftest import expect_event

CASES = [
    # a weapon or craft named by a nation acts for it, also in the singular
    ("A Russian cruise missile slammed into a shopping centre in Kremenchuk on Monday.", "ASSAULT", {"RUS"}, set()),
    ("An Iranian drone struck an oil tanker off the coast of Oman, the U.S. military said.", "ASSAULT", {"IRN"}, set()),
    ("A Ukrainian naval drone hit a Russian landing ship in the Black Sea on Tuesday.", "ASSAULT", {"UKR"}, set()),
    # a relative of a named person stands for that person's side
    ("Kim Jong Un's sister accused Seoul of flying propaganda leaflets across the border.", "ACCUSE", {"PRK"}, {"KOR"}),
    ("Saddam Hussein's son threatened to attack American troops in the Gulf in 1998.", "THREATEN", {"IRQ"}, set()),
    # a fund, bank or authority owned by a named state is that state's body
    ("Kuwait's development fund lent $100 million to Jordan for a desalination plant.", "AID", {"KWT"}, {"JOR"}),
    ("The UAE's development fund granted a $1 billion loan to Pakistan in January.", "AID", {"ARE"}, {"PAK"}),
    # members of a people keep their country's code abroad
    ("Uyghur exiles in Istanbul demonstrated against Beijing's policies in Xinjiang on Sunday.", "PROTEST", {"CHN"}, set()),
    ("Rohingya refugees in Bangladesh rallied on Sunday to demand a safe return to Myanmar.", "PROTEST", {"MMR"}, set()),
    # a suspect is named by "suspected", "alleged" or "wanted"; handing one over is judicial cooperation
    ("Kenya handed over a suspected recruiter for al Shabaab to Uganda.", "COOPERATE", {"KEN"}, {"UGA"}),
    ("Ecuador handed over two alleged gang leaders to Colombian prosecutors.", "COOPERATE", {"ECU"}, {"COL"}),
    ("Peru handed over a man wanted for murder to Chilean police at the border.", "COOPERATE", {"PER"}, {"CHL"}),
    # counts filed or pressed are charges; lending halted is aid held back; ships blocked are blockaded
    ("Kenyan prosecutors filed ten counts of fraud against a former finance minister.", "ACCUSE", {"KEN"}, set()),
    ("The Asian Development Bank froze new lending to Myanmar after the coup.", "SANCTION", {"IGO"}, {"MMR"}),
    ("Turkish warships blocked a Greek research vessel from entering disputed waters.", "COERCE", {"TUR"}, {"GRC"}),
    # idioms: units placed on a war footing, a country placed under martial law, holding out against a measure, the
    # prospect of force raised (a threat, as force hinted at)
    ("Azerbaijan placed its air defence units on a war footing after the drone incident.", "MOBILIZE", {"AZE"}, set()),
    ("Thailand's army chief placed Bangkok under martial law in May 2014.", "COERCE", {"THA"}, set()),
    ("Slovakia held out against a European plan to share out asylum seekers for months.", "REJECT", {"SVK"}, set()),
    ("Turkey's president raised the prospect of sending troops into northern Iraq to hunt Kurdish militants.",
     "THREATEN", {"TUR"}, set()),
    # a finite verb the parser took for an adjective in a sentence rooted in a noun
    ("Dock workers at Tanzania's Dar es Salaam port downed tools over unpaid wages.", "PROTEST", {"TZA"}, set()),
    ("North Korea test-fired two short-range ballistic missiles off its east coast on Friday.", "MOBILIZE", {"PRK"},
     set()),
    # a place set off after a site ("a camp at X, inside Y") is the place of the act
    ("Iranian drones struck a Kurdish camp at Koya, inside Iraq, on Wednesday.", "ASSAULT", {"IRN"}, {"IRQ"}),
    # stopping arms supplies is military aid cut
    ("Germany stopped supplying weapons to Saudi Arabia after the killing of a journalist in Istanbul.", "SANCTION",
     {"DEU"}, {"SAU"}),
    # messages of solidarity or condolence delivered (as sent or conveyed)
    ("The Pope delivered a message of solidarity with the people of Ukraine on Sunday.", "SUPPORT", {"VAT"}, set()),
    ("Kenya's president delivered a message of condolence to the Ethiopian people after the crash.", "SUPPORT",
     {"KEN"}, set()),
    # a protest (the object of a light verb) held at a nation's mission is aimed at that nation, also the protesters' own
    ("Tibetan exiles in Kathmandu staged a protest outside the Chinese embassy on Sunday.", "PROTEST", {"CHN"}, {"CHN"}),
    ("Syrian refugees in Berlin held a protest outside the Russian embassy on Saturday.", "PROTEST", {"SYR"}, {"RUS"}),
    # a vow to crush an attempt or bid (secession) is a threat of repression
    ("Beijing said its army would crush any attempt at Taiwan independence.", "THREATEN", {"CHN"}, {"TWN"}),
    ("Serbia's army chief said his troops would crush any bid for secession in the north.", "THREATEN", {"SRB"}, set()),
    # forces evacuating a place pull out of it; people evacuated are still relief
    ("Ethiopian troops evacuated the Somali town of Baidoa in January 2009.", "RETREAT", {"ETH"}, {"SOM"}),
    ("Russian forces evacuated the city of Kherson in November 2022.", "RETREAT", {"RUS"}, set()),
    # a reporter who goes on after a reported past perfect ("said X had done Y, and condemned Z") is the actor
    ("Human Rights Watch said Ethiopian soldiers had executed civilians in Tigray, and condemned the army's conduct.",
     "ACCUSE", {"NGO"}, set()),
    ("Amnesty International said Eritrean troops had looted homes in Adwa, and condemned the force's use of sexual "
     "violence.", "ACCUSE", {"NGO"}, set()),
]


@pytest.mark.parametrize("text, event, actor, recipient", CASES)
def test_round13_classes(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)
