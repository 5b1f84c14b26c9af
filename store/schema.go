package store

import (
	"context"
	"fmt"
)

// migrations are the schema's steps, in order; the database's user_version tells how many
// have run. A step is never changed once released: a change is a new step.
var migrations = []string{
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

// migrate runs the steps the database has not run yet, each in a transaction of its own.
func (s *Store) migrate(ctx context.Context) error {
	var version int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("reading the schema version: %w", err)
	}
	if version > len(migrations) {
		return fmt.Errorf("the database has schema version %d, newer than this program's %d", version, len(migrations))
	}
	if version < len(migrations) && s.readOnly {
		return fmt.Errorf("the database has schema version %d and needs %d, which a read-only database cannot be brought to", version, len(migrations))
	}
	for v := version; v < len(migrations); v++ {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			tx.Rollback()
			return fmt.Errorf("schema step %d: %w", v+1, err)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v+1)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("schema step %d: %w", v+1, err)
		}
	}
	return nil
}
