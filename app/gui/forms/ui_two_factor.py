# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'two_factor.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget
from . import icons_rc

class Ui_TwoFactorDialog(object):
    def setupUi(self, TwoFactorDialog):
        if not TwoFactorDialog.objectName():
            TwoFactorDialog.setObjectName(u"TwoFactorDialog")
        TwoFactorDialog.setMinimumSize(QSize(560, 0))
        self.mainLayout = QVBoxLayout(TwoFactorDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(TwoFactorDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.titleLabel)

        self.totpGroup = QGroupBox(TwoFactorDialog)
        self.totpGroup.setObjectName(u"totpGroup")
        self.totpLayout = QVBoxLayout(self.totpGroup)
        self.totpLayout.setObjectName(u"totpLayout")
        self.totpStatusLabel = QLabel(self.totpGroup)
        self.totpStatusLabel.setObjectName(u"totpStatusLabel")
        self.totpStatusLabel.setWordWrap(True)

        self.totpLayout.addWidget(self.totpStatusLabel)

        self.totpPages = QStackedWidget(self.totpGroup)
        self.totpPages.setObjectName(u"totpPages")
        self.totpOffPage = QWidget()
        self.totpOffPage.setObjectName(u"totpOffPage")
        self.totpOffLayout = QHBoxLayout(self.totpOffPage)
        self.totpOffLayout.setObjectName(u"totpOffLayout")
        self.totpOffLayout.setContentsMargins(0, -1, 0, -1)
        self.enrolButton = QPushButton(self.totpOffPage)
        self.enrolButton.setObjectName(u"enrolButton")
        self.enrolButton.setAutoDefault(False)

        self.totpOffLayout.addWidget(self.enrolButton)

        self.totpOffSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.totpOffLayout.addItem(self.totpOffSpacer)

        self.totpPages.addWidget(self.totpOffPage)
        self.totpEnrolPage = QWidget()
        self.totpEnrolPage.setObjectName(u"totpEnrolPage")
        self.totpEnrolLayout = QHBoxLayout(self.totpEnrolPage)
        self.totpEnrolLayout.setObjectName(u"totpEnrolLayout")
        self.totpEnrolLayout.setContentsMargins(0, -1, 0, -1)
        self.qrLabel = QLabel(self.totpEnrolPage)
        self.qrLabel.setObjectName(u"qrLabel")
        self.qrLabel.setMinimumSize(QSize(180, 180))
        self.qrLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.totpEnrolLayout.addWidget(self.qrLabel)

        self.enrolRight = QVBoxLayout()
        self.enrolRight.setObjectName(u"enrolRight")
        self.enrolHelpLabel = QLabel(self.totpEnrolPage)
        self.enrolHelpLabel.setObjectName(u"enrolHelpLabel")
        self.enrolHelpLabel.setWordWrap(True)

        self.enrolRight.addWidget(self.enrolHelpLabel)

        self.enrolForm = QFormLayout()
        self.enrolForm.setObjectName(u"enrolForm")
        self.secretLabel = QLabel(self.totpEnrolPage)
        self.secretLabel.setObjectName(u"secretLabel")

        self.enrolForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.secretLabel)

        self.secretRow = QHBoxLayout()
        self.secretRow.setObjectName(u"secretRow")
        self.secretEdit = QLineEdit(self.totpEnrolPage)
        self.secretEdit.setObjectName(u"secretEdit")
        self.secretEdit.setReadOnly(True)

        self.secretRow.addWidget(self.secretEdit)

        self.copySecretButton = QPushButton(self.totpEnrolPage)
        self.copySecretButton.setObjectName(u"copySecretButton")
        icon = QIcon()
        icon.addFile(u":/icons/copy.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.copySecretButton.setIcon(icon)
        self.copySecretButton.setAutoDefault(False)

        self.secretRow.addWidget(self.copySecretButton)


        self.enrolForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.secretRow)

        self.confirmCodeLabel = QLabel(self.totpEnrolPage)
        self.confirmCodeLabel.setObjectName(u"confirmCodeLabel")

        self.enrolForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirmCodeLabel)

        self.confirmCodeEdit = QLineEdit(self.totpEnrolPage)
        self.confirmCodeEdit.setObjectName(u"confirmCodeEdit")
        self.confirmCodeEdit.setMaxLength(8)

        self.enrolForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirmCodeEdit)


        self.enrolRight.addLayout(self.enrolForm)

        self.confirmRow = QHBoxLayout()
        self.confirmRow.setObjectName(u"confirmRow")
        self.confirmSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.confirmRow.addItem(self.confirmSpacer)

        self.confirmButton = QPushButton(self.totpEnrolPage)
        self.confirmButton.setObjectName(u"confirmButton")
        self.confirmButton.setAutoDefault(False)

        self.confirmRow.addWidget(self.confirmButton)


        self.enrolRight.addLayout(self.confirmRow)


        self.totpEnrolLayout.addLayout(self.enrolRight)

        self.totpPages.addWidget(self.totpEnrolPage)
        self.totpOnPage = QWidget()
        self.totpOnPage.setObjectName(u"totpOnPage")
        self.totpOnForm = QFormLayout(self.totpOnPage)
        self.totpOnForm.setObjectName(u"totpOnForm")
        self.totpOnForm.setContentsMargins(0, -1, 0, -1)
        self.disablePasswordLabel = QLabel(self.totpOnPage)
        self.disablePasswordLabel.setObjectName(u"disablePasswordLabel")

        self.totpOnForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.disablePasswordLabel)

        self.disablePasswordEdit = QLineEdit(self.totpOnPage)
        self.disablePasswordEdit.setObjectName(u"disablePasswordEdit")
        self.disablePasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.totpOnForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.disablePasswordEdit)

        self.disableCodeLabel = QLabel(self.totpOnPage)
        self.disableCodeLabel.setObjectName(u"disableCodeLabel")

        self.totpOnForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.disableCodeLabel)

        self.disableCodeEdit = QLineEdit(self.totpOnPage)
        self.disableCodeEdit.setObjectName(u"disableCodeEdit")
        self.disableCodeEdit.setMaxLength(8)

        self.totpOnForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.disableCodeEdit)

        self.disableButton = QPushButton(self.totpOnPage)
        self.disableButton.setObjectName(u"disableButton")
        self.disableButton.setAutoDefault(False)

        self.totpOnForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.disableButton)

        self.totpPages.addWidget(self.totpOnPage)

        self.totpLayout.addWidget(self.totpPages)


        self.mainLayout.addWidget(self.totpGroup)

        self.emailGroup = QGroupBox(TwoFactorDialog)
        self.emailGroup.setObjectName(u"emailGroup")
        self.emailForm = QFormLayout(self.emailGroup)
        self.emailForm.setObjectName(u"emailForm")
        self.emailOtpCheck = QCheckBox(self.emailGroup)
        self.emailOtpCheck.setObjectName(u"emailOtpCheck")

        self.emailForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.emailOtpCheck)

        self.emailPasswordLabel = QLabel(self.emailGroup)
        self.emailPasswordLabel.setObjectName(u"emailPasswordLabel")

        self.emailForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.emailPasswordLabel)

        self.emailPasswordEdit = QLineEdit(self.emailGroup)
        self.emailPasswordEdit.setObjectName(u"emailPasswordEdit")
        self.emailPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.emailForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.emailPasswordEdit)

        self.applyEmailButton = QPushButton(self.emailGroup)
        self.applyEmailButton.setObjectName(u"applyEmailButton")
        self.applyEmailButton.setAutoDefault(False)

        self.emailForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.applyEmailButton)


        self.mainLayout.addWidget(self.emailGroup)

        self.messageLabel = QLabel(TwoFactorDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messageLabel.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.messageLabel)

        self.busyBar = QProgressBar(TwoFactorDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.closeButton = QPushButton(TwoFactorDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.secretLabel.setBuddy(self.secretEdit)
        self.confirmCodeLabel.setBuddy(self.confirmCodeEdit)
        self.disablePasswordLabel.setBuddy(self.disablePasswordEdit)
        self.disableCodeLabel.setBuddy(self.disableCodeEdit)
        self.emailPasswordLabel.setBuddy(self.emailPasswordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.enrolButton, self.secretEdit)
        QWidget.setTabOrder(self.secretEdit, self.copySecretButton)
        QWidget.setTabOrder(self.copySecretButton, self.confirmCodeEdit)
        QWidget.setTabOrder(self.confirmCodeEdit, self.confirmButton)
        QWidget.setTabOrder(self.confirmButton, self.disablePasswordEdit)
        QWidget.setTabOrder(self.disablePasswordEdit, self.disableCodeEdit)
        QWidget.setTabOrder(self.disableCodeEdit, self.disableButton)
        QWidget.setTabOrder(self.disableButton, self.emailOtpCheck)
        QWidget.setTabOrder(self.emailOtpCheck, self.emailPasswordEdit)
        QWidget.setTabOrder(self.emailPasswordEdit, self.applyEmailButton)
        QWidget.setTabOrder(self.applyEmailButton, self.closeButton)

        self.retranslateUi(TwoFactorDialog)

        QMetaObject.connectSlotsByName(TwoFactorDialog)
    # setupUi

    def retranslateUi(self, TwoFactorDialog):
        TwoFactorDialog.setWindowTitle(QCoreApplication.translate("TwoFactorDialog", u"Two-factor sign-in", None))
        self.titleLabel.setText(QCoreApplication.translate("TwoFactorDialog", u"Two-factor sign-in", None))
        self.totpGroup.setTitle(QCoreApplication.translate("TwoFactorDialog", u"Authenticator app", None))
        self.enrolButton.setText(QCoreApplication.translate("TwoFactorDialog", u"&Set up an authenticator app\u2026", None))
#if QT_CONFIG(accessibility)
        self.qrLabel.setAccessibleName(QCoreApplication.translate("TwoFactorDialog", u"QR code for the authenticator app", None))
#endif // QT_CONFIG(accessibility)
        self.enrolHelpLabel.setText(QCoreApplication.translate("TwoFactorDialog", u"Scan the QR code with your authenticator app, or type the secret key into it. Then enter the 6-digit code the app shows.", None))
        self.secretLabel.setText(QCoreApplication.translate("TwoFactorDialog", u"Secret &key", None))
#if QT_CONFIG(accessibility)
        self.secretEdit.setAccessibleName(QCoreApplication.translate("TwoFactorDialog", u"Secret key", None))
#endif // QT_CONFIG(accessibility)
        self.copySecretButton.setText(QCoreApplication.translate("TwoFactorDialog", u"Cop&y", None))
        self.confirmCodeLabel.setText(QCoreApplication.translate("TwoFactorDialog", u"&Code from the app", None))
#if QT_CONFIG(accessibility)
        self.confirmCodeEdit.setAccessibleName(QCoreApplication.translate("TwoFactorDialog", u"Code from the app", None))
#endif // QT_CONFIG(accessibility)
        self.confirmButton.setText(QCoreApplication.translate("TwoFactorDialog", u"&Turn on", None))
        self.disablePasswordLabel.setText(QCoreApplication.translate("TwoFactorDialog", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.disablePasswordEdit.setAccessibleName(QCoreApplication.translate("TwoFactorDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.disableCodeLabel.setText(QCoreApplication.translate("TwoFactorDialog", u"Code from the &app", None))
#if QT_CONFIG(accessibility)
        self.disableCodeEdit.setAccessibleName(QCoreApplication.translate("TwoFactorDialog", u"Code from the app", None))
#endif // QT_CONFIG(accessibility)
        self.disableButton.setText(QCoreApplication.translate("TwoFactorDialog", u"T&urn off the authenticator app", None))
        self.emailGroup.setTitle(QCoreApplication.translate("TwoFactorDialog", u"One-time code by e-mail", None))
        self.emailOtpCheck.setText(QCoreApplication.translate("TwoFactorDialog", u"Ask for a code sent by &e-mail when I sign in", None))
        self.emailPasswordLabel.setText(QCoreApplication.translate("TwoFactorDialog", u"Pass&word", None))
#if QT_CONFIG(accessibility)
        self.emailPasswordEdit.setAccessibleName(QCoreApplication.translate("TwoFactorDialog", u"Password to change the e-mail code setting", None))
#endif // QT_CONFIG(accessibility)
        self.applyEmailButton.setText(QCoreApplication.translate("TwoFactorDialog", u"Sa&ve", None))
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("TwoFactorDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("TwoFactorDialog", u"Close", None))
    # retranslateUi

