"""What the coder knows: code books, lexicons, word lists, gazetteer additions
and actor tables, read from ``knowledge/data/``.

This package is the only code that opens the project's data files.  Loaders
return immutable values and are cached per process with ``functools.lru_cache``
(no module-level mutable state).
"""
