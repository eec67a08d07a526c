/**
 * Dansk (Danish). Address: informal "du". Terms (docs/TRANSLATING.md): adgangsnøgle,
 * godkendelsesapp, bekræftelseskode, gendannelseskode, totrinsbekræftelse.
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Koden virkede ikke. Tjek den, og prøv igen.',
  errorRateLimited: 'For mange forsøg. Vent lidt, og prøv igen.',
  errorRetryIn: 'For mange forsøg. Prøv igen {time}.',
  errorLockedOut: 'For mange forsøg. Prøv igen senere, eller brug en anden metode.',
  retryNow: 'Du kan prøve igen nu.',
  errorExpired: 'Dette trin er udløbet. Start forfra.',
  errorAlreadyEnrolled:
    'Der er allerede konfigureret en godkendelsesapp til din konto. Fjern den, før du tilføjer en ny.',
  errorNotEnrolled: 'Denne metode er endnu ikke konfigureret til din konto.',
  errorPasskeyCancelled: 'Anmodningen om adgangsnøglen blev annulleret eller fik timeout.',
  errorPasskeyUnsupported: 'Denne browser eller enhed understøtter ikke adgangsnøgler.',
  errorUnauthorized: 'Din session er udløbet. Log ind igen.',
  errorStepUpRequired: 'Bekræft først, at det er dig.',
  errorInvalidRequest: 'Anmodningen blev ikke accepteret. Prøv igen.',
  errorNetwork: 'Vi kunne ikke få forbindelse til serveren. Tjek din forbindelse, og prøv igen.',
  errorUnknown: 'Noget gik galt. Prøv igen.',
  errorNoClient:
    'Dette element har ingen MFA-klient. Placer det i <mfa-provider>, eller angiv dets client-egenskab.',
  tryAgain: 'Prøv igen',
  loading: 'Indlæser…',
  copy: 'Kopiér',
  copied: 'Kopieret',
  copyFailed: 'Kunne ikke kopiere. Markér teksten, og kopiér den selv.',
  stepUpConfirm: 'Bekræft, at det er dig',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Bekræftelseskode',
  otpValueMissing: 'Indtast koden.',
  otpTooShort: { one: 'Indtast {count} ciffer.', other: 'Indtast alle {count} cifre.' },
  otpPatternMismatch: 'Brug kun cifre.',
  otpTooLong: { one: 'Indtast kun {count} ciffer.', other: 'Indtast kun {count} cifre.' },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Forbereder konfiguration af din godkendelsesapp…',
  totpScanTitle: 'Scan denne QR-kode',
  totpScanHint: 'Åbn din godkendelsesapp, tilføj en konto, og ret kameraet mod koden.',
  totpQrLabel: 'QR-kode til at tilføje {account} i din godkendelsesapp',
  totpQrLabelIssuer: 'QR-kode til at tilføje {issuer} ({account}) i din godkendelsesapp',
  totpIssuer: 'Tjeneste',
  totpAccount: 'Konto',
  totpManualHint: 'Kan du ikke scanne den? Indtast denne konfigurationsnøgle i stedet:',
  totpCopySecret: 'Kopiér nøgle',
  totpOpenLink: 'Konfigurer på denne enhed',
  totpCodeTitle: {
    one: 'Indtast den {count}-cifrede kode',
    other: 'Indtast den {count}-cifrede kode',
  },
  totpCodeHint: 'Skriv den kode, som din app viser for denne konto lige nu.',
  totpCodeLabel: 'Kode fra din godkendelsesapp',
  totpSubmit: 'Bekræft',
  totpVerifying: 'Tjekker koden…',
  totpRetryIn: 'Prøv igen {time}.',
  totpEnrolled: 'Godkendelsesappen er tilføjet',
  totpEnrolledHint: 'Fremover skal du bruge en kode fra appen, når du logger ind.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Gem disse gendannelseskoder et sikkert sted, f.eks. i en adgangskodeadministrator. Hvis du mister dine andre loginmetoder, kan du logge ind én gang med hver kode.',
  recoveryCodesListLabel: 'Gendannelseskoder',
  recoveryCodesCopy: 'Kopiér alle',
  recoveryCodesDownload: 'Hent',
  recoveryCodesDownloaded: 'Downloaden er startet.',
  recoveryCodesPrint: 'Udskriv',
  recoveryCodesConfirm: 'Jeg har gemt disse koder',
  recoveryCodesContinue: 'Fortsæt',
  recoveryCodesSaving: 'Gemmer…',
  recoveryCodesDone: 'Dine gendannelseskoder er gemt. Opbevar dem et sikkert sted.',
  recoveryCodesRegenerating: 'Opretter nye gendannelseskoder…',
  recoveryCodesRegenerated: 'Nye gendannelseskoder er klar. Dine gamle koder virker ikke længere.',
  recoveryCodesFileTitle: 'Gendannelseskoder',
  recoveryCodesFileTitleNamed: 'Gendannelseskoder til {issuer}',
  recoveryCodesFileDate: 'Oprettet den {date}',
  recoveryCodesFileNote: 'Hver kode kan bruges én gang. Opbevar dem et sikkert sted.',
  recoveryCodeLabel: 'Gendannelseskode',
  recoveryCodeHint:
    'Indtast en af de gendannelseskoder, du har gemt. Bindestreger, mellemrum og store eller små bogstaver er ligegyldige.',
  recoveryCodeMissing: 'Indtast en gendannelseskode.',
  recoveryCodeSubmit: 'Bekræft',
  recoveryCodeVerifying: 'Tjekker koden…',
  recoveryCodeVerified: 'Gendannelseskoden blev accepteret.',
  recoveryCodesNoneLeft: 'Du har ikke flere gendannelseskoder. Opret nye koder nu.',
  recoveryCodesFewLeft: {
    one: 'Du har {count} gendannelseskode tilbage. Opret snart nye koder.',
    other: 'Du har {count} gendannelseskoder tilbage. Opret snart nye koder.',
  },
  recoveryCodesRemaining: {
    one: 'Du har {count} gendannelseskode tilbage.',
    other: 'Du har {count} gendannelseskoder tilbage.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Brug en adgangsnøgle',
  passkeyRegister: 'Opret en adgangsnøgle',
  passkeyAliasLabel: 'Navn på adgangsnøglen (valgfrit)',
  passkeyAliasHint: 'Et navn, du kan genkende senere, f.eks. »Arbejdscomputer«.',
  passkeyWaiting: 'Venter på din adgangsnøgle…',
  passkeyCancelled: 'Der blev ikke brugt nogen adgangsnøgle. Du kan prøve igen, når du er klar.',
  passkeyVerified: 'Adgangsnøglen blev accepteret.',
  passkeyRejected:
    'Din adgangsnøgle kunne ikke bekræftes. Prøv igen, eller log ind på en anden måde.',
  passkeyAlreadyRegistered: 'Denne adgangsnøgle er allerede konfigureret til din konto.',
  passkeyCreated: 'Adgangsnøglen er oprettet.',
  passkeyCreatedNamed: 'Adgangsnøglen »{alias}« er oprettet.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Bekræftelsesmetode',
  verifyMethodPasskey: 'Adgangsnøgle',
  verifyMethodTotp: 'Godkendelsesapp',
  verifyMethodRecoveryCode: 'Gendannelseskode',
  verifyPasskeyHint:
    'Brug adgangsnøglen på denne enhed, på din telefon eller på en sikkerhedsnøgle.',
  verifyTotpHint: 'Indtast den 6-cifrede kode, som din godkendelsesapp viser nu.',
  verifyTotpLabel: 'Kode fra din godkendelsesapp',
  verifyTotpSubmit: 'Bekræft',
  verifyTotpVerifying: 'Tjekker din kode…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Bekræft, at det er dig',
  actionGuardChecking: 'Tjekker, om denne handling kræver bekræftelse…',
  actionGuardLoading: 'Indlæser dine bekræftelsesmetoder…',
  actionGuardCancel: 'Annuller',
  actionGuardClose: 'Luk',
  actionGuardNoMethod:
    'Denne handling kræver totrinsbekræftelse, og der er endnu ikke konfigureret en metode til din konto. Tilføj en godkendelsesapp eller en adgangsnøgle i dine kontoindstillinger, og prøv derefter igen.',
  actionGuardEnrollIntro:
    'Denne handling kræver totrinsbekræftelse. Konfigurer en metode nu, og brug den derefter til at bekræfte, at det er dig.',
  actionGuardEnrollLabel: 'Metode, der skal konfigureres',
  actionGuardEnrollPasskey: 'Adgangsnøgle',
  actionGuardEnrollTotp: 'Godkendelsesapp',
  actionGuardReauthSend: 'Send mig en kode på mail',
  actionGuardReauthSent: 'Vi har sendt en kode til {destination}. Indtast den her.',
  actionGuardReauthLabel: 'Kode fra mailen',
  actionGuardReauthResend: 'Send en ny kode',
  actionGuardReauthSendSms: 'Send mig en kode på sms',
  actionGuardReauthSentSms: 'Vi har sendt en kode på sms til {destination}. Indtast den her.',
  actionGuardReauthLabelSms: 'Kode fra sms’en',
  actionGuardReauthResendIn: 'Du kan sende en ny kode {time}.',
  actionGuardReauthResendReady: 'Du kan sende en ny kode nu.',
  actionGuardEnrolled:
    'Din nye metode er konfigureret. Brug den nu til at bekræfte, at det er dig (en godkendelsesapp skal bruge sin næste kode).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Tjekker sikkerheden for dit login…',
  flowEnrollHeading: 'Tilføj endnu en måde at logge ind på',
  flowEnrollIntro: 'Vælg, hvordan du vil bekræfte, at det er dig, når du logger ind.',
  flowChoiceTotp: 'Godkendelsesapp',
  flowChoiceTotpHint:
    'Indtast en 6-cifret kode fra en app som Google Authenticator eller 1Password.',
  flowChoicePasskey: 'Adgangsnøgle',
  flowChoicePasskeyHint:
    'Brug din enheds skærmlås (fingeraftryk, ansigt eller pinkode) eller en sikkerhedsnøgle.',
  flowTotpHeading: 'Konfigurer en godkendelsesapp',
  flowPasskeyHeading: 'Opret en adgangsnøgle',
  flowPasskeyIntro: 'Din browser beder dig om at oprette en adgangsnøgle til denne konto.',
  flowBack: 'Vælg en anden måde',
  flowNoMethod: 'Ingen af de loginmetoder, der tilbydes her, virker i denne browser.',
  flowVerifyHeading: 'Bekræft, at det er dig',
  flowVerifyIntro: 'Brug en af dine loginmetoder for at fortsætte.',
  flowAcknowledgeHeading: 'Gem dine gendannelseskoder',
  flowEnrolledPasskey: 'Adgangsnøglen er tilføjet.',
  flowEnrolledTotp: 'Godkendelsesappen er tilføjet.',
  flowVerified: 'Bekræftet.',
  flowCodesSaved: 'Gendannelseskoderne er gemt.',
  flowDoneHeading: 'Alt er klar',
  flowDone: 'Totrinsbekræftelse er aktiveret for din konto.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Indlæser dine loginmetoder…',
  devicesListLabel: 'Dine loginmetoder',
  devicesEmpty: 'Ingen loginmetoder endnu. Tilføj en for at aktivere totrinsbekræftelse.',
  devicesTypeTotp: 'Godkendelsesapp',
  devicesTypePasskey: 'Adgangsnøgle',
  devicesAddedOn: 'Tilføjet',
  devicesLastUsed: 'Senest brugt',
  devicesNeverUsed: 'Ikke brugt endnu',
  devicesState: 'Status',
  devicesVerified: 'Bekræftet',
  devicesPending: 'Konfigurationen er ikke fuldført',
  devicesDelete: 'Slet',
  devicesGuardLabel: 'Slet »{name}«',
  devicesDeleting: 'Sletter »{name}«…',
  devicesDeleted: '»{name}« er slettet.',
  devicesNotDeleted: 'Intet blev slettet.',
  devicesLastWarning:
    '»{name}« er din eneste måde at bekræfte, at det er dig. Hvis du sletter den, er totrinsbekræftelse slået fra for din konto, indtil du tilføjer en anden metode.',
  devicesConfirmDelete: 'Slet alligevel',
  devicesKeep: 'Behold',
  devicesRecoveryTitle: 'Gendannelseskoder',
  devicesRecoveryNone: 'Der er ingen ubrugte koder tilbage. Opret nye.',
  devicesRecoveryRemaining: {
    one: '{count} ubrugt kode tilbage.',
    other: '{count} ubrugte koder tilbage.',
  },
  devicesRegenerate: 'Opret nye koder',
  devicesRegenerateHint: 'Dine gamle koder holder op med at virke, når du opretter nye.',
  devicesRegenerateGuardLabel: 'Opret nye gendannelseskoder',
  devicesNewCodesTitle: 'Dine nye gendannelseskoder',
  devicesSaveCodesTitle: 'Gem dine gendannelseskoder',
  devicesFirstCodesSaved: 'Gendannelseskoderne er gemt.',
  devicesCodesSaved: 'De nye gendannelseskoder er gemt. De gamle virker ikke længere.',
  devicesNoNewCodes: 'Der blev ikke oprettet nye koder.',
  devicesClose: 'Luk',
  devicesAddTotp: 'Tilføj godkendelsesapp',
  devicesAddPasskey: 'Tilføj adgangsnøgle',
  devicesAddTitleTotp: 'Tilføj en godkendelsesapp',
  devicesAddTitlePasskey: 'Tilføj en adgangsnøgle',
  devicesCancel: 'Annuller',
  devicesOneTotp:
    'Du kan have én godkendelsesapp. Hvis du vil skifte til en anden app eller telefon, skal du først slette den nuværende og derefter tilføje den nye.',
  devicesAdded: '»{name}« er tilføjet.',
} satisfies MfaTranslation;

registerMessages('da', messages);
