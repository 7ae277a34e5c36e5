"""Places, areas37e, areas37a and areas37b (session 37): natural features and named areas of Europe, Asia and the
Middle East, Africa and the Americas that news names and the gazetteer lacked (`geo/data/areas.tsv`). Sentences of
our own, written with the rows by the helper sessions that drafted them."""

from __future__ import annotations

import pytest

from conftest import by_text, in_country_near

CASES = [
    ('Firefighters battled a blaze in the hills above Zakynthos on Tuesday as strong winds fanned the flames.',
     'Zakynthos', 'GR', (37.78, 20.85)),
    ('Rescue teams evacuated villages along the Tagliamento after days of heavy rain in northeastern Italy.',
     'Tagliamento', 'IT', (45.64, 13.1)),
    ('Two climbers died in an avalanche on the Grossglockner, Austrian police said.',
     'Grossglockner', 'AT', (47.074, 12.694)),
    ('Water levels in Lake Päijänne have fallen to their lowest in decades, Finnish officials warned.',
     'Lake Päijänne', 'FI', (61.6, 25.5)),
    ('Hikers were rescued from the Sierra de Gredos after a sudden snowstorm closed mountain roads.',
     'Sierra de Gredos', 'ES', (40.27, -5.2)),
    ('Authorities said the Geul rose by two metres overnight, flooding streets in Valkenburg.',
     'Geul', 'NL', (50.9, 5.69)),
    ('Heavy rain swelled the Yeşilırmak on Monday, flooding farmland near Samsun.',
     'Yeşilırmak', 'TR', (41.38, 36.65)),
    ('Rangers reported a tiger sighting in Sundarbans National Park on Tuesday.',
     'Sundarbans National Park', 'IN', (21.945, 88.896)),
    ('Ash from Mount Sibayak fell on villages across Karo regency overnight.',
     'Mount Sibayak', 'ID', (3.24, 98.5)),
    ('Hundreds of tourists were stranded on Phu Quoc Island after ferries were cancelled.',
     'Phu Quoc Island', 'VN', (10.23, 103.96)),
    ('Herders near Lake Khövsgöl said the ice broke up weeks early this spring.',
     'Lake Khövsgöl', 'MN', (51.0, 100.5)),
    ('Police closed trails on Mount Tateyama after a late snowfall trapped two climbers.',
     'Mount Tateyama', 'JP', (36.58, 137.62)),
    ('Fishermen on the Kafue River said water levels had fallen to their lowest in a decade.',
     'Kafue River', 'ZM', (-15.95, 28.9)),
    ('Firefighters battled a blaze that spread into the Santa Ana Mountains overnight.',
     'Santa Ana Mountains', 'US', (33.7, -117.5)),
    ('Fishing boats stayed ashore on Lake Llanquihue as winds rose, Chilean officials said.',
     'Lake Llanquihue', 'CL', (-41.13, -72.8)),
    ('Wheat farmers across the Palouse are bracing for another dry summer.',
     'Palouse', 'US', (46.9, -117.3)),
    ('Tourists were moved away from Lake Louise as smoke drifted in from the fires.',
     'Lake Louise', 'CA', (51.417, -116.217)),
]


@pytest.mark.parametrize("sentence, name, country, point", CASES)
def test_a_feature_of_the_reviewed_rows(gaz, sentence, name, country, point):
    in_country_near(by_text(sentence, gaz)[name], country, point, within=10)
