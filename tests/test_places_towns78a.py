"""Places: the towns78a rows of `geo/data/towns.tsv` (villages, hamlets and small towns of Britain and Ireland that
local news names) resolve to their country and point, and leave words and namesakes alone."""
from __future__ import annotations
from conftest import by_text, in_country_near as _near


def test_cornish_and_north_devon_coast(gaz):
    places = by_text("Coastguard teams searched the cliffs between Porthgwarra and Botallack after a walker was "
                     "reported missing on Sunday evening.", gaz)
    _near(places["Porthgwarra"], "GB", (50.037, -5.675))
    _near(places["Botallack"], "GB", (50.140, -5.683))
    places = by_text("Surfers were warned to stay out of the water at Constantine Bay and Mortehoe as the swell "
                     "built ahead of the storm.", gaz)
    _near(places["Constantine Bay"], "GB", (50.535, -5.020))
    _near(places["Mortehoe"], "GB", (51.184, -4.206))


def test_somerset_levels_and_dorset_villages(gaz):
    places = by_text("The Environment Agency told residents of Chedzoy and Stoke St Gregory that the River Parrett "
                     "could overtop its banks again.", gaz)
    _near(places["Chedzoy"], "GB", (51.127, -2.942))
    _near(places["Stoke St Gregory"], "GB", (51.041, -2.941))
    places = by_text("Thousands are expected in Tolpuddle for the annual martyrs' festival, and the lane to "
                     "Milton Abbas will be closed.", gaz)
    _near(places["Tolpuddle"], "GB", (50.748, -2.291))
    _near(places["Milton Abbas"], "GB", (50.815, -2.271))


def test_fracking_sites_and_don_flood_villages(gaz):
    places = by_text("Anti-fracking campaigners held a vigil at Little Plumpton, near Blackpool, as drilling "
                     "resumed, weeks after work was halted near Kirby Misperton.", gaz)
    _near(places["Little Plumpton"], "GB", (53.790, -2.930))
    _near(places["Kirby Misperton"], "GB", (54.200, -0.800))
    places = by_text("Homes in Toll Bar and Barnby Dun were evacuated as the River Don rose, Doncaster council said.",
                     gaz)
    _near(places["Toll Bar"], "GB", (53.558, -1.152))
    _near(places["Barnby Dun"], "GB", (53.573, -1.065))


def test_dales_and_western_lakes_villages(gaz):
    places = by_text("A flash flood swept a car off the road at Low Row, and the bridge at Redmire was closed for "
                     "inspection.", gaz)
    _near(places["Low Row"], "GB", (54.381, -2.000))
    _near(places["Redmire"], "GB", (54.311, -1.926))
    places = by_text("Mountain rescue volunteers from Eskdale Green were called to a fallen climber, and the A595 "
                     "was shut at Holmrook.", gaz)
    _near(places["Eskdale Green"], "GB", (54.397, -3.332))
    _near(places["Holmrook"], "GB", (54.380, -3.420))


def test_scottish_villages(gaz):
    places = by_text("Snow gates were closed at Cock Bridge and at Spittal of Glenshee as drifts blocked both roads.",
                     gaz)
    _near(places["Cock Bridge"], "GB", (57.162, -3.216))
    _near(places["Spittal of Glenshee"], "GB", (56.815, -3.462))
    places = by_text("A man was rescued after his boat capsized off Kippford, while the village of Moniaive lost "
                     "power for two days.", gaz)
    _near(places["Kippford"], "GB", (54.878, -3.812))
    _near(places["Moniaive"], "GB", (55.197, -3.919))


def test_welsh_villages(gaz):
    places = by_text("The Royal Welsh Show returned to Llanelwedd, while the line at Llangennech stayed shut after "
                     "the derailment.", gaz)
    _near(places["Llanelwedd"], "GB", (52.152, -3.395))
    _near(places["Llangennech"], "GB", (51.695, -4.068))
    places = by_text("A farmhouse fire broke out near Llanddewi Brefi, and firefighters from Tregaron were sent to "
                     "a barn at Cwmystwyth.", gaz)
    _near(places["Llanddewi Brefi"], "GB", (52.179, -3.956))
    _near(places["Cwmystwyth"], "GB", (52.357, -3.777))


def test_northern_irish_villages(gaz):
    places = by_text("Katesbridge in County Down recorded minus 12 degrees, the lowest temperature in Northern "
                     "Ireland this winter.", gaz)
    _near(places["Katesbridge"], "GB", (54.288, -6.133))
    places = by_text("Fog delayed flights at Aldergrove, near Antrim, for a second morning.", gaz)
    _near(places["Aldergrove"], "GB", (54.657, -6.216))
    places = by_text("A man died in a crash near Darkley, Co Armagh, on Saturday night.", gaz)
    _near(places["Darkley"], "GB", (54.224, -6.658))


def test_irish_villages(gaz):
    places = by_text("Gardaí closed the road at Kilmichael, Co Cork, after a crash on Friday.", gaz)
    _near(places["Kilmichael"], "IE", (51.811, -9.078))
    places = by_text("The former US president returned to Moneygall, Co Offaly, the village of his Irish ancestors.",
                     gaz)
    _near(places["Moneygall"], "IE", (52.880, -7.955))
    places = by_text("Homes in Kincasslagh and Crolly lost power as the storm crossed Donegal.", gaz)
    _near(places["Kincasslagh"], "IE", (55.000, -8.390))
    _near(places["Crolly"], "IE", (55.020, -8.250))
    places = by_text("Islanders in Lettermullen and Lettermore say the bridge repairs have left them cut off.", gaz)
    _near(places["Lettermullen"], "IE", (53.240, -9.730))


def test_words_and_namesakes_unharmed(gaz):
    places = by_text("The Viet Cong attacked the base at dawn.", gaz)
    assert all(place.country_code != "IE" for place in places.values())
    places = by_text("A house fire in Aldergrove, British Columbia, left two people injured, Langley RCMP said.", gaz)
    _near(places["Aldergrove"], "CA", (49.06, -122.47))
    places = by_text("Firefighters battled a blaze near Kylemore, outside Stellenbosch in the Western Cape.", gaz)
    _near(places["Kylemore"], "ZA", (-33.92, 18.95))
