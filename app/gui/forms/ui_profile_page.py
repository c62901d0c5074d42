# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget
from . import icons_rc

class Ui_ProfilePage(object):
    def setupUi(self, ProfilePage):
        if not ProfilePage.objectName():
            ProfilePage.setObjectName(u"ProfilePage")
        self.mainLayout = QVBoxLayout(ProfilePage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(ProfilePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.titleLabel)

        self.accountGroup = QGroupBox(ProfilePage)
        self.accountGroup.setObjectName(u"accountGroup")
        self.accountForm = QFormLayout(self.accountGroup)
        self.accountForm.setObjectName(u"accountForm")
        self.customerIdLabel = QLabel(self.accountGroup)
        self.customerIdLabel.setObjectName(u"customerIdLabel")

        self.accountForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.customerIdLabel)

        self.customerIdValue = QLabel(self.accountGroup)
        self.customerIdValue.setObjectName(u"customerIdValue")
        self.customerIdValue.setWordWrap(True)
        self.customerIdValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.accountForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.customerIdValue)

        self.emailLabel = QLabel(self.accountGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.accountForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailValue = QLabel(self.accountGroup)
        self.emailValue.setObjectName(u"emailValue")
        self.emailValue.setWordWrap(True)
        self.emailValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.accountForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.emailValue)

        self.customerTypeLabel = QLabel(self.accountGroup)
        self.customerTypeLabel.setObjectName(u"customerTypeLabel")

        self.accountForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.customerTypeLabel)

        self.customerTypeValue = QLabel(self.accountGroup)
        self.customerTypeValue.setObjectName(u"customerTypeValue")
        self.customerTypeValue.setWordWrap(True)
        self.customerTypeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.accountForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.customerTypeValue)

        self.twoFactorLabel = QLabel(self.accountGroup)
        self.twoFactorLabel.setObjectName(u"twoFactorLabel")

        self.accountForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.twoFactorLabel)

        self.twoFactorValue = QLabel(self.accountGroup)
        self.twoFactorValue.setObjectName(u"twoFactorValue")
        self.twoFactorValue.setWordWrap(True)
        self.twoFactorValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.accountForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.twoFactorValue)

        self.createdLabel = QLabel(self.accountGroup)
        self.createdLabel.setObjectName(u"createdLabel")

        self.accountForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.createdLabel)

        self.createdValue = QLabel(self.accountGroup)
        self.createdValue.setObjectName(u"createdValue")
        self.createdValue.setWordWrap(True)
        self.createdValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.accountForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.createdValue)


        self.mainLayout.addWidget(self.accountGroup)

        self.contactGroup = QGroupBox(ProfilePage)
        self.contactGroup.setObjectName(u"contactGroup")
        self.contactForm = QFormLayout(self.contactGroup)
        self.contactForm.setObjectName(u"contactForm")
        self.nameLabel = QLabel(self.contactGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameValue = QLabel(self.contactGroup)
        self.nameValue.setObjectName(u"nameValue")
        self.nameValue.setWordWrap(True)
        self.nameValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameValue)

        self.countryLabel = QLabel(self.contactGroup)
        self.countryLabel.setObjectName(u"countryLabel")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryValue = QLabel(self.contactGroup)
        self.countryValue.setObjectName(u"countryValue")
        self.countryValue.setWordWrap(True)
        self.countryValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.countryValue)

        self.cityLabel = QLabel(self.contactGroup)
        self.cityLabel.setObjectName(u"cityLabel")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityValue = QLabel(self.contactGroup)
        self.cityValue.setObjectName(u"cityValue")
        self.cityValue.setWordWrap(True)
        self.cityValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cityValue)

        self.addressLabel = QLabel(self.contactGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.contactForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressValue = QLabel(self.contactGroup)
        self.addressValue.setObjectName(u"addressValue")
        self.addressValue.setWordWrap(True)
        self.addressValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressValue)

        self.phoneLabel = QLabel(self.contactGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.contactForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneValue = QLabel(self.contactGroup)
        self.phoneValue.setObjectName(u"phoneValue")
        self.phoneValue.setWordWrap(True)
        self.phoneValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneValue)

        self.companyLabel = QLabel(self.contactGroup)
        self.companyLabel.setObjectName(u"companyLabel")

        self.contactForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.companyLabel)

        self.companyValue = QLabel(self.contactGroup)
        self.companyValue.setObjectName(u"companyValue")
        self.companyValue.setWordWrap(True)
        self.companyValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.companyValue)

        self.companyAddressLabel = QLabel(self.contactGroup)
        self.companyAddressLabel.setObjectName(u"companyAddressLabel")

        self.contactForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.companyAddressLabel)

        self.companyAddressValue = QLabel(self.contactGroup)
        self.companyAddressValue.setObjectName(u"companyAddressValue")
        self.companyAddressValue.setWordWrap(True)
        self.companyAddressValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.companyAddressValue)

        self.companyAdminLabel = QLabel(self.contactGroup)
        self.companyAdminLabel.setObjectName(u"companyAdminLabel")

        self.contactForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.companyAdminLabel)

        self.companyAdminValue = QLabel(self.contactGroup)
        self.companyAdminValue.setObjectName(u"companyAdminValue")
        self.companyAdminValue.setWordWrap(True)
        self.companyAdminValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.companyAdminValue)

        self.newsLabel = QLabel(self.contactGroup)
        self.newsLabel.setObjectName(u"newsLabel")

        self.contactForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.newsLabel)

        self.newsValue = QLabel(self.contactGroup)
        self.newsValue.setObjectName(u"newsValue")
        self.newsValue.setWordWrap(True)
        self.newsValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contactForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.newsValue)


        self.mainLayout.addWidget(self.contactGroup)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.editButton = QPushButton(ProfilePage)
        self.editButton.setObjectName(u"editButton")
        icon = QIcon()
        icon.addFile(u":/icons/profile.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.editButton.setIcon(icon)

        self.buttonsRow.addWidget(self.editButton)

        self.changeEmailButton = QPushButton(ProfilePage)
        self.changeEmailButton.setObjectName(u"changeEmailButton")

        self.buttonsRow.addWidget(self.changeEmailButton)

        self.changePasswordButton = QPushButton(ProfilePage)
        self.changePasswordButton.setObjectName(u"changePasswordButton")
        icon1 = QIcon()
        icon1.addFile(u":/icons/key.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.changePasswordButton.setIcon(icon1)

        self.buttonsRow.addWidget(self.changePasswordButton)

        self.twoFactorButton = QPushButton(ProfilePage)
        self.twoFactorButton.setObjectName(u"twoFactorButton")
        icon2 = QIcon()
        icon2.addFile(u":/icons/shield.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.twoFactorButton.setIcon(icon2)

        self.buttonsRow.addWidget(self.twoFactorButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.buttonsSpacer)

        self.signOutButton = QPushButton(ProfilePage)
        self.signOutButton.setObjectName(u"signOutButton")
        icon3 = QIcon()
        icon3.addFile(u":/icons/signout.svg", QSize(), QIcon.Mode.Normal, QIcon.State.Off)
        self.signOutButton.setIcon(icon3)

        self.buttonsRow.addWidget(self.signOutButton)


        self.mainLayout.addLayout(self.buttonsRow)

        self.messageLabel = QLabel(ProfilePage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.messageLabel)

        self.vSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.vSpacer)

        QWidget.setTabOrder(self.editButton, self.changeEmailButton)
        QWidget.setTabOrder(self.changeEmailButton, self.changePasswordButton)
        QWidget.setTabOrder(self.changePasswordButton, self.twoFactorButton)
        QWidget.setTabOrder(self.twoFactorButton, self.signOutButton)

        self.retranslateUi(ProfilePage)

        QMetaObject.connectSlotsByName(ProfilePage)
    # setupUi

    def retranslateUi(self, ProfilePage):
        self.titleLabel.setText(QCoreApplication.translate("ProfilePage", u"Profile", None))
        self.accountGroup.setTitle(QCoreApplication.translate("ProfilePage", u"Account", None))
        self.customerIdLabel.setText(QCoreApplication.translate("ProfilePage", u"Customer ID", None))
#if QT_CONFIG(accessibility)
        self.customerIdValue.setAccessibleName(QCoreApplication.translate("ProfilePage", u"Customer ID", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("ProfilePage", u"E-mail", None))
#if QT_CONFIG(accessibility)
        self.emailValue.setAccessibleName(QCoreApplication.translate("ProfilePage", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.customerTypeLabel.setText(QCoreApplication.translate("ProfilePage", u"Customer type", None))
#if QT_CONFIG(accessibility)
        self.customerTypeValue.setAccessibleName(QCoreApplication.translate("ProfilePage", u"Customer type", None))
#endif // QT_CONFIG(accessibility)
        self.twoFactorLabel.setText(QCoreApplication.translate("ProfilePage", u"Two-factor sign-in", None))
#if QT_CONFIG(accessibility)
        self.twoFactorValue.setAccessibleName(QCoreApplication.translate("ProfilePage", u"Two-factor sign-in", None))
#endif // QT_CONFIG(accessibility)
        self.createdLabel.setText(QCoreApplication.translate("ProfilePage", u"Member since", None))
#if QT_CONFIG(accessibility)
        self.createdValue.setAccessibleName(QCoreApplication.translate("ProfilePage", u"Member since", None))
#endif // QT_CONFIG(accessibility)
        self.contactGroup.setTitle(QCoreApplication.translate("ProfilePage", u"Contact details", None))
        self.nameLabel.setText(QCoreApplication.translate("ProfilePage", u"Name or nickname", None))
#if QT_CONFIG(accessibility)
        self.nameValue.setAccessibleName(QCoreApplication.translate("ProfilePage", u"Name or nickname", None))
#endif // QT_CONFIG(accessibility)
        self.countryLabel.setText(QCoreApplication.translate("ProfilePage", u"Country", None))
#if QT_CONFIG(accessibility)
        self.countryValue.setAccessibleName(QCoreApplication.translate("ProfilePage", u"Country", None))
#endif // QT_CONFIG(accessibility)
        self.cityLabel.setText(QCoreApplication.translate("ProfilePage", u"City", None))
#if QT_CONFIG(accessibility)
        self.cityValue.setAccessibleName(QCoreApplication.translate("ProfilePage", u"City", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("ProfilePage", u"Address", None))
#if QT_CONFIG(accessibility)
        self.addressValue.setAccessibleName(QCoreApplication.translate("ProfilePage", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("ProfilePage", u"Phone", None))
#if QT_CONFIG(accessibility)
        self.phoneValue.setAccessibleName(QCoreApplication.translate("ProfilePage", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.companyLabel.setText(QCoreApplication.translate("ProfilePage", u"Company", None))
#if QT_CONFIG(accessibility)
        self.companyValue.setAccessibleName(QCoreApplication.translate("ProfilePage", u"Company", None))
#endif // QT_CONFIG(accessibility)
        self.companyAddressLabel.setText(QCoreApplication.translate("ProfilePage", u"Company address", None))
#if QT_CONFIG(accessibility)
        self.companyAddressValue.setAccessibleName(QCoreApplication.translate("ProfilePage", u"Company address", None))
#endif // QT_CONFIG(accessibility)
        self.companyAdminLabel.setText(QCoreApplication.translate("ProfilePage", u"Administrator's e-mail", None))
#if QT_CONFIG(accessibility)
        self.companyAdminValue.setAccessibleName(QCoreApplication.translate("ProfilePage", u"Company administrator's e-mail", None))
#endif // QT_CONFIG(accessibility)
        self.newsLabel.setText(QCoreApplication.translate("ProfilePage", u"News by e-mail", None))
#if QT_CONFIG(accessibility)
        self.newsValue.setAccessibleName(QCoreApplication.translate("ProfilePage", u"News by e-mail", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("ProfilePage", u"&Edit profile\u2026", None))
        self.changeEmailButton.setText(QCoreApplication.translate("ProfilePage", u"Change e-&mail\u2026", None))
        self.changePasswordButton.setText(QCoreApplication.translate("ProfilePage", u"Change &password\u2026", None))
        self.twoFactorButton.setText(QCoreApplication.translate("ProfilePage", u"&Two-factor sign-in\u2026", None))
        self.signOutButton.setText(QCoreApplication.translate("ProfilePage", u"Sign &out", None))
        pass
    # retranslateUi

