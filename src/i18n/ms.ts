/**
 * Bahasa Melayu (Malay). Address: formal "anda" (lower case). Terms (docs/TRANSLATING.md): kunci
 * laluan, apl pengesah, kod pengesahan, kod pemulihan, Pengesahan 2 Langkah; "log masuk" for
 * sign-in. Plurals: other only.
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Kod itu tidak berfungsi. Semak kod dan cuba lagi.',
  errorRateLimited: 'Terlalu banyak percubaan. Tunggu sebentar dan cuba lagi.',
  errorRetryIn: 'Terlalu banyak percubaan. Cuba lagi {time}.',
  errorLockedOut: 'Terlalu banyak percubaan. Cuba lagi kemudian atau gunakan kaedah lain.',
  retryNow: 'Anda boleh cuba lagi sekarang.',
  errorExpired: 'Langkah ini telah tamat tempoh. Sila mulakan semula.',
  errorAlreadyEnrolled:
    'Apl pengesah sudah disediakan untuk akaun anda. Alih keluar apl itu sebelum menambah apl lain.',
  errorNotEnrolled: 'Kaedah ini belum disediakan untuk akaun anda.',
  errorPasskeyCancelled: 'Permintaan kunci laluan telah dibatalkan atau tamat masa.',
  errorPasskeyUnsupported: 'Penyemak imbas atau peranti ini tidak menyokong kunci laluan.',
  errorUnauthorized: 'Sesi anda telah tamat. Sila log masuk semula.',
  errorStepUpRequired: 'Sahkan bahawa ini anda dahulu.',
  errorInvalidRequest: 'Permintaan tidak diterima. Sila cuba lagi.',
  errorNetwork: 'Pelayan tidak dapat dihubungi. Semak sambungan anda dan cuba lagi.',
  errorUnknown: 'Berlaku ralat. Sila cuba lagi.',
  errorNoClient:
    'Elemen ini tiada klien MFA. Letakkan elemen ini di dalam <mfa-provider> atau tetapkan sifat client elemen ini.',
  tryAgain: 'Cuba lagi',
  loading: 'Memuatkan…',
  copy: 'Salin',
  copied: 'Disalin',
  copyFailed: 'Tidak dapat menyalin. Pilih teks dan salin sendiri.',
  stepUpConfirm: 'Sahkan bahawa ini anda',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Kod pengesahan',
  otpValueMissing: 'Masukkan kod.',
  otpTooShort: {
    other: 'Masukkan kesemua {count} digit.',
  },
  otpPatternMismatch: 'Gunakan digit sahaja.',
  otpTooLong: {
    other: 'Masukkan {count} digit sahaja.',
  },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Menyediakan persediaan apl pengesah…',
  totpScanTitle: 'Imbas kod QR ini',
  totpScanHint: 'Buka apl pengesah anda, tambah akaun dan halakan kamera ke arah kod.',
  totpQrLabel: 'Kod QR untuk menambah {account} pada apl pengesah anda',
  totpQrLabelIssuer: 'Kod QR untuk menambah {issuer} ({account}) pada apl pengesah anda',
  totpIssuer: 'Perkhidmatan',
  totpAccount: 'Akaun',
  totpManualHint: 'Tidak dapat mengimbas? Masukkan kunci persediaan ini:',
  totpCopySecret: 'Salin kunci',
  totpOpenLink: 'Sediakan pada peranti ini',
  totpCodeTitle: {
    other: 'Masukkan kod {count} digit',
  },
  totpCodeHint: 'Taip kod yang kini dipaparkan oleh apl anda untuk akaun ini.',
  totpCodeLabel: 'Kod daripada apl pengesah anda',
  totpSubmit: 'Sahkan',
  totpVerifying: 'Menyemak kod…',
  totpRetryIn: 'Cuba lagi {time}.',
  totpEnrolled: 'Apl pengesah ditambah',
  totpEnrolledHint: 'Mulai sekarang, anda akan menggunakan kod daripada apl semasa log masuk.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Simpan kod pemulihan ini di tempat yang selamat, seperti pengurus kata laluan. Jika anda kehilangan kaedah log masuk anda yang lain, setiap kod membolehkan anda log masuk sekali.',
  recoveryCodesListLabel: 'Kod pemulihan',
  recoveryCodesCopy: 'Salin semua',
  recoveryCodesDownload: 'Muat turun',
  recoveryCodesDownloaded: 'Muat turun dimulakan.',
  recoveryCodesPrint: 'Cetak',
  recoveryCodesConfirm: 'Saya telah menyimpan kod ini',
  recoveryCodesContinue: 'Teruskan',
  recoveryCodesSaving: 'Menyimpan…',
  recoveryCodesDone: 'Kod pemulihan anda telah disimpan. Simpan kod di tempat yang selamat.',
  recoveryCodesRegenerating: 'Membuat kod pemulihan baharu…',
  recoveryCodesRegenerated: 'Kod pemulihan baharu sudah sedia. Kod lama anda tidak berfungsi lagi.',
  recoveryCodesFileTitle: 'Kod pemulihan',
  recoveryCodesFileTitleNamed: 'Kod pemulihan {issuer}',
  recoveryCodesFileDate: 'Dibuat pada {date}',
  recoveryCodesFileNote:
    'Setiap kod boleh digunakan sekali sahaja. Simpan kod di tempat yang selamat.',
  recoveryCodeLabel: 'Kod pemulihan',
  recoveryCodeHint:
    'Masukkan salah satu kod pemulihan yang telah anda simpan. Sempang, jarak dan huruf besar/kecil tidak penting.',
  recoveryCodeMissing: 'Masukkan kod pemulihan.',
  recoveryCodeSubmit: 'Sahkan',
  recoveryCodeVerifying: 'Menyemak kod…',
  recoveryCodeVerified: 'Kod pemulihan diterima.',
  recoveryCodesNoneLeft: 'Kod pemulihan anda sudah habis. Buat set baharu sekarang.',
  recoveryCodesFewLeft: {
    other: 'Kod pemulihan anda tinggal {count}. Buat set baharu dengan segera.',
  },
  recoveryCodesRemaining: {
    other: 'Kod pemulihan anda tinggal {count}.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Gunakan kunci laluan',
  passkeyRegister: 'Buat kunci laluan',
  passkeyAliasLabel: 'Nama kunci laluan (pilihan)',
  passkeyAliasHint: 'Nama yang mudah anda kenali kemudian, seperti “Komputer riba kerja”.',
  passkeyWaiting: 'Menunggu kunci laluan anda…',
  passkeyCancelled: 'Tiada kunci laluan digunakan. Anda boleh mencuba lagi apabila sudah bersedia.',
  passkeyVerified: 'Kunci laluan diterima.',
  passkeyRejected:
    'Kunci laluan anda tidak dapat disahkan. Cuba lagi atau gunakan kaedah log masuk lain.',
  passkeyAlreadyRegistered: 'Kunci laluan ini sudah disediakan untuk akaun anda.',
  passkeyCreated: 'Kunci laluan dibuat.',
  passkeyCreatedNamed: 'Kunci laluan “{alias}” dibuat.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Kaedah pengesahan',
  verifyMethodPasskey: 'Kunci laluan',
  verifyMethodTotp: 'Apl pengesah',
  verifyMethodRecoveryCode: 'Kod pemulihan',
  verifyPasskeyHint:
    'Gunakan kunci laluan pada peranti ini, pada telefon anda atau pada kunci keselamatan.',
  verifyTotpHint: 'Masukkan kod 6 digit yang kini dipaparkan oleh apl pengesah anda.',
  verifyTotpLabel: 'Kod daripada apl pengesah anda',
  verifyTotpSubmit: 'Sahkan',
  verifyTotpVerifying: 'Menyemak kod…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Sahkan bahawa ini anda',
  actionGuardChecking: 'Menyemak sama ada tindakan ini memerlukan pengesahan…',
  actionGuardLoading: 'Memuatkan kaedah pengesahan anda…',
  actionGuardCancel: 'Batal',
  actionGuardClose: 'Tutup',
  actionGuardNoMethod:
    'Tindakan ini memerlukan Pengesahan 2 Langkah, tetapi belum ada kaedah yang disediakan untuk akaun anda. Tambah apl pengesah atau kunci laluan dalam tetapan akaun anda, kemudian cuba lagi.',
  actionGuardEnrollIntro:
    'Tindakan ini memerlukan Pengesahan 2 Langkah. Sediakan kaedah sekarang, kemudian gunakan kaedah itu untuk mengesahkan bahawa ini anda.',
  actionGuardEnrollLabel: 'Kaedah untuk disediakan',
  actionGuardEnrollPasskey: 'Kunci laluan',
  actionGuardEnrollTotp: 'Apl pengesah',
  actionGuardReauthSend: 'E-melkan kod kepada saya',
  actionGuardReauthSent: 'Kami telah menghantar kod ke {destination}. Masukkannya di sini.',
  actionGuardReauthLabel: 'Kod daripada e-mel',
  actionGuardReauthResend: 'Hantar kod baharu',
  actionGuardReauthSendSms: 'SMS kan kod kepada saya',
  actionGuardReauthSentSms:
    'Kami telah menghantar kod melalui SMS ke {destination}. Masukkannya di sini.',
  actionGuardReauthLabelSms: 'Kod daripada SMS',
  actionGuardReauthResendIn: 'Anda boleh menghantar kod baharu {time}.',
  actionGuardReauthResendReady: 'Anda boleh menghantar kod baharu sekarang.',
  actionGuardEnrolled:
    'Kaedah baharu anda telah disediakan. Sekarang gunakan kaedah itu untuk mengesahkan bahawa ini anda (apl pengesah memerlukan kod seterusnya).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Menyemak keselamatan log masuk anda…',
  flowEnrollHeading: 'Tambah cara kedua untuk log masuk',
  flowEnrollIntro: 'Pilih cara anda akan mengesahkan bahawa ini anda semasa log masuk.',
  flowChoiceTotp: 'Apl pengesah',
  flowChoiceTotpHint:
    'Masukkan kod 6 digit daripada apl seperti Google Authenticator atau 1Password.',
  flowChoicePasskey: 'Kunci laluan',
  flowChoicePasskeyHint:
    'Gunakan kunci skrin peranti anda (cap jari, wajah atau PIN) atau kunci keselamatan.',
  flowTotpHeading: 'Sediakan apl pengesah',
  flowPasskeyHeading: 'Buat kunci laluan',
  flowPasskeyIntro: 'Penyemak imbas anda akan meminta anda membuat kunci laluan untuk akaun ini.',
  flowBack: 'Pilih cara lain',
  flowNoMethod:
    'Tiada satu pun cara log masuk yang ditawarkan di sini berfungsi dalam penyemak imbas ini.',
  flowVerifyHeading: 'Sahkan bahawa ini anda',
  flowVerifyIntro: 'Gunakan salah satu kaedah log masuk anda untuk meneruskan.',
  flowAcknowledgeHeading: 'Simpan kod pemulihan anda',
  flowEnrolledPasskey: 'Kunci laluan ditambah.',
  flowEnrolledTotp: 'Apl pengesah ditambah.',
  flowVerified: 'Disahkan.',
  flowCodesSaved: 'Kod pemulihan disimpan.',
  flowDoneHeading: 'Semuanya sudah sedia',
  flowDone: 'Pengesahan 2 Langkah dihidupkan untuk akaun anda.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Memuatkan kaedah log masuk anda…',
  devicesListLabel: 'Kaedah log masuk anda',
  devicesEmpty:
    'Belum ada kaedah log masuk. Tambah satu kaedah untuk menghidupkan Pengesahan 2 Langkah.',
  devicesTypeTotp: 'Apl pengesah',
  devicesTypePasskey: 'Kunci laluan',
  devicesAddedOn: 'Ditambah',
  devicesLastUsed: 'Kali terakhir digunakan',
  devicesNeverUsed: 'Belum digunakan',
  devicesState: 'Status',
  devicesVerified: 'Disahkan',
  devicesPending: 'Persediaan belum selesai',
  devicesDelete: 'Padam',
  devicesGuardLabel: 'Padam “{name}”',
  devicesDeleting: 'Memadam “{name}”…',
  devicesDeleted: '“{name}” telah dipadam.',
  devicesNotDeleted: 'Tiada apa-apa yang dipadam.',
  devicesLastWarning:
    '“{name}” ialah satu-satunya cara untuk mengesahkan bahawa ini anda. Jika anda memadamnya, Pengesahan 2 Langkah akan dimatikan untuk akaun anda sehingga anda menambah kaedah lain.',
  devicesConfirmDelete: 'Padam juga',
  devicesKeep: 'Kekalkan',
  devicesRecoveryTitle: 'Kod pemulihan',
  devicesRecoveryNone: 'Tiada lagi kod yang belum digunakan. Buat kod baharu.',
  devicesRecoveryRemaining: {
    other: 'Tinggal {count} kod yang belum digunakan.',
  },
  devicesRegenerate: 'Buat kod baharu',
  devicesRegenerateHint: 'Kod lama anda tidak akan berfungsi lagi apabila anda membuat kod baharu.',
  devicesRegenerateGuardLabel: 'Buat kod pemulihan baharu',
  devicesNewCodesTitle: 'Kod pemulihan baharu anda',
  devicesSaveCodesTitle: 'Simpan kod pemulihan anda',
  devicesFirstCodesSaved: 'Kod pemulihan disimpan.',
  devicesCodesSaved: 'Kod pemulihan baharu disimpan. Kod lama tidak berfungsi lagi.',
  devicesNoNewCodes: 'Tiada kod baharu dibuat.',
  devicesClose: 'Tutup',
  devicesAddTotp: 'Tambah apl pengesah',
  devicesAddPasskey: 'Tambah kunci laluan',
  devicesAddTitleTotp: 'Tambah apl pengesah',
  devicesAddTitlePasskey: 'Tambah kunci laluan',
  devicesCancel: 'Batal',
  devicesOneTotp:
    'Anda hanya boleh mempunyai satu apl pengesah. Untuk bertukar kepada apl atau telefon lain, padam apl semasa dahulu, kemudian tambah apl baharu.',
  devicesAdded: '“{name}” telah ditambah.',
} satisfies MfaTranslation;

registerMessages('ms', messages);
