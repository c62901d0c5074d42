"""The account dialogs (A1–A7), settings and the local mailbox."""
