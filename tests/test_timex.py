"""Time expressions: extraction, TIMEX3 values against a publication date, helpers for events, the CLI."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.errors import EventwireError
from eventwire.timex import Timex, find_timexes, governing_timex, timex_date

PUBLISHED = date(2022, 9, 7)  # a Wednesday
runner = CliRunner()


def tag(text: str, published: date | None = PUBLISHED, **kwargs: bool) -> list[Timex]:
    found = find_timexes(text, published, **kwargs)
    for t in found:
        assert text[t.start:t.end] == t.text
    return list(found)


def one(text: str, phrase: str, published: date | None = PUBLISHED) -> Timex:
    """The expression whose text is `phrase` (exactly)."""
    hits = [t for t in tag(text, published) if t.text == phrase]
    assert hits, f"{phrase!r} not found in {[t.text for t in tag(text, published)]}"
    return hits[0]


@pytest.mark.parametrize("text, phrase, value", [
    ("A Russian official said Wednesday that talks went well.", "Wednesday", "2022-09-07"),
    ("They met on Monday in Geneva.", "Monday", "2022-09-05"),
    ("The ministers will meet on Friday.", "Friday", "2022-09-09"),
    ("The summit is scheduled for Saturday.", "Saturday", "2022-09-10"),
    ("Talks resume next Monday.", "next Monday", "2022-09-12"),
    ("They spoke last Wednesday.", "last Wednesday", "2022-08-31"),
])
def test_weekdays_follow_the_local_tense(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


@pytest.mark.parametrize("text, phrase, value", [
    ("Modi and Lula intend to hold talks next week in Kazakhstan.", "next week", "2022-W37"),
    ("Fighting escalated last week.", "last week", "2022-W35"),
    ("Markets fell this week.", "this week", "2022-W36"),
    ("Exports fell last month.", "last month", "2022-08"),
    ("Elections are due next month.", "next month", "2022-10"),
    ("Inflation rose last year.", "last year", "2021"),
    ("The treaty expires next year.", "next year", "2023"),
    ("Growth slowed this year.", "this year", "2022"),
    ("Prices rose earlier this month.", "earlier this month", "2022-09"),
    ("The plant closed two years ago.", "two years ago", "2020"),
    ("The deal collapsed three days ago.", "three days ago", "2022-09-04"),
    ("The ship sank two weeks ago.", "two weeks ago", "2022-W34"),
    ("The minister resigned yesterday.", "yesterday", "2022-09-06"),
    ("The minister resigns today.", "today", "2022-09-07"),
    ("The minister will resign tomorrow.", "tomorrow", "2022-09-08"),
])
def test_relative_dates_resolve_against_the_publication_date(text: str, phrase: str, value: str) -> None:
    t = one(text, phrase)
    assert (t.type, t.value) == ("DATE", value)


@pytest.mark.parametrize("text, phrase, value", [
    ("Modi and Lula last held talks in Delhi in February, before the election.", "February", "2022-02"),
    ("Xi will visit Moscow in February.", "February", "2023-02"),
    ("The vote took place in May.", "May", "2022-05"),
    ("Turnout was low in November 2020.", "November 2020", "2020-11"),
    ("The ceasefire was signed on 7 September 2022.", "7 September 2022", "2022-09-07"),
    ("The ceasefire was signed on September 7, 2022.", "September 7, 2022", "2022-09-07"),
    ("The ceasefire was signed on Sept. 5 in Minsk.", "Sept. 5", "2022-09-05"),
    ("Filed 2022-09-07 by the clerk.", "2022-09-07", "2022-09-07"),
    ("The letter is dated 07/09/2022.", "07/09/2022", "2022-09-07"),
    ("The letter is dated 12/25/2021.", "12/25/2021", "2021-12-25"),
    ("The talks ended on December 30.", "December 30", "2021-12-30"),
])
def test_months_and_explicit_dates(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


@pytest.mark.parametrize("text, phrase, value, mod", [
    ("The virus spread from China in late 2019.", "late 2019", "2019", "END"),
    ("Talks began in early 2020.", "early 2020", "2020", "START"),
    ("The base opened in mid-2021.", "mid-2021", "2021-06-XX", "MID"),
    ("The army grew in the 1990s.", "the 1990s", "199", None),
    ("The rebels were strong in the early '80s.", "the early '80s", "198", "START"),
    ("Sales rose in the second quarter.", "the second quarter", "2022-Q2", None),
    ("Sales rose in Q4 2021.", "Q4 2021", "2021-Q4", None),
    ("Profits fell last quarter.", "last quarter", "2022-Q2", None),
    ("The offensive began last summer.", "last summer", "2022-SU", None),
    ("Elections are expected next spring.", "next spring", "2023-SP", None),
    ("Troops arrived in the winter of 2021.", "the winter of 2021", "2021-WI", None),
    ("Growth slowed at the end of the year.", "the end of the year", "2022", "END"),
    ("Sales fell 5% from a year earlier.", "a year earlier", "2021", None),
    ("Exports rose in March of this year.", "March of this year", "2022-03", None),
])
def test_periods_with_modifiers(text: str, phrase: str, value: str, mod: str | None) -> None:
    t = one(text, phrase)
    assert (t.type, t.value, t.mod) == ("DATE", value, mod)


@pytest.mark.parametrize("text, phrase, value, mod", [
    ("He ruled for two years.", "two years", "P2Y", None),
    ("The siege lasted 18 months.", "18 months", "P18M", None),
    ("The ferry resumed after 2 ½ years.", "2 ½ years", "P2.5Y", None),
    ("It took almost three and a half years.", "almost three and a half years", "P3.5Y", "LESS_THAN"),
    ("Workers began a 12-hour strike.", "12-hour", "PT12H", None),
    ("The war lasted three decades.", "three decades", "P30Y", None),
    ("The talks lasted about thirty minutes.", "about thirty minutes", "PT30M", "APPROX"),
    ("Aid will flow over the next four years.", "the next four years", "P4Y", None),
    ("Repairs run from 2003 to 2006.", "from 2003 to 2006", "P3Y", None),
    ("Engineers worked for years on the dam.", "years", "PXY", None),
])
def test_durations(text: str, phrase: str, value: str, mod: str | None) -> None:
    t = one(text, phrase)
    assert (t.type, t.value, t.mod) == ("DURATION", value, mod)


@pytest.mark.parametrize("text, phrase, kind, value", [
    ("The vote closes at 3 p.m. local time.", "3 p.m.", "TIME", "2022-09-07T15:00"),
    ("The blast happened at 15:00 GMT.", "15:00 GMT", "TIME", "2022-09-07T15:00Z"),
    ("Talks began on Tuesday at 10 a.m. in Geneva.", "10 a.m.", "TIME", "2022-09-06T10:00"),
    ("Shelling resumed on Wednesday morning.", "Wednesday morning", "TIME", "2022-09-07TMO"),
    ("The president speaks tonight.", "tonight", "TIME", "2022-09-07TNI"),
    ("Sirens sounded last night.", "last night", "TIME", "2022-09-06TNI"),
    ("Inspectors visit every week.", "every week", "SET", "P1W"),
    ("The forum meets annually.", "annually", "SET", "P1Y"),
    ("Protesters gather every Wednesday.", "every Wednesday", "SET", "XXXX-WXX-3"),
    ("The bank is now under state control.", "now", "DATE", "PRESENT_REF"),
    ("The rebels recently seized the town.", "recently", "DATE", "PAST_REF"),
])
def test_times_sets_and_references(text: str, phrase: str, kind: str, value: str) -> None:
    t = one(text, phrase)
    assert (t.type, t.value) == (kind, value)


@pytest.mark.parametrize("text", [
    "May I ask the minister a question?",
    "The march on the capital drew thousands.",
    "Prices could fall further as summer demand fades.",
    "Shares fell 2.5 percent to $2019.",
])
def test_words_that_only_look_like_dates_are_left_alone(text: str) -> None:
    assert tag(text) == []


def test_the_seed_article_gives_the_dates_of_its_events(shared_seed: str) -> None:
    found = {t.text: t for t in tag(shared_seed)}
    assert found["next week"].value == "2022-W37"
    assert found["February"].value == "2022-02"
    assert (found["late 2019"].value, found["late 2019"].mod) == ("2019", "END")
    assert found["Wednesday"].value == "2022-09-07"


@pytest.fixture
def shared_seed() -> str:
    from conftest import shared_file

    return shared_file("seed/000_c3ad2f93699c1550.txt").read_text(encoding="utf-8")


def test_relative_dates_need_the_publication_date_unless_told_otherwise() -> None:
    with pytest.raises(EventwireError) as caught:
        find_timexes("Talks resume on Wednesday.", None)
    assert caught.value.code == "EW601" and "Wednesday" in str(caught.value)
    loose = tag("Talks resume on Wednesday, not on 7 September 2022.", None, strict=False)
    assert [(t.value, t.anchored) for t in loose] == [("XXXX-WXX-3", False), ("2022-09-07", True)]
    assert [t.value for t in tag("Signed on 7 September 2022 for two years.", None)] == ["2022-09-07", "P2Y"]


@pytest.mark.parametrize("text, phrase, kind, value", [
    ("The company filed for bankruptcy on June 1, 2009. The next day, shares fell.", "The next day", "DATE", "2009-06-02"),
    ("The plant closed in 2008. The following year it reopened.", "The following year", "DATE", "2009"),
    ("Rebels took the town on 3 March. Three days later the army retook it.", "Three days later", "DATE", "2022-03-06"),
    ("Troops left in May 2014; two years later they returned.", "two years later", "DATE", "2016"),
    ("Sales fell in the second quarter of 2009 from a year earlier.", "a year earlier", "DATE", "2008"),
    ("The talks opened on 12 May 2021. The day before, protesters gathered.", "The day before", "DATE", "2021-05-11"),
    ("The vote was on Monday, March 30. That evening, the president spoke.", "That evening", "TIME", "2022-03-30TEV"),
    ("He resigned in 2004 and died the same year.", "the same year", "DATE", "2004"),
    ("Talks will open on 3 October. The following week, ministers meet.", "The following week", "DATE", "2022-W41"),
    ("Talks resume next month. The next day, ministers meet.", "The next day", "DATE", "2022-09-08"),
    ("The next day, the ceasefire held.", "The next day", "DATE", "2022-09-08"),
])
def test_anaphoric_expressions_count_from_the_last_date_mentioned(text: str, phrase: str, kind: str, value: str) -> None:
    t = one(text, phrase)
    assert (t.type, t.value) == (kind, value)


def test_anaphora_resolve_without_a_publication_date_when_the_text_names_a_date() -> None:
    found = tag("The deal was signed on 7 September 2022. The next day, markets rose.", None)
    assert [(t.text, t.value, t.anchored) for t in found] == [
        ("7 September 2022", "2022-09-07", True), ("The next day", "2022-09-08", True)]
    loose = tag("The next day, markets rose.", None, strict=False)
    assert [(t.value, t.anchored) for t in loose] == [("XXXX-XX-XX", False)]


@pytest.mark.parametrize("text, phrase, value", [
    ("Stocks rose on Monday, September 5. During the session, oil fell.", "the session", "2022-09-05"),
    ("Stocks rose on Monday, September 5. In the previous session they had fallen.", "the previous session", "2022-09-02"),
    ("The index fell 2% on Friday and ended the week 5% lower for the week.", "the week", "2022-W35"),
    ("Shares slid 3% for the day.", "the day", "2022-09-07"),
    ("Car sales fell in the week ending August 27.", "the week ending August 27", "2022-W34"),
    ("Profits rose this fiscal year.", "this fiscal year", "FY2022"),
    ("Prices rose in the first half.", "the first half", "2022-H1"),
    ("Shelling continued over the weekend.", "the weekend", "2022-W35-WE"),
    ("The empire peaked in the 19th century.", "the 19th century", "18"),
])
def test_sessions_periods_and_fiscal_years(text: str, phrase: str, value: str) -> None:
    assert one(text, phrase).value == value


@pytest.mark.parametrize("text, phrase, value", [
    ("Shops were busy at Christmas.", "Christmas", "2021-12-25"),
    ("The troops will be home by Christmas.", "Christmas", "2022-12-25"),
    ("Talks failed on Christmas Eve 2013.", "Christmas Eve 2013", "2013-12-24"),
    ("Fireworks marked New Year’s Day.", "New Year’s Day", "2022-01-01"),
    ("The vote is set for Thanksgiving.", "Thanksgiving", "2022-11-24"),
    ("Sales peaked on Black Friday 2020.", "Black Friday 2020", "2020-11-27"),
    ("Pilgrims gathered at Easter 2008.", "Easter 2008", "2008-03-23"),
    ("Markets closed for Good Friday last year.", "Good Friday", "2022-04-15"),
    ("Workers marched on Labor Day.", "Labor Day", "2022-09-05"),
    ("Ships docked after Memorial Day.", "Memorial Day", "2022-05-30"),
])
def test_holidays_are_dated(text: str, phrase: str, value: str) -> None:
    t = one(text, phrase)
    assert (t.type, t.value) == ("DATE", value)


def test_ranges_keep_their_years_and_references_their_plain_extent() -> None:
    found = [(t.text, t.type, t.value) for t in tag("The bridge is repaired from 2003 to 2006, and between 2019 and 2021 widened.")]
    assert found == [("from 2003 to 2006", "DURATION", "P3Y"), ("2003", "DATE", "2003"), ("2006", "DATE", "2006"),
                     ("between 2019 and 2021", "DURATION", "P2Y"), ("2019", "DATE", "2019"), ("2021", "DATE", "2021")]
    assert [(t.text, t.value) for t in tag("Prices rose in recent years.")] == [("recent years", "PAST_REF")]
    assert [(t.text, t.value) for t in tag("Output rose 5% year-over-year.")] == [("year-over-year", "P1Y")]
    assert [(t.text, t.value) for t in tag("It took a year and a half.")] == [("a year and a half", "P1.5Y")]
    rates = tag("The plant builds 15 jets a year, a year after it opened in 2008, a year of crisis.")
    assert [(t.text, t.type) for t in rates] == [("a year", "SET"), ("a year", "DURATION"), ("2008", "DATE"), ("a year", "DURATION")]
    assert [(t.text, t.value) for t in tag("A deal is expected in the coming weeks.")] == [("the coming weeks", "PXW")]


@pytest.mark.parametrize("text", [
    "The now-defunct agency and the soon-to-open terminal were formerly state-owned.",
    "Troops landed on Christmas Island.",
    "The day of the attack was cold.",
])
def test_look_alikes_of_new_rules_are_left_alone(text: str) -> None:
    assert tag(text) == []


def test_records_are_frozen_and_serialise() -> None:
    t = one("Talks resume next week.", "next week")
    assert t.as_dict() == {"start": 13, "end": 22, "text": "next week", "type": "DATE", "value": "2022-W37",
                           "mod": None, "anchored": True}
    with pytest.raises(AttributeError):
        t.value = "x"  # type: ignore[misc]


@pytest.mark.parametrize("value, kind, expected", [
    ("2022-09-07", "DATE", ("2022-09-07", "day")),
    ("2022-09-07T15:00", "TIME", ("2022-09-07", "day")),
    ("2022-W37", "DATE", ("2022-09-12", "week")),
    ("2022-02", "DATE", ("2022-02-01", "month")),
    ("2022-Q3", "DATE", ("2022-07-01", "quarter")),
    ("2022-SU", "DATE", ("2022-06-01", "season")),
    ("2019", "DATE", ("2019-01-01", "year")),
    ("199", "DATE", ("1990-01-01", "decade")),
    ("2021-06-XX", "DATE", ("2021-06-01", "month")),
    ("PRESENT_REF", "DATE", None),
    ("XXXX-WXX-3", "DATE", None),
    ("P2Y", "DURATION", None),
    ("P1W", "SET", None),
])
def test_timex_date_gives_first_day_and_precision(value: str, kind: str, expected: tuple[str, str] | None) -> None:
    assert timex_date(Timex(0, 1, "x", kind, value)) == expected


@pytest.fixture(scope="module")
def nlp(pipeline):
    return pipeline.nlp


def _govern(nlp, sentence: str, trigger: str) -> str | None:
    prefix = "Intro sentence here. "
    text = prefix + sentence
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == trigger)
    found = governing_timex(doc, len(prefix), token, find_timexes(text, PUBLISHED))
    return found.text if found else None


def test_governing_timex_picks_the_expression_of_the_triggers_clause(nlp) -> None:
    sentence = "The ministers will meet next week in Kazakhstan, a year after they met in Delhi in February."
    assert _govern(nlp, sentence, "meet") == "next week"
    assert _govern(nlp, sentence, "met") == "February"


def test_governing_timex_ignores_an_expression_of_another_verb(nlp) -> None:
    sentence = "Officials said on Monday that rebels had attacked the convoy."
    assert _govern(nlp, sentence, "said") == "Monday"
    assert _govern(nlp, sentence, "attacked") is None
    assert _govern(nlp, "Rebels attacked the convoy near the border.", "attacked") is None


def test_governing_timex_handles_noun_triggers_and_chains(nlp) -> None:
    assert _govern(nlp, "The summit on Friday ended without a deal.", "summit") == "Friday"
    assert _govern(nlp, "Modi and Lula plan to meet next week in Kazakhstan.", "meet") == "next week"


def _cli(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def test_cli_prints_a_table_and_jsonl(tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("The ministers plan to meet next week, an aide said Wednesday.", encoding="utf-8")
    table = _cli("timexes", str(path), "--published", "2022-09-07")
    assert table.exit_code == 0, table.output
    assert "2022-W37" in table.stdout and "next week" in table.stdout and "2022-09-07" in table.stdout
    lines = _cli("timexes", "-", "--published", "2022-09-07", "--format", "jsonl", input=path.read_text())
    assert lines.exit_code == 0, lines.output
    records = [json.loads(line) for line in lines.stdout.splitlines()]
    assert [(r["text"], r["value"]) for r in records] == [("next week", "2022-W37"), ("Wednesday", "2022-09-07")]


def test_cli_without_a_publication_date(tmp_path) -> None:
    failed = _cli("timexes", "-", input="Talks resume on Wednesday.")
    assert failed.exit_code == 2 and "EW601" in failed.output and "Traceback" not in failed.output
    marked = _cli("timexes", "-", "--allow-unanchored", input="Talks resume on Wednesday.")
    assert marked.exit_code == 0 and "XXXX-WXX-3 (unanchored)" in marked.stdout
    bad = _cli("timexes", "-", "--published", "2022-13-45", input="Talks resume on Wednesday.")
    assert bad.exit_code == 2 and "EW106" in bad.output
