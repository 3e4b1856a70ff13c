"""PLOVER and CAMEO, the two code books every record carries.

The typed code books and their loader live in :mod:`newsevents.knowledge.codebooks`
(the knowledge package is the only code that reads data files); this module is
the name the rest of the package imports them by.
"""

from __future__ import annotations

from newsevents.knowledge.codebooks import CameoCode, Ontology, load_ontology

__all__ = ["CameoCode", "Ontology", "load_ontology"]
