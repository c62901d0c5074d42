# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_edit.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ProfileEditDialog(object):
    def setupUi(self, ProfileEditDialog):
        if not ProfileEditDialog.objectName():
            ProfileEditDialog.setObjectName(u"ProfileEditDialog")
        ProfileEditDialog.setMinimumSize(QSize(520, 0))
        self.mainLayout = QVBoxLayout(ProfileEditDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(ProfileEditDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.titleLabel)

        self.personalGroup = QGroupBox(ProfileEditDialog)
        self.personalGroup.setObjectName(u"personalGroup")
        self.personalForm = QFormLayout(self.personalGroup)
        self.personalForm.setObjectName(u"personalForm")
        self.nameLabel = QLabel(self.personalGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.personalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.personalGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.personalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.countryLabel = QLabel(self.personalGroup)
        self.countryLabel.setObjectName(u"countryLabel")

        self.personalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryCombo = QComboBox(self.personalGroup)
        self.countryCombo.setObjectName(u"countryCombo")
        self.countryCombo.setEditable(True)
        self.countryCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.personalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.countryCombo)

        self.cityLabel = QLabel(self.personalGroup)
        self.cityLabel.setObjectName(u"cityLabel")

        self.personalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityEdit = QLineEdit(self.personalGroup)
        self.cityEdit.setObjectName(u"cityEdit")

        self.personalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.addressLabel = QLabel(self.personalGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.personalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.personalGroup)
        self.addressEdit.setObjectName(u"addressEdit")

        self.personalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.phoneLabel = QLabel(self.personalGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.personalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.personalGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.personalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)


        self.mainLayout.addWidget(self.personalGroup)

        self.companyGroup = QGroupBox(ProfileEditDialog)
        self.companyGroup.setObjectName(u"companyGroup")
        self.companyForm = QFormLayout(self.companyGroup)
        self.companyForm.setObjectName(u"companyForm")
        self.companyLabel = QLabel(self.companyGroup)
        self.companyLabel.setObjectName(u"companyLabel")

        self.companyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.companyLabel)

        self.companyEdit = QLineEdit(self.companyGroup)
        self.companyEdit.setObjectName(u"companyEdit")

        self.companyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.companyEdit)

        self.companyAddressLabel = QLabel(self.companyGroup)
        self.companyAddressLabel.setObjectName(u"companyAddressLabel")

        self.companyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.companyAddressLabel)

        self.companyAddressEdit = QLineEdit(self.companyGroup)
        self.companyAddressEdit.setObjectName(u"companyAddressEdit")

        self.companyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.companyAddressEdit)

        self.companyAdminLabel = QLabel(self.companyGroup)
        self.companyAdminLabel.setObjectName(u"companyAdminLabel")

        self.companyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.companyAdminLabel)

        self.companyAdminEdit = QLineEdit(self.companyGroup)
        self.companyAdminEdit.setObjectName(u"companyAdminEdit")

        self.companyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.companyAdminEdit)


        self.mainLayout.addWidget(self.companyGroup)

        self.newsCheck = QCheckBox(ProfileEditDialog)
        self.newsCheck.setObjectName(u"newsCheck")

        self.mainLayout.addWidget(self.newsCheck)

        self.messageLabel = QLabel(ProfileEditDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.messageLabel.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.messageLabel)

        self.busyBar = QProgressBar(ProfileEditDialog)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.mainLayout.addWidget(self.busyBar)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(ProfileEditDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(ProfileEditDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.countryLabel.setBuddy(self.countryCombo)
        self.cityLabel.setBuddy(self.cityEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.companyLabel.setBuddy(self.companyEdit)
        self.companyAddressLabel.setBuddy(self.companyAddressEdit)
        self.companyAdminLabel.setBuddy(self.companyAdminEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.countryCombo)
        QWidget.setTabOrder(self.countryCombo, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.companyEdit)
        QWidget.setTabOrder(self.companyEdit, self.companyAddressEdit)
        QWidget.setTabOrder(self.companyAddressEdit, self.companyAdminEdit)
        QWidget.setTabOrder(self.companyAdminEdit, self.newsCheck)
        QWidget.setTabOrder(self.newsCheck, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.saveButton)

        self.retranslateUi(ProfileEditDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ProfileEditDialog)
    # setupUi

    def retranslateUi(self, ProfileEditDialog):
        ProfileEditDialog.setWindowTitle(QCoreApplication.translate("ProfileEditDialog", u"Edit profile", None))
        self.titleLabel.setText(QCoreApplication.translate("ProfileEditDialog", u"Your contact details", None))
        self.personalGroup.setTitle(QCoreApplication.translate("ProfileEditDialog", u"Personal", None))
        self.nameLabel.setText(QCoreApplication.translate("ProfileEditDialog", u"&Name or nickname", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("ProfileEditDialog", u"Name or nickname", None))
#endif // QT_CONFIG(accessibility)
        self.countryLabel.setText(QCoreApplication.translate("ProfileEditDialog", u"C&ountry", None))
#if QT_CONFIG(accessibility)
        self.countryCombo.setAccessibleName(QCoreApplication.translate("ProfileEditDialog", u"Country", None))
#endif // QT_CONFIG(accessibility)
        self.cityLabel.setText(QCoreApplication.translate("ProfileEditDialog", u"Cit&y", None))
#if QT_CONFIG(accessibility)
        self.cityEdit.setAccessibleName(QCoreApplication.translate("ProfileEditDialog", u"City", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("ProfileEditDialog", u"A&ddress", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("ProfileEditDialog", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("ProfileEditDialog", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("ProfileEditDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.companyGroup.setTitle(QCoreApplication.translate("ProfileEditDialog", u"Company (if the license was bought by a company)", None))
        self.companyLabel.setText(QCoreApplication.translate("ProfileEditDialog", u"Co&mpany", None))
#if QT_CONFIG(accessibility)
        self.companyEdit.setAccessibleName(QCoreApplication.translate("ProfileEditDialog", u"Company", None))
#endif // QT_CONFIG(accessibility)
        self.companyAddressLabel.setText(QCoreApplication.translate("ProfileEditDialog", u"Company &address", None))
#if QT_CONFIG(accessibility)
        self.companyAddressEdit.setAccessibleName(QCoreApplication.translate("ProfileEditDialog", u"Company address", None))
#endif // QT_CONFIG(accessibility)
        self.companyAdminLabel.setText(QCoreApplication.translate("ProfileEditDialog", u"Administrator's e-ma&il", None))
#if QT_CONFIG(accessibility)
        self.companyAdminEdit.setAccessibleName(QCoreApplication.translate("ProfileEditDialog", u"Company administrator's e-mail", None))
#endif // QT_CONFIG(accessibility)
        self.newsCheck.setText(QCoreApplication.translate("ProfileEditDialog", u"Send me ne&ws about products and updates", None))
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("ProfileEditDialog", u"Working", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("ProfileEditDialog", u"Cancel", None))
        self.saveButton.setText(QCoreApplication.translate("ProfileEditDialog", u"&Save", None))
    # retranslateUi

