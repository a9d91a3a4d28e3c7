-- Slack transport: the outbound queue (claim before posting, ts recorded after), per-channel
-- pacing, and the inbound delivery ledger that lets every replica drop Slack's retries.

-- One row per message the bot sends or edits. A post is claimed (state 'sending') in its own
-- transaction before the Web API call and confirmed ('sent' with its ts) after it, so a crash in
-- between leaves a 'sending' row that the next worker reconciles instead of posting twice.
CREATE TABLE slack_messages (
    id           BIGSERIAL PRIMARY KEY,
    channel      TEXT        NOT NULL,
    kind         TEXT        NOT NULL CHECK (kind IN ('post', 'update')),
    -- 'announce:<summary id>' for the card: one announcement per summary and channel, ever.
    dedupe_key   TEXT,
    summary_id   BIGINT,
    -- Thread replies and card edits point at the card's row: its ts may not be known yet.
    parent_id    BIGINT REFERENCES slack_messages (id),
    text         TEXT        NOT NULL,
    blocks       TEXT,
    broadcast    BOOLEAN     NOT NULL DEFAULT FALSE,
    state        TEXT        NOT NULL DEFAULT 'queued'
                             CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
    attempts     INTEGER     NOT NULL DEFAULT 0,
    not_before   TIMESTAMPTZ NOT NULL DEFAULT now(),
    claimed_at   TIMESTAMPTZ,
    ts           TEXT,
    last_error   TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT slack_messages_once UNIQUE (channel, dedupe_key)
);

CREATE INDEX slack_messages_due ON slack_messages (channel, id) WHERE state = 'queued';
CREATE INDEX slack_messages_sending ON slack_messages (claimed_at) WHERE state = 'sending';
CREATE INDEX slack_messages_summary ON slack_messages (summary_id, channel) WHERE parent_id IS NULL;

-- When the next post to a channel may go out (Slack allows about one message per second per
-- channel, and a 'ratelimited' answer's Retry-After pushes this further).
CREATE TABLE slack_channel_pace (
    channel      TEXT PRIMARY KEY,
    next_post_at TIMESTAMPTZ NOT NULL
);

-- Every inbound delivery handled once: event ids, action clicks, commands, modal submissions.
CREATE TABLE slack_inbound_deliveries (
    delivery_key TEXT PRIMARY KEY,
    received_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX slack_inbound_deliveries_age ON slack_inbound_deliveries (received_at);
