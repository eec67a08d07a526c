/**
 * Türkçe (Turkish). Address: formal "siz" verb forms in sentences and headings; buttons use the
 * short command form Turkish interfaces use ("Kopyala", "Sil"). Terms (docs/TRANSLATING.md):
 * geçiş anahtarı, kimlik doğrulayıcı uygulama, doğrulama kodu, kurtarma kodu, iki adımlı
 * doğrulama. Plurals: one, other (a noun after a number stays singular).
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Bu kod çalışmadı. Kontrol edip tekrar deneyin.',
  errorRateLimited: 'Çok fazla deneme yapıldı. Biraz bekleyip tekrar deneyin.',
  errorRetryIn: 'Çok fazla deneme yapıldı. {time} tekrar deneyin.',
  errorLockedOut:
    'Çok fazla deneme yapıldı. Daha sonra tekrar deneyin veya başka bir yöntem kullanın.',
  retryNow: 'Şimdi tekrar deneyebilirsiniz.',
  errorExpired: 'Bu adımın süresi doldu. Lütfen baştan başlayın.',
  errorAlreadyEnrolled:
    'Hesabınız için zaten bir kimlik doğrulayıcı uygulama ayarlanmış. Başka bir uygulama eklemeden önce mevcut uygulamayı kaldırın.',
  errorNotEnrolled: 'Bu yöntem hesabınız için henüz ayarlanmadı.',
  errorPasskeyCancelled: 'Geçiş anahtarı isteği iptal edildi veya zaman aşımına uğradı.',
  errorPasskeyUnsupported: 'Bu tarayıcı veya cihaz geçiş anahtarlarını desteklemiyor.',
  errorUnauthorized: 'Oturumunuz sona erdi. Lütfen tekrar oturum açın.',
  errorStepUpRequired: 'Önce kimliğinizi doğrulayın.',
  errorInvalidRequest: 'İstek kabul edilmedi. Lütfen tekrar deneyin.',
  errorNetwork: 'Sunucuya ulaşılamadı. Bağlantınızı kontrol edip tekrar deneyin.',
  errorUnknown: 'Bir sorun oluştu. Lütfen tekrar deneyin.',
  errorNoClient:
    'Bu öğenin MFA istemcisi yok. Öğeyi <mfa-provider> içine yerleştirin veya client özelliğini ayarlayın.',
  tryAgain: 'Tekrar dene',
  loading: 'Yükleniyor…',
  copy: 'Kopyala',
  copied: 'Kopyalandı',
  copyFailed: 'Kopyalanamadı. Metni seçip kendiniz kopyalayın.',
  stepUpConfirm: 'Kimliğinizi doğrulayın',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Doğrulama kodu',
  otpValueMissing: 'Kodu girin.',
  otpTooShort: {
    one: '{count} rakam girin.',
    other: '{count} rakamın tamamını girin.',
  },
  otpPatternMismatch: 'Yalnızca rakam kullanın.',
  otpTooLong: {
    one: 'Yalnızca {count} rakam girin.',
    other: 'Yalnızca {count} rakam girin.',
  },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Kimlik doğrulayıcı uygulama kurulumu hazırlanıyor…',
  totpScanTitle: 'Bu QR kodunu tarayın',
  totpScanHint:
    'Kimlik doğrulayıcı uygulamanızı açın, bir hesap ekleyin ve kamerayı koda doğrultun.',
  totpQrLabel: '{account} hesabını kimlik doğrulayıcı uygulamanıza eklemek için QR kodu',
  totpQrLabelIssuer:
    '{issuer} ({account}) hesabını kimlik doğrulayıcı uygulamanıza eklemek için QR kodu',
  totpIssuer: 'Hizmet',
  totpAccount: 'Hesap',
  totpManualHint: 'Taranamıyor mu? Bunun yerine şu kurulum anahtarını girin:',
  totpCopySecret: 'Anahtarı kopyala',
  totpOpenLink: 'Bu cihazda kur',
  totpCodeTitle: {
    one: '{count} haneli kodu girin',
    other: '{count} haneli kodu girin',
  },
  totpCodeHint: 'Uygulamanızın bu hesap için şu anda gösterdiği kodu yazın.',
  totpCodeLabel: 'Kimlik doğrulayıcı uygulamanızdaki kod',
  totpSubmit: 'Doğrula',
  totpVerifying: 'Kod kontrol ediliyor…',
  totpRetryIn: '{time} tekrar deneyin.',
  totpEnrolled: 'Kimlik doğrulayıcı uygulama eklendi',
  totpEnrolledHint: 'Bundan sonra oturum açarken uygulamadaki kodu kullanacaksınız.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Bu kurtarma kodlarını şifre yöneticisi gibi güvenli bir yerde saklayın. Diğer oturum açma yöntemlerinizi kaybederseniz her kodla bir kez oturum açabilirsiniz.',
  recoveryCodesListLabel: 'Kurtarma kodları',
  recoveryCodesCopy: 'Tümünü kopyala',
  recoveryCodesDownload: 'İndir',
  recoveryCodesDownloaded: 'İndirme başladı.',
  recoveryCodesPrint: 'Yazdır',
  recoveryCodesConfirm: 'Bu kodları kaydettim',
  recoveryCodesContinue: 'Devam',
  recoveryCodesSaving: 'Kaydediliyor…',
  recoveryCodesDone: 'Kurtarma kodlarınız kaydedildi. Kodları güvenli bir yerde saklayın.',
  recoveryCodesRegenerating: 'Yeni kurtarma kodları oluşturuluyor…',
  recoveryCodesRegenerated: 'Yeni kurtarma kodlarınız hazır. Eski kodlarınız artık çalışmıyor.',
  recoveryCodesFileTitle: 'Kurtarma kodları',
  recoveryCodesFileTitleNamed: '{issuer} kurtarma kodları',
  recoveryCodesFileDate: 'Oluşturulma tarihi: {date}',
  recoveryCodesFileNote:
    'Her kod yalnızca bir kez kullanılabilir. Kodları güvenli bir yerde saklayın.',
  recoveryCodeLabel: 'Kurtarma kodu',
  recoveryCodeHint:
    'Kaydettiğiniz kurtarma kodlarından birini girin. Kısa çizgiler, boşluklar ve büyük/küçük harf fark etmez.',
  recoveryCodeMissing: 'Bir kurtarma kodu girin.',
  recoveryCodeSubmit: 'Doğrula',
  recoveryCodeVerifying: 'Kodunuz kontrol ediliyor…',
  recoveryCodeVerified: 'Kurtarma kodu kabul edildi.',
  recoveryCodesNoneLeft: 'Kurtarma kodunuz kalmadı. Şimdi yeni kodlar oluşturun.',
  recoveryCodesFewLeft: {
    one: '{count} kurtarma kodunuz kaldı. Yakında yeni kodlar oluşturun.',
    other: '{count} kurtarma kodunuz kaldı. Yakında yeni kodlar oluşturun.',
  },
  recoveryCodesRemaining: {
    one: '{count} kurtarma kodunuz kaldı.',
    other: '{count} kurtarma kodunuz kaldı.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Geçiş anahtarı kullan',
  passkeyRegister: 'Geçiş anahtarı oluştur',
  passkeyAliasLabel: 'Geçiş anahtarı adı (isteğe bağlı)',
  passkeyAliasHint: 'Daha sonra tanıyabileceğiniz bir ad, örneğin “İş bilgisayarı”.',
  passkeyWaiting: 'Geçiş anahtarınız bekleniyor…',
  passkeyCancelled: 'Geçiş anahtarı kullanılmadı. Hazır olduğunuzda tekrar deneyebilirsiniz.',
  passkeyVerified: 'Geçiş anahtarı kabul edildi.',
  passkeyRejected:
    'Geçiş anahtarınız doğrulanamadı. Tekrar deneyin veya başka bir oturum açma yöntemi kullanın.',
  passkeyAlreadyRegistered: 'Bu geçiş anahtarı hesabınız için zaten ayarlanmış.',
  passkeyCreated: 'Geçiş anahtarı oluşturuldu.',
  passkeyCreatedNamed: '“{alias}” geçiş anahtarı oluşturuldu.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Doğrulama yöntemi',
  verifyMethodPasskey: 'Geçiş anahtarı',
  verifyMethodTotp: 'Kimlik doğrulayıcı uygulama',
  verifyMethodRecoveryCode: 'Kurtarma kodu',
  verifyPasskeyHint:
    'Bu cihazdaki, telefonunuzdaki veya bir güvenlik anahtarındaki geçiş anahtarını kullanın.',
  verifyTotpHint: 'Kimlik doğrulayıcı uygulamanızın şu anda gösterdiği 6 haneli kodu girin.',
  verifyTotpLabel: 'Kimlik doğrulayıcı uygulamanızdaki kod',
  verifyTotpSubmit: 'Doğrula',
  verifyTotpVerifying: 'Kodunuz kontrol ediliyor…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Kimliğinizi doğrulayın',
  actionGuardChecking: 'Bu işlemin doğrulama gerektirip gerektirmediği kontrol ediliyor…',
  actionGuardLoading: 'Doğrulama yöntemleriniz yükleniyor…',
  actionGuardCancel: 'İptal',
  actionGuardClose: 'Kapat',
  actionGuardNoMethod:
    'Bu işlem iki adımlı doğrulama gerektiriyor ancak hesabınız için henüz bir yöntem ayarlanmadı. Hesap ayarlarınızdan bir kimlik doğrulayıcı uygulama veya geçiş anahtarı ekleyip tekrar deneyin.',
  actionGuardEnrollIntro:
    'Bu işlem iki adımlı doğrulama gerektiriyor. Şimdi bir yöntem ayarlayın, ardından kimliğinizi doğrulamak için bu yöntemi kullanın.',
  actionGuardEnrollLabel: 'Ayarlanacak yöntem',
  actionGuardEnrollPasskey: 'Geçiş anahtarı',
  actionGuardEnrollTotp: 'Kimlik doğrulayıcı uygulama',
  actionGuardReauthSend: 'Bana e-postayla kod gönder',
  actionGuardReauthSent: '{destination} adresine bir kod gönderdik. Buraya girin.',
  actionGuardReauthLabel: 'E-postadaki kod',
  actionGuardReauthResend: 'Yeni kod gönder',
  actionGuardReauthSendSms: 'Bana SMS ile kod gönder',
  actionGuardReauthSentSms: '{destination} numarasına SMS ile bir kod gönderdik. Buraya girin.',
  actionGuardReauthLabelSms: 'SMS’teki kod',
  actionGuardReauthResendIn: '{time} yeni bir kod gönderebilirsiniz.',
  actionGuardReauthResendReady: 'Şimdi yeni bir kod gönderebilirsiniz.',
  actionGuardEnrolled:
    'Yeni yönteminiz ayarlandı. Şimdi kimliğinizi doğrulamak için bu yöntemi kullanın (kimlik doğrulayıcı uygulamada bir sonraki kod gerekir).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Oturum açma güvenliğiniz kontrol ediliyor…',
  flowEnrollHeading: 'İkinci bir oturum açma yöntemi ekleyin',
  flowEnrollIntro: 'Oturum açarken kimliğinizi nasıl doğrulayacağınızı seçin.',
  flowChoiceTotp: 'Kimlik doğrulayıcı uygulama',
  flowChoiceTotpHint:
    'Google Authenticator veya 1Password gibi bir uygulamadaki 6 haneli kodu girin.',
  flowChoicePasskey: 'Geçiş anahtarı',
  flowChoicePasskeyHint:
    'Cihazınızın ekran kilidini (parmak izi, yüz veya PIN) ya da bir güvenlik anahtarını kullanın.',
  flowTotpHeading: 'Kimlik doğrulayıcı uygulama ayarlayın',
  flowPasskeyHeading: 'Geçiş anahtarı oluşturun',
  flowPasskeyIntro: 'Tarayıcınız, bu hesap için bir geçiş anahtarı oluşturmanızı isteyecek.',
  flowBack: 'Başka bir yöntem seç',
  flowNoMethod: 'Burada sunulan oturum açma yöntemlerinin hiçbiri bu tarayıcıda çalışmıyor.',
  flowVerifyHeading: 'Kimliğinizi doğrulayın',
  flowVerifyIntro: 'Devam etmek için oturum açma yöntemlerinizden birini kullanın.',
  flowAcknowledgeHeading: 'Kurtarma kodlarınızı kaydedin',
  flowEnrolledPasskey: 'Geçiş anahtarı eklendi.',
  flowEnrolledTotp: 'Kimlik doğrulayıcı uygulama eklendi.',
  flowVerified: 'Doğrulandı.',
  flowCodesSaved: 'Kurtarma kodları kaydedildi.',
  flowDoneHeading: 'Her şey hazır',
  flowDone: 'Hesabınızda iki adımlı doğrulama açık.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Oturum açma yöntemleriniz yükleniyor…',
  devicesListLabel: 'Oturum açma yöntemleriniz',
  devicesEmpty:
    'Henüz oturum açma yönteminiz yok. İki adımlı doğrulamayı açmak için bir yöntem ekleyin.',
  devicesTypeTotp: 'Kimlik doğrulayıcı uygulama',
  devicesTypePasskey: 'Geçiş anahtarı',
  devicesAddedOn: 'Eklenme tarihi',
  devicesLastUsed: 'Son kullanım',
  devicesNeverUsed: 'Henüz kullanılmadı',
  devicesState: 'Durum',
  devicesVerified: 'Doğrulandı',
  devicesPending: 'Kurulum tamamlanmadı',
  devicesDelete: 'Sil',
  devicesGuardLabel: '“{name}” öğesini sil',
  devicesDeleting: '“{name}” siliniyor…',
  devicesDeleted: '“{name}” silindi.',
  devicesNotDeleted: 'Hiçbir şey silinmedi.',
  devicesLastWarning:
    '“{name}”, kimliğinizi doğrulamanın tek yolu. Bunu silerseniz başka bir yöntem ekleyene kadar hesabınızda iki adımlı doğrulama kapalı olur.',
  devicesConfirmDelete: 'Yine de sil',
  devicesKeep: 'Silme',
  devicesRecoveryTitle: 'Kurtarma kodları',
  devicesRecoveryNone: 'Kullanılmamış kod kalmadı. Yeni kodlar oluşturun.',
  devicesRecoveryRemaining: {
    one: '{count} kullanılmamış kod kaldı.',
    other: '{count} kullanılmamış kod kaldı.',
  },
  devicesRegenerate: 'Yeni kodlar oluştur',
  devicesRegenerateHint: 'Yeni kodlar oluşturduğunuzda eski kodlarınız çalışmaz.',
  devicesRegenerateGuardLabel: 'Yeni kurtarma kodları oluştur',
  devicesNewCodesTitle: 'Yeni kurtarma kodlarınız',
  devicesSaveCodesTitle: 'Kurtarma kodlarınızı kaydedin',
  devicesFirstCodesSaved: 'Kurtarma kodları kaydedildi.',
  devicesCodesSaved: 'Yeni kurtarma kodları kaydedildi. Eski kodlar artık çalışmıyor.',
  devicesNoNewCodes: 'Yeni kod oluşturulmadı.',
  devicesClose: 'Kapat',
  devicesAddTotp: 'Kimlik doğrulayıcı uygulama ekle',
  devicesAddPasskey: 'Geçiş anahtarı ekle',
  devicesAddTitleTotp: 'Kimlik doğrulayıcı uygulama ekleyin',
  devicesAddTitlePasskey: 'Geçiş anahtarı ekleyin',
  devicesCancel: 'İptal',
  devicesOneTotp:
    'Yalnızca bir kimlik doğrulayıcı uygulamanız olabilir. Başka bir uygulamaya veya telefona geçmek için önce mevcut uygulamayı silin, ardından yenisini ekleyin.',
  devicesAdded: '“{name}” eklendi.',
} satisfies MfaTranslation;

registerMessages('tr', messages);
