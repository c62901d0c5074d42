# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget
from . import icons_rc

class Ui_RegisterDialog(object):
    def setupUi(self, RegisterDialog):
        if not RegisterDialog.objectName():
            RegisterDialog.setObjectName(u"RegisterDialog")
        RegisterDialog.setMinimumSize(QSize(500, 0))
        self.mainLayout = QVBoxLayout(RegisterDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(RegisterDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.titleLabel)

        self.pages = QStackedWidget(RegisterDialog)
        self.pages.setObjectName(u"pages")
        self.formPage = QWidget()
        self.formPage.setObjectName(u"formPage")
        self.formLayout = QVBoxLayout(self.formPage)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, -1, 0, -1)
        self.introLabel = QLabel(self.formPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.formLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.emailLabel = QLabel(self.formPage)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.formPage)
        self.emailEdit.setObjectName(u"emailEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.passwordLabel = QLabel(self.formPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.formPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.confirmLabel = QLabel(self.formPage)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmEdit = QLineEdit(self.formPage)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.confirmEdit)

        self.policyLabel = QLabel(self.formPage)
        self.policyLabel.setObjectName(u"policyLabel")
        self.policyLabel.setTextFormat(Qt.TextFormat.RichText)
        self.policyLabel.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.policyLabel)

        self.captchaLabel = QLabel(self.formPage)
        self.captchaLabel.setObjectName(u"captchaLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.captchaLabel)

        self.captchaRow = QHBoxLayout()
        self.captchaRow.setObjectName(u"captchaRow")
        self.captchaImage = QLabel(self.formPage)
        self.captchaImage.setObjectName(u"captchaImage")
        self.captchaImage.setMinimumSize(QSize(200, 64))
        self.captchaImage.setFrameShape(QFrame.Shape.StyledPanel)
        self.captchaImage.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.captchaRow.addWidget(self.captchaImage)

        self.refreshCaptchaButton = QPushButton(self.formPage)
        self.refreshCaptchaButton.setObjectName(u"refreshCaptchaButton")
        icon = QIcon()
        icon.addFile(u":/icons/refresh.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.refreshCaptchaButton.setIcon(icon)
        self.refreshCaptchaButton.setAutoDefault(False)

        self.captchaRow.addWidget(self.refreshCaptchaButton)

        self.captchaSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.captchaRow.addItem(self.captchaSpacer)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.captchaRow)

        self.captchaAnswerLabel = QLabel(self.formPage)
        self.captchaAnswerLabel.setObjectName(u"captchaAnswerLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.captchaAnswerLabel)

        self.captchaEdit = QLineEdit(self.formPage)
        self.captchaEdit.setObjectName(u"captchaEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.captchaEdit)


        self.formLayout.addLayout(self.form)

        self.legacyButton = QPushButton(self.formPage)
        self.legacyButton.setObjectName(u"legacyButton")
        self.legacyButton.setFlat(True)
        self.legacyButton.setAutoDefault(False)

        self.formLayout.addWidget(self.legacyButton)

        self.pages.addWidget(self.formPage)
        self.donePage = QWidget()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneLayout.setContentsMargins(0, -1, 0, -1)
        self.doneLabel = QLabel(self.donePage)
        self.doneLabel.setObjectName(u"doneLabel")
        self.doneLabel.setWordWrap(True)
        self.doneLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.doneLayout.addWidget(self.doneLabel)

        self.doneButtons = QHBoxLayout()
        self.doneButtons.setObjectName(u"doneButtons")
        self.openMailboxButton = QPushButton(self.donePage)
        self.openMailboxButton.setObjectName(u"openMailboxButton")
        icon1 = QIcon()
        icon1.addFile(u":/icons/mailbox.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.openMailboxButton.setIcon(icon1)
        self.openMailboxButton.setAutoDefault(False)

        self.doneButtons.addWidget(self.openMailboxButton)

        self.enterCodeButton = QPushButton(self.donePage)
        self.enterCodeButton.setObjectName(u"enterCodeButton")
        self.enterCodeButton.setAutoDefault(False)

        self.doneButtons.addWidget(self.enterCodeButton)

        self.doneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.doneButtons.addItem(self.doneSpacer)


        self.doneLayout.addLayout(self.doneButtons)

        self.doneVSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneVSpacer)

        self.pages.addWidget(self.donePage)

        self.mainLayout.addWidget(self.pages)

        self.messageLabel = QLabel(RegisterDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messageLabel.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.messageLabel)

        self.busyBar = QProgressBar(RegisterDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(RegisterDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)

        self.createButton = QPushButton(RegisterDialog)
        self.createButton.setObjectName(u"createButton")

        self.buttonsLayout.addWidget(self.createButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.emailLabel.setBuddy(self.emailEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
        self.captchaAnswerLabel.setBuddy(self.captchaEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.emailEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.confirmEdit)
        QWidget.setTabOrder(self.confirmEdit, self.refreshCaptchaButton)
        QWidget.setTabOrder(self.refreshCaptchaButton, self.captchaEdit)
        QWidget.setTabOrder(self.captchaEdit, self.openMailboxButton)
        QWidget.setTabOrder(self.openMailboxButton, self.enterCodeButton)
        QWidget.setTabOrder(self.enterCodeButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.createButton)

        self.retranslateUi(RegisterDialog)

        self.createButton.setDefault(True)


        QMetaObject.connectSlotsByName(RegisterDialog)
    # setupUi

    def retranslateUi(self, RegisterDialog):
        RegisterDialog.setWindowTitle(QCoreApplication.translate("RegisterDialog", u"Create an account", None))
        self.titleLabel.setText(QCoreApplication.translate("RegisterDialog", u"Create your account", None))
        self.introLabel.setText(QCoreApplication.translate("RegisterDialog", u"Enter your e-mail and choose a password. We will e-mail you a link and a code to activate the account.", None))
        self.emailLabel.setText(QCoreApplication.translate("RegisterDialog", u"&E-mail", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("RegisterDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("RegisterDialog", u"name@example.com", None))
        self.passwordLabel.setText(QCoreApplication.translate("RegisterDialog", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("RegisterDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.confirmLabel.setText(QCoreApplication.translate("RegisterDialog", u"Confirm pass&word", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("RegisterDialog", u"Confirm password", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.policyLabel.setAccessibleName(QCoreApplication.translate("RegisterDialog", u"Password rules", None))
#endif // QT_CONFIG(accessibility)
        self.captchaLabel.setText(QCoreApplication.translate("RegisterDialog", u"Picture", None))
#if QT_CONFIG(accessibility)
        self.captchaImage.setAccessibleName(QCoreApplication.translate("RegisterDialog", u"Captcha picture", None))
#endif // QT_CONFIG(accessibility)
        self.refreshCaptchaButton.setText(QCoreApplication.translate("RegisterDialog", u"&New picture", None))
        self.captchaAnswerLabel.setText(QCoreApplication.translate("RegisterDialog", u"C&haracters in the picture", None))
#if QT_CONFIG(accessibility)
        self.captchaEdit.setAccessibleName(QCoreApplication.translate("RegisterDialog", u"Characters in the picture", None))
#endif // QT_CONFIG(accessibility)
        self.legacyButton.setText(QCoreApplication.translate("RegisterDialog", u"Register with an activation code or a &key file instead\u2026", None))
        self.openMailboxButton.setText(QCoreApplication.translate("RegisterDialog", u"Open the local &mailbox", None))
        self.enterCodeButton.setText(QCoreApplication.translate("RegisterDialog", u"&Enter the activation code\u2026", None))
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("RegisterDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("RegisterDialog", u"Cancel", None))
        self.createButton.setText(QCoreApplication.translate("RegisterDialog", u"C&reate account", None))
    # retranslateUi

