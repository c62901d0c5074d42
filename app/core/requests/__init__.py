"""My requests without Qt: the list's query, a request's conversation, its export, the event
cursor, and replies waiting in the outbox."""
