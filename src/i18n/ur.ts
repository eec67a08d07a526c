/**
 * اردو (Urdu), written right to left. Address: formal آپ (درج کریں، استعمال کریں). Terms
 * (docs/TRANSLATING.md): پاس کی، تصدیق کنندہ ایپ، توثیقی کوڈ، بازیابی کوڈ، 2 مرحلہ توثیق.
 * Plurals: one, other.
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'یہ کوڈ درست نہیں ہے۔ اسے چیک کر کے دوبارہ کوشش کریں۔',
  errorRateLimited: 'بہت زیادہ کوششیں ہو گئیں۔ تھوڑی دیر انتظار کریں اور دوبارہ کوشش کریں۔',
  errorRetryIn: 'بہت زیادہ کوششیں ہو گئیں۔ {time} دوبارہ کوشش کریں۔',
  errorLockedOut:
    'بہت زیادہ کوششیں ہو گئیں۔ بعد میں دوبارہ کوشش کریں یا کوئی دوسرا طریقہ استعمال کریں۔',
  retryNow: 'اب آپ دوبارہ کوشش کر سکتے ہیں۔',
  errorExpired: 'اس مرحلے کی میعاد ختم ہو گئی ہے۔ براہ کرم دوبارہ شروع کریں۔',
  errorAlreadyEnrolled:
    'آپ کے اکاؤنٹ کے لیے ایک تصدیق کنندہ ایپ پہلے سے سیٹ اپ ہے۔ دوسری ایپ شامل کرنے سے پہلے اسے ہٹائیں۔',
  errorNotEnrolled: 'یہ طریقہ ابھی آپ کے اکاؤنٹ کے لیے سیٹ اپ نہیں ہے۔',
  errorPasskeyCancelled: 'پاس کی کی درخواست منسوخ ہو گئی یا اس کا وقت ختم ہو گیا۔',
  errorPasskeyUnsupported: 'یہ براؤزر یا آلہ پاس کیز کو سپورٹ نہیں کرتا۔',
  errorUnauthorized: 'آپ کا سیشن ختم ہو گیا ہے۔ براہ کرم دوبارہ سائن ان کریں۔',
  errorStepUpRequired: 'پہلے اپنی شناخت کی تصدیق کریں۔',
  errorInvalidRequest: 'درخواست قبول نہیں ہوئی۔ براہ کرم دوبارہ کوشش کریں۔',
  errorNetwork: 'ہم سرور تک نہیں پہنچ سکے۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔',
  errorUnknown: 'کچھ غلط ہو گیا۔ براہ کرم دوبارہ کوشش کریں۔',
  errorNoClient:
    'اس عنصر کا کوئی MFA کلائنٹ نہیں ہے۔ اسے <mfa-provider> کے اندر رکھیں یا اس کی client پراپرٹی سیٹ کریں۔',
  tryAgain: 'دوبارہ کوشش کریں',
  loading: 'لوڈ ہو رہا ہے…',
  copy: 'کاپی کریں',
  copied: 'کاپی ہو گیا',
  copyFailed: 'کاپی نہیں ہو سکا۔ متن منتخب کر کے خود کاپی کریں۔',
  stepUpConfirm: 'اپنی شناخت کی تصدیق کریں',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'توثیقی کوڈ',
  otpValueMissing: 'کوڈ درج کریں۔',
  otpTooShort: { one: '{count} ہندسہ درج کریں۔', other: 'تمام {count} ہندسے درج کریں۔' },
  otpPatternMismatch: 'صرف ہندسے استعمال کریں۔',
  otpTooLong: { one: 'صرف {count} ہندسہ درج کریں۔', other: 'صرف {count} ہندسے درج کریں۔' },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'آپ کی تصدیق کنندہ ایپ کا سیٹ اپ تیار ہو رہا ہے…',
  totpScanTitle: 'یہ QR کوڈ اسکین کریں',
  totpScanHint:
    'اپنی تصدیق کنندہ ایپ کھولیں، ایک اکاؤنٹ شامل کریں اور کیمرے کا رخ کوڈ کی طرف کریں۔',
  totpQrLabel: '{account} کو اپنی تصدیق کنندہ ایپ میں شامل کرنے کے لیے QR کوڈ',
  totpQrLabelIssuer: '{issuer} ({account}) کو اپنی تصدیق کنندہ ایپ میں شامل کرنے کے لیے QR کوڈ',
  totpIssuer: 'سروس',
  totpAccount: 'اکاؤنٹ',
  totpManualHint: 'اسکین نہیں ہو رہا؟ اس کے بجائے یہ سیٹ اپ کلید درج کریں:',
  totpCopySecret: 'کلید کاپی کریں',
  totpOpenLink: 'اسی آلے پر سیٹ اپ کریں',
  totpCodeTitle: { one: '{count} ہندسے کا کوڈ درج کریں', other: '{count} ہندسوں کا کوڈ درج کریں' },
  totpCodeHint: 'وہ کوڈ ٹائپ کریں جو آپ کی ایپ اس وقت اس اکاؤنٹ کے لیے دکھا رہی ہے۔',
  totpCodeLabel: 'آپ کی تصدیق کنندہ ایپ کا کوڈ',
  totpSubmit: 'توثیق کریں',
  totpVerifying: 'کوڈ چیک ہو رہا ہے…',
  totpRetryIn: '{time} دوبارہ کوشش کریں۔',
  totpEnrolled: 'تصدیق کنندہ ایپ شامل ہو گئی',
  totpEnrolledHint: 'اب سے سائن ان کرتے وقت آپ ایپ کا کوڈ استعمال کریں گے۔',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'یہ بازیابی کوڈز کسی محفوظ جگہ، جیسے پاس ورڈ مینیجر میں رکھیں۔ اگر سائن ان کے آپ کے دوسرے طریقے کھو جائیں تو ہر کوڈ سے آپ ایک بار سائن ان کر سکتے ہیں۔',
  recoveryCodesListLabel: 'بازیابی کوڈز',
  recoveryCodesCopy: 'سب کاپی کریں',
  recoveryCodesDownload: 'ڈاؤن لوڈ کریں',
  recoveryCodesDownloaded: 'ڈاؤن لوڈ شروع ہو گیا۔',
  recoveryCodesPrint: 'پرنٹ کریں',
  recoveryCodesConfirm: 'میں نے یہ کوڈز محفوظ کر لیے ہیں',
  recoveryCodesContinue: 'جاری رکھیں',
  recoveryCodesSaving: 'محفوظ ہو رہا ہے…',
  recoveryCodesDone: 'آپ کے بازیابی کوڈز محفوظ ہو گئے۔ انہیں کسی محفوظ جگہ رکھیں۔',
  recoveryCodesRegenerating: 'نئے بازیابی کوڈز بنائے جا رہے ہیں…',
  recoveryCodesRegenerated: 'نئے بازیابی کوڈز تیار ہیں۔ آپ کے پرانے کوڈز اب کام نہیں کرتے۔',
  recoveryCodesFileTitle: 'بازیابی کوڈز',
  recoveryCodesFileTitleNamed: '{issuer} کے بازیابی کوڈز',
  recoveryCodesFileDate: 'تاریخ تخلیق: {date}',
  recoveryCodesFileNote: 'ہر کوڈ صرف ایک بار استعمال ہو سکتا ہے۔ انہیں کسی محفوظ جگہ رکھیں۔',
  recoveryCodeLabel: 'بازیابی کوڈ',
  recoveryCodeHint:
    'اپنے محفوظ کردہ بازیابی کوڈز میں سے کوئی ایک درج کریں۔ ڈیش، اسپیس اور چھوٹے بڑے حروف سے کوئی فرق نہیں پڑتا۔',
  recoveryCodeMissing: 'بازیابی کوڈ درج کریں۔',
  recoveryCodeSubmit: 'توثیق کریں',
  recoveryCodeVerifying: 'آپ کا کوڈ چیک ہو رہا ہے…',
  recoveryCodeVerified: 'بازیابی کوڈ قبول ہو گیا۔',
  recoveryCodesNoneLeft: 'آپ کے پاس کوئی بازیابی کوڈ باقی نہیں ہے۔ ابھی نیا سیٹ بنائیں۔',
  recoveryCodesFewLeft: {
    one: 'آپ کے پاس صرف {count} بازیابی کوڈ باقی ہے۔ جلد ہی نیا سیٹ بنائیں۔',
    other: 'آپ کے پاس صرف {count} بازیابی کوڈز باقی ہیں۔ جلد ہی نیا سیٹ بنائیں۔',
  },
  recoveryCodesRemaining: {
    one: 'آپ کے پاس {count} بازیابی کوڈ باقی ہے۔',
    other: 'آپ کے پاس {count} بازیابی کوڈز باقی ہیں۔',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'پاس کی استعمال کریں',
  passkeyRegister: 'پاس کی بنائیں',
  passkeyAliasLabel: 'پاس کی کا نام (اختیاری)',
  passkeyAliasHint: 'ایسا نام جسے آپ بعد میں پہچان سکیں، جیسے “دفتر کا لیپ ٹاپ”۔',
  passkeyWaiting: 'آپ کی پاس کی کا انتظار ہے…',
  passkeyCancelled: 'کوئی پاس کی استعمال نہیں ہوئی۔ جب آپ تیار ہوں تو دوبارہ کوشش کر سکتے ہیں۔',
  passkeyVerified: 'پاس کی قبول ہو گئی۔',
  passkeyRejected:
    'آپ کی پاس کی کی توثیق نہیں ہو سکی۔ دوبارہ کوشش کریں، یا سائن ان کا کوئی اور طریقہ استعمال کریں۔',
  passkeyAlreadyRegistered: 'یہ پاس کی آپ کے اکاؤنٹ کے لیے پہلے سے سیٹ اپ ہے۔',
  passkeyCreated: 'پاس کی بن گئی۔',
  passkeyCreatedNamed: 'پاس کی “{alias}” بن گئی۔',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'توثیق کا طریقہ',
  verifyMethodPasskey: 'پاس کی',
  verifyMethodTotp: 'تصدیق کنندہ ایپ',
  verifyMethodRecoveryCode: 'بازیابی کوڈ',
  verifyPasskeyHint: 'اس آلے، اپنے فون یا کسی سیکیورٹی کلید پر موجود پاس کی استعمال کریں۔',
  verifyTotpHint: 'وہ 6 ہندسوں کا کوڈ درج کریں جو آپ کی تصدیق کنندہ ایپ اس وقت دکھا رہی ہے۔',
  verifyTotpLabel: 'آپ کی تصدیق کنندہ ایپ کا کوڈ',
  verifyTotpSubmit: 'توثیق کریں',
  verifyTotpVerifying: 'آپ کا کوڈ چیک ہو رہا ہے…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'اپنی شناخت کی تصدیق کریں',
  actionGuardChecking: 'چیک کیا جا رہا ہے کہ آیا اس کارروائی کے لیے توثیق درکار ہے…',
  actionGuardLoading: 'آپ کے توثیق کے طریقے لوڈ ہو رہے ہیں…',
  actionGuardCancel: 'منسوخ کریں',
  actionGuardClose: 'بند کریں',
  actionGuardNoMethod:
    'اس کارروائی کے لیے 2 مرحلہ توثیق درکار ہے، اور آپ کے اکاؤنٹ کے لیے ابھی کوئی طریقہ سیٹ اپ نہیں ہے۔ اپنی اکاؤنٹ کی ترتیبات میں تصدیق کنندہ ایپ یا پاس کی شامل کریں، پھر دوبارہ کوشش کریں۔',
  actionGuardEnrollIntro:
    'اس کارروائی کے لیے 2 مرحلہ توثیق درکار ہے۔ ابھی ایک طریقہ سیٹ اپ کریں، پھر اس سے اپنی شناخت کی تصدیق کریں۔',
  actionGuardEnrollLabel: 'سیٹ اپ کرنے کا طریقہ',
  actionGuardEnrollPasskey: 'پاس کی',
  actionGuardEnrollTotp: 'تصدیق کنندہ ایپ',
  actionGuardReauthSend: 'مجھے ای میل پر کوڈ بھیجیں',
  actionGuardReauthSent: 'ہم نے {destination} پر ایک کوڈ بھیجا ہے۔ اسے یہاں درج کریں۔',
  actionGuardReauthLabel: 'ای میل والا کوڈ',
  actionGuardReauthResend: 'نیا کوڈ بھیجیں',
  actionGuardReauthSendSms: 'مجھے SMS پر کوڈ بھیجیں',
  actionGuardReauthSentSms:
    'ہم نے {destination} پر SMS کے ذریعے ایک کوڈ بھیجا ہے۔ اسے یہاں درج کریں۔',
  actionGuardReauthLabelSms: 'SMS والا کوڈ',
  actionGuardReauthResendIn: 'آپ {time} نیا کوڈ بھیج سکیں گے۔',
  actionGuardReauthResendReady: 'اب آپ نیا کوڈ بھیج سکتے ہیں۔',
  actionGuardEnrolled:
    'آپ کا نیا طریقہ سیٹ اپ ہو گیا۔ اب اس سے اپنی شناخت کی تصدیق کریں (تصدیق کنندہ ایپ کا اگلا کوڈ درکار ہوگا)۔',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'آپ کے سائن ان کی سیکیورٹی چیک ہو رہی ہے…',
  flowEnrollHeading: 'سائن ان کا دوسرا طریقہ شامل کریں',
  flowEnrollIntro: 'منتخب کریں کہ سائن ان کرتے وقت آپ اپنی شناخت کی تصدیق کیسے کریں گے۔',
  flowChoiceTotp: 'تصدیق کنندہ ایپ',
  flowChoiceTotpHint: 'Google Authenticator یا 1Password جیسی ایپ سے 6 ہندسوں کا کوڈ درج کریں۔',
  flowChoicePasskey: 'پاس کی',
  flowChoicePasskeyHint:
    'اپنے آلے کا اسکرین لاک (فنگر پرنٹ، چہرہ یا PIN) یا سیکیورٹی کلید استعمال کریں۔',
  flowTotpHeading: 'تصدیق کنندہ ایپ سیٹ اپ کریں',
  flowPasskeyHeading: 'پاس کی بنائیں',
  flowPasskeyIntro: 'آپ کا براؤزر آپ سے اس اکاؤنٹ کے لیے پاس کی بنانے کو کہے گا۔',
  flowBack: 'کوئی اور طریقہ منتخب کریں',
  flowNoMethod: 'یہاں پیش کردہ سائن ان کا کوئی بھی طریقہ اس براؤزر میں کام نہیں کرتا۔',
  flowVerifyHeading: 'اپنی شناخت کی تصدیق کریں',
  flowVerifyIntro: 'جاری رکھنے کے لیے سائن ان کا اپنا کوئی ایک طریقہ استعمال کریں۔',
  flowAcknowledgeHeading: 'اپنے بازیابی کوڈز محفوظ کریں',
  flowEnrolledPasskey: 'پاس کی شامل ہو گئی۔',
  flowEnrolledTotp: 'تصدیق کنندہ ایپ شامل ہو گئی۔',
  flowVerified: 'توثیق ہو گئی۔',
  flowCodesSaved: 'بازیابی کوڈز محفوظ ہو گئے۔',
  flowDoneHeading: 'سب کچھ تیار ہے',
  flowDone: 'آپ کے اکاؤنٹ کے لیے 2 مرحلہ توثیق آن ہے۔',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'سائن ان کے آپ کے طریقے لوڈ ہو رہے ہیں…',
  devicesListLabel: 'سائن ان کے آپ کے طریقے',
  devicesEmpty:
    'ابھی سائن ان کا کوئی طریقہ نہیں ہے۔ 2 مرحلہ توثیق آن کرنے کے لیے ایک طریقہ شامل کریں۔',
  devicesTypeTotp: 'تصدیق کنندہ ایپ',
  devicesTypePasskey: 'پاس کی',
  devicesAddedOn: 'شامل کرنے کی تاریخ',
  devicesLastUsed: 'آخری استعمال',
  devicesNeverUsed: 'ابھی استعمال نہیں ہوا',
  devicesState: 'اسٹیٹس',
  devicesVerified: 'توثیق شدہ',
  devicesPending: 'سیٹ اپ مکمل نہیں ہوا',
  devicesDelete: 'حذف کریں',
  devicesGuardLabel: '“{name}” حذف کریں',
  devicesDeleting: '“{name}” حذف ہو رہا ہے…',
  devicesDeleted: '“{name}” حذف ہو گیا۔',
  devicesNotDeleted: 'کچھ بھی حذف نہیں ہوا۔',
  devicesLastWarning:
    '“{name}” آپ کی شناخت کی تصدیق کا واحد طریقہ ہے۔ اگر آپ اسے حذف کرتے ہیں تو کوئی اور طریقہ شامل کرنے تک آپ کے اکاؤنٹ کے لیے 2 مرحلہ توثیق آف رہے گی۔',
  devicesConfirmDelete: 'پھر بھی حذف کریں',
  devicesKeep: 'رہنے دیں',
  devicesRecoveryTitle: 'بازیابی کوڈز',
  devicesRecoveryNone: 'کوئی غیر استعمال شدہ کوڈ باقی نہیں ہے۔ نئے کوڈز بنائیں۔',
  devicesRecoveryRemaining: {
    one: '{count} غیر استعمال شدہ کوڈ باقی ہے۔',
    other: '{count} غیر استعمال شدہ کوڈز باقی ہیں۔',
  },
  devicesRegenerate: 'نئے کوڈز بنائیں',
  devicesRegenerateHint: 'نئے کوڈز بنانے پر آپ کے پرانے کوڈز کام کرنا بند کر دیں گے۔',
  devicesRegenerateGuardLabel: 'نئے بازیابی کوڈز بنائیں',
  devicesNewCodesTitle: 'آپ کے نئے بازیابی کوڈز',
  devicesSaveCodesTitle: 'اپنے بازیابی کوڈز محفوظ کریں',
  devicesFirstCodesSaved: 'بازیابی کوڈز محفوظ ہو گئے۔',
  devicesCodesSaved: 'نئے بازیابی کوڈز محفوظ ہو گئے۔ پرانے کوڈز اب کام نہیں کرتے۔',
  devicesNoNewCodes: 'کوئی نیا کوڈ نہیں بنایا گیا۔',
  devicesClose: 'بند کریں',
  devicesAddTotp: 'تصدیق کنندہ ایپ شامل کریں',
  devicesAddPasskey: 'پاس کی شامل کریں',
  devicesAddTitleTotp: 'تصدیق کنندہ ایپ شامل کریں',
  devicesAddTitlePasskey: 'پاس کی شامل کریں',
  devicesCancel: 'منسوخ کریں',
  devicesOneTotp:
    'آپ صرف ایک تصدیق کنندہ ایپ رکھ سکتے ہیں۔ کسی اور ایپ یا فون پر منتقل ہونے کے لیے پہلے موجودہ ایپ حذف کریں، پھر نئی ایپ شامل کریں۔',
  devicesAdded: '“{name}” شامل ہو گیا۔',
} satisfies MfaTranslation;

registerMessages('ur', messages);
