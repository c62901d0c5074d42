"""Forms compiled from the Qt Designer files in ``ui/`` by ``ui/compile.py`` (do not edit
the ``ui_*.py`` and ``icons_rc.py`` modules by hand)."""
