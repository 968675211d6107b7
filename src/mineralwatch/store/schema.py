"""The database schema as an ordered list of migrations.

Each migration is applied once, inside a transaction, and recorded in ``schema_version``; a
database created by an older release is brought up to date on open. Append new migrations;
never edit one that has shipped.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "articles, near-duplicate index, entities, mentions, events, arguments",
        """
        CREATE TABLE articles (
            id            VARCHAR PRIMARY KEY,
            title         VARCHAR,
            source        VARCHAR,
            published     VARCHAR,          -- ISO date or datetime as published
            published_date DATE,            -- its date part, for range queries
            url           VARCHAR,
            author        VARCHAR,
            text          VARCHAR NOT NULL, -- cleaned body; offsets refer to it
            raw           VARCHAR,          -- input as read
            content_hash  VARCHAR NOT NULL,
            format        VARCHAR,
            origin        VARCHAR,
            metadata      JSON,
            duplicate_of  VARCHAR,          -- near duplicate of this article id, if any
            minerals      VARCHAR[],        -- what the article is about
            ingested_at   TIMESTAMP DEFAULT current_timestamp
        );
        CREATE UNIQUE INDEX articles_hash ON articles (content_hash);

        -- MinHash LSH bands: articles sharing a band hash are near-duplicate candidates.
        CREATE TABLE article_bands (
            article_id VARCHAR NOT NULL,
            band       SMALLINT NOT NULL,
            hash       UBIGINT NOT NULL
        );
        CREATE INDEX article_bands_hash ON article_bands (band, hash);
        CREATE TABLE article_minhash (
            article_id VARCHAR PRIMARY KEY,
            hashvalues UBIGINT[] NOT NULL
        );

        CREATE TABLE entities (
            id        VARCHAR PRIMARY KEY,  -- canonical id (mineral:…, country:…, org:…)
            type      VARCHAR NOT NULL,
            name      VARCHAR NOT NULL,
            country   VARCHAR,
            listings  VARCHAR[],
            aliases   VARCHAR[]
        );

        CREATE TABLE article_entities (
            article_id VARCHAR NOT NULL,
            entity_id  VARCHAR NOT NULL,
            salience   DOUBLE,
            mentions   INTEGER,
            PRIMARY KEY (article_id, entity_id)
        );

        CREATE TABLE mentions (
            article_id VARCHAR NOT NULL,
            entity_id  VARCHAR NOT NULL,
            start      INTEGER NOT NULL,
            "end"      INTEGER NOT NULL,
            text       VARCHAR
        );
        CREATE INDEX mentions_article ON mentions (article_id);

        CREATE TABLE events (
            id              VARCHAR PRIMARY KEY, -- article id + ordinal
            article_id      VARCHAR NOT NULL,
            type            VARCHAR NOT NULL,
            kind            VARCHAR,
            date            VARCHAR,             -- ISO day, month (YYYY-MM) or year
            date_precision  VARCHAR,
            date_start      DATE,                -- first day the date can mean, for ranges
            value_amount    DOUBLE,
            value_currency  VARCHAR,
            value_approx    BOOLEAN,
            stage           VARCHAR,
            modality        VARCHAR,
            evidence_text   VARCHAR,
            evidence_start  INTEGER,
            evidence_end    INTEGER,
            confidence      DOUBLE,
            extractor       VARCHAR,
            doc             JSON                 -- the event as in the extraction document
        );
        CREATE INDEX events_article ON events (article_id);
        CREATE INDEX events_type ON events (type);
        CREATE INDEX events_date ON events (date_start);

        CREATE TABLE event_arguments (
            event_id  VARCHAR NOT NULL,
            role      VARCHAR NOT NULL,
            value     VARCHAR NOT NULL,          -- canonical id or literal
            entity_id VARCHAR                    -- set when value is a canonical id
        );
        CREATE INDEX event_arguments_event ON event_arguments (event_id);
        CREATE INDEX event_arguments_entity ON event_arguments (entity_id);
        """,
    ),
    (
        2,
        "reference statistics: USGS world data releases loaded by `reference load`",
        """
        CREATE TABLE reference_releases (
            release     VARCHAR PRIMARY KEY,  -- e.g. MCS2026 (the file's SOURCE column)
            source_file VARCHAR,
            latest_year INTEGER,              -- newest production year in the release
            rows        INTEGER,
            sha256      VARCHAR,
            loaded_at   TIMESTAMP DEFAULT current_timestamp
        );

        -- Long form, as src/mineralwatch/data/reference/world_data.csv: one row per country
        -- (or aggregate), measure (production, capacity, reserves) and year.
        CREATE TABLE reference_world_data (
            release      VARCHAR NOT NULL,
            commodity    VARCHAR NOT NULL,    -- USGS COMMODITY, stripped
            mineral      VARCHAR NOT NULL,    -- canonical mineral id
            type         VARCHAR,             -- USGS TYPE, stripped
            stage        VARCHAR,             -- mine, refinery, smelter, plant, metal, capacity…
            product      VARCHAR,
            country      VARCHAR,             -- country id; empty on aggregate rows
            country_name VARCHAR,
            qualifier    VARCHAR,
            row_kind     VARCHAR NOT NULL,    -- country, world, other, region
            measure      VARCHAR NOT NULL,
            year         INTEGER NOT NULL,
            estimated    BOOLEAN,
            value        DOUBLE,
            bound        VARCHAR,             -- '>' or '<' when USGS gives a bound
            unit         VARCHAR,
            status       VARCHAR,             -- withheld, not_available, qualitative…
            note         VARCHAR
        );
        CREATE INDEX reference_world_data_mineral ON reference_world_data (mineral);
        """,
    ),
]

LATEST_VERSION = MIGRATIONS[-1][0]
