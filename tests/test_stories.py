"""Stories: B-cubed arithmetic, the ECB+ gate, online behaviour, persistence and corroboration."""

from __future__ import annotations

import json
import zlib
from datetime import date

import pytest
from conftest import EXAMPLES, shared_file
from typer.testing import CliRunner

from eventwire.cli.app import app
from eventwire.errors import EventwireError
from eventwire.eval.baseline import check_floors
from eventwire.eval.stories import bcubed, read_gold, score
from eventwire.stories import StoryDoc, StoryIndex, corroborate

QUAKE = ("A magnitude 6.4 earthquake struck the Aegean island of Samos on Friday, killing two teenagers "
         "in the port of Vathy, Greek officials said. The quake damaged buildings across the island.")
QUAKE_2 = ("Two teenagers died in Vathy on Samos when a magnitude 6.4 earthquake hit the Greek island on "
           "Friday, officials said, as rescuers searched damaged buildings.")
FLOOD = ("Floods in the Brazilian state of Rio Grande do Sul have left 37 people dead after days of rain, "
         "Governor Eduardo Leite said, as rivers burst their banks around Porto Alegre.")


def test_bcubed_hand_example() -> None:
    gold = {"a": "X", "b": "X", "c": "X", "d": "Y", "e": "Y"}
    predicted = {"a": "1", "b": "1", "c": "2", "d": "2", "e": "2"}
    # precision: a,b 1; c,d,e 1/3, 2/3, 2/3 -> (1+1+1/3+2/3+2/3)/5 = 11/15
    # recall: a,b 2/3; c 1/3; d,e 1 -> (2/3+2/3+1/3+1+1)/5 = 11/15
    scores = bcubed(predicted, gold)
    assert scores["precision"] == pytest.approx(11 / 15, abs=1e-4)
    assert scores["recall"] == pytest.approx(11 / 15, abs=1e-4)
    assert scores["f1"] == pytest.approx(11 / 15, abs=1e-4)
    assert bcubed(gold, gold)["f1"] == 1.0


def test_related_reports_join_and_others_do_not() -> None:
    index = StoryIndex(window_days=7)
    first = index.assign(StoryDoc("q1", QUAKE, published=date(2020, 10, 30)))
    assert index.assign(StoryDoc("q2", QUAKE_2, published=date(2020, 10, 31))) == first
    assert index.assign(StoryDoc("f1", FLOOD, published=date(2020, 10, 31))) != first


def test_duplicate_joins_its_original_and_window_starts_new_story() -> None:
    index = StoryIndex(window_days=7)
    first = index.assign(StoryDoc("q1", QUAKE, published=date(2020, 10, 30)))
    index.assign(StoryDoc("f1", FLOOD, published=date(2020, 10, 30)))
    # a declared duplicate joins its original's story even when its text says something else
    assert index.assign(StoryDoc("dup", FLOOD, published=date(2020, 10, 30), duplicate_of="q1")) == first
    # the same report a month later is outside the window: a new story
    assert index.assign(StoryDoc("late", QUAKE_2, published=date(2020, 12, 1))) != first
    # assigning a known article again returns its story
    assert index.assign(StoryDoc("q1", QUAKE, published=date(2020, 10, 30))) == first


def test_reprints_join_their_story_without_pulling_it_towards_their_text() -> None:
    index = StoryIndex(window_days=7)
    first = index.assign(StoryDoc("q1", QUAKE, published=date(2020, 10, 30)))
    index.assign(StoryDoc("q2", QUAKE_2, published=date(2020, 10, 30)))
    story = index.stories[first]
    centroid, lead = dict(story.centroid), dict(story.lead)
    for n in range(5):  # the first report reprinted by five more outlets the next day
        assert index.assign(StoryDoc(f"r{n}", QUAKE, published=date(2020, 10, 31), duplicate_of="q1")) == first
    assert (story.centroid, story.lead, story.size) == (centroid, lead, 2)
    assert story.last == date(2020, 10, 31) and index.article_story["r4"] == first
    replayed = StoryIndex(window_days=7)  # a killed run's articles replayed into the last snapshot
    for doc in (StoryDoc("q1", QUAKE, published=date(2020, 10, 30)),
                StoryDoc("q2", QUAKE_2, published=date(2020, 10, 30)),
                StoryDoc("r0", QUAKE, published=date(2020, 10, 31), duplicate_of="q1")):
        replayed.replay(doc, first)
    assert replayed.stories[first].centroid == centroid and replayed.stories[first].size == 2


def test_state_round_trip_gives_the_same_assignments() -> None:
    docs = [json.loads(line) for line in (EXAMPLES / "demo" / "wire.jsonl").read_text().splitlines()]
    story_docs = [StoryDoc(d["id"], d["text"], d["title"], date.fromisoformat(d["published"]), d["outlet"]) for d in docs]
    whole = StoryIndex()
    expected = [whole.assign(d) for d in story_docs]
    half = StoryIndex()
    for d in story_docs[:6]:
        half.assign(d)
    restored = StoryIndex.from_state(half.state())
    assert [restored.assign(d) for d in story_docs[6:]] == expected[6:]
    assert len(set(expected)) < len(expected) / 2  # reprints and reports really grouped


def test_state_holds_live_stories_not_every_article() -> None:
    index = StoryIndex(window_days=7)
    first = index.assign(StoryDoc("q1", QUAKE, published=date(2020, 1, 1)))
    index.assign(StoryDoc("q2", QUAKE_2, published=date(2020, 1, 2)))
    for day in range(40):  # a month and more of unrelated daily stories
        index.assign(StoryDoc(f"d{day}", f"Report {day}: {FLOOD}", published=date(2020, 2, 1 + day % 28)))
    index.prune()
    assert first not in index.stories  # out of reach of new articles: dropped
    restored = StoryIndex.from_state(index.state())
    assert first not in restored.stories and b"q1" not in zlib.decompress(index.state())
    # a copy of an article from an earlier run still joins its original's story through the look-up
    live = next(iter(restored.stories))
    restored.story_of = {"old": live}.get
    assert restored.assign(StoryDoc("copy", QUAKE, published=date(2020, 2, 3), duplicate_of="old")) == live


def test_bad_state_is_a_coded_error() -> None:
    with pytest.raises(EventwireError, match="EW901"):
        StoryIndex.from_state(b"not a snapshot")


def test_gate_ecbplus() -> None:
    docs = read_gold(shared_file("gold/ecbplus/ecbplus_docs.jsonl"))
    scores = score(docs, lambda: StoryIndex(window_days=7))
    assert scores["gold_clusters"] == 86
    assert not check_floors("ecbplus", scores), scores


def test_eval_cli_on_small_file(tmp_path) -> None:
    path = tmp_path / "gold.jsonl"
    rows = [{"doc": "a", "text": QUAKE, "cluster": "q"}, {"doc": "b", "sentences": [QUAKE_2], "cluster": "q"},
            {"doc": "c", "text": FLOOD, "cluster": "f"}]
    path.write_text("\n".join(json.dumps(r) for r in rows))
    result = CliRunner().invoke(app, ["eval", "stories", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["scores"]["f1"] == 1.0
    several = CliRunner().invoke(app, ["eval", "stories", str(path), "--json", "--shuffles", "3"])
    assert several.exit_code == 0, several.output
    out = json.loads(several.output)
    assert len(out["shuffled_runs"]) == 3 and out["shuffled_mean"]["f1"] == 1.0
    path.write_text('{"doc": "a"}\n')
    bad = CliRunner().invoke(app, ["eval", "stories", str(path)])
    assert bad.exit_code == 2 and "EW401" in bad.output


def _event(eid: str, article: str, outlet: str, origin: str, kind: str = "SANCTION", actor: str = "CHN",
           recipient: str = "JPN", status: str = "occurred", day: str = "2023-08-24") -> dict:
    return {"id": eid, "article_id": article, "outlet": outlet, "origin": origin, "event": kind, "status": status,
            "date": day, "actor": [{"code": actor}], "recipient": [{"code": recipient}] if recipient else []}


def test_corroborate_counts_articles_sources_and_origins() -> None:
    events = [
        _event("e1", "wire", "Meridian Wire", "wire"),
        _event("e2", "reprint", "Harbour Post", "wire"),            # a reprint: no new origin
        _event("e3", "reprint", "Harbour Post", "wire"),            # a second mention in the same article
        _event("e4", "indep", "Continental Daily", "indep", day="2023-08-25"),
        _event("e5", "indep", "Continental Daily", "indep", actor="JPN", recipient="CHN", kind="REQUEST"),
        _event("e6", "other", "Atlas", "other", status="negated"),  # a different claim, not the same happening
    ]
    merged = corroborate(events)
    top = merged[0]
    assert (top.event, top.num_articles, top.num_sources, top.num_origins, top.num_mentions) == ("SANCTION", 3, 3, 2, 4)
    assert set(top.event_ids) == {"e1", "e2", "e3", "e4"}
    assert len(merged) == 3
    assert top.as_dict()["num_sources"] == 3


def test_years_and_numbers_are_their_own_heavy_kinds() -> None:
    from eventwire.stories.features import WEIGHTS, sentence_terms
    kinds = {t.text: t.kind for t in sentence_terms("The 2011 storm cut power to 40,000 homes in Ohio")}
    assert kinds["2011"] == "year" and kinds["40000"] == "number" and kinds["storm"] == "word"
    assert WEIGHTS["year"] > WEIGHTS["word"] and WEIGHTS["number"] > WEIGHTS["word"]


def test_same_kind_of_happening_in_another_year_is_another_story() -> None:
    recall = ("Carmaker Nordwagen recalls {n} cars over faulty airbags, {y}. Nordwagen said the {y} recall "
              "covers {n} sedans with airbags that may not open in a crash.")
    index = StoryIndex(window_days=None)
    first = index.assign(StoryDoc("r1", recall.format(n="120,000", y="2011")))
    assert index.assign(StoryDoc("r2", recall.format(n="120,000", y="2011") + " Dealers will fix them.")) == first
    assert index.assign(StoryDoc("r3", recall.format(n="85,000", y="2019"))) != first


def test_stated_month_reads_a_written_out_date() -> None:
    from eventwire.stories.features import stated_month
    assert stated_month(["Storm hits coast", "Posted Oct 4th, 2017 at 9:00"]) == "2017-10"
    assert stated_month(["LONDON, 12 February 2020 - talks resumed"]) == "2020-02"
    assert stated_month(["Talks resumed in 2020", "Marine 5 2013"]) is None


def test_stated_month_reads_a_date_in_figures() -> None:
    from eventwire.stories.features import stated_month
    assert stated_month(["Updated 14/09/2013 13:26"]) == "2013-09"
    assert stated_month(["Posted 2013-09-18 05:31 GMT"]) == "2013-09"
    assert stated_month(["09/27/2013 - talks resumed"]) == "2013-09"
    assert stated_month(["04/05/2013 - talks resumed"]) is None  # day and month cannot be told apart


def test_mentioned_years_are_years_not_parts_of_figures() -> None:
    from eventwire.stories.features import mentioned_years
    assert mentioned_years("In 2008, 1,2013 people; the 1989 uprising; 2013/09/18; 2.2013 and 2005.") == {
        "2008", "1989", "2005"}


def test_undated_story_naming_other_years_counts_less_for_a_dated_article() -> None:
    from eventwire.stories.doc import UNDATED_STORY_FACTOR, date_factor, doc_features
    index = StoryIndex(window_days=7)
    old = StoryDoc("o1", "A magnitude 5.9 earthquake struck the island on Sunday, the worst since 2003, "
                         "officials said. " + QUAKE)
    story = index.stories[index.assign(old)]
    assert story.years == {"2003"} and not story.months
    dated = StoryDoc("n1", "November 27, 2005\n" + QUAKE_2)
    same_year = StoryDoc("n2", "November 27, 2003\n" + QUAKE_2)
    assert date_factor("2005-11", doc_features(dated).years, story) == UNDATED_STORY_FACTOR
    assert date_factor("2003-11", doc_features(same_year).years, story) == 1.0
    assert date_factor(None, frozenset(), story) == 1.0  # no date on either side: no objection
    # stories of real streams are dated by their articles' publication dates: the rule stays out of the way
    live = StoryIndex(window_days=7)
    first = live.assign(StoryDoc("p1", old.text, published=date(2020, 10, 30)))
    assert live.assign(StoryDoc("p2", "October 30, 2020\n" + QUAKE_2, published=date(2020, 10, 30))) == first


FINE = ("Harbour City Sharks forward Tomas Brandvik was fined by the port authority on Tuesday for speeding his "
        "motorboat through the marina, officials said. Brandvik was stopped by harbour patrol near the fuel dock and "
        "issued a penalty notice, officers said. The Sharks said they were aware of the fine handed to their forward.")
FINE_2 = ("The port authority fined Sharks forward Tomas Brandvik on Tuesday for speeding his motorboat through the "
          "marina. Harbour patrol stopped Brandvik near the fuel dock in Harbour City and issued a penalty notice.")
OTHER_FINE = ("March 3, 2016\nHarbour City Sharks defender Oskar Lindqvist was fined by the port authority on Tuesday "
              "for speeding his motorboat through the marina, officials said. Lindqvist was stopped by harbour patrol "
              "near the fuel dock and issued a penalty notice, officers said. The Sharks said they were aware of the "
              "fine handed to their defender.")
OTHER_FINE_2 = ("March 4, 2016 - Sharks defender Oskar Lindqvist, fined for speeding his motorboat through the marina, "
                "said he would pay the penalty. Lindqvist had been stopped by harbour patrol in Harbour City.")


def test_dated_report_of_a_similar_happening_starts_its_own_story_beside_undated_ones() -> None:
    index = StoryIndex(window_days=7)
    index.assign(StoryDoc("q", QUAKE))
    index.assign(StoryDoc("f", FLOOD))
    first = index.assign(StoryDoc("a1", FINE))
    assert index.assign(StoryDoc("a2", FINE_2)) == first  # undated reports of one fine
    # a dated report of another player's fine, worded alike, is not taken for the undated story
    other = index.assign(StoryDoc("b1", OTHER_FINE))
    assert other != first
    assert index.assign(StoryDoc("b2", OTHER_FINE_2)) == other
    # an undated report clearly of the dated story joins it
    assert index.assign(StoryDoc("b3", OTHER_FINE_2.removeprefix("March 4, 2016 - "))) == other
    # a dated report clearly of the undated story still joins it
    index = StoryIndex(window_days=7)
    index.assign(StoryDoc("q", QUAKE))
    first = index.assign(StoryDoc("a1", FINE))
    assert index.assign(StoryDoc("a2", "March 1, 2016\n" + FINE_2)) == first


def test_undated_article_naming_no_year_counts_less_for_a_dated_story() -> None:
    from eventwire.stories.doc import UNDATED_ARTICLE_FACTOR, UNDATED_STORY_FACTOR, date_factor, doc_features
    index = StoryIndex(window_days=7)
    dated = index.stories[index.assign(StoryDoc("d1", "March 3, 2016\n" + QUAKE))]
    undated = index.stories[index.assign(StoryDoc("u1", FLOOD))]
    assert date_factor(None, doc_features(StoryDoc("u2", QUAKE_2)).years, dated) == UNDATED_ARTICLE_FACTOR
    assert date_factor(None, frozenset({"2016"}), dated) == 1.0
    assert date_factor("2016-03", frozenset(), undated) == UNDATED_STORY_FACTOR


def test_state_keeps_story_dates_and_years() -> None:
    index = StoryIndex(window_days=7)
    story_id = index.assign(StoryDoc("d1", "SAMOS, October 30, 2020 - " + QUAKE + " The last such quake was in 2017."))
    restored = StoryIndex.from_state(index.state()).stories[story_id]
    assert restored.months == {"2020-10"} and restored.years == {"2020", "2017"}
