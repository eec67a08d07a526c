/**
 * বাংলা (Bengali). Address: formal আপনি (লিখুন, ব্যবহার করুন). Terms (docs/TRANSLATING.md): পাসকী,
 * অথেন্টিকেটর অ্যাপ, যাচাইকরণ কোড, পুনরুদ্ধার কোড, ২-ধাপে যাচাইকরণ. Numbers in static text use
 * Bengali digits, as `Intl` formats {count} for bn. Plurals: one, other (`one` also covers 0,
 * which the kit never passes: zero cases are their own keys).
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'কোডটি সঠিক নয়। কোডটি দেখে নিয়ে আবার চেষ্টা করুন।',
  errorRateLimited: 'অনেকবার চেষ্টা করা হয়েছে। কিছুক্ষণ অপেক্ষা করে আবার চেষ্টা করুন।',
  errorRetryIn: 'অনেকবার চেষ্টা করা হয়েছে। {time} আবার চেষ্টা করুন।',
  retryNow: 'এখন আবার চেষ্টা করতে পারেন।',
  errorExpired: 'এই ধাপের মেয়াদ শেষ হয়ে গেছে। অনুগ্রহ করে আবার শুরু করুন।',
  errorAlreadyEnrolled:
    'আপনার অ্যাকাউন্টে একটি অথেন্টিকেটর অ্যাপ আগে থেকেই সেট আপ করা আছে। আরেকটি যোগ করার আগে সেটি সরিয়ে দিন।',
  errorNotEnrolled: 'এই পদ্ধতিটি এখনও আপনার অ্যাকাউন্টে সেট আপ করা হয়নি।',
  errorPasskeyCancelled: 'পাসকীর অনুরোধ বাতিল করা হয়েছে বা সময় শেষ হয়ে গেছে।',
  errorPasskeyUnsupported: 'এই ব্রাউজার বা ডিভাইস পাসকী সমর্থন করে না।',
  errorUnauthorized: 'আপনার সেশন শেষ হয়ে গেছে। অনুগ্রহ করে আবার সাইন-ইন করুন।',
  errorStepUpRequired: 'প্রথমে যাচাই করুন যে এটি আপনিই।',
  errorInvalidRequest: 'অনুরোধটি গ্রহণ করা হয়নি। অনুগ্রহ করে আবার চেষ্টা করুন।',
  errorNetwork: 'সার্ভারের সাথে যোগাযোগ করা যায়নি। আপনার কানেকশন দেখে নিয়ে আবার চেষ্টা করুন।',
  errorUnknown: 'কোনো সমস্যা হয়েছে। অনুগ্রহ করে আবার চেষ্টা করুন।',
  errorNoClient:
    'এই এলিমেন্টের কোনো MFA ক্লায়েন্ট নেই। এটিকে <mfa-provider>-এর ভিতরে রাখুন বা এর client প্রপার্টি সেট করুন।',
  tryAgain: 'আবার চেষ্টা করুন',
  loading: 'লোড হচ্ছে…',
  copy: 'কপি করুন',
  copied: 'কপি করা হয়েছে',
  copyFailed: 'কপি করা যায়নি। টেক্সট বেছে নিয়ে নিজে কপি করুন।',
  stepUpConfirm: 'যাচাই করুন যে এটি আপনিই',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'যাচাইকরণ কোড',
  otpValueMissing: 'কোডটি লিখুন।',
  otpTooShort: { one: '{count}টি সংখ্যা লিখুন।', other: '{count} সংখ্যার পুরো কোডটি লিখুন।' },
  otpPatternMismatch: 'শুধু সংখ্যা ব্যবহার করুন।',
  otpTooLong: { one: 'শুধু {count}টি সংখ্যা লিখুন।', other: 'শুধু {count}টি সংখ্যা লিখুন।' },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'আপনার অথেন্টিকেটর অ্যাপের সেটআপ তৈরি করা হচ্ছে…',
  totpScanTitle: 'এই QR কোডটি স্ক্যান করুন',
  totpScanHint: 'আপনার অথেন্টিকেটর অ্যাপ খুলুন, একটি অ্যাকাউন্ট যোগ করুন এবং ক্যামেরা কোডের দিকে ধরুন।',
  totpQrLabel: 'আপনার অথেন্টিকেটর অ্যাপে {account} যোগ করার QR কোড',
  totpQrLabelIssuer: 'আপনার অথেন্টিকেটর অ্যাপে {issuer} ({account}) যোগ করার QR কোড',
  totpIssuer: 'পরিষেবা',
  totpAccount: 'অ্যাকাউন্ট',
  totpManualHint: 'স্ক্যান করা যাচ্ছে না? তার বদলে এই সেটআপ কী লিখুন:',
  totpCopySecret: 'কী কপি করুন',
  totpOpenLink: 'এই ডিভাইসে সেট আপ করুন',
  totpCodeTitle: { one: '{count} সংখ্যার কোডটি লিখুন', other: '{count} সংখ্যার কোডটি লিখুন' },
  totpCodeHint: 'এই অ্যাকাউন্টের জন্য আপনার অ্যাপে এখন যে কোডটি দেখাচ্ছে সেটি লিখুন।',
  totpCodeLabel: 'আপনার অথেন্টিকেটর অ্যাপের কোড',
  totpSubmit: 'যাচাই করুন',
  totpVerifying: 'কোডটি যাচাই করা হচ্ছে…',
  totpRetryIn: '{time} আবার চেষ্টা করুন।',
  totpEnrolled: 'অথেন্টিকেটর অ্যাপ যোগ করা হয়েছে',
  totpEnrolledHint: 'এখন থেকে সাইন-ইন করার সময় আপনি অ্যাপের একটি কোড ব্যবহার করবেন।',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'এই পুনরুদ্ধার কোডগুলি কোনো নিরাপদ জায়গায়, যেমন পাসওয়ার্ড ম্যানেজারে, সেভ করে রাখুন। সাইন-ইন করার অন্য পদ্ধতিগুলি হারিয়ে ফেললে প্রতিটি কোড দিয়ে একবার সাইন-ইন করা যাবে।',
  recoveryCodesListLabel: 'পুনরুদ্ধার কোড',
  recoveryCodesCopy: 'সব কপি করুন',
  recoveryCodesDownload: 'ডাউনলোড করুন',
  recoveryCodesDownloaded: 'ডাউনলোড শুরু হয়েছে।',
  recoveryCodesPrint: 'প্রিন্ট করুন',
  recoveryCodesConfirm: 'আমি এই কোডগুলি সেভ করেছি',
  recoveryCodesContinue: 'চালিয়ে যান',
  recoveryCodesSaving: 'সেভ করা হচ্ছে…',
  recoveryCodesDone: 'আপনার পুনরুদ্ধার কোড সেভ করা হয়েছে। এগুলি কোনো নিরাপদ জায়গায় রাখুন।',
  recoveryCodesRegenerating: 'নতুন পুনরুদ্ধার কোড তৈরি করা হচ্ছে…',
  recoveryCodesRegenerated: 'নতুন পুনরুদ্ধার কোড তৈরি। আপনার পুরনো কোডগুলি আর কাজ করবে না।',
  recoveryCodesFileTitle: 'পুনরুদ্ধার কোড',
  recoveryCodesFileTitleNamed: '{issuer}-এর পুনরুদ্ধার কোড',
  recoveryCodesFileDate: 'তৈরির তারিখ: {date}',
  recoveryCodesFileNote: 'প্রতিটি কোড একবারই ব্যবহার করা যায়। এগুলি কোনো নিরাপদ জায়গায় রাখুন।',
  recoveryCodeLabel: 'পুনরুদ্ধার কোড',
  recoveryCodeHint:
    'সেভ করে রাখা পুনরুদ্ধার কোডগুলির একটি লিখুন। ড্যাশ, স্পেস বা বড় হাতের-ছোট হাতের অক্ষরে কিছু যায় আসে না।',
  recoveryCodeMissing: 'একটি পুনরুদ্ধার কোড লিখুন।',
  recoveryCodeSubmit: 'যাচাই করুন',
  recoveryCodeVerifying: 'আপনার কোড যাচাই করা হচ্ছে…',
  recoveryCodeVerified: 'পুনরুদ্ধার কোড গ্রহণ করা হয়েছে।',
  recoveryCodesNoneLeft: 'আপনার আর কোনো পুনরুদ্ধার কোড বাকি নেই। এখনই নতুন এক সেট কোড তৈরি করুন।',
  recoveryCodesFewLeft: {
    one: 'আপনার আর মাত্র {count}টি পুনরুদ্ধার কোড বাকি আছে। শীঘ্রই নতুন এক সেট কোড তৈরি করুন।',
    other: 'আপনার আর মাত্র {count}টি পুনরুদ্ধার কোড বাকি আছে। শীঘ্রই নতুন এক সেট কোড তৈরি করুন।',
  },
  recoveryCodesRemaining: {
    one: 'আপনার {count}টি পুনরুদ্ধার কোড বাকি আছে।',
    other: 'আপনার {count}টি পুনরুদ্ধার কোড বাকি আছে।',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'পাসকী ব্যবহার করুন',
  passkeyRegister: 'পাসকী তৈরি করুন',
  passkeyAliasLabel: 'পাসকীর নাম (ঐচ্ছিক)',
  passkeyAliasHint: 'এমন একটি নাম যা পরে চিনতে পারবেন, যেমন “অফিসের ল্যাপটপ”।',
  passkeyWaiting: 'আপনার পাসকীর জন্য অপেক্ষা করা হচ্ছে…',
  passkeyCancelled: 'কোনো পাসকী ব্যবহার করা হয়নি। প্রস্তুত হলে আবার চেষ্টা করতে পারেন।',
  passkeyVerified: 'পাসকী গ্রহণ করা হয়েছে।',
  passkeyRejected:
    'আপনার পাসকী যাচাই করা যায়নি। আবার চেষ্টা করুন, অথবা সাইন-ইন করার অন্য কোনো পদ্ধতি ব্যবহার করুন।',
  passkeyAlreadyRegistered: 'এই পাসকী আপনার অ্যাকাউন্টে আগে থেকেই সেট আপ করা আছে।',
  passkeyCreated: 'পাসকী তৈরি করা হয়েছে।',
  passkeyCreatedNamed: '“{alias}” পাসকী তৈরি করা হয়েছে।',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'যাচাইকরণের পদ্ধতি',
  verifyMethodPasskey: 'পাসকী',
  verifyMethodTotp: 'অথেন্টিকেটর অ্যাপ',
  verifyMethodRecoveryCode: 'পুনরুদ্ধার কোড',
  verifyPasskeyHint: 'এই ডিভাইসে, আপনার ফোনে বা কোনো সিকিউরিটি কী-তে থাকা পাসকী ব্যবহার করুন।',
  verifyTotpHint: 'আপনার অথেন্টিকেটর অ্যাপে এখন যে ৬ সংখ্যার কোড দেখাচ্ছে সেটি লিখুন।',
  verifyTotpLabel: 'আপনার অথেন্টিকেটর অ্যাপের কোড',
  verifyTotpSubmit: 'যাচাই করুন',
  verifyTotpVerifying: 'আপনার কোড যাচাই করা হচ্ছে…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'যাচাই করুন যে এটি আপনিই',
  actionGuardChecking: 'এই কাজের জন্য যাচাইকরণ দরকার কি না তা দেখা হচ্ছে…',
  actionGuardLoading: 'আপনার যাচাইকরণের পদ্ধতিগুলি লোড হচ্ছে…',
  actionGuardCancel: 'বাতিল করুন',
  actionGuardClose: 'বন্ধ করুন',
  actionGuardNoMethod:
    'এই কাজের জন্য ২-ধাপে যাচাইকরণ দরকার, কিন্তু আপনার অ্যাকাউন্টে এখনও কোনো পদ্ধতি সেট আপ করা নেই। অ্যাকাউন্টের সেটিংসে একটি অথেন্টিকেটর অ্যাপ বা পাসকী যোগ করে আবার চেষ্টা করুন।',
  actionGuardEnrollIntro:
    'এই কাজের জন্য ২-ধাপে যাচাইকরণ দরকার। এখনই একটি পদ্ধতি সেট আপ করুন, তারপর সেটি দিয়ে যাচাই করুন যে এটি আপনিই।',
  actionGuardEnrollLabel: 'যে পদ্ধতি সেট আপ করবেন',
  actionGuardEnrollPasskey: 'পাসকী',
  actionGuardEnrollTotp: 'অথেন্টিকেটর অ্যাপ',
  actionGuardReauthSend: 'আমাকে একটি কোড ইমেল করুন',
  actionGuardReauthSent: 'আমরা {destination}-এ একটি কোড ইমেল করেছি। এখানে লিখুন।',
  actionGuardReauthLabel: 'ইমেলের কোড',
  actionGuardReauthResend: 'নতুন কোড পাঠান',
  actionGuardReauthSendSms: 'আমাকে একটি কোড টেক্সট করুন',
  actionGuardReauthSentSms: 'আমরা {destination}-এ একটি কোড টেক্সট করেছি। এখানে লিখুন।',
  actionGuardReauthLabelSms: 'টেক্সট মেসেজের কোড',
  actionGuardReauthResendIn: '{time} নতুন কোড পাঠাতে পারবেন।',
  actionGuardReauthResendReady: 'এখন নতুন কোড পাঠাতে পারেন।',
  actionGuardEnrolled:
    'আপনার নতুন পদ্ধতি সেট আপ করা হয়েছে। এবার সেটি দিয়ে যাচাই করুন যে এটি আপনিই (অথেন্টিকেটর অ্যাপের ক্ষেত্রে পরের কোডটি লাগবে)।',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'আপনার সাইন-ইনের নিরাপত্তা যাচাই করা হচ্ছে…',
  flowEnrollHeading: 'সাইন-ইন করার দ্বিতীয় একটি পদ্ধতি যোগ করুন',
  flowEnrollIntro: 'সাইন-ইন করার সময় কীভাবে যাচাই করবেন যে এটি আপনিই, তা বেছে নিন।',
  flowChoiceTotp: 'অথেন্টিকেটর অ্যাপ',
  flowChoiceTotpHint:
    'Google Authenticator বা 1Password-এর মতো কোনো অ্যাপ থেকে ৬ সংখ্যার একটি কোড লিখুন।',
  flowChoicePasskey: 'পাসকী',
  flowChoicePasskeyHint:
    'আপনার ডিভাইসের স্ক্রিন লক (আঙুলের ছাপ, মুখ বা পিন) অথবা একটি সিকিউরিটি কী ব্যবহার করুন।',
  flowTotpHeading: 'অথেন্টিকেটর অ্যাপ সেট আপ করুন',
  flowPasskeyHeading: 'পাসকী তৈরি করুন',
  flowPasskeyIntro: 'আপনার ব্রাউজার এই অ্যাকাউন্টের জন্য একটি পাসকী তৈরি করতে বলবে।',
  flowBack: 'অন্য পদ্ধতি বেছে নিন',
  flowNoMethod: 'এখানে দেওয়া সাইন-ইন করার কোনো পদ্ধতিই এই ব্রাউজারে কাজ করে না।',
  flowVerifyHeading: 'যাচাই করুন যে এটি আপনিই',
  flowVerifyIntro: 'চালিয়ে যেতে সাইন-ইন করার আপনার যেকোনো একটি পদ্ধতি ব্যবহার করুন।',
  flowAcknowledgeHeading: 'আপনার পুনরুদ্ধার কোড সেভ করুন',
  flowEnrolledPasskey: 'পাসকী যোগ করা হয়েছে।',
  flowEnrolledTotp: 'অথেন্টিকেটর অ্যাপ যোগ করা হয়েছে।',
  flowVerified: 'যাচাই করা হয়েছে।',
  flowCodesSaved: 'পুনরুদ্ধার কোড সেভ করা হয়েছে।',
  flowDoneHeading: 'সব কিছু প্রস্তুত',
  flowDone: 'আপনার অ্যাকাউন্টে ২-ধাপে যাচাইকরণ চালু আছে।',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'সাইন-ইন করার আপনার পদ্ধতিগুলি লোড হচ্ছে…',
  devicesListLabel: 'সাইন-ইন করার আপনার পদ্ধতি',
  devicesEmpty: 'সাইন-ইন করার এখনও কোনো পদ্ধতি নেই। ২-ধাপে যাচাইকরণ চালু করতে একটি পদ্ধতি যোগ করুন।',
  devicesTypeTotp: 'অথেন্টিকেটর অ্যাপ',
  devicesTypePasskey: 'পাসকী',
  devicesAddedOn: 'যোগ করার তারিখ',
  devicesLastUsed: 'শেষ ব্যবহার',
  devicesNeverUsed: 'এখনও ব্যবহার করা হয়নি',
  devicesState: 'স্ট্যাটাস',
  devicesVerified: 'যাচাই করা হয়েছে',
  devicesPending: 'সেটআপ শেষ হয়নি',
  devicesDelete: 'মুছুন',
  devicesGuardLabel: '“{name}” মুছুন',
  devicesDeleting: '“{name}” মোছা হচ্ছে…',
  devicesDeleted: '“{name}” মুছে ফেলা হয়েছে।',
  devicesNotDeleted: 'কিছুই মোছা হয়নি।',
  devicesLastWarning:
    'আপনি যে আপনিই, তা যাচাই করার একমাত্র উপায় “{name}”। এটি মুছে ফেললে অন্য কোনো পদ্ধতি যোগ না করা পর্যন্ত আপনার অ্যাকাউন্টে ২-ধাপে যাচাইকরণ বন্ধ থাকবে।',
  devicesConfirmDelete: 'তবুও মুছুন',
  devicesKeep: 'রেখে দিন',
  devicesRecoveryTitle: 'পুনরুদ্ধার কোড',
  devicesRecoveryNone: 'অব্যবহৃত কোনো কোড বাকি নেই। নতুন কোড তৈরি করুন।',
  devicesRecoveryRemaining: {
    one: '{count}টি অব্যবহৃত কোড বাকি আছে।',
    other: '{count}টি অব্যবহৃত কোড বাকি আছে।',
  },
  devicesRegenerate: 'নতুন কোড তৈরি করুন',
  devicesRegenerateHint: 'নতুন কোড তৈরি করলে আপনার পুরনো কোডগুলি আর কাজ করবে না।',
  devicesRegenerateGuardLabel: 'নতুন পুনরুদ্ধার কোড তৈরি করুন',
  devicesNewCodesTitle: 'আপনার নতুন পুনরুদ্ধার কোড',
  devicesSaveCodesTitle: 'আপনার পুনরুদ্ধার কোড সেভ করুন',
  devicesFirstCodesSaved: 'পুনরুদ্ধার কোড সেভ করা হয়েছে।',
  devicesCodesSaved: 'নতুন পুনরুদ্ধার কোড সেভ করা হয়েছে। পুরনো কোডগুলি আর কাজ করবে না।',
  devicesNoNewCodes: 'কোনো নতুন কোড তৈরি করা হয়নি।',
  devicesClose: 'বন্ধ করুন',
  devicesAddTotp: 'অথেন্টিকেটর অ্যাপ যোগ করুন',
  devicesAddPasskey: 'পাসকী যোগ করুন',
  devicesAddTitleTotp: 'একটি অথেন্টিকেটর অ্যাপ যোগ করুন',
  devicesAddTitlePasskey: 'একটি পাসকী যোগ করুন',
  devicesCancel: 'বাতিল করুন',
  devicesOneTotp:
    'আপনি একটিই অথেন্টিকেটর অ্যাপ রাখতে পারবেন। অন্য অ্যাপ বা ফোনে যেতে হলে প্রথমে বর্তমান অ্যাপটি মুছে দিন, তারপর নতুনটি যোগ করুন।',
  devicesAdded: '“{name}” যোগ করা হয়েছে।',
} satisfies MfaTranslation;

registerMessages('bn', messages);
