"""Evaluation against gold sets, and the checked-in score floors that gate `make test`."""

from .baseline import check_floors, load_baselines

__all__ = ["check_floors", "load_baselines"]
