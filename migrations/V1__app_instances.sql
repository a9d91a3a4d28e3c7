-- Every start of the bot records itself, so operators can see which replicas ran when and
-- whether a start reused existing data (the embedded database is kept across restarts).
CREATE TABLE app_instance (
    id          BIGSERIAL PRIMARY KEY,
    host        TEXT        NOT NULL,
    pid         BIGINT      NOT NULL,
    version     TEXT        NOT NULL,
    started_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    stopped_at  TIMESTAMPTZ
);
