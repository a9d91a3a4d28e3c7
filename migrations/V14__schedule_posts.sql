-- What each scheduled run posts, one row per platform and part, written before anything is sent.
-- The unique key makes a repeated run (recovered after a crash, or a second replica) add nothing;
-- a row is claimed before it is posted and marked after, and a failed post waits and is retried.
CREATE TABLE schedule_post (
    id              BIGSERIAL PRIMARY KEY,
    run_key         TEXT        NOT NULL,
    platform        TEXT        NOT NULL,
    part            INT         NOT NULL,
    summary_id      BIGINT,
    text            TEXT        NOT NULL,
    file_name       TEXT,
    file_type       TEXT,
    file_title      TEXT,
    file_bytes      BYTEA,
    state           TEXT        NOT NULL DEFAULT 'pending'
                                CHECK (state IN ('pending', 'posting', 'posted')),
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    claimed_until   TIMESTAMPTZ,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    posted_at       TIMESTAMPTZ,
    UNIQUE (run_key, platform, part)
);

CREATE INDEX schedule_post_due ON schedule_post (state, next_attempt_at);
