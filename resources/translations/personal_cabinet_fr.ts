<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountGate</name>
    <message>
        <location filename="../../app/gui/pages/gate.py" line="38"/>
        <source>&amp;Sign in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/gate.py" line="40"/>
        <source>&amp;Create an account…</source>
        <translation>C&amp;réer un compte…</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="232"/>
        <source>Sign in with your Customer ID or e-mail and password, so the request is filed under your account.</source>
        <translation>Connectez-vous avec votre numéro client ou votre e-mail et votre mot de passe, afin que la demande soit enregistrée dans votre compte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="257"/>
        <source>I have an &amp;account: Customer ID or e-mail and password</source>
        <translation>J&apos;ai un &amp;compte&#xa0;: numéro client ou e-mail et mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="266"/>
        <source>&amp;Skip this step: send the request without an account</source>
        <translation>&amp;Ignorer cette étape&#xa0;: envoyer la demande sans compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="298"/>
        <source>You are signed in as &lt;b&gt;{name}&lt;/b&gt; (Customer ID {cid}).</source>
        <translation>Vous êtes connecté en tant que &lt;b&gt;{name}&lt;/b&gt; (numéro client {cid}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="300"/>
        <source>You are signed in as &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Vous êtes connecté en tant que &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="306"/>
        <source>The request is filed under this account: the experts&apos; answers arrive by e-mail and appear in My requests. Choose &lt;b&gt;Next&lt;/b&gt; to go on.</source>
        <translation>La demande est enregistrée dans ce compte&#xa0;: les réponses des experts arrivent par e-mail et s&apos;affichent dans Mes demandes. Choisissez &lt;b&gt;Suivant&lt;/b&gt; pour continuer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="312"/>
        <source>You are signed in; your request is filed under your account.</source>
        <translation>Vous êtes connecté&#xa0;; votre demande est enregistrée dans votre compte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="318"/>
        <source>Sign in with your Customer ID or e-mail and password</source>
        <translation>Connectez-vous avec votre numéro client ou votre e-mail et votre mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="319"/>
        <source>, or skip this step.</source>
        <translation>, ou ignorez cette étape.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="325"/>
        <source>Allowed for suggestions, key and license problems and pre-sale questions, for example when the key or activation code is lost or the product is not bought yet. Type the characters from the picture; the answer comes by e-mail.</source>
        <translation>Autorisé pour les suggestions, les problèmes de clé et de licence et les questions avant achat, par exemple lorsque la clé ou le code d&apos;activation est perdu ou que le produit n&apos;est pas encore acheté. Saisissez les caractères de l&apos;image&#xa0;; la réponse arrive par e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="333"/>
        <source>This type of request needs an account. Only Suggestions for future versions, Key problem / License expiration and Pre-sale questions may be sent without one.</source>
        <translation>Ce type de demande nécessite un compte. Seuls les types Suggestions pour les prochaines versions, Problème de clé / Expiration de la licence et Questions avant achat peuvent être envoyés sans compte.</translation>
    </message>
</context>
<context>
    <name>ActivateDialog</name>
    <message>
        <location filename="../../ui/activate.ui" line="12"/>
        <location filename="../../ui/activate.ui" line="18"/>
        <source>Activate your account</source>
        <translation>Activer votre compte</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="28"/>
        <source>Paste the activation code or the whole link from the mail we sent you. Once activated, you are signed in.</source>
        <translation>Collez le code d&apos;activation ou le lien complet du message que nous vous avons envoyé. Une fois le compte activé, vous êtes connecté.</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="40"/>
        <source>Activation &amp;code or link</source>
        <translation>&amp;Code ou lien d&apos;activation</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="50"/>
        <source>Activation code or link</source>
        <translation>Code ou lien d&apos;activation</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="75"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="90"/>
        <source>&amp;Send the mail again…</source>
        <translation>Renvoyer le &amp;message…</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="110"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="120"/>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/activate.py" line="47"/>
        <source>Your account is activated and you are signed in.</source>
        <translation>Votre compte est activé et vous êtes connecté.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/activate.py" line="54"/>
        <source>Send the activation mail again</source>
        <translation>Renvoyer le message d&apos;activation</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/activate.py" line="55"/>
        <source>The e-mail you registered with:</source>
        <translation>L&apos;e-mail avec lequel vous vous êtes inscrit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/activate.py" line="71"/>
        <source>If {text} has an account waiting for activation, a new mail is on its way.</source>
        <translation>Si un compte en attente d&apos;activation existe pour {text}, un nouveau message est en route.</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../../app/api/client.py" line="529"/>
        <source>The download was cancelled.</source>
        <translation>Le téléchargement a été annulé.</translation>
    </message>
    <message>
        <location filename="../../app/api/client.py" line="553"/>
        <source>Files over 2 MB cannot go inside the form; they are sent by resumable upload.</source>
        <translation>Les fichiers de plus de 2&#xa0;Mo ne peuvent pas être joints au formulaire&#xa0;; ils sont envoyés par un transfert pouvant être repris.</translation>
    </message>
    <message>
        <location filename="../../app/api/events.py" line="98"/>
        <source>You were signed out; sign in again.</source>
        <translation>Vous avez été déconnecté&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../app/api/events.py" line="104"/>
        <location filename="../../app/api/transport.py" line="240"/>
        <source>Your sign-in has expired; sign in again.</source>
        <translation>Votre connexion a expiré&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../../app/api/tokens.py" line="172"/>
        <source>No keyring is available on this system, so the sign-in is not kept.</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce système&#xa0;; la connexion n&apos;est donc pas conservée.</translation>
    </message>
    <message>
        <location filename="../../app/api/tokens.py" line="197"/>
        <source>The system keyring could not read the saved sign-in ({name}).</source>
        <translation>Le trousseau du système n’a pas pu lire la connexion enregistrée ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/api/tokens.py" line="200"/>
        <source>The system keyring could not save the sign-in ({name}).</source>
        <translation>Le trousseau du système n’a pas pu enregistrer la connexion ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/api/tokens.py" line="203"/>
        <source>The system keyring could not delete the saved sign-in ({name}).</source>
        <translation>Le trousseau du système n’a pas pu supprimer la connexion enregistrée ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/api/transport.py" line="202"/>
        <source>The call to the service failed: {name}.</source>
        <translation>L&apos;appel au service a échoué&#xa0;: {name}.</translation>
    </message>
    <message>
        <location filename="../../app/api/uploads.py" line="149"/>
        <source>The service did not accept the upload.</source>
        <translation>Le service n&apos;a pas accepté l&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../../app/api/uploads.py" line="193"/>
        <location filename="../../app/api/uploads.py" line="316"/>
        <source>The upload was cancelled; it can be resumed.</source>
        <translation>L&apos;envoi a été annulé&#xa0;; il peut être repris.</translation>
    </message>
    <message>
        <location filename="../../app/api/uploads.py" line="200"/>
        <source>“{filename}” became shorter while it was sent; add it again.</source>
        <translation>La taille de «&#xa0;{filename}&#xa0;» a diminué pendant l&apos;envoi&#xa0;; ajoutez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/api/uploads.py" line="346"/>
        <source>The service received the file but did not confirm it; try again.</source>
        <translation>Le service a reçu le fichier mais ne l&apos;a pas confirmé&#xa0;; réessayez.</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <location filename="../../app/api/errors.py" line="22"/>
        <source>The service did not understand the request.</source>
        <translation>Le service n&apos;a pas compris la demande.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="23"/>
        <source>Sign in to continue.</source>
        <translation>Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="24"/>
        <source>You are not allowed to do this.</source>
        <translation>Vous n&apos;êtes pas autorisé à effectuer cette action.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="25"/>
        <source>This no longer exists, or it is not yours.</source>
        <translation>Cet élément n&apos;existe plus ou ne vous appartient pas.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="26"/>
        <source>This conflicts with a change made meanwhile; reload and try again.</source>
        <translation>Cela entre en conflit avec une modification faite entre-temps&#xa0;; rechargez et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="29"/>
        <source>This file is too large.</source>
        <translation>Ce fichier est trop volumineux.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="30"/>
        <source>Some fields are not valid.</source>
        <translation>Certains champs ne sont pas valides.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="31"/>
        <source>Too many attempts; wait a little and try again.</source>
        <translation>Trop de tentatives&#xa0;; patientez un peu et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="159"/>
        <source>The service answered with an error ({status}).</source>
        <translation>Le service a répondu par une erreur ({status}).</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="198"/>
        <source>The service at {service} is not reachable right now. Check your connection; try again in a moment.</source>
        <translation>Le service {service} est injoignable pour le moment. Vérifiez votre connexion&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="204"/>
        <source>The service is not reachable right now. Check your connection; try again in a moment.</source>
        <translation>Le service est injoignable pour le moment. Vérifiez votre connexion&#xa0;; réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/gui/application.py" line="136"/>
        <source>The --server address was not used: {reason}</source>
        <translation>L&apos;adresse indiquée par --server n&apos;a pas été utilisée&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="90"/>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="91"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="91"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="91"/>
        <source>Upload</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="103"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="104"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="105"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="106"/>
        <source>Res&amp;ume</source>
        <translation>Rep&amp;rendre</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="111"/>
        <source>Checking the files…</source>
        <translation>Vérification des fichiers…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="143"/>
        <source>Upload of {name}</source>
        <translation>Envoi de {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="211"/>
        <source>Attach files to your request</source>
        <translation>Joindre des fichiers à votre demande</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="41"/>
        <source>Not sent yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="44"/>
        <source>Sent — checksum confirmed by the service</source>
        <translation>Envoyé — somme de contrôle confirmée par le service</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="46"/>
        <source>Sending… {percent}%</source>
        <translation>Envoi… {percent}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="50"/>
        <source> (went on from {resumed_from})</source>
        <translation> (repris à partir de {resumed_from})</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="55"/>
        <source>Paused at {percent}% — resume it, or it goes on when you submit</source>
        <translation>En pause à {percent}&#xa0;% — reprenez l&apos;envoi, ou il se poursuivra lorsque vous enverrez la demande</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="59"/>
        <source>Waiting for the service — sent when it answers, or with the request</source>
        <translation>En attente du service — envoyé dès qu&apos;il répond, ou avec la demande</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="63"/>
        <source>Not sent: {message}</source>
        <translation>Non envoyé&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="67"/>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="94"/>
        <source>Hide the {name}</source>
        <translation>Masquer&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="95"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>CaptchaBox</name>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="102"/>
        <location filename="../../app/gui/wizard/widgets.py" line="132"/>
        <source>Loading the picture…</source>
        <translation>Chargement de l&apos;image…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="103"/>
        <source>Captcha picture</source>
        <translation>Image du code de vérification</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="107"/>
        <source>New &amp;picture</source>
        <translation>Nouvelle &amp;image</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="108"/>
        <source>Show a new captcha picture</source>
        <translation>Afficher une nouvelle image de code de vérification</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="114"/>
        <source>C&amp;haracters in the picture:</source>
        <translation>Ca&amp;ractères de l&apos;image&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="116"/>
        <source>Characters in the picture</source>
        <translation>Caractères de l&apos;image</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="152"/>
        <source>No picture: the service did not answer.</source>
        <translation>Aucune image&#xa0;: le service n&apos;a pas répondu.</translation>
    </message>
</context>
<context>
    <name>ChangeEmailDialog</name>
    <message>
        <location filename="../../ui/change_email.ui" line="12"/>
        <source>Change e-mail</source>
        <translation>Modifier l&apos;e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="18"/>
        <source>Change the e-mail you sign in with</source>
        <translation>Modifier l&apos;e-mail de connexion</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="40"/>
        <location filename="../../ui/change_email.ui" line="47"/>
        <source>Current e-mail</source>
        <translation>E-mail actuel</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="57"/>
        <source>&amp;New e-mail</source>
        <translation>&amp;Nouvel e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="67"/>
        <source>New e-mail</source>
        <translation>Nouvel e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="70"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="77"/>
        <source>Your &amp;password</source>
        <translation>Votre mot de &amp;passe</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="87"/>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="99"/>
        <source>We send a confirmation link to the new address. Your current address stays in use until you confirm.</source>
        <translation>Nous envoyons un lien de confirmation à la nouvelle adresse. Votre adresse actuelle reste utilisée jusqu&apos;à votre confirmation.</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="131"/>
        <source>Confirmation &amp;code or link</source>
        <translation>&amp;Code ou lien de confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="141"/>
        <source>Confirmation code or link</source>
        <translation>Code ou lien de confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="177"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="192"/>
        <source>I already have a &amp;code</source>
        <translation>J&apos;ai déjà un co&amp;de</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="212"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="222"/>
        <source>&amp;Send confirmation</source>
        <translation>&amp;Envoyer la confirmation</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="54"/>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="63"/>
        <source>We sent a confirmation link and code to &lt;b&gt;{email}&lt;/b&gt;. Your current address stays in use until you confirm. Paste the code or the link here, or follow the link in the mail.</source>
        <translation>Nous avons envoyé un lien et un code de confirmation à &lt;b&gt;{email}&lt;/b&gt;. Votre adresse actuelle reste utilisée jusqu&apos;à votre confirmation. Collez ici le code ou le lien, ou suivez le lien du message.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="69"/>
        <source>Paste the code or the link from the confirmation mail sent to the new address.</source>
        <translation>Collez le code ou le lien du message de confirmation envoyé à la nouvelle adresse.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="75"/>
        <source>&amp;Confirm the new address</source>
        <translation>&amp;Confirmer la nouvelle adresse</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="92"/>
        <source>Your new e-mail address is confirmed.</source>
        <translation>Votre nouvelle adresse e-mail est confirmée.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/change_password.ui" line="12"/>
        <source>Change password</source>
        <translation>Modifier le mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="18"/>
        <source>Change your password</source>
        <translation>Modifier votre mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="28"/>
        <source>Enter your current password, then the new one twice. Other devices signed in to your account are signed out.</source>
        <translation>Saisissez votre mot de passe actuel, puis le nouveau deux fois. Les autres appareils connectés à votre compte sont déconnectés.</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="40"/>
        <source>&amp;Current password</source>
        <translation>Mot de passe &amp;actuel</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="50"/>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="60"/>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="70"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="80"/>
        <source>Confirm new pass&amp;word</source>
        <translation>Confirmer le nouveau mot de pa&amp;sse</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="90"/>
        <source>Confirm new password</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="100"/>
        <source>Password rules</source>
        <translation>Règles du mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="128"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="150"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="160"/>
        <source>C&amp;hange password</source>
        <translation>&amp;Modifier le mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_password.py" line="45"/>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_password.py" line="54"/>
        <source>The two passwords do not match.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_password.py" line="63"/>
        <source>Your password is changed; other devices signed in to your account were signed out.</source>
        <translation>Votre mot de passe est modifié&#xa0;; les autres appareils connectés à votre compte ont été déconnectés.</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="62"/>
        <source>Compare system reports</source>
        <translation>Comparer des rapports système</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="68"/>
        <source>&amp;Earlier report…</source>
        <translation>Rapport &amp;antérieur…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="68"/>
        <source>&amp;Later report…</source>
        <translation>Rapport &amp;postérieur…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="78"/>
        <source>&amp;Changed only</source>
        <translation>&amp;Modifications uniquement</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="86"/>
        <source>Section, table or row</source>
        <translation>Section, tableau ou ligne</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="86"/>
        <source>What changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="88"/>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="94"/>
        <source>Choose a system report</source>
        <translation>Choisir un rapport système</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="107"/>
        <source>(not chosen)</source>
        <translation>(non choisi)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="112"/>
        <source>Choose the two reports to compare.</source>
        <translation>Choisissez les deux rapports à comparer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="122"/>
        <source>{changed} of {total} sections differ.</source>
        <translation>{changed} sections sur {total} diffèrent.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="153"/>
        <source>unchanged: {key}</source>
        <translation>inchangé&#xa0;: {key}</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="66"/>
        <source>Remove the activation code</source>
        <translation>Supprimer le code d&apos;activation</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="68"/>
        <source>Remove the activation code {code} for {product} from your account? Its seat is freed, so the code can be added to another account; your devices using it through this account are deactivated. You can add the code again later if a seat is free.</source>
        <translation>Supprimer le code d&apos;activation {code} de {product} de votre compte&#xa0;? Son poste est libéré, le code peut donc être ajouté à un autre compte&#xa0;; vos appareils qui l&apos;utilisent via ce compte sont désactivés. Vous pourrez ajouter à nouveau le code plus tard si un poste est libre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="75"/>
        <source>&amp;Remove this activation code</source>
        <translation>&amp;Supprimer ce code d&apos;activation</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="76"/>
        <source>I &amp;agree</source>
        <translation>J&apos;a&amp;ccepte</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="83"/>
        <source>Deactivate the device</source>
        <translation>Désactiver l&apos;appareil</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="85"/>
        <source>Deactivate {product} on “{device}”? Its seat is freed for another device; the product on that device stops being licensed until it is activated again.</source>
        <translation>Désactiver {product} sur «&#xa0;{device}&#xa0;»&#xa0;? Son poste est libéré pour un autre appareil&#xa0;; le produit sur cet appareil n&apos;est plus sous licence jusqu&apos;à ce qu&apos;il soit à nouveau activé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="91"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.ui" line="12"/>
        <source>Personal Cabinet ran into a problem</source>
        <translation>Espace personnel a rencontré un problème</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="18"/>
        <source>Something went wrong</source>
        <translation>Une erreur s&apos;est produite</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="28"/>
        <source>Personal Cabinet met an error it did not expect. You can keep working; if something looks wrong, restart the application. A report without passwords, tokens, e-mail addresses or codes was saved here:</source>
        <translation>Espace personnel a rencontré une erreur inattendue. Vous pouvez continuer à travailler&#xa0;; si quelque chose semble anormal, redémarrez l&apos;application. Un rapport sans mots de passe, jetons, adresses e-mail ni codes a été enregistré ici&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="38"/>
        <source>Report file</source>
        <translation>Fichier du rapport</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="51"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="66"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="80"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="97"/>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>DemoCodesBox</name>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="44"/>
        <source>Demo activation codes of the local service</source>
        <translation>Codes d&apos;activation de démonstration du service local</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="52"/>
        <source>The local service on this computer holds these demo licenses. Copy one, or put it in the field above with Use; some are meant to be refused (expired, blocked, no seat left) so you can see what happens.</source>
        <translation>Le service local de cet ordinateur contient ces licences de démonstration. Copiez-en une, ou placez-la dans le champ ci-dessus avec Utiliser&#xa0;; certaines sont prévues pour être refusées (expirée, bloquée, plus de poste libre) afin que vous voyiez ce qui se passe.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="62"/>
        <source>Demo activation code</source>
        <translation>Code d&apos;activation de démonstration</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="65"/>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="66"/>
        <source>Copy the demo activation code</source>
        <translation>Copier le code d&apos;activation de démonstration</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="67"/>
        <source>&amp;Use</source>
        <translation>&amp;Utiliser</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="68"/>
        <source>Put the demo activation code in the field</source>
        <translation>Placer le code d&apos;activation de démonstration dans le champ</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="430"/>
        <source>Describe your problem in detail, say where to answer, and attach files that help the experts.</source>
        <translation>Décrivez votre problème en détail, indiquez où vous répondre et joignez les fichiers utiles aux experts.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="440"/>
        <source>What happened, what you did before, what the product showed (error messages, codes), and what you already tried.</source>
        <translation>Ce qui s&apos;est passé, ce que vous avez fait avant, ce que le produit a affiché (messages d&apos;erreur, codes) et ce que vous avez déjà essayé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="452"/>
        <source>the company that bought the license, if any</source>
        <translation>la société qui a acheté la licence, le cas échéant</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="466"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="471"/>
        <source>Files up to 2 MB go with the form. Larger files, up to 4 GB, are sent in parts: they can be paused, and go on from where they stopped after a lost connection or a restart. The service confirms each file&apos;s checksum.</source>
        <translation>Les fichiers jusqu&apos;à 2&#xa0;Mo sont envoyés avec le formulaire. Les fichiers plus volumineux, jusqu&apos;à 4&#xa0;Go, sont envoyés par parties&#xa0;: ils peuvent être mis en pause et reprennent là où ils s&apos;étaient arrêtés après une perte de connexion ou un redémarrage. Le service confirme la somme de contrôle de chaque fichier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="511"/>
        <source>Requests whose content does not match their type are not processed by the experts.</source>
        <translation>Les demandes dont le contenu ne correspond pas à leur type ne sont pas traitées par les experts.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="515"/>
        <source>{warning} Your request type: {title}.</source>
        <translation>{warning} Type de votre demande&#xa0;: {title}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="530"/>
        <source>Loading the list of countries…</source>
        <translation>Chargement de la liste des pays…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="536"/>
        <source>Choose your country…</source>
        <translation>Choisissez votre pays…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="561"/>
        <source>This is not an e-mail address; check it for typing mistakes.</source>
        <translation>Ceci n&apos;est pas une adresse e-mail&#xa0;; vérifiez qu&apos;elle ne contient pas de faute de frappe.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="600"/>
        <source>“{name}” is attached already.</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà joint.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="605"/>
        <source>A request takes at most {MAX_FILES} files; pack more in a zip.</source>
        <translation>Une demande accepte au plus {MAX_FILES} fichiers&#xa0;; regroupez les autres dans un fichier zip.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="208"/>
        <source>Request &amp;number</source>
        <translation>&amp;Numéro de la demande</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="211"/>
        <source>Request number</source>
        <translation>Numéro de la demande</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="217"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="218"/>
        <source>Copy the request number</source>
        <translation>Copier le numéro de la demande</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="227"/>
        <source>&amp;Open in My requests</source>
        <translation>&amp;Ouvrir dans Mes demandes</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="248"/>
        <source>Clos&amp;e</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="251"/>
        <source>Your request has been sent</source>
        <translation>Votre demande a été envoyée</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="252"/>
        <source>Keep its number: the experts and My requests refer to it.</source>
        <translation>Conservez son numéro&#xa0;: les experts et Mes demandes y font référence.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="258"/>
        <source>Technical Support received your request. A confirmation is on its way to &lt;b&gt;{email}&lt;/b&gt;; the experts answer there and in My requests.</source>
        <translation>Le Support technique a reçu votre demande. Une confirmation est en route vers &lt;b&gt;{email}&lt;/b&gt;&#xa0;; les experts y répondent, ainsi que dans Mes demandes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="263"/>
        <source>Technical Support received your request. A confirmation is on its way to &lt;b&gt;{email}&lt;/b&gt;; the experts answer there.</source>
        <translation>Le Support technique a reçu votre demande. Une confirmation est en route vers &lt;b&gt;{email}&lt;/b&gt;&#xa0;; les experts y répondent.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="274"/>
        <source>Requests whose content does not match their type are not processed; if you chose the wrong type, reply to the confirmation and say so.</source>
        <translation>Les demandes dont le contenu ne correspond pas à leur type ne sont pas traitées&#xa0;; si vous avez choisi le mauvais type, répondez à la confirmation pour le signaler.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="283"/>
        <source>Your request will be sent when the service answers</source>
        <translation>Votre demande sera envoyée dès que le service répondra</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="285"/>
        <source>It waits on this computer</source>
        <translation>Elle attend sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="286"/>
        <source>, with copies of its files.</source>
        <translation>, avec des copies de ses fichiers.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="291"/>
        <source>The support service at {service} could not be reached. Your request is kept in the outbox on this computer and is sent by itself, exactly once, as soon as the service answers — also after a restart of Personal Cabinet. Its number appears under Support request when it has been sent.</source>
        <translation>Le service de support {service} est injoignable. Votre demande est conservée dans la boîte d&apos;envoi de cet ordinateur et sera envoyée automatiquement, une seule fois, dès que le service répondra — même après un redémarrage d&apos;Espace personnel. Son numéro apparaîtra sous Demande de support une fois envoyée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="301"/>
        <source>You can close this window.</source>
        <translation>Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="303"/>
        <source> The files were copied, so you may move or delete the originals.</source>
        <translation> Les fichiers ont été copiés&#xa0;; vous pouvez donc déplacer ou supprimer les originaux.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="312"/>
        <source>{number} is copied to the clipboard.</source>
        <translation>{number} est copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="158"/>
        <source>Unfinished request</source>
        <translation>Demande inachevée</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="159"/>
        <source>Res&amp;ume it</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="160"/>
        <source>&amp;Discard it</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="161"/>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="162"/>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="179"/>
        <source> You have {count} more unfinished.</source>
        <translation> Vous avez {count} autres demandes inachevées.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="184"/>
        <source>You did not finish a support request: {draft}.{more} Resume it, or discard it?</source>
        <translation>Vous n&apos;avez pas terminé une demande de support&#xa0;: {draft}.{more} La reprendre ou l&apos;abandonner&#xa0;?</translation>
    </message>
</context>
<context>
    <name>DraftsUi</name>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="106"/>
        <source>support request</source>
        <translation>demande au support</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="110"/>
        <source>“{kind}”, step {step} of 5</source>
        <translation>«&#xa0;{kind}&#xa0;», étape {step} sur 5</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="117"/>
        <source> (saved {saved})</source>
        <translation> (enregistré le {saved})</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <location filename="../../app/core/staff/due.py" line="21"/>
        <source>{days} d {hours} h</source>
        <translation>{days} j {hours} h</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/due.py" line="23"/>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} h {minutes:02d} min</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/due.py" line="26"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/due.py" line="35"/>
        <source>{span} left</source>
        <translation>encore {span}</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/due.py" line="36"/>
        <source>{span} over</source>
        <translation>en retard de {span}</translation>
    </message>
</context>
<context>
    <name>EmbeddedService</name>
    <message>
        <location filename="../../app/gui/embedded.py" line="171"/>
        <source>The local service could not be started: %s.</source>
        <translation>Le service local n&apos;a pas pu démarrer&#xa0;: %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/embedded.py" line="210"/>
        <source>The local service did not start in time.</source>
        <translation>Le service local n&apos;a pas démarré à temps.</translation>
    </message>
    <message>
        <location filename="../../app/gui/embedded.py" line="237"/>
        <source>The local service stopped unexpectedly.</source>
        <translation>Le service local s&apos;est arrêté de manière inattendue.</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../app/gui/feedback.py" line="31"/>
        <source>Something unexpected went wrong; a report was saved. Try again, or restart the application.</source>
        <translation>Un problème inattendu s&apos;est produit&#xa0;; un rapport a été enregistré. Réessayez ou redémarrez l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../app/gui/feedback.py" line="61"/>
        <source>A file could not be read or written: {value}.</source>
        <translation>Impossible de lire ou d&apos;écrire un fichier&#xa0;: {value}.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="48"/>
        <source>Request type</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="53"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="55"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="56"/>
        <source>Customer ID or e-mail</source>
        <translation>Numéro client ou e-mail</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="57"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="61"/>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="69"/>
        <source>Characters from the picture</source>
        <translation>Caractères de l&apos;image</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="77"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="80"/>
        <source>Describe your problem in detail.</source>
        <translation>Décrivez votre problème en détail.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="85"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="88"/>
        <source>Give your e-mail address for the answer.</source>
        <translation>Indiquez votre adresse e-mail pour la réponse.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="94"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="97"/>
        <source>Choose your country.</source>
        <translation>Choisissez votre pays.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="103"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="111"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="119"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="127"/>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="130"/>
        <source>Give your operating system.</source>
        <translation>Indiquez votre système d&apos;exploitation.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="135"/>
        <source>Product version</source>
        <translation>Version du produit</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="142"/>
        <source>GetSystemInfo report</source>
        <translation>Rapport GetSystemInfo</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="34"/>
        <source>Choose the type of your request.</source>
        <translation>Choisissez le type de votre demande.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="36"/>
        <source>Choose the product you use.</source>
        <translation>Choisissez le produit que vous utilisez.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="39"/>
        <source>This type of request needs your Customer ID or e-mail and password.</source>
        <translation>Ce type de demande nécessite votre numéro client ou votre e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="43"/>
        <source>Sign in, or skip this step where it is allowed.</source>
        <translation>Connectez-vous, ou ignorez cette étape lorsque c&apos;est autorisé.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="49"/>
        <source>Type the characters from the picture.</source>
        <translation>Saisissez les caractères de l&apos;image.</translation>
    </message>
</context>
<context>
    <name>Forgot</name>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="24"/>
        <source>Enter your Customer ID if you only forgot the password, or the e-mail you registered with. We send a link and a code to set a new password.</source>
        <translation>Saisissez votre numéro client si vous avez seulement oublié le mot de passe, ou l&apos;e-mail avec lequel vous vous êtes inscrit. Nous envoyons un lien et un code pour définir un nouveau mot de passe.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="29"/>
        <source>Enter the e-mail you registered with; we send your Customer ID to it.</source>
        <translation>Saisissez l&apos;e-mail avec lequel vous vous êtes inscrit&#xa0;; nous y envoyons votre numéro client.</translation>
    </message>
</context>
<context>
    <name>ForgotDialog</name>
    <message>
        <location filename="../../ui/forgot.ui" line="12"/>
        <source>Forgot password or Customer ID</source>
        <translation>Mot de passe ou numéro client oublié</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="18"/>
        <source>Restore access to your account</source>
        <translation>Rétablir l&apos;accès à votre compte</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="38"/>
        <source>I forgot my &amp;password</source>
        <translation>J&apos;ai oublié mon mot de &amp;passe</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="48"/>
        <source>I forgot my Customer &amp;ID</source>
        <translation>J&apos;ai oublié mon numéro &amp;client</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="68"/>
        <location filename="../../ui/forgot.ui" line="57"/>
        <source>Customer ID or &amp;e-mail</source>
        <translation>Numéro client ou &amp;e-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="68"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="71"/>
        <location filename="../../ui/forgot.ui" line="67"/>
        <source>Customer ID or e-mail</source>
        <translation>Numéro client ou e-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="71"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="75"/>
        <source>&amp;Send the reset mail</source>
        <translation>&amp;Envoyer le message de réinitialisation</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="75"/>
        <source>&amp;Send my ID</source>
        <translation>&amp;Envoyer mon numéro</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="112"/>
        <source>If &lt;b&gt;{login}&lt;/b&gt; belongs to an account, a mail with a link and a code to set a new password is on its way. Paste the code or the link here and choose the new password.</source>
        <translation>Si &lt;b&gt;{login}&lt;/b&gt; correspond à un compte, un message contenant un lien et un code pour définir un nouveau mot de passe est en route. Collez ici le code ou le lien et choisissez le nouveau mot de passe.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="118"/>
        <source>Paste the code or the link from the reset mail and choose the new password.</source>
        <translation>Collez le code ou le lien du message de réinitialisation et choisissez le nouveau mot de passe.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="124"/>
        <source>&amp;Set the new password</source>
        <translation>&amp;Définir le nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="142"/>
        <source>The two passwords do not match.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="149"/>
        <source>Your password is changed, and every device that was signed in is signed out. Sign in with the new password.</source>
        <translation>Votre mot de passe est modifié et tous les appareils qui étaient connectés sont déconnectés. Connectez-vous avec le nouveau mot de passe.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="159"/>
        <source>If &lt;b&gt;{email}&lt;/b&gt; belongs to an account, your Customer ID is on its way to it.</source>
        <translation>Si &lt;b&gt;{email}&lt;/b&gt; correspond à un compte, votre numéro client y est envoyé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="169"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="112"/>
        <source>Reset &amp;code or link</source>
        <translation>&amp;Code ou lien de réinitialisation</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="122"/>
        <source>Reset code or link</source>
        <translation>Code ou lien de réinitialisation</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="132"/>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="142"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="152"/>
        <source>Confirm new pass&amp;word</source>
        <translation>Confirmer le nouveau mot de pa&amp;sse</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="162"/>
        <source>Confirm new password</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="172"/>
        <source>Password rules</source>
        <translation>Règles du mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="228"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="243"/>
        <source>I already have a &amp;code</source>
        <translation>J&apos;ai déjà un co&amp;de</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="263"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="273"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <location filename="../../app/gui/feedback.py" line="151"/>
        <source>Correct the marked fields.</source>
        <translation>Corrigez les champs signalés.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../app/gui/formatting.py" line="12"/>
        <source>Home user</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="13"/>
        <source>Business (1–499 licenses of corporate products)</source>
        <translation>Entreprise (1 à 499 licences de produits pour entreprises)</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="14"/>
        <source>Corporate (500 or more licenses of corporate products)</source>
        <translation>Grand compte (500 licences ou plus de produits pour entreprises)</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="20"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="21"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="22"/>
        <source>Waiting for your reply</source>
        <translation>En attente de votre réponse</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="23"/>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="24"/>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="25"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="26"/>
        <source>Analyzing</source>
        <translation>En cours d&apos;analyse</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="27"/>
        <source>Verdict given</source>
        <translation>Verdict rendu</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="28"/>
        <location filename="../../app/gui/formatting.py" line="33"/>
        <source>Verdict: malicious</source>
        <translation>Verdict&#xa0;: malveillant</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="29"/>
        <location filename="../../app/gui/formatting.py" line="34"/>
        <source>Verdict: clean</source>
        <translation>Verdict&#xa0;: sain</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="30"/>
        <source>Verdict: false positive confirmed</source>
        <translation>Verdict&#xa0;: faux positif confirmé</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="35"/>
        <source>Verdict: false positive</source>
        <translation>Verdict&#xa0;: faux positif</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="39"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="40"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="41"/>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home_page.ui" line="42"/>
        <source>Welcome to Personal Cabinet</source>
        <translation>Bienvenue dans Espace personnel</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="52"/>
        <source>Ask Technical Support for help and follow your requests as the experts answer, and keep the activation codes of your licenses in one place. Sign in with your e-mail or Customer ID, or create an account in a minute.</source>
        <translation>Demandez de l&apos;aide au Support technique, suivez vos demandes au fil des réponses des experts et conservez les codes d&apos;activation de vos licences en un seul endroit. Connectez-vous avec votre e-mail ou votre numéro client, ou créez un compte en une minute.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="62"/>
        <source>&lt;ul style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Send a request to Technical Support in five guided steps, with files and a system report&lt;/li&gt;&lt;li&gt;Follow your requests and read the experts&apos; answers in My requests&lt;/li&gt;&lt;li&gt;Keep the activation codes of your licenses, with their expiry and free seats&lt;/li&gt;&lt;li&gt;Manage your contact details, password and two-factor sign-in&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Envoyez une demande au Support technique en cinq étapes guidées, avec des fichiers et un rapport système&lt;/li&gt;&lt;li&gt;Suivez vos demandes et lisez les réponses des experts dans Mes demandes&lt;/li&gt;&lt;li&gt;Conservez les codes d&apos;activation de vos licences, avec leur date d&apos;expiration et leurs postes libres&lt;/li&gt;&lt;li&gt;Gérez vos coordonnées, votre mot de passe et la validation en deux étapes&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="81"/>
        <source>&amp;Sign in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="92"/>
        <source>&amp;Create an account…</source>
        <translation>C&amp;réer un compte…</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="103"/>
        <source>Ac&amp;tivate an account…</source>
        <translation>Ac&amp;tiver un compte…</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="131"/>
        <source>Open the local &amp;mailbox</source>
        <translation>Ouvrir la &amp;boîte aux lettres locale</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="169"/>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="175"/>
        <location filename="../../ui/home_page.ui" line="182"/>
        <source>Customer ID</source>
        <translation>Numéro client</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="192"/>
        <location filename="../../ui/home_page.ui" line="199"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="209"/>
        <location filename="../../ui/home_page.ui" line="216"/>
        <source>Customer type</source>
        <translation>Type de client</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="229"/>
        <source>At a glance</source>
        <translation>En bref</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="235"/>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="244"/>
        <source>Number of licenses</source>
        <translation>Nombre de licences</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="251"/>
        <source>Manage &amp;licenses</source>
        <translation>Gérer les &amp;licences</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="270"/>
        <source>Open requests</source>
        <translation>Demandes ouvertes</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="279"/>
        <source>Number of open requests</source>
        <translation>Nombre de demandes ouvertes</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="286"/>
        <source>View my &amp;requests</source>
        <translation>Voir mes &amp;demandes</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="305"/>
        <source>Expiring soon</source>
        <translation>Expirent bientôt</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="312"/>
        <source>Licenses that expire within 30 days</source>
        <translation>Licences qui expirent dans les 30 jours</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="330"/>
        <source>&amp;New support request…</source>
        <translation>&amp;Nouvelle demande de support…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="62"/>
        <source>You are using the local service on this computer: it comes with demo products and licenses, and the mails it sends (activation links and codes) arrive in the Local mailbox instead of your e-mail.</source>
        <translation>Vous utilisez le service local de cet ordinateur&#xa0;: il est fourni avec des produits et des licences de démonstration, et les messages qu&apos;il envoie (liens et codes d&apos;activation) arrivent dans la Boîte aux lettres locale au lieu de votre e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="67"/>
        <source>Connected to the support service at {service_label}.</source>
        <translation>Connecté au service de support {service_label}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="76"/>
        <source>Hello!</source>
        <translation>Bonjour&#xa0;!</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="86"/>
        <source>Hello, {name}!</source>
        <translation>Bonjour, {name}&#xa0;!</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="119"/>
        <source>{name} ({code}): {days_text} left</source>
        <translation>{name} ({code})&#xa0;: encore {days_text}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="149"/>
        <source>The summary could not be loaded: {reason}</source>
        <translation>Le résumé n&apos;a pas pu être chargé&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Keyfile</name>
    <message>
        <location filename="../../app/core/keyfile.py" line="88"/>
        <source>The key file is damaged: a date is missing.</source>
        <translation>Le fichier clé est endommagé&#xa0;: une date manque.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="94"/>
        <source>The key file is damaged: a date cannot be read.</source>
        <translation>Le fichier clé est endommagé&#xa0;: une date est illisible.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="105"/>
        <source>The archive must hold exactly one key file (.key).</source>
        <translation>L&apos;archive doit contenir exactement un fichier clé (.key).</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="111"/>
        <source>The file in the archive is too large to be a key file.</source>
        <translation>Le fichier de l&apos;archive est trop volumineux pour être un fichier clé.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="117"/>
        <source>This archive is damaged.</source>
        <translation>Cette archive est endommagée.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="123"/>
        <location filename="../../app/core/keyfile.py" line="191"/>
        <source>This file is too large to be a key file.</source>
        <translation>Ce fichier est trop volumineux pour être un fichier clé.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="129"/>
        <location filename="../../app/core/keyfile.py" line="131"/>
        <source>This file is not a key file.</source>
        <translation>Ce fichier n&apos;est pas un fichier clé.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="134"/>
        <source>This key file&apos;s format ({format}) is not supported by this version of the application.</source>
        <translation>Le format de ce fichier clé ({format}) n&apos;est pas pris en charge par cette version de l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="144"/>
        <source>The key file is incomplete.</source>
        <translation>Le fichier clé est incomplet.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="147"/>
        <source>This key file was not issued for this application: it is signed with another vendor key.</source>
        <translation>Ce fichier clé n&apos;a pas été émis pour cette application&#xa0;: il est signé avec une autre clé d&apos;éditeur.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="157"/>
        <source>The key file&apos;s signature is not valid: the file was changed or damaged. Download a new copy under Licenses.</source>
        <translation>La signature du fichier clé n&apos;est pas valide&#xa0;: le fichier a été modifié ou endommagé. Téléchargez une nouvelle copie sous Licences.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="167"/>
        <source>The key file is damaged: the number of seats cannot be read.</source>
        <translation>Le fichier clé est endommagé&#xa0;: le nombre de postes est illisible.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="172"/>
        <source>The key file is damaged.</source>
        <translation>Le fichier clé est endommagé.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="196"/>
        <source>The file cannot be read: {value}.</source>
        <translation>Impossible de lire le fichier&#xa0;: {value}.</translation>
    </message>
</context>
<context>
    <name>LaunchLink</name>
    <message>
        <location filename="../../app/gui/launch_notes.py" line="15"/>
        <source>the request type “{name}” is not one we know</source>
        <translation>le type de demande «&#xa0;{name}&#xa0;» nous est inconnu</translation>
    </message>
    <message>
        <location filename="../../app/gui/launch_notes.py" line="21"/>
        <source>the product “{name}” is not in the catalog</source>
        <translation>le produit «&#xa0;{name}&#xa0;» ne figure pas au catalogue</translation>
    </message>
</context>
<context>
    <name>LaunchLinks</name>
    <message>
        <location filename="../../app/core/launch_links.py" line="63"/>
        <source>The link is empty.</source>
        <translation>Le lien est vide.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="66"/>
        <source>The link is too long to be a Personal Cabinet link.</source>
        <translation>Le lien est trop long pour être un lien Espace personnel.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="72"/>
        <source>The link could not be read.</source>
        <translation>Le lien est illisible.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="76"/>
        <source>This is not a Personal Cabinet link (it must start with {SCHEME}://).</source>
        <translation>Ce n&apos;est pas un lien Espace personnel (il doit commencer par {SCHEME}://).</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="91"/>
        <source>The link points to an unknown page “{netloc}{path}”.</source>
        <translation>Le lien pointe vers une page inconnue «&#xa0;{netloc}{path}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="99"/>
        <source>The link&apos;s fields could not be read.</source>
        <translation>Les champs du lien sont illisibles.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="104"/>
        <source>The link gives “{repeated}” more than once.</source>
        <translation>Le lien indique «&#xa0;{repeated}&#xa0;» plusieurs fois.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="125"/>
        <source>The link does not say which page to open.</source>
        <translation>Le lien n&apos;indique pas quelle page ouvrir.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="128"/>
        <source>The link points to an unknown page “{target}”.</source>
        <translation>Le lien pointe vers une page inconnue «&#xa0;{target}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="141"/>
        <source>The request type “{request_type}” is not valid.</source>
        <translation>Le type de demande «&#xa0;{request_type}&#xa0;» n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="148"/>
        <source>The product name in the link is not valid.</source>
        <translation>Le nom de produit indiqué dans le lien n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="156"/>
        <source>The product version “{version}” is not a dotted version such as 21.3.10.391.</source>
        <translation>La version de produit «&#xa0;{version}&#xa0;» n&apos;est pas une version à points, comme 21.3.10.391.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="188"/>
        <source>“{number}” is not a request number such as TS-000123.</source>
        <translation>«&#xa0;{number}&#xa0;» n&apos;est pas un numéro de demande, comme TS-000123.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="202"/>
        <source>The activation code in the link is not valid. {exc}</source>
        <translation>Le code d&apos;activation du lien n&apos;est pas valide. {exc}</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="267"/>
        <source>Give either a link, the request options or the licenses options.</source>
        <translation>Indiquez soit un lien, soit les options de demande, soit les options de licence.</translation>
    </message>
</context>
<context>
    <name>LegacyRegisterDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="44"/>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="73"/>
        <source>Register with an activation code or a key file</source>
        <translation>S&apos;inscrire avec un code d&apos;activation ou un fichier clé</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="84"/>
        <source>Have an activation code or the key file of a product you bought? Register with it: we make your account, add the license to it, and e-mail you a Customer ID and a password to sign in with.</source>
        <translation>Vous avez le code d&apos;activation ou le fichier clé d&apos;un produit acheté&#xa0;? Inscrivez-vous avec&#xa0;: nous créons votre compte, y ajoutons la licence et vous envoyons par e-mail un numéro client et un mot de passe pour vous connecter.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="93"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="94"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="95"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="97"/>
        <source>Activation &amp;code</source>
        <translation>&amp;Code d&apos;activation</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="98"/>
        <source>&amp;Key file</source>
        <translation>&amp;Fichier clé</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="107"/>
        <source>Register with</source>
        <translation>S&apos;inscrire avec</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="109"/>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="111"/>
        <source>Activation code</source>
        <translation>Code d&apos;activation</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="114"/>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="121"/>
        <source>Key file</source>
        <translation>Fichier clé</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="115"/>
        <source>Choose the key file with Browse</source>
        <translation>Choisissez le fichier clé avec Parcourir</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="116"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="126"/>
        <source>&amp;Get key by e-mail: also send me the key file (in a zip archive)</source>
        <translation>&amp;Recevoir la clé par e-mail&#xa0;: m&apos;envoyer aussi le fichier clé (dans une archive zip)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="130"/>
        <source>Captcha</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="142"/>
        <source>Open the Local &amp;mailbox</source>
        <translation>Ouvrir la &amp;Boîte aux lettres locale</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="143"/>
        <source>&amp;Sign in</source>
        <translation>Se c&amp;onnecter</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="161"/>
        <source>&amp;Register</source>
        <translation>S&apos;&amp;inscrire</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="163"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="187"/>
        <source>Choose the key file</source>
        <translation>Choisir le fichier clé</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="189"/>
        <source>Key files (*.key *.zip);;All files (*)</source>
        <translation>Fichiers clés (*.key *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="209"/>
        <source>{product}, {seats}, until {date} — the signature is valid.</source>
        <translation>{product}, {seats}, jusqu&apos;au {date} — la signature est valide.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/dialogs/register_legacy.py" line="211"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n poste</numerusform>
            <numerusform>%n postes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="226"/>
        <source>Choose a valid key file with Browse.</source>
        <translation>Choisissez un fichier clé valide avec Parcourir.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="230"/>
        <source>Wait for the picture, or ask for a new one.</source>
        <translation>Attendez l&apos;image ou demandez-en une nouvelle.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="234"/>
        <source>Type the characters from the picture.</source>
        <translation>Saisissez les caractères de l&apos;image.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="255"/>
        <source>The file cannot be read: {value}.</source>
        <translation>Impossible de lire le fichier&#xa0;: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="280"/>
        <source> and, in a zip archive, the key file</source>
        <translation> et, dans une archive zip, le fichier clé</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="286"/>
        <source>The local service puts its mails in the &lt;b&gt;Local mailbox&lt;/b&gt; of this application.</source>
        <translation>Le service local dépose ses messages dans la &lt;b&gt;Boîte aux lettres locale&lt;/b&gt; de cette application.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="289"/>
        <source>If it does not arrive within a few minutes, look in your spam folder.</source>
        <translation>S&apos;il n&apos;arrive pas d&apos;ici quelques minutes, regardez dans votre dossier de courrier indésirable.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="293"/>
        <source>&lt;p&gt;Your account is ready and the license is in it. We sent your Customer ID and password{key} to &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Sign in with the Customer ID (or the e-mail address) and that password; change the password in your profile afterwards.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Votre compte est prêt et la licence y figure. Nous avons envoyé votre numéro client et votre mot de passe{key} à &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Connectez-vous avec le numéro client (ou l&apos;adresse e-mail) et ce mot de passe&#xa0;; modifiez ensuite le mot de passe dans votre profil.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="299"/>
        <source>Check your mail</source>
        <translation>Consultez vos e-mails</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="303"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>LicenseDetail</name>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="78"/>
        <source>Choose a license in the list to see its details.</source>
        <translation>Choisissez une licence dans la liste pour afficher ses détails.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="89"/>
        <location filename="../../app/gui/licenses/detail_pane.py" line="104"/>
        <source>Activation code</source>
        <translation>Code d&apos;activation</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="90"/>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="92"/>
        <source>Show the whole activation code</source>
        <translation>Afficher le code d&apos;activation complet</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="93"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="94"/>
        <source>Copy the activation code</source>
        <translation>Copier le code d&apos;activation</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="103"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="105"/>
        <source>Activated</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="106"/>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="107"/>
        <source>Seats</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="108"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="111"/>
        <location filename="../../app/gui/licenses/detail_pane.py" line="114"/>
        <source>Devices using this license</source>
        <translation>Appareils utilisant cette licence</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="117"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="117"/>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="117"/>
        <source>Last seen</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="123"/>
        <source>No device uses this license through your account yet.</source>
        <translation>Aucun appareil n&apos;utilise encore cette licence via votre compte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="126"/>
        <source>D&amp;eactivate…</source>
        <translation>D&amp;ésactiver…</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="127"/>
        <source>Deactivate the chosen device</source>
        <translation>Désactiver l&apos;appareil choisi</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="137"/>
        <source>Key file</source>
        <translation>Fichier clé</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="139"/>
        <source>Do&amp;wnload a copy…</source>
        <translation>&amp;Télécharger une copie…</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="140"/>
        <source>Send the key file by e-&amp;mail</source>
        <translation>Envoyer le fichier clé par e-&amp;mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="147"/>
        <source>Re&amp;new…</source>
        <translation>Re&amp;nouveler…</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="148"/>
        <source>Renew with a new activation code</source>
        <translation>Renouveler avec un nouveau code d&apos;activation</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="149"/>
        <source>Remo&amp;ve…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="150"/>
        <source>Remove this activation code</source>
        <translation>Supprimer ce code d&apos;activation</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="210"/>
        <source> — renew it soon</source>
        <translation> — renouvelez-la bientôt</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="211"/>
        <source> ({days} left{soon})</source>
        <translation> (encore {days}{soon})</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="216"/>
        <source>{seats_used} used of {seats_total}</source>
        <translation>{seats_used} utilisés sur {seats_total}</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="229"/>
        <source>Not available for a blocked license.</source>
        <translation>Indisponible pour une licence bloquée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="281"/>
        <source>The activation code was copied.</source>
        <translation>Le code d&apos;activation a été copié.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="305"/>
        <source>Activated on {activated_at}</source>
        <translation>Activée le {activated_at}</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="331"/>
        <source>“{name}” was deactivated; its seat is free.</source>
        <translation>«&#xa0;{name}&#xa0;» a été désactivé&#xa0;; son poste est libre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="348"/>
        <source>Save the key file</source>
        <translation>Enregistrer le fichier clé</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="350"/>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Fichiers clés (*.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="361"/>
        <source>The key file for {product_name} was saved as {path}. Its signature was checked.</source>
        <translation>Le fichier clé de {product_name} a été enregistré sous {path}. Sa signature a été vérifiée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="373"/>
        <source> It arrives in the Local mailbox.</source>
        <translation> Il arrive dans la Boîte aux lettres locale.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="376"/>
        <source>The key file is on its way to {sent_to}, as a zip archive.{where}</source>
        <translation>Le fichier clé est en route vers {sent_to}, sous forme d&apos;archive zip.{where}</translation>
    </message>
</context>
<context>
    <name>LicenseReminders</name>
    <message>
        <location filename="../../app/core/license_reminders.py" line="34"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location filename="../../app/core/license_reminders.py" line="37"/>
        <source>{count} days</source>
        <translation>{count} jours</translation>
    </message>
    <message>
        <location filename="../../app/core/license_reminders.py" line="57"/>
        <source>Your license for {product} ({code}) expires in {days}. Renew it with a new activation code under Licenses.</source>
        <translation>Votre licence {product} ({code}) expire dans {days}. Renouvelez-la avec un nouveau code d&apos;activation sous Licences.</translation>
    </message>
</context>
<context>
    <name>LicensesPage</name>
    <message>
        <location filename="../../ui/licenses_page.ui" line="11"/>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="28"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="47"/>
        <source>Add an activation code</source>
        <translation>Ajouter un code d&apos;activation</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="53"/>
        <source>Activation &amp;code</source>
        <translation>&amp;Code d&apos;activation</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="65"/>
        <location filename="../../ui/licenses_page.ui" line="133"/>
        <source>Activation code</source>
        <translation>Code d&apos;activation</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="68"/>
        <source>XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation>XXXXX-XXXXX-XXXXX-XXXXX</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="78"/>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="91"/>
        <source>4 blocks of 5 letters or digits, as printed on the box or in the purchase e-mail; any case and spacing.</source>
        <translation>4 blocs de 5 lettres ou chiffres, tels qu&apos;imprimés sur la boîte ou dans l&apos;e-mail d&apos;achat&#xa0;; majuscules, minuscules et espaces indifférents.</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="117"/>
        <source>My licenses</source>
        <translation>Mes licences</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="138"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="143"/>
        <source>Added</source>
        <translation>Ajoutée le</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="148"/>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="153"/>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="158"/>
        <source>Seats used</source>
        <translation>Postes utilisés</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="163"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="180"/>
        <source>No licenses yet: add the activation code of your product above.</source>
        <translation>Aucune licence pour l&apos;instant&#xa0;: ajoutez ci-dessus le code d&apos;activation de votre produit.</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="193"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="78"/>
        <source>&amp;Import a key file…</source>
        <translation>&amp;Importer un fichier clé…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="79"/>
        <location filename="../../app/gui/pages/licenses.py" line="365"/>
        <source>Import a key file</source>
        <translation>Importer un fichier clé</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="86"/>
        <source>Licenses that expire soon</source>
        <translation>Licences qui expirent bientôt</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="177"/>
        <source>Your product gave this activation code; press Add to add it to your account.</source>
        <translation>Votre produit a fourni ce code d&apos;activation&#xa0;; cliquez sur Ajouter pour l&apos;ajouter à votre compte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="217"/>
        <source>{seats_used} of {seats_total}</source>
        <translation>{seats_used} sur {seats_total}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="248"/>
        <source>{name} ({code}) expires in {days_left}.</source>
        <translation>{name} ({code}) expire dans {days_left}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="256"/>
        <source>Renew it with a new activation code: choose it and press Renew.</source>
        <translation>Renouvelez-la avec un nouveau code d&apos;activation&#xa0;: sélectionnez-la et cliquez sur Renouveler.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="282"/>
        <source>The activation code for {product} was removed from your account; its seat is free for another account.</source>
        <translation>Le code d&apos;activation de {product} a été supprimé de votre compte&#xa0;; son poste est libre pour un autre compte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="302"/>
        <source>Type or paste the new activation code for {product}, then press Add; it renews the license {code}, which expires on {expires_at}.</source>
        <translation>Saisissez ou collez le nouveau code d&apos;activation de {product}, puis cliquez sur Ajouter&#xa0;; il renouvelle la licence {code}, qui expire le {expires_at}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="336"/>
        <source>The activation code for {product} was added.</source>
        <translation>Le code d&apos;activation de {product} a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="343"/>
        <source> It renews your license {code}, which expires on {expires_at}; the new one runs until {expires_at2}. Remove the old code once you no longer need it.</source>
        <translation> Il renouvelle votre licence {code}, qui expire le {expires_at}&#xa0;; la nouvelle est valable jusqu&apos;au {expires_at2}. Supprimez l&apos;ancien code lorsque vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="352"/>
        <source> It does not renew {code}: it is not a newer code of the same product.</source>
        <translation> Il ne renouvelle pas {code}&#xa0;: ce n&apos;est pas un code plus récent du même produit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="367"/>
        <source>Key files (*.key *.zip);;All files (*)</source>
        <translation>Fichiers clés (*.key *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="379"/>
        <source>The key file is genuine: {product}, {seats}, until {date}.</source>
        <translation>Le fichier clé est authentique&#xa0;: {product}, {seats}, jusqu&apos;au {date}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/licenses.py" line="381"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n poste</numerusform>
            <numerusform>%n postes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="388"/>
        <source>{terms} Its license is already in your account; the product can use this file.</source>
        <translation>{terms} Sa licence figure déjà dans votre compte&#xa0;; le produit peut utiliser ce fichier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="394"/>
        <source>{terms} Its license was added.</source>
        <translation>{terms} Sa licence a été ajoutée.</translation>
    </message>
</context>
<context>
    <name>MailboxWindow</name>
    <message>
        <location filename="../../ui/mailbox.ui" line="14"/>
        <source>Local mailbox</source>
        <translation>Boîte aux lettres locale</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="20"/>
        <source>The mails the local service sent. Activation, reset and confirmation links open right here in Personal Cabinet; codes can be copied.</source>
        <translation>Les messages envoyés par le service local. Les liens d&apos;activation, de réinitialisation et de confirmation s&apos;ouvrent directement dans Espace personnel&#xa0;; les codes peuvent être copiés.</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="37"/>
        <source>Mails</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="50"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="55"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="60"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="81"/>
        <source>Mail header</source>
        <translation>En-tête du message</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="97"/>
        <source>Mail text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="116"/>
        <source>&amp;Copy code</source>
        <translation>&amp;Copier le code</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="127"/>
        <source>&amp;Open the link in Personal Cabinet</source>
        <translation>&amp;Ouvrir le lien dans Espace personnel</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="166"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="177"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="42"/>
        <source>Folder: {folder}</source>
        <translation>Dossier&#xa0;: {folder}</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="58"/>
        <source>&amp;Save the attachment…</source>
        <translation>&amp;Enregistrer la pièce jointe…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="59"/>
        <source>Save the mail&apos;s attachment</source>
        <translation>Enregistrer la pièce jointe du message</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="118"/>
        <source>Local mailbox — {mails}</source>
        <translation>Boîte aux lettres locale — {mails}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/mailbox.py" line="119"/>
        <source>%n mail(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="138"/>
        <source>&lt;b&gt;No mail yet.&lt;/b&gt; Mails the local service sends (activation, password reset, confirmations) appear here as soon as they are sent.</source>
        <translation>&lt;b&gt;Aucun message pour l&apos;instant.&lt;/b&gt; Les messages envoyés par le service local (activation, réinitialisation du mot de passe, confirmations) apparaissent ici dès leur envoi.</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="149"/>
        <source>&lt;b&gt;{subject}&lt;/b&gt;&lt;br&gt;To: {to}</source>
        <translation>&lt;b&gt;{subject}&lt;/b&gt;&lt;br&gt;À&#xa0;: {to}</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="159"/>
        <source>Code: &lt;b&gt;{shown}&lt;/b&gt;</source>
        <translation>Code&#xa0;: &lt;b&gt;{shown}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="179"/>
        <source>Save the attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="179"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="193"/>
        <source>The attachment could not be saved: {exc}</source>
        <translation>La pièce jointe n&apos;a pas pu être enregistrée&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="196"/>
        <source>Saved as {name}.</source>
        <translation>Enregistrée sous {name}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="48"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="49"/>
        <source>Support request</source>
        <translation>Demande de support</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="50"/>
        <source>Virus Lab</source>
        <translation>Laboratoire antivirus</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="51"/>
        <source>My requests</source>
        <translation>Mes demandes</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="52"/>
        <source>Licenses</source>
        <translation>Licences</translation>
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
        <translation>Espace personnel</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="164"/>
        <location filename="../../app/gui/main_window.py" line="1068"/>
        <source>Connection banner</source>
        <translation>Bandeau de connexion</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="165"/>
        <location filename="../../app/gui/main_window.py" line="1069"/>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="183"/>
        <location filename="../../app/gui/main_window.py" line="1072"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="274"/>
        <source>Sign in to see the requests you sent to Technical Support and the Virus Lab, with their status and the experts&apos; answers.</source>
        <translation>Connectez-vous pour voir les demandes que vous avez envoyées au Support technique et au Laboratoire antivirus, avec leur état et les réponses des experts.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="282"/>
        <source>Sign in to see the activation codes of your licenses, add a new one, and see how many seats each has left. No account yet? Create one, or register with an activation code or a key file.</source>
        <translation>Connectez-vous pour voir les codes d&apos;activation de vos licences, en ajouter un nouveau et voir combien de postes il reste à chacune. Pas encore de compte&#xa0;? Créez-en un, ou inscrivez-vous avec un code d&apos;activation ou un fichier clé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="287"/>
        <source> The local service&apos;s demo codes are listed here once you are signed in.</source>
        <translation> Les codes de démonstration du service local sont répertoriés ici une fois que vous êtes connecté.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="303"/>
        <source>Sign in to see and change your contact details, e-mail, password and two-factor sign-in.</source>
        <translation>Connectez-vous pour voir et modifier vos coordonnées, votre e-mail, votre mot de passe et la validation en deux étapes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="401"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="403"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="411"/>
        <source>Local &amp;mailbox…</source>
        <translation>&amp;Boîte aux lettres locale…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="415"/>
        <source>&amp;New support request…</source>
        <translation>&amp;Nouvelle demande de support…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="422"/>
        <source>&amp;Compare two system reports…</source>
        <translation>&amp;Comparer deux rapports système…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="429"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="432"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="440"/>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="442"/>
        <source>&amp;Sign in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="445"/>
        <source>&amp;Create an account…</source>
        <translation>C&amp;réer un compte…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="447"/>
        <source>&amp;Activate an account…</source>
        <translation>&amp;Activer un compte…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="449"/>
        <source>&amp;Forgot password or Customer ID…</source>
        <translation>Mot de passe ou numéro client &amp;oublié…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="452"/>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Modifier le profil…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="454"/>
        <source>Change &amp;e-mail…</source>
        <translation>Modifier l&apos;&amp;e-mail…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="456"/>
        <source>Change &amp;password…</source>
        <translation>Modifier le mot de &amp;passe…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="459"/>
        <source>&amp;Two-factor sign-in…</source>
        <translation>&amp;Validation en deux étapes…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="462"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="483"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="484"/>
        <source>&amp;About Personal Cabinet</source>
        <translation>À &amp;propos d&apos;Espace personnel</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="490"/>
        <location filename="../../app/gui/main_window.py" line="1067"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="529"/>
        <source>The service at {service_url} is not reachable. You can keep working; Personal Cabinet checks again every few seconds and reconnects by itself.</source>
        <translation>Le service {service_url} est injoignable. Vous pouvez continuer à travailler&#xa0;; Espace personnel revérifie toutes les quelques secondes et se reconnecte automatiquement.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="533"/>
        <source>&amp;Retry now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="540"/>
        <source> What it wrote is in {log_file}.</source>
        <translation> Sa sortie se trouve dans {log_file}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="545"/>
        <source>The local service could not start.</source>
        <translation>Le service local n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="547"/>
        <source>&amp;Restart the local service</source>
        <translation>&amp;Redémarrer le service local</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="570"/>
        <location filename="../../app/gui/main_window.py" line="1094"/>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="579"/>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="587"/>
        <source> — staff</source>
        <translation> — personnel</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="589"/>
        <source>Signed in as {who} ({customer_id}){role}</source>
        <translation>Connecté en tant que {who} ({customer_id}){role}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="643"/>
        <source>The link from your product could not be used: {exc}</source>
        <translation>Le lien de votre produit n&apos;a pas pu être utilisé&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="650"/>
        <source>Some options from the command line were not understood and were ignored: {options}</source>
        <translation>Certaines options de la ligne de commande n&apos;ont pas été comprises et ont été ignorées&#xa0;: {options}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="680"/>
        <source>Sign in to add the activation code your product gave.</source>
        <translation>Connectez-vous pour ajouter le code d&apos;activation fourni par votre produit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="816"/>
        <source>The Local mailbox belongs to the local service; this window talks to {service_label}, whose mails go to your real e-mail.</source>
        <translation>La Boîte aux lettres locale appartient au service local&#xa0;; cette fenêtre communique avec {service_label}, dont les messages arrivent dans votre véritable boîte e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="855"/>
        <source>You are signed out.</source>
        <translation>Vous êtes déconnecté.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="860"/>
        <source>&lt;p&gt;Vendor: {vendor_name}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Éditeur&#xa0;: {vendor_name}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="873"/>
        <source>About Personal Cabinet</source>
        <translation>À propos d&apos;Espace personnel</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="875"/>
        <source>&lt;h3&gt;Personal Cabinet&lt;/h3&gt;&lt;p&gt;Requests to Technical Support, files for the Virus Lab, the experts&apos; answers, and the licenses of your antivirus product, in one place.&lt;/p&gt;&lt;p&gt;Version {version} — commit {commit}, built {built}&lt;/p&gt;&lt;p&gt;Support service: {service_label}&lt;/p&gt;{vendor}</source>
        <translation>&lt;h3&gt;Espace personnel&lt;/h3&gt;&lt;p&gt;Les demandes au Support technique, les fichiers pour le Laboratoire antivirus, les réponses des experts et les licences de votre produit antivirus, en un seul endroit.&lt;/p&gt;&lt;p&gt;Version {version} — commit {commit}, compilée le {built}&lt;/p&gt;&lt;p&gt;Service de support&#xa0;: {service_label}&lt;/p&gt;{vendor}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="946"/>
        <source>Sign in to open request {number}.</source>
        <translation>Connectez-vous pour ouvrir la demande {number}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="957"/>
        <source>Request {number} is not among the requests of this account.</source>
        <translation>La demande {number} ne fait pas partie des demandes de ce compte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="993"/>
        <source>There is a new reply to your request {number}.</source>
        <translation>Votre demande {number} a reçu une nouvelle réponse.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="995"/>
        <source>Request {number} is now: {to}.</source>
        <translation>La demande {number} est maintenant&#xa0;: {to}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="1024"/>
        <location filename="../../app/gui/main_window.py" line="1027"/>
        <source>{count} unread</source>
        <translation>{count} non lue(s)</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../app/gui/requests/notifier.py" line="52"/>
        <source>Personal Cabinet</source>
        <translation>Espace personnel</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="138"/>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="148"/>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="228"/>
        <source>Requests waiting to be sent</source>
        <translation>Demandes en attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="152"/>
        <source>Send &amp;now</source>
        <translation>Envoyer &amp;maintenant</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="153"/>
        <source>Cop&amp;y the number</source>
        <translation>Cop&amp;ier le numéro</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="154"/>
        <source>Correct and &amp;send again…</source>
        <translation>Corriger et &amp;renvoyer…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="155"/>
        <source>Remove from the &amp;list</source>
        <translation>Retirer de la &amp;liste</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="175"/>
        <source>Virus Lab: {title}</source>
        <translation>Laboratoire antivirus&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="178"/>
        <source>{title} — “{summary}” — queued {queued_at}</source>
        <translation>{title} — «&#xa0;{summary}&#xa0;» — mise en file le {queued_at}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="182"/>
        <source>Sent as {number}: {head}</source>
        <translation>Envoyée sous le numéro {number}&#xa0;: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="184"/>
        <source>Not accepted by the service: {head}. {error}</source>
        <translation>Refusée par le service&#xa0;: {head}. {error}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="189"/>
        <source>Waiting for you to sign in as {account}: {head}</source>
        <translation>En attente de votre connexion en tant que {account}&#xa0;: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="193"/>
        <source>Waiting for the service: {head}</source>
        <translation>En attente du service&#xa0;: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="195"/>
        <source>Sending…: {head}</source>
        <translation>Envoi…&#xa0;: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="196"/>
        <source>Waiting: {head}</source>
        <translation>En attente&#xa0;: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="216"/>
        <source>1 request waits on this computer; it goes out by itself, once, when the service answers.</source>
        <translation>1 demande attend sur cet ordinateur&#xa0;; elle partira automatiquement, une seule fois, dès que le service répondra.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="221"/>
        <source>{waiting} requests wait on this computer; they go out by themselves, once each, when the service answers.</source>
        <translation>{waiting} demandes attendent sur cet ordinateur&#xa0;; elles partiront automatiquement, une seule fois chacune, dès que le service répondra.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="225"/>
        <source>Everything has been sent. The numbers stay here until you remove them.</source>
        <translation>Tout a été envoyé. Les numéros restent ici jusqu&apos;à ce que vous les retiriez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="228"/>
        <source>Requests sent later</source>
        <translation>Demandes envoyées plus tard</translation>
    </message>
</context>
<context>
    <name>PasswordFeedback</name>
    <message>
        <location filename="../../app/gui/dialogs/base.py" line="225"/>
        <source>The two passwords match</source>
        <translation>Les deux mots de passe correspondent</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/base.py" line="228"/>
        <source>The two passwords do not match</source>
        <translation>Les deux mots de passe ne correspondent pas</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/base.py" line="235"/>
        <source>{met} of {count} password rules met</source>
        <translation>{met} règles du mot de passe respectées sur {count}</translation>
    </message>
</context>
<context>
    <name>ProfileEditDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/profile_edit.py" line="45"/>
        <source>Loading the countries…</source>
        <translation>Chargement des pays…</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/profile_edit.py" line="68"/>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/profile_edit.py" line="91"/>
        <source>Choose a country from the list.</source>
        <translation>Choisissez un pays dans la liste.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/profile_edit.py" line="122"/>
        <source>Your profile is saved.</source>
        <translation>Votre profil est enregistré.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="12"/>
        <source>Edit profile</source>
        <translation>Modifier le profil</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="18"/>
        <source>Your contact details</source>
        <translation>Vos coordonnées</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="28"/>
        <source>Personal</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="34"/>
        <source>&amp;Name or nickname</source>
        <translation>&amp;Nom ou pseudonyme</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="44"/>
        <source>Name or nickname</source>
        <translation>Nom ou pseudonyme</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="54"/>
        <source>C&amp;ountry</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="64"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="77"/>
        <source>Cit&amp;y</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="87"/>
        <source>City</source>
        <translation>Ville</translation>
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
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="121"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="131"/>
        <source>Company (if the license was bought by a company)</source>
        <translation>Société (si la licence a été achetée par une société)</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="137"/>
        <source>Co&amp;mpany</source>
        <translation>&amp;Société</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="147"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="154"/>
        <source>Company &amp;address</source>
        <translation>Adresse de la soc&amp;iété</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="164"/>
        <source>Company address</source>
        <translation>Adresse de la société</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="171"/>
        <source>Administrator&apos;s e-ma&amp;il</source>
        <translation>E-mail de l&apos;ad&amp;ministrateur</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="181"/>
        <source>Company administrator&apos;s e-mail</source>
        <translation>E-mail de l&apos;administrateur de la société</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="191"/>
        <source>Send me ne&amp;ws about products and updates</source>
        <translation>M&apos;envoyer des &amp;actualités sur les produits et les mises à jour</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="211"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="233"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="243"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
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
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="25"/>
        <location filename="../../ui/profile_page.ui" line="32"/>
        <source>Customer ID</source>
        <translation>Numéro client</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="45"/>
        <location filename="../../ui/profile_page.ui" line="52"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="65"/>
        <location filename="../../ui/profile_page.ui" line="72"/>
        <source>Customer type</source>
        <translation>Type de client</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="85"/>
        <location filename="../../ui/profile_page.ui" line="92"/>
        <source>Two-factor sign-in</source>
        <translation>Validation en deux étapes</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="105"/>
        <location filename="../../ui/profile_page.ui" line="112"/>
        <source>Member since</source>
        <translation>Membre depuis</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="128"/>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="134"/>
        <location filename="../../ui/profile_page.ui" line="141"/>
        <source>Name or nickname</source>
        <translation>Nom ou pseudonyme</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="154"/>
        <location filename="../../ui/profile_page.ui" line="161"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="174"/>
        <location filename="../../ui/profile_page.ui" line="181"/>
        <source>City</source>
        <translation>Ville</translation>
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
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="234"/>
        <location filename="../../ui/profile_page.ui" line="241"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="254"/>
        <location filename="../../ui/profile_page.ui" line="261"/>
        <source>Company address</source>
        <translation>Adresse de la société</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="274"/>
        <source>Administrator&apos;s e-mail</source>
        <translation>E-mail de l&apos;administrateur</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="281"/>
        <source>Company administrator&apos;s e-mail</source>
        <translation>E-mail de l&apos;administrateur de la société</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="294"/>
        <location filename="../../ui/profile_page.ui" line="301"/>
        <source>News by e-mail</source>
        <translation>Actualités par e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="319"/>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Modifier le profil…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="330"/>
        <source>Change e-&amp;mail…</source>
        <translation>Modifier l&apos;&amp;e-mail…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="337"/>
        <source>Change &amp;password…</source>
        <translation>Modifier le mot de &amp;passe…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="348"/>
        <source>&amp;Two-factor sign-in…</source>
        <translation>&amp;Validation en deux étapes…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="366"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="62"/>
        <source> (change to {pending_email} waits for confirmation)</source>
        <translation> (le changement vers {pending_email} attend une confirmation)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="70"/>
        <source>authenticator app</source>
        <translation>application d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="71"/>
        <source>code by e-mail</source>
        <translation>code par e-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="76"/>
        <source>On: {methods}</source>
        <translation>Activée&#xa0;: {methods}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="78"/>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="95"/>
        <source>Subscribed</source>
        <translation>Abonné</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="95"/>
        <source>Not subscribed</source>
        <translation>Non abonné</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="35"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="36"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="37"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="38"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="39"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="40"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="41"/>
        <source>Response</source>
        <translation>Délai de réponse</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="42"/>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="45"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="46"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="47"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="254"/>
        <source>Staff #{id}</source>
        <translation>Membre du personnel n°&#xa0;{id}</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="272"/>
        <source>{number}, new</source>
        <translation>{number}, nouveau</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="282"/>
        <source>New request or customer reply you have not opened</source>
        <translation>Nouvelle demande ou réponse du client que vous n&apos;avez pas encore ouverte</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="72"/>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="80"/>
        <location filename="../../app/gui/staff/queue_page.py" line="116"/>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="82"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="84"/>
        <source>Search by number, e-mail or words…</source>
        <translation>Rechercher par numéro, e-mail ou mots…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="85"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="95"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="96"/>
        <source>Request type</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="97"/>
        <source>Kind of request</source>
        <translation>Nature de la demande</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="98"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="99"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="100"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="136"/>
        <location filename="../../app/gui/staff/queue_page.py" line="373"/>
        <source>Assign to &amp;me</source>
        <translation>&amp;M&apos;attribuer</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="137"/>
        <source>&amp;Assign to…</source>
        <translation>Attri&amp;buer à…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="140"/>
        <source>Set &amp;status…</source>
        <translation>Définir l&apos;&amp;état…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="229"/>
        <source>Queue — %s</source>
        <translation>File d&apos;attente — %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="269"/>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="276"/>
        <source>Support and Virus Lab</source>
        <translation>Support et Laboratoire antivirus</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="277"/>
        <source>Technical Support</source>
        <translation>Support technique</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="278"/>
        <source>Virus Lab</source>
        <translation>Laboratoire antivirus</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="283"/>
        <source>Any priority</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="324"/>
        <source>Anyone</source>
        <translation>N&apos;importe qui</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="325"/>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="306"/>
        <location filename="../../app/gui/staff/queue_page.py" line="326"/>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="335"/>
        <source>Nobody (back to the queue)</source>
        <translation>Personne (retour dans la file d&apos;attente)</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="343"/>
        <source>Any type</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="347"/>
        <source>Any product</source>
        <translation>Tous les produits</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="372"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="432"/>
        <source>%d changed; not changed:</source>
        <translation>%d modifiée(s)&#xa0;; non modifiées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="437"/>
        <source>Changed: %s</source>
        <translation>Modifiée(s)&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="18"/>
        <source>Unassigned and open</source>
        <translation>Non attribuées et ouvertes</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="19"/>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="20"/>
        <source>Waiting for the customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="21"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="22"/>
        <source>All requests</source>
        <translation>Toutes les demandes</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/register.ui" line="12"/>
        <source>Create an account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="18"/>
        <source>Create your account</source>
        <translation>Créer votre compte</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="38"/>
        <source>Enter your e-mail and choose a password. We will e-mail you a link and a code to activate the account.</source>
        <translation>Saisissez votre e-mail et choisissez un mot de passe. Nous vous enverrons par e-mail un lien et un code pour activer le compte.</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="50"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="60"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="63"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="70"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="80"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="90"/>
        <source>Confirm pass&amp;word</source>
        <translation>Confirmer le mot de pa&amp;sse</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="100"/>
        <source>Confirm password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="110"/>
        <source>Password rules</source>
        <translation>Règles du mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="123"/>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="138"/>
        <source>Captcha picture</source>
        <translation>Image du code de vérification</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="151"/>
        <source>&amp;New picture</source>
        <translation>&amp;Nouvelle image</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="174"/>
        <source>C&amp;haracters in the picture</source>
        <translation>Ca&amp;ractères de l&apos;image</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="184"/>
        <source>Characters in the picture</source>
        <translation>Caractères de l&apos;image</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="193"/>
        <source>Register with an activation code or a &amp;key file instead…</source>
        <translation>S&apos;inscrire plutôt avec un code d&apos;activation ou un fichier c&amp;lé…</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="228"/>
        <source>Open the local &amp;mailbox</source>
        <translation>Ouvrir la &amp;boîte aux lettres locale</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="242"/>
        <source>&amp;Enter the activation code…</source>
        <translation>Saisir le code d&apos;ac&amp;tivation…</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="285"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="307"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="317"/>
        <source>C&amp;reate account</source>
        <translation>&amp;Créer le compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="77"/>
        <source>Loading the picture…</source>
        <translation>Chargement de l&apos;image…</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="83"/>
        <source>The picture could not be loaded. {reason}</source>
        <translation>L&apos;image n&apos;a pas pu être chargée. {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="111"/>
        <source>Wait for the picture, or ask for a new one.</source>
        <translation>Attendez l&apos;image ou demandez-en une nouvelle.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="115"/>
        <source>Type the characters from the picture.</source>
        <translation>Saisissez les caractères de l&apos;image.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="124"/>
        <source>The two passwords do not match.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="147"/>
        <source>The local service puts its mails in the &lt;b&gt;Local mailbox&lt;/b&gt; of this application.</source>
        <translation>Le service local dépose ses messages dans la &lt;b&gt;Boîte aux lettres locale&lt;/b&gt; de cette application.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="150"/>
        <source>If it does not arrive within a few minutes, look in your spam folder.</source>
        <translation>S&apos;il n&apos;arrive pas d&apos;ici quelques minutes, regardez dans votre dossier de courrier indésirable.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="155"/>
        <source>&lt;p&gt;We sent an activation link and code to &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Follow the link in the mail, or paste the code with &lt;i&gt;Enter the activation code&lt;/i&gt;. The account works once it is activated; an account not activated within 5 days is deleted.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nous avons envoyé un lien et un code d&apos;activation à &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Suivez le lien du message, ou collez le code avec &lt;i&gt;Saisir le code d&apos;activation&lt;/i&gt;. Le compte fonctionne une fois activé&#xa0;; un compte non activé dans les 5 jours est supprimé.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="161"/>
        <source>Check your mail</source>
        <translation>Consultez vos e-mails</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="165"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <location filename="../../app/core/staff/replay.py" line="21"/>
        <source>Request type</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="22"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="23"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="24"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="25"/>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="28"/>
        <source>signed in</source>
        <translation>connecté</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="29"/>
        <source>signing in with Customer ID or e-mail and password</source>
        <translation>connexion avec numéro client ou e-mail et mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="32"/>
        <source>without an account</source>
        <translation>sans compte</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="141"/>
        <source>This request has no step trail (filed without the wizard or by an older client).</source>
        <translation>Cette demande n&apos;a pas d&apos;historique des étapes (envoyée sans l&apos;assistant ou par une version plus ancienne de l&apos;application).</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="156"/>
        <source>Step {step}: {title}</source>
        <translation>Étape {step}&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="164"/>
        <source>{field} = {value}</source>
        <translation>{field} = {value}</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="168"/>
        <source>Shown: {text}</source>
        <translation>Affiché&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="185"/>
        <source>The trail does not say which client version the customer used.</source>
        <translation>L&apos;historique des étapes n&apos;indique pas la version de l&apos;application utilisée par le client.</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="191"/>
        <source>The trail does not say the language of the customer&apos;s application.</source>
        <translation>L&apos;historique des étapes n&apos;indique pas la langue de l&apos;application du client.</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="197"/>
        <source>The trail was too long; its oldest steps were left out when it was sent.</source>
        <translation>L&apos;historique des étapes était trop long&#xa0;; ses étapes les plus anciennes ont été omises lors de l&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="204"/>
        <source>The trail records no message shown to the customer.</source>
        <translation>L&apos;historique des étapes ne contient aucun message affiché au client.</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="209"/>
        <source>Fields this version does not know: {fields}.</source>
        <translation>Champs inconnus de cette version&#xa0;: {fields}.</translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="35"/>
        <source>Replay of request %s</source>
        <translation>Rejouer les étapes de la demande %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="39"/>
        <source>Client %s, language %s — read-only</source>
        <translation>Version du client %s, langue %s — lecture seule</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="54"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="63"/>
        <source>The customer&apos;s wizard, read-only</source>
        <translation>L&apos;assistant du client, en lecture seule</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="69"/>
        <source>Messages shown on this step</source>
        <translation>Messages affichés à cette étape</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="76"/>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="77"/>
        <location filename="../../app/gui/staff/replay_window.py" line="120"/>
        <source>▶ &amp;Play</source>
        <translation>▶ &amp;Lire</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="78"/>
        <source>&amp;Step ▶</source>
        <translation>Pas &amp;à pas ▶</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="123"/>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ Pa&amp;use</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="138"/>
        <source>Error: %s</source>
        <translation>Erreur&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="138"/>
        <source>Shown: %s</source>
        <translation>Affiché&#xa0;: %s</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="55"/>
        <source>Your reply</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="57"/>
        <source>Write your reply… You can drop files here to attach them.</source>
        <translation>Rédigez votre réponse… Vous pouvez déposer des fichiers ici pour les joindre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="70"/>
        <source>A&amp;ttach files…</source>
        <translation>&amp;Joindre des fichiers…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="71"/>
        <source>&amp;Send reply</source>
        <translation>&amp;Envoyer la réponse</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="100"/>
        <source>“{name}” is attached already.</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà joint.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="104"/>
        <source>A reply takes at most {count} files.</source>
        <translation>Une réponse accepte au plus {count} fichiers.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="157"/>
        <source>This request is closed. Start a follow-up request to go on.</source>
        <translation>Cette demande est fermée. Créez une demande de suivi pour continuer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="167"/>
        <source>A reply can be at most 20,000 characters long.</source>
        <translation>Une réponse ne peut pas dépasser 20&#xa0;000 caractères.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="173"/>
        <source>“%s” could not be sent; remove it or try it again.</source>
        <translation>«&#xa0;%s&#xa0;» n&apos;a pas pu être envoyé&#xa0;; supprimez-le ou réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="191"/>
        <source>Sending the files first…</source>
        <translation>Envoi des fichiers d&apos;abord…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="207"/>
        <source>A file could not be sent; see the list.</source>
        <translation>Un fichier n&apos;a pas pu être envoyé&#xa0;; consultez la liste.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="215"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="229"/>
        <source>Your reply was sent.</source>
        <translation>Votre réponse a été envoyée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="251"/>
        <source>The service cannot be reached. Your reply is kept and is sent by itself, once, when the service answers again.</source>
        <translation>Le service est injoignable. Votre réponse est conservée et sera envoyée automatiquement, une seule fois, dès que le service répondra à nouveau.</translation>
    </message>
</context>
<context>
    <name>RequestExport</name>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="27"/>
        <location filename="../../app/gui/requests/export_ui.py" line="104"/>
        <source>Request {number}</source>
        <translation>Demande {number}</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="28"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="29"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="30"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="31"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="32"/>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="33"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="34"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="35"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="36"/>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="37"/>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="38"/>
        <source>System report</source>
        <translation>Rapport système</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="39"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="40"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="41"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="42"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="44"/>
        <source>Status: {from_status} → {to_status}</source>
        <translation>État&#xa0;: {from_status} → {to_status}</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="47"/>
        <source>Request filed</source>
        <translation>Demande enregistrée</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="48"/>
        <source>No files are attached.</source>
        <translation>Aucun fichier joint.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="49"/>
        <source>Exported from Personal Cabinet</source>
        <translation>Exporté depuis Espace personnel</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="50"/>
        <source>Internal note — staff only</source>
        <translation>Note interne — réservée au personnel</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="54"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="55"/>
        <source>Technical Support</source>
        <translation>Support technique</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="56"/>
        <location filename="../../app/gui/requests/export_ui.py" line="108"/>
        <source>Personal Cabinet</source>
        <translation>Espace personnel</translation>
    </message>
</context>
<context>
    <name>RequestWindow</name>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="80"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="86"/>
        <source>Loading the request…</source>
        <translation>Chargement de la demande…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="94"/>
        <source>Re&amp;open</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="95"/>
        <source>Start a &amp;follow-up…</source>
        <translation>Créer une demande de &amp;suivi…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="96"/>
        <source>&amp;Close request</source>
        <translation>&amp;Fermer la demande</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="97"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="99"/>
        <source>As &amp;HTML…</source>
        <translation>En &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="100"/>
        <source>As &amp;PDF…</source>
        <translation>En &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="118"/>
        <location filename="../../app/gui/requests/request_window.py" line="142"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="125"/>
        <source>Did this help?</source>
        <translation>Cette réponse vous a-t-elle aidé&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="127"/>
        <source>A comment for the experts (optional)</source>
        <translation>Un commentaire pour les experts (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="128"/>
        <source>Comment on the answer</source>
        <translation>Commenter la réponse</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="129"/>
        <source>&amp;Yes, it helped</source>
        <translation>&amp;Oui, elle m&apos;a aidé</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="130"/>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="147"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="153"/>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="155"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="155"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="155"/>
        <location filename="../../app/gui/requests/request_window.py" line="179"/>
        <source>From</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="155"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="162"/>
        <source>&amp;Download…</source>
        <translation>&amp;Télécharger…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="163"/>
        <source>Download &amp;all…</source>
        <translation>Tout télé&amp;charger…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="165"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="174"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="178"/>
        <source>Status history</source>
        <translation>Historique des états</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="179"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="179"/>
        <source>To</source>
        <translation>Nouvel état</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="182"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="253"/>
        <source>Request %s — Personal Cabinet</source>
        <translation>Demande %s — Espace personnel</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="254"/>
        <source>Request %s</source>
        <translation>Demande %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="299"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="301"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="302"/>
        <source>Technical Support</source>
        <translation>Support technique</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="304"/>
        <source>Virus Lab</source>
        <translation>Laboratoire antivirus</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="306"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="308"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="311"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="312"/>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="313"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="314"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="315"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="316"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="317"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="318"/>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="319"/>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="320"/>
        <source>System report</source>
        <translation>Rapport système</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="332"/>
        <source>Follow-up to</source>
        <translation>Suite de</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="335"/>
        <source>Follow-ups</source>
        <translation>Demandes de suivi</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="341"/>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="341"/>
        <source>Analyzing</source>
        <translation>En cours d&apos;analyse</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="341"/>
        <location filename="../../app/gui/requests/request_window.py" line="371"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="341"/>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="345"/>
        <source>Malicious: the file is a threat. The product&apos;s databases will detect it.</source>
        <translation>Malveillant&#xa0;: le fichier est une menace. Les bases de données du produit le détecteront.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="347"/>
        <source>Clean: the analysts found no threat in the file.</source>
        <translation>Sain&#xa0;: les analystes n&apos;ont trouvé aucune menace dans le fichier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="349"/>
        <source>False positive confirmed: the detection will be removed from the databases.</source>
        <translation>Faux positif confirmé&#xa0;: la détection sera retirée des bases de données.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="362"/>
        <source>None: it was closed before a verdict.</source>
        <translation>Aucun&#xa0;: la demande a été fermée avant un verdict.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="368"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="371"/>
        <source>Not yet: the analysts are on it.</source>
        <translation>Pas encore&#xa0;: les analystes y travaillent.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="372"/>
        <source>Detected as</source>
        <translation>Détecté comme</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="373"/>
        <source>Last database update</source>
        <translation>Dernière mise à jour des bases</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="374"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="403"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="412"/>
        <source>Files (%d)</source>
        <translation>Fichiers (%d)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="424"/>
        <source>(filed)</source>
        <translation>(enregistré)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="442"/>
        <source>You said the answer helped. Thank you.</source>
        <translation>Vous avez indiqué que la réponse vous a aidé. Merci.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="444"/>
        <source>You said the answer did not help; the experts see it.</source>
        <translation>Vous avez indiqué que la réponse ne vous a pas aidé&#xa0;; les experts en sont informés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="546"/>
        <source>Close the request</source>
        <translation>Fermer la demande</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="548"/>
        <source>Close this request? The experts stop working on it and it takes no more replies; you can start a follow-up request later.</source>
        <translation>Fermer cette demande&#xa0;? Les experts cessent de la traiter et elle n&apos;accepte plus de réponses&#xa0;; vous pourrez créer une demande de suivi plus tard.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="555"/>
        <source>The request is closed.</source>
        <translation>La demande est fermée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="561"/>
        <source>The request is open again; the experts have been told.</source>
        <translation>La demande est rouverte&#xa0;; les experts en ont été informés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="574"/>
        <source>Thank you for your answer.</source>
        <translation>Merci pour votre réponse.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="583"/>
        <source>Start a follow-up request</source>
        <translation>Créer une demande de suivi</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="585"/>
        <source>This request can no longer be reopened. Describe what is still wrong; the new request quotes number %s.</source>
        <translation>Cette demande ne peut plus être rouverte. Décrivez ce qui ne va toujours pas&#xa0;; la nouvelle demande cite le numéro %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="606"/>
        <source>Follow-up request %s was filed.</source>
        <translation>La demande de suivi %s a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="620"/>
        <source>Your reply waits in the outbox and is sent when the service answers.</source>
        <translation>Votre réponse attend dans la boîte d&apos;envoi et sera envoyée dès que le service répondra.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="628"/>
        <source>Your waiting reply was sent.</source>
        <translation>Votre réponse en attente a été envoyée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="639"/>
        <source>Where to save the files</source>
        <translation>Où enregistrer les fichiers</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="666"/>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="679"/>
        <source>Saved to %s (not opened: check it before you open it).</source>
        <translation>Enregistré dans %s (non ouvert&#xa0;: vérifiez-le avant de l&apos;ouvrir).</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="701"/>
        <source>Export the request as HTML</source>
        <translation>Exporter la demande en HTML</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="702"/>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="705"/>
        <source>Export the request as PDF</source>
        <translation>Exporter la demande en PDF</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="706"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="724"/>
        <source>Could not save: %s</source>
        <translation>Impossible d&apos;enregistrer&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="726"/>
        <source>Saved to %s</source>
        <translation>Enregistré dans %s</translation>
    </message>
</context>
<context>
    <name>RequestWizard</name>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="90"/>
        <source>Request to Technical Support</source>
        <translation>Demande au Support technique</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="188"/>
        <source>Starting the local service; the request types follow…</source>
        <translation>Démarrage du service local&#xa0;; les types de demande vont suivre…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="193"/>
        <source>The request types and products could not be loaded. </source>
        <translation>Les types de demande et les produits n&apos;ont pas pu être chargés. </translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="332"/>
        <source>Filled in from your product&apos;s link.</source>
        <translation>Rempli d&apos;après le lien de votre produit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="334"/>
        <source> From your product&apos;s link: {problems}. Choose below.</source>
        <translation> D&apos;après le lien de votre produit&#xa0;: {problems}. Choisissez ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="532"/>
        <source>not sent</source>
        <translation>non envoyée</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="602"/>
        <source>Close the request</source>
        <translation>Fermer la demande</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="603"/>
        <source>Keep this request as a draft, to finish it later?</source>
        <translation>Conserver cette demande comme brouillon, pour la terminer plus tard&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="606"/>
        <source>A draft is offered again the next time you start Personal Cabinet. Discarding it also stops and deletes its unfinished uploads.</source>
        <translation>Le brouillon vous sera proposé à nouveau au prochain démarrage d&apos;Espace personnel. L&apos;abandonner arrête et supprime aussi ses envois inachevés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="610"/>
        <source>&amp;Keep the draft</source>
        <translation>&amp;Conserver le brouillon</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="612"/>
        <source>&amp;Discard the request</source>
        <translation>&amp;Abandonner la demande</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="614"/>
        <source>Continue &amp;editing</source>
        <translation>Continuer la &amp;modification</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="33"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="34"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="35"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="36"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="37"/>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="38"/>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="245"/>
        <source>New answer or status change you have not seen</source>
        <translation>Nouvelle réponse ou changement d&apos;état non consulté</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="250"/>
        <source>Files are attached</source>
        <translation>Des fichiers sont joints</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="256"/>
        <source>unread</source>
        <translation>non lue</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="258"/>
        <source>with files</source>
        <translation>avec fichiers</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="66"/>
        <location filename="../../app/gui/pages/requests.py" line="98"/>
        <source>My requests</source>
        <translation>Mes demandes</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="69"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="81"/>
        <source>Kind of request</source>
        <translation>Nature de la demande</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="83"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="85"/>
        <source>Request type</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="87"/>
        <source>Search by number or words…</source>
        <translation>Rechercher par numéro ou mots…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="88"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="132"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="234"/>
        <source>Support and Virus Lab</source>
        <translation>Support et Laboratoire antivirus</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="235"/>
        <source>Technical Support</source>
        <translation>Support technique</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="236"/>
        <source>Virus Lab</source>
        <translation>Laboratoire antivirus</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="248"/>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="258"/>
        <source>Any type</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="298"/>
        <source>%d unread</source>
        <translation>%d non lue(s)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="317"/>
        <source>No requests match these filters.</source>
        <translation>Aucune demande ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="318"/>
        <source>&amp;Show all requests</source>
        <translation>Afficher &amp;toutes les demandes</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="322"/>
        <source>You have not sent any requests yet. When you ask Technical Support or the Virus Lab for help, your requests and their answers appear here.</source>
        <translation>Vous n&apos;avez encore envoyé aucune demande. Lorsque vous demandez de l&apos;aide au Support technique ou au Laboratoire antivirus, vos demandes et leurs réponses apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="326"/>
        <source>&amp;Ask for help…</source>
        <translation>&amp;Demander de l&apos;aide…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="329"/>
        <source>1 request shown</source>
        <translation>1 demande affichée</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="329"/>
        <source>%d requests shown</source>
        <translation>%d demandes affichées</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="330"/>
        <source> — scroll for more</source>
        <translation> — faites défiler pour en voir plus</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="355"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="356"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="42"/>
        <source>Check what you entered. Use Back (or a Change link) to correct it, then submit the request.</source>
        <translation>Vérifiez ce que vous avez saisi. Utilisez Précédent (ou un lien Modifier) pour corriger, puis envoyez la demande.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="49"/>
        <source>&amp;Submit request</source>
        <translation>&amp;Envoyer la demande</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="51"/>
        <location filename="../../app/gui/wizard/review.py" line="158"/>
        <source>Your request</source>
        <translation>Votre demande</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="56"/>
        <source>Requests without an account need the characters from the picture:</source>
        <translation>Les demandes sans compte nécessitent les caractères de l&apos;image&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="64"/>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="131"/>
        <source>Request type and product</source>
        <translation>Type de demande et produit</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="139"/>
        <source>Signed in as {signed_in_as}</source>
        <translation>Connecté en tant que {signed_in_as}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="141"/>
        <source>Without an account (step skipped); the answer comes by e-mail</source>
        <translation>Sans compte (étape ignorée)&#xa0;; la réponse arrive par e-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="143"/>
        <source>Not chosen yet</source>
        <translation>Pas encore choisi</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="144"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="157"/>
        <location filename="../../app/gui/wizard/review.py" line="159"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="170"/>
        <source>Your computer</source>
        <translation>Votre ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="178"/>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
</context>
<context>
    <name>Samples</name>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="28"/>
        <source>A security product may have locked it or moved it to quarantine: restore it from quarantine (or pause real-time protection for this folder) and add it again.</source>
        <translation>Un produit de sécurité l&apos;a peut-être verrouillé ou placé en quarantaine&#xa0;: restaurez-le depuis la quarantaine (ou suspendez la protection en temps réel pour ce dossier) et ajoutez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="60"/>
        <source>“{name}” is no longer there. {hint}</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;existe plus. {hint}</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="66"/>
        <source>“{name}” cannot be read: access was refused. {hint}</source>
        <translation>«&#xa0;{name}&#xa0;» est illisible&#xa0;: l&apos;accès a été refusé. {hint}</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="71"/>
        <source>“{name}” cannot be read: {value}.</source>
        <translation>«&#xa0;{name}&#xa0;» est illisible&#xa0;: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="94"/>
        <source>“{name}” is a folder; add the files in it.</source>
        <translation>«&#xa0;{name}&#xa0;» est un dossier&#xa0;; ajoutez les fichiers qu&apos;il contient.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="101"/>
        <source>“{name}” is {size}; the Virus Lab takes samples up to {limit}.</source>
        <translation>«&#xa0;{name}&#xa0;» fait {size}&#xa0;; le Laboratoire antivirus accepte les échantillons jusqu&apos;à {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="107"/>
        <source>“{name}” is empty (0 bytes); there is nothing in it to check.</source>
        <translation>«&#xa0;{name}&#xa0;» est vide (0 octet)&#xa0;; il n&apos;y a rien à vérifier.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="116"/>
        <source>“{name}” changed while it was read; add it again.</source>
        <translation>«&#xa0;{name}&#xa0;» a été modifié pendant sa lecture&#xa0;; ajoutez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="135"/>
        <source>Send at most {count} samples in one request.</source>
        <translation>Envoyez au plus {count} échantillons par demande.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="143"/>
        <source>“{name}” is added already.</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà ajouté.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="148"/>
        <source>Another sample is called “{name}” already; rename one of them first.</source>
        <translation>Un autre échantillon s&apos;appelle déjà «&#xa0;{name}&#xa0;»&#xa0;; renommez d&apos;abord l&apos;un des deux.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="226"/>
        <source>“{name}” changed after it was added (its SHA-256 is not the one shown). Remove it and add it again.</source>
        <translation>«&#xa0;{name}&#xa0;» a été modifié après son ajout (son SHA-256 n&apos;est pas celui affiché). Supprimez-le et ajoutez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="45"/>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="46"/>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="47"/>
        <source>CPU</source>
        <translation>Processeur</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="48"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="49"/>
        <source>Disks</source>
        <translation>Disques</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="50"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="52"/>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="54"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="55"/>
        <source>Startup items</source>
        <translation>Éléments de démarrage</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="56"/>
        <source>Installed software</source>
        <translation>Logiciels installés</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="58"/>
        <source>Drivers and kernel modules</source>
        <translation>Pilotes et modules du noyau</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="61"/>
        <source>Users and sessions</source>
        <translation>Utilisateurs et sessions</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="63"/>
        <source>Recent system errors</source>
        <translation>Erreurs système récentes</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="66"/>
        <source>Battery and sensors</source>
        <translation>Batterie et capteurs</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="71"/>
        <source>Security product</source>
        <translation>Produit de sécurité</translation>
    </message>
</context>
<context>
    <name>ServiceConnection</name>
    <message>
        <location filename="../../app/gui/connection.py" line="104"/>
        <source>Local service on this computer</source>
        <translation>Service local sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>ServiceStatus</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="132"/>
        <source>Service status</source>
        <translation>État du service</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="138"/>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="139"/>
        <source>reachable</source>
        <translation>joignable</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="140"/>
        <source>not reachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="141"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../app/gui/session.py" line="174"/>
        <source>Your sign-in has expired; sign in again.</source>
        <translation>Votre connexion a expiré&#xa0;; reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="20"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="21"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="22"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="49"/>
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="56"/>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="58"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="62"/>
        <source>Notify me of new answers and status changes of my requests</source>
        <translation>M&apos;avertir des nouvelles réponses et des changements d&apos;état de mes demandes</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="91"/>
        <source>the support service</source>
        <translation>le service de support</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="94"/>
        <source>{url} answers: {vendor}, version {version}.</source>
        <translation>{url} répond&#xa0;: {vendor}, version {version}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="146"/>
        <source>The language is changed. Windows that were already open (a request, the request wizard) show it when you open them again.</source>
        <translation>La langue est changée. Les fenêtres déjà ouvertes (une demande, l’assistant de demande) l’afficheront quand vous les rouvrirez.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="12"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="18"/>
        <source>Support service</source>
        <translation>Service de support</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="24"/>
        <source>&amp;Local service on this computer</source>
        <translation>Service &amp;local sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="34"/>
        <source>Works without a network connection. Demo products and licenses are included, and mails go to the Local mailbox.</source>
        <translation>Fonctionne sans connexion réseau. Des produits et des licences de démonstration sont inclus, et les messages arrivent dans la Boîte aux lettres locale.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="50"/>
        <source>&amp;Remote service at this address:</source>
        <translation>Service &amp;distant à cette adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="62"/>
        <source>Address of the remote service</source>
        <translation>Adresse du service distant</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="65"/>
        <source>https://support.example.com</source>
        <translation>https://support.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="72"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="97"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="103"/>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="113"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="133"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="155"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="165"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="25"/>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="35"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="68"/>
        <source>Confirm it is you</source>
        <translation>Confirmez votre identité</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="68"/>
        <source>Sign in to Personal Cabinet</source>
        <translation>Se connecter à Espace personnel</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="70"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="70"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="117"/>
        <source>No keyring on this computer: the sign-in is not kept.</source>
        <translation>Aucun trousseau sur cet ordinateur&#xa0;: la connexion n&apos;est pas conservée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="124"/>
        <source>Remember me keeps your sign-in in the system keyring (password store). This computer has none, so you will sign in again next time; nothing is saved in a file.</source>
        <translation>«&#xa0;Se souvenir de moi&#xa0;» conserve votre connexion dans le trousseau du système (gestionnaire de mots de passe). Cet ordinateur n&apos;en a pas&#xa0;; vous devrez donc vous reconnecter la prochaine fois. Rien n&apos;est enregistré dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="169"/>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="229"/>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Saisissez le code à 6 chiffres de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="231"/>
        <source>Enter the 6-digit code we sent to your e-mail.</source>
        <translation>Saisissez le code à 6 chiffres que nous avons envoyé à votre e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="238"/>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="241"/>
        <source>A new code is on its way to your e-mail.</source>
        <translation>Un nouveau code est en route vers votre e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="251"/>
        <source>Correct the marked fields.</source>
        <translation>Corrigez les champs signalés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="260"/>
        <source>Enter your e-mail address or Customer ID.</source>
        <translation>Saisissez votre adresse e-mail ou votre numéro client.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="261"/>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="262"/>
        <source>Enter the 6-digit code.</source>
        <translation>Saisissez le code à 6 chiffres.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="267"/>
        <source>Too many sign-in attempts from this computer.</source>
        <translation>Trop de tentatives de connexion depuis cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="268"/>
        <source>Too many failed sign-ins to this account.</source>
        <translation>Trop d&apos;échecs de connexion à ce compte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="275"/>
        <source>{reason} Sign-in is locked for a while, to protect the account: you can try again in {time}.</source>
        <translation>{reason} La connexion est bloquée pendant un moment pour protéger le compte&#xa0;: vous pourrez réessayer dans {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="33"/>
        <source>E-mail or &amp;Customer ID</source>
        <translation>E-mail ou &amp;numéro client</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="43"/>
        <source>E-mail or Customer ID</source>
        <translation>E-mail ou numéro client</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="46"/>
        <source>name@example.com or your 10-character ID</source>
        <translation>name@example.com ou votre numéro à 10 caractères</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="53"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="63"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="73"/>
        <source>&amp;Remember me on this computer</source>
        <translation>Se &amp;souvenir de moi sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="90"/>
        <source>&amp;Forgot password or Customer ID?</source>
        <translation>Mot de passe ou numéro client &amp;oublié&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="113"/>
        <source>Create an acc&amp;ount</source>
        <translation>C&amp;réer un compte</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="126"/>
        <source>&amp;Activate an account</source>
        <translation>&amp;Activer un compte</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="174"/>
        <source>Verification &amp;code</source>
        <translation>&amp;Code de validation</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="184"/>
        <source>Verification code</source>
        <translation>Code de validation</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="190"/>
        <source>6 digits</source>
        <translation>6 chiffres</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="197"/>
        <source>Sign in with a &amp;different account</source>
        <translation>Se connecter avec un a&amp;utre compte</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="216"/>
        <source>Send a new code by &amp;e-mail</source>
        <translation>Envoyer un nouveau code par &amp;e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="261"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
</context>
<context>
    <name>StaffRequestView</name>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="62"/>
        <source>Loading the request…</source>
        <translation>Chargement de la demande…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="69"/>
        <source>Move &amp;to…</source>
        <translation>&amp;Déplacer vers…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="74"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="78"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="81"/>
        <source>Assign to &amp;me</source>
        <translation>M&apos;&amp;attribuer</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="82"/>
        <source>Replay &amp;steps…</source>
        <translation>Rejouer les é&amp;tapes…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="83"/>
        <source>System re&amp;port…</source>
        <translation>Rapport s&amp;ystème…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="86"/>
        <source>&amp;Compare reports…</source>
        <translation>&amp;Comparer les rapports…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="92"/>
        <source>Priority:</source>
        <translation>Priorité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="93"/>
        <source>Assignee:</source>
        <translation>Responsable&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="116"/>
        <source>Conversation and internal notes</source>
        <translation>Conversation et notes internes</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="120"/>
        <source>&amp;Reply to the customer</source>
        <translation>&amp;Répondre au client</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="121"/>
        <source>Internal &amp;note (staff only)</source>
        <translation>&amp;Note interne (réservée au personnel)</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="126"/>
        <source>Canned &amp;reply</source>
        <translation>Ré&amp;ponse type</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="136"/>
        <source>Your reply</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="144"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="148"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="203"/>
        <source>Request %s</source>
        <translation>Demande %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="206"/>
        <location filename="../../app/gui/staff/request_view.py" line="254"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="206"/>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="229"/>
        <source>This report beside the customer&apos;s earlier one, of request %s (%s): what changed on the computer in between</source>
        <translation>Ce rapport à côté du rapport précédent du client, de la demande %s (%s)&#xa0;: ce qui a changé sur l&apos;ordinateur entre-temps</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="239"/>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="255"/>
        <source>Customer ID</source>
        <translation>Numéro client</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="255"/>
        <source>(no account)</source>
        <translation>(aucun compte)</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="256"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="257"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="258"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="259"/>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="260"/>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="262"/>
        <source>Client version</source>
        <translation>Version du client</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="273"/>
        <source>Client language</source>
        <translation>Langue du client</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="294"/>
        <source>Save this text as a canned reply…</source>
        <translation>Enregistrer ce texte comme réponse type…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="297"/>
        <source>Replace one with this text</source>
        <translation>Remplacer une réponse type par ce texte</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="298"/>
        <source>Delete one</source>
        <translation>Supprimer une réponse type</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="316"/>
        <source>Add &amp;internal note</source>
        <translation>Ajouter une note &amp;interne</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="317"/>
        <source>A note only staff see…</source>
        <translation>Une note visible uniquement par le personnel…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="320"/>
        <source>&amp;Send reply to the customer</source>
        <translation>&amp;Envoyer la réponse au client</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="321"/>
        <source>Your answer to the customer…</source>
        <translation>Votre réponse au client…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="339"/>
        <source>Write the reply first, then save it.</source>
        <translation>Rédigez d&apos;abord la réponse, puis enregistrez-la.</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="341"/>
        <source>Canned reply</source>
        <translation>Réponse type</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="341"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="358"/>
        <source>Write the new text first, then replace.</source>
        <translation>Rédigez d&apos;abord le nouveau texte, puis remplacez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="378"/>
        <source>Delete the canned reply</source>
        <translation>Supprimer la réponse type</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="379"/>
        <source>Delete the canned reply “{title}” for every staff member?</source>
        <translation>Supprimer la réponse type «&#xa0;{title}&#xa0;» pour tous les membres du personnel&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="396"/>
        <source>Write something first.</source>
        <translation>Rédigez d&apos;abord quelque chose.</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="519"/>
        <source>Request %s of %s</source>
        <translation>Demande %s de %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="570"/>
        <source>%s is writing a reply</source>
        <translation>%s rédige une réponse</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="572"/>
        <source>%s has this request open</source>
        <translation>%s a ouvert cette demande</translation>
    </message>
</context>
<context>
    <name>StaffWorkspace</name>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="32"/>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="33"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="34"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="52"/>
        <source>Staff sections</source>
        <translation>Sections du personnel</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="73"/>
        <source>Open a request from the queue to work on it here.</source>
        <translation>Ouvrez une demande de la file d&apos;attente pour la traiter ici.</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="115"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="29"/>
        <source>Request type</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="30"/>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="31"/>
        <source>Your request</source>
        <translation>Votre demande</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="32"/>
        <source>Your computer</source>
        <translation>Votre ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="33"/>
        <source>Review and send</source>
        <translation>Vérifier et envoyer</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="43"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="80"/>
        <source>All steps done</source>
        <translation>Toutes les étapes sont terminées</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="82"/>
        <source>Step {current} of 5: {title}</source>
        <translation>Étape {current} sur 5&#xa0;: {title}</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../app/gui/wizard/base.py" line="49"/>
        <source>Step {step} of 5: {title}</source>
        <translation>Étape {step} sur 5&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/base.py" line="108"/>
        <source>Correct the marked fields.</source>
        <translation>Corrigez les champs signalés.</translation>
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="192"/>
        <source>The service cannot be reached, and a request without an account needs it right away to check the characters from the picture, so it cannot wait in the outbox. Your request is kept as a draft: submit it again when the service answers (the status bar shows when). Or go back to step 2 and sign in — signed-in requests wait in the outbox and go out by themselves.</source>
        <translation>Le service est injoignable, et une demande sans compte en a besoin immédiatement pour vérifier les caractères de l&apos;image&#xa0;; elle ne peut donc pas attendre dans la boîte d&apos;envoi. Votre demande est conservée comme brouillon&#xa0;: envoyez-la à nouveau quand le service répondra (la barre d&apos;état l&apos;indique). Vous pouvez aussi revenir à l&apos;étape 2 et vous connecter — les demandes avec connexion attendent dans la boîte d&apos;envoi et partent automatiquement.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="224"/>
        <source>Sending the request…</source>
        <translation>Envoi de la demande…</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="230"/>
        <source>{name}: {message}.</source>
        <translation>{name}&#xa0;: {message}.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="236"/>
        <source>Some files could not be sent: {files} Remove them on their step, or submit again.</source>
        <translation>Certains fichiers n&apos;ont pas pu être envoyés&#xa0;: {files} Supprimez-les à leur étape, ou envoyez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="262"/>
        <source>The request could not be kept: {reason}</source>
        <translation>La demande n&apos;a pas pu être conservée&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="289"/>
        <location filename="../../app/core/wizard/submission.py" line="316"/>
        <source>Sending the files…</source>
        <translation>Envoi des fichiers…</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="300"/>
        <source>Keeping the request in the outbox…</source>
        <translation>Mise en attente de la demande dans la boîte d&apos;envoi…</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <location filename="../../app/gui/pages/support.py" line="61"/>
        <source>The list of request types and products could not be loaded. </source>
        <translation>La liste des types de demande et des produits n&apos;a pas pu être chargée. </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="75"/>
        <source>Choose the request type…</source>
        <translation>Choisissez le type de demande…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="82"/>
        <source>Choose your product…</source>
        <translation>Choisissez votre produit…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="100"/>
        <source>You may send this type of request without an account.</source>
        <translation>Vous pouvez envoyer ce type de demande sans compte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="109"/>
        <source>for example {version}</source>
        <translation>par exemple {version}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="143"/>
        <source>From your product&apos;s link: {problems}. Choose it below.</source>
        <translation>D&apos;après le lien de votre produit&#xa0;: {problems}. Choisissez-le ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="123"/>
        <source>Filled in from your product&apos;s link.</source>
        <translation>Rempli d&apos;après le lien de votre produit.</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="9"/>
        <source>Request to Technical Support</source>
        <translation>Demande au Support technique</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="19"/>
        <source>A request takes five steps: 1. the request type and your product; 2. your account; 3. a detailed description, your e-mail and country, and files; 4. your operating system and the product version, with a GetSystemInfo report; 5. a review before you send it. The request number is shown at the end, and the experts&apos; answers appear in My requests.</source>
        <translation>Une demande se fait en cinq étapes&#xa0;: 1. le type de demande et votre produit&#xa0;; 2. votre compte&#xa0;; 3. une description détaillée, votre e-mail et votre pays, et des fichiers&#xa0;; 4. votre système d&apos;exploitation et la version du produit, avec un rapport GetSystemInfo&#xa0;; 5. une vérification avant l&apos;envoi. Le numéro de la demande s&apos;affiche à la fin, et les réponses des experts apparaissent dans Mes demandes.</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="29"/>
        <source>Step 1 of 5: request type and product</source>
        <translation>Étape 1 sur 5&#xa0;: type de demande et produit</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="35"/>
        <source>Request &amp;type</source>
        <translation>&amp;Type de demande</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="45"/>
        <source>Request type</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="52"/>
        <source>About this request type</source>
        <translation>À propos de ce type de demande</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="65"/>
        <source>&amp;Product</source>
        <translation>&amp;Produit</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="75"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="82"/>
        <source>Product v&amp;ersion</source>
        <translation>V&amp;ersion du produit</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="92"/>
        <source>Product version</source>
        <translation>Version du produit</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="95"/>
        <source>for example 21.3.10.391</source>
        <translation>par exemple 21.3.10.391</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="135"/>
        <source>Loading the catalog</source>
        <translation>Chargement du catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="150"/>
        <source>&amp;Reload the catalog</source>
        <translation>&amp;Recharger le catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="168"/>
        <source>Opens the request form with the type, product and version chosen here.</source>
        <translation>Ouvre le formulaire de demande avec le type, le produit et la version choisis ici.</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="171"/>
        <source>&amp;Continue to step 2: your account</source>
        <translation>&amp;Continuer vers l&apos;étape 2&#xa0;: votre compte</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="180"/>
        <source>Your request is kept as a draft while you fill it in. If the service cannot be reached when you submit it, it waits on this computer and is sent by itself when the service answers.</source>
        <translation>Votre demande est conservée comme brouillon pendant que vous la remplissez. Si le service est injoignable lorsque vous l&apos;envoyez, elle attend sur cet ordinateur et part automatiquement dès que le service répond.</translation>
    </message>
</context>
<context>
    <name>SysinfoCompare</name>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="30"/>
        <source>System reports (*.zip *.json);;All files (*)</source>
        <translation>Rapports système (*.zip *.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>SysinfoPanel</name>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="45"/>
        <source>needing administrator rights</source>
        <translation>nécessitant les droits d&apos;administrateur</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="50"/>
        <source>{count} complete</source>
        <translation>{count} complètes</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="53"/>
        <source>{count} sections: {parts}</source>
        <translation>{count} sections&#xa0;: {parts}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="80"/>
        <source>{exc}. Choose a report saved by GetSystemInfo (a .zip).</source>
        <translation>{exc}. Choisissez un rapport enregistré par GetSystemInfo (un fichier .zip).</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="94"/>
        <source>GetSystemInfo report</source>
        <translation>Rapport GetSystemInfo</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="105"/>
        <source>A report about this computer (system, hardware, programs, recent errors) that the experts need for most requests. Names, addresses and serial numbers in it are replaced by pseudonyms; look at it before you send it.</source>
        <translation>Un rapport sur cet ordinateur (système, matériel, programmes, erreurs récentes) dont les experts ont besoin pour la plupart des demandes. Les noms, adresses et numéros de série qu&apos;il contient sont remplacés par des pseudonymes&#xa0;; consultez-le avant de l&apos;envoyer.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="114"/>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="180"/>
        <source>&amp;Generate a report</source>
        <translation>&amp;Générer un rapport</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="115"/>
        <source>Cancel &amp;generating</source>
        <translation>Annuler la &amp;génération</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="116"/>
        <source>Attach a &amp;saved report…</source>
        <translation>Joindre un rapport &amp;enregistré…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="117"/>
        <source>Vie&amp;w the report…</source>
        <translation>&amp;Afficher le rapport…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="118"/>
        <source>&amp;Don&apos;t attach it</source>
        <translation>&amp;Ne pas le joindre</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="130"/>
        <source>Report progress</source>
        <translation>Progression du rapport</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="134"/>
        <source>Report status</source>
        <translation>État du rapport</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="178"/>
        <source>&amp;Generate a new report</source>
        <translation>&amp;Générer un nouveau rapport</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="183"/>
        <source>Collecting the report; it takes a few seconds.</source>
        <translation>Collecte du rapport en cours&#xa0;; cela prend quelques secondes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="186"/>
        <source>No report attached.</source>
        <translation>Aucun rapport joint.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="189"/>
        <source>Opening {name} in the viewer…</source>
        <translation>Ouverture de {name} dans la visionneuse…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="194"/>
        <source>made now</source>
        <translation>créé maintenant</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="194"/>
        <source>saved earlier</source>
        <translation>enregistré précédemment</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="198"/>
        <source>Attached: {name} ({origin}, {size}){summary}. {upload}.</source>
        <translation>Joint&#xa0;: {name} ({origin}, {size}){summary}. {upload}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="227"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="242"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="249"/>
        <source>Collected {title} — {done} of {total}</source>
        <translation>Collecté&#xa0;: {title} — {done} sur {total}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="256"/>
        <source>Generating the report was cancelled.</source>
        <translation>La génération du rapport a été annulée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="266"/>
        <source>The report could not be made: {reason}</source>
        <translation>Le rapport n&apos;a pas pu être créé&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="279"/>
        <source>Attach a saved GetSystemInfo report</source>
        <translation>Joindre un rapport GetSystemInfo enregistré</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="281"/>
        <source>GetSystemInfo reports (*.zip *.json);;All files (*)</source>
        <translation>Rapports GetSystemInfo (*.zip *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="288"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
</context>
<context>
    <name>SysinfoViewer</name>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="240"/>
        <source>Report sections</source>
        <translation>Sections du rapport</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="241"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="247"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="241"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="241"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="257"/>
        <source>Filter rows…</source>
        <translation>Filtrer les lignes…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="258"/>
        <source>Filter rows</source>
        <translation>Filtrer les lignes</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="262"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="263"/>
        <source>Show the original beside what is sent</source>
        <translation>Afficher l&apos;original à côté de ce qui est envoyé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="266"/>
        <source>The original stays on this computer. Highlighted cells differ: they were replaced by pseudonyms or removed.</source>
        <translation>L&apos;original reste sur cet ordinateur. Les cellules en surbrillance diffèrent&#xa0;: elles ont été remplacées par des pseudonymes ou supprimées.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="272"/>
        <source>What is sent</source>
        <translation>Ce qui est envoyé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="273"/>
        <source>Original on this computer</source>
        <translation>Original sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="274"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="566"/>
        <source>&lt;b&gt;In the report&lt;/b&gt; (what is sent)</source>
        <translation>&lt;b&gt;Dans le rapport&lt;/b&gt; (ce qui est envoyé)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="275"/>
        <source>&lt;b&gt;On this computer&lt;/b&gt; (never sent)</source>
        <translation>&lt;b&gt;Sur cet ordinateur&lt;/b&gt; (jamais envoyé)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="355"/>
        <source>Created {created_utc} UTC on {platform} · {count} sections ({summary}) · collected in {duration_ms} ms</source>
        <translation>Créé le {created_utc} UTC sur {platform} · {count} sections ({summary}) · collecté en {duration_ms} ms</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="370"/>
        <source> · {replaced} private values replaced or removed</source>
        <translation> · {replaced} valeurs privées remplacées ou supprimées</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="377"/>
        <source>This report is not redacted: it shows real host and user names, addresses and command lines. Keep it on this computer.</source>
        <translation>Ce rapport n&apos;est pas anonymisé&#xa0;: il montre les vrais noms d&apos;hôte et d&apos;utilisateur, adresses et lignes de commande. Conservez-le sur cet ordinateur.</translation>
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
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="414"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="509"/>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="415"/>
        <source>redacted</source>
        <translation>anonymisé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="415"/>
        <source>not redacted</source>
        <translation>non anonymisé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="437"/>
        <source>Replaced values</source>
        <translation>Valeurs remplacées</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="450"/>
        <source>Pseudonyms</source>
        <translation>Pseudonymes</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="494"/>
        <source>No data for this section. {value}</source>
        <translation>Aucune donnée pour cette section. {value}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="512"/>
        <source>Host and user names, home folders, IP and MAC addresses, serial numbers and UUIDs were replaced by pseudonyms; passwords, tokens and keys in command lines were removed and are kept nowhere.</source>
        <translation>Les noms d&apos;hôte et d&apos;utilisateur, dossiers personnels, adresses IP et MAC, numéros de série et UUID ont été remplacés par des pseudonymes&#xa0;; les mots de passe, jetons et clés figurant dans les lignes de commande ont été supprimés et ne sont conservés nulle part.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="517"/>
        <source> The pseudonym list below exists only on this computer.</source>
        <translation> La liste des pseudonymes ci-dessous n&apos;existe que sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="521"/>
        <source> Replaced: {replaced}.</source>
        <translation> Remplacées&#xa0;: {replaced}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="523"/>
        <source>This report is not redacted.</source>
        <translation>Ce rapport n&apos;est pas anonymisé.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="530"/>
        <source>&lt;b&gt;Pseudonyms&lt;/b&gt; (this list is never sent)</source>
        <translation>&lt;b&gt;Pseudonymes&lt;/b&gt; (cette liste n&apos;est jamais envoyée)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="546"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="558"/>
        <source>Sent as</source>
        <translation>Envoyé comme</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="612"/>
        <source>{shown} of {rows}</source>
        <translation>{shown} sur {rows}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="639"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="640"/>
        <source>property</source>
        <translation>propriété</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="641"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="639"/>
        <source>Say which operating system and which exact version of the product you use, and attach a GetSystemInfo report.</source>
        <translation>Indiquez votre système d&apos;exploitation et la version exacte du produit que vous utilisez, et joignez un rapport GetSystemInfo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="653"/>
        <source>Detected on this computer; correct it if the problem is elsewhere.</source>
        <translation>Détecté sur cet ordinateur&#xa0;; corrigez-le si le problème se situe ailleurs.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="678"/>
        <source>the full version, for example {example}</source>
        <translation>la version complète, par exemple {example}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="681"/>
        <source>From your product&apos;s link.</source>
        <translation>D&apos;après le lien de votre produit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="683"/>
        <source>Numbers separated by dots, as shown in the product&apos;s About window.</source>
        <translation>Des nombres séparés par des points, tels qu&apos;affichés dans la fenêtre À propos du produit.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="65"/>
        <source>“{name}” is a folder; attach the files in it, or a zip of it.</source>
        <translation>«&#xa0;{name}&#xa0;» est un dossier&#xa0;; joignez les fichiers qu&apos;il contient, ou une archive zip de celui-ci.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="74"/>
        <source>“{name}” no longer exists; it was moved or deleted.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;existe plus&#xa0;; il a été déplacé ou supprimé.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="80"/>
        <source>“{name}” cannot be read: you do not have permission to open it.</source>
        <translation>«&#xa0;{name}&#xa0;» est illisible&#xa0;: vous n&apos;avez pas l&apos;autorisation de l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="86"/>
        <location filename="../../app/core/wizard/transfer.py" line="264"/>
        <source>“{name}” cannot be read: {value}.</source>
        <translation>«&#xa0;{name}&#xa0;» est illisible&#xa0;: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="92"/>
        <source>“{name}” is empty (0 bytes); there is nothing in it to send.</source>
        <translation>«&#xa0;{name}&#xa0;» est vide (0 octet)&#xa0;; il n&apos;y a rien à envoyer.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="98"/>
        <source>“{name}” is {size}; files up to {limit} can be attached. Compress it or split it into parts.</source>
        <translation>«&#xa0;{name}&#xa0;» fait {size}&#xa0;; les fichiers joints peuvent atteindre {limit}. Compressez-le ou découpez-le en plusieurs parties.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="123"/>
        <source>“{name}” is attached already.</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà joint.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="130"/>
        <source>A request takes at most {count} files; pack more in a zip.</source>
        <translation>Une demande accepte au plus {count} fichiers&#xa0;; regroupez les autres dans un fichier zip.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="190"/>
        <source>The service stored “{name}” with a different checksum: the file changed while it was sent, or it was damaged on the way. Send it again.</source>
        <translation>Le service a enregistré «&#xa0;{name}&#xa0;» avec une somme de contrôle différente&#xa0;: le fichier a été modifié pendant l&apos;envoi ou endommagé en chemin. Envoyez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="221"/>
        <source>“{name}” changed while it was read; add it again.</source>
        <translation>«&#xa0;{name}&#xa0;» a été modifié pendant sa lecture&#xa0;; ajoutez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>TransferManager</name>
    <message>
        <location filename="../../app/gui/wizard/transfers.py" line="114"/>
        <source>Waiting for the connection…</source>
        <translation>En attente de la connexion…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/transfers.py" line="233"/>
        <source>Waiting for the service; it goes on when the service answers.</source>
        <translation>En attente du service&#xa0;; l&apos;envoi reprendra dès que le service répondra.</translation>
    </message>
</context>
<context>
    <name>TwoFactorDialog</name>
    <message>
        <location filename="../../ui/two_factor.ui" line="12"/>
        <location filename="../../ui/two_factor.ui" line="18"/>
        <source>Two-factor sign-in</source>
        <translation>Validation en deux étapes</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="28"/>
        <source>Authenticator app</source>
        <translation>Application d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="51"/>
        <source>&amp;Set up an authenticator app…</source>
        <translation>&amp;Configurer une application d&apos;authentification…</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="84"/>
        <source>QR code for the authenticator app</source>
        <translation>Code QR pour l&apos;application d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="96"/>
        <source>Scan the QR code with your authenticator app, or type the secret key into it. Then enter the 6-digit code the app shows.</source>
        <translation>Scannez le code QR avec votre application d&apos;authentification, ou saisissez-y la clé secrète. Saisissez ensuite le code à 6 chiffres affiché par l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="108"/>
        <source>Secret &amp;key</source>
        <translation>Clé &amp;secrète</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="120"/>
        <source>Secret key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="130"/>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="146"/>
        <source>&amp;Code from the app</source>
        <translation>C&amp;ode de l&apos;application</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="156"/>
        <location filename="../../ui/two_factor.ui" line="231"/>
        <source>Code from the app</source>
        <translation>Code de l&apos;application</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="177"/>
        <source>&amp;Turn on</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="201"/>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="211"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="221"/>
        <source>Code from the &amp;app</source>
        <translation>Code de l&apos;app&amp;lication</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="241"/>
        <source>T&amp;urn off the authenticator app</source>
        <translation>&amp;Désactiver l&apos;application d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="258"/>
        <source>One-time code by e-mail</source>
        <translation>Code à usage unique par e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="264"/>
        <source>Ask for a code sent by &amp;e-mail when I sign in</source>
        <translation>Demander un code envoyé par &amp;e-mail lors de la connexion</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="271"/>
        <source>Pass&amp;word</source>
        <translation>Mo&amp;t de passe</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="281"/>
        <source>Password to change the e-mail code setting</source>
        <translation>Mot de passe pour modifier le paramètre du code par e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="291"/>
        <source>Sa&amp;ve</source>
        <translation>Enregist&amp;rer</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="317"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="339"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="80"/>
        <source>&lt;b&gt;On.&lt;/b&gt; Signing in asks for the 6-digit code of your authenticator app. To turn it off, enter your password and a current code.</source>
        <translation>&lt;b&gt;Activée.&lt;/b&gt; La connexion demande le code à 6 chiffres de votre application d&apos;authentification. Pour la désactiver, saisissez votre mot de passe et un code actuel.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="88"/>
        <source>&lt;b&gt;Off.&lt;/b&gt; With an authenticator app (on your phone), signing in also asks for the 6-digit code it shows, so a stolen password alone is not enough.</source>
        <translation>&lt;b&gt;Désactivée.&lt;/b&gt; Avec une application d&apos;authentification (sur votre téléphone), la connexion demande aussi le code à 6 chiffres qu&apos;elle affiche&#xa0;: un mot de passe volé ne suffit donc pas.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="116"/>
        <source>&lt;b&gt;Setting up.&lt;/b&gt; Not on until you enter a code.</source>
        <translation>&lt;b&gt;Configuration en cours.&lt;/b&gt; Non activée tant que vous n&apos;avez pas saisi de code.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="128"/>
        <source>The authenticator app is on.</source>
        <translation>L&apos;application d&apos;authentification est activée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="141"/>
        <source>The authenticator app is off.</source>
        <translation>L&apos;application d&apos;authentification est désactivée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="149"/>
        <source>Enter your password to change this.</source>
        <translation>Saisissez votre mot de passe pour modifier ce paramètre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="154"/>
        <source>A code by e-mail is now asked for when you sign in.</source>
        <translation>Un code par e-mail est désormais demandé lors de la connexion.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="156"/>
        <source>No code by e-mail is asked for any more.</source>
        <translation>Plus aucun code par e-mail n&apos;est demandé.</translation>
    </message>
</context>
<context>
    <name>TypePage</name>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="74"/>
        <source>Choose what your request is about, and the product you use.</source>
        <translation>Choisissez l&apos;objet de votre demande et le produit que vous utilisez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="81"/>
        <location filename="../../app/gui/wizard/step_pages.py" line="91"/>
        <source>Request type</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="88"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="92"/>
        <source>&amp;Product</source>
        <translation>&amp;Produit</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="104"/>
        <source>Loading the catalog</source>
        <translation>Chargement du catalogue</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="105"/>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="136"/>
        <source> May be sent without an account.</source>
        <translation> Peut être envoyée sans compte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="143"/>
        <source>Request &amp;type</source>
        <translation>&amp;Type de demande</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="148"/>
        <source>Choose your product…</source>
        <translation>Choisissez votre produit…</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <location filename="../../app/core/validators.py" line="29"/>
        <source>Enter your e-mail address.</source>
        <translation>Saisissez votre adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="31"/>
        <source>This e-mail address is too long.</source>
        <translation>Cette adresse e-mail est trop longue.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="38"/>
        <source>This is not a valid e-mail address: {exc}</source>
        <translation>Cette adresse e-mail n&apos;est pas valide&#xa0;: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="77"/>
        <source>At least 8 characters</source>
        <translation>Au moins 8 caractères</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="82"/>
        <source>A digit</source>
        <translation>Un chiffre</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="87"/>
        <source>An upper-case Latin letter (A–Z)</source>
        <translation>Une lettre latine majuscule (A–Z)</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="92"/>
        <source>A lower-case Latin letter (a–z)</source>
        <translation>Une lettre latine minuscule (a–z)</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="97"/>
        <source>No spaces</source>
        <translation>Pas d&apos;espace</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="102"/>
        <source>At most 128 characters</source>
        <translation>128 caractères au maximum</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="111"/>
        <location filename="../../app/gui/dialogs/base.py" line="259"/>
        <source>Not too simple or common</source>
        <translation>Ni trop simple ni trop courant</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="118"/>
        <source>Use at least 8 characters.</source>
        <translation>Utilisez au moins 8 caractères.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="119"/>
        <source>Add a digit.</source>
        <translation>Ajoutez un chiffre.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="120"/>
        <source>Add an upper-case Latin letter (A–Z).</source>
        <translation>Ajoutez une lettre latine majuscule (A–Z).</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="121"/>
        <source>Add a lower-case Latin letter (a–z).</source>
        <translation>Ajoutez une lettre latine minuscule (a–z).</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="122"/>
        <source>Remove the spaces.</source>
        <translation>Supprimez les espaces.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="123"/>
        <source>Use at most 128 characters.</source>
        <translation>Utilisez 128 caractères au maximum.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="124"/>
        <source>This password is too simple or too common; choose another.</source>
        <translation>Ce mot de passe est trop simple ou trop courant&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="145"/>
        <source>The two passwords do not match.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="165"/>
        <source>Enter the activation code.</source>
        <translation>Saisissez le code d&apos;activation.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="168"/>
        <source>An activation code has only Latin letters and digits.</source>
        <translation>Un code d&apos;activation ne contient que des lettres latines et des chiffres.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="172"/>
        <source>An activation code has 20 letters and digits (4 blocks of 5); this one has {count}.</source>
        <translation>Un code d&apos;activation comporte 20 lettres et chiffres (4 blocs de 5)&#xa0;; celui-ci en comporte {count}.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="185"/>
        <source>Enter your Customer ID.</source>
        <translation>Saisissez votre numéro client.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="188"/>
        <source>A Customer ID has 10 Latin letters and digits.</source>
        <translation>Un numéro client comporte 10 lettres latines et chiffres.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="197"/>
        <source>Enter your e-mail address or Customer ID.</source>
        <translation>Saisissez votre adresse e-mail ou votre numéro client.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="204"/>
        <source>Enter an e-mail address or a 10-character Customer ID.</source>
        <translation>Saisissez une adresse e-mail ou un numéro client à 10 caractères.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="219"/>
        <source>Enter the product version.</source>
        <translation>Saisissez la version du produit.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="222"/>
        <source>Write the version as numbers separated by dots, for example 21.3.10.391.</source>
        <translation>Écrivez la version sous forme de nombres séparés par des points, par exemple 21.3.10.391.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="238"/>
        <source>Paste the code or the link from the e-mail.</source>
        <translation>Collez le code ou le lien de l&apos;e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="244"/>
        <source>This link has no code in it; paste the whole link from the e-mail.</source>
        <translation>Ce lien ne contient aucun code&#xa0;; collez le lien complet de l&apos;e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="252"/>
        <source>This does not look like the code from the e-mail.</source>
        <translation>Cela ne ressemble pas au code de l&apos;e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="261"/>
        <source>Enter the 6-digit code.</source>
        <translation>Saisissez le code à 6 chiffres.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="274"/>
        <source>Enter the service address, for example https://support.example.com.</source>
        <translation>Saisissez l&apos;adresse du service, par exemple https://support.example.com.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="281"/>
        <source>The service address must start with http:// or https:// and name a host.</source>
        <translation>L&apos;adresse du service doit commencer par http:// ou https:// et indiquer un hôte.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="288"/>
        <source>The service address cannot have ? or # parts.</source>
        <translation>L&apos;adresse du service ne peut pas contenir de partie&#xa0;? ou #.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="294"/>
        <source>The port in the service address is not a number from 1 to 65535.</source>
        <translation>Le port de l&apos;adresse du service n&apos;est pas un nombre compris entre 1 et 65535.</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="675"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="676"/>
        <source>&amp;Open report…</source>
        <translation>&amp;Ouvrir un rapport…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="679"/>
        <source>Co&amp;mpare with another report…</source>
        <translation>Co&amp;mparer avec un autre rapport…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="681"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="684"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="700"/>
        <source>System report</source>
        <translation>Rapport système</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="698"/>
        <source>System report — {name}</source>
        <translation>Rapport système — {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="708"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="726"/>
        <source>Cannot open the report</source>
        <translation>Impossible d&apos;ouvrir le rapport</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="732"/>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="739"/>
        <source>Open a system report</source>
        <translation>Ouvrir un rapport système</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="741"/>
        <source>System reports (*.zip *.json);;All files (*)</source>
        <translation>Rapports système (*.zip *.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ViruslabForm</name>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="27"/>
        <source>Type of request</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="28"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="29"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="30"/>
        <source>Product version</source>
        <translation>Version du produit</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="31"/>
        <source>Last successful database update</source>
        <translation>Dernière mise à jour réussie des bases</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="32"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="33"/>
        <source>Detected as</source>
        <translation>Détecté comme</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="34"/>
        <location filename="../../app/core/viruslab/form.py" line="35"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="63"/>
        <source>Choose what kind of file you are sending.</source>
        <translation>Choisissez le type de fichier que vous envoyez.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="67"/>
        <source>Choose the product that detected (or missed) the file.</source>
        <translation>Choisissez le produit qui a détecté (ou manqué) le fichier.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="76"/>
        <source>The date of the last database update is in the future.</source>
        <translation>La date de la dernière mise à jour des bases est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="80"/>
        <source>Describe the file and what the product did with it.</source>
        <translation>Décrivez le fichier et ce que le produit en a fait.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="84"/>
        <source>Give the name under which the product detects the file, as its report shows it.</source>
        <translation>Indiquez le nom sous lequel le produit détecte le fichier, tel qu&apos;il figure dans son rapport.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="93"/>
        <source>Add the file you want the Virus Lab to check.</source>
        <translation>Ajoutez le fichier que le Laboratoire antivirus doit vérifier.</translation>
    </message>
</context>
<context>
    <name>ViruslabPage</name>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="55"/>
        <source>Packing the samples into the encrypted archive… {percent}%</source>
        <translation>Compression des échantillons dans l&apos;archive chiffrée… {percent}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="58"/>
        <source>Sending the archive… {percent}%</source>
        <translation>Envoi de l&apos;archive… {percent}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="59"/>
        <source>Filing the request…</source>
        <translation>Enregistrement de la demande…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="110"/>
        <source>Send a file to the Virus Lab</source>
        <translation>Envoyer un fichier au Laboratoire antivirus</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="115"/>
        <source>Send a file the product does not detect but you suspect, or a clean file it detects by mistake. The Virus Lab&apos;s analysts check it and give a verdict.</source>
        <translation>Envoyez un fichier que le produit ne détecte pas mais que vous soupçonnez, ou un fichier sain qu&apos;il détecte par erreur. Les analystes du Laboratoire antivirus l&apos;examinent et rendent un verdict.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="127"/>
        <source>&amp;Suspected unknown malware</source>
        <translation>Logiciel malveillant &amp;inconnu suspecté</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="128"/>
        <source>&amp;False positive</source>
        <translation>&amp;Faux positif</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="149"/>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="151"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="153"/>
        <source>&amp;Product:</source>
        <translation>&amp;Produit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="155"/>
        <source>for example 21.3.10.391 (optional)</source>
        <translation>par exemple 21.3.10.391 (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="156"/>
        <source>Product version</source>
        <translation>Version du produit</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="158"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="159"/>
        <source>I know it:</source>
        <translation>Je la connais&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="165"/>
        <source>Date of the last successful database update</source>
        <translation>Date de la dernière mise à jour réussie des bases</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="176"/>
        <source>Last successful
database update:</source>
        <translation>Dernière mise à jour
réussie des bases&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="179"/>
        <source>as the product&apos;s report names it</source>
        <translation>tel que le nomme le rapport du produit</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="180"/>
        <source>Detected as</source>
        <translation>Détecté comme</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="182"/>
        <source>&amp;Detected as:</source>
        <translation>&amp;Détecté comme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="190"/>
        <source>Where the file came from, and what the product did (or did not do).</source>
        <translation>La provenance du fichier, et ce que le produit a fait (ou n&apos;a pas fait).</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="192"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="194"/>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="196"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="197"/>
        <source>where the verdict is sent</source>
        <translation>adresse où le verdict est envoyé</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="199"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="202"/>
        <source>Sample</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="202"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="202"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="205"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="212"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="213"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="231"/>
        <source>Sa&amp;mples:</source>
        <translation>É&amp;chantillons&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="269"/>
        <source>&amp;Cancel sending</source>
        <translation>A&amp;nnuler l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="271"/>
        <source>C&amp;lear the form</source>
        <translation>Effacer le formu&amp;laire</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="273"/>
        <source>Se&amp;nd to the Virus Lab</source>
        <translation>Envoyer au La&amp;boratoire antivirus</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="294"/>
        <source>&amp;Open in My requests</source>
        <translation>&amp;Ouvrir dans Mes demandes</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="296"/>
        <source>Send &amp;another file</source>
        <translation>Envoyer un au&amp;tre fichier</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="335"/>
        <source>Choose your product…</source>
        <translation>Choisissez votre produit…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="343"/>
        <source>Each sample is read as bytes only — never opened or run — and packed into one zip encrypted with the password “{password}”. Samples up to {limit}.</source>
        <translation>Chaque échantillon est lu uniquement en tant qu&apos;octets — jamais ouvert ni exécuté — et placé dans une archive zip chiffrée avec le mot de passe «&#xa0;{password}&#xa0;». Échantillons jusqu&apos;à {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="355"/>
        <source>Sent from your account ({who}); the verdict also appears in My requests.</source>
        <translation>Envoyé depuis votre compte ({who})&#xa0;; le verdict apparaît aussi dans Mes demandes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="500"/>
        <source>Your product&apos;s link names a product “{product}” that is not in the list; choose it below.</source>
        <translation>Le lien de votre produit indique un produit «&#xa0;{product}&#xa0;» qui ne figure pas dans la liste&#xa0;; choisissez-le ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="671"/>
        <source>Your request is with the Virus Lab. Its number is above; the verdict comes by e-mail and appears in My requests.</source>
        <translation>Votre demande a été transmise au Laboratoire antivirus. Son numéro figure ci-dessus&#xa0;; le verdict arrivera par e-mail et apparaîtra dans Mes demandes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="676"/>
        <source>Your request is with the Virus Lab. Its number is above; the verdict comes by e-mail.</source>
        <translation>Votre demande a été transmise au Laboratoire antivirus. Son numéro figure ci-dessus&#xa0;; le verdict arrivera par e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="365"/>
        <source>You are not signed in. The request goes without an account: type the characters from the picture. Requests without an account are analysed with a lower priority than those from an account. &lt;a href=&apos;signin&apos;&gt;Sign in&lt;/a&gt;</source>
        <translation>Vous n&apos;êtes pas connecté. La demande est envoyée sans compte&#xa0;: saisissez les caractères de l&apos;image. Les demandes sans compte sont analysées avec une priorité inférieure à celles provenant d&apos;un compte. &lt;a href=&apos;signin&apos;&gt;Se connecter&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="480"/>
        <location filename="../../app/gui/pages/viruslab.py" line="494"/>
        <source>Filled in from your product&apos;s link.</source>
        <translation>Rempli d&apos;après le lien de votre produit.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="509"/>
        <source>Choose the files for the Virus Lab</source>
        <translation>Choisir les fichiers pour le Laboratoire antivirus</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="519"/>
        <source>Reading the files…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="574"/>
        <source>Type the characters from the picture.</source>
        <translation>Saisissez les caractères de l&apos;image.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="583"/>
        <source>Complete the marked fields.</source>
        <translation>Complétez les champs signalés.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="591"/>
        <source>The service is not ready yet; try again.</source>
        <translation>Le service n&apos;est pas encore prêt&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="648"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="660"/>
        <source>Sending was stopped. Send again to go on from where it stopped.</source>
        <translation>L&apos;envoi a été arrêté. Envoyez à nouveau pour reprendre là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="683"/>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="686"/>
        <source>The service cannot be reached. Your request and its encrypted archive wait in the outbox (under Support request) and go out by themselves, once, when the service answers.</source>
        <translation>Le service est injoignable. Votre demande et son archive chiffrée attendent dans la boîte d&apos;envoi (sous Demande de support) et partiront automatiquement, une seule fois, dès que le service répondra.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="717"/>
        <source>The service cannot be reached, and a request without an account needs it right away to check the characters from the picture, so it cannot wait in the outbox. The form and its packed archive are kept: send again when the service answers, and the upload goes on where it stopped. Or sign in: signed-in requests wait in the outbox.</source>
        <translation>Le service est injoignable, et une demande sans compte en a besoin immédiatement pour vérifier les caractères de l&apos;image&#xa0;; elle ne peut donc pas attendre dans la boîte d&apos;envoi. Le formulaire et son archive sont conservés&#xa0;: envoyez à nouveau quand le service répondra, et l&apos;envoi reprendra là où il s&apos;est arrêté. Vous pouvez aussi vous connecter&#xa0;: les demandes avec connexion attendent dans la boîte d&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>WizardHost</name>
    <message>
        <location filename="../../app/gui/wizard/host.py" line="69"/>
        <source>Your product sent a new request link; finish or close the request that is open first.</source>
        <translation>Votre produit a envoyé un nouveau lien de demande&#xa0;; terminez ou fermez d&apos;abord la demande ouverte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/host.py" line="149"/>
        <source>Finish or close the request that is open first.</source>
        <translation>Terminez ou fermez d&apos;abord la demande ouverte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/host.py" line="171"/>
        <source>The unfinished request was discarded.</source>
        <translation>La demande inachevée a été abandonnée.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/host.py" line="189"/>
        <source>Your request {number} has been sent: it waited on this computer while the service could not be reached.</source>
        <translation>Votre demande {number} a été envoyée&#xa0;: elle attendait sur cet ordinateur tant que le service était injoignable.</translation>
    </message>
</context>
</TS>
