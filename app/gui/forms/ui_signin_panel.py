# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signin_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget

class Ui_SignInPanel(object):
    def setupUi(self, SignInPanel):
        if not SignInPanel.objectName():
            SignInPanel.setObjectName(u"SignInPanel")
        self.mainLayout = QVBoxLayout(SignInPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(SignInPanel)
        self.pages.setObjectName(u"pages")
        self.credentialsPage = QWidget()
        self.credentialsPage.setObjectName(u"credentialsPage")
        self.credentialsLayout = QVBoxLayout(self.credentialsPage)
        self.credentialsLayout.setObjectName(u"credentialsLayout")
        self.credentialsLayout.setContentsMargins(0, -1, 0, -1)
        self.credentialsForm = QFormLayout()
        self.credentialsForm.setObjectName(u"credentialsForm")
        self.loginLabel = QLabel(self.credentialsPage)
        self.loginLabel.setObjectName(u"loginLabel")

        self.credentialsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.loginEdit = QLineEdit(self.credentialsPage)
        self.loginEdit.setObjectName(u"loginEdit")

        self.credentialsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.passwordLabel = QLabel(self.credentialsPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.credentialsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.credentialsPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.credentialsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.rememberCheck = QCheckBox(self.credentialsPage)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.credentialsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rememberCheck)

        self.rememberNoteLabel = QLabel(self.credentialsPage)
        self.rememberNoteLabel.setObjectName(u"rememberNoteLabel")
        self.rememberNoteLabel.setWordWrap(True)
        self.rememberNoteLabel.setProperty(u"role", u"hint")

        self.credentialsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.rememberNoteLabel)

        self.forgotButton = QPushButton(self.credentialsPage)
        self.forgotButton.setObjectName(u"forgotButton")
        self.forgotButton.setFlat(True)
        self.forgotButton.setAutoDefault(False)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.forgotButton.sizePolicy().hasHeightForWidth())
        self.forgotButton.setSizePolicy(sizePolicy)

        self.credentialsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.forgotButton)


        self.credentialsLayout.addLayout(self.credentialsForm)

        self.linksLayout = QHBoxLayout()
        self.linksLayout.setObjectName(u"linksLayout")
        self.registerButton = QPushButton(self.credentialsPage)
        self.registerButton.setObjectName(u"registerButton")
        self.registerButton.setFlat(True)
        self.registerButton.setAutoDefault(False)

        self.linksLayout.addWidget(self.registerButton)

        self.activateButton = QPushButton(self.credentialsPage)
        self.activateButton.setObjectName(u"activateButton")
        self.activateButton.setFlat(True)
        self.activateButton.setAutoDefault(False)

        self.linksLayout.addWidget(self.activateButton)

        self.linksSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.linksLayout.addItem(self.linksSpacer)


        self.credentialsLayout.addLayout(self.linksLayout)

        self.credentialsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.credentialsLayout.addItem(self.credentialsSpacer)

        self.pages.addWidget(self.credentialsPage)
        self.secondFactorPage = QWidget()
        self.secondFactorPage.setObjectName(u"secondFactorPage")
        self.secondFactorLayout = QVBoxLayout(self.secondFactorPage)
        self.secondFactorLayout.setObjectName(u"secondFactorLayout")
        self.secondFactorLayout.setContentsMargins(0, -1, 0, -1)
        self.secondFactorLabel = QLabel(self.secondFactorPage)
        self.secondFactorLabel.setObjectName(u"secondFactorLabel")
        self.secondFactorLabel.setWordWrap(True)

        self.secondFactorLayout.addWidget(self.secondFactorLabel)

        self.secondFactorForm = QFormLayout()
        self.secondFactorForm.setObjectName(u"secondFactorForm")
        self.codeLabel = QLabel(self.secondFactorPage)
        self.codeLabel.setObjectName(u"codeLabel")

        self.secondFactorForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.secondFactorPage)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(12)

        self.secondFactorForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.otherAccountButton = QPushButton(self.secondFactorPage)
        self.otherAccountButton.setObjectName(u"otherAccountButton")
        self.otherAccountButton.setFlat(True)
        self.otherAccountButton.setAutoDefault(False)
        sizePolicy.setHeightForWidth(self.otherAccountButton.sizePolicy().hasHeightForWidth())
        self.otherAccountButton.setSizePolicy(sizePolicy)

        self.secondFactorForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.otherAccountButton)

        self.sendCodeButton = QPushButton(self.secondFactorPage)
        self.sendCodeButton.setObjectName(u"sendCodeButton")
        self.sendCodeButton.setFlat(True)
        self.sendCodeButton.setAutoDefault(False)
        sizePolicy.setHeightForWidth(self.sendCodeButton.sizePolicy().hasHeightForWidth())
        self.sendCodeButton.setSizePolicy(sizePolicy)

        self.secondFactorForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sendCodeButton)


        self.secondFactorLayout.addLayout(self.secondFactorForm)

        self.secondFactorSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.secondFactorLayout.addItem(self.secondFactorSpacer)

        self.pages.addWidget(self.secondFactorPage)

        self.mainLayout.addWidget(self.pages)

        self.messageLabel = QLabel(SignInPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messageLabel.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.messageLabel)

        self.busyBar = QProgressBar(SignInPanel)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

#if QT_CONFIG(shortcut)
        self.loginLabel.setBuddy(self.loginEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.codeLabel.setBuddy(self.codeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.loginEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.rememberCheck)
        QWidget.setTabOrder(self.rememberCheck, self.forgotButton)
        QWidget.setTabOrder(self.forgotButton, self.registerButton)
        QWidget.setTabOrder(self.registerButton, self.activateButton)
        QWidget.setTabOrder(self.activateButton, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.sendCodeButton)
        QWidget.setTabOrder(self.sendCodeButton, self.otherAccountButton)

        self.retranslateUi(SignInPanel)

        QMetaObject.connectSlotsByName(SignInPanel)
    # setupUi

    def retranslateUi(self, SignInPanel):
        self.loginLabel.setText(QCoreApplication.translate("SignInPanel", u"E-mail or &Customer ID", None))
#if QT_CONFIG(accessibility)
        self.loginEdit.setAccessibleName(QCoreApplication.translate("SignInPanel", u"E-mail or Customer ID", None))
#endif // QT_CONFIG(accessibility)
        self.loginEdit.setPlaceholderText(QCoreApplication.translate("SignInPanel", u"name@example.com or your 10-character ID", None))
        self.passwordLabel.setText(QCoreApplication.translate("SignInPanel", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("SignInPanel", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.rememberCheck.setText(QCoreApplication.translate("SignInPanel", u"&Remember me on this computer", None))
        self.forgotButton.setText(QCoreApplication.translate("SignInPanel", u"&Forgot password or Customer ID?", None))
        self.registerButton.setText(QCoreApplication.translate("SignInPanel", u"Create an acc&ount", None))
        self.activateButton.setText(QCoreApplication.translate("SignInPanel", u"&Activate an account", None))
        self.codeLabel.setText(QCoreApplication.translate("SignInPanel", u"Verification &code", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("SignInPanel", u"Verification code", None))
#endif // QT_CONFIG(accessibility)
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("SignInPanel", u"6 digits", None))
        self.otherAccountButton.setText(QCoreApplication.translate("SignInPanel", u"Sign in with a &different account", None))
        self.sendCodeButton.setText(QCoreApplication.translate("SignInPanel", u"Send a new code by &e-mail", None))
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("SignInPanel", u"Working", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

