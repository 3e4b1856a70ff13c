"""The store's SQL schema.

The ``events`` table is generated from :class:`~newsevents.records.StoredEvent`,
the one definition of a stored event's columns; the other tables are the
store's own bookkeeping.  The version is kept in ``PRAGMA user_version``.
"""

from __future__ import annotations

from newsevents.records import STORED_EVENT_COLUMNS, Column

# 2: events keyed by the identity rule of store/dedup.py (country-level parties,
# symmetric types, no date in the key), indexes for date windows and one-party
# lookups, and where an event's date and place came from.
SCHEMA_VERSION = 2
UPGRADABLE_VERSIONS = (1,)  # the same tables: columns added, keys and indexes renewed
# Columns added since version 1, added in place when an older store is opened for writing.
ADDED_IN_VERSION_2 = ("date_source TEXT", "location_source TEXT", "background INTEGER NOT NULL DEFAULT 0")
_SQL_TYPES = {str: "TEXT", int: "INTEGER", float: "REAL"}

_ARTICLES = """
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE,
    content_hash TEXT,                 -- sha256 of the whitespace-normalised text
    title TEXT,
    url TEXT,
    source TEXT,                       -- the outlet, as the input gave it
    published TEXT,
    story INTEGER NOT NULL,            -- first stored article of its near-duplicate group
    source_key TEXT NOT NULL,          -- what num_sources counts: the story's outlet
    signature BLOB,                    -- MinHash of the text, NULL when too short
    problem TEXT,                      -- why coding gave nothing, if it failed
    num_mentions INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_by_hash ON articles (content_hash);

-- Locality-sensitive hashing bands of each article's signature.
CREATE TABLE IF NOT EXISTS article_bands (
    band_key INTEGER NOT NULL,
    article INTEGER NOT NULL REFERENCES articles (id),
    PRIMARY KEY (band_key, article)
) WITHOUT ROWID;
"""

_EVENT_INDEX_STATEMENTS = (
    "CREATE INDEX IF NOT EXISTS events_by_key_date ON events (dedup_key, date)",
    "CREATE INDEX IF NOT EXISTS events_by_dyad ON events (actor_country, recipient_country, date)",
    "CREATE INDEX IF NOT EXISTS events_by_date ON events (date)",
    # a mention naming one party looks for the events of its type with that party
    "CREATE INDEX IF NOT EXISTS events_by_actor_type ON events (actor_country, event, date)",
    "CREATE INDEX IF NOT EXISTS events_by_recipient_type ON events (recipient_country, event, date)",
)
_EVENT_INDEXES = "".join(f"{statement};\n" for statement in _EVENT_INDEX_STATEMENTS)

_MENTIONS = """
-- One row per coded event in a sentence, with its evidence (the full record).
CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles (id),
    sentence_index INTEGER NOT NULL,
    event_id INTEGER REFERENCES events (id),  -- NULL unless the mention is asserted
    modality TEXT NOT NULL,
    record TEXT NOT NULL                      -- EventRecord.to_dict() as JSON
);
CREATE INDEX IF NOT EXISTS mentions_by_event ON mentions (event_id, article);
CREATE INDEX IF NOT EXISTS mentions_by_article ON mentions (article);
"""


def _column_sql(column: Column) -> str:
    return f"{column.sql_name} {_SQL_TYPES[column.kind]}{'' if column.nullable else ' NOT NULL'}"


def events_table_sql() -> str:
    """``CREATE TABLE events``: the stored event's columns, after the primary key
    the dedup key (type, direction and parties: ``store/dedup.py``)."""
    key, *rest = STORED_EVENT_COLUMNS
    lines = [
        f"{key.sql_name} INTEGER PRIMARY KEY",
        "dedup_key TEXT NOT NULL",
        *(_column_sql(column) for column in rest),
    ]
    return "CREATE TABLE IF NOT EXISTS events (\n    " + ",\n    ".join(lines) + "\n);"


def schema_sql() -> str:
    """The whole schema, as one script."""
    return "\n".join((_ARTICLES, events_table_sql(), _EVENT_INDEXES, _MENTIONS))


def upgrade_sql() -> tuple[str, ...]:
    """The statements that bring a store of an upgradable version to this one
    (with the events re-keyed by ``store.merging.rekey_events``)."""
    return ("DROP INDEX IF EXISTS events_by_key", *_EVENT_INDEX_STATEMENTS)
