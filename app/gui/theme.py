"""Look: light or dark palette (following the system by default), high-DPI, text roles.

Labels in the forms carry a ``role`` property (title, hint, error, warning, success);
one style sheet gives each role its look, so forms never hard-code colours.

Nothing here touches PySide's ``Qt`` namespace on the way to the first window: its first use
makes all of its ~100 enums at once (about 120M instructions, a fifth of a bare QWizard's
whole start), and ``tests/app/gui/test_foundation.py`` checks that the first paint does not.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

# Qt::ColorScheme's values (stable since Qt 6.5)
SCHEME_UNKNOWN, SCHEME_LIGHT, SCHEME_DARK = 0, 1, 2


def color_scheme() -> int:
    """The platform's colour scheme (``SCHEME_*``). ``QStyleHints.colorScheme()`` answers
    with a ``Qt.ColorScheme``, and so makes the whole ``Qt`` namespace; where Qt's library
    exports the C++ function under its Itanium name (Linux, macOS) it is called directly,
    the same function the binding calls; elsewhere, or if anything is amiss, the binding."""
    hints = QGuiApplication.styleHints()
    try:
        import ctypes

        import shiboken6
        from PySide6 import QtGui

        read = ctypes.CDLL(QtGui.__file__)._ZNK11QStyleHints11colorSchemeEv
        read.restype, read.argtypes = ctypes.c_int, [ctypes.c_void_p]
        scheme = int(read(shiboken6.getCppPointer(hints)[0]))
        if scheme in (SCHEME_UNKNOWN, SCHEME_LIGHT, SCHEME_DARK):
            return scheme
    except (ImportError, OSError, AttributeError, TypeError, ValueError):
        pass
    return int(hints.colorScheme().value)


def system_prefers_dark() -> bool:
    scheme = color_scheme()
    if scheme == SCHEME_DARK:
        return True
    if scheme == SCHEME_LIGHT:
        return False
    # No platform answer (plain X11, offscreen): judge by the default window colour.
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor(37, 39, 43), QColor(28, 30, 33), QColor(230, 232, 235)
    button, highlight, link = QColor(50, 53, 58), QColor(47, 123, 216), QColor(110, 168, 240)
    disabled = QColor(130, 134, 140)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor(44, 47, 51),
        QPalette.ColorRole.ToolTipBase: QColor(55, 58, 63),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: disabled,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: button,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor(255, 110, 110),
        QPalette.ColorRole.Highlight: highlight,
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.Link: link,
        QPalette.ColorRole.LinkVisited: link.darker(115),
        QPalette.ColorRole.Light: QColor(70, 74, 80),
        QPalette.ColorRole.Midlight: QColor(60, 63, 68),
        QPalette.ColorRole.Mid: QColor(45, 48, 52),
        QPalette.ColorRole.Dark: QColor(20, 21, 23),
        QPalette.ColorRole.Shadow: QColor(0, 0, 0),
    }
    for role, colour in roles.items():
        p.setColor(role, colour)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


_SHEET = """
QLabel[role="title"] {{ font-size: {title}pt; font-weight: 600; }}
QLabel[role="hint"] {{ color: {hint}; }}
QLabel[role="error"] {{ color: {error}; }}
QLabel[role="warning"] {{ color: {warning}; }}
QLabel[role="success"] {{ color: {success}; }}
QFrame#banner[level="error"] {{ background: {banner_error}; border-radius: 4px; }}
QFrame#banner[level="warning"] {{ background: {banner_warning}; border-radius: 4px; }}
QFrame#banner[level="info"] {{ background: {banner_info}; border-radius: 4px; }}
QPushButton[flat="true"] {{ color: {link}; border: none; padding: 2px 4px; }}
QPushButton[flat="true"]:hover {{ text-decoration: underline; }}
QPushButton[flat="true"]:focus {{ text-decoration: underline; }}
QPushButton[flat="true"]:disabled {{ color: {hint}; }}
QListWidget#navigation {{ font-size: {nav}pt; }}
QListWidget#navigation::item {{ padding: 6px 4px; border-radius: 4px; }}
QListWidget#navigation::item:selected {{ background: {nav_selected}; color: {nav_text}; }}
"""


def apply(app: QApplication, theme: str = "system") -> bool:
    """Apply ``theme`` ("system", "light", "dark"); returns whether dark is in use."""
    dark = theme == "dark" or (theme == "system" and system_prefers_dark())
    # Fusion: the one style that draws both palettes well everywhere. Where it already is
    # the platform's default (Linux) a second instance would only cost the start-up.
    if app.style().name().casefold() != "fusion":
        styles = [str(name).casefold() for name in QStyleFactory.keys()]  # noqa: SIM118
        if "fusion" in styles:
            app.setStyle("Fusion")
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    base = app.font().pointSizeF() if app.font().pointSizeF() > 0 else 10.0
    app.setStyleSheet(
        _SHEET.format(
            title=round(base * 1.45, 1),
            nav=round(base * 1.1, 1),
            hint="#9aa0a6" if dark else "#5f6368",
            error="#ff8a80" if dark else "#b3261e",
            warning="#f2c14e" if dark else "#8a5a00",
            success="#7ed69a" if dark else "#1e7b3a",
            banner_error="#5c2b29" if dark else "#fbe3e1",
            banner_warning="#4d3d12" if dark else "#fdf0cd",
            banner_info="#1f3a5c" if dark else "#e3eefc",
            link="#6ea8f0" if dark else "#1a5fb4",
            nav_selected="#2c4a72" if dark else "#d3e3fa",
            nav_text="#ffffff" if dark else "#10233f",
        )
    )
    return dark


def set_role(widget: QWidget, role: str) -> None:
    """Change a label's role and re-apply the style sheet to it."""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def is_dark() -> bool:
    """Whether the palette in use is a dark one."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
