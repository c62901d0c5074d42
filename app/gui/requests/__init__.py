"""My requests in the GUI: the list model, a request's window, the reply box, downloads,
the live event reader with its notifications, and export."""
