"""The main window's pages: Home, Support request, My requests, Licenses, Profile."""
