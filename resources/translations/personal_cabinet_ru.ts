<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AccountGate</name>
    <message>
        <location filename="../../app/gui/pages/gate.py" line="38"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/gate.py" line="40"/>
        <source>&amp;Create an account…</source>
        <translation>&amp;Создать учётную запись…</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="232"/>
        <source>Sign in with your Customer ID or e-mail and password, so the request is filed under your account.</source>
        <translation>Войдите с клиентским номером (Customer ID) или e-mail и паролем, чтобы запрос был привязан к вашей учётной записи.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="257"/>
        <source>I have an &amp;account: Customer ID or e-mail and password</source>
        <translation>У меня есть &amp;учётная запись: клиентский номер или e-mail и пароль</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="266"/>
        <source>&amp;Skip this step: send the request without an account</source>
        <translation>&amp;Пропустить этот шаг: отправить запрос без учётной записи</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="298"/>
        <source>You are signed in as &lt;b&gt;{name}&lt;/b&gt; (Customer ID {cid}).</source>
        <translation>Вы вошли как &lt;b&gt;{name}&lt;/b&gt; (клиентский номер {cid}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="300"/>
        <source>You are signed in as &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Вы вошли как &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="306"/>
        <source>The request is filed under this account: the experts&apos; answers arrive by e-mail and appear in My requests. Choose &lt;b&gt;Next&lt;/b&gt; to go on.</source>
        <translation>Запрос будет привязан к этой учётной записи: ответы специалистов придут по электронной почте и появятся в разделе «Мои запросы». Нажмите &lt;b&gt;Далее&lt;/b&gt;, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="312"/>
        <source>You are signed in; your request is filed under your account.</source>
        <translation>Вы вошли; запрос будет привязан к вашей учётной записи.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="318"/>
        <source>Sign in with your Customer ID or e-mail and password</source>
        <translation>Войдите с клиентским номером или e-mail и паролем</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="319"/>
        <source>, or skip this step.</source>
        <translation>, или пропустите этот шаг.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="325"/>
        <source>Allowed for suggestions, key and license problems and pre-sale questions, for example when the key or activation code is lost or the product is not bought yet. Type the characters from the picture; the answer comes by e-mail.</source>
        <translation>Допускается для предложений, проблем с ключом и лицензией и вопросов перед покупкой, например если ключ или код активации утерян или продукт ещё не куплен. Введите символы с картинки; ответ придёт по электронной почте.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="333"/>
        <source>This type of request needs an account. Only Suggestions for future versions, Key problem / License expiration and Pre-sale questions may be sent without one.</source>
        <translation>Для этого типа запроса нужна учётная запись. Без неё можно отправить только «Предложения для будущих версий», «Проблема с ключом / истечение лицензии» и «Вопросы перед покупкой».</translation>
    </message>
</context>
<context>
    <name>ActivateDialog</name>
    <message>
        <location filename="../../ui/activate.ui" line="12"/>
        <location filename="../../ui/activate.ui" line="18"/>
        <source>Activate your account</source>
        <translation>Активация учётной записи</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="28"/>
        <source>Paste the activation code or the whole link from the mail we sent you. Once activated, you are signed in.</source>
        <translation>Вставьте код активации или всю ссылку из письма, которое мы вам отправили. После активации вы войдёте автоматически.</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="40"/>
        <source>Activation &amp;code or link</source>
        <translation>&amp;Код активации или ссылка</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="50"/>
        <source>Activation code or link</source>
        <translation>Код активации или ссылка</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="75"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="90"/>
        <source>&amp;Send the mail again…</source>
        <translation>&amp;Отправить письмо повторно…</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="110"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="120"/>
        <source>&amp;Activate</source>
        <translation>&amp;Активировать</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/activate.py" line="47"/>
        <source>Your account is activated and you are signed in.</source>
        <translation>Ваша учётная запись активирована, и вы вошли.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/activate.py" line="54"/>
        <source>Send the activation mail again</source>
        <translation>Повторная отправка письма для активации</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/activate.py" line="55"/>
        <source>The e-mail you registered with:</source>
        <translation>E-mail, указанный при регистрации:</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/activate.py" line="71"/>
        <source>If {text} has an account waiting for activation, a new mail is on its way.</source>
        <translation>Если для {text} есть учётная запись, ожидающая активации, новое письмо уже отправлено.</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../../app/api/client.py" line="529"/>
        <source>The download was cancelled.</source>
        <translation>Загрузка отменена.</translation>
    </message>
    <message>
        <location filename="../../app/api/client.py" line="553"/>
        <source>Files over 2 MB cannot go inside the form; they are sent by resumable upload.</source>
        <translation>Файлы больше 2 МБ нельзя передать в форме; они отправляются с возобновляемой загрузкой.</translation>
    </message>
    <message>
        <location filename="../../app/api/events.py" line="98"/>
        <source>You were signed out; sign in again.</source>
        <translation>Выполнен выход из учётной записи; войдите снова.</translation>
    </message>
    <message>
        <location filename="../../app/api/events.py" line="104"/>
        <location filename="../../app/api/transport.py" line="240"/>
        <source>Your sign-in has expired; sign in again.</source>
        <translation>Срок действия входа истёк; войдите снова.</translation>
    </message>
    <message>
        <location filename="../../app/api/tokens.py" line="172"/>
        <source>No keyring is available on this system, so the sign-in is not kept.</source>
        <translation>В этой системе нет хранилища паролей, поэтому данные входа не сохраняются.</translation>
    </message>
    <message>
        <location filename="../../app/api/tokens.py" line="197"/>
        <source>The system keyring could not read the saved sign-in ({name}).</source>
        <translation>Системное хранилище паролей не смогло прочитать сохранённые данные входа ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/api/tokens.py" line="200"/>
        <source>The system keyring could not save the sign-in ({name}).</source>
        <translation>Системное хранилище паролей не смогло сохранить данные входа ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/api/tokens.py" line="203"/>
        <source>The system keyring could not delete the saved sign-in ({name}).</source>
        <translation>Системное хранилище паролей не смогло удалить сохранённые данные входа ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/api/transport.py" line="202"/>
        <source>The call to the service failed: {name}.</source>
        <translation>Ошибка при обращении к сервису: {name}.</translation>
    </message>
    <message>
        <location filename="../../app/api/uploads.py" line="149"/>
        <source>The service did not accept the upload.</source>
        <translation>Сервис не принял загрузку.</translation>
    </message>
    <message>
        <location filename="../../app/api/uploads.py" line="193"/>
        <location filename="../../app/api/uploads.py" line="316"/>
        <source>The upload was cancelled; it can be resumed.</source>
        <translation>Загрузка отменена; её можно возобновить.</translation>
    </message>
    <message>
        <location filename="../../app/api/uploads.py" line="200"/>
        <source>“{filename}” became shorter while it was sent; add it again.</source>
        <translation>Файл «{filename}» стал короче во время отправки; добавьте его снова.</translation>
    </message>
    <message>
        <location filename="../../app/api/uploads.py" line="346"/>
        <source>The service received the file but did not confirm it; try again.</source>
        <translation>Сервис получил файл, но не подтвердил его; повторите попытку.</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <location filename="../../app/api/errors.py" line="22"/>
        <source>The service did not understand the request.</source>
        <translation>Сервис не понял запрос.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="23"/>
        <source>Sign in to continue.</source>
        <translation>Войдите, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="24"/>
        <source>You are not allowed to do this.</source>
        <translation>У вас нет прав на это действие.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="25"/>
        <source>This no longer exists, or it is not yours.</source>
        <translation>Объект больше не существует или не принадлежит вам.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="26"/>
        <source>This conflicts with a change made meanwhile; reload and try again.</source>
        <translation>Это противоречит изменению, сделанному тем временем; обновите данные и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="29"/>
        <source>This file is too large.</source>
        <translation>Файл слишком большой.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="30"/>
        <source>Some fields are not valid.</source>
        <translation>Некоторые поля заполнены неверно.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="31"/>
        <source>Too many attempts; wait a little and try again.</source>
        <translation>Слишком много попыток; подождите немного и повторите.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="159"/>
        <source>The service answered with an error ({status}).</source>
        <translation>Сервис вернул ошибку ({status}).</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="198"/>
        <source>The service at {service} is not reachable right now. Check your connection; try again in a moment.</source>
        <translation>Сервис {service} сейчас недоступен. Проверьте подключение и повторите попытку чуть позже.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="204"/>
        <source>The service is not reachable right now. Check your connection; try again in a moment.</source>
        <translation>Сервис сейчас недоступен. Проверьте подключение и повторите попытку чуть позже.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/gui/application.py" line="136"/>
        <source>The --server address was not used: {reason}</source>
        <translation>Адрес из параметра --server не использован: {reason}</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="90"/>
        <source>Attached files</source>
        <translation>Вложенные файлы</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="91"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="91"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="91"/>
        <source>Upload</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="103"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="104"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="105"/>
        <source>&amp;Pause</source>
        <translation>&amp;Приостановить</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="106"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Возобновить</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="111"/>
        <source>Checking the files…</source>
        <translation>Проверка файлов…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="143"/>
        <source>Upload of {name}</source>
        <translation>Загрузка {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="211"/>
        <source>Attach files to your request</source>
        <translation>Приложите файлы к запросу</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="41"/>
        <source>Not sent yet</source>
        <translation>Ещё не отправлен</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="44"/>
        <source>Sent — checksum confirmed by the service</source>
        <translation>Отправлен — контрольная сумма подтверждена сервисом</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="46"/>
        <source>Sending… {percent}%</source>
        <translation>Отправка… {percent}%</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="50"/>
        <source> (went on from {resumed_from})</source>
        <translation> (продолжено с {resumed_from})</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="55"/>
        <source>Paused at {percent}% — resume it, or it goes on when you submit</source>
        <translation>Приостановлено на {percent}% — возобновите, или отправка продолжится при подаче запроса</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="59"/>
        <source>Waiting for the service — sent when it answers, or with the request</source>
        <translation>Ожидание сервиса — файл будет отправлен, когда сервис ответит, или вместе с запросом</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="63"/>
        <source>Not sent: {message}</source>
        <translation>Не отправлен: {message}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="67"/>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="94"/>
        <source>Hide the {name}</source>
        <translation>Скрыть: {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="95"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>CaptchaBox</name>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="102"/>
        <location filename="../../app/gui/wizard/widgets.py" line="132"/>
        <source>Loading the picture…</source>
        <translation>Загрузка картинки…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="103"/>
        <source>Captcha picture</source>
        <translation>Картинка с кодом</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="107"/>
        <source>New &amp;picture</source>
        <translation>Новая &amp;картинка</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="108"/>
        <source>Show a new captcha picture</source>
        <translation>Показать новую картинку с кодом</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="114"/>
        <source>C&amp;haracters in the picture:</source>
        <translation>&amp;Символы с картинки:</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="116"/>
        <source>Characters in the picture</source>
        <translation>Символы с картинки</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="152"/>
        <source>No picture: the service did not answer.</source>
        <translation>Нет картинки: сервис не ответил.</translation>
    </message>
</context>
<context>
    <name>ChangeEmailDialog</name>
    <message>
        <location filename="../../ui/change_email.ui" line="12"/>
        <source>Change e-mail</source>
        <translation>Изменение e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="18"/>
        <source>Change the e-mail you sign in with</source>
        <translation>Изменение e-mail для входа</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="40"/>
        <location filename="../../ui/change_email.ui" line="47"/>
        <source>Current e-mail</source>
        <translation>Текущий e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="57"/>
        <source>&amp;New e-mail</source>
        <translation>&amp;Новый e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="67"/>
        <source>New e-mail</source>
        <translation>Новый e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="70"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="77"/>
        <source>Your &amp;password</source>
        <translation>Ваш &amp;пароль</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="87"/>
        <source>Your password</source>
        <translation>Ваш пароль</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="99"/>
        <source>We send a confirmation link to the new address. Your current address stays in use until you confirm.</source>
        <translation>Мы отправим ссылку для подтверждения на новый адрес. Текущий адрес действует, пока вы не подтвердите новый.</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="131"/>
        <source>Confirmation &amp;code or link</source>
        <translation>&amp;Код подтверждения или ссылка</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="141"/>
        <source>Confirmation code or link</source>
        <translation>Код подтверждения или ссылка</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="177"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="192"/>
        <source>I already have a &amp;code</source>
        <translation>У меня уже &amp;есть код</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="212"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="222"/>
        <source>&amp;Send confirmation</source>
        <translation>&amp;Отправить подтверждение</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="54"/>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="63"/>
        <source>We sent a confirmation link and code to &lt;b&gt;{email}&lt;/b&gt;. Your current address stays in use until you confirm. Paste the code or the link here, or follow the link in the mail.</source>
        <translation>Мы отправили ссылку и код подтверждения на адрес &lt;b&gt;{email}&lt;/b&gt;. Текущий адрес действует, пока вы не подтвердите новый. Вставьте сюда код или ссылку либо перейдите по ссылке из письма.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="69"/>
        <source>Paste the code or the link from the confirmation mail sent to the new address.</source>
        <translation>Вставьте код или ссылку из письма с подтверждением, отправленного на новый адрес.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="75"/>
        <source>&amp;Confirm the new address</source>
        <translation>Подтвердить новый &amp;адрес</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="92"/>
        <source>Your new e-mail address is confirmed.</source>
        <translation>Ваш новый адрес электронной почты подтверждён.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/change_password.ui" line="12"/>
        <source>Change password</source>
        <translation>Изменение пароля</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="18"/>
        <source>Change your password</source>
        <translation>Изменение пароля</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="28"/>
        <source>Enter your current password, then the new one twice. Other devices signed in to your account are signed out.</source>
        <translation>Введите текущий пароль, затем дважды новый. На других устройствах, где выполнен вход в вашу учётную запись, будет выполнен выход.</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="40"/>
        <source>&amp;Current password</source>
        <translation>&amp;Текущий пароль</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="50"/>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="60"/>
        <source>&amp;New password</source>
        <translation>&amp;Новый пароль</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="70"/>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="80"/>
        <source>Confirm new pass&amp;word</source>
        <translation>&amp;Повторите новый пароль</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="90"/>
        <source>Confirm new password</source>
        <translation>Повторите новый пароль</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="100"/>
        <source>Password rules</source>
        <translation>Требования к паролю</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="128"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="150"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="160"/>
        <source>C&amp;hange password</source>
        <translation>&amp;Изменить пароль</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_password.py" line="45"/>
        <source>Enter your current password.</source>
        <translation>Введите текущий пароль.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_password.py" line="54"/>
        <source>The two passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_password.py" line="63"/>
        <source>Your password is changed; other devices signed in to your account were signed out.</source>
        <translation>Пароль изменён; на других устройствах выполнен выход из вашей учётной записи.</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="62"/>
        <source>Compare system reports</source>
        <translation>Сравнение отчётов о системе</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="68"/>
        <source>&amp;Earlier report…</source>
        <translation>&amp;Более ранний отчёт…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="68"/>
        <source>&amp;Later report…</source>
        <translation>Более &amp;поздний отчёт…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="78"/>
        <source>&amp;Changed only</source>
        <translation>&amp;Только изменения</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="86"/>
        <source>Section, table or row</source>
        <translation>Раздел, таблица или строка</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="86"/>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="88"/>
        <source>Differences</source>
        <translation>Различия</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="94"/>
        <source>Choose a system report</source>
        <translation>Выберите отчёт о системе</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="107"/>
        <source>(not chosen)</source>
        <translation>(не выбран)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="112"/>
        <source>Choose the two reports to compare.</source>
        <translation>Выберите два отчёта для сравнения.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="122"/>
        <source>{changed} of {total} sections differ.</source>
        <translation>Различаются разделы: {changed} из {total}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="153"/>
        <source>unchanged: {key}</source>
        <translation>без изменений: {key}</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="66"/>
        <source>Remove the activation code</source>
        <translation>Удаление кода активации</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="68"/>
        <source>Remove the activation code {code} for {product} from your account? Its seat is freed, so the code can be added to another account; your devices using it through this account are deactivated. You can add the code again later if a seat is free.</source>
        <translation>Удалить код активации {code} для {product} из вашей учётной записи? Его место освободится, и код можно будет добавить в другую учётную запись; ваши устройства, использующие его через эту учётную запись, будут деактивированы. Позже вы сможете снова добавить код, если будет свободное место.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="75"/>
        <source>&amp;Remove this activation code</source>
        <translation>&amp;Удалить этот код активации</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="76"/>
        <source>I &amp;agree</source>
        <translation>&amp;Принимаю</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="83"/>
        <source>Deactivate the device</source>
        <translation>Деактивация устройства</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="85"/>
        <source>Deactivate {product} on “{device}”? Its seat is freed for another device; the product on that device stops being licensed until it is activated again.</source>
        <translation>Деактивировать {product} на устройстве «{device}»? Его место освободится для другого устройства; продукт на этом устройстве останется без лицензии, пока его снова не активируют.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="91"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Деактивировать</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.ui" line="12"/>
        <source>Personal Cabinet ran into a problem</source>
        <translation>В Личном кабинете возникла проблема</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="18"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="28"/>
        <source>Personal Cabinet met an error it did not expect. You can keep working; if something looks wrong, restart the application. A report without passwords, tokens, e-mail addresses or codes was saved here:</source>
        <translation>В Личном кабинете произошла непредвиденная ошибка. Вы можете продолжить работу; если что-то работает неправильно, перезапустите приложение. Отчёт без паролей, токенов, адресов электронной почты и кодов сохранён здесь:</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="38"/>
        <source>Report file</source>
        <translation>Файл отчёта</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="51"/>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="66"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Копировать отчёт</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="80"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="97"/>
        <source>C&amp;lose</source>
        <translation>&amp;Закрыть</translation>
    </message>
</context>
<context>
    <name>DemoCodesBox</name>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="44"/>
        <source>Demo activation codes of the local service</source>
        <translation>Демонстрационные коды активации локального сервиса</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="52"/>
        <source>The local service on this computer holds these demo licenses. Copy one, or put it in the field above with Use; some are meant to be refused (expired, blocked, no seat left) so you can see what happens.</source>
        <translation>Локальный сервис на этом компьютере содержит эти демонстрационные лицензии. Скопируйте код или вставьте его в поле выше кнопкой «Использовать»; некоторые из них специально будут отклонены (истёк срок, заблокирован, нет свободных мест), чтобы вы увидели, что происходит.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="62"/>
        <source>Demo activation code</source>
        <translation>Демонстрационный код активации</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="65"/>
        <source>Cop&amp;y</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="66"/>
        <source>Copy the demo activation code</source>
        <translation>Копировать демонстрационный код активации</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="67"/>
        <source>&amp;Use</source>
        <translation>&amp;Использовать</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="68"/>
        <source>Put the demo activation code in the field</source>
        <translation>Вставить демонстрационный код активации в поле</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="430"/>
        <source>Describe your problem in detail, say where to answer, and attach files that help the experts.</source>
        <translation>Подробно опишите проблему, укажите, куда отправить ответ, и приложите файлы, которые помогут специалистам.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="440"/>
        <source>What happened, what you did before, what the product showed (error messages, codes), and what you already tried.</source>
        <translation>Что произошло, что вы делали перед этим, что показал продукт (сообщения об ошибках, коды) и что вы уже пробовали.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="452"/>
        <source>the company that bought the license, if any</source>
        <translation>компания, купившая лицензию, если есть</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="466"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="471"/>
        <source>Files up to 2 MB go with the form. Larger files, up to 4 GB, are sent in parts: they can be paused, and go on from where they stopped after a lost connection or a restart. The service confirms each file&apos;s checksum.</source>
        <translation>Файлы до 2 МБ отправляются вместе с формой. Файлы побольше, до 4 ГБ, отправляются частями: их можно приостановить, а после обрыва связи или перезапуска отправка продолжится с того места, где остановилась. Сервис подтверждает контрольную сумму каждого файла.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="511"/>
        <source>Requests whose content does not match their type are not processed by the experts.</source>
        <translation>Запросы, содержание которых не соответствует их типу, специалисты не обрабатывают.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="515"/>
        <source>{warning} Your request type: {title}.</source>
        <translation>{warning} Тип вашего запроса: {title}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="530"/>
        <source>Loading the list of countries…</source>
        <translation>Загрузка списка стран…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="536"/>
        <source>Choose your country…</source>
        <translation>Выберите страну…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="561"/>
        <source>This is not an e-mail address; check it for typing mistakes.</source>
        <translation>Это не адрес электронной почты; проверьте, нет ли опечаток.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="600"/>
        <source>“{name}” is attached already.</source>
        <translation>Файл «{name}» уже приложен.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="605"/>
        <source>A request takes at most {MAX_FILES} files; pack more in a zip.</source>
        <translation>К запросу можно приложить не более {MAX_FILES} файлов; упакуйте остальные в zip.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="208"/>
        <source>Request &amp;number</source>
        <translation>&amp;Номер запроса</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="211"/>
        <source>Request number</source>
        <translation>Номер запроса</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="217"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="218"/>
        <source>Copy the request number</source>
        <translation>Копировать номер запроса</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="227"/>
        <source>&amp;Open in My requests</source>
        <translation>&amp;Открыть в «Моих запросах»</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="248"/>
        <source>Clos&amp;e</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="251"/>
        <source>Your request has been sent</source>
        <translation>Ваш запрос отправлен</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="252"/>
        <source>Keep its number: the experts and My requests refer to it.</source>
        <translation>Сохраните его номер: специалисты и раздел «Мои запросы» ссылаются на него.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="258"/>
        <source>Technical Support received your request. A confirmation is on its way to &lt;b&gt;{email}&lt;/b&gt;; the experts answer there and in My requests.</source>
        <translation>Служба технической поддержки получила ваш запрос. Подтверждение отправлено на адрес &lt;b&gt;{email}&lt;/b&gt;; специалисты ответят туда и в разделе «Мои запросы».</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="263"/>
        <source>Technical Support received your request. A confirmation is on its way to &lt;b&gt;{email}&lt;/b&gt;; the experts answer there.</source>
        <translation>Служба технической поддержки получила ваш запрос. Подтверждение отправлено на адрес &lt;b&gt;{email}&lt;/b&gt;; специалисты ответят туда.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="274"/>
        <source>Requests whose content does not match their type are not processed; if you chose the wrong type, reply to the confirmation and say so.</source>
        <translation>Запросы, содержание которых не соответствует их типу, не обрабатываются; если вы выбрали не тот тип, ответьте на письмо с подтверждением и сообщите об этом.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="283"/>
        <source>Your request will be sent when the service answers</source>
        <translation>Ваш запрос будет отправлен, когда сервис ответит</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="285"/>
        <source>It waits on this computer</source>
        <translation>Он ожидает на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="286"/>
        <source>, with copies of its files.</source>
        <translation>, вместе с копиями файлов.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="291"/>
        <source>The support service at {service} could not be reached. Your request is kept in the outbox on this computer and is sent by itself, exactly once, as soon as the service answers — also after a restart of Personal Cabinet. Its number appears under Support request when it has been sent.</source>
        <translation>Не удалось связаться со службой поддержки ({service}). Ваш запрос сохранён в исходящих на этом компьютере и будет отправлен автоматически, ровно один раз, как только сервис ответит, — даже после перезапуска Личного кабинета. Когда запрос будет отправлен, его номер появится в разделе «Запрос в поддержку».</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="301"/>
        <source>You can close this window.</source>
        <translation>Это окно можно закрыть.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="303"/>
        <source> The files were copied, so you may move or delete the originals.</source>
        <translation> Файлы скопированы, поэтому оригиналы можно переместить или удалить.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="312"/>
        <source>{number} is copied to the clipboard.</source>
        <translation>Номер {number} скопирован в буфер обмена.</translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="158"/>
        <source>Unfinished request</source>
        <translation>Незавершённый запрос</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="159"/>
        <source>Res&amp;ume it</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="160"/>
        <source>&amp;Discard it</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="161"/>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="162"/>
        <source>Decide later</source>
        <translation>Решить позже</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="179"/>
        <source> You have {count} more unfinished.</source>
        <translation> Незавершённых запросов ещё: {count}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="184"/>
        <source>You did not finish a support request: {draft}.{more} Resume it, or discard it?</source>
        <translation>Вы не завершили запрос в поддержку: {draft}.{more} Продолжить его или удалить?</translation>
    </message>
</context>
<context>
    <name>DraftsUi</name>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="106"/>
        <source>support request</source>
        <translation>запрос в поддержку</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="110"/>
        <source>“{kind}”, step {step} of 5</source>
        <translation>«{kind}», шаг {step} из 5</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="117"/>
        <source> (saved {saved})</source>
        <translation> (сохранён {saved})</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <location filename="../../app/core/staff/due.py" line="21"/>
        <source>{days} d {hours} h</source>
        <translation>{days} д {hours} ч</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/due.py" line="23"/>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} ч {minutes:02d} мин</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/due.py" line="26"/>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/due.py" line="35"/>
        <source>{span} left</source>
        <translation>осталось {span}</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/due.py" line="36"/>
        <source>{span} over</source>
        <translation>просрочено на {span}</translation>
    </message>
</context>
<context>
    <name>EmbeddedService</name>
    <message>
        <location filename="../../app/gui/embedded.py" line="171"/>
        <source>The local service could not be started: %s.</source>
        <translation>Не удалось запустить локальный сервис: %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/embedded.py" line="210"/>
        <source>The local service did not start in time.</source>
        <translation>Локальный сервис не запустился вовремя.</translation>
    </message>
    <message>
        <location filename="../../app/gui/embedded.py" line="237"/>
        <source>The local service stopped unexpectedly.</source>
        <translation>Локальный сервис неожиданно остановился.</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../app/gui/feedback.py" line="31"/>
        <source>Something unexpected went wrong; a report was saved. Try again, or restart the application.</source>
        <translation>Произошла непредвиденная ошибка; отчёт сохранён. Повторите попытку или перезапустите приложение.</translation>
    </message>
    <message>
        <location filename="../../app/gui/feedback.py" line="61"/>
        <source>A file could not be read or written: {value}.</source>
        <translation>Не удалось прочитать или записать файл: {value}.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="48"/>
        <source>Request type</source>
        <translation>Тип запроса</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="53"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="55"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="56"/>
        <source>Customer ID or e-mail</source>
        <translation>Клиентский номер или e-mail</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="57"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="61"/>
        <source>Picture</source>
        <translation>Картинка</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="69"/>
        <source>Characters from the picture</source>
        <translation>Символы с картинки</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="77"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="80"/>
        <source>Describe your problem in detail.</source>
        <translation>Подробно опишите проблему.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="85"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="88"/>
        <source>Give your e-mail address for the answer.</source>
        <translation>Укажите адрес электронной почты для ответа.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="94"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="97"/>
        <source>Choose your country.</source>
        <translation>Выберите страну.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="103"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="111"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="119"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="127"/>
        <source>Operating system</source>
        <translation>Операционная система</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="130"/>
        <source>Give your operating system.</source>
        <translation>Укажите операционную систему.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="135"/>
        <source>Product version</source>
        <translation>Версия продукта</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="142"/>
        <source>GetSystemInfo report</source>
        <translation>Отчёт GetSystemInfo</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="34"/>
        <source>Choose the type of your request.</source>
        <translation>Выберите тип запроса.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="36"/>
        <source>Choose the product you use.</source>
        <translation>Выберите продукт, которым вы пользуетесь.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="39"/>
        <source>This type of request needs your Customer ID or e-mail and password.</source>
        <translation>Для этого типа запроса нужны клиентский номер или e-mail и пароль.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="43"/>
        <source>Sign in, or skip this step where it is allowed.</source>
        <translation>Войдите или пропустите этот шаг, если это допускается.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="49"/>
        <source>Type the characters from the picture.</source>
        <translation>Введите символы с картинки.</translation>
    </message>
</context>
<context>
    <name>Forgot</name>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="24"/>
        <source>Enter your Customer ID if you only forgot the password, or the e-mail you registered with. We send a link and a code to set a new password.</source>
        <translation>Введите клиентский номер, если вы забыли только пароль, или e-mail, указанный при регистрации. Мы отправим ссылку и код для установки нового пароля.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="29"/>
        <source>Enter the e-mail you registered with; we send your Customer ID to it.</source>
        <translation>Введите e-mail, указанный при регистрации; мы отправим на него ваш клиентский номер.</translation>
    </message>
</context>
<context>
    <name>ForgotDialog</name>
    <message>
        <location filename="../../ui/forgot.ui" line="12"/>
        <source>Forgot password or Customer ID</source>
        <translation>Забыли пароль или клиентский номер</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="18"/>
        <source>Restore access to your account</source>
        <translation>Восстановление доступа к учётной записи</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="38"/>
        <source>I forgot my &amp;password</source>
        <translation>Не помню &amp;пароль</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="48"/>
        <source>I forgot my Customer &amp;ID</source>
        <translation>Не помню клиентский но&amp;мер (Customer ID)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="68"/>
        <location filename="../../ui/forgot.ui" line="57"/>
        <source>Customer ID or &amp;e-mail</source>
        <translation>Клиентский номер или &amp;e-mail</translation>
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
        <translation>Клиентский номер или e-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="71"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="75"/>
        <source>&amp;Send the reset mail</source>
        <translation>&amp;Отправить письмо для сброса</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="75"/>
        <source>&amp;Send my ID</source>
        <translation>&amp;Отправить мой номер</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="112"/>
        <source>If &lt;b&gt;{login}&lt;/b&gt; belongs to an account, a mail with a link and a code to set a new password is on its way. Paste the code or the link here and choose the new password.</source>
        <translation>Если &lt;b&gt;{login}&lt;/b&gt; принадлежит учётной записи, письмо со ссылкой и кодом для установки нового пароля уже отправлено. Вставьте сюда код или ссылку и выберите новый пароль.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="118"/>
        <source>Paste the code or the link from the reset mail and choose the new password.</source>
        <translation>Вставьте код или ссылку из письма для сброса и выберите новый пароль.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="124"/>
        <source>&amp;Set the new password</source>
        <translation>&amp;Установить новый пароль</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="142"/>
        <source>The two passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="149"/>
        <source>Your password is changed, and every device that was signed in is signed out. Sign in with the new password.</source>
        <translation>Пароль изменён, и на всех устройствах, где был выполнен вход, выполнен выход. Войдите с новым паролем.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="159"/>
        <source>If &lt;b&gt;{email}&lt;/b&gt; belongs to an account, your Customer ID is on its way to it.</source>
        <translation>Если &lt;b&gt;{email}&lt;/b&gt; принадлежит учётной записи, ваш клиентский номер отправлен на этот адрес.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="169"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="112"/>
        <source>Reset &amp;code or link</source>
        <translation>&amp;Код сброса или ссылка</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="122"/>
        <source>Reset code or link</source>
        <translation>Код сброса или ссылка</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="132"/>
        <source>&amp;New password</source>
        <translation>&amp;Новый пароль</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="142"/>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="152"/>
        <source>Confirm new pass&amp;word</source>
        <translation>Повторите новый паро&amp;ль</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="162"/>
        <source>Confirm new password</source>
        <translation>Повторите новый пароль</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="172"/>
        <source>Password rules</source>
        <translation>Требования к паролю</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="228"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="243"/>
        <source>I already have a &amp;code</source>
        <translation>У меня уже &amp;есть код</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="263"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="273"/>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <location filename="../../app/gui/feedback.py" line="151"/>
        <source>Correct the marked fields.</source>
        <translation>Исправьте отмеченные поля.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../app/gui/formatting.py" line="12"/>
        <source>Home user</source>
        <translation>Домашний пользователь</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="13"/>
        <source>Business (1–499 licenses of corporate products)</source>
        <translation>Бизнес (1–499 лицензий корпоративных продуктов)</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="14"/>
        <source>Corporate (500 or more licenses of corporate products)</source>
        <translation>Корпоративный (500 и более лицензий корпоративных продуктов)</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="20"/>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="21"/>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="22"/>
        <source>Waiting for your reply</source>
        <translation>Ожидает вашего ответа</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="23"/>
        <source>Resolved</source>
        <translation>Решён</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="24"/>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="25"/>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="26"/>
        <source>Analyzing</source>
        <translation>Анализируется</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="27"/>
        <source>Verdict given</source>
        <translation>Вердикт вынесен</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="28"/>
        <location filename="../../app/gui/formatting.py" line="33"/>
        <source>Verdict: malicious</source>
        <translation>Вердикт: вредоносный</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="29"/>
        <location filename="../../app/gui/formatting.py" line="34"/>
        <source>Verdict: clean</source>
        <translation>Вердикт: чистый</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="30"/>
        <source>Verdict: false positive confirmed</source>
        <translation>Вердикт: ложное срабатывание подтверждено</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="35"/>
        <source>Verdict: false positive</source>
        <translation>Вердикт: ложное срабатывание</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="39"/>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="40"/>
        <source>Expired</source>
        <translation>Истекла</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="41"/>
        <source>Blocked</source>
        <translation>Заблокирована</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home_page.ui" line="42"/>
        <source>Welcome to Personal Cabinet</source>
        <translation>Добро пожаловать в Личный кабинет</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="52"/>
        <source>Ask Technical Support for help and follow your requests as the experts answer, and keep the activation codes of your licenses in one place. Sign in with your e-mail or Customer ID, or create an account in a minute.</source>
        <translation>Обращайтесь в службу технической поддержки, следите за своими запросами и ответами специалистов и храните коды активации своих лицензий в одном месте. Войдите с e-mail или клиентским номером (Customer ID) либо создайте учётную запись за минуту.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="62"/>
        <source>&lt;ul style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Send a request to Technical Support in five guided steps, with files and a system report&lt;/li&gt;&lt;li&gt;Follow your requests and read the experts&apos; answers in My requests&lt;/li&gt;&lt;li&gt;Keep the activation codes of your licenses, with their expiry and free seats&lt;/li&gt;&lt;li&gt;Manage your contact details, password and two-factor sign-in&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Отправляйте запросы в службу технической поддержки за пять простых шагов, с файлами и отчётом о системе&lt;/li&gt;&lt;li&gt;Следите за своими запросами и читайте ответы специалистов в разделе «Мои запросы»&lt;/li&gt;&lt;li&gt;Храните коды активации своих лицензий со сроками действия и свободными местами&lt;/li&gt;&lt;li&gt;Управляйте контактными данными, паролем и двухэтапной проверкой при входе&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="81"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="92"/>
        <source>&amp;Create an account…</source>
        <translation>&amp;Создать учётную запись…</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="103"/>
        <source>Ac&amp;tivate an account…</source>
        <translation>&amp;Активировать учётную запись…</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="131"/>
        <source>Open the local &amp;mailbox</source>
        <translation>Открыть локальный &amp;почтовый ящик</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="169"/>
        <source>Your account</source>
        <translation>Ваша учётная запись</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="175"/>
        <location filename="../../ui/home_page.ui" line="182"/>
        <source>Customer ID</source>
        <translation>Клиентский номер</translation>
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
        <translation>Тип клиента</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="229"/>
        <source>At a glance</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="235"/>
        <source>Licenses</source>
        <translation>Лицензии</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="244"/>
        <source>Number of licenses</source>
        <translation>Количество лицензий</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="251"/>
        <source>Manage &amp;licenses</source>
        <translation>Управление &amp;лицензиями</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="270"/>
        <source>Open requests</source>
        <translation>Открытые запросы</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="279"/>
        <source>Number of open requests</source>
        <translation>Количество открытых запросов</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="286"/>
        <source>View my &amp;requests</source>
        <translation>Мои &amp;запросы</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="305"/>
        <source>Expiring soon</source>
        <translation>Скоро истекают</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="312"/>
        <source>Licenses that expire within 30 days</source>
        <translation>Лицензии, срок действия которых истекает в течение 30 дней</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="330"/>
        <source>&amp;New support request…</source>
        <translation>&amp;Новый запрос в поддержку…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="62"/>
        <source>You are using the local service on this computer: it comes with demo products and licenses, and the mails it sends (activation links and codes) arrive in the Local mailbox instead of your e-mail.</source>
        <translation>Вы используете локальный сервис на этом компьютере: в нём есть демонстрационные продукты и лицензии, а письма, которые он отправляет (ссылки и коды активации), приходят в локальный почтовый ящик, а не на вашу электронную почту.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="67"/>
        <source>Connected to the support service at {service_label}.</source>
        <translation>Подключено к службе поддержки: {service_label}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="76"/>
        <source>Hello!</source>
        <translation>Здравствуйте!</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="86"/>
        <source>Hello, {name}!</source>
        <translation>Здравствуйте, {name}!</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="119"/>
        <source>{name} ({code}): {days_text} left</source>
        <translation>{name} ({code}): осталось {days_text}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="149"/>
        <source>The summary could not be loaded: {reason}</source>
        <translation>Не удалось загрузить сводку: {reason}</translation>
    </message>
</context>
<context>
    <name>Keyfile</name>
    <message>
        <location filename="../../app/core/keyfile.py" line="88"/>
        <source>The key file is damaged: a date is missing.</source>
        <translation>Файл ключа повреждён: отсутствует дата.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="94"/>
        <source>The key file is damaged: a date cannot be read.</source>
        <translation>Файл ключа повреждён: не удаётся прочитать дату.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="105"/>
        <source>The archive must hold exactly one key file (.key).</source>
        <translation>Архив должен содержать ровно один файл ключа (.key).</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="111"/>
        <source>The file in the archive is too large to be a key file.</source>
        <translation>Файл в архиве слишком большой для файла ключа.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="117"/>
        <source>This archive is damaged.</source>
        <translation>Архив повреждён.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="123"/>
        <location filename="../../app/core/keyfile.py" line="191"/>
        <source>This file is too large to be a key file.</source>
        <translation>Файл слишком большой для файла ключа.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="129"/>
        <location filename="../../app/core/keyfile.py" line="131"/>
        <source>This file is not a key file.</source>
        <translation>Это не файл ключа.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="134"/>
        <source>This key file&apos;s format ({format}) is not supported by this version of the application.</source>
        <translation>Формат этого файла ключа ({format}) не поддерживается этой версией приложения.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="144"/>
        <source>The key file is incomplete.</source>
        <translation>Файл ключа неполный.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="147"/>
        <source>This key file was not issued for this application: it is signed with another vendor key.</source>
        <translation>Этот файл ключа выпущен не для этого приложения: он подписан ключом другого производителя.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="157"/>
        <source>The key file&apos;s signature is not valid: the file was changed or damaged. Download a new copy under Licenses.</source>
        <translation>Подпись файла ключа недействительна: файл изменён или повреждён. Загрузите новую копию в разделе «Лицензии».</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="167"/>
        <source>The key file is damaged: the number of seats cannot be read.</source>
        <translation>Файл ключа повреждён: не удаётся прочитать количество мест.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="172"/>
        <source>The key file is damaged.</source>
        <translation>Файл ключа повреждён.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="196"/>
        <source>The file cannot be read: {value}.</source>
        <translation>Не удаётся прочитать файл: {value}.</translation>
    </message>
</context>
<context>
    <name>LaunchLink</name>
    <message>
        <location filename="../../app/gui/launch_notes.py" line="15"/>
        <source>the request type “{name}” is not one we know</source>
        <translation>тип запроса «{name}» неизвестен</translation>
    </message>
    <message>
        <location filename="../../app/gui/launch_notes.py" line="21"/>
        <source>the product “{name}” is not in the catalog</source>
        <translation>продукта «{name}» нет в каталоге</translation>
    </message>
</context>
<context>
    <name>LaunchLinks</name>
    <message>
        <location filename="../../app/core/launch_links.py" line="63"/>
        <source>The link is empty.</source>
        <translation>Ссылка пуста.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="66"/>
        <source>The link is too long to be a Personal Cabinet link.</source>
        <translation>Ссылка слишком длинная для ссылки Личного кабинета.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="72"/>
        <source>The link could not be read.</source>
        <translation>Не удалось прочитать ссылку.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="76"/>
        <source>This is not a Personal Cabinet link (it must start with {SCHEME}://).</source>
        <translation>Это не ссылка Личного кабинета (она должна начинаться с {SCHEME}://).</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="91"/>
        <source>The link points to an unknown page “{netloc}{path}”.</source>
        <translation>Ссылка указывает на неизвестную страницу «{netloc}{path}».</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="99"/>
        <source>The link&apos;s fields could not be read.</source>
        <translation>Не удалось прочитать поля ссылки.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="104"/>
        <source>The link gives “{repeated}” more than once.</source>
        <translation>В ссылке «{repeated}» указано более одного раза.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="125"/>
        <source>The link does not say which page to open.</source>
        <translation>В ссылке не указано, какую страницу открыть.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="128"/>
        <source>The link points to an unknown page “{target}”.</source>
        <translation>Ссылка указывает на неизвестную страницу «{target}».</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="141"/>
        <source>The request type “{request_type}” is not valid.</source>
        <translation>Недопустимый тип запроса «{request_type}».</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="148"/>
        <source>The product name in the link is not valid.</source>
        <translation>Недопустимое название продукта в ссылке.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="156"/>
        <source>The product version “{version}” is not a dotted version such as 21.3.10.391.</source>
        <translation>Версия продукта «{version}» не является версией через точку, например 21.3.10.391.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="188"/>
        <source>“{number}” is not a request number such as TS-000123.</source>
        <translation>«{number}» — это не номер запроса вида TS-000123.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="202"/>
        <source>The activation code in the link is not valid. {exc}</source>
        <translation>Недопустимый код активации в ссылке. {exc}</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="267"/>
        <source>Give either a link, the request options or the licenses options.</source>
        <translation>Укажите либо ссылку, либо параметры запроса, либо параметры лицензий.</translation>
    </message>
</context>
<context>
    <name>LegacyRegisterDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="44"/>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="73"/>
        <source>Register with an activation code or a key file</source>
        <translation>Регистрация с кодом активации или файлом ключа</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="84"/>
        <source>Have an activation code or the key file of a product you bought? Register with it: we make your account, add the license to it, and e-mail you a Customer ID and a password to sign in with.</source>
        <translation>У вас есть код активации или файл ключа купленного продукта? Зарегистрируйтесь с ним: мы создадим учётную запись, добавим в неё лицензию и отправим вам по электронной почте клиентский номер (Customer ID) и пароль для входа.</translation>
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
        <translation>&amp;Код активации</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="98"/>
        <source>&amp;Key file</source>
        <translation>&amp;Файл ключа</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="107"/>
        <source>Register with</source>
        <translation>Регистрация с помощью</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="109"/>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="111"/>
        <source>Activation code</source>
        <translation>Код активации</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="114"/>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="121"/>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="115"/>
        <source>Choose the key file with Browse</source>
        <translation>Выберите файл ключа кнопкой «Обзор»</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="116"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="126"/>
        <source>&amp;Get key by e-mail: also send me the key file (in a zip archive)</source>
        <translation>&amp;Получить ключ по e-mail: также отправить мне файл ключа (в zip-архиве)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="130"/>
        <source>Captcha</source>
        <translation>Код с картинки</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="142"/>
        <source>Open the Local &amp;mailbox</source>
        <translation>Открыть локальный почтовый &amp;ящик</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="143"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="161"/>
        <source>&amp;Register</source>
        <translation>&amp;Зарегистрироваться</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="163"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="187"/>
        <source>Choose the key file</source>
        <translation>Выбор файла ключа</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="189"/>
        <source>Key files (*.key *.zip);;All files (*)</source>
        <translation>Файлы ключей (*.key *.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="209"/>
        <source>{product}, {seats}, until {date} — the signature is valid.</source>
        <translation>{product}, {seats}, до {date} — подпись действительна.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/dialogs/register_legacy.py" line="211"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n место</numerusform>
            <numerusform>%n места</numerusform>
            <numerusform>%n мест</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="226"/>
        <source>Choose a valid key file with Browse.</source>
        <translation>Выберите действительный файл ключа кнопкой «Обзор».</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="230"/>
        <source>Wait for the picture, or ask for a new one.</source>
        <translation>Дождитесь картинки или запросите новую.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="234"/>
        <source>Type the characters from the picture.</source>
        <translation>Введите символы с картинки.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="255"/>
        <source>The file cannot be read: {value}.</source>
        <translation>Не удаётся прочитать файл: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="280"/>
        <source> and, in a zip archive, the key file</source>
        <translation> и файл ключа в zip-архиве</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="286"/>
        <source>The local service puts its mails in the &lt;b&gt;Local mailbox&lt;/b&gt; of this application.</source>
        <translation>Локальный сервис помещает свои письма в &lt;b&gt;локальный почтовый ящик&lt;/b&gt; этого приложения.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="289"/>
        <source>If it does not arrive within a few minutes, look in your spam folder.</source>
        <translation>Если письмо не придёт в течение нескольких минут, проверьте папку «Спам».</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="293"/>
        <source>&lt;p&gt;Your account is ready and the license is in it. We sent your Customer ID and password{key} to &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Sign in with the Customer ID (or the e-mail address) and that password; change the password in your profile afterwards.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ваша учётная запись готова, и лицензия уже в ней. Мы отправили клиентский номер и пароль{key} на адрес &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Войдите с клиентским номером (или адресом электронной почты) и этим паролем; затем смените пароль в профиле.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="299"/>
        <source>Check your mail</source>
        <translation>Проверьте почту</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="303"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>LicenseDetail</name>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="78"/>
        <source>Choose a license in the list to see its details.</source>
        <translation>Выберите лицензию в списке, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="89"/>
        <location filename="../../app/gui/licenses/detail_pane.py" line="104"/>
        <source>Activation code</source>
        <translation>Код активации</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="90"/>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="92"/>
        <source>Show the whole activation code</source>
        <translation>Показать код активации полностью</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="93"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="94"/>
        <source>Copy the activation code</source>
        <translation>Копировать код активации</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="103"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="105"/>
        <source>Activated</source>
        <translation>Активирована</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="106"/>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="107"/>
        <source>Seats</source>
        <translation>Места</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="108"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="111"/>
        <location filename="../../app/gui/licenses/detail_pane.py" line="114"/>
        <source>Devices using this license</source>
        <translation>Устройства, использующие эту лицензию</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="117"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="117"/>
        <source>Operating system</source>
        <translation>Операционная система</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="117"/>
        <source>Last seen</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="123"/>
        <source>No device uses this license through your account yet.</source>
        <translation>Эту лицензию через вашу учётную запись пока не использует ни одно устройство.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="126"/>
        <source>D&amp;eactivate…</source>
        <translation>&amp;Деактивировать…</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="127"/>
        <source>Deactivate the chosen device</source>
        <translation>Деактивировать выбранное устройство</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="137"/>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="139"/>
        <source>Do&amp;wnload a copy…</source>
        <translation>&amp;Загрузить копию…</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="140"/>
        <source>Send the key file by e-&amp;mail</source>
        <translation>Отправить файл ключа по &amp;e-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="147"/>
        <source>Re&amp;new…</source>
        <translation>Прод&amp;лить…</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="148"/>
        <source>Renew with a new activation code</source>
        <translation>Продлить новым кодом активации</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="149"/>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="150"/>
        <source>Remove this activation code</source>
        <translation>Удалить этот код активации</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="210"/>
        <source> — renew it soon</source>
        <translation> — пора продлить</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="211"/>
        <source> ({days} left{soon})</source>
        <translation> (осталось {days}{soon})</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="216"/>
        <source>{seats_used} used of {seats_total}</source>
        <translation>использовано {seats_used} из {seats_total}</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="229"/>
        <source>Not available for a blocked license.</source>
        <translation>Недоступно для заблокированной лицензии.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="281"/>
        <source>The activation code was copied.</source>
        <translation>Код активации скопирован.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="305"/>
        <source>Activated on {activated_at}</source>
        <translation>Активирована {activated_at}</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="331"/>
        <source>“{name}” was deactivated; its seat is free.</source>
        <translation>Устройство «{name}» деактивировано; его место свободно.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="348"/>
        <source>Save the key file</source>
        <translation>Сохранение файла ключа</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="350"/>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Файлы ключей (*.key);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="361"/>
        <source>The key file for {product_name} was saved as {path}. Its signature was checked.</source>
        <translation>Файл ключа для {product_name} сохранён как {path}. Его подпись проверена.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="373"/>
        <source> It arrives in the Local mailbox.</source>
        <translation> Он придёт в локальный почтовый ящик.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="376"/>
        <source>The key file is on its way to {sent_to}, as a zip archive.{where}</source>
        <translation>Файл ключа отправлен на адрес {sent_to} в zip-архиве.{where}</translation>
    </message>
</context>
<context>
    <name>LicenseReminders</name>
    <message>
        <location filename="../../app/core/license_reminders.py" line="34"/>
        <source>1 day</source>
        <translation>1 день</translation>
    </message>
    <message>
        <location filename="../../app/core/license_reminders.py" line="37"/>
        <source>{count} days</source>
        <translation>{count} дн.</translation>
    </message>
    <message>
        <location filename="../../app/core/license_reminders.py" line="57"/>
        <source>Your license for {product} ({code}) expires in {days}. Renew it with a new activation code under Licenses.</source>
        <translation>Срок действия вашей лицензии на {product} ({code}) истекает через {days}. Продлите её новым кодом активации в разделе «Лицензии».</translation>
    </message>
</context>
<context>
    <name>LicensesPage</name>
    <message>
        <location filename="../../ui/licenses_page.ui" line="11"/>
        <source>Licenses</source>
        <translation>Лицензии</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="28"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="47"/>
        <source>Add an activation code</source>
        <translation>Добавление кода активации</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="53"/>
        <source>Activation &amp;code</source>
        <translation>&amp;Код активации</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="65"/>
        <location filename="../../ui/licenses_page.ui" line="133"/>
        <source>Activation code</source>
        <translation>Код активации</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="68"/>
        <source>XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation>XXXXX-XXXXX-XXXXX-XXXXX</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="78"/>
        <source>A&amp;dd</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="91"/>
        <source>4 blocks of 5 letters or digits, as printed on the box or in the purchase e-mail; any case and spacing.</source>
        <translation>4 блока по 5 букв или цифр, как напечатано на коробке или в письме о покупке; регистр и пробелы не важны.</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="117"/>
        <source>My licenses</source>
        <translation>Мои лицензии</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="138"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="143"/>
        <source>Added</source>
        <translation>Добавлена</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="148"/>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="153"/>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="158"/>
        <source>Seats used</source>
        <translation>Занято мест</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="163"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="180"/>
        <source>No licenses yet: add the activation code of your product above.</source>
        <translation>Лицензий пока нет: добавьте код активации своего продукта выше.</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="193"/>
        <source>Loading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="78"/>
        <source>&amp;Import a key file…</source>
        <translation>&amp;Импортировать файл ключа…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="79"/>
        <location filename="../../app/gui/pages/licenses.py" line="365"/>
        <source>Import a key file</source>
        <translation>Импорт файла ключа</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="86"/>
        <source>Licenses that expire soon</source>
        <translation>Лицензии, срок действия которых скоро истекает</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="177"/>
        <source>Your product gave this activation code; press Add to add it to your account.</source>
        <translation>Ваш продукт передал этот код активации; нажмите «Добавить», чтобы добавить его в свою учётную запись.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="217"/>
        <source>{seats_used} of {seats_total}</source>
        <translation>{seats_used} из {seats_total}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="248"/>
        <source>{name} ({code}) expires in {days_left}.</source>
        <translation>Срок действия {name} ({code}) истекает через {days_left}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="256"/>
        <source>Renew it with a new activation code: choose it and press Renew.</source>
        <translation>Продлите её новым кодом активации: выберите лицензию и нажмите «Продлить».</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="282"/>
        <source>The activation code for {product} was removed from your account; its seat is free for another account.</source>
        <translation>Код активации для {product} удалён из вашей учётной записи; его место свободно для другой учётной записи.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="302"/>
        <source>Type or paste the new activation code for {product}, then press Add; it renews the license {code}, which expires on {expires_at}.</source>
        <translation>Введите или вставьте новый код активации для {product} и нажмите «Добавить»; он продлит лицензию {code}, срок действия которой истекает {expires_at}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="336"/>
        <source>The activation code for {product} was added.</source>
        <translation>Код активации для {product} добавлен.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="343"/>
        <source> It renews your license {code}, which expires on {expires_at}; the new one runs until {expires_at2}. Remove the old code once you no longer need it.</source>
        <translation> Он продлевает вашу лицензию {code}, срок действия которой истекает {expires_at}; новая действует до {expires_at2}. Удалите старый код, когда он станет не нужен.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="352"/>
        <source> It does not renew {code}: it is not a newer code of the same product.</source>
        <translation> Он не продлевает {code}: это не более новый код того же продукта.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="367"/>
        <source>Key files (*.key *.zip);;All files (*)</source>
        <translation>Файлы ключей (*.key *.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="379"/>
        <source>The key file is genuine: {product}, {seats}, until {date}.</source>
        <translation>Файл ключа подлинный: {product}, {seats}, до {date}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/licenses.py" line="381"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n место</numerusform>
            <numerusform>%n места</numerusform>
            <numerusform>%n мест</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="388"/>
        <source>{terms} Its license is already in your account; the product can use this file.</source>
        <translation>{terms} Эта лицензия уже есть в вашей учётной записи; продукт может использовать этот файл.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="394"/>
        <source>{terms} Its license was added.</source>
        <translation>{terms} Лицензия добавлена.</translation>
    </message>
</context>
<context>
    <name>MailboxWindow</name>
    <message>
        <location filename="../../ui/mailbox.ui" line="14"/>
        <source>Local mailbox</source>
        <translation>Локальный почтовый ящик</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="20"/>
        <source>The mails the local service sent. Activation, reset and confirmation links open right here in Personal Cabinet; codes can be copied.</source>
        <translation>Письма, отправленные локальным сервисом. Ссылки для активации, сброса пароля и подтверждения открываются прямо здесь, в Личном кабинете; коды можно скопировать.</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="37"/>
        <source>Mails</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="50"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="55"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="60"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="81"/>
        <source>Mail header</source>
        <translation>Заголовок письма</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="97"/>
        <source>Mail text</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="116"/>
        <source>&amp;Copy code</source>
        <translation>&amp;Копировать код</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="127"/>
        <source>&amp;Open the link in Personal Cabinet</source>
        <translation>&amp;Открыть ссылку в Личном кабинете</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="166"/>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="177"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="42"/>
        <source>Folder: {folder}</source>
        <translation>Папка: {folder}</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="58"/>
        <source>&amp;Save the attachment…</source>
        <translation>&amp;Сохранить вложение…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="59"/>
        <source>Save the mail&apos;s attachment</source>
        <translation>Сохранить вложение письма</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="118"/>
        <source>Local mailbox — {mails}</source>
        <translation>Локальный почтовый ящик — {mails}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/mailbox.py" line="119"/>
        <source>%n mail(s)</source>
        <translation>
            <numerusform>%n письмо</numerusform>
            <numerusform>%n письма</numerusform>
            <numerusform>%n писем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="138"/>
        <source>&lt;b&gt;No mail yet.&lt;/b&gt; Mails the local service sends (activation, password reset, confirmations) appear here as soon as they are sent.</source>
        <translation>&lt;b&gt;Писем пока нет.&lt;/b&gt; Письма, которые отправляет локальный сервис (активация, сброс пароля, подтверждения), появляются здесь сразу после отправки.</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="149"/>
        <source>&lt;b&gt;{subject}&lt;/b&gt;&lt;br&gt;To: {to}</source>
        <translation>&lt;b&gt;{subject}&lt;/b&gt;&lt;br&gt;Кому: {to}</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="159"/>
        <source>Code: &lt;b&gt;{shown}&lt;/b&gt;</source>
        <translation>Код: &lt;b&gt;{shown}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="179"/>
        <source>Save the attachment</source>
        <translation>Сохранение вложения</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="179"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="193"/>
        <source>The attachment could not be saved: {exc}</source>
        <translation>Не удалось сохранить вложение: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="196"/>
        <source>Saved as {name}.</source>
        <translation>Сохранено как {name}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="48"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="49"/>
        <source>Support request</source>
        <translation>Запрос в поддержку</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="50"/>
        <source>Virus Lab</source>
        <translation>Вирусная лаборатория</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="51"/>
        <source>My requests</source>
        <translation>Мои запросы</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="52"/>
        <source>Licenses</source>
        <translation>Лицензии</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="53"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="157"/>
        <location filename="../../app/gui/main_window.py" line="1007"/>
        <location filename="../../app/gui/main_window.py" line="1053"/>
        <source>Personal Cabinet</source>
        <translation>Личный кабинет</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="164"/>
        <location filename="../../app/gui/main_window.py" line="1068"/>
        <source>Connection banner</source>
        <translation>Баннер подключения</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="165"/>
        <location filename="../../app/gui/main_window.py" line="1069"/>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="183"/>
        <location filename="../../app/gui/main_window.py" line="1072"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="274"/>
        <source>Sign in to see the requests you sent to Technical Support and the Virus Lab, with their status and the experts&apos; answers.</source>
        <translation>Войдите, чтобы увидеть запросы, отправленные в службу технической поддержки и Вирусную лабораторию, их состояние и ответы специалистов.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="282"/>
        <source>Sign in to see the activation codes of your licenses, add a new one, and see how many seats each has left. No account yet? Create one, or register with an activation code or a key file.</source>
        <translation>Войдите, чтобы увидеть коды активации своих лицензий, добавить новый код и узнать, сколько свободных мест осталось у каждого. Ещё нет учётной записи? Создайте её или зарегистрируйтесь с кодом активации или файлом ключа.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="287"/>
        <source> The local service&apos;s demo codes are listed here once you are signed in.</source>
        <translation> Демонстрационные коды локального сервиса появятся здесь после входа.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="303"/>
        <source>Sign in to see and change your contact details, e-mail, password and two-factor sign-in.</source>
        <translation>Войдите, чтобы просматривать и изменять контактные данные, e-mail, пароль и двухэтапную проверку при входе.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="401"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="403"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="411"/>
        <source>Local &amp;mailbox…</source>
        <translation>Локальный &amp;почтовый ящик…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="415"/>
        <source>&amp;New support request…</source>
        <translation>Новый &amp;запрос в поддержку…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="422"/>
        <source>&amp;Compare two system reports…</source>
        <translation>&amp;Сравнить два отчёта о системе…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="429"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="432"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="440"/>
        <source>&amp;Account</source>
        <translation>&amp;Учётная запись</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="442"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="445"/>
        <source>&amp;Create an account…</source>
        <translation>&amp;Создать учётную запись…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="447"/>
        <source>&amp;Activate an account…</source>
        <translation>&amp;Активировать учётную запись…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="449"/>
        <source>&amp;Forgot password or Customer ID…</source>
        <translation>&amp;Забыли пароль или клиентский номер…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="452"/>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Изменить профиль…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="454"/>
        <source>Change &amp;e-mail…</source>
        <translation>Изменить &amp;e-mail…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="456"/>
        <source>Change &amp;password…</source>
        <translation>Изменить &amp;пароль…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="459"/>
        <source>&amp;Two-factor sign-in…</source>
        <translation>&amp;Двухэтапная проверка…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="462"/>
        <source>Sign &amp;out</source>
        <translation>Вы&amp;йти</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="483"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="484"/>
        <source>&amp;About Personal Cabinet</source>
        <translation>&amp;О Личном кабинете</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="490"/>
        <location filename="../../app/gui/main_window.py" line="1067"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="529"/>
        <source>The service at {service_url} is not reachable. You can keep working; Personal Cabinet checks again every few seconds and reconnects by itself.</source>
        <translation>Сервис {service_url} недоступен. Вы можете продолжать работу: Личный кабинет проверяет связь каждые несколько секунд и переподключится автоматически.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="533"/>
        <source>&amp;Retry now</source>
        <translation>&amp;Повторить сейчас</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="540"/>
        <source> What it wrote is in {log_file}.</source>
        <translation> Его вывод записан в {log_file}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="545"/>
        <source>The local service could not start.</source>
        <translation>Не удалось запустить локальный сервис.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="547"/>
        <source>&amp;Restart the local service</source>
        <translation>&amp;Перезапустить локальный сервис</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="570"/>
        <location filename="../../app/gui/main_window.py" line="1094"/>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="579"/>
        <source>Signed in</source>
        <translation>Вход выполнен</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="587"/>
        <source> — staff</source>
        <translation> — сотрудник</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="589"/>
        <source>Signed in as {who} ({customer_id}){role}</source>
        <translation>Вход выполнен как {who} ({customer_id}){role}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="643"/>
        <source>The link from your product could not be used: {exc}</source>
        <translation>Не удалось использовать ссылку из вашего продукта: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="650"/>
        <source>Some options from the command line were not understood and were ignored: {options}</source>
        <translation>Некоторые параметры командной строки не распознаны и проигнорированы: {options}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="680"/>
        <source>Sign in to add the activation code your product gave.</source>
        <translation>Войдите, чтобы добавить код активации, переданный вашим продуктом.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="816"/>
        <source>The Local mailbox belongs to the local service; this window talks to {service_label}, whose mails go to your real e-mail.</source>
        <translation>Локальный почтовый ящик относится к локальному сервису; это окно работает с {service_label}, письма которого приходят на вашу настоящую электронную почту.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="855"/>
        <source>You are signed out.</source>
        <translation>Вы вышли из учётной записи.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="860"/>
        <source>&lt;p&gt;Vendor: {vendor_name}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Производитель: {vendor_name}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="873"/>
        <source>About Personal Cabinet</source>
        <translation>О Личном кабинете</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="875"/>
        <source>&lt;h3&gt;Personal Cabinet&lt;/h3&gt;&lt;p&gt;Requests to Technical Support, files for the Virus Lab, the experts&apos; answers, and the licenses of your antivirus product, in one place.&lt;/p&gt;&lt;p&gt;Version {version} — commit {commit}, built {built}&lt;/p&gt;&lt;p&gt;Support service: {service_label}&lt;/p&gt;{vendor}</source>
        <translation>&lt;h3&gt;Личный кабинет&lt;/h3&gt;&lt;p&gt;Запросы в службу технической поддержки, файлы для Вирусной лаборатории, ответы специалистов и лицензии вашего антивирусного продукта — в одном месте.&lt;/p&gt;&lt;p&gt;Версия {version} — коммит {commit}, сборка {built}&lt;/p&gt;&lt;p&gt;Служба поддержки: {service_label}&lt;/p&gt;{vendor}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="946"/>
        <source>Sign in to open request {number}.</source>
        <translation>Войдите, чтобы открыть запрос {number}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="957"/>
        <source>Request {number} is not among the requests of this account.</source>
        <translation>Запроса {number} нет среди запросов этой учётной записи.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="993"/>
        <source>There is a new reply to your request {number}.</source>
        <translation>На ваш запрос {number} пришёл новый ответ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="995"/>
        <source>Request {number} is now: {to}.</source>
        <translation>Новое состояние запроса {number}: {to}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="1024"/>
        <location filename="../../app/gui/main_window.py" line="1027"/>
        <source>{count} unread</source>
        <translation>Непрочитанных: {count}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../app/gui/requests/notifier.py" line="52"/>
        <source>Personal Cabinet</source>
        <translation>Личный кабинет</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="138"/>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="148"/>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="228"/>
        <source>Requests waiting to be sent</source>
        <translation>Запросы, ожидающие отправки</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="152"/>
        <source>Send &amp;now</source>
        <translation>Отправить &amp;сейчас</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="153"/>
        <source>Cop&amp;y the number</source>
        <translation>&amp;Копировать номер</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="154"/>
        <source>Correct and &amp;send again…</source>
        <translation>&amp;Исправить и отправить снова…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="155"/>
        <source>Remove from the &amp;list</source>
        <translation>&amp;Удалить из списка</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="175"/>
        <source>Virus Lab: {title}</source>
        <translation>Вирусная лаборатория: {title}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="178"/>
        <source>{title} — “{summary}” — queued {queued_at}</source>
        <translation>{title} — «{summary}» — в очереди с {queued_at}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="182"/>
        <source>Sent as {number}: {head}</source>
        <translation>Отправлен под номером {number}: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="184"/>
        <source>Not accepted by the service: {head}. {error}</source>
        <translation>Не принят сервисом: {head}. {error}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="189"/>
        <source>Waiting for you to sign in as {account}: {head}</source>
        <translation>Ожидает вашего входа как {account}: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="193"/>
        <source>Waiting for the service: {head}</source>
        <translation>Ожидает сервиса: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="195"/>
        <source>Sending…: {head}</source>
        <translation>Отправка…: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="196"/>
        <source>Waiting: {head}</source>
        <translation>Ожидает: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="216"/>
        <source>1 request waits on this computer; it goes out by itself, once, when the service answers.</source>
        <translation>1 запрос ожидает на этом компьютере; он будет отправлен автоматически, один раз, когда сервис ответит.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="221"/>
        <source>{waiting} requests wait on this computer; they go out by themselves, once each, when the service answers.</source>
        <translation>Запросов, ожидающих на этом компьютере: {waiting}; каждый будет отправлен автоматически, один раз, когда сервис ответит.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="225"/>
        <source>Everything has been sent. The numbers stay here until you remove them.</source>
        <translation>Всё отправлено. Номера остаются здесь, пока вы их не удалите.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="228"/>
        <source>Requests sent later</source>
        <translation>Запросы, отправленные позже</translation>
    </message>
</context>
<context>
    <name>PasswordFeedback</name>
    <message>
        <location filename="../../app/gui/dialogs/base.py" line="225"/>
        <source>The two passwords match</source>
        <translation>Пароли совпадают</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/base.py" line="228"/>
        <source>The two passwords do not match</source>
        <translation>Пароли не совпадают</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/base.py" line="235"/>
        <source>{met} of {count} password rules met</source>
        <translation>Выполнено требований к паролю: {met} из {count}</translation>
    </message>
</context>
<context>
    <name>ProfileEditDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/profile_edit.py" line="45"/>
        <source>Loading the countries…</source>
        <translation>Загрузка списка стран…</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/profile_edit.py" line="68"/>
        <source>Not given</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/profile_edit.py" line="91"/>
        <source>Choose a country from the list.</source>
        <translation>Выберите страну из списка.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/profile_edit.py" line="122"/>
        <source>Your profile is saved.</source>
        <translation>Профиль сохранён.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="12"/>
        <source>Edit profile</source>
        <translation>Изменение профиля</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="18"/>
        <source>Your contact details</source>
        <translation>Ваши контактные данные</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="28"/>
        <source>Personal</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="34"/>
        <source>&amp;Name or nickname</source>
        <translation>&amp;Имя или псевдоним</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="44"/>
        <source>Name or nickname</source>
        <translation>Имя или псевдоним</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="54"/>
        <source>C&amp;ountry</source>
        <translation>Ст&amp;рана</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="64"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="77"/>
        <source>Cit&amp;y</source>
        <translation>&amp;Город</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="87"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="94"/>
        <source>A&amp;ddress</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="104"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="111"/>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="121"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="131"/>
        <source>Company (if the license was bought by a company)</source>
        <translation>Компания (если лицензия куплена компанией)</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="137"/>
        <source>Co&amp;mpany</source>
        <translation>&amp;Компания</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="147"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="154"/>
        <source>Company &amp;address</source>
        <translation>Адрес ко&amp;мпании</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="164"/>
        <source>Company address</source>
        <translation>Адрес компании</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="171"/>
        <source>Administrator&apos;s e-ma&amp;il</source>
        <translation>E-mail а&amp;дминистратора</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="181"/>
        <source>Company administrator&apos;s e-mail</source>
        <translation>E-mail администратора компании</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="191"/>
        <source>Send me ne&amp;ws about products and updates</source>
        <translation>Присылать мне &amp;новости о продуктах и обновлениях</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="211"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="233"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="243"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/profile_page.ui" line="9"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="19"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="25"/>
        <location filename="../../ui/profile_page.ui" line="32"/>
        <source>Customer ID</source>
        <translation>Клиентский номер (Customer ID)</translation>
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
        <translation>Тип клиента</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="85"/>
        <location filename="../../ui/profile_page.ui" line="92"/>
        <source>Two-factor sign-in</source>
        <translation>Двухэтапная проверка</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="105"/>
        <location filename="../../ui/profile_page.ui" line="112"/>
        <source>Member since</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="128"/>
        <source>Contact details</source>
        <translation>Контактные данные</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="134"/>
        <location filename="../../ui/profile_page.ui" line="141"/>
        <source>Name or nickname</source>
        <translation>Имя или псевдоним</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="154"/>
        <location filename="../../ui/profile_page.ui" line="161"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="174"/>
        <location filename="../../ui/profile_page.ui" line="181"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="194"/>
        <location filename="../../ui/profile_page.ui" line="201"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="214"/>
        <location filename="../../ui/profile_page.ui" line="221"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="234"/>
        <location filename="../../ui/profile_page.ui" line="241"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="254"/>
        <location filename="../../ui/profile_page.ui" line="261"/>
        <source>Company address</source>
        <translation>Адрес компании</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="274"/>
        <source>Administrator&apos;s e-mail</source>
        <translation>E-mail администратора</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="281"/>
        <source>Company administrator&apos;s e-mail</source>
        <translation>E-mail администратора компании</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="294"/>
        <location filename="../../ui/profile_page.ui" line="301"/>
        <source>News by e-mail</source>
        <translation>Новости по e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="319"/>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Изменить профиль…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="330"/>
        <source>Change e-&amp;mail…</source>
        <translation>Изменить &amp;e-mail…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="337"/>
        <source>Change &amp;password…</source>
        <translation>Изменить &amp;пароль…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="348"/>
        <source>&amp;Two-factor sign-in…</source>
        <translation>&amp;Двухэтапная проверка…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="366"/>
        <source>Sign &amp;out</source>
        <translation>Вы&amp;йти</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="62"/>
        <source> (change to {pending_email} waits for confirmation)</source>
        <translation> (смена на {pending_email} ожидает подтверждения)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="70"/>
        <source>authenticator app</source>
        <translation>приложение-аутентификатор</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="71"/>
        <source>code by e-mail</source>
        <translation>код по e-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="76"/>
        <source>On: {methods}</source>
        <translation>Включена: {methods}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="78"/>
        <source>Off</source>
        <translation>Выключена</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="95"/>
        <source>Subscribed</source>
        <translation>Подписка оформлена</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="95"/>
        <source>Not subscribed</source>
        <translation>Без подписки</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="35"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="36"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="37"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="38"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="39"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="40"/>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="41"/>
        <source>Response</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="42"/>
        <source>Last update</source>
        <translation>Последнее обновление</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="45"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="46"/>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="47"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="254"/>
        <source>Staff #{id}</source>
        <translation>Сотрудник № {id}</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="272"/>
        <source>{number}, new</source>
        <translation>{number}, новый</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="282"/>
        <source>New request or customer reply you have not opened</source>
        <translation>Новый запрос или ответ клиента, который вы ещё не открывали</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="72"/>
        <source>Saved views</source>
        <translation>Сохранённые представления</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="80"/>
        <location filename="../../app/gui/staff/queue_page.py" line="116"/>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="82"/>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="84"/>
        <source>Search by number, e-mail or words…</source>
        <translation>Поиск по номеру, e-mail или словам…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="85"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="95"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="96"/>
        <source>Request type</source>
        <translation>Тип запроса</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="97"/>
        <source>Kind of request</source>
        <translation>Вид запроса</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="98"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="99"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="100"/>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="136"/>
        <location filename="../../app/gui/staff/queue_page.py" line="373"/>
        <source>Assign to &amp;me</source>
        <translation>Назначить &amp;мне</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="137"/>
        <source>&amp;Assign to…</source>
        <translation>&amp;Назначить…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="140"/>
        <source>Set &amp;status…</source>
        <translation>Задать &amp;состояние…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="229"/>
        <source>Queue — %s</source>
        <translation>Очередь — %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="269"/>
        <source>Any status</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="276"/>
        <source>Support and Virus Lab</source>
        <translation>Поддержка и Вирусная лаборатория</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="277"/>
        <source>Technical Support</source>
        <translation>Служба технической поддержки</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="278"/>
        <source>Virus Lab</source>
        <translation>Вирусная лаборатория</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="283"/>
        <source>Any priority</source>
        <translation>Любой приоритет</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="324"/>
        <source>Anyone</source>
        <translation>Любой</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="325"/>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="306"/>
        <location filename="../../app/gui/staff/queue_page.py" line="326"/>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="335"/>
        <source>Nobody (back to the queue)</source>
        <translation>Никто (вернуть в очередь)</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="343"/>
        <source>Any type</source>
        <translation>Любой тип</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="347"/>
        <source>Any product</source>
        <translation>Любой продукт</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="372"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="432"/>
        <source>%d changed; not changed:</source>
        <translation>Изменено: %d; не изменены:</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="437"/>
        <source>Changed: %s</source>
        <translation>Изменены: %s</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="18"/>
        <source>Unassigned and open</source>
        <translation>Неназначенные и открытые</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="19"/>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="20"/>
        <source>Waiting for the customer</source>
        <translation>Ожидают ответа клиента</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="21"/>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="22"/>
        <source>All requests</source>
        <translation>Все запросы</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/register.ui" line="12"/>
        <source>Create an account</source>
        <translation>Создание учётной записи</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="18"/>
        <source>Create your account</source>
        <translation>Создайте учётную запись</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="38"/>
        <source>Enter your e-mail and choose a password. We will e-mail you a link and a code to activate the account.</source>
        <translation>Введите e-mail и придумайте пароль. Мы отправим вам по электронной почте ссылку и код для активации учётной записи.</translation>
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
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="80"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="90"/>
        <source>Confirm pass&amp;word</source>
        <translation>Повторите паро&amp;ль</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="100"/>
        <source>Confirm password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="110"/>
        <source>Password rules</source>
        <translation>Требования к паролю</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="123"/>
        <source>Picture</source>
        <translation>Картинка</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="138"/>
        <source>Captcha picture</source>
        <translation>Картинка с кодом</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="151"/>
        <source>&amp;New picture</source>
        <translation>&amp;Новая картинка</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="174"/>
        <source>C&amp;haracters in the picture</source>
        <translation>Си&amp;мволы с картинки</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="184"/>
        <source>Characters in the picture</source>
        <translation>Символы с картинки</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="193"/>
        <source>Register with an activation code or a &amp;key file instead…</source>
        <translation>Зарегистрироваться с кодом активации или &amp;файлом ключа…</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="228"/>
        <source>Open the local &amp;mailbox</source>
        <translation>Открыть локальный почтовый &amp;ящик</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="242"/>
        <source>&amp;Enter the activation code…</source>
        <translation>&amp;Ввести код активации…</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="285"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="307"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="317"/>
        <source>C&amp;reate account</source>
        <translation>&amp;Создать учётную запись</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="77"/>
        <source>Loading the picture…</source>
        <translation>Загрузка картинки…</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="83"/>
        <source>The picture could not be loaded. {reason}</source>
        <translation>Не удалось загрузить картинку. {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="111"/>
        <source>Wait for the picture, or ask for a new one.</source>
        <translation>Дождитесь картинки или запросите новую.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="115"/>
        <source>Type the characters from the picture.</source>
        <translation>Введите символы с картинки.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="124"/>
        <source>The two passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="147"/>
        <source>The local service puts its mails in the &lt;b&gt;Local mailbox&lt;/b&gt; of this application.</source>
        <translation>Локальный сервис помещает свои письма в &lt;b&gt;локальный почтовый ящик&lt;/b&gt; этого приложения.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="150"/>
        <source>If it does not arrive within a few minutes, look in your spam folder.</source>
        <translation>Если письмо не придёт в течение нескольких минут, проверьте папку «Спам».</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="155"/>
        <source>&lt;p&gt;We sent an activation link and code to &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Follow the link in the mail, or paste the code with &lt;i&gt;Enter the activation code&lt;/i&gt;. The account works once it is activated; an account not activated within 5 days is deleted.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Мы отправили ссылку и код активации на адрес &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Перейдите по ссылке из письма или вставьте код с помощью &lt;i&gt;Ввести код активации&lt;/i&gt;. Учётная запись начнёт работать после активации; учётная запись, не активированная в течение 5 дней, удаляется.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="161"/>
        <source>Check your mail</source>
        <translation>Проверьте почту</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="165"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <location filename="../../app/core/staff/replay.py" line="21"/>
        <source>Request type</source>
        <translation>Тип запроса</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="22"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="23"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="24"/>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="25"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="28"/>
        <source>signed in</source>
        <translation>вход выполнен</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="29"/>
        <source>signing in with Customer ID or e-mail and password</source>
        <translation>вход с клиентским номером или e-mail и паролем</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="32"/>
        <source>without an account</source>
        <translation>без учётной записи</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="141"/>
        <source>This request has no step trail (filed without the wizard or by an older client).</source>
        <translation>У этого запроса нет записи шагов (он отправлен без мастера или более старой версией приложения).</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="156"/>
        <source>Step {step}: {title}</source>
        <translation>Шаг {step}: {title}</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="164"/>
        <source>{field} = {value}</source>
        <translation>{field} = {value}</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="168"/>
        <source>Shown: {text}</source>
        <translation>Показано: {text}</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="185"/>
        <source>The trail does not say which client version the customer used.</source>
        <translation>В записи шагов не указано, какую версию приложения использовал клиент.</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="191"/>
        <source>The trail does not say the language of the customer&apos;s application.</source>
        <translation>В записи шагов не указан язык приложения клиента.</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="197"/>
        <source>The trail was too long; its oldest steps were left out when it was sent.</source>
        <translation>Запись шагов была слишком длинной; при отправке самые ранние шаги были опущены.</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="204"/>
        <source>The trail records no message shown to the customer.</source>
        <translation>В записи шагов нет сообщений, показанных клиенту.</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="209"/>
        <source>Fields this version does not know: {fields}.</source>
        <translation>Поля, неизвестные этой версии: {fields}.</translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="35"/>
        <source>Replay of request %s</source>
        <translation>Воспроизведение запроса %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="39"/>
        <source>Client %s, language %s — read-only</source>
        <translation>Клиент %s, язык %s — только чтение</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="54"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="63"/>
        <source>The customer&apos;s wizard, read-only</source>
        <translation>Мастер клиента, только чтение</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="69"/>
        <source>Messages shown on this step</source>
        <translation>Сообщения, показанные на этом шаге</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="76"/>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Назад</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="77"/>
        <location filename="../../app/gui/staff/replay_window.py" line="120"/>
        <source>▶ &amp;Play</source>
        <translation>▶ &amp;Воспроизвести</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="78"/>
        <source>&amp;Step ▶</source>
        <translation>&amp;Шаг ▶</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="123"/>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ &amp;Пауза</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="138"/>
        <source>Error: %s</source>
        <translation>Ошибка: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="138"/>
        <source>Shown: %s</source>
        <translation>Показано: %s</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="55"/>
        <source>Your reply</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="57"/>
        <source>Write your reply… You can drop files here to attach them.</source>
        <translation>Напишите ответ… Файлы можно перетащить сюда, чтобы приложить их.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="70"/>
        <source>A&amp;ttach files…</source>
        <translation>&amp;Приложить файлы…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="71"/>
        <source>&amp;Send reply</source>
        <translation>&amp;Отправить ответ</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="100"/>
        <source>“{name}” is attached already.</source>
        <translation>Файл «{name}» уже приложен.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="104"/>
        <source>A reply takes at most {count} files.</source>
        <translation>К ответу можно приложить не более {count} файлов.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="157"/>
        <source>This request is closed. Start a follow-up request to go on.</source>
        <translation>Этот запрос закрыт. Чтобы продолжить, создайте связанный запрос.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="167"/>
        <source>A reply can be at most 20,000 characters long.</source>
        <translation>Ответ может содержать не более 20 000 символов.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="173"/>
        <source>“%s” could not be sent; remove it or try it again.</source>
        <translation>Не удалось отправить «%s»; удалите файл или попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="191"/>
        <source>Sending the files first…</source>
        <translation>Сначала отправляются файлы…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="207"/>
        <source>A file could not be sent; see the list.</source>
        <translation>Не удалось отправить файл; см. список.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="215"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="229"/>
        <source>Your reply was sent.</source>
        <translation>Ваш ответ отправлен.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="251"/>
        <source>The service cannot be reached. Your reply is kept and is sent by itself, once, when the service answers again.</source>
        <translation>Сервис недоступен. Ваш ответ сохранён и будет отправлен автоматически, один раз, когда сервис снова ответит.</translation>
    </message>
</context>
<context>
    <name>RequestExport</name>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="27"/>
        <location filename="../../app/gui/requests/export_ui.py" line="104"/>
        <source>Request {number}</source>
        <translation>Запрос {number}</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="28"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="29"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="30"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="31"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="32"/>
        <source>Operating system</source>
        <translation>Операционная система</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="33"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="34"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="35"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="36"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="37"/>
        <source>Last update</source>
        <translation>Последнее обновление</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="38"/>
        <source>System report</source>
        <translation>Отчёт о системе</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="39"/>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="40"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="41"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="42"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="44"/>
        <source>Status: {from_status} → {to_status}</source>
        <translation>Состояние: {from_status} → {to_status}</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="47"/>
        <source>Request filed</source>
        <translation>Запрос создан</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="48"/>
        <source>No files are attached.</source>
        <translation>Вложенных файлов нет.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="49"/>
        <source>Exported from Personal Cabinet</source>
        <translation>Экспортировано из Личного кабинета</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="50"/>
        <source>Internal note — staff only</source>
        <translation>Внутренняя заметка — только для сотрудников</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="54"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="55"/>
        <source>Technical Support</source>
        <translation>Служба технической поддержки</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="56"/>
        <location filename="../../app/gui/requests/export_ui.py" line="108"/>
        <source>Personal Cabinet</source>
        <translation>Личный кабинет</translation>
    </message>
</context>
<context>
    <name>RequestWindow</name>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="80"/>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="86"/>
        <source>Loading the request…</source>
        <translation>Загрузка запроса…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="94"/>
        <source>Re&amp;open</source>
        <translation>&amp;Открыть снова</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="95"/>
        <source>Start a &amp;follow-up…</source>
        <translation>Создать св&amp;язанный запрос…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="96"/>
        <source>&amp;Close request</source>
        <translation>&amp;Закрыть запрос</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="97"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="99"/>
        <source>As &amp;HTML…</source>
        <translation>В &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="100"/>
        <source>As &amp;PDF…</source>
        <translation>В &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="118"/>
        <location filename="../../app/gui/requests/request_window.py" line="142"/>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="125"/>
        <source>Did this help?</source>
        <translation>Ответ помог?</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="127"/>
        <source>A comment for the experts (optional)</source>
        <translation>Комментарий для специалистов (необязательно)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="128"/>
        <source>Comment on the answer</source>
        <translation>Комментарий к ответу</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="129"/>
        <source>&amp;Yes, it helped</source>
        <translation>&amp;Да, помог</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="130"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="147"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="153"/>
        <source>Attached files</source>
        <translation>Вложенные файлы</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="155"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="155"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="155"/>
        <location filename="../../app/gui/requests/request_window.py" line="179"/>
        <source>From</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="155"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="162"/>
        <source>&amp;Download…</source>
        <translation>&amp;Скачать…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="163"/>
        <source>Download &amp;all…</source>
        <translation>Скачать &amp;все…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="165"/>
        <source>Download</source>
        <translation>Скачать</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="174"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="178"/>
        <source>Status history</source>
        <translation>История состояний</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="179"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="179"/>
        <source>To</source>
        <translation>Новое состояние</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="182"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="253"/>
        <source>Request %s — Personal Cabinet</source>
        <translation>Запрос %s — Личный кабинет</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="254"/>
        <source>Request %s</source>
        <translation>Запрос %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="299"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="301"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="302"/>
        <source>Technical Support</source>
        <translation>Служба технической поддержки</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="304"/>
        <source>Virus Lab</source>
        <translation>Вирусная лаборатория</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="306"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="308"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="311"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="312"/>
        <source>Operating system</source>
        <translation>Операционная система</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="313"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="314"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="315"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="316"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="317"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="318"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="319"/>
        <source>Last update</source>
        <translation>Последнее обновление</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="320"/>
        <source>System report</source>
        <translation>Отчёт о системе</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="332"/>
        <source>Follow-up to</source>
        <translation>Продолжение запроса</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="335"/>
        <source>Follow-ups</source>
        <translation>Связанные запросы</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="341"/>
        <source>Received</source>
        <translation>Получен</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="341"/>
        <source>Analyzing</source>
        <translation>Анализируется</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="341"/>
        <location filename="../../app/gui/requests/request_window.py" line="371"/>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="341"/>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="345"/>
        <source>Malicious: the file is a threat. The product&apos;s databases will detect it.</source>
        <translation>Вредоносный: файл представляет угрозу. Базы продукта будут его обнаруживать.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="347"/>
        <source>Clean: the analysts found no threat in the file.</source>
        <translation>Чистый: аналитики не нашли в файле угроз.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="349"/>
        <source>False positive confirmed: the detection will be removed from the databases.</source>
        <translation>Ложное срабатывание подтверждено: обнаружение будет удалено из баз.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="362"/>
        <source>None: it was closed before a verdict.</source>
        <translation>Нет: запрос закрыт до вынесения вердикта.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="368"/>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="371"/>
        <source>Not yet: the analysts are on it.</source>
        <translation>Пока нет: аналитики работают над ним.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="372"/>
        <source>Detected as</source>
        <translation>Обнаружен как</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="373"/>
        <source>Last database update</source>
        <translation>Последнее обновление баз</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="374"/>
        <source>Samples</source>
        <translation>Образцы</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="403"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="412"/>
        <source>Files (%d)</source>
        <translation>Файлы (%d)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="424"/>
        <source>(filed)</source>
        <translation>(при создании)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="442"/>
        <source>You said the answer helped. Thank you.</source>
        <translation>Вы отметили, что ответ помог. Спасибо!</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="444"/>
        <source>You said the answer did not help; the experts see it.</source>
        <translation>Вы отметили, что ответ не помог; специалисты это увидят.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="546"/>
        <source>Close the request</source>
        <translation>Закрытие запроса</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="548"/>
        <source>Close this request? The experts stop working on it and it takes no more replies; you can start a follow-up request later.</source>
        <translation>Закрыть этот запрос? Специалисты прекратят работу над ним, и ответить в нём будет нельзя; позже вы сможете создать связанный запрос.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="555"/>
        <source>The request is closed.</source>
        <translation>Запрос закрыт.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="561"/>
        <source>The request is open again; the experts have been told.</source>
        <translation>Запрос снова открыт; специалисты уведомлены.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="574"/>
        <source>Thank you for your answer.</source>
        <translation>Спасибо за ваш ответ.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="583"/>
        <source>Start a follow-up request</source>
        <translation>Создание связанного запроса</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="585"/>
        <source>This request can no longer be reopened. Describe what is still wrong; the new request quotes number %s.</source>
        <translation>Этот запрос больше нельзя открыть снова. Опишите, что по-прежнему не так; новый запрос будет ссылаться на номер %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="606"/>
        <source>Follow-up request %s was filed.</source>
        <translation>Создан связанный запрос %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="620"/>
        <source>Your reply waits in the outbox and is sent when the service answers.</source>
        <translation>Ваш ответ ожидает в исходящих и будет отправлен, когда сервис ответит.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="628"/>
        <source>Your waiting reply was sent.</source>
        <translation>Ожидавший ответ отправлен.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="639"/>
        <source>Where to save the files</source>
        <translation>Куда сохранить файлы</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="666"/>
        <source>Downloading…</source>
        <translation>Скачивание…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="679"/>
        <source>Saved to %s (not opened: check it before you open it).</source>
        <translation>Сохранено в %s (не открыто: проверьте файл, прежде чем открывать его).</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="701"/>
        <source>Export the request as HTML</source>
        <translation>Экспорт запроса в HTML</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="702"/>
        <source>Web page (*.html)</source>
        <translation>Веб-страница (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="705"/>
        <source>Export the request as PDF</source>
        <translation>Экспорт запроса в PDF</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="706"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="724"/>
        <source>Could not save: %s</source>
        <translation>Не удалось сохранить: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="726"/>
        <source>Saved to %s</source>
        <translation>Сохранено в %s</translation>
    </message>
</context>
<context>
    <name>RequestWizard</name>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="90"/>
        <source>Request to Technical Support</source>
        <translation>Запрос в службу технической поддержки</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="188"/>
        <source>Starting the local service; the request types follow…</source>
        <translation>Запуск локального сервиса; типы запросов появятся следом…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="193"/>
        <source>The request types and products could not be loaded. </source>
        <translation>Не удалось загрузить типы запросов и продукты. </translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="332"/>
        <source>Filled in from your product&apos;s link.</source>
        <translation>Заполнено по ссылке из вашего продукта.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="334"/>
        <source> From your product&apos;s link: {problems}. Choose below.</source>
        <translation> По ссылке из вашего продукта: {problems}. Выберите ниже.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="532"/>
        <source>not sent</source>
        <translation>не отправлен</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="602"/>
        <source>Close the request</source>
        <translation>Закрытие запроса</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="603"/>
        <source>Keep this request as a draft, to finish it later?</source>
        <translation>Сохранить этот запрос как черновик, чтобы завершить его позже?</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="606"/>
        <source>A draft is offered again the next time you start Personal Cabinet. Discarding it also stops and deletes its unfinished uploads.</source>
        <translation>Черновик будет предложен снова при следующем запуске Личного кабинета. Если удалить его, незавершённые загрузки тоже будут остановлены и удалены.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="610"/>
        <source>&amp;Keep the draft</source>
        <translation>&amp;Сохранить черновик</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="612"/>
        <source>&amp;Discard the request</source>
        <translation>&amp;Удалить запрос</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="614"/>
        <source>Continue &amp;editing</source>
        <translation>Продолжить &amp;редактирование</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="33"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="34"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="35"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="36"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="37"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="38"/>
        <source>Last update</source>
        <translation>Последнее обновление</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="245"/>
        <source>New answer or status change you have not seen</source>
        <translation>Новый ответ или изменение состояния, которые вы ещё не видели</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="250"/>
        <source>Files are attached</source>
        <translation>Есть вложенные файлы</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="256"/>
        <source>unread</source>
        <translation>непрочитанный</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="258"/>
        <source>with files</source>
        <translation>с файлами</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="66"/>
        <location filename="../../app/gui/pages/requests.py" line="98"/>
        <source>My requests</source>
        <translation>Мои запросы</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="69"/>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="81"/>
        <source>Kind of request</source>
        <translation>Вид запроса</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="83"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="85"/>
        <source>Request type</source>
        <translation>Тип запроса</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="87"/>
        <source>Search by number or words…</source>
        <translation>Поиск по номеру или словам…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="88"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="132"/>
        <source>Loading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="234"/>
        <source>Support and Virus Lab</source>
        <translation>Поддержка и Вирусная лаборатория</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="235"/>
        <source>Technical Support</source>
        <translation>Служба технической поддержки</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="236"/>
        <source>Virus Lab</source>
        <translation>Вирусная лаборатория</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="248"/>
        <source>Any status</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="258"/>
        <source>Any type</source>
        <translation>Любой тип</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="298"/>
        <source>%d unread</source>
        <translation>Непрочитанных: %d</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="317"/>
        <source>No requests match these filters.</source>
        <translation>Нет запросов, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="318"/>
        <source>&amp;Show all requests</source>
        <translation>&amp;Показать все запросы</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="322"/>
        <source>You have not sent any requests yet. When you ask Technical Support or the Virus Lab for help, your requests and their answers appear here.</source>
        <translation>Вы ещё не отправляли запросов. Когда вы обратитесь за помощью в службу технической поддержки или Вирусную лабораторию, ваши запросы и ответы на них появятся здесь.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="326"/>
        <source>&amp;Ask for help…</source>
        <translation>Обратиться за по&amp;мощью…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="329"/>
        <source>1 request shown</source>
        <translation>Показан 1 запрос</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="329"/>
        <source>%d requests shown</source>
        <translation>Показано запросов: %d</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="330"/>
        <source> — scroll for more</source>
        <translation> — прокрутите, чтобы увидеть больше</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="355"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="356"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="42"/>
        <source>Check what you entered. Use Back (or a Change link) to correct it, then submit the request.</source>
        <translation>Проверьте введённые данные. Чтобы исправить их, нажмите «Назад» (или ссылку «Изменить»), затем отправьте запрос.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="49"/>
        <source>&amp;Submit request</source>
        <translation>&amp;Отправить запрос</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="51"/>
        <location filename="../../app/gui/wizard/review.py" line="158"/>
        <source>Your request</source>
        <translation>Ваш запрос</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="56"/>
        <source>Requests without an account need the characters from the picture:</source>
        <translation>Для запросов без учётной записи нужны символы с картинки:</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="64"/>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="131"/>
        <source>Request type and product</source>
        <translation>Тип запроса и продукт</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="139"/>
        <source>Signed in as {signed_in_as}</source>
        <translation>Вход выполнен как {signed_in_as}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="141"/>
        <source>Without an account (step skipped); the answer comes by e-mail</source>
        <translation>Без учётной записи (шаг пропущен); ответ придёт по электронной почте</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="143"/>
        <source>Not chosen yet</source>
        <translation>Пока не выбрано</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="144"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="157"/>
        <location filename="../../app/gui/wizard/review.py" line="159"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="170"/>
        <source>Your computer</source>
        <translation>Ваш компьютер</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="178"/>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
</context>
<context>
    <name>Samples</name>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="28"/>
        <source>A security product may have locked it or moved it to quarantine: restore it from quarantine (or pause real-time protection for this folder) and add it again.</source>
        <translation>Возможно, защитная программа заблокировала файл или поместила его в карантин: восстановите его из карантина (или приостановите постоянную защиту для этой папки) и добавьте снова.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="60"/>
        <source>“{name}” is no longer there. {hint}</source>
        <translation>Файла «{name}» больше нет. {hint}</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="66"/>
        <source>“{name}” cannot be read: access was refused. {hint}</source>
        <translation>Не удаётся прочитать «{name}»: доступ запрещён. {hint}</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="71"/>
        <source>“{name}” cannot be read: {value}.</source>
        <translation>Не удаётся прочитать «{name}»: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="94"/>
        <source>“{name}” is a folder; add the files in it.</source>
        <translation>«{name}» — это папка; добавьте файлы из неё.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="101"/>
        <source>“{name}” is {size}; the Virus Lab takes samples up to {limit}.</source>
        <translation>Размер «{name}» — {size}; Вирусная лаборатория принимает образцы размером до {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="107"/>
        <source>“{name}” is empty (0 bytes); there is nothing in it to check.</source>
        <translation>Файл «{name}» пуст (0 байт); в нём нечего проверять.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="116"/>
        <source>“{name}” changed while it was read; add it again.</source>
        <translation>Файл «{name}» изменился во время чтения; добавьте его снова.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="135"/>
        <source>Send at most {count} samples in one request.</source>
        <translation>В одном запросе можно отправить не более {count} образцов.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="143"/>
        <source>“{name}” is added already.</source>
        <translation>Файл «{name}» уже добавлен.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="148"/>
        <source>Another sample is called “{name}” already; rename one of them first.</source>
        <translation>Другой образец уже называется «{name}»; сначала переименуйте один из них.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="226"/>
        <source>“{name}” changed after it was added (its SHA-256 is not the one shown). Remove it and add it again.</source>
        <translation>Файл «{name}» изменился после добавления (его SHA-256 не совпадает с показанным). Удалите его и добавьте снова.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="45"/>
        <source>Operating system</source>
        <translation>Операционная система</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="46"/>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="47"/>
        <source>CPU</source>
        <translation>Процессор</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="48"/>
        <source>Memory</source>
        <translation>Память</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="49"/>
        <source>Disks</source>
        <translation>Диски</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="50"/>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="52"/>
        <source>Processes</source>
        <translation>Процессы</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="54"/>
        <source>Services</source>
        <translation>Службы</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="55"/>
        <source>Startup items</source>
        <translation>Автозагрузка</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="56"/>
        <source>Installed software</source>
        <translation>Установленные программы</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="58"/>
        <source>Drivers and kernel modules</source>
        <translation>Драйверы и модули ядра</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="61"/>
        <source>Users and sessions</source>
        <translation>Пользователи и сеансы</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="63"/>
        <source>Recent system errors</source>
        <translation>Недавние системные ошибки</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="66"/>
        <source>Battery and sensors</source>
        <translation>Батарея и датчики</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="71"/>
        <source>Security product</source>
        <translation>Защитное ПО</translation>
    </message>
</context>
<context>
    <name>ServiceConnection</name>
    <message>
        <location filename="../../app/gui/connection.py" line="104"/>
        <source>Local service on this computer</source>
        <translation>Локальный сервис на этом компьютере</translation>
    </message>
</context>
<context>
    <name>ServiceStatus</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="132"/>
        <source>Service status</source>
        <translation>Состояние сервиса</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="138"/>
        <source>starting…</source>
        <translation>запускается…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="139"/>
        <source>reachable</source>
        <translation>доступен</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="140"/>
        <source>not reachable</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="141"/>
        <source>stopped</source>
        <translation>остановлен</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../app/gui/session.py" line="174"/>
        <source>Your sign-in has expired; sign in again.</source>
        <translation>Срок действия входа истёк; войдите снова.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="20"/>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="21"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="22"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="49"/>
        <source>As the system ({language})</source>
        <translation>Как в системе ({language})</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="56"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="58"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="62"/>
        <source>Notify me of new answers and status changes of my requests</source>
        <translation>Уведомлять меня о новых ответах и изменениях состояния моих запросов</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="91"/>
        <source>the support service</source>
        <translation>служба поддержки</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="94"/>
        <source>{url} answers: {vendor}, version {version}.</source>
        <translation>{url} отвечает: {vendor}, версия {version}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="146"/>
        <source>The language is changed. Windows that were already open (a request, the request wizard) show it when you open them again.</source>
        <translation>Язык интерфейса изменён. Окна, открытые раньше (запрос, мастер запроса), покажут его, когда вы откроете их снова.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="12"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="18"/>
        <source>Support service</source>
        <translation>Служба поддержки</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="24"/>
        <source>&amp;Local service on this computer</source>
        <translation>&amp;Локальный сервис на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="34"/>
        <source>Works without a network connection. Demo products and licenses are included, and mails go to the Local mailbox.</source>
        <translation>Работает без подключения к сети. Включает демонстрационные продукты и лицензии, а письма приходят в локальный почтовый ящик.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="50"/>
        <source>&amp;Remote service at this address:</source>
        <translation>&amp;Удалённый сервис по адресу:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="62"/>
        <source>Address of the remote service</source>
        <translation>Адрес удалённого сервиса</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="65"/>
        <source>https://support.example.com</source>
        <translation>https://support.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="72"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="97"/>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="103"/>
        <source>T&amp;heme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="113"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="133"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="155"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="165"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="25"/>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="35"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="68"/>
        <source>Confirm it is you</source>
        <translation>Подтвердите, что это вы</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="68"/>
        <source>Sign in to Personal Cabinet</source>
        <translation>Вход в Личный кабинет</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="70"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Подтвердить</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="70"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="117"/>
        <source>No keyring on this computer: the sign-in is not kept.</source>
        <translation>На этом компьютере нет хранилища паролей: данные входа не сохраняются.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="124"/>
        <source>Remember me keeps your sign-in in the system keyring (password store). This computer has none, so you will sign in again next time; nothing is saved in a file.</source>
        <translation>«Запомнить меня» сохраняет данные входа в системном хранилище паролей. На этом компьютере его нет, поэтому в следующий раз нужно будет войти снова; в файл ничего не сохраняется.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="169"/>
        <source>Signed in.</source>
        <translation>Вход выполнен.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="229"/>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Введите 6-значный код из приложения-аутентификатора.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="231"/>
        <source>Enter the 6-digit code we sent to your e-mail.</source>
        <translation>Введите 6-значный код, который мы отправили на вашу электронную почту.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="238"/>
        <source>You can try again now.</source>
        <translation>Теперь можно повторить попытку.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="241"/>
        <source>A new code is on its way to your e-mail.</source>
        <translation>Новый код отправлен на вашу электронную почту.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="251"/>
        <source>Correct the marked fields.</source>
        <translation>Исправьте отмеченные поля.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="260"/>
        <source>Enter your e-mail address or Customer ID.</source>
        <translation>Введите адрес электронной почты или клиентский номер.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="261"/>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="262"/>
        <source>Enter the 6-digit code.</source>
        <translation>Введите 6-значный код.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="267"/>
        <source>Too many sign-in attempts from this computer.</source>
        <translation>Слишком много попыток входа с этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="268"/>
        <source>Too many failed sign-ins to this account.</source>
        <translation>Слишком много неудачных попыток входа в эту учётную запись.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="275"/>
        <source>{reason} Sign-in is locked for a while, to protect the account: you can try again in {time}.</source>
        <translation>{reason} Вход временно заблокирован для защиты учётной записи: повторить попытку можно через {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="33"/>
        <source>E-mail or &amp;Customer ID</source>
        <translation>E-mail или клиентский &amp;номер (Customer ID)</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="43"/>
        <source>E-mail or Customer ID</source>
        <translation>E-mail или клиентский номер</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="46"/>
        <source>name@example.com or your 10-character ID</source>
        <translation>name@example.com или ваш 10-значный номер</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="53"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="63"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="73"/>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Запомнить меня на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="90"/>
        <source>&amp;Forgot password or Customer ID?</source>
        <translation>Забыли паро&amp;ль или клиентский номер?</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="113"/>
        <source>Create an acc&amp;ount</source>
        <translation>Создать &amp;учётную запись</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="126"/>
        <source>&amp;Activate an account</source>
        <translation>&amp;Активировать учётную запись</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="174"/>
        <source>Verification &amp;code</source>
        <translation>&amp;Код подтверждения</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="184"/>
        <source>Verification code</source>
        <translation>Код подтверждения</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="190"/>
        <source>6 digits</source>
        <translation>6 цифр</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="197"/>
        <source>Sign in with a &amp;different account</source>
        <translation>Войти с &amp;другой учётной записью</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="216"/>
        <source>Send a new code by &amp;e-mail</source>
        <translation>Отправить новый код по &amp;e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="261"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
</context>
<context>
    <name>StaffRequestView</name>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="62"/>
        <source>Loading the request…</source>
        <translation>Загрузка запроса…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="69"/>
        <source>Move &amp;to…</source>
        <translation>&amp;Переместить в…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="74"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="78"/>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="81"/>
        <source>Assign to &amp;me</source>
        <translation>Назначить &amp;мне</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="82"/>
        <source>Replay &amp;steps…</source>
        <translation>Воспроизвести &amp;шаги…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="83"/>
        <source>System re&amp;port…</source>
        <translation>Отчёт о с&amp;истеме…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="86"/>
        <source>&amp;Compare reports…</source>
        <translation>&amp;Сравнить отчёты…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="92"/>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="93"/>
        <source>Assignee:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="116"/>
        <source>Conversation and internal notes</source>
        <translation>Переписка и внутренние заметки</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="120"/>
        <source>&amp;Reply to the customer</source>
        <translation>&amp;Ответить клиенту</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="121"/>
        <source>Internal &amp;note (staff only)</source>
        <translation>Внутренняя &amp;заметка (только для сотрудников)</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="126"/>
        <source>Canned &amp;reply</source>
        <translation>Шаблон о&amp;твета</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="136"/>
        <source>Your reply</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="144"/>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="148"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="203"/>
        <source>Request %s</source>
        <translation>Запрос %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="206"/>
        <location filename="../../app/gui/staff/request_view.py" line="254"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="206"/>
        <source>Staff</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="229"/>
        <source>This report beside the customer&apos;s earlier one, of request %s (%s): what changed on the computer in between</source>
        <translation>Этот отчёт рядом с предыдущим отчётом клиента из запроса %s (%s): что изменилось на компьютере за это время</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="239"/>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="255"/>
        <source>Customer ID</source>
        <translation>Клиентский номер (Customer ID)</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="255"/>
        <source>(no account)</source>
        <translation>(без учётной записи)</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="256"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="257"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="258"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="259"/>
        <source>Operating system</source>
        <translation>Операционная система</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="260"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="262"/>
        <source>Client version</source>
        <translation>Версия клиента</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="273"/>
        <source>Client language</source>
        <translation>Язык клиента</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="294"/>
        <source>Save this text as a canned reply…</source>
        <translation>Сохранить этот текст как шаблон ответа…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="297"/>
        <source>Replace one with this text</source>
        <translation>Заменить шаблон этим текстом</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="298"/>
        <source>Delete one</source>
        <translation>Удалить шаблон</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="316"/>
        <source>Add &amp;internal note</source>
        <translation>Добавить &amp;внутреннюю заметку</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="317"/>
        <source>A note only staff see…</source>
        <translation>Заметка, которую видят только сотрудники…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="320"/>
        <source>&amp;Send reply to the customer</source>
        <translation>Отправить ответ &amp;клиенту</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="321"/>
        <source>Your answer to the customer…</source>
        <translation>Ваш ответ клиенту…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="339"/>
        <source>Write the reply first, then save it.</source>
        <translation>Сначала напишите ответ, затем сохраните его.</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="341"/>
        <source>Canned reply</source>
        <translation>Шаблон ответа</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="341"/>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="358"/>
        <source>Write the new text first, then replace.</source>
        <translation>Сначала напишите новый текст, затем замените.</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="378"/>
        <source>Delete the canned reply</source>
        <translation>Удаление шаблона ответа</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="379"/>
        <source>Delete the canned reply “{title}” for every staff member?</source>
        <translation>Удалить шаблон ответа «{title}» для всех сотрудников?</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="396"/>
        <source>Write something first.</source>
        <translation>Сначала напишите что-нибудь.</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="519"/>
        <source>Request %s of %s</source>
        <translation>Запрос %s от %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="570"/>
        <source>%s is writing a reply</source>
        <translation>%s пишет ответ</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="572"/>
        <source>%s has this request open</source>
        <translation>%s просматривает этот запрос</translation>
    </message>
</context>
<context>
    <name>StaffWorkspace</name>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="32"/>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="33"/>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="34"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="52"/>
        <source>Staff sections</source>
        <translation>Разделы для сотрудников</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="73"/>
        <source>Open a request from the queue to work on it here.</source>
        <translation>Откройте запрос из очереди, чтобы работать с ним здесь.</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="115"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="29"/>
        <source>Request type</source>
        <translation>Тип запроса</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="30"/>
        <source>Your account</source>
        <translation>Ваша учётная запись</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="31"/>
        <source>Your request</source>
        <translation>Ваш запрос</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="32"/>
        <source>Your computer</source>
        <translation>Ваш компьютер</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="33"/>
        <source>Review and send</source>
        <translation>Проверка и отправка</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="43"/>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="80"/>
        <source>All steps done</source>
        <translation>Все шаги пройдены</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="82"/>
        <source>Step {current} of 5: {title}</source>
        <translation>Шаг {current} из 5: {title}</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../app/gui/wizard/base.py" line="49"/>
        <source>Step {step} of 5: {title}</source>
        <translation>Шаг {step} из 5: {title}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/base.py" line="108"/>
        <source>Correct the marked fields.</source>
        <translation>Исправьте отмеченные поля.</translation>
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="192"/>
        <source>The service cannot be reached, and a request without an account needs it right away to check the characters from the picture, so it cannot wait in the outbox. Your request is kept as a draft: submit it again when the service answers (the status bar shows when). Or go back to step 2 and sign in — signed-in requests wait in the outbox and go out by themselves.</source>
        <translation>Сервис недоступен, а запросу без учётной записи он нужен сразу, чтобы проверить символы с картинки, поэтому такой запрос не может ждать в исходящих. Ваш запрос сохранён как черновик: отправьте его снова, когда сервис ответит (это видно в строке состояния). Или вернитесь к шагу 2 и войдите — запросы с входом в учётную запись ждут в исходящих и отправляются автоматически.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="224"/>
        <source>Sending the request…</source>
        <translation>Отправка запроса…</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="230"/>
        <source>{name}: {message}.</source>
        <translation>{name}: {message}.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="236"/>
        <source>Some files could not be sent: {files} Remove them on their step, or submit again.</source>
        <translation>Не удалось отправить некоторые файлы: {files} Удалите их на соответствующем шаге или отправьте запрос снова.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="262"/>
        <source>The request could not be kept: {reason}</source>
        <translation>Не удалось сохранить запрос: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="289"/>
        <location filename="../../app/core/wizard/submission.py" line="316"/>
        <source>Sending the files…</source>
        <translation>Отправка файлов…</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="300"/>
        <source>Keeping the request in the outbox…</source>
        <translation>Сохранение запроса в исходящих…</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <location filename="../../app/gui/pages/support.py" line="61"/>
        <source>The list of request types and products could not be loaded. </source>
        <translation>Не удалось загрузить список типов запросов и продуктов. </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="75"/>
        <source>Choose the request type…</source>
        <translation>Выберите тип запроса…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="82"/>
        <source>Choose your product…</source>
        <translation>Выберите продукт…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="100"/>
        <source>You may send this type of request without an account.</source>
        <translation>Запрос этого типа можно отправить без учётной записи.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="109"/>
        <source>for example {version}</source>
        <translation>например, {version}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="143"/>
        <source>From your product&apos;s link: {problems}. Choose it below.</source>
        <translation>По ссылке из вашего продукта: {problems}. Выберите ниже.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="123"/>
        <source>Filled in from your product&apos;s link.</source>
        <translation>Заполнено по ссылке из вашего продукта.</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="9"/>
        <source>Request to Technical Support</source>
        <translation>Запрос в службу технической поддержки</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="19"/>
        <source>A request takes five steps: 1. the request type and your product; 2. your account; 3. a detailed description, your e-mail and country, and files; 4. your operating system and the product version, with a GetSystemInfo report; 5. a review before you send it. The request number is shown at the end, and the experts&apos; answers appear in My requests.</source>
        <translation>Запрос состоит из пяти шагов: 1. тип запроса и продукт; 2. учётная запись; 3. подробное описание, e-mail, страна и файлы; 4. операционная система и версия продукта, с отчётом GetSystemInfo; 5. проверка перед отправкой. В конце будет показан номер запроса, а ответы специалистов появятся в разделе «Мои запросы».</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="29"/>
        <source>Step 1 of 5: request type and product</source>
        <translation>Шаг 1 из 5: тип запроса и продукт</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="35"/>
        <source>Request &amp;type</source>
        <translation>&amp;Тип запроса</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="45"/>
        <source>Request type</source>
        <translation>Тип запроса</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="52"/>
        <source>About this request type</source>
        <translation>Об этом типе запроса</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="65"/>
        <source>&amp;Product</source>
        <translation>&amp;Продукт</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="75"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="82"/>
        <source>Product v&amp;ersion</source>
        <translation>&amp;Версия продукта</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="92"/>
        <source>Product version</source>
        <translation>Версия продукта</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="95"/>
        <source>for example 21.3.10.391</source>
        <translation>например, 21.3.10.391</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="135"/>
        <source>Loading the catalog</source>
        <translation>Загрузка каталога</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="150"/>
        <source>&amp;Reload the catalog</source>
        <translation>&amp;Загрузить каталог снова</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="168"/>
        <source>Opens the request form with the type, product and version chosen here.</source>
        <translation>Открывает форму запроса с выбранными здесь типом, продуктом и версией.</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="171"/>
        <source>&amp;Continue to step 2: your account</source>
        <translation>Перейти к &amp;шагу 2: учётная запись</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="180"/>
        <source>Your request is kept as a draft while you fill it in. If the service cannot be reached when you submit it, it waits on this computer and is sent by itself when the service answers.</source>
        <translation>Пока вы заполняете запрос, он сохраняется как черновик. Если при отправке сервис будет недоступен, запрос подождёт на этом компьютере и будет отправлен автоматически, когда сервис ответит.</translation>
    </message>
</context>
<context>
    <name>SysinfoCompare</name>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="30"/>
        <source>System reports (*.zip *.json);;All files (*)</source>
        <translation>Отчёты о системе (*.zip *.json);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>SysinfoPanel</name>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="45"/>
        <source>needing administrator rights</source>
        <translation>требуют прав администратора</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="50"/>
        <source>{count} complete</source>
        <translation>собрано: {count}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="53"/>
        <source>{count} sections: {parts}</source>
        <translation>Разделов: {count} ({parts})</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="80"/>
        <source>{exc}. Choose a report saved by GetSystemInfo (a .zip).</source>
        <translation>{exc}. Выберите отчёт, сохранённый GetSystemInfo (файл .zip).</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="94"/>
        <source>GetSystemInfo report</source>
        <translation>Отчёт GetSystemInfo</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="105"/>
        <source>A report about this computer (system, hardware, programs, recent errors) that the experts need for most requests. Names, addresses and serial numbers in it are replaced by pseudonyms; look at it before you send it.</source>
        <translation>Отчёт об этом компьютере (система, оборудование, программы, недавние ошибки), который нужен специалистам для большинства запросов. Имена, адреса и серийные номера в нём заменены псевдонимами; просмотрите его перед отправкой.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="114"/>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="180"/>
        <source>&amp;Generate a report</source>
        <translation>&amp;Создать отчёт</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="115"/>
        <source>Cancel &amp;generating</source>
        <translation>&amp;Отменить создание</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="116"/>
        <source>Attach a &amp;saved report…</source>
        <translation>&amp;Приложить сохранённый отчёт…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="117"/>
        <source>Vie&amp;w the report…</source>
        <translation>Прос&amp;мотреть отчёт…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="118"/>
        <source>&amp;Don&apos;t attach it</source>
        <translation>&amp;Не прикладывать</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="130"/>
        <source>Report progress</source>
        <translation>Ход создания отчёта</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="134"/>
        <source>Report status</source>
        <translation>Состояние отчёта</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="178"/>
        <source>&amp;Generate a new report</source>
        <translation>&amp;Создать новый отчёт</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="183"/>
        <source>Collecting the report; it takes a few seconds.</source>
        <translation>Сбор отчёта; это займёт несколько секунд.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="186"/>
        <source>No report attached.</source>
        <translation>Отчёт не приложен.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="189"/>
        <source>Opening {name} in the viewer…</source>
        <translation>Открытие {name} в просмотрщике…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="194"/>
        <source>made now</source>
        <translation>создан сейчас</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="194"/>
        <source>saved earlier</source>
        <translation>сохранён ранее</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="198"/>
        <source>Attached: {name} ({origin}, {size}){summary}. {upload}.</source>
        <translation>Приложен: {name} ({origin}, {size}){summary}. {upload}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="227"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="242"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="249"/>
        <source>Collected {title} — {done} of {total}</source>
        <translation>Собрано: {title} — {done} из {total}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="256"/>
        <source>Generating the report was cancelled.</source>
        <translation>Создание отчёта отменено.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="266"/>
        <source>The report could not be made: {reason}</source>
        <translation>Не удалось создать отчёт: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="279"/>
        <source>Attach a saved GetSystemInfo report</source>
        <translation>Приложить сохранённый отчёт GetSystemInfo</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="281"/>
        <source>GetSystemInfo reports (*.zip *.json);;All files (*)</source>
        <translation>Отчёты GetSystemInfo (*.zip *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="288"/>
        <source>Reading {name}…</source>
        <translation>Чтение {name}…</translation>
    </message>
</context>
<context>
    <name>SysinfoViewer</name>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="240"/>
        <source>Report sections</source>
        <translation>Разделы отчёта</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="241"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="247"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="241"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="241"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="257"/>
        <source>Filter rows…</source>
        <translation>Фильтр строк…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="258"/>
        <source>Filter rows</source>
        <translation>Фильтр строк</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="262"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="263"/>
        <source>Show the original beside what is sent</source>
        <translation>Показать оригинал рядом с тем, что отправляется</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="266"/>
        <source>The original stays on this computer. Highlighted cells differ: they were replaced by pseudonyms or removed.</source>
        <translation>Оригинал остаётся на этом компьютере. Выделенные ячейки отличаются: их значения заменены псевдонимами или удалены.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="272"/>
        <source>What is sent</source>
        <translation>Что отправляется</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="273"/>
        <source>Original on this computer</source>
        <translation>Оригинал на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="274"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="566"/>
        <source>&lt;b&gt;In the report&lt;/b&gt; (what is sent)</source>
        <translation>&lt;b&gt;В отчёте&lt;/b&gt; (отправляется)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="275"/>
        <source>&lt;b&gt;On this computer&lt;/b&gt; (never sent)</source>
        <translation>&lt;b&gt;На этом компьютере&lt;/b&gt; (никогда не отправляется)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="355"/>
        <source>Created {created_utc} UTC on {platform} · {count} sections ({summary}) · collected in {duration_ms} ms</source>
        <translation>Создан {created_utc} UTC на {platform} · разделов: {count} ({summary}) · собран за {duration_ms} мс</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="370"/>
        <source> · {replaced} private values replaced or removed</source>
        <translation> · заменено или удалено личных значений: {replaced}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="377"/>
        <source>This report is not redacted: it shows real host and user names, addresses and command lines. Keep it on this computer.</source>
        <translation>Этот отчёт не обезличен: в нём видны настоящие имена компьютера и пользователей, адреса и командные строки. Храните его на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="394"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="488"/>
        <source>{duration_ms} ms</source>
        <translation>{duration_ms} мс</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/sysinfo_viewer.py" line="409"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="610"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="414"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="509"/>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="415"/>
        <source>redacted</source>
        <translation>обезличен</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="415"/>
        <source>not redacted</source>
        <translation>не обезличен</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="437"/>
        <source>Replaced values</source>
        <translation>Заменённые значения</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="450"/>
        <source>Pseudonyms</source>
        <translation>Псевдонимы</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="494"/>
        <source>No data for this section. {value}</source>
        <translation>Нет данных для этого раздела. {value}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="512"/>
        <source>Host and user names, home folders, IP and MAC addresses, serial numbers and UUIDs were replaced by pseudonyms; passwords, tokens and keys in command lines were removed and are kept nowhere.</source>
        <translation>Имена компьютера и пользователей, домашние папки, IP- и MAC-адреса, серийные номера и UUID заменены псевдонимами; пароли, токены и ключи в командных строках удалены и нигде не хранятся.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="517"/>
        <source> The pseudonym list below exists only on this computer.</source>
        <translation> Список псевдонимов ниже существует только на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="521"/>
        <source> Replaced: {replaced}.</source>
        <translation> Заменено: {replaced}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="523"/>
        <source>This report is not redacted.</source>
        <translation>Этот отчёт не обезличен.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="530"/>
        <source>&lt;b&gt;Pseudonyms&lt;/b&gt; (this list is never sent)</source>
        <translation>&lt;b&gt;Псевдонимы&lt;/b&gt; (этот список никогда не отправляется)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="546"/>
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="558"/>
        <source>Sent as</source>
        <translation>Отправляется как</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="612"/>
        <source>{shown} of {rows}</source>
        <translation>{shown} из {rows}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="639"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="640"/>
        <source>property</source>
        <translation>свойство</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="641"/>
        <source>value</source>
        <translation>значение</translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="639"/>
        <source>Say which operating system and which exact version of the product you use, and attach a GetSystemInfo report.</source>
        <translation>Укажите операционную систему и точную версию продукта, которым вы пользуетесь, и приложите отчёт GetSystemInfo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="653"/>
        <source>Detected on this computer; correct it if the problem is elsewhere.</source>
        <translation>Определено на этом компьютере; исправьте, если проблема на другом.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="678"/>
        <source>the full version, for example {example}</source>
        <translation>полная версия, например {example}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="681"/>
        <source>From your product&apos;s link.</source>
        <translation>По ссылке из вашего продукта.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="683"/>
        <source>Numbers separated by dots, as shown in the product&apos;s About window.</source>
        <translation>Числа через точку, как в окне «О программе» продукта.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="65"/>
        <source>“{name}” is a folder; attach the files in it, or a zip of it.</source>
        <translation>«{name}» — это папка; приложите файлы из неё или zip-архив с ней.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="74"/>
        <source>“{name}” no longer exists; it was moved or deleted.</source>
        <translation>Файла «{name}» больше нет: он перемещён или удалён.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="80"/>
        <source>“{name}” cannot be read: you do not have permission to open it.</source>
        <translation>Не удаётся прочитать «{name}»: у вас нет прав на его открытие.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="86"/>
        <location filename="../../app/core/wizard/transfer.py" line="264"/>
        <source>“{name}” cannot be read: {value}.</source>
        <translation>Не удаётся прочитать «{name}»: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="92"/>
        <source>“{name}” is empty (0 bytes); there is nothing in it to send.</source>
        <translation>Файл «{name}» пуст (0 байт); в нём нечего отправлять.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="98"/>
        <source>“{name}” is {size}; files up to {limit} can be attached. Compress it or split it into parts.</source>
        <translation>Размер «{name}» — {size}; можно прикладывать файлы до {limit}. Сожмите его или разделите на части.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="123"/>
        <source>“{name}” is attached already.</source>
        <translation>Файл «{name}» уже приложен.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="130"/>
        <source>A request takes at most {count} files; pack more in a zip.</source>
        <translation>К запросу можно приложить не более {count} файлов; упакуйте остальные в zip.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="190"/>
        <source>The service stored “{name}” with a different checksum: the file changed while it was sent, or it was damaged on the way. Send it again.</source>
        <translation>Сервис сохранил «{name}» с другой контрольной суммой: файл изменился во время отправки или был повреждён при передаче. Отправьте его снова.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="221"/>
        <source>“{name}” changed while it was read; add it again.</source>
        <translation>Файл «{name}» изменился во время чтения; добавьте его снова.</translation>
    </message>
</context>
<context>
    <name>TransferManager</name>
    <message>
        <location filename="../../app/gui/wizard/transfers.py" line="114"/>
        <source>Waiting for the connection…</source>
        <translation>Ожидание подключения…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/transfers.py" line="233"/>
        <source>Waiting for the service; it goes on when the service answers.</source>
        <translation>Ожидание сервиса; отправка продолжится, когда сервис ответит.</translation>
    </message>
</context>
<context>
    <name>TwoFactorDialog</name>
    <message>
        <location filename="../../ui/two_factor.ui" line="12"/>
        <location filename="../../ui/two_factor.ui" line="18"/>
        <source>Two-factor sign-in</source>
        <translation>Двухэтапная проверка</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="28"/>
        <source>Authenticator app</source>
        <translation>Приложение-аутентификатор</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="51"/>
        <source>&amp;Set up an authenticator app…</source>
        <translation>&amp;Настроить приложение-аутентификатор…</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="84"/>
        <source>QR code for the authenticator app</source>
        <translation>QR-код для приложения-аутентификатора</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="96"/>
        <source>Scan the QR code with your authenticator app, or type the secret key into it. Then enter the 6-digit code the app shows.</source>
        <translation>Отсканируйте QR-код приложением-аутентификатором или введите в него секретный ключ. Затем введите 6-значный код, который покажет приложение.</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="108"/>
        <source>Secret &amp;key</source>
        <translation>Секретный к&amp;люч</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="120"/>
        <source>Secret key</source>
        <translation>Секретный ключ</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="130"/>
        <source>Cop&amp;y</source>
        <translation>Коп&amp;ировать</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="146"/>
        <source>&amp;Code from the app</source>
        <translation>&amp;Код из приложения</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="156"/>
        <location filename="../../ui/two_factor.ui" line="231"/>
        <source>Code from the app</source>
        <translation>Код из приложения</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="177"/>
        <source>&amp;Turn on</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="201"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="211"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="221"/>
        <source>Code from the &amp;app</source>
        <translation>Код из прило&amp;жения</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="241"/>
        <source>T&amp;urn off the authenticator app</source>
        <translation>&amp;Отключить приложение-аутентификатор</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="258"/>
        <source>One-time code by e-mail</source>
        <translation>Одноразовый код по e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="264"/>
        <source>Ask for a code sent by &amp;e-mail when I sign in</source>
        <translation>Запрашивать при входе код, отправленный по &amp;e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="271"/>
        <source>Pass&amp;word</source>
        <translation>Па&amp;роль</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="281"/>
        <source>Password to change the e-mail code setting</source>
        <translation>Пароль для изменения настройки кода по e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="291"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="317"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="339"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="80"/>
        <source>&lt;b&gt;On.&lt;/b&gt; Signing in asks for the 6-digit code of your authenticator app. To turn it off, enter your password and a current code.</source>
        <translation>&lt;b&gt;Включено.&lt;/b&gt; При входе запрашивается 6-значный код из приложения-аутентификатора. Чтобы отключить его, введите пароль и текущий код.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="88"/>
        <source>&lt;b&gt;Off.&lt;/b&gt; With an authenticator app (on your phone), signing in also asks for the 6-digit code it shows, so a stolen password alone is not enough.</source>
        <translation>&lt;b&gt;Выключено.&lt;/b&gt; С приложением-аутентификатором (на вашем телефоне) при входе также запрашивается 6-значный код, который оно показывает, поэтому одного украденного пароля будет недостаточно.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="116"/>
        <source>&lt;b&gt;Setting up.&lt;/b&gt; Not on until you enter a code.</source>
        <translation>&lt;b&gt;Настройка.&lt;/b&gt; Не включится, пока вы не введёте код.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="128"/>
        <source>The authenticator app is on.</source>
        <translation>Приложение-аутентификатор включено.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="141"/>
        <source>The authenticator app is off.</source>
        <translation>Приложение-аутентификатор отключено.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="149"/>
        <source>Enter your password to change this.</source>
        <translation>Введите пароль, чтобы изменить эту настройку.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="154"/>
        <source>A code by e-mail is now asked for when you sign in.</source>
        <translation>Теперь при входе запрашивается код по e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="156"/>
        <source>No code by e-mail is asked for any more.</source>
        <translation>Код по e-mail при входе больше не запрашивается.</translation>
    </message>
</context>
<context>
    <name>TypePage</name>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="74"/>
        <source>Choose what your request is about, and the product you use.</source>
        <translation>Выберите, чему посвящён запрос, и продукт, которым вы пользуетесь.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="81"/>
        <location filename="../../app/gui/wizard/step_pages.py" line="91"/>
        <source>Request type</source>
        <translation>Тип запроса</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="88"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="92"/>
        <source>&amp;Product</source>
        <translation>&amp;Продукт</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="104"/>
        <source>Loading the catalog</source>
        <translation>Загрузка каталога</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="105"/>
        <source>&amp;Try again</source>
        <translation>П&amp;овторить</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="136"/>
        <source> May be sent without an account.</source>
        <translation> Можно отправить без учётной записи.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="143"/>
        <source>Request &amp;type</source>
        <translation>&amp;Тип запроса</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="148"/>
        <source>Choose your product…</source>
        <translation>Выберите продукт…</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <location filename="../../app/core/validators.py" line="29"/>
        <source>Enter your e-mail address.</source>
        <translation>Введите адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="31"/>
        <source>This e-mail address is too long.</source>
        <translation>Адрес электронной почты слишком длинный.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="38"/>
        <source>This is not a valid e-mail address: {exc}</source>
        <translation>Недопустимый адрес электронной почты: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="77"/>
        <source>At least 8 characters</source>
        <translation>Не менее 8 символов</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="82"/>
        <source>A digit</source>
        <translation>Цифра</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="87"/>
        <source>An upper-case Latin letter (A–Z)</source>
        <translation>Заглавная латинская буква (A–Z)</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="92"/>
        <source>A lower-case Latin letter (a–z)</source>
        <translation>Строчная латинская буква (a–z)</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="97"/>
        <source>No spaces</source>
        <translation>Без пробелов</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="102"/>
        <source>At most 128 characters</source>
        <translation>Не более 128 символов</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="111"/>
        <location filename="../../app/gui/dialogs/base.py" line="259"/>
        <source>Not too simple or common</source>
        <translation>Не слишком простой и не распространённый</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="118"/>
        <source>Use at least 8 characters.</source>
        <translation>Используйте не менее 8 символов.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="119"/>
        <source>Add a digit.</source>
        <translation>Добавьте цифру.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="120"/>
        <source>Add an upper-case Latin letter (A–Z).</source>
        <translation>Добавьте заглавную латинскую букву (A–Z).</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="121"/>
        <source>Add a lower-case Latin letter (a–z).</source>
        <translation>Добавьте строчную латинскую букву (a–z).</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="122"/>
        <source>Remove the spaces.</source>
        <translation>Удалите пробелы.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="123"/>
        <source>Use at most 128 characters.</source>
        <translation>Используйте не более 128 символов.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="124"/>
        <source>This password is too simple or too common; choose another.</source>
        <translation>Этот пароль слишком простой или слишком распространённый; выберите другой.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="145"/>
        <source>The two passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="165"/>
        <source>Enter the activation code.</source>
        <translation>Введите код активации.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="168"/>
        <source>An activation code has only Latin letters and digits.</source>
        <translation>Код активации состоит только из латинских букв и цифр.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="172"/>
        <source>An activation code has 20 letters and digits (4 blocks of 5); this one has {count}.</source>
        <translation>Код активации состоит из 20 букв и цифр (4 блока по 5); в этом коде символов: {count}.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="185"/>
        <source>Enter your Customer ID.</source>
        <translation>Введите клиентский номер.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="188"/>
        <source>A Customer ID has 10 Latin letters and digits.</source>
        <translation>Клиентский номер состоит из 10 латинских букв и цифр.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="197"/>
        <source>Enter your e-mail address or Customer ID.</source>
        <translation>Введите адрес электронной почты или клиентский номер.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="204"/>
        <source>Enter an e-mail address or a 10-character Customer ID.</source>
        <translation>Введите адрес электронной почты или 10-значный клиентский номер.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="219"/>
        <source>Enter the product version.</source>
        <translation>Введите версию продукта.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="222"/>
        <source>Write the version as numbers separated by dots, for example 21.3.10.391.</source>
        <translation>Укажите версию числами через точку, например 21.3.10.391.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="238"/>
        <source>Paste the code or the link from the e-mail.</source>
        <translation>Вставьте код или ссылку из письма.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="244"/>
        <source>This link has no code in it; paste the whole link from the e-mail.</source>
        <translation>В этой ссылке нет кода; вставьте ссылку из письма целиком.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="252"/>
        <source>This does not look like the code from the e-mail.</source>
        <translation>Это не похоже на код из письма.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="261"/>
        <source>Enter the 6-digit code.</source>
        <translation>Введите 6-значный код.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="274"/>
        <source>Enter the service address, for example https://support.example.com.</source>
        <translation>Введите адрес сервиса, например https://support.example.com.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="281"/>
        <source>The service address must start with http:// or https:// and name a host.</source>
        <translation>Адрес сервиса должен начинаться с http:// или https:// и содержать имя хоста.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="288"/>
        <source>The service address cannot have ? or # parts.</source>
        <translation>Адрес сервиса не может содержать части ? или #.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="294"/>
        <source>The port in the service address is not a number from 1 to 65535.</source>
        <translation>Порт в адресе сервиса должен быть числом от 1 до 65535.</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="675"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="676"/>
        <source>&amp;Open report…</source>
        <translation>&amp;Открыть отчёт…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="679"/>
        <source>Co&amp;mpare with another report…</source>
        <translation>&amp;Сравнить с другим отчётом…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="681"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="684"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="700"/>
        <source>System report</source>
        <translation>Отчёт о системе</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="698"/>
        <source>System report — {name}</source>
        <translation>Отчёт о системе — {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="708"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="726"/>
        <source>Cannot open the report</source>
        <translation>Не удаётся открыть отчёт</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="732"/>
        <source>Opening {name}…</source>
        <translation>Открытие {name}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="739"/>
        <source>Open a system report</source>
        <translation>Открытие отчёта о системе</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="741"/>
        <source>System reports (*.zip *.json);;All files (*)</source>
        <translation>Отчёты о системе (*.zip *.json);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ViruslabForm</name>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="27"/>
        <source>Type of request</source>
        <translation>Тип запроса</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="28"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="29"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="30"/>
        <source>Product version</source>
        <translation>Версия продукта</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="31"/>
        <source>Last successful database update</source>
        <translation>Последнее успешное обновление баз</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="32"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="33"/>
        <source>Detected as</source>
        <translation>Обнаружен как</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="34"/>
        <location filename="../../app/core/viruslab/form.py" line="35"/>
        <source>Samples</source>
        <translation>Образцы</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="63"/>
        <source>Choose what kind of file you are sending.</source>
        <translation>Выберите, какой файл вы отправляете.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="67"/>
        <source>Choose the product that detected (or missed) the file.</source>
        <translation>Выберите продукт, который обнаружил (или пропустил) файл.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="76"/>
        <source>The date of the last database update is in the future.</source>
        <translation>Дата последнего обновления баз находится в будущем.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="80"/>
        <source>Describe the file and what the product did with it.</source>
        <translation>Опишите файл и что с ним сделал продукт.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="84"/>
        <source>Give the name under which the product detects the file, as its report shows it.</source>
        <translation>Укажите имя, под которым продукт обнаруживает файл, как в его отчёте.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="93"/>
        <source>Add the file you want the Virus Lab to check.</source>
        <translation>Добавьте файл, который должна проверить Вирусная лаборатория.</translation>
    </message>
</context>
<context>
    <name>ViruslabPage</name>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="55"/>
        <source>Packing the samples into the encrypted archive… {percent}%</source>
        <translation>Упаковка образцов в зашифрованный архив… {percent}%</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="58"/>
        <source>Sending the archive… {percent}%</source>
        <translation>Отправка архива… {percent}%</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="59"/>
        <source>Filing the request…</source>
        <translation>Создание запроса…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="110"/>
        <source>Send a file to the Virus Lab</source>
        <translation>Отправка файла в Вирусную лабораторию</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="115"/>
        <source>Send a file the product does not detect but you suspect, or a clean file it detects by mistake. The Virus Lab&apos;s analysts check it and give a verdict.</source>
        <translation>Отправьте подозрительный файл, который продукт не обнаруживает, или чистый файл, который он обнаруживает по ошибке. Аналитики Вирусной лаборатории проверят его и вынесут вердикт.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="127"/>
        <source>&amp;Suspected unknown malware</source>
        <translation>Подозрение на неизвестную вредоносную про&amp;грамму</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="128"/>
        <source>&amp;False positive</source>
        <translation>&amp;Ложное срабатывание</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="149"/>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="151"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="153"/>
        <source>&amp;Product:</source>
        <translation>&amp;Продукт:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="155"/>
        <source>for example 21.3.10.391 (optional)</source>
        <translation>например, 21.3.10.391 (необязательно)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="156"/>
        <source>Product version</source>
        <translation>Версия продукта</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="158"/>
        <source>&amp;Version:</source>
        <translation>&amp;Версия:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="159"/>
        <source>I know it:</source>
        <translation>Дата известна:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="165"/>
        <source>Date of the last successful database update</source>
        <translation>Дата последнего успешного обновления баз</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="176"/>
        <source>Last successful
database update:</source>
        <translation>Последнее успешное
обновление баз:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="179"/>
        <source>as the product&apos;s report names it</source>
        <translation>как его называет отчёт продукта</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="180"/>
        <source>Detected as</source>
        <translation>Обнаружен как</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="182"/>
        <source>&amp;Detected as:</source>
        <translation>Обнаружен &amp;как:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="190"/>
        <source>Where the file came from, and what the product did (or did not do).</source>
        <translation>Откуда появился файл и что сделал (или не сделал) продукт.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="192"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="194"/>
        <source>D&amp;escription:</source>
        <translation>Опи&amp;сание:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="196"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="197"/>
        <source>where the verdict is sent</source>
        <translation>куда отправить вердикт</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="199"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="202"/>
        <source>Sample</source>
        <translation>Образец</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="202"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="202"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="205"/>
        <source>Samples</source>
        <translation>Образцы</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="212"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="213"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="231"/>
        <source>Sa&amp;mples:</source>
        <translation>Об&amp;разцы:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="269"/>
        <source>&amp;Cancel sending</source>
        <translation>Отменить о&amp;тправку</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="271"/>
        <source>C&amp;lear the form</source>
        <translation>О&amp;чистить форму</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="273"/>
        <source>Se&amp;nd to the Virus Lab</source>
        <translation>&amp;Отправить в Вирусную лабораторию</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="294"/>
        <source>&amp;Open in My requests</source>
        <translation>Открыть в «Моих &amp;запросах»</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="296"/>
        <source>Send &amp;another file</source>
        <translation>Отправить другой &amp;файл</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="335"/>
        <source>Choose your product…</source>
        <translation>Выберите продукт…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="343"/>
        <source>Each sample is read as bytes only — never opened or run — and packed into one zip encrypted with the password “{password}”. Samples up to {limit}.</source>
        <translation>Каждый образец читается только как набор байтов — никогда не открывается и не запускается — и упаковывается в один zip-архив, зашифрованный паролем «{password}». Размер образцов — до {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="355"/>
        <source>Sent from your account ({who}); the verdict also appears in My requests.</source>
        <translation>Отправлено из вашей учётной записи ({who}); вердикт также появится в разделе «Мои запросы».</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="500"/>
        <source>Your product&apos;s link names a product “{product}” that is not in the list; choose it below.</source>
        <translation>Ссылка из вашего продукта указывает продукт «{product}», которого нет в списке; выберите его ниже.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="671"/>
        <source>Your request is with the Virus Lab. Its number is above; the verdict comes by e-mail and appears in My requests.</source>
        <translation>Ваш запрос передан в Вирусную лабораторию. Его номер указан выше; вердикт придёт по электронной почте и появится в разделе «Мои запросы».</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="676"/>
        <source>Your request is with the Virus Lab. Its number is above; the verdict comes by e-mail.</source>
        <translation>Ваш запрос передан в Вирусную лабораторию. Его номер указан выше; вердикт придёт по электронной почте.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="365"/>
        <source>You are not signed in. The request goes without an account: type the characters from the picture. Requests without an account are analysed with a lower priority than those from an account. &lt;a href=&apos;signin&apos;&gt;Sign in&lt;/a&gt;</source>
        <translation>Вы не вошли в учётную запись. Запрос будет отправлен без учётной записи: введите символы с картинки. Запросы без учётной записи анализируются с более низким приоритетом, чем запросы из учётной записи. &lt;a href=&apos;signin&apos;&gt;Войти&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="480"/>
        <location filename="../../app/gui/pages/viruslab.py" line="494"/>
        <source>Filled in from your product&apos;s link.</source>
        <translation>Заполнено по ссылке из вашего продукта.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="509"/>
        <source>Choose the files for the Virus Lab</source>
        <translation>Выбор файлов для Вирусной лаборатории</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="519"/>
        <source>Reading the files…</source>
        <translation>Чтение файлов…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="574"/>
        <source>Type the characters from the picture.</source>
        <translation>Введите символы с картинки.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="583"/>
        <source>Complete the marked fields.</source>
        <translation>Заполните отмеченные поля.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="591"/>
        <source>The service is not ready yet; try again.</source>
        <translation>Сервис ещё не готов; повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="648"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="660"/>
        <source>Sending was stopped. Send again to go on from where it stopped.</source>
        <translation>Отправка остановлена. Отправьте снова, чтобы продолжить с места остановки.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="683"/>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="686"/>
        <source>The service cannot be reached. Your request and its encrypted archive wait in the outbox (under Support request) and go out by themselves, once, when the service answers.</source>
        <translation>Сервис недоступен. Ваш запрос и его зашифрованный архив ожидают в исходящих (в разделе «Запрос в поддержку») и будут отправлены автоматически, один раз, когда сервис ответит.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="717"/>
        <source>The service cannot be reached, and a request without an account needs it right away to check the characters from the picture, so it cannot wait in the outbox. The form and its packed archive are kept: send again when the service answers, and the upload goes on where it stopped. Or sign in: signed-in requests wait in the outbox.</source>
        <translation>Сервис недоступен, а запросу без учётной записи он нужен сразу, чтобы проверить символы с картинки, поэтому такой запрос не может ждать в исходящих. Форма и упакованный архив сохранены: отправьте снова, когда сервис ответит, и загрузка продолжится с места остановки. Или войдите: запросы с входом в учётную запись ждут в исходящих.</translation>
    </message>
</context>
<context>
    <name>WizardHost</name>
    <message>
        <location filename="../../app/gui/wizard/host.py" line="69"/>
        <source>Your product sent a new request link; finish or close the request that is open first.</source>
        <translation>Ваш продукт передал новую ссылку на запрос; сначала завершите или закройте открытый запрос.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/host.py" line="149"/>
        <source>Finish or close the request that is open first.</source>
        <translation>Сначала завершите или закройте открытый запрос.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/host.py" line="171"/>
        <source>The unfinished request was discarded.</source>
        <translation>Незавершённый запрос удалён.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/host.py" line="189"/>
        <source>Your request {number} has been sent: it waited on this computer while the service could not be reached.</source>
        <translation>Ваш запрос {number} отправлен: он ожидал на этом компьютере, пока сервис был недоступен.</translation>
    </message>
</context>
</TS>
