"""The helpdesk's workspace, Qt-free: the queue's query, due times, canned replies, replay."""
