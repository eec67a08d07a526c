/**
 * Português (Portuguese), written as in Brazil, the variant most readers use; `pt-PT.ts` changes
 * what European Portuguese says differently. Address: «você». Terms (docs/TRANSLATING.md): chave
 * de acesso, app autenticador, código de verificação, código de recuperação, verificação em duas
 * etapas.
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Esse código não funcionou. Confira e tente novamente.',
  errorRateLimited: 'Muitas tentativas. Aguarde um momento e tente novamente.',
  errorRetryIn: 'Muitas tentativas. Tente novamente {time}.',
  errorLockedOut: 'Muitas tentativas. Tente novamente mais tarde ou use outro método.',
  retryNow: 'Você já pode tentar novamente.',
  errorExpired: 'Esta etapa expirou. Comece de novo.',
  errorAlreadyEnrolled:
    'Já existe um app autenticador configurado na sua conta. Remova-o antes de adicionar outro.',
  errorNotEnrolled: 'Este método ainda não está configurado na sua conta.',
  errorPasskeyCancelled: 'A solicitação da chave de acesso foi cancelada ou expirou.',
  errorPasskeyUnsupported: 'Este navegador ou dispositivo não é compatível com chaves de acesso.',
  errorUnauthorized: 'Sua sessão terminou. Faça login novamente.',
  errorStepUpRequired: 'Primeiro, confirme que é você.',
  errorInvalidRequest: 'A solicitação não foi aceita. Tente novamente.',
  errorNetwork: 'Não foi possível acessar o servidor. Verifique sua conexão e tente novamente.',
  errorUnknown: 'Algo deu errado. Tente novamente.',
  errorNoClient:
    'Este elemento não tem um cliente MFA. Coloque-o dentro de <mfa-provider> ou defina a propriedade client.',
  tryAgain: 'Tentar novamente',
  loading: 'Carregando…',
  copy: 'Copiar',
  copied: 'Copiado',
  copyFailed: 'Não foi possível copiar. Selecione o texto e copie manualmente.',
  stepUpConfirm: 'Confirmar que é você',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Código de verificação',
  otpValueMissing: 'Digite o código.',
  otpTooShort: {
    one: 'Digite {count} dígito.',
    many: 'Digite todos os {count} dígitos.',
    other: 'Digite todos os {count} dígitos.',
  },
  otpPatternMismatch: 'Use apenas dígitos.',
  otpTooLong: {
    one: 'Digite apenas {count} dígito.',
    many: 'Digite apenas {count} dígitos.',
    other: 'Digite apenas {count} dígitos.',
  },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Preparando a configuração do app autenticador…',
  totpScanTitle: 'Leia este QR code',
  totpScanHint: 'Abra seu app autenticador, adicione uma conta e aponte a câmera para o código.',
  totpQrLabel: 'QR code para adicionar {account} ao seu app autenticador',
  totpQrLabelIssuer: 'QR code para adicionar {issuer} ({account}) ao seu app autenticador',
  totpIssuer: 'Serviço',
  totpAccount: 'Conta',
  totpManualHint: 'Não consegue ler? Digite esta chave de configuração:',
  totpCopySecret: 'Copiar chave',
  totpOpenLink: 'Configurar neste dispositivo',
  totpCodeTitle: {
    one: 'Digite o código de {count} dígito',
    many: 'Digite o código de {count} dígitos',
    other: 'Digite o código de {count} dígitos',
  },
  totpCodeHint: 'Digite o código que seu app mostra agora para esta conta.',
  totpCodeLabel: 'Código do seu app autenticador',
  totpSubmit: 'Verificar',
  totpVerifying: 'Verificando o código…',
  totpRetryIn: 'Tente novamente {time}.',
  totpEnrolled: 'App autenticador adicionado',
  totpEnrolledHint: 'A partir de agora, você vai usar um código do app ao fazer login.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Guarde estes códigos de recuperação em um lugar seguro, como um gerenciador de senhas. Se você perder seus outros métodos de login, cada código permite fazer login uma vez.',
  recoveryCodesListLabel: 'Códigos de recuperação',
  recoveryCodesCopy: 'Copiar todos',
  recoveryCodesDownload: 'Baixar',
  recoveryCodesDownloaded: 'Download iniciado.',
  recoveryCodesPrint: 'Imprimir',
  recoveryCodesConfirm: 'Salvei estes códigos',
  recoveryCodesContinue: 'Continuar',
  recoveryCodesSaving: 'Salvando…',
  recoveryCodesDone: 'Seus códigos de recuperação foram salvos. Guarde-os em um lugar seguro.',
  recoveryCodesRegenerating: 'Criando novos códigos de recuperação…',
  recoveryCodesRegenerated:
    'Seus novos códigos de recuperação estão prontos. Os antigos não funcionam mais.',
  recoveryCodesFileTitle: 'Códigos de recuperação',
  recoveryCodesFileTitleNamed: 'Códigos de recuperação de {issuer}',
  recoveryCodesFileDate: 'Criados em {date}',
  recoveryCodesFileNote: 'Cada código pode ser usado uma vez. Guarde-os em um lugar seguro.',
  recoveryCodeLabel: 'Código de recuperação',
  recoveryCodeHint:
    'Digite um dos códigos de recuperação que você salvou. Hifens, espaços e maiúsculas não importam.',
  recoveryCodeMissing: 'Digite um código de recuperação.',
  recoveryCodeSubmit: 'Verificar',
  recoveryCodeVerifying: 'Verificando seu código…',
  recoveryCodeVerified: 'Código de recuperação aceito.',
  recoveryCodesNoneLeft: 'Você não tem mais códigos de recuperação. Crie novos agora.',
  recoveryCodesFewLeft: {
    one: 'Resta {count} código de recuperação. Crie novos em breve.',
    many: 'Restam {count} códigos de recuperação. Crie novos em breve.',
    other: 'Restam {count} códigos de recuperação. Crie novos em breve.',
  },
  recoveryCodesRemaining: {
    one: 'Resta {count} código de recuperação.',
    many: 'Restam {count} códigos de recuperação.',
    other: 'Restam {count} códigos de recuperação.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Usar uma chave de acesso',
  passkeyRegister: 'Criar uma chave de acesso',
  passkeyAliasLabel: 'Nome da chave de acesso (opcional)',
  passkeyAliasHint: 'Um nome que você reconheça depois, como “Notebook do trabalho”.',
  passkeyWaiting: 'Aguardando sua chave de acesso…',
  passkeyCancelled: 'Nenhuma chave de acesso foi usada. Você pode tentar novamente quando quiser.',
  passkeyVerified: 'Chave de acesso aceita.',
  passkeyRejected:
    'Não foi possível verificar sua chave de acesso. Tente novamente ou use outra forma de fazer login.',
  passkeyAlreadyRegistered: 'Esta chave de acesso já está configurada na sua conta.',
  passkeyCreated: 'Chave de acesso criada.',
  passkeyCreatedNamed: 'Chave de acesso “{alias}” criada.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Método de verificação',
  verifyMethodPasskey: 'Chave de acesso',
  verifyMethodTotp: 'App autenticador',
  verifyMethodRecoveryCode: 'Código de recuperação',
  verifyPasskeyHint:
    'Use a chave de acesso deste dispositivo, do seu smartphone ou de uma chave de segurança.',
  verifyTotpHint: 'Digite o código de 6 dígitos que seu app autenticador mostra agora.',
  verifyTotpLabel: 'Código do seu app autenticador',
  verifyTotpSubmit: 'Verificar',
  verifyTotpVerifying: 'Verificando seu código…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Confirme que é você',
  actionGuardChecking: 'Verificando se esta ação precisa de verificação…',
  actionGuardLoading: 'Carregando seus métodos de verificação…',
  actionGuardCancel: 'Cancelar',
  actionGuardClose: 'Fechar',
  actionGuardNoMethod:
    'Esta ação exige a verificação em duas etapas, e ainda não há nenhum método configurado na sua conta. Adicione um app autenticador ou uma chave de acesso nas configurações da conta e tente novamente.',
  actionGuardEnrollIntro:
    'Esta ação exige a verificação em duas etapas. Configure um método agora e use-o para confirmar que é você.',
  actionGuardEnrollLabel: 'Método a configurar',
  actionGuardEnrollPasskey: 'Chave de acesso',
  actionGuardEnrollTotp: 'App autenticador',
  actionGuardReauthSend: 'Enviar um código por e-mail',
  actionGuardReauthSent: 'Enviamos um código para {destination}. Digite-o aqui.',
  actionGuardReauthLabel: 'Código do e-mail',
  actionGuardReauthResend: 'Enviar um novo código',
  actionGuardReauthSendSms: 'Enviar um código por SMS',
  actionGuardReauthSentSms: 'Enviamos um código por SMS para {destination}. Digite-o aqui.',
  actionGuardReauthLabelSms: 'Código do SMS',
  actionGuardReauthResendIn: 'Você poderá enviar um novo código {time}.',
  actionGuardReauthResendReady: 'Você já pode enviar um novo código.',
  actionGuardEnrolled:
    'Seu novo método está configurado. Agora use-o para confirmar que é você (um app autenticador precisa do próximo código).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Verificando a segurança do seu login…',
  flowEnrollHeading: 'Adicione uma segunda forma de fazer login',
  flowEnrollIntro: 'Escolha como você vai confirmar que é você ao fazer login.',
  flowChoiceTotp: 'App autenticador',
  flowChoiceTotpHint:
    'Digite um código de 6 dígitos de um app como o Google Authenticator ou o 1Password.',
  flowChoicePasskey: 'Chave de acesso',
  flowChoicePasskeyHint:
    'Use o bloqueio de tela do seu dispositivo (impressão digital, rosto ou PIN) ou uma chave de segurança.',
  flowTotpHeading: 'Configure um app autenticador',
  flowPasskeyHeading: 'Crie uma chave de acesso',
  flowPasskeyIntro: 'Seu navegador vai pedir que você crie uma chave de acesso para esta conta.',
  flowBack: 'Escolher outra forma',
  flowNoMethod: 'Nenhuma das formas de login oferecidas aqui funciona neste navegador.',
  flowVerifyHeading: 'Confirme que é você',
  flowVerifyIntro: 'Use um dos seus métodos de login para continuar.',
  flowAcknowledgeHeading: 'Salve seus códigos de recuperação',
  flowEnrolledPasskey: 'Chave de acesso adicionada.',
  flowEnrolledTotp: 'App autenticador adicionado.',
  flowVerified: 'Verificado.',
  flowCodesSaved: 'Códigos de recuperação salvos.',
  flowDoneHeading: 'Tudo pronto',
  flowDone: 'A verificação em duas etapas está ativada na sua conta.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Carregando seus métodos de login…',
  devicesListLabel: 'Seus métodos de login',
  devicesEmpty:
    'Nenhum método de login ainda. Adicione um para ativar a verificação em duas etapas.',
  devicesTypeTotp: 'App autenticador',
  devicesTypePasskey: 'Chave de acesso',
  devicesAddedOn: 'Adicionado em',
  devicesLastUsed: 'Último uso',
  devicesNeverUsed: 'Ainda não usado',
  devicesState: 'Status',
  devicesVerified: 'Verificado',
  devicesPending: 'Configuração não concluída',
  devicesDelete: 'Excluir',
  devicesGuardLabel: 'Excluir “{name}”',
  devicesDeleting: 'Excluindo “{name}”…',
  devicesDeleted: '“{name}” foi excluído.',
  devicesNotDeleted: 'Nada foi excluído.',
  devicesLastWarning:
    '“{name}” é sua única forma de confirmar que é você. Se você excluí-lo, a verificação em duas etapas ficará desativada na sua conta até você adicionar outro método.',
  devicesConfirmDelete: 'Excluir mesmo assim',
  devicesKeep: 'Manter',
  devicesRecoveryTitle: 'Códigos de recuperação',
  devicesRecoveryNone: 'Não há mais códigos sem uso. Crie novos.',
  devicesRecoveryRemaining: {
    one: 'Resta {count} código sem uso.',
    many: 'Restam {count} códigos sem uso.',
    other: 'Restam {count} códigos sem uso.',
  },
  devicesRegenerate: 'Criar novos códigos',
  devicesRegenerateHint: 'Seus códigos antigos param de funcionar quando você cria novos.',
  devicesRegenerateGuardLabel: 'Criar novos códigos de recuperação',
  devicesNewCodesTitle: 'Seus novos códigos de recuperação',
  devicesSaveCodesTitle: 'Salve seus códigos de recuperação',
  devicesFirstCodesSaved: 'Códigos de recuperação salvos.',
  devicesCodesSaved: 'Novos códigos de recuperação salvos. Os antigos não funcionam mais.',
  devicesNoNewCodes: 'Nenhum código novo foi criado.',
  devicesClose: 'Fechar',
  devicesAddTotp: 'Adicionar app autenticador',
  devicesAddPasskey: 'Adicionar chave de acesso',
  devicesAddTitleTotp: 'Adicionar um app autenticador',
  devicesAddTitlePasskey: 'Adicionar uma chave de acesso',
  devicesCancel: 'Cancelar',
  devicesOneTotp:
    'Você pode ter um app autenticador. Para mudar para outro app ou smartphone, exclua o atual primeiro e depois adicione o novo.',
  devicesAdded: '“{name}” foi adicionado.',
} satisfies MfaTranslation;

registerMessages('pt', messages);
