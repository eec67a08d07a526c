/**
 * Svenska (Swedish). Address: informal "du". Terms (docs/TRANSLATING.md): nyckel,
 * autentiseringsapp, verifieringskod, återställningskod, tvåstegsverifiering.
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Koden fungerade inte. Kontrollera den och försök igen.',
  errorRateLimited: 'För många försök. Vänta en stund och försök igen.',
  errorRetryIn: 'För många försök. Försök igen {time}.',
  errorLockedOut: 'För många försök. Försök igen senare eller använd en annan metod.',
  retryNow: 'Du kan försöka igen nu.',
  errorExpired: 'Det här steget har gått ut. Börja om från början.',
  errorAlreadyEnrolled:
    'En autentiseringsapp har redan konfigurerats för ditt konto. Ta bort den innan du lägger till en ny.',
  errorNotEnrolled: 'Den här metoden har inte konfigurerats för ditt konto än.',
  errorPasskeyCancelled: 'Begäran om nyckeln avbröts eller tog för lång tid.',
  errorPasskeyUnsupported: 'Den här webbläsaren eller enheten har inte stöd för nycklar.',
  errorUnauthorized: 'Din session har avslutats. Logga in igen.',
  errorStepUpRequired: 'Bekräfta först att det är du.',
  errorInvalidRequest: 'Begäran godkändes inte. Försök igen.',
  errorNetwork: 'Det gick inte att nå servern. Kontrollera anslutningen och försök igen.',
  errorUnknown: 'Något gick fel. Försök igen.',
  errorNoClient:
    'Det här elementet har ingen MFA-klient. Placera det i <mfa-provider> eller ange dess client-egenskap.',
  tryAgain: 'Försök igen',
  loading: 'Läser in…',
  copy: 'Kopiera',
  copied: 'Kopierat',
  copyFailed: 'Det gick inte att kopiera. Markera texten och kopiera den själv.',
  stepUpConfirm: 'Bekräfta att det är du',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Verifieringskod',
  otpValueMissing: 'Ange koden.',
  otpTooShort: { one: 'Ange {count} siffra.', other: 'Ange alla {count} siffror.' },
  otpPatternMismatch: 'Använd bara siffror.',
  otpTooLong: { one: 'Ange bara {count} siffra.', other: 'Ange bara {count} siffror.' },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Förbereder konfigurationen av autentiseringsappen…',
  totpScanTitle: 'Skanna den här QR-koden',
  totpScanHint: 'Öppna autentiseringsappen, lägg till ett konto och rikta kameran mot koden.',
  totpQrLabel: 'QR-kod för att lägga till {account} i autentiseringsappen',
  totpQrLabelIssuer: 'QR-kod för att lägga till {issuer} ({account}) i autentiseringsappen',
  totpIssuer: 'Tjänst',
  totpAccount: 'Konto',
  totpManualHint: 'Går det inte att skanna? Ange den här konfigurationsnyckeln i stället:',
  totpCopySecret: 'Kopiera konfigurationsnyckeln',
  totpOpenLink: 'Konfigurera på den här enheten',
  totpCodeTitle: {
    one: 'Ange den {count}-siffriga koden',
    other: 'Ange den {count}-siffriga koden',
  },
  totpCodeHint: 'Skriv koden som appen visar för det här kontot just nu.',
  totpCodeLabel: 'Kod från autentiseringsappen',
  totpSubmit: 'Verifiera',
  totpVerifying: 'Kontrollerar koden…',
  totpRetryIn: 'Försök igen {time}.',
  totpEnrolled: 'Autentiseringsappen har lagts till',
  totpEnrolledHint: 'Från och med nu anger du en kod från appen när du loggar in.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Spara de här återställningskoderna på ett säkert ställe, till exempel i en lösenordshanterare. Om du förlorar dina andra inloggningsmetoder kan du logga in en gång med varje kod.',
  recoveryCodesListLabel: 'Återställningskoder',
  recoveryCodesCopy: 'Kopiera alla',
  recoveryCodesDownload: 'Ladda ned',
  recoveryCodesDownloaded: 'Nedladdningen har startat.',
  recoveryCodesPrint: 'Skriv ut',
  recoveryCodesConfirm: 'Jag har sparat de här koderna',
  recoveryCodesContinue: 'Fortsätt',
  recoveryCodesSaving: 'Sparar…',
  recoveryCodesDone: 'Dina återställningskoder har sparats. Förvara dem på ett säkert ställe.',
  recoveryCodesRegenerating: 'Skapar nya återställningskoder…',
  recoveryCodesRegenerated:
    'De nya återställningskoderna är klara. Dina gamla koder fungerar inte längre.',
  recoveryCodesFileTitle: 'Återställningskoder',
  recoveryCodesFileTitleNamed: 'Återställningskoder för {issuer}',
  recoveryCodesFileDate: 'Skapad den {date}',
  recoveryCodesFileNote: 'Varje kod kan användas en gång. Förvara dem på ett säkert ställe.',
  recoveryCodeLabel: 'Återställningskod',
  recoveryCodeHint:
    'Ange en av återställningskoderna som du har sparat. Bindestreck, mellanslag och stora eller små bokstäver spelar ingen roll.',
  recoveryCodeMissing: 'Ange en återställningskod.',
  recoveryCodeSubmit: 'Verifiera',
  recoveryCodeVerifying: 'Kontrollerar koden…',
  recoveryCodeVerified: 'Återställningskoden godkändes.',
  recoveryCodesNoneLeft: 'Du har inga återställningskoder kvar. Skapa nya koder nu.',
  recoveryCodesFewLeft: {
    one: 'Du har {count} återställningskod kvar. Skapa nya koder snart.',
    other: 'Du har {count} återställningskoder kvar. Skapa nya koder snart.',
  },
  recoveryCodesRemaining: {
    one: 'Du har {count} återställningskod kvar.',
    other: 'Du har {count} återställningskoder kvar.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Använd en nyckel',
  passkeyRegister: 'Skapa en nyckel',
  passkeyAliasLabel: 'Nyckelns namn (valfritt)',
  passkeyAliasHint: 'Ett namn som du känner igen senare, till exempel ”Jobbdatorn”.',
  passkeyWaiting: 'Väntar på din nyckel…',
  passkeyCancelled: 'Ingen nyckel användes. Du kan försöka igen när du är redo.',
  passkeyVerified: 'Nyckeln godkändes.',
  passkeyRejected:
    'Det gick inte att verifiera din nyckel. Försök igen eller logga in på ett annat sätt.',
  passkeyAlreadyRegistered: 'Den här nyckeln har redan konfigurerats för ditt konto.',
  passkeyCreated: 'Nyckeln har skapats.',
  passkeyCreatedNamed: 'Nyckeln ”{alias}” har skapats.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Verifieringsmetod',
  verifyMethodPasskey: 'Nyckel',
  verifyMethodTotp: 'Autentiseringsapp',
  verifyMethodRecoveryCode: 'Återställningskod',
  verifyPasskeyHint:
    'Använd nyckeln på den här enheten, på din telefon eller på en säkerhetsnyckel.',
  verifyTotpHint: 'Ange den sexsiffriga koden som autentiseringsappen visar just nu.',
  verifyTotpLabel: 'Kod från autentiseringsappen',
  verifyTotpSubmit: 'Verifiera',
  verifyTotpVerifying: 'Kontrollerar koden…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Bekräfta att det är du',
  actionGuardChecking: 'Kontrollerar om den här åtgärden kräver verifiering…',
  actionGuardLoading: 'Läser in dina verifieringsmetoder…',
  actionGuardCancel: 'Avbryt',
  actionGuardClose: 'Stäng',
  actionGuardNoMethod:
    'Den här åtgärden kräver tvåstegsverifiering och ingen metod har konfigurerats för ditt konto än. Lägg till en autentiseringsapp eller en nyckel i kontoinställningarna och försök sedan igen.',
  actionGuardEnrollIntro:
    'Den här åtgärden kräver tvåstegsverifiering. Konfigurera en metod nu och använd den sedan för att bekräfta att det är du.',
  actionGuardEnrollLabel: 'Metod att konfigurera',
  actionGuardEnrollPasskey: 'Nyckel',
  actionGuardEnrollTotp: 'Autentiseringsapp',
  actionGuardReauthSend: 'Skicka en kod till min e-post',
  actionGuardReauthSent: 'Vi har skickat en kod till {destination}. Ange den här.',
  actionGuardReauthLabel: 'Kod från e-postmeddelandet',
  actionGuardReauthResend: 'Skicka en ny kod',
  actionGuardReauthSendSms: 'Skicka en kod till mig via sms',
  actionGuardReauthSentSms: 'Vi har skickat en kod via sms till {destination}. Ange den här.',
  actionGuardReauthLabelSms: 'Kod från sms:et',
  actionGuardReauthResendIn: 'Du kan skicka en ny kod {time}.',
  actionGuardReauthResendReady: 'Du kan skicka en ny kod nu.',
  actionGuardEnrolled:
    'Din nya metod har konfigurerats. Använd den nu för att bekräfta att det är du (en autentiseringsapp behöver sin nästa kod).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Kontrollerar säkerheten för din inloggning…',
  flowEnrollHeading: 'Lägg till ett andra sätt att logga in',
  flowEnrollIntro: 'Välj hur du ska bekräfta att det är du när du loggar in.',
  flowChoiceTotp: 'Autentiseringsapp',
  flowChoiceTotpHint:
    'Ange en sexsiffrig kod från en app som Google Authenticator eller 1Password.',
  flowChoicePasskey: 'Nyckel',
  flowChoicePasskeyHint:
    'Använd enhetens skärmlås (fingeravtryck, ansikte eller pinkod) eller en säkerhetsnyckel.',
  flowTotpHeading: 'Konfigurera en autentiseringsapp',
  flowPasskeyHeading: 'Skapa en nyckel',
  flowPasskeyIntro: 'Webbläsaren ber dig att skapa en nyckel för det här kontot.',
  flowBack: 'Välj ett annat sätt',
  flowNoMethod: 'Inget av inloggningssätten som erbjuds här fungerar i den här webbläsaren.',
  flowVerifyHeading: 'Bekräfta att det är du',
  flowVerifyIntro: 'Använd en av dina inloggningsmetoder för att fortsätta.',
  flowAcknowledgeHeading: 'Spara dina återställningskoder',
  flowEnrolledPasskey: 'Nyckeln har lagts till.',
  flowEnrolledTotp: 'Autentiseringsappen har lagts till.',
  flowVerified: 'Verifierat.',
  flowCodesSaved: 'Återställningskoderna har sparats.',
  flowDoneHeading: 'Allt är klart',
  flowDone: 'Tvåstegsverifiering är aktiverad för ditt konto.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Läser in dina inloggningsmetoder…',
  devicesListLabel: 'Dina inloggningsmetoder',
  devicesEmpty: 'Inga inloggningsmetoder än. Lägg till en för att aktivera tvåstegsverifiering.',
  devicesTypeTotp: 'Autentiseringsapp',
  devicesTypePasskey: 'Nyckel',
  devicesAddedOn: 'Tillagd',
  devicesLastUsed: 'Senast använd',
  devicesNeverUsed: 'Inte använd än',
  devicesState: 'Status',
  devicesVerified: 'Verifierad',
  devicesPending: 'Konfigurationen är inte klar',
  devicesDelete: 'Ta bort',
  devicesGuardLabel: 'Ta bort ”{name}”',
  devicesDeleting: 'Tar bort ”{name}”…',
  devicesDeleted: '”{name}” har tagits bort.',
  devicesNotDeleted: 'Inget togs bort.',
  devicesLastWarning:
    '”{name}” är ditt enda sätt att bekräfta att det är du. Om du tar bort den är tvåstegsverifiering avaktiverad för ditt konto tills du lägger till en annan metod.',
  devicesConfirmDelete: 'Ta bort ändå',
  devicesKeep: 'Behåll',
  devicesRecoveryTitle: 'Återställningskoder',
  devicesRecoveryNone: 'Inga oanvända koder kvar. Skapa nya.',
  devicesRecoveryRemaining: {
    one: '{count} oanvänd kod kvar.',
    other: '{count} oanvända koder kvar.',
  },
  devicesRegenerate: 'Skapa nya koder',
  devicesRegenerateHint: 'Dina gamla koder slutar fungera när du skapar nya.',
  devicesRegenerateGuardLabel: 'Skapa nya återställningskoder',
  devicesNewCodesTitle: 'Dina nya återställningskoder',
  devicesSaveCodesTitle: 'Spara dina återställningskoder',
  devicesFirstCodesSaved: 'Återställningskoderna har sparats.',
  devicesCodesSaved: 'De nya återställningskoderna har sparats. De gamla fungerar inte längre.',
  devicesNoNewCodes: 'Inga nya koder skapades.',
  devicesClose: 'Stäng',
  devicesAddTotp: 'Lägg till autentiseringsapp',
  devicesAddPasskey: 'Lägg till nyckel',
  devicesAddTitleTotp: 'Lägg till en autentiseringsapp',
  devicesAddTitlePasskey: 'Lägg till en nyckel',
  devicesCancel: 'Avbryt',
  devicesOneTotp:
    'Du kan ha en autentiseringsapp. Om du vill byta till en annan app eller telefon tar du först bort den nuvarande och lägger sedan till den nya.',
  devicesAdded: '”{name}” har lagts till.',
} satisfies MfaTranslation;

registerMessages('sv', messages);
