-- The bug watch's pings: one row per summary, threshold (hours) and platform, claimed before the
-- ping is sent, so no threshold is pinged twice; a ping that failed is deleted and tried again.
-- A threshold passed over (the summary was first seen past a later one) is recorded unpinged.
CREATE TABLE schedule_bug_watch (
    summary_id  BIGINT      NOT NULL,
    threshold   TEXT        NOT NULL,
    platform    TEXT        NOT NULL,
    claimed_at  TIMESTAMPTZ NOT NULL,
    pinged      BOOLEAN     NOT NULL,
    PRIMARY KEY (summary_id, threshold, platform)
);
