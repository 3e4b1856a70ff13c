"""Scoring the coder against gold sets (``newsevents eval``; docs/accuracy.md).

``sentences``: the event-type classifier on labelled sentences (plv, gsr, penta,
noevent, own).  ``real``: whole-coder hit rates on CASE 2021 snippets and
IndiaPoliceEvents sentences.  ``satp``: where, when and who on South Asia
Terrorism Portal paragraphs.  ``multisource``: one event per real event across
outlets, in the event store.
"""
