-- The Slack outbound queue also deletes messages it posted (chat.delete): a mirrored note taken
-- back. A 'delete' row points at the posted message through parent_id, like an 'update'.
ALTER TABLE slack_messages DROP CONSTRAINT slack_messages_kind_check;
ALTER TABLE slack_messages ADD CONSTRAINT slack_messages_kind_check
    CHECK (kind IN ('post', 'update', 'delete'));
