/**
 * 日本語 (Japanese). Address: polite です・ます form, no pronoun. Terms (docs/TRANSLATING.md):
 * パスキー, 認証アプリ, 確認コード, リカバリーコード, 2 段階認証. Plurals: `other` only.
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'コードが正しくありません。確認してもう一度お試しください。',
  errorRateLimited: '試行回数が多すぎます。しばらく待ってからもう一度お試しください。',
  errorRetryIn: '試行回数が多すぎます。{time}にもう一度お試しください。',
  errorLockedOut: '試行回数が多すぎます。後でもう一度お試しいただくか、別の方法をお使いください。',
  retryNow: 'もう一度お試しいただけます。',
  errorExpired: 'この手順の有効期限が切れました。最初からやり直してください。',
  errorAlreadyEnrolled:
    'このアカウントには認証アプリがすでに設定されています。別のアプリを追加する前に削除してください。',
  errorNotEnrolled: 'この方法はまだアカウントに設定されていません。',
  errorPasskeyCancelled: 'パスキーのリクエストがキャンセルされたか、タイムアウトしました。',
  errorPasskeyUnsupported: 'このブラウザまたはデバイスはパスキーに対応していません。',
  errorUnauthorized: 'セッションが終了しました。もう一度ログインしてください。',
  errorStepUpRequired: 'まず本人確認を行ってください。',
  errorInvalidRequest: 'リクエストが受け付けられませんでした。もう一度お試しください。',
  errorNetwork: 'サーバーに接続できませんでした。接続を確認してもう一度お試しください。',
  errorUnknown: '問題が発生しました。もう一度お試しください。',
  errorNoClient:
    'この要素には MFA クライアントがありません。<mfa-provider> の中に置くか、client プロパティを設定してください。',
  tryAgain: '再試行',
  loading: '読み込み中…',
  copy: 'コピー',
  copied: 'コピーしました',
  copyFailed: 'コピーできませんでした。テキストを選択してコピーしてください。',
  stepUpConfirm: '本人確認を行う',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: '確認コード',
  otpValueMissing: 'コードを入力してください。',
  otpTooShort: { other: '{count} 桁すべてを入力してください。' },
  otpPatternMismatch: '数字のみを使用してください。',
  otpTooLong: { other: '{count} 桁のみ入力してください。' },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: '認証アプリの設定を準備しています…',
  totpScanTitle: 'この QR コードをスキャン',
  totpScanHint: '認証アプリを開いてアカウントを追加し、カメラをコードに向けてください。',
  totpQrLabel: '{account} を認証アプリに追加するための QR コード',
  totpQrLabelIssuer: '{issuer}（{account}）を認証アプリに追加するための QR コード',
  totpIssuer: 'サービス',
  totpAccount: 'アカウント',
  totpManualHint: 'スキャンできない場合は、代わりにこの設定キーを入力してください:',
  totpCopySecret: 'キーをコピー',
  totpOpenLink: 'このデバイスで設定',
  totpCodeTitle: { other: '{count} 桁のコードを入力' },
  totpCodeHint: 'このアカウントについてアプリに現在表示されているコードを入力してください。',
  totpCodeLabel: '認証アプリのコード',
  totpSubmit: '確認',
  totpVerifying: 'コードを確認しています…',
  totpRetryIn: '{time}にもう一度お試しください。',
  totpEnrolled: '認証アプリを追加しました',
  totpEnrolledHint: '今後はログイン時にアプリのコードを使用します。',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'これらのリカバリーコードは、パスワード マネージャーなどの安全な場所に保存してください。ほかのログイン方法を失った場合、各コードで 1 回ログインできます。',
  recoveryCodesListLabel: 'リカバリーコード',
  recoveryCodesCopy: 'すべてコピー',
  recoveryCodesDownload: 'ダウンロード',
  recoveryCodesDownloaded: 'ダウンロードを開始しました。',
  recoveryCodesPrint: '印刷',
  recoveryCodesConfirm: 'これらのコードを保存しました',
  recoveryCodesContinue: '続行',
  recoveryCodesSaving: '保存しています…',
  recoveryCodesDone: 'リカバリーコードを保存しました。安全な場所に保管してください。',
  recoveryCodesRegenerating: '新しいリカバリーコードを作成しています…',
  recoveryCodesRegenerated:
    '新しいリカバリーコードの準備ができました。以前のコードは使用できなくなりました。',
  recoveryCodesFileTitle: 'リカバリーコード',
  recoveryCodesFileTitleNamed: '{issuer} のリカバリーコード',
  recoveryCodesFileDate: '作成日: {date}',
  recoveryCodesFileNote: '各コードは 1 回だけ使用できます。安全な場所に保管してください。',
  recoveryCodeLabel: 'リカバリーコード',
  recoveryCodeHint:
    '保存したリカバリーコードのいずれかを入力してください。ハイフン、スペース、大文字と小文字は区別されません。',
  recoveryCodeMissing: 'リカバリーコードを入力してください。',
  recoveryCodeSubmit: '確認',
  recoveryCodeVerifying: 'コードを確認しています…',
  recoveryCodeVerified: 'リカバリーコードが承認されました。',
  recoveryCodesNoneLeft: 'リカバリーコードが残っていません。今すぐ新しいコードを作成してください。',
  recoveryCodesFewLeft: {
    other: 'リカバリーコードの残りは {count} 個です。早めに新しいコードを作成してください。',
  },
  recoveryCodesRemaining: { other: 'リカバリーコードの残りは {count} 個です。' },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'パスキーを使用',
  passkeyRegister: 'パスキーを作成',
  passkeyAliasLabel: 'パスキーの名前（省略可）',
  passkeyAliasHint: '後で見分けられる名前（例:「仕事用ノート PC」）。',
  passkeyWaiting: 'パスキーを待っています…',
  passkeyCancelled: 'パスキーは使用されませんでした。準備ができたらもう一度お試しください。',
  passkeyVerified: 'パスキーが承認されました。',
  passkeyRejected:
    'パスキーを確認できませんでした。もう一度お試しいただくか、別の方法でログインしてください。',
  passkeyAlreadyRegistered: 'このパスキーはすでにアカウントに設定されています。',
  passkeyCreated: 'パスキーを作成しました。',
  passkeyCreatedNamed: 'パスキー「{alias}」を作成しました。',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: '確認方法',
  verifyMethodPasskey: 'パスキー',
  verifyMethodTotp: '認証アプリ',
  verifyMethodRecoveryCode: 'リカバリーコード',
  verifyPasskeyHint:
    'このデバイス、スマートフォン、またはセキュリティ キーのパスキーを使用してください。',
  verifyTotpHint: '認証アプリに現在表示されている 6 桁のコードを入力してください。',
  verifyTotpLabel: '認証アプリのコード',
  verifyTotpSubmit: '確認',
  verifyTotpVerifying: 'コードを確認しています…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: '本人確認',
  actionGuardChecking: 'この操作に確認が必要かどうかを確認しています…',
  actionGuardLoading: '確認方法を読み込んでいます…',
  actionGuardCancel: 'キャンセル',
  actionGuardClose: '閉じる',
  actionGuardNoMethod:
    'この操作には 2 段階認証が必要ですが、アカウントにまだ方法が設定されていません。アカウント設定で認証アプリまたはパスキーを追加してから、もう一度お試しください。',
  actionGuardEnrollIntro:
    'この操作には 2 段階認証が必要です。今すぐ方法を設定し、それを使って本人確認を行ってください。',
  actionGuardEnrollLabel: '設定する方法',
  actionGuardEnrollPasskey: 'パスキー',
  actionGuardEnrollTotp: '認証アプリ',
  actionGuardReauthSend: 'メールでコードを送信',
  actionGuardReauthSent: '{destination} にコードを送信しました。ここに入力してください。',
  actionGuardReauthLabel: 'メールに記載されたコード',
  actionGuardReauthResend: '新しいコードを送信',
  actionGuardReauthSendSms: 'SMSでコードを送信',
  actionGuardReauthSentSms: '{destination} にSMSでコードを送信しました。ここに入力してください。',
  actionGuardReauthLabelSms: 'SMSに記載されたコード',
  actionGuardReauthResendIn: '{time}に新しいコードを送信できます。',
  actionGuardReauthResendReady: '新しいコードを送信できるようになりました。',
  actionGuardEnrolled:
    '新しい方法を設定しました。これを使って本人確認を行ってください（認証アプリの場合は次のコードが必要です）。',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'ログインのセキュリティを確認しています…',
  flowEnrollHeading: '2 つ目のログイン方法を追加',
  flowEnrollIntro: 'ログイン時の本人確認の方法を選んでください。',
  flowChoiceTotp: '認証アプリ',
  flowChoiceTotpHint:
    'Google Authenticator や 1Password などのアプリに表示される 6 桁のコードを入力します。',
  flowChoicePasskey: 'パスキー',
  flowChoicePasskeyHint:
    'デバイスの画面ロック（指紋、顔、PIN）またはセキュリティ キーを使用します。',
  flowTotpHeading: '認証アプリを設定',
  flowPasskeyHeading: 'パスキーを作成',
  flowPasskeyIntro: 'このアカウントのパスキーを作成するよう、ブラウザから求められます。',
  flowBack: '別の方法を選ぶ',
  flowNoMethod: 'ここで提供されているログイン方法は、このブラウザではどれも使用できません。',
  flowVerifyHeading: '本人確認',
  flowVerifyIntro: '続行するには、いずれかのログイン方法を使用してください。',
  flowAcknowledgeHeading: 'リカバリーコードを保存',
  flowEnrolledPasskey: 'パスキーを追加しました。',
  flowEnrolledTotp: '認証アプリを追加しました。',
  flowVerified: '確認しました。',
  flowCodesSaved: 'リカバリーコードを保存しました。',
  flowDoneHeading: '設定が完了しました',
  flowDone: 'アカウントの 2 段階認証がオンになりました。',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'ログイン方法を読み込んでいます…',
  devicesListLabel: 'ログイン方法',
  devicesEmpty: 'ログイン方法がまだありません。追加すると 2 段階認証がオンになります。',
  devicesTypeTotp: '認証アプリ',
  devicesTypePasskey: 'パスキー',
  devicesAddedOn: '追加日',
  devicesLastUsed: '最終使用日',
  devicesNeverUsed: '未使用',
  devicesState: 'ステータス',
  devicesVerified: '確認済み',
  devicesPending: '設定が完了していません',
  devicesDelete: '削除',
  devicesGuardLabel: '「{name}」を削除',
  devicesDeleting: '「{name}」を削除しています…',
  devicesDeleted: '「{name}」を削除しました。',
  devicesNotDeleted: '何も削除されませんでした。',
  devicesLastWarning:
    '「{name}」は本人確認の唯一の方法です。削除すると、別の方法を追加するまでアカウントの 2 段階認証はオフになります。',
  devicesConfirmDelete: '削除する',
  devicesKeep: '削除しない',
  devicesRecoveryTitle: 'リカバリーコード',
  devicesRecoveryNone: '未使用のコードは残っていません。新しいコードを作成してください。',
  devicesRecoveryRemaining: { other: '未使用のコードは残り {count} 個です。' },
  devicesRegenerate: '新しいコードを作成',
  devicesRegenerateHint: '新しいコードを作成すると、以前のコードは使用できなくなります。',
  devicesRegenerateGuardLabel: '新しいリカバリーコードを作成',
  devicesNewCodesTitle: '新しいリカバリーコード',
  devicesSaveCodesTitle: 'リカバリーコードを保存',
  devicesFirstCodesSaved: 'リカバリーコードを保存しました。',
  devicesCodesSaved: '新しいリカバリーコードを保存しました。以前のコードは使用できません。',
  devicesNoNewCodes: '新しいコードは作成されませんでした。',
  devicesClose: '閉じる',
  devicesAddTotp: '認証アプリを追加',
  devicesAddPasskey: 'パスキーを追加',
  devicesAddTitleTotp: '認証アプリの追加',
  devicesAddTitlePasskey: 'パスキーの追加',
  devicesCancel: 'キャンセル',
  devicesOneTotp:
    '認証アプリは 1 つだけ設定できます。別のアプリやスマートフォンに移行するには、現在のアプリを削除してから新しいアプリを追加してください。',
  devicesAdded: '「{name}」を追加しました。',
} satisfies MfaTranslation;

registerMessages('ja', messages);
