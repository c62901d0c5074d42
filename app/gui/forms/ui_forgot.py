# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'forgot.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_ForgotDialog(object):
    def setupUi(self, ForgotDialog):
        if not ForgotDialog.objectName():
            ForgotDialog.setObjectName(u"ForgotDialog")
        ForgotDialog.setMinimumSize(QSize(500, 0))
        self.mainLayout = QVBoxLayout(ForgotDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(ForgotDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.titleLabel)

        self.pages = QStackedWidget(ForgotDialog)
        self.pages.setObjectName(u"pages")
        self.requestPage = QWidget()
        self.requestPage.setObjectName(u"requestPage")
        self.requestLayout = QVBoxLayout(self.requestPage)
        self.requestLayout.setObjectName(u"requestLayout")
        self.requestLayout.setContentsMargins(0, -1, 0, -1)
        self.passwordRadio = QRadioButton(self.requestPage)
        self.passwordRadio.setObjectName(u"passwordRadio")
        self.passwordRadio.setChecked(True)

        self.requestLayout.addWidget(self.passwordRadio)

        self.customerIdRadio = QRadioButton(self.requestPage)
        self.customerIdRadio.setObjectName(u"customerIdRadio")

        self.requestLayout.addWidget(self.customerIdRadio)

        self.requestForm = QFormLayout()
        self.requestForm.setObjectName(u"requestForm")
        self.loginLabel = QLabel(self.requestPage)
        self.loginLabel.setObjectName(u"loginLabel")

        self.requestForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.loginEdit = QLineEdit(self.requestPage)
        self.loginEdit.setObjectName(u"loginEdit")

        self.requestForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.hintLabel = QLabel(self.requestPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.requestForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.hintLabel)


        self.requestLayout.addLayout(self.requestForm)

        self.requestSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.requestLayout.addItem(self.requestSpacer)

        self.pages.addWidget(self.requestPage)
        self.resetPage = QWidget()
        self.resetPage.setObjectName(u"resetPage")
        self.resetLayout = QVBoxLayout(self.resetPage)
        self.resetLayout.setObjectName(u"resetLayout")
        self.resetLayout.setContentsMargins(0, -1, 0, -1)
        self.sentLabel = QLabel(self.resetPage)
        self.sentLabel.setObjectName(u"sentLabel")
        self.sentLabel.setWordWrap(True)

        self.resetLayout.addWidget(self.sentLabel)

        self.resetForm = QFormLayout()
        self.resetForm.setObjectName(u"resetForm")
        self.tokenLabel = QLabel(self.resetPage)
        self.tokenLabel.setObjectName(u"tokenLabel")

        self.resetForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.tokenLabel)

        self.tokenEdit = QLineEdit(self.resetPage)
        self.tokenEdit.setObjectName(u"tokenEdit")
        self.tokenEdit.setClearButtonEnabled(True)

        self.resetForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.tokenEdit)

        self.newPasswordLabel = QLabel(self.resetPage)
        self.newPasswordLabel.setObjectName(u"newPasswordLabel")

        self.resetForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newPasswordLabel)

        self.newPasswordEdit = QLineEdit(self.resetPage)
        self.newPasswordEdit.setObjectName(u"newPasswordEdit")
        self.newPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.resetForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newPasswordEdit)

        self.confirmLabel = QLabel(self.resetPage)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.resetForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(self.resetPage)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.resetForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.confirmEdit)

        self.policyLabel = QLabel(self.resetPage)
        self.policyLabel.setObjectName(u"policyLabel")
        self.policyLabel.setTextFormat(Qt.TextFormat.RichText)
        self.policyLabel.setWordWrap(True)

        self.resetForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.policyLabel)


        self.resetLayout.addLayout(self.resetForm)

        self.pages.addWidget(self.resetPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneLayout.setContentsMargins(0, -1, 0, -1)
        self.doneLabel = QLabel(self.donePage)
        self.doneLabel.setObjectName(u"doneLabel")
        self.doneLabel.setWordWrap(True)

        self.doneLayout.addWidget(self.doneLabel)

        self.doneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneSpacer)

        self.pages.addWidget(self.donePage)

        self.mainLayout.addWidget(self.pages)

        self.messageLabel = QLabel(ForgotDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messageLabel.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.messageLabel)

        self.busyBar = QProgressBar(ForgotDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.haveCodeButton = QPushButton(ForgotDialog)
        self.haveCodeButton.setObjectName(u"haveCodeButton")
        self.haveCodeButton.setFlat(True)
        self.haveCodeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.haveCodeButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(ForgotDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)

        self.actionButton = QPushButton(ForgotDialog)
        self.actionButton.setObjectName(u"actionButton")

        self.buttonsLayout.addWidget(self.actionButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.loginLabel.setBuddy(self.loginEdit)
        self.tokenLabel.setBuddy(self.tokenEdit)
        self.newPasswordLabel.setBuddy(self.newPasswordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passwordRadio, self.customerIdRadio)
        QWidget.setTabOrder(self.customerIdRadio, self.loginEdit)
        QWidget.setTabOrder(self.loginEdit, self.tokenEdit)
        QWidget.setTabOrder(self.tokenEdit, self.newPasswordEdit)
        QWidget.setTabOrder(self.newPasswordEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.haveCodeButton)
        QWidget.setTabOrder(self.haveCodeButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.actionButton)

        self.retranslateUi(ForgotDialog)

        self.actionButton.setDefault(True)


        QMetaObject.connectSlotsByName(ForgotDialog)
    # setupUi

    def retranslateUi(self, ForgotDialog):
        ForgotDialog.setWindowTitle(QCoreApplication.translate("ForgotDialog", u"Forgot password or Customer ID", None))
        self.titleLabel.setText(QCoreApplication.translate("ForgotDialog", u"Restore access to your account", None))
        self.passwordRadio.setText(QCoreApplication.translate("ForgotDialog", u"I forgot my &password", None))
        self.customerIdRadio.setText(QCoreApplication.translate("ForgotDialog", u"I forgot my Customer &ID", None))
        self.loginLabel.setText(QCoreApplication.translate("ForgotDialog", u"Customer ID or &e-mail", None))
#if QT_CONFIG(accessibility)
        self.loginEdit.setAccessibleName(QCoreApplication.translate("ForgotDialog", u"Customer ID or e-mail", None))
#endif // QT_CONFIG(accessibility)
        self.tokenLabel.setText(QCoreApplication.translate("ForgotDialog", u"Reset &code or link", None))
#if QT_CONFIG(accessibility)
        self.tokenEdit.setAccessibleName(QCoreApplication.translate("ForgotDialog", u"Reset code or link", None))
#endif // QT_CONFIG(accessibility)
        self.newPasswordLabel.setText(QCoreApplication.translate("ForgotDialog", u"&New password", None))
#if QT_CONFIG(accessibility)
        self.newPasswordEdit.setAccessibleName(QCoreApplication.translate("ForgotDialog", u"New password", None))
#endif // QT_CONFIG(accessibility)
        self.confirmLabel.setText(QCoreApplication.translate("ForgotDialog", u"Confirm new pass&word", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("ForgotDialog", u"Confirm new password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.policyLabel.setAccessibleName(QCoreApplication.translate("ForgotDialog", u"Password rules", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("ForgotDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.haveCodeButton.setText(QCoreApplication.translate("ForgotDialog", u"I already have a &code", None))
        self.cancelButton.setText(QCoreApplication.translate("ForgotDialog", u"Cancel", None))
        self.actionButton.setText(QCoreApplication.translate("ForgotDialog", u"&Send", None))
    # retranslateUi

