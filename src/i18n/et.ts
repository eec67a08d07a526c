/**
 * Eesti (Estonian). Address: formal "teie" (plural imperative in sentences; buttons use the usual
 * short command form, e.g. "Kopeeri"). Terms (docs/TRANSLATING.md): pääsuvõti, autentimisrakendus,
 * kinnituskood, taastekood, kaheastmeline kinnitamine.
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'See kood ei toiminud. Kontrollige seda ja proovige uuesti.',
  errorRateLimited: 'Liiga palju katseid. Oodake veidi ja proovige uuesti.',
  errorRetryIn: 'Liiga palju katseid. Proovige {time} uuesti.',
  errorLockedOut: 'Liiga palju katseid. Proovige hiljem uuesti või kasutage muud kinnitusviisi.',
  retryNow: 'Nüüd võite uuesti proovida.',
  errorExpired: 'See samm on aegunud. Alustage uuesti.',
  errorAlreadyEnrolled:
    'Teie kontol on autentimisrakendus juba seadistatud. Eemaldage see, enne kui lisate uue.',
  errorNotEnrolled: 'See kinnitusviis pole teie kontol veel seadistatud.',
  errorPasskeyCancelled: 'Pääsuvõtme päring tühistati või aegus.',
  errorPasskeyUnsupported: 'See brauser või seade ei toeta pääsuvõtmeid.',
  errorUnauthorized: 'Teie seanss on lõppenud. Logige uuesti sisse.',
  errorStepUpRequired: 'Kinnitage esmalt, et see olete teie.',
  errorInvalidRequest: 'Päringut ei võetud vastu. Proovige uuesti.',
  errorNetwork: 'Serveriga ei õnnestunud ühendust luua. Kontrollige ühendust ja proovige uuesti.',
  errorUnknown: 'Midagi läks valesti. Proovige uuesti.',
  errorNoClient:
    'Sellel elemendil pole MFA klienti. Paigutage see elementi <mfa-provider> või määrake selle omadus client.',
  tryAgain: 'Proovi uuesti',
  loading: 'Laadimine…',
  copy: 'Kopeeri',
  copied: 'Kopeeritud',
  copyFailed: 'Kopeerimine ebaõnnestus. Valige tekst ja kopeerige see ise.',
  stepUpConfirm: 'Kinnitage, et see olete teie',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Kinnituskood',
  otpValueMissing: 'Sisestage kood.',
  otpTooShort: { one: 'Sisestage {count} number.', other: 'Sisestage kõik {count} numbrit.' },
  otpPatternMismatch: 'Kasutage ainult numbreid.',
  otpTooLong: {
    one: 'Sisestage ainult {count} number.',
    other: 'Sisestage ainult {count} numbrit.',
  },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Autentimisrakenduse seadistamise ettevalmistamine…',
  totpScanTitle: 'Skannige see QR-kood',
  totpScanHint: 'Avage autentimisrakendus, lisage konto ja suunake kaamera koodile.',
  totpQrLabel: 'QR-kood konto {account} lisamiseks autentimisrakendusse',
  totpQrLabelIssuer: 'QR-kood teenuse {issuer} konto {account} lisamiseks autentimisrakendusse',
  totpIssuer: 'Teenus',
  totpAccount: 'Konto',
  totpManualHint: 'Skannimine ei õnnestu? Sisestage selle asemel see seadistusvõti:',
  totpCopySecret: 'Kopeeri võti',
  totpOpenLink: 'Seadista selles seadmes',
  totpCodeTitle: {
    one: 'Sisestage {count}-kohaline kood',
    other: 'Sisestage {count}-kohaline kood',
  },
  totpCodeHint: 'Sisestage kood, mida rakendus praegu selle konto jaoks näitab.',
  totpCodeLabel: 'Kood autentimisrakendusest',
  totpSubmit: 'Kinnita',
  totpVerifying: 'Koodi kontrollimine…',
  totpRetryIn: 'Proovige {time} uuesti.',
  totpEnrolled: 'Autentimisrakendus on lisatud',
  totpEnrolledHint: 'Nüüdsest sisestate sisselogimisel rakendusest koodi.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Hoidke neid taastekoode turvalises kohas, näiteks paroolihalduris. Kui kaotate juurdepääsu muudele sisselogimisviisidele, saate iga koodiga ühe korra sisse logida.',
  recoveryCodesListLabel: 'Taastekoodid',
  recoveryCodesCopy: 'Kopeeri kõik',
  recoveryCodesDownload: 'Laadi alla',
  recoveryCodesDownloaded: 'Allalaadimine algas.',
  recoveryCodesPrint: 'Prindi',
  recoveryCodesConfirm: 'Olen need koodid salvestanud',
  recoveryCodesContinue: 'Jätka',
  recoveryCodesSaving: 'Salvestamine…',
  recoveryCodesDone: 'Teie taastekoodid on salvestatud. Hoidke neid turvalises kohas.',
  recoveryCodesRegenerating: 'Uute taastekoodide loomine…',
  recoveryCodesRegenerated: 'Uued taastekoodid on valmis. Teie vanad koodid enam ei tööta.',
  recoveryCodesFileTitle: 'Taastekoodid',
  recoveryCodesFileTitleNamed: 'Teenuse {issuer} taastekoodid',
  recoveryCodesFileDate: 'Loodud {date}',
  recoveryCodesFileNote: 'Iga koodi saab kasutada ühe korra. Hoidke neid turvalises kohas.',
  recoveryCodeLabel: 'Taastekood',
  recoveryCodeHint:
    'Sisestage üks salvestatud taastekoodidest. Sidekriipsud, tühikud ning suur- ja väiketähed ei ole olulised.',
  recoveryCodeMissing: 'Sisestage taastekood.',
  recoveryCodeSubmit: 'Kinnita',
  recoveryCodeVerifying: 'Koodi kontrollimine…',
  recoveryCodeVerified: 'Taastekood on vastu võetud.',
  recoveryCodesNoneLeft: 'Teil pole enam taastekoode. Looge kohe uued koodid.',
  recoveryCodesFewLeft: {
    one: 'Teil on alles {count} taastekood. Looge peagi uued koodid.',
    other: 'Teil on alles {count} taastekoodi. Looge peagi uued koodid.',
  },
  recoveryCodesRemaining: {
    one: 'Teil on alles {count} taastekood.',
    other: 'Teil on alles {count} taastekoodi.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Kasuta pääsuvõtit',
  passkeyRegister: 'Loo pääsuvõti',
  passkeyAliasLabel: 'Pääsuvõtme nimi (valikuline)',
  passkeyAliasHint: 'Nimi, mille järgi selle hiljem ära tunnete, näiteks „Tööarvuti“.',
  passkeyWaiting: 'Pääsuvõtme ootamine…',
  passkeyCancelled: 'Pääsuvõtit ei kasutatud. Võite uuesti proovida, kui olete valmis.',
  passkeyVerified: 'Pääsuvõti on vastu võetud.',
  passkeyRejected:
    'Teie pääsuvõtit ei õnnestunud kinnitada. Proovige uuesti või logige sisse muul viisil.',
  passkeyAlreadyRegistered: 'See pääsuvõti on teie kontol juba seadistatud.',
  passkeyCreated: 'Pääsuvõti on loodud.',
  passkeyCreatedNamed: 'Pääsuvõti „{alias}“ on loodud.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Kinnitusviis',
  verifyMethodPasskey: 'Pääsuvõti',
  verifyMethodTotp: 'Autentimisrakendus',
  verifyMethodRecoveryCode: 'Taastekood',
  verifyPasskeyHint: 'Kasutage pääsuvõtit selles seadmes, oma telefonis või turvavõtmel.',
  verifyTotpHint: 'Sisestage 6-kohaline kood, mida teie autentimisrakendus praegu näitab.',
  verifyTotpLabel: 'Kood autentimisrakendusest',
  verifyTotpSubmit: 'Kinnita',
  verifyTotpVerifying: 'Koodi kontrollimine…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Kinnitage, et see olete teie',
  actionGuardChecking: 'Kontrollitakse, kas see toiming vajab kinnitamist…',
  actionGuardLoading: 'Teie kinnitusviiside laadimine…',
  actionGuardCancel: 'Tühista',
  actionGuardClose: 'Sulge',
  actionGuardNoMethod:
    'See toiming nõuab kaheastmelist kinnitamist, kuid teie kontol pole veel ühtegi kinnitusviisi seadistatud. Lisage konto seadetes autentimisrakendus või pääsuvõti ja proovige seejärel uuesti.',
  actionGuardEnrollIntro:
    'See toiming nõuab kaheastmelist kinnitamist. Seadistage nüüd kinnitusviis ja kinnitage selle abil, et see olete teie.',
  actionGuardEnrollLabel: 'Seadistatav kinnitusviis',
  actionGuardEnrollPasskey: 'Pääsuvõti',
  actionGuardEnrollTotp: 'Autentimisrakendus',
  actionGuardReauthSend: 'Saada mulle kood e-postiga',
  actionGuardReauthSent: 'Saatsime koodi aadressile {destination}. Sisestage see siia.',
  actionGuardReauthLabel: 'E-kirjas olev kood',
  actionGuardReauthResend: 'Saada uus kood',
  actionGuardReauthSendSms: 'Saada mulle kood SMS-iga',
  actionGuardReauthSentSms: 'Saatsime koodi SMS-iga numbrile {destination}. Sisestage see siia.',
  actionGuardReauthLabelSms: 'SMS-is olev kood',
  actionGuardReauthResendIn: 'Uue koodi saate saata {time}.',
  actionGuardReauthResendReady: 'Nüüd saate uue koodi saata.',
  actionGuardEnrolled:
    'Teie uus kinnitusviis on seadistatud. Kinnitage nüüd selle abil, et see olete teie (autentimisrakendus vajab selleks oma järgmist koodi).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Teie sisselogimise turvalisuse kontrollimine…',
  flowEnrollHeading: 'Lisage teine sisselogimisviis',
  flowEnrollIntro: 'Valige, kuidas kinnitate sisselogimisel, et see olete teie.',
  flowChoiceTotp: 'Autentimisrakendus',
  flowChoiceTotpHint:
    'Sisestage 6-kohaline kood rakendusest, nagu Google Authenticator või 1Password.',
  flowChoicePasskey: 'Pääsuvõti',
  flowChoicePasskeyHint:
    'Kasutage seadme ekraanilukku (sõrmejälg, nägu või PIN-kood) või turvavõtit.',
  flowTotpHeading: 'Seadistage autentimisrakendus',
  flowPasskeyHeading: 'Looge pääsuvõti',
  flowPasskeyIntro: 'Brauser palub teil luua selle konto jaoks pääsuvõtme.',
  flowBack: 'Vali muu viis',
  flowNoMethod: 'Ükski siin pakutud sisselogimisviis ei tööta selles brauseris.',
  flowVerifyHeading: 'Kinnitage, et see olete teie',
  flowVerifyIntro: 'Jätkamiseks kasutage üht oma sisselogimisviisidest.',
  flowAcknowledgeHeading: 'Salvestage oma taastekoodid',
  flowEnrolledPasskey: 'Pääsuvõti on lisatud.',
  flowEnrolledTotp: 'Autentimisrakendus on lisatud.',
  flowVerified: 'Kinnitatud.',
  flowCodesSaved: 'Taastekoodid on salvestatud.',
  flowDoneHeading: 'Kõik on valmis',
  flowDone: 'Kaheastmeline kinnitamine on teie kontol sisse lülitatud.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Teie sisselogimisviiside laadimine…',
  devicesListLabel: 'Teie sisselogimisviisid',
  devicesEmpty:
    'Sisselogimisviise veel pole. Kaheastmelise kinnitamise sisselülitamiseks lisage üks.',
  devicesTypeTotp: 'Autentimisrakendus',
  devicesTypePasskey: 'Pääsuvõti',
  devicesAddedOn: 'Lisatud',
  devicesLastUsed: 'Viimati kasutatud',
  devicesNeverUsed: 'Pole veel kasutatud',
  devicesState: 'Olek',
  devicesVerified: 'Kinnitatud',
  devicesPending: 'Seadistamine pole lõpetatud',
  devicesDelete: 'Kustuta',
  devicesGuardLabel: 'Kustuta „{name}“',
  devicesDeleting: '„{name}“ kustutamine…',
  devicesDeleted: '„{name}“ on kustutatud.',
  devicesNotDeleted: 'Midagi ei kustutatud.',
  devicesLastWarning:
    '„{name}“ on teie ainus viis kinnitada, et see olete teie. Kui selle kustutate, on kaheastmeline kinnitamine teie kontol välja lülitatud, kuni lisate muu kinnitusviisi.',
  devicesConfirmDelete: 'Kustuta ikkagi',
  devicesKeep: 'Jäta alles',
  devicesRecoveryTitle: 'Taastekoodid',
  devicesRecoveryNone: 'Kasutamata koode pole enam. Looge uued.',
  devicesRecoveryRemaining: {
    one: 'Alles on {count} kasutamata kood.',
    other: 'Alles on {count} kasutamata koodi.',
  },
  devicesRegenerate: 'Loo uued koodid',
  devicesRegenerateHint: 'Kui loote uued koodid, lakkavad vanad koodid töötamast.',
  devicesRegenerateGuardLabel: 'Loo uued taastekoodid',
  devicesNewCodesTitle: 'Teie uued taastekoodid',
  devicesSaveCodesTitle: 'Salvestage oma taastekoodid',
  devicesFirstCodesSaved: 'Taastekoodid on salvestatud.',
  devicesCodesSaved: 'Uued taastekoodid on salvestatud. Vanad enam ei tööta.',
  devicesNoNewCodes: 'Uusi koode ei loodud.',
  devicesClose: 'Sulge',
  devicesAddTotp: 'Lisa autentimisrakendus',
  devicesAddPasskey: 'Lisa pääsuvõti',
  devicesAddTitleTotp: 'Autentimisrakenduse lisamine',
  devicesAddTitlePasskey: 'Pääsuvõtme lisamine',
  devicesCancel: 'Tühista',
  devicesOneTotp:
    'Teil saab olla üks autentimisrakendus. Teisele rakendusele või telefonile üleminekuks kustutage esmalt praegune ja lisage seejärel uus.',
  devicesAdded: '„{name}“ on lisatud.',
} satisfies MfaTranslation;

registerMessages('et', messages);
