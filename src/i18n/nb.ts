/**
 * Norsk bokmål (Norwegian Bokmål). Address: informal "du". Terms (docs/TRANSLATING.md):
 * tilgangsnøkkel, autentiseringsapp, bekreftelseskode, gjenopprettingskode, totrinnsbekreftelse.
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Koden fungerte ikke. Sjekk den og prøv igjen.',
  errorRateLimited: 'For mange forsøk. Vent litt og prøv igjen.',
  errorRetryIn: 'For mange forsøk. Prøv igjen {time}.',
  errorLockedOut: 'For mange forsøk. Prøv igjen senere, eller bruk en annen metode.',
  retryNow: 'Du kan prøve igjen nå.',
  errorExpired: 'Dette trinnet er utløpt. Start på nytt.',
  errorAlreadyEnrolled:
    'En autentiseringsapp er allerede konfigurert for kontoen din. Fjern den før du legger til en ny.',
  errorNotEnrolled: 'Denne metoden er ikke konfigurert for kontoen din ennå.',
  errorPasskeyCancelled: 'Forespørselen om tilgangsnøkkelen ble avbrutt eller tidsavbrutt.',
  errorPasskeyUnsupported: 'Denne nettleseren eller enheten støtter ikke tilgangsnøkler.',
  errorUnauthorized: 'Økten din er avsluttet. Logg på igjen.',
  errorStepUpRequired: 'Bekreft først at det er deg.',
  errorInvalidRequest: 'Forespørselen ble ikke godtatt. Prøv igjen.',
  errorNetwork: 'Vi fikk ikke kontakt med serveren. Sjekk tilkoblingen og prøv igjen.',
  errorUnknown: 'Noe gikk galt. Prøv igjen.',
  errorNoClient:
    'Dette elementet har ingen MFA-klient. Plasser det i <mfa-provider> eller angi client-egenskapen.',
  tryAgain: 'Prøv igjen',
  loading: 'Laster inn…',
  copy: 'Kopiér',
  copied: 'Kopiert',
  copyFailed: 'Kunne ikke kopiere. Merk teksten og kopiér den selv.',
  stepUpConfirm: 'Bekreft at det er deg',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Bekreftelseskode',
  otpValueMissing: 'Skriv inn koden.',
  otpTooShort: { one: 'Skriv inn {count} siffer.', other: 'Skriv inn alle de {count} sifrene.' },
  otpPatternMismatch: 'Bruk bare sifre.',
  otpTooLong: { one: 'Skriv inn bare {count} siffer.', other: 'Skriv inn bare {count} sifre.' },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Forbereder konfigurering av autentiseringsappen…',
  totpScanTitle: 'Skann denne QR-koden',
  totpScanHint: 'Åpne autentiseringsappen, legg til en konto og rett kameraet mot koden.',
  totpQrLabel: 'QR-kode for å legge til {account} i autentiseringsappen',
  totpQrLabelIssuer: 'QR-kode for å legge til {issuer} ({account}) i autentiseringsappen',
  totpIssuer: 'Tjeneste',
  totpAccount: 'Konto',
  totpManualHint: 'Får du ikke skannet den? Skriv inn denne oppsettsnøkkelen i stedet:',
  totpCopySecret: 'Kopiér nøkkelen',
  totpOpenLink: 'Konfigurer på denne enheten',
  totpCodeTitle: {
    one: 'Skriv inn den {count}-sifrede koden',
    other: 'Skriv inn den {count}-sifrede koden',
  },
  totpCodeHint: 'Skriv inn koden appen viser for denne kontoen nå.',
  totpCodeLabel: 'Kode fra autentiseringsappen',
  totpSubmit: 'Bekreft',
  totpVerifying: 'Sjekker koden…',
  totpRetryIn: 'Prøv igjen {time}.',
  totpEnrolled: 'Autentiseringsappen er lagt til',
  totpEnrolledHint: 'Fra nå av bruker du en kode fra appen når du logger på.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Lagre disse gjenopprettingskodene på et trygt sted, for eksempel i en passordbehandler. Hvis du mister de andre påloggingsmetodene dine, kan du logge på én gang med hver kode.',
  recoveryCodesListLabel: 'Gjenopprettingskoder',
  recoveryCodesCopy: 'Kopiér alle',
  recoveryCodesDownload: 'Last ned',
  recoveryCodesDownloaded: 'Nedlastingen har startet.',
  recoveryCodesPrint: 'Skriv ut',
  recoveryCodesConfirm: 'Jeg har lagret disse kodene',
  recoveryCodesContinue: 'Fortsett',
  recoveryCodesSaving: 'Lagrer…',
  recoveryCodesDone: 'Gjenopprettingskodene dine er lagret. Oppbevar dem på et trygt sted.',
  recoveryCodesRegenerating: 'Oppretter nye gjenopprettingskoder…',
  recoveryCodesRegenerated:
    'Nye gjenopprettingskoder er klare. De gamle kodene dine fungerer ikke lenger.',
  recoveryCodesFileTitle: 'Gjenopprettingskoder',
  recoveryCodesFileTitleNamed: 'Gjenopprettingskoder for {issuer}',
  recoveryCodesFileDate: 'Opprettet {date}',
  recoveryCodesFileNote: 'Hver kode kan brukes én gang. Oppbevar dem på et trygt sted.',
  recoveryCodeLabel: 'Gjenopprettingskode',
  recoveryCodeHint:
    'Skriv inn en av gjenopprettingskodene du har lagret. Bindestreker, mellomrom og store eller små bokstaver spiller ingen rolle.',
  recoveryCodeMissing: 'Skriv inn en gjenopprettingskode.',
  recoveryCodeSubmit: 'Bekreft',
  recoveryCodeVerifying: 'Sjekker koden…',
  recoveryCodeVerified: 'Gjenopprettingskoden er godtatt.',
  recoveryCodesNoneLeft: 'Du har ingen gjenopprettingskoder igjen. Opprett nye koder nå.',
  recoveryCodesFewLeft: {
    one: 'Du har {count} gjenopprettingskode igjen. Opprett nye koder snart.',
    other: 'Du har {count} gjenopprettingskoder igjen. Opprett nye koder snart.',
  },
  recoveryCodesRemaining: {
    one: 'Du har {count} gjenopprettingskode igjen.',
    other: 'Du har {count} gjenopprettingskoder igjen.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Bruk en tilgangsnøkkel',
  passkeyRegister: 'Opprett en tilgangsnøkkel',
  passkeyAliasLabel: 'Navn på tilgangsnøkkelen (valgfritt)',
  passkeyAliasHint: 'Et navn du kjenner igjen senere, for eksempel «Jobb-PC».',
  passkeyWaiting: 'Venter på tilgangsnøkkelen din…',
  passkeyCancelled: 'Ingen tilgangsnøkkel ble brukt. Du kan prøve igjen når du er klar.',
  passkeyVerified: 'Tilgangsnøkkelen er godtatt.',
  passkeyRejected:
    'Tilgangsnøkkelen din kunne ikke bekreftes. Prøv igjen, eller bruk en annen påloggingsmetode.',
  passkeyAlreadyRegistered: 'Denne tilgangsnøkkelen er allerede konfigurert for kontoen din.',
  passkeyCreated: 'Tilgangsnøkkelen er opprettet.',
  passkeyCreatedNamed: 'Tilgangsnøkkelen «{alias}» er opprettet.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Bekreftelsesmetode',
  verifyMethodPasskey: 'Tilgangsnøkkel',
  verifyMethodTotp: 'Autentiseringsapp',
  verifyMethodRecoveryCode: 'Gjenopprettingskode',
  verifyPasskeyHint:
    'Bruk tilgangsnøkkelen på denne enheten, på telefonen din eller på en sikkerhetsnøkkel.',
  verifyTotpHint: 'Skriv inn den 6-sifrede koden autentiseringsappen viser nå.',
  verifyTotpLabel: 'Kode fra autentiseringsappen',
  verifyTotpSubmit: 'Bekreft',
  verifyTotpVerifying: 'Sjekker koden…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Bekreft at det er deg',
  actionGuardChecking: 'Sjekker om denne handlingen krever bekreftelse…',
  actionGuardLoading: 'Laster inn bekreftelsesmetodene dine…',
  actionGuardCancel: 'Avbryt',
  actionGuardClose: 'Lukk',
  actionGuardNoMethod:
    'Denne handlingen krever totrinnsbekreftelse, og ingen metode er konfigurert for kontoen din ennå. Legg til en autentiseringsapp eller en tilgangsnøkkel i kontoinnstillingene, og prøv deretter igjen.',
  actionGuardEnrollIntro:
    'Denne handlingen krever totrinnsbekreftelse. Konfigurer en metode nå, og bruk den deretter til å bekrefte at det er deg.',
  actionGuardEnrollLabel: 'Metode som skal konfigureres',
  actionGuardEnrollPasskey: 'Tilgangsnøkkel',
  actionGuardEnrollTotp: 'Autentiseringsapp',
  actionGuardReauthSend: 'Send meg en kode på e-post',
  actionGuardReauthSent: 'Vi har sendt en kode til {destination}. Skriv den inn her.',
  actionGuardReauthLabel: 'Kode fra e-posten',
  actionGuardReauthResend: 'Send en ny kode',
  actionGuardReauthSendSms: 'Send meg en kode på SMS',
  actionGuardReauthSentSms: 'Vi har sendt en kode på SMS til {destination}. Skriv den inn her.',
  actionGuardReauthLabelSms: 'Kode fra SMS-en',
  actionGuardReauthResendIn: 'Du kan sende en ny kode {time}.',
  actionGuardReauthResendReady: 'Du kan sende en ny kode nå.',
  actionGuardEnrolled:
    'Den nye metoden din er konfigurert. Bruk den nå til å bekrefte at det er deg (en autentiseringsapp trenger den neste koden sin).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Sjekker påloggingssikkerheten din…',
  flowEnrollHeading: 'Legg til en ekstra påloggingsmåte',
  flowEnrollIntro: 'Velg hvordan du vil bekrefte at det er deg når du logger på.',
  flowChoiceTotp: 'Autentiseringsapp',
  flowChoiceTotpHint:
    'Skriv inn en 6-sifret kode fra en app som Google Authenticator eller 1Password.',
  flowChoicePasskey: 'Tilgangsnøkkel',
  flowChoicePasskeyHint:
    'Bruk skjermlåsen på enheten (fingeravtrykk, ansikt eller PIN-kode) eller en sikkerhetsnøkkel.',
  flowTotpHeading: 'Konfigurer en autentiseringsapp',
  flowPasskeyHeading: 'Opprett en tilgangsnøkkel',
  flowPasskeyIntro: 'Nettleseren ber deg om å opprette en tilgangsnøkkel for denne kontoen.',
  flowBack: 'Velg en annen måte',
  flowNoMethod: 'Ingen av påloggingsmåtene som tilbys her, fungerer i denne nettleseren.',
  flowVerifyHeading: 'Bekreft at det er deg',
  flowVerifyIntro: 'Bruk en av påloggingsmetodene dine for å fortsette.',
  flowAcknowledgeHeading: 'Lagre gjenopprettingskodene dine',
  flowEnrolledPasskey: 'Tilgangsnøkkelen er lagt til.',
  flowEnrolledTotp: 'Autentiseringsappen er lagt til.',
  flowVerified: 'Bekreftet.',
  flowCodesSaved: 'Gjenopprettingskodene er lagret.',
  flowDoneHeading: 'Alt er klart',
  flowDone: 'Totrinnsbekreftelse er slått på for kontoen din.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Laster inn påloggingsmetodene dine…',
  devicesListLabel: 'Påloggingsmetodene dine',
  devicesEmpty: 'Ingen påloggingsmetoder ennå. Legg til en for å slå på totrinnsbekreftelse.',
  devicesTypeTotp: 'Autentiseringsapp',
  devicesTypePasskey: 'Tilgangsnøkkel',
  devicesAddedOn: 'Lagt til',
  devicesLastUsed: 'Sist brukt',
  devicesNeverUsed: 'Ikke brukt ennå',
  devicesState: 'Status',
  devicesVerified: 'Bekreftet',
  devicesPending: 'Konfigureringen er ikke fullført',
  devicesDelete: 'Slett',
  devicesGuardLabel: 'Slett «{name}»',
  devicesDeleting: 'Sletter «{name}»…',
  devicesDeleted: '«{name}» er slettet.',
  devicesNotDeleted: 'Ingenting ble slettet.',
  devicesLastWarning:
    '«{name}» er den eneste måten du kan bekrefte at det er deg på. Hvis du sletter den, er totrinnsbekreftelse slått av for kontoen din til du legger til en annen metode.',
  devicesConfirmDelete: 'Slett likevel',
  devicesKeep: 'Behold',
  devicesRecoveryTitle: 'Gjenopprettingskoder',
  devicesRecoveryNone: 'Ingen ubrukte koder igjen. Opprett nye.',
  devicesRecoveryRemaining: {
    one: '{count} ubrukt kode igjen.',
    other: '{count} ubrukte koder igjen.',
  },
  devicesRegenerate: 'Opprett nye koder',
  devicesRegenerateHint: 'De gamle kodene dine slutter å fungere når du oppretter nye.',
  devicesRegenerateGuardLabel: 'Opprett nye gjenopprettingskoder',
  devicesNewCodesTitle: 'De nye gjenopprettingskodene dine',
  devicesSaveCodesTitle: 'Lagre gjenopprettingskodene dine',
  devicesFirstCodesSaved: 'Gjenopprettingskodene er lagret.',
  devicesCodesSaved: 'De nye gjenopprettingskodene er lagret. De gamle fungerer ikke lenger.',
  devicesNoNewCodes: 'Ingen nye koder ble opprettet.',
  devicesClose: 'Lukk',
  devicesAddTotp: 'Legg til autentiseringsapp',
  devicesAddPasskey: 'Legg til tilgangsnøkkel',
  devicesAddTitleTotp: 'Legg til en autentiseringsapp',
  devicesAddTitlePasskey: 'Legg til en tilgangsnøkkel',
  devicesCancel: 'Avbryt',
  devicesOneTotp:
    'Du kan ha én autentiseringsapp. For å bytte til en annen app eller telefon må du først slette den nåværende og så legge til den nye.',
  devicesAdded: '«{name}» er lagt til.',
} satisfies MfaTranslation;

registerMessages('nb', messages);
