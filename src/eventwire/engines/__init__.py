"""Execution engines beyond the local ones in `eventwire.ingest.executors`: `ray` registers itself on import."""
