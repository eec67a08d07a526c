/**
 * Italiano (Italian). Address: informal "tu", as Google's and Apple's Italian interfaces do. Terms
 * (docs/TRANSLATING.md): passkey (la passkey, invariable), app di autenticazione, codice di
 * verifica, codice di recupero, verifica in due passaggi. Plurals: one, many (1 milione), other.
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Il codice non ha funzionato. Controllalo e riprova.',
  errorRateLimited: 'Troppi tentativi. Attendi qualche istante e riprova.',
  errorRetryIn: 'Troppi tentativi. Riprova {time}.',
  errorLockedOut: 'Troppi tentativi. Riprova più tardi o usa un altro metodo.',
  retryNow: 'Ora puoi riprovare.',
  errorExpired: 'Questo passaggio è scaduto. Ricomincia.',
  errorAlreadyEnrolled:
    'Sul tuo account è già configurata un’app di autenticazione. Rimuovila prima di aggiungerne un’altra.',
  errorNotEnrolled: 'Questo metodo non è ancora configurato per il tuo account.',
  errorPasskeyCancelled: 'La richiesta della passkey è stata annullata o è scaduta.',
  errorPasskeyUnsupported: 'Questo browser o dispositivo non supporta le passkey.',
  errorUnauthorized: 'La sessione è terminata. Accedi di nuovo.',
  errorStepUpRequired: 'Prima conferma la tua identità.',
  errorInvalidRequest: 'La richiesta non è stata accettata. Riprova.',
  errorNetwork: 'Impossibile raggiungere il server. Controlla la connessione e riprova.',
  errorUnknown: 'Si è verificato un errore. Riprova.',
  errorNoClient:
    'Questo elemento non ha un client MFA. Inseriscilo in <mfa-provider> o imposta la sua proprietà client.',
  tryAgain: 'Riprova',
  loading: 'Caricamento…',
  copy: 'Copia',
  copied: 'Copiato',
  copyFailed: 'Impossibile copiare. Seleziona il testo e copialo manualmente.',
  stepUpConfirm: 'Conferma la tua identità',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Codice di verifica',
  otpValueMissing: 'Inserisci il codice.',
  otpTooShort: {
    one: 'Inserisci {count} cifra.',
    many: 'Inserisci tutte le {count} cifre.',
    other: 'Inserisci tutte le {count} cifre.',
  },
  otpPatternMismatch: 'Usa solo cifre.',
  otpTooLong: {
    one: 'Inserisci solo {count} cifra.',
    many: 'Inserisci solo {count} cifre.',
    other: 'Inserisci solo {count} cifre.',
  },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Preparazione della configurazione dell’app di autenticazione…',
  totpScanTitle: 'Scansiona questo codice QR',
  totpScanHint:
    'Apri l’app di autenticazione, aggiungi un account e inquadra il codice con la fotocamera.',
  totpQrLabel: 'Codice QR per aggiungere {account} alla tua app di autenticazione',
  totpQrLabelIssuer: 'Codice QR per aggiungere {issuer} ({account}) alla tua app di autenticazione',
  totpIssuer: 'Servizio',
  totpAccount: 'Account',
  totpManualHint: 'Non riesci a scansionarlo? Inserisci invece questa chiave di configurazione:',
  totpCopySecret: 'Copia chiave',
  totpOpenLink: 'Configura su questo dispositivo',
  totpCodeTitle: {
    one: 'Inserisci il codice a {count} cifra',
    many: 'Inserisci il codice a {count} cifre',
    other: 'Inserisci il codice a {count} cifre',
  },
  totpCodeHint: 'Digita il codice che l’app mostra ora per questo account.',
  totpCodeLabel: 'Codice dell’app di autenticazione',
  totpSubmit: 'Verifica',
  totpVerifying: 'Verifica del codice…',
  totpRetryIn: 'Riprova {time}.',
  totpEnrolled: 'App di autenticazione aggiunta',
  totpEnrolledHint: 'D’ora in poi, quando accedi userai un codice generato dall’app.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Conserva questi codici di recupero in un luogo sicuro, ad esempio in un gestore di password. Se perdi gli altri metodi di accesso, ogni codice ti consente di accedere una volta.',
  recoveryCodesListLabel: 'Codici di recupero',
  recoveryCodesCopy: 'Copia tutti',
  recoveryCodesDownload: 'Scarica',
  recoveryCodesDownloaded: 'Download avviato.',
  recoveryCodesPrint: 'Stampa',
  recoveryCodesConfirm: 'Ho salvato questi codici',
  recoveryCodesContinue: 'Continua',
  recoveryCodesSaving: 'Salvataggio…',
  recoveryCodesDone: 'I tuoi codici di recupero sono stati salvati. Conservali in un luogo sicuro.',
  recoveryCodesRegenerating: 'Creazione di nuovi codici di recupero…',
  recoveryCodesRegenerated:
    'I nuovi codici di recupero sono pronti. I codici precedenti non funzionano più.',
  recoveryCodesFileTitle: 'Codici di recupero',
  recoveryCodesFileTitleNamed: 'Codici di recupero di {issuer}',
  recoveryCodesFileDate: 'Creati il {date}',
  recoveryCodesFileNote:
    'Ogni codice può essere usato una sola volta. Conservali in un luogo sicuro.',
  recoveryCodeLabel: 'Codice di recupero',
  recoveryCodeHint:
    'Inserisci uno dei codici di recupero che hai salvato. Trattini, spazi e maiuscole o minuscole non hanno importanza.',
  recoveryCodeMissing: 'Inserisci un codice di recupero.',
  recoveryCodeSubmit: 'Verifica',
  recoveryCodeVerifying: 'Verifica del codice…',
  recoveryCodeVerified: 'Codice di recupero accettato.',
  recoveryCodesNoneLeft: 'Non hai più codici di recupero. Creane di nuovi ora.',
  recoveryCodesFewLeft: {
    one: 'Ti rimane {count} codice di recupero. Creane presto di nuovi.',
    many: 'Ti rimangono {count} codici di recupero. Creane presto di nuovi.',
    other: 'Ti rimangono {count} codici di recupero. Creane presto di nuovi.',
  },
  recoveryCodesRemaining: {
    one: 'Ti rimane {count} codice di recupero.',
    many: 'Ti rimangono {count} codici di recupero.',
    other: 'Ti rimangono {count} codici di recupero.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Usa una passkey',
  passkeyRegister: 'Crea una passkey',
  passkeyAliasLabel: 'Nome della passkey (facoltativo)',
  passkeyAliasHint: 'Un nome che riconoscerai in seguito, ad esempio “Portatile di lavoro”.',
  passkeyWaiting: 'In attesa della passkey…',
  passkeyCancelled: 'Non è stata usata nessuna passkey. Puoi riprovare quando vuoi.',
  passkeyVerified: 'Passkey accettata.',
  passkeyRejected: 'Impossibile verificare la passkey. Riprova o usa un altro metodo di accesso.',
  passkeyAlreadyRegistered: 'Questa passkey è già configurata per il tuo account.',
  passkeyCreated: 'Passkey creata.',
  passkeyCreatedNamed: 'Passkey “{alias}” creata.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Metodo di verifica',
  verifyMethodPasskey: 'Passkey',
  verifyMethodTotp: 'App di autenticazione',
  verifyMethodRecoveryCode: 'Codice di recupero',
  verifyPasskeyHint:
    'Usa la passkey di questo dispositivo, del tuo telefono o di una chiave di sicurezza.',
  verifyTotpHint: 'Inserisci il codice a 6 cifre che l’app di autenticazione mostra ora.',
  verifyTotpLabel: 'Codice dell’app di autenticazione',
  verifyTotpSubmit: 'Verifica',
  verifyTotpVerifying: 'Verifica del codice…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Conferma la tua identità',
  actionGuardChecking: 'Controllo se questa azione richiede una verifica…',
  actionGuardLoading: 'Caricamento dei metodi di verifica…',
  actionGuardCancel: 'Annulla',
  actionGuardClose: 'Chiudi',
  actionGuardNoMethod:
    'Questa azione richiede la verifica in due passaggi, ma sul tuo account non è ancora configurato alcun metodo. Aggiungi un’app di autenticazione o una passkey nelle impostazioni dell’account, poi riprova.',
  actionGuardEnrollIntro:
    'Questa azione richiede la verifica in due passaggi. Configura ora un metodo, poi usalo per confermare la tua identità.',
  actionGuardEnrollLabel: 'Metodo da configurare',
  actionGuardEnrollPasskey: 'Passkey',
  actionGuardEnrollTotp: 'App di autenticazione',
  actionGuardReauthSend: 'Inviami un codice via email',
  actionGuardReauthSent: 'Abbiamo inviato un codice a {destination}. Inseriscilo qui.',
  actionGuardReauthLabel: 'Codice ricevuto via email',
  actionGuardReauthResend: 'Invia un nuovo codice',
  actionGuardReauthSendSms: 'Inviami un codice via SMS',
  actionGuardReauthSentSms: 'Abbiamo inviato un codice via SMS al {destination}. Inseriscilo qui.',
  actionGuardReauthLabelSms: 'Codice ricevuto via SMS',
  actionGuardReauthResendIn: 'Potrai inviare un nuovo codice {time}.',
  actionGuardReauthResendReady: 'Ora puoi inviare un nuovo codice.',
  actionGuardEnrolled:
    'Il nuovo metodo è configurato. Ora usalo per confermare la tua identità (con un’app di autenticazione serve il codice successivo).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Controllo della sicurezza dell’accesso…',
  flowEnrollHeading: 'Aggiungi un secondo metodo di accesso',
  flowEnrollIntro: 'Scegli come confermerai la tua identità quando accedi.',
  flowChoiceTotp: 'App di autenticazione',
  flowChoiceTotpHint:
    'Inserisci un codice a 6 cifre generato da un’app come Google Authenticator o 1Password.',
  flowChoicePasskey: 'Passkey',
  flowChoicePasskeyHint:
    'Usa il blocco schermo del dispositivo (impronta, volto o PIN) o una chiave di sicurezza.',
  flowTotpHeading: 'Configura un’app di autenticazione',
  flowPasskeyHeading: 'Crea una passkey',
  flowPasskeyIntro: 'Il browser ti chiederà di creare una passkey per questo account.',
  flowBack: 'Scegli un altro metodo',
  flowNoMethod: 'Nessuno dei metodi di accesso proposti qui funziona in questo browser.',
  flowVerifyHeading: 'Conferma la tua identità',
  flowVerifyIntro: 'Usa uno dei tuoi metodi di accesso per continuare.',
  flowAcknowledgeHeading: 'Salva i codici di recupero',
  flowEnrolledPasskey: 'Passkey aggiunta.',
  flowEnrolledTotp: 'App di autenticazione aggiunta.',
  flowVerified: 'Verifica completata.',
  flowCodesSaved: 'Codici di recupero salvati.',
  flowDoneHeading: 'Tutto pronto',
  flowDone: 'La verifica in due passaggi è attiva per il tuo account.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Caricamento dei metodi di accesso…',
  devicesListLabel: 'I tuoi metodi di accesso',
  devicesEmpty:
    'Non hai ancora metodi di accesso. Aggiungine uno per attivare la verifica in due passaggi.',
  devicesTypeTotp: 'App di autenticazione',
  devicesTypePasskey: 'Passkey',
  devicesAddedOn: 'Data di aggiunta',
  devicesLastUsed: 'Ultimo utilizzo',
  devicesNeverUsed: 'Nessun utilizzo',
  devicesState: 'Stato',
  devicesVerified: 'Verifica completata',
  devicesPending: 'Configurazione non completata',
  devicesDelete: 'Elimina',
  devicesGuardLabel: 'Elimina “{name}”',
  devicesDeleting: 'Eliminazione di “{name}”…',
  devicesDeleted: 'Hai eliminato “{name}”.',
  devicesNotDeleted: 'Non è stato eliminato nulla.',
  devicesLastWarning:
    '“{name}” è l’unico modo per confermare la tua identità. Se lo elimini, la verifica in due passaggi resterà disattivata per il tuo account finché non aggiungerai un altro metodo.',
  devicesConfirmDelete: 'Elimina comunque',
  devicesKeep: 'Mantieni',
  devicesRecoveryTitle: 'Codici di recupero',
  devicesRecoveryNone: 'Non ci sono più codici inutilizzati. Creane di nuovi.',
  devicesRecoveryRemaining: {
    one: 'Rimane {count} codice inutilizzato.',
    many: 'Rimangono {count} codici inutilizzati.',
    other: 'Rimangono {count} codici inutilizzati.',
  },
  devicesRegenerate: 'Crea nuovi codici',
  devicesRegenerateHint: 'I vecchi codici smettono di funzionare quando ne crei di nuovi.',
  devicesRegenerateGuardLabel: 'Crea nuovi codici di recupero',
  devicesNewCodesTitle: 'I tuoi nuovi codici di recupero',
  devicesSaveCodesTitle: 'Salva i codici di recupero',
  devicesFirstCodesSaved: 'Codici di recupero salvati.',
  devicesCodesSaved: 'Nuovi codici di recupero salvati. Quelli vecchi non funzionano più.',
  devicesNoNewCodes: 'Non è stato creato nessun nuovo codice.',
  devicesClose: 'Chiudi',
  devicesAddTotp: 'Aggiungi app di autenticazione',
  devicesAddPasskey: 'Aggiungi passkey',
  devicesAddTitleTotp: 'Aggiungi un’app di autenticazione',
  devicesAddTitlePasskey: 'Aggiungi una passkey',
  devicesCancel: 'Annulla',
  devicesOneTotp:
    'Puoi avere una sola app di autenticazione. Per passare a un’altra app o a un altro telefono, elimina prima quella attuale, poi aggiungi quella nuova.',
  devicesAdded: 'Hai aggiunto “{name}”.',
} satisfies MfaTranslation;

registerMessages('it', messages);
