"""The helpdesk's workspace (H1–H5): the queue, a request for staff, the replay."""
