# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_email.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_ChangeEmailDialog(object):
    def setupUi(self, ChangeEmailDialog):
        if not ChangeEmailDialog.objectName():
            ChangeEmailDialog.setObjectName(u"ChangeEmailDialog")
        ChangeEmailDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(ChangeEmailDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(ChangeEmailDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.titleLabel)

        self.pages = QStackedWidget(ChangeEmailDialog)
        self.pages.setObjectName(u"pages")
        self.requestPage = QWidget()
        self.requestPage.setObjectName(u"requestPage")
        self.requestLayout = QVBoxLayout(self.requestPage)
        self.requestLayout.setObjectName(u"requestLayout")
        self.requestLayout.setContentsMargins(0, -1, 0, -1)
        self.requestForm = QFormLayout()
        self.requestForm.setObjectName(u"requestForm")
        self.currentLabel = QLabel(self.requestPage)
        self.currentLabel.setObjectName(u"currentLabel")

        self.requestForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.currentValue = QLabel(self.requestPage)
        self.currentValue.setObjectName(u"currentValue")
        self.currentValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.requestForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentValue)

        self.newEmailLabel = QLabel(self.requestPage)
        self.newEmailLabel.setObjectName(u"newEmailLabel")

        self.requestForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newEmailLabel)

        self.newEmailEdit = QLineEdit(self.requestPage)
        self.newEmailEdit.setObjectName(u"newEmailEdit")

        self.requestForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newEmailEdit)

        self.passwordLabel = QLabel(self.requestPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.requestForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.requestPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.requestForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.requestLayout.addLayout(self.requestForm)

        self.requestHintLabel = QLabel(self.requestPage)
        self.requestHintLabel.setObjectName(u"requestHintLabel")
        self.requestHintLabel.setWordWrap(True)
        self.requestHintLabel.setProperty(u"role", u"hint")

        self.requestLayout.addWidget(self.requestHintLabel)

        self.pages.addWidget(self.requestPage)
        self.confirmPage = QWidget()
        self.confirmPage.setObjectName(u"confirmPage")
        self.confirmLayout = QVBoxLayout(self.confirmPage)
        self.confirmLayout.setObjectName(u"confirmLayout")
        self.confirmLayout.setContentsMargins(0, -1, 0, -1)
        self.sentLabel = QLabel(self.confirmPage)
        self.sentLabel.setObjectName(u"sentLabel")
        self.sentLabel.setWordWrap(True)

        self.confirmLayout.addWidget(self.sentLabel)

        self.confirmForm = QFormLayout()
        self.confirmForm.setObjectName(u"confirmForm")
        self.tokenLabel = QLabel(self.confirmPage)
        self.tokenLabel.setObjectName(u"tokenLabel")

        self.confirmForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.tokenLabel)

        self.tokenEdit = QLineEdit(self.confirmPage)
        self.tokenEdit.setObjectName(u"tokenEdit")
        self.tokenEdit.setClearButtonEnabled(True)

        self.confirmForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.tokenEdit)


        self.confirmLayout.addLayout(self.confirmForm)

        self.confirmSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.confirmLayout.addItem(self.confirmSpacer)

        self.pages.addWidget(self.confirmPage)

        self.mainLayout.addWidget(self.pages)

        self.messageLabel = QLabel(ChangeEmailDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messageLabel.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.messageLabel)

        self.busyBar = QProgressBar(ChangeEmailDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.haveCodeButton = QPushButton(ChangeEmailDialog)
        self.haveCodeButton.setObjectName(u"haveCodeButton")
        self.haveCodeButton.setFlat(True)
        self.haveCodeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.haveCodeButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(ChangeEmailDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)

        self.actionButton = QPushButton(ChangeEmailDialog)
        self.actionButton.setObjectName(u"actionButton")

        self.buttonsLayout.addWidget(self.actionButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.newEmailLabel.setBuddy(self.newEmailEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.tokenLabel.setBuddy(self.tokenEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.newEmailEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.tokenEdit)
        QWidget.setTabOrder(self.tokenEdit, self.haveCodeButton)
        QWidget.setTabOrder(self.haveCodeButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.actionButton)

        self.retranslateUi(ChangeEmailDialog)

        self.actionButton.setDefault(True)


        QMetaObject.connectSlotsByName(ChangeEmailDialog)
    # setupUi

    def retranslateUi(self, ChangeEmailDialog):
        ChangeEmailDialog.setWindowTitle(QCoreApplication.translate("ChangeEmailDialog", u"Change e-mail", None))
        self.titleLabel.setText(QCoreApplication.translate("ChangeEmailDialog", u"Change the e-mail you sign in with", None))
        self.currentLabel.setText(QCoreApplication.translate("ChangeEmailDialog", u"Current e-mail", None))
#if QT_CONFIG(accessibility)
        self.currentValue.setAccessibleName(QCoreApplication.translate("ChangeEmailDialog", u"Current e-mail", None))
#endif // QT_CONFIG(accessibility)
        self.newEmailLabel.setText(QCoreApplication.translate("ChangeEmailDialog", u"&New e-mail", None))
#if QT_CONFIG(accessibility)
        self.newEmailEdit.setAccessibleName(QCoreApplication.translate("ChangeEmailDialog", u"New e-mail", None))
#endif // QT_CONFIG(accessibility)
        self.newEmailEdit.setPlaceholderText(QCoreApplication.translate("ChangeEmailDialog", u"name@example.com", None))
        self.passwordLabel.setText(QCoreApplication.translate("ChangeEmailDialog", u"Your &password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("ChangeEmailDialog", u"Your password", None))
#endif // QT_CONFIG(accessibility)
        self.requestHintLabel.setText(QCoreApplication.translate("ChangeEmailDialog", u"We send a confirmation link to the new address. Your current address stays in use until you confirm.", None))
        self.tokenLabel.setText(QCoreApplication.translate("ChangeEmailDialog", u"Confirmation &code or link", None))
#if QT_CONFIG(accessibility)
        self.tokenEdit.setAccessibleName(QCoreApplication.translate("ChangeEmailDialog", u"Confirmation code or link", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("ChangeEmailDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.haveCodeButton.setText(QCoreApplication.translate("ChangeEmailDialog", u"I already have a &code", None))
        self.cancelButton.setText(QCoreApplication.translate("ChangeEmailDialog", u"Cancel", None))
        self.actionButton.setText(QCoreApplication.translate("ChangeEmailDialog", u"&Send confirmation", None))
    # retranslateUi

