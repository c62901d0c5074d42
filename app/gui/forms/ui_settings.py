# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.setMinimumSize(QSize(540, 0))
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.serviceGroup = QGroupBox(SettingsDialog)
        self.serviceGroup.setObjectName(u"serviceGroup")
        self.serviceLayout = QVBoxLayout(self.serviceGroup)
        self.serviceLayout.setObjectName(u"serviceLayout")
        self.embeddedRadio = QRadioButton(self.serviceGroup)
        self.embeddedRadio.setObjectName(u"embeddedRadio")
        self.embeddedRadio.setChecked(True)

        self.serviceLayout.addWidget(self.embeddedRadio)

        self.embeddedHintLabel = QLabel(self.serviceGroup)
        self.embeddedHintLabel.setObjectName(u"embeddedHintLabel")
        self.embeddedHintLabel.setWordWrap(True)
        self.embeddedHintLabel.setIndent(24)
        self.embeddedHintLabel.setProperty(u"role", u"hint")

        self.serviceLayout.addWidget(self.embeddedHintLabel)

        self.remoteRadio = QRadioButton(self.serviceGroup)
        self.remoteRadio.setObjectName(u"remoteRadio")

        self.serviceLayout.addWidget(self.remoteRadio)

        self.urlRow = QHBoxLayout()
        self.urlRow.setObjectName(u"urlRow")
        self.urlRow.setContentsMargins(24, -1, -1, -1)
        self.urlEdit = QLineEdit(self.serviceGroup)
        self.urlEdit.setObjectName(u"urlEdit")

        self.urlRow.addWidget(self.urlEdit)

        self.testButton = QPushButton(self.serviceGroup)
        self.testButton.setObjectName(u"testButton")
        self.testButton.setAutoDefault(False)

        self.urlRow.addWidget(self.testButton)


        self.serviceLayout.addLayout(self.urlRow)

        self.testResultLabel = QLabel(self.serviceGroup)
        self.testResultLabel.setObjectName(u"testResultLabel")
        self.testResultLabel.setWordWrap(True)
        self.testResultLabel.setIndent(24)

        self.serviceLayout.addWidget(self.testResultLabel)


        self.mainLayout.addWidget(self.serviceGroup)

        self.appearanceGroup = QGroupBox(SettingsDialog)
        self.appearanceGroup.setObjectName(u"appearanceGroup")
        self.appearanceForm = QFormLayout(self.appearanceGroup)
        self.appearanceForm.setObjectName(u"appearanceForm")
        self.themeLabel = QLabel(self.appearanceGroup)
        self.themeLabel.setObjectName(u"themeLabel")

        self.appearanceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeCombo = QComboBox(self.appearanceGroup)
        self.themeCombo.setObjectName(u"themeCombo")

        self.appearanceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.themeCombo)


        self.mainLayout.addWidget(self.appearanceGroup)

        self.messageLabel = QLabel(SettingsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.messageLabel)

        self.busyBar = QProgressBar(SettingsDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(SettingsDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(SettingsDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.themeLabel.setBuddy(self.themeCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.embeddedRadio, self.remoteRadio)
        QWidget.setTabOrder(self.remoteRadio, self.urlEdit)
        QWidget.setTabOrder(self.urlEdit, self.testButton)
        QWidget.setTabOrder(self.testButton, self.themeCombo)
        QWidget.setTabOrder(self.themeCombo, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.saveButton)

        self.retranslateUi(SettingsDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.serviceGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Support service", None))
        self.embeddedRadio.setText(QCoreApplication.translate("SettingsDialog", u"&Local service on this computer", None))
        self.embeddedHintLabel.setText(QCoreApplication.translate("SettingsDialog", u"Works without a network connection. Demo products and licenses are included, and mails go to the Local mailbox.", None))
        self.remoteRadio.setText(QCoreApplication.translate("SettingsDialog", u"&Remote service at this address:", None))
#if QT_CONFIG(accessibility)
        self.urlEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Address of the remote service", None))
#endif // QT_CONFIG(accessibility)
        self.urlEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"https://support.example.com", None))
        self.testButton.setText(QCoreApplication.translate("SettingsDialog", u"&Test connection", None))
        self.appearanceGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Appearance", None))
        self.themeLabel.setText(QCoreApplication.translate("SettingsDialog", u"T&heme", None))
#if QT_CONFIG(accessibility)
        self.themeCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Theme", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("SettingsDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("SettingsDialog", u"&Save", None))
    # retranslateUi

