"""Input readers: every format from real files, every kind of bad input as one Rejected, streaming, offline."""

from __future__ import annotations

import gzip
import json
import socket
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from eventwire.model import Article
from eventwire.sources import Rejected, iter_articles, read_file, read_jsonl
from inputs_fixture import (STORIES, atom_feed, html_page, jsonl_line, make_mixed_folder, rss_feed,
                            warc_bytes)

LIMIT = 2_000_000


def read(path: Path, limit: int = LIMIT) -> list[Article | Rejected]:
    return list(read_file(path, limit=limit))


def articles(items: list) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def rejections(items: list) -> list[Rejected]:
    return [i for i in items if isinstance(i, Rejected)]


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a network connection fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args}")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_mixed_folder_accounts_for_every_input(tmp_path, no_network):
    info = make_mixed_folder(tmp_path / "corpus")
    items = list(iter_articles([tmp_path / "corpus"], limit=info["limit"]))
    good, bad = articles(items), rejections(items)
    assert len(good) == info["n_good"] == len({a.id for a in good})
    for substring in info["good_sources"]:
        assert sum(a.source.endswith(substring) for a in good) == 1, substring
    assert len(bad) == len(info["bad"])
    for substring, code in info["bad"]:
        assert [r.code for r in bad if substring in r.source] == [code], substring
    assert not any("hidden" in i.source or "draft" in i.source or "README" in i.source for i in items)
    again = list(iter_articles([tmp_path / "corpus"], limit=info["limit"]))
    assert [i.source for i in again] == [i.source for i in items]
    assert [a.id for a in articles(again)] == [a.id for a in good]


def test_html_page_main_text_and_metadata(tmp_path, no_network):
    path = tmp_path / "tbilisi.html"
    path.write_text(html_page("tbilisi", date="2023-06-01"), encoding="utf-8")
    [article] = read(path)
    assert "detained dozens of demonstrators" in article.text
    for boilerplate in ("Copyright", "Subscribe", "Most read", "Weather", "recipes"):
        assert boilerplate not in article.text
    assert article.title.startswith("Police detain protesters in Tbilisi")
    assert article.published == date(2023, 6, 1)
    assert article.url == "https://ledger.example/world/tbilisi"
    assert article.outlet == "The Daily Ledger"
    assert article.source == str(path)


def test_html_declared_charset_is_honoured_and_utf8_required_otherwise(tmp_path):
    latin = tmp_path / "latin.html"
    latin.write_bytes(html_page("manila", charset="iso-8859-1").replace("Manila", "Maníla").encode("latin-1"))
    assert "Maníla" in read(latin)[0].text
    undeclared = tmp_path / "undeclared.html"
    undeclared.write_bytes(html_page("manila").replace('<meta charset="utf-8">', "")
                           .replace("Manila", "Maníla").encode("latin-1"))
    [bad] = read(undeclared)
    assert bad.code == "EW104" and bad.raw.startswith(b"<!DOCTYPE html>")


def test_html_without_main_text_and_a_url_only_file_are_rejected_offline(tmp_path, no_network):
    nav = tmp_path / "nav.html"
    nav.write_text("<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>")
    link = tmp_path / "link.html"
    link.write_text("https://ledger.example/world/tbilisi")
    assert [r.code for r in read(nav) + read(link)] == ["EW109", "EW109"]


def test_rss_items_become_articles_with_feed_title_as_outlet(tmp_path):
    path = tmp_path / "wire.rss"
    path.write_text(rss_feed(["andes", "manila"], empty_last=True), encoding="utf-8")
    first, second, empty = read(path)
    assert first.source == f"{path}#1" and second.source == f"{path}#2"
    assert first.outlet == "World Wire" and first.title == STORIES["andes"][0]
    assert first.url == "https://wire.example/andes" and first.published == date(2023, 5, 2)
    assert first.text.startswith("The foreign ministers of Chile") and "<p>" not in first.text
    assert isinstance(empty, Rejected) and empty.code == "EW111" and b"Photo gallery" in empty.raw


def test_atom_entries_and_a_sniffed_feed_without_extension(tmp_path):
    path = tmp_path / "desk"
    path.write_text(atom_feed(["nairobi", "warsaw"]), encoding="utf-8")
    items = read(path)
    assert [a.outlet for a in items] == ["Atom Desk", "Atom Desk"]
    assert items[0].published == date(2023, 5, 4) and items[0].url == "https://atom.example/nairobi"
    assert items[1].text == STORIES["warsaw"][1]


def test_feed_entry_with_a_bad_date_and_a_feed_that_does_not_parse(tmp_path):
    feed = tmp_path / "dates.xml"
    feed.write_text(rss_feed(["andes"]).replace("Tue, 02 May 2023 09:30:00 +0000", "sometime in May"))
    broken = tmp_path / "broken.rss"
    broken.write_text("<rss version='2.0'><channel><title>Cut")
    assert [r.code for r in read(feed) + read(broken)] == ["EW106", "EW110"]


def test_warc_html_responses_skip_requests_and_report_non_html(tmp_path, no_network):
    pages = [("https://site.example/accra", html_page("accra")),
             ("https://site.example/ottawa", html_page("ottawa").replace('<meta name="date" content="2023-05-02">', ""))]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_bytes(pages, gz=True, extra_png=True))
    accra, ottawa, png = read(path)
    assert accra.source == f"{path}#3" and ottawa.source == f"{path}#5"
    assert accra.url == "https://site.example/accra" and accra.published == date(2023, 5, 2)
    assert "reopened their main border crossing" in accra.text and "Subscribe" not in accra.text
    assert ottawa.published is not None and ottawa.published.year >= 2024  # the WARC-Date of the capture
    assert png.code == "EW112" and "image/png" in str(png.error) and png.raw.startswith(b"\x89PNG")


def test_corrupt_warc_keeps_the_records_before(tmp_path):
    path = tmp_path / "cut.warc"
    good = warc_bytes([("https://site.example/a", html_page("andes"))], gz=False)
    path.write_bytes(good + b"garbage line\r\n\r\n")
    page, bad = read(path)
    assert isinstance(page, Article) and bad.code == "EW113"
    gz = tmp_path / "cut.warc.gz"
    data = warc_bytes([("https://site.example/a", html_page("andes")), ("https://site.example/b", html_page("accra"))], gz=True)
    gz.write_bytes(data[: len(data) - 200])
    items = read(gz)
    assert [type(i).__name__ for i in items] == ["Article", "Rejected"] and items[-1].code == "EW108"


def test_gzipped_jsonl_and_html_and_a_truncated_gzip(tmp_path):
    lines = tmp_path / "lines.jsonl.gz"
    lines.write_bytes(gzip.compress(f"{jsonl_line('warsaw')}\n{jsonl_line('accra', id='a-7')}\n".encode()))
    page = tmp_path / "page.htm.gz"
    page.write_bytes(gzip.compress(html_page("bamako").encode()))
    items = read(lines) + read(page)
    assert [a.id for a in items[:2]] == ["ledger-warsaw", "a-7"]
    assert items[1].source == f"{lines}:2" and "four soldiers" in items[2].text
    full = gzip.compress("".join(jsonl_line(k, id=f"n{i}") + "\n" for i, k in enumerate(STORIES) for _ in range(30)).encode())
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(full[: len(full) * 2 // 3])
    items = read(cut)
    assert len(articles(items)) > 0 and [r.code for r in rejections(items)] == ["EW108"]
    assert isinstance(items[-1], Rejected)
    notgz = tmp_path / "fake.txt.gz"
    notgz.write_bytes(b"\x1f\x8b\x08\x00garbage that is not deflate data at all")
    assert [r.code for r in read(notgz)] == ["EW108"]


def test_jsonl_lines_keep_their_ids_and_bad_lines_say_where(tmp_path):
    path = tmp_path / "a.ndjson"
    rows = [jsonl_line("warsaw", id="w-1"), json.dumps({"text": "  "}), "[1, 2]",
            jsonl_line("ottawa", id="o-1", published="2023-07-08T10:00:00Z"),
            json.dumps({"text": STORIES["accra"][1], "published": "Sat, 08 Jul 2023 10:00:00 GMT"})]
    path.write_text("\n".join(rows))
    items = read(path)
    assert [getattr(i, "id", i.source) for i in items] == ["w-1", f"{path}:2", f"{path}:3", "o-1", items[4].id]
    assert items[3].published == date(2023, 7, 8) and items[4].published == date(2023, 7, 8)
    assert len(items[4].id) == 16 and items[1].raw == b'{"text": "  "}\n'
    legacy = list(read_jsonl(path, LIMIT))
    assert [type(i).__name__ for i in legacy] == ["Article", "EventwireError", "EventwireError", "Article", "Article"]


def test_size_limit_per_line_per_entry_and_per_file(tmp_path):
    limit = 2_000
    jsonl = tmp_path / "big.jsonl"
    jsonl.write_text(jsonl_line("andes") + "\n" + json.dumps({"text": "word " * 5000}) + "\n" + jsonl_line("accra"))
    feed = tmp_path / "big.rss"
    feed.write_text(rss_feed(["andes"]).replace("</channel>", "<item><title>Long</title><description>"
                                                + "word " * 1000 + "</description></item></channel>"))
    text = tmp_path / "big.txt.gz"
    text.write_bytes(gzip.compress(b"word " * 1000))
    codes = [getattr(i, "code", "ok") for i in read(jsonl, limit) + read(feed, limit) + read(text, limit)]
    assert codes == ["ok", "EW105", "ok", "ok", "EW105", "EW105"]
    assert "5000 bytes" in str(rejections(read(text, limit))[0].error)


def test_unsupported_and_sniffed_types(tmp_path):
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>')
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04" + bytes(300))
    (tmp_path / "page").write_text(html_page("accra"))
    (tmp_path / "story.txt").write_bytes(gzip.compress(STORIES["bamako"][1].encode()))
    items = list(iter_articles([tmp_path], limit=LIMIT))
    assert [getattr(i, "code", "ok") for i in items] == ["EW114", "ok", "EW114", "ok"]
    assert items[1].title == STORIES["accra"][0] and items[3].text == STORIES["bamako"][1]


def test_missing_path_and_raw_bytes_are_truncated(tmp_path):
    [missing] = list(iter_articles([tmp_path / "nope.txt"], limit=LIMIT))
    assert missing.code == "EW101" and missing.raw is None
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"x" * 300_000)
    [bad] = read(huge, limit=100_000)
    assert bad.code == "EW105" and len(bad.raw) == 64 * 1024 and "300000 bytes" in str(bad.error)


def test_big_jsonl_streams_in_bounded_memory(tmp_path):
    path = tmp_path / "big.jsonl"
    line = (jsonl_line("brasilia", id="x") + "\n").encode()
    with path.open("wb") as handle:
        for _ in range(5_000):
            handle.write(line)
        handle.write(b'{"text": "' + b"y" * 3_000_000 + b'"}\n')
        handle.write(line)
    tracemalloc.start()
    count = codes = 0
    for item in read_file(path, limit=1_000_000):
        count += isinstance(item, Article)
        codes += isinstance(item, Rejected) and item.code == "EW105"
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert path.stat().st_size > 5_000_000
    assert (count, codes) == (5_001, 1)
    assert peak < 4_000_000
