"""Export a request (R6): the HTML document of ``app.core.requests.export`` saved as is, or
printed to PDF by Qt's own printing support (``QTextDocument`` → ``QPdfWriter``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.core import atomic
from app.core.requests.conversation import Conversation
from app.core.requests.export import Wording, document
from app.core.text import QT_TRANSLATE_NOOP
from app.core.wizard.transfer import human_size
from app.gui.formatting import date_time, status_text
from app.gui.translation import translated


def wording(*, screen: bool = False) -> Wording:
    """The export's words in the interface language; ``screen``: colours from the
    application's palette (the window), else the light ones of a printed page."""
    labels = {
        key: translated(text)
        for key, text in {
            "title": QT_TRANSLATE_NOOP("RequestExport", "Request {number}"),
            "details": QT_TRANSLATE_NOOP("RequestExport", "Details"),
            "type": QT_TRANSLATE_NOOP("RequestExport", "Type"),
            "product": QT_TRANSLATE_NOOP("RequestExport", "Product"),
            "version": QT_TRANSLATE_NOOP("RequestExport", "Version"),
            "os": QT_TRANSLATE_NOOP("RequestExport", "Operating system"),
            "email": QT_TRANSLATE_NOOP("RequestExport", "E-mail"),
            "country": QT_TRANSLATE_NOOP("RequestExport", "Country"),
            "status": QT_TRANSLATE_NOOP("RequestExport", "Status"),
            "created": QT_TRANSLATE_NOOP("RequestExport", "Created"),
            "updated": QT_TRANSLATE_NOOP("RequestExport", "Last update"),
            "report": QT_TRANSLATE_NOOP("RequestExport", "System report"),
            "conversation": QT_TRANSLATE_NOOP("RequestExport", "Conversation"),
            "files": QT_TRANSLATE_NOOP("RequestExport", "Attachments"),
            "name": QT_TRANSLATE_NOOP("RequestExport", "File"),
            "size": QT_TRANSLATE_NOOP("RequestExport", "Size"),
            "sha256": "SHA-256",
            "status_change": QT_TRANSLATE_NOOP(
                "RequestExport", "Status: {from_status} → {to_status}"
            ),
            "filed": QT_TRANSLATE_NOOP("RequestExport", "Request filed"),
            "none": QT_TRANSLATE_NOOP("RequestExport", "No files are attached."),
            "exported": QT_TRANSLATE_NOOP("RequestExport", "Exported from Personal Cabinet"),
            "internal": QT_TRANSLATE_NOOP("RequestExport", "Internal note — staff only"),
        }.items()
    }
    who = {
        "customer": QCoreApplication.translate("RequestExport", "You"),
        "staff": QCoreApplication.translate("RequestExport", "Technical Support"),
        "system": QCoreApplication.translate("RequestExport", "Personal Cabinet"),
    }
    words = Wording(status=status_text, when=date_time, size=human_size, who=who, labels=labels)
    if screen:
        from PySide6.QtGui import QGuiApplication, QPalette

        palette = QGuiApplication.palette()
        base = palette.color(QPalette.ColorRole.Base)
        accent = palette.color(QPalette.ColorRole.Highlight)
        dark = base.lightness() < 128

        def mix(weight: float) -> str:
            r = base.red() + (accent.red() - base.red()) * weight
            g = base.green() + (accent.green() - base.green()) * weight
            b = base.blue() + (accent.blue() - base.blue()) * weight
            return f"#{int(r):02x}{int(g):02x}{int(b):02x}"

        colors = {
            "customer": mix(0.10 if not dark else 0.25),
            "staff": palette.color(QPalette.ColorRole.AlternateBase).name(),
            "status": palette.color(QPalette.ColorRole.PlaceholderText).name(),
            # notes: amber, unmistakably not the customer's conversation
            "internal": "#4a3f1c" if dark else "#fff1c9",
        }
        words = replace(words, colors=colors)
    return words


def export_html(
    conversation: Conversation, path: Path, *, type_title: str = "", country: str = ""
) -> Path:
    text = document(conversation, wording(), type_title=type_title, country=country)
    atomic.write_text(path, text)
    return path


def export_pdf(
    conversation: Conversation, path: Path, *, type_title: str = "", country: str = ""
) -> Path:
    """Printed on the GUI thread (QTextDocument is a GUI object); a request of hundreds of
    messages takes well under a second."""
    doc = QTextDocument()
    doc.setHtml(document(conversation, wording(), type_title=type_title, country=country))
    tmp = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(tmp))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(
        QCoreApplication.translate("RequestExport", "Request {number}").format(
            number=conversation.detail.get("number", "")
        )
    )
    writer.setCreator(QCoreApplication.translate("RequestExport", "Personal Cabinet"))
    doc.print_(writer)
    del writer  # the file is complete once the writer is gone
    tmp.replace(path)
    return path
