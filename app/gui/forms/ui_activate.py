# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activate.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ActivateDialog(object):
    def setupUi(self, ActivateDialog):
        if not ActivateDialog.objectName():
            ActivateDialog.setObjectName(u"ActivateDialog")
        ActivateDialog.setMinimumSize(QSize(460, 0))
        self.mainLayout = QVBoxLayout(ActivateDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(ActivateDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(ActivateDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.codeLabel = QLabel(ActivateDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(ActivateDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setClearButtonEnabled(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)


        self.mainLayout.addLayout(self.form)

        self.messageLabel = QLabel(ActivateDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messageLabel.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.messageLabel)

        self.busyBar = QProgressBar(ActivateDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.resendButton = QPushButton(ActivateDialog)
        self.resendButton.setObjectName(u"resendButton")
        self.resendButton.setFlat(True)
        self.resendButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.resendButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(ActivateDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)

        self.activateButton = QPushButton(ActivateDialog)
        self.activateButton.setObjectName(u"activateButton")

        self.buttonsLayout.addWidget(self.activateButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.resendButton)
        QWidget.setTabOrder(self.resendButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.activateButton)

        self.retranslateUi(ActivateDialog)

        self.activateButton.setDefault(True)


        QMetaObject.connectSlotsByName(ActivateDialog)
    # setupUi

    def retranslateUi(self, ActivateDialog):
        ActivateDialog.setWindowTitle(QCoreApplication.translate("ActivateDialog", u"Activate your account", None))
        self.titleLabel.setText(QCoreApplication.translate("ActivateDialog", u"Activate your account", None))
        self.introLabel.setText(QCoreApplication.translate("ActivateDialog", u"Paste the activation code or the whole link from the mail we sent you. Once activated, you are signed in.", None))
        self.codeLabel.setText(QCoreApplication.translate("ActivateDialog", u"Activation &code or link", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("ActivateDialog", u"Activation code or link", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("ActivateDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.resendButton.setText(QCoreApplication.translate("ActivateDialog", u"&Send the mail again\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("ActivateDialog", u"Cancel", None))
        self.activateButton.setText(QCoreApplication.translate("ActivateDialog", u"&Activate", None))
    # retranslateUi

