/**
 * Español (Spanish). Address: «tú», as Google's and Apple's Spanish interfaces do. Terms
 * (docs/TRANSLATING.md): llave de acceso, aplicación de autenticación, código de verificación,
 * código de recuperación, verificación en dos pasos.
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Ese código no ha funcionado. Compruébalo y vuelve a intentarlo.',
  errorRateLimited: 'Demasiados intentos. Espera un momento y vuelve a intentarlo.',
  errorRetryIn: 'Demasiados intentos. Vuelve a intentarlo {time}.',
  errorLockedOut: 'Demasiados intentos. Vuelve a intentarlo más tarde o usa otro método.',
  retryNow: 'Ya puedes volver a intentarlo.',
  errorExpired: 'Este paso ha caducado. Vuelve a empezar.',
  errorAlreadyEnrolled:
    'Ya hay una aplicación de autenticación configurada en tu cuenta. Quítala antes de añadir otra.',
  errorNotEnrolled: 'Este método aún no está configurado en tu cuenta.',
  errorPasskeyCancelled: 'La solicitud de la llave de acceso se ha cancelado o ha caducado.',
  errorPasskeyUnsupported: 'Este navegador o dispositivo no admite llaves de acceso.',
  errorUnauthorized: 'Tu sesión ha finalizado. Vuelve a iniciar sesión.',
  errorStepUpRequired: 'Primero confirma que eres tú.',
  errorInvalidRequest: 'No se ha aceptado la solicitud. Vuelve a intentarlo.',
  errorNetwork:
    'No se ha podido conectar con el servidor. Comprueba tu conexión y vuelve a intentarlo.',
  errorUnknown: 'Se ha producido un error. Vuelve a intentarlo.',
  errorNoClient:
    'Este elemento no tiene cliente MFA. Colócalo dentro de <mfa-provider> o define su propiedad client.',
  tryAgain: 'Reintentar',
  loading: 'Cargando…',
  copy: 'Copiar',
  copied: 'Copiado',
  copyFailed: 'No se ha podido copiar. Selecciona el texto y cópialo tú.',
  stepUpConfirm: 'Confirmar que eres tú',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Código de verificación',
  otpValueMissing: 'Introduce el código.',
  otpTooShort: {
    one: 'Introduce {count} dígito.',
    many: 'Introduce los {count} dígitos.',
    other: 'Introduce los {count} dígitos.',
  },
  otpPatternMismatch: 'Usa solo dígitos.',
  otpTooLong: {
    one: 'Introduce solo {count} dígito.',
    many: 'Introduce solo {count} dígitos.',
    other: 'Introduce solo {count} dígitos.',
  },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Preparando la configuración de la aplicación de autenticación…',
  totpScanTitle: 'Escanea este código QR',
  totpScanHint:
    'Abre tu aplicación de autenticación, añade una cuenta y apunta la cámara al código.',
  totpQrLabel: 'Código QR para añadir {account} a tu aplicación de autenticación',
  totpQrLabelIssuer: 'Código QR para añadir {issuer} ({account}) a tu aplicación de autenticación',
  totpIssuer: 'Servicio',
  totpAccount: 'Cuenta',
  totpManualHint: '¿No puedes escanearlo? Introduce esta clave de configuración:',
  totpCopySecret: 'Copiar clave',
  totpOpenLink: 'Configurar en este dispositivo',
  totpCodeTitle: {
    one: 'Introduce el código de {count} dígito',
    many: 'Introduce el código de {count} dígitos',
    other: 'Introduce el código de {count} dígitos',
  },
  totpCodeHint: 'Escribe el código que muestra ahora tu aplicación para esta cuenta.',
  totpCodeLabel: 'Código de tu aplicación de autenticación',
  totpSubmit: 'Verificar',
  totpVerifying: 'Comprobando el código…',
  totpRetryIn: 'Vuelve a intentarlo {time}.',
  totpEnrolled: 'Aplicación de autenticación añadida',
  totpEnrolledHint: 'A partir de ahora, usarás un código de la aplicación para iniciar sesión.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Guarda estos códigos de recuperación en un lugar seguro, como un gestor de contraseñas. Si pierdes tus otros métodos de inicio de sesión, cada código te permite iniciar sesión una vez.',
  recoveryCodesListLabel: 'Códigos de recuperación',
  recoveryCodesCopy: 'Copiar todos',
  recoveryCodesDownload: 'Descargar',
  recoveryCodesDownloaded: 'Descarga iniciada.',
  recoveryCodesPrint: 'Imprimir',
  recoveryCodesConfirm: 'He guardado estos códigos',
  recoveryCodesContinue: 'Continuar',
  recoveryCodesSaving: 'Guardando…',
  recoveryCodesDone: 'Tus códigos de recuperación se han guardado. Guárdalos en un lugar seguro.',
  recoveryCodesRegenerating: 'Creando códigos de recuperación nuevos…',
  recoveryCodesRegenerated:
    'Tus nuevos códigos de recuperación están listos. Los anteriores ya no funcionan.',
  recoveryCodesFileTitle: 'Códigos de recuperación',
  recoveryCodesFileTitleNamed: 'Códigos de recuperación de {issuer}',
  recoveryCodesFileDate: 'Creados el {date}',
  recoveryCodesFileNote: 'Cada código se puede usar una vez. Guárdalos en un lugar seguro.',
  recoveryCodeLabel: 'Código de recuperación',
  recoveryCodeHint:
    'Introduce uno de los códigos de recuperación que guardaste. Los guiones, los espacios y las mayúsculas no importan.',
  recoveryCodeMissing: 'Introduce un código de recuperación.',
  recoveryCodeSubmit: 'Verificar',
  recoveryCodeVerifying: 'Comprobando tu código…',
  recoveryCodeVerified: 'Código de recuperación aceptado.',
  recoveryCodesNoneLeft: 'No te quedan códigos de recuperación. Crea otros nuevos ahora.',
  recoveryCodesFewLeft: {
    one: 'Te queda {count} código de recuperación. Crea otros nuevos pronto.',
    many: 'Te quedan {count} códigos de recuperación. Crea otros nuevos pronto.',
    other: 'Te quedan {count} códigos de recuperación. Crea otros nuevos pronto.',
  },
  recoveryCodesRemaining: {
    one: 'Te queda {count} código de recuperación.',
    many: 'Te quedan {count} códigos de recuperación.',
    other: 'Te quedan {count} códigos de recuperación.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Usar una llave de acceso',
  passkeyRegister: 'Crear una llave de acceso',
  passkeyAliasLabel: 'Nombre de la llave de acceso (opcional)',
  passkeyAliasHint: 'Un nombre que reconozcas más adelante, como «Portátil del trabajo».',
  passkeyWaiting: 'Esperando tu llave de acceso…',
  passkeyCancelled:
    'No se ha usado ninguna llave de acceso. Puedes volver a intentarlo cuando quieras.',
  passkeyVerified: 'Llave de acceso aceptada.',
  passkeyRejected:
    'No se ha podido verificar tu llave de acceso. Vuelve a intentarlo o usa otro método de inicio de sesión.',
  passkeyAlreadyRegistered: 'Esta llave de acceso ya está configurada en tu cuenta.',
  passkeyCreated: 'Llave de acceso creada.',
  passkeyCreatedNamed: 'Llave de acceso «{alias}» creada.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Método de verificación',
  verifyMethodPasskey: 'Llave de acceso',
  verifyMethodTotp: 'Aplicación de autenticación',
  verifyMethodRecoveryCode: 'Código de recuperación',
  verifyPasskeyHint:
    'Usa la llave de acceso de este dispositivo, de tu teléfono o de una llave de seguridad.',
  verifyTotpHint:
    'Introduce el código de 6 dígitos que muestra ahora tu aplicación de autenticación.',
  verifyTotpLabel: 'Código de tu aplicación de autenticación',
  verifyTotpSubmit: 'Verificar',
  verifyTotpVerifying: 'Comprobando tu código…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Confirma que eres tú',
  actionGuardChecking: 'Comprobando si esta acción necesita verificación…',
  actionGuardLoading: 'Cargando tus métodos de verificación…',
  actionGuardCancel: 'Cancelar',
  actionGuardClose: 'Cerrar',
  actionGuardNoMethod:
    'Esta acción requiere la verificación en dos pasos y aún no tienes ningún método configurado en tu cuenta. Añade una aplicación de autenticación o una llave de acceso en los ajustes de tu cuenta y vuelve a intentarlo.',
  actionGuardEnrollIntro:
    'Esta acción requiere la verificación en dos pasos. Configura un método ahora y úsalo para confirmar que eres tú.',
  actionGuardEnrollLabel: 'Método que quieres configurar',
  actionGuardEnrollPasskey: 'Llave de acceso',
  actionGuardEnrollTotp: 'Aplicación de autenticación',
  actionGuardReauthSend: 'Enviarme un código por correo',
  actionGuardReauthSent: 'Hemos enviado un código a {destination}. Introdúcelo aquí.',
  actionGuardReauthLabel: 'Código del correo electrónico',
  actionGuardReauthResend: 'Enviar un código nuevo',
  actionGuardReauthSendSms: 'Enviarme un código por SMS',
  actionGuardReauthSentSms: 'Hemos enviado un código por SMS a {destination}. Introdúcelo aquí.',
  actionGuardReauthLabelSms: 'Código del SMS',
  actionGuardReauthResendIn: 'Podrás enviar un código nuevo {time}.',
  actionGuardReauthResendReady: 'Ya puedes enviar un código nuevo.',
  actionGuardEnrolled:
    'Tu nuevo método está configurado. Ahora úsalo para confirmar que eres tú (una aplicación de autenticación necesita su siguiente código).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Comprobando la seguridad de tu inicio de sesión…',
  flowEnrollHeading: 'Añade un segundo método de inicio de sesión',
  flowEnrollIntro: 'Elige cómo confirmarás que eres tú al iniciar sesión.',
  flowChoiceTotp: 'Aplicación de autenticación',
  flowChoiceTotpHint:
    'Introduce un código de 6 dígitos de una aplicación como Google Authenticator o 1Password.',
  flowChoicePasskey: 'Llave de acceso',
  flowChoicePasskeyHint:
    'Usa el bloqueo de pantalla de tu dispositivo (huella digital, cara o PIN) o una llave de seguridad.',
  flowTotpHeading: 'Configura una aplicación de autenticación',
  flowPasskeyHeading: 'Crea una llave de acceso',
  flowPasskeyIntro: 'Tu navegador te pedirá que crees una llave de acceso para esta cuenta.',
  flowBack: 'Elegir otro método',
  flowNoMethod:
    'Ninguno de los métodos de inicio de sesión que se ofrecen aquí funciona en este navegador.',
  flowVerifyHeading: 'Confirma que eres tú',
  flowVerifyIntro: 'Usa uno de tus métodos de inicio de sesión para continuar.',
  flowAcknowledgeHeading: 'Guarda tus códigos de recuperación',
  flowEnrolledPasskey: 'Llave de acceso añadida.',
  flowEnrolledTotp: 'Aplicación de autenticación añadida.',
  flowVerified: 'Verificado.',
  flowCodesSaved: 'Códigos de recuperación guardados.',
  flowDoneHeading: 'Todo listo',
  flowDone: 'La verificación en dos pasos está activada en tu cuenta.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Cargando tus métodos de inicio de sesión…',
  devicesListLabel: 'Tus métodos de inicio de sesión',
  devicesEmpty:
    'Aún no tienes métodos de inicio de sesión. Añade uno para activar la verificación en dos pasos.',
  devicesTypeTotp: 'Aplicación de autenticación',
  devicesTypePasskey: 'Llave de acceso',
  devicesAddedOn: 'Añadido',
  devicesLastUsed: 'Último uso',
  devicesNeverUsed: 'Aún no se ha usado',
  devicesState: 'Estado',
  devicesVerified: 'Verificado',
  devicesPending: 'Configuración sin terminar',
  devicesDelete: 'Eliminar',
  devicesGuardLabel: 'Eliminar «{name}»',
  devicesDeleting: 'Eliminando «{name}»…',
  devicesDeleted: 'Se ha eliminado «{name}».',
  devicesNotDeleted: 'No se ha eliminado nada.',
  devicesLastWarning:
    '«{name}» es tu única forma de confirmar que eres tú. Si lo eliminas, la verificación en dos pasos se desactivará en tu cuenta hasta que añadas otro método.',
  devicesConfirmDelete: 'Eliminar de todos modos',
  devicesKeep: 'Conservar',
  devicesRecoveryTitle: 'Códigos de recuperación',
  devicesRecoveryNone: 'No quedan códigos sin usar. Crea otros nuevos.',
  devicesRecoveryRemaining: {
    one: 'Queda {count} código sin usar.',
    many: 'Quedan {count} códigos sin usar.',
    other: 'Quedan {count} códigos sin usar.',
  },
  devicesRegenerate: 'Crear códigos nuevos',
  devicesRegenerateHint: 'Tus códigos anteriores dejarán de funcionar cuando crees otros nuevos.',
  devicesRegenerateGuardLabel: 'Crear códigos de recuperación nuevos',
  devicesNewCodesTitle: 'Tus nuevos códigos de recuperación',
  devicesSaveCodesTitle: 'Guarda tus códigos de recuperación',
  devicesFirstCodesSaved: 'Códigos de recuperación guardados.',
  devicesCodesSaved: 'Nuevos códigos de recuperación guardados. Los anteriores ya no funcionan.',
  devicesNoNewCodes: 'No se ha creado ningún código nuevo.',
  devicesClose: 'Cerrar',
  devicesAddTotp: 'Añadir aplicación de autenticación',
  devicesAddPasskey: 'Añadir llave de acceso',
  devicesAddTitleTotp: 'Añadir una aplicación de autenticación',
  devicesAddTitlePasskey: 'Añadir una llave de acceso',
  devicesCancel: 'Cancelar',
  devicesOneTotp:
    'Puedes tener una aplicación de autenticación. Para cambiar a otra aplicación u otro teléfono, elimina primero la actual y luego añade la nueva.',
  devicesAdded: 'Se ha añadido «{name}».',
} satisfies MfaTranslation;

registerMessages('es', messages);
