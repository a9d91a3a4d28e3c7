-- Where each summary's card was announced, one row per summary and chat platform, ever. A replica
-- claims the row before announcing and confirms it with the platform's message reference
-- afterwards; thread replies, pings and card replacements find the card here. The primary key lets
-- exactly one claim win at a time, across replicas and restarts; a claim left unconfirmed (its
-- poster crashed or the platform failed) may be taken again once claimed_at is older than
-- perfsheriff.chat.claim-lease, which the adapters' idempotent announce makes safe.

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
