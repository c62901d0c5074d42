# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'licenses_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QTreeWidget, QVBoxLayout, QWidget
from . import icons_rc

class Ui_LicensesPage(object):
    def setupUi(self, LicensesPage):
        if not LicensesPage.objectName():
            LicensesPage.setObjectName(u"LicensesPage")
        self.mainLayout = QVBoxLayout(LicensesPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.titleLabel = QLabel(LicensesPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.titleRow.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.refreshButton = QPushButton(LicensesPage)
        self.refreshButton.setObjectName(u"refreshButton")
        icon = QIcon()
        icon.addFile(u":/icons/refresh.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.refreshButton.setIcon(icon)

        self.titleRow.addWidget(self.refreshButton)


        self.mainLayout.addLayout(self.titleRow)

        self.addGroup = QGroupBox(LicensesPage)
        self.addGroup.setObjectName(u"addGroup")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.addGroup.sizePolicy().hasHeightForWidth())
        self.addGroup.setSizePolicy(sizePolicy)
        self.addForm = QFormLayout(self.addGroup)
        self.addForm.setObjectName(u"addForm")
        self.codeLabel = QLabel(self.addGroup)
        self.codeLabel.setObjectName(u"codeLabel")

        self.addForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeRow = QHBoxLayout()
        self.codeRow.setObjectName(u"codeRow")
        self.codeEdit = QLineEdit(self.addGroup)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setClearButtonEnabled(True)

        self.codeRow.addWidget(self.codeEdit)

        self.addButton = QPushButton(self.addGroup)
        self.addButton.setObjectName(u"addButton")
        icon1 = QIcon()
        icon1.addFile(u":/icons/key.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.addButton.setIcon(icon1)

        self.codeRow.addWidget(self.addButton)


        self.addForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.codeRow)

        self.addHintLabel = QLabel(self.addGroup)
        self.addHintLabel.setObjectName(u"addHintLabel")
        self.addHintLabel.setWordWrap(True)
        self.addHintLabel.setProperty(u"role", u"hint")

        self.addForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.addHintLabel)


        self.mainLayout.addWidget(self.addGroup)

        self.messageLabel = QLabel(LicensesPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.messageLabel)

        self.licensesTree = QTreeWidget(LicensesPage)
        self.licensesTree.setObjectName(u"licensesTree")
        self.licensesTree.setRootIsDecorated(False)
        self.licensesTree.setUniformRowHeights(True)
        self.licensesTree.setAlternatingRowColors(True)
        self.licensesTree.setSortingEnabled(True)

        self.mainLayout.addWidget(self.licensesTree)

        self.emptyLabel = QLabel(LicensesPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.emptyLabel.sizePolicy().hasHeightForWidth())
        self.emptyLabel.setSizePolicy(sizePolicy1)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.emptyLabel)

        self.busyBar = QProgressBar(LicensesPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.addButton)
        QWidget.setTabOrder(self.addButton, self.licensesTree)
        QWidget.setTabOrder(self.licensesTree, self.refreshButton)

        self.retranslateUi(LicensesPage)

        QMetaObject.connectSlotsByName(LicensesPage)
    # setupUi

    def retranslateUi(self, LicensesPage):
        self.titleLabel.setText(QCoreApplication.translate("LicensesPage", u"Licenses", None))
        self.refreshButton.setText(QCoreApplication.translate("LicensesPage", u"&Refresh", None))
        self.addGroup.setTitle(QCoreApplication.translate("LicensesPage", u"Add an activation code", None))
        self.codeLabel.setText(QCoreApplication.translate("LicensesPage", u"Activation &code", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("LicensesPage", u"Activation code", None))
#endif // QT_CONFIG(accessibility)
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("LicensesPage", u"XXXXX-XXXXX-XXXXX-XXXXX", None))
        self.addButton.setText(QCoreApplication.translate("LicensesPage", u"A&dd", None))
        self.addHintLabel.setText(QCoreApplication.translate("LicensesPage", u"4 blocks of 5 letters or digits, as printed on the box or in the purchase e-mail; any case and spacing.", None))
        ___qtreewidgetitem = self.licensesTree.headerItem()
        ___qtreewidgetitem.setText(6, QCoreApplication.translate("LicensesPage", u"Status", None))
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("LicensesPage", u"Seats used", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("LicensesPage", u"Days left", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("LicensesPage", u"Expires", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("LicensesPage", u"Added", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("LicensesPage", u"Product", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("LicensesPage", u"Activation code", None))
#if QT_CONFIG(accessibility)
        self.licensesTree.setAccessibleName(QCoreApplication.translate("LicensesPage", u"My licenses", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("LicensesPage", u"No licenses yet: add the activation code of your product above.", None))
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("LicensesPage", u"Loading", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

