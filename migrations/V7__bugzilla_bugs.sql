-- Bugs linked to alert summaries, and their status as last read from Bugzilla (refreshed daily).
CREATE TABLE bugzilla_bug (
    bug_id        BIGINT PRIMARY KEY,
    status        TEXT        NOT NULL,
    resolution    TEXT        NOT NULL DEFAULT '',
    title         TEXT        NOT NULL DEFAULT '',
    last_changed  TIMESTAMPTZ,
    refreshed_at  TIMESTAMPTZ NOT NULL
);

-- A summary may be linked to several bugs over its life; a bug to several summaries.
CREATE TABLE bugzilla_summary_bug (
    summary_id  BIGINT      NOT NULL,
    bug_id      BIGINT      NOT NULL,
    linked_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (summary_id, bug_id)
);

CREATE INDEX bugzilla_summary_bug_bug ON bugzilla_summary_bug (bug_id);
