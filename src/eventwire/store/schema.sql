-- eventwire store. Every table is keyed so that re-running an ingest adds nothing twice.
CREATE TABLE IF NOT EXISTS articles (
    id             VARCHAR PRIMARY KEY,
    title          VARCHAR,
    outlet         VARCHAR,
    url            VARCHAR,
    published      DATE,
    source         VARCHAR,
    text           VARCHAR,
    n_events       INTEGER,
    duplicate_of   VARCHAR,
    duplicate_kind VARCHAR,
    similarity     DOUBLE,
    story_id       VARCHAR,
    n_flags        INTEGER DEFAULT 0,
    fingerprint    BLOB,
    ingested_at    TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS sentences (
    article_id VARCHAR,
    n          INTEGER,
    start      INTEGER,
    "end"      INTEGER,
    PRIMARY KEY (article_id, n)
);
CREATE TABLE IF NOT EXISTS entities (
    article_id      VARCHAR,
    start           INTEGER,
    "end"           INTEGER,
    text            VARCHAR,
    code            VARCHAR,
    sector          VARCHAR,
    kind            VARCHAR,
    identifier_text VARCHAR,
    PRIMARY KEY (article_id, start)
);
CREATE TABLE IF NOT EXISTS events (
    id                VARCHAR PRIMARY KEY,
    article_id        VARCHAR,
    date              DATE,
    date_value        VARCHAR,
    date_precision    VARCHAR,
    event             VARCHAR,
    mode              VARCHAR,
    status            VARCHAR,
    cameo             VARCHAR,
    quad_code         INTEGER,
    event_scale       DOUBLE,
    actor_codes       VARCHAR[],
    actor_keys        VARCHAR[],
    recipient_codes   VARCHAR[],
    recipient_keys    VARCHAR[],
    event_text        VARCHAR,
    sentence          VARCHAR,
    sentence_start    INTEGER,
    sentence_end      INTEGER,
    place_country     VARCHAR,
    place_name        VARCHAR,
    lat               DOUBLE,
    lon               DOUBLE,
    record            JSON
);
CREATE TABLE IF NOT EXISTS places (
    article_id    VARCHAR,
    start         INTEGER,
    "end"         INTEGER,
    text          VARCHAR,
    geonameid     BIGINT,
    name          VARCHAR,
    lat           DOUBLE,
    lon           DOUBLE,
    country_code  VARCHAR,
    country       VARCHAR,
    admin1        VARCHAR,
    feature_class VARCHAR,
    feature_code  VARCHAR,
    resolution    VARCHAR,
    direction     VARCHAR,
    PRIMARY KEY (article_id, start)
);
CREATE TABLE IF NOT EXISTS timexes (
    article_id VARCHAR,
    start      INTEGER,
    "end"      INTEGER,
    text       VARCHAR,
    type       VARCHAR,
    value      VARCHAR,
    mod        VARCHAR,
    PRIMARY KEY (article_id, start, "end")
);
CREATE TABLE IF NOT EXISTS quarantine (
    source   VARCHAR,
    code     VARCHAR,
    message  VARCHAR,
    raw      BLOB,
    quarantined_at TIMESTAMP DEFAULT current_timestamp,
    PRIMARY KEY (source, code)
);
CREATE TABLE IF NOT EXISTS story_state (
    id    INTEGER PRIMARY KEY,
    state BLOB
);
CREATE TABLE IF NOT EXISTS story_events (
    id           VARCHAR PRIMARY KEY,
    story_id     VARCHAR,
    event        VARCHAR,
    status       VARCHAR,
    date         VARCHAR,
    num_articles INTEGER,
    num_sources  INTEGER,
    num_origins  INTEGER,
    num_mentions INTEGER,
    event_ids    VARCHAR[],
    article_ids  VARCHAR[]
);
-- Articles assigned to stories since the last story_state snapshot: replayed into the index when it is loaded.
CREATE TABLE IF NOT EXISTS story_pending (
    article_id  VARCHAR PRIMARY KEY,
    story_id    VARCHAR,
    seq         BIGINT,     -- the index's document count when the article joined: replay order
    actors      VARCHAR[],
    places      VARCHAR[],
    event_types VARCHAR[]
);
CREATE TABLE IF NOT EXISTS dirty_stories (
    story_id   VARCHAR,
    article_id VARCHAR
);
CREATE TABLE IF NOT EXISTS flags (
    article_id  VARCHAR,
    start       INTEGER,
    "end"       INTEGER,
    kind        VARCHAR,
    text        VARCHAR,
    explanation VARCHAR,
    evidence    JSON
);
CREATE OR REPLACE VIEW events_view AS
SELECT e.*, a.story_id, s.id AS story_event_id,
       coalesce(s.num_articles, 1) AS num_articles, coalesce(s.num_sources, 1) AS num_sources,
       coalesce(s.num_origins, 1) AS num_origins, coalesce(s.num_mentions, 1) AS num_mentions
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN (SELECT unnest(event_ids) AS event_id, * EXCLUDE (event_ids) FROM story_events) s ON s.event_id = e.id;
