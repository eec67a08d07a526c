/**
 * Polski (Polish). Address: informal "ty" (verb forms, no pronoun), as Google's Polish UI. Terms
 * (docs/TRANSLATING.md): klucz dostępu, aplikacja uwierzytelniająca, kod weryfikacyjny, kod
 * odzyskiwania, weryfikacja dwuetapowa. Plurals: one (1), few (2–4, 22–24), many (5–21, 0), other (1,5).
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Ten kod nie zadziałał. Sprawdź go i spróbuj ponownie.',
  errorRateLimited: 'Zbyt wiele prób. Poczekaj chwilę i spróbuj ponownie.',
  errorRetryIn: 'Zbyt wiele prób. Spróbuj ponownie {time}.',
  errorLockedOut: 'Zbyt wiele prób. Spróbuj ponownie później lub użyj innej metody.',
  retryNow: 'Możesz już spróbować ponownie.',
  errorExpired: 'Ten krok wygasł. Zacznij od nowa.',
  errorAlreadyEnrolled:
    'Dla tego konta jest już skonfigurowana aplikacja uwierzytelniająca. Usuń ją, zanim dodasz kolejną.',
  errorNotEnrolled: 'Ta metoda nie jest jeszcze skonfigurowana dla tego konta.',
  errorPasskeyCancelled: 'Żądanie klucza dostępu zostało anulowane lub przekroczono limit czasu.',
  errorPasskeyUnsupported: 'Ta przeglądarka lub to urządzenie nie obsługuje kluczy dostępu.',
  errorUnauthorized: 'Sesja wygasła. Zaloguj się ponownie.',
  errorStepUpRequired: 'Najpierw potwierdź swoją tożsamość.',
  errorInvalidRequest: 'Żądanie nie zostało przyjęte. Spróbuj ponownie.',
  errorNetwork: 'Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie.',
  errorUnknown: 'Coś poszło nie tak. Spróbuj ponownie.',
  errorNoClient:
    'Ten element nie ma klienta MFA. Umieść go wewnątrz <mfa-provider> lub ustaw jego właściwość client.',
  tryAgain: 'Spróbuj ponownie',
  loading: 'Ładowanie…',
  copy: 'Kopiuj',
  copied: 'Skopiowano',
  copyFailed: 'Nie udało się skopiować. Zaznacz tekst i skopiuj go ręcznie.',
  stepUpConfirm: 'Potwierdź tożsamość',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Kod weryfikacyjny',
  otpValueMissing: 'Wpisz kod.',
  otpTooShort: {
    one: 'Wpisz {count} cyfrę.',
    few: 'Wpisz wszystkie {count} cyfry.',
    many: 'Wpisz wszystkie {count} cyfr.',
    other: 'Wpisz wszystkie {count} cyfry.',
  },
  otpPatternMismatch: 'Wpisz tylko cyfry.',
  otpTooLong: {
    one: 'Wpisz tylko {count} cyfrę.',
    few: 'Wpisz tylko {count} cyfry.',
    many: 'Wpisz tylko {count} cyfr.',
    other: 'Wpisz tylko {count} cyfry.',
  },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Przygotowywanie konfiguracji aplikacji uwierzytelniającej…',
  totpScanTitle: 'Zeskanuj ten kod QR',
  totpScanHint: 'Otwórz aplikację uwierzytelniającą, dodaj konto i skieruj aparat na kod.',
  totpQrLabel: 'Kod QR do dodania konta {account} w aplikacji uwierzytelniającej',
  totpQrLabelIssuer: 'Kod QR do dodania konta {issuer} ({account}) w aplikacji uwierzytelniającej',
  totpIssuer: 'Usługa',
  totpAccount: 'Konto',
  totpManualHint: 'Nie możesz zeskanować kodu? Wpisz zamiast tego ten klucz konfiguracji:',
  totpCopySecret: 'Kopiuj klucz',
  totpOpenLink: 'Skonfiguruj na tym urządzeniu',
  totpCodeTitle: {
    one: 'Wpisz {count}-cyfrowy kod',
    few: 'Wpisz {count}-cyfrowy kod',
    many: 'Wpisz {count}-cyfrowy kod',
    other: 'Wpisz {count}-cyfrowy kod',
  },
  totpCodeHint: 'Wpisz kod, który aplikacja wyświetla teraz dla tego konta.',
  totpCodeLabel: 'Kod z aplikacji uwierzytelniającej',
  totpSubmit: 'Zweryfikuj',
  totpVerifying: 'Sprawdzanie kodu…',
  totpRetryIn: 'Spróbuj ponownie {time}.',
  totpEnrolled: 'Dodano aplikację uwierzytelniającą',
  totpEnrolledHint: 'Od teraz podczas logowania będziesz wpisywać kod z aplikacji.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Zapisz te kody odzyskiwania w bezpiecznym miejscu, np. w menedżerze haseł. Jeśli stracisz dostęp do innych metod logowania, każdy kod umożliwi jednorazowe zalogowanie się.',
  recoveryCodesListLabel: 'Kody odzyskiwania',
  recoveryCodesCopy: 'Kopiuj wszystkie',
  recoveryCodesDownload: 'Pobierz',
  recoveryCodesDownloaded: 'Rozpoczęto pobieranie.',
  recoveryCodesPrint: 'Drukuj',
  recoveryCodesConfirm: 'Mam zapisane te kody',
  recoveryCodesContinue: 'Dalej',
  recoveryCodesSaving: 'Zapisywanie…',
  recoveryCodesDone: 'Kody odzyskiwania zostały zapisane. Przechowuj je w bezpiecznym miejscu.',
  recoveryCodesRegenerating: 'Tworzenie nowych kodów odzyskiwania…',
  recoveryCodesRegenerated: 'Nowe kody odzyskiwania są gotowe. Stare kody już nie działają.',
  recoveryCodesFileTitle: 'Kody odzyskiwania',
  recoveryCodesFileTitleNamed: 'Kody odzyskiwania – {issuer}',
  recoveryCodesFileDate: 'Utworzono {date}',
  recoveryCodesFileNote: 'Każdego kodu można użyć tylko raz. Przechowuj je w bezpiecznym miejscu.',
  recoveryCodeLabel: 'Kod odzyskiwania',
  recoveryCodeHint:
    'Wpisz jeden z zapisanych kodów odzyskiwania. Łączniki, spacje i wielkość liter nie mają znaczenia.',
  recoveryCodeMissing: 'Wpisz kod odzyskiwania.',
  recoveryCodeSubmit: 'Zweryfikuj',
  recoveryCodeVerifying: 'Sprawdzanie kodu…',
  recoveryCodeVerified: 'Kod odzyskiwania został zaakceptowany.',
  recoveryCodesNoneLeft: 'Nie masz już kodów odzyskiwania. Utwórz teraz nowy zestaw.',
  recoveryCodesFewLeft: {
    one: 'Pozostał Ci {count} kod odzyskiwania. Wkrótce utwórz nowy zestaw.',
    few: 'Pozostały Ci {count} kody odzyskiwania. Wkrótce utwórz nowy zestaw.',
    many: 'Pozostało Ci {count} kodów odzyskiwania. Wkrótce utwórz nowy zestaw.',
    other: 'Pozostało Ci {count} kodu odzyskiwania. Wkrótce utwórz nowy zestaw.',
  },
  recoveryCodesRemaining: {
    one: 'Pozostał Ci {count} kod odzyskiwania.',
    few: 'Pozostały Ci {count} kody odzyskiwania.',
    many: 'Pozostało Ci {count} kodów odzyskiwania.',
    other: 'Pozostało Ci {count} kodu odzyskiwania.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Użyj klucza dostępu',
  passkeyRegister: 'Utwórz klucz dostępu',
  passkeyAliasLabel: 'Nazwa klucza dostępu (opcjonalnie)',
  passkeyAliasHint: 'Nazwa, po której później go rozpoznasz, np. „Laptop służbowy”.',
  passkeyWaiting: 'Oczekiwanie na klucz dostępu…',
  passkeyCancelled: 'Nie użyto klucza dostępu. Możesz spróbować ponownie w dowolnym momencie.',
  passkeyVerified: 'Klucz dostępu został zaakceptowany.',
  passkeyRejected:
    'Nie udało się zweryfikować klucza dostępu. Spróbuj ponownie lub zaloguj się w inny sposób.',
  passkeyAlreadyRegistered: 'Ten klucz dostępu jest już skonfigurowany dla tego konta.',
  passkeyCreated: 'Utworzono klucz dostępu.',
  passkeyCreatedNamed: 'Utworzono klucz dostępu „{alias}”.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Metoda weryfikacji',
  verifyMethodPasskey: 'Klucz dostępu',
  verifyMethodTotp: 'Aplikacja uwierzytelniająca',
  verifyMethodRecoveryCode: 'Kod odzyskiwania',
  verifyPasskeyHint:
    'Użyj klucza dostępu na tym urządzeniu, na telefonie lub na kluczu bezpieczeństwa.',
  verifyTotpHint: 'Wpisz 6-cyfrowy kod, który wyświetla teraz aplikacja uwierzytelniająca.',
  verifyTotpLabel: 'Kod z aplikacji uwierzytelniającej',
  verifyTotpSubmit: 'Zweryfikuj',
  verifyTotpVerifying: 'Sprawdzanie kodu…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Potwierdź swoją tożsamość',
  actionGuardChecking: 'Sprawdzanie, czy ta czynność wymaga weryfikacji…',
  actionGuardLoading: 'Ładowanie metod weryfikacji…',
  actionGuardCancel: 'Anuluj',
  actionGuardClose: 'Zamknij',
  actionGuardNoMethod:
    'Ta czynność wymaga weryfikacji dwuetapowej, a dla tego konta nie skonfigurowano jeszcze żadnej metody. Dodaj aplikację uwierzytelniającą lub klucz dostępu w ustawieniach konta, a potem spróbuj ponownie.',
  actionGuardEnrollIntro:
    'Ta czynność wymaga weryfikacji dwuetapowej. Skonfiguruj teraz metodę, a potem użyj jej, aby potwierdzić swoją tożsamość.',
  actionGuardEnrollLabel: 'Metoda do skonfigurowania',
  actionGuardEnrollPasskey: 'Klucz dostępu',
  actionGuardEnrollTotp: 'Aplikacja uwierzytelniająca',
  actionGuardReauthSend: 'Wyślij mi kod e-mailem',
  actionGuardReauthSent: 'Wysłaliśmy kod na adres {destination}. Wpisz go tutaj.',
  actionGuardReauthLabel: 'Kod z e-maila',
  actionGuardReauthResend: 'Wyślij nowy kod',
  actionGuardReauthSendSms: 'Wyślij mi kod SMS-em',
  actionGuardReauthSentSms: 'Wysłaliśmy kod SMS-em na numer {destination}. Wpisz go tutaj.',
  actionGuardReauthLabelSms: 'Kod z SMS-a',
  actionGuardReauthResendIn: 'Nowy kod możesz wysłać {time}.',
  actionGuardReauthResendReady: 'Możesz już wysłać nowy kod.',
  actionGuardEnrolled:
    'Nowa metoda jest skonfigurowana. Teraz użyj jej, aby potwierdzić swoją tożsamość (w aplikacji uwierzytelniającej poczekaj na kolejny kod).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Sprawdzanie zabezpieczeń logowania…',
  flowEnrollHeading: 'Dodaj drugą metodę logowania',
  flowEnrollIntro: 'Wybierz, jak będziesz potwierdzać swoją tożsamość podczas logowania.',
  flowChoiceTotp: 'Aplikacja uwierzytelniająca',
  flowChoiceTotpHint: 'Wpisuj 6-cyfrowy kod z aplikacji, np. Google Authenticator lub 1Password.',
  flowChoicePasskey: 'Klucz dostępu',
  flowChoicePasskeyHint:
    'Użyj blokady ekranu urządzenia (odcisku palca, twarzy lub kodu PIN) albo klucza bezpieczeństwa.',
  flowTotpHeading: 'Skonfiguruj aplikację uwierzytelniającą',
  flowPasskeyHeading: 'Utwórz klucz dostępu',
  flowPasskeyIntro: 'Przeglądarka poprosi o utworzenie klucza dostępu dla tego konta.',
  flowBack: 'Wybierz inną metodę',
  flowNoMethod: 'Żadna z oferowanych tu metod logowania nie działa w tej przeglądarce.',
  flowVerifyHeading: 'Potwierdź swoją tożsamość',
  flowVerifyIntro: 'Aby kontynuować, użyj jednej ze swoich metod logowania.',
  flowAcknowledgeHeading: 'Zapisz kody odzyskiwania',
  flowEnrolledPasskey: 'Dodano klucz dostępu.',
  flowEnrolledTotp: 'Dodano aplikację uwierzytelniającą.',
  flowVerified: 'Zweryfikowano.',
  flowCodesSaved: 'Kody odzyskiwania zostały zapisane.',
  flowDoneHeading: 'Gotowe',
  flowDone: 'Weryfikacja dwuetapowa jest włączona dla tego konta.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Ładowanie metod logowania…',
  devicesListLabel: 'Twoje metody logowania',
  devicesEmpty:
    'Nie masz jeszcze żadnych metod logowania. Dodaj jedną, aby włączyć weryfikację dwuetapową.',
  devicesTypeTotp: 'Aplikacja uwierzytelniająca',
  devicesTypePasskey: 'Klucz dostępu',
  devicesAddedOn: 'Dodano',
  devicesLastUsed: 'Ostatnio użyto',
  devicesNeverUsed: 'Jeszcze nie użyto',
  devicesState: 'Stan',
  devicesVerified: 'Zweryfikowano',
  devicesPending: 'Konfiguracja nieukończona',
  devicesDelete: 'Usuń',
  devicesGuardLabel: 'Usuń „{name}”',
  devicesDeleting: 'Usuwanie „{name}”…',
  devicesDeleted: 'Usunięto „{name}”.',
  devicesNotDeleted: 'Nic nie zostało usunięte.',
  devicesLastWarning:
    '„{name}” to jedyna metoda, za pomocą której możesz potwierdzić swoją tożsamość. Jeśli ją usuniesz, weryfikacja dwuetapowa zostanie wyłączona dla tego konta, dopóki nie dodasz innej metody.',
  devicesConfirmDelete: 'Usuń mimo to',
  devicesKeep: 'Zachowaj',
  devicesRecoveryTitle: 'Kody odzyskiwania',
  devicesRecoveryNone: 'Nie pozostały żadne niewykorzystane kody. Utwórz nowe.',
  devicesRecoveryRemaining: {
    one: 'Pozostał {count} niewykorzystany kod.',
    few: 'Pozostały {count} niewykorzystane kody.',
    many: 'Pozostało {count} niewykorzystanych kodów.',
    other: 'Pozostało {count} niewykorzystanego kodu.',
  },
  devicesRegenerate: 'Utwórz nowe kody',
  devicesRegenerateHint: 'Gdy utworzysz nowe kody, stare przestaną działać.',
  devicesRegenerateGuardLabel: 'Utwórz nowe kody odzyskiwania',
  devicesNewCodesTitle: 'Twoje nowe kody odzyskiwania',
  devicesSaveCodesTitle: 'Zapisz kody odzyskiwania',
  devicesFirstCodesSaved: 'Kody odzyskiwania zostały zapisane.',
  devicesCodesSaved: 'Nowe kody odzyskiwania zostały zapisane. Stare już nie działają.',
  devicesNoNewCodes: 'Nie utworzono nowych kodów.',
  devicesClose: 'Zamknij',
  devicesAddTotp: 'Dodaj aplikację uwierzytelniającą',
  devicesAddPasskey: 'Dodaj klucz dostępu',
  devicesAddTitleTotp: 'Dodawanie aplikacji uwierzytelniającej',
  devicesAddTitlePasskey: 'Dodawanie klucza dostępu',
  devicesCancel: 'Anuluj',
  devicesOneTotp:
    'Możesz mieć jedną aplikację uwierzytelniającą. Aby przejść na inną aplikację lub inny telefon, najpierw usuń obecną, a potem dodaj nową.',
  devicesAdded: 'Dodano „{name}”.',
} satisfies MfaTranslation;

registerMessages('pl', messages);
