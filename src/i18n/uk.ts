/**
 * Українська (Ukrainian). Address: formal «ви» (lower case, as product interfaces write it). Terms
 * (docs/TRANSLATING.md): ключ доступу, додаток для автентифікації, код підтвердження, резервний
 * код, двохетапна перевірка. Plurals: one (1, 21), few (2–4), many (5–20, 0), other (1,5).
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Код не підійшов. Перевірте його та спробуйте ще раз.',
  errorRateLimited: 'Забагато спроб. Зачекайте трохи та спробуйте ще раз.',
  errorRetryIn: 'Забагато спроб. Спробуйте ще раз {time}.',
  errorLockedOut: 'Забагато спроб. Спробуйте ще раз пізніше або скористайтеся іншим способом.',
  retryNow: 'Тепер можна спробувати ще раз.',
  errorExpired: 'Час на цей крок минув. Почніть спочатку.',
  errorAlreadyEnrolled:
    'Для вашого облікового запису вже налаштовано додаток для автентифікації. Видаліть його, перш ніж додавати інший.',
  errorNotEnrolled: 'Цей спосіб ще не налаштовано для вашого облікового запису.',
  errorPasskeyCancelled: 'Запит ключа доступу скасовано або час очікування минув.',
  errorPasskeyUnsupported: 'Цей браузер або пристрій не підтримує ключі доступу.',
  errorUnauthorized: 'Ваш сеанс завершився. Увійдіть знову.',
  errorStepUpRequired: 'Спершу підтвердьте свою особу.',
  errorInvalidRequest: 'Запит не прийнято. Спробуйте ще раз.',
  errorNetwork: 'Не вдалося зв’язатися із сервером. Перевірте з’єднання та спробуйте ще раз.',
  errorUnknown: 'Сталася помилка. Спробуйте ще раз.',
  errorNoClient:
    'Цей елемент не має MFA-клієнта. Розмістіть його всередині <mfa-provider> або задайте його властивість client.',
  tryAgain: 'Спробувати ще раз',
  loading: 'Завантаження…',
  copy: 'Копіювати',
  copied: 'Скопійовано',
  copyFailed: 'Не вдалося скопіювати. Виділіть текст і скопіюйте його вручну.',
  stepUpConfirm: 'Підтвердити особу',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Код підтвердження',
  otpValueMissing: 'Введіть код.',
  otpTooShort: {
    one: 'Введіть {count} цифру.',
    few: 'Введіть усі {count} цифри.',
    many: 'Введіть усі {count} цифр.',
    other: 'Введіть усі {count} цифри.',
  },
  otpPatternMismatch: 'Використовуйте лише цифри.',
  otpTooLong: {
    one: 'Введіть лише {count} цифру.',
    few: 'Введіть лише {count} цифри.',
    many: 'Введіть лише {count} цифр.',
    other: 'Введіть лише {count} цифри.',
  },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Підготовка до налаштування додатка для автентифікації…',
  totpScanTitle: 'Відскануйте цей QR-код',
  totpScanHint:
    'Відкрийте додаток для автентифікації, додайте обліковий запис і наведіть камеру на код.',
  totpQrLabel: 'QR-код для додавання {account} у додаток для автентифікації',
  totpQrLabelIssuer: 'QR-код для додавання {issuer} ({account}) у додаток для автентифікації',
  totpIssuer: 'Сервіс',
  totpAccount: 'Обліковий запис',
  totpManualHint: 'Не вдається відсканувати код? Натомість введіть цей ключ налаштування:',
  totpCopySecret: 'Копіювати ключ',
  totpOpenLink: 'Налаштувати на цьому пристрої',
  totpCodeTitle: {
    one: 'Введіть {count}-значний код',
    few: 'Введіть {count}-значний код',
    many: 'Введіть {count}-значний код',
    other: 'Введіть {count}-значний код',
  },
  totpCodeHint: 'Введіть код, який додаток зараз показує для цього облікового запису.',
  totpCodeLabel: 'Код із додатка для автентифікації',
  totpSubmit: 'Підтвердити',
  totpVerifying: 'Перевірка коду…',
  totpRetryIn: 'Спробуйте ще раз {time}.',
  totpEnrolled: 'Додаток для автентифікації додано',
  totpEnrolledHint: 'Відтепер під час входу ви вводитимете код із додатка.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Збережіть ці резервні коди в надійному місці, наприклад у менеджері паролів. Якщо ви втратите доступ до інших способів входу, кожен код дасть змогу увійти один раз.',
  recoveryCodesListLabel: 'Резервні коди',
  recoveryCodesCopy: 'Копіювати всі',
  recoveryCodesDownload: 'Завантажити',
  recoveryCodesDownloaded: 'Завантаження почалося.',
  recoveryCodesPrint: 'Надрукувати',
  recoveryCodesConfirm: 'Ці коди збережено',
  recoveryCodesContinue: 'Продовжити',
  recoveryCodesSaving: 'Збереження…',
  recoveryCodesDone: 'Резервні коди збережено. Зберігайте їх у надійному місці.',
  recoveryCodesRegenerating: 'Створення нових резервних кодів…',
  recoveryCodesRegenerated: 'Нові резервні коди готові. Старі коди більше не дійсні.',
  recoveryCodesFileTitle: 'Резервні коди',
  recoveryCodesFileTitleNamed: 'Резервні коди {issuer}',
  recoveryCodesFileDate: 'Створено {date}',
  recoveryCodesFileNote:
    'Кожен код можна використати лише один раз. Зберігайте їх у надійному місці.',
  recoveryCodeLabel: 'Резервний код',
  recoveryCodeHint:
    'Введіть один зі збережених резервних кодів. Дефіси, пробіли й регістр літер не мають значення.',
  recoveryCodeMissing: 'Введіть резервний код.',
  recoveryCodeSubmit: 'Підтвердити',
  recoveryCodeVerifying: 'Перевірка коду…',
  recoveryCodeVerified: 'Резервний код прийнято.',
  recoveryCodesNoneLeft: 'У вас не залишилося резервних кодів. Створіть новий набір зараз.',
  recoveryCodesFewLeft: {
    one: 'Залишився {count} резервний код. Незабаром створіть новий набір.',
    few: 'Залишилося {count} резервні коди. Незабаром створіть новий набір.',
    many: 'Залишилося {count} резервних кодів. Незабаром створіть новий набір.',
    other: 'Залишилося {count} резервного коду. Незабаром створіть новий набір.',
  },
  recoveryCodesRemaining: {
    one: 'Залишився {count} резервний код.',
    few: 'Залишилося {count} резервні коди.',
    many: 'Залишилося {count} резервних кодів.',
    other: 'Залишилося {count} резервного коду.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Використати ключ доступу',
  passkeyRegister: 'Створити ключ доступу',
  passkeyAliasLabel: 'Назва ключа доступу (необов’язково)',
  passkeyAliasHint: 'Назва, за якою ви згодом його впізнаєте, наприклад «Робочий ноутбук».',
  passkeyWaiting: 'Очікування ключа доступу…',
  passkeyCancelled: 'Ключ доступу не використано. Ви можете спробувати ще раз, коли будете готові.',
  passkeyVerified: 'Ключ доступу прийнято.',
  passkeyRejected:
    'Не вдалося перевірити ключ доступу. Спробуйте ще раз або виберіть інший спосіб входу.',
  passkeyAlreadyRegistered: 'Цей ключ доступу вже налаштовано для вашого облікового запису.',
  passkeyCreated: 'Ключ доступу створено.',
  passkeyCreatedNamed: 'Ключ доступу «{alias}» створено.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Спосіб підтвердження',
  verifyMethodPasskey: 'Ключ доступу',
  verifyMethodTotp: 'Додаток для автентифікації',
  verifyMethodRecoveryCode: 'Резервний код',
  verifyPasskeyHint:
    'Використайте ключ доступу на цьому пристрої, на телефоні або на ключі безпеки.',
  verifyTotpHint: 'Введіть 6-значний код, який зараз показує додаток для автентифікації.',
  verifyTotpLabel: 'Код із додатка для автентифікації',
  verifyTotpSubmit: 'Підтвердити',
  verifyTotpVerifying: 'Перевірка коду…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Підтвердьте свою особу',
  actionGuardChecking: 'Перевіряємо, чи потрібне підтвердження для цієї дії…',
  actionGuardLoading: 'Завантаження способів підтвердження…',
  actionGuardCancel: 'Скасувати',
  actionGuardClose: 'Закрити',
  actionGuardNoMethod:
    'Для цієї дії потрібна двохетапна перевірка, але для вашого облікового запису ще не налаштовано жодного способу. Додайте додаток для автентифікації або ключ доступу в налаштуваннях облікового запису й спробуйте ще раз.',
  actionGuardEnrollIntro:
    'Для цієї дії потрібна двохетапна перевірка. Налаштуйте спосіб зараз, а потім підтвердьте з його допомогою свою особу.',
  actionGuardEnrollLabel: 'Спосіб для налаштування',
  actionGuardEnrollPasskey: 'Ключ доступу',
  actionGuardEnrollTotp: 'Додаток для автентифікації',
  actionGuardReauthSend: 'Надіслати код на пошту',
  actionGuardReauthSent: 'Ми надіслали код на {destination}. Введіть його тут.',
  actionGuardReauthLabel: 'Код із листа',
  actionGuardReauthResend: 'Надіслати новий код',
  actionGuardReauthSendSms: 'Надіслати код в SMS',
  actionGuardReauthSentSms: 'Ми надіслали код в SMS на {destination}. Введіть його тут.',
  actionGuardReauthLabelSms: 'Код із SMS',
  actionGuardReauthResendIn: 'Новий код можна буде надіслати {time}.',
  actionGuardReauthResendReady: 'Тепер можна надіслати новий код.',
  actionGuardEnrolled:
    'Новий спосіб налаштовано. Тепер підтвердьте з його допомогою свою особу (у додатку для автентифікації дочекайтеся наступного коду).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Перевірка безпеки входу…',
  flowEnrollHeading: 'Додайте другий спосіб входу',
  flowEnrollIntro: 'Виберіть, як ви підтверджуватимете свою особу під час входу.',
  flowChoiceTotp: 'Додаток для автентифікації',
  flowChoiceTotpHint: 'Вводьте 6-значний код із додатка, як-от Google Authenticator або 1Password.',
  flowChoicePasskey: 'Ключ доступу',
  flowChoicePasskeyHint:
    'Використовуйте блокування екрана пристрою (відбиток пальця, обличчя або PIN-код) чи ключ безпеки.',
  flowTotpHeading: 'Налаштуйте додаток для автентифікації',
  flowPasskeyHeading: 'Створіть ключ доступу',
  flowPasskeyIntro: 'Браузер запропонує створити ключ доступу для цього облікового запису.',
  flowBack: 'Вибрати інший спосіб',
  flowNoMethod: 'Жоден із запропонованих способів входу не працює в цьому браузері.',
  flowVerifyHeading: 'Підтвердьте свою особу',
  flowVerifyIntro: 'Щоб продовжити, скористайтеся одним зі своїх способів входу.',
  flowAcknowledgeHeading: 'Збережіть резервні коди',
  flowEnrolledPasskey: 'Ключ доступу додано.',
  flowEnrolledTotp: 'Додаток для автентифікації додано.',
  flowVerified: 'Підтверджено.',
  flowCodesSaved: 'Резервні коди збережено.',
  flowDoneHeading: 'Готово',
  flowDone: 'Двохетапну перевірку для вашого облікового запису ввімкнено.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Завантаження способів входу…',
  devicesListLabel: 'Ваші способи входу',
  devicesEmpty: 'Способів входу ще немає. Додайте один, щоб увімкнути двохетапну перевірку.',
  devicesTypeTotp: 'Додаток для автентифікації',
  devicesTypePasskey: 'Ключ доступу',
  devicesAddedOn: 'Додано',
  devicesLastUsed: 'Останнє використання',
  devicesNeverUsed: 'Ще не використовувався',
  devicesState: 'Статус',
  devicesVerified: 'Підтверджено',
  devicesPending: 'Налаштування не завершено',
  devicesDelete: 'Видалити',
  devicesGuardLabel: 'Видалити «{name}»',
  devicesDeleting: 'Видалення «{name}»…',
  devicesDeleted: '«{name}» видалено.',
  devicesNotDeleted: 'Нічого не видалено.',
  devicesLastWarning:
    '«{name}» — ваш єдиний спосіб підтвердити свою особу. Якщо видалити його, двохетапну перевірку для облікового запису буде вимкнено, доки ви не додасте інший спосіб.',
  devicesConfirmDelete: 'Усе одно видалити',
  devicesKeep: 'Залишити',
  devicesRecoveryTitle: 'Резервні коди',
  devicesRecoveryNone: 'Невикористаних кодів не залишилося. Створіть нові.',
  devicesRecoveryRemaining: {
    one: 'Залишився {count} невикористаний код.',
    few: 'Залишилося {count} невикористані коди.',
    many: 'Залишилося {count} невикористаних кодів.',
    other: 'Залишилося {count} невикористаного коду.',
  },
  devicesRegenerate: 'Створити нові коди',
  devicesRegenerateHint: 'Коли ви створите нові коди, старі перестануть діяти.',
  devicesRegenerateGuardLabel: 'Створити нові резервні коди',
  devicesNewCodesTitle: 'Ваші нові резервні коди',
  devicesSaveCodesTitle: 'Збережіть резервні коди',
  devicesFirstCodesSaved: 'Резервні коди збережено.',
  devicesCodesSaved: 'Нові резервні коди збережено. Старі більше не дійсні.',
  devicesNoNewCodes: 'Нові коди не створено.',
  devicesClose: 'Закрити',
  devicesAddTotp: 'Додати додаток для автентифікації',
  devicesAddPasskey: 'Додати ключ доступу',
  devicesAddTitleTotp: 'Додавання додатка для автентифікації',
  devicesAddTitlePasskey: 'Додавання ключа доступу',
  devicesCancel: 'Скасувати',
  devicesOneTotp:
    'Можна мати лише один додаток для автентифікації. Щоб перейти на інший додаток або телефон, спершу видаліть поточний, а потім додайте новий.',
  devicesAdded: '«{name}» додано.',
} satisfies MfaTranslation;

registerMessages('uk', messages);
