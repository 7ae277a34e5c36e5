"""Places: rules checked on sentences of our own, and the floor of the fresh check set (tests/data/places_fresh.xml:
short news articles written for this check, never tuned on)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.eval.baseline import check_floors
from eventwire.eval.places import evaluate
from eventwire.geo import find_places

from conftest import by_text


def test_an_unknown_district_after_a_sentence_opening_preposition_is_found(gaz):
    places = by_text("Heavy rain hit Nepal on Monday. In Bara district, landslides buried three houses.", gaz)
    assert places["Bara"].country_code == "NP"


def test_a_town_without_a_population_after_a_locative_word_in_the_article_country(gaz):
    # GeoNames gives no population for many district towns; after "in"/"and", in a country the article names, they
    # are towns like any other.
    places = by_text("Floods hit Indonesia's Jambi province, damaging houses in Jambi and Anjirmuara.", gaz)
    assert places["Anjirmuara"].country_code == "ID" and places["Anjirmuara"].feature_class == "P"
    # Without a locative word or the country, a bare unknown-size name stays out.
    assert "Anjirmuara" not in by_text("Anjirmuara said the results were good.", gaz)


def test_well_known_regions_named_without_a_kind_word(gaz):
    places = by_text("Wildfires spread across the Algarve, while drought gripped the Karoo and snow fell in the "
                     "Pyrenees.", gaz)
    assert places["Algarve"].country_code == "PT" and places["Karoo"].country_code == "ZA"
    assert places["Pyrenees"].feature_code == "MTS"
    # A disease named after a river's region stays a disease.
    assert "Nile" not in {p.text for p in find_places("Two horses caught West Nile virus in Ohio.", gazetteer=gaz)}


def test_an_unknown_name_after_near_is_a_place_of_the_article_country(gaz):
    places = by_text("Uganda confirmed two anthrax deaths near Kyabirwa on Friday.", gaz)
    assert places["Kyabirwa"].country_code == "UG" and places["Kyabirwa"].resolution == "unresolved"
    # Not a person's possessive, an organisation or a function word.
    names = {p.text for p in find_places("Uganda's rangers camped near Smith's farm and near Acme Holdings.",
                                         gazetteer=gaz)}
    assert names == {"Uganda"}


def test_a_name_after_according_to_is_a_source_not_a_town(gaz):
    places = by_text("Cases rose in Kenya last week, according to Hammond, a doctor in Mombasa.", gaz)
    assert "Hammond" not in places and places["Mombasa"].country_code == "KE"
    # A country is still a country there.
    assert by_text("Cases rose, according to Kenya's health ministry.", gaz)["Kenya"].country_code == "KE"


def test_a_place_naming_a_university_is_not_a_place(gaz):
    places = by_text("Researchers at Ohio State University and at Nairobi University in Kenya studied the virus.", gaz)
    assert "Ohio" not in places and "Ohio State" not in places and "Nairobi" not in places
    assert places["Kenya"].country_code == "KE"


def test_an_unknown_place_named_again_after_a_locative_word_is_that_place(gaz):
    text = ("Cholera hit the fishing village of Kyabirwa in Uganda. Doctors from Kampala arrived in Kyabirwa on "
            "Monday. Kyabirwa said nothing.")
    spots = [p for p in find_places(text, gazetteer=gaz) if p.text == "Kyabirwa"]
    assert len(spots) == 2 and all(p.country_code == "UG" for p in spots)


@pytest.mark.parametrize("name, articles, gold", [("places_fresh", 33, 244), ("places_fresh2", 12, 83),
                                                  ("places_fresh3", 15, 136), ("places_fresh4", 13, 124),
                                                  ("places_fresh5", 16, 167),
                                                  ("places_fresh6", 14, 113), ("places_fresh7", 15, 124),
                                                  ("places_fresh8", 16, 171), ("places_fresh9", 16, 198),
                                                  ("places_fresh10", 17, 244), ("places_fresh13", 15, 232),
                                                  ("places_fresh14", 17, 179),
                                                  ("places_fresh15", 17, 159), ("places_fresh18", 15, 173),
                                                  ("places_fresh19", 15, 213),
                                                  ("places_fresh11", 15, 157),
                                                  ("places_fresh12", 15, 173), ("places_fresh16", 15, 148),
                                                  ("places_fresh17", 15, 177), ("places_fresh20", 15, 207),
                                                  ("places_fresh21", 15, 180), ("places_fresh22", 15, 185),
                                                  ("places_fresh23", 15, 183), ("places_fresh24", 15, 176),
                                                  ("places_fresh25", 15, 169), ("places_fresh26", 16, 199),
                                                  ("places_fresh27", 15, 217), ("places_fresh28", 15, 197),
                                                  ("places_fresh29", 15, 227), ("places_fresh30", 15, 210),
                                                  ("places_fresh31", 15, 208), ("places_fresh32", 15, 223),
                                                  ("places_fresh33", 15, 182), ("places_fresh34", 15, 212),
                                                  ("places_fresh35", 15, 199), ("places_fresh36", 15, 203),
                                                  ("places_fresh37", 15, 190), ("places_fresh38", 15, 221),
                                                  ("places_fresh39", 16, 211), ("places_fresh40", 17, 208),
                                                  ("places_fresh41", 16, 168), ("places_fresh42", 15, 203),
                                                  ("places_fresh43", 15, 192), ("places_fresh44", 15, 191),
                                                  ("places_fresh45", 15, 198), ("places_fresh46", 15, 184),
                                                  ("places_fresh47", 15, 186), ("places_fresh48", 15, 204),
                                                  ("places_fresh49", 15, 198), ("places_fresh50", 15, 188),
                                                  ("places_fresh51", 15, 184), ("places_fresh52", 15, 209),
                                                  ("places_fresh53", 15, 201), ("places_fresh54", 16, 159),
                                                  ("places_fresh55", 15, 170), ("places_fresh56", 15, 175),
                                                  ("places_fresh57", 15, 206), ("places_fresh58", 15, 177),
                                                  ("places_fresh59", 15, 196), ("places_fresh60", 15, 174),
                                                  ("places_fresh61", 16, 186), ("places_fresh62", 15, 161),
                                                  ("places_fresh63", 15, 202), ("places_fresh64", 15, 165),
                                                  ("places_fresh65", 15, 173), ("places_fresh66", 15, 220),
                                                  ("places_fresh67", 15, 219), ("places_fresh68", 15, 219),
                                                  ("places_fresh69", 15, 207), ("places_fresh70", 15, 219),
                                                  ("places_fresh71", 15, 220), ("places_fresh72", 15, 219),
                                                  ("places_fresh73", 15, 217), ("places_fresh74", 15, 217),
                                                  ("places_fresh75", 15, 217), ("places_fresh76", 15, 214),
                                                  ("places_fresh77", 15, 220), ("places_fresh78", 15, 217),
                                                  ("places_fresh79", 15, 218), ("places_fresh80", 15, 219),
                                                  ("places_fresh81", 15, 218), ("places_fresh82", 15, 213),
                                                  ("places_fresh83", 15, 215), ("places_fresh84", 15, 220),
                                                  ("places_fresh85", 15, 214), ("places_fresh86", 15, 220),
                                                  ("places_fresh87", 15, 216), ("places_fresh88", 15, 217),
                                                  ("places_fresh89", 15, 216),
                                                  ("places_fresh90", 15, 216),
                                                  ("places_fresh91", 15, 218),
                                                  ("places_fresh92", 15, 212),
                                                  ("places_fresh93", 15, 215),
                                                  ("places_fresh94", 15, 224),
                                                  ("places_fresh95", 15, 223),
                                                  ("places_fresh96", 15, 220),
                                                  ("places_fresh97", 15, 222),
                                                  ("places_fresh98", 15, 220),
                                                  ("places_fresh99", 15, 221),
                                                  ("places_fresh100", 15, 213),
                                                  ("places_fresh101", 15, 227),
                                                  ("places_fresh102", 15, 220),
                                                  ("places_fresh103", 15, 224),
                                                  ("places_fresh104", 15, 226),
                                                  ("places_fresh105", 15, 224),
                                                  ("places_fresh106", 15, 223),
                                                  ("places_fresh107", 15, 223),
                                                  ("places_fresh108", 15, 225),
                                                  ("places_fresh109", 15, 222),
                                                  ("places_fresh110", 15, 224),
                                                  ("places_fresh111", 15, 244),
                                                  ("places_fresh112", 15, 229),
                                                  ("places_fresh113", 15, 263),
                                                  ("places_fresh114", 15, 246),
                                                  ("places_fresh115", 15, 250),
                                                  ("places_fresh116", 15, 245),
                                                  ("places_fresh117", 15, 224),
                                                  ("places_fresh118", 15, 250),
                                                  ("places_fresh119", 15, 270),
                                                  ("places_fresh121", 15, 279),
                                                  ("places_fresh122", 15, 231),
                                                  ("places_fresh123", 15, 250),
                                                  ("places_fresh124", 15, 265),
                                                  ("places_fresh125", 15, 278),
                                                  ("places_fresh126", 15, 246),
                                                  ("places_fresh127", 15, 365),
                                                  ("places_fresh128", 15, 240),
                                                  ("places_fresh129", 15, 352),
                                                  ("places_fresh130", 15, 369),
                                                  ("places_fresh131", 15, 364),
                                                  ("places_fresh132", 15, 359),
                                                  ("places_fresh133", 15, 374),
                                                  ("places_fresh134", 15, 315),
                                                  ("places_fresh135", 15, 342),
                                                  ("places_fresh136", 15, 352),
                                                  ("places_fresh137", 15, 330),
                                                  ("places_fresh138", 15, 386),
                                                  ("places_fresh139", 15, 386),
                                                  ("places_fresh140", 15, 312),
                                                  ("places_fresh141", 15, 385),
                                                  ("places_fresh142", 15, 337),
                                                  ("places_fresh143", 15, 317),
                                                  ("places_fresh144", 15, 350),
                                                  ("places_fresh145", 15, 411),
                                                  ("places_fresh146", 15, 349),
                                                  ("places_fresh147", 15, 381),
                                                  ("places_fresh148", 15, 364),
                                                  ("places_fresh149", 15, 337), ("places_fresh150", 15, 364),
                                                  ("places_fresh151", 15, 334), ("places_fresh153", 15, 326),
                                                  ("places_fresh152", 15, 361), ("places_fresh154", 15, 337),
                                                  ("places_fresh155", 15, 362), ("places_fresh156", 15, 330),
                                                  ("places_fresh160", 15, 346), ("places_fresh161", 15, 384),
                                                  ("places_fresh162", 15, 371), ("places_fresh158", 15, 371),
                                                  ("places_fresh157", 15, 336), ("places_fresh159", 15, 291),
                                                  ("places_fresh163", 15, 359), ("places_fresh164", 15, 354),
                                                  ("places_fresh165", 15, 389), ("places_fresh166", 15, 304),
                                                  ("places_fresh167", 15, 389), ("places_fresh168", 15, 326),
                                                  ("places_fresh169", 15, 295), ("places_fresh171", 15, 332),
                                                  ("places_fresh172", 15, 340), ("places_fresh170", 15, 312),
                                                  ("places_fresh174", 15, 313), ("places_fresh175", 15, 284),
                                                  ("places_fresh173", 15, 319), ("places_fresh177", 15, 428),
                                                  ("places_fresh180", 15, 402), ("places_fresh181", 15, 493),
                                                  ("places_fresh182", 15, 457), ("places_fresh183", 15, 443),
                                                  ("places_fresh184", 15, 343),
                                                  ("places_fresh185", 15, 414), ("places_fresh186", 15, 454),
                                                  ("places_fresh187", 15, 441), ("places_fresh188", 15, 449),
                                                  ("places_fresh189", 15, 469), ("places_fresh190", 15, 479),
                                                  ("places_fresh191", 15, 550), ("places_fresh192", 15, 505),
                                                  ("places_fresh193", 15, 550), ("places_fresh194", 15, 418),
                                                  ("places_fresh195", 15, 439), ("places_fresh196", 15, 549),
                                                  ("places_fresh197", 15, 438), ("places_fresh198", 15, 434),
                                                  ("places_fresh199", 15, 485), ("places_fresh200", 15, 452),
                                                  ("places_fresh201", 15, 447), ("places_fresh202", 15, 447),
                                                  ("places_fresh203", 15, 476), ("places_fresh204", 15, 506),
                                                  ("places_fresh205", 15, 549), ("places_fresh206", 15, 475),
                                                  ("places_fresh207", 15, 478), ("places_fresh208", 15, 511),
                                                  ("places_fresh209", 15, 461), ("places_fresh210", 15, 468),
                                                  ("places_fresh211", 15, 435), ("places_fresh212", 15, 465),
                                                  ("places_fresh213", 15, 453), ("places_fresh214", 15, 503),
                                                  ("places_fresh215", 15, 474), ("places_fresh216", 15, 605),
                                                  ("places_fresh217", 15, 483), ("places_fresh218", 15, 460),
                                                  ("places_fresh219", 15, 486), ("places_fresh220", 15, 528),
                                                  ("places_fresh221", 15, 576), ("places_fresh222", 15, 528),
                                                  ("places_fresh223", 15, 493), ("places_fresh224", 15, 491),
                                                  ("places_fresh225", 15, 510), ("places_fresh226", 15, 493),
                                                  ("places_fresh227", 15, 465), ("places_fresh228", 15, 505),
                                                  ("places_fresh229", 15, 510), ("places_fresh230", 15, 579),
                                                  ("places_fresh231", 15, 510), ("places_fresh232", 15, 493),
                                                  ("places_fresh233", 15, 448), ("places_fresh234", 15, 504),
                                                  ("places_fresh235", 15, 566), ("places_fresh236", 15, 574),
                                                  ("places_fresh237", 15, 581), ("places_fresh238", 15, 533),
                                                  ("places_fresh239", 15, 556), ("places_fresh240", 15, 581),
                                                  ("places_fresh241", 15, 556), ("places_fresh242", 15, 580),
                                                  ("places_fresh243", 15, 612), ("places_fresh244", 15, 628),
                                                  ("places_fresh245", 15, 557), ("places_fresh246", 15, 478),
                                                  ("places_fresh247", 15, 656), ("places_fresh248", 15, 519),
                                                  ("places_fresh249", 15, 578), ("places_fresh250", 15, 526),
                                                  ("places_fresh251", 15, 494), ("places_fresh252", 15, 544),
                                                  ("places_fresh253", 15, 561), ("places_fresh254", 15, 644),
                                                  ("places_fresh255", 15, 603), ("places_fresh256", 15, 497),
                                                  ("places_fresh257", 15, 502), ("places_fresh258", 15, 561),
                                                  ("places_fresh259", 15, 564), ("places_fresh260", 15, 490),
                                                  ("places_fresh261", 15, 458), ("places_fresh262", 15, 652),
                                                  ("places_fresh263", 15, 592), ("places_fresh264", 15, 579),
                                                  ("places_fresh265", 15, 661), ("places_fresh266", 15, 605),
                                                  ("places_fresh267", 15, 671), ("places_fresh268", 15, 548),
                                                  ("places_fresh269", 15, 578), ("places_fresh270", 15, 522),
                                                  ("places_fresh271", 15, 477), ("places_fresh272", 15, 526),
                                                  ("places_fresh273", 15, 483), ("places_fresh274", 15, 540),
                                                  ("places_fresh275", 15, 490), ("places_fresh276", 15, 518),
                                                  ("places_fresh277", 15, 497), ("places_fresh278", 15, 518),
                                                  ("places_fresh279", 15, 483), ("places_fresh280", 15, 542),
                                                  ("places_fresh281", 15, 485), ("places_fresh282", 15, 478),
                                                  ("places_fresh283", 15, 499), ("places_fresh284", 15, 484),
                                                  ("places_fresh285", 15, 474), ("places_fresh286", 15, 497),
                                                  ("places_fresh287", 15, 534), ("places_fresh288", 15, 489),
                                                  ("places_fresh289", 15, 511), ("places_fresh290", 15, 554)])
def test_fresh_set_gate(name, articles, gold):
    """Our own articles (ambiguous towns, regions, counties, villages, capitals for governments; the third set: villages,
    districts, provinces, rivers and mountains; the fourth: towns with famous namesakes abroad, and small places named
    without "in": subjects, lists, "X residents"; the fifth: regions the others covered least, districts and counties,
namesakes abroad; the sixth: South America, Central Asia, the Pacific, West Africa, Eastern Europe and the Gulf, with
islands, rivers and dams; the seventh: wire datelines, transliterations, regions and districts, towns opening
sentences, namesakes of common words, places GeoNames lacks; the eighth: outbreak, disaster and border-fighting news from
sixteen countries, with alternate spellings, regencies, bare rivers, US counties, towns named like regions abroad and
demonyms), labelled before any scoring. The ninth (outbreaks, floods and famine on every continent) was written by
someone who never ran eventwire on it and scored once, on the code of 2026-11-30: it stays held out (aggregate scores
only; its misses are not read) so that it keeps measuring text the rules were not written on. The tenth: outbreak,
disaster and conflict news from the Sahel, the Horn, Southern Africa, the Andes, the Caribbean, the Balkans, the
Caucasus, Iran and Iraq, China, Indonesia, Australia and Canada (camps, suburbs, parishes, islands of small states,
bare rivers, transliterations), labelled before any scoring: first sight recall 0.897, country 0.873, Acc@161km
0.848 (0.975 / 0.959 / 0.943 after round 15). The thirteenth: conflict and disaster news from the Sahel, Lake Chad,
the Kivus, Somalia, Sudan, Cabo Delgado, Syria and Turkey, Iraq, Yemen, Gaza and the West Bank, Iran, Afghanistan and
Pakistan, Sindh, Manipur and Cox's Bazar (camps, crossings, straits, 'al-' names, villages GeoNames lacks, namesakes
abroad), labelled before any scoring: first sight recall 0.892, country 0.866, Acc@161km 0.841 (1.000 / 0.966 / 0.931
after round 16). The fourteenth: politics, protest, disaster and outbreak news from Mexico,
Central America, Colombia, Venezuela, Brazil, the Andes, Ukraine, the Caucasus, the Balkans, China, the Koreas, Japan,
the Philippines, Indonesia, Vietnam, Papua New Guinea and Australia (municipalities, departments, dams, bare rivers,
namesakes abroad, other names of a town), labelled before any scoring: first sight recall 0.933, country 0.922,
Acc@161km 0.916 (0.989 / 0.983 / 0.978 after round 17). The fifteenth: health news from the US (states, counties,
small towns), Canada, the UK, Ireland, Australia, New Zealand and Western Europe, with namesakes (Perth, Victoria,
Georgia, Cambridge, Paris, London Ontario, Hamilton), lists of counties, possessives and datelines, labelled before
any scoring: first sight recall 0.969, country 0.956, Acc@161km 0.893 (0.987 / 0.987 / 0.950 after round 18, with
Windsor's gold point set to GeoNames'). The eighteenth: outbreak and disaster news on villages, camps, quarters,
markets, mines and islands in Malawi, Kenya, Sindh, Yemen, Syria, the Kivus, Ghana, Peru, Haiti, the Comoros, Libya,
Kerala, Nigeria, Nepal and the Thai-Myanmar border (datelines, lists, routes, possessives), labelled before any
scoring: first sight recall 0.861, country 0.832, Acc@161km 0.832 (0.971 / 0.960 / 0.942 after round 19; after first
sight, two gold points that lay nearer a neighbour's town, Tak and Ghana's Western Region, were moved inside their
countries and Tete province's set to GeoNames'). The nineteenth: elections, courts, protests, strikes, sport,
business and diplomacy on every continent, rich in namesakes (Florence and Columbia in South Carolina, Perth and
Albany in Western Australia, Valencia, Mérida and Barcelona in Venezuela, Hyderabad, Tripoli in Lebanon, Limbe,
Hamilton in New Zealand, Boston in Lincolnshire, Kingston in Jamaica, León and Granada in Nicaragua, Córdoba, Santa Fe
and San Juan in Argentina, George and Bethlehem in South Africa, Georgia the country), capitals for governments and
datelines, labelled before any scoring: first sight recall 0.995, country 0.991, Acc@161km 0.948 (0.995 / 0.995 /
0.958 after round 20; its country points were written by hand, not from Wikipedia, and cost some distance). The
eleventh (outbreaks, floods, storms and quakes on every
continent) and
the twelfth (diplomacy, protests, elections, strikes and border incidents on every continent) were written, like the
ninth, by people who never ran eventwire on them; held out too (aggregate scores only, misses never read). Scored
before rounds 16-18 (country 0.930 / 0.954) and after them: recall 0.936 / 0.965, country 0.930 / 0.960, Acc@161km
0.917 / 0.925. The sixteenth (war, protest, election and border news from the Middle East, Africa, Central Asia,
Eastern Europe and Latin America) and the seventeenth (floods, quakes, cyclones, landslides and drought in South and
South-East Asia, Africa, Latin America and the Pacific, many villages) were written the same way on 2026-11-30 and are
held out too; scored on that day's code: recall 0.973 / 0.927, country 0.939 / 0.893, Acc@161km 0.926 / 0.808
(the seventeenth's country 0.898 after the rule for region names several countries share, written on sentences of
our own, and its Acc@161km 0.814 with provinces at the middle of their towns). The twentieth (general wire news:
politics, elections, diplomacy, trade, courts, migration and sport on every continent, datelines and capitals standing
for governments) was written the same way on 2026-11-30 and is held out too; scored on that day's code (077bc65):
recall 0.966, country 0.952, Acc@161km 0.928 (its writer's report named its topics, so later gains on it are not
clean). The twenty-first (a world desk's day: politics, conflict, disasters, health, economy, courts and migration on
every continent) was written the same way, its writer reporting only counts; scored first on the code of 2026-11-30
after that day's rules and on the day's starting code alike: recall 0.967, country 0.939, Acc@161km 0.917. The
twenty-second (a world desk's day again) and the twenty-third (a week of regional outlets and bureaus outside Western
Europe and North America) were written the same way on 2026-11-30, their writers reporting only counts, and scored
first on that day's last code (9e2711d): recall 0.941 / 0.978, country 0.935 / 0.956, Acc@161km 0.892 / 0.923. The
twenty-fourth (regional bureaus' week on every continent: villages, suburbs, districts, camps, crossings, islands,
valleys) was written the same way on 2026-11-30 by someone who never ran eventwire, scored at first sight on 11e17ea
(recall 0.989, precision 0.967, country 0.972, Acc@161km 0.921), then read for round 24. The twenty-fifth (a world
desk's day), written the same way, scored at first sight on 196adb1 (recall 0.970, precision 1.000, country 0.953,
Acc@161km 0.917), then read for round 25. The twenty-sixth (local and national outlets' news on every continent) the
same way, scored at first sight on ec1261b (0.955 / 1.000 / 0.955 / 0.915), then read for round 26. The twenty-seventh
(a week of the world's outlets), written the same way with its writer reporting only counts, is held out (aggregate
scores only): at first sight on ec1261b, recall 0.968, precision 0.955, country 0.963, Acc@161km 0.931. The
twenty-eighth (regional outlets of South and South-East Asia, Africa and the Pacific: districts, villages, islands,
rivers), twenty-ninth (business, energy, shipping and farming news of the Americas, Europe and Central Asia: ports,
plants, rivers, straits) and thirtieth (diplomacy and conflict on international wires) were written the same way on
2026-12-01 and scored at first sight on 05fadb1 (recall / precision / country / Acc@161km: 0.944 / 0.964 / 0.909 /
0.888, 0.952 / 0.973 / 0.929 / 0.903, 0.967 / 0.890 / 0.933 / 0.909; country 0.914 and 0.938 for the first two
with the scorer's reading of page qualifiers of 6294c8e), then read for round 28. The thirty-first (a
week of the world's outlets), written the same way with its writer reporting only counts, is held out: at first
sight on 05fadb1, 0.952 / 0.943 / 0.947 / 0.918. The thirty-third (city and regional papers of Europe, Russia,
Turkey, the Middle East and North Africa) and thirty-fourth (local and national outlets of the Americas and Oceania:
counties, parishes, islands) were written the same way and scored at first sight on 47600d6 (0.978 / 0.983 / 0.962 /
0.929 and 0.958 / 0.990 / 0.939 / 0.877), then read for round 29; the thirty-second (a week of the world's outlets),
its writer reporting only counts, is held out: at first sight on 47600d6, 0.991 / 0.961 / 0.982 / 0.933. The
thirty-fifth (a week of the world's outlets) was written to be held out, but three of its misses were seen by mistake
when it was first scored, so it is read: at first sight on 5bd3ad4, 0.975 / 0.980 / 0.960 / 0.930. The thirty-seventh
(humanitarian news: the Sahel, the Horn, Sudan, the Great Lakes, Yemen, Syria, Afghanistan, Myanmar, Haiti), the
thirty-eighth (outbreaks and disasters on every continent) and the thirty-ninth (national news of Europe and Asia) were
written the same way and scored at first sight on 5bd3ad4 (0.958 / 0.979 / 0.932 / 0.863, 0.973 / 0.982 / 0.955 /
0.919, 0.976 / 0.976 / 0.976 / 0.953), then read for round 30; the thirty-sixth (a month of international news), its
writer reporting only counts, is held out: at first sight on 5bd3ad4, 0.985 / 0.930 / 0.966 / 0.901. The fortieth
(floods, quakes, landslides, cyclones and droughts in Asia, Africa, Latin America and the Pacific) and the forty-first
(a world desk's day, rich in namesakes) were written the same way and scored at first sight on c8e2449 (0.981 / 1.000
/ 0.966 / 0.928 and 0.994 / 0.971 / 0.994 / 0.946), then read for round 30's last rules. The forty-second (a week of
international news), its writer reporting only counts, is held out: at first sight on 6248143, 0.980 / 0.948 / 0.966 /
0.926. The forty-third (news of the Americas from local and national outlets), forty-fourth (the Middle East, the
Caucasus, Central and South Asia) and forty-fifth (outbreak and public-health news worldwide) were written the same way
and scored at first sight on 6248143 (0.969 / 0.969 / 0.922 / 0.870, 0.984 / 0.954 / 0.948 / 0.937 and 0.985 / 0.965
/ 0.970 / 0.924), then read for round 31. The forty-sixth (a world desk's week), its writer reporting only counts, is
held out: at first sight on 884cdab, 0.984 / 0.978 / 0.973 / 0.962 (the same on 6248143). Five more were written the
same way and scored at first sight on e7193d2: held out, the forty-seventh (a world desk's week; 0.989 / 0.968 / 0.989
/ 0.957), the forty-eighth (disaster and humanitarian news; 0.956 / 0.995 / 0.951 / 0.897) and the fifty-first
(regional and local news of English-speaking countries; 0.967 / 0.983 / 0.902 / 0.864) (part of the forty-seventh's
gold was printed by mistake in the session's last review, after all its scoring: it counts as read from then on);
read for round 32, the
forty-ninth (disaster and humanitarian news; 0.980 / 0.995 / 0.965 / 0.929) and the fiftieth (regional and local news
of English-speaking countries; 0.963 / 1.000 / 0.941 / 0.926). Two more, read for round 32 too, at first sight on
56efae0: the fifty-second (local news of the US, Britain, Canada and Australia, rich in namesakes; 0.943 / 0.985 /
0.914 / 0.880) and the fifty-third (local news of South Asia, Africa, the Philippines, Ireland and New Zealand; 0.945
/ 0.995 / 0.930 / 0.901). Four more at first sight on 7eaf15a: read for round 33, the fifty-fourth (small-town news
of the US and Britain; 0.918 / 0.948 / 0.899 / 0.843), the fifty-fifth (disaster and humanitarian news of Latin
America, the Caribbean, Central Asia and the Pacific; 0.947 / 0.976 / 0.929 / 0.912) and the fifty-seventh (conflict
news from the wires; 0.990 / 0.949 / 0.976 / 0.932); held out, the fifty-sixth (regional and local news of
English-speaking countries; 0.920 / 0.988 / 0.920 / 0.886). Three more at first sight on 7eaf15a's code (the same
on round 33's first rules): read for round 33, the fifty-eighth (local news of Canada, Australia, New Zealand,
Ireland and Scotland; 0.876 / 1.000 / 0.864 / 0.831) and the fifty-ninth (regional news of South Asia, Africa and
the Philippines; 0.939 / 1.000 / 0.929 / 0.923); held out, the sixtieth (a week of international news; 1.000 / 0.994
/ 0.994 / 0.977). Three more at first sight on 69a1bb0 (round 33's first commit): read for round 33's last rules,
the sixty-first (disaster news with many villages; 0.973 / 0.984 / 0.973 / 0.935) and the sixty-second (small-town
news of the US and Canada; 0.944 / 1.000 / 0.882 / 0.857); held out, the sixty-third (regional and local news of
English-speaking countries; 0.975 / 0.970 / 0.936 / 0.926). Two more at first sight on 305b3f1, read for round
33's last rules: the sixty-fourth (local news of Britain, Ireland, Australia and New Zealand; 0.939 / 1.000 / 0.927 /
0.915) and the sixty-fifth (local news of the US, Canada and South Africa; 0.977 / 0.994 / 0.948 / 0.942). Four more
were written by helpers in session 23 and scored at first sight on ea711aa: held out, the sixty-sixth (a week of
international news; 0.986 / 0.916 / 0.968 / 0.946) and the sixty-ninth (conflict and security news; 0.990 / 0.861 /
0.971 / 0.957); readable, the sixty-seventh (disaster and humanitarian news of Africa, Asia and Latin America; 0.986 /
0.986 / 0.973 / 0.932) and the sixty-eighth (local news of English-speaking countries; 0.945 / 0.972 / 0.922 /
0.900). Two more at first sight on a321e15 (after round 34's first rules and the data of towns68 and areas68): held
out, the seventieth (a week of international wire news; 0.991 / 0.931 / 0.973 / 0.959); readable, the seventy-first
(regional news of Africa, Latin America, Asia and the Middle East; 0.991 / 0.965 / 0.986 / 0.946). Two more,
readable, written by helpers in session 24 and scored at first sight on cb5fb6a: the seventy-second (local news of
the US, Canada, Britain, Ireland, Australia and New Zealand; 0.964 / 0.986 / 0.964 / 0.936) and the seventy-third
(a week of international news of Europe, Latin America, Central and South Asia and Africa; 0.991 / 0.888 / 0.972 /
0.940); and on b71f359 (round 35's first commit) the seventy-fourth (local news of the US, Canada, Britain, Ireland,
Australia and New Zealand; 0.991 / 0.991 / 0.982 / 0.963) and the seventy-fifth (regional news of South and
South-East Asia, Africa and Latin America; 0.972 / 0.982 / 0.959 / 0.931). Two more, readable, written by helpers in
session 25 and scored at first sight on 816dbb5: the seventy-sixth (a week of international wire news of Africa, the
Middle East, Central Asia, South-East and East Asia and Latin America; 1.000 / 0.930 / 0.972 / 0.925) and the
seventy-seventh (local news of the US, Canada, Britain, Ireland, Australia and New Zealand; 0.991 / 0.973 / 0.977 /
0.946). Two more, readable, written by helpers in session 26 and scored at first sight on aaf1663: the seventy-eighth
(disaster news of South and South-East Asia, Central America, the Andes, East and Southern Africa and the Balkans;
0.986 / 0.973 / 0.968 / 0.935) and the seventy-ninth (rural and small-town news of Britain, Ireland, Canada,
Australia, New Zealand and the US; 0.927 / 0.948 / 0.872 / 0.853). Two more, readable, written by helpers in session
26: the eightieth (a world desk's day on every continent; at first sight on 9b32826, 0.991 / 0.960 / 0.982 / 0.909)
and the eighty-first (AP state wires and Canadian Press regional news, small towns named like foreign places in the
datelines; at first sight on 9b32826, 0.982 / 0.995 / 0.977 / 0.940). Three more, readable, written by helpers in
session 27 and scored at first sight on b3c4c2a: the eighty-second (city and suburban news of the US and Canada, towns
named like famous places; 0.953 / 0.981 / 0.925 / 0.892), the eighty-third (floods, quakes, cyclones, fires and
eruptions on every continent; 0.981 / 0.964 / 0.972 / 0.967) and the eighty-fourth (a world desk's day; 0.986 /
0.912 / 0.964 / 0.896); two more of session 27, scored at first sight on the same code: the eighty-fifth (local news
of Britain, Ireland, Australia and New Zealand; 0.953 / 0.971 / 0.953 / 0.935) and the eighty-sixth (regional news
of South Asia and East and West Africa; 0.936 / 0.981 / 0.936 / 0.918); one of session 28, scored at first sight on
39b2d84: the eighty-seventh (regional news of Latin America, the Caribbean and Southeast Asia; 0.991 / 0.964 / 0.958 /
0.907); one of session 29, scored at first sight on 501a540: the eighty-eighth (regional news of Africa, the Middle
East, Central and South Asia; 0.995 / 0.919 / 0.959 / 0.935) and, on 2f706be, the eighty-ninth (local and regional
news of continental Europe and of the US South, Midwest and Mountain West; 0.963 / 0.991 / 0.935 / 0.912); one of
session 30, scored at first sight on 86f96c3: the ninetieth (wire and regional news of Latin America, Southeast Asia
and Oceania; 0.986 / 0.973 / 0.972 / 0.880), and the ninety-first (a week of the world's outlets), its writer
reporting only counts, held out: at first sight on 86f96c3, 1.000 / 0.956 / 0.995 / 0.968; and the ninety-second
(regional news of Eastern Europe, Russia, the Caucasus, Turkey, Iran, Central Asia and Canada's provinces),
scored at first sight on 86f96c3: 0.981 / 0.920 / 0.967 / 0.958; the ninety-third (regional news of East Asia,
India, Bangladesh, Nepal and Sri Lanka), scored at first sight on 8c820bb: 0.981 / 0.977 / 0.972 / 0.930; four of
session 31, scored at first sight on 1f03ae3: the ninety-fourth (disaster, relief and outbreak news of Africa and
the Indian Ocean; 0.991 / 0.982 / 0.960 / 0.915), the ninety-fifth (regional news of South and South-East Asia and
the Pacific; 0.969 / 0.986 / 0.951 / 0.928), the ninety-sixth (national and local news of Europe, the Americas and
Oceania; 0.982 / 1.000 / 0.941 / 0.918), the ninety-eighth (local and regional news of Latin America, the
Caribbean, the Middle East and North Africa, and Central Asia; 0.973 / 0.914 / 0.941 / 0.950), and the ninety-seventh
and ninety-ninth (each a week of the world's outlets), their writers reporting only counts, held out: 0.987 / 0.948 /
0.978 / 0.928 and 0.968 / 0.982 / 0.950 / 0.932; and the hundred-and-second (outbreaks, floods, storms and
earthquakes on every continent), its writer reporting only counts, held out: at first sight on 241f9bc, 0.964 / 0.977
/ 0.923 / 0.918; the hundredth (floods, quakes, cyclones, landslides and drought in South and South-East Asia, Africa,
Latin America and the Pacific; 0.977 / 0.991 / 0.972 / 0.948) and the hundred-and-first (a world desk's day; 0.987 /
0.922 / 0.974 / 0.960), scored at first sight on 1f03ae3 (the session's starting code). Written in session 32,
scored at first sight on 7c4bbc1: the hundred-and-third (outbreaks and health emergencies in rural districts of Africa,
Asia and Latin America; 0.987 / 0.969 / 0.951 / 0.938), the hundred-and-fourth (floods, fires and storms in small
towns of Europe, North America and Oceania; 0.965 / 0.991 / 0.956 / 0.943), the hundred-and-sixth (rivers, lakes,
dams and droughts across borders; 0.951 / 0.918 / 0.888 / 0.870), the hundred-and-seventh (camps, crossings, convoys
and returns; 0.982 / 0.916 / 0.964 / 0.960), and the hundred-and-fifth (disasters and epidemics anywhere), its writer
reporting only counts, held out: 0.987 / 0.969 / 0.960 / 0.938; later in the session, on the same code, the
hundred-and-eighth (local news of towns of Africa and Asia that share their names with bigger places; 0.987 / 0.974
/ 0.929 / 0.902), the hundred-and-tenth (storms, floods, fires and outbreaks in the Americas; 0.982 / 0.996 / 0.951 /
0.915) and the hundred-and-ninth (outbreaks, floods, storms, landslides and quakes on every continent), its writer
reporting only counts, held out: 0.960 / 0.991 / 0.919 / 0.910. Session 33, at first sight on 9097395: the
hundred-and-eleventh (Central Asia and the Caucasus; 0.988 / 0.949 / 0.963 / 0.959), the hundred-and-twelfth (South-East
Asia; 0.996 / 0.950 / 0.974 / 0.913), the hundred-and-fourteenth (West Africa and the Sahel; 0.996 / 0.972 / 0.968 /
0.959), the hundred-and-fifteenth (Eastern Europe and the Balkans; 0.992 / 0.902 / 0.968 / 0.968), the
hundred-and-seventeenth (local news of the US and Canada, towns named after places abroad; 1.000 / 0.996 / 0.987 /
0.924), the hundred-and-eighteenth (the Middle East and North Africa; 0.984 / 0.950 / 0.960 / 0.936), and, their writers
reporting only counts, held out: the hundred-and-thirteenth (southern South America; 0.973 / 0.952 / 0.932 / 0.875) and
the hundred-and-sixteenth (mixed news of every continent; 0.976 / 0.956 / 0.959 / 0.955). Session 34: held out, its
writer reporting only counts, at first sight on 99567a7, the hundred-and-twenty-first (local and regional news of
Western Europe; 0.939 / 0.978 / 0.921 / 0.921); at first sight on 352e802, the hundred-and-nineteenth (South Asia;
0.982 / 0.974 / 0.967 / 0.922), the hundred-and-twenty-third (Russia and East Asia; 0.952 / 0.930 / 0.920 / 0.792: its
writer estimated many region, river and country points), the hundred-and-twenty-fourth (Oceania and southern Africa;
0.951 / 1.000 / 0.925 / 0.909), the hundred-and-twenty-fifth (local news of Western Europe; 0.953 / 0.967 / 0.932 /
0.921) and the hundred-and-twenty-sixth (local news of southern South America; 0.980 / 0.945 / 0.911 / 0.866: region
points estimated); on 352e802 with German news's umlauts, the hundred-and-twenty-second (Mexico, Central America, the
Caribbean and northern South America; 0.996 / 0.927 / 0.978 / 0.978). Session 35, at first sight on df2eb13 with
round 58's county fix: the hundred-and-twenty-eighth (regional news of Latin America: mines, floods, fires, volcanoes,
blockades and crossings; 0.979 / 0.983 / 0.971 / 0.925). Session 37, written by helpers, at first sight on ed215e0
with round 66's first rules (a great city named like its region, a name said again, St James): the
hundred-and-forty-fourth (local news of the US Midwest, Plains, Mountain West and South; 0.989 / 0.972 / 0.974 /
0.931), the hundred-and-forty-sixth (regional news of the Balkans, Central Europe, the Baltic, Scandinavia and Iberia;
0.951 / 0.885 / 0.934 / 0.937) and, held out, its writer reporting only counts, the hundred-and-forty-fifth (South and
South-East Asia; 0.981 / 0.953 / 0.956 / 0.944); with rivers at their mouths too: the hundred-and-forty-eighth (Latin
America and the Caribbean; 0.986 / 0.914 / 0.970 / 0.951) and, held out, the hundred-and-forty-seventh (West, Central,
East and Southern Africa; 0.992 / 0.950 / 0.987 / 0.921). Session 39, written by helpers: the hundred-and-fifty-sixth
(local news of English-speaking countries; at first sight on eda169f, 0.984 / 0.967 / 0.978 / 0.966) and the
hundred-and-fifty-fifth (outbreaks, floods, landslides and quakes in small places; at first sight on eda169f with
round 70's kind-of-place rule, 1.000 / 0.975 / 0.994 / 0.975). The sets written since (from the
hundred-and-fifty-seventh; held out among them the 180th, 182nd, 184th, 187th, 192nd, 193rd, 194th, 201st, 207th, 208th,
212th, 213th, 216th, 217th, 221st, 222nd, 226th, 233rd, 234th, 242nd, 246th, 250th, 255th, 260th, 261st, 268th, 269th,
270th, 271st, 274th, 275th, 278th, 279th, 282nd, 283rd, 286th and 287th) are described, with their scores at first
sight, in docs/places-history.md."""
    result = evaluate(Path(__file__).parent / "data" / f"{name}.xml")
    assert result["articles"] == articles and result["n_gold"] == gold
    assert not check_floors(name, result["scores"]), result["scores"]


def test_regions_named_by_their_bare_names(gaz):
    places = by_text("Typhoon rains flooded Bicol and Soccsksargen, and fighting spread in Amhara and Afar.", gaz)
    assert [places[n].country_code for n in ("Bicol", "Soccsksargen", "Amhara", "Afar")] == ["PH", "PH", "ET", "ET"]
    assert all(places[n].feature_code == "ADM1" for n in ("Bicol", "Soccsksargen", "Amhara", "Afar"))
    places = by_text("Ebola cases were confirmed in Tshuapa province, far from Kinshasa.", gaz)
    assert places["Tshuapa province"].country_code == "CD" and places["Tshuapa province"].lat is not None


def test_a_mid_sized_town_abroad_in_a_sentence_about_another_country_is_not_that_town(gaz):
    text = "Kenyan herders lost cattle in Turkana, in the district of Dinga, after the rains failed."
    places = by_text(text, gaz)
    assert places["Dinga"].country_code == "KE" and places["Dinga"].geonameid is None
    assert (places["Dinga"].lat, places["Dinga"].lon) == (places["Turkana"].lat, places["Turkana"].lon)
    # With its own country in the sentence it is the town.
    assert by_text("Floods hit Pakistan's Punjab near Dinga.", gaz)["Dinga"].country_code == "PK"


def test_a_bare_mid_sized_town_abroad_is_not_evidence_for_itself(gaz):
    assert "Dinga" not in by_text("Kenya's health ministry said Dinga would lead the new team.", gaz)
    assert by_text("Pakistan's floods reached Dinga on Monday.", gaz)["Dinga"].country_code == "PK"


def test_a_town_follows_the_country_all_other_names_of_its_sentence_point_to(gaz):
    places = find_places("Health officials in Madrid and Barcelona reported new measles cases. In Venezuela, doctors "
                         "in Valencia and Maracay said hospitals were full.", gazetteer=gaz)
    assert {p.text: p.country_code for p in places}["Barcelona"] == "ES"
    text = ("The quake hit Chile's capital Santiago and the port of Valparaiso, and Concepción lost power. In Paraguay, "
            "the river rose at Concepción.")
    assert [p.country_code for p in find_places(text, gazetteer=gaz) if p.text == "Concepción"] == ["CL", "PY"]
    # A namesake famous enough stays itself.
    assert by_text("Officials in Texas said the WHO in Geneva had sent advice.", gaz)["Geneva"].country_code == "CH"


def test_listed_villages_inside_a_county_named_after_them_are_at_its_point(gaz):
    places = by_text("Cholera reached the villages of Kobura, Onjiko and Kadinda in Kisumu County, Kenya.", gaz)
    county = places["Kisumu County"]
    for name in ("Kobura", "Onjiko", "Kadinda"):
        assert places[name].country_code == "KE" and (places[name].lat, places[name].lon) == (county.lat, county.lon)


def test_an_unknown_name_paired_with_a_town_after_a_locative_word(gaz):
    places = by_text("New cases were reported in Kisumu and Kobura, Kenya's health ministry said.", gaz)
    assert places["Kobura"].country_code == "KE" and places["Kobura"].resolution == "unresolved"
    assert "Kobura" not in by_text("Kenya's Kisumu and Kobura Holdings signed a deal.", gaz)


def test_the_town_of_a_name_is_a_town_not_the_country_of_that_name(gaz):
    places = find_places("Flooding hit Trinidad and Tobago. In Bolivia, the town of Trinidad was cut off by the river.",
                         gazetteer=gaz)
    assert [(p.country_code, p.feature_class) for p in places if p.text == "Trinidad"] == [("BO", "P")]


def test_pacific_islands_named_bare_are_islands(gaz):
    places = by_text("A cyclone flattened villages on Ambae and Malekula, Vanuatu's disaster office said.", gaz)
    assert [(places[n].country_code, places[n].feature_code) for n in ("Ambae", "Malekula")] == [("VU", "ISL")] * 2


def test_rivers_named_bare_are_rivers(gaz):
    places = by_text("Barges waited on the Dniester, and the Vistula burst its banks near Warsaw.", gaz)
    assert places["Dniester"].feature_code == "STM" and places["Dniester"].country_code == "UA"
    assert places["Vistula"].feature_code == "STM" and places["Vistula"].country_code == "PL"


def test_regions_whose_names_are_no_towns(gaz):
    places = by_text("Aid reached Hauts-Bassins in Burkina Faso, and mudslides hit Khatlon in Tajikistan.", gaz)
    assert (places["Hauts-Bassins"].country_code, places["Hauts-Bassins"].feature_code) == ("BF", "ADM1")
    assert (places["Khatlon"].country_code, places["Khatlon"].feature_code) == ("TJ", "ADM1")


def test_a_dam_named_after_an_unknown_place(gaz):
    places = by_text("Water poured over the Kyabirwa dam in Uganda on Monday.", gaz)
    assert places["Kyabirwa"].country_code == "UG" and places["Kyabirwa"].feature_code == "DAM"


def test_a_region_named_like_a_great_city_is_no_home_region_for_small_namesakes(gaz):
    # "New York" names the city as often as the state: it does not make a village of that state beat a big namesake.
    places = by_text("Hospitals in Boston filled up as the flu spread across New York.", gaz)
    assert places["Boston"].admin1 == "MA"
    # A region named otherwise still does ("Austin" in an article about Indiana).
    assert by_text("Floods hit Indiana, and Austin closed its schools.", gaz)["Austin"].admin1 == "IN"


def test_a_region_named_before_lower_case_river_is_the_river(gaz):
    places = by_text("The Tocantins river rose past Marabá in Brazil's Pará state.", gaz)
    assert places["Tocantins"].feature_code == "STM" and places["Tocantins"].country_code == "BR"
    # The region itself stays a region.
    assert by_text("Floods hit Tocantins state in Brazil.", gaz)["Tocantins state"].feature_code == "ADM1"


def test_an_unknown_name_in_a_region_a_country_possessive_opens(gaz):
    places = by_text("Gunmen attacked farms around Kobura in Kenya's Turkana region on Monday.", gaz)
    assert places["Kobura"].country_code == "KE" and places["Kobura"].lat == places["Turkana region"].lat
    # Not before a country alone, as ever ("a call from Smith in Kenya").
    assert "Kobura" not in by_text("Officials met around Kobura in Kenya on Monday.", gaz)


def test_an_unknown_name_where_people_flee_or_fighters_push_is_a_place(gaz):
    places = by_text("Fighting spread in Uganda, and thousands fled east to Kyabirwa on Monday.", gaz)
    assert places["Kyabirwa"].country_code == "UG" and places["Kyabirwa"].resolution == "unresolved"
    places = by_text("Rebels in Uganda pushed toward Kobura, and trucks queued at the crossing at Nkanji.", gaz)
    assert places["Kobura"].country_code == "UG" and places["Nkanji"].country_code == "UG"
    # Not a person one talks to, nor a firm.
    assert set(by_text("Uganda's minister spoke to Kobura and moved to Acme Holdings.", gaz)) == {"Uganda"}


def test_an_unknown_word_after_in_that_ends_a_sentence_or_comes_before_said(gaz):
    text = "A wildfire burned farms in Kenya's north. Fifty houses burned in Kobura. Officials in Nkanji said it was out."
    places = by_text(text, gaz)
    assert places["Kobura"].country_code == "KE" and places["Nkanji"].country_code == "KE"
    # Not a brand, a word the gazetteer knows as a name the resolver left out, nor one in mid-clause.
    names = set(by_text("Kenya's traders paid in BitCoin. Farmers in Kenya met in Kobura on Monday.", gaz))
    assert names == {"Kenya"}


def test_a_phase_or_a_platform_after_moved_or_advanced_is_no_place(gaz):
    text = "Uganda's vaccine trial advanced to Phase 3, and the ministry moved to Twitter for its updates."
    assert set(by_text(text, gaz)) == {"Uganda"}


def test_a_journal_a_language_or_a_house_after_in_is_no_place(gaz):
    text = ("Kenya's study was published in Nature. The law was debated in Parliament. Leaflets were printed in "
            "Swahili. Doctors in Nkanji said it worked.")
    assert set(by_text(text, gaz)) == {"Kenya", "Nkanji"}
