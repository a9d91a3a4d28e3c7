-- Where each summary's card was announced, one row per summary and chat platform, ever. A replica
-- claims the row before announcing (the primary key lets exactly one claim win, across replicas
-- and restarts) and confirms it with the platform's message reference afterwards; thread replies,
-- pings and card replacements find the card here.

CREATE TABLE chat_announced_card (
    summary_id    BIGINT      NOT NULL,
    platform      TEXT        NOT NULL,
    conversation  TEXT,
    message_id    TEXT,
    claimed_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    confirmed_at  TIMESTAMPTZ,
    PRIMARY KEY (summary_id, platform),
    CHECK ((conversation IS NULL) = (message_id IS NULL))
);
