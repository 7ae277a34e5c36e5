"""Docs that cannot drift: the README's CLI reference is generated from the commands."""

from __future__ import annotations

from pathlib import Path

from eventwire.cli.docs import BEGIN, END, reference

README = Path(__file__).resolve().parents[1] / "README.md"


def test_cli_reference_matches_the_commands():
    text = README.read_text(encoding="utf-8")
    assert BEGIN in text and END in text, "README.md lacks the CLI reference markers"
    current = text.split(BEGIN, 1)[1].split(END, 1)[0].strip()
    assert current == reference().strip(), "README CLI reference is stale: run `python -m eventwire.cli.docs`"


def test_readme_leads_with_the_two_commands():
    text = README.read_text(encoding="utf-8")
    first = text[: text.index("## ", text.index("make test"))] if "make test" in text else ""
    assert "make demo" in first and "make test" in first
