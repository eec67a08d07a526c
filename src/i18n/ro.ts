/**
 * Română (Romanian). Address: formal „dumneavoastră” (2nd person plural verbs). Terms
 * (docs/TRANSLATING.md): cheie de acces, aplicație de autentificare, cod de verificare, cod de
 * recuperare, verificare în doi pași. Plurals: one (1), few (0, 2–19, 101–119), other (20+, „de”).
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Codul nu a funcționat. Verificați-l și încercați din nou.',
  errorRateLimited: 'Prea multe încercări. Așteptați puțin și încercați din nou.',
  errorRetryIn: 'Prea multe încercări. Încercați din nou {time}.',
  errorLockedOut: 'Prea multe încercări. Încercați din nou mai târziu sau folosiți altă metodă.',
  retryNow: 'Acum puteți încerca din nou.',
  errorExpired: 'Acest pas a expirat. Începeți din nou.',
  errorAlreadyEnrolled:
    'Pentru contul dumneavoastră este deja configurată o aplicație de autentificare. Eliminați-o înainte de a adăuga alta.',
  errorNotEnrolled: 'Această metodă nu este încă configurată pentru contul dumneavoastră.',
  errorPasskeyCancelled: 'Solicitarea pentru cheia de acces a fost anulată sau a expirat.',
  errorPasskeyUnsupported: 'Acest browser sau dispozitiv nu acceptă chei de acces.',
  errorUnauthorized: 'Sesiunea a expirat. Conectați-vă din nou.',
  errorStepUpRequired: 'Mai întâi confirmați că sunteți dumneavoastră.',
  errorInvalidRequest: 'Solicitarea nu a fost acceptată. Încercați din nou.',
  errorNetwork: 'Nu s-a putut accesa serverul. Verificați conexiunea și încercați din nou.',
  errorUnknown: 'A apărut o eroare. Încercați din nou.',
  errorNoClient:
    'Acest element nu are un client MFA. Plasați-l în <mfa-provider> sau setați-i proprietatea client.',
  tryAgain: 'Încercați din nou',
  loading: 'Se încarcă…',
  copy: 'Copiați',
  copied: 'S-a copiat',
  copyFailed: 'Nu s-a putut copia. Selectați textul și copiați-l manual.',
  stepUpConfirm: 'Confirmați că sunteți dumneavoastră',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Cod de verificare',
  otpValueMissing: 'Introduceți codul.',
  otpTooShort: {
    one: 'Introduceți {count} cifră.',
    few: 'Introduceți toate cele {count} cifre.',
    other: 'Introduceți toate cele {count} de cifre.',
  },
  otpPatternMismatch: 'Folosiți numai cifre.',
  otpTooLong: {
    one: 'Introduceți numai {count} cifră.',
    few: 'Introduceți numai {count} cifre.',
    other: 'Introduceți numai {count} de cifre.',
  },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Se pregătește configurarea aplicației de autentificare…',
  totpScanTitle: 'Scanați acest cod QR',
  totpScanHint:
    'Deschideți aplicația de autentificare, adăugați un cont și îndreptați camera spre cod.',
  totpQrLabel: 'Cod QR pentru a adăuga {account} în aplicația de autentificare',
  totpQrLabelIssuer: 'Cod QR pentru a adăuga {issuer} ({account}) în aplicația de autentificare',
  totpIssuer: 'Serviciu',
  totpAccount: 'Cont',
  totpManualHint: 'Nu îl puteți scana? Introduceți în schimb această cheie de configurare:',
  totpCopySecret: 'Copiați cheia',
  totpOpenLink: 'Configurați pe acest dispozitiv',
  totpCodeTitle: {
    one: 'Introduceți codul din {count} cifră',
    few: 'Introduceți codul din {count} cifre',
    other: 'Introduceți codul din {count} de cifre',
  },
  totpCodeHint: 'Introduceți codul afișat acum de aplicație pentru acest cont.',
  totpCodeLabel: 'Codul din aplicația de autentificare',
  totpSubmit: 'Verificați',
  totpVerifying: 'Se verifică codul…',
  totpRetryIn: 'Încercați din nou {time}.',
  totpEnrolled: 'Aplicația de autentificare a fost adăugată',
  totpEnrolledHint: 'De acum înainte, veți folosi un cod din aplicație când vă conectați.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Salvați aceste coduri de recuperare într-un loc sigur, cum ar fi un manager de parole. Dacă pierdeți celelalte metode de conectare, fiecare cod vă permite să vă conectați o dată.',
  recoveryCodesListLabel: 'Coduri de recuperare',
  recoveryCodesCopy: 'Copiați tot',
  recoveryCodesDownload: 'Descărcați',
  recoveryCodesDownloaded: 'Descărcarea a început.',
  recoveryCodesPrint: 'Printați',
  recoveryCodesConfirm: 'Am salvat aceste coduri',
  recoveryCodesContinue: 'Continuați',
  recoveryCodesSaving: 'Se salvează…',
  recoveryCodesDone: 'Codurile de recuperare au fost salvate. Păstrați-le într-un loc sigur.',
  recoveryCodesRegenerating: 'Se creează coduri de recuperare noi…',
  recoveryCodesRegenerated:
    'Codurile de recuperare noi sunt gata. Codurile vechi nu mai funcționează.',
  recoveryCodesFileTitle: 'Coduri de recuperare',
  recoveryCodesFileTitleNamed: 'Coduri de recuperare pentru {issuer}',
  recoveryCodesFileDate: 'Create pe {date}',
  recoveryCodesFileNote:
    'Fiecare cod poate fi folosit o singură dată. Păstrați-le într-un loc sigur.',
  recoveryCodeLabel: 'Cod de recuperare',
  recoveryCodeHint:
    'Introduceți unul dintre codurile de recuperare salvate. Cratimele, spațiile și majusculele nu contează.',
  recoveryCodeMissing: 'Introduceți un cod de recuperare.',
  recoveryCodeSubmit: 'Verificați',
  recoveryCodeVerifying: 'Se verifică codul…',
  recoveryCodeVerified: 'Codul de recuperare a fost acceptat.',
  recoveryCodesNoneLeft: 'Nu mai aveți coduri de recuperare. Creați acum un set nou.',
  recoveryCodesFewLeft: {
    one: 'Mai aveți {count} cod de recuperare. Creați în curând un set nou.',
    few: 'Mai aveți {count} coduri de recuperare. Creați în curând un set nou.',
    other: 'Mai aveți {count} de coduri de recuperare. Creați în curând un set nou.',
  },
  recoveryCodesRemaining: {
    one: 'Mai aveți {count} cod de recuperare.',
    few: 'Mai aveți {count} coduri de recuperare.',
    other: 'Mai aveți {count} de coduri de recuperare.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Folosiți o cheie de acces',
  passkeyRegister: 'Creați o cheie de acces',
  passkeyAliasLabel: 'Numele cheii de acces (opțional)',
  passkeyAliasHint:
    'Un nume pe care îl veți recunoaște mai târziu, cum ar fi „Laptop de serviciu”.',
  passkeyWaiting: 'Se așteaptă cheia de acces…',
  passkeyCancelled:
    'Nu a fost folosită nicio cheie de acces. Puteți încerca din nou oricând doriți.',
  passkeyVerified: 'Cheia de acces a fost acceptată.',
  passkeyRejected:
    'Cheia de acces nu a putut fi verificată. Încercați din nou sau folosiți altă metodă de conectare.',
  passkeyAlreadyRegistered:
    'Această cheie de acces este deja configurată pentru contul dumneavoastră.',
  passkeyCreated: 'Cheia de acces a fost creată.',
  passkeyCreatedNamed: 'Cheia de acces „{alias}” a fost creată.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Metodă de verificare',
  verifyMethodPasskey: 'Cheie de acces',
  verifyMethodTotp: 'Aplicație de autentificare',
  verifyMethodRecoveryCode: 'Cod de recuperare',
  verifyPasskeyHint:
    'Folosiți cheia de acces de pe acest dispozitiv, de pe telefon sau de pe o cheie de securitate.',
  verifyTotpHint: 'Introduceți codul din 6 cifre afișat acum de aplicația de autentificare.',
  verifyTotpLabel: 'Codul din aplicația de autentificare',
  verifyTotpSubmit: 'Verificați',
  verifyTotpVerifying: 'Se verifică codul…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Confirmați că sunteți dumneavoastră',
  actionGuardChecking: 'Se stabilește dacă această acțiune necesită verificare…',
  actionGuardLoading: 'Se încarcă metodele de verificare…',
  actionGuardCancel: 'Anulați',
  actionGuardClose: 'Închideți',
  actionGuardNoMethod:
    'Această acțiune necesită verificarea în doi pași, iar pentru contul dumneavoastră nu este configurată încă nicio metodă. Adăugați o aplicație de autentificare sau o cheie de acces din setările contului, apoi încercați din nou.',
  actionGuardEnrollIntro:
    'Această acțiune necesită verificarea în doi pași. Configurați acum o metodă, apoi folosiți-o pentru a confirma că sunteți dumneavoastră.',
  actionGuardEnrollLabel: 'Metoda de configurat',
  actionGuardEnrollPasskey: 'Cheie de acces',
  actionGuardEnrollTotp: 'Aplicație de autentificare',
  actionGuardReauthSend: 'Trimite-mi un cod pe e-mail',
  actionGuardReauthSent: 'Am trimis un cod la {destination}. Introduceți-l aici.',
  actionGuardReauthLabel: 'Codul din e-mail',
  actionGuardReauthResend: 'Trimite un cod nou',
  actionGuardReauthSendSms: 'Trimite-mi un cod prin SMS',
  actionGuardReauthSentSms: 'Am trimis un cod prin SMS la {destination}. Introduceți-l aici.',
  actionGuardReauthLabelSms: 'Codul din SMS',
  actionGuardReauthResendIn: 'Veți putea trimite un cod nou {time}.',
  actionGuardReauthResendReady: 'Acum puteți trimite un cod nou.',
  actionGuardEnrolled:
    'Noua metodă a fost configurată. Acum folosiți-o pentru a confirma că sunteți dumneavoastră (o aplicație de autentificare are nevoie de următorul cod).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Se verifică securitatea conectării…',
  flowEnrollHeading: 'Adăugați o a doua metodă de conectare',
  flowEnrollIntro: 'Alegeți cum veți confirma că sunteți dumneavoastră când vă conectați.',
  flowChoiceTotp: 'Aplicație de autentificare',
  flowChoiceTotpHint:
    'Introduceți un cod din 6 cifre dintr-o aplicație precum Google Authenticator sau 1Password.',
  flowChoicePasskey: 'Cheie de acces',
  flowChoicePasskeyHint:
    'Folosiți blocarea ecranului dispozitivului (amprentă, față sau PIN) sau o cheie de securitate.',
  flowTotpHeading: 'Configurați o aplicație de autentificare',
  flowPasskeyHeading: 'Creați o cheie de acces',
  flowPasskeyIntro: 'Browserul vă va solicita să creați o cheie de acces pentru acest cont.',
  flowBack: 'Alegeți altă metodă',
  flowNoMethod:
    'Niciuna dintre metodele de conectare oferite aici nu funcționează în acest browser.',
  flowVerifyHeading: 'Confirmați că sunteți dumneavoastră',
  flowVerifyIntro: 'Folosiți una dintre metodele de conectare pentru a continua.',
  flowAcknowledgeHeading: 'Salvați codurile de recuperare',
  flowEnrolledPasskey: 'Cheia de acces a fost adăugată.',
  flowEnrolledTotp: 'Aplicația de autentificare a fost adăugată.',
  flowVerified: 'Verificare reușită.',
  flowCodesSaved: 'Codurile de recuperare au fost salvate.',
  flowDoneHeading: 'Totul este gata',
  flowDone: 'Verificarea în doi pași este activată pentru contul dumneavoastră.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Se încarcă metodele de conectare…',
  devicesListLabel: 'Metodele dumneavoastră de conectare',
  devicesEmpty:
    'Nu aveți încă nicio metodă de conectare. Adăugați una pentru a activa verificarea în doi pași.',
  devicesTypeTotp: 'Aplicație de autentificare',
  devicesTypePasskey: 'Cheie de acces',
  devicesAddedOn: 'Adăugată',
  devicesLastUsed: 'Ultima utilizare',
  devicesNeverUsed: 'Nefolosită încă',
  devicesState: 'Stare',
  devicesVerified: 'Verificată',
  devicesPending: 'Configurare nefinalizată',
  devicesDelete: 'Ștergeți',
  devicesGuardLabel: 'Ștergeți „{name}”',
  devicesDeleting: 'Se șterge „{name}”…',
  devicesDeleted: 'S-a șters „{name}”.',
  devicesNotDeleted: 'Nu s-a șters nimic.',
  devicesLastWarning:
    '„{name}” este singura modalitate prin care puteți confirma că sunteți dumneavoastră. Dacă o ștergeți, verificarea în doi pași va fi dezactivată pentru contul dumneavoastră până când adăugați altă metodă.',
  devicesConfirmDelete: 'Ștergeți oricum',
  devicesKeep: 'Păstrați',
  devicesRecoveryTitle: 'Coduri de recuperare',
  devicesRecoveryNone: 'Nu mai aveți coduri nefolosite. Creați altele noi.',
  devicesRecoveryRemaining: {
    one: 'A mai rămas {count} cod nefolosit.',
    few: 'Au mai rămas {count} coduri nefolosite.',
    other: 'Au mai rămas {count} de coduri nefolosite.',
  },
  devicesRegenerate: 'Creați coduri noi',
  devicesRegenerateHint: 'Codurile vechi nu mai funcționează după ce creați altele noi.',
  devicesRegenerateGuardLabel: 'Creați coduri de recuperare noi',
  devicesNewCodesTitle: 'Noile coduri de recuperare',
  devicesSaveCodesTitle: 'Salvați codurile de recuperare',
  devicesFirstCodesSaved: 'Codurile de recuperare au fost salvate.',
  devicesCodesSaved: 'Codurile de recuperare noi au fost salvate. Cele vechi nu mai funcționează.',
  devicesNoNewCodes: 'Nu s-a creat niciun cod nou.',
  devicesClose: 'Închideți',
  devicesAddTotp: 'Adăugați o aplicație de autentificare',
  devicesAddPasskey: 'Adăugați o cheie de acces',
  devicesAddTitleTotp: 'Adăugați o aplicație de autentificare',
  devicesAddTitlePasskey: 'Adăugați o cheie de acces',
  devicesCancel: 'Anulați',
  devicesOneTotp:
    'Puteți avea o singură aplicație de autentificare. Pentru a trece la altă aplicație sau la alt telefon, ștergeți mai întâi aplicația actuală, apoi adăugați-o pe cea nouă.',
  devicesAdded: 'S-a adăugat „{name}”.',
} satisfies MfaTranslation;

registerMessages('ro', messages);
