<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountGate</name>
    <message>
        <location filename="../../app/gui/pages/gate.py" line="38"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/gate.py" line="40"/>
        <source>&amp;Create an account…</source>
        <translation>Konto &amp;erstellen…</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="232"/>
        <source>Sign in with your Customer ID or e-mail and password, so the request is filed under your account.</source>
        <translation>Melden Sie sich mit Ihrer Kundennummer (Customer ID) oder E-Mail und Ihrem Passwort an, damit die Anfrage Ihrem Konto zugeordnet wird.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="257"/>
        <source>I have an &amp;account: Customer ID or e-mail and password</source>
        <translation>Ich habe ein &amp;Konto: Kundennummer oder E-Mail und Passwort</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="266"/>
        <source>&amp;Skip this step: send the request without an account</source>
        <translation>Diesen Schritt &amp;überspringen: Anfrage ohne Konto senden</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="298"/>
        <source>You are signed in as &lt;b&gt;{name}&lt;/b&gt; (Customer ID {cid}).</source>
        <translation>Sie sind angemeldet als &lt;b&gt;{name}&lt;/b&gt; (Kundennummer {cid}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="300"/>
        <source>You are signed in as &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Sie sind angemeldet als &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="306"/>
        <source>The request is filed under this account: the experts&apos; answers arrive by e-mail and appear in My requests. Choose &lt;b&gt;Next&lt;/b&gt; to go on.</source>
        <translation>Die Anfrage wird Ihrem Konto zugeordnet: Die Antworten der Experten kommen per E-Mail und erscheinen unter Meine Anfragen. Wählen Sie &lt;b&gt;Weiter&lt;/b&gt;, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="312"/>
        <source>You are signed in; your request is filed under your account.</source>
        <translation>Sie sind angemeldet; Ihre Anfrage wird Ihrem Konto zugeordnet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="318"/>
        <source>Sign in with your Customer ID or e-mail and password</source>
        <translation>Melden Sie sich mit Ihrer Kundennummer oder E-Mail und Ihrem Passwort an</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="319"/>
        <source>, or skip this step.</source>
        <translation>, oder überspringen Sie diesen Schritt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="325"/>
        <source>Allowed for suggestions, key and license problems and pre-sale questions, for example when the key or activation code is lost or the product is not bought yet. Type the characters from the picture; the answer comes by e-mail.</source>
        <translation>Erlaubt für Vorschläge, Schlüssel- und Lizenzprobleme sowie Fragen vor dem Kauf, zum Beispiel wenn der Schlüssel oder Aktivierungscode verloren ist oder das Produkt noch nicht gekauft wurde. Geben Sie die Zeichen aus dem Bild ein; die Antwort kommt per E-Mail.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="333"/>
        <source>This type of request needs an account. Only Suggestions for future versions, Key problem / License expiration and Pre-sale questions may be sent without one.</source>
        <translation>Für diese Art von Anfrage ist ein Konto nötig. Nur Vorschläge für künftige Versionen, Schlüsselproblem / Ablauf der Lizenz und Fragen vor dem Kauf können ohne Konto gesendet werden.</translation>
    </message>
</context>
<context>
    <name>ActivateDialog</name>
    <message>
        <location filename="../../ui/activate.ui" line="12"/>
        <location filename="../../ui/activate.ui" line="18"/>
        <source>Activate your account</source>
        <translation>Konto aktivieren</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="28"/>
        <source>Paste the activation code or the whole link from the mail we sent you. Once activated, you are signed in.</source>
        <translation>Fügen Sie den Aktivierungscode oder den ganzen Link aus der E-Mail ein, die wir Ihnen gesendet haben. Nach der Aktivierung sind Sie angemeldet.</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="40"/>
        <source>Activation &amp;code or link</source>
        <translation>Aktivierungs&amp;code oder Link</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="50"/>
        <source>Activation code or link</source>
        <translation>Aktivierungscode oder Link</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="75"/>
        <source>Working</source>
        <translation>Wird bearbeitet</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="90"/>
        <source>&amp;Send the mail again…</source>
        <translation>E-Mail erneut &amp;senden…</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="110"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="120"/>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/activate.py" line="47"/>
        <source>Your account is activated and you are signed in.</source>
        <translation>Ihr Konto ist aktiviert und Sie sind angemeldet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/activate.py" line="54"/>
        <source>Send the activation mail again</source>
        <translation>Aktivierungs-E-Mail erneut senden</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/activate.py" line="55"/>
        <source>The e-mail you registered with:</source>
        <translation>Die E-Mail-Adresse, mit der Sie sich registriert haben:</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/activate.py" line="71"/>
        <source>If {text} has an account waiting for activation, a new mail is on its way.</source>
        <translation>Falls für {text} ein Konto auf die Aktivierung wartet, ist eine neue E-Mail unterwegs.</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../../app/api/client.py" line="529"/>
        <source>The download was cancelled.</source>
        <translation>Der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/api/client.py" line="553"/>
        <source>Files over 2 MB cannot go inside the form; they are sent by resumable upload.</source>
        <translation>Dateien über 2 MB passen nicht ins Formular; sie werden per fortsetzbarem Upload gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/api/events.py" line="98"/>
        <source>You were signed out; sign in again.</source>
        <translation>Sie wurden abgemeldet; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../../app/api/events.py" line="104"/>
        <location filename="../../app/api/transport.py" line="240"/>
        <source>Your sign-in has expired; sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../../app/api/tokens.py" line="172"/>
        <source>No keyring is available on this system, so the sign-in is not kept.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar, daher wird die Anmeldung nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/api/tokens.py" line="197"/>
        <source>The system keyring could not read the saved sign-in ({name}).</source>
        <translation>Der Schlüsselbund des Systems konnte die gespeicherte Anmeldung nicht lesen ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/api/tokens.py" line="200"/>
        <source>The system keyring could not save the sign-in ({name}).</source>
        <translation>Der Schlüsselbund des Systems konnte die Anmeldung nicht speichern ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/api/tokens.py" line="203"/>
        <source>The system keyring could not delete the saved sign-in ({name}).</source>
        <translation>Der Schlüsselbund des Systems konnte die gespeicherte Anmeldung nicht löschen ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/api/transport.py" line="202"/>
        <source>The call to the service failed: {name}.</source>
        <translation>Der Aufruf des Dienstes ist fehlgeschlagen: {name}.</translation>
    </message>
    <message>
        <location filename="../../app/api/uploads.py" line="149"/>
        <source>The service did not accept the upload.</source>
        <translation>Der Dienst hat den Upload nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../../app/api/uploads.py" line="193"/>
        <location filename="../../app/api/uploads.py" line="316"/>
        <source>The upload was cancelled; it can be resumed.</source>
        <translation>Der Upload wurde abgebrochen; er kann fortgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../../app/api/uploads.py" line="200"/>
        <source>“{filename}” became shorter while it was sent; add it again.</source>
        <translation>„{filename}“ wurde während des Sendens kürzer; fügen Sie die Datei erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../../app/api/uploads.py" line="346"/>
        <source>The service received the file but did not confirm it; try again.</source>
        <translation>Der Dienst hat die Datei erhalten, aber nicht bestätigt; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <location filename="../../app/api/errors.py" line="22"/>
        <source>The service did not understand the request.</source>
        <translation>Der Dienst hat die Anfrage nicht verstanden.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="23"/>
        <source>Sign in to continue.</source>
        <translation>Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="24"/>
        <source>You are not allowed to do this.</source>
        <translation>Sie dürfen das nicht tun.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="25"/>
        <source>This no longer exists, or it is not yours.</source>
        <translation>Das existiert nicht mehr oder gehört nicht Ihnen.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="26"/>
        <source>This conflicts with a change made meanwhile; reload and try again.</source>
        <translation>Das widerspricht einer zwischenzeitlichen Änderung; laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="29"/>
        <source>This file is too large.</source>
        <translation>Diese Datei ist zu groß.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="30"/>
        <source>Some fields are not valid.</source>
        <translation>Einige Felder sind ungültig.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="31"/>
        <source>Too many attempts; wait a little and try again.</source>
        <translation>Zu viele Versuche; warten Sie kurz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="159"/>
        <source>The service answered with an error ({status}).</source>
        <translation>Der Dienst hat mit einem Fehler geantwortet ({status}).</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="198"/>
        <source>The service at {service} is not reachable right now. Check your connection; try again in a moment.</source>
        <translation>Der Dienst unter {service} ist gerade nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="204"/>
        <source>The service is not reachable right now. Check your connection; try again in a moment.</source>
        <translation>Der Dienst ist gerade nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/gui/application.py" line="136"/>
        <source>The --server address was not used: {reason}</source>
        <translation>Die mit --server angegebene Adresse wurde nicht verwendet: {reason}</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="90"/>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="91"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="91"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="91"/>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="103"/>
        <source>&amp;Add files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="104"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="105"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="106"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="111"/>
        <source>Checking the files…</source>
        <translation>Dateien werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="143"/>
        <source>Upload of {name}</source>
        <translation>Upload von {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="211"/>
        <source>Attach files to your request</source>
        <translation>Dateien an Ihre Anfrage anhängen</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="41"/>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="44"/>
        <source>Sent — checksum confirmed by the service</source>
        <translation>Gesendet — Prüfsumme vom Dienst bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="46"/>
        <source>Sending… {percent}%</source>
        <translation>Wird gesendet… {percent} %</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="50"/>
        <source> (went on from {resumed_from})</source>
        <translation> (fortgesetzt ab {resumed_from})</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="55"/>
        <source>Paused at {percent}% — resume it, or it goes on when you submit</source>
        <translation>Angehalten bei {percent} % — setzen Sie fort, oder es geht beim Absenden weiter</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="59"/>
        <source>Waiting for the service — sent when it answers, or with the request</source>
        <translation>Warten auf den Dienst — wird gesendet, sobald er antwortet, oder mit der Anfrage</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="63"/>
        <source>Not sent: {message}</source>
        <translation>Nicht gesendet: {message}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="67"/>
        <source>Waiting to be sent</source>
        <translation>Wartet auf das Senden</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="94"/>
        <source>Hide the {name}</source>
        <translation>{name} ausblenden</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="95"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>CaptchaBox</name>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="102"/>
        <location filename="../../app/gui/wizard/widgets.py" line="132"/>
        <source>Loading the picture…</source>
        <translation>Bild wird geladen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="103"/>
        <source>Captcha picture</source>
        <translation>Bild mit Sicherheitscode</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="107"/>
        <source>New &amp;picture</source>
        <translation>Neues &amp;Bild</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="108"/>
        <source>Show a new captcha picture</source>
        <translation>Neues Bild mit Sicherheitscode anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="114"/>
        <source>C&amp;haracters in the picture:</source>
        <translation>&amp;Zeichen im Bild:</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="116"/>
        <source>Characters in the picture</source>
        <translation>Zeichen im Bild</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="152"/>
        <source>No picture: the service did not answer.</source>
        <translation>Kein Bild: Der Dienst hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>ChangeEmailDialog</name>
    <message>
        <location filename="../../ui/change_email.ui" line="12"/>
        <source>Change e-mail</source>
        <translation>E-Mail ändern</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="18"/>
        <source>Change the e-mail you sign in with</source>
        <translation>E-Mail-Adresse für die Anmeldung ändern</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="40"/>
        <location filename="../../ui/change_email.ui" line="47"/>
        <source>Current e-mail</source>
        <translation>Aktuelle E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="57"/>
        <source>&amp;New e-mail</source>
        <translation>&amp;Neue E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="67"/>
        <source>New e-mail</source>
        <translation>Neue E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="70"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="77"/>
        <source>Your &amp;password</source>
        <translation>Ihr &amp;Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="87"/>
        <source>Your password</source>
        <translation>Ihr Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="99"/>
        <source>We send a confirmation link to the new address. Your current address stays in use until you confirm.</source>
        <translation>Wir senden einen Bestätigungslink an die neue Adresse. Ihre aktuelle Adresse bleibt bis zur Bestätigung gültig.</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="131"/>
        <source>Confirmation &amp;code or link</source>
        <translation>Bestätigungs&amp;code oder Link</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="141"/>
        <source>Confirmation code or link</source>
        <translation>Bestätigungscode oder Link</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="177"/>
        <source>Working</source>
        <translation>Wird bearbeitet</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="192"/>
        <source>I already have a &amp;code</source>
        <translation>Ich habe bereits einen &amp;Code</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="212"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="222"/>
        <source>&amp;Send confirmation</source>
        <translation>Bestätigung &amp;senden</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="54"/>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="63"/>
        <source>We sent a confirmation link and code to &lt;b&gt;{email}&lt;/b&gt;. Your current address stays in use until you confirm. Paste the code or the link here, or follow the link in the mail.</source>
        <translation>Wir haben einen Bestätigungslink und einen Code an &lt;b&gt;{email}&lt;/b&gt; gesendet. Ihre aktuelle Adresse bleibt bis zur Bestätigung gültig. Fügen Sie den Code oder den Link hier ein, oder folgen Sie dem Link in der E-Mail.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="69"/>
        <source>Paste the code or the link from the confirmation mail sent to the new address.</source>
        <translation>Fügen Sie den Code oder den Link aus der Bestätigungs-E-Mail an die neue Adresse ein.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="75"/>
        <source>&amp;Confirm the new address</source>
        <translation>Neue Adresse &amp;bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="92"/>
        <source>Your new e-mail address is confirmed.</source>
        <translation>Ihre neue E-Mail-Adresse ist bestätigt.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/change_password.ui" line="12"/>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="18"/>
        <source>Change your password</source>
        <translation>Ihr Passwort ändern</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="28"/>
        <source>Enter your current password, then the new one twice. Other devices signed in to your account are signed out.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein, dann zweimal das neue. Andere Geräte, die an Ihrem Konto angemeldet sind, werden abgemeldet.</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="40"/>
        <source>&amp;Current password</source>
        <translation>&amp;Aktuelles Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="50"/>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="60"/>
        <source>&amp;New password</source>
        <translation>&amp;Neues Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="70"/>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="80"/>
        <source>Confirm new pass&amp;word</source>
        <translation>Neues Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="90"/>
        <source>Confirm new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="100"/>
        <source>Password rules</source>
        <translation>Passwortregeln</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="128"/>
        <source>Working</source>
        <translation>Wird bearbeitet</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="150"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="160"/>
        <source>C&amp;hange password</source>
        <translation>Passwort än&amp;dern</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_password.py" line="45"/>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_password.py" line="54"/>
        <source>The two passwords do not match.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_password.py" line="63"/>
        <source>Your password is changed; other devices signed in to your account were signed out.</source>
        <translation>Ihr Passwort ist geändert; andere an Ihrem Konto angemeldete Geräte wurden abgemeldet.</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="62"/>
        <source>Compare system reports</source>
        <translation>Systemberichte vergleichen</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="68"/>
        <source>&amp;Earlier report…</source>
        <translation>&amp;Früherer Bericht…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="68"/>
        <source>&amp;Later report…</source>
        <translation>&amp;Späterer Bericht…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="78"/>
        <source>&amp;Changed only</source>
        <translation>Nur &amp;Änderungen</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="86"/>
        <source>Section, table or row</source>
        <translation>Abschnitt, Tabelle oder Zeile</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="86"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="88"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="94"/>
        <source>Choose a system report</source>
        <translation>Systembericht auswählen</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="107"/>
        <source>(not chosen)</source>
        <translation>(nicht ausgewählt)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="112"/>
        <source>Choose the two reports to compare.</source>
        <translation>Wählen Sie die beiden zu vergleichenden Berichte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="122"/>
        <source>{changed} of {total} sections differ.</source>
        <translation>{changed} von {total} Abschnitten unterscheiden sich.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="153"/>
        <source>unchanged: {key}</source>
        <translation>unverändert: {key}</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="66"/>
        <source>Remove the activation code</source>
        <translation>Aktivierungscode entfernen</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="68"/>
        <source>Remove the activation code {code} for {product} from your account? Its seat is freed, so the code can be added to another account; your devices using it through this account are deactivated. You can add the code again later if a seat is free.</source>
        <translation>Den Aktivierungscode {code} für {product} aus Ihrem Konto entfernen? Sein Platz wird frei, sodass der Code einem anderen Konto hinzugefügt werden kann; Ihre Geräte, die ihn über dieses Konto nutzen, werden deaktiviert. Sie können den Code später wieder hinzufügen, wenn ein Platz frei ist.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="75"/>
        <source>&amp;Remove this activation code</source>
        <translation>Diesen Aktivierungscode &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="76"/>
        <source>I &amp;agree</source>
        <translation>Ich &amp;stimme zu</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="83"/>
        <source>Deactivate the device</source>
        <translation>Gerät deaktivieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="85"/>
        <source>Deactivate {product} on “{device}”? Its seat is freed for another device; the product on that device stops being licensed until it is activated again.</source>
        <translation>{product} auf „{device}“ deaktivieren? Sein Platz wird für ein anderes Gerät frei; das Produkt auf diesem Gerät ist nicht mehr lizenziert, bis es erneut aktiviert wird.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="91"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.ui" line="12"/>
        <source>Personal Cabinet ran into a problem</source>
        <translation>Im Persönlichen Bereich ist ein Problem aufgetreten</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="18"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="28"/>
        <source>Personal Cabinet met an error it did not expect. You can keep working; if something looks wrong, restart the application. A report without passwords, tokens, e-mail addresses or codes was saved here:</source>
        <translation>Im Persönlichen Bereich ist ein unerwarteter Fehler aufgetreten. Sie können weiterarbeiten; wenn etwas nicht stimmt, starten Sie die Anwendung neu. Ein Bericht ohne Passwörter, Token, E-Mail-Adressen oder Codes wurde hier gespeichert:</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="38"/>
        <source>Report file</source>
        <translation>Berichtsdatei</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="51"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="66"/>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="80"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="97"/>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>DemoCodesBox</name>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="44"/>
        <source>Demo activation codes of the local service</source>
        <translation>Demo-Aktivierungscodes des lokalen Dienstes</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="52"/>
        <source>The local service on this computer holds these demo licenses. Copy one, or put it in the field above with Use; some are meant to be refused (expired, blocked, no seat left) so you can see what happens.</source>
        <translation>Der lokale Dienst auf diesem Computer enthält diese Demo-Lizenzen. Kopieren Sie einen Code oder setzen Sie ihn mit „Verwenden“ in das Feld oben ein; einige werden absichtlich abgelehnt (abgelaufen, gesperrt, kein Platz frei), damit Sie sehen, was dann passiert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="62"/>
        <source>Demo activation code</source>
        <translation>Demo-Aktivierungscode</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="65"/>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="66"/>
        <source>Copy the demo activation code</source>
        <translation>Demo-Aktivierungscode kopieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="67"/>
        <source>&amp;Use</source>
        <translation>&amp;Verwenden</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="68"/>
        <source>Put the demo activation code in the field</source>
        <translation>Demo-Aktivierungscode in das Feld einsetzen</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="430"/>
        <source>Describe your problem in detail, say where to answer, and attach files that help the experts.</source>
        <translation>Beschreiben Sie Ihr Problem ausführlich, geben Sie an, wohin die Antwort gehen soll, und hängen Sie Dateien an, die den Experten helfen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="440"/>
        <source>What happened, what you did before, what the product showed (error messages, codes), and what you already tried.</source>
        <translation>Was passiert ist, was Sie davor getan haben, was das Produkt angezeigt hat (Fehlermeldungen, Codes) und was Sie bereits versucht haben.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="452"/>
        <source>the company that bought the license, if any</source>
        <translation>das Unternehmen, das die Lizenz gekauft hat, falls zutreffend</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="466"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="471"/>
        <source>Files up to 2 MB go with the form. Larger files, up to 4 GB, are sent in parts: they can be paused, and go on from where they stopped after a lost connection or a restart. The service confirms each file&apos;s checksum.</source>
        <translation>Dateien bis 2 MB werden mit dem Formular gesendet. Größere Dateien bis 4 GB werden in Teilen gesendet: Sie lassen sich anhalten und setzen nach einem Verbindungsabbruch oder Neustart dort fort, wo sie aufgehört haben. Der Dienst bestätigt die Prüfsumme jeder Datei.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="511"/>
        <source>Requests whose content does not match their type are not processed by the experts.</source>
        <translation>Anfragen, deren Inhalt nicht zu ihrer Art passt, werden von den Experten nicht bearbeitet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="515"/>
        <source>{warning} Your request type: {title}.</source>
        <translation>{warning} Art Ihrer Anfrage: {title}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="530"/>
        <source>Loading the list of countries…</source>
        <translation>Länderliste wird geladen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="536"/>
        <source>Choose your country…</source>
        <translation>Wählen Sie Ihr Land…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="561"/>
        <source>This is not an e-mail address; check it for typing mistakes.</source>
        <translation>Das ist keine E-Mail-Adresse; prüfen Sie sie auf Tippfehler.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="600"/>
        <source>“{name}” is attached already.</source>
        <translation>„{name}“ ist bereits angehängt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="605"/>
        <source>A request takes at most {MAX_FILES} files; pack more in a zip.</source>
        <translation>Eine Anfrage nimmt höchstens {MAX_FILES} Dateien auf; packen Sie weitere in ein ZIP-Archiv.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="208"/>
        <source>Request &amp;number</source>
        <translation>Anfrage&amp;nummer</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="211"/>
        <source>Request number</source>
        <translation>Anfragenummer</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="217"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="218"/>
        <source>Copy the request number</source>
        <translation>Anfragenummer kopieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="227"/>
        <source>&amp;Open in My requests</source>
        <translation>In Meine Anfragen ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="248"/>
        <source>Clos&amp;e</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="251"/>
        <source>Your request has been sent</source>
        <translation>Ihre Anfrage wurde gesendet</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="252"/>
        <source>Keep its number: the experts and My requests refer to it.</source>
        <translation>Bewahren Sie die Nummer auf: Die Experten und Meine Anfragen beziehen sich darauf.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="258"/>
        <source>Technical Support received your request. A confirmation is on its way to &lt;b&gt;{email}&lt;/b&gt;; the experts answer there and in My requests.</source>
        <translation>Der Technische Support hat Ihre Anfrage erhalten. Eine Bestätigung ist an &lt;b&gt;{email}&lt;/b&gt; unterwegs; die Experten antworten dort und unter Meine Anfragen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="263"/>
        <source>Technical Support received your request. A confirmation is on its way to &lt;b&gt;{email}&lt;/b&gt;; the experts answer there.</source>
        <translation>Der Technische Support hat Ihre Anfrage erhalten. Eine Bestätigung ist an &lt;b&gt;{email}&lt;/b&gt; unterwegs; die Experten antworten dort.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="274"/>
        <source>Requests whose content does not match their type are not processed; if you chose the wrong type, reply to the confirmation and say so.</source>
        <translation>Anfragen, deren Inhalt nicht zu ihrer Art passt, werden nicht bearbeitet; wenn Sie die falsche Art gewählt haben, antworten Sie auf die Bestätigung und teilen Sie es mit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="283"/>
        <source>Your request will be sent when the service answers</source>
        <translation>Ihre Anfrage wird gesendet, sobald der Dienst antwortet</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="285"/>
        <source>It waits on this computer</source>
        <translation>Sie wartet auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="286"/>
        <source>, with copies of its files.</source>
        <translation>, mit Kopien ihrer Dateien.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="291"/>
        <source>The support service at {service} could not be reached. Your request is kept in the outbox on this computer and is sent by itself, exactly once, as soon as the service answers — also after a restart of Personal Cabinet. Its number appears under Support request when it has been sent.</source>
        <translation>Der Support-Dienst unter {service} war nicht erreichbar. Ihre Anfrage liegt im Postausgang auf diesem Computer und wird automatisch genau einmal gesendet, sobald der Dienst antwortet — auch nach einem Neustart des Persönlichen Bereichs. Ihre Nummer erscheint unter Supportanfrage, sobald sie gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="301"/>
        <source>You can close this window.</source>
        <translation>Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="303"/>
        <source> The files were copied, so you may move or delete the originals.</source>
        <translation> Die Dateien wurden kopiert; Sie können die Originale verschieben oder löschen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="312"/>
        <source>{number} is copied to the clipboard.</source>
        <translation>{number} wurde in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="158"/>
        <source>Unfinished request</source>
        <translation>Unvollständige Anfrage</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="159"/>
        <source>Res&amp;ume it</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="160"/>
        <source>&amp;Discard it</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="161"/>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="162"/>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="179"/>
        <source> You have {count} more unfinished.</source>
        <translation> Sie haben {count} weitere unvollständige.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="184"/>
        <source>You did not finish a support request: {draft}.{more} Resume it, or discard it?</source>
        <translation>Sie haben eine Supportanfrage nicht abgeschlossen: {draft}.{more} Fortsetzen oder verwerfen?</translation>
    </message>
</context>
<context>
    <name>DraftsUi</name>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="106"/>
        <source>support request</source>
        <translation>Supportanfrage</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="110"/>
        <source>“{kind}”, step {step} of 5</source>
        <translation>„{kind}“, Schritt {step} von 5</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="117"/>
        <source> (saved {saved})</source>
        <translation> (gespeichert {saved})</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <location filename="../../app/core/staff/due.py" line="21"/>
        <source>{days} d {hours} h</source>
        <translation>{days} T. {hours} Std.</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/due.py" line="23"/>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} Std. {minutes:02d} Min.</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/due.py" line="26"/>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/due.py" line="35"/>
        <source>{span} left</source>
        <translation>noch {span}</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/due.py" line="36"/>
        <source>{span} over</source>
        <translation>{span} überfällig</translation>
    </message>
</context>
<context>
    <name>EmbeddedService</name>
    <message>
        <location filename="../../app/gui/embedded.py" line="171"/>
        <source>The local service could not be started: %s.</source>
        <translation>Der lokale Dienst konnte nicht gestartet werden: %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/embedded.py" line="210"/>
        <source>The local service did not start in time.</source>
        <translation>Der lokale Dienst ist nicht rechtzeitig gestartet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/embedded.py" line="237"/>
        <source>The local service stopped unexpectedly.</source>
        <translation>Der lokale Dienst wurde unerwartet beendet.</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../app/gui/feedback.py" line="31"/>
        <source>Something unexpected went wrong; a report was saved. Try again, or restart the application.</source>
        <translation>Etwas Unerwartetes ist schiefgelaufen; ein Bericht wurde gespeichert. Versuchen Sie es erneut oder starten Sie die Anwendung neu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/feedback.py" line="61"/>
        <source>A file could not be read or written: {value}.</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden: {value}.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="48"/>
        <source>Request type</source>
        <translation>Art der Anfrage</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="53"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="55"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="56"/>
        <source>Customer ID or e-mail</source>
        <translation>Kundennummer oder E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="57"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="61"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="69"/>
        <source>Characters from the picture</source>
        <translation>Zeichen aus dem Bild</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="77"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="80"/>
        <source>Describe your problem in detail.</source>
        <translation>Beschreiben Sie Ihr Problem ausführlich.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="85"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="88"/>
        <source>Give your e-mail address for the answer.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse für die Antwort an.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="94"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="97"/>
        <source>Choose your country.</source>
        <translation>Wählen Sie Ihr Land.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="103"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="111"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="119"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="127"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="130"/>
        <source>Give your operating system.</source>
        <translation>Geben Sie Ihr Betriebssystem an.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="135"/>
        <source>Product version</source>
        <translation>Produktversion</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="142"/>
        <source>GetSystemInfo report</source>
        <translation>GetSystemInfo-Bericht</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="34"/>
        <source>Choose the type of your request.</source>
        <translation>Wählen Sie die Art Ihrer Anfrage.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="36"/>
        <source>Choose the product you use.</source>
        <translation>Wählen Sie das Produkt, das Sie verwenden.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="39"/>
        <source>This type of request needs your Customer ID or e-mail and password.</source>
        <translation>Für diese Art von Anfrage sind Ihre Kundennummer oder E-Mail und Ihr Passwort nötig.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="43"/>
        <source>Sign in, or skip this step where it is allowed.</source>
        <translation>Melden Sie sich an oder überspringen Sie diesen Schritt, wo es erlaubt ist.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="49"/>
        <source>Type the characters from the picture.</source>
        <translation>Geben Sie die Zeichen aus dem Bild ein.</translation>
    </message>
</context>
<context>
    <name>Forgot</name>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="24"/>
        <source>Enter your Customer ID if you only forgot the password, or the e-mail you registered with. We send a link and a code to set a new password.</source>
        <translation>Geben Sie Ihre Kundennummer (Customer ID) ein, wenn Sie nur das Passwort vergessen haben, oder die E-Mail-Adresse, mit der Sie sich registriert haben. Wir senden einen Link und einen Code zum Festlegen eines neuen Passworts.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="29"/>
        <source>Enter the e-mail you registered with; we send your Customer ID to it.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, mit der Sie sich registriert haben; wir senden Ihre Kundennummer (Customer ID) dorthin.</translation>
    </message>
</context>
<context>
    <name>ForgotDialog</name>
    <message>
        <location filename="../../ui/forgot.ui" line="12"/>
        <source>Forgot password or Customer ID</source>
        <translation>Passwort oder Kundennummer vergessen</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="18"/>
        <source>Restore access to your account</source>
        <translation>Zugang zu Ihrem Konto wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="38"/>
        <source>I forgot my &amp;password</source>
        <translation>Ich habe mein &amp;Passwort vergessen</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="48"/>
        <source>I forgot my Customer &amp;ID</source>
        <translation>Ich habe meine &amp;Kundennummer vergessen</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="68"/>
        <location filename="../../ui/forgot.ui" line="57"/>
        <source>Customer ID or &amp;e-mail</source>
        <translation>Kundennummer oder &amp;E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="68"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="71"/>
        <location filename="../../ui/forgot.ui" line="67"/>
        <source>Customer ID or e-mail</source>
        <translation>Kundennummer oder E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="71"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="75"/>
        <source>&amp;Send the reset mail</source>
        <translation>Link zum Zurücksetzen &amp;senden</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="75"/>
        <source>&amp;Send my ID</source>
        <translation>Meine Nummer &amp;senden</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="112"/>
        <source>If &lt;b&gt;{login}&lt;/b&gt; belongs to an account, a mail with a link and a code to set a new password is on its way. Paste the code or the link here and choose the new password.</source>
        <translation>Falls &lt;b&gt;{login}&lt;/b&gt; zu einem Konto gehört, ist eine E-Mail mit einem Link und einem Code zum Festlegen eines neuen Passworts unterwegs. Fügen Sie den Code oder den Link hier ein und wählen Sie das neue Passwort.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="118"/>
        <source>Paste the code or the link from the reset mail and choose the new password.</source>
        <translation>Fügen Sie den Code oder den Link aus der E-Mail zum Zurücksetzen ein und wählen Sie das neue Passwort.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="124"/>
        <source>&amp;Set the new password</source>
        <translation>Neues Passwort &amp;festlegen</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="142"/>
        <source>The two passwords do not match.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="149"/>
        <source>Your password is changed, and every device that was signed in is signed out. Sign in with the new password.</source>
        <translation>Ihr Passwort ist geändert, und alle angemeldeten Geräte wurden abgemeldet. Melden Sie sich mit dem neuen Passwort an.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="159"/>
        <source>If &lt;b&gt;{email}&lt;/b&gt; belongs to an account, your Customer ID is on its way to it.</source>
        <translation>Falls &lt;b&gt;{email}&lt;/b&gt; zu einem Konto gehört, ist Ihre Kundennummer dorthin unterwegs.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="169"/>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="112"/>
        <source>Reset &amp;code or link</source>
        <translation>&amp;Code oder Link zum Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="122"/>
        <source>Reset code or link</source>
        <translation>Code oder Link zum Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="132"/>
        <source>&amp;New password</source>
        <translation>&amp;Neues Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="142"/>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="152"/>
        <source>Confirm new pass&amp;word</source>
        <translation>Neues Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="162"/>
        <source>Confirm new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="172"/>
        <source>Password rules</source>
        <translation>Passwortregeln</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="228"/>
        <source>Working</source>
        <translation>Wird bearbeitet</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="243"/>
        <source>I already have a &amp;code</source>
        <translation>Ich habe bereits einen &amp;Code</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="263"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="273"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <location filename="../../app/gui/feedback.py" line="151"/>
        <source>Correct the marked fields.</source>
        <translation>Korrigieren Sie die markierten Felder.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../app/gui/formatting.py" line="12"/>
        <source>Home user</source>
        <translation>Privatanwender</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="13"/>
        <source>Business (1–499 licenses of corporate products)</source>
        <translation>Unternehmen (1–499 Lizenzen für Unternehmensprodukte)</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="14"/>
        <source>Corporate (500 or more licenses of corporate products)</source>
        <translation>Großunternehmen (500 oder mehr Lizenzen für Unternehmensprodukte)</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="20"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="21"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="22"/>
        <source>Waiting for your reply</source>
        <translation>Wartet auf Ihre Antwort</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="23"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="24"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="25"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="26"/>
        <source>Analyzing</source>
        <translation>Wird analysiert</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="27"/>
        <source>Verdict given</source>
        <translation>Urteil gefällt</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="28"/>
        <location filename="../../app/gui/formatting.py" line="33"/>
        <source>Verdict: malicious</source>
        <translation>Urteil: schädlich</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="29"/>
        <location filename="../../app/gui/formatting.py" line="34"/>
        <source>Verdict: clean</source>
        <translation>Urteil: sauber</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="30"/>
        <source>Verdict: false positive confirmed</source>
        <translation>Urteil: Fehlalarm bestätigt</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="35"/>
        <source>Verdict: false positive</source>
        <translation>Urteil: Fehlalarm</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="39"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="40"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="41"/>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home_page.ui" line="42"/>
        <source>Welcome to Personal Cabinet</source>
        <translation>Willkommen im Persönlichen Bereich</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="52"/>
        <source>Ask Technical Support for help and follow your requests as the experts answer, and keep the activation codes of your licenses in one place. Sign in with your e-mail or Customer ID, or create an account in a minute.</source>
        <translation>Bitten Sie den Technischen Support um Hilfe, verfolgen Sie Ihre Anfragen, während die Experten antworten, und verwalten Sie die Aktivierungscodes Ihrer Lizenzen an einem Ort. Melden Sie sich mit Ihrer E-Mail oder Kundennummer an, oder erstellen Sie in einer Minute ein Konto.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="62"/>
        <source>&lt;ul style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Send a request to Technical Support in five guided steps, with files and a system report&lt;/li&gt;&lt;li&gt;Follow your requests and read the experts&apos; answers in My requests&lt;/li&gt;&lt;li&gt;Keep the activation codes of your licenses, with their expiry and free seats&lt;/li&gt;&lt;li&gt;Manage your contact details, password and two-factor sign-in&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Senden Sie in fünf geführten Schritten eine Anfrage an den Technischen Support, mit Dateien und einem Systembericht&lt;/li&gt;&lt;li&gt;Verfolgen Sie Ihre Anfragen und lesen Sie die Antworten der Experten unter Meine Anfragen&lt;/li&gt;&lt;li&gt;Verwalten Sie die Aktivierungscodes Ihrer Lizenzen mit Ablaufdatum und freien Plätzen&lt;/li&gt;&lt;li&gt;Verwalten Sie Kontaktdaten, Passwort und Bestätigung in zwei Schritten&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="81"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="92"/>
        <source>&amp;Create an account…</source>
        <translation>Konto &amp;erstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="103"/>
        <source>Ac&amp;tivate an account…</source>
        <translation>Konto ak&amp;tivieren…</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="131"/>
        <source>Open the local &amp;mailbox</source>
        <translation>Lokales &amp;Postfach öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="169"/>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="175"/>
        <location filename="../../ui/home_page.ui" line="182"/>
        <source>Customer ID</source>
        <translation>Kundennummer (Customer ID)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="192"/>
        <location filename="../../ui/home_page.ui" line="199"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="209"/>
        <location filename="../../ui/home_page.ui" line="216"/>
        <source>Customer type</source>
        <translation>Kundentyp</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="229"/>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="235"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="244"/>
        <source>Number of licenses</source>
        <translation>Anzahl der Lizenzen</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="251"/>
        <source>Manage &amp;licenses</source>
        <translation>&amp;Lizenzen verwalten</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="270"/>
        <source>Open requests</source>
        <translation>Offene Anfragen</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="279"/>
        <source>Number of open requests</source>
        <translation>Anzahl der offenen Anfragen</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="286"/>
        <source>View my &amp;requests</source>
        <translation>Meine Anf&amp;ragen anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="305"/>
        <source>Expiring soon</source>
        <translation>Laufen bald ab</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="312"/>
        <source>Licenses that expire within 30 days</source>
        <translation>Lizenzen, die innerhalb von 30 Tagen ablaufen</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="330"/>
        <source>&amp;New support request…</source>
        <translation>&amp;Neue Supportanfrage…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="62"/>
        <source>You are using the local service on this computer: it comes with demo products and licenses, and the mails it sends (activation links and codes) arrive in the Local mailbox instead of your e-mail.</source>
        <translation>Sie verwenden den lokalen Dienst auf diesem Computer: Er enthält Demo-Produkte und -Lizenzen, und die von ihm gesendeten E-Mails (Aktivierungslinks und Codes) kommen im Lokalen Postfach statt in Ihrem E-Mail-Postfach an.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="67"/>
        <source>Connected to the support service at {service_label}.</source>
        <translation>Verbunden mit dem Support-Dienst unter {service_label}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="76"/>
        <source>Hello!</source>
        <translation>Hallo!</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="86"/>
        <source>Hello, {name}!</source>
        <translation>Hallo, {name}!</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="119"/>
        <source>{name} ({code}): {days_text} left</source>
        <translation>{name} ({code}): noch {days_text}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="149"/>
        <source>The summary could not be loaded: {reason}</source>
        <translation>Die Übersicht konnte nicht geladen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>Keyfile</name>
    <message>
        <location filename="../../app/core/keyfile.py" line="88"/>
        <source>The key file is damaged: a date is missing.</source>
        <translation>Die Schlüsseldatei ist beschädigt: Ein Datum fehlt.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="94"/>
        <source>The key file is damaged: a date cannot be read.</source>
        <translation>Die Schlüsseldatei ist beschädigt: Ein Datum ist nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="105"/>
        <source>The archive must hold exactly one key file (.key).</source>
        <translation>Das Archiv muss genau eine Schlüsseldatei (.key) enthalten.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="111"/>
        <source>The file in the archive is too large to be a key file.</source>
        <translation>Die Datei im Archiv ist zu groß für eine Schlüsseldatei.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="117"/>
        <source>This archive is damaged.</source>
        <translation>Dieses Archiv ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="123"/>
        <location filename="../../app/core/keyfile.py" line="191"/>
        <source>This file is too large to be a key file.</source>
        <translation>Diese Datei ist zu groß für eine Schlüsseldatei.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="129"/>
        <location filename="../../app/core/keyfile.py" line="131"/>
        <source>This file is not a key file.</source>
        <translation>Diese Datei ist keine Schlüsseldatei.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="134"/>
        <source>This key file&apos;s format ({format}) is not supported by this version of the application.</source>
        <translation>Das Format dieser Schlüsseldatei ({format}) wird von dieser Version der Anwendung nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="144"/>
        <source>The key file is incomplete.</source>
        <translation>Die Schlüsseldatei ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="147"/>
        <source>This key file was not issued for this application: it is signed with another vendor key.</source>
        <translation>Diese Schlüsseldatei wurde nicht für diese Anwendung ausgestellt: Sie ist mit einem anderen Herstellerschlüssel signiert.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="157"/>
        <source>The key file&apos;s signature is not valid: the file was changed or damaged. Download a new copy under Licenses.</source>
        <translation>Die Signatur der Schlüsseldatei ist ungültig: Die Datei wurde verändert oder beschädigt. Laden Sie unter Lizenzen eine neue Kopie herunter.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="167"/>
        <source>The key file is damaged: the number of seats cannot be read.</source>
        <translation>Die Schlüsseldatei ist beschädigt: Die Anzahl der Plätze ist nicht lesbar.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="172"/>
        <source>The key file is damaged.</source>
        <translation>Die Schlüsseldatei ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="196"/>
        <source>The file cannot be read: {value}.</source>
        <translation>Die Datei kann nicht gelesen werden: {value}.</translation>
    </message>
</context>
<context>
    <name>LaunchLink</name>
    <message>
        <location filename="../../app/gui/launch_notes.py" line="15"/>
        <source>the request type “{name}” is not one we know</source>
        <translation>die Anfrageart „{name}“ ist uns nicht bekannt</translation>
    </message>
    <message>
        <location filename="../../app/gui/launch_notes.py" line="21"/>
        <source>the product “{name}” is not in the catalog</source>
        <translation>das Produkt „{name}“ ist nicht im Katalog</translation>
    </message>
</context>
<context>
    <name>LaunchLinks</name>
    <message>
        <location filename="../../app/core/launch_links.py" line="63"/>
        <source>The link is empty.</source>
        <translation>Der Link ist leer.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="66"/>
        <source>The link is too long to be a Personal Cabinet link.</source>
        <translation>Der Link ist zu lang für einen Link des Persönlichen Bereichs.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="72"/>
        <source>The link could not be read.</source>
        <translation>Der Link konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="76"/>
        <source>This is not a Personal Cabinet link (it must start with {SCHEME}://).</source>
        <translation>Das ist kein Link des Persönlichen Bereichs (er muss mit {SCHEME}:// beginnen).</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="91"/>
        <source>The link points to an unknown page “{netloc}{path}”.</source>
        <translation>Der Link verweist auf eine unbekannte Seite „{netloc}{path}“.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="99"/>
        <source>The link&apos;s fields could not be read.</source>
        <translation>Die Felder des Links konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="104"/>
        <source>The link gives “{repeated}” more than once.</source>
        <translation>Der Link enthält „{repeated}“ mehr als einmal.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="125"/>
        <source>The link does not say which page to open.</source>
        <translation>Der Link gibt nicht an, welche Seite geöffnet werden soll.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="128"/>
        <source>The link points to an unknown page “{target}”.</source>
        <translation>Der Link verweist auf eine unbekannte Seite „{target}“.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="141"/>
        <source>The request type “{request_type}” is not valid.</source>
        <translation>Die Anfrageart „{request_type}“ ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="148"/>
        <source>The product name in the link is not valid.</source>
        <translation>Der Produktname im Link ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="156"/>
        <source>The product version “{version}” is not a dotted version such as 21.3.10.391.</source>
        <translation>Die Produktversion „{version}“ ist keine durch Punkte getrennte Version wie 21.3.10.391.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="188"/>
        <source>“{number}” is not a request number such as TS-000123.</source>
        <translation>„{number}“ ist keine Anfragenummer wie TS-000123.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="202"/>
        <source>The activation code in the link is not valid. {exc}</source>
        <translation>Der Aktivierungscode im Link ist ungültig. {exc}</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="267"/>
        <source>Give either a link, the request options or the licenses options.</source>
        <translation>Geben Sie entweder einen Link, die Anfrageoptionen oder die Lizenzoptionen an.</translation>
    </message>
</context>
<context>
    <name>LegacyRegisterDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="44"/>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="73"/>
        <source>Register with an activation code or a key file</source>
        <translation>Mit Aktivierungscode oder Schlüsseldatei registrieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="84"/>
        <source>Have an activation code or the key file of a product you bought? Register with it: we make your account, add the license to it, and e-mail you a Customer ID and a password to sign in with.</source>
        <translation>Haben Sie einen Aktivierungscode oder die Schlüsseldatei eines gekauften Produkts? Registrieren Sie sich damit: Wir erstellen Ihr Konto, fügen die Lizenz hinzu und senden Ihnen per E-Mail eine Kundennummer (Customer ID) und ein Passwort für die Anmeldung.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="93"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="94"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="95"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="97"/>
        <source>Activation &amp;code</source>
        <translation>Aktivierungs&amp;code</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="98"/>
        <source>&amp;Key file</source>
        <translation>&amp;Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="107"/>
        <source>Register with</source>
        <translation>Registrieren mit</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="109"/>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="111"/>
        <source>Activation code</source>
        <translation>Aktivierungscode</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="114"/>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="121"/>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="115"/>
        <source>Choose the key file with Browse</source>
        <translation>Wählen Sie die Schlüsseldatei mit „Durchsuchen“</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="116"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="126"/>
        <source>&amp;Get key by e-mail: also send me the key file (in a zip archive)</source>
        <translation>Schlüssel per E-Mail er&amp;halten: Schlüsseldatei zusätzlich senden (als ZIP-Archiv)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="130"/>
        <source>Captcha</source>
        <translation>Sicherheitscode</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="142"/>
        <source>Open the Local &amp;mailbox</source>
        <translation>Lokales &amp;Postfach öffnen</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="143"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="161"/>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="163"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="187"/>
        <source>Choose the key file</source>
        <translation>Schlüsseldatei auswählen</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="189"/>
        <source>Key files (*.key *.zip);;All files (*)</source>
        <translation>Schlüsseldateien (*.key *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="209"/>
        <source>{product}, {seats}, until {date} — the signature is valid.</source>
        <translation>{product}, {seats}, bis {date} — die Signatur ist gültig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/dialogs/register_legacy.py" line="211"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n Platz</numerusform>
            <numerusform>%n Plätze</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="226"/>
        <source>Choose a valid key file with Browse.</source>
        <translation>Wählen Sie mit „Durchsuchen“ eine gültige Schlüsseldatei.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="230"/>
        <source>Wait for the picture, or ask for a new one.</source>
        <translation>Warten Sie auf das Bild oder fordern Sie ein neues an.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="234"/>
        <source>Type the characters from the picture.</source>
        <translation>Geben Sie die Zeichen aus dem Bild ein.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="255"/>
        <source>The file cannot be read: {value}.</source>
        <translation>Die Datei kann nicht gelesen werden: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="280"/>
        <source> and, in a zip archive, the key file</source>
        <translation> und als ZIP-Archiv die Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="286"/>
        <source>The local service puts its mails in the &lt;b&gt;Local mailbox&lt;/b&gt; of this application.</source>
        <translation>Der lokale Dienst legt seine E-Mails im &lt;b&gt;Lokalen Postfach&lt;/b&gt; dieser Anwendung ab.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="289"/>
        <source>If it does not arrive within a few minutes, look in your spam folder.</source>
        <translation>Falls sie nicht innerhalb weniger Minuten ankommt, sehen Sie in Ihrem Spam-Ordner nach.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="293"/>
        <source>&lt;p&gt;Your account is ready and the license is in it. We sent your Customer ID and password{key} to &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Sign in with the Customer ID (or the e-mail address) and that password; change the password in your profile afterwards.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ihr Konto ist bereit, und die Lizenz ist darin enthalten. Wir haben Ihre Kundennummer und Ihr Passwort{key} an &lt;b&gt;{email}&lt;/b&gt; gesendet.&lt;/p&gt;&lt;p&gt;Melden Sie sich mit der Kundennummer (oder der E-Mail-Adresse) und diesem Passwort an; ändern Sie das Passwort danach in Ihrem Profil.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="299"/>
        <source>Check your mail</source>
        <translation>Prüfen Sie Ihre E-Mails</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="303"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>LicenseDetail</name>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="78"/>
        <source>Choose a license in the list to see its details.</source>
        <translation>Wählen Sie eine Lizenz in der Liste, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="89"/>
        <location filename="../../app/gui/licenses/detail_pane.py" line="104"/>
        <source>Activation code</source>
        <translation>Aktivierungscode</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="90"/>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="92"/>
        <source>Show the whole activation code</source>
        <translation>Ganzen Aktivierungscode anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="93"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="94"/>
        <source>Copy the activation code</source>
        <translation>Aktivierungscode kopieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="103"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="105"/>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="106"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="107"/>
        <source>Seats</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="108"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="111"/>
        <location filename="../../app/gui/licenses/detail_pane.py" line="114"/>
        <source>Devices using this license</source>
        <translation>Geräte mit dieser Lizenz</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="117"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="117"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="117"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="123"/>
        <source>No device uses this license through your account yet.</source>
        <translation>Noch kein Gerät nutzt diese Lizenz über Ihr Konto.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="126"/>
        <source>D&amp;eactivate…</source>
        <translation>D&amp;eaktivieren…</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="127"/>
        <source>Deactivate the chosen device</source>
        <translation>Ausgewähltes Gerät deaktivieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="137"/>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="139"/>
        <source>Do&amp;wnload a copy…</source>
        <translation>Kopie herunterla&amp;den…</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="140"/>
        <source>Send the key file by e-&amp;mail</source>
        <translation>Schlüsseldatei per E-&amp;Mail senden</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="147"/>
        <source>Re&amp;new…</source>
        <translation>Ver&amp;längern…</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="148"/>
        <source>Renew with a new activation code</source>
        <translation>Mit einem neuen Aktivierungscode verlängern</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="149"/>
        <source>Remo&amp;ve…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="150"/>
        <source>Remove this activation code</source>
        <translation>Diesen Aktivierungscode entfernen</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="210"/>
        <source> — renew it soon</source>
        <translation> — bald verlängern</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="211"/>
        <source> ({days} left{soon})</source>
        <translation> (noch {days}{soon})</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="216"/>
        <source>{seats_used} used of {seats_total}</source>
        <translation>{seats_used} von {seats_total} belegt</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="229"/>
        <source>Not available for a blocked license.</source>
        <translation>Für eine gesperrte Lizenz nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="281"/>
        <source>The activation code was copied.</source>
        <translation>Der Aktivierungscode wurde kopiert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="305"/>
        <source>Activated on {activated_at}</source>
        <translation>Aktiviert am {activated_at}</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="331"/>
        <source>“{name}” was deactivated; its seat is free.</source>
        <translation>„{name}“ wurde deaktiviert; sein Platz ist frei.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="348"/>
        <source>Save the key file</source>
        <translation>Schlüsseldatei speichern</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="350"/>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Schlüsseldateien (*.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="361"/>
        <source>The key file for {product_name} was saved as {path}. Its signature was checked.</source>
        <translation>Die Schlüsseldatei für {product_name} wurde als {path} gespeichert. Ihre Signatur wurde geprüft.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="373"/>
        <source> It arrives in the Local mailbox.</source>
        <translation> Sie kommt im Lokalen Postfach an.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="376"/>
        <source>The key file is on its way to {sent_to}, as a zip archive.{where}</source>
        <translation>Die Schlüsseldatei ist als ZIP-Archiv an {sent_to} unterwegs.{where}</translation>
    </message>
</context>
<context>
    <name>LicenseReminders</name>
    <message>
        <location filename="../../app/core/license_reminders.py" line="34"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../app/core/license_reminders.py" line="37"/>
        <source>{count} days</source>
        <translation>{count} Tage</translation>
    </message>
    <message>
        <location filename="../../app/core/license_reminders.py" line="57"/>
        <source>Your license for {product} ({code}) expires in {days}. Renew it with a new activation code under Licenses.</source>
        <translation>Ihre Lizenz für {product} ({code}) läuft bald ab: noch {days}. Verlängern Sie sie unter Lizenzen mit einem neuen Aktivierungscode.</translation>
    </message>
</context>
<context>
    <name>LicensesPage</name>
    <message>
        <location filename="../../ui/licenses_page.ui" line="11"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="28"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="47"/>
        <source>Add an activation code</source>
        <translation>Aktivierungscode hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="53"/>
        <source>Activation &amp;code</source>
        <translation>Aktivierungs&amp;code</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="65"/>
        <location filename="../../ui/licenses_page.ui" line="133"/>
        <source>Activation code</source>
        <translation>Aktivierungscode</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="68"/>
        <source>XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation>XXXXX-XXXXX-XXXXX-XXXXX</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="78"/>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="91"/>
        <source>4 blocks of 5 letters or digits, as printed on the box or in the purchase e-mail; any case and spacing.</source>
        <translation>4 Blöcke aus 5 Buchstaben oder Ziffern, wie auf der Verpackung oder in der Kauf-E-Mail angegeben; Groß-/Kleinschreibung und Leerzeichen egal.</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="117"/>
        <source>My licenses</source>
        <translation>Meine Lizenzen</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="138"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="143"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="148"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="153"/>
        <source>Days left</source>
        <translation>Tage übrig</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="158"/>
        <source>Seats used</source>
        <translation>Belegte Plätze</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="163"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="180"/>
        <source>No licenses yet: add the activation code of your product above.</source>
        <translation>Noch keine Lizenzen: Fügen Sie oben den Aktivierungscode Ihres Produkts hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="193"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="78"/>
        <source>&amp;Import a key file…</source>
        <translation>Schlüsseldatei &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="79"/>
        <location filename="../../app/gui/pages/licenses.py" line="365"/>
        <source>Import a key file</source>
        <translation>Schlüsseldatei importieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="86"/>
        <source>Licenses that expire soon</source>
        <translation>Lizenzen, die bald ablaufen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="177"/>
        <source>Your product gave this activation code; press Add to add it to your account.</source>
        <translation>Ihr Produkt hat diesen Aktivierungscode übergeben; klicken Sie auf „Hinzufügen“, um ihn Ihrem Konto hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="217"/>
        <source>{seats_used} of {seats_total}</source>
        <translation>{seats_used} von {seats_total}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="248"/>
        <source>{name} ({code}) expires in {days_left}.</source>
        <translation>{name} ({code}) läuft bald ab: noch {days_left}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="256"/>
        <source>Renew it with a new activation code: choose it and press Renew.</source>
        <translation>Verlängern Sie sie mit einem neuen Aktivierungscode: Wählen Sie sie aus und klicken Sie auf „Verlängern“.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="282"/>
        <source>The activation code for {product} was removed from your account; its seat is free for another account.</source>
        <translation>Der Aktivierungscode für {product} wurde aus Ihrem Konto entfernt; sein Platz ist für ein anderes Konto frei.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="302"/>
        <source>Type or paste the new activation code for {product}, then press Add; it renews the license {code}, which expires on {expires_at}.</source>
        <translation>Geben Sie den neuen Aktivierungscode für {product} ein oder fügen Sie ihn ein und klicken Sie auf „Hinzufügen“; er verlängert die Lizenz {code}, die am {expires_at} abläuft.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="336"/>
        <source>The activation code for {product} was added.</source>
        <translation>Der Aktivierungscode für {product} wurde hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="343"/>
        <source> It renews your license {code}, which expires on {expires_at}; the new one runs until {expires_at2}. Remove the old code once you no longer need it.</source>
        <translation> Er verlängert Ihre Lizenz {code}, die am {expires_at} abläuft; die neue gilt bis {expires_at2}. Entfernen Sie den alten Code, sobald Sie ihn nicht mehr brauchen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="352"/>
        <source> It does not renew {code}: it is not a newer code of the same product.</source>
        <translation> Er verlängert {code} nicht: Es ist kein neuerer Code desselben Produkts.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="367"/>
        <source>Key files (*.key *.zip);;All files (*)</source>
        <translation>Schlüsseldateien (*.key *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="379"/>
        <source>The key file is genuine: {product}, {seats}, until {date}.</source>
        <translation>Die Schlüsseldatei ist echt: {product}, {seats}, bis {date}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/licenses.py" line="381"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n Platz</numerusform>
            <numerusform>%n Plätze</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="388"/>
        <source>{terms} Its license is already in your account; the product can use this file.</source>
        <translation>{terms} Ihre Lizenz ist bereits in Ihrem Konto; das Produkt kann diese Datei verwenden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="394"/>
        <source>{terms} Its license was added.</source>
        <translation>{terms} Ihre Lizenz wurde hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>MailboxWindow</name>
    <message>
        <location filename="../../ui/mailbox.ui" line="14"/>
        <source>Local mailbox</source>
        <translation>Lokales Postfach</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="20"/>
        <source>The mails the local service sent. Activation, reset and confirmation links open right here in Personal Cabinet; codes can be copied.</source>
        <translation>Die E-Mails, die der lokale Dienst gesendet hat. Links zur Aktivierung, zum Zurücksetzen und zur Bestätigung öffnen sich direkt hier im Persönlichen Bereich; Codes lassen sich kopieren.</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="37"/>
        <source>Mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="50"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="55"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="60"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="81"/>
        <source>Mail header</source>
        <translation>E-Mail-Kopf</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="97"/>
        <source>Mail text</source>
        <translation>E-Mail-Text</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="116"/>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="127"/>
        <source>&amp;Open the link in Personal Cabinet</source>
        <translation>Link im Persönlichen Bereich ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="166"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="177"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="42"/>
        <source>Folder: {folder}</source>
        <translation>Ordner: {folder}</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="58"/>
        <source>&amp;Save the attachment…</source>
        <translation>Anhang &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="59"/>
        <source>Save the mail&apos;s attachment</source>
        <translation>Anhang der E-Mail speichern</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="118"/>
        <source>Local mailbox — {mails}</source>
        <translation>Lokales Postfach — {mails}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/mailbox.py" line="119"/>
        <source>%n mail(s)</source>
        <translation>
            <numerusform>%n E-Mail</numerusform>
            <numerusform>%n E-Mails</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="138"/>
        <source>&lt;b&gt;No mail yet.&lt;/b&gt; Mails the local service sends (activation, password reset, confirmations) appear here as soon as they are sent.</source>
        <translation>&lt;b&gt;Noch keine E-Mails.&lt;/b&gt; E-Mails des lokalen Dienstes (Aktivierung, Zurücksetzen des Passworts, Bestätigungen) erscheinen hier, sobald sie gesendet werden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="149"/>
        <source>&lt;b&gt;{subject}&lt;/b&gt;&lt;br&gt;To: {to}</source>
        <translation>&lt;b&gt;{subject}&lt;/b&gt;&lt;br&gt;An: {to}</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="159"/>
        <source>Code: &lt;b&gt;{shown}&lt;/b&gt;</source>
        <translation>Code: &lt;b&gt;{shown}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="179"/>
        <source>Save the attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="179"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="193"/>
        <source>The attachment could not be saved: {exc}</source>
        <translation>Der Anhang konnte nicht gespeichert werden: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="196"/>
        <source>Saved as {name}.</source>
        <translation>Gespeichert als {name}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="48"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="49"/>
        <source>Support request</source>
        <translation>Supportanfrage</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="50"/>
        <source>Virus Lab</source>
        <translation>Viruslabor</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="51"/>
        <source>My requests</source>
        <translation>Meine Anfragen</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="52"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="53"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="157"/>
        <location filename="../../app/gui/main_window.py" line="1007"/>
        <location filename="../../app/gui/main_window.py" line="1053"/>
        <source>Personal Cabinet</source>
        <translation>Persönlicher Bereich</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="164"/>
        <location filename="../../app/gui/main_window.py" line="1068"/>
        <source>Connection banner</source>
        <translation>Verbindungshinweis</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="165"/>
        <location filename="../../app/gui/main_window.py" line="1069"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="183"/>
        <location filename="../../app/gui/main_window.py" line="1072"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="274"/>
        <source>Sign in to see the requests you sent to Technical Support and the Virus Lab, with their status and the experts&apos; answers.</source>
        <translation>Melden Sie sich an, um die Anfragen an den Technischen Support und das Viruslabor mit ihrem Status und den Antworten der Experten zu sehen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="282"/>
        <source>Sign in to see the activation codes of your licenses, add a new one, and see how many seats each has left. No account yet? Create one, or register with an activation code or a key file.</source>
        <translation>Melden Sie sich an, um die Aktivierungscodes Ihrer Lizenzen zu sehen, einen neuen hinzuzufügen und zu sehen, wie viele Plätze jeweils frei sind. Noch kein Konto? Erstellen Sie eines, oder registrieren Sie sich mit einem Aktivierungscode oder einer Schlüsseldatei.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="287"/>
        <source> The local service&apos;s demo codes are listed here once you are signed in.</source>
        <translation> Die Demo-Codes des lokalen Dienstes werden hier angezeigt, sobald Sie angemeldet sind.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="303"/>
        <source>Sign in to see and change your contact details, e-mail, password and two-factor sign-in.</source>
        <translation>Melden Sie sich an, um Ihre Kontaktdaten, E-Mail, Passwort und die Bestätigung in zwei Schritten zu sehen und zu ändern.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="401"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="403"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="411"/>
        <source>Local &amp;mailbox…</source>
        <translation>Lokales &amp;Postfach…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="415"/>
        <source>&amp;New support request…</source>
        <translation>&amp;Neue Supportanfrage…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="422"/>
        <source>&amp;Compare two system reports…</source>
        <translation>Zwei Systemberichte &amp;vergleichen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="429"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="432"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="440"/>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="442"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="445"/>
        <source>&amp;Create an account…</source>
        <translation>Konto &amp;erstellen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="447"/>
        <source>&amp;Activate an account…</source>
        <translation>Konto a&amp;ktivieren…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="449"/>
        <source>&amp;Forgot password or Customer ID…</source>
        <translation>Passwort oder Kundennummer &amp;vergessen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="452"/>
        <source>&amp;Edit profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="454"/>
        <source>Change &amp;e-mail…</source>
        <translation>E-Mail ä&amp;ndern…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="456"/>
        <source>Change &amp;password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="459"/>
        <source>&amp;Two-factor sign-in…</source>
        <translation>Bestätigung in &amp;zwei Schritten…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="462"/>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="483"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="484"/>
        <source>&amp;About Personal Cabinet</source>
        <translation>&amp;Über Persönlicher Bereich</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="490"/>
        <location filename="../../app/gui/main_window.py" line="1067"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="529"/>
        <source>The service at {service_url} is not reachable. You can keep working; Personal Cabinet checks again every few seconds and reconnects by itself.</source>
        <translation>Der Dienst unter {service_url} ist nicht erreichbar. Sie können weiterarbeiten; der Persönliche Bereich prüft alle paar Sekunden erneut und verbindet sich automatisch wieder.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="533"/>
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="540"/>
        <source> What it wrote is in {log_file}.</source>
        <translation> Seine Ausgaben stehen in {log_file}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="545"/>
        <source>The local service could not start.</source>
        <translation>Der lokale Dienst konnte nicht starten.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="547"/>
        <source>&amp;Restart the local service</source>
        <translation>Lokalen Dienst &amp;neu starten</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="570"/>
        <location filename="../../app/gui/main_window.py" line="1094"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="579"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="587"/>
        <source> — staff</source>
        <translation> — Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="589"/>
        <source>Signed in as {who} ({customer_id}){role}</source>
        <translation>Angemeldet als {who} ({customer_id}){role}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="643"/>
        <source>The link from your product could not be used: {exc}</source>
        <translation>Der Link aus Ihrem Produkt konnte nicht verwendet werden: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="650"/>
        <source>Some options from the command line were not understood and were ignored: {options}</source>
        <translation>Einige Befehlszeilenoptionen wurden nicht verstanden und ignoriert: {options}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="680"/>
        <source>Sign in to add the activation code your product gave.</source>
        <translation>Melden Sie sich an, um den Aktivierungscode aus Ihrem Produkt hinzuzufügen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="816"/>
        <source>The Local mailbox belongs to the local service; this window talks to {service_label}, whose mails go to your real e-mail.</source>
        <translation>Das Lokale Postfach gehört zum lokalen Dienst; dieses Fenster ist mit {service_label} verbunden, dessen E-Mails an Ihre echte E-Mail-Adresse gehen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="855"/>
        <source>You are signed out.</source>
        <translation>Sie sind abgemeldet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="860"/>
        <source>&lt;p&gt;Vendor: {vendor_name}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hersteller: {vendor_name}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="873"/>
        <source>About Personal Cabinet</source>
        <translation>Über Persönlicher Bereich</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="875"/>
        <source>&lt;h3&gt;Personal Cabinet&lt;/h3&gt;&lt;p&gt;Requests to Technical Support, files for the Virus Lab, the experts&apos; answers, and the licenses of your antivirus product, in one place.&lt;/p&gt;&lt;p&gt;Version {version} — commit {commit}, built {built}&lt;/p&gt;&lt;p&gt;Support service: {service_label}&lt;/p&gt;{vendor}</source>
        <translation>&lt;h3&gt;Persönlicher Bereich&lt;/h3&gt;&lt;p&gt;Anfragen an den Technischen Support, Dateien für das Viruslabor, die Antworten der Experten und die Lizenzen Ihres Antivirenprodukts an einem Ort.&lt;/p&gt;&lt;p&gt;Version {version} — Commit {commit}, erstellt {built}&lt;/p&gt;&lt;p&gt;Support-Dienst: {service_label}&lt;/p&gt;{vendor}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="946"/>
        <source>Sign in to open request {number}.</source>
        <translation>Melden Sie sich an, um Anfrage {number} zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="957"/>
        <source>Request {number} is not among the requests of this account.</source>
        <translation>Anfrage {number} gehört nicht zu den Anfragen dieses Kontos.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="993"/>
        <source>There is a new reply to your request {number}.</source>
        <translation>Es gibt eine neue Antwort auf Ihre Anfrage {number}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="995"/>
        <source>Request {number} is now: {to}.</source>
        <translation>Anfrage {number} hat jetzt den Status: {to}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="1024"/>
        <location filename="../../app/gui/main_window.py" line="1027"/>
        <source>{count} unread</source>
        <translation>{count} ungelesen</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../app/gui/requests/notifier.py" line="52"/>
        <source>Personal Cabinet</source>
        <translation>Persönlicher Bereich</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="138"/>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="148"/>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="228"/>
        <source>Requests waiting to be sent</source>
        <translation>Anfragen, die auf das Senden warten</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="152"/>
        <source>Send &amp;now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="153"/>
        <source>Cop&amp;y the number</source>
        <translation>&amp;Nummer kopieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="154"/>
        <source>Correct and &amp;send again…</source>
        <translation>Korrigieren und erneut &amp;senden…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="155"/>
        <source>Remove from the &amp;list</source>
        <translation>Aus der &amp;Liste entfernen</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="175"/>
        <source>Virus Lab: {title}</source>
        <translation>Viruslabor: {title}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="178"/>
        <source>{title} — “{summary}” — queued {queued_at}</source>
        <translation>{title} — „{summary}“ — eingereiht {queued_at}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="182"/>
        <source>Sent as {number}: {head}</source>
        <translation>Gesendet als {number}: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="184"/>
        <source>Not accepted by the service: {head}. {error}</source>
        <translation>Vom Dienst nicht angenommen: {head}. {error}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="189"/>
        <source>Waiting for you to sign in as {account}: {head}</source>
        <translation>Wartet auf Ihre Anmeldung als {account}: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="193"/>
        <source>Waiting for the service: {head}</source>
        <translation>Wartet auf den Dienst: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="195"/>
        <source>Sending…: {head}</source>
        <translation>Wird gesendet…: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="196"/>
        <source>Waiting: {head}</source>
        <translation>Wartet: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="216"/>
        <source>1 request waits on this computer; it goes out by itself, once, when the service answers.</source>
        <translation>1 Anfrage wartet auf diesem Computer; sie wird automatisch einmal gesendet, sobald der Dienst antwortet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="221"/>
        <source>{waiting} requests wait on this computer; they go out by themselves, once each, when the service answers.</source>
        <translation>{waiting} Anfragen warten auf diesem Computer; sie werden automatisch je einmal gesendet, sobald der Dienst antwortet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="225"/>
        <source>Everything has been sent. The numbers stay here until you remove them.</source>
        <translation>Alles wurde gesendet. Die Nummern bleiben hier, bis Sie sie entfernen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="228"/>
        <source>Requests sent later</source>
        <translation>Später gesendete Anfragen</translation>
    </message>
</context>
<context>
    <name>PasswordFeedback</name>
    <message>
        <location filename="../../app/gui/dialogs/base.py" line="225"/>
        <source>The two passwords match</source>
        <translation>Die beiden Passwörter stimmen überein</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/base.py" line="228"/>
        <source>The two passwords do not match</source>
        <translation>Die beiden Passwörter stimmen nicht überein</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/base.py" line="235"/>
        <source>{met} of {count} password rules met</source>
        <translation>{met} von {count} Passwortregeln erfüllt</translation>
    </message>
</context>
<context>
    <name>ProfileEditDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/profile_edit.py" line="45"/>
        <source>Loading the countries…</source>
        <translation>Länder werden geladen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/profile_edit.py" line="68"/>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/profile_edit.py" line="91"/>
        <source>Choose a country from the list.</source>
        <translation>Wählen Sie ein Land aus der Liste.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/profile_edit.py" line="122"/>
        <source>Your profile is saved.</source>
        <translation>Ihr Profil ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="12"/>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="18"/>
        <source>Your contact details</source>
        <translation>Ihre Kontaktdaten</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="28"/>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="34"/>
        <source>&amp;Name or nickname</source>
        <translation>&amp;Name oder Spitzname</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="44"/>
        <source>Name or nickname</source>
        <translation>Name oder Spitzname</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="54"/>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="64"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="77"/>
        <source>Cit&amp;y</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="87"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="94"/>
        <source>A&amp;ddress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="104"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="111"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="121"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="131"/>
        <source>Company (if the license was bought by a company)</source>
        <translation>Unternehmen (falls die Lizenz von einem Unternehmen gekauft wurde)</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="137"/>
        <source>Co&amp;mpany</source>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="147"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="154"/>
        <source>Company &amp;address</source>
        <translation>Unternehmens&amp;adresse</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="164"/>
        <source>Company address</source>
        <translation>Unternehmensadresse</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="171"/>
        <source>Administrator&apos;s e-ma&amp;il</source>
        <translation>E-Mail des Ad&amp;ministrators</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="181"/>
        <source>Company administrator&apos;s e-mail</source>
        <translation>E-Mail des Administrators des Unternehmens</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="191"/>
        <source>Send me ne&amp;ws about products and updates</source>
        <translation>Neuigkeiten zu Produkten und Updates er&amp;halten</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="211"/>
        <source>Working</source>
        <translation>Wird bearbeitet</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="233"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="243"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/profile_page.ui" line="9"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="19"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="25"/>
        <location filename="../../ui/profile_page.ui" line="32"/>
        <source>Customer ID</source>
        <translation>Kundennummer (Customer ID)</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="45"/>
        <location filename="../../ui/profile_page.ui" line="52"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="65"/>
        <location filename="../../ui/profile_page.ui" line="72"/>
        <source>Customer type</source>
        <translation>Kundentyp</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="85"/>
        <location filename="../../ui/profile_page.ui" line="92"/>
        <source>Two-factor sign-in</source>
        <translation>Bestätigung in zwei Schritten</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="105"/>
        <location filename="../../ui/profile_page.ui" line="112"/>
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="128"/>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="134"/>
        <location filename="../../ui/profile_page.ui" line="141"/>
        <source>Name or nickname</source>
        <translation>Name oder Spitzname</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="154"/>
        <location filename="../../ui/profile_page.ui" line="161"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="174"/>
        <location filename="../../ui/profile_page.ui" line="181"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="194"/>
        <location filename="../../ui/profile_page.ui" line="201"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="214"/>
        <location filename="../../ui/profile_page.ui" line="221"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="234"/>
        <location filename="../../ui/profile_page.ui" line="241"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="254"/>
        <location filename="../../ui/profile_page.ui" line="261"/>
        <source>Company address</source>
        <translation>Unternehmensadresse</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="274"/>
        <source>Administrator&apos;s e-mail</source>
        <translation>E-Mail des Administrators</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="281"/>
        <source>Company administrator&apos;s e-mail</source>
        <translation>E-Mail des Administrators des Unternehmens</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="294"/>
        <location filename="../../ui/profile_page.ui" line="301"/>
        <source>News by e-mail</source>
        <translation>Neuigkeiten per E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="319"/>
        <source>&amp;Edit profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="330"/>
        <source>Change e-&amp;mail…</source>
        <translation>&amp;E-Mail ändern…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="337"/>
        <source>Change &amp;password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="348"/>
        <source>&amp;Two-factor sign-in…</source>
        <translation>Bestätigung in &amp;zwei Schritten…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="366"/>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="62"/>
        <source> (change to {pending_email} waits for confirmation)</source>
        <translation> (Änderung auf {pending_email} wartet auf Bestätigung)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="70"/>
        <source>authenticator app</source>
        <translation>Authenticator-App</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="71"/>
        <source>code by e-mail</source>
        <translation>Code per E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="76"/>
        <source>On: {methods}</source>
        <translation>Ein: {methods}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="78"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="95"/>
        <source>Subscribed</source>
        <translation>Abonniert</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="95"/>
        <source>Not subscribed</source>
        <translation>Nicht abonniert</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="35"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="36"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="37"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="39"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="40"/>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="41"/>
        <source>Response</source>
        <translation>Antwortfrist</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="42"/>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="45"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="46"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="47"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="254"/>
        <source>Staff #{id}</source>
        <translation>Mitarbeiter Nr. {id}</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="272"/>
        <source>{number}, new</source>
        <translation>{number}, neu</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="282"/>
        <source>New request or customer reply you have not opened</source>
        <translation>Neue Anfrage oder Kundenantwort, die Sie noch nicht geöffnet haben</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="72"/>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="80"/>
        <location filename="../../app/gui/staff/queue_page.py" line="116"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="82"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="84"/>
        <source>Search by number, e-mail or words…</source>
        <translation>Nach Nummer, E-Mail oder Wörtern suchen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="85"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="95"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="96"/>
        <source>Request type</source>
        <translation>Art der Anfrage</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="97"/>
        <source>Kind of request</source>
        <translation>Anfragekategorie</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="98"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="99"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="100"/>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="136"/>
        <location filename="../../app/gui/staff/queue_page.py" line="373"/>
        <source>Assign to &amp;me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="137"/>
        <source>&amp;Assign to…</source>
        <translation>&amp;Zuweisen an…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="140"/>
        <source>Set &amp;status…</source>
        <translation>&amp;Status setzen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="229"/>
        <source>Queue — %s</source>
        <translation>Warteschlange — %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="269"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="276"/>
        <source>Support and Virus Lab</source>
        <translation>Support und Viruslabor</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="277"/>
        <source>Technical Support</source>
        <translation>Technischer Support</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="278"/>
        <source>Virus Lab</source>
        <translation>Viruslabor</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="283"/>
        <source>Any priority</source>
        <translation>Jede Priorität</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="324"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="325"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="306"/>
        <location filename="../../app/gui/staff/queue_page.py" line="326"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="335"/>
        <source>Nobody (back to the queue)</source>
        <translation>Niemand (zurück in die Warteschlange)</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="343"/>
        <source>Any type</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="347"/>
        <source>Any product</source>
        <translation>Jedes Produkt</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="372"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="432"/>
        <source>%d changed; not changed:</source>
        <translation>%d geändert; nicht geändert:</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="437"/>
        <source>Changed: %s</source>
        <translation>Geändert: %s</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="18"/>
        <source>Unassigned and open</source>
        <translation>Nicht zugewiesen und offen</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="19"/>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="20"/>
        <source>Waiting for the customer</source>
        <translation>Warten auf den Kunden</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="21"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="22"/>
        <source>All requests</source>
        <translation>Alle Anfragen</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/register.ui" line="12"/>
        <source>Create an account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="18"/>
        <source>Create your account</source>
        <translation>Ihr Konto erstellen</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="38"/>
        <source>Enter your e-mail and choose a password. We will e-mail you a link and a code to activate the account.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein und wählen Sie ein Passwort. Wir senden Ihnen per E-Mail einen Link und einen Code zum Aktivieren des Kontos.</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="50"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="60"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="63"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="70"/>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="80"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="90"/>
        <source>Confirm pass&amp;word</source>
        <translation>Passwort &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="100"/>
        <source>Confirm password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="110"/>
        <source>Password rules</source>
        <translation>Passwortregeln</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="123"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="138"/>
        <source>Captcha picture</source>
        <translation>Bild mit Sicherheitscode</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="151"/>
        <source>&amp;New picture</source>
        <translation>&amp;Neues Bild</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="174"/>
        <source>C&amp;haracters in the picture</source>
        <translation>&amp;Zeichen im Bild</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="184"/>
        <source>Characters in the picture</source>
        <translation>Zeichen im Bild</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="193"/>
        <source>Register with an activation code or a &amp;key file instead…</source>
        <translation>Stattdessen mit Aktivierungscode oder Schlüssel&amp;datei registrieren…</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="228"/>
        <source>Open the local &amp;mailbox</source>
        <translation>Lokales P&amp;ostfach öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="242"/>
        <source>&amp;Enter the activation code…</source>
        <translation>Aktivierungs&amp;code eingeben…</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="285"/>
        <source>Working</source>
        <translation>Wird bearbeitet</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="307"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="317"/>
        <source>C&amp;reate account</source>
        <translation>Konto e&amp;rstellen</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="77"/>
        <source>Loading the picture…</source>
        <translation>Bild wird geladen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="83"/>
        <source>The picture could not be loaded. {reason}</source>
        <translation>Das Bild konnte nicht geladen werden. {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="111"/>
        <source>Wait for the picture, or ask for a new one.</source>
        <translation>Warten Sie auf das Bild oder fordern Sie ein neues an.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="115"/>
        <source>Type the characters from the picture.</source>
        <translation>Geben Sie die Zeichen aus dem Bild ein.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="124"/>
        <source>The two passwords do not match.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="147"/>
        <source>The local service puts its mails in the &lt;b&gt;Local mailbox&lt;/b&gt; of this application.</source>
        <translation>Der lokale Dienst legt seine E-Mails im &lt;b&gt;Lokalen Postfach&lt;/b&gt; dieser Anwendung ab.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="150"/>
        <source>If it does not arrive within a few minutes, look in your spam folder.</source>
        <translation>Falls sie nicht innerhalb weniger Minuten ankommt, sehen Sie in Ihrem Spam-Ordner nach.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="155"/>
        <source>&lt;p&gt;We sent an activation link and code to &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Follow the link in the mail, or paste the code with &lt;i&gt;Enter the activation code&lt;/i&gt;. The account works once it is activated; an account not activated within 5 days is deleted.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wir haben einen Aktivierungslink und einen Code an &lt;b&gt;{email}&lt;/b&gt; gesendet.&lt;/p&gt;&lt;p&gt;Folgen Sie dem Link in der E-Mail, oder fügen Sie den Code über &lt;i&gt;Aktivierungscode eingeben&lt;/i&gt; ein. Das Konto funktioniert, sobald es aktiviert ist; ein Konto, das nicht innerhalb von 5 Tagen aktiviert wird, wird gelöscht.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="161"/>
        <source>Check your mail</source>
        <translation>Prüfen Sie Ihre E-Mails</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="165"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <location filename="../../app/core/staff/replay.py" line="21"/>
        <source>Request type</source>
        <translation>Art der Anfrage</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="22"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="23"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="24"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="25"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="28"/>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="29"/>
        <source>signing in with Customer ID or e-mail and password</source>
        <translation>Anmeldung mit Kundennummer oder E-Mail und Passwort</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="32"/>
        <source>without an account</source>
        <translation>ohne Konto</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="141"/>
        <source>This request has no step trail (filed without the wizard or by an older client).</source>
        <translation>Zu dieser Anfrage gibt es keine Schrittaufzeichnung (ohne den Assistenten oder von einem älteren Client gesendet).</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="156"/>
        <source>Step {step}: {title}</source>
        <translation>Schritt {step}: {title}</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="164"/>
        <source>{field} = {value}</source>
        <translation>{field} = {value}</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="168"/>
        <source>Shown: {text}</source>
        <translation>Angezeigt: {text}</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="185"/>
        <source>The trail does not say which client version the customer used.</source>
        <translation>Die Aufzeichnung gibt nicht an, welche Client-Version der Kunde verwendet hat.</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="191"/>
        <source>The trail does not say the language of the customer&apos;s application.</source>
        <translation>Die Aufzeichnung gibt die Sprache der Anwendung des Kunden nicht an.</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="197"/>
        <source>The trail was too long; its oldest steps were left out when it was sent.</source>
        <translation>Die Aufzeichnung war zu lang; ihre ältesten Schritte wurden beim Senden weggelassen.</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="204"/>
        <source>The trail records no message shown to the customer.</source>
        <translation>Die Aufzeichnung enthält keine dem Kunden angezeigte Meldung.</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="209"/>
        <source>Fields this version does not know: {fields}.</source>
        <translation>Felder, die diese Version nicht kennt: {fields}.</translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="35"/>
        <source>Replay of request %s</source>
        <translation>Wiedergabe der Anfrage %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="39"/>
        <source>Client %s, language %s — read-only</source>
        <translation>Client %s, Sprache %s — schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="54"/>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="63"/>
        <source>The customer&apos;s wizard, read-only</source>
        <translation>Der Assistent des Kunden, schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="69"/>
        <source>Messages shown on this step</source>
        <translation>In diesem Schritt angezeigte Meldungen</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="76"/>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="77"/>
        <location filename="../../app/gui/staff/replay_window.py" line="120"/>
        <source>▶ &amp;Play</source>
        <translation>▶ &amp;Abspielen</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="78"/>
        <source>&amp;Step ▶</source>
        <translation>&amp;Schritt ▶</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="123"/>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ &amp;Pause</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="138"/>
        <source>Error: %s</source>
        <translation>Fehler: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="138"/>
        <source>Shown: %s</source>
        <translation>Angezeigt: %s</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="55"/>
        <source>Your reply</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="57"/>
        <source>Write your reply… You can drop files here to attach them.</source>
        <translation>Schreiben Sie Ihre Antwort… Sie können Dateien hierher ziehen, um sie anzuhängen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="70"/>
        <source>A&amp;ttach files…</source>
        <translation>Dateien an&amp;hängen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="71"/>
        <source>&amp;Send reply</source>
        <translation>Antwort &amp;senden</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="100"/>
        <source>“{name}” is attached already.</source>
        <translation>„{name}“ ist bereits angehängt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="104"/>
        <source>A reply takes at most {count} files.</source>
        <translation>Eine Antwort nimmt höchstens {count} Dateien auf.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="157"/>
        <source>This request is closed. Start a follow-up request to go on.</source>
        <translation>Diese Anfrage ist geschlossen. Starten Sie eine Folgeanfrage, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="167"/>
        <source>A reply can be at most 20,000 characters long.</source>
        <translation>Eine Antwort darf höchstens 20.000 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="173"/>
        <source>“%s” could not be sent; remove it or try it again.</source>
        <translation>„%s“ konnte nicht gesendet werden; entfernen Sie die Datei oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="191"/>
        <source>Sending the files first…</source>
        <translation>Zuerst werden die Dateien gesendet…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="207"/>
        <source>A file could not be sent; see the list.</source>
        <translation>Eine Datei konnte nicht gesendet werden; siehe Liste.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="215"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="229"/>
        <source>Your reply was sent.</source>
        <translation>Ihre Antwort wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="251"/>
        <source>The service cannot be reached. Your reply is kept and is sent by itself, once, when the service answers again.</source>
        <translation>Der Dienst ist nicht erreichbar. Ihre Antwort wird aufbewahrt und automatisch einmal gesendet, sobald der Dienst wieder antwortet.</translation>
    </message>
</context>
<context>
    <name>RequestExport</name>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="27"/>
        <location filename="../../app/gui/requests/export_ui.py" line="104"/>
        <source>Request {number}</source>
        <translation>Anfrage {number}</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="28"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="29"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="30"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="31"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="32"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="33"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="34"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="35"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="36"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="37"/>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="38"/>
        <source>System report</source>
        <translation>Systembericht</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="39"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="40"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="41"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="42"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="44"/>
        <source>Status: {from_status} → {to_status}</source>
        <translation>Status: {from_status} → {to_status}</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="47"/>
        <source>Request filed</source>
        <translation>Anfrage eingereicht</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="48"/>
        <source>No files are attached.</source>
        <translation>Es sind keine Dateien angehängt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="49"/>
        <source>Exported from Personal Cabinet</source>
        <translation>Exportiert aus dem Persönlichen Bereich</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="50"/>
        <source>Internal note — staff only</source>
        <translation>Interne Notiz — nur für Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="54"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="55"/>
        <source>Technical Support</source>
        <translation>Technischer Support</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="56"/>
        <location filename="../../app/gui/requests/export_ui.py" line="108"/>
        <source>Personal Cabinet</source>
        <translation>Persönlicher Bereich</translation>
    </message>
</context>
<context>
    <name>RequestWindow</name>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="80"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="86"/>
        <source>Loading the request…</source>
        <translation>Anfrage wird geladen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="94"/>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="95"/>
        <source>Start a &amp;follow-up…</source>
        <translation>&amp;Folgeanfrage starten…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="96"/>
        <source>&amp;Close request</source>
        <translation>Anfrage s&amp;chließen</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="97"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="99"/>
        <source>As &amp;HTML…</source>
        <translation>Als &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="100"/>
        <source>As &amp;PDF…</source>
        <translation>Als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="118"/>
        <location filename="../../app/gui/requests/request_window.py" line="142"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="125"/>
        <source>Did this help?</source>
        <translation>Hat das geholfen?</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="127"/>
        <source>A comment for the experts (optional)</source>
        <translation>Ein Kommentar für die Experten (optional)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="128"/>
        <source>Comment on the answer</source>
        <translation>Kommentar zur Antwort</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="129"/>
        <source>&amp;Yes, it helped</source>
        <translation>&amp;Ja, es hat geholfen</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="130"/>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="147"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="153"/>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="155"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="155"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="155"/>
        <location filename="../../app/gui/requests/request_window.py" line="179"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="155"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="162"/>
        <source>&amp;Download…</source>
        <translation>&amp;Herunterladen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="163"/>
        <source>Download &amp;all…</source>
        <translation>&amp;Alle herunterladen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="165"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="174"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="178"/>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="179"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="179"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="182"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="253"/>
        <source>Request %s — Personal Cabinet</source>
        <translation>Anfrage %s — Persönlicher Bereich</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="254"/>
        <source>Request %s</source>
        <translation>Anfrage %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="299"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="301"/>
        <source>Kind</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="302"/>
        <source>Technical Support</source>
        <translation>Technischer Support</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="304"/>
        <source>Virus Lab</source>
        <translation>Viruslabor</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="306"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="308"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="311"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="312"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="313"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="314"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="315"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="316"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="317"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="318"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="319"/>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="320"/>
        <source>System report</source>
        <translation>Systembericht</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="332"/>
        <source>Follow-up to</source>
        <translation>Folgeanfrage zu</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="335"/>
        <source>Follow-ups</source>
        <translation>Folgeanfragen</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="341"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="341"/>
        <source>Analyzing</source>
        <translation>Wird analysiert</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="341"/>
        <location filename="../../app/gui/requests/request_window.py" line="371"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="341"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="345"/>
        <source>Malicious: the file is a threat. The product&apos;s databases will detect it.</source>
        <translation>Schädlich: Die Datei ist eine Bedrohung. Die Datenbanken des Produkts werden sie erkennen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="347"/>
        <source>Clean: the analysts found no threat in the file.</source>
        <translation>Sauber: Die Analysten haben in der Datei keine Bedrohung gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="349"/>
        <source>False positive confirmed: the detection will be removed from the databases.</source>
        <translation>Fehlalarm bestätigt: Die Erkennung wird aus den Datenbanken entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="362"/>
        <source>None: it was closed before a verdict.</source>
        <translation>Keines: Die Anfrage wurde vor einem Urteil geschlossen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="368"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="371"/>
        <source>Not yet: the analysts are on it.</source>
        <translation>Noch nicht: Die Analysten sind dabei.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="372"/>
        <source>Detected as</source>
        <translation>Erkannt als</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="373"/>
        <source>Last database update</source>
        <translation>Letzte Datenbankaktualisierung</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="374"/>
        <source>Samples</source>
        <translation>Proben</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="403"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="412"/>
        <source>Files (%d)</source>
        <translation>Dateien (%d)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="424"/>
        <source>(filed)</source>
        <translation>(eingereicht)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="442"/>
        <source>You said the answer helped. Thank you.</source>
        <translation>Sie haben angegeben, dass die Antwort geholfen hat. Vielen Dank.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="444"/>
        <source>You said the answer did not help; the experts see it.</source>
        <translation>Sie haben angegeben, dass die Antwort nicht geholfen hat; die Experten sehen das.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="546"/>
        <source>Close the request</source>
        <translation>Anfrage schließen</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="548"/>
        <source>Close this request? The experts stop working on it and it takes no more replies; you can start a follow-up request later.</source>
        <translation>Diese Anfrage schließen? Die Experten arbeiten nicht mehr daran, und sie nimmt keine Antworten mehr an; Sie können später eine Folgeanfrage starten.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="555"/>
        <source>The request is closed.</source>
        <translation>Die Anfrage ist geschlossen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="561"/>
        <source>The request is open again; the experts have been told.</source>
        <translation>Die Anfrage ist wieder offen; die Experten wurden benachrichtigt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="574"/>
        <source>Thank you for your answer.</source>
        <translation>Vielen Dank für Ihre Rückmeldung.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="583"/>
        <source>Start a follow-up request</source>
        <translation>Folgeanfrage starten</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="585"/>
        <source>This request can no longer be reopened. Describe what is still wrong; the new request quotes number %s.</source>
        <translation>Diese Anfrage kann nicht mehr wieder geöffnet werden. Beschreiben Sie, was noch nicht stimmt; die neue Anfrage verweist auf Nummer %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="606"/>
        <source>Follow-up request %s was filed.</source>
        <translation>Folgeanfrage %s wurde eingereicht.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="620"/>
        <source>Your reply waits in the outbox and is sent when the service answers.</source>
        <translation>Ihre Antwort wartet im Postausgang und wird gesendet, sobald der Dienst antwortet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="628"/>
        <source>Your waiting reply was sent.</source>
        <translation>Ihre wartende Antwort wurde gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="639"/>
        <source>Where to save the files</source>
        <translation>Speicherort für die Dateien</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="666"/>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="679"/>
        <source>Saved to %s (not opened: check it before you open it).</source>
        <translation>Gespeichert in %s (nicht geöffnet: prüfen Sie die Dateien, bevor Sie sie öffnen).</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="701"/>
        <source>Export the request as HTML</source>
        <translation>Anfrage als HTML exportieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="702"/>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="705"/>
        <source>Export the request as PDF</source>
        <translation>Anfrage als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="706"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="724"/>
        <source>Could not save: %s</source>
        <translation>Speichern nicht möglich: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="726"/>
        <source>Saved to %s</source>
        <translation>Gespeichert in %s</translation>
    </message>
</context>
<context>
    <name>RequestWizard</name>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="90"/>
        <source>Request to Technical Support</source>
        <translation>Anfrage an den Technischen Support</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="188"/>
        <source>Starting the local service; the request types follow…</source>
        <translation>Der lokale Dienst wird gestartet; die Anfragearten folgen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="193"/>
        <source>The request types and products could not be loaded. </source>
        <translation>Die Anfragearten und Produkte konnten nicht geladen werden. </translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="332"/>
        <source>Filled in from your product&apos;s link.</source>
        <translation>Aus dem Link Ihres Produkts ausgefüllt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="334"/>
        <source> From your product&apos;s link: {problems}. Choose below.</source>
        <translation> Aus dem Link Ihres Produkts: {problems}. Wählen Sie unten aus.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="532"/>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="602"/>
        <source>Close the request</source>
        <translation>Anfrage schließen</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="603"/>
        <source>Keep this request as a draft, to finish it later?</source>
        <translation>Diese Anfrage als Entwurf behalten, um sie später abzuschließen?</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="606"/>
        <source>A draft is offered again the next time you start Personal Cabinet. Discarding it also stops and deletes its unfinished uploads.</source>
        <translation>Ein Entwurf wird beim nächsten Start des Persönlichen Bereichs erneut angeboten. Beim Verwerfen werden auch seine unvollständigen Uploads angehalten und gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="610"/>
        <source>&amp;Keep the draft</source>
        <translation>Entwurf &amp;behalten</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="612"/>
        <source>&amp;Discard the request</source>
        <translation>Anfrage &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="614"/>
        <source>Continue &amp;editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="33"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="34"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="35"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="37"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="38"/>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="245"/>
        <source>New answer or status change you have not seen</source>
        <translation>Neue Antwort oder Statusänderung, die Sie noch nicht gesehen haben</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="250"/>
        <source>Files are attached</source>
        <translation>Dateien sind angehängt</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="256"/>
        <source>unread</source>
        <translation>ungelesen</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="258"/>
        <source>with files</source>
        <translation>mit Dateien</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="66"/>
        <location filename="../../app/gui/pages/requests.py" line="98"/>
        <source>My requests</source>
        <translation>Meine Anfragen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="69"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="81"/>
        <source>Kind of request</source>
        <translation>Anfragekategorie</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="83"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="85"/>
        <source>Request type</source>
        <translation>Art der Anfrage</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="87"/>
        <source>Search by number or words…</source>
        <translation>Nach Nummer oder Wörtern suchen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="88"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="132"/>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="234"/>
        <source>Support and Virus Lab</source>
        <translation>Support und Viruslabor</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="235"/>
        <source>Technical Support</source>
        <translation>Technischer Support</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="236"/>
        <source>Virus Lab</source>
        <translation>Viruslabor</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="248"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="258"/>
        <source>Any type</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="298"/>
        <source>%d unread</source>
        <translation>%d ungelesen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="317"/>
        <source>No requests match these filters.</source>
        <translation>Keine Anfragen entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="318"/>
        <source>&amp;Show all requests</source>
        <translation>Alle Anfragen an&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="322"/>
        <source>You have not sent any requests yet. When you ask Technical Support or the Virus Lab for help, your requests and their answers appear here.</source>
        <translation>Sie haben noch keine Anfragen gesendet. Wenn Sie den Technischen Support oder das Viruslabor um Hilfe bitten, erscheinen Ihre Anfragen und die Antworten hier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="326"/>
        <source>&amp;Ask for help…</source>
        <translation>Um &amp;Hilfe bitten…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="329"/>
        <source>1 request shown</source>
        <translation>1 Anfrage angezeigt</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="329"/>
        <source>%d requests shown</source>
        <translation>%d Anfragen angezeigt</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="330"/>
        <source> — scroll for more</source>
        <translation> — für mehr scrollen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="355"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="356"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="42"/>
        <source>Check what you entered. Use Back (or a Change link) to correct it, then submit the request.</source>
        <translation>Prüfen Sie Ihre Angaben. Korrigieren Sie sie mit „Zurück“ (oder einem Link „Ändern“) und senden Sie die Anfrage dann ab.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="49"/>
        <source>&amp;Submit request</source>
        <translation>Anfrage &amp;absenden</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="51"/>
        <location filename="../../app/gui/wizard/review.py" line="158"/>
        <source>Your request</source>
        <translation>Ihre Anfrage</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="56"/>
        <source>Requests without an account need the characters from the picture:</source>
        <translation>Anfragen ohne Konto benötigen die Zeichen aus dem Bild:</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="64"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="131"/>
        <source>Request type and product</source>
        <translation>Art der Anfrage und Produkt</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="139"/>
        <source>Signed in as {signed_in_as}</source>
        <translation>Angemeldet als {signed_in_as}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="141"/>
        <source>Without an account (step skipped); the answer comes by e-mail</source>
        <translation>Ohne Konto (Schritt übersprungen); die Antwort kommt per E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="143"/>
        <source>Not chosen yet</source>
        <translation>Noch nicht ausgewählt</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="144"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="157"/>
        <location filename="../../app/gui/wizard/review.py" line="159"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="170"/>
        <source>Your computer</source>
        <translation>Ihr Computer</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="178"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
</context>
<context>
    <name>Samples</name>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="28"/>
        <source>A security product may have locked it or moved it to quarantine: restore it from quarantine (or pause real-time protection for this folder) and add it again.</source>
        <translation>Ein Sicherheitsprodukt hat die Datei möglicherweise gesperrt oder in die Quarantäne verschoben: Stellen Sie sie aus der Quarantäne wieder her (oder pausieren Sie den Echtzeitschutz für diesen Ordner) und fügen Sie sie erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="60"/>
        <source>“{name}” is no longer there. {hint}</source>
        <translation>„{name}“ ist nicht mehr vorhanden. {hint}</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="66"/>
        <source>“{name}” cannot be read: access was refused. {hint}</source>
        <translation>„{name}“ kann nicht gelesen werden: Der Zugriff wurde verweigert. {hint}</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="71"/>
        <source>“{name}” cannot be read: {value}.</source>
        <translation>„{name}“ kann nicht gelesen werden: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="94"/>
        <source>“{name}” is a folder; add the files in it.</source>
        <translation>„{name}“ ist ein Ordner; fügen Sie die Dateien darin hinzu.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="101"/>
        <source>“{name}” is {size}; the Virus Lab takes samples up to {limit}.</source>
        <translation>„{name}“ ist {size} groß; das Viruslabor nimmt Proben bis {limit} an.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="107"/>
        <source>“{name}” is empty (0 bytes); there is nothing in it to check.</source>
        <translation>„{name}“ ist leer (0 Byte); es gibt darin nichts zu prüfen.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="116"/>
        <source>“{name}” changed while it was read; add it again.</source>
        <translation>„{name}“ hat sich beim Lesen geändert; fügen Sie die Datei erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="135"/>
        <source>Send at most {count} samples in one request.</source>
        <translation>Senden Sie höchstens {count} Proben pro Anfrage.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="143"/>
        <source>“{name}” is added already.</source>
        <translation>„{name}“ ist bereits hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="148"/>
        <source>Another sample is called “{name}” already; rename one of them first.</source>
        <translation>Eine andere Probe heißt bereits „{name}“; benennen Sie zuerst eine davon um.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="226"/>
        <source>“{name}” changed after it was added (its SHA-256 is not the one shown). Remove it and add it again.</source>
        <translation>„{name}“ hat sich nach dem Hinzufügen geändert (ihr SHA-256 ist nicht der angezeigte). Entfernen Sie sie und fügen Sie sie erneut hinzu.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="45"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="46"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="47"/>
        <source>CPU</source>
        <translation>Prozessor</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="48"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="49"/>
        <source>Disks</source>
        <translation>Laufwerke</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="50"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="52"/>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="54"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="55"/>
        <source>Startup items</source>
        <translation>Autostart-Einträge</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="56"/>
        <source>Installed software</source>
        <translation>Installierte Software</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="58"/>
        <source>Drivers and kernel modules</source>
        <translation>Treiber und Kernelmodule</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="61"/>
        <source>Users and sessions</source>
        <translation>Benutzer und Sitzungen</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="63"/>
        <source>Recent system errors</source>
        <translation>Letzte Systemfehler</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="66"/>
        <source>Battery and sensors</source>
        <translation>Akku und Sensoren</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="71"/>
        <source>Security product</source>
        <translation>Sicherheitsprodukt</translation>
    </message>
</context>
<context>
    <name>ServiceConnection</name>
    <message>
        <location filename="../../app/gui/connection.py" line="104"/>
        <source>Local service on this computer</source>
        <translation>Lokaler Dienst auf diesem Computer</translation>
    </message>
</context>
<context>
    <name>ServiceStatus</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="132"/>
        <source>Service status</source>
        <translation>Dienststatus</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="138"/>
        <source>starting…</source>
        <translation>wird gestartet…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="139"/>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="140"/>
        <source>not reachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="141"/>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../app/gui/session.py" line="174"/>
        <source>Your sign-in has expired; sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen; melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="20"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="21"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="22"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="49"/>
        <source>As the system ({language})</source>
        <translation>Wie im System ({language})</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="56"/>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="58"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="62"/>
        <source>Notify me of new answers and status changes of my requests</source>
        <translation>Über neue Antworten und Statusänderungen meiner Anfragen benachrichtigen</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="91"/>
        <source>the support service</source>
        <translation>der Support-Dienst</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="94"/>
        <source>{url} answers: {vendor}, version {version}.</source>
        <translation>{url} antwortet: {vendor}, Version {version}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="146"/>
        <source>The language is changed. Windows that were already open (a request, the request wizard) show it when you open them again.</source>
        <translation>Die Sprache ist geändert. Bereits geöffnete Fenster (eine Anfrage, der Anfrage-Assistent) zeigen sie, wenn Sie sie erneut öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="12"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="18"/>
        <source>Support service</source>
        <translation>Support-Dienst</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="24"/>
        <source>&amp;Local service on this computer</source>
        <translation>&amp;Lokaler Dienst auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="34"/>
        <source>Works without a network connection. Demo products and licenses are included, and mails go to the Local mailbox.</source>
        <translation>Funktioniert ohne Netzwerkverbindung. Demo-Produkte und -Lizenzen sind enthalten, und E-Mails gehen in das Lokale Postfach.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="50"/>
        <source>&amp;Remote service at this address:</source>
        <translation>&amp;Entfernter Dienst unter dieser Adresse:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="62"/>
        <source>Address of the remote service</source>
        <translation>Adresse des entfernten Dienstes</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="65"/>
        <source>https://support.example.com</source>
        <translation>https://support.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="72"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="97"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="103"/>
        <source>T&amp;heme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="113"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="133"/>
        <source>Working</source>
        <translation>Wird bearbeitet</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="155"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="165"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="25"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="35"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="68"/>
        <source>Confirm it is you</source>
        <translation>Bestätigen Sie, dass Sie es sind</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="68"/>
        <source>Sign in to Personal Cabinet</source>
        <translation>Beim Persönlichen Bereich anmelden</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="70"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="70"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="117"/>
        <source>No keyring on this computer: the sign-in is not kept.</source>
        <translation>Kein Schlüsselbund auf diesem Computer: Die Anmeldung wird nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="124"/>
        <source>Remember me keeps your sign-in in the system keyring (password store). This computer has none, so you will sign in again next time; nothing is saved in a file.</source>
        <translation>„Angemeldet bleiben“ speichert Ihre Anmeldung im Schlüsselbund des Systems (Passwortspeicher). Dieser Computer hat keinen, daher melden Sie sich beim nächsten Mal erneut an; nichts wird in einer Datei gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="169"/>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="229"/>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="231"/>
        <source>Enter the 6-digit code we sent to your e-mail.</source>
        <translation>Geben Sie den 6-stelligen Code ein, den wir an Ihre E-Mail gesendet haben.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="238"/>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="241"/>
        <source>A new code is on its way to your e-mail.</source>
        <translation>Ein neuer Code ist an Ihre E-Mail unterwegs.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="251"/>
        <source>Correct the marked fields.</source>
        <translation>Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="260"/>
        <source>Enter your e-mail address or Customer ID.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse oder Kundennummer ein.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="261"/>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="262"/>
        <source>Enter the 6-digit code.</source>
        <translation>Geben Sie den 6-stelligen Code ein.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="267"/>
        <source>Too many sign-in attempts from this computer.</source>
        <translation>Zu viele Anmeldeversuche von diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="268"/>
        <source>Too many failed sign-ins to this account.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen bei diesem Konto.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="275"/>
        <source>{reason} Sign-in is locked for a while, to protect the account: you can try again in {time}.</source>
        <translation>{reason} Die Anmeldung ist zum Schutz des Kontos eine Weile gesperrt: Sie können es in {time} erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="33"/>
        <source>E-mail or &amp;Customer ID</source>
        <translation>E-Mail oder &amp;Kundennummer (Customer ID)</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="43"/>
        <source>E-mail or Customer ID</source>
        <translation>E-Mail oder Kundennummer</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="46"/>
        <source>name@example.com or your 10-character ID</source>
        <translation>name@example.com oder Ihre 10-stellige Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="53"/>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="63"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="73"/>
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem Computer angemeldet &amp;bleiben</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="90"/>
        <source>&amp;Forgot password or Customer ID?</source>
        <translation>Passwort oder Kundennummer &amp;vergessen?</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="113"/>
        <source>Create an acc&amp;ount</source>
        <translation>Konto &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="126"/>
        <source>&amp;Activate an account</source>
        <translation>Konto &amp;aktivieren</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="174"/>
        <source>Verification &amp;code</source>
        <translation>Bestätigungs&amp;code</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="184"/>
        <source>Verification code</source>
        <translation>Bestätigungscode</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="190"/>
        <source>6 digits</source>
        <translation>6 Ziffern</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="197"/>
        <source>Sign in with a &amp;different account</source>
        <translation>Mit einem an&amp;deren Konto anmelden</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="216"/>
        <source>Send a new code by &amp;e-mail</source>
        <translation>Neuen Code per E-&amp;Mail senden</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="261"/>
        <source>Working</source>
        <translation>Wird bearbeitet</translation>
    </message>
</context>
<context>
    <name>StaffRequestView</name>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="62"/>
        <source>Loading the request…</source>
        <translation>Anfrage wird geladen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="69"/>
        <source>Move &amp;to…</source>
        <translation>&amp;Verschieben nach…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="74"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="78"/>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="81"/>
        <source>Assign to &amp;me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="82"/>
        <source>Replay &amp;steps…</source>
        <translation>&amp;Schritte nachspielen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="83"/>
        <source>System re&amp;port…</source>
        <translation>Systembe&amp;richt…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="86"/>
        <source>&amp;Compare reports…</source>
        <translation>Berichte ver&amp;gleichen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="92"/>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="93"/>
        <source>Assignee:</source>
        <translation>Bearbeiter:</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="116"/>
        <source>Conversation and internal notes</source>
        <translation>Unterhaltung und interne Notizen</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="120"/>
        <source>&amp;Reply to the customer</source>
        <translation>Dem Kunden &amp;antworten</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="121"/>
        <source>Internal &amp;note (staff only)</source>
        <translation>Interne &amp;Notiz (nur Mitarbeiter)</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="126"/>
        <source>Canned &amp;reply</source>
        <translation>Text&amp;baustein</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="136"/>
        <source>Your reply</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="144"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="148"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="203"/>
        <source>Request %s</source>
        <translation>Anfrage %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="206"/>
        <location filename="../../app/gui/staff/request_view.py" line="254"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="206"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="229"/>
        <source>This report beside the customer&apos;s earlier one, of request %s (%s): what changed on the computer in between</source>
        <translation>Dieser Bericht neben dem früheren des Kunden aus Anfrage %s (%s): was sich auf dem Computer dazwischen geändert hat</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="239"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="255"/>
        <source>Customer ID</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="255"/>
        <source>(no account)</source>
        <translation>(kein Konto)</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="256"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="257"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="258"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="259"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="260"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="262"/>
        <source>Client version</source>
        <translation>Client-Version</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="273"/>
        <source>Client language</source>
        <translation>Client-Sprache</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="294"/>
        <source>Save this text as a canned reply…</source>
        <translation>Diesen Text als Textbaustein speichern…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="297"/>
        <source>Replace one with this text</source>
        <translation>Einen durch diesen Text ersetzen</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="298"/>
        <source>Delete one</source>
        <translation>Einen löschen</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="316"/>
        <source>Add &amp;internal note</source>
        <translation>&amp;Interne Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="317"/>
        <source>A note only staff see…</source>
        <translation>Eine Notiz, die nur Mitarbeiter sehen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="320"/>
        <source>&amp;Send reply to the customer</source>
        <translation>Antwort an den Kunden s&amp;enden</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="321"/>
        <source>Your answer to the customer…</source>
        <translation>Ihre Antwort an den Kunden…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="339"/>
        <source>Write the reply first, then save it.</source>
        <translation>Schreiben Sie zuerst die Antwort, dann speichern Sie sie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="341"/>
        <source>Canned reply</source>
        <translation>Textbaustein</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="341"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="358"/>
        <source>Write the new text first, then replace.</source>
        <translation>Schreiben Sie zuerst den neuen Text, dann ersetzen Sie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="378"/>
        <source>Delete the canned reply</source>
        <translation>Textbaustein löschen</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="379"/>
        <source>Delete the canned reply “{title}” for every staff member?</source>
        <translation>Den Textbaustein „{title}“ für alle Mitarbeiter löschen?</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="396"/>
        <source>Write something first.</source>
        <translation>Schreiben Sie zuerst etwas.</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="519"/>
        <source>Request %s of %s</source>
        <translation>Anfrage %s von %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="570"/>
        <source>%s is writing a reply</source>
        <translation>%s schreibt eine Antwort</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="572"/>
        <source>%s has this request open</source>
        <translation>%s hat diese Anfrage geöffnet</translation>
    </message>
</context>
<context>
    <name>StaffWorkspace</name>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="32"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="33"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="34"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="52"/>
        <source>Staff sections</source>
        <translation>Mitarbeiterbereiche</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="73"/>
        <source>Open a request from the queue to work on it here.</source>
        <translation>Öffnen Sie eine Anfrage aus der Warteschlange, um sie hier zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="115"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="29"/>
        <source>Request type</source>
        <translation>Art der Anfrage</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="30"/>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="31"/>
        <source>Your request</source>
        <translation>Ihre Anfrage</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="32"/>
        <source>Your computer</source>
        <translation>Ihr Computer</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="33"/>
        <source>Review and send</source>
        <translation>Prüfen und senden</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="43"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="80"/>
        <source>All steps done</source>
        <translation>Alle Schritte erledigt</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="82"/>
        <source>Step {current} of 5: {title}</source>
        <translation>Schritt {current} von 5: {title}</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../app/gui/wizard/base.py" line="49"/>
        <source>Step {step} of 5: {title}</source>
        <translation>Schritt {step} von 5: {title}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/base.py" line="108"/>
        <source>Correct the marked fields.</source>
        <translation>Korrigieren Sie die markierten Felder.</translation>
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="192"/>
        <source>The service cannot be reached, and a request without an account needs it right away to check the characters from the picture, so it cannot wait in the outbox. Your request is kept as a draft: submit it again when the service answers (the status bar shows when). Or go back to step 2 and sign in — signed-in requests wait in the outbox and go out by themselves.</source>
        <translation>Der Dienst ist nicht erreichbar, und eine Anfrage ohne Konto braucht ihn sofort, um die Zeichen aus dem Bild zu prüfen; sie kann daher nicht im Postausgang warten. Ihre Anfrage wird als Entwurf aufbewahrt: Senden Sie sie erneut ab, sobald der Dienst antwortet (die Statusleiste zeigt es an). Oder gehen Sie zurück zu Schritt 2 und melden Sie sich an — Anfragen angemeldeter Benutzer warten im Postausgang und werden automatisch gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="224"/>
        <source>Sending the request…</source>
        <translation>Anfrage wird gesendet…</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="230"/>
        <source>{name}: {message}.</source>
        <translation>{name}: {message}.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="236"/>
        <source>Some files could not be sent: {files} Remove them on their step, or submit again.</source>
        <translation>Einige Dateien konnten nicht gesendet werden: {files} Entfernen Sie sie im jeweiligen Schritt oder senden Sie erneut ab.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="262"/>
        <source>The request could not be kept: {reason}</source>
        <translation>Die Anfrage konnte nicht aufbewahrt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="289"/>
        <location filename="../../app/core/wizard/submission.py" line="316"/>
        <source>Sending the files…</source>
        <translation>Dateien werden gesendet…</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="300"/>
        <source>Keeping the request in the outbox…</source>
        <translation>Anfrage wird in den Postausgang gelegt…</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <location filename="../../app/gui/pages/support.py" line="61"/>
        <source>The list of request types and products could not be loaded. </source>
        <translation>Die Liste der Anfragearten und Produkte konnte nicht geladen werden. </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="75"/>
        <source>Choose the request type…</source>
        <translation>Wählen Sie die Art der Anfrage…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="82"/>
        <source>Choose your product…</source>
        <translation>Wählen Sie Ihr Produkt…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="100"/>
        <source>You may send this type of request without an account.</source>
        <translation>Diese Art von Anfrage können Sie ohne Konto senden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="109"/>
        <source>for example {version}</source>
        <translation>zum Beispiel {version}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="143"/>
        <source>From your product&apos;s link: {problems}. Choose it below.</source>
        <translation>Aus dem Link Ihres Produkts: {problems}. Wählen Sie es unten aus.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="123"/>
        <source>Filled in from your product&apos;s link.</source>
        <translation>Aus dem Link Ihres Produkts ausgefüllt.</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="9"/>
        <source>Request to Technical Support</source>
        <translation>Anfrage an den Technischen Support</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="19"/>
        <source>A request takes five steps: 1. the request type and your product; 2. your account; 3. a detailed description, your e-mail and country, and files; 4. your operating system and the product version, with a GetSystemInfo report; 5. a review before you send it. The request number is shown at the end, and the experts&apos; answers appear in My requests.</source>
        <translation>Eine Anfrage hat fünf Schritte: 1. Art der Anfrage und Ihr Produkt; 2. Ihr Konto; 3. eine ausführliche Beschreibung, Ihre E-Mail und Ihr Land sowie Dateien; 4. Ihr Betriebssystem und die Produktversion, mit einem GetSystemInfo-Bericht; 5. eine Prüfung vor dem Senden. Die Anfragenummer wird am Ende angezeigt, und die Antworten der Experten erscheinen unter Meine Anfragen.</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="29"/>
        <source>Step 1 of 5: request type and product</source>
        <translation>Schritt 1 von 5: Art der Anfrage und Produkt</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="35"/>
        <source>Request &amp;type</source>
        <translation>&amp;Art der Anfrage</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="45"/>
        <source>Request type</source>
        <translation>Art der Anfrage</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="52"/>
        <source>About this request type</source>
        <translation>Über diese Art von Anfrage</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="65"/>
        <source>&amp;Product</source>
        <translation>&amp;Produkt</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="75"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="82"/>
        <source>Product v&amp;ersion</source>
        <translation>Produkt&amp;version</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="92"/>
        <source>Product version</source>
        <translation>Produktversion</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="95"/>
        <source>for example 21.3.10.391</source>
        <translation>zum Beispiel 21.3.10.391</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="135"/>
        <source>Loading the catalog</source>
        <translation>Katalog wird geladen</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="150"/>
        <source>&amp;Reload the catalog</source>
        <translation>Katalog &amp;neu laden</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="168"/>
        <source>Opens the request form with the type, product and version chosen here.</source>
        <translation>Öffnet das Anfrageformular mit der hier gewählten Art, dem Produkt und der Version.</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="171"/>
        <source>&amp;Continue to step 2: your account</source>
        <translation>Weiter &amp;zu Schritt 2: Ihr Konto</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="180"/>
        <source>Your request is kept as a draft while you fill it in. If the service cannot be reached when you submit it, it waits on this computer and is sent by itself when the service answers.</source>
        <translation>Ihre Anfrage wird beim Ausfüllen als Entwurf aufbewahrt. Ist der Dienst beim Absenden nicht erreichbar, wartet sie auf diesem Computer und wird automatisch gesendet, sobald der Dienst antwortet.</translation>
    </message>
</context>
<context>
    <name>SysinfoCompare</name>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="30"/>
        <source>System reports (*.zip *.json);;All files (*)</source>
        <translation>Systemberichte (*.zip *.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>SysinfoPanel</name>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="45"/>
        <source>needing administrator rights</source>
        <translation>erfordern Administratorrechte</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="50"/>
        <source>{count} complete</source>
        <translation>{count} vollständig</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="53"/>
        <source>{count} sections: {parts}</source>
        <translation>{count} Abschnitte: {parts}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="80"/>
        <source>{exc}. Choose a report saved by GetSystemInfo (a .zip).</source>
        <translation>{exc}. Wählen Sie einen von GetSystemInfo gespeicherten Bericht (eine .zip-Datei).</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="94"/>
        <source>GetSystemInfo report</source>
        <translation>GetSystemInfo-Bericht</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="105"/>
        <source>A report about this computer (system, hardware, programs, recent errors) that the experts need for most requests. Names, addresses and serial numbers in it are replaced by pseudonyms; look at it before you send it.</source>
        <translation>Ein Bericht über diesen Computer (System, Hardware, Programme, aktuelle Fehler), den die Experten für die meisten Anfragen brauchen. Namen, Adressen und Seriennummern darin werden durch Pseudonyme ersetzt; sehen Sie ihn sich vor dem Senden an.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="114"/>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="180"/>
        <source>&amp;Generate a report</source>
        <translation>Bericht &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="115"/>
        <source>Cancel &amp;generating</source>
        <translation>&amp;Erstellen abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="116"/>
        <source>Attach a &amp;saved report…</source>
        <translation>Gespeicherten Bericht an&amp;hängen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="117"/>
        <source>Vie&amp;w the report…</source>
        <translation>Bericht an&amp;zeigen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="118"/>
        <source>&amp;Don&apos;t attach it</source>
        <translation>&amp;Nicht anhängen</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="130"/>
        <source>Report progress</source>
        <translation>Fortschritt des Berichts</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="134"/>
        <source>Report status</source>
        <translation>Status des Berichts</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="178"/>
        <source>&amp;Generate a new report</source>
        <translation>Neuen Bericht &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="183"/>
        <source>Collecting the report; it takes a few seconds.</source>
        <translation>Der Bericht wird erstellt; das dauert einige Sekunden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="186"/>
        <source>No report attached.</source>
        <translation>Kein Bericht angehängt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="189"/>
        <source>Opening {name} in the viewer…</source>
        <translation>{name} wird im Viewer geöffnet…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="194"/>
        <source>made now</source>
        <translation>gerade erstellt</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="194"/>
        <source>saved earlier</source>
        <translation>früher gespeichert</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="198"/>
        <source>Attached: {name} ({origin}, {size}){summary}. {upload}.</source>
        <translation>Angehängt: {name} ({origin}, {size}){summary}. {upload}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="227"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="242"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="249"/>
        <source>Collected {title} — {done} of {total}</source>
        <translation>{title} erfasst — {done} von {total}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="256"/>
        <source>Generating the report was cancelled.</source>
        <translation>Das Erstellen des Berichts wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="266"/>
        <source>The report could not be made: {reason}</source>
        <translation>Der Bericht konnte nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="279"/>
        <source>Attach a saved GetSystemInfo report</source>
        <translation>Gespeicherten GetSystemInfo-Bericht anhängen</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="281"/>
        <source>GetSystemInfo reports (*.zip *.json);;All files (*)</source>
        <translation>GetSystemInfo-Berichte (*.zip *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="288"/>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
</context>
<context>
    <name>SysinfoViewer</name>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="240"/>
        <source>Report sections</source>
        <translation>Abschnitte des Berichts</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="241"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="247"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="241"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="241"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="257"/>
        <source>Filter rows…</source>
        <translation>Zeilen filtern…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="258"/>
        <source>Filter rows</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="262"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="263"/>
        <source>Show the original beside what is sent</source>
        <translation>Original neben dem Gesendeten anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="266"/>
        <source>The original stays on this computer. Highlighted cells differ: they were replaced by pseudonyms or removed.</source>
        <translation>Das Original bleibt auf diesem Computer. Hervorgehobene Zellen unterscheiden sich: Sie wurden durch Pseudonyme ersetzt oder entfernt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="272"/>
        <source>What is sent</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="273"/>
        <source>Original on this computer</source>
        <translation>Original auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="274"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="566"/>
        <source>&lt;b&gt;In the report&lt;/b&gt; (what is sent)</source>
        <translation>&lt;b&gt;Im Bericht&lt;/b&gt; (wird gesendet)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="275"/>
        <source>&lt;b&gt;On this computer&lt;/b&gt; (never sent)</source>
        <translation>&lt;b&gt;Auf diesem Computer&lt;/b&gt; (wird nie gesendet)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="355"/>
        <source>Created {created_utc} UTC on {platform} · {count} sections ({summary}) · collected in {duration_ms} ms</source>
        <translation>Erstellt {created_utc} UTC auf {platform} · {count} Abschnitte ({summary}) · erfasst in {duration_ms} ms</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="370"/>
        <source> · {replaced} private values replaced or removed</source>
        <translation> · {replaced} private Werte ersetzt oder entfernt</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="377"/>
        <source>This report is not redacted: it shows real host and user names, addresses and command lines. Keep it on this computer.</source>
        <translation>Dieser Bericht ist nicht anonymisiert: Er zeigt echte Host- und Benutzernamen, Adressen und Befehlszeilen. Behalten Sie ihn auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="394"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="488"/>
        <source>{duration_ms} ms</source>
        <translation>{duration_ms} ms</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sysinfo_viewer.py" line="409"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="610"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="414"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="509"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="415"/>
        <source>redacted</source>
        <translation>anonymisiert</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="415"/>
        <source>not redacted</source>
        <translation>nicht anonymisiert</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="437"/>
        <source>Replaced values</source>
        <translation>Ersetzte Werte</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="450"/>
        <source>Pseudonyms</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="494"/>
        <source>No data for this section. {value}</source>
        <translation>Keine Daten für diesen Abschnitt. {value}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="512"/>
        <source>Host and user names, home folders, IP and MAC addresses, serial numbers and UUIDs were replaced by pseudonyms; passwords, tokens and keys in command lines were removed and are kept nowhere.</source>
        <translation>Host- und Benutzernamen, Basisordner, IP- und MAC-Adressen, Seriennummern und UUIDs wurden durch Pseudonyme ersetzt; Passwörter, Token und Schlüssel in Befehlszeilen wurden entfernt und nirgends gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="517"/>
        <source> The pseudonym list below exists only on this computer.</source>
        <translation> Die Pseudonymliste unten existiert nur auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="521"/>
        <source> Replaced: {replaced}.</source>
        <translation> Ersetzt: {replaced}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="523"/>
        <source>This report is not redacted.</source>
        <translation>Dieser Bericht ist nicht anonymisiert.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="530"/>
        <source>&lt;b&gt;Pseudonyms&lt;/b&gt; (this list is never sent)</source>
        <translation>&lt;b&gt;Pseudonyme&lt;/b&gt; (diese Liste wird nie gesendet)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="546"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="558"/>
        <source>Sent as</source>
        <translation>Gesendet als</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="612"/>
        <source>{shown} of {rows}</source>
        <translation>{shown} von {rows}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="639"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="640"/>
        <source>property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="641"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="639"/>
        <source>Say which operating system and which exact version of the product you use, and attach a GetSystemInfo report.</source>
        <translation>Geben Sie an, welches Betriebssystem und welche genaue Produktversion Sie verwenden, und hängen Sie einen GetSystemInfo-Bericht an.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="653"/>
        <source>Detected on this computer; correct it if the problem is elsewhere.</source>
        <translation>Auf diesem Computer erkannt; korrigieren Sie es, falls das Problem woanders auftritt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="678"/>
        <source>the full version, for example {example}</source>
        <translation>die vollständige Version, zum Beispiel {example}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="681"/>
        <source>From your product&apos;s link.</source>
        <translation>Aus dem Link Ihres Produkts.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="683"/>
        <source>Numbers separated by dots, as shown in the product&apos;s About window.</source>
        <translation>Durch Punkte getrennte Zahlen, wie im Fenster „Über“ des Produkts angezeigt.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="65"/>
        <source>“{name}” is a folder; attach the files in it, or a zip of it.</source>
        <translation>„{name}“ ist ein Ordner; hängen Sie die Dateien darin an oder ein ZIP-Archiv davon.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="74"/>
        <source>“{name}” no longer exists; it was moved or deleted.</source>
        <translation>„{name}“ existiert nicht mehr; die Datei wurde verschoben oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="80"/>
        <source>“{name}” cannot be read: you do not have permission to open it.</source>
        <translation>„{name}“ kann nicht gelesen werden: Sie haben keine Berechtigung, die Datei zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="86"/>
        <location filename="../../app/core/wizard/transfer.py" line="264"/>
        <source>“{name}” cannot be read: {value}.</source>
        <translation>„{name}“ kann nicht gelesen werden: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="92"/>
        <source>“{name}” is empty (0 bytes); there is nothing in it to send.</source>
        <translation>„{name}“ ist leer (0 Byte); es gibt darin nichts zu senden.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="98"/>
        <source>“{name}” is {size}; files up to {limit} can be attached. Compress it or split it into parts.</source>
        <translation>„{name}“ ist {size} groß; Dateien bis {limit} können angehängt werden. Komprimieren Sie die Datei oder teilen Sie sie auf.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="123"/>
        <source>“{name}” is attached already.</source>
        <translation>„{name}“ ist bereits angehängt.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="130"/>
        <source>A request takes at most {count} files; pack more in a zip.</source>
        <translation>Eine Anfrage nimmt höchstens {count} Dateien auf; packen Sie weitere in ein ZIP-Archiv.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="190"/>
        <source>The service stored “{name}” with a different checksum: the file changed while it was sent, or it was damaged on the way. Send it again.</source>
        <translation>Der Dienst hat „{name}“ mit einer anderen Prüfsumme gespeichert: Die Datei hat sich beim Senden geändert oder wurde unterwegs beschädigt. Senden Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="221"/>
        <source>“{name}” changed while it was read; add it again.</source>
        <translation>„{name}“ hat sich beim Lesen geändert; fügen Sie die Datei erneut hinzu.</translation>
    </message>
</context>
<context>
    <name>TransferManager</name>
    <message>
        <location filename="../../app/gui/wizard/transfers.py" line="114"/>
        <source>Waiting for the connection…</source>
        <translation>Warten auf die Verbindung…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/transfers.py" line="233"/>
        <source>Waiting for the service; it goes on when the service answers.</source>
        <translation>Warten auf den Dienst; es geht weiter, sobald der Dienst antwortet.</translation>
    </message>
</context>
<context>
    <name>TwoFactorDialog</name>
    <message>
        <location filename="../../ui/two_factor.ui" line="12"/>
        <location filename="../../ui/two_factor.ui" line="18"/>
        <source>Two-factor sign-in</source>
        <translation>Bestätigung in zwei Schritten</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="28"/>
        <source>Authenticator app</source>
        <translation>Authenticator-App</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="51"/>
        <source>&amp;Set up an authenticator app…</source>
        <translation>Authenticator-App &amp;einrichten…</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="84"/>
        <source>QR code for the authenticator app</source>
        <translation>QR-Code für die Authenticator-App</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="96"/>
        <source>Scan the QR code with your authenticator app, or type the secret key into it. Then enter the 6-digit code the app shows.</source>
        <translation>Scannen Sie den QR-Code mit Ihrer Authenticator-App oder geben Sie den geheimen Schlüssel dort ein. Geben Sie dann den 6-stelligen Code ein, den die App anzeigt.</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="108"/>
        <source>Secret &amp;key</source>
        <translation>Geheimer &amp;Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="120"/>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="130"/>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="146"/>
        <source>&amp;Code from the app</source>
        <translation>&amp;Code aus der App</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="156"/>
        <location filename="../../ui/two_factor.ui" line="231"/>
        <source>Code from the app</source>
        <translation>Code aus der App</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="177"/>
        <source>&amp;Turn on</source>
        <translation>&amp;Einschalten</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="201"/>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="211"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="221"/>
        <source>Code from the &amp;app</source>
        <translation>Code aus der &amp;App</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="241"/>
        <source>T&amp;urn off the authenticator app</source>
        <translation>Authenticator-App a&amp;usschalten</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="258"/>
        <source>One-time code by e-mail</source>
        <translation>Einmalcode per E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="264"/>
        <source>Ask for a code sent by &amp;e-mail when I sign in</source>
        <translation>Bei der Anmeldung einen Code per E-Mail an&amp;fordern</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="271"/>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="281"/>
        <source>Password to change the e-mail code setting</source>
        <translation>Passwort zum Ändern der Einstellung für den E-Mail-Code</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="291"/>
        <source>Sa&amp;ve</source>
        <translation>Speic&amp;hern</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="317"/>
        <source>Working</source>
        <translation>Wird bearbeitet</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="339"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="80"/>
        <source>&lt;b&gt;On.&lt;/b&gt; Signing in asks for the 6-digit code of your authenticator app. To turn it off, enter your password and a current code.</source>
        <translation>&lt;b&gt;Ein.&lt;/b&gt; Bei der Anmeldung wird der 6-stellige Code Ihrer Authenticator-App abgefragt. Zum Ausschalten geben Sie Ihr Passwort und einen aktuellen Code ein.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="88"/>
        <source>&lt;b&gt;Off.&lt;/b&gt; With an authenticator app (on your phone), signing in also asks for the 6-digit code it shows, so a stolen password alone is not enough.</source>
        <translation>&lt;b&gt;Aus.&lt;/b&gt; Mit einer Authenticator-App (auf Ihrem Smartphone) wird bei der Anmeldung zusätzlich der 6-stellige Code abgefragt, den sie anzeigt; ein gestohlenes Passwort allein genügt dann nicht.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="116"/>
        <source>&lt;b&gt;Setting up.&lt;/b&gt; Not on until you enter a code.</source>
        <translation>&lt;b&gt;Wird eingerichtet.&lt;/b&gt; Erst aktiv, wenn Sie einen Code eingeben.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="128"/>
        <source>The authenticator app is on.</source>
        <translation>Die Authenticator-App ist eingeschaltet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="141"/>
        <source>The authenticator app is off.</source>
        <translation>Die Authenticator-App ist ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="149"/>
        <source>Enter your password to change this.</source>
        <translation>Geben Sie Ihr Passwort ein, um dies zu ändern.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="154"/>
        <source>A code by e-mail is now asked for when you sign in.</source>
        <translation>Bei der Anmeldung wird jetzt ein Code per E-Mail abgefragt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="156"/>
        <source>No code by e-mail is asked for any more.</source>
        <translation>Es wird kein Code per E-Mail mehr abgefragt.</translation>
    </message>
</context>
<context>
    <name>TypePage</name>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="74"/>
        <source>Choose what your request is about, and the product you use.</source>
        <translation>Wählen Sie, worum es in Ihrer Anfrage geht und welches Produkt Sie verwenden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="81"/>
        <location filename="../../app/gui/wizard/step_pages.py" line="91"/>
        <source>Request type</source>
        <translation>Art der Anfrage</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="88"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="92"/>
        <source>&amp;Product</source>
        <translation>&amp;Produkt</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="104"/>
        <source>Loading the catalog</source>
        <translation>Katalog wird geladen</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="105"/>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="136"/>
        <source> May be sent without an account.</source>
        <translation> Kann ohne Konto gesendet werden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="143"/>
        <source>Request &amp;type</source>
        <translation>&amp;Art der Anfrage</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="148"/>
        <source>Choose your product…</source>
        <translation>Wählen Sie Ihr Produkt…</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <location filename="../../app/core/validators.py" line="29"/>
        <source>Enter your e-mail address.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="31"/>
        <source>This e-mail address is too long.</source>
        <translation>Diese E-Mail-Adresse ist zu lang.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="38"/>
        <source>This is not a valid e-mail address: {exc}</source>
        <translation>Das ist keine gültige E-Mail-Adresse: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="77"/>
        <source>At least 8 characters</source>
        <translation>Mindestens 8 Zeichen</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="82"/>
        <source>A digit</source>
        <translation>Eine Ziffer</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="87"/>
        <source>An upper-case Latin letter (A–Z)</source>
        <translation>Ein lateinischer Großbuchstabe (A–Z)</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="92"/>
        <source>A lower-case Latin letter (a–z)</source>
        <translation>Ein lateinischer Kleinbuchstabe (a–z)</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="97"/>
        <source>No spaces</source>
        <translation>Keine Leerzeichen</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="102"/>
        <source>At most 128 characters</source>
        <translation>Höchstens 128 Zeichen</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="111"/>
        <location filename="../../app/gui/dialogs/base.py" line="259"/>
        <source>Not too simple or common</source>
        <translation>Nicht zu einfach oder verbreitet</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="118"/>
        <source>Use at least 8 characters.</source>
        <translation>Verwenden Sie mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="119"/>
        <source>Add a digit.</source>
        <translation>Fügen Sie eine Ziffer hinzu.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="120"/>
        <source>Add an upper-case Latin letter (A–Z).</source>
        <translation>Fügen Sie einen lateinischen Großbuchstaben (A–Z) hinzu.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="121"/>
        <source>Add a lower-case Latin letter (a–z).</source>
        <translation>Fügen Sie einen lateinischen Kleinbuchstaben (a–z) hinzu.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="122"/>
        <source>Remove the spaces.</source>
        <translation>Entfernen Sie die Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="123"/>
        <source>Use at most 128 characters.</source>
        <translation>Verwenden Sie höchstens 128 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="124"/>
        <source>This password is too simple or too common; choose another.</source>
        <translation>Dieses Passwort ist zu einfach oder zu verbreitet; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="145"/>
        <source>The two passwords do not match.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="165"/>
        <source>Enter the activation code.</source>
        <translation>Geben Sie den Aktivierungscode ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="168"/>
        <source>An activation code has only Latin letters and digits.</source>
        <translation>Ein Aktivierungscode besteht nur aus lateinischen Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="172"/>
        <source>An activation code has 20 letters and digits (4 blocks of 5); this one has {count}.</source>
        <translation>Ein Aktivierungscode hat 20 Buchstaben und Ziffern (4 Blöcke zu 5); dieser hat {count}.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="185"/>
        <source>Enter your Customer ID.</source>
        <translation>Geben Sie Ihre Kundennummer ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="188"/>
        <source>A Customer ID has 10 Latin letters and digits.</source>
        <translation>Eine Kundennummer besteht aus 10 lateinischen Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="197"/>
        <source>Enter your e-mail address or Customer ID.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse oder Kundennummer ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="204"/>
        <source>Enter an e-mail address or a 10-character Customer ID.</source>
        <translation>Geben Sie eine E-Mail-Adresse oder eine 10-stellige Kundennummer ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="219"/>
        <source>Enter the product version.</source>
        <translation>Geben Sie die Produktversion ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="222"/>
        <source>Write the version as numbers separated by dots, for example 21.3.10.391.</source>
        <translation>Schreiben Sie die Version als durch Punkte getrennte Zahlen, zum Beispiel 21.3.10.391.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="238"/>
        <source>Paste the code or the link from the e-mail.</source>
        <translation>Fügen Sie den Code oder den Link aus der E-Mail ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="244"/>
        <source>This link has no code in it; paste the whole link from the e-mail.</source>
        <translation>Dieser Link enthält keinen Code; fügen Sie den ganzen Link aus der E-Mail ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="252"/>
        <source>This does not look like the code from the e-mail.</source>
        <translation>Das sieht nicht wie der Code aus der E-Mail aus.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="261"/>
        <source>Enter the 6-digit code.</source>
        <translation>Geben Sie den 6-stelligen Code ein.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="274"/>
        <source>Enter the service address, for example https://support.example.com.</source>
        <translation>Geben Sie die Adresse des Dienstes ein, zum Beispiel https://support.example.com.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="281"/>
        <source>The service address must start with http:// or https:// and name a host.</source>
        <translation>Die Adresse des Dienstes muss mit http:// oder https:// beginnen und einen Host nennen.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="288"/>
        <source>The service address cannot have ? or # parts.</source>
        <translation>Die Adresse des Dienstes darf keine ?- oder #-Teile enthalten.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="294"/>
        <source>The port in the service address is not a number from 1 to 65535.</source>
        <translation>Der Port in der Adresse des Dienstes ist keine Zahl von 1 bis 65535.</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="675"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="676"/>
        <source>&amp;Open report…</source>
        <translation>Bericht ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="679"/>
        <source>Co&amp;mpare with another report…</source>
        <translation>Mit anderem Bericht &amp;vergleichen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="681"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="684"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="700"/>
        <source>System report</source>
        <translation>Systembericht</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="698"/>
        <source>System report — {name}</source>
        <translation>Systembericht — {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="708"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="726"/>
        <source>Cannot open the report</source>
        <translation>Der Bericht kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="732"/>
        <source>Opening {name}…</source>
        <translation>{name} wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="739"/>
        <source>Open a system report</source>
        <translation>Systembericht öffnen</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="741"/>
        <source>System reports (*.zip *.json);;All files (*)</source>
        <translation>Systemberichte (*.zip *.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ViruslabForm</name>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="27"/>
        <source>Type of request</source>
        <translation>Art der Anfrage</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="28"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="29"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="30"/>
        <source>Product version</source>
        <translation>Produktversion</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="31"/>
        <source>Last successful database update</source>
        <translation>Letzte erfolgreiche Datenbankaktualisierung</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="32"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="33"/>
        <source>Detected as</source>
        <translation>Erkannt als</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="34"/>
        <location filename="../../app/core/viruslab/form.py" line="35"/>
        <source>Samples</source>
        <translation>Proben</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="63"/>
        <source>Choose what kind of file you are sending.</source>
        <translation>Wählen Sie, welche Art von Datei Sie senden.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="67"/>
        <source>Choose the product that detected (or missed) the file.</source>
        <translation>Wählen Sie das Produkt, das die Datei erkannt (oder übersehen) hat.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="76"/>
        <source>The date of the last database update is in the future.</source>
        <translation>Das Datum der letzten Datenbankaktualisierung liegt in der Zukunft.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="80"/>
        <source>Describe the file and what the product did with it.</source>
        <translation>Beschreiben Sie die Datei und was das Produkt damit getan hat.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="84"/>
        <source>Give the name under which the product detects the file, as its report shows it.</source>
        <translation>Geben Sie den Namen an, unter dem das Produkt die Datei erkennt, wie er in seinem Bericht steht.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="93"/>
        <source>Add the file you want the Virus Lab to check.</source>
        <translation>Fügen Sie die Datei hinzu, die das Viruslabor prüfen soll.</translation>
    </message>
</context>
<context>
    <name>ViruslabPage</name>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="55"/>
        <source>Packing the samples into the encrypted archive… {percent}%</source>
        <translation>Proben werden in das verschlüsselte Archiv gepackt… {percent} %</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="58"/>
        <source>Sending the archive… {percent}%</source>
        <translation>Archiv wird gesendet… {percent} %</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="59"/>
        <source>Filing the request…</source>
        <translation>Anfrage wird eingereicht…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="110"/>
        <source>Send a file to the Virus Lab</source>
        <translation>Datei an das Viruslabor senden</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="115"/>
        <source>Send a file the product does not detect but you suspect, or a clean file it detects by mistake. The Virus Lab&apos;s analysts check it and give a verdict.</source>
        <translation>Senden Sie eine Datei, die das Produkt nicht erkennt, die Ihnen aber verdächtig ist, oder eine saubere Datei, die es fälschlich erkennt. Die Analysten des Viruslabors prüfen sie und fällen ein Urteil.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="127"/>
        <source>&amp;Suspected unknown malware</source>
        <translation>Vermutete &amp;unbekannte Schadsoftware</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="128"/>
        <source>&amp;False positive</source>
        <translation>&amp;Fehlalarm</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="149"/>
        <source>Type:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="151"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="153"/>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="155"/>
        <source>for example 21.3.10.391 (optional)</source>
        <translation>zum Beispiel 21.3.10.391 (optional)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="156"/>
        <source>Product version</source>
        <translation>Produktversion</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="158"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="159"/>
        <source>I know it:</source>
        <translation>Bekannt:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="165"/>
        <source>Date of the last successful database update</source>
        <translation>Datum der letzten erfolgreichen Datenbankaktualisierung</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="176"/>
        <source>Last successful
database update:</source>
        <translation>Letzte erfolgreiche
Datenbankaktualisierung:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="179"/>
        <source>as the product&apos;s report names it</source>
        <translation>wie der Bericht des Produkts ihn nennt</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="180"/>
        <source>Detected as</source>
        <translation>Erkannt als</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="182"/>
        <source>&amp;Detected as:</source>
        <translation>&amp;Erkannt als:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="190"/>
        <source>Where the file came from, and what the product did (or did not do).</source>
        <translation>Woher die Datei stammt und was das Produkt getan (oder nicht getan) hat.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="192"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="194"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="196"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="197"/>
        <source>where the verdict is sent</source>
        <translation>wohin das Urteil gesendet wird</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="199"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="202"/>
        <source>Sample</source>
        <translation>Probe</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="202"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="202"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="205"/>
        <source>Samples</source>
        <translation>Proben</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="212"/>
        <source>&amp;Add files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="213"/>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="231"/>
        <source>Sa&amp;mples:</source>
        <translation>Pr&amp;oben:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="269"/>
        <source>&amp;Cancel sending</source>
        <translation>Senden &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="271"/>
        <source>C&amp;lear the form</source>
        <translation>Formular &amp;leeren</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="273"/>
        <source>Se&amp;nd to the Virus Lab</source>
        <translation>An das Viruslabor &amp;senden</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="294"/>
        <source>&amp;Open in My requests</source>
        <translation>In Meine Anfragen ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="296"/>
        <source>Send &amp;another file</source>
        <translation>&amp;Weitere Datei senden</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="335"/>
        <source>Choose your product…</source>
        <translation>Wählen Sie Ihr Produkt…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="343"/>
        <source>Each sample is read as bytes only — never opened or run — and packed into one zip encrypted with the password “{password}”. Samples up to {limit}.</source>
        <translation>Jede Probe wird nur als Bytes gelesen — nie geöffnet oder ausgeführt — und in ein ZIP-Archiv gepackt, das mit dem Passwort „{password}“ verschlüsselt ist. Proben bis {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="355"/>
        <source>Sent from your account ({who}); the verdict also appears in My requests.</source>
        <translation>Gesendet von Ihrem Konto ({who}); das Urteil erscheint auch unter Meine Anfragen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="500"/>
        <source>Your product&apos;s link names a product “{product}” that is not in the list; choose it below.</source>
        <translation>Der Link Ihres Produkts nennt ein Produkt „{product}“, das nicht in der Liste steht; wählen Sie es unten aus.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="671"/>
        <source>Your request is with the Virus Lab. Its number is above; the verdict comes by e-mail and appears in My requests.</source>
        <translation>Ihre Anfrage liegt beim Viruslabor. Die Nummer steht oben; das Urteil kommt per E-Mail und erscheint unter Meine Anfragen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="676"/>
        <source>Your request is with the Virus Lab. Its number is above; the verdict comes by e-mail.</source>
        <translation>Ihre Anfrage liegt beim Viruslabor. Die Nummer steht oben; das Urteil kommt per E-Mail.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="365"/>
        <source>You are not signed in. The request goes without an account: type the characters from the picture. Requests without an account are analysed with a lower priority than those from an account. &lt;a href=&apos;signin&apos;&gt;Sign in&lt;/a&gt;</source>
        <translation>Sie sind nicht angemeldet. Die Anfrage wird ohne Konto gesendet: Geben Sie die Zeichen aus dem Bild ein. Anfragen ohne Konto werden mit niedrigerer Priorität analysiert als Anfragen aus einem Konto. &lt;a href=&apos;signin&apos;&gt;Anmelden&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="480"/>
        <location filename="../../app/gui/pages/viruslab.py" line="494"/>
        <source>Filled in from your product&apos;s link.</source>
        <translation>Aus dem Link Ihres Produkts ausgefüllt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="509"/>
        <source>Choose the files for the Virus Lab</source>
        <translation>Dateien für das Viruslabor auswählen</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="519"/>
        <source>Reading the files…</source>
        <translation>Dateien werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="574"/>
        <source>Type the characters from the picture.</source>
        <translation>Geben Sie die Zeichen aus dem Bild ein.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="583"/>
        <source>Complete the marked fields.</source>
        <translation>Füllen Sie die markierten Felder aus.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="591"/>
        <source>The service is not ready yet; try again.</source>
        <translation>Der Dienst ist noch nicht bereit; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="648"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="660"/>
        <source>Sending was stopped. Send again to go on from where it stopped.</source>
        <translation>Das Senden wurde angehalten. Senden Sie erneut, um dort fortzufahren, wo es aufgehört hat.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="683"/>
        <source>Waiting to be sent</source>
        <translation>Wartet auf das Senden</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="686"/>
        <source>The service cannot be reached. Your request and its encrypted archive wait in the outbox (under Support request) and go out by themselves, once, when the service answers.</source>
        <translation>Der Dienst ist nicht erreichbar. Ihre Anfrage und ihr verschlüsseltes Archiv warten im Postausgang (unter Supportanfrage) und werden automatisch einmal gesendet, sobald der Dienst antwortet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="717"/>
        <source>The service cannot be reached, and a request without an account needs it right away to check the characters from the picture, so it cannot wait in the outbox. The form and its packed archive are kept: send again when the service answers, and the upload goes on where it stopped. Or sign in: signed-in requests wait in the outbox.</source>
        <translation>Der Dienst ist nicht erreichbar, und eine Anfrage ohne Konto braucht ihn sofort, um die Zeichen aus dem Bild zu prüfen; sie kann daher nicht im Postausgang warten. Das Formular und sein gepacktes Archiv werden aufbewahrt: Senden Sie erneut, sobald der Dienst antwortet, und der Upload setzt dort fort, wo er aufgehört hat. Oder melden Sie sich an: Anfragen angemeldeter Benutzer warten im Postausgang.</translation>
    </message>
</context>
<context>
    <name>WizardHost</name>
    <message>
        <location filename="../../app/gui/wizard/host.py" line="69"/>
        <source>Your product sent a new request link; finish or close the request that is open first.</source>
        <translation>Ihr Produkt hat einen neuen Anfragelink gesendet; schließen Sie zuerst die geöffnete Anfrage ab oder schließen Sie sie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/host.py" line="149"/>
        <source>Finish or close the request that is open first.</source>
        <translation>Schließen Sie zuerst die geöffnete Anfrage ab oder schließen Sie sie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/host.py" line="171"/>
        <source>The unfinished request was discarded.</source>
        <translation>Die unvollständige Anfrage wurde verworfen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/host.py" line="189"/>
        <source>Your request {number} has been sent: it waited on this computer while the service could not be reached.</source>
        <translation>Ihre Anfrage {number} wurde gesendet: Sie hat auf diesem Computer gewartet, während der Dienst nicht erreichbar war.</translation>
    </message>
</context>
</TS>
