# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'support_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget
from . import icons_rc

class Ui_SupportPage(object):
    def setupUi(self, SupportPage):
        if not SupportPage.objectName():
            SupportPage.setObjectName(u"SupportPage")
        self.mainLayout = QVBoxLayout(SupportPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(SupportPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(SupportPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.stepGroup = QGroupBox(SupportPage)
        self.stepGroup.setObjectName(u"stepGroup")
        self.stepForm = QFormLayout(self.stepGroup)
        self.stepForm.setObjectName(u"stepForm")
        self.typeLabel = QLabel(self.stepGroup)
        self.typeLabel.setObjectName(u"typeLabel")

        self.stepForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(self.stepGroup)
        self.typeCombo.setObjectName(u"typeCombo")

        self.stepForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.typeDescriptionLabel = QLabel(self.stepGroup)
        self.typeDescriptionLabel.setObjectName(u"typeDescriptionLabel")
        self.typeDescriptionLabel.setWordWrap(True)
        self.typeDescriptionLabel.setProperty(u"role", u"hint")

        self.stepForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeDescriptionLabel)

        self.productLabel = QLabel(self.stepGroup)
        self.productLabel.setObjectName(u"productLabel")

        self.stepForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.productLabel)

        self.productCombo = QComboBox(self.stepGroup)
        self.productCombo.setObjectName(u"productCombo")

        self.stepForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.productCombo)

        self.versionLabel = QLabel(self.stepGroup)
        self.versionLabel.setObjectName(u"versionLabel")

        self.stepForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.versionLabel)

        self.versionEdit = QLineEdit(self.stepGroup)
        self.versionEdit.setObjectName(u"versionEdit")

        self.stepForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.versionEdit)


        self.mainLayout.addWidget(self.stepGroup)

        self.launchNoteLabel = QLabel(SupportPage)
        self.launchNoteLabel.setObjectName(u"launchNoteLabel")
        self.launchNoteLabel.setWordWrap(True)
        self.launchNoteLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.launchNoteLabel)

        self.warningLabel = QLabel(SupportPage)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setProperty(u"role", u"warning")

        self.mainLayout.addWidget(self.warningLabel)

        self.messageLabel = QLabel(SupportPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.messageLabel)

        self.busyBar = QProgressBar(SupportPage)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.reloadButton = QPushButton(SupportPage)
        self.reloadButton.setObjectName(u"reloadButton")
        icon = QIcon()
        icon.addFile(u":/icons/refresh.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.reloadButton.setIcon(icon)

        self.buttonsRow.addWidget(self.reloadButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.buttonsSpacer)

        self.startButton = QPushButton(SupportPage)
        self.startButton.setObjectName(u"startButton")

        self.buttonsRow.addWidget(self.startButton)


        self.mainLayout.addLayout(self.buttonsRow)

        self.startNoteLabel = QLabel(SupportPage)
        self.startNoteLabel.setObjectName(u"startNoteLabel")
        self.startNoteLabel.setWordWrap(True)
        self.startNoteLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.startNoteLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.startNoteLabel)

        self.vSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.vSpacer)

#if QT_CONFIG(shortcut)
        self.typeLabel.setBuddy(self.typeCombo)
        self.productLabel.setBuddy(self.productCombo)
        self.versionLabel.setBuddy(self.versionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.typeCombo, self.productCombo)
        QWidget.setTabOrder(self.productCombo, self.versionEdit)
        QWidget.setTabOrder(self.versionEdit, self.reloadButton)
        QWidget.setTabOrder(self.reloadButton, self.startButton)

        self.retranslateUi(SupportPage)

        QMetaObject.connectSlotsByName(SupportPage)
    # setupUi

    def retranslateUi(self, SupportPage):
        self.titleLabel.setText(QCoreApplication.translate("SupportPage", u"Request to Technical Support", None))
        self.introLabel.setText(QCoreApplication.translate("SupportPage", u"A request takes five steps: 1. the request type and your product; 2. your account; 3. a detailed description, your e-mail and country, and files; 4. your operating system and the product version, with a GetSystemInfo report; 5. a review before you send it. The request number is shown at the end, and the experts' answers appear in My requests.", None))
        self.stepGroup.setTitle(QCoreApplication.translate("SupportPage", u"Step 1 of 5: request type and product", None))
        self.typeLabel.setText(QCoreApplication.translate("SupportPage", u"Request &type", None))
#if QT_CONFIG(accessibility)
        self.typeCombo.setAccessibleName(QCoreApplication.translate("SupportPage", u"Request type", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.typeDescriptionLabel.setAccessibleName(QCoreApplication.translate("SupportPage", u"About this request type", None))
#endif // QT_CONFIG(accessibility)
        self.productLabel.setText(QCoreApplication.translate("SupportPage", u"&Product", None))
#if QT_CONFIG(accessibility)
        self.productCombo.setAccessibleName(QCoreApplication.translate("SupportPage", u"Product", None))
#endif // QT_CONFIG(accessibility)
        self.versionLabel.setText(QCoreApplication.translate("SupportPage", u"Product v&ersion", None))
#if QT_CONFIG(accessibility)
        self.versionEdit.setAccessibleName(QCoreApplication.translate("SupportPage", u"Product version", None))
#endif // QT_CONFIG(accessibility)
        self.versionEdit.setPlaceholderText(QCoreApplication.translate("SupportPage", u"for example 21.3.10.391", None))
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("SupportPage", u"Loading the catalog", None))
#endif // QT_CONFIG(accessibility)
        self.reloadButton.setText(QCoreApplication.translate("SupportPage", u"&Reload the catalog", None))
#if QT_CONFIG(tooltip)
        self.startButton.setToolTip(QCoreApplication.translate("SupportPage", u"Opens the request form with the type, product and version chosen here.", None))
#endif // QT_CONFIG(tooltip)
        self.startButton.setText(QCoreApplication.translate("SupportPage", u"&Continue to step 2: your account", None))
        self.startNoteLabel.setText(QCoreApplication.translate("SupportPage", u"Your request is kept as a draft while you fill it in. If the service cannot be reached when you submit it, it waits on this computer and is sent by itself when the service answers.", None))
        pass
    # retranslateUi

