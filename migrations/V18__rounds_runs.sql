-- One row per attempt to run a summary's round: written BEFORE anything is triggered, with the
-- exact plan and picks, so a restart resumes an unfinished run (the trigger records of the same
-- execution key say which steps were sent) and `round retry` resends what failed.
-- running: steps are being sent; started: at least the protocol's fraction of the picked alerts
-- had their jobs requested, the workflow round exists; failed: below it, the state is unchanged.
CREATE TABLE rounds_run (
    summary_id     BIGINT      NOT NULL,
    round          INT         NOT NULL,
    execution_key  TEXT        NOT NULL,
    state          TEXT        NOT NULL CHECK (state IN ('running', 'started', 'failed')),
    plan           JSONB       NOT NULL,
    picks          JSONB       NOT NULL,
    purpose        TEXT        NOT NULL,
    -- a perf sheriff's round options (null: the protocol's default)
    revisions      INT,
    points         INT,
    actor_platform TEXT        NOT NULL,
    actor_id       TEXT        NOT NULL,
    actor_name     TEXT,
    role           TEXT,
    reasons        TEXT,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (summary_id, round)
);
CREATE INDEX rounds_run_running ON rounds_run (state) WHERE state = 'running';
