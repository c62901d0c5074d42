"""The GUI's own machinery: the worker pool, crash reports without secrets, reading the
local mailbox, forms compiled from ``ui/``, keyboard use and accessible names."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QThread
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core import paths
from app.core.settings import Settings
from app.gui import crash, instance
from app.gui.context import AppContext
from app.gui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[3]


# -- the worker pool --------------------------------------------------------------------------


def test_a_task_runs_off_the_gui_thread_and_answers_on_it(qapp: QApplication, qtbot: QtBot) -> None:
    runner = TaskRunner()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = QThread.currentThread() is not qapp.thread()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["gui"] = QThread.currentThread() is qapp.thread()

    runner.run(work, on_done=done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen == {"worker": True, "result": 42, "gui": True}


def test_a_task_error_reaches_its_handler_and_a_bug_is_reported(
    qapp: QApplication, qtbot: QtBot
) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []
    bugs: list[BaseException] = []
    runner.unexpected.connect(bugs.append)

    def refused() -> None:
        raise ValueError("for the user")

    def bug() -> None:
        raise KeyError("a bug")

    runner.run(refused, on_error=errors.append)
    runner.run(bug, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 2)
    assert {type(e) for e in errors} == {ValueError, KeyError}
    assert [type(b) for b in bugs] == [KeyError]


def test_a_cancelled_task_stops_and_its_answer_is_dropped(qapp: QApplication, qtbot: QtBot) -> None:
    runner = TaskRunner()
    answers: list[object] = []
    started = threading.Event()
    task = runner.run(
        lambda: (started.set(), task.cancel_event.wait(10))[1], on_done=answers.append
    )
    assert started.wait(10)
    task.cancel()
    assert runner.wait(10_000)
    qapp.processEvents()
    assert answers == []


def test_a_task_whose_owner_is_gone_does_not_call_back(qapp: QApplication, qtbot: QtBot) -> None:
    runner = TaskRunner()
    owner = QObject()
    gate = threading.Event()
    answers: list[object] = []
    runner.run(lambda: gate.wait(10), on_done=answers.append, owner=owner)
    owner.deleteLater()
    qapp.processEvents()
    gate.set()
    assert runner.wait(10_000)
    qapp.processEvents()
    assert answers == []


# -- crash reports ------------------------------------------------------------------------------


def test_a_crash_report_is_saved_without_secrets(qapp: QApplication, qtbot: QtBot) -> None:
    secret = "pc1.12.99999.c2lnbmF0dXJl"
    try:
        email = "someone@example.com"
        code = "ABCDE-FGHIJ-KLMNO-PQRST"
        raise RuntimeError(f"failed for {email} with {secret} and {code} token=abc123")
    except RuntimeError as exc:
        error = exc
    handler = crash.CrashHandler()
    handler.handle(error)
    assert handler.last_report is not None
    assert handler.last_report.parent == paths.crash_reports_dir()
    report = handler.last_report.read_text()
    assert "RuntimeError" in report and "test_foundation.py" in report
    for leaked in ("someone@example.com", secret, "ABCDE-FGHIJ", "abc123", str(Path.home())):
        assert leaked not in report
    dialog = handler._dialog
    assert dialog is not None and dialog.isVisible()  # shown, not modal: the app goes on
    assert str(handler.last_report) in dialog.ui.pathLabel.text()
    dialog.close()


# -- forms, keyboard, accessibility -------------------------------------------------------------


def test_the_compiled_forms_match_the_designer_files() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "ui" / "compile.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_nothing_opts_in_to_pysides_feature_switches() -> None:
    """``app/gui/__init__.py`` spares every import PySide's source scan, which exists only
    for ``from __feature__ import ...``; the client and its tests never use it."""
    opting_in = re.compile(r"^\s*(from\s+__feature__\s+import|import\s+__feature__)", re.M)
    users = [
        str(path.relative_to(ROOT))
        for folder in ("app", "tests", "bench", "scripts", "ui")
        for path in (ROOT / folder).rglob("*.py")
        if opting_in.search(path.read_text("utf-8"))
    ]
    assert users == []


FIRST_PAINT_PROBE = """
import sys
import PySide6.QtCore as core
from app.gui.application import QApplication, start

def shown():
    print("Qt namespace made:", "Qt" in core.__dict__, flush=True)
    QApplication.quit()

start([], after_shown=shown, single_instance=False).app.exec()
"""


@pytest.mark.parametrize("settings", ["{}", '{"theme": "dark", "language": "de"}'])
def test_the_first_paint_does_not_make_the_qt_namespace(tmp_path: Path, settings: str) -> None:
    """Its first use creates all of its enums at once, about a fifth of a bare window's
    start-up (app/gui/theme.py); a fresh process, as at a real start."""
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.json").write_text(settings, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PERSONAL_CABINET_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_PROBE],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert "Qt namespace made: False" in result.stdout, result.stdout + result.stderr


def test_the_colour_scheme_is_the_one_qt_reports(qapp: QApplication) -> None:
    from PySide6.QtGui import QGuiApplication

    from app.gui import theme

    assert theme.color_scheme() == QGuiApplication.styleHints().colorScheme().value


def test_fractional_scale_factors_pass_through_without_being_set(qapp: QApplication) -> None:
    """Qt 6's default, which the application relies on instead of setting it."""
    from PySide6.QtGui import QGuiApplication

    policy = QGuiApplication.highDpiScaleFactorRoundingPolicy()
    assert policy == Qt.HighDpiScaleFactorRoundingPolicy.PassThrough


def _dialogs(ctx: AppContext) -> list[QDialog]:
    from app.gui.dialogs.activate import ActivateDialog
    from app.gui.dialogs.change_email import ChangeEmailDialog
    from app.gui.dialogs.change_password import ChangePasswordDialog
    from app.gui.dialogs.forgot import ForgotDialog
    from app.gui.dialogs.profile_edit import ProfileEditDialog
    from app.gui.dialogs.register import RegisterDialog
    from app.gui.dialogs.settings import SettingsDialog
    from app.gui.dialogs.signin import SignInDialog
    from app.gui.dialogs.two_factor import TwoFactorDialog

    kinds = (
        SignInDialog,
        RegisterDialog,
        ActivateDialog,
        ForgotDialog,
        ProfileEditDialog,
        ChangeEmailDialog,
        ChangePasswordDialog,
        TwoFactorDialog,
        SettingsDialog,
    )
    return [kind(ctx) for kind in kinds]


@pytest.mark.parametrize("language", ["en", "ru", "de", "pl", "fr", "es"])
def test_every_control_has_an_accessible_name_or_a_label(
    qapp: QApplication, qtbot: QtBot, language: str
) -> None:
    """In every language: a screen reader names each field and button."""
    from app.gui import translation

    translation.install(language)
    try:
        _check_accessible_names(qtbot)
    finally:
        translation.install("en")


def _check_accessible_names(qtbot: QtBot) -> None:
    ctx = AppContext(Settings(), server_url="http://127.0.0.1:9")
    for dialog in _dialogs(ctx):
        qtbot.addWidget(dialog)
        buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
        for widget in dialog.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QComboBox):
                if widget.parent() is not None and isinstance(widget.parent(), QComboBox):
                    continue  # the line edit inside an editable combo box
                assert widget.accessibleName() or widget in buddies, (
                    f"{type(dialog).__name__}.{widget.objectName()} has no name"
                )
            elif isinstance(widget, QAbstractButton) and widget.objectName():
                assert widget.text() or widget.accessibleName(), (
                    f"{type(dialog).__name__}.{widget.objectName()} has no text"
                )
    ctx.tasks.wait(5000)


def test_sign_in_works_from_the_keyboard_in_a_sensible_order(
    qapp: QApplication, qtbot: QtBot
) -> None:
    from app.gui.dialogs.signin import SignInDialog

    ctx = AppContext(Settings(), server_url="http://127.0.0.1:9")
    dialog = SignInDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.panel.ui.loginEdit.setFocus()
    order = [dialog.focusWidget()]
    for _ in range(7):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        order.append(dialog.focusWidget())
    ui = dialog.panel.ui
    assert order == [
        ui.loginEdit,
        ui.passwordEdit,
        ui.rememberCheck,
        ui.forgotButton,
        ui.registerButton,
        ui.activateButton,
        dialog.cancel_button,
        dialog.sign_in_button,
    ]
    assert dialog.sign_in_button.isDefault()  # Enter in a field signs in
    assert ui.passwordLabel.buddy() is ui.passwordEdit  # Alt+P reaches the password


@pytest.mark.parametrize("home", ["one", "two"])
def test_the_instance_name_belongs_to_the_profile(
    home: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / home))
    first = instance.server_name()
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / "other"))
    assert instance.server_name() != first
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / home))
    assert instance.server_name() == first
    assert not instance.hand_off(["--licenses"])  # nobody is listening


def test_page_shortcuts_put_the_keyboard_in_the_page(qapp: QApplication, qtbot: QtBot) -> None:
    from app.gui.main_window import MainWindow

    ctx = AppContext(Settings(), server_url="http://127.0.0.1:9")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    ctx.session.signed_in = True
    ctx.session.signed_in_changed.emit(True)

    def press(key: Qt.Key) -> None:  # to whichever control has the keyboard, as typing does
        focused = QApplication.focusWidget() or window
        qtbot.keyClick(focused, key, Qt.KeyboardModifier.ControlModifier)

    press(Qt.Key.Key_5)
    assert window.current_page == "licenses"
    assert QApplication.focusWidget() is window.licenses.ui.codeEdit
    press(Qt.Key.Key_2)
    assert QApplication.focusWidget() is window.support.ui.typeCombo
    press(Qt.Key.Key_3)
    assert window.current_page == "viruslab"
    assert QApplication.focusWidget() is window.page("viruslab").malware
    ctx.session.signed_in = False
    ctx.session.signed_in_changed.emit(False)
    press(Qt.Key.Key_6)
    assert QApplication.focusWidget() is window.page_widgets["profile"].sign_in_button


def test_about_names_the_version_commit_and_build_date(
    qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.core.build_info import current
    from app.gui.main_window import MainWindow

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda _w, _t, text: shown.append(text)))
    window = MainWindow(AppContext(Settings(), server_url="http://127.0.0.1:9"))
    qtbot.addWidget(window)
    window.about()
    build = current()
    assert build.version in shown[0] and build.commit in shown[0] and build.built in shown[0]
