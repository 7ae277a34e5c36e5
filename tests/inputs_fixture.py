"""Input files of every format, good and bad, written by us (short political news in our own words)."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

LIMIT = 2_000_000

STORIES = {
    "andes": ("Andean ministers agree on water commission",
              "The foreign ministers of Chile and Argentina met in Santiago on Monday to discuss the glaciers "
              "that feed rivers on both sides of the border. Both governments called the talks constructive "
              "and agreed to set up a joint technical commission before the end of the year."),
    "nairobi": ("Kenyan parliament passes budget after protests",
                "Kenya's parliament approved a revised budget on Thursday after weeks of street protests over "
                "planned tax increases. Opposition lawmakers walked out of the chamber before the vote and "
                "promised to challenge the finance bill in court."),
    "tbilisi": ("Police detain protesters in Tbilisi",
                "Police in Tbilisi detained dozens of demonstrators who had camped outside the parliament "
                "building overnight, the interior ministry said. Rights groups accused the authorities of "
                "using excessive force against peaceful protesters."),
    "manila": ("Japan and the Philippines sign defence pact",
               "Japan and the Philippines signed a defence agreement on Friday that lets their troops train "
               "on each other's territory. Officials in Manila said the pact would take effect once both "
               "parliaments ratify it."),
    "brussels": ("EU sanctions drone parts suppliers",
                 "The European Union imposed new sanctions on three companies accused of supplying engine parts "
                 "for military drones, according to a statement issued in Brussels. The firms' assets in the "
                 "bloc will be frozen."),
    "warsaw": ("Farmers march through Warsaw",
               "Thousands of farmers marched through Warsaw on Wednesday to protest against cheap grain "
               "imports, blocking traffic in the city centre for several hours. The agriculture minister "
               "offered to meet their leaders next week."),
    "brasilia": ("Brazil hosts Colombian president for Amazon talks",
                 "Brazil's president hosted his Colombian counterpart in Brasilia for talks on protecting the "
                 "Amazon rainforest. The two leaders pledged to share satellite data and to coordinate police "
                 "operations against illegal mining."),
    "bamako": ("Rebels attack army post in northern Mali",
               "Rebels attacked a military outpost in northern Mali on Sunday, killing four soldiers, the army "
               "said in a statement. The government vowed to pursue the attackers and sent reinforcements "
               "to the region."),
    "ottawa": ("Canada expels diplomat",
               "Canada expelled a foreign diplomat on Tuesday over allegations of interference in local "
               "elections, the foreign minister told reporters in Ottawa. The embassy concerned denied the "
               "accusations and said it would respond."),
    "accra": ("Ghana and Togo reopen border crossing",
              "Ghana and Togo reopened their main border crossing on Saturday after talks between their "
              "interior ministers in Accra. Traders welcomed the decision, which ends a closure that had "
              "lasted three months."),
}


def html_page(key: str, *, date: str = "2023-05-02", charset: str = "utf-8", site: str = "The Daily Ledger") -> str:
    """A news page with navigation, a related-links box and a footer around the story."""
    title, text = STORIES[key]
    paragraphs = "".join(f"<p>{sentence.strip()}.</p>" for sentence in text.split(". ") if sentence.strip(". "))
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="{charset}"><title>{title} | {site}</title>'
        f'<meta property="og:site_name" content="{site}"><meta name="date" content="{date}">'
        f'<link rel="canonical" href="https://ledger.example/world/{key}"></head><body>'
        '<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> '
        '<a href="/weather">Weather</a></nav></header>'
        f"<main><article><h1>{title}</h1>{paragraphs}</article></main>"
        '<aside><h3>Most read</h3><ul><li><a href="/a">Ten recipes for summer</a></li>'
        '<li><a href="/b">Traffic news</a></li></ul></aside>'
        "<footer><p>Copyright 2023 The Daily Ledger. All rights reserved.</p>"
        "<p>Subscribe to our newsletter.</p></footer></body></html>"
    )


def jsonl_line(key: str, *, id: str | None = None, published: object = "2023-05-03") -> str:
    """One JSONL article line."""
    title, text = STORIES[key]
    record = {"id": id or f"ledger-{key}", "url": f"https://ledger.example/{key}", "title": title,
              "text": text, "published": published, "outlet": "The Daily Ledger"}
    return json.dumps(record)


def rss_feed(keys: list[str], *, empty_last: bool = False) -> str:
    """An RSS 2.0 feed with one item per story (HTML in the descriptions); optionally a last item without text."""
    items = "".join(
        f"<item><title>{STORIES[k][0]}</title><link>https://wire.example/{k}</link>"
        f"<pubDate>Tue, 02 May 2023 09:30:00 +0000</pubDate><guid>https://wire.example/{k}</guid>"
        f"<description><![CDATA[<p>{STORIES[k][1]}</p><p><a href='/more'>Read more</a></p>]]></description></item>"
        for k in keys
    )
    if empty_last:
        items += "<item><title>Photo gallery</title><link>https://wire.example/photos</link></item>"
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>World Wire</title>'
            f"<link>https://wire.example/</link><description>News</description>{items}</channel></rss>")


def atom_feed(keys: list[str]) -> str:
    """An Atom feed with one entry per story (HTML content)."""
    entries = "".join(
        f"<entry><title>{STORIES[k][0]}</title><link href='https://atom.example/{k}'/>"
        f"<id>urn:atom:{k}</id><updated>2023-05-04T08:00:00Z</updated><published>2023-05-04T07:00:00Z</published>"
        f"<content type='html'>&lt;p&gt;{STORIES[k][1]}&lt;/p&gt;</content></entry>"
        for k in keys
    )
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Atom Desk</title><id>urn:atom:desk</id><updated>2023-05-04T08:00:00Z</updated>{entries}</feed>")


def warc_bytes(pages: list[tuple[str, str]], *, gz: bool, extra_png: bool = False) -> bytes:
    """A WARC (written with warcio) holding warcinfo, a request and one HTML response per (url, html) page."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "eventwire tests"}))
    for url, page in pages:
        request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "ledger.example")], is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        payload = io.BytesIO(page.encode("utf-8"))
        writer.write_record(writer.create_warc_record(url, "response", payload=payload, http_headers=headers))
    if extra_png:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        payload = io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
        writer.write_record(writer.create_warc_record("https://ledger.example/logo.png", "response",
                                                      payload=payload, http_headers=headers))
    return buffer.getvalue()


def truncated_gzip_jsonl(keys: list[str]) -> bytes:
    """Gzipped JSONL: a complete member with one line per key, then a second member cut short."""
    good = gzip.compress("".join(jsonl_line(k, id=f"gz-{k}") + "\n" for k in keys).encode(), mtime=0)
    rest = gzip.compress((jsonl_line("ottawa", id="gz-lost") + "\n").encode() * 40, mtime=0)
    return good + rest[:12]


def _write(root: Path, name: str, data: bytes | str) -> Path:


    """Write a file, creating its folder."""
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _good(root: Path) -> list[str]:
    """Write the good inputs; return one source substring per good article."""
    _write(root, "text/andes.txt", STORIES["andes"][1])
    _write(root, "text/nairobi", STORIES["nairobi"][1] + "\n")
    _write(root, "web/tbilisi.html", html_page("tbilisi"))
    _write(root, "web/manila.htm", html_page("manila", charset="iso-8859-1").replace("Manila", "Maníla").encode("latin-1"))
    _write(root, "web/brussels.html.gz", gzip.compress(html_page("brussels").encode(), mtime=0))
    lines = [jsonl_line("warsaw"), jsonl_line("brasilia"), "{not json", json.dumps({"id": "x", "title": "No text"}),
             jsonl_line("bamako", id="bad-date", published="last Tuesday"), "", jsonl_line("ottawa")]
    _write(root, "data/lines.jsonl", "\n".join(lines) + "\n")
    _write(root, "data/more.ndjson.gz", gzip.compress((jsonl_line("accra") + "\n").encode(), mtime=0))
    _write(root, "feeds/wire.rss", rss_feed(["andes", "manila"], empty_last=True))
    _write(root, "feeds/desk.xml", atom_feed(["nairobi", "warsaw"]))
    pages = [("https://ledger.example/accra", html_page("accra")), ("https://ledger.example/ottawa", html_page("ottawa"))]
    _write(root, "crawl/site.warc.gz", warc_bytes(pages, gz=True, extra_png=True))
    _write(root, "crawl/one.warc", warc_bytes([("https://ledger.example/brasilia", html_page("brasilia"))], gz=False))
    _write(root, "data/cut.jsonl.gz", truncated_gzip_jsonl(["brussels", "tbilisi"]))
    _write(root, ".hidden/skip.txt", STORIES["bamako"][1])
    _write(root, "text/.draft.txt", STORIES["bamako"][1])
    _write(root, "README.md", "These files are test inputs.\n")
    return ["andes.txt", "text/nairobi", "tbilisi.html", "manila.htm", "brussels.html.gz",
            "lines.jsonl:1", "lines.jsonl:2", "lines.jsonl:7", "more.ndjson.gz:1",
            "wire.rss#1", "wire.rss#2", "desk.xml#1", "desk.xml#2",
            "site.warc.gz#3", "site.warc.gz#5", "one.warc#3", "cut.jsonl.gz:1", "cut.jsonl.gz:2"]


def _bad(root: Path) -> list[tuple[str, str]]:
    """Write one input per kind of bad input; return (source substring, code) pairs."""
    _write(root, "bad/empty.txt", "  \n")
    _write(root, "bad/blob.txt", bytes(range(256)) * 8)
    _write(root, "bad/latin1.txt", "Les ministres se sont réunis à Genève.".encode("latin-1"))
    _write(root, "bad/huge.txt", "word " * (LIMIT // 5 + 10))
    _write(root, "bad/menu.html", "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav>"
                                  "<script>var x = 1;</script></body></html>")
    _write(root, "bad/broken.rss", '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken<item>')
    _write(root, "bad/klingon.html", html_page("ottawa", charset="x-klingon"))
    _write(root, "bad/slides.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    _write(root, "bad/corrupt.warc", warc_bytes([("https://ledger.example/x", html_page("andes"))], gz=False)
           + b"this is not a WARC record\r\n\r\n")
    (root / "bad/missing.txt").symlink_to(root / "bad/nowhere.txt")
    return [("bad/empty.txt", "EW102"), ("bad/blob.txt", "EW103"), ("bad/latin1.txt", "EW104"),
            ("bad/huge.txt", "EW105"), ("lines.jsonl:5", "EW106"), ("lines.jsonl:3", "EW107"),
            ("lines.jsonl:4", "EW107"), ("cut.jsonl.gz", "EW108"), ("bad/menu.html", "EW109"),
            ("bad/broken.rss", "EW110"), ("wire.rss#3", "EW111"), ("site.warc.gz#6", "EW112"),
            ("bad/corrupt.warc", "EW113"), ("bad/slides.pdf", "EW114"), ("bad/klingon.html", "EW115"),
            ("bad/missing.txt", "EW101")]


def make_mixed_folder(root: Path) -> dict:
    """Write good inputs of every format and every kind of bad input under root.

    Hidden files and README.md are written too and must be skipped; the corrupt WARC holds one good
    page before its corruption, which counts as good.

    Every good article has its own id (nothing is skipped as already stored). Returns {"n_good": int, "good_sources": [source substring, ...], "bad": [(source substring, code), ...],
    "limit": the max_article_bytes the bad inputs assume (the default)}.
    """
    root.mkdir(parents=True, exist_ok=True)
    good = _good(root) + ["bad/corrupt.warc#3"]
    bad = _bad(root)
    return {"n_good": len(good), "good_sources": good, "bad": bad, "limit": LIMIT}
