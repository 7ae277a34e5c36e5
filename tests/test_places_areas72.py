"""Places, areas72: rivers, creeks, lakes, reservoirs, dams, bays, peaks, ranges, parks, islands and named regions
that local news of the United States, Canada, Britain, Ireland, Australia, New Zealand and South Africa names and the
gazetteer lacked (`geo/data/areas.tsv`); a town sharing a feature's name keeps its reading where the text means the
town. Our own sentences."""

from __future__ import annotations

from conftest import by_text, in_country_near


def test_rivers_of_texas_and_the_gulf_coast_that_flood(gaz):
    houston = by_text("Deputies went door to door in Humble as the San Jacinto River kept rising overnight.", gaz)
    in_country_near(houston["San Jacinto River"], "US", (29.76, -95.08), within=10)
    hays = by_text("Search teams walked the banks of the Blanco River in Wimberley and the San Marcos River "
                   "further south.", gaz)
    in_country_near(hays["Blanco River"], "US", (29.86, -97.92), within=10)
    in_country_near(hays["San Marcos River"], "US", (29.49, -97.46), within=10)
    storm = by_text("The Calcasieu River topped its banks in Lake Charles after the hurricane passed.", gaz)
    in_country_near(storm["Calcasieu River"], "US", (29.76, -93.34), within=10)


def test_american_lakes_and_reservoirs(gaz):
    boats = by_text("Game wardens pulled two fishermen from Lake Conroe and a third from Kentucky Lake.", gaz)
    in_country_near(boats["Lake Conroe"], "US", (30.42, -95.58), within=15)
    in_country_near(boats["Kentucky Lake"], "US", (36.65, -88.08), within=25)
    water = by_text("Lake Shasta filled to the brim while an algae bloom closed beaches on Utah Lake.", gaz)
    in_country_near(water["Lake Shasta"], "US", (40.78, -122.33), within=15)
    in_country_near(water["Utah Lake"], "US", (40.22, -111.80), within=15)


def test_american_peaks_parks_and_islands(gaz):
    climb = by_text("Rangers reached a stranded hiker on Half Dome before the storm hit Yosemite.", gaz)
    in_country_near(climb["Half Dome"], "US", (37.75, -119.53), within=5)
    snow = by_text("The first snow of autumn dusted Pikes Peak above Colorado Springs.", gaz)
    in_country_near(snow["Pikes Peak"], "US", (38.84, -105.04), within=5)
    park = by_text("A bus carrying tourists overturned on the road into Denali National Park.", gaz)
    in_country_near(park["Denali National Park"], "US", (63.33, -150.50), within=25)
    ferry = by_text("Ferry service to Mackinac Island resumed once the ice broke up in the straits.", gaz)
    in_country_near(ferry["Mackinac Island"], "US", (45.85, -84.62), within=5)


def test_canadian_rivers_lakes_parks_and_regions(gaz):
    alberta = by_text("The Red Deer River rose past the flood mark at Drumheller, Alberta officials said.", gaz)
    in_country_near(alberta["Red Deer River"], "CA", (50.94, -110.00), within=10)
    quebec = by_text("Homes on the shore of Lac des Deux Montagnes were sandbagged as the spring melt went on.", gaz)
    in_country_near(quebec["Lac des Deux Montagnes"], "CA", (45.45, -74.00), within=15)
    fires = by_text("Wildfires closed Yoho National Park and forced evacuations across the Kootenays.", gaz)
    in_country_near(fires["Yoho National Park"], "CA", (51.40, -116.50), within=20)
    in_country_near(fires["Kootenays"], "CA", (49.50, -117.30), within=25)


def test_british_rivers_reservoirs_hills_and_straits(gaz):
    salford = by_text("Flood sirens sounded in Salford as the River Irwell rose two metres in a night.", gaz)
    in_country_near(salford["River Irwell"], "GB", (53.43, -2.41), within=10)
    dam = by_text("Engineers pumped water out of Toddbrook Reservoir to stop the dam wall giving way.", gaz)
    in_country_near(dam["Toddbrook Reservoir"], "GB", (53.32, -1.98), within=5)
    moor = by_text("A moorland fire on Kinder Scout spread towards the Forest of Bowland's edge, crews said.", gaz)
    in_country_near(moor["Kinder Scout"], "GB", (53.39, -1.87), within=5)
    in_country_near(moor["Forest of Bowland"], "GB", (53.98, -2.55), within=15)
    strait = by_text("A yacht ran aground in the Menai Strait near Bangor.", gaz)
    in_country_near(strait["Menai Strait"], "GB", (53.20, -4.20), within=10)


def test_irish_mountains_harbours_islands_and_rivers(gaz):
    gorse = by_text("Gorse fires burned for two days on the Knockmealdown Mountains in County Waterford.", gaz)
    in_country_near(gorse["Knockmealdown Mountains"], "IE", (52.23, -7.90), within=15)
    farms = by_text("Mussel farms in Killary Harbour were shut after a toxic algae alert.", gaz)
    in_country_near(farms["Killary Harbour"], "IE", (53.62, -9.80), within=10)
    ferry = by_text("Tory Island was cut off for nine days when storms stopped the ferry.", gaz)
    in_country_near(ferry["Tory Island"], "IE", (55.27, -8.23), within=5)
    flood = by_text("Farmland near Ballinasloe lay under water as the River Suck kept rising.", gaz)
    in_country_near(flood["River Suck"], "IE", (53.27, -8.05), within=10)


def test_australian_and_new_zealand_rivers_regions_and_peaks(gaz):
    queensland = by_text("The Burnett River peaked at Bundaberg as Lockyer Valley farmers counted their losses.", gaz)
    in_country_near(queensland["Burnett River"], "AU", (-24.76, 152.40), within=10)
    in_country_near(queensland["Lockyer Valley"], "AU", (-27.55, 152.30), within=25)
    dry = by_text("Wheat growers across the Mallee said the crop was the worst in a decade.", gaz)
    in_country_near(dry["Mallee"], "AU", (-35.00, 142.00), within=25)
    volcano = by_text("Climbers were told to keep off Mount Ngauruhoe as the wind rose over Tongariro.", gaz)
    in_country_near(volcano["Mount Ngauruhoe"], "NZ", (-39.16, 175.63), within=5)
    cyclone = by_text("Orchards beside the Rangitāiki River were flooded and roads in the Wairarapa closed.", gaz)
    in_country_near(cyclone["Rangitāiki River"], "NZ", (-37.92, 176.90), within=10)
    in_country_near(cyclone["Wairarapa"], "NZ", (-41.10, 175.60), within=25)


def test_south_african_dams_peaks_and_regions(gaz):
    water = by_text("The Vanderkloof Dam and the Sterkfontein Dam were both above 90 percent, the department said.",
                    gaz)
    in_country_near(water["Vanderkloof Dam"], "ZA", (-29.99, 24.73), within=10)
    in_country_near(water["Sterkfontein Dam"], "ZA", (-28.43, 29.02), within=10)
    hike = by_text("A hiker who fell on Lion's Head was airlifted to hospital in Cape Town.", gaz)
    in_country_near(hike["Lion's Head"], "ZA", (-33.94, 18.39), within=5)
    north = by_text("Malaria cases rose in Maputaland, KwaZulu-Natal health officials said.", gaz)
    in_country_near(north["Maputaland"], "ZA", (-27.00, 32.50), within=25)


def test_features_of_two_countries_have_none(gaz):
    lake = by_text("A float plane crashed into Lake Memphremagog near Magog, Quebec.", gaz)
    place = lake["Lake Memphremagog"]
    assert place.country_code in ("", None) and place.feature_code == "LK"
    assert abs(place.lat - 45.08) < 0.2 and abs(place.lon + 72.25) < 0.2
    islet = by_text("Hans Island is now split between Canada and Denmark.", gaz)
    assert islet["Hans Island"].country_code in ("", None) and islet["Hans Island"].feature_code == "ISL"


def test_towns_named_like_a_feature_keep_their_reading(gaz):
    town = by_text("Police closed a street in Jersey Shore, Pennsylvania, after a gas leak.", gaz)
    assert town["Jersey Shore"].country_code == "US" and town["Jersey Shore"].feature_class == "P"
    coast = by_text("Storm surge flooded boardwalks along the Jersey Shore overnight.", gaz)
    in_country_near(coast["Jersey Shore"], "US", (40.00, -74.05), within=25)
    ontario = by_text("The council of Lion's Head, Ontario, voted to rebuild the harbour.", gaz)
    assert ontario["Lion's Head"].country_code == "CA" and ontario["Lion's Head"].feature_class == "P"
    alberta = by_text("Police in Red Deer, Alberta, arrested two men after a robbery.", gaz)
    assert alberta["Red Deer"].country_code == "CA" and alberta["Red Deer"].feature_class == "P"
    kerry = by_text("Two kayakers were rescued in Kenmare Bay, a mile from Kenmare.", gaz)
    assert kerry["Kenmare"].feature_class == "P"
    in_country_near(kerry["Kenmare Bay"], "IE", (51.80, -9.75), within=10)
