"""Places: the towns72c rows of `geo/data/towns.tsv` (villages, hamlets, townships and suburbs of Britain, Ireland,
Australia, New Zealand and South Africa that GeoNames' towns of 500+ lack) resolve to their country and point, and
leave words and namesakes alone."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_english_dales_lakes_and_peak_villages(gaz):
    places = by_text("Mountain rescuers carried an injured walker down to Wasdale Head after a fall on Scafell.", gaz)
    _near(places["Wasdale Head"], "GB", (54.47, -3.27))
    places = by_text("The A6 was shut between Matlock Bath and Darley Dale after a landslip in Derbyshire.", gaz)
    _near(places["Matlock Bath"], "GB", (53.12, -1.56))
    _near(places["Darley Dale"], "GB", (53.17, -1.60))
    places = by_text("Flood sirens sounded in Slaithwaite and Golcar as the Colne rose through the night.", gaz)
    _near(places["Slaithwaite"], "GB", (53.62, -1.88))
    _near(places["Golcar"], "GB", (53.64, -1.85))


def test_east_coast_villages(gaz):
    places = by_text("Cliff-top homes at Trusthorpe and Theddlethorpe in Lincolnshire were evacuated before the surge.", gaz)
    _near(places["Trusthorpe"], "GB", (53.32, 0.27))
    _near(places["Theddlethorpe"], "GB", (53.36, 0.22))
    places = by_text("A man from Brancaster was fined after bait diggers were trapped by the tide near Stiffkey.", gaz)
    _near(places["Brancaster"], "GB", (52.96, 0.64))
    _near(places["Stiffkey"], "GB", (52.95, 0.93))
    places = by_text("Campaigners against the new reactor at Sizewell met in Westleton village hall.", gaz)
    _near(places["Sizewell"], "GB", (52.21, 1.62))


def test_welsh_and_scottish_villages(gaz):
    places = by_text("Gwynedd Council closed the road between Penmachno and Pentrefoelas after the storm.", gaz)
    _near(places["Penmachno"], "GB", (53.04, -3.80))
    _near(places["Pentrefoelas"], "GB", (53.05, -3.68))
    places = by_text("The Skye ferry was cancelled and lorries queued at Kennacraig and Tayinloan in Kintyre.", gaz)
    _near(places["Kennacraig"], "GB", (55.81, -5.48))
    _near(places["Tayinloan"], "GB", (55.65, -5.66))
    places = by_text("Decommissioning work at Dounreay has cut jobs in Thurso and Scrabster.", gaz)
    _near(places["Dounreay"], "GB", (58.58, -3.75))
    _near(places["Scrabster"], "GB", (58.61, -3.55))


def test_northern_ireland_and_irish_villages(gaz):
    places = by_text("A prisoner at Maghaberry appeared by video link; his co-accused lives in Dollingstown.", gaz)
    _near(places["Maghaberry"], "GB", (54.51, -6.20))
    _near(places["Dollingstown"], "GB", (54.45, -6.34))
    places = by_text("Gardaí closed the road at Curracloe, County Wexford, after a crash near Oylegate.", gaz)
    _near(places["Curracloe"], "IE", (52.39, -6.38))
    _near(places["Oylegate"], "IE", (52.41, -6.53))
    places = by_text("Protesters against the Corrib gas pipeline gathered at Rossport in County Mayo.", gaz)
    _near(places["Rossport"], "IE", (54.27, -9.82))


def test_australian_country_towns(gaz):
    places = by_text("The RFS issued an emergency warning for Wooli and Minnie Water as the fire jumped containment lines.", gaz)
    _near(places["Wooli"], "AU", (-29.86, 153.27))
    _near(places["Minnie Water"], "AU", (-29.78, 153.30))
    places = by_text("Floodwaters cut off Tullibigeal and Goolgowi in New South Wales.", gaz)
    _near(places["Tullibigeal"], "AU", (-33.42, 146.73))
    _near(places["Goolgowi"], "AU", (-33.98, 145.71))
    places = by_text("Police drove from Katherine to Larrimah to search for the missing man.", gaz)
    _near(places["Larrimah"], "AU", (-15.57, 133.21))
    places = by_text("A bushfire near Jerramungup and Bremer Bay in Western Australia burnt 10,000 hectares.", gaz)
    _near(places["Jerramungup"], "AU", (-33.94, 118.92))
    _near(places["Bremer Bay"], "AU", (-34.39, 119.38))


def test_new_zealand_localities(gaz):
    places = by_text("The quake damaged homes in Waiau and Waikari in North Canterbury.", gaz)
    _near(places["Waiau"], "NZ", (-42.65, 173.04))
    _near(places["Waikari"], "NZ", (-42.96, 172.69))
    places = by_text("Police closed the highway at Mangaweka, north of Taihape, after a truck rolled.", gaz)
    _near(places["Mangaweka"], "NZ", (-39.81, 175.79))
    places = by_text("Heavy swells hit Colac Bay and Orepuki in Southland overnight.", gaz)
    _near(places["Colac Bay"], "NZ", (-46.36, 167.88))
    _near(places["Orepuki"], "NZ", (-46.28, 167.73))


def test_south_african_townships_and_suburbs(gaz):
    places = by_text("Taxi violence flared in Belhar and Eerste River on the Cape Flats.", gaz)
    _near(places["Belhar"], "ZA", (-33.95, 18.63))
    _near(places["Eerste River"], "ZA", (-34.00, 18.73))
    places = by_text("Police raided buildings in Doornfontein and Troyeville in Johannesburg.", gaz)
    _near(places["Doornfontein"], "ZA", (-26.20, 28.05))
    _near(places["Troyeville"], "ZA", (-26.20, 28.07))
    places = by_text("Holidaymakers at Haga Haga and Kidds Beach were warned about rip currents.", gaz)
    _near(places["Haga Haga"], "ZA", (-32.76, 28.25))
    _near(places["Kidds Beach"], "ZA", (-33.15, 27.70))


def test_words_and_namesakes_are_left_alone(gaz):
    places = by_text("The film was shot at Glamis, in the Imperial Sand Dunes of California.", gaz)
    assert all(place.country_code != "GB" for place in places.values())
    places = by_text("The power plant at Waiau, on Oahu in Hawaii, burned oil for decades.", gaz)
    assert places["Waiau"].country_code == "US"
    places = by_text("Ballantrae, Ontario, voted to keep its library open.", gaz)
    assert places["Ballantrae"].country_code == "CA"
    places = by_text("Rossport, Ontario, lies on the north shore of Lake Superior.", gaz)
    assert places["Rossport"].country_code == "CA"
    places = by_text("Police in Cambridge, Massachusetts, arrested two men.", gaz)
    assert places["Cambridge"].country_code == "US"
    places = by_text("Brancaster said the vote would be close.", gaz)
    assert "Brancaster" not in places
