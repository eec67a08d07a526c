/**
 * Català (Catalan). Address: informal «tu», as Google's and Apple's Catalan interfaces do. Terms
 * (docs/TRANSLATING.md): clau d'accés, aplicació d'autenticació, codi de verificació, codi de
 * recuperació, verificació en dos passos. Plurals: one, many (1 milió), other.
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Aquest codi no ha funcionat. Comprova’l i torna-ho a provar.',
  errorRateLimited: 'Massa intents. Espera un moment i torna-ho a provar.',
  errorRetryIn: 'Massa intents. Torna-ho a provar {time}.',
  errorLockedOut: 'Massa intents. Torna-ho a provar més tard o fes servir un altre mètode.',
  retryNow: 'Ja ho pots tornar a provar.',
  errorExpired: 'Aquest pas ha caducat. Torna a començar.',
  errorAlreadyEnrolled:
    'Ja hi ha una aplicació d’autenticació configurada al teu compte. Suprimeix-la abans d’afegir-ne una altra.',
  errorNotEnrolled: 'Aquest mètode encara no està configurat al teu compte.',
  errorPasskeyCancelled: 'La sol·licitud de la clau d’accés s’ha cancel·lat o ha caducat.',
  errorPasskeyUnsupported: 'Aquest navegador o dispositiu no admet claus d’accés.',
  errorUnauthorized: 'La teva sessió ha finalitzat. Torna a iniciar la sessió.',
  errorStepUpRequired: 'Primer confirma que ets tu.',
  errorInvalidRequest: 'No s’ha acceptat la sol·licitud. Torna-ho a provar.',
  errorNetwork:
    'No s’ha pogut connectar amb el servidor. Comprova la connexió i torna-ho a provar.',
  errorUnknown: 'S’ha produït un error. Torna-ho a provar.',
  errorNoClient:
    'Aquest element no té cap client MFA. Col·loca’l dins de <mfa-provider> o defineix-ne la propietat client.',
  tryAgain: 'Torna-ho a provar',
  loading: 'S’està carregant…',
  copy: 'Copia',
  copied: 'S’ha copiat',
  copyFailed: 'No s’ha pogut copiar. Selecciona el text i copia’l tu mateix.',
  stepUpConfirm: 'Confirma que ets tu',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Codi de verificació',
  otpValueMissing: 'Introdueix el codi.',
  otpTooShort: {
    one: 'Introdueix {count} dígit.',
    many: 'Introdueix els {count} dígits.',
    other: 'Introdueix els {count} dígits.',
  },
  otpPatternMismatch: 'Fes servir només dígits.',
  otpTooLong: {
    one: 'Introdueix només {count} dígit.',
    many: 'Introdueix només {count} dígits.',
    other: 'Introdueix només {count} dígits.',
  },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'S’està preparant la configuració de l’aplicació d’autenticació…',
  totpScanTitle: 'Escaneja aquest codi QR',
  totpScanHint: 'Obre l’aplicació d’autenticació, afegeix un compte i apunta la càmera al codi.',
  totpQrLabel: 'Codi QR per afegir {account} a la teva aplicació d’autenticació',
  totpQrLabelIssuer: 'Codi QR per afegir {issuer} ({account}) a la teva aplicació d’autenticació',
  totpIssuer: 'Servei',
  totpAccount: 'Compte',
  totpManualHint: 'No el pots escanejar? Introdueix aquesta clau de configuració:',
  totpCopySecret: 'Copia la clau',
  totpOpenLink: 'Configura en aquest dispositiu',
  totpCodeTitle: {
    one: 'Introdueix el codi de {count} dígit',
    many: 'Introdueix el codi de {count} dígits',
    other: 'Introdueix el codi de {count} dígits',
  },
  totpCodeHint: 'Escriu el codi que mostra ara l’aplicació per a aquest compte.',
  totpCodeLabel: 'Codi de l’aplicació d’autenticació',
  totpSubmit: 'Verifica',
  totpVerifying: 'S’està comprovant el codi…',
  totpRetryIn: 'Torna-ho a provar {time}.',
  totpEnrolled: 'S’ha afegit l’aplicació d’autenticació',
  totpEnrolledHint: 'A partir d’ara, faràs servir un codi de l’aplicació per iniciar la sessió.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Desa aquests codis de recuperació en un lloc segur, com ara un gestor de contrasenyes. Si perds els altres mètodes d’inici de sessió, cada codi et permet iniciar la sessió una vegada.',
  recoveryCodesListLabel: 'Codis de recuperació',
  recoveryCodesCopy: 'Copia-ho tot',
  recoveryCodesDownload: 'Baixa',
  recoveryCodesDownloaded: 'S’ha iniciat la baixada.',
  recoveryCodesPrint: 'Imprimeix',
  recoveryCodesConfirm: 'He desat aquests codis',
  recoveryCodesContinue: 'Continua',
  recoveryCodesSaving: 'S’està desant…',
  recoveryCodesDone: 'S’han desat els codis de recuperació. Guarda’ls en un lloc segur.',
  recoveryCodesRegenerating: 'S’estan creant codis de recuperació nous…',
  recoveryCodesRegenerated:
    'Els codis de recuperació nous ja estan a punt. Els antics ja no funcionen.',
  recoveryCodesFileTitle: 'Codis de recuperació',
  recoveryCodesFileTitleNamed: 'Codis de recuperació de {issuer}',
  recoveryCodesFileDate: 'Creats el {date}',
  recoveryCodesFileNote:
    'Cada codi només es pot fer servir una vegada. Guarda’ls en un lloc segur.',
  recoveryCodeLabel: 'Codi de recuperació',
  recoveryCodeHint:
    'Introdueix un dels codis de recuperació que has desat. Els guions, els espais i les majúscules no importen.',
  recoveryCodeMissing: 'Introdueix un codi de recuperació.',
  recoveryCodeSubmit: 'Verifica',
  recoveryCodeVerifying: 'S’està comprovant el codi…',
  recoveryCodeVerified: 'S’ha acceptat el codi de recuperació.',
  recoveryCodesNoneLeft: 'No et queda cap codi de recuperació. Crea’n de nous ara.',
  recoveryCodesFewLeft: {
    one: 'Et queda {count} codi de recuperació. Crea’n de nous aviat.',
    many: 'Et queden {count} codis de recuperació. Crea’n de nous aviat.',
    other: 'Et queden {count} codis de recuperació. Crea’n de nous aviat.',
  },
  recoveryCodesRemaining: {
    one: 'Et queda {count} codi de recuperació.',
    many: 'Et queden {count} codis de recuperació.',
    other: 'Et queden {count} codis de recuperació.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Utilitza una clau d’accés',
  passkeyRegister: 'Crea una clau d’accés',
  passkeyAliasLabel: 'Nom de la clau d’accés (opcional)',
  passkeyAliasHint: 'Un nom que reconeguis més endavant, com ara «Portàtil de la feina».',
  passkeyWaiting: 'S’està esperant la clau d’accés…',
  passkeyCancelled: 'No s’ha fet servir cap clau d’accés. Pots tornar-ho a provar quan vulguis.',
  passkeyVerified: 'S’ha acceptat la clau d’accés.',
  passkeyRejected:
    'No s’ha pogut verificar la clau d’accés. Torna-ho a provar o fes servir un altre mètode d’inici de sessió.',
  passkeyAlreadyRegistered: 'Aquesta clau d’accés ja està configurada al teu compte.',
  passkeyCreated: 'S’ha creat la clau d’accés.',
  passkeyCreatedNamed: 'S’ha creat la clau d’accés «{alias}».',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Mètode de verificació',
  verifyMethodPasskey: 'Clau d’accés',
  verifyMethodTotp: 'Aplicació d’autenticació',
  verifyMethodRecoveryCode: 'Codi de recuperació',
  verifyPasskeyHint:
    'Fes servir la clau d’accés d’aquest dispositiu, del telèfon o d’una clau de seguretat.',
  verifyTotpHint: 'Introdueix el codi de 6 dígits que mostra ara l’aplicació d’autenticació.',
  verifyTotpLabel: 'Codi de l’aplicació d’autenticació',
  verifyTotpSubmit: 'Verifica',
  verifyTotpVerifying: 'S’està comprovant el codi…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Confirma que ets tu',
  actionGuardChecking: 'S’està comprovant si aquesta acció requereix verificació…',
  actionGuardLoading: 'S’estan carregant els teus mètodes de verificació…',
  actionGuardCancel: 'Cancel·la',
  actionGuardClose: 'Tanca',
  actionGuardNoMethod:
    'Aquesta acció requereix la verificació en dos passos i encara no tens cap mètode configurat al compte. Afegeix una aplicació d’autenticació o una clau d’accés a la configuració del compte i torna-ho a provar.',
  actionGuardEnrollIntro:
    'Aquesta acció requereix la verificació en dos passos. Configura un mètode ara i fes-lo servir per confirmar que ets tu.',
  actionGuardEnrollLabel: 'Mètode que vols configurar',
  actionGuardEnrollPasskey: 'Clau d’accés',
  actionGuardEnrollTotp: 'Aplicació d’autenticació',
  actionGuardReauthSend: 'Envieu-me un codi per correu',
  actionGuardReauthSent: 'Hem enviat un codi a {destination}. Introduïu-lo aquí.',
  actionGuardReauthLabel: 'Codi del correu electrònic',
  actionGuardReauthResend: 'Envia un codi nou',
  actionGuardReauthSendSms: 'Envieu-me un codi per SMS',
  actionGuardReauthSentSms: 'Hem enviat un codi per SMS a {destination}. Introduïu-lo aquí.',
  actionGuardReauthLabelSms: 'Codi de l’SMS',
  actionGuardReauthResendIn: 'Podràs enviar un codi nou {time}.',
  actionGuardReauthResendReady: 'Ja pots enviar un codi nou.',
  actionGuardEnrolled:
    'El mètode nou ja està configurat. Ara fes-lo servir per confirmar que ets tu (una aplicació d’autenticació necessita el codi següent).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'S’està comprovant la seguretat de l’inici de sessió…',
  flowEnrollHeading: 'Afegeix una segona manera d’iniciar la sessió',
  flowEnrollIntro: 'Tria com confirmaràs que ets tu quan iniciïs la sessió.',
  flowChoiceTotp: 'Aplicació d’autenticació',
  flowChoiceTotpHint:
    'Introdueix un codi de 6 dígits d’una aplicació com ara Google Authenticator o 1Password.',
  flowChoicePasskey: 'Clau d’accés',
  flowChoicePasskeyHint:
    'Fes servir el bloqueig de pantalla del dispositiu (empremta digital, cara o PIN) o una clau de seguretat.',
  flowTotpHeading: 'Configura una aplicació d’autenticació',
  flowPasskeyHeading: 'Crea una clau d’accés',
  flowPasskeyIntro: 'El navegador et demanarà que creïs una clau d’accés per a aquest compte.',
  flowBack: 'Tria una altra manera',
  flowNoMethod:
    'Cap de les maneres d’iniciar la sessió que s’ofereixen aquí no funciona en aquest navegador.',
  flowVerifyHeading: 'Confirma que ets tu',
  flowVerifyIntro: 'Fes servir un dels teus mètodes d’inici de sessió per continuar.',
  flowAcknowledgeHeading: 'Desa els codis de recuperació',
  flowEnrolledPasskey: 'S’ha afegit la clau d’accés.',
  flowEnrolledTotp: 'S’ha afegit l’aplicació d’autenticació.',
  flowVerified: 'Verificació completada.',
  flowCodesSaved: 'S’han desat els codis de recuperació.',
  flowDoneHeading: 'Ja està tot a punt',
  flowDone: 'La verificació en dos passos està activada al teu compte.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'S’estan carregant els teus mètodes d’inici de sessió…',
  devicesListLabel: 'Els teus mètodes d’inici de sessió',
  devicesEmpty:
    'Encara no tens cap mètode d’inici de sessió. Afegeix-ne un per activar la verificació en dos passos.',
  devicesTypeTotp: 'Aplicació d’autenticació',
  devicesTypePasskey: 'Clau d’accés',
  devicesAddedOn: 'Afegida',
  devicesLastUsed: 'Últim ús',
  devicesNeverUsed: 'Encara no s’ha fet servir',
  devicesState: 'Estat',
  devicesVerified: 'Verificada',
  devicesPending: 'Configuració no finalitzada',
  devicesDelete: 'Suprimeix',
  devicesGuardLabel: 'Suprimeix «{name}»',
  devicesDeleting: 'S’està suprimint «{name}»…',
  devicesDeleted: 'S’ha suprimit «{name}».',
  devicesNotDeleted: 'No s’ha suprimit res.',
  devicesLastWarning:
    '«{name}» és l’única manera que tens de confirmar que ets tu. Si suprimeixes aquest mètode, la verificació en dos passos quedarà desactivada al teu compte fins que n’afegeixis un altre.',
  devicesConfirmDelete: 'Suprimeix igualment',
  devicesKeep: 'Conserva',
  devicesRecoveryTitle: 'Codis de recuperació',
  devicesRecoveryNone: 'No queda cap codi sense utilitzar. Crea’n de nous.',
  devicesRecoveryRemaining: {
    one: 'Queda {count} codi sense utilitzar.',
    many: 'Queden {count} codis sense utilitzar.',
    other: 'Queden {count} codis sense utilitzar.',
  },
  devicesRegenerate: 'Crea codis nous',
  devicesRegenerateHint: 'Els codis antics deixen de funcionar quan en crees de nous.',
  devicesRegenerateGuardLabel: 'Crea codis de recuperació nous',
  devicesNewCodesTitle: 'Els teus codis de recuperació nous',
  devicesSaveCodesTitle: 'Desa els codis de recuperació',
  devicesFirstCodesSaved: 'S’han desat els codis de recuperació.',
  devicesCodesSaved: 'S’han desat els codis de recuperació nous. Els antics ja no funcionen.',
  devicesNoNewCodes: 'No s’ha creat cap codi nou.',
  devicesClose: 'Tanca',
  devicesAddTotp: 'Afegeix una aplicació d’autenticació',
  devicesAddPasskey: 'Afegeix una clau d’accés',
  devicesAddTitleTotp: 'Afegeix una aplicació d’autenticació',
  devicesAddTitlePasskey: 'Afegeix una clau d’accés',
  devicesCancel: 'Cancel·la',
  devicesOneTotp:
    'Només pots tenir una aplicació d’autenticació. Per canviar a una altra aplicació o a un altre telèfon, suprimeix primer l’actual i després afegeix la nova.',
  devicesAdded: 'S’ha afegit «{name}».',
} satisfies MfaTranslation;

registerMessages('ca', messages);
