"""Each of the six languages, whole (P1): the application started in it shows no sentence of
the English source anywhere a person looks — every page signed out and signed in, the dialogs,
every wizard step, the service's own texts (the catalog's request types) included.

A visible text counts as left in English when it is an English source (of the client's .ts or
the service's catalogs), or renders one of its templates, whose translation in this language
differs — so words that are the same in both (\"E-mail\" in Polish) are fine. With
``PC_SCREENSHOTS=<folder>`` each screen is also saved, per language, to look for clipping.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from babel.messages.pofile import read_po
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from app.core.settings import Settings
from app.core.wizard.state import Step
from tests.app.conftest import issue_code, new_account
from tests.app.gui.conftest import WAIT_MS, Launch, screenshot, sign_in
from tests.app.gui.requests_support import caller, staff_reply
from tests.app.gui.wizard.test_wizard import fill_details, next_page, open_from_support_page
from tests.support.live_service import LiveService
from tests.support.support_requests import file_support, make_product

ROOT = Path(__file__).resolve().parents[3]
LANGUAGES = ("ru", "de", "pl", "fr", "es")
FIELD = re.compile(r"\{[A-Za-z_]\w*(?:![rs])?(?::[^{}]*)?\}|%[sdn1-9]")


class English:
    """The English sources whose translation in one language differs from them."""

    def __init__(self, language: str) -> None:
        self.exact: set[str] = set()
        self.patterns: list[tuple[re.Pattern[str], str]] = []
        ts = ROOT / "resources" / "translations" / f"personal_cabinet_{language}.ts"
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            if translation is None or message.get("numerus") == "yes":
                continue
            self._add(message.findtext("source", ""), translation.text or "")
        po = ROOT / "server" / "locales" / language / "LC_MESSAGES" / "messages.po"
        with po.open("rb") as fh:
            for entry in read_po(fh):
                if entry.id and isinstance(entry.id, str) and isinstance(entry.string, str):
                    self._add(entry.id, entry.string)

    def _add(self, source: str, translation: str) -> None:
        if not translation or translation == source or len(source.strip()) < 3:
            return
        if not FIELD.search(source):
            self.exact.add(source)
            return
        literal = FIELD.sub("", source)
        if len(re.sub(r"\W", "", literal)) < 6:
            return  # "{field} = {value}": nothing of English to recognise
        parts = [re.escape(p) for p in FIELD.split(source)]
        self.patterns.append((re.compile("(?s)" + ".+?".join(parts)), source))

    def left_in(self, text: str) -> str | None:
        text = text.strip()
        if not text:
            return None
        if text in self.exact:
            return text
        for pattern, source in self.patterns:
            if pattern.fullmatch(text):
                return source
        return None


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of what a person sees in one visible widget."""
    kind = type(widget).__name__
    if isinstance(widget, QLabel):
        yield kind, widget.text()
    elif isinstance(widget, QAbstractButton):
        yield kind, widget.text()
        yield f"{kind} tooltip", widget.toolTip()
    elif isinstance(widget, QGroupBox):
        yield kind, widget.title()
    elif isinstance(widget, QLineEdit):
        yield f"{kind} placeholder", widget.placeholderText()
    if isinstance(widget, QComboBox):
        for n in range(widget.count()):
            yield f"{kind} item", widget.itemText(n)
    if isinstance(widget, QTabWidget):
        for n in range(widget.count()):
            yield "tab", widget.tabText(n)
    if isinstance(widget, QListWidget):
        for n in range(widget.count()):
            yield "list item", widget.item(n).text()
    if isinstance(widget, QTreeView) and widget.model() is not None:
        model = widget.model()
        for column in range(model.columnCount()):
            yield "column", str(model.headerData(column, widget.header().orientation()) or "")
    if isinstance(widget, QTextEdit) and widget.isReadOnly():  # a summary, a conversation
        for fragment in re.split(r"<[^>]+>", widget.toHtml()):
            yield f"{kind} text", html.unescape(fragment)
    if isinstance(widget, QWizard):
        page = widget.currentPage()
        if page is not None:
            yield "wizard title", page.title()
            yield "wizard subtitle", page.subTitle()
    if widget.isWindow():
        yield "window title", widget.windowTitle()


def _menus(widget: QWidget) -> Iterator[tuple[str, str]]:
    for menu in widget.findChildren(QMenu):
        yield "menu", menu.title()
        for action in menu.actions():
            yield "menu item", action.text()


def english_left(english: English) -> list[str]:
    found = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        widgets = [top, *top.findChildren(QWidget)]
        pairs = [p for w in widgets if w.isVisibleTo(top) or w is top for p in _texts(w)]
        pairs += list(_menus(top))
        for where, text in pairs:
            source = english.left_in(text)
            if source is not None:
                found.append(f"{type(top).__name__} / {where}: {text!r} (source {source!r})")
    return sorted(set(found))


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_application_in_one_language_shows_no_english(
    qtbot: QtBot, launch: Launch, _shared_services: Any, language: str
) -> None:
    svc: LiveService = _shared_services("sqlite")
    settings = Settings.load()
    settings.language = language
    settings.save()
    english = English(language)
    running = launch([], server_url=svc.url)
    window = running.window
    window.resize(1180, 760)
    left: list[str] = []

    def look(name: str, widget: QWidget | None = None) -> None:
        qtbot.wait(50)
        left.extend(f"[{name}] {entry}" for entry in english_left(english))
        screenshot(qtbot, widget or window, f"{language}/{name}")

    def look_at(name: str, dialog: QWidget | None) -> None:
        assert dialog is not None, name
        qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
        look(name, dialog)
        dialog.close()

    for key in ("home", "support", "viruslab", "requests", "licenses", "profile"):
        window.show_page(key)
        look(f"signed-out-{key}")
    signed_out = (
        ("sign-in", window.open_sign_in),
        ("register", window.open_register),
        ("register-legacy", window.open_register_legacy),
        ("activate", window.open_activate),
        ("forgot", window.open_forgot),
        ("settings", window.open_settings),
        ("compare", window.open_report_compare),
    )
    for name, opener in signed_out:
        look_at(name, opener())

    account = new_account(svc)
    customer = caller(svc.url, account)
    added = customer.post("/licenses", json={"code": issue_code(svc)})
    assert added.status_code == 201, added.text
    sign_in(qtbot, running, account)
    for key in ("home", "support", "viruslab", "requests", "licenses", "profile"):
        window.show_page(key)
        if key == "licenses":  # with a license and its detail beside the list
            tree = window.licenses.ui.licensesTree
            qtbot.waitUntil(lambda t=tree: t.topLevelItemCount() == 1, timeout=WAIT_MS)
            tree.setCurrentItem(tree.topLevelItem(0))
        look(f"signed-in-{key}")
    signed_in = (
        ("profile-edit", window.open_profile_edit),
        ("change-email", window.open_change_email),
        ("change-password", window.open_change_password),
        ("two-factor", window.open_two_factor),
    )
    for name, opener in signed_in:
        look_at(name, opener())

    # a system report in the viewer
    from app.gui.sysinfo_viewer import ViewerWindow
    from app.sysinfo.runner import build_report

    viewer = ViewerWindow(build_report(sections=["os", "cpu"]), tasks=running.ctx.tasks)
    qtbot.addWidget(viewer)
    viewer.show()
    look_at("sysinfo-viewer", viewer)

    # a request with the experts' answer, in its own window and in My requests
    filed = file_support(customer, make_product(svc))
    staff = caller(svc.url, new_account(svc, role="staff"))
    staff_reply(staff, int(filed["id"]), "Run the installer again, please.")
    window.show_page("requests")
    requests_page = window.requests
    qtbot.waitUntil(lambda: requests_page.model.rowCount() > 0, timeout=WAIT_MS)
    look("requests-list")
    request = window.open_request(int(filed["id"]))
    assert request is not None
    qtbot.waitUntil(lambda: request.conversation is not None, timeout=WAIT_MS)
    look("request", request)
    request.close()

    wizard = open_from_support_page(qtbot, running, type_code="setup")
    qtbot.waitUntil(lambda: wizard.currentId() == int(Step.ACCOUNT), timeout=WAIT_MS)
    look("wizard-2", wizard)
    next_page(qtbot, wizard, int(Step.DETAILS))
    look("wizard-3", wizard)
    fill_details(qtbot, wizard, "The setup stops at 40 %.")
    next_page(qtbot, wizard, int(Step.SYSTEM))
    look("wizard-4", wizard)
    next_page(qtbot, wizard, int(Step.REVIEW))
    look("wizard-5", wizard)
    wizard.close_quietly()
    assert left == [], "\n".join(left)


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_staff_workspace_in_one_language_shows_no_english(
    qtbot: QtBot, launch: Launch, _shared_services: Any, language: str
) -> None:
    """The helpdesk's half: the queue, a request with a note, the replay of the steps."""
    svc: LiveService = _shared_services("sqlite")
    customer = caller(svc.url, new_account(svc))
    filed = file_support(customer, make_product(svc))
    settings = Settings.load()
    settings.language = language
    settings.save()
    english = English(language)
    running = launch([], server_url=svc.url)
    window = running.window
    window.resize(1240, 760)
    sign_in(qtbot, running, new_account(svc, role="staff"))
    qtbot.waitUntil(lambda: window.staff_workspace is not None, timeout=WAIT_MS)
    workspace = window.staff_workspace
    qtbot.waitUntil(lambda: workspace.queue.model.rowCount() > 0, timeout=WAIT_MS)
    left = [f"[queue] {e}" for e in english_left(english)]
    screenshot(qtbot, window, f"{language}/staff-queue")
    view = workspace.open_request(int(filed["id"]))
    qtbot.waitUntil(lambda: view.detail is not None, timeout=WAIT_MS)
    view.note_radio.setChecked(True)
    left += [f"[request] {e}" for e in english_left(english)]
    screenshot(qtbot, window, f"{language}/staff-request")
    replay = workspace.open_replay(view.detail)
    qtbot.waitUntil(replay.isVisible, timeout=WAIT_MS)
    left += [f"[replay] {e}" for e in english_left(english)]
    screenshot(qtbot, replay, f"{language}/staff-replay")
    replay.close()
    assert left == [], "\n".join(left)
