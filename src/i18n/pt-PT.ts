/**
 * Português europeu: the strings European Portuguese says differently from `pt.ts` (Brazilian);
 * every other key falls back to `pt`. Address: the formal third person («a sua conta»), as
 * Portugal's interfaces write. Terms: chave de acesso, aplicação de autenticação, código de
 * verificação, código de recuperação, verificação em dois passos.
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';
import './pt.js';

export const messages = {
  errorAlreadyEnrolled:
    'Já existe uma aplicação de autenticação configurada na sua conta. Remova-a antes de adicionar outra.',
  errorUnauthorized: 'A sua sessão terminou. Inicie sessão novamente.',
  errorStepUpRequired: 'Primeiro, confirme que é mesmo o próprio.',
  errorNetwork: 'Não foi possível contactar o servidor. Verifique a sua ligação e tente novamente.',
  loading: 'A carregar…',
  retryNow: 'Já pode tentar novamente.',
  errorLockedOut: 'Muitas tentativas. Tente novamente mais tarde ou utilize outro método.',
  copyFailed: 'Não foi possível copiar. Selecione o texto e copie-o manualmente.',
  stepUpConfirm: 'Confirmar identidade',
  otpValueMissing: 'Introduza o código.',
  totpLoading: 'A preparar a configuração da aplicação de autenticação…',
  totpScanTitle: 'Leia este código QR',
  totpScanHint:
    'Abra a sua aplicação de autenticação, adicione uma conta e aponte a câmara para o código.',
  totpQrLabel: 'Código QR para adicionar {account} à sua aplicação de autenticação',
  totpQrLabelIssuer:
    'Código QR para adicionar {issuer} ({account}) à sua aplicação de autenticação',
  totpCodeLabel: 'Código da sua aplicação de autenticação',
  totpVerifying: 'A verificar o código…',
  totpEnrolled: 'Aplicação de autenticação adicionada',
  totpEnrolledHint: 'A partir de agora, irá utilizar um código da aplicação ao iniciar sessão.',
  recoveryCodesDownload: 'Transferir',
  recoveryCodesDownloaded: 'Transferência iniciada.',
  recoveryCodesConfirm: 'Guardei estes códigos',
  recoveryCodesSaving: 'A guardar…',
  recoveryCodesRegenerating: 'A criar novos códigos de recuperação…',
  recoveryCodeVerifying: 'A verificar o seu código…',
  passkeyWaiting: 'A aguardar a sua chave de acesso…',
  passkeyAliasHint: 'Um nome que reconheça mais tarde, como “Portátil do trabalho”.',
  verifyMethodTotp: 'Aplicação de autenticação',
  verifyPasskeyHint:
    'Utilize a chave de acesso deste dispositivo, do seu telemóvel ou de uma chave de segurança.',
  verifyTotpLabel: 'Código da sua aplicação de autenticação',
  verifyTotpVerifying: 'A verificar o seu código…',
  actionGuardEnrollTotp: 'Aplicação de autenticação',
  flowChoiceTotp: 'Aplicação de autenticação',
  flowChoicePasskeyHint:
    'Utilize o bloqueio de ecrã do seu dispositivo (impressão digital, rosto ou PIN) ou uma chave de segurança.',
  flowTotpHeading: 'Configure uma aplicação de autenticação',
  flowEnrolledTotp: 'Aplicação de autenticação adicionada.',
  flowDone: 'A verificação em dois passos está ativada na sua conta.',
  devicesTypeTotp: 'Aplicação de autenticação',
  devicesState: 'Estado',
  devicesDelete: 'Eliminar',
  devicesGuardLabel: 'Eliminar “{name}”',
  devicesDeleting: 'A eliminar “{name}”…',
  devicesDeleted: '“{name}” foi eliminado.',
  devicesNotDeleted: 'Nada foi eliminado.',
  devicesConfirmDelete: 'Eliminar mesmo assim',
  devicesAddTotp: 'Adicionar aplicação de autenticação',
  devicesAddTitleTotp: 'Adicionar uma aplicação de autenticação',
  devicesOneTotp:
    'Pode ter uma aplicação de autenticação. Para mudar para outra aplicação ou telemóvel, elimine primeiro a atual e depois adicione a nova.',
  actionGuardReauthSentSms: 'Enviámos um código por SMS para {destination}. Introduza-o aqui.',
  actionGuardReauthLabelSms: 'Código recebido por SMS',
  actionGuardReauthResendIn: 'Poderá enviar um novo código {time}.',
  actionGuardReauthResendReady: 'Já pode enviar um novo código.',
} satisfies Partial<MfaTranslation>;

registerMessages('pt-PT', messages);
