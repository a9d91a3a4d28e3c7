-- Matrix transport state. The sync loop runs on one replica at a time (matrix_sync_lease), resumes
-- from the persisted /sync token (matrix_sync_token) and never hands the same event on twice
-- (matrix_inbound_event). Each summary card is claimed before it is posted (matrix_card), so a
-- retry reuses the card's transaction id and a restart never posts a second card.

CREATE TABLE matrix_sync_lease (
    name        TEXT        PRIMARY KEY,
    holder      TEXT        NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE matrix_sync_token (
    account     TEXT        PRIMARY KEY,
    next_batch  TEXT        NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE matrix_inbound_event (
    event_id    TEXT        PRIMARY KEY,
    seen_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX matrix_inbound_event_seen_at ON matrix_inbound_event (seen_at);

CREATE TABLE matrix_card (
    summary_id          BIGINT      NOT NULL,
    room_id             TEXT        NOT NULL,
    txn_id              TEXT        NOT NULL,
    event_id            TEXT        UNIQUE,
    claimed_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    posted_at           TIMESTAMPTZ,
    reactions_seeded_at TIMESTAMPTZ,
    PRIMARY KEY (summary_id, room_id)
);
