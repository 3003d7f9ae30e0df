-- Pactum schema, version 20: auditors filter the trail by action ("every sign-in lock last month"), newest first;
-- agreement, actor and time already have indexes of their own (V2).
CREATE INDEX audit_event_action_idx ON audit_event (action, sequence);
