<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountGate</name>
    <message>
        <location filename="../../app/gui/pages/gate.py" line="38"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/gate.py" line="40"/>
        <source>&amp;Create an account…</source>
        <translation>&amp;Crear una cuenta…</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="232"/>
        <source>Sign in with your Customer ID or e-mail and password, so the request is filed under your account.</source>
        <translation>Inicie sesión con su número de cliente (Customer ID) o correo electrónico y contraseña para que la solicitud quede registrada en su cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="257"/>
        <source>I have an &amp;account: Customer ID or e-mail and password</source>
        <translation>Tengo una &amp;cuenta: número de cliente o correo electrónico y contraseña</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="266"/>
        <source>&amp;Skip this step: send the request without an account</source>
        <translation>&amp;Omitir este paso: enviar la solicitud sin cuenta</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="298"/>
        <source>You are signed in as &lt;b&gt;{name}&lt;/b&gt; (Customer ID {cid}).</source>
        <translation>Ha iniciado sesión como &lt;b&gt;{name}&lt;/b&gt; (número de cliente {cid}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="300"/>
        <source>You are signed in as &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Ha iniciado sesión como &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="306"/>
        <source>The request is filed under this account: the experts&apos; answers arrive by e-mail and appear in My requests. Choose &lt;b&gt;Next&lt;/b&gt; to go on.</source>
        <translation>La solicitud se registra en esta cuenta: las respuestas de los expertos llegan por correo electrónico y aparecen en Mis solicitudes. Elija &lt;b&gt;Siguiente&lt;/b&gt; para continuar.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="312"/>
        <source>You are signed in; your request is filed under your account.</source>
        <translation>Ha iniciado sesión; su solicitud se registra en su cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="318"/>
        <source>Sign in with your Customer ID or e-mail and password</source>
        <translation>Inicie sesión con su número de cliente o correo electrónico y contraseña</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="319"/>
        <source>, or skip this step.</source>
        <translation>, u omita este paso.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="325"/>
        <source>Allowed for suggestions, key and license problems and pre-sale questions, for example when the key or activation code is lost or the product is not bought yet. Type the characters from the picture; the answer comes by e-mail.</source>
        <translation>Permitido para sugerencias, problemas de clave y licencia y consultas previas a la compra, por ejemplo si ha perdido la clave o el código de activación o aún no ha comprado el producto. Escriba los caracteres de la imagen; la respuesta llega por correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="333"/>
        <source>This type of request needs an account. Only Suggestions for future versions, Key problem / License expiration and Pre-sale questions may be sent without one.</source>
        <translation>Este tipo de solicitud requiere una cuenta. Solo las sugerencias para futuras versiones, los problemas de clave o vencimiento de la licencia y las consultas previas a la compra pueden enviarse sin cuenta.</translation>
    </message>
</context>
<context>
    <name>ActivateDialog</name>
    <message>
        <location filename="../../ui/activate.ui" line="12"/>
        <location filename="../../ui/activate.ui" line="18"/>
        <source>Activate your account</source>
        <translation>Activar su cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="28"/>
        <source>Paste the activation code or the whole link from the mail we sent you. Once activated, you are signed in.</source>
        <translation>Pegue el código de activación o el enlace completo del correo que le enviamos. Una vez activada la cuenta, habrá iniciado sesión.</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="40"/>
        <source>Activation &amp;code or link</source>
        <translation>&amp;Código o enlace de activación</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="50"/>
        <source>Activation code or link</source>
        <translation>Código o enlace de activación</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="75"/>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="90"/>
        <source>&amp;Send the mail again…</source>
        <translation>&amp;Enviar de nuevo el correo…</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="110"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="120"/>
        <source>&amp;Activate</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/activate.py" line="47"/>
        <source>Your account is activated and you are signed in.</source>
        <translation>Su cuenta está activada y ha iniciado sesión.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/activate.py" line="54"/>
        <source>Send the activation mail again</source>
        <translation>Enviar de nuevo el correo de activación</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/activate.py" line="55"/>
        <source>The e-mail you registered with:</source>
        <translation>El correo electrónico con el que se registró:</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/activate.py" line="71"/>
        <source>If {text} has an account waiting for activation, a new mail is on its way.</source>
        <translation>Si {text} tiene una cuenta pendiente de activación, se le está enviando un nuevo correo.</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../../app/api/client.py" line="529"/>
        <source>The download was cancelled.</source>
        <translation>Se canceló la descarga.</translation>
    </message>
    <message>
        <location filename="../../app/api/client.py" line="553"/>
        <source>Files over 2 MB cannot go inside the form; they are sent by resumable upload.</source>
        <translation>Los archivos de más de 2 MB no pueden ir dentro del formulario; se envían mediante una carga reanudable.</translation>
    </message>
    <message>
        <location filename="../../app/api/events.py" line="98"/>
        <source>You were signed out; sign in again.</source>
        <translation>Se ha cerrado su sesión; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../app/api/events.py" line="104"/>
        <location filename="../../app/api/transport.py" line="240"/>
        <source>Your sign-in has expired; sign in again.</source>
        <translation>Su sesión ha caducado; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../app/api/tokens.py" line="172"/>
        <source>No keyring is available on this system, so the sign-in is not kept.</source>
        <translation>No hay ningún llavero disponible en este sistema, por lo que la sesión no se conserva.</translation>
    </message>
    <message>
        <location filename="../../app/api/tokens.py" line="197"/>
        <source>The system keyring could not read the saved sign-in ({name}).</source>
        <translation>El llavero del sistema no pudo leer el inicio de sesión guardado ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/api/tokens.py" line="200"/>
        <source>The system keyring could not save the sign-in ({name}).</source>
        <translation>El llavero del sistema no pudo guardar el inicio de sesión ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/api/tokens.py" line="203"/>
        <source>The system keyring could not delete the saved sign-in ({name}).</source>
        <translation>El llavero del sistema no pudo eliminar el inicio de sesión guardado ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/api/transport.py" line="202"/>
        <source>The call to the service failed: {name}.</source>
        <translation>Falló la llamada al servicio: {name}.</translation>
    </message>
    <message>
        <location filename="../../app/api/uploads.py" line="149"/>
        <source>The service did not accept the upload.</source>
        <translation>El servicio no aceptó la carga.</translation>
    </message>
    <message>
        <location filename="../../app/api/uploads.py" line="193"/>
        <location filename="../../app/api/uploads.py" line="316"/>
        <source>The upload was cancelled; it can be resumed.</source>
        <translation>Se canceló la carga; puede reanudarse.</translation>
    </message>
    <message>
        <location filename="../../app/api/uploads.py" line="200"/>
        <source>“{filename}” became shorter while it was sent; add it again.</source>
        <translation>«{filename}» se acortó mientras se enviaba; vuelva a añadirlo.</translation>
    </message>
    <message>
        <location filename="../../app/api/uploads.py" line="346"/>
        <source>The service received the file but did not confirm it; try again.</source>
        <translation>El servicio recibió el archivo, pero no lo confirmó; inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <location filename="../../app/api/errors.py" line="22"/>
        <source>The service did not understand the request.</source>
        <translation>El servicio no entendió la solicitud.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="23"/>
        <source>Sign in to continue.</source>
        <translation>Inicie sesión para continuar.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="24"/>
        <source>You are not allowed to do this.</source>
        <translation>No tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="25"/>
        <source>This no longer exists, or it is not yours.</source>
        <translation>Esto ya no existe o no le pertenece.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="26"/>
        <source>This conflicts with a change made meanwhile; reload and try again.</source>
        <translation>Esto entra en conflicto con un cambio realizado mientras tanto; vuelva a cargar e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="29"/>
        <source>This file is too large.</source>
        <translation>Este archivo es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="30"/>
        <source>Some fields are not valid.</source>
        <translation>Algunos campos no son válidos.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="31"/>
        <source>Too many attempts; wait a little and try again.</source>
        <translation>Demasiados intentos; espere un poco e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="159"/>
        <source>The service answered with an error ({status}).</source>
        <translation>El servicio respondió con un error ({status}).</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="198"/>
        <source>The service at {service} is not reachable right now. Check your connection; try again in a moment.</source>
        <translation>El servicio en {service} no está disponible en este momento. Compruebe su conexión e inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="204"/>
        <source>The service is not reachable right now. Check your connection; try again in a moment.</source>
        <translation>El servicio no está disponible en este momento. Compruebe su conexión e inténtelo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/gui/application.py" line="136"/>
        <source>The --server address was not used: {reason}</source>
        <translation>No se ha utilizado la dirección indicada en --server: {reason}</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="90"/>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="91"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="91"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="91"/>
        <source>Upload</source>
        <translation>Carga</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="103"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="104"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="105"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="106"/>
        <source>Res&amp;ume</source>
        <translation>Rea&amp;nudar</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="111"/>
        <source>Checking the files…</source>
        <translation>Comprobando los archivos…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="143"/>
        <source>Upload of {name}</source>
        <translation>Carga de {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="211"/>
        <source>Attach files to your request</source>
        <translation>Adjuntar archivos a su solicitud</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="41"/>
        <source>Not sent yet</source>
        <translation>Aún no enviado</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="44"/>
        <source>Sent — checksum confirmed by the service</source>
        <translation>Enviado: suma de comprobación confirmada por el servicio</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="46"/>
        <source>Sending… {percent}%</source>
        <translation>Enviando… {percent} %</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="50"/>
        <source> (went on from {resumed_from})</source>
        <translation> (continuó desde {resumed_from})</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="55"/>
        <source>Paused at {percent}% — resume it, or it goes on when you submit</source>
        <translation>En pausa al {percent} %: reanúdelo o continuará cuando envíe la solicitud</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="59"/>
        <source>Waiting for the service — sent when it answers, or with the request</source>
        <translation>Esperando al servicio: se enviará cuando responda o junto con la solicitud</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="63"/>
        <source>Not sent: {message}</source>
        <translation>No enviado: {message}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="67"/>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="94"/>
        <source>Hide the {name}</source>
        <translation>Ocultar el {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="95"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>CaptchaBox</name>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="102"/>
        <location filename="../../app/gui/wizard/widgets.py" line="132"/>
        <source>Loading the picture…</source>
        <translation>Cargando la imagen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="103"/>
        <source>Captcha picture</source>
        <translation>Imagen del código de verificación</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="107"/>
        <source>New &amp;picture</source>
        <translation>Nueva &amp;imagen</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="108"/>
        <source>Show a new captcha picture</source>
        <translation>Mostrar una nueva imagen del código de verificación</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="114"/>
        <source>C&amp;haracters in the picture:</source>
        <translation>Ca&amp;racteres de la imagen:</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="116"/>
        <source>Characters in the picture</source>
        <translation>Caracteres de la imagen</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="152"/>
        <source>No picture: the service did not answer.</source>
        <translation>No hay imagen: el servicio no respondió.</translation>
    </message>
</context>
<context>
    <name>ChangeEmailDialog</name>
    <message>
        <location filename="../../ui/change_email.ui" line="12"/>
        <source>Change e-mail</source>
        <translation>Cambiar el correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="18"/>
        <source>Change the e-mail you sign in with</source>
        <translation>Cambiar el correo electrónico con el que inicia sesión</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="40"/>
        <location filename="../../ui/change_email.ui" line="47"/>
        <source>Current e-mail</source>
        <translation>Correo electrónico actual</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="57"/>
        <source>&amp;New e-mail</source>
        <translation>&amp;Nuevo correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="67"/>
        <source>New e-mail</source>
        <translation>Nuevo correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="70"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="77"/>
        <source>Your &amp;password</source>
        <translation>Su contra&amp;seña</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="87"/>
        <source>Your password</source>
        <translation>Su contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="99"/>
        <source>We send a confirmation link to the new address. Your current address stays in use until you confirm.</source>
        <translation>Enviaremos un enlace de confirmación a la nueva dirección. Su dirección actual seguirá en uso hasta que la confirme.</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="131"/>
        <source>Confirmation &amp;code or link</source>
        <translation>Código o en&amp;lace de confirmación</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="141"/>
        <source>Confirmation code or link</source>
        <translation>Código o enlace de confirmación</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="177"/>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="192"/>
        <source>I already have a &amp;code</source>
        <translation>Ya tengo un có&amp;digo</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="212"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="222"/>
        <source>&amp;Send confirmation</source>
        <translation>&amp;Enviar la confirmación</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="54"/>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="63"/>
        <source>We sent a confirmation link and code to &lt;b&gt;{email}&lt;/b&gt;. Your current address stays in use until you confirm. Paste the code or the link here, or follow the link in the mail.</source>
        <translation>Hemos enviado un enlace y un código de confirmación a &lt;b&gt;{email}&lt;/b&gt;. Su dirección actual seguirá en uso hasta que la confirme. Pegue aquí el código o el enlace, o siga el enlace del correo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="69"/>
        <source>Paste the code or the link from the confirmation mail sent to the new address.</source>
        <translation>Pegue el código o el enlace del correo de confirmación enviado a la nueva dirección.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="75"/>
        <source>&amp;Confirm the new address</source>
        <translation>&amp;Confirmar la nueva dirección</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="92"/>
        <source>Your new e-mail address is confirmed.</source>
        <translation>Su nueva dirección de correo electrónico está confirmada.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/change_password.ui" line="12"/>
        <source>Change password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="18"/>
        <source>Change your password</source>
        <translation>Cambiar su contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="28"/>
        <source>Enter your current password, then the new one twice. Other devices signed in to your account are signed out.</source>
        <translation>Introduzca su contraseña actual y luego la nueva dos veces. Se cerrará la sesión en los demás dispositivos conectados a su cuenta.</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="40"/>
        <source>&amp;Current password</source>
        <translation>Contraseña &amp;actual</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="50"/>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="60"/>
        <source>&amp;New password</source>
        <translation>&amp;Nueva contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="70"/>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="80"/>
        <source>Confirm new pass&amp;word</source>
        <translation>Confirmar la nueva contra&amp;seña</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="90"/>
        <source>Confirm new password</source>
        <translation>Confirmar la nueva contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="100"/>
        <source>Password rules</source>
        <translation>Reglas de la contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="128"/>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="150"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="160"/>
        <source>C&amp;hange password</source>
        <translation>Cam&amp;biar la contraseña</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_password.py" line="45"/>
        <source>Enter your current password.</source>
        <translation>Introduzca su contraseña actual.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_password.py" line="54"/>
        <source>The two passwords do not match.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_password.py" line="63"/>
        <source>Your password is changed; other devices signed in to your account were signed out.</source>
        <translation>Su contraseña se ha cambiado; se cerró la sesión en los demás dispositivos conectados a su cuenta.</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="62"/>
        <source>Compare system reports</source>
        <translation>Comparar informes del sistema</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="68"/>
        <source>&amp;Earlier report…</source>
        <translation>Informe &amp;anterior…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="68"/>
        <source>&amp;Later report…</source>
        <translation>Informe &amp;posterior…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="78"/>
        <source>&amp;Changed only</source>
        <translation>Solo &amp;cambios</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="86"/>
        <source>Section, table or row</source>
        <translation>Sección, tabla o fila</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="86"/>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="88"/>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="94"/>
        <source>Choose a system report</source>
        <translation>Elegir un informe del sistema</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="107"/>
        <source>(not chosen)</source>
        <translation>(no elegido)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="112"/>
        <source>Choose the two reports to compare.</source>
        <translation>Elija los dos informes que desea comparar.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="122"/>
        <source>{changed} of {total} sections differ.</source>
        <translation>{changed} de {total} secciones son diferentes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="153"/>
        <source>unchanged: {key}</source>
        <translation>sin cambios: {key}</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="66"/>
        <source>Remove the activation code</source>
        <translation>Quitar el código de activación</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="68"/>
        <source>Remove the activation code {code} for {product} from your account? Its seat is freed, so the code can be added to another account; your devices using it through this account are deactivated. You can add the code again later if a seat is free.</source>
        <translation>¿Desea quitar de su cuenta el código de activación {code} de {product}? Se liberará su puesto, de modo que el código podrá añadirse a otra cuenta; los dispositivos que lo usan a través de esta cuenta se desactivarán. Podrá volver a añadir el código más adelante si hay un puesto libre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="75"/>
        <source>&amp;Remove this activation code</source>
        <translation>&amp;Quitar este código de activación</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="76"/>
        <source>I &amp;agree</source>
        <translation>&amp;Acepto</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="83"/>
        <source>Deactivate the device</source>
        <translation>Desactivar el dispositivo</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="85"/>
        <source>Deactivate {product} on “{device}”? Its seat is freed for another device; the product on that device stops being licensed until it is activated again.</source>
        <translation>¿Desea desactivar {product} en «{device}»? Su puesto quedará libre para otro dispositivo; el producto de ese dispositivo dejará de tener licencia hasta que se active de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="91"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.ui" line="12"/>
        <source>Personal Cabinet ran into a problem</source>
        <translation>Área personal ha encontrado un problema</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="18"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="28"/>
        <source>Personal Cabinet met an error it did not expect. You can keep working; if something looks wrong, restart the application. A report without passwords, tokens, e-mail addresses or codes was saved here:</source>
        <translation>Área personal ha encontrado un error inesperado. Puede seguir trabajando; si algo no funciona bien, reinicie la aplicación. Se guardó aquí un informe sin contraseñas, tokens, direcciones de correo electrónico ni códigos:</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="38"/>
        <source>Report file</source>
        <translation>Archivo del informe</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="51"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="66"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar el informe</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="80"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="97"/>
        <source>C&amp;lose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
</context>
<context>
    <name>DemoCodesBox</name>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="44"/>
        <source>Demo activation codes of the local service</source>
        <translation>Códigos de activación de demostración del servicio local</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="52"/>
        <source>The local service on this computer holds these demo licenses. Copy one, or put it in the field above with Use; some are meant to be refused (expired, blocked, no seat left) so you can see what happens.</source>
        <translation>El servicio local de este equipo contiene estas licencias de demostración. Copie una o colóquela en el campo de arriba con Usar; algunas están pensadas para ser rechazadas (vencidas, bloqueadas, sin puestos libres) para que vea lo que ocurre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="62"/>
        <source>Demo activation code</source>
        <translation>Código de activación de demostración</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="65"/>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="66"/>
        <source>Copy the demo activation code</source>
        <translation>Copiar el código de activación de demostración</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="67"/>
        <source>&amp;Use</source>
        <translation>&amp;Usar</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="68"/>
        <source>Put the demo activation code in the field</source>
        <translation>Colocar el código de activación de demostración en el campo</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="430"/>
        <source>Describe your problem in detail, say where to answer, and attach files that help the experts.</source>
        <translation>Describa su problema en detalle, indique dónde responderle y adjunte archivos que ayuden a los expertos.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="440"/>
        <source>What happened, what you did before, what the product showed (error messages, codes), and what you already tried.</source>
        <translation>Qué ocurrió, qué hizo antes, qué mostró el producto (mensajes de error, códigos) y qué ha intentado ya.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="452"/>
        <source>the company that bought the license, if any</source>
        <translation>la empresa que compró la licencia, si la hay</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="466"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="471"/>
        <source>Files up to 2 MB go with the form. Larger files, up to 4 GB, are sent in parts: they can be paused, and go on from where they stopped after a lost connection or a restart. The service confirms each file&apos;s checksum.</source>
        <translation>Los archivos de hasta 2 MB se envían con el formulario. Los archivos más grandes, de hasta 4 GB, se envían por partes: pueden pausarse y continúan desde donde se detuvieron tras una pérdida de conexión o un reinicio. El servicio confirma la suma de comprobación de cada archivo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="511"/>
        <source>Requests whose content does not match their type are not processed by the experts.</source>
        <translation>Los expertos no procesan las solicitudes cuyo contenido no corresponde a su tipo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="515"/>
        <source>{warning} Your request type: {title}.</source>
        <translation>{warning} Tipo de su solicitud: {title}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="530"/>
        <source>Loading the list of countries…</source>
        <translation>Cargando la lista de países…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="536"/>
        <source>Choose your country…</source>
        <translation>Elija su país…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="561"/>
        <source>This is not an e-mail address; check it for typing mistakes.</source>
        <translation>Esta no es una dirección de correo electrónico; compruebe si hay errores de escritura.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="600"/>
        <source>“{name}” is attached already.</source>
        <translation>«{name}» ya está adjunto.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="605"/>
        <source>A request takes at most {MAX_FILES} files; pack more in a zip.</source>
        <translation>Una solicitud admite como máximo {MAX_FILES} archivos; comprima los demás en un zip.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="208"/>
        <source>Request &amp;number</source>
        <translation>&amp;Número de solicitud</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="211"/>
        <source>Request number</source>
        <translation>Número de solicitud</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="217"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="218"/>
        <source>Copy the request number</source>
        <translation>Copiar el número de solicitud</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="227"/>
        <source>&amp;Open in My requests</source>
        <translation>&amp;Abrir en Mis solicitudes</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="248"/>
        <source>Clos&amp;e</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="251"/>
        <source>Your request has been sent</source>
        <translation>Su solicitud se ha enviado</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="252"/>
        <source>Keep its number: the experts and My requests refer to it.</source>
        <translation>Guarde su número: los expertos y Mis solicitudes hacen referencia a él.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="258"/>
        <source>Technical Support received your request. A confirmation is on its way to &lt;b&gt;{email}&lt;/b&gt;; the experts answer there and in My requests.</source>
        <translation>Soporte técnico ha recibido su solicitud. Se está enviando una confirmación a &lt;b&gt;{email}&lt;/b&gt;; los expertos responderán allí y en Mis solicitudes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="263"/>
        <source>Technical Support received your request. A confirmation is on its way to &lt;b&gt;{email}&lt;/b&gt;; the experts answer there.</source>
        <translation>Soporte técnico ha recibido su solicitud. Se está enviando una confirmación a &lt;b&gt;{email}&lt;/b&gt;; los expertos responderán allí.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="274"/>
        <source>Requests whose content does not match their type are not processed; if you chose the wrong type, reply to the confirmation and say so.</source>
        <translation>Las solicitudes cuyo contenido no corresponde a su tipo no se procesan; si eligió un tipo incorrecto, responda a la confirmación e indíquelo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="283"/>
        <source>Your request will be sent when the service answers</source>
        <translation>Su solicitud se enviará cuando el servicio responda</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="285"/>
        <source>It waits on this computer</source>
        <translation>Está esperando en este equipo</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="286"/>
        <source>, with copies of its files.</source>
        <translation>, con copias de sus archivos.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="291"/>
        <source>The support service at {service} could not be reached. Your request is kept in the outbox on this computer and is sent by itself, exactly once, as soon as the service answers — also after a restart of Personal Cabinet. Its number appears under Support request when it has been sent.</source>
        <translation>No se pudo contactar con el servicio de soporte en {service}. Su solicitud se guarda en la bandeja de salida de este equipo y se envía automáticamente, una sola vez, en cuanto el servicio responda, incluso después de reiniciar Área personal. Su número aparecerá en Solicitud de soporte cuando se haya enviado.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="301"/>
        <source>You can close this window.</source>
        <translation>Puede cerrar esta ventana.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="303"/>
        <source> The files were copied, so you may move or delete the originals.</source>
        <translation> Los archivos se copiaron, por lo que puede mover o eliminar los originales.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="312"/>
        <source>{number} is copied to the clipboard.</source>
        <translation>{number} se ha copiado al portapapeles.</translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="158"/>
        <source>Unfinished request</source>
        <translation>Solicitud sin terminar</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="159"/>
        <source>Res&amp;ume it</source>
        <translation>Re&amp;anudarla</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="160"/>
        <source>&amp;Discard it</source>
        <translation>&amp;Descartarla</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="161"/>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="162"/>
        <source>Decide later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="179"/>
        <source> You have {count} more unfinished.</source>
        <translation> Tiene {count} más sin terminar.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="184"/>
        <source>You did not finish a support request: {draft}.{more} Resume it, or discard it?</source>
        <translation>No terminó una solicitud de soporte: {draft}.{more} ¿Desea reanudarla o descartarla?</translation>
    </message>
</context>
<context>
    <name>DraftsUi</name>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="106"/>
        <source>support request</source>
        <translation>solicitud de soporte</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="110"/>
        <source>“{kind}”, step {step} of 5</source>
        <translation>«{kind}», paso {step} de 5</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="117"/>
        <source> (saved {saved})</source>
        <translation> (guardada {saved})</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <location filename="../../app/core/staff/due.py" line="21"/>
        <source>{days} d {hours} h</source>
        <translation>{days} d {hours} h</translation>
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
        <translation>quedan {span}</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/due.py" line="36"/>
        <source>{span} over</source>
        <translation>vencido hace {span}</translation>
    </message>
</context>
<context>
    <name>EmbeddedService</name>
    <message>
        <location filename="../../app/gui/embedded.py" line="171"/>
        <source>The local service could not be started: %s.</source>
        <translation>No se pudo iniciar el servicio local: %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/embedded.py" line="210"/>
        <source>The local service did not start in time.</source>
        <translation>El servicio local no se inició a tiempo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/embedded.py" line="237"/>
        <source>The local service stopped unexpectedly.</source>
        <translation>El servicio local se detuvo inesperadamente.</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../app/gui/feedback.py" line="31"/>
        <source>Something unexpected went wrong; a report was saved. Try again, or restart the application.</source>
        <translation>Se produjo un error inesperado; se guardó un informe. Inténtelo de nuevo o reinicie la aplicación.</translation>
    </message>
    <message>
        <location filename="../../app/gui/feedback.py" line="61"/>
        <source>A file could not be read or written: {value}.</source>
        <translation>No se pudo leer o escribir un archivo: {value}.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="48"/>
        <source>Request type</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="53"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="55"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="56"/>
        <source>Customer ID or e-mail</source>
        <translation>Número de cliente o correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="57"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="61"/>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="69"/>
        <source>Characters from the picture</source>
        <translation>Caracteres de la imagen</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="77"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="80"/>
        <source>Describe your problem in detail.</source>
        <translation>Describa su problema en detalle.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="85"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="88"/>
        <source>Give your e-mail address for the answer.</source>
        <translation>Indique su dirección de correo electrónico para la respuesta.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="94"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="97"/>
        <source>Choose your country.</source>
        <translation>Elija su país.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="103"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="111"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="119"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="127"/>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="130"/>
        <source>Give your operating system.</source>
        <translation>Indique su sistema operativo.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="135"/>
        <source>Product version</source>
        <translation>Versión del producto</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="142"/>
        <source>GetSystemInfo report</source>
        <translation>Informe de GetSystemInfo</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="34"/>
        <source>Choose the type of your request.</source>
        <translation>Elija el tipo de su solicitud.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="36"/>
        <source>Choose the product you use.</source>
        <translation>Elija el producto que utiliza.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="39"/>
        <source>This type of request needs your Customer ID or e-mail and password.</source>
        <translation>Este tipo de solicitud requiere su número de cliente o correo electrónico y contraseña.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="43"/>
        <source>Sign in, or skip this step where it is allowed.</source>
        <translation>Inicie sesión u omita este paso si está permitido.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="49"/>
        <source>Type the characters from the picture.</source>
        <translation>Escriba los caracteres de la imagen.</translation>
    </message>
</context>
<context>
    <name>Forgot</name>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="24"/>
        <source>Enter your Customer ID if you only forgot the password, or the e-mail you registered with. We send a link and a code to set a new password.</source>
        <translation>Introduzca su número de cliente (Customer ID) si solo olvidó la contraseña, o el correo electrónico con el que se registró. Le enviaremos un enlace y un código para establecer una nueva contraseña.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="29"/>
        <source>Enter the e-mail you registered with; we send your Customer ID to it.</source>
        <translation>Introduzca el correo electrónico con el que se registró; le enviaremos allí su número de cliente.</translation>
    </message>
</context>
<context>
    <name>ForgotDialog</name>
    <message>
        <location filename="../../ui/forgot.ui" line="12"/>
        <source>Forgot password or Customer ID</source>
        <translation>He olvidado la contraseña o el número de cliente</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="18"/>
        <source>Restore access to your account</source>
        <translation>Recuperar el acceso a su cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="38"/>
        <source>I forgot my &amp;password</source>
        <translation>He olvidado la &amp;contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="48"/>
        <source>I forgot my Customer &amp;ID</source>
        <translation>He olvidado el &amp;número de cliente</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="68"/>
        <location filename="../../ui/forgot.ui" line="57"/>
        <source>Customer ID or &amp;e-mail</source>
        <translation>Número de cliente o correo &amp;electrónico</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="68"/>
        <source>&amp;E-mail</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="71"/>
        <location filename="../../ui/forgot.ui" line="67"/>
        <source>Customer ID or e-mail</source>
        <translation>Número de cliente o correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="71"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="75"/>
        <source>&amp;Send the reset mail</source>
        <translation>Envia&amp;r el correo de restablecimiento</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="75"/>
        <source>&amp;Send my ID</source>
        <translation>Envia&amp;r mi número</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="112"/>
        <source>If &lt;b&gt;{login}&lt;/b&gt; belongs to an account, a mail with a link and a code to set a new password is on its way. Paste the code or the link here and choose the new password.</source>
        <translation>Si &lt;b&gt;{login}&lt;/b&gt; pertenece a una cuenta, se está enviando un correo con un enlace y un código para establecer una nueva contraseña. Pegue aquí el código o el enlace y elija la nueva contraseña.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="118"/>
        <source>Paste the code or the link from the reset mail and choose the new password.</source>
        <translation>Pegue el código o el enlace del correo de restablecimiento y elija la nueva contraseña.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="124"/>
        <source>&amp;Set the new password</source>
        <translation>E&amp;stablecer la nueva contraseña</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="142"/>
        <source>The two passwords do not match.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="149"/>
        <source>Your password is changed, and every device that was signed in is signed out. Sign in with the new password.</source>
        <translation>Su contraseña se ha cambiado y se ha cerrado la sesión en todos los dispositivos conectados. Inicie sesión con la nueva contraseña.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="159"/>
        <source>If &lt;b&gt;{email}&lt;/b&gt; belongs to an account, your Customer ID is on its way to it.</source>
        <translation>Si &lt;b&gt;{email}&lt;/b&gt; pertenece a una cuenta, se le está enviando su número de cliente.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="169"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="112"/>
        <source>Reset &amp;code or link</source>
        <translation>Código o en&amp;lace de restablecimiento</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="122"/>
        <source>Reset code or link</source>
        <translation>Código o enlace de restablecimiento</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="132"/>
        <source>&amp;New password</source>
        <translation>Nue&amp;va contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="142"/>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="152"/>
        <source>Confirm new pass&amp;word</source>
        <translation>Con&amp;firmar la nueva contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="162"/>
        <source>Confirm new password</source>
        <translation>Confirmar la nueva contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="172"/>
        <source>Password rules</source>
        <translation>Reglas de la contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="228"/>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="243"/>
        <source>I already have a &amp;code</source>
        <translation>Ya tengo un có&amp;digo</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="263"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="273"/>
        <source>&amp;Send</source>
        <translation>Envi&amp;ar</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <location filename="../../app/gui/feedback.py" line="151"/>
        <source>Correct the marked fields.</source>
        <translation>Corrija los campos marcados.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../app/gui/formatting.py" line="12"/>
        <source>Home user</source>
        <translation>Usuario doméstico</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="13"/>
        <source>Business (1–499 licenses of corporate products)</source>
        <translation>Empresa (de 1 a 499 licencias de productos corporativos)</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="14"/>
        <source>Corporate (500 or more licenses of corporate products)</source>
        <translation>Corporativo (500 o más licencias de productos corporativos)</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="20"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="21"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="22"/>
        <source>Waiting for your reply</source>
        <translation>Esperando su respuesta</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="23"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="24"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="25"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="26"/>
        <source>Analyzing</source>
        <translation>En análisis</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="27"/>
        <source>Verdict given</source>
        <translation>Veredicto emitido</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="28"/>
        <location filename="../../app/gui/formatting.py" line="33"/>
        <source>Verdict: malicious</source>
        <translation>Veredicto: malicioso</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="29"/>
        <location filename="../../app/gui/formatting.py" line="34"/>
        <source>Verdict: clean</source>
        <translation>Veredicto: limpio</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="30"/>
        <source>Verdict: false positive confirmed</source>
        <translation>Veredicto: falso positivo confirmado</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="35"/>
        <source>Verdict: false positive</source>
        <translation>Veredicto: falso positivo</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="39"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="40"/>
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="41"/>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home_page.ui" line="42"/>
        <source>Welcome to Personal Cabinet</source>
        <translation>Bienvenido a Área personal</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="52"/>
        <source>Ask Technical Support for help and follow your requests as the experts answer, and keep the activation codes of your licenses in one place. Sign in with your e-mail or Customer ID, or create an account in a minute.</source>
        <translation>Pida ayuda a Soporte técnico, siga sus solicitudes a medida que responden los expertos y guarde los códigos de activación de sus licencias en un solo lugar. Inicie sesión con su correo electrónico o número de cliente, o cree una cuenta en un minuto.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="62"/>
        <source>&lt;ul style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Send a request to Technical Support in five guided steps, with files and a system report&lt;/li&gt;&lt;li&gt;Follow your requests and read the experts&apos; answers in My requests&lt;/li&gt;&lt;li&gt;Keep the activation codes of your licenses, with their expiry and free seats&lt;/li&gt;&lt;li&gt;Manage your contact details, password and two-factor sign-in&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Envíe una solicitud a Soporte técnico en cinco pasos guiados, con archivos y un informe del sistema&lt;/li&gt;&lt;li&gt;Siga sus solicitudes y lea las respuestas de los expertos en Mis solicitudes&lt;/li&gt;&lt;li&gt;Guarde los códigos de activación de sus licencias, con su vencimiento y sus puestos libres&lt;/li&gt;&lt;li&gt;Gestione sus datos de contacto, su contraseña y la verificación en dos pasos&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="81"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="92"/>
        <source>&amp;Create an account…</source>
        <translation>&amp;Crear una cuenta…</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="103"/>
        <source>Ac&amp;tivate an account…</source>
        <translation>Ac&amp;tivar una cuenta…</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="131"/>
        <source>Open the local &amp;mailbox</source>
        <translation>Abrir el &amp;buzón local</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="169"/>
        <source>Your account</source>
        <translation>Su cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="175"/>
        <location filename="../../ui/home_page.ui" line="182"/>
        <source>Customer ID</source>
        <translation>Número de cliente (Customer ID)</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="192"/>
        <location filename="../../ui/home_page.ui" line="199"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="209"/>
        <location filename="../../ui/home_page.ui" line="216"/>
        <source>Customer type</source>
        <translation>Tipo de cliente</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="229"/>
        <source>At a glance</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="235"/>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="244"/>
        <source>Number of licenses</source>
        <translation>Número de licencias</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="251"/>
        <source>Manage &amp;licenses</source>
        <translation>Gestionar &amp;licencias</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="270"/>
        <source>Open requests</source>
        <translation>Solicitudes abiertas</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="279"/>
        <source>Number of open requests</source>
        <translation>Número de solicitudes abiertas</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="286"/>
        <source>View my &amp;requests</source>
        <translation>Ver mis &amp;solicitudes</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="305"/>
        <source>Expiring soon</source>
        <translation>Vencen pronto</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="312"/>
        <source>Licenses that expire within 30 days</source>
        <translation>Licencias que vencen en los próximos 30 días</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="330"/>
        <source>&amp;New support request…</source>
        <translation>&amp;Nueva solicitud de soporte…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="62"/>
        <source>You are using the local service on this computer: it comes with demo products and licenses, and the mails it sends (activation links and codes) arrive in the Local mailbox instead of your e-mail.</source>
        <translation>Está usando el servicio local de este equipo: incluye productos y licencias de demostración, y los correos que envía (enlaces y códigos de activación) llegan al Buzón local en lugar de a su correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="67"/>
        <source>Connected to the support service at {service_label}.</source>
        <translation>Conectado al servicio de soporte en {service_label}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="76"/>
        <source>Hello!</source>
        <translation>¡Hola!</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="86"/>
        <source>Hello, {name}!</source>
        <translation>¡Hola, {name}!</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="119"/>
        <source>{name} ({code}): {days_text} left</source>
        <translation>{name} ({code}): vence en {days_text}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="149"/>
        <source>The summary could not be loaded: {reason}</source>
        <translation>No se pudo cargar el resumen: {reason}</translation>
    </message>
</context>
<context>
    <name>Keyfile</name>
    <message>
        <location filename="../../app/core/keyfile.py" line="88"/>
        <source>The key file is damaged: a date is missing.</source>
        <translation>El archivo de clave está dañado: falta una fecha.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="94"/>
        <source>The key file is damaged: a date cannot be read.</source>
        <translation>El archivo de clave está dañado: no se puede leer una fecha.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="105"/>
        <source>The archive must hold exactly one key file (.key).</source>
        <translation>El archivo comprimido debe contener exactamente un archivo de clave (.key).</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="111"/>
        <source>The file in the archive is too large to be a key file.</source>
        <translation>El archivo incluido en el archivo comprimido es demasiado grande para ser un archivo de clave.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="117"/>
        <source>This archive is damaged.</source>
        <translation>Este archivo comprimido está dañado.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="123"/>
        <location filename="../../app/core/keyfile.py" line="191"/>
        <source>This file is too large to be a key file.</source>
        <translation>Este archivo es demasiado grande para ser un archivo de clave.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="129"/>
        <location filename="../../app/core/keyfile.py" line="131"/>
        <source>This file is not a key file.</source>
        <translation>Este archivo no es un archivo de clave.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="134"/>
        <source>This key file&apos;s format ({format}) is not supported by this version of the application.</source>
        <translation>Esta versión de la aplicación no admite el formato de este archivo de clave ({format}).</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="144"/>
        <source>The key file is incomplete.</source>
        <translation>El archivo de clave está incompleto.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="147"/>
        <source>This key file was not issued for this application: it is signed with another vendor key.</source>
        <translation>Este archivo de clave no se emitió para esta aplicación: está firmado con la clave de otro proveedor.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="157"/>
        <source>The key file&apos;s signature is not valid: the file was changed or damaged. Download a new copy under Licenses.</source>
        <translation>La firma del archivo de clave no es válida: el archivo se modificó o está dañado. Descargue una copia nueva en Licencias.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="167"/>
        <source>The key file is damaged: the number of seats cannot be read.</source>
        <translation>El archivo de clave está dañado: no se puede leer el número de puestos.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="172"/>
        <source>The key file is damaged.</source>
        <translation>El archivo de clave está dañado.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="196"/>
        <source>The file cannot be read: {value}.</source>
        <translation>No se puede leer el archivo: {value}.</translation>
    </message>
</context>
<context>
    <name>LaunchLink</name>
    <message>
        <location filename="../../app/gui/launch_notes.py" line="15"/>
        <source>the request type “{name}” is not one we know</source>
        <translation>el tipo de solicitud «{name}» no es conocido</translation>
    </message>
    <message>
        <location filename="../../app/gui/launch_notes.py" line="21"/>
        <source>the product “{name}” is not in the catalog</source>
        <translation>el producto «{name}» no está en el catálogo</translation>
    </message>
</context>
<context>
    <name>LaunchLinks</name>
    <message>
        <location filename="../../app/core/launch_links.py" line="63"/>
        <source>The link is empty.</source>
        <translation>El enlace está vacío.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="66"/>
        <source>The link is too long to be a Personal Cabinet link.</source>
        <translation>El enlace es demasiado largo para ser un enlace de Área personal.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="72"/>
        <source>The link could not be read.</source>
        <translation>No se pudo leer el enlace.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="76"/>
        <source>This is not a Personal Cabinet link (it must start with {SCHEME}://).</source>
        <translation>Este no es un enlace de Área personal (debe empezar por {SCHEME}://).</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="91"/>
        <source>The link points to an unknown page “{netloc}{path}”.</source>
        <translation>El enlace apunta a una página desconocida «{netloc}{path}».</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="99"/>
        <source>The link&apos;s fields could not be read.</source>
        <translation>No se pudieron leer los campos del enlace.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="104"/>
        <source>The link gives “{repeated}” more than once.</source>
        <translation>El enlace indica «{repeated}» más de una vez.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="125"/>
        <source>The link does not say which page to open.</source>
        <translation>El enlace no indica qué página abrir.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="128"/>
        <source>The link points to an unknown page “{target}”.</source>
        <translation>El enlace apunta a una página desconocida «{target}».</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="141"/>
        <source>The request type “{request_type}” is not valid.</source>
        <translation>El tipo de solicitud «{request_type}» no es válido.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="148"/>
        <source>The product name in the link is not valid.</source>
        <translation>El nombre del producto del enlace no es válido.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="156"/>
        <source>The product version “{version}” is not a dotted version such as 21.3.10.391.</source>
        <translation>La versión del producto «{version}» no es una versión con puntos como 21.3.10.391.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="188"/>
        <source>“{number}” is not a request number such as TS-000123.</source>
        <translation>«{number}» no es un número de solicitud como TS-000123.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="202"/>
        <source>The activation code in the link is not valid. {exc}</source>
        <translation>El código de activación del enlace no es válido. {exc}</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="267"/>
        <source>Give either a link, the request options or the licenses options.</source>
        <translation>Indique solo una de estas opciones: un enlace, las opciones de la solicitud o las opciones de las licencias.</translation>
    </message>
</context>
<context>
    <name>LegacyRegisterDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="44"/>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="73"/>
        <source>Register with an activation code or a key file</source>
        <translation>Registrarse con un código de activación o un archivo de clave</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="84"/>
        <source>Have an activation code or the key file of a product you bought? Register with it: we make your account, add the license to it, and e-mail you a Customer ID and a password to sign in with.</source>
        <translation>¿Tiene un código de activación o el archivo de clave de un producto que compró? Regístrese con él: crearemos su cuenta, le añadiremos la licencia y le enviaremos por correo electrónico un número de cliente y una contraseña para iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="93"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="94"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="95"/>
        <source>&amp;E-mail</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="97"/>
        <source>Activation &amp;code</source>
        <translation>&amp;Código de activación</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="98"/>
        <source>&amp;Key file</source>
        <translation>&amp;Archivo de clave</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="107"/>
        <source>Register with</source>
        <translation>Registrarse con</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="109"/>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="111"/>
        <source>Activation code</source>
        <translation>Código de activación</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="114"/>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="121"/>
        <source>Key file</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="115"/>
        <source>Choose the key file with Browse</source>
        <translation>Elija el archivo de clave con Examinar</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="116"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="126"/>
        <source>&amp;Get key by e-mail: also send me the key file (in a zip archive)</source>
        <translation>&amp;Obtener la clave por correo electrónico: enviarme también el archivo de clave (en un archivo zip)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="130"/>
        <source>Captcha</source>
        <translation>Código de verificación</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="142"/>
        <source>Open the Local &amp;mailbox</source>
        <translation>Abrir el &amp;buzón local</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="143"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="161"/>
        <source>&amp;Register</source>
        <translation>&amp;Registrarse</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="163"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="187"/>
        <source>Choose the key file</source>
        <translation>Elegir el archivo de clave</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="189"/>
        <source>Key files (*.key *.zip);;All files (*)</source>
        <translation>Archivos de clave (*.key *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="209"/>
        <source>{product}, {seats}, until {date} — the signature is valid.</source>
        <translation>{product}, {seats}, hasta el {date}: la firma es válida.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/dialogs/register_legacy.py" line="211"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n puesto</numerusform>
            <numerusform>%n puestos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="226"/>
        <source>Choose a valid key file with Browse.</source>
        <translation>Elija un archivo de clave válido con Examinar.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="230"/>
        <source>Wait for the picture, or ask for a new one.</source>
        <translation>Espere a que aparezca la imagen o pida una nueva.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="234"/>
        <source>Type the characters from the picture.</source>
        <translation>Escriba los caracteres de la imagen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="255"/>
        <source>The file cannot be read: {value}.</source>
        <translation>No se puede leer el archivo: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="280"/>
        <source> and, in a zip archive, the key file</source>
        <translation> y, en un archivo zip, el archivo de clave</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="286"/>
        <source>The local service puts its mails in the &lt;b&gt;Local mailbox&lt;/b&gt; of this application.</source>
        <translation>El servicio local deja sus correos en el &lt;b&gt;Buzón local&lt;/b&gt; de esta aplicación.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="289"/>
        <source>If it does not arrive within a few minutes, look in your spam folder.</source>
        <translation>Si no llega en unos minutos, revise su carpeta de correo no deseado.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="293"/>
        <source>&lt;p&gt;Your account is ready and the license is in it. We sent your Customer ID and password{key} to &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Sign in with the Customer ID (or the e-mail address) and that password; change the password in your profile afterwards.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Su cuenta está lista y contiene la licencia. Hemos enviado su número de cliente y su contraseña{key} a &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Inicie sesión con el número de cliente (o la dirección de correo electrónico) y esa contraseña; después, cambie la contraseña en su perfil.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="299"/>
        <source>Check your mail</source>
        <translation>Revise su correo</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="303"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>LicenseDetail</name>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="78"/>
        <source>Choose a license in the list to see its details.</source>
        <translation>Elija una licencia de la lista para ver sus detalles.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="89"/>
        <location filename="../../app/gui/licenses/detail_pane.py" line="104"/>
        <source>Activation code</source>
        <translation>Código de activación</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="90"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="92"/>
        <source>Show the whole activation code</source>
        <translation>Mostrar el código de activación completo</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="93"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="94"/>
        <source>Copy the activation code</source>
        <translation>Copiar el código de activación</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="103"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="105"/>
        <source>Activated</source>
        <translation>Activada</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="106"/>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="107"/>
        <source>Seats</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="108"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="111"/>
        <location filename="../../app/gui/licenses/detail_pane.py" line="114"/>
        <source>Devices using this license</source>
        <translation>Dispositivos que usan esta licencia</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="117"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="117"/>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="117"/>
        <source>Last seen</source>
        <translation>Última conexión</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="123"/>
        <source>No device uses this license through your account yet.</source>
        <translation>Aún ningún dispositivo usa esta licencia a través de su cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="126"/>
        <source>D&amp;eactivate…</source>
        <translation>D&amp;esactivar…</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="127"/>
        <source>Deactivate the chosen device</source>
        <translation>Desactivar el dispositivo elegido</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="137"/>
        <source>Key file</source>
        <translation>Archivo de clave</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="139"/>
        <source>Do&amp;wnload a copy…</source>
        <translation>Descar&amp;gar una copia…</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="140"/>
        <source>Send the key file by e-&amp;mail</source>
        <translation>Enviar el archivo de clave por co&amp;rreo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="147"/>
        <source>Re&amp;new…</source>
        <translation>Reno&amp;var…</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="148"/>
        <source>Renew with a new activation code</source>
        <translation>Renovar con un nuevo código de activación</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="149"/>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="150"/>
        <source>Remove this activation code</source>
        <translation>Quitar este código de activación</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="210"/>
        <source> — renew it soon</source>
        <translation> — renuévela pronto</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="211"/>
        <source> ({days} left{soon})</source>
        <translation> (vence en {days}{soon})</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="216"/>
        <source>{seats_used} used of {seats_total}</source>
        <translation>{seats_used} usados de {seats_total}</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="229"/>
        <source>Not available for a blocked license.</source>
        <translation>No disponible para una licencia bloqueada.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="281"/>
        <source>The activation code was copied.</source>
        <translation>Se copió el código de activación.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="305"/>
        <source>Activated on {activated_at}</source>
        <translation>Activada el {activated_at}</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="331"/>
        <source>“{name}” was deactivated; its seat is free.</source>
        <translation>Se desactivó «{name}»; su puesto está libre.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="348"/>
        <source>Save the key file</source>
        <translation>Guardar el archivo de clave</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="350"/>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Archivos de clave (*.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="361"/>
        <source>The key file for {product_name} was saved as {path}. Its signature was checked.</source>
        <translation>El archivo de clave de {product_name} se guardó como {path}. Se comprobó su firma.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="373"/>
        <source> It arrives in the Local mailbox.</source>
        <translation> Llega al Buzón local.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="376"/>
        <source>The key file is on its way to {sent_to}, as a zip archive.{where}</source>
        <translation>El archivo de clave se está enviando a {sent_to}, como archivo zip.{where}</translation>
    </message>
</context>
<context>
    <name>LicenseReminders</name>
    <message>
        <location filename="../../app/core/license_reminders.py" line="34"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location filename="../../app/core/license_reminders.py" line="37"/>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <location filename="../../app/core/license_reminders.py" line="57"/>
        <source>Your license for {product} ({code}) expires in {days}. Renew it with a new activation code under Licenses.</source>
        <translation>Su licencia de {product} ({code}) vence en {days}. Renuévela con un nuevo código de activación en Licencias.</translation>
    </message>
</context>
<context>
    <name>LicensesPage</name>
    <message>
        <location filename="../../ui/licenses_page.ui" line="11"/>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="28"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="47"/>
        <source>Add an activation code</source>
        <translation>Añadir un código de activación</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="53"/>
        <source>Activation &amp;code</source>
        <translation>&amp;Código de activación</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="65"/>
        <location filename="../../ui/licenses_page.ui" line="133"/>
        <source>Activation code</source>
        <translation>Código de activación</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="68"/>
        <source>XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation>XXXXX-XXXXX-XXXXX-XXXXX</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="78"/>
        <source>A&amp;dd</source>
        <translation>A&amp;ñadir</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="91"/>
        <source>4 blocks of 5 letters or digits, as printed on the box or in the purchase e-mail; any case and spacing.</source>
        <translation>4 bloques de 5 letras o dígitos, tal como aparecen en la caja o en el correo de compra; se admiten mayúsculas, minúsculas y espacios.</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="117"/>
        <source>My licenses</source>
        <translation>Mis licencias</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="138"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="143"/>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="148"/>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="153"/>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="158"/>
        <source>Seats used</source>
        <translation>Puestos usados</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="163"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="180"/>
        <source>No licenses yet: add the activation code of your product above.</source>
        <translation>Aún no hay licencias: añada arriba el código de activación de su producto.</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="193"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="78"/>
        <source>&amp;Import a key file…</source>
        <translation>&amp;Importar un archivo de clave…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="79"/>
        <location filename="../../app/gui/pages/licenses.py" line="365"/>
        <source>Import a key file</source>
        <translation>Importar un archivo de clave</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="86"/>
        <source>Licenses that expire soon</source>
        <translation>Licencias que vencen pronto</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="177"/>
        <source>Your product gave this activation code; press Add to add it to your account.</source>
        <translation>Su producto proporcionó este código de activación; pulse Añadir para añadirlo a su cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="217"/>
        <source>{seats_used} of {seats_total}</source>
        <translation>{seats_used} de {seats_total}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="248"/>
        <source>{name} ({code}) expires in {days_left}.</source>
        <translation>{name} ({code}) vence en {days_left}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="256"/>
        <source>Renew it with a new activation code: choose it and press Renew.</source>
        <translation>Renuévela con un nuevo código de activación: elíjala y pulse Renovar.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="282"/>
        <source>The activation code for {product} was removed from your account; its seat is free for another account.</source>
        <translation>Se quitó de su cuenta el código de activación de {product}; su puesto queda libre para otra cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="302"/>
        <source>Type or paste the new activation code for {product}, then press Add; it renews the license {code}, which expires on {expires_at}.</source>
        <translation>Escriba o pegue el nuevo código de activación de {product} y pulse Añadir; renueva la licencia {code}, que vence el {expires_at}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="336"/>
        <source>The activation code for {product} was added.</source>
        <translation>Se añadió el código de activación de {product}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="343"/>
        <source> It renews your license {code}, which expires on {expires_at}; the new one runs until {expires_at2}. Remove the old code once you no longer need it.</source>
        <translation> Renueva su licencia {code}, que vence el {expires_at}; la nueva es válida hasta el {expires_at2}. Quite el código antiguo cuando ya no lo necesite.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="352"/>
        <source> It does not renew {code}: it is not a newer code of the same product.</source>
        <translation> No renueva {code}: no es un código más reciente del mismo producto.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="367"/>
        <source>Key files (*.key *.zip);;All files (*)</source>
        <translation>Archivos de clave (*.key *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="379"/>
        <source>The key file is genuine: {product}, {seats}, until {date}.</source>
        <translation>El archivo de clave es auténtico: {product}, {seats}, hasta el {date}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/licenses.py" line="381"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n puesto</numerusform>
            <numerusform>%n puestos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="388"/>
        <source>{terms} Its license is already in your account; the product can use this file.</source>
        <translation>{terms} Su licencia ya está en su cuenta; el producto puede usar este archivo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="394"/>
        <source>{terms} Its license was added.</source>
        <translation>{terms} Se añadió su licencia.</translation>
    </message>
</context>
<context>
    <name>MailboxWindow</name>
    <message>
        <location filename="../../ui/mailbox.ui" line="14"/>
        <source>Local mailbox</source>
        <translation>Buzón local</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="20"/>
        <source>The mails the local service sent. Activation, reset and confirmation links open right here in Personal Cabinet; codes can be copied.</source>
        <translation>Los correos que envió el servicio local. Los enlaces de activación, restablecimiento y confirmación se abren aquí mismo, en Área personal; los códigos pueden copiarse.</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="37"/>
        <source>Mails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="50"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="55"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="60"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="81"/>
        <source>Mail header</source>
        <translation>Encabezado del correo</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="97"/>
        <source>Mail text</source>
        <translation>Texto del correo</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="116"/>
        <source>&amp;Copy code</source>
        <translation>&amp;Copiar el código</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="127"/>
        <source>&amp;Open the link in Personal Cabinet</source>
        <translation>Abrir el en&amp;lace en Área personal</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="166"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="177"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="42"/>
        <source>Folder: {folder}</source>
        <translation>Carpeta: {folder}</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="58"/>
        <source>&amp;Save the attachment…</source>
        <translation>&amp;Guardar el adjunto…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="59"/>
        <source>Save the mail&apos;s attachment</source>
        <translation>Guardar el adjunto del correo</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="118"/>
        <source>Local mailbox — {mails}</source>
        <translation>Buzón local: {mails}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/mailbox.py" line="119"/>
        <source>%n mail(s)</source>
        <translation>
            <numerusform>%n correo</numerusform>
            <numerusform>%n correos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="138"/>
        <source>&lt;b&gt;No mail yet.&lt;/b&gt; Mails the local service sends (activation, password reset, confirmations) appear here as soon as they are sent.</source>
        <translation>&lt;b&gt;Aún no hay correos.&lt;/b&gt; Los correos que envía el servicio local (activación, restablecimiento de contraseña, confirmaciones) aparecen aquí en cuanto se envían.</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="149"/>
        <source>&lt;b&gt;{subject}&lt;/b&gt;&lt;br&gt;To: {to}</source>
        <translation>&lt;b&gt;{subject}&lt;/b&gt;&lt;br&gt;Para: {to}</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="159"/>
        <source>Code: &lt;b&gt;{shown}&lt;/b&gt;</source>
        <translation>Código: &lt;b&gt;{shown}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="179"/>
        <source>Save the attachment</source>
        <translation>Guardar el adjunto</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="179"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="193"/>
        <source>The attachment could not be saved: {exc}</source>
        <translation>No se pudo guardar el adjunto: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="196"/>
        <source>Saved as {name}.</source>
        <translation>Guardado como {name}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="48"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="49"/>
        <source>Support request</source>
        <translation>Solicitud de soporte</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="50"/>
        <source>Virus Lab</source>
        <translation>Laboratorio de virus</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="51"/>
        <source>My requests</source>
        <translation>Mis solicitudes</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="52"/>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="53"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="157"/>
        <location filename="../../app/gui/main_window.py" line="1007"/>
        <location filename="../../app/gui/main_window.py" line="1053"/>
        <source>Personal Cabinet</source>
        <translation>Área personal</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="164"/>
        <location filename="../../app/gui/main_window.py" line="1068"/>
        <source>Connection banner</source>
        <translation>Aviso de conexión</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="165"/>
        <location filename="../../app/gui/main_window.py" line="1069"/>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="183"/>
        <location filename="../../app/gui/main_window.py" line="1072"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="274"/>
        <source>Sign in to see the requests you sent to Technical Support and the Virus Lab, with their status and the experts&apos; answers.</source>
        <translation>Inicie sesión para ver las solicitudes que envió a Soporte técnico y al Laboratorio de virus, con su estado y las respuestas de los expertos.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="282"/>
        <source>Sign in to see the activation codes of your licenses, add a new one, and see how many seats each has left. No account yet? Create one, or register with an activation code or a key file.</source>
        <translation>Inicie sesión para ver los códigos de activación de sus licencias, añadir uno nuevo y ver cuántos puestos libres le quedan a cada uno. ¿Aún no tiene cuenta? Cree una o regístrese con un código de activación o un archivo de clave.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="287"/>
        <source> The local service&apos;s demo codes are listed here once you are signed in.</source>
        <translation> Los códigos de demostración del servicio local aparecen aquí una vez que inicie sesión.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="303"/>
        <source>Sign in to see and change your contact details, e-mail, password and two-factor sign-in.</source>
        <translation>Inicie sesión para ver y cambiar sus datos de contacto, su correo electrónico, su contraseña y la verificación en dos pasos.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="401"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="403"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="411"/>
        <source>Local &amp;mailbox…</source>
        <translation>&amp;Buzón local…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="415"/>
        <source>&amp;New support request…</source>
        <translation>&amp;Nueva solicitud de soporte…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="422"/>
        <source>&amp;Compare two system reports…</source>
        <translation>C&amp;omparar dos informes del sistema…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="429"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="432"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="440"/>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="442"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="445"/>
        <source>&amp;Create an account…</source>
        <translation>&amp;Crear una cuenta…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="447"/>
        <source>&amp;Activate an account…</source>
        <translation>&amp;Activar una cuenta…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="449"/>
        <source>&amp;Forgot password or Customer ID…</source>
        <translation>&amp;He olvidado la contraseña o el número de cliente…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="452"/>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Editar el perfil…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="454"/>
        <source>Change &amp;e-mail…</source>
        <translation>Cambiar el c&amp;orreo electrónico…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="456"/>
        <source>Change &amp;password…</source>
        <translation>Cambiar la co&amp;ntraseña…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="459"/>
        <source>&amp;Two-factor sign-in…</source>
        <translation>&amp;Verificación en dos pasos…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="462"/>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="483"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="484"/>
        <source>&amp;About Personal Cabinet</source>
        <translation>Acerca &amp;de Área personal</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="490"/>
        <location filename="../../app/gui/main_window.py" line="1067"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="529"/>
        <source>The service at {service_url} is not reachable. You can keep working; Personal Cabinet checks again every few seconds and reconnects by itself.</source>
        <translation>El servicio en {service_url} no está disponible. Puede seguir trabajando; Área personal vuelve a comprobarlo cada pocos segundos y se reconecta automáticamente.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="533"/>
        <source>&amp;Retry now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="540"/>
        <source> What it wrote is in {log_file}.</source>
        <translation> Su salida se encuentra en {log_file}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="545"/>
        <source>The local service could not start.</source>
        <translation>No se pudo iniciar el servicio local.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="547"/>
        <source>&amp;Restart the local service</source>
        <translation>Reiniciar el servicio &amp;local</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="570"/>
        <location filename="../../app/gui/main_window.py" line="1094"/>
        <source>Not signed in</source>
        <translation>Sin iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="579"/>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="587"/>
        <source> — staff</source>
        <translation> — personal de soporte</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="589"/>
        <source>Signed in as {who} ({customer_id}){role}</source>
        <translation>Sesión iniciada como {who} ({customer_id}){role}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="643"/>
        <source>The link from your product could not be used: {exc}</source>
        <translation>No se pudo usar el enlace de su producto: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="650"/>
        <source>Some options from the command line were not understood and were ignored: {options}</source>
        <translation>Algunas opciones de la línea de comandos no se entendieron y se ignoraron: {options}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="680"/>
        <source>Sign in to add the activation code your product gave.</source>
        <translation>Inicie sesión para añadir el código de activación que proporcionó su producto.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="816"/>
        <source>The Local mailbox belongs to the local service; this window talks to {service_label}, whose mails go to your real e-mail.</source>
        <translation>El Buzón local pertenece al servicio local; esta ventana se comunica con {service_label}, cuyos correos llegan a su correo electrónico real.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="855"/>
        <source>You are signed out.</source>
        <translation>Ha cerrado la sesión.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="860"/>
        <source>&lt;p&gt;Vendor: {vendor_name}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Proveedor: {vendor_name}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="873"/>
        <source>About Personal Cabinet</source>
        <translation>Acerca de Área personal</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="875"/>
        <source>&lt;h3&gt;Personal Cabinet&lt;/h3&gt;&lt;p&gt;Requests to Technical Support, files for the Virus Lab, the experts&apos; answers, and the licenses of your antivirus product, in one place.&lt;/p&gt;&lt;p&gt;Version {version} — commit {commit}, built {built}&lt;/p&gt;&lt;p&gt;Support service: {service_label}&lt;/p&gt;{vendor}</source>
        <translation>&lt;h3&gt;Área personal&lt;/h3&gt;&lt;p&gt;Solicitudes a Soporte técnico, archivos para el Laboratorio de virus, las respuestas de los expertos y las licencias de su producto antivirus, en un solo lugar.&lt;/p&gt;&lt;p&gt;Versión {version}, commit {commit}, compilada el {built}&lt;/p&gt;&lt;p&gt;Servicio de soporte: {service_label}&lt;/p&gt;{vendor}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="946"/>
        <source>Sign in to open request {number}.</source>
        <translation>Inicie sesión para abrir la solicitud {number}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="957"/>
        <source>Request {number} is not among the requests of this account.</source>
        <translation>La solicitud {number} no está entre las solicitudes de esta cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="993"/>
        <source>There is a new reply to your request {number}.</source>
        <translation>Hay una nueva respuesta a su solicitud {number}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="995"/>
        <source>Request {number} is now: {to}.</source>
        <translation>La solicitud {number} ahora está: {to}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="1024"/>
        <location filename="../../app/gui/main_window.py" line="1027"/>
        <source>{count} unread</source>
        <translation>{count} sin leer</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../app/gui/requests/notifier.py" line="52"/>
        <source>Personal Cabinet</source>
        <translation>Área personal</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="138"/>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="148"/>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="228"/>
        <source>Requests waiting to be sent</source>
        <translation>Solicitudes pendientes de envío</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="152"/>
        <source>Send &amp;now</source>
        <translation>Enviar &amp;ahora</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="153"/>
        <source>Cop&amp;y the number</source>
        <translation>Cop&amp;iar el número</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="154"/>
        <source>Correct and &amp;send again…</source>
        <translation>Corregir y &amp;enviar de nuevo…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="155"/>
        <source>Remove from the &amp;list</source>
        <translation>Quitar de la &amp;lista</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="175"/>
        <source>Virus Lab: {title}</source>
        <translation>Laboratorio de virus: {title}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="178"/>
        <source>{title} — “{summary}” — queued {queued_at}</source>
        <translation>{title} — «{summary}» — en cola desde {queued_at}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="182"/>
        <source>Sent as {number}: {head}</source>
        <translation>Enviada como {number}: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="184"/>
        <source>Not accepted by the service: {head}. {error}</source>
        <translation>No aceptada por el servicio: {head}. {error}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="189"/>
        <source>Waiting for you to sign in as {account}: {head}</source>
        <translation>Esperando a que inicie sesión como {account}: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="193"/>
        <source>Waiting for the service: {head}</source>
        <translation>Esperando al servicio: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="195"/>
        <source>Sending…: {head}</source>
        <translation>Enviando…: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="196"/>
        <source>Waiting: {head}</source>
        <translation>En espera: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="216"/>
        <source>1 request waits on this computer; it goes out by itself, once, when the service answers.</source>
        <translation>1 solicitud espera en este equipo; se enviará automáticamente, una sola vez, cuando el servicio responda.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="221"/>
        <source>{waiting} requests wait on this computer; they go out by themselves, once each, when the service answers.</source>
        <translation>{waiting} solicitudes esperan en este equipo; se enviarán automáticamente, una sola vez cada una, cuando el servicio responda.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="225"/>
        <source>Everything has been sent. The numbers stay here until you remove them.</source>
        <translation>Se ha enviado todo. Los números permanecen aquí hasta que los quite.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="228"/>
        <source>Requests sent later</source>
        <translation>Solicitudes enviadas más tarde</translation>
    </message>
</context>
<context>
    <name>PasswordFeedback</name>
    <message>
        <location filename="../../app/gui/dialogs/base.py" line="225"/>
        <source>The two passwords match</source>
        <translation>Las dos contraseñas coinciden</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/base.py" line="228"/>
        <source>The two passwords do not match</source>
        <translation>Las dos contraseñas no coinciden</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/base.py" line="235"/>
        <source>{met} of {count} password rules met</source>
        <translation>Se cumplen {met} de {count} reglas de la contraseña</translation>
    </message>
</context>
<context>
    <name>ProfileEditDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/profile_edit.py" line="45"/>
        <source>Loading the countries…</source>
        <translation>Cargando los países…</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/profile_edit.py" line="68"/>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/profile_edit.py" line="91"/>
        <source>Choose a country from the list.</source>
        <translation>Elija un país de la lista.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/profile_edit.py" line="122"/>
        <source>Your profile is saved.</source>
        <translation>Su perfil se ha guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="12"/>
        <source>Edit profile</source>
        <translation>Editar el perfil</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="18"/>
        <source>Your contact details</source>
        <translation>Sus datos de contacto</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="28"/>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="34"/>
        <source>&amp;Name or nickname</source>
        <translation>&amp;Nombre o alias</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="44"/>
        <source>Name or nickname</source>
        <translation>Nombre o alias</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="54"/>
        <source>C&amp;ountry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="64"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="77"/>
        <source>Cit&amp;y</source>
        <translation>Ciu&amp;dad</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="87"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="94"/>
        <source>A&amp;ddress</source>
        <translation>Di&amp;rección</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="104"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="111"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="121"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="131"/>
        <source>Company (if the license was bought by a company)</source>
        <translation>Empresa (si la licencia la compró una empresa)</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="137"/>
        <source>Co&amp;mpany</source>
        <translation>E&amp;mpresa</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="147"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="154"/>
        <source>Company &amp;address</source>
        <translation>Dirección de la empre&amp;sa</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="164"/>
        <source>Company address</source>
        <translation>Dirección de la empresa</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="171"/>
        <source>Administrator&apos;s e-ma&amp;il</source>
        <translation>Correo electrónico del adm&amp;inistrador</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="181"/>
        <source>Company administrator&apos;s e-mail</source>
        <translation>Correo electrónico del administrador de la empresa</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="191"/>
        <source>Send me ne&amp;ws about products and updates</source>
        <translation>Enviarme noti&amp;cias sobre productos y actualizaciones</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="211"/>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="233"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="243"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/profile_page.ui" line="9"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="19"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="25"/>
        <location filename="../../ui/profile_page.ui" line="32"/>
        <source>Customer ID</source>
        <translation>Número de cliente (Customer ID)</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="45"/>
        <location filename="../../ui/profile_page.ui" line="52"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="65"/>
        <location filename="../../ui/profile_page.ui" line="72"/>
        <source>Customer type</source>
        <translation>Tipo de cliente</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="85"/>
        <location filename="../../ui/profile_page.ui" line="92"/>
        <source>Two-factor sign-in</source>
        <translation>Verificación en dos pasos</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="105"/>
        <location filename="../../ui/profile_page.ui" line="112"/>
        <source>Member since</source>
        <translation>Miembro desde</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="128"/>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="134"/>
        <location filename="../../ui/profile_page.ui" line="141"/>
        <source>Name or nickname</source>
        <translation>Nombre o alias</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="154"/>
        <location filename="../../ui/profile_page.ui" line="161"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="174"/>
        <location filename="../../ui/profile_page.ui" line="181"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="194"/>
        <location filename="../../ui/profile_page.ui" line="201"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="214"/>
        <location filename="../../ui/profile_page.ui" line="221"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="234"/>
        <location filename="../../ui/profile_page.ui" line="241"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="254"/>
        <location filename="../../ui/profile_page.ui" line="261"/>
        <source>Company address</source>
        <translation>Dirección de la empresa</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="274"/>
        <source>Administrator&apos;s e-mail</source>
        <translation>Correo electrónico del administrador</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="281"/>
        <source>Company administrator&apos;s e-mail</source>
        <translation>Correo electrónico del administrador de la empresa</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="294"/>
        <location filename="../../ui/profile_page.ui" line="301"/>
        <source>News by e-mail</source>
        <translation>Noticias por correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="319"/>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Editar el perfil…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="330"/>
        <source>Change e-&amp;mail…</source>
        <translation>Cambiar el c&amp;orreo electrónico…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="337"/>
        <source>Change &amp;password…</source>
        <translation>Cambiar la co&amp;ntraseña…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="348"/>
        <source>&amp;Two-factor sign-in…</source>
        <translation>&amp;Verificación en dos pasos…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="366"/>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="62"/>
        <source> (change to {pending_email} waits for confirmation)</source>
        <translation> (el cambio a {pending_email} está pendiente de confirmación)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="70"/>
        <source>authenticator app</source>
        <translation>aplicación de autenticación</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="71"/>
        <source>code by e-mail</source>
        <translation>código por correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="76"/>
        <source>On: {methods}</source>
        <translation>Activada: {methods}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="78"/>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="95"/>
        <source>Subscribed</source>
        <translation>Suscrito</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="95"/>
        <source>Not subscribed</source>
        <translation>No suscrito</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="35"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="36"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="37"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="38"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="39"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="40"/>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="41"/>
        <source>Response</source>
        <translation>Plazo de respuesta</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="42"/>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="45"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="46"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="47"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="254"/>
        <source>Staff #{id}</source>
        <translation>Miembro del personal n.º {id}</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="272"/>
        <source>{number}, new</source>
        <translation>{number}, nuevo</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="282"/>
        <source>New request or customer reply you have not opened</source>
        <translation>Solicitud nueva o respuesta del cliente que aún no ha abierto</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="72"/>
        <source>Saved views</source>
        <translation>Vistas guardadas</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="80"/>
        <location filename="../../app/gui/staff/queue_page.py" line="116"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="82"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="84"/>
        <source>Search by number, e-mail or words…</source>
        <translation>Buscar por número, correo electrónico o palabras…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="85"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="95"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="96"/>
        <source>Request type</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="97"/>
        <source>Kind of request</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="98"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="99"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="100"/>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="136"/>
        <location filename="../../app/gui/staff/queue_page.py" line="373"/>
        <source>Assign to &amp;me</source>
        <translation>Asignármela a &amp;mí</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="137"/>
        <source>&amp;Assign to…</source>
        <translation>A&amp;signar a…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="140"/>
        <source>Set &amp;status…</source>
        <translation>Cambiar el &amp;estado…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="229"/>
        <source>Queue — %s</source>
        <translation>Cola: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="269"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="276"/>
        <source>Support and Virus Lab</source>
        <translation>Soporte y Laboratorio de virus</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="277"/>
        <source>Technical Support</source>
        <translation>Soporte técnico</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="278"/>
        <source>Virus Lab</source>
        <translation>Laboratorio de virus</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="283"/>
        <source>Any priority</source>
        <translation>Cualquier prioridad</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="324"/>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="325"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="306"/>
        <location filename="../../app/gui/staff/queue_page.py" line="326"/>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="335"/>
        <source>Nobody (back to the queue)</source>
        <translation>Nadie (devolver a la cola)</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="343"/>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="347"/>
        <source>Any product</source>
        <translation>Cualquier producto</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="372"/>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="432"/>
        <source>%d changed; not changed:</source>
        <translation>%d cambiadas; sin cambiar:</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="437"/>
        <source>Changed: %s</source>
        <translation>Cambiadas: %s</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="18"/>
        <source>Unassigned and open</source>
        <translation>Sin asignar y abiertas</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="19"/>
        <source>Mine</source>
        <translation>Las mías</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="20"/>
        <source>Waiting for the customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="21"/>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="22"/>
        <source>All requests</source>
        <translation>Todas las solicitudes</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/register.ui" line="12"/>
        <source>Create an account</source>
        <translation>Crear una cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="18"/>
        <source>Create your account</source>
        <translation>Cree su cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="38"/>
        <source>Enter your e-mail and choose a password. We will e-mail you a link and a code to activate the account.</source>
        <translation>Introduzca su correo electrónico y elija una contraseña. Le enviaremos por correo electrónico un enlace y un código para activar la cuenta.</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="50"/>
        <source>&amp;E-mail</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="60"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="63"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="70"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="80"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="90"/>
        <source>Confirm pass&amp;word</source>
        <translation>Confirmar la contra&amp;seña</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="100"/>
        <source>Confirm password</source>
        <translation>Confirmar la contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="110"/>
        <source>Password rules</source>
        <translation>Reglas de la contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="123"/>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="138"/>
        <source>Captcha picture</source>
        <translation>Imagen del código de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="151"/>
        <source>&amp;New picture</source>
        <translation>&amp;Nueva imagen</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="174"/>
        <source>C&amp;haracters in the picture</source>
        <translation>Ca&amp;racteres de la imagen</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="184"/>
        <source>Characters in the picture</source>
        <translation>Caracteres de la imagen</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="193"/>
        <source>Register with an activation code or a &amp;key file instead…</source>
        <translation>Registrarse en su lugar con un código de activación o un &amp;archivo de clave…</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="228"/>
        <source>Open the local &amp;mailbox</source>
        <translation>Abrir el &amp;buzón local</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="242"/>
        <source>&amp;Enter the activation code…</source>
        <translation>&amp;Introducir el código de activación…</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="285"/>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="307"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="317"/>
        <source>C&amp;reate account</source>
        <translation>Crear la c&amp;uenta</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="77"/>
        <source>Loading the picture…</source>
        <translation>Cargando la imagen…</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="83"/>
        <source>The picture could not be loaded. {reason}</source>
        <translation>No se pudo cargar la imagen. {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="111"/>
        <source>Wait for the picture, or ask for a new one.</source>
        <translation>Espere a que aparezca la imagen o pida una nueva.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="115"/>
        <source>Type the characters from the picture.</source>
        <translation>Escriba los caracteres de la imagen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="124"/>
        <source>The two passwords do not match.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="147"/>
        <source>The local service puts its mails in the &lt;b&gt;Local mailbox&lt;/b&gt; of this application.</source>
        <translation>El servicio local deja sus correos en el &lt;b&gt;Buzón local&lt;/b&gt; de esta aplicación.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="150"/>
        <source>If it does not arrive within a few minutes, look in your spam folder.</source>
        <translation>Si no llega en unos minutos, revise su carpeta de correo no deseado.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="155"/>
        <source>&lt;p&gt;We sent an activation link and code to &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Follow the link in the mail, or paste the code with &lt;i&gt;Enter the activation code&lt;/i&gt;. The account works once it is activated; an account not activated within 5 days is deleted.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hemos enviado un enlace y un código de activación a &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Siga el enlace del correo o pegue el código con &lt;i&gt;Introducir el código de activación&lt;/i&gt;. La cuenta funciona una vez activada; las cuentas que no se activan en 5 días se eliminan.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="161"/>
        <source>Check your mail</source>
        <translation>Revise su correo</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="165"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <location filename="../../app/core/staff/replay.py" line="21"/>
        <source>Request type</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="22"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="23"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="24"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="25"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="28"/>
        <source>signed in</source>
        <translation>sesión iniciada</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="29"/>
        <source>signing in with Customer ID or e-mail and password</source>
        <translation>inicio de sesión con número de cliente o correo electrónico y contraseña</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="32"/>
        <source>without an account</source>
        <translation>sin cuenta</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="141"/>
        <source>This request has no step trail (filed without the wizard or by an older client).</source>
        <translation>Esta solicitud no tiene registro de pasos (se envió sin el asistente o desde una versión anterior de la aplicación).</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="156"/>
        <source>Step {step}: {title}</source>
        <translation>Paso {step}: {title}</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="164"/>
        <source>{field} = {value}</source>
        <translation>{field} = {value}</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="168"/>
        <source>Shown: {text}</source>
        <translation>Mostrado: {text}</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="185"/>
        <source>The trail does not say which client version the customer used.</source>
        <translation>El registro de pasos no indica qué versión de la aplicación usó el cliente.</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="191"/>
        <source>The trail does not say the language of the customer&apos;s application.</source>
        <translation>El registro de pasos no indica el idioma de la aplicación del cliente.</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="197"/>
        <source>The trail was too long; its oldest steps were left out when it was sent.</source>
        <translation>El registro de pasos era demasiado largo; sus pasos más antiguos se omitieron al enviarlo.</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="204"/>
        <source>The trail records no message shown to the customer.</source>
        <translation>El registro de pasos no contiene ningún mensaje mostrado al cliente.</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="209"/>
        <source>Fields this version does not know: {fields}.</source>
        <translation>Campos que esta versión no conoce: {fields}.</translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="35"/>
        <source>Replay of request %s</source>
        <translation>Reproducción de la solicitud %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="39"/>
        <source>Client %s, language %s — read-only</source>
        <translation>Cliente %s, idioma %s: solo lectura</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="54"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="63"/>
        <source>The customer&apos;s wizard, read-only</source>
        <translation>El asistente del cliente, solo lectura</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="69"/>
        <source>Messages shown on this step</source>
        <translation>Mensajes mostrados en este paso</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="76"/>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="77"/>
        <location filename="../../app/gui/staff/replay_window.py" line="120"/>
        <source>▶ &amp;Play</source>
        <translation>▶ &amp;Reproducir</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="78"/>
        <source>&amp;Step ▶</source>
        <translation>&amp;Paso ▶</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="123"/>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ Pa&amp;usa</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="138"/>
        <source>Error: %s</source>
        <translation>Error: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="138"/>
        <source>Shown: %s</source>
        <translation>Mostrado: %s</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="55"/>
        <source>Your reply</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="57"/>
        <source>Write your reply… You can drop files here to attach them.</source>
        <translation>Escriba su respuesta… Puede soltar archivos aquí para adjuntarlos.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="70"/>
        <source>A&amp;ttach files…</source>
        <translation>Ad&amp;juntar archivos…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="71"/>
        <source>&amp;Send reply</source>
        <translation>&amp;Enviar la respuesta</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="100"/>
        <source>“{name}” is attached already.</source>
        <translation>«{name}» ya está adjunto.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="104"/>
        <source>A reply takes at most {count} files.</source>
        <translation>Una respuesta admite como máximo {count} archivos.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="157"/>
        <source>This request is closed. Start a follow-up request to go on.</source>
        <translation>Esta solicitud está cerrada. Inicie una solicitud de seguimiento para continuar.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="167"/>
        <source>A reply can be at most 20,000 characters long.</source>
        <translation>Una respuesta puede tener como máximo 20 000 caracteres.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="173"/>
        <source>“%s” could not be sent; remove it or try it again.</source>
        <translation>No se pudo enviar «%s»; quítelo o vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="191"/>
        <source>Sending the files first…</source>
        <translation>Enviando primero los archivos…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="207"/>
        <source>A file could not be sent; see the list.</source>
        <translation>No se pudo enviar un archivo; consulte la lista.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="215"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="229"/>
        <source>Your reply was sent.</source>
        <translation>Se envió su respuesta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="251"/>
        <source>The service cannot be reached. Your reply is kept and is sent by itself, once, when the service answers again.</source>
        <translation>No se puede contactar con el servicio. Su respuesta se conserva y se enviará automáticamente, una sola vez, cuando el servicio vuelva a responder.</translation>
    </message>
</context>
<context>
    <name>RequestExport</name>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="27"/>
        <location filename="../../app/gui/requests/export_ui.py" line="104"/>
        <source>Request {number}</source>
        <translation>Solicitud {number}</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="28"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="29"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="30"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="31"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="32"/>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="33"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="34"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="35"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="36"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="37"/>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="38"/>
        <source>System report</source>
        <translation>Informe del sistema</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="39"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="40"/>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="41"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="42"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="44"/>
        <source>Status: {from_status} → {to_status}</source>
        <translation>Estado: {from_status} → {to_status}</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="47"/>
        <source>Request filed</source>
        <translation>Solicitud registrada</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="48"/>
        <source>No files are attached.</source>
        <translation>No hay archivos adjuntos.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="49"/>
        <source>Exported from Personal Cabinet</source>
        <translation>Exportado desde Área personal</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="50"/>
        <source>Internal note — staff only</source>
        <translation>Nota interna: solo para el personal</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="54"/>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="55"/>
        <source>Technical Support</source>
        <translation>Soporte técnico</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="56"/>
        <location filename="../../app/gui/requests/export_ui.py" line="108"/>
        <source>Personal Cabinet</source>
        <translation>Área personal</translation>
    </message>
</context>
<context>
    <name>RequestWindow</name>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="80"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="86"/>
        <source>Loading the request…</source>
        <translation>Cargando la solicitud…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="94"/>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="95"/>
        <source>Start a &amp;follow-up…</source>
        <translation>Iniciar una solicitud de se&amp;guimiento…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="96"/>
        <source>&amp;Close request</source>
        <translation>&amp;Cerrar la solicitud</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="97"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="99"/>
        <source>As &amp;HTML…</source>
        <translation>Como &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="100"/>
        <source>As &amp;PDF…</source>
        <translation>Como &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="118"/>
        <location filename="../../app/gui/requests/request_window.py" line="142"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="125"/>
        <source>Did this help?</source>
        <translation>¿Le ha sido útil?</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="127"/>
        <source>A comment for the experts (optional)</source>
        <translation>Un comentario para los expertos (opcional)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="128"/>
        <source>Comment on the answer</source>
        <translation>Comentario sobre la respuesta</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="129"/>
        <source>&amp;Yes, it helped</source>
        <translation>&amp;Sí, me ha sido útil</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="130"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="147"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="153"/>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="155"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="155"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="155"/>
        <location filename="../../app/gui/requests/request_window.py" line="179"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="155"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="162"/>
        <source>&amp;Download…</source>
        <translation>&amp;Descargar…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="163"/>
        <source>Download &amp;all…</source>
        <translation>Descargar &amp;todo…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="165"/>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="174"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="178"/>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="179"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="179"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="182"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="253"/>
        <source>Request %s — Personal Cabinet</source>
        <translation>Solicitud %s: Área personal</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="254"/>
        <source>Request %s</source>
        <translation>Solicitud %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="299"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="301"/>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="302"/>
        <source>Technical Support</source>
        <translation>Soporte técnico</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="304"/>
        <source>Virus Lab</source>
        <translation>Laboratorio de virus</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="306"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="308"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="311"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="312"/>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="313"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="314"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="315"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="316"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="317"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="318"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="319"/>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="320"/>
        <source>System report</source>
        <translation>Informe del sistema</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="332"/>
        <source>Follow-up to</source>
        <translation>Seguimiento de</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="335"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="341"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="341"/>
        <source>Analyzing</source>
        <translation>En análisis</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="341"/>
        <location filename="../../app/gui/requests/request_window.py" line="371"/>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="341"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="345"/>
        <source>Malicious: the file is a threat. The product&apos;s databases will detect it.</source>
        <translation>Malicioso: el archivo es una amenaza. Las bases de datos del producto lo detectarán.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="347"/>
        <source>Clean: the analysts found no threat in the file.</source>
        <translation>Limpio: los analistas no encontraron ninguna amenaza en el archivo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="349"/>
        <source>False positive confirmed: the detection will be removed from the databases.</source>
        <translation>Falso positivo confirmado: la detección se eliminará de las bases de datos.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="362"/>
        <source>None: it was closed before a verdict.</source>
        <translation>Ninguno: se cerró antes de emitir un veredicto.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="368"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="371"/>
        <source>Not yet: the analysts are on it.</source>
        <translation>Todavía no: los analistas están trabajando en ello.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="372"/>
        <source>Detected as</source>
        <translation>Detectado como</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="373"/>
        <source>Last database update</source>
        <translation>Última actualización de las bases de datos</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="374"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="403"/>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="412"/>
        <source>Files (%d)</source>
        <translation>Archivos (%d)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="424"/>
        <source>(filed)</source>
        <translation>(registrada)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="442"/>
        <source>You said the answer helped. Thank you.</source>
        <translation>Indicó que la respuesta le fue útil. Gracias.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="444"/>
        <source>You said the answer did not help; the experts see it.</source>
        <translation>Indicó que la respuesta no le fue útil; los expertos lo verán.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="546"/>
        <source>Close the request</source>
        <translation>Cerrar la solicitud</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="548"/>
        <source>Close this request? The experts stop working on it and it takes no more replies; you can start a follow-up request later.</source>
        <translation>¿Desea cerrar esta solicitud? Los expertos dejarán de trabajar en ella y no admitirá más respuestas; más adelante podrá iniciar una solicitud de seguimiento.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="555"/>
        <source>The request is closed.</source>
        <translation>La solicitud está cerrada.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="561"/>
        <source>The request is open again; the experts have been told.</source>
        <translation>La solicitud se ha vuelto a abrir; se ha avisado a los expertos.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="574"/>
        <source>Thank you for your answer.</source>
        <translation>Gracias por su respuesta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="583"/>
        <source>Start a follow-up request</source>
        <translation>Iniciar una solicitud de seguimiento</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="585"/>
        <source>This request can no longer be reopened. Describe what is still wrong; the new request quotes number %s.</source>
        <translation>Esta solicitud ya no puede volver a abrirse. Describa lo que sigue sin funcionar; la nueva solicitud citará el número %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="606"/>
        <source>Follow-up request %s was filed.</source>
        <translation>Se registró la solicitud de seguimiento %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="620"/>
        <source>Your reply waits in the outbox and is sent when the service answers.</source>
        <translation>Su respuesta espera en la bandeja de salida y se enviará cuando el servicio responda.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="628"/>
        <source>Your waiting reply was sent.</source>
        <translation>Se envió su respuesta pendiente.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="639"/>
        <source>Where to save the files</source>
        <translation>Dónde guardar los archivos</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="666"/>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="679"/>
        <source>Saved to %s (not opened: check it before you open it).</source>
        <translation>Guardado en %s (no se abrió: revíselo antes de abrirlo).</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="701"/>
        <source>Export the request as HTML</source>
        <translation>Exportar la solicitud como HTML</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="702"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="705"/>
        <source>Export the request as PDF</source>
        <translation>Exportar la solicitud como PDF</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="706"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="724"/>
        <source>Could not save: %s</source>
        <translation>No se pudo guardar: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="726"/>
        <source>Saved to %s</source>
        <translation>Guardado en %s</translation>
    </message>
</context>
<context>
    <name>RequestWizard</name>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="90"/>
        <source>Request to Technical Support</source>
        <translation>Solicitud a Soporte técnico</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="188"/>
        <source>Starting the local service; the request types follow…</source>
        <translation>Iniciando el servicio local; a continuación se cargarán los tipos de solicitud…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="193"/>
        <source>The request types and products could not be loaded. </source>
        <translation>No se pudieron cargar los tipos de solicitud y los productos. </translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="332"/>
        <source>Filled in from your product&apos;s link.</source>
        <translation>Completado a partir del enlace de su producto.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="334"/>
        <source> From your product&apos;s link: {problems}. Choose below.</source>
        <translation> Del enlace de su producto: {problems}. Elija a continuación.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="532"/>
        <source>not sent</source>
        <translation>no enviada</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="602"/>
        <source>Close the request</source>
        <translation>Cerrar la solicitud</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="603"/>
        <source>Keep this request as a draft, to finish it later?</source>
        <translation>¿Desea guardar esta solicitud como borrador para terminarla más tarde?</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="606"/>
        <source>A draft is offered again the next time you start Personal Cabinet. Discarding it also stops and deletes its unfinished uploads.</source>
        <translation>El borrador se le ofrecerá de nuevo la próxima vez que inicie Área personal. Si lo descarta, también se detienen y eliminan sus cargas sin terminar.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="610"/>
        <source>&amp;Keep the draft</source>
        <translation>&amp;Guardar el borrador</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="612"/>
        <source>&amp;Discard the request</source>
        <translation>&amp;Descartar la solicitud</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="614"/>
        <source>Continue &amp;editing</source>
        <translation>Seguir &amp;editando</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="33"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="34"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="35"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="36"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="37"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="38"/>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="245"/>
        <source>New answer or status change you have not seen</source>
        <translation>Nueva respuesta o cambio de estado que aún no ha visto</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="250"/>
        <source>Files are attached</source>
        <translation>Hay archivos adjuntos</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="256"/>
        <source>unread</source>
        <translation>sin leer</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="258"/>
        <source>with files</source>
        <translation>con archivos</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="66"/>
        <location filename="../../app/gui/pages/requests.py" line="98"/>
        <source>My requests</source>
        <translation>Mis solicitudes</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="69"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="81"/>
        <source>Kind of request</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="83"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="85"/>
        <source>Request type</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="87"/>
        <source>Search by number or words…</source>
        <translation>Buscar por número o palabras…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="88"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="132"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="234"/>
        <source>Support and Virus Lab</source>
        <translation>Soporte y Laboratorio de virus</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="235"/>
        <source>Technical Support</source>
        <translation>Soporte técnico</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="236"/>
        <source>Virus Lab</source>
        <translation>Laboratorio de virus</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="248"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="258"/>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="298"/>
        <source>%d unread</source>
        <translation>%d sin leer</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="317"/>
        <source>No requests match these filters.</source>
        <translation>Ninguna solicitud coincide con estos filtros.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="318"/>
        <source>&amp;Show all requests</source>
        <translation>&amp;Mostrar todas las solicitudes</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="322"/>
        <source>You have not sent any requests yet. When you ask Technical Support or the Virus Lab for help, your requests and their answers appear here.</source>
        <translation>Aún no ha enviado ninguna solicitud. Cuando pida ayuda a Soporte técnico o al Laboratorio de virus, sus solicitudes y sus respuestas aparecerán aquí.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="326"/>
        <source>&amp;Ask for help…</source>
        <translation>&amp;Pedir ayuda…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="329"/>
        <source>1 request shown</source>
        <translation>1 solicitud mostrada</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="329"/>
        <source>%d requests shown</source>
        <translation>%d solicitudes mostradas</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="330"/>
        <source> — scroll for more</source>
        <translation> (desplácese para ver más)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="355"/>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="356"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="42"/>
        <source>Check what you entered. Use Back (or a Change link) to correct it, then submit the request.</source>
        <translation>Compruebe lo que ha introducido. Use Atrás (o un enlace Cambiar) para corregirlo y, después, envíe la solicitud.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="49"/>
        <source>&amp;Submit request</source>
        <translation>&amp;Enviar la solicitud</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="51"/>
        <location filename="../../app/gui/wizard/review.py" line="158"/>
        <source>Your request</source>
        <translation>Su solicitud</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="56"/>
        <source>Requests without an account need the characters from the picture:</source>
        <translation>Las solicitudes sin cuenta requieren los caracteres de la imagen:</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="64"/>
        <source>Sending</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="131"/>
        <source>Request type and product</source>
        <translation>Tipo de solicitud y producto</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="139"/>
        <source>Signed in as {signed_in_as}</source>
        <translation>Sesión iniciada como {signed_in_as}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="141"/>
        <source>Without an account (step skipped); the answer comes by e-mail</source>
        <translation>Sin cuenta (paso omitido); la respuesta llegará por correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="143"/>
        <source>Not chosen yet</source>
        <translation>Aún no elegido</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="144"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="157"/>
        <location filename="../../app/gui/wizard/review.py" line="159"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="170"/>
        <source>Your computer</source>
        <translation>Su equipo</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="178"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
</context>
<context>
    <name>Samples</name>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="28"/>
        <source>A security product may have locked it or moved it to quarantine: restore it from quarantine (or pause real-time protection for this folder) and add it again.</source>
        <translation>Es posible que un producto de seguridad lo haya bloqueado o movido a la cuarentena: restáurelo desde la cuarentena (o pause la protección en tiempo real para esta carpeta) y vuelva a añadirlo.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="60"/>
        <source>“{name}” is no longer there. {hint}</source>
        <translation>«{name}» ya no está ahí. {hint}</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="66"/>
        <source>“{name}” cannot be read: access was refused. {hint}</source>
        <translation>«{name}» no se puede leer: se denegó el acceso. {hint}</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="71"/>
        <source>“{name}” cannot be read: {value}.</source>
        <translation>«{name}» no se puede leer: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="94"/>
        <source>“{name}” is a folder; add the files in it.</source>
        <translation>«{name}» es una carpeta; añada los archivos que contiene.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="101"/>
        <source>“{name}” is {size}; the Virus Lab takes samples up to {limit}.</source>
        <translation>«{name}» ocupa {size}; el Laboratorio de virus admite muestras de hasta {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="107"/>
        <source>“{name}” is empty (0 bytes); there is nothing in it to check.</source>
        <translation>«{name}» está vacío (0 bytes); no contiene nada que comprobar.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="116"/>
        <source>“{name}” changed while it was read; add it again.</source>
        <translation>«{name}» cambió mientras se leía; vuelva a añadirlo.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="135"/>
        <source>Send at most {count} samples in one request.</source>
        <translation>Envíe como máximo {count} muestras en una solicitud.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="143"/>
        <source>“{name}” is added already.</source>
        <translation>«{name}» ya está añadido.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="148"/>
        <source>Another sample is called “{name}” already; rename one of them first.</source>
        <translation>Ya hay otra muestra llamada «{name}»; cambie antes el nombre de una de ellas.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="226"/>
        <source>“{name}” changed after it was added (its SHA-256 is not the one shown). Remove it and add it again.</source>
        <translation>«{name}» cambió después de añadirlo (su SHA-256 no es el que se muestra). Quítelo y vuelva a añadirlo.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="45"/>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="46"/>
        <source>Computer</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="47"/>
        <source>CPU</source>
        <translation>Procesador</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="48"/>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="49"/>
        <source>Disks</source>
        <translation>Discos</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="50"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="52"/>
        <source>Processes</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="54"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="55"/>
        <source>Startup items</source>
        <translation>Elementos de inicio</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="56"/>
        <source>Installed software</source>
        <translation>Software instalado</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="58"/>
        <source>Drivers and kernel modules</source>
        <translation>Controladores y módulos del kernel</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="61"/>
        <source>Users and sessions</source>
        <translation>Usuarios y sesiones</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="63"/>
        <source>Recent system errors</source>
        <translation>Errores recientes del sistema</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="66"/>
        <source>Battery and sensors</source>
        <translation>Batería y sensores</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="71"/>
        <source>Security product</source>
        <translation>Producto de seguridad</translation>
    </message>
</context>
<context>
    <name>ServiceConnection</name>
    <message>
        <location filename="../../app/gui/connection.py" line="104"/>
        <source>Local service on this computer</source>
        <translation>Servicio local en este equipo</translation>
    </message>
</context>
<context>
    <name>ServiceStatus</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="132"/>
        <source>Service status</source>
        <translation>Estado del servicio</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="138"/>
        <source>starting…</source>
        <translation>iniciándose…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="139"/>
        <source>reachable</source>
        <translation>disponible</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="140"/>
        <source>not reachable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="141"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../app/gui/session.py" line="174"/>
        <source>Your sign-in has expired; sign in again.</source>
        <translation>Su sesión ha caducado; vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="20"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="21"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="22"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="49"/>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="56"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="58"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="62"/>
        <source>Notify me of new answers and status changes of my requests</source>
        <translation>Avisarme de las nuevas respuestas y los cambios de estado de mis solicitudes</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="91"/>
        <source>the support service</source>
        <translation>el servicio de soporte</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="94"/>
        <source>{url} answers: {vendor}, version {version}.</source>
        <translation>{url} responde: {vendor}, versión {version}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="146"/>
        <source>The language is changed. Windows that were already open (a request, the request wizard) show it when you open them again.</source>
        <translation>El idioma ha cambiado. Las ventanas que ya estaban abiertas (una solicitud, el asistente de solicitudes) lo mostrarán cuando vuelva a abrirlas.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="12"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="18"/>
        <source>Support service</source>
        <translation>Servicio de soporte</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="24"/>
        <source>&amp;Local service on this computer</source>
        <translation>Servicio &amp;local en este equipo</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="34"/>
        <source>Works without a network connection. Demo products and licenses are included, and mails go to the Local mailbox.</source>
        <translation>Funciona sin conexión de red. Incluye productos y licencias de demostración, y los correos llegan al Buzón local.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="50"/>
        <source>&amp;Remote service at this address:</source>
        <translation>Servicio &amp;remoto en esta dirección:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="62"/>
        <source>Address of the remote service</source>
        <translation>Dirección del servicio remoto</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="65"/>
        <source>https://support.example.com</source>
        <translation>https://support.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="72"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="97"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="103"/>
        <source>T&amp;heme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="113"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="133"/>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="155"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="165"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="25"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="35"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="68"/>
        <source>Confirm it is you</source>
        <translation>Confirme su identidad</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="68"/>
        <source>Sign in to Personal Cabinet</source>
        <translation>Iniciar sesión en Área personal</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="70"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="70"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="117"/>
        <source>No keyring on this computer: the sign-in is not kept.</source>
        <translation>No hay llavero en este equipo: la sesión no se conserva.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="124"/>
        <source>Remember me keeps your sign-in in the system keyring (password store). This computer has none, so you will sign in again next time; nothing is saved in a file.</source>
        <translation>«Recordarme en este equipo» guarda su sesión en el llavero del sistema (almacén de contraseñas). Este equipo no tiene ninguno, así que tendrá que volver a iniciar sesión la próxima vez; no se guarda nada en un archivo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="169"/>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="229"/>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Introduzca el código de 6 dígitos de su aplicación de autenticación.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="231"/>
        <source>Enter the 6-digit code we sent to your e-mail.</source>
        <translation>Introduzca el código de 6 dígitos que le enviamos por correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="238"/>
        <source>You can try again now.</source>
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="241"/>
        <source>A new code is on its way to your e-mail.</source>
        <translation>Se le está enviando un nuevo código por correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="251"/>
        <source>Correct the marked fields.</source>
        <translation>Corrija los campos marcados.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="260"/>
        <source>Enter your e-mail address or Customer ID.</source>
        <translation>Introduzca su dirección de correo electrónico o su número de cliente.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="261"/>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="262"/>
        <source>Enter the 6-digit code.</source>
        <translation>Introduzca el código de 6 dígitos.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="267"/>
        <source>Too many sign-in attempts from this computer.</source>
        <translation>Demasiados intentos de inicio de sesión desde este equipo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="268"/>
        <source>Too many failed sign-ins to this account.</source>
        <translation>Demasiados inicios de sesión fallidos en esta cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="275"/>
        <source>{reason} Sign-in is locked for a while, to protect the account: you can try again in {time}.</source>
        <translation>{reason} El inicio de sesión está bloqueado durante un tiempo para proteger la cuenta: podrá volver a intentarlo en {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="33"/>
        <source>E-mail or &amp;Customer ID</source>
        <translation>Correo electrónico o &amp;número de cliente</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="43"/>
        <source>E-mail or Customer ID</source>
        <translation>Correo electrónico o número de cliente</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="46"/>
        <source>name@example.com or your 10-character ID</source>
        <translation>name@example.com o su número de cliente (Customer ID) de 10 caracteres</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="53"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="63"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="73"/>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Recordarme en este equipo</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="90"/>
        <source>&amp;Forgot password or Customer ID?</source>
        <translation>¿Ha &amp;olvidado la contraseña o el número de cliente?</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="113"/>
        <source>Create an acc&amp;ount</source>
        <translation>Crear una c&amp;uenta</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="126"/>
        <source>&amp;Activate an account</source>
        <translation>&amp;Activar una cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="174"/>
        <source>Verification &amp;code</source>
        <translation>Código de &amp;verificación</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="184"/>
        <source>Verification code</source>
        <translation>Código de verificación</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="190"/>
        <source>6 digits</source>
        <translation>6 dígitos</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="197"/>
        <source>Sign in with a &amp;different account</source>
        <translation>Iniciar sesión con o&amp;tra cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="216"/>
        <source>Send a new code by &amp;e-mail</source>
        <translation>Enviar un nuevo código por correo &amp;electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="261"/>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
</context>
<context>
    <name>StaffRequestView</name>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="62"/>
        <source>Loading the request…</source>
        <translation>Cargando la solicitud…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="69"/>
        <source>Move &amp;to…</source>
        <translation>Mover &amp;a…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="74"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="78"/>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="81"/>
        <source>Assign to &amp;me</source>
        <translation>Asignármela a &amp;mí</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="82"/>
        <source>Replay &amp;steps…</source>
        <translation>Reproducir los &amp;pasos…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="83"/>
        <source>System re&amp;port…</source>
        <translation>Informe del &amp;sistema…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="86"/>
        <source>&amp;Compare reports…</source>
        <translation>&amp;Comparar informes…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="92"/>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="93"/>
        <source>Assignee:</source>
        <translation>Asignado a:</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="116"/>
        <source>Conversation and internal notes</source>
        <translation>Conversación y notas internas</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="120"/>
        <source>&amp;Reply to the customer</source>
        <translation>&amp;Responder al cliente</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="121"/>
        <source>Internal &amp;note (staff only)</source>
        <translation>&amp;Nota interna (solo para el personal)</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="126"/>
        <source>Canned &amp;reply</source>
        <translation>Respuesta pre&amp;definida</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="136"/>
        <source>Your reply</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="144"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="148"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="203"/>
        <source>Request %s</source>
        <translation>Solicitud %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="206"/>
        <location filename="../../app/gui/staff/request_view.py" line="254"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="206"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="229"/>
        <source>This report beside the customer&apos;s earlier one, of request %s (%s): what changed on the computer in between</source>
        <translation>Este informe junto al informe anterior del cliente, de la solicitud %s (%s): qué cambió en el equipo entretanto</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="239"/>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="255"/>
        <source>Customer ID</source>
        <translation>Número de cliente (Customer ID)</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="255"/>
        <source>(no account)</source>
        <translation>(sin cuenta)</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="256"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="257"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="258"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="259"/>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="260"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="262"/>
        <source>Client version</source>
        <translation>Versión del cliente</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="273"/>
        <source>Client language</source>
        <translation>Idioma del cliente</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="294"/>
        <source>Save this text as a canned reply…</source>
        <translation>Guardar este texto como respuesta predefinida…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="297"/>
        <source>Replace one with this text</source>
        <translation>Reemplazar una con este texto</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="298"/>
        <source>Delete one</source>
        <translation>Eliminar una</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="316"/>
        <source>Add &amp;internal note</source>
        <translation>Añadir una nota &amp;interna</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="317"/>
        <source>A note only staff see…</source>
        <translation>Una nota que solo ve el personal…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="320"/>
        <source>&amp;Send reply to the customer</source>
        <translation>&amp;Enviar la respuesta al cliente</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="321"/>
        <source>Your answer to the customer…</source>
        <translation>Su respuesta al cliente…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="339"/>
        <source>Write the reply first, then save it.</source>
        <translation>Escriba primero la respuesta y después guárdela.</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="341"/>
        <source>Canned reply</source>
        <translation>Respuesta predefinida</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="341"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="358"/>
        <source>Write the new text first, then replace.</source>
        <translation>Escriba primero el nuevo texto y después reemplácela.</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="378"/>
        <source>Delete the canned reply</source>
        <translation>Eliminar la respuesta predefinida</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="379"/>
        <source>Delete the canned reply “{title}” for every staff member?</source>
        <translation>¿Desea eliminar la respuesta predefinida «{title}» para todo el personal?</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="396"/>
        <source>Write something first.</source>
        <translation>Escriba algo primero.</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="519"/>
        <source>Request %s of %s</source>
        <translation>Solicitud %s de %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="570"/>
        <source>%s is writing a reply</source>
        <translation>%s está escribiendo una respuesta</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="572"/>
        <source>%s has this request open</source>
        <translation>%s tiene esta solicitud abierta</translation>
    </message>
</context>
<context>
    <name>StaffWorkspace</name>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="32"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="33"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="34"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="52"/>
        <source>Staff sections</source>
        <translation>Secciones del personal</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="73"/>
        <source>Open a request from the queue to work on it here.</source>
        <translation>Abra una solicitud de la cola para trabajar en ella aquí.</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="115"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="29"/>
        <source>Request type</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="30"/>
        <source>Your account</source>
        <translation>Su cuenta</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="31"/>
        <source>Your request</source>
        <translation>Su solicitud</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="32"/>
        <source>Your computer</source>
        <translation>Su equipo</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="33"/>
        <source>Review and send</source>
        <translation>Revisar y enviar</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="43"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="80"/>
        <source>All steps done</source>
        <translation>Todos los pasos completados</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="82"/>
        <source>Step {current} of 5: {title}</source>
        <translation>Paso {current} de 5: {title}</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../app/gui/wizard/base.py" line="49"/>
        <source>Step {step} of 5: {title}</source>
        <translation>Paso {step} de 5: {title}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/base.py" line="108"/>
        <source>Correct the marked fields.</source>
        <translation>Corrija los campos marcados.</translation>
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="192"/>
        <source>The service cannot be reached, and a request without an account needs it right away to check the characters from the picture, so it cannot wait in the outbox. Your request is kept as a draft: submit it again when the service answers (the status bar shows when). Or go back to step 2 and sign in — signed-in requests wait in the outbox and go out by themselves.</source>
        <translation>No se puede contactar con el servicio, y una solicitud sin cuenta lo necesita de inmediato para comprobar los caracteres de la imagen, por lo que no puede esperar en la bandeja de salida. Su solicitud se guarda como borrador: envíela de nuevo cuando el servicio responda (la barra de estado lo indica). O vuelva al paso 2 e inicie sesión: las solicitudes con sesión iniciada esperan en la bandeja de salida y se envían automáticamente.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="224"/>
        <source>Sending the request…</source>
        <translation>Enviando la solicitud…</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="230"/>
        <source>{name}: {message}.</source>
        <translation>{name}: {message}.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="236"/>
        <source>Some files could not be sent: {files} Remove them on their step, or submit again.</source>
        <translation>No se pudieron enviar algunos archivos: {files} Quítelos en su paso o vuelva a enviar la solicitud.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="262"/>
        <source>The request could not be kept: {reason}</source>
        <translation>No se pudo guardar la solicitud: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="289"/>
        <location filename="../../app/core/wizard/submission.py" line="316"/>
        <source>Sending the files…</source>
        <translation>Enviando los archivos…</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="300"/>
        <source>Keeping the request in the outbox…</source>
        <translation>Guardando la solicitud en la bandeja de salida…</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <location filename="../../app/gui/pages/support.py" line="61"/>
        <source>The list of request types and products could not be loaded. </source>
        <translation>No se pudo cargar la lista de tipos de solicitud y productos. </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="75"/>
        <source>Choose the request type…</source>
        <translation>Elija el tipo de solicitud…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="82"/>
        <source>Choose your product…</source>
        <translation>Elija su producto…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="100"/>
        <source>You may send this type of request without an account.</source>
        <translation>Puede enviar este tipo de solicitud sin cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="109"/>
        <source>for example {version}</source>
        <translation>por ejemplo, {version}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="143"/>
        <source>From your product&apos;s link: {problems}. Choose it below.</source>
        <translation>Del enlace de su producto: {problems}. Elíjalo a continuación.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="123"/>
        <source>Filled in from your product&apos;s link.</source>
        <translation>Completado a partir del enlace de su producto.</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="9"/>
        <source>Request to Technical Support</source>
        <translation>Solicitud a Soporte técnico</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="19"/>
        <source>A request takes five steps: 1. the request type and your product; 2. your account; 3. a detailed description, your e-mail and country, and files; 4. your operating system and the product version, with a GetSystemInfo report; 5. a review before you send it. The request number is shown at the end, and the experts&apos; answers appear in My requests.</source>
        <translation>Una solicitud consta de cinco pasos: 1. el tipo de solicitud y su producto; 2. su cuenta; 3. una descripción detallada, su correo electrónico y su país, y archivos; 4. su sistema operativo y la versión del producto, con un informe de GetSystemInfo; 5. una revisión antes de enviarla. Al final se muestra el número de solicitud, y las respuestas de los expertos aparecen en Mis solicitudes.</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="29"/>
        <source>Step 1 of 5: request type and product</source>
        <translation>Paso 1 de 5: tipo de solicitud y producto</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="35"/>
        <source>Request &amp;type</source>
        <translation>&amp;Tipo de solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="45"/>
        <source>Request type</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="52"/>
        <source>About this request type</source>
        <translation>Acerca de este tipo de solicitud</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="65"/>
        <source>&amp;Product</source>
        <translation>&amp;Producto</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="75"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="82"/>
        <source>Product v&amp;ersion</source>
        <translation>V&amp;ersión del producto</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="92"/>
        <source>Product version</source>
        <translation>Versión del producto</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="95"/>
        <source>for example 21.3.10.391</source>
        <translation>por ejemplo, 21.3.10.391</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="135"/>
        <source>Loading the catalog</source>
        <translation>Cargando el catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="150"/>
        <source>&amp;Reload the catalog</source>
        <translation>&amp;Volver a cargar el catálogo</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="168"/>
        <source>Opens the request form with the type, product and version chosen here.</source>
        <translation>Abre el formulario de solicitud con el tipo, el producto y la versión elegidos aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="171"/>
        <source>&amp;Continue to step 2: your account</source>
        <translation>&amp;Continuar al paso 2: su cuenta</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="180"/>
        <source>Your request is kept as a draft while you fill it in. If the service cannot be reached when you submit it, it waits on this computer and is sent by itself when the service answers.</source>
        <translation>Su solicitud se guarda como borrador mientras la completa. Si no se puede contactar con el servicio al enviarla, espera en este equipo y se envía automáticamente cuando el servicio responda.</translation>
    </message>
</context>
<context>
    <name>SysinfoCompare</name>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="30"/>
        <source>System reports (*.zip *.json);;All files (*)</source>
        <translation>Informes del sistema (*.zip *.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>SysinfoPanel</name>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="45"/>
        <source>needing administrator rights</source>
        <translation>que requieren derechos de administrador</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="50"/>
        <source>{count} complete</source>
        <translation>{count} completas</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="53"/>
        <source>{count} sections: {parts}</source>
        <translation>{count} secciones: {parts}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="80"/>
        <source>{exc}. Choose a report saved by GetSystemInfo (a .zip).</source>
        <translation>{exc}. Elija un informe guardado por GetSystemInfo (un .zip).</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="94"/>
        <source>GetSystemInfo report</source>
        <translation>Informe de GetSystemInfo</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="105"/>
        <source>A report about this computer (system, hardware, programs, recent errors) that the experts need for most requests. Names, addresses and serial numbers in it are replaced by pseudonyms; look at it before you send it.</source>
        <translation>Un informe sobre este equipo (sistema, hardware, programas, errores recientes) que los expertos necesitan para la mayoría de las solicitudes. Los nombres, direcciones y números de serie que contiene se sustituyen por seudónimos; revíselo antes de enviarlo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="114"/>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="180"/>
        <source>&amp;Generate a report</source>
        <translation>&amp;Generar un informe</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="115"/>
        <source>Cancel &amp;generating</source>
        <translation>&amp;Cancelar la generación</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="116"/>
        <source>Attach a &amp;saved report…</source>
        <translation>Adjuntar un informe g&amp;uardado…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="117"/>
        <source>Vie&amp;w the report…</source>
        <translation>&amp;Ver el informe…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="118"/>
        <source>&amp;Don&apos;t attach it</source>
        <translation>&amp;No adjuntarlo</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="130"/>
        <source>Report progress</source>
        <translation>Progreso del informe</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="134"/>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="178"/>
        <source>&amp;Generate a new report</source>
        <translation>&amp;Generar un nuevo informe</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="183"/>
        <source>Collecting the report; it takes a few seconds.</source>
        <translation>Recopilando el informe; tarda unos segundos.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="186"/>
        <source>No report attached.</source>
        <translation>No hay ningún informe adjunto.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="189"/>
        <source>Opening {name} in the viewer…</source>
        <translation>Abriendo {name} en el visor…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="194"/>
        <source>made now</source>
        <translation>generado ahora</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="194"/>
        <source>saved earlier</source>
        <translation>guardado anteriormente</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="198"/>
        <source>Attached: {name} ({origin}, {size}){summary}. {upload}.</source>
        <translation>Adjunto: {name} ({origin}, {size}){summary}. {upload}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="227"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="242"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="249"/>
        <source>Collected {title} — {done} of {total}</source>
        <translation>Recopilado: {title} ({done} de {total})</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="256"/>
        <source>Generating the report was cancelled.</source>
        <translation>Se canceló la generación del informe.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="266"/>
        <source>The report could not be made: {reason}</source>
        <translation>No se pudo generar el informe: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="279"/>
        <source>Attach a saved GetSystemInfo report</source>
        <translation>Adjuntar un informe de GetSystemInfo guardado</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="281"/>
        <source>GetSystemInfo reports (*.zip *.json);;All files (*)</source>
        <translation>Informes de GetSystemInfo (*.zip *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="288"/>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
</context>
<context>
    <name>SysinfoViewer</name>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="240"/>
        <source>Report sections</source>
        <translation>Secciones del informe</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="241"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="247"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="241"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="241"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="257"/>
        <source>Filter rows…</source>
        <translation>Filtrar filas…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="258"/>
        <source>Filter rows</source>
        <translation>Filtrar filas</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="262"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="263"/>
        <source>Show the original beside what is sent</source>
        <translation>Mostrar el original junto a lo que se envía</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="266"/>
        <source>The original stays on this computer. Highlighted cells differ: they were replaced by pseudonyms or removed.</source>
        <translation>El original permanece en este equipo. Las celdas resaltadas son diferentes: se sustituyeron por seudónimos o se eliminaron.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="272"/>
        <source>What is sent</source>
        <translation>Lo que se envía</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="273"/>
        <source>Original on this computer</source>
        <translation>Original en este equipo</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="274"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="566"/>
        <source>&lt;b&gt;In the report&lt;/b&gt; (what is sent)</source>
        <translation>&lt;b&gt;En el informe&lt;/b&gt; (lo que se envía)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="275"/>
        <source>&lt;b&gt;On this computer&lt;/b&gt; (never sent)</source>
        <translation>&lt;b&gt;En este equipo&lt;/b&gt; (nunca se envía)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="355"/>
        <source>Created {created_utc} UTC on {platform} · {count} sections ({summary}) · collected in {duration_ms} ms</source>
        <translation>Creado el {created_utc} UTC en {platform} · {count} secciones ({summary}) · recopilado en {duration_ms} ms</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="370"/>
        <source> · {replaced} private values replaced or removed</source>
        <translation> · {replaced} valores privados sustituidos o eliminados</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="377"/>
        <source>This report is not redacted: it shows real host and user names, addresses and command lines. Keep it on this computer.</source>
        <translation>Este informe no está anonimizado: muestra nombres reales de equipos y usuarios, direcciones y líneas de comandos. Consérvelo en este equipo.</translation>
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
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="414"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="509"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="415"/>
        <source>redacted</source>
        <translation>anonimizado</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="415"/>
        <source>not redacted</source>
        <translation>no anonimizado</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="437"/>
        <source>Replaced values</source>
        <translation>Valores sustituidos</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="450"/>
        <source>Pseudonyms</source>
        <translation>Seudónimos</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="494"/>
        <source>No data for this section. {value}</source>
        <translation>No hay datos para esta sección. {value}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="512"/>
        <source>Host and user names, home folders, IP and MAC addresses, serial numbers and UUIDs were replaced by pseudonyms; passwords, tokens and keys in command lines were removed and are kept nowhere.</source>
        <translation>Los nombres de equipos y usuarios, las carpetas personales, las direcciones IP y MAC, los números de serie y los UUID se sustituyeron por seudónimos; las contraseñas, los tokens y las claves de las líneas de comandos se eliminaron y no se guardan en ningún sitio.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="517"/>
        <source> The pseudonym list below exists only on this computer.</source>
        <translation> La lista de seudónimos de abajo solo existe en este equipo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="521"/>
        <source> Replaced: {replaced}.</source>
        <translation> Sustituidos: {replaced}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="523"/>
        <source>This report is not redacted.</source>
        <translation>Este informe no está anonimizado.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="530"/>
        <source>&lt;b&gt;Pseudonyms&lt;/b&gt; (this list is never sent)</source>
        <translation>&lt;b&gt;Seudónimos&lt;/b&gt; (esta lista nunca se envía)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="546"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="558"/>
        <source>Sent as</source>
        <translation>Enviado como</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="612"/>
        <source>{shown} of {rows}</source>
        <translation>{shown} de {rows}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="639"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="640"/>
        <source>property</source>
        <translation>propiedad</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="641"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="639"/>
        <source>Say which operating system and which exact version of the product you use, and attach a GetSystemInfo report.</source>
        <translation>Indique qué sistema operativo y qué versión exacta del producto utiliza, y adjunte un informe de GetSystemInfo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="653"/>
        <source>Detected on this computer; correct it if the problem is elsewhere.</source>
        <translation>Detectado en este equipo; corríjalo si el problema está en otro.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="678"/>
        <source>the full version, for example {example}</source>
        <translation>la versión completa, por ejemplo, {example}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="681"/>
        <source>From your product&apos;s link.</source>
        <translation>Del enlace de su producto.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="683"/>
        <source>Numbers separated by dots, as shown in the product&apos;s About window.</source>
        <translation>Números separados por puntos, tal como aparecen en la ventana Acerca de del producto.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="65"/>
        <source>“{name}” is a folder; attach the files in it, or a zip of it.</source>
        <translation>«{name}» es una carpeta; adjunte los archivos que contiene o un zip de la carpeta.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="74"/>
        <source>“{name}” no longer exists; it was moved or deleted.</source>
        <translation>«{name}» ya no existe; se movió o se eliminó.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="80"/>
        <source>“{name}” cannot be read: you do not have permission to open it.</source>
        <translation>«{name}» no se puede leer: no tiene permiso para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="86"/>
        <location filename="../../app/core/wizard/transfer.py" line="264"/>
        <source>“{name}” cannot be read: {value}.</source>
        <translation>«{name}» no se puede leer: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="92"/>
        <source>“{name}” is empty (0 bytes); there is nothing in it to send.</source>
        <translation>«{name}» está vacío (0 bytes); no contiene nada que enviar.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="98"/>
        <source>“{name}” is {size}; files up to {limit} can be attached. Compress it or split it into parts.</source>
        <translation>«{name}» ocupa {size}; se pueden adjuntar archivos de hasta {limit}. Comprímalo o divídalo en partes.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="123"/>
        <source>“{name}” is attached already.</source>
        <translation>«{name}» ya está adjunto.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="130"/>
        <source>A request takes at most {count} files; pack more in a zip.</source>
        <translation>Una solicitud admite como máximo {count} archivos; comprima los demás en un zip.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="190"/>
        <source>The service stored “{name}” with a different checksum: the file changed while it was sent, or it was damaged on the way. Send it again.</source>
        <translation>El servicio guardó «{name}» con una suma de comprobación diferente: el archivo cambió mientras se enviaba o se dañó por el camino. Vuelva a enviarlo.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="221"/>
        <source>“{name}” changed while it was read; add it again.</source>
        <translation>«{name}» cambió mientras se leía; vuelva a añadirlo.</translation>
    </message>
</context>
<context>
    <name>TransferManager</name>
    <message>
        <location filename="../../app/gui/wizard/transfers.py" line="114"/>
        <source>Waiting for the connection…</source>
        <translation>Esperando la conexión…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/transfers.py" line="233"/>
        <source>Waiting for the service; it goes on when the service answers.</source>
        <translation>Esperando al servicio; continuará cuando el servicio responda.</translation>
    </message>
</context>
<context>
    <name>TwoFactorDialog</name>
    <message>
        <location filename="../../ui/two_factor.ui" line="12"/>
        <location filename="../../ui/two_factor.ui" line="18"/>
        <source>Two-factor sign-in</source>
        <translation>Verificación en dos pasos</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="28"/>
        <source>Authenticator app</source>
        <translation>Aplicación de autenticación</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="51"/>
        <source>&amp;Set up an authenticator app…</source>
        <translation>&amp;Configurar una aplicación de autenticación…</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="84"/>
        <source>QR code for the authenticator app</source>
        <translation>Código QR para la aplicación de autenticación</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="96"/>
        <source>Scan the QR code with your authenticator app, or type the secret key into it. Then enter the 6-digit code the app shows.</source>
        <translation>Escanee el código QR con su aplicación de autenticación o escriba en ella la clave secreta. Después, introduzca el código de 6 dígitos que muestra la aplicación.</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="108"/>
        <source>Secret &amp;key</source>
        <translation>Clave &amp;secreta</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="120"/>
        <source>Secret key</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="130"/>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="146"/>
        <source>&amp;Code from the app</source>
        <translation>Código de la a&amp;plicación</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="156"/>
        <location filename="../../ui/two_factor.ui" line="231"/>
        <source>Code from the app</source>
        <translation>Código de la aplicación</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="177"/>
        <source>&amp;Turn on</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="201"/>
        <source>&amp;Password</source>
        <translation>Cont&amp;raseña</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="211"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="221"/>
        <source>Code from the &amp;app</source>
        <translation>Código de la ap&amp;licación</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="241"/>
        <source>T&amp;urn off the authenticator app</source>
        <translation>&amp;Desactivar la aplicación de autenticación</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="258"/>
        <source>One-time code by e-mail</source>
        <translation>Código de un solo uso por correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="264"/>
        <source>Ask for a code sent by &amp;e-mail when I sign in</source>
        <translation>Pedir un código enviado por correo &amp;electrónico al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="271"/>
        <source>Pass&amp;word</source>
        <translation>C&amp;ontraseña</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="281"/>
        <source>Password to change the e-mail code setting</source>
        <translation>Contraseña para cambiar la opción del código por correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="291"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="317"/>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="339"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="80"/>
        <source>&lt;b&gt;On.&lt;/b&gt; Signing in asks for the 6-digit code of your authenticator app. To turn it off, enter your password and a current code.</source>
        <translation>&lt;b&gt;Activada.&lt;/b&gt; Al iniciar sesión se pide el código de 6 dígitos de su aplicación de autenticación. Para desactivarla, introduzca su contraseña y un código actual.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="88"/>
        <source>&lt;b&gt;Off.&lt;/b&gt; With an authenticator app (on your phone), signing in also asks for the 6-digit code it shows, so a stolen password alone is not enough.</source>
        <translation>&lt;b&gt;Desactivada.&lt;/b&gt; Con una aplicación de autenticación (en su teléfono), al iniciar sesión también se pide el código de 6 dígitos que muestra, de modo que una contraseña robada no basta por sí sola.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="116"/>
        <source>&lt;b&gt;Setting up.&lt;/b&gt; Not on until you enter a code.</source>
        <translation>&lt;b&gt;En configuración.&lt;/b&gt; No se activa hasta que introduzca un código.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="128"/>
        <source>The authenticator app is on.</source>
        <translation>La aplicación de autenticación está activada.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="141"/>
        <source>The authenticator app is off.</source>
        <translation>La aplicación de autenticación está desactivada.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="149"/>
        <source>Enter your password to change this.</source>
        <translation>Introduzca su contraseña para cambiar esta opción.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="154"/>
        <source>A code by e-mail is now asked for when you sign in.</source>
        <translation>Ahora se pide un código por correo electrónico al iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="156"/>
        <source>No code by e-mail is asked for any more.</source>
        <translation>Ya no se pide ningún código por correo electrónico.</translation>
    </message>
</context>
<context>
    <name>TypePage</name>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="74"/>
        <source>Choose what your request is about, and the product you use.</source>
        <translation>Elija el asunto de su solicitud y el producto que utiliza.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="81"/>
        <location filename="../../app/gui/wizard/step_pages.py" line="91"/>
        <source>Request type</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="88"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="92"/>
        <source>&amp;Product</source>
        <translation>&amp;Producto</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="104"/>
        <source>Loading the catalog</source>
        <translation>Cargando el catálogo</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="105"/>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="136"/>
        <source> May be sent without an account.</source>
        <translation> Puede enviarse sin cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="143"/>
        <source>Request &amp;type</source>
        <translation>&amp;Tipo de solicitud</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="148"/>
        <source>Choose your product…</source>
        <translation>Elija su producto…</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <location filename="../../app/core/validators.py" line="29"/>
        <source>Enter your e-mail address.</source>
        <translation>Introduzca su dirección de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="31"/>
        <source>This e-mail address is too long.</source>
        <translation>Esta dirección de correo electrónico es demasiado larga.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="38"/>
        <source>This is not a valid e-mail address: {exc}</source>
        <translation>Esta no es una dirección de correo electrónico válida: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="77"/>
        <source>At least 8 characters</source>
        <translation>Al menos 8 caracteres</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="82"/>
        <source>A digit</source>
        <translation>Un dígito</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="87"/>
        <source>An upper-case Latin letter (A–Z)</source>
        <translation>Una letra latina mayúscula (A–Z)</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="92"/>
        <source>A lower-case Latin letter (a–z)</source>
        <translation>Una letra latina minúscula (a–z)</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="97"/>
        <source>No spaces</source>
        <translation>Sin espacios</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="102"/>
        <source>At most 128 characters</source>
        <translation>Como máximo 128 caracteres</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="111"/>
        <location filename="../../app/gui/dialogs/base.py" line="259"/>
        <source>Not too simple or common</source>
        <translation>No demasiado simple ni común</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="118"/>
        <source>Use at least 8 characters.</source>
        <translation>Use al menos 8 caracteres.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="119"/>
        <source>Add a digit.</source>
        <translation>Añada un dígito.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="120"/>
        <source>Add an upper-case Latin letter (A–Z).</source>
        <translation>Añada una letra latina mayúscula (A–Z).</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="121"/>
        <source>Add a lower-case Latin letter (a–z).</source>
        <translation>Añada una letra latina minúscula (a–z).</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="122"/>
        <source>Remove the spaces.</source>
        <translation>Quite los espacios.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="123"/>
        <source>Use at most 128 characters.</source>
        <translation>Use como máximo 128 caracteres.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="124"/>
        <source>This password is too simple or too common; choose another.</source>
        <translation>Esta contraseña es demasiado simple o demasiado común; elija otra.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="145"/>
        <source>The two passwords do not match.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="165"/>
        <source>Enter the activation code.</source>
        <translation>Introduzca el código de activación.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="168"/>
        <source>An activation code has only Latin letters and digits.</source>
        <translation>Un código de activación solo contiene letras latinas y dígitos.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="172"/>
        <source>An activation code has 20 letters and digits (4 blocks of 5); this one has {count}.</source>
        <translation>Un código de activación tiene 20 letras y dígitos (4 bloques de 5); este tiene {count}.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="185"/>
        <source>Enter your Customer ID.</source>
        <translation>Introduzca su número de cliente.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="188"/>
        <source>A Customer ID has 10 Latin letters and digits.</source>
        <translation>Un número de cliente tiene 10 letras latinas y dígitos.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="197"/>
        <source>Enter your e-mail address or Customer ID.</source>
        <translation>Introduzca su dirección de correo electrónico o su número de cliente.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="204"/>
        <source>Enter an e-mail address or a 10-character Customer ID.</source>
        <translation>Introduzca una dirección de correo electrónico o un número de cliente de 10 caracteres.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="219"/>
        <source>Enter the product version.</source>
        <translation>Introduzca la versión del producto.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="222"/>
        <source>Write the version as numbers separated by dots, for example 21.3.10.391.</source>
        <translation>Escriba la versión como números separados por puntos, por ejemplo, 21.3.10.391.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="238"/>
        <source>Paste the code or the link from the e-mail.</source>
        <translation>Pegue el código o el enlace del correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="244"/>
        <source>This link has no code in it; paste the whole link from the e-mail.</source>
        <translation>Este enlace no contiene ningún código; pegue el enlace completo del correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="252"/>
        <source>This does not look like the code from the e-mail.</source>
        <translation>Esto no parece el código del correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="261"/>
        <source>Enter the 6-digit code.</source>
        <translation>Introduzca el código de 6 dígitos.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="274"/>
        <source>Enter the service address, for example https://support.example.com.</source>
        <translation>Introduzca la dirección del servicio, por ejemplo, https://support.example.com.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="281"/>
        <source>The service address must start with http:// or https:// and name a host.</source>
        <translation>La dirección del servicio debe empezar por http:// o https:// e indicar un host.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="288"/>
        <source>The service address cannot have ? or # parts.</source>
        <translation>La dirección del servicio no puede tener partes ? ni #.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="294"/>
        <source>The port in the service address is not a number from 1 to 65535.</source>
        <translation>El puerto de la dirección del servicio no es un número entre 1 y 65535.</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="675"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="676"/>
        <source>&amp;Open report…</source>
        <translation>&amp;Abrir un informe…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="679"/>
        <source>Co&amp;mpare with another report…</source>
        <translation>Co&amp;mparar con otro informe…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="681"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="684"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="700"/>
        <source>System report</source>
        <translation>Informe del sistema</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="698"/>
        <source>System report — {name}</source>
        <translation>Informe del sistema: {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="708"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="726"/>
        <source>Cannot open the report</source>
        <translation>No se puede abrir el informe</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="732"/>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="739"/>
        <source>Open a system report</source>
        <translation>Abrir un informe del sistema</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="741"/>
        <source>System reports (*.zip *.json);;All files (*)</source>
        <translation>Informes del sistema (*.zip *.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ViruslabForm</name>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="27"/>
        <source>Type of request</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="28"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="29"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="30"/>
        <source>Product version</source>
        <translation>Versión del producto</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="31"/>
        <source>Last successful database update</source>
        <translation>Última actualización correcta de las bases de datos</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="32"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="33"/>
        <source>Detected as</source>
        <translation>Detectado como</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="34"/>
        <location filename="../../app/core/viruslab/form.py" line="35"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="63"/>
        <source>Choose what kind of file you are sending.</source>
        <translation>Elija qué tipo de archivo envía.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="67"/>
        <source>Choose the product that detected (or missed) the file.</source>
        <translation>Elija el producto que detectó (o no detectó) el archivo.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="76"/>
        <source>The date of the last database update is in the future.</source>
        <translation>La fecha de la última actualización de las bases de datos está en el futuro.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="80"/>
        <source>Describe the file and what the product did with it.</source>
        <translation>Describa el archivo y lo que hizo el producto con él.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="84"/>
        <source>Give the name under which the product detects the file, as its report shows it.</source>
        <translation>Indique el nombre con el que el producto detecta el archivo, tal como aparece en su informe.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="93"/>
        <source>Add the file you want the Virus Lab to check.</source>
        <translation>Añada el archivo que desea que compruebe el Laboratorio de virus.</translation>
    </message>
</context>
<context>
    <name>ViruslabPage</name>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="55"/>
        <source>Packing the samples into the encrypted archive… {percent}%</source>
        <translation>Empaquetando las muestras en el archivo comprimido cifrado… {percent} %</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="58"/>
        <source>Sending the archive… {percent}%</source>
        <translation>Enviando el archivo comprimido… {percent} %</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="59"/>
        <source>Filing the request…</source>
        <translation>Registrando la solicitud…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="110"/>
        <source>Send a file to the Virus Lab</source>
        <translation>Enviar un archivo al Laboratorio de virus</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="115"/>
        <source>Send a file the product does not detect but you suspect, or a clean file it detects by mistake. The Virus Lab&apos;s analysts check it and give a verdict.</source>
        <translation>Envíe un archivo que el producto no detecta pero que le parece sospechoso, o un archivo limpio que detecta por error. Los analistas del Laboratorio de virus lo comprueban y emiten un veredicto.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="127"/>
        <source>&amp;Suspected unknown malware</source>
        <translation>&amp;Sospecha de malware desconocido</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="128"/>
        <source>&amp;False positive</source>
        <translation>&amp;Falso positivo</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="149"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="151"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="153"/>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="155"/>
        <source>for example 21.3.10.391 (optional)</source>
        <translation>por ejemplo, 21.3.10.391 (opcional)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="156"/>
        <source>Product version</source>
        <translation>Versión del producto</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="158"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="159"/>
        <source>I know it:</source>
        <translation>La conozco:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="165"/>
        <source>Date of the last successful database update</source>
        <translation>Fecha de la última actualización correcta de las bases de datos</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="176"/>
        <source>Last successful
database update:</source>
        <translation>Última actualización correcta
de las bases de datos:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="179"/>
        <source>as the product&apos;s report names it</source>
        <translation>tal como lo indica el informe del producto</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="180"/>
        <source>Detected as</source>
        <translation>Detectado como</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="182"/>
        <source>&amp;Detected as:</source>
        <translation>&amp;Detectado como:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="190"/>
        <source>Where the file came from, and what the product did (or did not do).</source>
        <translation>De dónde procede el archivo y qué hizo (o no hizo) el producto.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="192"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="194"/>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="196"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="197"/>
        <source>where the verdict is sent</source>
        <translation>adonde se envía el veredicto</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="199"/>
        <source>E-&amp;mail:</source>
        <translation>Correo e&amp;lectrónico:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="202"/>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="202"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="202"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="205"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="212"/>
        <source>&amp;Add files…</source>
        <translation>Añadir a&amp;rchivos…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="213"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="231"/>
        <source>Sa&amp;mples:</source>
        <translation>&amp;Muestras:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="269"/>
        <source>&amp;Cancel sending</source>
        <translation>&amp;Cancelar el envío</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="271"/>
        <source>C&amp;lear the form</source>
        <translation>&amp;Borrar el formulario</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="273"/>
        <source>Se&amp;nd to the Virus Lab</source>
        <translation>E&amp;nviar al Laboratorio de virus</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="294"/>
        <source>&amp;Open in My requests</source>
        <translation>&amp;Abrir en Mis solicitudes</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="296"/>
        <source>Send &amp;another file</source>
        <translation>Enviar &amp;otro archivo</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="335"/>
        <source>Choose your product…</source>
        <translation>Elija su producto…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="343"/>
        <source>Each sample is read as bytes only — never opened or run — and packed into one zip encrypted with the password “{password}”. Samples up to {limit}.</source>
        <translation>Cada muestra se lee solo como bytes (nunca se abre ni se ejecuta) y se empaqueta en un único zip cifrado con la contraseña «{password}». Muestras de hasta {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="355"/>
        <source>Sent from your account ({who}); the verdict also appears in My requests.</source>
        <translation>Enviada desde su cuenta ({who}); el veredicto también aparecerá en Mis solicitudes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="500"/>
        <source>Your product&apos;s link names a product “{product}” that is not in the list; choose it below.</source>
        <translation>El enlace de su producto indica un producto «{product}» que no está en la lista; elíjalo a continuación.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="671"/>
        <source>Your request is with the Virus Lab. Its number is above; the verdict comes by e-mail and appears in My requests.</source>
        <translation>Su solicitud está en el Laboratorio de virus. Su número aparece arriba; el veredicto llegará por correo electrónico y aparecerá en Mis solicitudes.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="676"/>
        <source>Your request is with the Virus Lab. Its number is above; the verdict comes by e-mail.</source>
        <translation>Su solicitud está en el Laboratorio de virus. Su número aparece arriba; el veredicto llegará por correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="365"/>
        <source>You are not signed in. The request goes without an account: type the characters from the picture. Requests without an account are analysed with a lower priority than those from an account. &lt;a href=&apos;signin&apos;&gt;Sign in&lt;/a&gt;</source>
        <translation>No ha iniciado sesión. La solicitud se enviará sin cuenta: escriba los caracteres de la imagen. Las solicitudes sin cuenta se analizan con menor prioridad que las enviadas desde una cuenta. &lt;a href=&apos;signin&apos;&gt;Iniciar sesión&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="480"/>
        <location filename="../../app/gui/pages/viruslab.py" line="494"/>
        <source>Filled in from your product&apos;s link.</source>
        <translation>Completado a partir del enlace de su producto.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="509"/>
        <source>Choose the files for the Virus Lab</source>
        <translation>Elegir los archivos para el Laboratorio de virus</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="519"/>
        <source>Reading the files…</source>
        <translation>Leyendo los archivos…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="574"/>
        <source>Type the characters from the picture.</source>
        <translation>Escriba los caracteres de la imagen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="583"/>
        <source>Complete the marked fields.</source>
        <translation>Complete los campos marcados.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="591"/>
        <source>The service is not ready yet; try again.</source>
        <translation>El servicio aún no está listo; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="648"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="660"/>
        <source>Sending was stopped. Send again to go on from where it stopped.</source>
        <translation>Se detuvo el envío. Vuelva a enviar para continuar desde donde se detuvo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="683"/>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="686"/>
        <source>The service cannot be reached. Your request and its encrypted archive wait in the outbox (under Support request) and go out by themselves, once, when the service answers.</source>
        <translation>No se puede contactar con el servicio. Su solicitud y su archivo comprimido cifrado esperan en la bandeja de salida (en Solicitud de soporte) y se enviarán automáticamente, una sola vez, cuando el servicio responda.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="717"/>
        <source>The service cannot be reached, and a request without an account needs it right away to check the characters from the picture, so it cannot wait in the outbox. The form and its packed archive are kept: send again when the service answers, and the upload goes on where it stopped. Or sign in: signed-in requests wait in the outbox.</source>
        <translation>No se puede contactar con el servicio, y una solicitud sin cuenta lo necesita de inmediato para comprobar los caracteres de la imagen, por lo que no puede esperar en la bandeja de salida. Se conservan el formulario y su archivo comprimido: vuelva a enviarlo cuando el servicio responda y la carga continuará donde se detuvo. O inicie sesión: las solicitudes con sesión iniciada esperan en la bandeja de salida.</translation>
    </message>
</context>
<context>
    <name>WizardHost</name>
    <message>
        <location filename="../../app/gui/wizard/host.py" line="69"/>
        <source>Your product sent a new request link; finish or close the request that is open first.</source>
        <translation>Su producto envió un nuevo enlace de solicitud; termine o cierre primero la solicitud abierta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/host.py" line="149"/>
        <source>Finish or close the request that is open first.</source>
        <translation>Termine o cierre primero la solicitud abierta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/host.py" line="171"/>
        <source>The unfinished request was discarded.</source>
        <translation>Se descartó la solicitud sin terminar.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/host.py" line="189"/>
        <source>Your request {number} has been sent: it waited on this computer while the service could not be reached.</source>
        <translation>Su solicitud {number} se ha enviado: esperó en este equipo mientras no se podía contactar con el servicio.</translation>
    </message>
</context>
</TS>
