-- The notes mirror: the journal of a summary's notes lines (the bot is its memory, Perfherder keeps
-- no history), its append-only history, and the durable queue that carries each change to
-- Perfherder and to every chat platform's thread (claimed before the call, confirmed after).

-- One row per journal line, in its current form. origin is the chat platform a thread message
-- came from, or 'perfherder' for a line someone wrote in the web UI; source_id is the message's id
-- on that platform (or a generated key for a web-UI line).
CREATE TABLE notes_lines (
    id          BIGSERIAL   PRIMARY KEY,
    summary_id  BIGINT      NOT NULL,
    origin      TEXT        NOT NULL,
    source_id   TEXT        NOT NULL,
    author      TEXT        NOT NULL,
    -- who may edit it: the author's platform-qualified id ('perfherder' for web-UI lines)
    author_id   TEXT        NOT NULL,
    text        TEXT        NOT NULL,
    written_at  TIMESTAMPTZ NOT NULL,
    removed     BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT notes_lines_once UNIQUE (summary_id, origin, source_id)
);
-- Edits and deletions name only the message (platform and id), not the summary.
CREATE INDEX notes_lines_by_message ON notes_lines (origin, source_id);

-- Every change of every line, never updated or deleted: what history <id> shows.
CREATE TABLE notes_history (
    id          BIGSERIAL   PRIMARY KEY,
    summary_id  BIGINT      NOT NULL,
    line_id     BIGINT      REFERENCES notes_lines (id),
    change      TEXT        NOT NULL CHECK (change IN ('added', 'edited', 'removed', 'folded')),
    author      TEXT        NOT NULL,
    origin      TEXT        NOT NULL,
    text        TEXT        NOT NULL,
    at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX notes_history_summary ON notes_history (summary_id, id);

-- The queue: one row per line change and target ('perfherder', or a chat platform and the place
-- it posts to, e.g. 'slack:C0123', so only replicas configured for that place take it). Each
-- action is idempotent (a tagged line replaced in place, a post keyed by its line), so a claim a
-- crash left behind is simply done again.
CREATE TABLE notes_deliveries (
    id          BIGSERIAL   PRIMARY KEY,
    line_id     BIGINT      NOT NULL REFERENCES notes_lines (id),
    target      TEXT        NOT NULL,
    action      TEXT        NOT NULL CHECK (action IN ('write', 'post', 'edit', 'delete')),
    state       TEXT        NOT NULL DEFAULT 'queued'
                            CHECK (state IN ('queued', 'sending', 'done', 'failed')),
    attempts    INTEGER     NOT NULL DEFAULT 0,
    not_before  TIMESTAMPTZ NOT NULL DEFAULT now(),
    claimed_at  TIMESTAMPTZ,
    last_error  TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX notes_deliveries_open ON notes_deliveries (line_id, target, id)
    WHERE state IN ('queued', 'sending');

-- Where a line was posted for each target (to edit or remove it later).
CREATE TABLE notes_posts (
    line_id      BIGINT NOT NULL REFERENCES notes_lines (id),
    target       TEXT   NOT NULL,
    platform     TEXT   NOT NULL,
    conversation TEXT   NOT NULL,
    message_id   TEXT   NOT NULL,
    PRIMARY KEY (line_id, target)
);

-- Things the bot says once per summary thread (e.g. that only sheriffs are mirrored).
CREATE TABLE notes_notices (
    summary_id BIGINT NOT NULL,
    platform   TEXT   NOT NULL,
    kind       TEXT   NOT NULL,
    PRIMARY KEY (summary_id, platform, kind)
);
