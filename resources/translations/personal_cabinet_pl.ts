<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AccountGate</name>
    <message>
        <location filename="../../app/gui/pages/gate.py" line="38"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Zaloguj się…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/gate.py" line="40"/>
        <source>&amp;Create an account…</source>
        <translation>&amp;Utwórz konto…</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="232"/>
        <source>Sign in with your Customer ID or e-mail and password, so the request is filed under your account.</source>
        <translation>Zaloguj się numerem klienta (Customer ID) lub adresem e-mail i hasłem, aby zgłoszenie zostało przypisane do konta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="257"/>
        <source>I have an &amp;account: Customer ID or e-mail and password</source>
        <translation>Mam &amp;konto: numer klienta lub e-mail i hasło</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="266"/>
        <source>&amp;Skip this step: send the request without an account</source>
        <translation>&amp;Pomiń ten krok: wyślij zgłoszenie bez konta</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="298"/>
        <source>You are signed in as &lt;b&gt;{name}&lt;/b&gt; (Customer ID {cid}).</source>
        <translation>Zalogowano jako &lt;b&gt;{name}&lt;/b&gt; (numer klienta {cid}).</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="300"/>
        <source>You are signed in as &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Zalogowano jako &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="306"/>
        <source>The request is filed under this account: the experts&apos; answers arrive by e-mail and appear in My requests. Choose &lt;b&gt;Next&lt;/b&gt; to go on.</source>
        <translation>Zgłoszenie zostanie przypisane do tego konta: odpowiedzi ekspertów przyjdą e-mailem i pojawią się w sekcji Moje zgłoszenia. Wybierz &lt;b&gt;Dalej&lt;/b&gt;, aby kontynuować.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="312"/>
        <source>You are signed in; your request is filed under your account.</source>
        <translation>Zalogowano; zgłoszenie zostanie przypisane do konta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="318"/>
        <source>Sign in with your Customer ID or e-mail and password</source>
        <translation>Zaloguj się numerem klienta lub adresem e-mail i hasłem</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="319"/>
        <source>, or skip this step.</source>
        <translation> albo pomiń ten krok.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="325"/>
        <source>Allowed for suggestions, key and license problems and pre-sale questions, for example when the key or activation code is lost or the product is not bought yet. Type the characters from the picture; the answer comes by e-mail.</source>
        <translation>Dozwolone dla sugestii, problemów z kluczem i licencją oraz pytań przed zakupem, na przykład gdy klucz lub kod aktywacyjny zaginął albo produkt nie został jeszcze kupiony. Przepisz znaki z obrazka; odpowiedź przyjdzie e-mailem.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="333"/>
        <source>This type of request needs an account. Only Suggestions for future versions, Key problem / License expiration and Pre-sale questions may be sent without one.</source>
        <translation>Ten typ zgłoszenia wymaga konta. Bez konta można wysłać tylko Sugestie dotyczące przyszłych wersji, Problem z kluczem / wygaśnięcie licencji oraz Pytania przed zakupem.</translation>
    </message>
</context>
<context>
    <name>ActivateDialog</name>
    <message>
        <location filename="../../ui/activate.ui" line="12"/>
        <location filename="../../ui/activate.ui" line="18"/>
        <source>Activate your account</source>
        <translation>Aktywuj konto</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="28"/>
        <source>Paste the activation code or the whole link from the mail we sent you. Once activated, you are signed in.</source>
        <translation>Wklej kod aktywacyjny lub cały link z wysłanej wiadomości. Po aktywacji nastąpi automatyczne zalogowanie.</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="40"/>
        <source>Activation &amp;code or link</source>
        <translation>&amp;Kod aktywacyjny lub link</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="50"/>
        <source>Activation code or link</source>
        <translation>Kod aktywacyjny lub link</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="75"/>
        <source>Working</source>
        <translation>Trwa przetwarzanie</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="90"/>
        <source>&amp;Send the mail again…</source>
        <translation>&amp;Wyślij wiadomość ponownie…</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="110"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/activate.ui" line="120"/>
        <source>&amp;Activate</source>
        <translation>&amp;Aktywuj</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/activate.py" line="47"/>
        <source>Your account is activated and you are signed in.</source>
        <translation>Konto zostało aktywowane i nastąpiło zalogowanie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/activate.py" line="54"/>
        <source>Send the activation mail again</source>
        <translation>Wyślij ponownie wiadomość aktywacyjną</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/activate.py" line="55"/>
        <source>The e-mail you registered with:</source>
        <translation>Adres e-mail podany przy rejestracji:</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/activate.py" line="71"/>
        <source>If {text} has an account waiting for activation, a new mail is on its way.</source>
        <translation>Jeśli dla adresu {text} istnieje konto oczekujące na aktywację, nowa wiadomość jest już w drodze.</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../../app/api/client.py" line="529"/>
        <source>The download was cancelled.</source>
        <translation>Pobieranie zostało anulowane.</translation>
    </message>
    <message>
        <location filename="../../app/api/client.py" line="553"/>
        <source>Files over 2 MB cannot go inside the form; they are sent by resumable upload.</source>
        <translation>Plików większych niż 2 MB nie można wysłać w formularzu; są przesyłane osobno, z możliwością wznowienia.</translation>
    </message>
    <message>
        <location filename="../../app/api/events.py" line="98"/>
        <source>You were signed out; sign in again.</source>
        <translation>Nastąpiło wylogowanie; zaloguj się ponownie.</translation>
    </message>
    <message>
        <location filename="../../app/api/events.py" line="104"/>
        <location filename="../../app/api/transport.py" line="240"/>
        <source>Your sign-in has expired; sign in again.</source>
        <translation>Sesja logowania wygasła; zaloguj się ponownie.</translation>
    </message>
    <message>
        <location filename="../../app/api/tokens.py" line="172"/>
        <source>No keyring is available on this system, so the sign-in is not kept.</source>
        <translation>W tym systemie nie ma dostępnego magazynu kluczy, więc dane logowania nie zostaną zachowane.</translation>
    </message>
    <message>
        <location filename="../../app/api/tokens.py" line="197"/>
        <source>The system keyring could not read the saved sign-in ({name}).</source>
        <translation>Systemowy magazyn kluczy nie mógł odczytać zapisanych danych logowania ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/api/tokens.py" line="200"/>
        <source>The system keyring could not save the sign-in ({name}).</source>
        <translation>Systemowy magazyn kluczy nie mógł zapisać danych logowania ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/api/tokens.py" line="203"/>
        <source>The system keyring could not delete the saved sign-in ({name}).</source>
        <translation>Systemowy magazyn kluczy nie mógł usunąć zapisanych danych logowania ({name}).</translation>
    </message>
    <message>
        <location filename="../../app/api/transport.py" line="202"/>
        <source>The call to the service failed: {name}.</source>
        <translation>Wywołanie usługi nie powiodło się: {name}.</translation>
    </message>
    <message>
        <location filename="../../app/api/uploads.py" line="149"/>
        <source>The service did not accept the upload.</source>
        <translation>Usługa nie przyjęła przesyłanego pliku.</translation>
    </message>
    <message>
        <location filename="../../app/api/uploads.py" line="193"/>
        <location filename="../../app/api/uploads.py" line="316"/>
        <source>The upload was cancelled; it can be resumed.</source>
        <translation>Przesyłanie zostało anulowane; można je wznowić.</translation>
    </message>
    <message>
        <location filename="../../app/api/uploads.py" line="200"/>
        <source>“{filename}” became shorter while it was sent; add it again.</source>
        <translation>Plik „{filename}” zmniejszył się podczas wysyłania; dodaj go ponownie.</translation>
    </message>
    <message>
        <location filename="../../app/api/uploads.py" line="346"/>
        <source>The service received the file but did not confirm it; try again.</source>
        <translation>Usługa odebrała plik, ale go nie potwierdziła; spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>ApiErrors</name>
    <message>
        <location filename="../../app/api/errors.py" line="22"/>
        <source>The service did not understand the request.</source>
        <translation>Usługa nie zrozumiała żądania.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="23"/>
        <source>Sign in to continue.</source>
        <translation>Zaloguj się, aby kontynuować.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="24"/>
        <source>You are not allowed to do this.</source>
        <translation>Brak uprawnień do wykonania tej operacji.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="25"/>
        <source>This no longer exists, or it is not yours.</source>
        <translation>Ten element już nie istnieje lub nie należy do tego konta.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="26"/>
        <source>This conflicts with a change made meanwhile; reload and try again.</source>
        <translation>Ta operacja koliduje ze zmianą wprowadzoną w międzyczasie; odśwież i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="29"/>
        <source>This file is too large.</source>
        <translation>Ten plik jest za duży.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="30"/>
        <source>Some fields are not valid.</source>
        <translation>Niektóre pola są nieprawidłowe.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="31"/>
        <source>Too many attempts; wait a little and try again.</source>
        <translation>Zbyt wiele prób; odczekaj chwilę i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="159"/>
        <source>The service answered with an error ({status}).</source>
        <translation>Usługa zwróciła błąd ({status}).</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="198"/>
        <source>The service at {service} is not reachable right now. Check your connection; try again in a moment.</source>
        <translation>Usługa pod adresem {service} jest teraz nieosiągalna. Sprawdź połączenie i spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location filename="../../app/api/errors.py" line="204"/>
        <source>The service is not reachable right now. Check your connection; try again in a moment.</source>
        <translation>Usługa jest teraz nieosiągalna. Sprawdź połączenie i spróbuj ponownie za chwilę.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/gui/application.py" line="136"/>
        <source>The --server address was not used: {reason}</source>
        <translation>Adres z parametru --server nie został użyty: {reason}</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="90"/>
        <source>Attached files</source>
        <translation>Załączone pliki</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="91"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="91"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="91"/>
        <source>Upload</source>
        <translation>Przesyłanie</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="103"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Dodaj pliki…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="104"/>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="105"/>
        <source>&amp;Pause</source>
        <translation>&amp;Wstrzymaj</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="106"/>
        <source>Res&amp;ume</source>
        <translation>W&amp;znów</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="111"/>
        <source>Checking the files…</source>
        <translation>Sprawdzanie plików…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="143"/>
        <source>Upload of {name}</source>
        <translation>Przesyłanie pliku {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="211"/>
        <source>Attach files to your request</source>
        <translation>Dołącz pliki do zgłoszenia</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="41"/>
        <source>Not sent yet</source>
        <translation>Jeszcze nie wysłano</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="44"/>
        <source>Sent — checksum confirmed by the service</source>
        <translation>Wysłano — suma kontrolna potwierdzona przez usługę</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="46"/>
        <source>Sending… {percent}%</source>
        <translation>Wysyłanie… {percent}%</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="50"/>
        <source> (went on from {resumed_from})</source>
        <translation> (wznowiono od {resumed_from})</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="55"/>
        <source>Paused at {percent}% — resume it, or it goes on when you submit</source>
        <translation>Wstrzymano przy {percent}% — wznów teraz albo przesyłanie będzie kontynuowane po wysłaniu zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="59"/>
        <source>Waiting for the service — sent when it answers, or with the request</source>
        <translation>Oczekiwanie na usługę — plik zostanie wysłany, gdy usługa odpowie, lub razem ze zgłoszeniem</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="63"/>
        <source>Not sent: {message}</source>
        <translation>Nie wysłano: {message}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/attachments.py" line="67"/>
        <source>Waiting to be sent</source>
        <translation>Oczekuje na wysłanie</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="94"/>
        <source>Hide the {name}</source>
        <translation>Ukryj: {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="95"/>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
</context>
<context>
    <name>CaptchaBox</name>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="102"/>
        <location filename="../../app/gui/wizard/widgets.py" line="132"/>
        <source>Loading the picture…</source>
        <translation>Wczytywanie obrazka…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="103"/>
        <source>Captcha picture</source>
        <translation>Kod z obrazka</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="107"/>
        <source>New &amp;picture</source>
        <translation>Nowy &amp;obrazek</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="108"/>
        <source>Show a new captcha picture</source>
        <translation>Pokaż nowy obrazek z kodem</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="114"/>
        <source>C&amp;haracters in the picture:</source>
        <translation>&amp;Znaki z obrazka:</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="116"/>
        <source>Characters in the picture</source>
        <translation>Znaki z obrazka</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="152"/>
        <source>No picture: the service did not answer.</source>
        <translation>Brak obrazka: usługa nie odpowiedziała.</translation>
    </message>
</context>
<context>
    <name>ChangeEmailDialog</name>
    <message>
        <location filename="../../ui/change_email.ui" line="12"/>
        <source>Change e-mail</source>
        <translation>Zmień e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="18"/>
        <source>Change the e-mail you sign in with</source>
        <translation>Zmień adres e-mail używany do logowania</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="40"/>
        <location filename="../../ui/change_email.ui" line="47"/>
        <source>Current e-mail</source>
        <translation>Obecny e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="57"/>
        <source>&amp;New e-mail</source>
        <translation>&amp;Nowy e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="67"/>
        <source>New e-mail</source>
        <translation>Nowy e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="70"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="77"/>
        <source>Your &amp;password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="87"/>
        <source>Your password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="99"/>
        <source>We send a confirmation link to the new address. Your current address stays in use until you confirm.</source>
        <translation>Na nowy adres zostanie wysłany link potwierdzający. Obecny adres pozostaje aktywny do czasu potwierdzenia.</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="131"/>
        <source>Confirmation &amp;code or link</source>
        <translation>&amp;Kod potwierdzający lub link</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="141"/>
        <source>Confirmation code or link</source>
        <translation>Kod potwierdzający lub link</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="177"/>
        <source>Working</source>
        <translation>Trwa przetwarzanie</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="192"/>
        <source>I already have a &amp;code</source>
        <translation>Mam już &amp;kod</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="212"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/change_email.ui" line="222"/>
        <source>&amp;Send confirmation</source>
        <translation>&amp;Wyślij potwierdzenie</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="54"/>
        <source>Enter your password.</source>
        <translation>Wprowadź hasło.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="63"/>
        <source>We sent a confirmation link and code to &lt;b&gt;{email}&lt;/b&gt;. Your current address stays in use until you confirm. Paste the code or the link here, or follow the link in the mail.</source>
        <translation>Link i kod potwierdzający zostały wysłane na adres &lt;b&gt;{email}&lt;/b&gt;. Obecny adres pozostaje aktywny do czasu potwierdzenia. Wklej tutaj kod lub link albo kliknij link w wiadomości.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="69"/>
        <source>Paste the code or the link from the confirmation mail sent to the new address.</source>
        <translation>Wklej kod lub link z wiadomości potwierdzającej wysłanej na nowy adres.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="75"/>
        <source>&amp;Confirm the new address</source>
        <translation>&amp;Potwierdź nowy adres</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_email.py" line="92"/>
        <source>Your new e-mail address is confirmed.</source>
        <translation>Nowy adres e-mail został potwierdzony.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/change_password.ui" line="12"/>
        <source>Change password</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="18"/>
        <source>Change your password</source>
        <translation>Zmiana hasła</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="28"/>
        <source>Enter your current password, then the new one twice. Other devices signed in to your account are signed out.</source>
        <translation>Wprowadź obecne hasło, a następnie dwukrotnie nowe. Inne urządzenia zalogowane na to konto zostaną wylogowane.</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="40"/>
        <source>&amp;Current password</source>
        <translation>&amp;Obecne hasło</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="50"/>
        <source>Current password</source>
        <translation>Obecne hasło</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="60"/>
        <source>&amp;New password</source>
        <translation>&amp;Nowe hasło</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="70"/>
        <source>New password</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="80"/>
        <source>Confirm new pass&amp;word</source>
        <translation>Potwierdź nowe &amp;hasło</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="90"/>
        <source>Confirm new password</source>
        <translation>Potwierdź nowe hasło</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="100"/>
        <source>Password rules</source>
        <translation>Zasady tworzenia hasła</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="128"/>
        <source>Working</source>
        <translation>Trwa przetwarzanie</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="150"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/change_password.ui" line="160"/>
        <source>C&amp;hange password</source>
        <translation>&amp;Zmień hasło</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_password.py" line="45"/>
        <source>Enter your current password.</source>
        <translation>Wprowadź obecne hasło.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_password.py" line="54"/>
        <source>The two passwords do not match.</source>
        <translation>Hasła nie są zgodne.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/change_password.py" line="63"/>
        <source>Your password is changed; other devices signed in to your account were signed out.</source>
        <translation>Hasło zostało zmienione; inne urządzenia zalogowane na to konto zostały wylogowane.</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="62"/>
        <source>Compare system reports</source>
        <translation>Porównaj raporty systemu</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="68"/>
        <source>&amp;Earlier report…</source>
        <translation>&amp;Wcześniejszy raport…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="68"/>
        <source>&amp;Later report…</source>
        <translation>&amp;Późniejszy raport…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="78"/>
        <source>&amp;Changed only</source>
        <translation>Tylko &amp;zmienione</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="86"/>
        <source>Section, table or row</source>
        <translation>Sekcja, tabela lub wiersz</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="86"/>
        <source>What changed</source>
        <translation>Co się zmieniło</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="88"/>
        <source>Differences</source>
        <translation>Różnice</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="94"/>
        <source>Choose a system report</source>
        <translation>Wybierz raport systemu</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="107"/>
        <source>(not chosen)</source>
        <translation>(nie wybrano)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="112"/>
        <source>Choose the two reports to compare.</source>
        <translation>Wybierz dwa raporty do porównania.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="122"/>
        <source>{changed} of {total} sections differ.</source>
        <translation>Różni się {changed} z {total} sekcji.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="153"/>
        <source>unchanged: {key}</source>
        <translation>bez zmian: {key}</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="66"/>
        <source>Remove the activation code</source>
        <translation>Usuń kod aktywacyjny</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="68"/>
        <source>Remove the activation code {code} for {product} from your account? Its seat is freed, so the code can be added to another account; your devices using it through this account are deactivated. You can add the code again later if a seat is free.</source>
        <translation>Usunąć kod aktywacyjny {code} produktu {product} z konta? Jego stanowisko zostanie zwolnione, więc kod będzie można dodać do innego konta; urządzenia korzystające z niego przez to konto zostaną dezaktywowane. Kod można później dodać ponownie, jeśli będzie wolne stanowisko.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="75"/>
        <source>&amp;Remove this activation code</source>
        <translation>&amp;Usuń ten kod aktywacyjny</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="76"/>
        <source>I &amp;agree</source>
        <translation>&amp;Zgadzam się</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="83"/>
        <source>Deactivate the device</source>
        <translation>Dezaktywuj urządzenie</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="85"/>
        <source>Deactivate {product} on “{device}”? Its seat is freed for another device; the product on that device stops being licensed until it is activated again.</source>
        <translation>Dezaktywować produkt {product} na urządzeniu „{device}”? Jego stanowisko zostanie zwolnione dla innego urządzenia; produkt na tym urządzeniu przestanie być licencjonowany do czasu ponownej aktywacji.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/confirm.py" line="91"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Dezaktywuj</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.ui" line="12"/>
        <source>Personal Cabinet ran into a problem</source>
        <translation>W Panelu Klienta wystąpił problem</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="18"/>
        <source>Something went wrong</source>
        <translation>Coś poszło nie tak</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="28"/>
        <source>Personal Cabinet met an error it did not expect. You can keep working; if something looks wrong, restart the application. A report without passwords, tokens, e-mail addresses or codes was saved here:</source>
        <translation>W Panelu Klienta wystąpił nieoczekiwany błąd. Można kontynuować pracę; jeśli coś działa nieprawidłowo, uruchom aplikację ponownie. Raport bez haseł, tokenów, adresów e-mail i kodów został zapisany tutaj:</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="38"/>
        <source>Report file</source>
        <translation>Plik raportu</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="51"/>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="66"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Kopiuj raport</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="80"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Otwórz folder</translation>
    </message>
    <message>
        <location filename="../../ui/crash.ui" line="97"/>
        <source>C&amp;lose</source>
        <translation>&amp;Zamknij</translation>
    </message>
</context>
<context>
    <name>DemoCodesBox</name>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="44"/>
        <source>Demo activation codes of the local service</source>
        <translation>Demonstracyjne kody aktywacyjne usługi lokalnej</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="52"/>
        <source>The local service on this computer holds these demo licenses. Copy one, or put it in the field above with Use; some are meant to be refused (expired, blocked, no seat left) so you can see what happens.</source>
        <translation>Usługa lokalna na tym komputerze zawiera te licencje demonstracyjne. Skopiuj jedną lub wstaw ją do pola powyżej przyciskiem Użyj; niektóre zostaną celowo odrzucone (wygasłe, zablokowane, brak wolnych stanowisk), aby pokazać, co się wtedy dzieje.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="62"/>
        <source>Demo activation code</source>
        <translation>Demonstracyjny kod aktywacyjny</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="65"/>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="66"/>
        <source>Copy the demo activation code</source>
        <translation>Kopiuj demonstracyjny kod aktywacyjny</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="67"/>
        <source>&amp;Use</source>
        <translation>&amp;Użyj</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/demo_codes.py" line="68"/>
        <source>Put the demo activation code in the field</source>
        <translation>Wstaw demonstracyjny kod aktywacyjny do pola</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="430"/>
        <source>Describe your problem in detail, say where to answer, and attach files that help the experts.</source>
        <translation>Opisz szczegółowo problem, podaj, gdzie wysłać odpowiedź, i dołącz pliki, które pomogą ekspertom.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="440"/>
        <source>What happened, what you did before, what the product showed (error messages, codes), and what you already tried.</source>
        <translation>Co się stało, co zostało zrobione wcześniej, co pokazał produkt (komunikaty o błędach, kody) i co już wypróbowano.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="452"/>
        <source>the company that bought the license, if any</source>
        <translation>firma, która kupiła licencję (jeśli dotyczy)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="466"/>
        <source>Files</source>
        <translation>Pliki</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="471"/>
        <source>Files up to 2 MB go with the form. Larger files, up to 4 GB, are sent in parts: they can be paused, and go on from where they stopped after a lost connection or a restart. The service confirms each file&apos;s checksum.</source>
        <translation>Pliki do 2 MB są wysyłane z formularzem. Większe pliki, do 4 GB, są wysyłane w częściach: można je wstrzymać, a po utracie połączenia lub ponownym uruchomieniu wysyłanie jest wznawiane od miejsca przerwania. Usługa potwierdza sumę kontrolną każdego pliku.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="511"/>
        <source>Requests whose content does not match their type are not processed by the experts.</source>
        <translation>Zgłoszenia, których treść nie odpowiada ich typowi, nie są rozpatrywane przez ekspertów.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="515"/>
        <source>{warning} Your request type: {title}.</source>
        <translation>{warning} Typ zgłoszenia: {title}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="530"/>
        <source>Loading the list of countries…</source>
        <translation>Wczytywanie listy krajów…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="536"/>
        <source>Choose your country…</source>
        <translation>Wybierz kraj…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="561"/>
        <source>This is not an e-mail address; check it for typing mistakes.</source>
        <translation>To nie jest adres e-mail; sprawdź, czy nie zawiera literówek.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="600"/>
        <source>“{name}” is attached already.</source>
        <translation>Plik „{name}” jest już załączony.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="605"/>
        <source>A request takes at most {MAX_FILES} files; pack more in a zip.</source>
        <translation>Zgłoszenie może zawierać najwyżej {MAX_FILES} plików; więcej plików spakuj do archiwum zip.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="208"/>
        <source>Request &amp;number</source>
        <translation>&amp;Numer zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="211"/>
        <source>Request number</source>
        <translation>Numer zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="217"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="218"/>
        <source>Copy the request number</source>
        <translation>Kopiuj numer zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="227"/>
        <source>&amp;Open in My requests</source>
        <translation>&amp;Otwórz w Moich zgłoszeniach</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="248"/>
        <source>Clos&amp;e</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="251"/>
        <source>Your request has been sent</source>
        <translation>Zgłoszenie zostało wysłane</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="252"/>
        <source>Keep its number: the experts and My requests refer to it.</source>
        <translation>Zachowaj ten numer: posługują się nim eksperci i sekcja Moje zgłoszenia.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="258"/>
        <source>Technical Support received your request. A confirmation is on its way to &lt;b&gt;{email}&lt;/b&gt;; the experts answer there and in My requests.</source>
        <translation>Pomoc techniczna otrzymała zgłoszenie. Potwierdzenie zostało wysłane na adres &lt;b&gt;{email}&lt;/b&gt;; eksperci odpowiedzą na ten adres i w sekcji Moje zgłoszenia.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="263"/>
        <source>Technical Support received your request. A confirmation is on its way to &lt;b&gt;{email}&lt;/b&gt;; the experts answer there.</source>
        <translation>Pomoc techniczna otrzymała zgłoszenie. Potwierdzenie zostało wysłane na adres &lt;b&gt;{email}&lt;/b&gt;; eksperci odpowiedzą na ten adres.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="274"/>
        <source>Requests whose content does not match their type are not processed; if you chose the wrong type, reply to the confirmation and say so.</source>
        <translation>Zgłoszenia, których treść nie odpowiada ich typowi, nie są rozpatrywane; jeśli wybrano niewłaściwy typ, odpowiedz na potwierdzenie i napisz o tym.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="283"/>
        <source>Your request will be sent when the service answers</source>
        <translation>Zgłoszenie zostanie wysłane, gdy usługa odpowie</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="285"/>
        <source>It waits on this computer</source>
        <translation>Oczekuje na tym komputerze</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="286"/>
        <source>, with copies of its files.</source>
        <translation>, wraz z kopiami plików.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="291"/>
        <source>The support service at {service} could not be reached. Your request is kept in the outbox on this computer and is sent by itself, exactly once, as soon as the service answers — also after a restart of Personal Cabinet. Its number appears under Support request when it has been sent.</source>
        <translation>Nie udało się połączyć z usługą pomocy technicznej pod adresem {service}. Zgłoszenie jest przechowywane w skrzynce nadawczej na tym komputerze i zostanie wysłane automatycznie, dokładnie raz, gdy tylko usługa odpowie — także po ponownym uruchomieniu Panelu Klienta. Jego numer pojawi się w sekcji Zgłoszenie do pomocy technicznej po wysłaniu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="301"/>
        <source>You can close this window.</source>
        <translation>Można zamknąć to okno.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="303"/>
        <source> The files were copied, so you may move or delete the originals.</source>
        <translation> Pliki zostały skopiowane, więc oryginały można przenieść lub usunąć.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="312"/>
        <source>{number} is copied to the clipboard.</source>
        <translation>Numer {number} skopiowano do schowka.</translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="158"/>
        <source>Unfinished request</source>
        <translation>Niedokończone zgłoszenie</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="159"/>
        <source>Res&amp;ume it</source>
        <translation>&amp;Wznów</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="160"/>
        <source>&amp;Discard it</source>
        <translation>&amp;Odrzuć</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="161"/>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="162"/>
        <source>Decide later</source>
        <translation>Zdecyduj później</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="179"/>
        <source> You have {count} more unfinished.</source>
        <translation> Pozostałe niedokończone zgłoszenia: {count}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="184"/>
        <source>You did not finish a support request: {draft}.{more} Resume it, or discard it?</source>
        <translation>Zgłoszenie do pomocy technicznej nie zostało dokończone: {draft}.{more} Wznowić je czy odrzucić?</translation>
    </message>
</context>
<context>
    <name>DraftsUi</name>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="106"/>
        <source>support request</source>
        <translation>zgłoszenie do pomocy technicznej</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="110"/>
        <source>“{kind}”, step {step} of 5</source>
        <translation>„{kind}”, krok {step} z 5</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/drafts_ui.py" line="117"/>
        <source> (saved {saved})</source>
        <translation> (zapisano {saved})</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <location filename="../../app/core/staff/due.py" line="21"/>
        <source>{days} d {hours} h</source>
        <translation>{days} d {hours} godz.</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/due.py" line="23"/>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} godz. {minutes:02d} min</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/due.py" line="26"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/due.py" line="35"/>
        <source>{span} left</source>
        <translation>pozostało {span}</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/due.py" line="36"/>
        <source>{span} over</source>
        <translation>przekroczono o {span}</translation>
    </message>
</context>
<context>
    <name>EmbeddedService</name>
    <message>
        <location filename="../../app/gui/embedded.py" line="171"/>
        <source>The local service could not be started: %s.</source>
        <translation>Nie udało się uruchomić usługi lokalnej: %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/embedded.py" line="210"/>
        <source>The local service did not start in time.</source>
        <translation>Usługa lokalna nie uruchomiła się w wyznaczonym czasie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/embedded.py" line="237"/>
        <source>The local service stopped unexpectedly.</source>
        <translation>Usługa lokalna nieoczekiwanie przestała działać.</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../app/gui/feedback.py" line="31"/>
        <source>Something unexpected went wrong; a report was saved. Try again, or restart the application.</source>
        <translation>Wystąpił nieoczekiwany błąd; zapisano raport. Spróbuj ponownie lub uruchom ponownie aplikację.</translation>
    </message>
    <message>
        <location filename="../../app/gui/feedback.py" line="61"/>
        <source>A file could not be read or written: {value}.</source>
        <translation>Nie udało się odczytać ani zapisać pliku: {value}.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="48"/>
        <source>Request type</source>
        <translation>Typ zgłoszenia</translation>
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
        <translation>Numer klienta lub e-mail</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="57"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="61"/>
        <source>Picture</source>
        <translation>Obrazek</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="69"/>
        <source>Characters from the picture</source>
        <translation>Znaki z obrazka</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="77"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="80"/>
        <source>Describe your problem in detail.</source>
        <translation>Opisz szczegółowo problem.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="85"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="88"/>
        <source>Give your e-mail address for the answer.</source>
        <translation>Podaj adres e-mail, na który ma przyjść odpowiedź.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="94"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="97"/>
        <source>Choose your country.</source>
        <translation>Wybierz kraj.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="103"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="111"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="119"/>
        <source>Files</source>
        <translation>Pliki</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="127"/>
        <source>Operating system</source>
        <translation>System operacyjny</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="130"/>
        <source>Give your operating system.</source>
        <translation>Podaj system operacyjny.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="135"/>
        <source>Product version</source>
        <translation>Wersja produktu</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/fields.py" line="142"/>
        <source>GetSystemInfo report</source>
        <translation>Raport GetSystemInfo</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="34"/>
        <source>Choose the type of your request.</source>
        <translation>Wybierz typ zgłoszenia.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="36"/>
        <source>Choose the product you use.</source>
        <translation>Wybierz używany produkt.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="39"/>
        <source>This type of request needs your Customer ID or e-mail and password.</source>
        <translation>Ten typ zgłoszenia wymaga numeru klienta lub adresu e-mail i hasła.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="43"/>
        <source>Sign in, or skip this step where it is allowed.</source>
        <translation>Zaloguj się lub pomiń ten krok, jeśli jest to dozwolone.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/flow.py" line="49"/>
        <source>Type the characters from the picture.</source>
        <translation>Przepisz znaki z obrazka.</translation>
    </message>
</context>
<context>
    <name>Forgot</name>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="24"/>
        <source>Enter your Customer ID if you only forgot the password, or the e-mail you registered with. We send a link and a code to set a new password.</source>
        <translation>Podaj numer klienta (Customer ID), jeśli zapomniano tylko hasła, lub adres e-mail podany przy rejestracji. Wyślemy link i kod do ustawienia nowego hasła.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="29"/>
        <source>Enter the e-mail you registered with; we send your Customer ID to it.</source>
        <translation>Podaj adres e-mail użyty przy rejestracji; wyślemy na niego numer klienta.</translation>
    </message>
</context>
<context>
    <name>ForgotDialog</name>
    <message>
        <location filename="../../ui/forgot.ui" line="12"/>
        <source>Forgot password or Customer ID</source>
        <translation>Nie pamiętam hasła lub numeru klienta</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="18"/>
        <source>Restore access to your account</source>
        <translation>Odzyskaj dostęp do konta</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="38"/>
        <source>I forgot my &amp;password</source>
        <translation>Nie pamiętam &amp;hasła</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="48"/>
        <source>I forgot my Customer &amp;ID</source>
        <translation>Nie pamiętam numeru kl&amp;ienta</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="68"/>
        <location filename="../../ui/forgot.ui" line="57"/>
        <source>Customer ID or &amp;e-mail</source>
        <translation>Numer klienta lub &amp;e-mail</translation>
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
        <translation>Numer klienta lub e-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="71"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="75"/>
        <source>&amp;Send the reset mail</source>
        <translation>&amp;Wyślij wiadomość resetującą</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="75"/>
        <source>&amp;Send my ID</source>
        <translation>&amp;Wyślij mój numer</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="112"/>
        <source>If &lt;b&gt;{login}&lt;/b&gt; belongs to an account, a mail with a link and a code to set a new password is on its way. Paste the code or the link here and choose the new password.</source>
        <translation>Jeśli &lt;b&gt;{login}&lt;/b&gt; należy do konta, wiadomość z linkiem i kodem do ustawienia nowego hasła jest już w drodze. Wklej tutaj kod lub link i wybierz nowe hasło.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="118"/>
        <source>Paste the code or the link from the reset mail and choose the new password.</source>
        <translation>Wklej kod lub link z wiadomości resetującej i wybierz nowe hasło.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="124"/>
        <source>&amp;Set the new password</source>
        <translation>&amp;Ustaw nowe hasło</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="142"/>
        <source>The two passwords do not match.</source>
        <translation>Hasła nie są zgodne.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="149"/>
        <source>Your password is changed, and every device that was signed in is signed out. Sign in with the new password.</source>
        <translation>Hasło zostało zmienione, a wszystkie zalogowane urządzenia zostały wylogowane. Zaloguj się nowym hasłem.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="159"/>
        <source>If &lt;b&gt;{email}&lt;/b&gt; belongs to an account, your Customer ID is on its way to it.</source>
        <translation>Jeśli adres &lt;b&gt;{email}&lt;/b&gt; należy do konta, numer klienta jest już w drodze na ten adres.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/forgot.py" line="169"/>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="112"/>
        <source>Reset &amp;code or link</source>
        <translation>&amp;Kod resetowania lub link</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="122"/>
        <source>Reset code or link</source>
        <translation>Kod resetowania lub link</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="132"/>
        <source>&amp;New password</source>
        <translation>&amp;Nowe hasło</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="142"/>
        <source>New password</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="152"/>
        <source>Confirm new pass&amp;word</source>
        <translation>P&amp;otwierdź nowe hasło</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="162"/>
        <source>Confirm new password</source>
        <translation>Potwierdź nowe hasło</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="172"/>
        <source>Password rules</source>
        <translation>Zasady tworzenia hasła</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="228"/>
        <source>Working</source>
        <translation>Trwa przetwarzanie</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="243"/>
        <source>I already have a &amp;code</source>
        <translation>Mam już &amp;kod</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="263"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/forgot.ui" line="273"/>
        <source>&amp;Send</source>
        <translation>&amp;Wyślij</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <location filename="../../app/gui/feedback.py" line="151"/>
        <source>Correct the marked fields.</source>
        <translation>Popraw zaznaczone pola.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../app/gui/formatting.py" line="12"/>
        <source>Home user</source>
        <translation>Użytkownik domowy</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="13"/>
        <source>Business (1–499 licenses of corporate products)</source>
        <translation>Firma (1–499 licencji produktów korporacyjnych)</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="14"/>
        <source>Corporate (500 or more licenses of corporate products)</source>
        <translation>Korporacja (500 lub więcej licencji produktów korporacyjnych)</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="20"/>
        <source>New</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="21"/>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="22"/>
        <source>Waiting for your reply</source>
        <translation>Oczekuje na odpowiedź klienta</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="23"/>
        <source>Resolved</source>
        <translation>Rozwiązane</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="24"/>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="25"/>
        <source>Received</source>
        <translation>Odebrano</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="26"/>
        <source>Analyzing</source>
        <translation>Analiza w toku</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="27"/>
        <source>Verdict given</source>
        <translation>Wydano werdykt</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="28"/>
        <location filename="../../app/gui/formatting.py" line="33"/>
        <source>Verdict: malicious</source>
        <translation>Werdykt: złośliwy</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="29"/>
        <location filename="../../app/gui/formatting.py" line="34"/>
        <source>Verdict: clean</source>
        <translation>Werdykt: czysty</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="30"/>
        <source>Verdict: false positive confirmed</source>
        <translation>Werdykt: potwierdzono fałszywy alarm</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="35"/>
        <source>Verdict: false positive</source>
        <translation>Werdykt: fałszywy alarm</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="39"/>
        <source>Active</source>
        <translation>Aktywna</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="40"/>
        <source>Expired</source>
        <translation>Wygasła</translation>
    </message>
    <message>
        <location filename="../../app/gui/formatting.py" line="41"/>
        <source>Blocked</source>
        <translation>Zablokowana</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home_page.ui" line="42"/>
        <source>Welcome to Personal Cabinet</source>
        <translation>Witamy w Panelu Klienta</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="52"/>
        <source>Ask Technical Support for help and follow your requests as the experts answer, and keep the activation codes of your licenses in one place. Sign in with your e-mail or Customer ID, or create an account in a minute.</source>
        <translation>Poproś pomoc techniczną o wsparcie, śledź zgłoszenia w miarę odpowiedzi ekspertów i przechowuj kody aktywacyjne licencji w jednym miejscu. Zaloguj się adresem e-mail lub numerem klienta (Customer ID) albo utwórz konto w minutę.</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="62"/>
        <source>&lt;ul style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Send a request to Technical Support in five guided steps, with files and a system report&lt;/li&gt;&lt;li&gt;Follow your requests and read the experts&apos; answers in My requests&lt;/li&gt;&lt;li&gt;Keep the activation codes of your licenses, with their expiry and free seats&lt;/li&gt;&lt;li&gt;Manage your contact details, password and two-factor sign-in&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Wysyłanie zgłoszeń do pomocy technicznej w pięciu prowadzonych krokach, z plikami i raportem systemu&lt;/li&gt;&lt;li&gt;Śledzenie zgłoszeń i czytanie odpowiedzi ekspertów w sekcji Moje zgłoszenia&lt;/li&gt;&lt;li&gt;Przechowywanie kodów aktywacyjnych licencji wraz z datą wygaśnięcia i liczbą wolnych stanowisk&lt;/li&gt;&lt;li&gt;Zarządzanie danymi kontaktowymi, hasłem i logowaniem dwuetapowym&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="81"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Zaloguj się…</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="92"/>
        <source>&amp;Create an account…</source>
        <translation>&amp;Utwórz konto…</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="103"/>
        <source>Ac&amp;tivate an account…</source>
        <translation>&amp;Aktywuj konto…</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="131"/>
        <source>Open the local &amp;mailbox</source>
        <translation>Otwórz lokalną &amp;skrzynkę pocztową</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="169"/>
        <source>Your account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="175"/>
        <location filename="../../ui/home_page.ui" line="182"/>
        <source>Customer ID</source>
        <translation>Numer klienta</translation>
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
        <translation>Typ klienta</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="229"/>
        <source>At a glance</source>
        <translation>W skrócie</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="235"/>
        <source>Licenses</source>
        <translation>Licencje</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="244"/>
        <source>Number of licenses</source>
        <translation>Liczba licencji</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="251"/>
        <source>Manage &amp;licenses</source>
        <translation>Zarządzaj &amp;licencjami</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="270"/>
        <source>Open requests</source>
        <translation>Otwarte zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="279"/>
        <source>Number of open requests</source>
        <translation>Liczba otwartych zgłoszeń</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="286"/>
        <source>View my &amp;requests</source>
        <translation>&amp;Wyświetl moje zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="305"/>
        <source>Expiring soon</source>
        <translation>Wkrótce wygasają</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="312"/>
        <source>Licenses that expire within 30 days</source>
        <translation>Licencje wygasające w ciągu 30 dni</translation>
    </message>
    <message>
        <location filename="../../ui/home_page.ui" line="330"/>
        <source>&amp;New support request…</source>
        <translation>&amp;Nowe zgłoszenie do pomocy technicznej…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="62"/>
        <source>You are using the local service on this computer: it comes with demo products and licenses, and the mails it sends (activation links and codes) arrive in the Local mailbox instead of your e-mail.</source>
        <translation>Używana jest usługa lokalna na tym komputerze: zawiera demonstracyjne produkty i licencje, a wysyłane przez nią wiadomości (linki i kody aktywacyjne) trafiają do lokalnej skrzynki pocztowej zamiast na adres e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="67"/>
        <source>Connected to the support service at {service_label}.</source>
        <translation>Połączono z usługą pomocy technicznej pod adresem {service_label}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="76"/>
        <source>Hello!</source>
        <translation>Dzień dobry!</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="86"/>
        <source>Hello, {name}!</source>
        <translation>Dzień dobry, {name}!</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="119"/>
        <source>{name} ({code}): {days_text} left</source>
        <translation>{name} ({code}): pozostało {days_text}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/home.py" line="149"/>
        <source>The summary could not be loaded: {reason}</source>
        <translation>Nie udało się wczytać podsumowania: {reason}</translation>
    </message>
</context>
<context>
    <name>Keyfile</name>
    <message>
        <location filename="../../app/core/keyfile.py" line="88"/>
        <source>The key file is damaged: a date is missing.</source>
        <translation>Plik klucza jest uszkodzony: brak daty.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="94"/>
        <source>The key file is damaged: a date cannot be read.</source>
        <translation>Plik klucza jest uszkodzony: nie można odczytać daty.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="105"/>
        <source>The archive must hold exactly one key file (.key).</source>
        <translation>Archiwum musi zawierać dokładnie jeden plik klucza (.key).</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="111"/>
        <source>The file in the archive is too large to be a key file.</source>
        <translation>Plik w archiwum jest za duży, aby mógł być plikiem klucza.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="117"/>
        <source>This archive is damaged.</source>
        <translation>To archiwum jest uszkodzone.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="123"/>
        <location filename="../../app/core/keyfile.py" line="191"/>
        <source>This file is too large to be a key file.</source>
        <translation>Ten plik jest za duży, aby mógł być plikiem klucza.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="129"/>
        <location filename="../../app/core/keyfile.py" line="131"/>
        <source>This file is not a key file.</source>
        <translation>Ten plik nie jest plikiem klucza.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="134"/>
        <source>This key file&apos;s format ({format}) is not supported by this version of the application.</source>
        <translation>Format tego pliku klucza ({format}) nie jest obsługiwany przez tę wersję aplikacji.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="144"/>
        <source>The key file is incomplete.</source>
        <translation>Plik klucza jest niekompletny.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="147"/>
        <source>This key file was not issued for this application: it is signed with another vendor key.</source>
        <translation>Ten plik klucza nie został wydany dla tej aplikacji: jest podpisany kluczem innego producenta.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="157"/>
        <source>The key file&apos;s signature is not valid: the file was changed or damaged. Download a new copy under Licenses.</source>
        <translation>Podpis pliku klucza jest nieprawidłowy: plik został zmieniony lub uszkodzony. Pobierz nową kopię w sekcji Licencje.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="167"/>
        <source>The key file is damaged: the number of seats cannot be read.</source>
        <translation>Plik klucza jest uszkodzony: nie można odczytać liczby stanowisk.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="172"/>
        <source>The key file is damaged.</source>
        <translation>Plik klucza jest uszkodzony.</translation>
    </message>
    <message>
        <location filename="../../app/core/keyfile.py" line="196"/>
        <source>The file cannot be read: {value}.</source>
        <translation>Nie można odczytać pliku: {value}.</translation>
    </message>
</context>
<context>
    <name>LaunchLink</name>
    <message>
        <location filename="../../app/gui/launch_notes.py" line="15"/>
        <source>the request type “{name}” is not one we know</source>
        <translation>typ zgłoszenia „{name}” jest nieznany</translation>
    </message>
    <message>
        <location filename="../../app/gui/launch_notes.py" line="21"/>
        <source>the product “{name}” is not in the catalog</source>
        <translation>produktu „{name}” nie ma w katalogu</translation>
    </message>
</context>
<context>
    <name>LaunchLinks</name>
    <message>
        <location filename="../../app/core/launch_links.py" line="63"/>
        <source>The link is empty.</source>
        <translation>Link jest pusty.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="66"/>
        <source>The link is too long to be a Personal Cabinet link.</source>
        <translation>Link jest za długi, aby mógł być linkiem Panelu Klienta.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="72"/>
        <source>The link could not be read.</source>
        <translation>Nie udało się odczytać linku.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="76"/>
        <source>This is not a Personal Cabinet link (it must start with {SCHEME}://).</source>
        <translation>To nie jest link Panelu Klienta (musi zaczynać się od {SCHEME}://).</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="91"/>
        <source>The link points to an unknown page “{netloc}{path}”.</source>
        <translation>Link wskazuje nieznaną stronę „{netloc}{path}”.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="99"/>
        <source>The link&apos;s fields could not be read.</source>
        <translation>Nie udało się odczytać pól linku.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="104"/>
        <source>The link gives “{repeated}” more than once.</source>
        <translation>Link zawiera „{repeated}” więcej niż raz.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="125"/>
        <source>The link does not say which page to open.</source>
        <translation>Link nie określa, którą stronę otworzyć.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="128"/>
        <source>The link points to an unknown page “{target}”.</source>
        <translation>Link wskazuje nieznaną stronę „{target}”.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="141"/>
        <source>The request type “{request_type}” is not valid.</source>
        <translation>Typ zgłoszenia „{request_type}” jest nieprawidłowy.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="148"/>
        <source>The product name in the link is not valid.</source>
        <translation>Nazwa produktu w linku jest nieprawidłowa.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="156"/>
        <source>The product version “{version}” is not a dotted version such as 21.3.10.391.</source>
        <translation>Wersja produktu „{version}” nie jest wersją z kropkami, taką jak 21.3.10.391.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="188"/>
        <source>“{number}” is not a request number such as TS-000123.</source>
        <translation>„{number}” nie jest numerem zgłoszenia, takim jak TS-000123.</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="202"/>
        <source>The activation code in the link is not valid. {exc}</source>
        <translation>Kod aktywacyjny w linku jest nieprawidłowy. {exc}</translation>
    </message>
    <message>
        <location filename="../../app/core/launch_links.py" line="267"/>
        <source>Give either a link, the request options or the licenses options.</source>
        <translation>Podaj link, opcje zgłoszenia albo opcje licencji.</translation>
    </message>
</context>
<context>
    <name>LegacyRegisterDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="44"/>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="73"/>
        <source>Register with an activation code or a key file</source>
        <translation>Rejestracja za pomocą kodu aktywacyjnego lub pliku klucza</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="84"/>
        <source>Have an activation code or the key file of a product you bought? Register with it: we make your account, add the license to it, and e-mail you a Customer ID and a password to sign in with.</source>
        <translation>Kod aktywacyjny lub plik klucza kupionego produktu umożliwia rejestrację: utworzymy konto, dodamy do niego licencję i wyślemy e-mailem numer klienta (Customer ID) oraz hasło do logowania.</translation>
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
        <translation>&amp;Kod aktywacyjny</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="98"/>
        <source>&amp;Key file</source>
        <translation>&amp;Plik klucza</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="107"/>
        <source>Register with</source>
        <translation>Rejestracja za pomocą</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="109"/>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="111"/>
        <source>Activation code</source>
        <translation>Kod aktywacyjny</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="114"/>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="121"/>
        <source>Key file</source>
        <translation>Plik klucza</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="115"/>
        <source>Choose the key file with Browse</source>
        <translation>Wybierz plik klucza przyciskiem Przeglądaj</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="116"/>
        <source>&amp;Browse…</source>
        <translation>Prze&amp;glądaj…</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="126"/>
        <source>&amp;Get key by e-mail: also send me the key file (in a zip archive)</source>
        <translation>&amp;Wyślij klucz e-mailem: prześlij mi także plik klucza (w archiwum zip)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="130"/>
        <source>Captcha</source>
        <translation>Kod z obrazka</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="142"/>
        <source>Open the Local &amp;mailbox</source>
        <translation>Otwórz lokalną &amp;skrzynkę pocztową</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="143"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Zaloguj się</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="161"/>
        <source>&amp;Register</source>
        <translation>Za&amp;rejestruj</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="163"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="187"/>
        <source>Choose the key file</source>
        <translation>Wybierz plik klucza</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="189"/>
        <source>Key files (*.key *.zip);;All files (*)</source>
        <translation>Pliki kluczy (*.key *.zip);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="209"/>
        <source>{product}, {seats}, until {date} — the signature is valid.</source>
        <translation>{product}, {seats}, do {date} — podpis jest prawidłowy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/dialogs/register_legacy.py" line="211"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n stanowisko</numerusform>
            <numerusform>%n stanowiska</numerusform>
            <numerusform>%n stanowisk</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="226"/>
        <source>Choose a valid key file with Browse.</source>
        <translation>Wybierz prawidłowy plik klucza przyciskiem Przeglądaj.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="230"/>
        <source>Wait for the picture, or ask for a new one.</source>
        <translation>Poczekaj na obrazek lub poproś o nowy.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="234"/>
        <source>Type the characters from the picture.</source>
        <translation>Przepisz znaki z obrazka.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="255"/>
        <source>The file cannot be read: {value}.</source>
        <translation>Nie można odczytać pliku: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="280"/>
        <source> and, in a zip archive, the key file</source>
        <translation> oraz, w archiwum zip, plik klucza</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="286"/>
        <source>The local service puts its mails in the &lt;b&gt;Local mailbox&lt;/b&gt; of this application.</source>
        <translation>Usługa lokalna umieszcza swoje wiadomości w &lt;b&gt;lokalnej skrzynce pocztowej&lt;/b&gt; tej aplikacji.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="289"/>
        <source>If it does not arrive within a few minutes, look in your spam folder.</source>
        <translation>Jeśli wiadomość nie dotrze w ciągu kilku minut, sprawdź folder spamu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="293"/>
        <source>&lt;p&gt;Your account is ready and the license is in it. We sent your Customer ID and password{key} to &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Sign in with the Customer ID (or the e-mail address) and that password; change the password in your profile afterwards.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Konto jest gotowe i zawiera licencję. Numer klienta i hasło{key} zostały wysłane na adres &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Zaloguj się numerem klienta (lub adresem e-mail) i tym hasłem, a następnie zmień hasło w profilu.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="299"/>
        <source>Check your mail</source>
        <translation>Sprawdź pocztę</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register_legacy.py" line="303"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>LicenseDetail</name>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="78"/>
        <source>Choose a license in the list to see its details.</source>
        <translation>Wybierz licencję z listy, aby wyświetlić jej szczegóły.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="89"/>
        <location filename="../../app/gui/licenses/detail_pane.py" line="104"/>
        <source>Activation code</source>
        <translation>Kod aktywacyjny</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="90"/>
        <source>&amp;Show</source>
        <translation>&amp;Pokaż</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="92"/>
        <source>Show the whole activation code</source>
        <translation>Pokaż cały kod aktywacyjny</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="93"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="94"/>
        <source>Copy the activation code</source>
        <translation>Kopiuj kod aktywacyjny</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="103"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="105"/>
        <source>Activated</source>
        <translation>Aktywowano</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="106"/>
        <source>Expires</source>
        <translation>Wygasa</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="107"/>
        <source>Seats</source>
        <translation>Stanowiska</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="108"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="111"/>
        <location filename="../../app/gui/licenses/detail_pane.py" line="114"/>
        <source>Devices using this license</source>
        <translation>Urządzenia korzystające z tej licencji</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="117"/>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="117"/>
        <source>Operating system</source>
        <translation>System operacyjny</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="117"/>
        <source>Last seen</source>
        <translation>Ostatnio widziane</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="123"/>
        <source>No device uses this license through your account yet.</source>
        <translation>Żadne urządzenie nie korzysta jeszcze z tej licencji przez to konto.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="126"/>
        <source>D&amp;eactivate…</source>
        <translation>D&amp;ezaktywuj…</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="127"/>
        <source>Deactivate the chosen device</source>
        <translation>Dezaktywuj wybrane urządzenie</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="137"/>
        <source>Key file</source>
        <translation>Plik klucza</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="139"/>
        <source>Do&amp;wnload a copy…</source>
        <translation>Po&amp;bierz kopię…</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="140"/>
        <source>Send the key file by e-&amp;mail</source>
        <translation>Wyślij plik klucza e-&amp;mailem</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="147"/>
        <source>Re&amp;new…</source>
        <translation>&amp;Odnów…</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="148"/>
        <source>Renew with a new activation code</source>
        <translation>Odnów za pomocą nowego kodu aktywacyjnego</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="149"/>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="150"/>
        <source>Remove this activation code</source>
        <translation>Usuń ten kod aktywacyjny</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="210"/>
        <source> — renew it soon</source>
        <translation> — odnów ją wkrótce</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="211"/>
        <source> ({days} left{soon})</source>
        <translation> (pozostało: {days}{soon})</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="216"/>
        <source>{seats_used} used of {seats_total}</source>
        <translation>Używane: {seats_used} z {seats_total}</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="229"/>
        <source>Not available for a blocked license.</source>
        <translation>Niedostępne dla zablokowanej licencji.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="281"/>
        <source>The activation code was copied.</source>
        <translation>Kod aktywacyjny został skopiowany.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="305"/>
        <source>Activated on {activated_at}</source>
        <translation>Aktywowano {activated_at}</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="331"/>
        <source>“{name}” was deactivated; its seat is free.</source>
        <translation>Urządzenie „{name}” zostało dezaktywowane; jego stanowisko jest wolne.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="348"/>
        <source>Save the key file</source>
        <translation>Zapisz plik klucza</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="350"/>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Pliki kluczy (*.key);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="361"/>
        <source>The key file for {product_name} was saved as {path}. Its signature was checked.</source>
        <translation>Plik klucza produktu {product_name} został zapisany jako {path}. Jego podpis został sprawdzony.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="373"/>
        <source> It arrives in the Local mailbox.</source>
        <translation> Trafi do lokalnej skrzynki pocztowej.</translation>
    </message>
    <message>
        <location filename="../../app/gui/licenses/detail_pane.py" line="376"/>
        <source>The key file is on its way to {sent_to}, as a zip archive.{where}</source>
        <translation>Plik klucza w archiwum zip jest w drodze na adres {sent_to}.{where}</translation>
    </message>
</context>
<context>
    <name>LicenseReminders</name>
    <message>
        <location filename="../../app/core/license_reminders.py" line="34"/>
        <source>1 day</source>
        <translation>1 dzień</translation>
    </message>
    <message>
        <location filename="../../app/core/license_reminders.py" line="37"/>
        <source>{count} days</source>
        <translation>{count} dni</translation>
    </message>
    <message>
        <location filename="../../app/core/license_reminders.py" line="57"/>
        <source>Your license for {product} ({code}) expires in {days}. Renew it with a new activation code under Licenses.</source>
        <translation>Licencja produktu {product} ({code}) wygasa za {days}. Odnów ją nowym kodem aktywacyjnym w sekcji Licencje.</translation>
    </message>
</context>
<context>
    <name>LicensesPage</name>
    <message>
        <location filename="../../ui/licenses_page.ui" line="11"/>
        <source>Licenses</source>
        <translation>Licencje</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="28"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="47"/>
        <source>Add an activation code</source>
        <translation>Dodaj kod aktywacyjny</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="53"/>
        <source>Activation &amp;code</source>
        <translation>&amp;Kod aktywacyjny</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="65"/>
        <location filename="../../ui/licenses_page.ui" line="133"/>
        <source>Activation code</source>
        <translation>Kod aktywacyjny</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="68"/>
        <source>XXXXX-XXXXX-XXXXX-XXXXX</source>
        <translation>XXXXX-XXXXX-XXXXX-XXXXX</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="78"/>
        <source>A&amp;dd</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="91"/>
        <source>4 blocks of 5 letters or digits, as printed on the box or in the purchase e-mail; any case and spacing.</source>
        <translation>4 bloki po 5 liter lub cyfr, tak jak na pudełku lub w wiadomości e-mail z zakupu; wielkość liter i odstępy nie mają znaczenia.</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="117"/>
        <source>My licenses</source>
        <translation>Moje licencje</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="138"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="143"/>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="148"/>
        <source>Expires</source>
        <translation>Wygasa</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="153"/>
        <source>Days left</source>
        <translation>Pozostało dni</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="158"/>
        <source>Seats used</source>
        <translation>Użyte stanowiska</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="163"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="180"/>
        <source>No licenses yet: add the activation code of your product above.</source>
        <translation>Brak licencji: dodaj powyżej kod aktywacyjny produktu.</translation>
    </message>
    <message>
        <location filename="../../ui/licenses_page.ui" line="193"/>
        <source>Loading</source>
        <translation>Wczytywanie</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="78"/>
        <source>&amp;Import a key file…</source>
        <translation>&amp;Importuj plik klucza…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="79"/>
        <location filename="../../app/gui/pages/licenses.py" line="365"/>
        <source>Import a key file</source>
        <translation>Importuj plik klucza</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="86"/>
        <source>Licenses that expire soon</source>
        <translation>Licencje, które wkrótce wygasają</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="177"/>
        <source>Your product gave this activation code; press Add to add it to your account.</source>
        <translation>Produkt przekazał ten kod aktywacyjny; naciśnij Dodaj, aby dodać go do konta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="217"/>
        <source>{seats_used} of {seats_total}</source>
        <translation>{seats_used} z {seats_total}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="248"/>
        <source>{name} ({code}) expires in {days_left}.</source>
        <translation>Licencja {name} ({code}) wygasa za {days_left}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="256"/>
        <source>Renew it with a new activation code: choose it and press Renew.</source>
        <translation>Odnów ją nowym kodem aktywacyjnym: wybierz ją i naciśnij Odnów.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="282"/>
        <source>The activation code for {product} was removed from your account; its seat is free for another account.</source>
        <translation>Kod aktywacyjny produktu {product} został usunięty z konta; jego stanowisko jest wolne dla innego konta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="302"/>
        <source>Type or paste the new activation code for {product}, then press Add; it renews the license {code}, which expires on {expires_at}.</source>
        <translation>Wpisz lub wklej nowy kod aktywacyjny produktu {product}, a następnie naciśnij Dodaj; odnowi on licencję {code}, która wygasa {expires_at}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="336"/>
        <source>The activation code for {product} was added.</source>
        <translation>Kod aktywacyjny produktu {product} został dodany.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="343"/>
        <source> It renews your license {code}, which expires on {expires_at}; the new one runs until {expires_at2}. Remove the old code once you no longer need it.</source>
        <translation> Odnawia on licencję {code}, która wygasa {expires_at}; nowa licencja jest ważna do {expires_at2}. Usuń stary kod, gdy nie będzie już potrzebny.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="352"/>
        <source> It does not renew {code}: it is not a newer code of the same product.</source>
        <translation> Nie odnawia on licencji {code}: nie jest to nowszy kod tego samego produktu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="367"/>
        <source>Key files (*.key *.zip);;All files (*)</source>
        <translation>Pliki kluczy (*.key *.zip);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="379"/>
        <source>The key file is genuine: {product}, {seats}, until {date}.</source>
        <translation>Plik klucza jest oryginalny: {product}, {seats}, do {date}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/licenses.py" line="381"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n stanowisko</numerusform>
            <numerusform>%n stanowiska</numerusform>
            <numerusform>%n stanowisk</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="388"/>
        <source>{terms} Its license is already in your account; the product can use this file.</source>
        <translation>{terms} Jego licencja jest już na koncie; produkt może używać tego pliku.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/licenses.py" line="394"/>
        <source>{terms} Its license was added.</source>
        <translation>{terms} Jego licencja została dodana.</translation>
    </message>
</context>
<context>
    <name>MailboxWindow</name>
    <message>
        <location filename="../../ui/mailbox.ui" line="14"/>
        <source>Local mailbox</source>
        <translation>Lokalna skrzynka pocztowa</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="20"/>
        <source>The mails the local service sent. Activation, reset and confirmation links open right here in Personal Cabinet; codes can be copied.</source>
        <translation>Wiadomości wysłane przez usługę lokalną. Linki aktywacyjne, resetujące i potwierdzające otwierają się bezpośrednio w Panelu Klienta; kody można skopiować.</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="37"/>
        <source>Mails</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="50"/>
        <source>Received</source>
        <translation>Odebrano</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="55"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="60"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="81"/>
        <source>Mail header</source>
        <translation>Nagłówek wiadomości</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="97"/>
        <source>Mail text</source>
        <translation>Treść wiadomości</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="116"/>
        <source>&amp;Copy code</source>
        <translation>&amp;Kopiuj kod</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="127"/>
        <source>&amp;Open the link in Personal Cabinet</source>
        <translation>&amp;Otwórz link w Panelu Klienta</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="166"/>
        <source>&amp;Refresh</source>
        <translation>O&amp;dśwież</translation>
    </message>
    <message>
        <location filename="../../ui/mailbox.ui" line="177"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="42"/>
        <source>Folder: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="58"/>
        <source>&amp;Save the attachment…</source>
        <translation>&amp;Zapisz załącznik…</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="59"/>
        <source>Save the mail&apos;s attachment</source>
        <translation>Zapisz załącznik wiadomości</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="118"/>
        <source>Local mailbox — {mails}</source>
        <translation>Lokalna skrzynka pocztowa — {mails}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/mailbox.py" line="119"/>
        <source>%n mail(s)</source>
        <translation>
            <numerusform>%n wiadomość</numerusform>
            <numerusform>%n wiadomości</numerusform>
            <numerusform>%n wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="138"/>
        <source>&lt;b&gt;No mail yet.&lt;/b&gt; Mails the local service sends (activation, password reset, confirmations) appear here as soon as they are sent.</source>
        <translation>&lt;b&gt;Brak wiadomości.&lt;/b&gt; Wiadomości wysyłane przez usługę lokalną (aktywacja, resetowanie hasła, potwierdzenia) pojawiają się tutaj zaraz po wysłaniu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="149"/>
        <source>&lt;b&gt;{subject}&lt;/b&gt;&lt;br&gt;To: {to}</source>
        <translation>&lt;b&gt;{subject}&lt;/b&gt;&lt;br&gt;Do: {to}</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="159"/>
        <source>Code: &lt;b&gt;{shown}&lt;/b&gt;</source>
        <translation>Kod: &lt;b&gt;{shown}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="179"/>
        <source>Save the attachment</source>
        <translation>Zapisz załącznik</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="179"/>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="193"/>
        <source>The attachment could not be saved: {exc}</source>
        <translation>Nie udało się zapisać załącznika: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/gui/mailbox.py" line="196"/>
        <source>Saved as {name}.</source>
        <translation>Zapisano jako {name}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="48"/>
        <source>Home</source>
        <translation>Strona główna</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="49"/>
        <source>Support request</source>
        <translation>Zgłoszenie do pomocy technicznej</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="50"/>
        <source>Virus Lab</source>
        <translation>Laboratorium wirusów</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="51"/>
        <source>My requests</source>
        <translation>Moje zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="52"/>
        <source>Licenses</source>
        <translation>Licencje</translation>
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
        <translation>Panel Klienta</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="164"/>
        <location filename="../../app/gui/main_window.py" line="1068"/>
        <source>Connection banner</source>
        <translation>Baner połączenia</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="165"/>
        <location filename="../../app/gui/main_window.py" line="1069"/>
        <source>Notice</source>
        <translation>Powiadomienie</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="183"/>
        <location filename="../../app/gui/main_window.py" line="1072"/>
        <source>Sections</source>
        <translation>Sekcje</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="274"/>
        <source>Sign in to see the requests you sent to Technical Support and the Virus Lab, with their status and the experts&apos; answers.</source>
        <translation>Zaloguj się, aby zobaczyć zgłoszenia wysłane do pomocy technicznej i Laboratorium wirusów wraz z ich stanem i odpowiedziami ekspertów.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="282"/>
        <source>Sign in to see the activation codes of your licenses, add a new one, and see how many seats each has left. No account yet? Create one, or register with an activation code or a key file.</source>
        <translation>Zaloguj się, aby zobaczyć kody aktywacyjne licencji, dodać nowy kod i sprawdzić, ile wolnych stanowisk ma każda z nich. Nie ma jeszcze konta? Można je utworzyć albo zarejestrować się za pomocą kodu aktywacyjnego albo pliku klucza.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="287"/>
        <source> The local service&apos;s demo codes are listed here once you are signed in.</source>
        <translation> Kody demonstracyjne usługi lokalnej pojawią się tutaj po zalogowaniu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="303"/>
        <source>Sign in to see and change your contact details, e-mail, password and two-factor sign-in.</source>
        <translation>Zaloguj się, aby wyświetlić i zmienić dane kontaktowe, adres e-mail, hasło i logowanie dwuetapowe.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="401"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="403"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="411"/>
        <source>Local &amp;mailbox…</source>
        <translation>Lokalna &amp;skrzynka pocztowa…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="415"/>
        <source>&amp;New support request…</source>
        <translation>&amp;Nowe zgłoszenie do pomocy technicznej…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="422"/>
        <source>&amp;Compare two system reports…</source>
        <translation>Porównaj &amp;dwa raporty systemu…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="429"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="432"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="440"/>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="442"/>
        <source>&amp;Sign in…</source>
        <translation>&amp;Zaloguj się…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="445"/>
        <source>&amp;Create an account…</source>
        <translation>&amp;Utwórz konto…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="447"/>
        <source>&amp;Activate an account…</source>
        <translation>&amp;Aktywuj konto…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="449"/>
        <source>&amp;Forgot password or Customer ID…</source>
        <translation>&amp;Nie pamiętam hasła lub numeru klienta…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="452"/>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Edytuj profil…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="454"/>
        <source>Change &amp;e-mail…</source>
        <translation>Zmień e-&amp;mail…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="456"/>
        <source>Change &amp;password…</source>
        <translation>Zmień &amp;hasło…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="459"/>
        <source>&amp;Two-factor sign-in…</source>
        <translation>&amp;Logowanie dwuetapowe…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="462"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Wyloguj się</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="483"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="484"/>
        <source>&amp;About Personal Cabinet</source>
        <translation>&amp;O Panelu Klienta</translation>
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
        <translation>Usługa pod adresem {service_url} jest nieosiągalna. Można kontynuować pracę; Panel Klienta ponawia próbę co kilka sekund i połączy się automatycznie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="533"/>
        <source>&amp;Retry now</source>
        <translation>Ponów &amp;teraz</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="540"/>
        <source> What it wrote is in {log_file}.</source>
        <translation> Jej komunikaty zapisano w pliku {log_file}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="545"/>
        <source>The local service could not start.</source>
        <translation>Nie udało się uruchomić usługi lokalnej.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="547"/>
        <source>&amp;Restart the local service</source>
        <translation>Uruchom ponownie usługę &amp;lokalną</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="570"/>
        <location filename="../../app/gui/main_window.py" line="1094"/>
        <source>Not signed in</source>
        <translation>Nie zalogowano</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="579"/>
        <source>Signed in</source>
        <translation>Zalogowano</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="587"/>
        <source> — staff</source>
        <translation> — personel</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="589"/>
        <source>Signed in as {who} ({customer_id}){role}</source>
        <translation>Zalogowano jako {who} ({customer_id}){role}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="643"/>
        <source>The link from your product could not be used: {exc}</source>
        <translation>Nie udało się użyć linku z produktu: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="650"/>
        <source>Some options from the command line were not understood and were ignored: {options}</source>
        <translation>Niektóre opcje wiersza poleceń nie zostały rozpoznane i zostały pominięte: {options}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="680"/>
        <source>Sign in to add the activation code your product gave.</source>
        <translation>Zaloguj się, aby dodać kod aktywacyjny przekazany przez produkt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="816"/>
        <source>The Local mailbox belongs to the local service; this window talks to {service_label}, whose mails go to your real e-mail.</source>
        <translation>Lokalna skrzynka pocztowa należy do usługi lokalnej; to okno komunikuje się z usługą {service_label}, której wiadomości trafiają na prawdziwy adres e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="855"/>
        <source>You are signed out.</source>
        <translation>Nastąpiło wylogowanie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="860"/>
        <source>&lt;p&gt;Vendor: {vendor_name}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Producent: {vendor_name}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="873"/>
        <source>About Personal Cabinet</source>
        <translation>O Panelu Klienta</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="875"/>
        <source>&lt;h3&gt;Personal Cabinet&lt;/h3&gt;&lt;p&gt;Requests to Technical Support, files for the Virus Lab, the experts&apos; answers, and the licenses of your antivirus product, in one place.&lt;/p&gt;&lt;p&gt;Version {version} — commit {commit}, built {built}&lt;/p&gt;&lt;p&gt;Support service: {service_label}&lt;/p&gt;{vendor}</source>
        <translation>&lt;h3&gt;Panel Klienta&lt;/h3&gt;&lt;p&gt;Zgłoszenia do pomocy technicznej, pliki dla Laboratorium wirusów, odpowiedzi ekspertów i licencje produktu antywirusowego w jednym miejscu.&lt;/p&gt;&lt;p&gt;Wersja {version} — commit {commit}, zbudowano {built}&lt;/p&gt;&lt;p&gt;Usługa pomocy technicznej: {service_label}&lt;/p&gt;{vendor}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="946"/>
        <source>Sign in to open request {number}.</source>
        <translation>Zaloguj się, aby otworzyć zgłoszenie {number}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="957"/>
        <source>Request {number} is not among the requests of this account.</source>
        <translation>Zgłoszenia {number} nie ma wśród zgłoszeń tego konta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="993"/>
        <source>There is a new reply to your request {number}.</source>
        <translation>Jest nowa odpowiedź na zgłoszenie {number}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="995"/>
        <source>Request {number} is now: {to}.</source>
        <translation>Nowy stan zgłoszenia {number}: {to}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="1024"/>
        <location filename="../../app/gui/main_window.py" line="1027"/>
        <source>{count} unread</source>
        <translation>Nieprzeczytane: {count}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../app/gui/requests/notifier.py" line="52"/>
        <source>Personal Cabinet</source>
        <translation>Panel Klienta</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="138"/>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="148"/>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="228"/>
        <source>Requests waiting to be sent</source>
        <translation>Zgłoszenia oczekujące na wysłanie</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="152"/>
        <source>Send &amp;now</source>
        <translation>Wyślij &amp;teraz</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="153"/>
        <source>Cop&amp;y the number</source>
        <translation>Kop&amp;iuj numer</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="154"/>
        <source>Correct and &amp;send again…</source>
        <translation>Popraw i wyślij &amp;ponownie…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="155"/>
        <source>Remove from the &amp;list</source>
        <translation>Usuń z &amp;listy</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="175"/>
        <source>Virus Lab: {title}</source>
        <translation>Laboratorium wirusów: {title}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="178"/>
        <source>{title} — “{summary}” — queued {queued_at}</source>
        <translation>{title} — „{summary}” — w kolejce od {queued_at}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="182"/>
        <source>Sent as {number}: {head}</source>
        <translation>Wysłano jako {number}: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="184"/>
        <source>Not accepted by the service: {head}. {error}</source>
        <translation>Nie zostało przyjęte przez usługę: {head}. {error}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="189"/>
        <source>Waiting for you to sign in as {account}: {head}</source>
        <translation>Oczekuje na zalogowanie jako {account}: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="193"/>
        <source>Waiting for the service: {head}</source>
        <translation>Oczekuje na usługę: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="195"/>
        <source>Sending…: {head}</source>
        <translation>Wysyłanie…: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="196"/>
        <source>Waiting: {head}</source>
        <translation>Oczekuje: {head}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="216"/>
        <source>1 request waits on this computer; it goes out by itself, once, when the service answers.</source>
        <translation>1 zgłoszenie oczekuje na tym komputerze; zostanie wysłane automatycznie, jeden raz, gdy usługa odpowie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="221"/>
        <source>{waiting} requests wait on this computer; they go out by themselves, once each, when the service answers.</source>
        <translation>Zgłoszenia oczekujące na tym komputerze: {waiting}; zostaną wysłane automatycznie, każde jeden raz, gdy usługa odpowie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="225"/>
        <source>Everything has been sent. The numbers stay here until you remove them.</source>
        <translation>Wszystko zostało wysłane. Numery pozostaną tutaj do czasu ich usunięcia.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/outbox_ui.py" line="228"/>
        <source>Requests sent later</source>
        <translation>Zgłoszenia wysłane później</translation>
    </message>
</context>
<context>
    <name>PasswordFeedback</name>
    <message>
        <location filename="../../app/gui/dialogs/base.py" line="225"/>
        <source>The two passwords match</source>
        <translation>Hasła są zgodne</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/base.py" line="228"/>
        <source>The two passwords do not match</source>
        <translation>Hasła nie są zgodne</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/base.py" line="235"/>
        <source>{met} of {count} password rules met</source>
        <translation>Spełnione zasady tworzenia hasła: {met} z {count}</translation>
    </message>
</context>
<context>
    <name>ProfileEditDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/profile_edit.py" line="45"/>
        <source>Loading the countries…</source>
        <translation>Wczytywanie krajów…</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/profile_edit.py" line="68"/>
        <source>Not given</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/profile_edit.py" line="91"/>
        <source>Choose a country from the list.</source>
        <translation>Wybierz kraj z listy.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/profile_edit.py" line="122"/>
        <source>Your profile is saved.</source>
        <translation>Profil został zapisany.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="12"/>
        <source>Edit profile</source>
        <translation>Edytuj profil</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="18"/>
        <source>Your contact details</source>
        <translation>Dane kontaktowe</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="28"/>
        <source>Personal</source>
        <translation>Dane osobowe</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="34"/>
        <source>&amp;Name or nickname</source>
        <translation>&amp;Imię lub pseudonim</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="44"/>
        <source>Name or nickname</source>
        <translation>Imię lub pseudonim</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="54"/>
        <source>C&amp;ountry</source>
        <translation>&amp;Kraj</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="64"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="77"/>
        <source>Cit&amp;y</source>
        <translation>&amp;Miasto</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="87"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="94"/>
        <source>A&amp;ddress</source>
        <translation>A&amp;dres</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="104"/>
        <source>Address</source>
        <translation>Adres</translation>
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
        <translation>Firma (jeśli licencję kupiła firma)</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="137"/>
        <source>Co&amp;mpany</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="147"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="154"/>
        <source>Company &amp;address</source>
        <translation>Adres fi&amp;rmy</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="164"/>
        <source>Company address</source>
        <translation>Adres firmy</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="171"/>
        <source>Administrator&apos;s e-ma&amp;il</source>
        <translation>E-mail admi&amp;nistratora</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="181"/>
        <source>Company administrator&apos;s e-mail</source>
        <translation>E-mail administratora firmy</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="191"/>
        <source>Send me ne&amp;ws about products and updates</source>
        <translation>&amp;Wysyłaj mi informacje o produktach i aktualizacjach</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="211"/>
        <source>Working</source>
        <translation>Trwa przetwarzanie</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="233"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/profile_edit.ui" line="243"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
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
        <translation>Numer klienta</translation>
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
        <translation>Typ klienta</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="85"/>
        <location filename="../../ui/profile_page.ui" line="92"/>
        <source>Two-factor sign-in</source>
        <translation>Logowanie dwuetapowe</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="105"/>
        <location filename="../../ui/profile_page.ui" line="112"/>
        <source>Member since</source>
        <translation>Członek od</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="128"/>
        <source>Contact details</source>
        <translation>Dane kontaktowe</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="134"/>
        <location filename="../../ui/profile_page.ui" line="141"/>
        <source>Name or nickname</source>
        <translation>Imię lub pseudonim</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="154"/>
        <location filename="../../ui/profile_page.ui" line="161"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="174"/>
        <location filename="../../ui/profile_page.ui" line="181"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="194"/>
        <location filename="../../ui/profile_page.ui" line="201"/>
        <source>Address</source>
        <translation>Adres</translation>
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
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="254"/>
        <location filename="../../ui/profile_page.ui" line="261"/>
        <source>Company address</source>
        <translation>Adres firmy</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="274"/>
        <source>Administrator&apos;s e-mail</source>
        <translation>E-mail administratora</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="281"/>
        <source>Company administrator&apos;s e-mail</source>
        <translation>E-mail administratora firmy</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="294"/>
        <location filename="../../ui/profile_page.ui" line="301"/>
        <source>News by e-mail</source>
        <translation>Informacje e-mailem</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="319"/>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Edytuj profil…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="330"/>
        <source>Change e-&amp;mail…</source>
        <translation>Zmień e-&amp;mail…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="337"/>
        <source>Change &amp;password…</source>
        <translation>Zmień &amp;hasło…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="348"/>
        <source>&amp;Two-factor sign-in…</source>
        <translation>&amp;Logowanie dwuetapowe…</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.ui" line="366"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Wyloguj się</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="62"/>
        <source> (change to {pending_email} waits for confirmation)</source>
        <translation> (zmiana na {pending_email} oczekuje na potwierdzenie)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="70"/>
        <source>authenticator app</source>
        <translation>aplikacja uwierzytelniająca</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="71"/>
        <source>code by e-mail</source>
        <translation>kod e-mailem</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="76"/>
        <source>On: {methods}</source>
        <translation>Włączone: {methods}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="78"/>
        <source>Off</source>
        <translation>Wyłączone</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="95"/>
        <source>Subscribed</source>
        <translation>Subskrybowane</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/profile.py" line="95"/>
        <source>Not subscribed</source>
        <translation>Niesubskrybowane</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="35"/>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="36"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="37"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="38"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="39"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="40"/>
        <source>Assignee</source>
        <translation>Przypisany</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="41"/>
        <source>Response</source>
        <translation>Termin odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="42"/>
        <source>Last update</source>
        <translation>Ostatnia aktualizacja</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="45"/>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="46"/>
        <source>Normal</source>
        <translation>Normalny</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="47"/>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="254"/>
        <source>Staff #{id}</source>
        <translation>Pracownik nr {id}</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="272"/>
        <source>{number}, new</source>
        <translation>{number}, nowe</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_model.py" line="282"/>
        <source>New request or customer reply you have not opened</source>
        <translation>Nowe zgłoszenie lub odpowiedź klienta, których jeszcze nie otwarto</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="72"/>
        <source>Saved views</source>
        <translation>Zapisane widoki</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="80"/>
        <location filename="../../app/gui/staff/queue_page.py" line="116"/>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="82"/>
        <source>&amp;Refresh</source>
        <translation>O&amp;dśwież</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="84"/>
        <source>Search by number, e-mail or words…</source>
        <translation>Szukaj według numeru, adresu e-mail lub słów…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="85"/>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="95"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="96"/>
        <source>Request type</source>
        <translation>Typ zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="97"/>
        <source>Kind of request</source>
        <translation>Rodzaj zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="98"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="99"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="100"/>
        <source>Assignee</source>
        <translation>Przypisany</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="136"/>
        <location filename="../../app/gui/staff/queue_page.py" line="373"/>
        <source>Assign to &amp;me</source>
        <translation>Przypisz do &amp;mnie</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="137"/>
        <source>&amp;Assign to…</source>
        <translation>&amp;Przypisz do…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="140"/>
        <source>Set &amp;status…</source>
        <translation>Ustaw &amp;stan…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="229"/>
        <source>Queue — %s</source>
        <translation>Kolejka — %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="269"/>
        <source>Any status</source>
        <translation>Dowolny stan</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="276"/>
        <source>Support and Virus Lab</source>
        <translation>Pomoc techniczna i Laboratorium wirusów</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="277"/>
        <source>Technical Support</source>
        <translation>Pomoc techniczna</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="278"/>
        <source>Virus Lab</source>
        <translation>Laboratorium wirusów</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="283"/>
        <source>Any priority</source>
        <translation>Dowolny priorytet</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="324"/>
        <source>Anyone</source>
        <translation>Ktokolwiek</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="325"/>
        <source>Me</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="306"/>
        <location filename="../../app/gui/staff/queue_page.py" line="326"/>
        <source>Nobody</source>
        <translation>Nikt</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="335"/>
        <source>Nobody (back to the queue)</source>
        <translation>Nikt (z powrotem do kolejki)</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="343"/>
        <source>Any type</source>
        <translation>Dowolny typ</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="347"/>
        <source>Any product</source>
        <translation>Dowolny produkt</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="372"/>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="432"/>
        <source>%d changed; not changed:</source>
        <translation>Zmieniono: %d; nie zmieniono:</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/queue_page.py" line="437"/>
        <source>Changed: %s</source>
        <translation>Zmieniono: %s</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="18"/>
        <source>Unassigned and open</source>
        <translation>Nieprzypisane i otwarte</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="19"/>
        <source>Mine</source>
        <translation>Moje</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="20"/>
        <source>Waiting for the customer</source>
        <translation>Oczekujące na klienta</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="21"/>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/queue_query.py" line="22"/>
        <source>All requests</source>
        <translation>Wszystkie zgłoszenia</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/register.ui" line="12"/>
        <source>Create an account</source>
        <translation>Utwórz konto</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="18"/>
        <source>Create your account</source>
        <translation>Tworzenie konta</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="38"/>
        <source>Enter your e-mail and choose a password. We will e-mail you a link and a code to activate the account.</source>
        <translation>Podaj adres e-mail i wybierz hasło. Wyślemy e-mailem link i kod do aktywacji konta.</translation>
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
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="80"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="90"/>
        <source>Confirm pass&amp;word</source>
        <translation>P&amp;otwierdź hasło</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="100"/>
        <source>Confirm password</source>
        <translation>Potwierdź hasło</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="110"/>
        <source>Password rules</source>
        <translation>Zasady tworzenia hasła</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="123"/>
        <source>Picture</source>
        <translation>Obrazek</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="138"/>
        <source>Captcha picture</source>
        <translation>Kod z obrazka</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="151"/>
        <source>&amp;New picture</source>
        <translation>&amp;Nowy obrazek</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="174"/>
        <source>C&amp;haracters in the picture</source>
        <translation>&amp;Znaki z obrazka</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="184"/>
        <source>Characters in the picture</source>
        <translation>Znaki z obrazka</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="193"/>
        <source>Register with an activation code or a &amp;key file instead…</source>
        <translation>Zamiast tego zarejestruj się za pomocą kodu aktywacyjnego lub pliku &amp;klucza…</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="228"/>
        <source>Open the local &amp;mailbox</source>
        <translation>Otwórz lokalną &amp;skrzynkę pocztową</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="242"/>
        <source>&amp;Enter the activation code…</source>
        <translation>&amp;Wprowadź kod aktywacyjny…</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="285"/>
        <source>Working</source>
        <translation>Trwa przetwarzanie</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="307"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/register.ui" line="317"/>
        <source>C&amp;reate account</source>
        <translation>U&amp;twórz konto</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="77"/>
        <source>Loading the picture…</source>
        <translation>Wczytywanie obrazka…</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="83"/>
        <source>The picture could not be loaded. {reason}</source>
        <translation>Nie udało się wczytać obrazka. {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="111"/>
        <source>Wait for the picture, or ask for a new one.</source>
        <translation>Poczekaj na obrazek lub poproś o nowy.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="115"/>
        <source>Type the characters from the picture.</source>
        <translation>Przepisz znaki z obrazka.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="124"/>
        <source>The two passwords do not match.</source>
        <translation>Hasła nie są zgodne.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="147"/>
        <source>The local service puts its mails in the &lt;b&gt;Local mailbox&lt;/b&gt; of this application.</source>
        <translation>Usługa lokalna umieszcza swoje wiadomości w &lt;b&gt;lokalnej skrzynce pocztowej&lt;/b&gt; tej aplikacji.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="150"/>
        <source>If it does not arrive within a few minutes, look in your spam folder.</source>
        <translation>Jeśli wiadomość nie dotrze w ciągu kilku minut, sprawdź folder spamu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="155"/>
        <source>&lt;p&gt;We sent an activation link and code to &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Follow the link in the mail, or paste the code with &lt;i&gt;Enter the activation code&lt;/i&gt;. The account works once it is activated; an account not activated within 5 days is deleted.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Link i kod aktywacyjny zostały wysłane na adres &lt;b&gt;{email}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Kliknij link w wiadomości lub wklej kod za pomocą opcji &lt;i&gt;Wprowadź kod aktywacyjny&lt;/i&gt;. Konto działa po aktywacji; konto nieaktywowane w ciągu 5 dni zostanie usunięte.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="161"/>
        <source>Check your mail</source>
        <translation>Sprawdź pocztę</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/register.py" line="165"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <location filename="../../app/core/staff/replay.py" line="21"/>
        <source>Request type</source>
        <translation>Typ zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="22"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="23"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="24"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="25"/>
        <source>Review</source>
        <translation>Sprawdzenie</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="28"/>
        <source>signed in</source>
        <translation>zalogowano</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="29"/>
        <source>signing in with Customer ID or e-mail and password</source>
        <translation>logowanie numerem klienta lub adresem e-mail i hasłem</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="32"/>
        <source>without an account</source>
        <translation>bez konta</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="141"/>
        <source>This request has no step trail (filed without the wizard or by an older client).</source>
        <translation>To zgłoszenie nie ma zapisu kroków (wysłano je bez kreatora lub ze starszej wersji aplikacji).</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="156"/>
        <source>Step {step}: {title}</source>
        <translation>Krok {step}: {title}</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="164"/>
        <source>{field} = {value}</source>
        <translation>{field} = {value}</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="168"/>
        <source>Shown: {text}</source>
        <translation>Wyświetlono: {text}</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="185"/>
        <source>The trail does not say which client version the customer used.</source>
        <translation>Zapis kroków nie określa, której wersji aplikacji używał klient.</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="191"/>
        <source>The trail does not say the language of the customer&apos;s application.</source>
        <translation>Zapis kroków nie określa języka aplikacji klienta.</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="197"/>
        <source>The trail was too long; its oldest steps were left out when it was sent.</source>
        <translation>Zapis kroków był zbyt długi; przy wysyłaniu pominięto najstarsze kroki.</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="204"/>
        <source>The trail records no message shown to the customer.</source>
        <translation>Zapis kroków nie zawiera żadnego komunikatu wyświetlonego klientowi.</translation>
    </message>
    <message>
        <location filename="../../app/core/staff/replay.py" line="209"/>
        <source>Fields this version does not know: {fields}.</source>
        <translation>Pola nieznane tej wersji: {fields}.</translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="35"/>
        <source>Replay of request %s</source>
        <translation>Odtwarzanie zgłoszenia %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="39"/>
        <source>Client %s, language %s — read-only</source>
        <translation>Klient %s, język %s — tylko do odczytu</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="54"/>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="63"/>
        <source>The customer&apos;s wizard, read-only</source>
        <translation>Kreator klienta, tylko do odczytu</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="69"/>
        <source>Messages shown on this step</source>
        <translation>Komunikaty wyświetlone w tym kroku</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="76"/>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Wstecz</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="77"/>
        <location filename="../../app/gui/staff/replay_window.py" line="120"/>
        <source>▶ &amp;Play</source>
        <translation>▶ &amp;Odtwórz</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="78"/>
        <source>&amp;Step ▶</source>
        <translation>&amp;Krok ▶</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="123"/>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ W&amp;strzymaj</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="138"/>
        <source>Error: %s</source>
        <translation>Błąd: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/replay_window.py" line="138"/>
        <source>Shown: %s</source>
        <translation>Wyświetlono: %s</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="55"/>
        <source>Your reply</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="57"/>
        <source>Write your reply… You can drop files here to attach them.</source>
        <translation>Napisz odpowiedź… Pliki można upuścić tutaj, aby je załączyć.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="70"/>
        <source>A&amp;ttach files…</source>
        <translation>&amp;Załącz pliki…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="71"/>
        <source>&amp;Send reply</source>
        <translation>&amp;Wyślij odpowiedź</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="100"/>
        <source>“{name}” is attached already.</source>
        <translation>Plik „{name}” jest już załączony.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="104"/>
        <source>A reply takes at most {count} files.</source>
        <translation>Odpowiedź może zawierać najwyżej {count} plików.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="157"/>
        <source>This request is closed. Start a follow-up request to go on.</source>
        <translation>To zgłoszenie jest zamknięte. Utwórz zgłoszenie uzupełniające, aby kontynuować.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="167"/>
        <source>A reply can be at most 20,000 characters long.</source>
        <translation>Odpowiedź może mieć najwyżej 20 000 znaków.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="173"/>
        <source>“%s” could not be sent; remove it or try it again.</source>
        <translation>Nie udało się wysłać pliku „%s”; usuń go lub spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="191"/>
        <source>Sending the files first…</source>
        <translation>Najpierw wysyłanie plików…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="207"/>
        <source>A file could not be sent; see the list.</source>
        <translation>Nie udało się wysłać pliku; zobacz listę.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="215"/>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="229"/>
        <source>Your reply was sent.</source>
        <translation>Odpowiedź została wysłana.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/reply_box.py" line="251"/>
        <source>The service cannot be reached. Your reply is kept and is sent by itself, once, when the service answers again.</source>
        <translation>Nie można połączyć się z usługą. Odpowiedź została zachowana i zostanie wysłana automatycznie, jeden raz, gdy usługa znów odpowie.</translation>
    </message>
</context>
<context>
    <name>RequestExport</name>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="27"/>
        <location filename="../../app/gui/requests/export_ui.py" line="104"/>
        <source>Request {number}</source>
        <translation>Zgłoszenie {number}</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="28"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="29"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="30"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="31"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="32"/>
        <source>Operating system</source>
        <translation>System operacyjny</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="33"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="34"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="35"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="36"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="37"/>
        <source>Last update</source>
        <translation>Ostatnia aktualizacja</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="38"/>
        <source>System report</source>
        <translation>Raport systemu</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="39"/>
        <source>Conversation</source>
        <translation>Korespondencja</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="40"/>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="41"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="42"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="44"/>
        <source>Status: {from_status} → {to_status}</source>
        <translation>Stan: {from_status} → {to_status}</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="47"/>
        <source>Request filed</source>
        <translation>Zgłoszenie złożone</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="48"/>
        <source>No files are attached.</source>
        <translation>Brak załączonych plików.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="49"/>
        <source>Exported from Personal Cabinet</source>
        <translation>Wyeksportowano z Panelu Klienta</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="50"/>
        <source>Internal note — staff only</source>
        <translation>Notatka wewnętrzna — tylko dla personelu</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="54"/>
        <source>You</source>
        <translation>Ty</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="55"/>
        <source>Technical Support</source>
        <translation>Pomoc techniczna</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/export_ui.py" line="56"/>
        <location filename="../../app/gui/requests/export_ui.py" line="108"/>
        <source>Personal Cabinet</source>
        <translation>Panel Klienta</translation>
    </message>
</context>
<context>
    <name>RequestWindow</name>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="80"/>
        <source>Request</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="86"/>
        <source>Loading the request…</source>
        <translation>Wczytywanie zgłoszenia…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="94"/>
        <source>Re&amp;open</source>
        <translation>&amp;Otwórz ponownie</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="95"/>
        <source>Start a &amp;follow-up…</source>
        <translation>Utwórz zgłoszenie &amp;uzupełniające…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="96"/>
        <source>&amp;Close request</source>
        <translation>&amp;Zamknij zgłoszenie</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="97"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksportuj</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="99"/>
        <source>As &amp;HTML…</source>
        <translation>Jako &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="100"/>
        <source>As &amp;PDF…</source>
        <translation>Jako &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="118"/>
        <location filename="../../app/gui/requests/request_window.py" line="142"/>
        <source>Conversation</source>
        <translation>Korespondencja</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="125"/>
        <source>Did this help?</source>
        <translation>Czy to pomogło?</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="127"/>
        <source>A comment for the experts (optional)</source>
        <translation>Komentarz dla ekspertów (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="128"/>
        <source>Comment on the answer</source>
        <translation>Komentarz do odpowiedzi</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="129"/>
        <source>&amp;Yes, it helped</source>
        <translation>&amp;Tak, pomogło</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="130"/>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="147"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="153"/>
        <source>Attached files</source>
        <translation>Załączone pliki</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="155"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="155"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="155"/>
        <location filename="../../app/gui/requests/request_window.py" line="179"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="155"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="162"/>
        <source>&amp;Download…</source>
        <translation>Po&amp;bierz…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="163"/>
        <source>Download &amp;all…</source>
        <translation>Pobierz &amp;wszystkie…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="165"/>
        <source>Download</source>
        <translation>Pobierz</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="174"/>
        <source>Files</source>
        <translation>Pliki</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="178"/>
        <source>Status history</source>
        <translation>Historia stanów</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="179"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="179"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="182"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="253"/>
        <source>Request %s — Personal Cabinet</source>
        <translation>Zgłoszenie %s — Panel Klienta</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="254"/>
        <source>Request %s</source>
        <translation>Zgłoszenie %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="299"/>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="301"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="302"/>
        <source>Technical Support</source>
        <translation>Pomoc techniczna</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="304"/>
        <source>Virus Lab</source>
        <translation>Laboratorium wirusów</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="306"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="308"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="311"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="312"/>
        <source>Operating system</source>
        <translation>System operacyjny</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="313"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="314"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="315"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="316"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="317"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="318"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="319"/>
        <source>Last update</source>
        <translation>Ostatnia aktualizacja</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="320"/>
        <source>System report</source>
        <translation>Raport systemu</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="332"/>
        <source>Follow-up to</source>
        <translation>Uzupełnienie zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="335"/>
        <source>Follow-ups</source>
        <translation>Zgłoszenia uzupełniające</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="341"/>
        <source>Received</source>
        <translation>Odebrano</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="341"/>
        <source>Analyzing</source>
        <translation>Analiza</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="341"/>
        <location filename="../../app/gui/requests/request_window.py" line="371"/>
        <source>Verdict</source>
        <translation>Werdykt</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="341"/>
        <source>Closed</source>
        <translation>Zamknięto</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="345"/>
        <source>Malicious: the file is a threat. The product&apos;s databases will detect it.</source>
        <translation>Złośliwy: plik stanowi zagrożenie. Bazy produktu będą go wykrywać.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="347"/>
        <source>Clean: the analysts found no threat in the file.</source>
        <translation>Czysty: analitycy nie znaleźli w pliku zagrożenia.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="349"/>
        <source>False positive confirmed: the detection will be removed from the databases.</source>
        <translation>Potwierdzono fałszywy alarm: wykrywanie zostanie usunięte z baz.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="362"/>
        <source>None: it was closed before a verdict.</source>
        <translation>Brak: zgłoszenie zamknięto przed wydaniem werdyktu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="368"/>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="371"/>
        <source>Not yet: the analysts are on it.</source>
        <translation>Jeszcze nie: analitycy nad tym pracują.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="372"/>
        <source>Detected as</source>
        <translation>Wykrywany jako</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="373"/>
        <source>Last database update</source>
        <translation>Ostatnia aktualizacja baz</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="374"/>
        <source>Samples</source>
        <translation>Próbki</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="403"/>
        <source>You</source>
        <translation>Ty</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="412"/>
        <source>Files (%d)</source>
        <translation>Pliki (%d)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="424"/>
        <source>(filed)</source>
        <translation>(złożono)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="442"/>
        <source>You said the answer helped. Thank you.</source>
        <translation>Odpowiedź została oznaczona jako pomocna. Dziękujemy.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="444"/>
        <source>You said the answer did not help; the experts see it.</source>
        <translation>Odpowiedź została oznaczona jako niepomocna; eksperci to widzą.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="546"/>
        <source>Close the request</source>
        <translation>Zamknij zgłoszenie</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="548"/>
        <source>Close this request? The experts stop working on it and it takes no more replies; you can start a follow-up request later.</source>
        <translation>Zamknąć to zgłoszenie? Eksperci przestaną nad nim pracować i nie będzie można na nie odpowiadać; później można utworzyć zgłoszenie uzupełniające.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="555"/>
        <source>The request is closed.</source>
        <translation>Zgłoszenie zostało zamknięte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="561"/>
        <source>The request is open again; the experts have been told.</source>
        <translation>Zgłoszenie zostało ponownie otwarte; eksperci zostali powiadomieni.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="574"/>
        <source>Thank you for your answer.</source>
        <translation>Dziękujemy za odpowiedź.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="583"/>
        <source>Start a follow-up request</source>
        <translation>Utwórz zgłoszenie uzupełniające</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="585"/>
        <source>This request can no longer be reopened. Describe what is still wrong; the new request quotes number %s.</source>
        <translation>Tego zgłoszenia nie można już ponownie otworzyć. Opisz, co nadal działa nieprawidłowo; nowe zgłoszenie będzie powoływać się na numer %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="606"/>
        <source>Follow-up request %s was filed.</source>
        <translation>Złożono zgłoszenie uzupełniające %s.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="620"/>
        <source>Your reply waits in the outbox and is sent when the service answers.</source>
        <translation>Odpowiedź oczekuje w skrzynce nadawczej i zostanie wysłana, gdy usługa odpowie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="628"/>
        <source>Your waiting reply was sent.</source>
        <translation>Oczekująca odpowiedź została wysłana.</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="639"/>
        <source>Where to save the files</source>
        <translation>Gdzie zapisać pliki</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="666"/>
        <source>Downloading…</source>
        <translation>Pobieranie…</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="679"/>
        <source>Saved to %s (not opened: check it before you open it).</source>
        <translation>Zapisano w %s (nie otwarto: sprawdź plik przed otwarciem).</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="701"/>
        <source>Export the request as HTML</source>
        <translation>Eksportuj zgłoszenie jako HTML</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="702"/>
        <source>Web page (*.html)</source>
        <translation>Strona internetowa (*.html)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="705"/>
        <source>Export the request as PDF</source>
        <translation>Eksportuj zgłoszenie jako PDF</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="706"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="724"/>
        <source>Could not save: %s</source>
        <translation>Nie udało się zapisać: %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/request_window.py" line="726"/>
        <source>Saved to %s</source>
        <translation>Zapisano w %s</translation>
    </message>
</context>
<context>
    <name>RequestWizard</name>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="90"/>
        <source>Request to Technical Support</source>
        <translation>Zgłoszenie do pomocy technicznej</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="188"/>
        <source>Starting the local service; the request types follow…</source>
        <translation>Uruchamianie usługi lokalnej; typy zgłoszeń pojawią się za chwilę…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="193"/>
        <source>The request types and products could not be loaded. </source>
        <translation>Nie udało się wczytać typów zgłoszeń i produktów. </translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="332"/>
        <source>Filled in from your product&apos;s link.</source>
        <translation>Wypełniono na podstawie linku z produktu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="334"/>
        <source> From your product&apos;s link: {problems}. Choose below.</source>
        <translation> Z linku z produktu: {problems}. Wybierz poniżej.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="532"/>
        <source>not sent</source>
        <translation>nie wysłano</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="602"/>
        <source>Close the request</source>
        <translation>Zamknij zgłoszenie</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="603"/>
        <source>Keep this request as a draft, to finish it later?</source>
        <translation>Zachować to zgłoszenie jako wersję roboczą, aby dokończyć je później?</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="606"/>
        <source>A draft is offered again the next time you start Personal Cabinet. Discarding it also stops and deletes its unfinished uploads.</source>
        <translation>Wersja robocza zostanie zaproponowana ponownie przy następnym uruchomieniu Panelu Klienta. Odrzucenie jej zatrzymuje również i usuwa niedokończone przesyłanie plików.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="610"/>
        <source>&amp;Keep the draft</source>
        <translation>&amp;Zachowaj wersję roboczą</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="612"/>
        <source>&amp;Discard the request</source>
        <translation>&amp;Odrzuć zgłoszenie</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/wizard.py" line="614"/>
        <source>Continue &amp;editing</source>
        <translation>Kontynuuj &amp;edycję</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="33"/>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="34"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="35"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="36"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="37"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="38"/>
        <source>Last update</source>
        <translation>Ostatnia aktualizacja</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="245"/>
        <source>New answer or status change you have not seen</source>
        <translation>Nowa odpowiedź lub zmiana stanu, której jeszcze nie wyświetlono</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="250"/>
        <source>Files are attached</source>
        <translation>Załączono pliki</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="256"/>
        <source>unread</source>
        <translation>nieprzeczytane</translation>
    </message>
    <message>
        <location filename="../../app/gui/requests/list_model.py" line="258"/>
        <source>with files</source>
        <translation>z plikami</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="66"/>
        <location filename="../../app/gui/pages/requests.py" line="98"/>
        <source>My requests</source>
        <translation>Moje zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="69"/>
        <source>&amp;Refresh</source>
        <translation>O&amp;dśwież</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="81"/>
        <source>Kind of request</source>
        <translation>Rodzaj zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="83"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="85"/>
        <source>Request type</source>
        <translation>Typ zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="87"/>
        <source>Search by number or words…</source>
        <translation>Szukaj według numeru lub słów…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="88"/>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="132"/>
        <source>Loading</source>
        <translation>Wczytywanie</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="234"/>
        <source>Support and Virus Lab</source>
        <translation>Pomoc techniczna i Laboratorium wirusów</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="235"/>
        <source>Technical Support</source>
        <translation>Pomoc techniczna</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="236"/>
        <source>Virus Lab</source>
        <translation>Laboratorium wirusów</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="248"/>
        <source>Any status</source>
        <translation>Dowolny stan</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="258"/>
        <source>Any type</source>
        <translation>Dowolny typ</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="298"/>
        <source>%d unread</source>
        <translation>Nieprzeczytane: %d</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="317"/>
        <source>No requests match these filters.</source>
        <translation>Żadne zgłoszenie nie pasuje do tych filtrów.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="318"/>
        <source>&amp;Show all requests</source>
        <translation>&amp;Pokaż wszystkie zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="322"/>
        <source>You have not sent any requests yet. When you ask Technical Support or the Virus Lab for help, your requests and their answers appear here.</source>
        <translation>Nie wysłano jeszcze żadnych zgłoszeń. Zgłoszenia do pomocy technicznej lub Laboratorium wirusów oraz odpowiedzi na nie pojawią się tutaj.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="326"/>
        <source>&amp;Ask for help…</source>
        <translation>Poproś o po&amp;moc…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="329"/>
        <source>1 request shown</source>
        <translation>Wyświetlono 1 zgłoszenie</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="329"/>
        <source>%d requests shown</source>
        <translation>Wyświetlone zgłoszenia: %d</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="330"/>
        <source> — scroll for more</source>
        <translation> — przewiń, aby zobaczyć więcej</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="355"/>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/requests.py" line="356"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="42"/>
        <source>Check what you entered. Use Back (or a Change link) to correct it, then submit the request.</source>
        <translation>Sprawdź wprowadzone dane. Użyj przycisku Wstecz (lub linku Zmień), aby je poprawić, a następnie wyślij zgłoszenie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="49"/>
        <source>&amp;Submit request</source>
        <translation>&amp;Wyślij zgłoszenie</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="51"/>
        <location filename="../../app/gui/wizard/review.py" line="158"/>
        <source>Your request</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="56"/>
        <source>Requests without an account need the characters from the picture:</source>
        <translation>Zgłoszenia bez konta wymagają przepisania znaków z obrazka:</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="64"/>
        <source>Sending</source>
        <translation>Wysyłanie</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="131"/>
        <source>Request type and product</source>
        <translation>Typ zgłoszenia i produkt</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="139"/>
        <source>Signed in as {signed_in_as}</source>
        <translation>Zalogowano jako {signed_in_as}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="141"/>
        <source>Without an account (step skipped); the answer comes by e-mail</source>
        <translation>Bez konta (krok pominięty); odpowiedź przyjdzie e-mailem</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="143"/>
        <source>Not chosen yet</source>
        <translation>Jeszcze nie wybrano</translation>
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
        <translation>brak</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="170"/>
        <source>Your computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/review.py" line="178"/>
        <source>Change</source>
        <translation>Zmień</translation>
    </message>
</context>
<context>
    <name>Samples</name>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="28"/>
        <source>A security product may have locked it or moved it to quarantine: restore it from quarantine (or pause real-time protection for this folder) and add it again.</source>
        <translation>Produkt zabezpieczający mógł zablokować plik lub przenieść go do kwarantanny: przywróć go z kwarantanny (lub wstrzymaj ochronę w czasie rzeczywistym dla tego folderu) i dodaj go ponownie.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="60"/>
        <source>“{name}” is no longer there. {hint}</source>
        <translation>Pliku „{name}” już nie ma. {hint}</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="66"/>
        <source>“{name}” cannot be read: access was refused. {hint}</source>
        <translation>Nie można odczytać pliku „{name}”: odmowa dostępu. {hint}</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="71"/>
        <source>“{name}” cannot be read: {value}.</source>
        <translation>Nie można odczytać pliku „{name}”: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="94"/>
        <source>“{name}” is a folder; add the files in it.</source>
        <translation>„{name}” to folder; dodaj znajdujące się w nim pliki.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="101"/>
        <source>“{name}” is {size}; the Virus Lab takes samples up to {limit}.</source>
        <translation>Plik „{name}” ma rozmiar {size}; Laboratorium wirusów przyjmuje próbki do {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="107"/>
        <source>“{name}” is empty (0 bytes); there is nothing in it to check.</source>
        <translation>Plik „{name}” jest pusty (0 bajtów); nie ma w nim nic do sprawdzenia.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="116"/>
        <source>“{name}” changed while it was read; add it again.</source>
        <translation>Plik „{name}” zmienił się podczas odczytu; dodaj go ponownie.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="135"/>
        <source>Send at most {count} samples in one request.</source>
        <translation>W jednym zgłoszeniu można wysłać najwyżej {count} próbek.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="143"/>
        <source>“{name}” is added already.</source>
        <translation>Plik „{name}” jest już dodany.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="148"/>
        <source>Another sample is called “{name}” already; rename one of them first.</source>
        <translation>Inna próbka ma już nazwę „{name}”; najpierw zmień nazwę jednej z nich.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/samples.py" line="226"/>
        <source>“{name}” changed after it was added (its SHA-256 is not the one shown). Remove it and add it again.</source>
        <translation>Plik „{name}” zmienił się po dodaniu (jego SHA-256 nie jest zgodny z wyświetlonym). Usuń go i dodaj ponownie.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="45"/>
        <source>Operating system</source>
        <translation>System operacyjny</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="46"/>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="47"/>
        <source>CPU</source>
        <translation>Procesor</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="48"/>
        <source>Memory</source>
        <translation>Pamięć</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="49"/>
        <source>Disks</source>
        <translation>Dyski</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="50"/>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="52"/>
        <source>Processes</source>
        <translation>Procesy</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="54"/>
        <source>Services</source>
        <translation>Usługi</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="55"/>
        <source>Startup items</source>
        <translation>Elementy autostartu</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="56"/>
        <source>Installed software</source>
        <translation>Zainstalowane oprogramowanie</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="58"/>
        <source>Drivers and kernel modules</source>
        <translation>Sterowniki i moduły jądra</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="61"/>
        <source>Users and sessions</source>
        <translation>Użytkownicy i sesje</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="63"/>
        <source>Recent system errors</source>
        <translation>Ostatnie błędy systemu</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="66"/>
        <source>Battery and sensors</source>
        <translation>Bateria i czujniki</translation>
    </message>
    <message>
        <location filename="../../app/sysinfo/sections/__init__.py" line="71"/>
        <source>Security product</source>
        <translation>Oprogramowanie zabezpieczające</translation>
    </message>
</context>
<context>
    <name>ServiceConnection</name>
    <message>
        <location filename="../../app/gui/connection.py" line="104"/>
        <source>Local service on this computer</source>
        <translation>Usługa lokalna na tym komputerze</translation>
    </message>
</context>
<context>
    <name>ServiceStatus</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="132"/>
        <source>Service status</source>
        <translation>Stan usługi</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="138"/>
        <source>starting…</source>
        <translation>uruchamianie…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="139"/>
        <source>reachable</source>
        <translation>osiągalna</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="140"/>
        <source>not reachable</source>
        <translation>nieosiągalna</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="141"/>
        <source>stopped</source>
        <translation>zatrzymana</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../app/gui/session.py" line="174"/>
        <source>Your sign-in has expired; sign in again.</source>
        <translation>Sesja logowania wygasła; zaloguj się ponownie.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="20"/>
        <source>Follow the system</source>
        <translation>Zgodnie z systemem</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="21"/>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="22"/>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="49"/>
        <source>As the system ({language})</source>
        <translation>Jak w systemie ({language})</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="56"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="58"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="62"/>
        <source>Notify me of new answers and status changes of my requests</source>
        <translation>Powiadamiaj o nowych odpowiedziach i zmianach stanu moich zgłoszeń</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="91"/>
        <source>the support service</source>
        <translation>usługa pomocy technicznej</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="94"/>
        <source>{url} answers: {vendor}, version {version}.</source>
        <translation>{url} odpowiada: {vendor}, wersja {version}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/settings.py" line="146"/>
        <source>The language is changed. Windows that were already open (a request, the request wizard) show it when you open them again.</source>
        <translation>Język został zmieniony. Okna otwarte wcześniej (zgłoszenie, kreator zgłoszenia) pokażą go po ponownym otwarciu.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="12"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="18"/>
        <source>Support service</source>
        <translation>Usługa pomocy technicznej</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="24"/>
        <source>&amp;Local service on this computer</source>
        <translation>&amp;Usługa lokalna na tym komputerze</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="34"/>
        <source>Works without a network connection. Demo products and licenses are included, and mails go to the Local mailbox.</source>
        <translation>Działa bez połączenia z siecią. Zawiera demonstracyjne produkty i licencje, a wiadomości trafiają do lokalnej skrzynki pocztowej.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="50"/>
        <source>&amp;Remote service at this address:</source>
        <translation>Usługa z&amp;dalna pod tym adresem:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="62"/>
        <source>Address of the remote service</source>
        <translation>Adres usługi zdalnej</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="65"/>
        <source>https://support.example.com</source>
        <translation>https://support.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="72"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Testuj połączenie</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="97"/>
        <source>Appearance</source>
        <translation>Wygląd</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="103"/>
        <source>T&amp;heme</source>
        <translation>&amp;Motyw</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="113"/>
        <source>Theme</source>
        <translation>Motyw</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="133"/>
        <source>Working</source>
        <translation>Trwa przetwarzanie</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="155"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="165"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="25"/>
        <source>Sign in</source>
        <translation>Logowanie</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="35"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="68"/>
        <source>Confirm it is you</source>
        <translation>Potwierdź tożsamość</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="68"/>
        <source>Sign in to Personal Cabinet</source>
        <translation>Zaloguj się do Panelu Klienta</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="70"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Potwierdź</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/signin.py" line="70"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Zaloguj się</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="117"/>
        <source>No keyring on this computer: the sign-in is not kept.</source>
        <translation>Brak magazynu kluczy na tym komputerze: dane logowania nie zostaną zachowane.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="124"/>
        <source>Remember me keeps your sign-in in the system keyring (password store). This computer has none, so you will sign in again next time; nothing is saved in a file.</source>
        <translation>Opcja Zapamiętaj mnie przechowuje dane logowania w systemowym magazynie kluczy (menedżerze haseł). Ten komputer go nie ma, więc następnym razem trzeba będzie zalogować się ponownie; nic nie zostaje zapisane w pliku.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="169"/>
        <source>Signed in.</source>
        <translation>Zalogowano.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="229"/>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Wprowadź 6-cyfrowy kod z aplikacji uwierzytelniającej.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="231"/>
        <source>Enter the 6-digit code we sent to your e-mail.</source>
        <translation>Wprowadź 6-cyfrowy kod wysłany na adres e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="238"/>
        <source>You can try again now.</source>
        <translation>Można spróbować ponownie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="241"/>
        <source>A new code is on its way to your e-mail.</source>
        <translation>Nowy kod jest w drodze na adres e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="251"/>
        <source>Correct the marked fields.</source>
        <translation>Popraw zaznaczone pola.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="260"/>
        <source>Enter your e-mail address or Customer ID.</source>
        <translation>Wprowadź adres e-mail lub numer klienta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="261"/>
        <source>Enter your password.</source>
        <translation>Wprowadź hasło.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="262"/>
        <source>Enter the 6-digit code.</source>
        <translation>Wprowadź 6-cyfrowy kod.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="267"/>
        <source>Too many sign-in attempts from this computer.</source>
        <translation>Zbyt wiele prób logowania z tego komputera.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="268"/>
        <source>Too many failed sign-ins to this account.</source>
        <translation>Zbyt wiele nieudanych prób logowania na to konto.</translation>
    </message>
    <message>
        <location filename="../../app/gui/signin_panel.py" line="275"/>
        <source>{reason} Sign-in is locked for a while, to protect the account: you can try again in {time}.</source>
        <translation>{reason} Logowanie zostało na pewien czas zablokowane w celu ochrony konta: można spróbować ponownie za {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="33"/>
        <source>E-mail or &amp;Customer ID</source>
        <translation>E-mail lub &amp;numer klienta</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="43"/>
        <source>E-mail or Customer ID</source>
        <translation>E-mail lub numer klienta</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="46"/>
        <source>name@example.com or your 10-character ID</source>
        <translation>name@example.com lub 10-znakowy numer</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="53"/>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="63"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="73"/>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Zapamiętaj mnie na tym komputerze</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="90"/>
        <source>&amp;Forgot password or Customer ID?</source>
        <translation>Za&amp;pomniane hasło lub numer klienta?</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="113"/>
        <source>Create an acc&amp;ount</source>
        <translation>Utwórz k&amp;onto</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="126"/>
        <source>&amp;Activate an account</source>
        <translation>&amp;Aktywuj konto</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="174"/>
        <source>Verification &amp;code</source>
        <translation>&amp;Kod weryfikacyjny</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="184"/>
        <source>Verification code</source>
        <translation>Kod weryfikacyjny</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="190"/>
        <source>6 digits</source>
        <translation>6 cyfr</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="197"/>
        <source>Sign in with a &amp;different account</source>
        <translation>Zaloguj się na &amp;inne konto</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="216"/>
        <source>Send a new code by &amp;e-mail</source>
        <translation>Wyślij nowy kod &amp;e-mailem</translation>
    </message>
    <message>
        <location filename="../../ui/signin_panel.ui" line="261"/>
        <source>Working</source>
        <translation>Trwa przetwarzanie</translation>
    </message>
</context>
<context>
    <name>StaffRequestView</name>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="62"/>
        <source>Loading the request…</source>
        <translation>Wczytywanie zgłoszenia…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="69"/>
        <source>Move &amp;to…</source>
        <translation>Przenieś &amp;do…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="74"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="78"/>
        <source>Assignee</source>
        <translation>Przypisany</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="81"/>
        <source>Assign to &amp;me</source>
        <translation>Przypisz do &amp;mnie</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="82"/>
        <source>Replay &amp;steps…</source>
        <translation>Odtwórz &amp;kroki…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="83"/>
        <source>System re&amp;port…</source>
        <translation>&amp;Raport systemu…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="86"/>
        <source>&amp;Compare reports…</source>
        <translation>&amp;Porównaj raporty…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="92"/>
        <source>Priority:</source>
        <translation>Priorytet:</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="93"/>
        <source>Assignee:</source>
        <translation>Przypisany:</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="116"/>
        <source>Conversation and internal notes</source>
        <translation>Korespondencja i notatki wewnętrzne</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="120"/>
        <source>&amp;Reply to the customer</source>
        <translation>&amp;Odpowiedz klientowi</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="121"/>
        <source>Internal &amp;note (staff only)</source>
        <translation>&amp;Notatka wewnętrzna (tylko dla personelu)</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="126"/>
        <source>Canned &amp;reply</source>
        <translation>&amp;Gotowa odpowiedź</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="136"/>
        <source>Your reply</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="144"/>
        <source>Conversation</source>
        <translation>Korespondencja</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="148"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="203"/>
        <source>Request %s</source>
        <translation>Zgłoszenie %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="206"/>
        <location filename="../../app/gui/staff/request_view.py" line="254"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="206"/>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="229"/>
        <source>This report beside the customer&apos;s earlier one, of request %s (%s): what changed on the computer in between</source>
        <translation>Ten raport obok wcześniejszego raportu klienta ze zgłoszenia %s (%s): co zmieniło się w międzyczasie na komputerze</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="239"/>
        <source>Nobody</source>
        <translation>Nikt</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="255"/>
        <source>Customer ID</source>
        <translation>Numer klienta</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="255"/>
        <source>(no account)</source>
        <translation>(brak konta)</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="256"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="257"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="258"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="259"/>
        <source>Operating system</source>
        <translation>System operacyjny</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="260"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="262"/>
        <source>Client version</source>
        <translation>Wersja klienta</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="273"/>
        <source>Client language</source>
        <translation>Język klienta</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="294"/>
        <source>Save this text as a canned reply…</source>
        <translation>Zapisz ten tekst jako gotową odpowiedź…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="297"/>
        <source>Replace one with this text</source>
        <translation>Zastąp jedną z nich tym tekstem</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="298"/>
        <source>Delete one</source>
        <translation>Usuń jedną</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="316"/>
        <source>Add &amp;internal note</source>
        <translation>Dodaj notatkę wewnę&amp;trzną</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="317"/>
        <source>A note only staff see…</source>
        <translation>Notatka widoczna tylko dla personelu…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="320"/>
        <source>&amp;Send reply to the customer</source>
        <translation>&amp;Wyślij odpowiedź klientowi</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="321"/>
        <source>Your answer to the customer…</source>
        <translation>Odpowiedź dla klienta…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="339"/>
        <source>Write the reply first, then save it.</source>
        <translation>Najpierw napisz odpowiedź, a potem ją zapisz.</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="341"/>
        <source>Canned reply</source>
        <translation>Gotowa odpowiedź</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="341"/>
        <source>Title:</source>
        <translation>Tytuł:</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="358"/>
        <source>Write the new text first, then replace.</source>
        <translation>Najpierw napisz nowy tekst, a potem zastąp.</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="378"/>
        <source>Delete the canned reply</source>
        <translation>Usuń gotową odpowiedź</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="379"/>
        <source>Delete the canned reply “{title}” for every staff member?</source>
        <translation>Usunąć gotową odpowiedź „{title}” dla całego personelu?</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="396"/>
        <source>Write something first.</source>
        <translation>Najpierw coś napisz.</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="519"/>
        <source>Request %s of %s</source>
        <translation>Zgłoszenie %s z %s</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="570"/>
        <source>%s is writing a reply</source>
        <translation>%s pisze odpowiedź</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/request_view.py" line="572"/>
        <source>%s has this request open</source>
        <translation>%s ma otwarte to zgłoszenie</translation>
    </message>
</context>
<context>
    <name>StaffWorkspace</name>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="32"/>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="33"/>
        <source>Request</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="34"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="52"/>
        <source>Staff sections</source>
        <translation>Sekcje personelu</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="73"/>
        <source>Open a request from the queue to work on it here.</source>
        <translation>Otwórz zgłoszenie z kolejki, aby nad nim tutaj pracować.</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/workspace.py" line="115"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="29"/>
        <source>Request type</source>
        <translation>Typ zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="30"/>
        <source>Your account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="31"/>
        <source>Your request</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="32"/>
        <source>Your computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="33"/>
        <source>Review and send</source>
        <translation>Sprawdź i wyślij</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="43"/>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="80"/>
        <source>All steps done</source>
        <translation>Wszystkie kroki ukończone</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/widgets.py" line="82"/>
        <source>Step {current} of 5: {title}</source>
        <translation>Krok {current} z 5: {title}</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../app/gui/wizard/base.py" line="49"/>
        <source>Step {step} of 5: {title}</source>
        <translation>Krok {step} z 5: {title}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/base.py" line="108"/>
        <source>Correct the marked fields.</source>
        <translation>Popraw zaznaczone pola.</translation>
    </message>
</context>
<context>
    <name>Submission</name>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="192"/>
        <source>The service cannot be reached, and a request without an account needs it right away to check the characters from the picture, so it cannot wait in the outbox. Your request is kept as a draft: submit it again when the service answers (the status bar shows when). Or go back to step 2 and sign in — signed-in requests wait in the outbox and go out by themselves.</source>
        <translation>Nie można połączyć się z usługą, a zgłoszenie bez konta wymaga jej natychmiast do sprawdzenia znaków z obrazka, więc nie może czekać w skrzynce nadawczej. Zgłoszenie zostało zachowane jako wersja robocza: wyślij je ponownie, gdy usługa odpowie (pokaże to pasek stanu). Można też wrócić do kroku 2 i się zalogować — zgłoszenia zalogowanych użytkowników czekają w skrzynce nadawczej i są wysyłane automatycznie.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="224"/>
        <source>Sending the request…</source>
        <translation>Wysyłanie zgłoszenia…</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="230"/>
        <source>{name}: {message}.</source>
        <translation>{name}: {message}.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="236"/>
        <source>Some files could not be sent: {files} Remove them on their step, or submit again.</source>
        <translation>Nie udało się wysłać niektórych plików: {files} Usuń je w odpowiednim kroku lub wyślij ponownie.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="262"/>
        <source>The request could not be kept: {reason}</source>
        <translation>Nie udało się zachować zgłoszenia: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="289"/>
        <location filename="../../app/core/wizard/submission.py" line="316"/>
        <source>Sending the files…</source>
        <translation>Wysyłanie plików…</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/submission.py" line="300"/>
        <source>Keeping the request in the outbox…</source>
        <translation>Zapisywanie zgłoszenia w skrzynce nadawczej…</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <location filename="../../app/gui/pages/support.py" line="61"/>
        <source>The list of request types and products could not be loaded. </source>
        <translation>Nie udało się wczytać listy typów zgłoszeń i produktów. </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="75"/>
        <source>Choose the request type…</source>
        <translation>Wybierz typ zgłoszenia…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="82"/>
        <source>Choose your product…</source>
        <translation>Wybierz produkt…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="100"/>
        <source>You may send this type of request without an account.</source>
        <translation>Ten typ zgłoszenia można wysłać bez konta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="109"/>
        <source>for example {version}</source>
        <translation>na przykład {version}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="143"/>
        <source>From your product&apos;s link: {problems}. Choose it below.</source>
        <translation>Z linku z produktu: {problems}. Wybierz poniżej.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/support.py" line="123"/>
        <source>Filled in from your product&apos;s link.</source>
        <translation>Wypełniono na podstawie linku z produktu.</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="9"/>
        <source>Request to Technical Support</source>
        <translation>Zgłoszenie do pomocy technicznej</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="19"/>
        <source>A request takes five steps: 1. the request type and your product; 2. your account; 3. a detailed description, your e-mail and country, and files; 4. your operating system and the product version, with a GetSystemInfo report; 5. a review before you send it. The request number is shown at the end, and the experts&apos; answers appear in My requests.</source>
        <translation>Zgłoszenie składa się z pięciu kroków: 1. typ zgłoszenia i produkt; 2. konto; 3. szczegółowy opis, adres e-mail, kraj i pliki; 4. system operacyjny i wersja produktu wraz z raportem GetSystemInfo; 5. sprawdzenie przed wysłaniem. Na końcu zostanie wyświetlony numer zgłoszenia, a odpowiedzi ekspertów pojawią się w sekcji Moje zgłoszenia.</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="29"/>
        <source>Step 1 of 5: request type and product</source>
        <translation>Krok 1 z 5: typ zgłoszenia i produkt</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="35"/>
        <source>Request &amp;type</source>
        <translation>&amp;Typ zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="45"/>
        <source>Request type</source>
        <translation>Typ zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="52"/>
        <source>About this request type</source>
        <translation>Informacje o tym typie zgłoszenia</translation>
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
        <translation>W&amp;ersja produktu</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="92"/>
        <source>Product version</source>
        <translation>Wersja produktu</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="95"/>
        <source>for example 21.3.10.391</source>
        <translation>na przykład 21.3.10.391</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="135"/>
        <source>Loading the catalog</source>
        <translation>Wczytywanie katalogu</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="150"/>
        <source>&amp;Reload the catalog</source>
        <translation>&amp;Wczytaj ponownie katalog</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="168"/>
        <source>Opens the request form with the type, product and version chosen here.</source>
        <translation>Otwiera formularz zgłoszenia z wybranym tutaj typem, produktem i wersją.</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="171"/>
        <source>&amp;Continue to step 2: your account</source>
        <translation>P&amp;rzejdź do kroku 2: konto</translation>
    </message>
    <message>
        <location filename="../../ui/support_page.ui" line="180"/>
        <source>Your request is kept as a draft while you fill it in. If the service cannot be reached when you submit it, it waits on this computer and is sent by itself when the service answers.</source>
        <translation>Zgłoszenie jest zapisywane jako wersja robocza podczas wypełniania. Jeśli przy wysyłaniu nie będzie można połączyć się z usługą, zgłoszenie zaczeka na tym komputerze i zostanie wysłane automatycznie, gdy usługa odpowie.</translation>
    </message>
</context>
<context>
    <name>SysinfoCompare</name>
    <message>
        <location filename="../../app/gui/sysinfo_compare.py" line="30"/>
        <source>System reports (*.zip *.json);;All files (*)</source>
        <translation>Raporty systemu (*.zip *.json);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>SysinfoPanel</name>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="45"/>
        <source>needing administrator rights</source>
        <translation>wymagające uprawnień administratora</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="50"/>
        <source>{count} complete</source>
        <translation>{count} ukończone</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="53"/>
        <source>{count} sections: {parts}</source>
        <translation>Sekcje ({count}): {parts}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="80"/>
        <source>{exc}. Choose a report saved by GetSystemInfo (a .zip).</source>
        <translation>{exc}. Wybierz raport zapisany przez GetSystemInfo (plik .zip).</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="94"/>
        <source>GetSystemInfo report</source>
        <translation>Raport GetSystemInfo</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="105"/>
        <source>A report about this computer (system, hardware, programs, recent errors) that the experts need for most requests. Names, addresses and serial numbers in it are replaced by pseudonyms; look at it before you send it.</source>
        <translation>Raport o tym komputerze (system, sprzęt, programy, ostatnie błędy), którego eksperci potrzebują w większości zgłoszeń. Nazwy, adresy i numery seryjne są w nim zastępowane pseudonimami; przejrzyj go przed wysłaniem.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="114"/>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="180"/>
        <source>&amp;Generate a report</source>
        <translation>&amp;Wygeneruj raport</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="115"/>
        <source>Cancel &amp;generating</source>
        <translation>Anuluj &amp;generowanie</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="116"/>
        <source>Attach a &amp;saved report…</source>
        <translation>Załącz &amp;zapisany raport…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="117"/>
        <source>Vie&amp;w the report…</source>
        <translation>Wyświet&amp;l raport…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="118"/>
        <source>&amp;Don&apos;t attach it</source>
        <translation>&amp;Nie załączaj</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="130"/>
        <source>Report progress</source>
        <translation>Postęp tworzenia raportu</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="134"/>
        <source>Report status</source>
        <translation>Stan raportu</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="178"/>
        <source>&amp;Generate a new report</source>
        <translation>&amp;Wygeneruj nowy raport</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="183"/>
        <source>Collecting the report; it takes a few seconds.</source>
        <translation>Zbieranie danych do raportu; potrwa to kilka sekund.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="186"/>
        <source>No report attached.</source>
        <translation>Nie załączono raportu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="189"/>
        <source>Opening {name} in the viewer…</source>
        <translation>Otwieranie {name} w przeglądarce raportów…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="194"/>
        <source>made now</source>
        <translation>utworzony teraz</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="194"/>
        <source>saved earlier</source>
        <translation>zapisany wcześniej</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="198"/>
        <source>Attached: {name} ({origin}, {size}){summary}. {upload}.</source>
        <translation>Załączono: {name} ({origin}, {size}){summary}. {upload}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="227"/>
        <source>Starting…</source>
        <translation>Uruchamianie…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="242"/>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="249"/>
        <source>Collected {title} — {done} of {total}</source>
        <translation>Zebrano: {title} — {done} z {total}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="256"/>
        <source>Generating the report was cancelled.</source>
        <translation>Generowanie raportu zostało anulowane.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="266"/>
        <source>The report could not be made: {reason}</source>
        <translation>Nie udało się utworzyć raportu: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="279"/>
        <source>Attach a saved GetSystemInfo report</source>
        <translation>Załącz zapisany raport GetSystemInfo</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="281"/>
        <source>GetSystemInfo reports (*.zip *.json);;All files (*)</source>
        <translation>Raporty GetSystemInfo (*.zip *.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/sysinfo_panel.py" line="288"/>
        <source>Reading {name}…</source>
        <translation>Odczytywanie {name}…</translation>
    </message>
</context>
<context>
    <name>SysinfoViewer</name>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="240"/>
        <source>Report sections</source>
        <translation>Sekcje raportu</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="241"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="247"/>
        <source>Section</source>
        <translation>Sekcja</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="241"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="241"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="257"/>
        <source>Filter rows…</source>
        <translation>Filtruj wiersze…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="258"/>
        <source>Filter rows</source>
        <translation>Filtruj wiersze</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="262"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="263"/>
        <source>Show the original beside what is sent</source>
        <translation>Pokaż oryginał obok wysyłanych danych</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="266"/>
        <source>The original stays on this computer. Highlighted cells differ: they were replaced by pseudonyms or removed.</source>
        <translation>Oryginał pozostaje na tym komputerze. Wyróżnione komórki różnią się: zostały zastąpione pseudonimami lub usunięte.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="272"/>
        <source>What is sent</source>
        <translation>Dane wysyłane</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="273"/>
        <source>Original on this computer</source>
        <translation>Oryginał na tym komputerze</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="274"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="566"/>
        <source>&lt;b&gt;In the report&lt;/b&gt; (what is sent)</source>
        <translation>&lt;b&gt;W raporcie&lt;/b&gt; (dane wysyłane)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="275"/>
        <source>&lt;b&gt;On this computer&lt;/b&gt; (never sent)</source>
        <translation>&lt;b&gt;Na tym komputerze&lt;/b&gt; (nigdy nie są wysyłane)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="355"/>
        <source>Created {created_utc} UTC on {platform} · {count} sections ({summary}) · collected in {duration_ms} ms</source>
        <translation>Utworzono {created_utc} UTC w systemie {platform} · sekcje: {count} ({summary}) · zebrano w {duration_ms} ms</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="370"/>
        <source> · {replaced} private values replaced or removed</source>
        <translation> · zastąpione lub usunięte wartości prywatne: {replaced}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="377"/>
        <source>This report is not redacted: it shows real host and user names, addresses and command lines. Keep it on this computer.</source>
        <translation>Ten raport nie jest zanonimizowany: zawiera prawdziwe nazwy hostów i użytkowników, adresy oraz wiersze poleceń. Zachowaj go na tym komputerze.</translation>
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
            <numerusform>%n wiersz</numerusform>
            <numerusform>%n wiersze</numerusform>
            <numerusform>%n wierszy</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="414"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="509"/>
        <source>Privacy</source>
        <translation>Prywatność</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="415"/>
        <source>redacted</source>
        <translation>zanonimizowany</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="415"/>
        <source>not redacted</source>
        <translation>niezanonimizowany</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="437"/>
        <source>Replaced values</source>
        <translation>Zastąpione wartości</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="450"/>
        <source>Pseudonyms</source>
        <translation>Pseudonimy</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="494"/>
        <source>No data for this section. {value}</source>
        <translation>Brak danych dla tej sekcji. {value}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="512"/>
        <source>Host and user names, home folders, IP and MAC addresses, serial numbers and UUIDs were replaced by pseudonyms; passwords, tokens and keys in command lines were removed and are kept nowhere.</source>
        <translation>Nazwy hostów i użytkowników, foldery domowe, adresy IP i MAC, numery seryjne oraz identyfikatory UUID zostały zastąpione pseudonimami; hasła, tokeny i klucze w wierszach poleceń zostały usunięte i nie są nigdzie przechowywane.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="517"/>
        <source> The pseudonym list below exists only on this computer.</source>
        <translation> Poniższa lista pseudonimów istnieje tylko na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="521"/>
        <source> Replaced: {replaced}.</source>
        <translation> Zastąpiono: {replaced}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="523"/>
        <source>This report is not redacted.</source>
        <translation>Ten raport nie jest zanonimizowany.</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="530"/>
        <source>&lt;b&gt;Pseudonyms&lt;/b&gt; (this list is never sent)</source>
        <translation>&lt;b&gt;Pseudonimy&lt;/b&gt; (ta lista nigdy nie jest wysyłana)</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="546"/>
        <source>Original</source>
        <translation>Oryginał</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="558"/>
        <source>Sent as</source>
        <translation>Wysyłane jako</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="612"/>
        <source>{shown} of {rows}</source>
        <translation>{shown} z {rows}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="639"/>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="640"/>
        <source>property</source>
        <translation>właściwość</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="641"/>
        <source>value</source>
        <translation>wartość</translation>
    </message>
</context>
<context>
    <name>SystemPage</name>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="639"/>
        <source>Say which operating system and which exact version of the product you use, and attach a GetSystemInfo report.</source>
        <translation>Podaj system operacyjny i dokładną wersję używanego produktu oraz załącz raport GetSystemInfo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="653"/>
        <source>Detected on this computer; correct it if the problem is elsewhere.</source>
        <translation>Wykryto na tym komputerze; popraw, jeśli problem dotyczy innego komputera.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="678"/>
        <source>the full version, for example {example}</source>
        <translation>pełna wersja, na przykład {example}</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="681"/>
        <source>From your product&apos;s link.</source>
        <translation>Z linku z produktu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="683"/>
        <source>Numbers separated by dots, as shown in the product&apos;s About window.</source>
        <translation>Liczby oddzielone kropkami, tak jak w oknie „O programie” produktu.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="65"/>
        <source>“{name}” is a folder; attach the files in it, or a zip of it.</source>
        <translation>„{name}” to folder; załącz znajdujące się w nim pliki lub jego archiwum zip.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="74"/>
        <source>“{name}” no longer exists; it was moved or deleted.</source>
        <translation>Plik „{name}” już nie istnieje; został przeniesiony lub usunięty.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="80"/>
        <source>“{name}” cannot be read: you do not have permission to open it.</source>
        <translation>Nie można odczytać pliku „{name}”: brak uprawnień do jego otwarcia.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="86"/>
        <location filename="../../app/core/wizard/transfer.py" line="264"/>
        <source>“{name}” cannot be read: {value}.</source>
        <translation>Nie można odczytać pliku „{name}”: {value}.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="92"/>
        <source>“{name}” is empty (0 bytes); there is nothing in it to send.</source>
        <translation>Plik „{name}” jest pusty (0 bajtów); nie ma w nim nic do wysłania.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="98"/>
        <source>“{name}” is {size}; files up to {limit} can be attached. Compress it or split it into parts.</source>
        <translation>Plik „{name}” ma rozmiar {size}; można załączać pliki do {limit}. Skompresuj go lub podziel na części.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="123"/>
        <source>“{name}” is attached already.</source>
        <translation>Plik „{name}” jest już załączony.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="130"/>
        <source>A request takes at most {count} files; pack more in a zip.</source>
        <translation>Zgłoszenie może zawierać najwyżej {count} plików; więcej plików spakuj do archiwum zip.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="190"/>
        <source>The service stored “{name}” with a different checksum: the file changed while it was sent, or it was damaged on the way. Send it again.</source>
        <translation>Usługa zapisała plik „{name}” z inną sumą kontrolną: plik zmienił się podczas wysyłania lub został uszkodzony po drodze. Wyślij go ponownie.</translation>
    </message>
    <message>
        <location filename="../../app/core/wizard/transfer.py" line="221"/>
        <source>“{name}” changed while it was read; add it again.</source>
        <translation>Plik „{name}” zmienił się podczas odczytu; dodaj go ponownie.</translation>
    </message>
</context>
<context>
    <name>TransferManager</name>
    <message>
        <location filename="../../app/gui/wizard/transfers.py" line="114"/>
        <source>Waiting for the connection…</source>
        <translation>Oczekiwanie na połączenie…</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/transfers.py" line="233"/>
        <source>Waiting for the service; it goes on when the service answers.</source>
        <translation>Oczekiwanie na usługę; wysyłanie zostanie wznowione, gdy usługa odpowie.</translation>
    </message>
</context>
<context>
    <name>TwoFactorDialog</name>
    <message>
        <location filename="../../ui/two_factor.ui" line="12"/>
        <location filename="../../ui/two_factor.ui" line="18"/>
        <source>Two-factor sign-in</source>
        <translation>Logowanie dwuetapowe</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="28"/>
        <source>Authenticator app</source>
        <translation>Aplikacja uwierzytelniająca</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="51"/>
        <source>&amp;Set up an authenticator app…</source>
        <translation>&amp;Skonfiguruj aplikację uwierzytelniającą…</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="84"/>
        <source>QR code for the authenticator app</source>
        <translation>Kod QR dla aplikacji uwierzytelniającej</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="96"/>
        <source>Scan the QR code with your authenticator app, or type the secret key into it. Then enter the 6-digit code the app shows.</source>
        <translation>Zeskanuj kod QR aplikacją uwierzytelniającą lub wpisz w niej klucz tajny. Następnie wprowadź 6-cyfrowy kod wyświetlany przez aplikację.</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="108"/>
        <source>Secret &amp;key</source>
        <translation>&amp;Klucz tajny</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="120"/>
        <source>Secret key</source>
        <translation>Klucz tajny</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="130"/>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;iuj</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="146"/>
        <source>&amp;Code from the app</source>
        <translation>K&amp;od z aplikacji</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="156"/>
        <location filename="../../ui/two_factor.ui" line="231"/>
        <source>Code from the app</source>
        <translation>Kod z aplikacji</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="177"/>
        <source>&amp;Turn on</source>
        <translation>&amp;Włącz</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="201"/>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="211"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="221"/>
        <source>Code from the &amp;app</source>
        <translation>Kod z &amp;aplikacji</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="241"/>
        <source>T&amp;urn off the authenticator app</source>
        <translation>Wyłą&amp;cz aplikację uwierzytelniającą</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="258"/>
        <source>One-time code by e-mail</source>
        <translation>Jednorazowy kod e-mailem</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="264"/>
        <source>Ask for a code sent by &amp;e-mail when I sign in</source>
        <translation>Wymagaj kodu wysyłanego &amp;e-mailem przy logowaniu</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="271"/>
        <source>Pass&amp;word</source>
        <translation>Has&amp;ło</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="281"/>
        <source>Password to change the e-mail code setting</source>
        <translation>Hasło do zmiany ustawienia kodu e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="291"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="317"/>
        <source>Working</source>
        <translation>Trwa przetwarzanie</translation>
    </message>
    <message>
        <location filename="../../ui/two_factor.ui" line="339"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="80"/>
        <source>&lt;b&gt;On.&lt;/b&gt; Signing in asks for the 6-digit code of your authenticator app. To turn it off, enter your password and a current code.</source>
        <translation>&lt;b&gt;Włączone.&lt;/b&gt; Przy logowaniu wymagany jest 6-cyfrowy kod z aplikacji uwierzytelniającej. Aby to wyłączyć, wprowadź hasło i bieżący kod.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="88"/>
        <source>&lt;b&gt;Off.&lt;/b&gt; With an authenticator app (on your phone), signing in also asks for the 6-digit code it shows, so a stolen password alone is not enough.</source>
        <translation>&lt;b&gt;Wyłączone.&lt;/b&gt; Z aplikacją uwierzytelniającą (w telefonie) logowanie wymaga również wyświetlanego przez nią 6-cyfrowego kodu, więc samo skradzione hasło nie wystarczy.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="116"/>
        <source>&lt;b&gt;Setting up.&lt;/b&gt; Not on until you enter a code.</source>
        <translation>&lt;b&gt;Konfiguracja.&lt;/b&gt; Funkcja nie zostanie włączona, dopóki nie zostanie wprowadzony kod.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="128"/>
        <source>The authenticator app is on.</source>
        <translation>Aplikacja uwierzytelniająca jest włączona.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="141"/>
        <source>The authenticator app is off.</source>
        <translation>Aplikacja uwierzytelniająca jest wyłączona.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="149"/>
        <source>Enter your password to change this.</source>
        <translation>Wprowadź hasło, aby to zmienić.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="154"/>
        <source>A code by e-mail is now asked for when you sign in.</source>
        <translation>Przy logowaniu wymagany jest teraz kod wysyłany e-mailem.</translation>
    </message>
    <message>
        <location filename="../../app/gui/dialogs/two_factor.py" line="156"/>
        <source>No code by e-mail is asked for any more.</source>
        <translation>Kod wysyłany e-mailem nie jest już wymagany.</translation>
    </message>
</context>
<context>
    <name>TypePage</name>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="74"/>
        <source>Choose what your request is about, and the product you use.</source>
        <translation>Wybierz, czego dotyczy zgłoszenie, oraz używany produkt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="81"/>
        <location filename="../../app/gui/wizard/step_pages.py" line="91"/>
        <source>Request type</source>
        <translation>Typ zgłoszenia</translation>
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
        <translation>Wczytywanie katalogu</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="105"/>
        <source>&amp;Try again</source>
        <translation>&amp;Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="136"/>
        <source> May be sent without an account.</source>
        <translation> Można wysłać bez konta.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="143"/>
        <source>Request &amp;type</source>
        <translation>&amp;Typ zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/step_pages.py" line="148"/>
        <source>Choose your product…</source>
        <translation>Wybierz produkt…</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <location filename="../../app/core/validators.py" line="29"/>
        <source>Enter your e-mail address.</source>
        <translation>Wprowadź adres e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="31"/>
        <source>This e-mail address is too long.</source>
        <translation>Ten adres e-mail jest za długi.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="38"/>
        <source>This is not a valid e-mail address: {exc}</source>
        <translation>To nie jest prawidłowy adres e-mail: {exc}</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="77"/>
        <source>At least 8 characters</source>
        <translation>Co najmniej 8 znaków</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="82"/>
        <source>A digit</source>
        <translation>Cyfra</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="87"/>
        <source>An upper-case Latin letter (A–Z)</source>
        <translation>Wielka litera łacińska (A–Z)</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="92"/>
        <source>A lower-case Latin letter (a–z)</source>
        <translation>Mała litera łacińska (a–z)</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="97"/>
        <source>No spaces</source>
        <translation>Bez spacji</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="102"/>
        <source>At most 128 characters</source>
        <translation>Najwyżej 128 znaków</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="111"/>
        <location filename="../../app/gui/dialogs/base.py" line="259"/>
        <source>Not too simple or common</source>
        <translation>Niezbyt proste ani popularne</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="118"/>
        <source>Use at least 8 characters.</source>
        <translation>Użyj co najmniej 8 znaków.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="119"/>
        <source>Add a digit.</source>
        <translation>Dodaj cyfrę.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="120"/>
        <source>Add an upper-case Latin letter (A–Z).</source>
        <translation>Dodaj wielką literę łacińską (A–Z).</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="121"/>
        <source>Add a lower-case Latin letter (a–z).</source>
        <translation>Dodaj małą literę łacińską (a–z).</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="122"/>
        <source>Remove the spaces.</source>
        <translation>Usuń spacje.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="123"/>
        <source>Use at most 128 characters.</source>
        <translation>Użyj najwyżej 128 znaków.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="124"/>
        <source>This password is too simple or too common; choose another.</source>
        <translation>To hasło jest zbyt proste lub zbyt popularne; wybierz inne.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="145"/>
        <source>The two passwords do not match.</source>
        <translation>Hasła nie są zgodne.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="165"/>
        <source>Enter the activation code.</source>
        <translation>Wprowadź kod aktywacyjny.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="168"/>
        <source>An activation code has only Latin letters and digits.</source>
        <translation>Kod aktywacyjny zawiera tylko litery łacińskie i cyfry.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="172"/>
        <source>An activation code has 20 letters and digits (4 blocks of 5); this one has {count}.</source>
        <translation>Kod aktywacyjny ma 20 liter i cyfr (4 bloki po 5); ten ma ich {count}.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="185"/>
        <source>Enter your Customer ID.</source>
        <translation>Wprowadź numer klienta.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="188"/>
        <source>A Customer ID has 10 Latin letters and digits.</source>
        <translation>Numer klienta składa się z 10 liter łacińskich i cyfr.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="197"/>
        <source>Enter your e-mail address or Customer ID.</source>
        <translation>Wprowadź adres e-mail lub numer klienta.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="204"/>
        <source>Enter an e-mail address or a 10-character Customer ID.</source>
        <translation>Wprowadź adres e-mail lub 10-znakowy numer klienta.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="219"/>
        <source>Enter the product version.</source>
        <translation>Wprowadź wersję produktu.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="222"/>
        <source>Write the version as numbers separated by dots, for example 21.3.10.391.</source>
        <translation>Wpisz wersję jako liczby oddzielone kropkami, na przykład 21.3.10.391.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="238"/>
        <source>Paste the code or the link from the e-mail.</source>
        <translation>Wklej kod lub link z wiadomości e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="244"/>
        <source>This link has no code in it; paste the whole link from the e-mail.</source>
        <translation>Ten link nie zawiera kodu; wklej cały link z wiadomości e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="252"/>
        <source>This does not look like the code from the e-mail.</source>
        <translation>To nie wygląda na kod z wiadomości e-mail.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="261"/>
        <source>Enter the 6-digit code.</source>
        <translation>Wprowadź 6-cyfrowy kod.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="274"/>
        <source>Enter the service address, for example https://support.example.com.</source>
        <translation>Wprowadź adres usługi, na przykład https://support.example.com.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="281"/>
        <source>The service address must start with http:// or https:// and name a host.</source>
        <translation>Adres usługi musi zaczynać się od http:// lub https:// i zawierać nazwę hosta.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="288"/>
        <source>The service address cannot have ? or # parts.</source>
        <translation>Adres usługi nie może zawierać części ? ani #.</translation>
    </message>
    <message>
        <location filename="../../app/core/validators.py" line="294"/>
        <source>The port in the service address is not a number from 1 to 65535.</source>
        <translation>Port w adresie usługi nie jest liczbą od 1 do 65535.</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="675"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="676"/>
        <source>&amp;Open report…</source>
        <translation>&amp;Otwórz raport…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="679"/>
        <source>Co&amp;mpare with another report…</source>
        <translation>Po&amp;równaj z innym raportem…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="681"/>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="684"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="700"/>
        <source>System report</source>
        <translation>Raport systemu</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="698"/>
        <source>System report — {name}</source>
        <translation>Raport systemu — {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="708"/>
        <location filename="../../app/gui/sysinfo_viewer.py" line="726"/>
        <source>Cannot open the report</source>
        <translation>Nie można otworzyć raportu</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="732"/>
        <source>Opening {name}…</source>
        <translation>Otwieranie {name}…</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="739"/>
        <source>Open a system report</source>
        <translation>Otwórz raport systemu</translation>
    </message>
    <message>
        <location filename="../../app/gui/sysinfo_viewer.py" line="741"/>
        <source>System reports (*.zip *.json);;All files (*)</source>
        <translation>Raporty systemu (*.zip *.json);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>ViruslabForm</name>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="27"/>
        <source>Type of request</source>
        <translation>Typ zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="28"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="29"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="30"/>
        <source>Product version</source>
        <translation>Wersja produktu</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="31"/>
        <source>Last successful database update</source>
        <translation>Ostatnia udana aktualizacja baz</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="32"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="33"/>
        <source>Detected as</source>
        <translation>Wykrywany jako</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="34"/>
        <location filename="../../app/core/viruslab/form.py" line="35"/>
        <source>Samples</source>
        <translation>Próbki</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="63"/>
        <source>Choose what kind of file you are sending.</source>
        <translation>Wybierz rodzaj wysyłanego pliku.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="67"/>
        <source>Choose the product that detected (or missed) the file.</source>
        <translation>Wybierz produkt, który wykrył (lub przeoczył) plik.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="76"/>
        <source>The date of the last database update is in the future.</source>
        <translation>Data ostatniej aktualizacji baz jest w przyszłości.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="80"/>
        <source>Describe the file and what the product did with it.</source>
        <translation>Opisz plik i to, co zrobił z nim produkt.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="84"/>
        <source>Give the name under which the product detects the file, as its report shows it.</source>
        <translation>Podaj nazwę, pod jaką produkt wykrywa plik, tak jak w jego raporcie.</translation>
    </message>
    <message>
        <location filename="../../app/core/viruslab/form.py" line="93"/>
        <source>Add the file you want the Virus Lab to check.</source>
        <translation>Dodaj plik, który ma sprawdzić Laboratorium wirusów.</translation>
    </message>
</context>
<context>
    <name>ViruslabPage</name>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="55"/>
        <source>Packing the samples into the encrypted archive… {percent}%</source>
        <translation>Pakowanie próbek do zaszyfrowanego archiwum… {percent}%</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="58"/>
        <source>Sending the archive… {percent}%</source>
        <translation>Wysyłanie archiwum… {percent}%</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="59"/>
        <source>Filing the request…</source>
        <translation>Składanie zgłoszenia…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="110"/>
        <source>Send a file to the Virus Lab</source>
        <translation>Wyślij plik do Laboratorium wirusów</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="115"/>
        <source>Send a file the product does not detect but you suspect, or a clean file it detects by mistake. The Virus Lab&apos;s analysts check it and give a verdict.</source>
        <translation>Wyślij plik, którego produkt nie wykrywa, a który wydaje się podejrzany, lub czysty plik wykrywany przez pomyłkę. Analitycy Laboratorium wirusów sprawdzą go i wydadzą werdykt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="127"/>
        <source>&amp;Suspected unknown malware</source>
        <translation>Podejrzenie &amp;nieznanego szkodliwego oprogramowania</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="128"/>
        <source>&amp;False positive</source>
        <translation>&amp;Fałszywy alarm</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="149"/>
        <source>Type:</source>
        <translation>Typ:</translation>
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
        <translation>na przykład 21.3.10.391 (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="156"/>
        <source>Product version</source>
        <translation>Wersja produktu</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="158"/>
        <source>&amp;Version:</source>
        <translation>&amp;Wersja:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="159"/>
        <source>I know it:</source>
        <translation>Znam ją:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="165"/>
        <source>Date of the last successful database update</source>
        <translation>Data ostatniej udanej aktualizacji baz</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="176"/>
        <source>Last successful
database update:</source>
        <translation>Ostatnia udana
aktualizacja baz:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="179"/>
        <source>as the product&apos;s report names it</source>
        <translation>tak jak w raporcie produktu</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="180"/>
        <source>Detected as</source>
        <translation>Wykrywany jako</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="182"/>
        <source>&amp;Detected as:</source>
        <translation>W&amp;ykrywany jako:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="190"/>
        <source>Where the file came from, and what the product did (or did not do).</source>
        <translation>Skąd pochodzi plik i co zrobił (lub czego nie zrobił) produkt.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="192"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="194"/>
        <source>D&amp;escription:</source>
        <translation>Op&amp;is:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="196"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="197"/>
        <source>where the verdict is sent</source>
        <translation>adres, na który zostanie wysłany werdykt</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="199"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="202"/>
        <source>Sample</source>
        <translation>Próbka</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="202"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="202"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="205"/>
        <source>Samples</source>
        <translation>Próbki</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="212"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Dodaj pliki…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="213"/>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="231"/>
        <source>Sa&amp;mples:</source>
        <translation>Pró&amp;bki:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="269"/>
        <source>&amp;Cancel sending</source>
        <translation>&amp;Anuluj wysyłanie</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="271"/>
        <source>C&amp;lear the form</source>
        <translation>Wy&amp;czyść formularz</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="273"/>
        <source>Se&amp;nd to the Virus Lab</source>
        <translation>Wyślij do &amp;Laboratorium wirusów</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="294"/>
        <source>&amp;Open in My requests</source>
        <translation>&amp;Otwórz w Moich zgłoszeniach</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="296"/>
        <source>Send &amp;another file</source>
        <translation>Wyślij &amp;kolejny plik</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="335"/>
        <source>Choose your product…</source>
        <translation>Wybierz produkt…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="343"/>
        <source>Each sample is read as bytes only — never opened or run — and packed into one zip encrypted with the password “{password}”. Samples up to {limit}.</source>
        <translation>Każda próbka jest odczytywana wyłącznie jako bajty — nigdy nie jest otwierana ani uruchamiana — i pakowana do jednego archiwum zip zaszyfrowanego hasłem „{password}”. Próbki do {limit}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="355"/>
        <source>Sent from your account ({who}); the verdict also appears in My requests.</source>
        <translation>Wysłano z konta ({who}); werdykt pojawi się również w sekcji Moje zgłoszenia.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="500"/>
        <source>Your product&apos;s link names a product “{product}” that is not in the list; choose it below.</source>
        <translation>Link z produktu wskazuje produkt „{product}”, którego nie ma na liście; wybierz go poniżej.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="671"/>
        <source>Your request is with the Virus Lab. Its number is above; the verdict comes by e-mail and appears in My requests.</source>
        <translation>Zgłoszenie trafiło do Laboratorium wirusów. Jego numer jest widoczny powyżej; werdykt przyjdzie e-mailem i pojawi się w sekcji Moje zgłoszenia.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="676"/>
        <source>Your request is with the Virus Lab. Its number is above; the verdict comes by e-mail.</source>
        <translation>Zgłoszenie trafiło do Laboratorium wirusów. Jego numer jest widoczny powyżej; werdykt przyjdzie e-mailem.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="365"/>
        <source>You are not signed in. The request goes without an account: type the characters from the picture. Requests without an account are analysed with a lower priority than those from an account. &lt;a href=&apos;signin&apos;&gt;Sign in&lt;/a&gt;</source>
        <translation>Nie zalogowano. Zgłoszenie zostanie wysłane bez konta: przepisz znaki z obrazka. Zgłoszenia bez konta są analizowane z niższym priorytetem niż zgłoszenia z konta. &lt;a href=&apos;signin&apos;&gt;Zaloguj się&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="480"/>
        <location filename="../../app/gui/pages/viruslab.py" line="494"/>
        <source>Filled in from your product&apos;s link.</source>
        <translation>Wypełniono na podstawie linku z produktu.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="509"/>
        <source>Choose the files for the Virus Lab</source>
        <translation>Wybierz pliki dla Laboratorium wirusów</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="519"/>
        <source>Reading the files…</source>
        <translation>Odczytywanie plików…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="574"/>
        <source>Type the characters from the picture.</source>
        <translation>Przepisz znaki z obrazka.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="583"/>
        <source>Complete the marked fields.</source>
        <translation>Uzupełnij zaznaczone pola.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="591"/>
        <source>The service is not ready yet; try again.</source>
        <translation>Usługa nie jest jeszcze gotowa; spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="648"/>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="660"/>
        <source>Sending was stopped. Send again to go on from where it stopped.</source>
        <translation>Wysyłanie zostało zatrzymane. Wyślij ponownie, aby kontynuować od miejsca przerwania.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="683"/>
        <source>Waiting to be sent</source>
        <translation>Oczekuje na wysłanie</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="686"/>
        <source>The service cannot be reached. Your request and its encrypted archive wait in the outbox (under Support request) and go out by themselves, once, when the service answers.</source>
        <translation>Nie można połączyć się z usługą. Zgłoszenie i jego zaszyfrowane archiwum czekają w skrzynce nadawczej (w sekcji Zgłoszenie do pomocy technicznej) i zostaną wysłane automatycznie, jeden raz, gdy usługa odpowie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/viruslab.py" line="717"/>
        <source>The service cannot be reached, and a request without an account needs it right away to check the characters from the picture, so it cannot wait in the outbox. The form and its packed archive are kept: send again when the service answers, and the upload goes on where it stopped. Or sign in: signed-in requests wait in the outbox.</source>
        <translation>Nie można połączyć się z usługą, a zgłoszenie bez konta wymaga jej natychmiast do sprawdzenia znaków z obrazka, więc nie może czekać w skrzynce nadawczej. Formularz i spakowane archiwum zostały zachowane: wyślij ponownie, gdy usługa odpowie, a przesyłanie zostanie wznowione od miejsca przerwania. Można też się zalogować: zgłoszenia zalogowanych użytkowników czekają w skrzynce nadawczej.</translation>
    </message>
</context>
<context>
    <name>WizardHost</name>
    <message>
        <location filename="../../app/gui/wizard/host.py" line="69"/>
        <source>Your product sent a new request link; finish or close the request that is open first.</source>
        <translation>Produkt przesłał nowy link do zgłoszenia; najpierw dokończ lub zamknij otwarte zgłoszenie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/host.py" line="149"/>
        <source>Finish or close the request that is open first.</source>
        <translation>Najpierw dokończ lub zamknij otwarte zgłoszenie.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/host.py" line="171"/>
        <source>The unfinished request was discarded.</source>
        <translation>Niedokończone zgłoszenie zostało odrzucone.</translation>
    </message>
    <message>
        <location filename="../../app/gui/wizard/host.py" line="189"/>
        <source>Your request {number} has been sent: it waited on this computer while the service could not be reached.</source>
        <translation>Zgłoszenie {number} zostało wysłane: czekało na tym komputerze, gdy nie można było połączyć się z usługą.</translation>
    </message>
</context>
</TS>
