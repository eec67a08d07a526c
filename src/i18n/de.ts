/**
 * Deutsch (German). Address: „Sie“. Terms (docs/TRANSLATING.md): Passkey, Authenticator-App,
 * Bestätigungscode, Wiederherstellungscode, Zwei-Faktor-Authentifizierung.
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode:
    'Dieser Code hat nicht funktioniert. Prüfen Sie ihn und versuchen Sie es erneut.',
  errorRateLimited: 'Zu viele Versuche. Warten Sie einen Moment und versuchen Sie es erneut.',
  errorRetryIn: 'Zu viele Versuche. Versuchen Sie es {time} erneut.',
  errorLockedOut:
    'Zu viele Versuche. Versuchen Sie es später erneut oder verwenden Sie eine andere Methode.',
  retryNow: 'Sie können es jetzt erneut versuchen.',
  errorExpired: 'Dieser Schritt ist abgelaufen. Bitte beginnen Sie von vorn.',
  errorAlreadyEnrolled:
    'Für Ihr Konto ist bereits eine Authenticator-App eingerichtet. Entfernen Sie sie, bevor Sie eine weitere hinzufügen.',
  errorNotEnrolled: 'Diese Methode ist für Ihr Konto noch nicht eingerichtet.',
  errorPasskeyCancelled: 'Die Passkey-Anfrage wurde abgebrochen oder ist abgelaufen.',
  errorPasskeyUnsupported: 'Dieser Browser oder dieses Gerät unterstützt keine Passkeys.',
  errorUnauthorized: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  errorStepUpRequired: 'Bestätigen Sie zuerst, dass Sie es sind.',
  errorInvalidRequest: 'Die Anfrage wurde nicht angenommen. Bitte versuchen Sie es erneut.',
  errorNetwork:
    'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  errorUnknown: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  errorNoClient:
    'Diesem Element fehlt ein MFA-Client. Setzen Sie es in <mfa-provider> oder legen Sie seine client-Eigenschaft fest.',
  tryAgain: 'Erneut versuchen',
  loading: 'Wird geladen…',
  copy: 'Kopieren',
  copied: 'Kopiert',
  copyFailed: 'Kopieren nicht möglich. Markieren Sie den Text und kopieren Sie ihn selbst.',
  stepUpConfirm: 'Identität bestätigen',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Bestätigungscode',
  otpValueMissing: 'Geben Sie den Code ein.',
  otpTooShort: {
    one: 'Geben Sie {count} Ziffer ein.',
    other: 'Geben Sie alle {count} Ziffern ein.',
  },
  otpPatternMismatch: 'Verwenden Sie nur Ziffern.',
  otpTooLong: {
    one: 'Geben Sie nur {count} Ziffer ein.',
    other: 'Geben Sie nur {count} Ziffern ein.',
  },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Einrichtung der Authenticator-App wird vorbereitet…',
  totpScanTitle: 'Diesen QR-Code scannen',
  totpScanHint:
    'Öffnen Sie Ihre Authenticator-App, fügen Sie ein Konto hinzu und richten Sie die Kamera auf den Code.',
  totpQrLabel: 'QR-Code, um {account} zu Ihrer Authenticator-App hinzuzufügen',
  totpQrLabelIssuer: 'QR-Code, um {issuer} ({account}) zu Ihrer Authenticator-App hinzuzufügen',
  totpIssuer: 'Dienst',
  totpAccount: 'Konto',
  totpManualHint: 'Scannen nicht möglich? Geben Sie stattdessen diesen Einrichtungsschlüssel ein:',
  totpCopySecret: 'Schlüssel kopieren',
  totpOpenLink: 'Auf diesem Gerät einrichten',
  totpCodeTitle: {
    one: '{count}-stelligen Code eingeben',
    other: '{count}-stelligen Code eingeben',
  },
  totpCodeHint: 'Geben Sie den Code ein, den Ihre App jetzt für dieses Konto anzeigt.',
  totpCodeLabel: 'Code aus Ihrer Authenticator-App',
  totpSubmit: 'Bestätigen',
  totpVerifying: 'Code wird geprüft…',
  totpRetryIn: 'Versuchen Sie es {time} erneut.',
  totpEnrolled: 'Authenticator-App hinzugefügt',
  totpEnrolledHint: 'Ab jetzt geben Sie bei der Anmeldung einen Code aus der App ein.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Bewahren Sie diese Wiederherstellungscodes sicher auf, zum Beispiel in einem Passwortmanager. Wenn Sie Ihre anderen Anmeldemethoden verlieren, können Sie sich mit jedem Code einmal anmelden.',
  recoveryCodesListLabel: 'Wiederherstellungscodes',
  recoveryCodesCopy: 'Alle kopieren',
  recoveryCodesDownload: 'Herunterladen',
  recoveryCodesDownloaded: 'Download gestartet.',
  recoveryCodesPrint: 'Drucken',
  recoveryCodesConfirm: 'Ich habe diese Codes gespeichert',
  recoveryCodesContinue: 'Weiter',
  recoveryCodesSaving: 'Wird gespeichert…',
  recoveryCodesDone: 'Ihre Wiederherstellungscodes sind gespeichert. Bewahren Sie sie sicher auf.',
  recoveryCodesRegenerating: 'Neue Wiederherstellungscodes werden erstellt…',
  recoveryCodesRegenerated:
    'Neue Wiederherstellungscodes sind bereit. Ihre alten Codes funktionieren nicht mehr.',
  recoveryCodesFileTitle: 'Wiederherstellungscodes',
  recoveryCodesFileTitleNamed: 'Wiederherstellungscodes für {issuer}',
  recoveryCodesFileDate: 'Erstellt am {date}',
  recoveryCodesFileNote: 'Jeder Code kann einmal verwendet werden. Bewahren Sie sie sicher auf.',
  recoveryCodeLabel: 'Wiederherstellungscode',
  recoveryCodeHint:
    'Geben Sie einen Ihrer gespeicherten Wiederherstellungscodes ein. Bindestriche, Leerzeichen und Groß-/Kleinschreibung spielen keine Rolle.',
  recoveryCodeMissing: 'Geben Sie einen Wiederherstellungscode ein.',
  recoveryCodeSubmit: 'Bestätigen',
  recoveryCodeVerifying: 'Code wird geprüft…',
  recoveryCodeVerified: 'Wiederherstellungscode akzeptiert.',
  recoveryCodesNoneLeft: 'Sie haben keine Wiederherstellungscodes mehr. Erstellen Sie jetzt neue.',
  recoveryCodesFewLeft: {
    one: 'Sie haben noch {count} Wiederherstellungscode. Erstellen Sie bald neue.',
    other: 'Sie haben noch {count} Wiederherstellungscodes. Erstellen Sie bald neue.',
  },
  recoveryCodesRemaining: {
    one: 'Sie haben noch {count} Wiederherstellungscode.',
    other: 'Sie haben noch {count} Wiederherstellungscodes.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Passkey verwenden',
  passkeyRegister: 'Passkey erstellen',
  passkeyAliasLabel: 'Name des Passkeys (optional)',
  passkeyAliasHint: 'Ein Name, an dem Sie ihn später erkennen, z. B. „Arbeitslaptop“.',
  passkeyWaiting: 'Warten auf Ihren Passkey…',
  passkeyCancelled:
    'Es wurde kein Passkey verwendet. Sie können es erneut versuchen, wenn Sie bereit sind.',
  passkeyVerified: 'Passkey akzeptiert.',
  passkeyRejected:
    'Ihr Passkey konnte nicht bestätigt werden. Versuchen Sie es erneut oder melden Sie sich auf andere Weise an.',
  passkeyAlreadyRegistered: 'Dieser Passkey ist für Ihr Konto bereits eingerichtet.',
  passkeyCreated: 'Passkey erstellt.',
  passkeyCreatedNamed: 'Passkey „{alias}“ erstellt.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Bestätigungsmethode',
  verifyMethodPasskey: 'Passkey',
  verifyMethodTotp: 'Authenticator-App',
  verifyMethodRecoveryCode: 'Wiederherstellungscode',
  verifyPasskeyHint:
    'Verwenden Sie den Passkey auf diesem Gerät, auf Ihrem Smartphone oder auf einem Sicherheitsschlüssel.',
  verifyTotpHint: 'Geben Sie den 6-stelligen Code ein, den Ihre Authenticator-App gerade anzeigt.',
  verifyTotpLabel: 'Code aus Ihrer Authenticator-App',
  verifyTotpSubmit: 'Bestätigen',
  verifyTotpVerifying: 'Code wird geprüft…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Bestätigen Sie Ihre Identität',
  actionGuardChecking: 'Es wird geprüft, ob diese Aktion eine Bestätigung erfordert…',
  actionGuardLoading: 'Ihre Bestätigungsmethoden werden geladen…',
  actionGuardCancel: 'Abbrechen',
  actionGuardClose: 'Schließen',
  actionGuardNoMethod:
    'Diese Aktion erfordert die Zwei-Faktor-Authentifizierung, und für Ihr Konto ist noch keine Methode eingerichtet. Fügen Sie in Ihren Kontoeinstellungen eine Authenticator-App oder einen Passkey hinzu und versuchen Sie es dann erneut.',
  actionGuardEnrollIntro:
    'Diese Aktion erfordert die Zwei-Faktor-Authentifizierung. Richten Sie jetzt eine Methode ein und bestätigen Sie damit Ihre Identität.',
  actionGuardEnrollLabel: 'Einzurichtende Methode',
  actionGuardEnrollPasskey: 'Passkey',
  actionGuardEnrollTotp: 'Authenticator-App',
  actionGuardReauthSend: 'Code per E-Mail senden',
  actionGuardReauthSent: 'Wir haben einen Code an {destination} gesendet. Geben Sie ihn hier ein.',
  actionGuardReauthLabel: 'Code aus der E-Mail',
  actionGuardReauthResend: 'Neuen Code senden',
  actionGuardReauthSendSms: 'Code per SMS senden',
  actionGuardReauthSentSms:
    'Wir haben einen Code per SMS an {destination} gesendet. Geben Sie ihn hier ein.',
  actionGuardReauthLabelSms: 'Code aus der SMS',
  actionGuardReauthResendIn: 'Sie können {time} einen neuen Code senden.',
  actionGuardReauthResendReady: 'Sie können jetzt einen neuen Code senden.',
  actionGuardEnrolled:
    'Ihre neue Methode ist eingerichtet. Bestätigen Sie damit jetzt Ihre Identität (eine Authenticator-App braucht dafür ihren nächsten Code).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Ihre Anmeldesicherheit wird geprüft…',
  flowEnrollHeading: 'Zweite Anmeldemethode hinzufügen',
  flowEnrollIntro: 'Wählen Sie, wie Sie bei der Anmeldung Ihre Identität bestätigen.',
  flowChoiceTotp: 'Authenticator-App',
  flowChoiceTotpHint:
    'Geben Sie einen 6-stelligen Code aus einer App wie Google Authenticator oder 1Password ein.',
  flowChoicePasskey: 'Passkey',
  flowChoicePasskeyHint:
    'Verwenden Sie die Displaysperre Ihres Geräts (Fingerabdruck, Gesicht oder PIN) oder einen Sicherheitsschlüssel.',
  flowTotpHeading: 'Authenticator-App einrichten',
  flowPasskeyHeading: 'Passkey erstellen',
  flowPasskeyIntro: 'Ihr Browser fordert Sie auf, einen Passkey für dieses Konto zu erstellen.',
  flowBack: 'Andere Methode wählen',
  flowNoMethod: 'Keine der hier angebotenen Anmeldemethoden funktioniert in diesem Browser.',
  flowVerifyHeading: 'Bestätigen Sie Ihre Identität',
  flowVerifyIntro: 'Verwenden Sie eine Ihrer Anmeldemethoden, um fortzufahren.',
  flowAcknowledgeHeading: 'Wiederherstellungscodes speichern',
  flowEnrolledPasskey: 'Passkey hinzugefügt.',
  flowEnrolledTotp: 'Authenticator-App hinzugefügt.',
  flowVerified: 'Bestätigt.',
  flowCodesSaved: 'Wiederherstellungscodes gespeichert.',
  flowDoneHeading: 'Alles erledigt',
  flowDone: 'Die Zwei-Faktor-Authentifizierung ist für Ihr Konto aktiviert.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Ihre Anmeldemethoden werden geladen…',
  devicesListLabel: 'Ihre Anmeldemethoden',
  devicesEmpty:
    'Noch keine Anmeldemethoden. Fügen Sie eine hinzu, um die Zwei-Faktor-Authentifizierung zu aktivieren.',
  devicesTypeTotp: 'Authenticator-App',
  devicesTypePasskey: 'Passkey',
  devicesAddedOn: 'Hinzugefügt',
  devicesLastUsed: 'Zuletzt verwendet',
  devicesNeverUsed: 'Noch nicht verwendet',
  devicesState: 'Status',
  devicesVerified: 'Bestätigt',
  devicesPending: 'Einrichtung nicht abgeschlossen',
  devicesDelete: 'Löschen',
  devicesGuardLabel: '„{name}“ löschen',
  devicesDeleting: '„{name}“ wird gelöscht…',
  devicesDeleted: '„{name}“ wurde gelöscht.',
  devicesNotDeleted: 'Es wurde nichts gelöscht.',
  devicesLastWarning:
    '„{name}“ ist Ihre einzige Möglichkeit, Ihre Identität zu bestätigen. Wenn Sie sie löschen, ist die Zwei-Faktor-Authentifizierung für Ihr Konto deaktiviert, bis Sie eine andere Methode hinzufügen.',
  devicesConfirmDelete: 'Trotzdem löschen',
  devicesKeep: 'Behalten',
  devicesRecoveryTitle: 'Wiederherstellungscodes',
  devicesRecoveryNone: 'Keine unbenutzten Codes mehr. Erstellen Sie neue.',
  devicesRecoveryRemaining: {
    one: 'Noch {count} unbenutzter Code.',
    other: 'Noch {count} unbenutzte Codes.',
  },
  devicesRegenerate: 'Neue Codes erstellen',
  devicesRegenerateHint: 'Ihre alten Codes funktionieren nicht mehr, sobald Sie neue erstellen.',
  devicesRegenerateGuardLabel: 'Neue Wiederherstellungscodes erstellen',
  devicesNewCodesTitle: 'Ihre neuen Wiederherstellungscodes',
  devicesSaveCodesTitle: 'Wiederherstellungscodes speichern',
  devicesFirstCodesSaved: 'Wiederherstellungscodes gespeichert.',
  devicesCodesSaved:
    'Neue Wiederherstellungscodes gespeichert. Die alten funktionieren nicht mehr.',
  devicesNoNewCodes: 'Es wurden keine neuen Codes erstellt.',
  devicesClose: 'Schließen',
  devicesAddTotp: 'Authenticator-App hinzufügen',
  devicesAddPasskey: 'Passkey hinzufügen',
  devicesAddTitleTotp: 'Authenticator-App hinzufügen',
  devicesAddTitlePasskey: 'Passkey hinzufügen',
  devicesCancel: 'Abbrechen',
  devicesOneTotp:
    'Sie können eine Authenticator-App verwenden. Um zu einer anderen App oder einem anderen Smartphone zu wechseln, löschen Sie zuerst die aktuelle und fügen Sie dann die neue hinzu.',
  devicesAdded: '„{name}“ wurde hinzugefügt.',
} satisfies MfaTranslation;

registerMessages('de', messages);
