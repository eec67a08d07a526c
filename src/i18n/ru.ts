/**
 * Русский (Russian). Address: «вы» (lower case, as product interfaces write it). Terms
 * (docs/TRANSLATING.md): ключ доступа, приложение-аутентификатор, код подтверждения, резервный
 * код, двухэтапная аутентификация. Plurals: one (1, 21), few (2–4), many (5–20, 0), other (1,5).
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Код не подошёл. Проверьте его и повторите попытку.',
  errorRateLimited: 'Слишком много попыток. Подождите немного и повторите попытку.',
  errorRetryIn: 'Слишком много попыток. Повторите попытку {time}.',
  errorLockedOut:
    'Слишком много попыток. Повторите попытку позже или воспользуйтесь другим способом.',
  retryNow: 'Теперь можно повторить попытку.',
  errorExpired: 'Время на этот шаг истекло. Начните заново.',
  errorAlreadyEnrolled:
    'Для вашего аккаунта уже настроено приложение-аутентификатор. Удалите его, прежде чем добавлять другое.',
  errorNotEnrolled: 'Этот способ ещё не настроен для вашего аккаунта.',
  errorPasskeyCancelled: 'Запрос ключа доступа был отменён или время ожидания истекло.',
  errorPasskeyUnsupported: 'Этот браузер или устройство не поддерживает ключи доступа.',
  errorUnauthorized: 'Сеанс завершён. Войдите снова.',
  errorStepUpRequired: 'Сначала подтвердите, что это вы.',
  errorInvalidRequest: 'Запрос не принят. Повторите попытку.',
  errorNetwork: 'Не удалось связаться с сервером. Проверьте подключение и повторите попытку.',
  errorUnknown: 'Что-то пошло не так. Повторите попытку.',
  errorNoClient:
    'У этого элемента нет MFA-клиента. Поместите его в <mfa-provider> или задайте свойство client.',
  tryAgain: 'Повторить',
  loading: 'Загрузка…',
  copy: 'Копировать',
  copied: 'Скопировано',
  copyFailed: 'Не удалось скопировать. Выделите текст и скопируйте его вручную.',
  stepUpConfirm: 'Подтвердить личность',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Код подтверждения',
  otpValueMissing: 'Введите код.',
  otpTooShort: {
    one: 'Введите {count} цифру.',
    few: 'Введите все {count} цифры.',
    many: 'Введите все {count} цифр.',
    other: 'Введите все {count} цифры.',
  },
  otpPatternMismatch: 'Используйте только цифры.',
  otpTooLong: {
    one: 'Введите только {count} цифру.',
    few: 'Введите только {count} цифры.',
    many: 'Введите только {count} цифр.',
    other: 'Введите только {count} цифры.',
  },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Подготовка настройки приложения-аутентификатора…',
  totpScanTitle: 'Отсканируйте QR-код',
  totpScanHint: 'Откройте приложение-аутентификатор, добавьте аккаунт и наведите камеру на код.',
  totpQrLabel: 'QR-код для добавления {account} в приложение-аутентификатор',
  totpQrLabelIssuer: 'QR-код для добавления {issuer} ({account}) в приложение-аутентификатор',
  totpIssuer: 'Сервис',
  totpAccount: 'Аккаунт',
  totpManualHint: 'Не удаётся отсканировать? Введите вместо этого ключ настройки:',
  totpCopySecret: 'Копировать ключ',
  totpOpenLink: 'Настроить на этом устройстве',
  totpCodeTitle: {
    one: 'Введите код из {count} цифры',
    few: 'Введите код из {count} цифр',
    many: 'Введите код из {count} цифр',
    other: 'Введите код из {count} цифры',
  },
  totpCodeHint: 'Введите код, который приложение сейчас показывает для этого аккаунта.',
  totpCodeLabel: 'Код из приложения-аутентификатора',
  totpSubmit: 'Подтвердить',
  totpVerifying: 'Проверка кода…',
  totpRetryIn: 'Повторите попытку {time}.',
  totpEnrolled: 'Приложение-аутентификатор добавлено',
  totpEnrolledHint: 'Теперь при входе вы будете вводить код из приложения.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Сохраните эти резервные коды в надёжном месте, например в менеджере паролей. Если вы потеряете доступ к другим способам входа, каждый код позволит войти один раз.',
  recoveryCodesListLabel: 'Резервные коды',
  recoveryCodesCopy: 'Копировать все',
  recoveryCodesDownload: 'Скачать',
  recoveryCodesDownloaded: 'Скачивание началось.',
  recoveryCodesPrint: 'Печать',
  recoveryCodesConfirm: 'Я сохранил(а) эти коды',
  recoveryCodesContinue: 'Продолжить',
  recoveryCodesSaving: 'Сохранение…',
  recoveryCodesDone: 'Резервные коды сохранены. Храните их в надёжном месте.',
  recoveryCodesRegenerating: 'Создание новых резервных кодов…',
  recoveryCodesRegenerated: 'Новые резервные коды готовы. Старые коды больше не действуют.',
  recoveryCodesFileTitle: 'Резервные коды',
  recoveryCodesFileTitleNamed: 'Резервные коды {issuer}',
  recoveryCodesFileDate: 'Созданы {date}',
  recoveryCodesFileNote: 'Каждый код можно использовать один раз. Храните их в надёжном месте.',
  recoveryCodeLabel: 'Резервный код',
  recoveryCodeHint:
    'Введите один из сохранённых резервных кодов. Дефисы, пробелы и регистр букв не важны.',
  recoveryCodeMissing: 'Введите резервный код.',
  recoveryCodeSubmit: 'Подтвердить',
  recoveryCodeVerifying: 'Проверка кода…',
  recoveryCodeVerified: 'Резервный код принят.',
  recoveryCodesNoneLeft: 'Резервных кодов не осталось. Создайте новые прямо сейчас.',
  recoveryCodesFewLeft: {
    one: 'Остался {count} резервный код. Скоро создайте новые.',
    few: 'Осталось {count} резервных кода. Скоро создайте новые.',
    many: 'Осталось {count} резервных кодов. Скоро создайте новые.',
    other: 'Осталось {count} резервного кода. Скоро создайте новые.',
  },
  recoveryCodesRemaining: {
    one: 'Остался {count} резервный код.',
    few: 'Осталось {count} резервных кода.',
    many: 'Осталось {count} резервных кодов.',
    other: 'Осталось {count} резервного кода.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Использовать ключ доступа',
  passkeyRegister: 'Создать ключ доступа',
  passkeyAliasLabel: 'Название ключа доступа (необязательно)',
  passkeyAliasHint: 'Название, по которому вы потом его узнаете, например «Рабочий ноутбук».',
  passkeyWaiting: 'Ожидание ключа доступа…',
  passkeyCancelled:
    'Ключ доступа не использован. Вы можете повторить попытку, когда будете готовы.',
  passkeyVerified: 'Ключ доступа принят.',
  passkeyRejected:
    'Не удалось проверить ключ доступа. Повторите попытку или выберите другой способ входа.',
  passkeyAlreadyRegistered: 'Этот ключ доступа уже настроен для вашего аккаунта.',
  passkeyCreated: 'Ключ доступа создан.',
  passkeyCreatedNamed: 'Ключ доступа «{alias}» создан.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Способ подтверждения',
  verifyMethodPasskey: 'Ключ доступа',
  verifyMethodTotp: 'Приложение-аутентификатор',
  verifyMethodRecoveryCode: 'Резервный код',
  verifyPasskeyHint:
    'Используйте ключ доступа на этом устройстве, на телефоне или на электронном ключе.',
  verifyTotpHint: 'Введите 6-значный код, который сейчас показывает приложение-аутентификатор.',
  verifyTotpLabel: 'Код из приложения-аутентификатора',
  verifyTotpSubmit: 'Подтвердить',
  verifyTotpVerifying: 'Проверка кода…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Подтвердите, что это вы',
  actionGuardChecking: 'Проверяем, нужно ли подтверждение для этого действия…',
  actionGuardLoading: 'Загрузка способов подтверждения…',
  actionGuardCancel: 'Отмена',
  actionGuardClose: 'Закрыть',
  actionGuardNoMethod:
    'Для этого действия нужна двухэтапная аутентификация, но для вашего аккаунта ещё не настроен ни один способ. Добавьте приложение-аутентификатор или ключ доступа в настройках аккаунта и повторите попытку.',
  actionGuardEnrollIntro:
    'Для этого действия нужна двухэтапная аутентификация. Настройте способ сейчас, а затем подтвердите с его помощью, что это вы.',
  actionGuardEnrollLabel: 'Способ для настройки',
  actionGuardEnrollPasskey: 'Ключ доступа',
  actionGuardEnrollTotp: 'Приложение-аутентификатор',
  actionGuardReauthSend: 'Отправить код на почту',
  actionGuardReauthSent: 'Мы отправили код на {destination}. Введите его здесь.',
  actionGuardReauthLabel: 'Код из письма',
  actionGuardReauthResend: 'Отправить новый код',
  actionGuardReauthSendSms: 'Отправить код по SMS',
  actionGuardReauthSentSms: 'Мы отправили код по SMS на {destination}. Введите его здесь.',
  actionGuardReauthLabelSms: 'Код из SMS',
  actionGuardReauthResendIn: 'Новый код можно будет отправить {time}.',
  actionGuardReauthResendReady: 'Теперь можно отправить новый код.',
  actionGuardEnrolled:
    'Новый способ настроен. Теперь подтвердите с его помощью, что это вы (приложению-аутентификатору нужен следующий код).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Проверка безопасности входа…',
  flowEnrollHeading: 'Добавьте второй способ входа',
  flowEnrollIntro: 'Выберите, как вы будете подтверждать свою личность при входе.',
  flowChoiceTotp: 'Приложение-аутентификатор',
  flowChoiceTotpHint:
    'Вводите 6-значный код из приложения, например Google Authenticator или 1Password.',
  flowChoicePasskey: 'Ключ доступа',
  flowChoicePasskeyHint:
    'Используйте блокировку экрана устройства (отпечаток пальца, лицо или PIN-код) или электронный ключ.',
  flowTotpHeading: 'Настройте приложение-аутентификатор',
  flowPasskeyHeading: 'Создайте ключ доступа',
  flowPasskeyIntro: 'Браузер предложит создать ключ доступа для этого аккаунта.',
  flowBack: 'Выбрать другой способ',
  flowNoMethod: 'Ни один из предложенных способов входа не работает в этом браузере.',
  flowVerifyHeading: 'Подтвердите, что это вы',
  flowVerifyIntro: 'Чтобы продолжить, воспользуйтесь одним из своих способов входа.',
  flowAcknowledgeHeading: 'Сохраните резервные коды',
  flowEnrolledPasskey: 'Ключ доступа добавлен.',
  flowEnrolledTotp: 'Приложение-аутентификатор добавлено.',
  flowVerified: 'Подтверждено.',
  flowCodesSaved: 'Резервные коды сохранены.',
  flowDoneHeading: 'Готово',
  flowDone: 'Двухэтапная аутентификация для вашего аккаунта включена.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Загрузка способов входа…',
  devicesListLabel: 'Ваши способы входа',
  devicesEmpty:
    'Способов входа пока нет. Добавьте один, чтобы включить двухэтапную аутентификацию.',
  devicesTypeTotp: 'Приложение-аутентификатор',
  devicesTypePasskey: 'Ключ доступа',
  devicesAddedOn: 'Добавлен',
  devicesLastUsed: 'Последнее использование',
  devicesNeverUsed: 'Ещё не использовался',
  devicesState: 'Статус',
  devicesVerified: 'Подтверждён',
  devicesPending: 'Настройка не завершена',
  devicesDelete: 'Удалить',
  devicesGuardLabel: 'Удалить «{name}»',
  devicesDeleting: 'Удаление «{name}»…',
  devicesDeleted: '«{name}» удалён.',
  devicesNotDeleted: 'Ничего не удалено.',
  devicesLastWarning:
    '«{name}» — ваш единственный способ подтвердить, что это вы. Если удалить его, двухэтапная аутентификация для аккаунта будет отключена, пока вы не добавите другой способ.',
  devicesConfirmDelete: 'Всё равно удалить',
  devicesKeep: 'Оставить',
  devicesRecoveryTitle: 'Резервные коды',
  devicesRecoveryNone: 'Неиспользованных кодов не осталось. Создайте новые.',
  devicesRecoveryRemaining: {
    one: 'Остался {count} неиспользованный код.',
    few: 'Осталось {count} неиспользованных кода.',
    many: 'Осталось {count} неиспользованных кодов.',
    other: 'Осталось {count} неиспользованного кода.',
  },
  devicesRegenerate: 'Создать новые коды',
  devicesRegenerateHint: 'Старые коды перестанут действовать, когда вы создадите новые.',
  devicesRegenerateGuardLabel: 'Создать новые резервные коды',
  devicesNewCodesTitle: 'Ваши новые резервные коды',
  devicesSaveCodesTitle: 'Сохраните резервные коды',
  devicesFirstCodesSaved: 'Резервные коды сохранены.',
  devicesCodesSaved: 'Новые резервные коды сохранены. Старые больше не действуют.',
  devicesNoNewCodes: 'Новые коды не созданы.',
  devicesClose: 'Закрыть',
  devicesAddTotp: 'Добавить приложение-аутентификатор',
  devicesAddPasskey: 'Добавить ключ доступа',
  devicesAddTitleTotp: 'Добавление приложения-аутентификатора',
  devicesAddTitlePasskey: 'Добавление ключа доступа',
  devicesCancel: 'Отмена',
  devicesOneTotp:
    'Можно использовать одно приложение-аутентификатор. Чтобы перейти на другое приложение или телефон, сначала удалите текущее, а затем добавьте новое.',
  devicesAdded: '«{name}» добавлен.',
} satisfies MfaTranslation;

registerMessages('ru', messages);
