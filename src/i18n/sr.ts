/**
 * Српски (Serbian, Cyrillic script, as Apple and Google default for `sr`). Address: formal „ви“
 * (lower case, as product interfaces write it). Terms (docs/TRANSLATING.md): приступни кључ,
 * апликација за потврду идентитета, верификациони кôд, кôд за опоравак, верификација у два корака.
 * Plurals: one (1, 21), few (2–4, 22–24), other (0, 5–20).
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Тај кôд није прихваћен. Проверите га и покушајте поново.',
  errorRateLimited: 'Превише покушаја. Сачекајте тренутак и покушајте поново.',
  errorRetryIn: 'Превише покушаја. Покушајте поново {time}.',
  errorLockedOut: 'Превише покушаја. Покушајте поново касније или користите други начин.',
  retryNow: 'Сада можете поново да покушате.',
  errorExpired: 'Овај корак је истекао. Почните поново.',
  errorAlreadyEnrolled:
    'За ваш налог је већ подешена апликација за потврду идентитета. Уклоните је пре него што додате другу.',
  errorNotEnrolled: 'Овај начин још није подешен за ваш налог.',
  errorPasskeyCancelled: 'Захтев за приступни кључ је отказан или је истекао.',
  errorPasskeyUnsupported: 'Овај прегледач или уређај не подржава приступне кључеве.',
  errorUnauthorized: 'Ваша сесија је истекла. Пријавите се поново.',
  errorStepUpRequired: 'Прво потврдите свој идентитет.',
  errorInvalidRequest: 'Захтев није прихваћен. Покушајте поново.',
  errorNetwork: 'Повезивање са сервером није успело. Проверите везу и покушајте поново.',
  errorUnknown: 'Дошло је до грешке. Покушајте поново.',
  errorNoClient:
    'Овај елемент нема MFA клијент. Ставите га унутар <mfa-provider> или подесите његово својство client.',
  tryAgain: 'Покушајте поново',
  loading: 'Учитава се…',
  copy: 'Копирај',
  copied: 'Копирано',
  copyFailed: 'Копирање није успело. Изаберите текст и копирајте га ручно.',
  stepUpConfirm: 'Потврдите идентитет',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Верификациони кôд',
  otpValueMissing: 'Унесите кôд.',
  otpTooShort: {
    one: 'Унесите {count} цифру.',
    few: 'Унесите све {count} цифре.',
    other: 'Унесите свих {count} цифара.',
  },
  otpPatternMismatch: 'Користите само цифре.',
  otpTooLong: {
    one: 'Унесите само {count} цифру.',
    few: 'Унесите само {count} цифре.',
    other: 'Унесите само {count} цифара.',
  },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Припрема подешавања апликације за потврду идентитета…',
  totpScanTitle: 'Скенирајте овај QR кôд',
  totpScanHint:
    'Отворите апликацију за потврду идентитета, додајте налог и усмерите камеру ка коду.',
  totpQrLabel: 'QR кôд за додавање налога {account} у апликацију за потврду идентитета',
  totpQrLabelIssuer:
    'QR кôд за додавање налога {issuer} ({account}) у апликацију за потврду идентитета',
  totpIssuer: 'Услуга',
  totpAccount: 'Налог',
  totpManualHint: 'Не можете да скенирате кôд? Уместо тога унесите овај кључ за подешавање:',
  totpCopySecret: 'Копирај кључ',
  totpOpenLink: 'Подеси на овом уређају',
  totpCodeTitle: {
    one: 'Унесите {count}-цифрени кôд',
    few: 'Унесите {count}-цифрени кôд',
    other: 'Унесите {count}-цифрени кôд',
  },
  totpCodeHint: 'Унесите кôд који апликација сада приказује за овај налог.',
  totpCodeLabel: 'Кôд из апликације за потврду идентитета',
  totpSubmit: 'Потврди',
  totpVerifying: 'Провера кода…',
  totpRetryIn: 'Покушајте поново {time}.',
  totpEnrolled: 'Апликација за потврду идентитета је додата',
  totpEnrolledHint: 'Од сада ћете при пријављивању уносити кôд из апликације.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Сачувајте ове кодове за опоравак на безбедном месту, на пример у менаџеру лозинки. Ако изгубите остале начине пријављивања, сваки кôд вам омогућава да се пријавите једном.',
  recoveryCodesListLabel: 'Кодови за опоравак',
  recoveryCodesCopy: 'Копирај све',
  recoveryCodesDownload: 'Преузми',
  recoveryCodesDownloaded: 'Преузимање је започето.',
  recoveryCodesPrint: 'Одштампај',
  recoveryCodesConfirm: 'Ови кодови су сачувани',
  recoveryCodesContinue: 'Настави',
  recoveryCodesSaving: 'Чува се…',
  recoveryCodesDone: 'Кодови за опоравак су сачувани. Чувајте их на безбедном месту.',
  recoveryCodesRegenerating: 'Праве се нови кодови за опоравак…',
  recoveryCodesRegenerated: 'Нови кодови за опоравак су спремни. Стари кодови више не важе.',
  recoveryCodesFileTitle: 'Кодови за опоравак',
  recoveryCodesFileTitleNamed: 'Кодови за опоравак – {issuer}',
  recoveryCodesFileDate: 'Направљено {date}',
  recoveryCodesFileNote:
    'Сваки кôд може да се употреби само једном. Чувајте их на безбедном месту.',
  recoveryCodeLabel: 'Кôд за опоравак',
  recoveryCodeHint:
    'Унесите један од сачуваних кодова за опоравак. Цртице, размаци и велика или мала слова нису битни.',
  recoveryCodeMissing: 'Унесите кôд за опоравак.',
  recoveryCodeSubmit: 'Потврди',
  recoveryCodeVerifying: 'Провера кода…',
  recoveryCodeVerified: 'Кôд за опоравак је прихваћен.',
  recoveryCodesNoneLeft: 'Немате више кодова за опоравак. Одмах направите нови скуп.',
  recoveryCodesFewLeft: {
    one: 'Преостао вам је {count} кôд за опоравак. Ускоро направите нови скуп.',
    few: 'Преостала су вам {count} кода за опоравак. Ускоро направите нови скуп.',
    other: 'Преостало вам је {count} кодова за опоравак. Ускоро направите нови скуп.',
  },
  recoveryCodesRemaining: {
    one: 'Преостао вам је {count} кôд за опоравак.',
    few: 'Преостала су вам {count} кода за опоравак.',
    other: 'Преостало вам је {count} кодова за опоравак.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Користи приступни кључ',
  passkeyRegister: 'Направи приступни кључ',
  passkeyAliasLabel: 'Назив приступног кључа (опционално)',
  passkeyAliasHint: 'Назив по којем ћете га касније препознати, на пример „Пословни лаптоп“.',
  passkeyWaiting: 'Чека се приступни кључ…',
  passkeyCancelled:
    'Приступни кључ није употребљен. Можете да покушате поново када будете спремни.',
  passkeyVerified: 'Приступни кључ је прихваћен.',
  passkeyRejected:
    'Приступни кључ није могуће верификовати. Покушајте поново или се пријавите на други начин.',
  passkeyAlreadyRegistered: 'Овај приступни кључ је већ подешен за ваш налог.',
  passkeyCreated: 'Приступни кључ је направљен.',
  passkeyCreatedNamed: 'Приступни кључ „{alias}“ је направљен.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Начин верификације',
  verifyMethodPasskey: 'Приступни кључ',
  verifyMethodTotp: 'Апликација за потврду идентитета',
  verifyMethodRecoveryCode: 'Кôд за опоравак',
  verifyPasskeyHint:
    'Користите приступни кључ на овом уређају, на телефону или на безбедносном кључу.',
  verifyTotpHint: 'Унесите 6-цифрени кôд који апликација за потврду идентитета сада приказује.',
  verifyTotpLabel: 'Кôд из апликације за потврду идентитета',
  verifyTotpSubmit: 'Потврди',
  verifyTotpVerifying: 'Провера кода…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Потврдите свој идентитет',
  actionGuardChecking: 'Проверава се да ли ова радња захтева верификацију…',
  actionGuardLoading: 'Учитавају се ваши начини верификације…',
  actionGuardCancel: 'Откажи',
  actionGuardClose: 'Затвори',
  actionGuardNoMethod:
    'Ова радња захтева верификацију у два корака, а за ваш налог још није подешен ниједан начин. Додајте апликацију за потврду идентитета или приступни кључ у подешавањима налога, па покушајте поново.',
  actionGuardEnrollIntro:
    'Ова радња захтева верификацију у два корака. Сада подесите један начин, па њиме потврдите свој идентитет.',
  actionGuardEnrollLabel: 'Начин за подешавање',
  actionGuardEnrollPasskey: 'Приступни кључ',
  actionGuardEnrollTotp: 'Апликација за потврду идентитета',
  actionGuardReauthSend: 'Пошаљи ми кôд е-поштом',
  actionGuardReauthSent: 'Послали смо кôд на {destination}. Унесите га овде.',
  actionGuardReauthLabel: 'Кôд из е-поште',
  actionGuardReauthResend: 'Пошаљи нови кôд',
  actionGuardReauthSendSms: 'Пошаљи ми кôд SMS-ом',
  actionGuardReauthSentSms: 'Послали смо кôд SMS-ом на {destination}. Унесите га овде.',
  actionGuardReauthLabelSms: 'Кôд из SMS поруке',
  actionGuardReauthResendIn: 'Нови кôд можете да пошаљете {time}.',
  actionGuardReauthResendReady: 'Сада можете да пошаљете нови кôд.',
  actionGuardEnrolled:
    'Нови начин је подешен. Сада њиме потврдите свој идентитет (у апликацији за потврду идентитета сачекајте следећи кôд).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Провера безбедности пријављивања…',
  flowEnrollHeading: 'Додајте други начин пријављивања',
  flowEnrollIntro: 'Изаберите како ћете потврђивати свој идентитет при пријављивању.',
  flowChoiceTotp: 'Апликација за потврду идентитета',
  flowChoiceTotpHint:
    'Уносите 6-цифрени кôд из апликације као што је Google Authenticator или 1Password.',
  flowChoicePasskey: 'Приступни кључ',
  flowChoicePasskeyHint:
    'Користите закључавање екрана уређаја (отисак прста, лице или PIN) или безбедносни кључ.',
  flowTotpHeading: 'Подесите апликацију за потврду идентитета',
  flowPasskeyHeading: 'Направите приступни кључ',
  flowPasskeyIntro: 'Прегледач ће од вас затражити да направите приступни кључ за овај налог.',
  flowBack: 'Изабери други начин',
  flowNoMethod: 'Ниједан од понуђених начина пријављивања не ради у овом прегледачу.',
  flowVerifyHeading: 'Потврдите свој идентитет',
  flowVerifyIntro: 'Да бисте наставили, користите један од својих начина пријављивања.',
  flowAcknowledgeHeading: 'Сачувајте кодове за опоравак',
  flowEnrolledPasskey: 'Приступни кључ је додат.',
  flowEnrolledTotp: 'Апликација за потврду идентитета је додата.',
  flowVerified: 'Верификовано.',
  flowCodesSaved: 'Кодови за опоравак су сачувани.',
  flowDoneHeading: 'Све је спремно',
  flowDone: 'Верификација у два корака је укључена за ваш налог.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Учитавају се ваши начини пријављивања…',
  devicesListLabel: 'Ваши начини пријављивања',
  devicesEmpty:
    'Још немате ниједан начин пријављивања. Додајте један да бисте укључили верификацију у два корака.',
  devicesTypeTotp: 'Апликација за потврду идентитета',
  devicesTypePasskey: 'Приступни кључ',
  devicesAddedOn: 'Додато',
  devicesLastUsed: 'Последња употреба',
  devicesNeverUsed: 'Још није коришћено',
  devicesState: 'Статус',
  devicesVerified: 'Верификовано',
  devicesPending: 'Подешавање није довршено',
  devicesDelete: 'Избриши',
  devicesGuardLabel: 'Избриши „{name}“',
  devicesDeleting: 'Брише се „{name}“…',
  devicesDeleted: 'Избрисано: „{name}“.',
  devicesNotDeleted: 'Ништа није избрисано.',
  devicesLastWarning:
    '„{name}“ је једини начин на који можете да потврдите свој идентитет. Ако га избришете, верификација у два корака биће искључена за ваш налог док не додате други начин.',
  devicesConfirmDelete: 'Ипак избриши',
  devicesKeep: 'Задржи',
  devicesRecoveryTitle: 'Кодови за опоравак',
  devicesRecoveryNone: 'Нема више неискоришћених кодова. Направите нове.',
  devicesRecoveryRemaining: {
    one: 'Преостао је {count} неискоришћени кôд.',
    few: 'Преостала су {count} неискоришћена кода.',
    other: 'Преостало је {count} неискоришћених кодова.',
  },
  devicesRegenerate: 'Направи нове кодове',
  devicesRegenerateHint: 'Када направите нове кодове, стари престају да важе.',
  devicesRegenerateGuardLabel: 'Направи нове кодове за опоравак',
  devicesNewCodesTitle: 'Ваши нови кодови за опоравак',
  devicesSaveCodesTitle: 'Сачувајте кодове за опоравак',
  devicesFirstCodesSaved: 'Кодови за опоравак су сачувани.',
  devicesCodesSaved: 'Нови кодови за опоравак су сачувани. Стари више не важе.',
  devicesNoNewCodes: 'Нису направљени нови кодови.',
  devicesClose: 'Затвори',
  devicesAddTotp: 'Додај апликацију за потврду идентитета',
  devicesAddPasskey: 'Додај приступни кључ',
  devicesAddTitleTotp: 'Додавање апликације за потврду идентитета',
  devicesAddTitlePasskey: 'Додавање приступног кључа',
  devicesCancel: 'Откажи',
  devicesOneTotp:
    'Можете да имате једну апликацију за потврду идентитета. Да бисте прешли на другу апликацију или телефон, прво избришите тренутну, па додајте нову.',
  devicesAdded: 'Додато: „{name}“.',
} satisfies MfaTranslation;

registerMessages('sr', messages);
