-- The workflow module: the bot's own state per alert summary, its rounds (and the jobs they asked
-- for), the cherry-picks, the recorded workflow cases and the append-only audit of every decision.

CREATE TABLE workflow_summary (
    summary_id        BIGINT      PRIMARY KEY,
    repository        TEXT        NOT NULL,
    summary_created   TIMESTAMPTZ NOT NULL,
    state             TEXT        NOT NULL,
    perfherder_status TEXT        NOT NULL,
    regression        BOOLEAN     NOT NULL,
    downstream_of     BIGINT,
    bug_number        BIGINT,
    bug_linked_at     TIMESTAMPTZ,
    updated_at        TIMESTAMPTZ NOT NULL
);

CREATE INDEX workflow_summary_state ON workflow_summary (state);
CREATE INDEX workflow_summary_created ON workflow_summary (summary_created);

CREATE TABLE workflow_round (
    summary_id         BIGINT      NOT NULL REFERENCES workflow_summary (summary_id),
    number             INT         NOT NULL CHECK (number >= 1),
    purpose            TEXT        NOT NULL,
    owner_role         TEXT        NOT NULL,
    started_by_platform TEXT       NOT NULL,
    started_by_id      TEXT        NOT NULL,
    started_by_name    TEXT        NOT NULL,
    started_at         TIMESTAMPTZ NOT NULL,
    flagged            BOOLEAN     NOT NULL,
    completed_at       TIMESTAMPTZ,
    PRIMARY KEY (summary_id, number)
);

CREATE TABLE workflow_round_job (
    summary_id       BIGINT  NOT NULL,
    round_number     INT     NOT NULL,
    position         INT     NOT NULL,
    alert_id         BIGINT  NOT NULL,
    repository       TEXT    NOT NULL,
    revision         TEXT    NOT NULL,
    machine_platform TEXT    NOT NULL,
    signature_id     BIGINT  NOT NULL,
    kind             TEXT    NOT NULL,
    count            INT     NOT NULL CHECK (count > 0),
    task_id          TEXT,
    PRIMARY KEY (summary_id, round_number, position),
    FOREIGN KEY (summary_id, round_number) REFERENCES workflow_round (summary_id, number)
);

CREATE TABLE workflow_pick (
    summary_id BIGINT NOT NULL REFERENCES workflow_summary (summary_id),
    position   INT    NOT NULL,
    alert_id   BIGINT NOT NULL,
    PRIMARY KEY (summary_id, alert_id)
);

CREATE TABLE workflow_case (
    id                BIGSERIAL   PRIMARY KEY,
    summary_id        BIGINT      NOT NULL,
    kind              TEXT        NOT NULL,
    bucket            TEXT        NOT NULL,
    note              TEXT        NOT NULL,
    recorded_platform TEXT        NOT NULL,
    recorded_by_id    TEXT        NOT NULL,
    recorded_by_name  TEXT        NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL
);

CREATE INDEX workflow_case_recorded ON workflow_case (recorded_at);

CREATE TABLE workflow_audit (
    id             BIGSERIAL   PRIMARY KEY,
    summary_id     BIGINT      NOT NULL,
    at             TIMESTAMPTZ NOT NULL,
    actor_platform TEXT        NOT NULL,
    actor_id       TEXT        NOT NULL,
    actor_name     TEXT        NOT NULL,
    role           TEXT,
    action         TEXT        NOT NULL,
    detail         TEXT        NOT NULL,
    allowed        BOOLEAN     NOT NULL,
    state_before   TEXT,
    state_after    TEXT
);

CREATE INDEX workflow_audit_summary ON workflow_audit (summary_id, id);

-- The audit is append-only: the database refuses to change or delete a line.
CREATE FUNCTION workflow_audit_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'workflow_audit is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER workflow_audit_no_change
    BEFORE UPDATE OR DELETE ON workflow_audit
    FOR EACH ROW EXECUTE FUNCTION workflow_audit_append_only();

-- A completed round never changes: neither the round nor the jobs it asked for.
CREATE FUNCTION workflow_round_immutable_once_complete() RETURNS trigger AS $$
BEGIN
    IF OLD.completed_at IS NOT NULL THEN
        RAISE EXCEPTION 'round % of summary % is complete and cannot change', OLD.number, OLD.summary_id;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER workflow_round_no_change_when_complete
    BEFORE UPDATE OR DELETE ON workflow_round
    FOR EACH ROW EXECUTE FUNCTION workflow_round_immutable_once_complete();

CREATE FUNCTION workflow_round_job_immutable_once_complete() RETURNS trigger AS $$
DECLARE
    row_summary BIGINT := CASE WHEN TG_OP = 'INSERT' THEN NEW.summary_id ELSE OLD.summary_id END;
    row_round   INT    := CASE WHEN TG_OP = 'INSERT' THEN NEW.round_number ELSE OLD.round_number END;
BEGIN
    IF EXISTS (SELECT 1 FROM workflow_round
                WHERE summary_id = row_summary AND number = row_round AND completed_at IS NOT NULL) THEN
        RAISE EXCEPTION 'round % of summary % is complete: its jobs cannot change', row_round, row_summary;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER workflow_round_job_no_change_when_complete
    BEFORE INSERT OR UPDATE OR DELETE ON workflow_round_job
    FOR EACH ROW EXECUTE FUNCTION workflow_round_job_immutable_once_complete();
