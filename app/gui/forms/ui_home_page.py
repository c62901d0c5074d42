# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget
from . import icons_rc

class Ui_HomePage(object):
    def setupUi(self, HomePage):
        if not HomePage.objectName():
            HomePage.setObjectName(u"HomePage")
        self.mainLayout = QVBoxLayout(HomePage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.pages = QStackedWidget(HomePage)
        self.pages.setObjectName(u"pages")
        self.signedOutPage = QWidget()
        self.signedOutPage.setObjectName(u"signedOutPage")
        self.signedOutLayout = QVBoxLayout(self.signedOutPage)
        self.signedOutLayout.setObjectName(u"signedOutLayout")
        self.welcomeRow = QHBoxLayout()
        self.welcomeRow.setSpacing(16)
        self.welcomeRow.setObjectName(u"welcomeRow")
        self.logoColumn = QVBoxLayout()
        self.logoColumn.setSpacing(0)
        self.logoColumn.setObjectName(u"logoColumn")
        self.logoLabel = QLabel(self.signedOutPage)
        self.logoLabel.setObjectName(u"logoLabel")
        self.logoLabel.setMinimumSize(QSize(72, 72))
        self.logoLabel.setMaximumSize(QSize(72, 72))
        self.logoLabel.setPixmap(QPixmap(u":/icons/app-icon.svg"))
        self.logoLabel.setScaledContents(True)

        self.logoColumn.addWidget(self.logoLabel)

        self.logoFiller = QWidget(self.signedOutPage)
        self.logoFiller.setObjectName(u"logoFiller")
        self.logoFiller.setMaximumSize(QSize(72, 16777215))

        self.logoColumn.addWidget(self.logoFiller)


        self.welcomeRow.addLayout(self.logoColumn)

        self.welcomeText = QVBoxLayout()
        self.welcomeText.setObjectName(u"welcomeText")
        self.welcomeLabel = QLabel(self.signedOutPage)
        self.welcomeLabel.setObjectName(u"welcomeLabel")
        self.welcomeLabel.setProperty(u"role", u"title")

        self.welcomeText.addWidget(self.welcomeLabel)

        self.introLabel = QLabel(self.signedOutPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.welcomeText.addWidget(self.introLabel)

        self.featuresLabel = QLabel(self.signedOutPage)
        self.featuresLabel.setObjectName(u"featuresLabel")
        self.featuresLabel.setWordWrap(True)

        self.welcomeText.addWidget(self.featuresLabel)


        self.welcomeRow.addLayout(self.welcomeText)


        self.signedOutLayout.addLayout(self.welcomeRow)

        self.signedOutButtons = QHBoxLayout()
        self.signedOutButtons.setObjectName(u"signedOutButtons")
        self.signInButton = QPushButton(self.signedOutPage)
        self.signInButton.setObjectName(u"signInButton")
        icon = QIcon()
        icon.addFile(u":/icons/signin.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.signInButton.setIcon(icon)

        self.signedOutButtons.addWidget(self.signInButton)

        self.registerButton = QPushButton(self.signedOutPage)
        self.registerButton.setObjectName(u"registerButton")
        icon1 = QIcon()
        icon1.addFile(u":/icons/register.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.registerButton.setIcon(icon1)

        self.signedOutButtons.addWidget(self.registerButton)

        self.activateButton = QPushButton(self.signedOutPage)
        self.activateButton.setObjectName(u"activateButton")

        self.signedOutButtons.addWidget(self.activateButton)

        self.signedOutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signedOutButtons.addItem(self.signedOutSpacer)


        self.signedOutLayout.addLayout(self.signedOutButtons)

        self.embeddedHintLabel = QLabel(self.signedOutPage)
        self.embeddedHintLabel.setObjectName(u"embeddedHintLabel")
        self.embeddedHintLabel.setWordWrap(True)
        self.embeddedHintLabel.setProperty(u"role", u"hint")

        self.signedOutLayout.addWidget(self.embeddedHintLabel)

        self.mailboxRow = QHBoxLayout()
        self.mailboxRow.setObjectName(u"mailboxRow")
        self.mailboxButton = QPushButton(self.signedOutPage)
        self.mailboxButton.setObjectName(u"mailboxButton")
        icon2 = QIcon()
        icon2.addFile(u":/icons/mailbox.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.mailboxButton.setIcon(icon2)

        self.mailboxRow.addWidget(self.mailboxButton)

        self.mailboxSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mailboxRow.addItem(self.mailboxSpacer)


        self.signedOutLayout.addLayout(self.mailboxRow)

        self.signedOutVSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.signedOutLayout.addItem(self.signedOutVSpacer)

        self.pages.addWidget(self.signedOutPage)
        self.signedInPage = QWidget()
        self.signedInPage.setObjectName(u"signedInPage")
        self.signedInLayout = QVBoxLayout(self.signedInPage)
        self.signedInLayout.setObjectName(u"signedInLayout")
        self.greetingLabel = QLabel(self.signedInPage)
        self.greetingLabel.setObjectName(u"greetingLabel")
        self.greetingLabel.setProperty(u"role", u"title")

        self.signedInLayout.addWidget(self.greetingLabel)

        self.accountGroup = QGroupBox(self.signedInPage)
        self.accountGroup.setObjectName(u"accountGroup")
        self.accountForm = QFormLayout(self.accountGroup)
        self.accountForm.setObjectName(u"accountForm")
        self.customerIdLabel = QLabel(self.accountGroup)
        self.customerIdLabel.setObjectName(u"customerIdLabel")

        self.accountForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.customerIdLabel)

        self.customerIdValue = QLabel(self.accountGroup)
        self.customerIdValue.setObjectName(u"customerIdValue")

        self.accountForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.customerIdValue)

        self.emailLabel = QLabel(self.accountGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailValue = QLabel(self.accountGroup)
        self.emailValue.setObjectName(u"emailValue")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.emailValue)

        self.customerTypeLabel = QLabel(self.accountGroup)
        self.customerTypeLabel.setObjectName(u"customerTypeLabel")

        self.accountForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.customerTypeLabel)

        self.customerTypeValue = QLabel(self.accountGroup)
        self.customerTypeValue.setObjectName(u"customerTypeValue")
        self.customerTypeValue.setWordWrap(True)

        self.accountForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.customerTypeValue)


        self.signedInLayout.addWidget(self.accountGroup)

        self.glanceGroup = QGroupBox(self.signedInPage)
        self.glanceGroup.setObjectName(u"glanceGroup")
        self.glanceForm = QFormLayout(self.glanceGroup)
        self.glanceForm.setObjectName(u"glanceForm")
        self.licensesLabel = QLabel(self.glanceGroup)
        self.licensesLabel.setObjectName(u"licensesLabel")

        self.glanceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.licensesLabel)

        self.licensesRow = QHBoxLayout()
        self.licensesRow.setObjectName(u"licensesRow")
        self.licensesValue = QLabel(self.glanceGroup)
        self.licensesValue.setObjectName(u"licensesValue")

        self.licensesRow.addWidget(self.licensesValue)

        self.licensesButton = QPushButton(self.glanceGroup)
        self.licensesButton.setObjectName(u"licensesButton")
        self.licensesButton.setFlat(True)

        self.licensesRow.addWidget(self.licensesButton)

        self.licensesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.licensesRow.addItem(self.licensesSpacer)


        self.glanceForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.licensesRow)

        self.requestsLabel = QLabel(self.glanceGroup)
        self.requestsLabel.setObjectName(u"requestsLabel")

        self.glanceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.requestsLabel)

        self.requestsRow = QHBoxLayout()
        self.requestsRow.setObjectName(u"requestsRow")
        self.requestsValue = QLabel(self.glanceGroup)
        self.requestsValue.setObjectName(u"requestsValue")

        self.requestsRow.addWidget(self.requestsValue)

        self.requestsButton = QPushButton(self.glanceGroup)
        self.requestsButton.setObjectName(u"requestsButton")
        self.requestsButton.setFlat(True)

        self.requestsRow.addWidget(self.requestsButton)

        self.requestsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.requestsRow.addItem(self.requestsSpacer)


        self.glanceForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.requestsRow)

        self.expiringLabel = QLabel(self.glanceGroup)
        self.expiringLabel.setObjectName(u"expiringLabel")

        self.glanceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.expiringLabel)

        self.expiringValue = QLabel(self.glanceGroup)
        self.expiringValue.setObjectName(u"expiringValue")
        self.expiringValue.setWordWrap(True)
        self.expiringValue.setProperty(u"role", u"warning")

        self.glanceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.expiringValue)


        self.signedInLayout.addWidget(self.glanceGroup)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setObjectName(u"actionsRow")
        self.newRequestButton = QPushButton(self.signedInPage)
        self.newRequestButton.setObjectName(u"newRequestButton")
        icon3 = QIcon()
        icon3.addFile(u":/icons/support.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.newRequestButton.setIcon(icon3)

        self.actionsRow.addWidget(self.newRequestButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsRow.addItem(self.actionsSpacer)


        self.signedInLayout.addLayout(self.actionsRow)

        self.summaryMessageLabel = QLabel(self.signedInPage)
        self.summaryMessageLabel.setObjectName(u"summaryMessageLabel")
        self.summaryMessageLabel.setWordWrap(True)
        self.summaryMessageLabel.setProperty(u"role", u"error")

        self.signedInLayout.addWidget(self.summaryMessageLabel)

        self.signedInVSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.signedInLayout.addItem(self.signedInVSpacer)

        self.pages.addWidget(self.signedInPage)

        self.mainLayout.addWidget(self.pages)

        QWidget.setTabOrder(self.signInButton, self.registerButton)
        QWidget.setTabOrder(self.registerButton, self.activateButton)
        QWidget.setTabOrder(self.activateButton, self.mailboxButton)
        QWidget.setTabOrder(self.mailboxButton, self.licensesButton)
        QWidget.setTabOrder(self.licensesButton, self.requestsButton)
        QWidget.setTabOrder(self.requestsButton, self.newRequestButton)

        self.retranslateUi(HomePage)

        QMetaObject.connectSlotsByName(HomePage)
    # setupUi

    def retranslateUi(self, HomePage):
        self.welcomeLabel.setText(QCoreApplication.translate("HomePage", u"Welcome to Personal Cabinet", None))
        self.introLabel.setText(QCoreApplication.translate("HomePage", u"Ask Technical Support for help and follow your requests as the experts answer, and keep the activation codes of your licenses in one place. Sign in with your e-mail or Customer ID, or create an account in a minute.", None))
        self.featuresLabel.setText(QCoreApplication.translate("HomePage", u"<ul style=\"margin-left:-20px\"><li>Send a request to Technical Support in five guided steps, with files and a system report</li><li>Follow your requests and read the experts' answers in My requests</li><li>Keep the activation codes of your licenses, with their expiry and free seats</li><li>Manage your contact details, password and two-factor sign-in</li></ul>", None))
        self.signInButton.setText(QCoreApplication.translate("HomePage", u"&Sign in\u2026", None))
        self.registerButton.setText(QCoreApplication.translate("HomePage", u"&Create an account\u2026", None))
        self.activateButton.setText(QCoreApplication.translate("HomePage", u"Ac&tivate an account\u2026", None))
        self.mailboxButton.setText(QCoreApplication.translate("HomePage", u"Open the local &mailbox", None))
        self.accountGroup.setTitle(QCoreApplication.translate("HomePage", u"Your account", None))
        self.customerIdLabel.setText(QCoreApplication.translate("HomePage", u"Customer ID", None))
#if QT_CONFIG(accessibility)
        self.customerIdValue.setAccessibleName(QCoreApplication.translate("HomePage", u"Customer ID", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("HomePage", u"E-mail", None))
#if QT_CONFIG(accessibility)
        self.emailValue.setAccessibleName(QCoreApplication.translate("HomePage", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.customerTypeLabel.setText(QCoreApplication.translate("HomePage", u"Customer type", None))
#if QT_CONFIG(accessibility)
        self.customerTypeValue.setAccessibleName(QCoreApplication.translate("HomePage", u"Customer type", None))
#endif // QT_CONFIG(accessibility)
        self.glanceGroup.setTitle(QCoreApplication.translate("HomePage", u"At a glance", None))
        self.licensesLabel.setText(QCoreApplication.translate("HomePage", u"Licenses", None))
#if QT_CONFIG(accessibility)
        self.licensesValue.setAccessibleName(QCoreApplication.translate("HomePage", u"Number of licenses", None))
#endif // QT_CONFIG(accessibility)
        self.licensesButton.setText(QCoreApplication.translate("HomePage", u"Manage &licenses", None))
        self.requestsLabel.setText(QCoreApplication.translate("HomePage", u"Open requests", None))
#if QT_CONFIG(accessibility)
        self.requestsValue.setAccessibleName(QCoreApplication.translate("HomePage", u"Number of open requests", None))
#endif // QT_CONFIG(accessibility)
        self.requestsButton.setText(QCoreApplication.translate("HomePage", u"View my &requests", None))
        self.expiringLabel.setText(QCoreApplication.translate("HomePage", u"Expiring soon", None))
#if QT_CONFIG(accessibility)
        self.expiringValue.setAccessibleName(QCoreApplication.translate("HomePage", u"Licenses that expire within 30 days", None))
#endif // QT_CONFIG(accessibility)
        self.newRequestButton.setText(QCoreApplication.translate("HomePage", u"&New support request\u2026", None))
        pass
    # retranslateUi

