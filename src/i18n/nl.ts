/**
 * Nederlands (Dutch). Address: informal "je/jij". Terms (docs/TRANSLATING.md): toegangssleutel,
 * authenticator-app, verificatiecode, herstelcode, verificatie in twee stappen.
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Die code werkte niet. Controleer de code en probeer het opnieuw.',
  errorRateLimited: 'Te veel pogingen. Wacht even en probeer het opnieuw.',
  errorRetryIn: 'Te veel pogingen. Probeer het {time} opnieuw.',
  errorLockedOut: 'Te veel pogingen. Probeer het later opnieuw of gebruik een andere methode.',
  retryNow: 'Je kunt het nu opnieuw proberen.',
  errorExpired: 'Deze stap is verlopen. Begin opnieuw.',
  errorAlreadyEnrolled:
    'Er is al een authenticator-app ingesteld voor je account. Verwijder die voordat je een andere toevoegt.',
  errorNotEnrolled: 'Deze methode is nog niet ingesteld voor je account.',
  errorPasskeyCancelled: 'Het verzoek voor de toegangssleutel is geannuleerd of verlopen.',
  errorPasskeyUnsupported: 'Deze browser of dit apparaat ondersteunt geen toegangssleutels.',
  errorUnauthorized: 'Je sessie is beëindigd. Log opnieuw in.',
  errorStepUpRequired: 'Bevestig eerst dat jij het bent.',
  errorInvalidRequest: 'Het verzoek is niet geaccepteerd. Probeer het opnieuw.',
  errorNetwork:
    'We kunnen de server niet bereiken. Controleer je verbinding en probeer het opnieuw.',
  errorUnknown: 'Er is iets misgegaan. Probeer het opnieuw.',
  errorNoClient:
    'Dit element heeft geen MFA-client. Plaats het binnen <mfa-provider> of stel de eigenschap client in.',
  tryAgain: 'Opnieuw proberen',
  loading: 'Laden…',
  copy: 'Kopiëren',
  copied: 'Gekopieerd',
  copyFailed: 'Kopiëren is mislukt. Selecteer de tekst en kopieer die zelf.',
  stepUpConfirm: 'Bevestig dat jij het bent',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Verificatiecode',
  otpValueMissing: 'Voer de code in.',
  otpTooShort: { one: 'Voer {count} cijfer in.', other: 'Voer alle {count} cijfers in.' },
  otpPatternMismatch: 'Gebruik alleen cijfers.',
  otpTooLong: { one: 'Voer maar {count} cijfer in.', other: 'Voer maar {count} cijfers in.' },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Instellen van je authenticator-app voorbereiden…',
  totpScanTitle: 'Scan deze QR-code',
  totpScanHint: 'Open je authenticator-app, voeg een account toe en richt de camera op de code.',
  totpQrLabel: 'QR-code om {account} toe te voegen aan je authenticator-app',
  totpQrLabelIssuer: 'QR-code om {issuer} ({account}) toe te voegen aan je authenticator-app',
  totpIssuer: 'Dienst',
  totpAccount: 'Account',
  totpManualHint: 'Lukt scannen niet? Voer dan deze configuratiesleutel in:',
  totpCopySecret: 'Sleutel kopiëren',
  totpOpenLink: 'Instellen op dit apparaat',
  totpCodeTitle: {
    one: 'Voer de {count}-cijferige code in',
    other: 'Voer de {count}-cijferige code in',
  },
  totpCodeHint: 'Typ de code die je app nu voor dit account laat zien.',
  totpCodeLabel: 'Code uit je authenticator-app',
  totpSubmit: 'Verifiëren',
  totpVerifying: 'Code controleren…',
  totpRetryIn: 'Probeer het {time} opnieuw.',
  totpEnrolled: 'Authenticator-app toegevoegd',
  totpEnrolledHint: 'Voortaan gebruik je bij het inloggen een code uit de app.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Bewaar deze herstelcodes op een veilige plek, bijvoorbeeld in een wachtwoordmanager. Als je je andere inlogmethoden kwijtraakt, kun je met elke code één keer inloggen.',
  recoveryCodesListLabel: 'Herstelcodes',
  recoveryCodesCopy: 'Alles kopiëren',
  recoveryCodesDownload: 'Downloaden',
  recoveryCodesDownloaded: 'Download gestart.',
  recoveryCodesPrint: 'Afdrukken',
  recoveryCodesConfirm: 'Ik heb deze codes opgeslagen',
  recoveryCodesContinue: 'Doorgaan',
  recoveryCodesSaving: 'Opslaan…',
  recoveryCodesDone: 'Je herstelcodes zijn opgeslagen. Bewaar ze op een veilige plek.',
  recoveryCodesRegenerating: 'Nieuwe herstelcodes maken…',
  recoveryCodesRegenerated: 'Nieuwe herstelcodes zijn klaar. Je oude codes werken niet meer.',
  recoveryCodesFileTitle: 'Herstelcodes',
  recoveryCodesFileTitleNamed: 'Herstelcodes voor {issuer}',
  recoveryCodesFileDate: 'Gemaakt op {date}',
  recoveryCodesFileNote: 'Elke code kan één keer worden gebruikt. Bewaar ze op een veilige plek.',
  recoveryCodeLabel: 'Herstelcode',
  recoveryCodeHint:
    'Voer een van de herstelcodes in die je hebt opgeslagen. Streepjes, spaties en hoofdletters maken niet uit.',
  recoveryCodeMissing: 'Voer een herstelcode in.',
  recoveryCodeSubmit: 'Verifiëren',
  recoveryCodeVerifying: 'Code controleren…',
  recoveryCodeVerified: 'Herstelcode geaccepteerd.',
  recoveryCodesNoneLeft: 'Je hebt geen herstelcodes meer. Maak nu een nieuwe set.',
  recoveryCodesFewLeft: {
    one: 'Je hebt nog {count} herstelcode. Maak binnenkort een nieuwe set.',
    other: 'Je hebt nog {count} herstelcodes. Maak binnenkort een nieuwe set.',
  },
  recoveryCodesRemaining: {
    one: 'Je hebt nog {count} herstelcode.',
    other: 'Je hebt nog {count} herstelcodes.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Toegangssleutel gebruiken',
  passkeyRegister: 'Toegangssleutel maken',
  passkeyAliasLabel: 'Naam van toegangssleutel (optioneel)',
  passkeyAliasHint: 'Een naam die je later herkent, zoals ‘Werklaptop’.',
  passkeyWaiting: 'Wachten op je toegangssleutel…',
  passkeyCancelled:
    'Er is geen toegangssleutel gebruikt. Je kunt het opnieuw proberen wanneer je klaar bent.',
  passkeyVerified: 'Toegangssleutel geaccepteerd.',
  passkeyRejected:
    'Je toegangssleutel kan niet worden geverifieerd. Probeer het opnieuw of log op een andere manier in.',
  passkeyAlreadyRegistered: 'Deze toegangssleutel is al ingesteld voor je account.',
  passkeyCreated: 'Toegangssleutel gemaakt.',
  passkeyCreatedNamed: 'Toegangssleutel ‘{alias}’ gemaakt.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Verificatiemethode',
  verifyMethodPasskey: 'Toegangssleutel',
  verifyMethodTotp: 'Authenticator-app',
  verifyMethodRecoveryCode: 'Herstelcode',
  verifyPasskeyHint:
    'Gebruik de toegangssleutel op dit apparaat, op je telefoon of op een beveiligingssleutel.',
  verifyTotpHint: 'Voer de 6-cijferige code in die je authenticator-app nu laat zien.',
  verifyTotpLabel: 'Code uit je authenticator-app',
  verifyTotpSubmit: 'Verifiëren',
  verifyTotpVerifying: 'Code controleren…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Bevestig dat jij het bent',
  actionGuardChecking: 'Controleren of deze actie verificatie nodig heeft…',
  actionGuardLoading: 'Je verificatiemethoden laden…',
  actionGuardCancel: 'Annuleren',
  actionGuardClose: 'Sluiten',
  actionGuardNoMethod:
    'Voor deze actie is verificatie in twee stappen nodig, maar er is nog geen methode ingesteld voor je account. Voeg een authenticator-app of een toegangssleutel toe in je accountinstellingen en probeer het daarna opnieuw.',
  actionGuardEnrollIntro:
    'Voor deze actie is verificatie in twee stappen nodig. Stel nu een methode in en gebruik die daarna om te bevestigen dat jij het bent.',
  actionGuardEnrollLabel: 'In te stellen methode',
  actionGuardEnrollPasskey: 'Toegangssleutel',
  actionGuardEnrollTotp: 'Authenticator-app',
  actionGuardReauthSend: 'Stuur me een code per e-mail',
  actionGuardReauthSent: 'We hebben een code naar {destination} gestuurd. Voer die hier in.',
  actionGuardReauthLabel: 'Code uit de e-mail',
  actionGuardReauthResend: 'Stuur een nieuwe code',
  actionGuardReauthSendSms: 'Stuur me een code per sms',
  actionGuardReauthSentSms:
    'We hebben een code per sms naar {destination} gestuurd. Voer die hier in.',
  actionGuardReauthLabelSms: 'Code uit de sms',
  actionGuardReauthResendIn: 'Je kunt {time} een nieuwe code sturen.',
  actionGuardReauthResendReady: 'Je kunt nu een nieuwe code sturen.',
  actionGuardEnrolled:
    'Je nieuwe methode is ingesteld. Gebruik die nu om te bevestigen dat jij het bent (een authenticator-app heeft daarvoor de volgende code nodig).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Je inlogbeveiliging controleren…',
  flowEnrollHeading: 'Tweede inlogmethode toevoegen',
  flowEnrollIntro: 'Kies hoe je bevestigt dat jij het bent wanneer je inlogt.',
  flowChoiceTotp: 'Authenticator-app',
  flowChoiceTotpHint:
    'Voer een 6-cijferige code in uit een app zoals Google Authenticator of 1Password.',
  flowChoicePasskey: 'Toegangssleutel',
  flowChoicePasskeyHint:
    'Gebruik de schermvergrendeling van je apparaat (vingerafdruk, gezicht of pincode) of een beveiligingssleutel.',
  flowTotpHeading: 'Authenticator-app instellen',
  flowPasskeyHeading: 'Toegangssleutel maken',
  flowPasskeyIntro: 'Je browser vraagt je om een toegangssleutel voor dit account te maken.',
  flowBack: 'Andere manier kiezen',
  flowNoMethod: 'Geen van de inlogmethoden die hier worden aangeboden, werkt in deze browser.',
  flowVerifyHeading: 'Bevestig dat jij het bent',
  flowVerifyIntro: 'Gebruik een van je inlogmethoden om door te gaan.',
  flowAcknowledgeHeading: 'Herstelcodes opslaan',
  flowEnrolledPasskey: 'Toegangssleutel toegevoegd.',
  flowEnrolledTotp: 'Authenticator-app toegevoegd.',
  flowVerified: 'Geverifieerd.',
  flowCodesSaved: 'Herstelcodes opgeslagen.',
  flowDoneHeading: 'Alles is ingesteld',
  flowDone: 'Verificatie in twee stappen staat aan voor je account.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Je inlogmethoden laden…',
  devicesListLabel: 'Je inlogmethoden',
  devicesEmpty:
    'Nog geen inlogmethoden. Voeg er een toe om verificatie in twee stappen aan te zetten.',
  devicesTypeTotp: 'Authenticator-app',
  devicesTypePasskey: 'Toegangssleutel',
  devicesAddedOn: 'Toegevoegd',
  devicesLastUsed: 'Laatst gebruikt',
  devicesNeverUsed: 'Nog niet gebruikt',
  devicesState: 'Status',
  devicesVerified: 'Geverifieerd',
  devicesPending: 'Instellen niet voltooid',
  devicesDelete: 'Verwijderen',
  devicesGuardLabel: '‘{name}’ verwijderen',
  devicesDeleting: '‘{name}’ verwijderen…',
  devicesDeleted: '‘{name}’ is verwijderd.',
  devicesNotDeleted: 'Er is niets verwijderd.',
  devicesLastWarning:
    '‘{name}’ is je enige manier om te bevestigen dat jij het bent. Als je deze verwijdert, staat verificatie in twee stappen voor je account uit totdat je een andere methode toevoegt.',
  devicesConfirmDelete: 'Toch verwijderen',
  devicesKeep: 'Behouden',
  devicesRecoveryTitle: 'Herstelcodes',
  devicesRecoveryNone: 'Geen ongebruikte codes meer. Maak nieuwe codes.',
  devicesRecoveryRemaining: {
    one: 'Nog {count} ongebruikte code.',
    other: 'Nog {count} ongebruikte codes.',
  },
  devicesRegenerate: 'Nieuwe codes maken',
  devicesRegenerateHint: 'Je oude codes werken niet meer zodra je nieuwe maakt.',
  devicesRegenerateGuardLabel: 'Nieuwe herstelcodes maken',
  devicesNewCodesTitle: 'Je nieuwe herstelcodes',
  devicesSaveCodesTitle: 'Herstelcodes opslaan',
  devicesFirstCodesSaved: 'Herstelcodes opgeslagen.',
  devicesCodesSaved: 'Nieuwe herstelcodes opgeslagen. De oude werken niet meer.',
  devicesNoNewCodes: 'Er zijn geen nieuwe codes gemaakt.',
  devicesClose: 'Sluiten',
  devicesAddTotp: 'Authenticator-app toevoegen',
  devicesAddPasskey: 'Toegangssleutel toevoegen',
  devicesAddTitleTotp: 'Authenticator-app toevoegen',
  devicesAddTitlePasskey: 'Toegangssleutel toevoegen',
  devicesCancel: 'Annuleren',
  devicesOneTotp:
    'Je kunt één authenticator-app hebben. Wil je overstappen naar een andere app of telefoon? Verwijder dan eerst de huidige en voeg daarna de nieuwe toe.',
  devicesAdded: '‘{name}’ is toegevoegd.',
} satisfies MfaTranslation;

registerMessages('nl', messages);
