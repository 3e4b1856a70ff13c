"""Exports of the event store: PLOVER JSON Lines, POLECAT and GDELT TSV, Parquet (``writers.EXPORTERS``)."""
