-- Every hook call the bot makes (or would make, in dry-run), written BEFORE the call and updated
-- after it, so a restart in the middle of a plan knows what was already requested and triggers
-- nothing twice. One row per step of an execution (execution_key = the caller's idempotency key).
CREATE TABLE taskcluster_trigger (
    id               BIGSERIAL PRIMARY KEY,
    execution_key    TEXT        NOT NULL,
    step_key         TEXT        NOT NULL,
    attempt          INT         NOT NULL DEFAULT 1,
    claim_token      TEXT        NOT NULL,
    state            TEXT        NOT NULL CHECK (state IN
                       ('claimed', 'requesting', 'requested', 'failed', 'refused', 'dry_run')),
    dry_run          BOOLEAN     NOT NULL,
    summary_id       BIGINT,
    round            INT,
    actor            TEXT        NOT NULL,
    kind             TEXT        NOT NULL,
    repository       TEXT        NOT NULL,
    -- who/which alert/platform/revision/job/how many, per planned job of the step
    jobs             JSONB       NOT NULL,
    job_count        INT         NOT NULL,
    action_name      TEXT,
    hook_group_id    TEXT,
    hook_id          TEXT,
    request_url      TEXT,
    request_body     TEXT,
    action_task_id   TEXT,
    message          TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (execution_key, step_key)
);

CREATE INDEX taskcluster_trigger_summary ON taskcluster_trigger (summary_id, created_at);

-- CI load of the perf hardware pools, sampled for the twice-daily report and the backlog warning.
CREATE TABLE taskcluster_load_sample (
    id              BIGSERIAL PRIMARY KEY,
    task_queue_id   TEXT        NOT NULL,
    sampled_at      TIMESTAMPTZ NOT NULL,
    pending_tasks   INT         NOT NULL,
    claimed_tasks   INT,
    active_workers  INT,
    level           TEXT        NOT NULL CHECK (level IN ('ok', 'busy', 'backlogged'))
);

CREATE INDEX taskcluster_load_sample_queue_time ON taskcluster_load_sample (task_queue_id, sampled_at);
