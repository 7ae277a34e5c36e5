"""Places, towns37e and towns37a (session 37): villages, resorts, harbours and crossings of Europe, the US, Canada,
Australia and New Zealand that local news names and the gazetteer lacked (`geo/data/towns.tsv`). Sentences of our
own, written with the rows by the helper sessions that drafted them."""

from __future__ import annotations

import pytest

from conftest import by_text, in_country_near

CASES = [
    ('Fishermen in Henningsvær, Norway, say the cod season started late this winter.',
     'Henningsvær', 'NO', (68.154, 14.204)),
    ('An avalanche blocked the road near Riksgränsen in northern Sweden on Tuesday.',
     'Riksgränsen', 'SE', (68.43, 18.13)),
    ("Rescuers searched for two hikers near Štrbské Pleso in Slovakia's High Tatras.",
     'Štrbské Pleso', 'SK', (49.12, 20.06)),
    ('Lorry drivers waited for hours at the Vyšné Nemecké crossing in Slovakia after new checks began.',
     'Vyšné Nemecké', 'SK', (48.66, 22.24)),
    ('A wildfire forced tourists to leave hotels near Paleochora on the Greek island of Crete.',
     'Paleochora', 'GR', (35.23, 23.68)),
    ('Heavy snow closed lifts in Val Cenis in the French Alps over the weekend.',
     'Val Cenis', 'FR', (45.28, 6.9)),
    ('Residents in Northwest Angle, Minnesota, said the border closure had cut them off from the rest of the United States.',
     'Northwest Angle', 'US', (49.35, -95.07)),
    ('Truckers waited for hours near Coutts, Alberta, as protesters blocked the highway to the Canadian border crossing.',
     'Coutts', 'CA', (49.0, -111.96)),
    ('A mine worker was injured in a rockfall near Kambalda in Western Australia on Monday.',
     'Kambalda', 'AU', (-31.2, 121.67)),
    ('Power was restored to homes in Halfmoon Bay on Stewart Island, New Zealand, after a storm brought down lines.',
     'Halfmoon Bay', 'NZ', (-46.9, 168.13)),
    ('A wildfire forced evacuations in Tahoe City, California, as winds pushed the flames toward the lake.',
     'Tahoe City', 'US', (39.17, -120.14)),
    ('Troopers closed the highway near Kenny Lake, Alaska, after a tanker truck overturned.',
     'Kenny Lake', 'US', (61.73, -144.94)),
]


@pytest.mark.parametrize("sentence, name, country, point", CASES)
def test_a_place_of_the_reviewed_rows(gaz, sentence, name, country, point):
    in_country_near(by_text(sentence, gaz)[name], country, point, within=10)
