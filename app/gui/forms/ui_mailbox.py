# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mailbox.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTextBrowser, QTreeWidget, QVBoxLayout, QWidget
from . import icons_rc

class Ui_MailboxWindow(object):
    def setupUi(self, MailboxWindow):
        if not MailboxWindow.objectName():
            MailboxWindow.setObjectName(u"MailboxWindow")
        MailboxWindow.resize(900, 560)
        self.mainLayout = QVBoxLayout(MailboxWindow)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(MailboxWindow)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.splitter = QSplitter(MailboxWindow)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.mailList = QTreeWidget(self.splitter)
        self.mailList.setObjectName(u"mailList")
        self.mailList.setRootIsDecorated(False)
        self.mailList.setUniformRowHeights(True)
        self.mailList.setAlternatingRowColors(True)
        self.splitter.addWidget(self.mailList)
        self.previewPane = QWidget(self.splitter)
        self.previewPane.setObjectName(u"previewPane")
        self.previewLayout = QVBoxLayout(self.previewPane)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.headerLabel = QLabel(self.previewPane)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setTextFormat(Qt.TextFormat.RichText)
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.headerLabel)

        self.bodyView = QTextBrowser(self.previewPane)
        self.bodyView.setObjectName(u"bodyView")
        self.bodyView.setOpenLinks(False)

        self.previewLayout.addWidget(self.bodyView)

        self.codeRow = QHBoxLayout()
        self.codeRow.setObjectName(u"codeRow")
        self.codeLabel = QLabel(self.previewPane)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.codeRow.addWidget(self.codeLabel)

        self.copyCodeButton = QPushButton(self.previewPane)
        self.copyCodeButton.setObjectName(u"copyCodeButton")
        icon = QIcon()
        icon.addFile(u":/icons/copy.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.copyCodeButton.setIcon(icon)

        self.codeRow.addWidget(self.copyCodeButton)

        self.useLinkButton = QPushButton(self.previewPane)
        self.useLinkButton.setObjectName(u"useLinkButton")

        self.codeRow.addWidget(self.useLinkButton)

        self.codeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.codeRow.addItem(self.codeSpacer)


        self.previewLayout.addLayout(self.codeRow)

        self.splitter.addWidget(self.previewPane)

        self.mainLayout.addWidget(self.splitter)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.folderLabel = QLabel(MailboxWindow)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folderLabel.setProperty(u"role", u"hint")

        self.bottomRow.addWidget(self.folderLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.refreshButton = QPushButton(MailboxWindow)
        self.refreshButton.setObjectName(u"refreshButton")
        icon1 = QIcon()
        icon1.addFile(u":/icons/refresh.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.refreshButton.setIcon(icon1)

        self.bottomRow.addWidget(self.refreshButton)

        self.closeButton = QPushButton(MailboxWindow)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomRow.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.bottomRow)

        QWidget.setTabOrder(self.mailList, self.bodyView)
        QWidget.setTabOrder(self.bodyView, self.copyCodeButton)
        QWidget.setTabOrder(self.copyCodeButton, self.useLinkButton)
        QWidget.setTabOrder(self.useLinkButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.closeButton)

        self.retranslateUi(MailboxWindow)

        QMetaObject.connectSlotsByName(MailboxWindow)
    # setupUi

    def retranslateUi(self, MailboxWindow):
        MailboxWindow.setWindowTitle(QCoreApplication.translate("MailboxWindow", u"Local mailbox", None))
        self.introLabel.setText(QCoreApplication.translate("MailboxWindow", u"The mails the local service sent. Activation, reset and confirmation links open right here in Personal Cabinet; codes can be copied.", None))
        ___qtreewidgetitem = self.mailList.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("MailboxWindow", u"Subject", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("MailboxWindow", u"To", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("MailboxWindow", u"Received", None))
#if QT_CONFIG(accessibility)
        self.mailList.setAccessibleName(QCoreApplication.translate("MailboxWindow", u"Mails", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.headerLabel.setAccessibleName(QCoreApplication.translate("MailboxWindow", u"Mail header", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.bodyView.setAccessibleName(QCoreApplication.translate("MailboxWindow", u"Mail text", None))
#endif // QT_CONFIG(accessibility)
        self.copyCodeButton.setText(QCoreApplication.translate("MailboxWindow", u"&Copy code", None))
        self.useLinkButton.setText(QCoreApplication.translate("MailboxWindow", u"&Open the link in Personal Cabinet", None))
        self.refreshButton.setText(QCoreApplication.translate("MailboxWindow", u"&Refresh", None))
        self.closeButton.setText(QCoreApplication.translate("MailboxWindow", u"Close", None))
    # retranslateUi

