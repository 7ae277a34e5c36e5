"""Places: the towns88 rows of `geo/data/towns.tsv` (villages, hamlets, townships and city quarters of Canada and the
northern United States that carry the name of a famous city, country or region abroad: Zurich, Ont., Strasbourg,
Sask., Andes, N.Y., Oslo, Minn., Scotland, Conn.) resolve to their country and point when their state or province is
named, and leave the famous namesakes to world news."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_southwestern_ontario_villages(gaz):
    places = by_text("A barn fire near Zurich, Ontario, killed 40 cattle overnight, Huron County fire officials said.", gaz)
    _near(places["Zurich"], "CA", (43.42, -81.62))
    places = by_text("The OPP closed Highway 8 near Dublin, Ontario, after a collision on Tuesday.", gaz)
    _near(places["Dublin"], "CA", (43.52, -81.30))
    places = by_text("Snow squalls buried Southampton and Tiverton along the Lake Huron shore of Ontario.", gaz)
    _near(places["Southampton"], "CA", (44.49, -81.37))
    _near(places["Tiverton"], "CA", (44.26, -81.54))


def test_eastern_ontario_villages_and_toronto_quarters(gaz):
    places = by_text("Frontenac paramedics responded to a rollover near Verona, Ontario, north of Kingston.", gaz)
    _near(places["Verona"], "CA", (44.48, -76.69))
    places = by_text("Toronto police said the shooting happened in Wexford, near Agincourt in Scarborough.", gaz)
    _near(places["Wexford"], "CA", (43.75, -79.29))
    _near(places["Agincourt"], "CA", (43.79, -79.28))


def test_quebec_and_atlantic_communities(gaz):
    places = by_text("The runaway train had been parked at Nantes, Quebec, before it rolled into Lac-Mégantic.", gaz)
    _near(places["Nantes"], "CA", (45.62, -71.00))
    places = by_text("RCMP said a house fire in Falmouth, Nova Scotia, was not suspicious.", gaz)
    _near(places["Falmouth"], "CA", (44.99, -64.16))
    places = by_text("Crews from Anjou were sent to the warehouse blaze in east-end Montreal.", gaz)
    _near(places["Anjou"], "CA", (45.61, -73.56))


def test_prairie_and_british_columbia_villages(gaz):
    places = by_text("Hail flattened crops around Strasbourg, Saskatchewan, on Saturday afternoon.", gaz)
    _near(places["Strasbourg"], "CA", (51.07, -104.95))
    places = by_text("RCMP in Vilna, Alberta, arrested two men after a break-in at the hotel.", gaz)
    _near(places["Vilna"], "CA", (54.12, -111.92))
    places = by_text("A wildfire forced evacuations near Sorrento, British Columbia, on the Shuswap.", gaz)
    _near(places["Sorrento"], "CA", (50.88, -119.47))


def test_new_york_and_pennsylvania_hamlets(gaz):
    places = by_text("State police said the crash happened on Route 28 in Andes, New York, in Delaware County.", gaz)
    _near(places["Andes"], "US", (42.19, -74.79))
    places = by_text("Flash flooding closed roads in Leeds, New York, west of Catskill.", gaz)
    _near(places["Leeds"], "US", (42.25, -73.89))
    places = by_text("Volunteer firefighters battled a house fire in Donegal, Pennsylvania, off the Turnpike.", gaz)
    _near(places["Donegal"], "US", (40.11, -79.38))
    places = by_text("A tornado tore the roofs off barns in Nuremberg, Pennsylvania.", gaz)
    _near(places["Nuremberg"], "US", (40.93, -76.17))


def test_midwest_villages(gaz):
    places = by_text("A derecho knocked out power in Oslo, Minnesota, near the Red River.", gaz)
    _near(places["Oslo"], "US", (48.20, -97.13))
    places = by_text("Sheriff's deputies in Johannesburg, Michigan, investigated a fatal crash.", gaz)
    _near(places["Johannesburg"], "US", (44.99, -84.46))
    places = by_text("The levee held at Thebes, Illinois, as the Mississippi crested.", gaz)
    _near(places["Thebes"], "US", (37.22, -89.46))


def test_new_england_towns(gaz):
    places = by_text("A moose collision closed Route 14 in Calais, Vermont, for two hours.", gaz)
    _near(places["Calais"], "US", (44.37, -72.48))
    places = by_text("Boaters were rescued near the causeway in Naples, Maine, on Sunday.", gaz)
    _near(places["Naples"], "US", (43.97, -70.61))
    places = by_text("Voters in Scotland, Connecticut, approved the school budget.", gaz)
    _near(places["Scotland"], "US", (41.70, -72.08))


def test_famous_namesakes_are_left_alone(gaz):
    places = by_text("MEPs voted in Strasbourg on the migration pact.", gaz)
    assert places["Strasbourg"].country_code == "FR"
    places = by_text("Rescued migrants were brought ashore in Malta on Friday.", gaz)
    assert places["Malta"].country_code == "MT"
    places = by_text("Finland closed its border crossings with Russia.", gaz)
    assert places["Finland"].country_code == "FI"
    places = by_text("New Zealand's prime minister spoke to reporters in Wellington.", gaz)
    assert places["Wellington"].country_code == "NZ"
    places = by_text("Israeli jets struck targets near Damascus overnight.", gaz)
    assert places["Damascus"].country_code == "SY"
    places = by_text("Barcelona's airport was hit by a baggage handlers' strike.", gaz)
    assert places["Barcelona"].country_code == "ES"
    places = by_text("Scotland's First Minister met the Prime Minister in London.", gaz)
    assert places["Scotland"].country_code == "GB"
    places = by_text("Johannesburg's water crisis deepened as reservoirs ran dry.", gaz)
    assert places["Johannesburg"].country_code == "ZA"
