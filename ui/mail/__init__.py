"""Email: the inbox, the reading pane, the composer, the outbox and the background sync."""
