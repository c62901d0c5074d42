# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'requests_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout, QWidget
from . import icons_rc

class Ui_RequestsPage(object):
    def setupUi(self, RequestsPage):
        if not RequestsPage.objectName():
            RequestsPage.setObjectName(u"RequestsPage")
        self.mainLayout = QVBoxLayout(RequestsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(RequestsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.titleRow.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.refreshButton = QPushButton(RequestsPage)
        self.refreshButton.setObjectName(u"refreshButton")
        icon = QIcon()
        icon.addFile(u":/icons/refresh.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.refreshButton.setIcon(icon)

        self.titleRow.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.titleRow)

        self.requestsTree = QTreeWidget(RequestsPage)
        self.requestsTree.setObjectName(u"requestsTree")
        self.requestsTree.setRootIsDecorated(False)
        self.requestsTree.setUniformRowHeights(True)
        self.requestsTree.setAlternatingRowColors(True)
        self.requestsTree.setSortingEnabled(True)

        self.mainLayout.addWidget(self.requestsTree)

        self.emptyLabel = QLabel(RequestsPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.emptyLabel.sizePolicy().hasHeightForWidth())
        self.emptyLabel.setSizePolicy(sizePolicy)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.emptyLabel)

        self.messageLabel = QLabel(RequestsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.messageLabel)

        self.busyBar = QProgressBar(RequestsPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.countLabel = QLabel(RequestsPage)
        self.countLabel.setObjectName(u"countLabel")

        self.bottomRow.addWidget(self.countLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.loadMoreButton = QPushButton(RequestsPage)
        self.loadMoreButton.setObjectName(u"loadMoreButton")

        self.bottomRow.addWidget(self.loadMoreButton)


        self.mainLayout.addLayout(self.bottomRow)

        QWidget.setTabOrder(self.requestsTree, self.loadMoreButton)
        QWidget.setTabOrder(self.loadMoreButton, self.refreshButton)

        self.retranslateUi(RequestsPage)

        QMetaObject.connectSlotsByName(RequestsPage)
    # setupUi

    def retranslateUi(self, RequestsPage):
        self.titleLabel.setText(QCoreApplication.translate("RequestsPage", u"My requests", None))
        self.refreshButton.setText(QCoreApplication.translate("RequestsPage", u"&Refresh", None))
        ___qtreewidgetitem = self.requestsTree.headerItem()
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("RequestsPage", u"Last update", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("RequestsPage", u"Created", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("RequestsPage", u"Status", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("RequestsPage", u"Product", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("RequestsPage", u"Type", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("RequestsPage", u"Number", None))
#if QT_CONFIG(accessibility)
        self.requestsTree.setAccessibleName(QCoreApplication.translate("RequestsPage", u"My requests", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("RequestsPage", u"You have not sent any requests yet. Requests you send to Technical Support or the Virus Lab appear here with their status.", None))
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("RequestsPage", u"Loading", None))
#endif // QT_CONFIG(accessibility)
        self.loadMoreButton.setText(QCoreApplication.translate("RequestsPage", u"Load &more", None))
        pass
    # retranslateUi

