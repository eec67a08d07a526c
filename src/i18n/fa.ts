/**
 * فارسی (Persian), written right to left. Address: formal شما (plural verb forms: وارد کنید).
 * Terms (docs/TRANSLATING.md): گذرکلید، برنامه اصالت‌سنجی، کد تأیید، کد بازیابی، تأیید دومرحله‌ای.
 * Plurals: one, other (a noun after a number stays singular, so both read alike; `one` also
 * covers 0, which the kit never passes: zero cases are their own keys).
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'این کد درست نیست. آن را بررسی کنید و دوباره امتحان کنید.',
  errorRateLimited: 'تعداد تلاش‌ها بیش از حد مجاز است. کمی صبر کنید و دوباره امتحان کنید.',
  errorRetryIn: 'تعداد تلاش‌ها بیش از حد مجاز است. {time} دوباره امتحان کنید.',
  errorLockedOut:
    'تعداد تلاش‌ها بیش از حد مجاز است. بعداً دوباره امتحان کنید یا از روش دیگری استفاده کنید.',
  retryNow: 'اکنون می‌توانید دوباره امتحان کنید.',
  errorExpired: 'مهلت این مرحله تمام شده است. لطفاً از اول شروع کنید.',
  errorAlreadyEnrolled:
    'یک برنامه اصالت‌سنجی از قبل برای حساب شما تنظیم شده است. پیش از افزودن برنامه‌ای دیگر، آن را حذف کنید.',
  errorNotEnrolled: 'این روش هنوز برای حساب شما تنظیم نشده است.',
  errorPasskeyCancelled: 'درخواست گذرکلید لغو شد یا مهلت آن به پایان رسید.',
  errorPasskeyUnsupported: 'این مرورگر یا دستگاه از گذرکلید پشتیبانی نمی‌کند.',
  errorUnauthorized: 'جلسه شما به پایان رسیده است. لطفاً دوباره وارد شوید.',
  errorStepUpRequired: 'ابتدا هویت خود را تأیید کنید.',
  errorInvalidRequest: 'درخواست پذیرفته نشد. لطفاً دوباره امتحان کنید.',
  errorNetwork: 'ارتباط با سرور برقرار نشد. اتصال اینترنت خود را بررسی کنید و دوباره امتحان کنید.',
  errorUnknown: 'مشکلی پیش آمد. لطفاً دوباره امتحان کنید.',
  errorNoClient:
    'این عنصر کلاینت MFA ندارد. آن را داخل <mfa-provider> قرار دهید یا ویژگی client آن را تنظیم کنید.',
  tryAgain: 'امتحان مجدد',
  loading: 'در حال بارگیری…',
  copy: 'کپی',
  copied: 'کپی شد',
  copyFailed: 'کپی انجام نشد. متن را انتخاب کنید و خودتان آن را کپی کنید.',
  stepUpConfirm: 'تأیید هویت',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'کد تأیید',
  otpValueMissing: 'کد را وارد کنید.',
  otpTooShort: { one: 'یک رقم وارد کنید.', other: 'هر {count} رقم را وارد کنید.' },
  otpPatternMismatch: 'فقط از رقم استفاده کنید.',
  otpTooLong: { one: 'فقط یک رقم وارد کنید.', other: 'فقط {count} رقم وارد کنید.' },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'در حال آماده‌سازی برنامه اصالت‌سنجی…',
  totpScanTitle: 'این کد QR را اسکن کنید',
  totpScanHint: 'برنامه اصالت‌سنجی را باز کنید، یک حساب اضافه کنید و دوربین را به سمت کد بگیرید.',
  totpQrLabel: 'کد QR برای افزودن {account} به برنامه اصالت‌سنجی',
  totpQrLabelIssuer: 'کد QR برای افزودن {issuer} ({account}) به برنامه اصالت‌سنجی',
  totpIssuer: 'سرویس',
  totpAccount: 'حساب',
  totpManualHint: 'اسکن نمی‌شود؟ به‌جای آن، این کلید راه‌اندازی را وارد کنید:',
  totpCopySecret: 'کپی کلید',
  totpOpenLink: 'راه‌اندازی در همین دستگاه',
  totpCodeTitle: { one: 'کد یک‌رقمی را وارد کنید', other: 'کد {count} رقمی را وارد کنید' },
  totpCodeHint: 'کدی را که برنامه اکنون برای این حساب نشان می‌دهد وارد کنید.',
  totpCodeLabel: 'کد برنامه اصالت‌سنجی',
  totpSubmit: 'تأیید',
  totpVerifying: 'در حال بررسی کد…',
  totpRetryIn: '{time} دوباره امتحان کنید.',
  totpEnrolled: 'برنامه اصالت‌سنجی اضافه شد',
  totpEnrolledHint: 'از این پس هنگام ورود، کدی را که برنامه نشان می‌دهد وارد خواهید کرد.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'این کدهای بازیابی را در جای امنی، مثلاً یک مدیر گذرواژه، نگه دارید. اگر به روش‌های ورود دیگرتان دسترسی نداشته باشید، با هر کد می‌توانید یک بار وارد شوید.',
  recoveryCodesListLabel: 'کدهای بازیابی',
  recoveryCodesCopy: 'کپی همه',
  recoveryCodesDownload: 'بارگیری',
  recoveryCodesDownloaded: 'بارگیری شروع شد.',
  recoveryCodesPrint: 'چاپ',
  recoveryCodesConfirm: 'این کدها را ذخیره کردم',
  recoveryCodesContinue: 'ادامه',
  recoveryCodesSaving: 'در حال ذخیره…',
  recoveryCodesDone: 'کدهای بازیابی شما ذخیره شد. آن‌ها را در جای امنی نگه دارید.',
  recoveryCodesRegenerating: 'در حال ایجاد کدهای بازیابی جدید…',
  recoveryCodesRegenerated: 'کدهای بازیابی جدید آماده است. کدهای قبلی دیگر کار نمی‌کنند.',
  recoveryCodesFileTitle: 'کدهای بازیابی',
  recoveryCodesFileTitleNamed: 'کدهای بازیابی {issuer}',
  recoveryCodesFileDate: 'تاریخ ایجاد: {date}',
  recoveryCodesFileNote: 'هر کد فقط یک بار قابل استفاده است. آن‌ها را در جای امنی نگه دارید.',
  recoveryCodeLabel: 'کد بازیابی',
  recoveryCodeHint:
    'یکی از کدهای بازیابی‌ای را که ذخیره کرده‌اید وارد کنید. خط تیره، فاصله و بزرگی یا کوچکی حروف اهمیتی ندارد.',
  recoveryCodeMissing: 'یک کد بازیابی وارد کنید.',
  recoveryCodeSubmit: 'تأیید',
  recoveryCodeVerifying: 'در حال بررسی کد…',
  recoveryCodeVerified: 'کد بازیابی پذیرفته شد.',
  recoveryCodesNoneLeft:
    'هیچ کد بازیابی‌ای برایتان باقی نمانده است. همین حالا مجموعه جدیدی ایجاد کنید.',
  recoveryCodesFewLeft: {
    one: 'فقط یک کد بازیابی برایتان باقی مانده است. به‌زودی مجموعه جدیدی ایجاد کنید.',
    other: 'فقط {count} کد بازیابی برایتان باقی مانده است. به‌زودی مجموعه جدیدی ایجاد کنید.',
  },
  recoveryCodesRemaining: {
    one: 'یک کد بازیابی برایتان باقی مانده است.',
    other: '{count} کد بازیابی برایتان باقی مانده است.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'استفاده از گذرکلید',
  passkeyRegister: 'ایجاد گذرکلید',
  passkeyAliasLabel: 'نام گذرکلید (اختیاری)',
  passkeyAliasHint: 'نامی که بعداً آن را بشناسید، مثلاً «لپ‌تاپ محل کار».',
  passkeyWaiting: 'در انتظار گذرکلید شما…',
  passkeyCancelled: 'از گذرکلید استفاده نشد. هر وقت آماده بودید، می‌توانید دوباره امتحان کنید.',
  passkeyVerified: 'گذرکلید پذیرفته شد.',
  passkeyRejected: 'گذرکلید شما تأیید نشد. دوباره امتحان کنید یا با روش دیگری وارد شوید.',
  passkeyAlreadyRegistered: 'این گذرکلید از قبل برای حساب شما تنظیم شده است.',
  passkeyCreated: 'گذرکلید ایجاد شد.',
  passkeyCreatedNamed: 'گذرکلید «{alias}» ایجاد شد.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'روش تأیید',
  verifyMethodPasskey: 'گذرکلید',
  verifyMethodTotp: 'برنامه اصالت‌سنجی',
  verifyMethodRecoveryCode: 'کد بازیابی',
  verifyPasskeyHint: 'از گذرکلید این دستگاه، تلفنتان یا یک کلید امنیتی استفاده کنید.',
  verifyTotpHint: 'کد 6 رقمی‌ای را که برنامه اصالت‌سنجی اکنون نشان می‌دهد وارد کنید.',
  verifyTotpLabel: 'کد برنامه اصالت‌سنجی',
  verifyTotpSubmit: 'تأیید',
  verifyTotpVerifying: 'در حال بررسی کد…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'تأیید هویت',
  actionGuardChecking: 'در حال بررسی نیاز این کار به تأیید…',
  actionGuardLoading: 'در حال بارگیری روش‌های تأیید شما…',
  actionGuardCancel: 'لغو',
  actionGuardClose: 'بستن',
  actionGuardNoMethod:
    'این کار به تأیید دومرحله‌ای نیاز دارد، اما هنوز هیچ روشی برای حساب شما تنظیم نشده است. در تنظیمات حساب، یک برنامه اصالت‌سنجی یا گذرکلید اضافه کنید و سپس دوباره امتحان کنید.',
  actionGuardEnrollIntro:
    'این کار به تأیید دومرحله‌ای نیاز دارد. همین حالا یک روش تنظیم کنید و سپس با آن هویت خود را تأیید کنید.',
  actionGuardEnrollLabel: 'روش مورد نظر برای تنظیم',
  actionGuardEnrollPasskey: 'گذرکلید',
  actionGuardEnrollTotp: 'برنامه اصالت‌سنجی',
  actionGuardReauthSend: 'یک کد برایم ایمیل کنید',
  actionGuardReauthSent: 'یک کد به {destination} ایمیل کردیم. آن را اینجا وارد کنید.',
  actionGuardReauthLabel: 'کد ایمیل‌شده',
  actionGuardReauthResend: 'ارسال کد جدید',
  actionGuardReauthSendSms: 'یک کد برایم پیامک کنید',
  actionGuardReauthSentSms: 'یک کد به {destination} پیامک کردیم. آن را اینجا وارد کنید.',
  actionGuardReauthLabelSms: 'کد پیامک‌شده',
  actionGuardReauthResendIn: '{time} می‌توانید کد جدیدی بفرستید.',
  actionGuardReauthResendReady: 'اکنون می‌توانید کد جدیدی بفرستید.',
  actionGuardEnrolled:
    'روش جدید شما تنظیم شد. اکنون با آن هویت خود را تأیید کنید (برنامه اصالت‌سنجی به کد بعدی خود نیاز دارد).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'در حال بررسی امنیت ورود شما…',
  flowEnrollHeading: 'افزودن روش دوم برای ورود',
  flowEnrollIntro: 'انتخاب کنید هنگام ورود چگونه هویت خود را تأیید کنید.',
  flowChoiceTotp: 'برنامه اصالت‌سنجی',
  flowChoiceTotpHint:
    'کد 6 رقمی را از برنامه‌ای مانند Google Authenticator یا 1Password وارد کنید.',
  flowChoicePasskey: 'گذرکلید',
  flowChoicePasskeyHint:
    'از قفل صفحه دستگاهتان (اثر انگشت، چهره یا پین) یا یک کلید امنیتی استفاده کنید.',
  flowTotpHeading: 'راه‌اندازی برنامه اصالت‌سنجی',
  flowPasskeyHeading: 'ایجاد گذرکلید',
  flowPasskeyIntro: 'مرورگر از شما می‌خواهد برای این حساب یک گذرکلید ایجاد کنید.',
  flowBack: 'انتخاب روشی دیگر',
  flowNoMethod: 'هیچ‌یک از روش‌های ورودی که اینجا ارائه شده‌اند در این مرورگر کار نمی‌کنند.',
  flowVerifyHeading: 'تأیید هویت',
  flowVerifyIntro: 'برای ادامه، از یکی از روش‌های ورود خود استفاده کنید.',
  flowAcknowledgeHeading: 'کدهای بازیابی را ذخیره کنید',
  flowEnrolledPasskey: 'گذرکلید اضافه شد.',
  flowEnrolledTotp: 'برنامه اصالت‌سنجی اضافه شد.',
  flowVerified: 'تأیید شد.',
  flowCodesSaved: 'کدهای بازیابی ذخیره شد.',
  flowDoneHeading: 'همه‌چیز آماده است',
  flowDone: 'تأیید دومرحله‌ای برای حساب شما روشن است.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'در حال بارگیری روش‌های ورود شما…',
  devicesListLabel: 'روش‌های ورود شما',
  devicesEmpty: 'هنوز هیچ روش ورودی ندارید. برای روشن کردن تأیید دومرحله‌ای، یک روش اضافه کنید.',
  devicesTypeTotp: 'برنامه اصالت‌سنجی',
  devicesTypePasskey: 'گذرکلید',
  devicesAddedOn: 'تاریخ افزودن',
  devicesLastUsed: 'آخرین استفاده',
  devicesNeverUsed: 'هنوز استفاده نشده',
  devicesState: 'وضعیت',
  devicesVerified: 'تأییدشده',
  devicesPending: 'راه‌اندازی کامل نشده',
  devicesDelete: 'حذف',
  devicesGuardLabel: 'حذف «{name}»',
  devicesDeleting: 'در حال حذف «{name}»…',
  devicesDeleted: '«{name}» حذف شد.',
  devicesNotDeleted: 'چیزی حذف نشد.',
  devicesLastWarning:
    '«{name}» تنها راه شما برای تأیید هویتتان است. اگر آن را حذف کنید، تأیید دومرحله‌ای حسابتان خاموش می‌شود تا زمانی که روش دیگری اضافه کنید.',
  devicesConfirmDelete: 'در هر صورت حذف شود',
  devicesKeep: 'نگه داشتن',
  devicesRecoveryTitle: 'کدهای بازیابی',
  devicesRecoveryNone: 'هیچ کد استفاده‌نشده‌ای باقی نمانده است. کدهای جدید ایجاد کنید.',
  devicesRecoveryRemaining: {
    one: 'یک کد استفاده‌نشده باقی مانده است.',
    other: '{count} کد استفاده‌نشده باقی مانده است.',
  },
  devicesRegenerate: 'ایجاد کدهای جدید',
  devicesRegenerateHint: 'با ایجاد کدهای جدید، کدهای قبلی دیگر کار نمی‌کنند.',
  devicesRegenerateGuardLabel: 'ایجاد کدهای بازیابی جدید',
  devicesNewCodesTitle: 'کدهای بازیابی جدید شما',
  devicesSaveCodesTitle: 'کدهای بازیابی را ذخیره کنید',
  devicesFirstCodesSaved: 'کدهای بازیابی ذخیره شد.',
  devicesCodesSaved: 'کدهای بازیابی جدید ذخیره شد. کدهای قبلی دیگر کار نمی‌کنند.',
  devicesNoNewCodes: 'هیچ کد جدیدی ایجاد نشد.',
  devicesClose: 'بستن',
  devicesAddTotp: 'افزودن برنامه اصالت‌سنجی',
  devicesAddPasskey: 'افزودن گذرکلید',
  devicesAddTitleTotp: 'افزودن برنامه اصالت‌سنجی',
  devicesAddTitlePasskey: 'افزودن گذرکلید',
  devicesCancel: 'لغو',
  devicesOneTotp:
    'فقط یک برنامه اصالت‌سنجی می‌توانید داشته باشید. برای رفتن به برنامه یا تلفن دیگری، ابتدا برنامه فعلی را حذف کنید و سپس برنامه جدید را اضافه کنید.',
  devicesAdded: '«{name}» اضافه شد.',
} satisfies MfaTranslation;

registerMessages('fa', messages);
