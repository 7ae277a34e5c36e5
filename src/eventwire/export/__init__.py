"""Exports: event records streamed to PLOVER JSONL, GDELT 2.0 and ICEWS TSV, Parquet, CSV and GeoJSON."""

from .common import ExportOptions, ExportReport
from .registry import FORMATS, ExportFormat, export_records, get_format, write_export

__all__ = ["FORMATS", "ExportFormat", "ExportOptions", "ExportReport", "export_records", "get_format", "write_export"]
