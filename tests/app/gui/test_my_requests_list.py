"""My requests, the list (R1): a header click asks the service for that order and the list
scrolls on with the service's cursors for it; the order is remembered."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.requests.query import SETTINGS_KEY
from app.gui.requests import list_model
from tests.app.conftest import ServiceFactory
from tests.app.gui.conftest import WAIT_MS, Launch
from tests.app.gui.requests_support import Scene
from tests.support.support_requests import file_support


def _numbers(page: Any) -> list[str]:
    return [str(page.model.item(n)["number"]) for n in range(page.model.rowCount())]


def test_a_header_sort_is_the_services_order_page_by_page(
    qtbot: QtBot, launch: Launch, make_service: ServiceFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(list_model, "PAGE_SIZE", 2)
    scene = Scene(qtbot, launch, make_service())
    for rtype in ("setup", "license", "setup", "license"):
        file_support(scene.customer, scene.product, type=rtype)
    page = scene.open_list()
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == 5 and not model.loading, timeout=WAIT_MS)
    everything = sorted(_numbers(page))
    seen: list[list[str]] = []  # the rows as each page arrived (the view fetches on by itself)
    model.loaded.connect(lambda: seen.append(_numbers(page)))

    page.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: _numbers(page) == everything and not model.loading, timeout=WAIT_MS)
    # Page by page from the service: the two lowest numbers first, not the newest two resorted.
    assert seen[:3] == [everything[:2], everything[:4], everything]
    assert model.next_cursor is None
    assert scene.window.ctx.settings.extra[SETTINGS_KEY]["sort"] == "number"
    assert scene.window.ctx.settings.extra[SETTINGS_KEY]["descending"] is False

    seen.clear()
    page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=WAIT_MS)
    assert seen[0] == everything[::-1][:2]
    assert _numbers(page) == everything[::-1]
