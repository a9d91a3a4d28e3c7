-- The local web console's conversation: every card and every thread or channel message it showed,
-- so that a page opened later (or a second browser, or the bot after a restart) sees the same
-- conversation. A card row is replaced in place when the summary changes (its html and updated_at);
-- replies point at their card through thread_root. Private answers are not stored: like Slack's
-- ephemeral messages they exist only in the page of the person they answered.

CREATE TABLE console_message (
    id           BIGSERIAL   PRIMARY KEY,
    thread_root  BIGINT      REFERENCES console_message (id),
    summary_id   BIGINT,
    kind         TEXT        NOT NULL CHECK (kind IN ('card', 'reply', 'ping')),
    html         TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);

-- At most one card per summary: a repeated announce finds the card instead of posting another.
CREATE UNIQUE INDEX console_message_card ON console_message (summary_id) WHERE kind = 'card';
CREATE INDEX console_message_thread ON console_message (thread_root, id);
