CREATE TABLE IF NOT EXISTS articles (
    id          VARCHAR PRIMARY KEY,
    title       VARCHAR,
    outlet      VARCHAR,
    url         VARCHAR,
    published   DATE,
    source      VARCHAR,
    text        VARCHAR,
    n_events    INTEGER
);
CREATE TABLE IF NOT EXISTS events (
    id              VARCHAR PRIMARY KEY,
    article_id      VARCHAR,
    date            DATE,
    event           VARCHAR,
    mode            VARCHAR,
    status          VARCHAR,
    cameo           VARCHAR,
    quad_code       INTEGER,
    event_scale     DOUBLE,
    actor_codes     VARCHAR[],
    actor_sectors   VARCHAR[],
    recipient_codes VARCHAR[],
    recipient_sectors VARCHAR[],
    event_text      VARCHAR,
    sentence        VARCHAR,
    sentence_start  INTEGER,
    sentence_end    INTEGER,
    record          JSON
);
CREATE TABLE IF NOT EXISTS quarantine (
    source   VARCHAR,
    code     VARCHAR,
    message  VARCHAR,
    PRIMARY KEY (source, code)
);
