-- The quota ledger: perf jobs per (platform, shift occurrence), exact under concurrency.
-- Only ledger_bucket.used is ever updated (under a row lock); everything else is append-only, so
-- the tables below are the audit: who reserved what, what was decided, what was really triggered.

-- One counter per bucket. Rows are created on first use and locked (SELECT ... FOR UPDATE, in
-- platform order) by every reservation that counts against them.
CREATE TABLE ledger_bucket (
    platform     TEXT        NOT NULL,
    shift_start  TIMESTAMPTZ NOT NULL,
    shift_end    TIMESTAMPTZ NOT NULL,
    shift_name   TEXT        NOT NULL,
    used         INTEGER     NOT NULL DEFAULT 0 CHECK (used >= 0),
    PRIMARY KEY (platform, shift_start)
);

-- A reservation request. The unique idempotency key makes a retry find the first answer.
CREATE TABLE ledger_reservation (
    id               BIGSERIAL   PRIMARY KEY,
    idempotency_key  TEXT        NOT NULL UNIQUE,
    actor_platform   TEXT        NOT NULL,
    actor_user_id    TEXT        NOT NULL,
    actor_name       TEXT        NOT NULL,
    summary_id       BIGINT,
    purpose          TEXT,
    dry_run          BOOLEAN     NOT NULL,
    shift_name       TEXT        NOT NULL,
    shift_start      TIMESTAMPTZ NOT NULL,
    shift_end        TIMESTAMPTZ NOT NULL,
    requested_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX ledger_reservation_shift ON ledger_reservation (shift_start);

-- The jobs requested per Perfherder machine platform and the pool family it maps to.
CREATE TABLE ledger_reservation_job (
    reservation_id    BIGINT  NOT NULL REFERENCES ledger_reservation (id),
    machine_platform  TEXT    NOT NULL,
    platform          TEXT    NOT NULL,
    jobs              INTEGER NOT NULL CHECK (jobs >= 0),
    PRIMARY KEY (reservation_id, machine_platform)
);

-- The decision per platform: needed against what was left of the cap. Granted when every
-- platform of the reservation fitted (needed <= left_before); replayed for idempotent retries.
CREATE TABLE ledger_decision (
    reservation_id  BIGINT  NOT NULL REFERENCES ledger_reservation (id),
    platform        TEXT    NOT NULL,
    needed          INTEGER NOT NULL,
    cap             INTEGER NOT NULL,
    left_before     INTEGER NOT NULL,
    granted         BOOLEAN NOT NULL,
    PRIMARY KEY (reservation_id, platform)
);

-- How a granted reservation ended: committed (jobs triggered) or released (refunded). At most one
-- per reservation, which makes commit and release idempotent.
CREATE TABLE ledger_settlement (
    reservation_id  BIGINT      PRIMARY KEY REFERENCES ledger_reservation (id),
    kind            TEXT        NOT NULL CHECK (kind IN ('commit', 'release')),
    reason          TEXT,
    settled_at      TIMESTAMPTZ NOT NULL
);

-- Per platform of a settlement: jobs kept (really triggered) and jobs given back to the bucket.
CREATE TABLE ledger_settlement_platform (
    reservation_id  BIGINT  NOT NULL REFERENCES ledger_settlement (reservation_id),
    platform        TEXT    NOT NULL,
    kept            INTEGER NOT NULL CHECK (kept >= 0),
    refunded        INTEGER NOT NULL CHECK (refunded >= 0),
    PRIMARY KEY (reservation_id, platform)
);
