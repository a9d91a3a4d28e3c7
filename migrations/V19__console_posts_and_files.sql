-- The console as a full chat platform: posts the notes mirror and the scheduled reports make once
-- per key (a retry after a crash finds the first post instead of posting again), and the files
-- (charts, CSV) shared in the channel or a card's thread, served to the page from here.

ALTER TABLE console_message ADD COLUMN post_key TEXT;

CREATE UNIQUE INDEX console_message_post_key ON console_message (post_key)
    WHERE post_key IS NOT NULL;

CREATE TABLE console_file (
    id          BIGSERIAL   PRIMARY KEY,
    filename    TEXT        NOT NULL,
    media_type  TEXT        NOT NULL,
    title       TEXT        NOT NULL,
    bytes       BYTEA       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
