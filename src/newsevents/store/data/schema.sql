-- The event store: articles, the mentions coded from them, and the events the
-- mentions are deduplicated into.  Version in PRAGMA user_version (store.SCHEMA_VERSION).

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

CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    dedup_key TEXT NOT NULL,           -- actor code | recipient code | event type | date
    date TEXT,
    date_precision TEXT,
    event TEXT NOT NULL,
    mode TEXT,
    context TEXT,
    cameo TEXT,
    quad_class INTEGER,
    goldstein REAL,
    actor_code TEXT,
    actor_country TEXT,
    actor_sector TEXT,
    actor_name TEXT,
    recipient_code TEXT,
    recipient_country TEXT,
    recipient_sector TEXT,
    recipient_name TEXT,
    location_name TEXT,
    location_resolved_name TEXT,
    location_country TEXT,
    location_admin1 TEXT,
    location_lat REAL,
    location_lon REAL,
    location_geonameid INTEGER,
    location_feature TEXT,
    num_mentions INTEGER NOT NULL,
    num_articles INTEGER NOT NULL,
    num_sources INTEGER NOT NULL,
    source_url TEXT,                   -- of the first article that reported it
    first_article_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_key ON events (dedup_key);
CREATE INDEX IF NOT EXISTS events_by_dyad ON events (actor_country, recipient_country, date);
CREATE INDEX IF NOT EXISTS events_by_date ON events (date);

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
