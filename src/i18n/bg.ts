/**
 * Български (Bulgarian). Address: formal „вие“ (lower case, as product interfaces write it). Terms
 * (docs/TRANSLATING.md): ключ за достъп, приложение за удостоверяване, код за потвърждение,
 * резервен код, потвърждаване в две стъпки. Plurals: one (1), other (0, 2 and more, 1,5).
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Кодът не беше приет. Проверете го и опитайте отново.',
  errorRateLimited: 'Твърде много опити. Изчакайте малко и опитайте отново.',
  errorRetryIn: 'Твърде много опити. Опитайте отново {time}.',
  errorLockedOut: 'Твърде много опити. Опитайте отново по-късно или използвайте друг метод.',
  retryNow: 'Вече можете да опитате отново.',
  errorExpired: 'Времето за тази стъпка изтече. Започнете отначало.',
  errorAlreadyEnrolled:
    'За профила ви вече е настроено приложение за удостоверяване. Премахнете го, преди да добавите друго.',
  errorNotEnrolled: 'Този метод все още не е настроен за профила ви.',
  errorPasskeyCancelled: 'Заявката за ключ за достъп беше отменена или времето за нея изтече.',
  errorPasskeyUnsupported: 'Този браузър или устройство не поддържа ключове за достъп.',
  errorUnauthorized: 'Сесията ви изтече. Влезте отново.',
  errorStepUpRequired: 'Първо потвърдете самоличността си.',
  errorInvalidRequest: 'Заявката не беше приета. Опитайте отново.',
  errorNetwork: 'Не можахме да се свържем със сървъра. Проверете връзката си и опитайте отново.',
  errorUnknown: 'Нещо се обърка. Опитайте отново.',
  errorNoClient:
    'Този елемент няма MFA клиент. Поставете го в <mfa-provider> или задайте свойството му client.',
  tryAgain: 'Опитайте отново',
  loading: 'Зарежда се…',
  copy: 'Копиране',
  copied: 'Копирано',
  copyFailed: 'Копирането не бе успешно. Изберете текста и го копирайте ръчно.',
  stepUpConfirm: 'Потвърждаване на самоличността',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Код за потвърждение',
  otpValueMissing: 'Въведете кода.',
  otpTooShort: { one: 'Въведете {count} цифра.', other: 'Въведете всички {count} цифри.' },
  otpPatternMismatch: 'Използвайте само цифри.',
  otpTooLong: { one: 'Въведете само {count} цифра.', other: 'Въведете само {count} цифри.' },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Подготвя се настройването на приложението за удостоверяване…',
  totpScanTitle: 'Сканирайте този QR код',
  totpScanHint:
    'Отворете приложението за удостоверяване, добавете профил и насочете камерата към кода.',
  totpQrLabel: 'QR код за добавяне на {account} в приложението за удостоверяване',
  totpQrLabelIssuer: 'QR код за добавяне на {issuer} ({account}) в приложението за удостоверяване',
  totpIssuer: 'Услуга',
  totpAccount: 'Профил',
  totpManualHint: 'Не можете да сканирате кода? Вместо това въведете този ключ за настройка:',
  totpCopySecret: 'Копиране на ключа',
  totpOpenLink: 'Настройване на това устройство',
  totpCodeTitle: { one: 'Въведете {count}-цифрения код', other: 'Въведете {count}-цифрения код' },
  totpCodeHint: 'Въведете кода, който приложението показва в момента за този профил.',
  totpCodeLabel: 'Код от приложението за удостоверяване',
  totpSubmit: 'Потвърждаване',
  totpVerifying: 'Кодът се проверява…',
  totpRetryIn: 'Опитайте отново {time}.',
  totpEnrolled: 'Приложението за удостоверяване е добавено',
  totpEnrolledHint: 'Отсега нататък при влизане ще въвеждате код от приложението.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Запазете тези резервни кодове на сигурно място, например в мениджър на пароли. Ако загубите другите си методи за вход, всеки код ви позволява да влезете веднъж.',
  recoveryCodesListLabel: 'Резервни кодове',
  recoveryCodesCopy: 'Копиране на всички',
  recoveryCodesDownload: 'Изтегляне',
  recoveryCodesDownloaded: 'Изтеглянето започна.',
  recoveryCodesPrint: 'Отпечатване',
  recoveryCodesConfirm: 'Запазих тези кодове',
  recoveryCodesContinue: 'Напред',
  recoveryCodesSaving: 'Запазва се…',
  recoveryCodesDone: 'Резервните кодове са запазени. Съхранявайте ги на сигурно място.',
  recoveryCodesRegenerating: 'Създават се нови резервни кодове…',
  recoveryCodesRegenerated: 'Новите резервни кодове са готови. Старите кодове вече не работят.',
  recoveryCodesFileTitle: 'Резервни кодове',
  recoveryCodesFileTitleNamed: 'Резервни кодове за {issuer}',
  recoveryCodesFileDate: 'Създадени на {date}',
  recoveryCodesFileNote:
    'Всеки код може да се използва само веднъж. Съхранявайте ги на сигурно място.',
  recoveryCodeLabel: 'Резервен код',
  recoveryCodeHint:
    'Въведете един от запазените резервни кодове. Тиретата, интервалите и главните или малките букви нямат значение.',
  recoveryCodeMissing: 'Въведете резервен код.',
  recoveryCodeSubmit: 'Потвърждаване',
  recoveryCodeVerifying: 'Кодът се проверява…',
  recoveryCodeVerified: 'Резервният код е приет.',
  recoveryCodesNoneLeft: 'Нямате останали резервни кодове. Създайте нов набор сега.',
  recoveryCodesFewLeft: {
    one: 'Остава ви {count} резервен код. Скоро създайте нов набор.',
    other: 'Остават ви {count} резервни кода. Скоро създайте нов набор.',
  },
  recoveryCodesRemaining: {
    one: 'Остава ви {count} резервен код.',
    other: 'Остават ви {count} резервни кода.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Използване на ключ за достъп',
  passkeyRegister: 'Създаване на ключ за достъп',
  passkeyAliasLabel: 'Име на ключа за достъп (по избор)',
  passkeyAliasHint: 'Име, по което ще го разпознаете по-късно, например „Служебен лаптоп“.',
  passkeyWaiting: 'Изчаква се ключът за достъп…',
  passkeyCancelled:
    'Не беше използван ключ за достъп. Можете да опитате отново, когато сте готови.',
  passkeyVerified: 'Ключът за достъп е приет.',
  passkeyRejected:
    'Ключът ви за достъп не можа да бъде потвърден. Опитайте отново или влезте по друг начин.',
  passkeyAlreadyRegistered: 'Този ключ за достъп вече е настроен за профила ви.',
  passkeyCreated: 'Ключът за достъп е създаден.',
  passkeyCreatedNamed: 'Ключът за достъп „{alias}“ е създаден.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Метод за потвърждаване',
  verifyMethodPasskey: 'Ключ за достъп',
  verifyMethodTotp: 'Приложение за удостоверяване',
  verifyMethodRecoveryCode: 'Резервен код',
  verifyPasskeyHint:
    'Използвайте ключа за достъп на това устройство, на телефона си или на ключ за сигурност.',
  verifyTotpHint:
    'Въведете 6-цифрения код, който приложението за удостоверяване показва в момента.',
  verifyTotpLabel: 'Код от приложението за удостоверяване',
  verifyTotpSubmit: 'Потвърждаване',
  verifyTotpVerifying: 'Кодът се проверява…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Потвърдете самоличността си',
  actionGuardChecking: 'Проверява се дали това действие изисква потвърждение…',
  actionGuardLoading: 'Методите ви за потвърждаване се зареждат…',
  actionGuardCancel: 'Отказ',
  actionGuardClose: 'Затваряне',
  actionGuardNoMethod:
    'Това действие изисква потвърждаване в две стъпки, а за профила ви още не е настроен метод. Добавете приложение за удостоверяване или ключ за достъп в настройките на профила си и опитайте отново.',
  actionGuardEnrollIntro:
    'Това действие изисква потвърждаване в две стъпки. Настройте метод сега и след това го използвайте, за да потвърдите самоличността си.',
  actionGuardEnrollLabel: 'Метод за настройване',
  actionGuardEnrollPasskey: 'Ключ за достъп',
  actionGuardEnrollTotp: 'Приложение за удостоверяване',
  actionGuardReauthSend: 'Изпратете ми код по имейл',
  actionGuardReauthSent: 'Изпратихме код на {destination}. Въведете го тук.',
  actionGuardReauthLabel: 'Код от имейла',
  actionGuardReauthResend: 'Изпращане на нов код',
  actionGuardReauthSendSms: 'Изпратете ми код с SMS',
  actionGuardReauthSentSms: 'Изпратихме код с SMS на {destination}. Въведете го тук.',
  actionGuardReauthLabelSms: 'Код от SMS съобщението',
  actionGuardReauthResendIn: 'Можете да изпратите нов код {time}.',
  actionGuardReauthResendReady: 'Вече можете да изпратите нов код.',
  actionGuardEnrolled:
    'Новият ви метод е настроен. Сега го използвайте, за да потвърдите самоличността си (в приложението за удостоверяване изчакайте следващия код).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Проверява се сигурността на влизането ви…',
  flowEnrollHeading: 'Добавете втори начин за вход',
  flowEnrollIntro: 'Изберете как ще потвърждавате самоличността си при влизане.',
  flowChoiceTotp: 'Приложение за удостоверяване',
  flowChoiceTotpHint:
    'Въвеждайте 6-цифрен код от приложение, например Google Authenticator или 1Password.',
  flowChoicePasskey: 'Ключ за достъп',
  flowChoicePasskeyHint:
    'Използвайте заключването на екрана на устройството си (отпечатък, лице или ПИН) или ключ за сигурност.',
  flowTotpHeading: 'Настройте приложение за удостоверяване',
  flowPasskeyHeading: 'Създайте ключ за достъп',
  flowPasskeyIntro: 'Браузърът ще ви помоли да създадете ключ за достъп за този профил.',
  flowBack: 'Избор на друг начин',
  flowNoMethod: 'Нито един от предложените начини за вход не работи в този браузър.',
  flowVerifyHeading: 'Потвърдете самоличността си',
  flowVerifyIntro: 'За да продължите, използвайте един от методите си за вход.',
  flowAcknowledgeHeading: 'Запазете резервните си кодове',
  flowEnrolledPasskey: 'Ключът за достъп е добавен.',
  flowEnrolledTotp: 'Приложението за удостоверяване е добавено.',
  flowVerified: 'Потвърдено.',
  flowCodesSaved: 'Резервните кодове са запазени.',
  flowDoneHeading: 'Готово',
  flowDone: 'Потвърждаването в две стъпки е включено за профила ви.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Методите ви за вход се зареждат…',
  devicesListLabel: 'Вашите методи за вход',
  devicesEmpty:
    'Още нямате методи за вход. Добавете един, за да включите потвърждаването в две стъпки.',
  devicesTypeTotp: 'Приложение за удостоверяване',
  devicesTypePasskey: 'Ключ за достъп',
  devicesAddedOn: 'Добавен',
  devicesLastUsed: 'Последно използване',
  devicesNeverUsed: 'Още не е използван',
  devicesState: 'Състояние',
  devicesVerified: 'Потвърден',
  devicesPending: 'Настройването не е завършено',
  devicesDelete: 'Изтриване',
  devicesGuardLabel: 'Изтриване на „{name}“',
  devicesDeleting: '„{name}“ се изтрива…',
  devicesDeleted: 'Изтрихте „{name}“.',
  devicesNotDeleted: 'Нищо не беше изтрито.',
  devicesLastWarning:
    '„{name}“ е единственият ви начин да потвърдите самоличността си. Ако го изтриете, потвърждаването в две стъпки за профила ви ще бъде изключено, докато не добавите друг метод.',
  devicesConfirmDelete: 'Изтриване въпреки това',
  devicesKeep: 'Запазване',
  devicesRecoveryTitle: 'Резервни кодове',
  devicesRecoveryNone: 'Няма останали неизползвани кодове. Създайте нови.',
  devicesRecoveryRemaining: {
    one: 'Остава {count} неизползван код.',
    other: 'Остават {count} неизползвани кода.',
  },
  devicesRegenerate: 'Създаване на нови кодове',
  devicesRegenerateHint: 'Когато създадете нови кодове, старите спират да работят.',
  devicesRegenerateGuardLabel: 'Създаване на нови резервни кодове',
  devicesNewCodesTitle: 'Новите ви резервни кодове',
  devicesSaveCodesTitle: 'Запазете резервните си кодове',
  devicesFirstCodesSaved: 'Резервните кодове са запазени.',
  devicesCodesSaved: 'Новите резервни кодове са запазени. Старите вече не работят.',
  devicesNoNewCodes: 'Не бяха създадени нови кодове.',
  devicesClose: 'Затваряне',
  devicesAddTotp: 'Добавяне на приложение за удостоверяване',
  devicesAddPasskey: 'Добавяне на ключ за достъп',
  devicesAddTitleTotp: 'Добавете приложение за удостоверяване',
  devicesAddTitlePasskey: 'Добавете ключ за достъп',
  devicesCancel: 'Отказ',
  devicesOneTotp:
    'Можете да имате само едно приложение за удостоверяване. За да преминете към друго приложение или телефон, първо изтрийте текущото и след това добавете новото.',
  devicesAdded: 'Добавихте „{name}“.',
} satisfies MfaTranslation;

registerMessages('bg', messages);
