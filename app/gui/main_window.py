"""The main window: navigation, the pages, the banners, the status bar, the menus, and the
doors to every dialog. It only shows the context's state and forwards the user's intent."""

from __future__ import annotations

import argparse
import base64
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, cast

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.text import QT_TRANSLATE_NOOP
from app.gui.context import AppContext
from app.gui.formatting import status_text
from app.gui.lifetime import follow
from app.gui.pages.home import HomePage
from app.gui.translation import translated

if TYPE_CHECKING:
    from app.gui.pages.licenses import LicensesPage
    from app.gui.pages.profile import ProfilePage
    from app.gui.pages.requests import RequestsPage
    from app.gui.pages.support import SupportPage
    from app.gui.requests.live import LiveEvents
    from app.gui.requests.notifier import Notifier
    from app.gui.requests.reply_outbox import ReplyOutbox
    from app.gui.requests.request_window import RequestWindow
    from app.gui.wizard.host import WizardHost

PAGES = (
    ("home", QT_TRANSLATE_NOOP("MainWindow", "Home"), "home.svg"),
    ("support", QT_TRANSLATE_NOOP("MainWindow", "Support request"), "support.svg"),
    ("viruslab", QT_TRANSLATE_NOOP("MainWindow", "Virus Lab"), "shield.svg"),
    ("requests", QT_TRANSLATE_NOOP("MainWindow", "My requests"), "requests.svg"),
    ("licenses", QT_TRANSLATE_NOOP("MainWindow", "Licenses"), "licenses.svg"),
    ("profile", QT_TRANSLATE_NOOP("MainWindow", "Profile"), "profile.svg"),
)

NOTICE_MS = 8000

# The ``Qt`` namespace is not used on the way to the first window (see app/gui/theme.py):
# these are its values, the rest is imported where used.
KEY_ROLE = 256  # Qt.ItemDataRole.UserRole: a navigation item's page key
SELECTABLE_BY_MOUSE = 1  # Qt.TextInteractionFlag.TextSelectableByMouse

ICONS = {"info": ":/icons/info.svg", "warning": ":/icons/warning.svg", "error": ":/icons/error.svg"}


class Banner(QFrame):
    """A line across the top: connection trouble or a notice, with an optional action."""

    def __init__(self, name: str, *, closable: bool = True) -> None:
        super().__init__()
        self.setObjectName("banner")
        self.setAccessibleName(name)
        # Children get their parent before any show or hide: a parentless widget made
        # visible becomes a window of its own, and creating that costs the start-up.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        # The icon at the top of a text of several lines: a filler under it takes the rest
        # of the height (an alignment would need the Qt namespace, see app/gui/theme.py).
        icon_column = QVBoxLayout()
        icon_column.setSpacing(0)
        self.icon = QLabel(self)
        self.icon.setFixedSize(20, 20)
        filler = QWidget(self)
        filler.setMaximumWidth(20)
        icon_column.addWidget(self.icon)
        icon_column.addWidget(filler)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setProperty("textInteractionFlags", SELECTABLE_BY_MOUSE)
        self.action = QPushButton(self)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.retranslate(name)
        self.close_button.clicked.connect(self.hide)
        layout.addLayout(icon_column)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self.action.hide()
        self.close_button.setVisible(closable)
        self._callback: Callable[[], None] | None = None
        self.action.clicked.connect(self._act)
        self.setVisible(False)

    def retranslate(self, name: str) -> None:
        self.setAccessibleName(name)
        self.close_button.setAccessibleName(self.tr("Hide the {name}").format(name=name.lower()))
        self.close_button.setToolTip(self.tr("Hide"))

    def show_text(
        self,
        text: str,
        level: str = "info",
        action: str = "",
        callback: Callable[[], None] | None = None,
    ) -> None:
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
        self.icon.setPixmap(QIcon(ICONS.get(level, ICONS["info"])).pixmap(QSize(20, 20)))
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self.action.setText(action)
        self.action.setVisible(bool(action))
        self._callback = callback
        self.show()

    def _act(self) -> None:
        if self._callback is not None:
            self._callback()


class ServiceStatus(QWidget):
    """Status bar: which service, and whether it answers."""

    clicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        self.light = QLabel()
        self.light.setFixedSize(16, 16)
        self.text = QLabel()
        self.text.setAccessibleName(self.tr("Service status"))
        layout.addWidget(self.light)
        layout.addWidget(self.text)

    def show_state(self, label: str, state: str, detail: str = "") -> None:
        words = {
            "starting": self.tr("starting…"),
            "reachable": self.tr("reachable"),
            "unreachable": self.tr("not reachable"),
            "failed": self.tr("stopped"),
        }
        icon = {"reachable": "online", "starting": "pending"}.get(state, "offline")
        self.light.setPixmap(QIcon(f":/icons/{icon}.svg").pixmap(QSize(16, 16)))
        self.text.setText(f"{label} — {words.get(state, state)}")
        self.setToolTip(detail or self.text.text())
        self.setAccessibleDescription(self.text.text())


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.dialogs: dict[str, QWidget] = {}
        self._actions: list[QAction] = []  # the menus' (made again in another language)
        self._retranslating = False
        self.setWindowTitle(self.tr("Personal Cabinet"))
        self.setWindowIcon(QIcon(":/icons/app-icon.svg"))
        self.setMinimumSize(880, 560)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(8, 8, 8, 0)
        self.connection_banner = Banner(self.tr("Connection banner"), closable=False)
        self.notice_banner = Banner(self.tr("Notice"))
        outer.addWidget(self.connection_banner)
        outer.addWidget(self.notice_banner)
        # the request wizard, its drafts and outbox: set up after the first paint (see
        # ``after_first_paint``) or when first needed, so they do not delay the window
        self._wizards: WizardHost | None = None
        self._outer = outer
        # The customer's navigation and pages; a staff account gets the staff workspace
        # in its place (``_show_mode``), built when a staff member first signs in.
        self.customer_area = QWidget()
        body = QHBoxLayout(self.customer_area)
        body.setContentsMargins(0, 0, 0, 0)
        self.modes = QStackedWidget()
        self.modes.addWidget(self.customer_area)
        outer.addWidget(self.modes, 1)
        self.staff_workspace: Any = None
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(200)
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.stack = QStackedWidget()
        body.addWidget(self.navigation)
        body.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        # Home is built now; the other pages when first shown (a faster, leaner start).
        self.pages: dict[str, QWidget] = {}
        self.page_widgets: dict[str, QWidget] = {}
        for key, title, icon in PAGES:
            item = QListWidgetItem(QIcon(f":/icons/{icon}"), translated(title))
            item.setData(KEY_ROLE, key)
            self.navigation.addItem(item)
            placeholder = QWidget()
            self.page_widgets[key] = placeholder
            self.stack.addWidget(placeholder)
        self.page("home")
        self.navigation.currentRowChanged.connect(self._page_changed)

        self._build_menus()
        self._build_status_bar()
        self.setTabOrder(self.navigation, self.stack)

        # My requests, live (one event reader, its notifications, the replies' outbox):
        # made after the first paint, by ``requests_live``
        self._live: tuple[LiveEvents, Notifier, ReplyOutbox] | None = None
        self.request_windows: dict[int, RequestWindow] = {}
        self._pending_number = ""  # a link's request, opened once signed in

        follow(ctx.connection.health_changed, self._show_health)
        follow(ctx.connection.service_changed, self._show_health)
        follow(ctx.session.signed_in_changed, self._signed_in_changed)
        follow(ctx.session.profile_changed, self._show_account)
        ctx.feedback.connection_problem.connect(lambda _text: self._show_health())
        ctx.feedback.notice.connect(self.notice)
        ctx.tasks.unexpected.connect(self._unexpected)
        self._show_health()
        self._signed_in_changed(ctx.session.signed_in)
        self.restore_geometry()
        self.navigation.setCurrentRow(0)
        self.crash_handler: Any = None

    # -- building ---------------------------------------------------------------------------

    def page(self, key: str) -> Any:
        """The page ``key``, built on first use."""
        if key in self.pages:
            return self.pages[key]
        ctx = self.ctx
        page: Any
        shown: QWidget
        if key == "home":
            page = shown = HomePage(ctx)
            page.sign_in_requested.connect(self.open_sign_in)
            page.register_requested.connect(self.open_register)
            page.activate_requested.connect(self.open_activate)
            page.mailbox_requested.connect(self.open_mailbox)
            page.navigate.connect(self.show_page)
            page.license_reminder.connect(
                lambda text: self.notifier.notify(0, "Personal Cabinet", text, page="licenses")
            )
        elif key == "support":
            from app.gui.pages.support import SupportPage

            page = shown = SupportPage(ctx)
            support = page
            page.ui.startButton.clicked.connect(
                lambda: self.wizards.open(selection=support.selection())
            )
            page.layout().insertWidget(page.layout().count() - 1, self.wizards.outbox_view())
        elif key == "viruslab":
            from app.gui.pages.viruslab import ViruslabPage

            page = shown = ViruslabPage(ctx, self.wizards.outbox.outbox)
            page.request_opened.connect(self.open_request)
            page.sign_in_requested.connect(self.open_sign_in)
            page.queued.connect(lambda _entry: self.wizards.outbox.refresh())
        else:
            from app.gui.pages.gate import AccountGate

            if key == "requests":
                from app.gui.pages.requests import RequestsPage

                page = RequestsPage(ctx)
                page.open_requested.connect(self.open_request)
                page.export_requested.connect(self.export_request)
                page.new_request_requested.connect(self._new_request)
                text = self.tr(
                    "Sign in to see the requests you sent to Technical Support and the Virus "
                    "Lab, with their status and the experts' answers."
                )
            elif key == "licenses":
                from app.gui.pages.licenses import LicensesPage

                page = LicensesPage(ctx)
                text = self.tr(
                    "Sign in to see the activation codes of your licenses, add a new one, and "
                    "see how many seats each has left. No account yet? Create one, or register "
                    "with an activation code or a key file."
                ) + (
                    self.tr(
                        " The local service's demo codes are listed here once you are signed in."
                    )
                    if ctx.connection.embedded_mode
                    else ""
                )
            else:
                from app.gui.pages.profile import ProfilePage

                page = ProfilePage(ctx)
                page.edit_requested.connect(self.open_profile_edit)
                page.change_email_requested.connect(self.open_change_email)
                page.change_password_requested.connect(self.open_change_password)
                page.two_factor_requested.connect(self.open_two_factor)
                page.sign_out_requested.connect(self.sign_out)
                page.show_profile(ctx.session.profile)
                text = self.tr(
                    "Sign in to see and change your contact details, e-mail, password and "
                    "two-factor sign-in."
                )
            title = translated(next(t for k, t, _ in PAGES if k == key))
            gate = AccountGate(ctx, page, title, text)
            gate.sign_in_requested.connect(self.open_sign_in)
            gate.register_requested.connect(self.open_register)
            shown = gate
        self._replace_in_stack(key, shown)
        self.pages[key] = page
        return page

    def _replace_in_stack(self, key: str, widget: QWidget) -> None:
        """Put ``widget`` where page ``key`` stands (its placeholder, or the page built in
        another language) and let the old one go."""
        old = self.page_widgets[key]
        self.stack.insertWidget(self.stack.indexOf(old), widget)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.page_widgets[key] = widget

    @property
    def wizards(self) -> WizardHost:
        """The request wizard's host (drafts offer, outbox), made on first use."""
        if self._wizards is None:
            from app.gui.wizard.host import WizardHost

            self._wizards = WizardHost(self, self.ctx)
            self._outer.insertWidget(2, self._wizards.draft_offer)  # under the two banners
        return self._wizards

    def after_first_paint(self) -> None:
        """What may wait until the window is on screen."""
        self.wizards  # noqa: B018 - offers a saved draft, starts the outbox
        self.requests_live()

    def requests_live(self) -> tuple[LiveEvents, Notifier, ReplyOutbox]:
        """My requests' event reader, notifier and replies' outbox, made on first use."""
        if self._live is None:
            from app.gui.requests.live import LiveEvents
            from app.gui.requests.notifier import Notifier
            from app.gui.requests.reply_outbox import ReplyOutbox

            live, notifier = LiveEvents(self.ctx, self), Notifier(self.ctx, self)
            self._live = (live, notifier, ReplyOutbox(self.ctx, self))
            live.received.connect(self._request_event)
            live.unread_changed.connect(self._show_unread)
            notifier.open_requested.connect(self.open_request)
            notifier.page_requested.connect(self._show_page_from_notification)
        return self._live

    def _show_page_from_notification(self, key: str) -> None:
        self.show_page(key)
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    @property
    def live(self) -> LiveEvents:
        return self.requests_live()[0]

    @property
    def notifier(self) -> Notifier:
        return self.requests_live()[1]

    @property
    def reply_outbox(self) -> ReplyOutbox:
        return self.requests_live()[2]

    @property
    def home(self) -> HomePage:
        return cast(HomePage, self.page("home"))

    @property
    def support(self) -> SupportPage:
        return cast("SupportPage", self.page("support"))

    @property
    def requests(self) -> RequestsPage:
        return cast("RequestsPage", self.page("requests"))

    @property
    def licenses(self) -> LicensesPage:
        return cast("LicensesPage", self.page("licenses"))

    @property
    def profile(self) -> ProfilePage:
        return cast("ProfilePage", self.page("profile"))

    def _action(
        self, text: str, slot: Callable[[], Any], shortcut: Any = None, icon: str = ""
    ) -> QAction:
        action = QAction(QIcon(f":/icons/{icon}") if icon else QIcon(), text, self)
        self._actions.append(action)
        if shortcut is not None:
            # (setShortcuts: setShortcut's overloads make the Qt namespace)
            sequence = QKeySequence(shortcut)
            action.setShortcuts([sequence] if not sequence.isEmpty() else [])
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.settings_action = self._action(
            self.tr("&Settings…"),
            self.open_settings,
            QKeySequence.StandardKey.Preferences,
            "settings.svg",
        )
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcuts([QKeySequence("Ctrl+,")])
        self.mailbox_action = self._action(
            self.tr("Local &mailbox…"), self.open_mailbox, "Ctrl+M", "mailbox.svg"
        )
        file_menu.addAction(
            self._action(
                self.tr("&New support request…"),
                lambda: self.wizards.open(),
                "Ctrl+N",
                "support.svg",
            )
        )
        file_menu.addAction(
            self._action(self.tr("&Compare two system reports…"), self.open_report_compare)
        )
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.mailbox_action)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        )

        view = bar.addMenu(self.tr("&View"))
        for number, (key, title, icon) in enumerate(PAGES, start=1):
            view.addAction(
                self._action(
                    translated(title), partial(self.show_page, key), f"Ctrl+{number}", icon
                )
            )

        account = bar.addMenu(self.tr("&Account"))
        self.sign_in_action = self._action(
            self.tr("&Sign in…"), self.open_sign_in, "Ctrl+L", "signin.svg"
        )
        self.register_action = self._action(
            self.tr("&Create an account…"), self.open_register, None, "register.svg"
        )
        self.activate_action = self._action(self.tr("&Activate an account…"), self.open_activate)
        self.forgot_action = self._action(
            self.tr("&Forgot password or Customer ID…"), self.open_forgot
        )
        self.edit_action = self._action(
            self.tr("&Edit profile…"), self.open_profile_edit, None, "profile.svg"
        )
        self.email_action = self._action(self.tr("Change &e-mail…"), self.open_change_email)
        self.password_action = self._action(
            self.tr("Change &password…"), self.open_change_password, None, "key.svg"
        )
        self.two_factor_action = self._action(
            self.tr("&Two-factor sign-in…"), self.open_two_factor, None, "shield.svg"
        )
        self.sign_out_action = self._action(
            self.tr("Sign &out"), self.sign_out, None, "signout.svg"
        )
        self.signed_out_actions = (
            self.sign_in_action,
            self.register_action,
            self.activate_action,
            self.forgot_action,
        )
        self.signed_in_actions = (
            self.edit_action,
            self.email_action,
            self.password_action,
            self.two_factor_action,
            self.sign_out_action,
        )
        for action in self.signed_out_actions:
            account.addAction(action)
        account.addSeparator()
        for action in self.signed_in_actions:
            account.addAction(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Personal Cabinet"), self.about))

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.service_status = ServiceStatus()
        self.account_label = QLabel()
        self.account_label.setAccessibleName(self.tr("Account"))
        status.addWidget(self.service_status, 1)
        status.addPermanentWidget(self.account_label)

    # -- navigation -------------------------------------------------------------------------

    def show_page(self, key: str) -> None:
        """Go to a page (shortcut, menu, link) and put the keyboard in its first control."""
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(KEY_ROLE) == key:
                self.navigation.setCurrentRow(row)
                first = self.page_widgets[key].first_control()  # type: ignore[attr-defined]
                if first is not None:
                    from PySide6.QtCore import Qt

                    first.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return

    @property
    def current_page(self) -> str:
        item = self.navigation.currentItem()
        return str(item.data(KEY_ROLE)) if item else ""

    def _page_changed(self, row: int) -> None:
        page = self.page(self.current_page)
        self.stack.setCurrentIndex(row)
        if self.ctx.connection.started:
            QTimer.singleShot(0, page, page.activate)

    # -- state ------------------------------------------------------------------------------

    def _show_health(self) -> None:
        ctx = self.ctx
        state = ctx.connection.service_state
        self.service_status.show_state(
            ctx.connection.service_label, state, ctx.connection.last_health_error
        )
        self.mailbox_action.setEnabled(ctx.connection.embedded_mode)
        if state == "unreachable":
            self.connection_banner.show_text(
                self.tr(
                    "The service at {service_url} is not reachable. You can keep working; Personal "
                    "Cabinet checks again every few seconds and reconnects by itself."
                ).format(service_url=ctx.connection.service_url),
                "error",
                self.tr("&Retry now"),
                ctx.connection.check_health,
            )
        elif state == "failed":
            service = ctx.connection.embedded
            error = service.error if service is not None else ""
            log_file = (
                self.tr(" What it wrote is in {log_file}.").format(log_file=service.log_file)
                if service is not None
                else ""
            )
            self.connection_banner.show_text(
                (error or self.tr("The local service could not start.")) + log_file,
                "error",
                self.tr("&Restart the local service"),
                ctx.connection.restart_embedded,
            )
        else:
            if self.connection_banner.isVisible() and state == "reachable":
                self._refresh_current()
            self.connection_banner.hide()

    def _refresh_current(self) -> None:
        if self.current_page == "support":
            self.support.activate()
        elif self.ctx.session.signed_in:
            QTimer.singleShot(0, self, self._activate_current)

    def _activate_current(self) -> None:
        self._page_changed(self.navigation.currentRow())

    def _signed_in_changed(self, signed_in: bool) -> None:
        for action in self.signed_out_actions:
            action.setEnabled(not signed_in)
        for action in self.signed_in_actions:
            action.setEnabled(signed_in)
        if not signed_in:
            self.account_label.setText(self.tr("Not signed in"))
            for name in ("profile-edit", "change-email", "change-password", "two-factor"):
                dialog = self.dialogs.get(name)
                if dialog is not None:
                    dialog.close()
            for window in list(self.request_windows.values()):
                if shiboken6.isValid(window):
                    window.close()
        else:
            self.account_label.setText(self.tr("Signed in"))
            if self._pending_number:
                number, self._pending_number = self._pending_number, ""
                self.open_request_number(number)

    def _show_account(self, profile: dict[str, Any] | None) -> None:
        if profile:
            who = profile.get("email") or profile.get("customer_id", "")
            role = self.tr(" — staff") if profile.get("role") == "staff" else ""
            self.account_label.setText(
                self.tr("Signed in as {who} ({customer_id}){role}").format(
                    who=who, customer_id=profile.get("customer_id", ""), role=role
                )
            )
        self._show_mode(bool(profile) and self.ctx.session.is_staff)

    def _show_mode(self, staff: bool) -> None:
        """The staff workspace for a helpdesk account, the customer's pages otherwise."""
        if staff:
            if self.staff_workspace is None:
                from app.gui.staff.workspace import StaffWorkspace

                self.staff_workspace = StaffWorkspace(self.ctx, self)
                self.modes.addWidget(self.staff_workspace)
            self.modes.setCurrentWidget(self.staff_workspace)
            self.staff_workspace.activate()
        else:
            if self.staff_workspace is not None:
                self.staff_workspace.close_all()
            self.modes.setCurrentWidget(self.customer_area)

    def notice(self, text: str, level: str = "info") -> None:
        """A line at the top; confirmations go away by themselves, warnings stay."""
        self.notice_banner.show_text(text, level)
        if level == "info":
            # tied to the banner: no call once the window is gone
            QTimer.singleShot(NOTICE_MS, self.notice_banner, lambda: self._hide_notice(text))

    def _hide_notice(self, text: str) -> None:
        if self.notice_banner.text.text() == text:
            self.notice_banner.hide()

    def _unexpected(self, error: BaseException) -> None:
        if self.crash_handler is not None:
            self.crash_handler.handle(error)

    # -- launch links (L2, L3) --------------------------------------------------------------

    def handle_launch(self, argv: list[str], *, raise_window: bool = True) -> None:
        """Act on a launch's arguments (first start or handed over by a second launch)."""
        if raise_window:
            self.bring_forward()
        if not argv:
            return  # a plain start: nothing to open
        from app.core import launch_links

        parser = argparse.ArgumentParser(add_help=False, exit_on_error=False)
        launch_links.add_options(parser)
        try:
            options, unknown = parser.parse_known_args(argv)
            options.link = options.link or ""
            launch = launch_links.from_options(options)
        except (argparse.ArgumentError, launch_links.LaunchLinkError) as exc:
            self.notice(
                self.tr("The link from your product could not be used: {exc}").format(exc=exc),
                "warning",
            )
            return
        if unknown:
            self.notice(
                self.tr(
                    "Some options from the command line were not understood and were ignored: "
                    "{options}"
                ).format(options=" ".join(unknown)),
                "warning",
            )
        if launch is None:
            return
        if launch.target == "requests":
            self.show_page("requests")
            if launch.number:
                self.open_request_number(launch.number)
            return
        if launch.target == "viruslab":
            self.show_page("viruslab")
            self.page("viruslab").prefill(
                request_type=launch.request_type, product=launch.product, version=launch.version
            )
            return
        if launch.target == "request":
            self.support.prefill(
                request_type=launch.request_type, product=launch.product, version=launch.version
            )
            self.show_page("support")
            self.wizards.open(launch=launch)
        else:
            if launch.code:
                self.licenses.prefill(launch.code)
            self.show_page("licenses")
            if not self.ctx.session.signed_in:
                self.notice(
                    self.tr("Sign in to add the activation code your product gave."), "info"
                )

    def bring_forward(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # -- dialogs ----------------------------------------------------------------------------

    def _open(self, name: str, factory: Callable[[], QWidget]) -> QWidget:
        existing = self.dialogs.get(name)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        from PySide6.QtCore import Qt

        dialog = factory()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialogs[name] = dialog
        dialog.destroyed.connect(lambda *_: self.dialogs.pop(name, None))
        if hasattr(dialog, "open"):
            dialog.open()
        else:
            dialog.show()
        # Sized before it was shown, with the fonts not yet styled: in a long language the
        # content then asks for more than that (a German label, a Russian button).
        from app.gui.dialogs.base import GrowWithContent

        GrowWithContent(dialog)
        return dialog

    def open_report_compare(self) -> QWidget:
        """Two GetSystemInfo reports compared (the staff's H4, open to anyone with files)."""

        def make() -> QWidget:
            from app.gui.sysinfo_compare import CompareWindow

            return CompareWindow()

        return self._open("compare", make)

    def open_sign_in(self) -> QWidget:
        from app.gui.dialogs.signin import SignInDialog

        def make() -> QWidget:
            dialog = SignInDialog(self.ctx, self)
            dialog.register_requested.connect(self.open_register)
            dialog.forgot_requested.connect(self.open_forgot)
            dialog.activate_requested.connect(self.open_activate)
            return dialog

        return self._open("sign-in", make)

    def open_register(self) -> QWidget:
        from app.gui.dialogs.register import RegisterDialog

        def make() -> QWidget:
            dialog = RegisterDialog(self.ctx, self)
            dialog.mailbox_requested.connect(self.open_mailbox)
            dialog.activate_requested.connect(lambda email: self.open_activate(email=email))
            dialog.legacy_requested.connect(self.open_register_legacy)
            return dialog

        return self._open("register", make)

    def open_register_legacy(self) -> QWidget:
        """A2: register with an activation code or a key file."""
        from app.gui.dialogs.register_legacy import LegacyRegisterDialog

        def make() -> QWidget:
            dialog = LegacyRegisterDialog(self.ctx, self)
            dialog.mailbox_requested.connect(self.open_mailbox)
            dialog.sign_in_requested.connect(self.open_sign_in)
            return dialog

        return self._open("register-legacy", make)

    def open_activate(self, token: str = "", email: str = "") -> QWidget:
        from app.gui.dialogs.activate import ActivateDialog

        dialog = self._open(
            "activate", lambda: ActivateDialog(self.ctx, self, token=token, email=email)
        )
        if token and isinstance(dialog, ActivateDialog):
            dialog.ui.codeEdit.setText(token)
        return dialog

    def open_forgot(self, token: str = "") -> QWidget:
        from app.gui.dialogs.forgot import ForgotDialog

        dialog = self._open("forgot", lambda: ForgotDialog(self.ctx, self, token=token))
        if token and isinstance(dialog, ForgotDialog):
            dialog.show_reset("", token=token)
        return dialog

    def open_change_email(self, token: str = "") -> QWidget:
        from app.gui.dialogs.change_email import ChangeEmailDialog

        dialog = self._open("change-email", lambda: ChangeEmailDialog(self.ctx, self, token=token))
        if token and isinstance(dialog, ChangeEmailDialog):
            dialog.show_confirm("", token=token)
        return dialog

    def open_profile_edit(self) -> QWidget | None:
        if not self._need_sign_in():
            return None
        from app.gui.dialogs.profile_edit import ProfileEditDialog

        return self._open("profile-edit", lambda: ProfileEditDialog(self.ctx, self))

    def open_change_password(self) -> QWidget | None:
        if not self._need_sign_in():
            return None
        from app.gui.dialogs.change_password import ChangePasswordDialog

        return self._open("change-password", lambda: ChangePasswordDialog(self.ctx, self))

    def open_two_factor(self) -> QWidget | None:
        if not self._need_sign_in():
            return None
        from app.gui.dialogs.two_factor import TwoFactorDialog

        return self._open("two-factor", lambda: TwoFactorDialog(self.ctx, self))

    def open_settings(self) -> QWidget:
        from app.gui.dialogs.settings import SettingsDialog

        return self._open("settings", lambda: SettingsDialog(self.ctx, self))

    def open_mailbox(self) -> QWidget | None:
        if not self.ctx.connection.embedded_mode:
            self.notice(
                self.tr(
                    "The Local mailbox belongs to the local service; this window talks to "
                    "{service_label}, whose mails go to your real e-mail."
                ).format(service_label=self.ctx.connection.service_label),
                "info",
            )
            return None
        from app.gui.mailbox import MailboxWindow

        def make() -> QWidget:
            # a top-level window of its own: a dialog that is open (say, registration) must
            # not block it
            window = MailboxWindow(self.ctx, self.ctx.connection.mail_dir)
            window.setWindowIcon(self.windowIcon())
            window.link_action.connect(self.follow_mail_link)
            window.resize(980, 600)
            window.ui.splitter.setSizes([420, 560])
            return window

        return self._open("mailbox", make)

    def follow_mail_link(self, action: str, token: str) -> None:
        """A link of our service's mails, clicked in the Local mailbox."""
        if action == "activate":
            self.open_activate(token=token)
        elif action == "reset":
            self.open_forgot(token=token)
        elif action == "confirm-email":
            self.open_change_email(token=token)

    def _need_sign_in(self) -> bool:
        if self.ctx.session.signed_in:
            return True
        self.open_sign_in()
        return False

    def sign_out(self) -> None:
        if not self.ctx.session.signed_in:
            return
        self.sign_out_action.setEnabled(False)
        self.ctx.session.sign_out(lambda: self.notice(self.tr("You are signed out."), "info"))
        self.show_page("home")

    def about(self) -> None:
        vendor = (
            self.tr("<p>Vendor: {vendor_name}</p>").format(
                vendor_name=self.ctx.connection.vendor_name
            )
            if self.ctx.connection.vendor_name
            else ""
        )
        from PySide6.QtWidgets import QMessageBox  # made on first use: its enums cost the start-up

        from app.core.build_info import current

        build = current()
        QMessageBox.about(
            self,
            self.tr("About Personal Cabinet"),
            self.tr(
                "<h3>Personal Cabinet</h3><p>Requests to Technical Support, files for the Virus "
                "Lab, the experts' answers, and the licenses of your antivirus product, in one "
                "place.</p><p>Version {version} — commit {commit}, built {built}</p>"
                "<p>Support service: {service_label}</p>{vendor}"
            ).format(
                version=build.version,
                commit=build.commit,
                built=build.built,
                service_label=self.ctx.connection.service_label,
                vendor=vendor,
            ),
        )

    # -- window state -----------------------------------------------------------------------

    def restore_geometry(self) -> None:
        saved = self.ctx.settings.window_geometry
        if saved:
            self.restoreGeometry(QByteArray(base64.b64decode(saved)))
        else:
            self.resize(1040, 680)

    # -- My requests ------------------------------------------------------------------------

    def open_request(self, request_id: int) -> RequestWindow | None:
        """A request in its own window (from the list, the wizard's "Open in My requests",
        a notification or a link); an open one is brought forward."""
        if not self._need_sign_in():
            return None
        from PySide6.QtCore import Qt

        from app.gui.requests.request_window import RequestWindow

        window = self.request_windows.get(request_id)
        if window is None:
            window = RequestWindow(self.ctx, request_id, self.live, self.reply_outbox)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.read.connect(self._request_read)
            window.changed.connect(self._request_changed)
            window.open_request.connect(self.open_request)
            window.open_number.connect(self.open_request_number)
            window.destroyed.connect(self._forget_request_windows)
            self.request_windows[request_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _forget_request_windows(self) -> None:
        self.request_windows = {
            k: w for k, w in self.request_windows.items() if shiboken6.isValid(w)
        }

    def export_request(self, request_id: int) -> None:
        window = self.open_request(request_id)
        if window is not None:
            window.export_button.showMenu()

    def reopen_viruslab(self, entry: Any) -> None:
        """A Virus Lab request the service refused from the outbox: back into its form."""
        from app.core.viruslab.form import ViruslabForm

        if entry.draft is None:
            return
        form = ViruslabForm.from_dict(entry.draft).renewed()
        self.wizards.outbox.remove(entry.key)
        self.show_page("viruslab")
        self.page("viruslab").restore(form, entry.error)

    def open_request_number(self, number: str) -> None:
        """A ``personal-cabinet://requests/<number>`` link: find the request and open it."""
        if not self.ctx.session.signed_in:
            self._pending_number = number
            self.notice(self.tr("Sign in to open request {number}.").format(number=number), "info")
            self.open_sign_in()
            return

        def find(client: Any) -> Any:
            page = client.list_requests(q=number, limit=5)
            return next((r for r in page.items if r.get("number") == number), None)

        def found(item: Any) -> None:
            if item is None:
                self.notice(
                    self.tr("Request {number} is not among the requests of this account.").format(
                        number=number
                    )
                )
            else:
                self.open_request(int(item["id"]))

        self.ctx.connection.call(find, on_done=found, on_error=self._unreachable_notice, owner=self)

    def _unreachable_notice(self, error: BaseException) -> None:
        from app.gui.feedback import message_for

        self.notice(message_for(error), "warning")

    def _new_request(self) -> None:
        self.show_page("support")

    def _request_read(self, request_id: int) -> None:
        if "requests" in self.pages:
            self.requests.model.set_unread(request_id, False)
        self.live.refresh_unread()

    def _request_changed(self, detail: dict[str, Any]) -> None:
        if "requests" in self.pages:
            self.requests.model.put(_summary(detail, unread=False))

    def _request_event(self, event: Any) -> None:
        """A live event: the list's row, and a notification unless the request is in
        front of the user already."""
        request_id = int(event.data.get("request_id", 0) or 0)
        if not request_id or self.ctx.session.is_staff:
            return  # staff hear every request's news: the staff workspace handles them
        window = self.request_windows.get(request_id)
        watching = window is not None and window.isVisible()
        number = str(event.data.get("number", ""))
        if event.kind == "request.message" and event.data.get("sender") == "staff":
            text = self.tr("There is a new reply to your request {number}.").format(number=number)
        elif event.kind == "request.status":
            text = self.tr("Request {number} is now: {to}.").format(
                number=number, to=status_text(str(event.data.get("to", "")))
            )
        else:
            text = ""
        if "requests" in self.pages and event.kind in (
            "request.message",
            "request.status",
            "request.created",
        ):
            self._refresh_row(request_id, unread=bool(text) and not watching)
        if text and not (watching and window is not None and window.isActiveWindow()):
            self.notifier.notify(request_id, self.tr("Personal Cabinet"), text)

    def _refresh_row(self, request_id: int, *, unread: bool) -> None:
        def done(detail: Any) -> None:
            if "requests" in self.pages:
                self.requests.model.put(_summary(detail, unread=unread))

        self.ctx.connection.call(
            lambda client: client.get_request(request_id), on_done=done, owner=self, name="row"
        )

    def _show_unread(self, count: int) -> None:
        from PySide6.QtCore import Qt

        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            if item.data(KEY_ROLE) == "requests":
                title = translated(next(t for k, t, _ in PAGES if k == "requests"))
                item.setText(f"{title} ({count})" if count else title)
                item.setToolTip(self.tr("{count} unread").format(count=count) if count else "")
                item.setData(
                    Qt.ItemDataRole.AccessibleDescriptionRole,
                    self.tr("{count} unread").format(count=count),
                )

    def requests_changed(self) -> None:
        """A request was filed: lists that show requests load again when next shown."""
        if "requests" in self.pages and self.current_page == "requests":
            self.requests.reload()

    # -- another language -------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """A new interface language (Settings): once per change — installing the two
        translators sends two events — everything this window built is built again."""
        # (a closed window — the application quitting — has nothing left to show)
        if (
            event.type() == QEvent.Type.LanguageChange
            and not self._retranslating
            and self.isVisible()
        ):
            self._retranslating = True
            QTimer.singleShot(0, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Menus, navigation, status bar and every page built so far, in the new language.
        Pages are views of the session and of what is saved (drafts, the outbox), so built
        again they show the same state; windows of their own (a request, the wizard) show the
        new language when opened again."""
        from PySide6.QtWidgets import QMenu

        self._retranslating = False
        self.setWindowTitle(self.tr("Personal Cabinet"))
        for action in self._actions:
            action.deleteLater()
        self._actions.clear()
        for menu in self.menuBar().findChildren(QMenu):
            menu.setParent(None)  # gone from the window now, deleted soon
            menu.deleteLater()
        self.menuBar().clear()
        self._build_menus()
        signed_in = self.ctx.session.signed_in
        for action in self.signed_out_actions:
            action.setEnabled(not signed_in)
        for action in self.signed_in_actions:
            action.setEnabled(signed_in)
        self.account_label.setAccessibleName(self.tr("Account"))
        self.connection_banner.retranslate(self.tr("Connection banner"))
        self.notice_banner.retranslate(self.tr("Notice"))
        for row, (_key, title, _icon) in enumerate(PAGES):
            self.navigation.item(row).setText(translated(title))
        self.navigation.setAccessibleName(self.tr("Sections"))
        current = self.current_page
        built = [key for key, _title, _icon in PAGES if key in self.pages]
        for key in built:
            self._replace_in_stack(key, QWidget())
            del self.pages[key]
        for key in built:
            self.page(key)
        self.stack.setCurrentWidget(self.page_widgets[current])
        if self.staff_workspace is not None:
            old_workspace, self.staff_workspace = self.staff_workspace, None
            old_workspace.close_all()
            self.modes.removeWidget(old_workspace)
            old_workspace.deleteLater()
        if signed_in:
            self._show_account(dict(self.ctx.session.profile or {}))
        else:
            self.account_label.setText(self.tr("Not signed in"))
        self._show_health()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.staff_workspace is not None:
            self.staff_workspace.close_all()
        if self._live is not None:
            self.live.stop()
            self.notifier.hide()
        for window in list(self.request_windows.values()):
            if shiboken6.isValid(window):
                window.close()
        if self._wizards is not None:
            self._wizards.close_quietly()
        geometry = bytes(self.saveGeometry().data())
        self.ctx.settings.window_geometry = base64.b64encode(geometry).decode()
        self.ctx.save_settings()
        for dialog in list(self.dialogs.values()):
            dialog.close()
        super().closeEvent(event)


def _summary(detail: dict[str, Any], *, unread: bool) -> dict[str, Any]:
    """A list row from a request's detail (what ``GET /requests`` would show for it)."""
    keys = ("id", "number", "kind", "type", "product", "status", "created_at", "updated_at")
    row = {k: detail.get(k) for k in keys}
    row["unread"] = unread
    row["has_attachments"] = bool(detail.get("attachments"))
    return row
