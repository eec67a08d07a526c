/**
 * Latviešu (Latvian). Address: formal "jūs" (buttons in the infinitive, e.g. "Kopēt").
 * Terms (docs/TRANSLATING.md): piekļuves atslēga, autentifikācijas lietotne, verifikācijas kods,
 * atkopšanas kods, divpakāpju verifikācija.
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Šis kods nederēja. Pārbaudiet to un mēģiniet vēlreiz.',
  errorRateLimited: 'Pārāk daudz mēģinājumu. Brīdi uzgaidiet un mēģiniet vēlreiz.',
  errorRetryIn: 'Pārāk daudz mēģinājumu. Mēģiniet vēlreiz {time}.',
  errorLockedOut: 'Pārāk daudz mēģinājumu. Mēģiniet vēlreiz vēlāk vai izmantojiet citu metodi.',
  retryNow: 'Tagad varat mēģināt vēlreiz.',
  errorExpired: 'Šī soļa derīguma laiks ir beidzies. Lūdzu, sāciet no jauna.',
  errorAlreadyEnrolled:
    'Jūsu kontam jau ir iestatīta autentifikācijas lietotne. Noņemiet to, pirms pievienojat citu.',
  errorNotEnrolled: 'Šī metode jūsu kontam vēl nav iestatīta.',
  errorPasskeyCancelled: 'Piekļuves atslēgas pieprasījums tika atcelts vai tam beidzās laiks.',
  errorPasskeyUnsupported: 'Šī pārlūkprogramma vai ierīce neatbalsta piekļuves atslēgas.',
  errorUnauthorized: 'Jūsu sesija ir beigusies. Lūdzu, pierakstieties vēlreiz.',
  errorStepUpRequired: 'Vispirms apstipriniet, ka tas esat jūs.',
  errorInvalidRequest: 'Pieprasījums netika pieņemts. Lūdzu, mēģiniet vēlreiz.',
  errorNetwork: 'Neizdevās sazināties ar serveri. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
  errorUnknown: 'Radās kļūda. Lūdzu, mēģiniet vēlreiz.',
  errorNoClient:
    'Šim elementam nav MFA klienta. Ievietojiet to elementā <mfa-provider> vai iestatiet tā rekvizītu client.',
  tryAgain: 'Mēģināt vēlreiz',
  loading: 'Notiek ielāde…',
  copy: 'Kopēt',
  copied: 'Nokopēts',
  copyFailed: 'Neizdevās nokopēt. Atlasiet tekstu un nokopējiet to manuāli.',
  stepUpConfirm: 'Apstipriniet, ka tas esat jūs',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Verifikācijas kods',
  otpValueMissing: 'Ievadiet kodu.',
  otpTooShort: {
    zero: 'Ievadiet visus {count} ciparus.',
    one: 'Ievadiet {count} ciparu.',
    other: 'Ievadiet visus {count} ciparus.',
  },
  otpPatternMismatch: 'Izmantojiet tikai ciparus.',
  otpTooLong: {
    zero: 'Ievadiet tikai {count} ciparus.',
    one: 'Ievadiet tikai {count} ciparu.',
    other: 'Ievadiet tikai {count} ciparus.',
  },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Tiek sagatavota autentifikācijas lietotnes iestatīšana…',
  totpScanTitle: 'Skenējiet šo QR kodu',
  totpScanHint:
    'Atveriet autentifikācijas lietotni, pievienojiet kontu un pavērsiet kameru pret kodu.',
  totpQrLabel: 'QR kods, lai pievienotu {account} autentifikācijas lietotnei',
  totpQrLabelIssuer: 'QR kods, lai pievienotu {issuer} ({account}) autentifikācijas lietotnei',
  totpIssuer: 'Pakalpojums',
  totpAccount: 'Konts',
  totpManualHint: 'Nevarat skenēt? Tā vietā ievadiet šo iestatīšanas atslēgu:',
  totpCopySecret: 'Kopēt atslēgu',
  totpOpenLink: 'Iestatīt šajā ierīcē',
  totpCodeTitle: {
    zero: 'Ievadiet {count} ciparu kodu',
    one: 'Ievadiet {count} cipara kodu',
    other: 'Ievadiet {count} ciparu kodu',
  },
  totpCodeHint: 'Ievadiet kodu, ko lietotne pašlaik rāda šim kontam.',
  totpCodeLabel: 'Kods no autentifikācijas lietotnes',
  totpSubmit: 'Verificēt',
  totpVerifying: 'Notiek koda pārbaude…',
  totpRetryIn: 'Mēģiniet vēlreiz {time}.',
  totpEnrolled: 'Autentifikācijas lietotne ir pievienota',
  totpEnrolledHint: 'Turpmāk, pierakstoties, izmantosiet kodu no lietotnes.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Saglabājiet šos atkopšanas kodus drošā vietā, piemēram, paroļu pārvaldniekā. Ja zaudēsiet citas pierakstīšanās metodes, ar katru kodu varēsiet pierakstīties vienu reizi.',
  recoveryCodesListLabel: 'Atkopšanas kodi',
  recoveryCodesCopy: 'Kopēt visus',
  recoveryCodesDownload: 'Lejupielādēt',
  recoveryCodesDownloaded: 'Lejupielāde ir sākta.',
  recoveryCodesPrint: 'Drukāt',
  recoveryCodesConfirm: 'Šie kodi ir saglabāti',
  recoveryCodesContinue: 'Turpināt',
  recoveryCodesSaving: 'Notiek saglabāšana…',
  recoveryCodesDone: 'Jūsu atkopšanas kodi ir saglabāti. Glabājiet tos drošā vietā.',
  recoveryCodesRegenerating: 'Tiek izveidoti jauni atkopšanas kodi…',
  recoveryCodesRegenerated: 'Jaunie atkopšanas kodi ir gatavi. Vecie kodi vairs nedarbojas.',
  recoveryCodesFileTitle: 'Atkopšanas kodi',
  recoveryCodesFileTitleNamed: 'Pakalpojuma {issuer} atkopšanas kodi',
  recoveryCodesFileDate: 'Izveides datums: {date}',
  recoveryCodesFileNote: 'Katru kodu var izmantot vienu reizi. Glabājiet tos drošā vietā.',
  recoveryCodeLabel: 'Atkopšanas kods',
  recoveryCodeHint:
    'Ievadiet vienu no saglabātajiem atkopšanas kodiem. Defisēm, atstarpēm un lielajiem vai mazajiem burtiem nav nozīmes.',
  recoveryCodeMissing: 'Ievadiet atkopšanas kodu.',
  recoveryCodeSubmit: 'Verificēt',
  recoveryCodeVerifying: 'Notiek koda pārbaude…',
  recoveryCodeVerified: 'Atkopšanas kods ir pieņemts.',
  recoveryCodesNoneLeft: 'Jums vairs nav atkopšanas kodu. Izveidojiet jaunu kodu kopu tūlīt.',
  recoveryCodesFewLeft: {
    zero: 'Jums ir atlikuši {count} atkopšanas kodi. Drīzumā izveidojiet jaunu kodu kopu.',
    one: 'Jums ir atlicis {count} atkopšanas kods. Drīzumā izveidojiet jaunu kodu kopu.',
    other: 'Jums ir atlikuši {count} atkopšanas kodi. Drīzumā izveidojiet jaunu kodu kopu.',
  },
  recoveryCodesRemaining: {
    zero: 'Jums ir atlikuši {count} atkopšanas kodi.',
    one: 'Jums ir atlicis {count} atkopšanas kods.',
    other: 'Jums ir atlikuši {count} atkopšanas kodi.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Izmantot piekļuves atslēgu',
  passkeyRegister: 'Izveidot piekļuves atslēgu',
  passkeyAliasLabel: 'Piekļuves atslēgas nosaukums (neobligāti)',
  passkeyAliasHint: 'Nosaukums, ko vēlāk atpazīsiet, piemēram, „Darba klēpjdators”.',
  passkeyWaiting: 'Tiek gaidīta piekļuves atslēga…',
  passkeyCancelled: 'Piekļuves atslēga netika izmantota. Varat mēģināt vēlreiz, kad vēlaties.',
  passkeyVerified: 'Piekļuves atslēga ir pieņemta.',
  passkeyRejected:
    'Jūsu piekļuves atslēgu neizdevās verificēt. Mēģiniet vēlreiz vai pierakstieties citā veidā.',
  passkeyAlreadyRegistered: 'Šī piekļuves atslēga jūsu kontam jau ir iestatīta.',
  passkeyCreated: 'Piekļuves atslēga ir izveidota.',
  passkeyCreatedNamed: 'Piekļuves atslēga „{alias}” ir izveidota.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Verifikācijas metode',
  verifyMethodPasskey: 'Piekļuves atslēga',
  verifyMethodTotp: 'Autentifikācijas lietotne',
  verifyMethodRecoveryCode: 'Atkopšanas kods',
  verifyPasskeyHint: 'Izmantojiet piekļuves atslēgu šajā ierīcē, tālrunī vai drošības atslēgā.',
  verifyTotpHint: 'Ievadiet 6 ciparu kodu, ko pašlaik rāda jūsu autentifikācijas lietotne.',
  verifyTotpLabel: 'Kods no autentifikācijas lietotnes',
  verifyTotpSubmit: 'Verificēt',
  verifyTotpVerifying: 'Notiek koda pārbaude…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Apstipriniet, ka tas esat jūs',
  actionGuardChecking: 'Tiek pārbaudīts, vai šai darbībai nepieciešama verifikācija…',
  actionGuardLoading: 'Tiek ielādētas jūsu verifikācijas metodes…',
  actionGuardCancel: 'Atcelt',
  actionGuardClose: 'Aizvērt',
  actionGuardNoMethod:
    'Šai darbībai nepieciešama divpakāpju verifikācija, bet jūsu kontam vēl nav iestatīta neviena metode. Konta iestatījumos pievienojiet autentifikācijas lietotni vai piekļuves atslēgu un pēc tam mēģiniet vēlreiz.',
  actionGuardEnrollIntro:
    'Šai darbībai nepieciešama divpakāpju verifikācija. Tagad iestatiet metodi un pēc tam izmantojiet to, lai apstiprinātu, ka tas esat jūs.',
  actionGuardEnrollLabel: 'Iestatāmā metode',
  actionGuardEnrollPasskey: 'Piekļuves atslēga',
  actionGuardEnrollTotp: 'Autentifikācijas lietotne',
  actionGuardReauthSend: 'Sūtīt kodu e-pastā',
  actionGuardReauthSent: 'Mēs nosūtījām kodu uz {destination}. Ievadiet to šeit.',
  actionGuardReauthLabel: 'Kods no e-pasta',
  actionGuardReauthResend: 'Sūtīt jaunu kodu',
  actionGuardReauthSendSms: 'Sūtīt kodu īsziņā',
  actionGuardReauthSentSms: 'Mēs nosūtījām kodu īsziņā uz {destination}. Ievadiet to šeit.',
  actionGuardReauthLabelSms: 'Kods no īsziņas',
  actionGuardReauthResendIn: 'Jaunu kodu varēsiet nosūtīt {time}.',
  actionGuardReauthResendReady: 'Tagad varat nosūtīt jaunu kodu.',
  actionGuardEnrolled:
    'Jaunā metode ir iestatīta. Tagad izmantojiet to, lai apstiprinātu, ka tas esat jūs (autentifikācijas lietotnei būs vajadzīgs nākamais kods).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Tiek pārbaudīta jūsu pierakstīšanās drošība…',
  flowEnrollHeading: 'Pievienojiet otru pierakstīšanās veidu',
  flowEnrollIntro: 'Izvēlieties, kā, pierakstoties, apstiprināsiet, ka tas esat jūs.',
  flowChoiceTotp: 'Autentifikācijas lietotne',
  flowChoiceTotpHint:
    'Ievadiet 6 ciparu kodu no lietotnes, piemēram, Google Authenticator vai 1Password.',
  flowChoicePasskey: 'Piekļuves atslēga',
  flowChoicePasskeyHint:
    'Izmantojiet ierīces ekrāna bloķēšanu (pirksta nospiedumu, seju vai PIN) vai drošības atslēgu.',
  flowTotpHeading: 'Iestatiet autentifikācijas lietotni',
  flowPasskeyHeading: 'Izveidojiet piekļuves atslēgu',
  flowPasskeyIntro: 'Pārlūkprogramma lūgs jums izveidot piekļuves atslēgu šim kontam.',
  flowBack: 'Izvēlēties citu veidu',
  flowNoMethod:
    'Neviens no šeit piedāvātajiem pierakstīšanās veidiem nedarbojas šajā pārlūkprogrammā.',
  flowVerifyHeading: 'Apstipriniet, ka tas esat jūs',
  flowVerifyIntro: 'Lai turpinātu, izmantojiet kādu no savām pierakstīšanās metodēm.',
  flowAcknowledgeHeading: 'Saglabājiet atkopšanas kodus',
  flowEnrolledPasskey: 'Piekļuves atslēga ir pievienota.',
  flowEnrolledTotp: 'Autentifikācijas lietotne ir pievienota.',
  flowVerified: 'Verificēts.',
  flowCodesSaved: 'Atkopšanas kodi ir saglabāti.',
  flowDoneHeading: 'Viss ir gatavs',
  flowDone: 'Jūsu kontam ir ieslēgta divpakāpju verifikācija.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Tiek ielādētas jūsu pierakstīšanās metodes…',
  devicesListLabel: 'Jūsu pierakstīšanās metodes',
  devicesEmpty:
    'Vēl nav nevienas pierakstīšanās metodes. Pievienojiet metodi, lai ieslēgtu divpakāpju verifikāciju.',
  devicesTypeTotp: 'Autentifikācijas lietotne',
  devicesTypePasskey: 'Piekļuves atslēga',
  devicesAddedOn: 'Pievienots',
  devicesLastUsed: 'Pēdējoreiz izmantots',
  devicesNeverUsed: 'Vēl nav izmantots',
  devicesState: 'Statuss',
  devicesVerified: 'Verificēts',
  devicesPending: 'Iestatīšana nav pabeigta',
  devicesDelete: 'Dzēst',
  devicesGuardLabel: 'Dzēst „{name}”',
  devicesDeleting: 'Notiek „{name}” dzēšana…',
  devicesDeleted: 'Izdzēsts: „{name}”.',
  devicesNotDeleted: 'Nekas netika izdzēsts.',
  devicesLastWarning:
    '„{name}” ir vienīgais veids, kā varat apstiprināt, ka tas esat jūs. Ja to izdzēsīsiet, divpakāpju verifikācija jūsu kontam būs izslēgta, līdz pievienosiet citu metodi.',
  devicesConfirmDelete: 'Tomēr dzēst',
  devicesKeep: 'Paturēt',
  devicesRecoveryTitle: 'Atkopšanas kodi',
  devicesRecoveryNone: 'Vairs nav neizmantotu kodu. Izveidojiet jaunus.',
  devicesRecoveryRemaining: {
    zero: 'Atlikuši {count} neizmantoti kodi.',
    one: 'Atlicis {count} neizmantots kods.',
    other: 'Atlikuši {count} neizmantoti kodi.',
  },
  devicesRegenerate: 'Izveidot jaunus kodus',
  devicesRegenerateHint: 'Kad izveidosiet jaunus kodus, vecie vairs nedarbosies.',
  devicesRegenerateGuardLabel: 'Izveidot jaunus atkopšanas kodus',
  devicesNewCodesTitle: 'Jūsu jaunie atkopšanas kodi',
  devicesSaveCodesTitle: 'Saglabājiet atkopšanas kodus',
  devicesFirstCodesSaved: 'Atkopšanas kodi ir saglabāti.',
  devicesCodesSaved: 'Jaunie atkopšanas kodi ir saglabāti. Vecie vairs nedarbojas.',
  devicesNoNewCodes: 'Jauni kodi netika izveidoti.',
  devicesClose: 'Aizvērt',
  devicesAddTotp: 'Pievienot autentifikācijas lietotni',
  devicesAddPasskey: 'Pievienot piekļuves atslēgu',
  devicesAddTitleTotp: 'Pievienojiet autentifikācijas lietotni',
  devicesAddTitlePasskey: 'Pievienojiet piekļuves atslēgu',
  devicesCancel: 'Atcelt',
  devicesOneTotp:
    'Varat izmantot vienu autentifikācijas lietotni. Lai pārietu uz citu lietotni vai tālruni, vispirms izdzēsiet pašreizējo un pēc tam pievienojiet jauno.',
  devicesAdded: 'Pievienots: „{name}”.',
} satisfies MfaTranslation;

registerMessages('lv', messages);
