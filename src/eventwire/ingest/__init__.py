"""Ingest: read inputs, skip what is stored, record copies, analyse in batches, write each batch atomically."""

from .executors import EXECUTORS, InProcess, make_executor
from .runner import Ingest, Summary

__all__ = ["EXECUTORS", "InProcess", "Ingest", "Summary", "make_executor"]
