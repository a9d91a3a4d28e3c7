-- Perfherder writes that failed (after the client's own retries), kept until Perfherder accepts
-- them: the bot's state and Perfherder's must not silently disagree.
CREATE TABLE workflow_pending_write (
    id              BIGSERIAL PRIMARY KEY,
    summary_id      BIGINT      NOT NULL,
    what            TEXT        NOT NULL,
    kind            TEXT        NOT NULL,
    target          BIGINT      NOT NULL,
    value           TEXT,
    related         BIGINT,
    attempts        INT         NOT NULL DEFAULT 0,
    last_error      TEXT        NOT NULL DEFAULT '',
    queued_at       TIMESTAMPTZ NOT NULL,
    next_attempt_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX workflow_pending_write_due ON workflow_pending_write (next_attempt_at);
