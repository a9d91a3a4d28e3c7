-- The bot's local copy of Perfherder alert summaries, how far the poller has followed each
-- watched repository and framework, and the outbox of summary events.

-- One row per summary the bot has seen. payload is the parsed summary (the module's own JSON
-- form, not Treeherder's), content_hash its SHA-256: an unchanged summary costs no write.
CREATE TABLE perfherder_summary (
    id               BIGINT      PRIMARY KEY,
    repository       TEXT        NOT NULL,
    framework_id     INTEGER     NOT NULL,
    created          TIMESTAMPTZ,
    content_hash     TEXT        NOT NULL,
    payload          JSONB       NOT NULL,
    first_seen_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_changed_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX perfherder_summary_by_created ON perfherder_summary (repository, framework_id, created);

-- Per watched repository and framework (by name): "since" bounds what the first poll
-- announced, head_created is the newest creation time a completed walk from the newest summary
-- reached (the next walk stops there), last_rescan_at is when recent summaries were last re-read
-- in full to notice edits.
CREATE TABLE perfherder_sync_cursor (
    repository      TEXT        NOT NULL,
    framework       TEXT        NOT NULL,
    since           TIMESTAMPTZ NOT NULL,
    head_created    TIMESTAMPTZ,
    last_rescan_at  TIMESTAMPTZ,
    PRIMARY KEY (repository, framework)
);

-- Events written in the same transaction as the local copy and published after commit. A row
-- is delivered once its listeners ran; failures are retried up to a configured number of times.
CREATE TABLE perfherder_event_outbox (
    id            BIGSERIAL   PRIMARY KEY,
    summary_id    BIGINT      NOT NULL,
    kind          TEXT        NOT NULL CHECK (kind IN ('APPEARED', 'CHANGED')),
    changes       TEXT        NOT NULL DEFAULT '',
    before_json   JSONB,
    after_json    JSONB       NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    attempts      INTEGER     NOT NULL DEFAULT 0,
    last_error    TEXT,
    delivered_at  TIMESTAMPTZ
);
-- "Appeared" exists at most once per summary, whatever replica or retry writes it.
CREATE UNIQUE INDEX perfherder_event_outbox_appeared_once
    ON perfherder_event_outbox (summary_id) WHERE kind = 'APPEARED';
CREATE INDEX perfherder_event_outbox_pending
    ON perfherder_event_outbox (id) WHERE delivered_at IS NULL;
