package store

import (
	"context"
	"fmt"
)

// sqliteMigrations are the schema's steps for SQLite, in order; the database's
// user_version tells how many have run. A step is never changed once released: a change
// is a new step, for each dialect.
var sqliteMigrations = []string{
	// 1: articles, their facts, and the entities they resolve to.
	`CREATE TABLE articles (
		id        INTEGER PRIMARY KEY,
		hash      TEXT NOT NULL UNIQUE,    -- sha256: and the hex digest of the text
		source    TEXT NOT NULL,           -- the article's identity across versions: its path or address
		version   INTEGER NOT NULL,
		current   INTEGER NOT NULL,        -- 1 for the newest version of its source
		path      TEXT NOT NULL,
		url       TEXT,
		title     TEXT,
		published TEXT,
		text      TEXT NOT NULL,
		record    TEXT NOT NULL,           -- the record, schema onrecord/record/v1
		added     TEXT NOT NULL
	);
	CREATE INDEX articles_source ON articles(source, version);
	CREATE TABLE clusters (
		id       INTEGER PRIMARY KEY,
		type     TEXT NOT NULL,
		name     TEXT NOT NULL,
		articles INTEGER NOT NULL,
		mentions INTEGER NOT NULL
	);
	CREATE INDEX clusters_type ON clusters(type, articles DESC);
	CREATE TABLE entities (
		id       INTEGER PRIMARY KEY,
		article  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
		local    TEXT NOT NULL,            -- its id in the record: E1, E2, ...
		type     TEXT NOT NULL,
		name     TEXT NOT NULL,
		aliases  TEXT NOT NULL,            -- JSON list
		mentions INTEGER NOT NULL,
		cluster  INTEGER,                  -- the entity across articles
		reason   TEXT                      -- why it joined that cluster
	);
	CREATE INDEX entities_article ON entities(article);
	CREATE INDEX entities_cluster ON entities(cluster);
	CREATE TABLE quotes (
		id       INTEGER PRIMARY KEY,
		article  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
		text     TEXT NOT NULL,
		start    INTEGER NOT NULL,
		end      INTEGER NOT NULL,
		kind     TEXT NOT NULL,
		speaker  INTEGER REFERENCES entities(id) ON DELETE SET NULL,
		cue      TEXT,
		sentence TEXT NOT NULL
	);
	CREATE INDEX quotes_article ON quotes(article);
	CREATE INDEX quotes_speaker ON quotes(speaker);
	CREATE TABLE roles (
		id           INTEGER PRIMARY KEY,
		article      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
		holder       INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
		title        TEXT NOT NULL,
		organization INTEGER REFERENCES entities(id) ON DELETE SET NULL,
		party        INTEGER REFERENCES entities(id) ON DELETE SET NULL,
		status       TEXT NOT NULL,
		start_date   TEXT,
		end_date     TEXT,
		ev_start     INTEGER NOT NULL,
		ev_end       INTEGER NOT NULL,
		sentence     TEXT NOT NULL
	);
	CREATE INDEX roles_holder ON roles(holder);
	CREATE INDEX roles_article ON roles(article);
	CREATE TABLE events (
		id        INTEGER PRIMARY KEY,
		article   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
		type      TEXT NOT NULL,
		subject   INTEGER REFERENCES entities(id) ON DELETE SET NULL,
		by_entity INTEGER REFERENCES entities(id) ON DELETE SET NULL,
		post      TEXT,
		modality  TEXT NOT NULL,
		date      TEXT,
		ev_start  INTEGER NOT NULL,
		ev_end    INTEGER NOT NULL,
		sentence  TEXT NOT NULL
	);
	CREATE INDEX events_article ON events(article);
	CREATE INDEX events_subject ON events(subject);
	CREATE INDEX events_by ON events(by_entity);
	CREATE INDEX events_type ON events(type);
	CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id');
	CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
		INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
	END;
	CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
		INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
	END;
	CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id');
	CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
		INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
	END;
	CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
		INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, coalesce(old.title, ''), old.text);
	END;`,
	// 2: the names each entity across articles goes by, for finding it by name.
	`CREATE VIRTUAL TABLE names_fts USING fts5(name, cluster UNINDEXED);`,
	// 3: a number that every change of the store raises, so that readers can tell when
	// what they keep has gone stale.
	`CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
	INSERT INTO meta (key, value) VALUES ('generation', 0);`,
}

// postgresMigrations are the same steps for PostgreSQL; the table schema_version tells
// how many have run. Text is compared byte by byte (collation "C"), as SQLite compares it,
// so that both order their answers alike; full-text search uses the 'simple' configuration,
// which folds case and does not stem, as SQLite's default tokenizer does, on text whose
// characters that PostgreSQL's parser reads as parts of tags, entities, numbers, addresses
// and paths (<&./@:_) are spaces, as they are to SQLite.
var postgresMigrations = []string{
	// 1: articles, their facts, and the entities they resolve to.
	`CREATE TABLE articles (
		id        BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
		hash      TEXT COLLATE "C" NOT NULL UNIQUE,
		source    TEXT COLLATE "C" NOT NULL,
		version   INTEGER NOT NULL,
		current   INTEGER NOT NULL,
		path      TEXT COLLATE "C" NOT NULL,
		url       TEXT COLLATE "C",
		title     TEXT COLLATE "C",
		published TEXT COLLATE "C",
		text      TEXT COLLATE "C" NOT NULL,
		record    TEXT NOT NULL,
		added     TEXT NOT NULL
	);
	CREATE INDEX articles_source ON articles(source, version);
	CREATE INDEX articles_search ON articles USING GIN (to_tsvector('simple', translate(coalesce(title, '') || ' ' || text, '<&./@:_', '       ')));
	CREATE TABLE clusters (
		id       BIGINT PRIMARY KEY,
		type     TEXT COLLATE "C" NOT NULL,
		name     TEXT COLLATE "C" NOT NULL,
		articles INTEGER NOT NULL,
		mentions INTEGER NOT NULL
	);
	CREATE INDEX clusters_type ON clusters(type, articles DESC);
	CREATE TABLE entities (
		id       BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
		article  BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
		local    TEXT COLLATE "C" NOT NULL,
		type     TEXT COLLATE "C" NOT NULL,
		name     TEXT COLLATE "C" NOT NULL,
		aliases  TEXT NOT NULL,
		mentions INTEGER NOT NULL,
		cluster  BIGINT,
		reason   TEXT
	);
	CREATE INDEX entities_article ON entities(article);
	CREATE INDEX entities_cluster ON entities(cluster);
	CREATE TABLE quotes (
		id       BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
		article  BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
		text     TEXT COLLATE "C" NOT NULL,
		start    INTEGER NOT NULL,
		"end"    INTEGER NOT NULL,
		kind     TEXT COLLATE "C" NOT NULL,
		speaker  BIGINT REFERENCES entities(id) ON DELETE SET NULL,
		cue      TEXT COLLATE "C",
		sentence TEXT COLLATE "C" NOT NULL
	);
	CREATE INDEX quotes_article ON quotes(article);
	CREATE INDEX quotes_speaker ON quotes(speaker);
	CREATE INDEX quotes_search ON quotes USING GIN (to_tsvector('simple', translate(text, '<&./@:_', '       ')));
	CREATE TABLE roles (
		id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
		article      BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
		holder       BIGINT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
		title        TEXT COLLATE "C" NOT NULL,
		organization BIGINT REFERENCES entities(id) ON DELETE SET NULL,
		party        BIGINT REFERENCES entities(id) ON DELETE SET NULL,
		status       TEXT COLLATE "C" NOT NULL,
		start_date   TEXT COLLATE "C",
		end_date     TEXT COLLATE "C",
		ev_start     INTEGER NOT NULL,
		ev_end       INTEGER NOT NULL,
		sentence     TEXT COLLATE "C" NOT NULL
	);
	CREATE INDEX roles_holder ON roles(holder);
	CREATE INDEX roles_article ON roles(article);
	CREATE TABLE events (
		id        BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
		article   BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
		type      TEXT COLLATE "C" NOT NULL,
		subject   BIGINT REFERENCES entities(id) ON DELETE SET NULL,
		by_entity BIGINT REFERENCES entities(id) ON DELETE SET NULL,
		post      TEXT COLLATE "C",
		modality  TEXT COLLATE "C" NOT NULL,
		date      TEXT COLLATE "C",
		ev_start  INTEGER NOT NULL,
		ev_end    INTEGER NOT NULL,
		sentence  TEXT COLLATE "C" NOT NULL
	);
	CREATE INDEX events_article ON events(article);
	CREATE INDEX events_subject ON events(subject);
	CREATE INDEX events_by ON events(by_entity);
	CREATE INDEX events_type ON events(type);`,
	// 2: the names each entity across articles goes by, for finding it by name.
	`CREATE TABLE names (name TEXT COLLATE "C" NOT NULL, cluster BIGINT NOT NULL);
	CREATE INDEX names_search ON names USING GIN (to_tsvector('simple', translate(name, '<&./@:_', '       ')));`,
	// 3: a number that every change of the store raises.
	`CREATE TABLE meta (key TEXT PRIMARY KEY, value BIGINT NOT NULL);
	INSERT INTO meta (key, value) VALUES ('generation', 0);`,
}

// migrate runs the steps the database has not run yet, each in a transaction of its own.
func (s *Store) migrate(ctx context.Context) error {
	steps := s.d.migrations
	version, err := s.d.version(ctx, s.db)
	if err != nil {
		return fmt.Errorf("reading the schema version: %w", err)
	}
	if version > len(steps) {
		return fmt.Errorf("the database has schema version %d, newer than this program's %d", version, len(steps))
	}
	if version < len(steps) && s.readOnly {
		return fmt.Errorf("the database has schema version %d and needs %d, which a read-only database cannot be brought to", version, len(steps))
	}
	for v := version; v < len(steps); v++ {
		if err := s.migrateStep(ctx, v); err != nil {
			return fmt.Errorf("schema step %d: %w", v+1, err)
		}
	}
	return nil
}

// migrateStep runs step v, unless another process has run it meanwhile.
func (s *Store) migrateStep(ctx context.Context, v int) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := s.d.lockSchema(ctx, tx); err != nil {
		return err
	}
	if now, err := s.d.version(ctx, tx); err != nil || now > v {
		return err
	}
	if _, err := tx.ExecContext(ctx, s.d.migrations[v]); err != nil {
		return err
	}
	if err := s.d.setVersion(ctx, tx, v+1); err != nil {
		return err
	}
	return tx.Commit()
}
