"""The license manager's widgets (K1–K6): the detail pane, its confirmations, key files."""
