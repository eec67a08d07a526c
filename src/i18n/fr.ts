/**
 * Français (French). Address: « vous ». Terms (docs/TRANSLATING.md): clé d'accès, application
 * d'authentification, code de validation, code de secours, validation en deux étapes.
 * Typography: a no-break space (\u00a0) before « : ? ! » and inside « ».
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Ce code n’a pas fonctionné. Vérifiez-le et réessayez.',
  errorRateLimited: 'Trop de tentatives. Patientez un instant, puis réessayez.',
  errorRetryIn: 'Trop de tentatives. Réessayez {time}.',
  errorLockedOut: 'Trop de tentatives. Réessayez plus tard ou utilisez une autre méthode.',
  retryNow: 'Vous pouvez réessayer maintenant.',
  errorExpired: 'Cette étape a expiré. Veuillez recommencer.',
  errorAlreadyEnrolled:
    'Une application d’authentification est déjà configurée pour votre compte. Supprimez-la avant d’en ajouter une autre.',
  errorNotEnrolled: 'Cette méthode n’est pas encore configurée pour votre compte.',
  errorPasskeyCancelled: 'La demande de clé d’accès a été annulée ou a expiré.',
  errorPasskeyUnsupported: 'Ce navigateur ou cet appareil ne prend pas en charge les clés d’accès.',
  errorUnauthorized: 'Votre session a expiré. Veuillez vous reconnecter.',
  errorStepUpRequired: 'Confirmez d’abord votre identité.',
  errorInvalidRequest: 'La demande n’a pas été acceptée. Veuillez réessayer.',
  errorNetwork: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
  errorUnknown: 'Une erreur s’est produite. Veuillez réessayer.',
  errorNoClient:
    'Cet élément n’a pas de client MFA. Placez-le dans <mfa-provider> ou définissez sa propriété client.',
  tryAgain: 'Réessayer',
  loading: 'Chargement…',
  copy: 'Copier',
  copied: 'Copié',
  copyFailed: 'Impossible de copier. Sélectionnez le texte et copiez-le vous-même.',
  stepUpConfirm: 'Confirmer votre identité',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Code de validation',
  otpValueMissing: 'Saisissez le code.',
  otpTooShort: {
    one: 'Saisissez {count}\u00a0chiffre.',
    many: 'Saisissez les {count}\u00a0chiffres.',
    other: 'Saisissez les {count}\u00a0chiffres.',
  },
  otpPatternMismatch: 'Utilisez uniquement des chiffres.',
  otpTooLong: {
    one: 'Saisissez seulement {count}\u00a0chiffre.',
    many: 'Saisissez seulement {count}\u00a0chiffres.',
    other: 'Saisissez seulement {count}\u00a0chiffres.',
  },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Préparation de la configuration de l’application d’authentification…',
  totpScanTitle: 'Scannez ce code QR',
  totpScanHint:
    'Ouvrez votre application d’authentification, ajoutez un compte et pointez l’appareil photo vers le code.',
  totpQrLabel: 'Code QR pour ajouter {account} à votre application d’authentification',
  totpQrLabelIssuer:
    'Code QR pour ajouter {issuer} ({account}) à votre application d’authentification',
  totpIssuer: 'Service',
  totpAccount: 'Compte',
  totpManualHint: 'Impossible de scanner\u00a0? Saisissez plutôt cette clé de configuration\u00a0:',
  totpCopySecret: 'Copier la clé',
  totpOpenLink: 'Configurer sur cet appareil',
  totpCodeTitle: {
    one: 'Saisissez le code à {count}\u00a0chiffre',
    many: 'Saisissez le code à {count}\u00a0chiffres',
    other: 'Saisissez le code à {count}\u00a0chiffres',
  },
  totpCodeHint: 'Saisissez le code que votre application affiche maintenant pour ce compte.',
  totpCodeLabel: 'Code de votre application d’authentification',
  totpSubmit: 'Valider',
  totpVerifying: 'Vérification du code…',
  totpRetryIn: 'Réessayez {time}.',
  totpEnrolled: 'Application d’authentification ajoutée',
  totpEnrolledHint:
    'Désormais, vous saisirez un code de l’application lorsque vous vous connecterez.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Conservez ces codes de secours en lieu sûr, par exemple dans un gestionnaire de mots de passe. Si vous perdez vos autres méthodes de connexion, chaque code vous permet de vous connecter une fois.',
  recoveryCodesListLabel: 'Codes de secours',
  recoveryCodesCopy: 'Tout copier',
  recoveryCodesDownload: 'Télécharger',
  recoveryCodesDownloaded: 'Téléchargement lancé.',
  recoveryCodesPrint: 'Imprimer',
  recoveryCodesConfirm: 'J’ai enregistré ces codes',
  recoveryCodesContinue: 'Continuer',
  recoveryCodesSaving: 'Enregistrement…',
  recoveryCodesDone: 'Vos codes de secours sont enregistrés. Conservez-les en lieu sûr.',
  recoveryCodesRegenerating: 'Création de nouveaux codes de secours…',
  recoveryCodesRegenerated:
    'Vos nouveaux codes de secours sont prêts. Les anciens ne fonctionnent plus.',
  recoveryCodesFileTitle: 'Codes de secours',
  recoveryCodesFileTitleNamed: 'Codes de secours {issuer}',
  recoveryCodesFileDate: 'Créés le {date}',
  recoveryCodesFileNote: 'Chaque code ne peut être utilisé qu’une fois. Conservez-les en lieu sûr.',
  recoveryCodeLabel: 'Code de secours',
  recoveryCodeHint:
    'Saisissez l’un des codes de secours que vous avez enregistrés. Les tirets, les espaces et les majuscules n’ont pas d’importance.',
  recoveryCodeMissing: 'Saisissez un code de secours.',
  recoveryCodeSubmit: 'Valider',
  recoveryCodeVerifying: 'Vérification de votre code…',
  recoveryCodeVerified: 'Code de secours accepté.',
  recoveryCodesNoneLeft: 'Il ne vous reste aucun code de secours. Créez-en de nouveaux maintenant.',
  recoveryCodesFewLeft: {
    one: 'Il vous reste {count}\u00a0code de secours. Créez-en de nouveaux bientôt.',
    many: 'Il vous reste {count}\u00a0codes de secours. Créez-en de nouveaux bientôt.',
    other: 'Il vous reste {count}\u00a0codes de secours. Créez-en de nouveaux bientôt.',
  },
  recoveryCodesRemaining: {
    one: 'Il vous reste {count}\u00a0code de secours.',
    many: 'Il vous reste {count}\u00a0codes de secours.',
    other: 'Il vous reste {count}\u00a0codes de secours.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Utiliser une clé d’accès',
  passkeyRegister: 'Créer une clé d’accès',
  passkeyAliasLabel: 'Nom de la clé d’accès (facultatif)',
  passkeyAliasHint:
    'Un nom que vous reconnaîtrez plus tard, par exemple «\u00a0Ordinateur du bureau\u00a0».',
  passkeyWaiting: 'En attente de votre clé d’accès…',
  passkeyCancelled:
    'Aucune clé d’accès n’a été utilisée. Vous pouvez réessayer quand vous êtes prêt.',
  passkeyVerified: 'Clé d’accès acceptée.',
  passkeyRejected:
    'Votre clé d’accès n’a pas pu être validée. Réessayez ou utilisez une autre méthode de connexion.',
  passkeyAlreadyRegistered: 'Cette clé d’accès est déjà configurée pour votre compte.',
  passkeyCreated: 'Clé d’accès créée.',
  passkeyCreatedNamed: 'Clé d’accès «\u00a0{alias}\u00a0» créée.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Méthode de validation',
  verifyMethodPasskey: 'Clé d’accès',
  verifyMethodTotp: 'Application d’authentification',
  verifyMethodRecoveryCode: 'Code de secours',
  verifyPasskeyHint:
    'Utilisez la clé d’accès de cet appareil, de votre téléphone ou d’une clé de sécurité.',
  verifyTotpHint:
    'Saisissez le code à 6\u00a0chiffres que votre application d’authentification affiche maintenant.',
  verifyTotpLabel: 'Code de votre application d’authentification',
  verifyTotpSubmit: 'Valider',
  verifyTotpVerifying: 'Vérification de votre code…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Confirmez votre identité',
  actionGuardChecking: 'Vérification de la nécessité d’une validation pour cette action…',
  actionGuardLoading: 'Chargement de vos méthodes de validation…',
  actionGuardCancel: 'Annuler',
  actionGuardClose: 'Fermer',
  actionGuardNoMethod:
    'Cette action nécessite la validation en deux étapes, et aucune méthode n’est encore configurée pour votre compte. Ajoutez une application d’authentification ou une clé d’accès dans les paramètres de votre compte, puis réessayez.',
  actionGuardEnrollIntro:
    'Cette action nécessite la validation en deux étapes. Configurez une méthode maintenant, puis utilisez-la pour confirmer votre identité.',
  actionGuardEnrollLabel: 'Méthode à configurer',
  actionGuardEnrollPasskey: 'Clé d’accès',
  actionGuardEnrollTotp: 'Application d’authentification',
  actionGuardReauthSend: 'M’envoyer un code par e-mail',
  actionGuardReauthSent: 'Nous avons envoyé un code à {destination}. Saisissez-le ici.',
  actionGuardReauthLabel: 'Code reçu par e-mail',
  actionGuardReauthResend: 'Envoyer un nouveau code',
  actionGuardReauthSendSms: 'M’envoyer un code par SMS',
  actionGuardReauthSentSms: 'Nous avons envoyé un code par SMS au {destination}. Saisissez-le ici.',
  actionGuardReauthLabelSms: 'Code reçu par SMS',
  actionGuardReauthResendIn: 'Vous pourrez envoyer un nouveau code {time}.',
  actionGuardReauthResendReady: 'Vous pouvez maintenant envoyer un nouveau code.',
  actionGuardEnrolled:
    'Votre nouvelle méthode est configurée. Utilisez-la maintenant pour confirmer votre identité (une application d’authentification demande son prochain code).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Vérification de la sécurité de votre connexion…',
  flowEnrollHeading: 'Ajoutez une deuxième méthode de connexion',
  flowEnrollIntro: 'Choisissez comment vous confirmerez votre identité lors de la connexion.',
  flowChoiceTotp: 'Application d’authentification',
  flowChoiceTotpHint:
    'Saisissez un code à 6\u00a0chiffres provenant d’une application comme Google Authenticator ou 1Password.',
  flowChoicePasskey: 'Clé d’accès',
  flowChoicePasskeyHint:
    'Utilisez le verrouillage de l’écran de votre appareil (empreinte digitale, visage ou code) ou une clé de sécurité.',
  flowTotpHeading: 'Configurez une application d’authentification',
  flowPasskeyHeading: 'Créez une clé d’accès',
  flowPasskeyIntro: 'Votre navigateur va vous demander de créer une clé d’accès pour ce compte.',
  flowBack: 'Choisir une autre méthode',
  flowNoMethod: 'Aucune des méthodes de connexion proposées ici ne fonctionne dans ce navigateur.',
  flowVerifyHeading: 'Confirmez votre identité',
  flowVerifyIntro: 'Utilisez l’une de vos méthodes de connexion pour continuer.',
  flowAcknowledgeHeading: 'Enregistrez vos codes de secours',
  flowEnrolledPasskey: 'Clé d’accès ajoutée.',
  flowEnrolledTotp: 'Application d’authentification ajoutée.',
  flowVerified: 'Validé.',
  flowCodesSaved: 'Codes de secours enregistrés.',
  flowDoneHeading: 'Tout est prêt',
  flowDone: 'La validation en deux étapes est activée pour votre compte.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Chargement de vos méthodes de connexion…',
  devicesListLabel: 'Vos méthodes de connexion',
  devicesEmpty:
    'Aucune méthode de connexion pour l’instant. Ajoutez-en une pour activer la validation en deux étapes.',
  devicesTypeTotp: 'Application d’authentification',
  devicesTypePasskey: 'Clé d’accès',
  devicesAddedOn: 'Ajoutée le',
  devicesLastUsed: 'Dernière utilisation',
  devicesNeverUsed: 'Pas encore utilisée',
  devicesState: 'État',
  devicesVerified: 'Validée',
  devicesPending: 'Configuration non terminée',
  devicesDelete: 'Supprimer',
  devicesGuardLabel: 'Supprimer «\u00a0{name}\u00a0»',
  devicesDeleting: 'Suppression de «\u00a0{name}\u00a0»…',
  devicesDeleted: '«\u00a0{name}\u00a0» a été supprimé.',
  devicesNotDeleted: 'Rien n’a été supprimé.',
  devicesLastWarning:
    '«\u00a0{name}\u00a0» est votre seul moyen de confirmer votre identité. Si vous le supprimez, la validation en deux étapes sera désactivée pour votre compte jusqu’à ce que vous ajoutiez une autre méthode.',
  devicesConfirmDelete: 'Supprimer quand même',
  devicesKeep: 'Conserver',
  devicesRecoveryTitle: 'Codes de secours',
  devicesRecoveryNone: 'Plus aucun code inutilisé. Créez-en de nouveaux.',
  devicesRecoveryRemaining: {
    one: '{count}\u00a0code inutilisé restant.',
    many: '{count}\u00a0codes inutilisés restants.',
    other: '{count}\u00a0codes inutilisés restants.',
  },
  devicesRegenerate: 'Créer de nouveaux codes',
  devicesRegenerateHint:
    'Vos anciens codes cessent de fonctionner dès que vous en créez de nouveaux.',
  devicesRegenerateGuardLabel: 'Créer de nouveaux codes de secours',
  devicesNewCodesTitle: 'Vos nouveaux codes de secours',
  devicesSaveCodesTitle: 'Enregistrez vos codes de secours',
  devicesFirstCodesSaved: 'Codes de secours enregistrés.',
  devicesCodesSaved: 'Nouveaux codes de secours enregistrés. Les anciens ne fonctionnent plus.',
  devicesNoNewCodes: 'Aucun nouveau code n’a été créé.',
  devicesClose: 'Fermer',
  devicesAddTotp: 'Ajouter une application d’authentification',
  devicesAddPasskey: 'Ajouter une clé d’accès',
  devicesAddTitleTotp: 'Ajouter une application d’authentification',
  devicesAddTitlePasskey: 'Ajouter une clé d’accès',
  devicesCancel: 'Annuler',
  devicesOneTotp:
    'Vous pouvez avoir une seule application d’authentification. Pour passer à une autre application ou à un autre téléphone, supprimez d’abord l’actuelle, puis ajoutez la nouvelle.',
  devicesAdded: '«\u00a0{name}\u00a0» a été ajouté.',
} satisfies MfaTranslation;

registerMessages('fr', messages);
