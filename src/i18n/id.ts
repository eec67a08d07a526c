/**
 * Bahasa Indonesia (Indonesian). Address: formal "Anda". Terms (docs/TRANSLATING.md): kunci
 * sandi, aplikasi autentikator, kode verifikasi, kode pemulihan, Verifikasi 2 Langkah; "login"
 * as Google's Indonesian interfaces write it. Plurals: other only.
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Kode tersebut tidak berfungsi. Periksa kode, lalu coba lagi.',
  errorRateLimited: 'Terlalu banyak percobaan. Tunggu sebentar, lalu coba lagi.',
  errorRetryIn: 'Terlalu banyak percobaan. Coba lagi {time}.',
  errorLockedOut: 'Terlalu banyak percobaan. Coba lagi nanti atau gunakan metode lain.',
  retryNow: 'Sekarang Anda dapat mencoba lagi.',
  errorExpired: 'Langkah ini sudah kedaluwarsa. Silakan mulai lagi.',
  errorAlreadyEnrolled:
    'Aplikasi autentikator sudah disiapkan untuk akun Anda. Hapus aplikasi tersebut sebelum menambahkan aplikasi lain.',
  errorNotEnrolled: 'Metode ini belum disiapkan untuk akun Anda.',
  errorPasskeyCancelled: 'Permintaan kunci sandi dibatalkan atau waktunya habis.',
  errorPasskeyUnsupported: 'Browser atau perangkat ini tidak mendukung kunci sandi.',
  errorUnauthorized: 'Sesi Anda telah berakhir. Silakan login lagi.',
  errorStepUpRequired: 'Verifikasi terlebih dahulu bahwa ini memang Anda.',
  errorInvalidRequest: 'Permintaan tidak diterima. Silakan coba lagi.',
  errorNetwork: 'Tidak dapat terhubung ke server. Periksa koneksi Anda, lalu coba lagi.',
  errorUnknown: 'Terjadi kesalahan. Silakan coba lagi.',
  errorNoClient:
    'Elemen ini tidak memiliki klien MFA. Tempatkan elemen di dalam <mfa-provider> atau tetapkan properti client-nya.',
  tryAgain: 'Coba lagi',
  loading: 'Memuat…',
  copy: 'Salin',
  copied: 'Disalin',
  copyFailed: 'Tidak dapat menyalin. Pilih teks, lalu salin sendiri.',
  stepUpConfirm: 'Verifikasi bahwa ini memang Anda',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Kode verifikasi',
  otpValueMissing: 'Masukkan kode.',
  otpTooShort: {
    other: 'Masukkan semua {count} digit.',
  },
  otpPatternMismatch: 'Gunakan angka saja.',
  otpTooLong: {
    other: 'Masukkan {count} digit saja.',
  },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Menyiapkan konfigurasi aplikasi autentikator…',
  totpScanTitle: 'Pindai kode QR ini',
  totpScanHint: 'Buka aplikasi autentikator, tambahkan akun, lalu arahkan kamera ke kode.',
  totpQrLabel: 'Kode QR untuk menambahkan {account} ke aplikasi autentikator Anda',
  totpQrLabelIssuer: 'Kode QR untuk menambahkan {issuer} ({account}) ke aplikasi autentikator Anda',
  totpIssuer: 'Layanan',
  totpAccount: 'Akun',
  totpManualHint: 'Tidak dapat memindai? Masukkan kunci penyiapan ini:',
  totpCopySecret: 'Salin kunci',
  totpOpenLink: 'Siapkan di perangkat ini',
  totpCodeTitle: {
    other: 'Masukkan kode {count} digit',
  },
  totpCodeHint: 'Ketik kode yang sekarang ditampilkan aplikasi untuk akun ini.',
  totpCodeLabel: 'Kode dari aplikasi autentikator',
  totpSubmit: 'Verifikasi',
  totpVerifying: 'Memeriksa kode…',
  totpRetryIn: 'Coba lagi {time}.',
  totpEnrolled: 'Aplikasi autentikator ditambahkan',
  totpEnrolledHint: 'Mulai sekarang, Anda akan menggunakan kode dari aplikasi saat login.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Simpan kode pemulihan ini di tempat yang aman, misalnya di pengelola sandi. Jika Anda kehilangan metode login lainnya, setiap kode dapat digunakan untuk login satu kali.',
  recoveryCodesListLabel: 'Kode pemulihan',
  recoveryCodesCopy: 'Salin semua',
  recoveryCodesDownload: 'Unduh',
  recoveryCodesDownloaded: 'Pengunduhan dimulai.',
  recoveryCodesPrint: 'Cetak',
  recoveryCodesConfirm: 'Saya sudah menyimpan kode ini',
  recoveryCodesContinue: 'Lanjutkan',
  recoveryCodesSaving: 'Menyimpan…',
  recoveryCodesDone: 'Kode pemulihan Anda sudah tersimpan. Simpan kode di tempat yang aman.',
  recoveryCodesRegenerating: 'Membuat kode pemulihan baru…',
  recoveryCodesRegenerated: 'Kode pemulihan baru sudah siap. Kode lama Anda tidak berlaku lagi.',
  recoveryCodesFileTitle: 'Kode pemulihan',
  recoveryCodesFileTitleNamed: 'Kode pemulihan {issuer}',
  recoveryCodesFileDate: 'Dibuat pada {date}',
  recoveryCodesFileNote:
    'Setiap kode hanya dapat digunakan satu kali. Simpan kode di tempat yang aman.',
  recoveryCodeLabel: 'Kode pemulihan',
  recoveryCodeHint:
    'Masukkan salah satu kode pemulihan yang Anda simpan. Tanda hubung, spasi, dan huruf besar/kecil tidak berpengaruh.',
  recoveryCodeMissing: 'Masukkan kode pemulihan.',
  recoveryCodeSubmit: 'Verifikasi',
  recoveryCodeVerifying: 'Memeriksa kode…',
  recoveryCodeVerified: 'Kode pemulihan diterima.',
  recoveryCodesNoneLeft: 'Kode pemulihan Anda sudah habis. Buat kode baru sekarang.',
  recoveryCodesFewLeft: {
    other: 'Kode pemulihan Anda tinggal {count}. Segera buat kode baru.',
  },
  recoveryCodesRemaining: {
    other: 'Kode pemulihan Anda tersisa {count}.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Gunakan kunci sandi',
  passkeyRegister: 'Buat kunci sandi',
  passkeyAliasLabel: 'Nama kunci sandi (opsional)',
  passkeyAliasHint: 'Nama yang mudah Anda kenali nanti, misalnya “Laptop kantor”.',
  passkeyWaiting: 'Menunggu kunci sandi Anda…',
  passkeyCancelled:
    'Tidak ada kunci sandi yang digunakan. Anda dapat mencoba lagi saat sudah siap.',
  passkeyVerified: 'Kunci sandi diterima.',
  passkeyRejected:
    'Kunci sandi Anda tidak dapat diverifikasi. Coba lagi, atau gunakan metode login lain.',
  passkeyAlreadyRegistered: 'Kunci sandi ini sudah disiapkan untuk akun Anda.',
  passkeyCreated: 'Kunci sandi dibuat.',
  passkeyCreatedNamed: 'Kunci sandi “{alias}” dibuat.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Metode verifikasi',
  verifyMethodPasskey: 'Kunci sandi',
  verifyMethodTotp: 'Aplikasi autentikator',
  verifyMethodRecoveryCode: 'Kode pemulihan',
  verifyPasskeyHint:
    'Gunakan kunci sandi di perangkat ini, di ponsel Anda, atau di kunci keamanan.',
  verifyTotpHint: 'Masukkan kode 6 digit yang sekarang ditampilkan aplikasi autentikator Anda.',
  verifyTotpLabel: 'Kode dari aplikasi autentikator',
  verifyTotpSubmit: 'Verifikasi',
  verifyTotpVerifying: 'Memeriksa kode…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Verifikasi bahwa ini memang Anda',
  actionGuardChecking: 'Memeriksa apakah tindakan ini memerlukan verifikasi…',
  actionGuardLoading: 'Memuat metode verifikasi Anda…',
  actionGuardCancel: 'Batal',
  actionGuardClose: 'Tutup',
  actionGuardNoMethod:
    'Tindakan ini memerlukan Verifikasi 2 Langkah, tetapi belum ada metode yang disiapkan untuk akun Anda. Tambahkan aplikasi autentikator atau kunci sandi di setelan akun, lalu coba lagi.',
  actionGuardEnrollIntro:
    'Tindakan ini memerlukan Verifikasi 2 Langkah. Siapkan metode sekarang, lalu gunakan untuk memverifikasi bahwa ini memang Anda.',
  actionGuardEnrollLabel: 'Metode yang akan disiapkan',
  actionGuardEnrollPasskey: 'Kunci sandi',
  actionGuardEnrollTotp: 'Aplikasi autentikator',
  actionGuardReauthSend: 'Kirimi saya kode lewat email',
  actionGuardReauthSent: 'Kami telah mengirim kode ke {destination}. Masukkan di sini.',
  actionGuardReauthLabel: 'Kode dari email',
  actionGuardReauthResend: 'Kirim kode baru',
  actionGuardReauthSendSms: 'Kirimi saya kode lewat SMS',
  actionGuardReauthSentSms:
    'Kami telah mengirim kode lewat SMS ke {destination}. Masukkan di sini.',
  actionGuardReauthLabelSms: 'Kode dari SMS',
  actionGuardReauthResendIn: 'Anda dapat mengirim kode baru {time}.',
  actionGuardReauthResendReady: 'Sekarang Anda dapat mengirim kode baru.',
  actionGuardEnrolled:
    'Metode baru Anda sudah disiapkan. Sekarang gunakan metode tersebut untuk memverifikasi bahwa ini memang Anda (aplikasi autentikator memerlukan kode berikutnya).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Memeriksa keamanan login Anda…',
  flowEnrollHeading: 'Tambahkan cara login kedua',
  flowEnrollIntro: 'Pilih cara untuk memverifikasi bahwa ini memang Anda saat login.',
  flowChoiceTotp: 'Aplikasi autentikator',
  flowChoiceTotpHint:
    'Masukkan kode 6 digit dari aplikasi seperti Google Authenticator atau 1Password.',
  flowChoicePasskey: 'Kunci sandi',
  flowChoicePasskeyHint:
    'Gunakan kunci layar perangkat Anda (sidik jari, wajah, atau PIN) atau kunci keamanan.',
  flowTotpHeading: 'Siapkan aplikasi autentikator',
  flowPasskeyHeading: 'Buat kunci sandi',
  flowPasskeyIntro: 'Browser Anda akan meminta Anda membuat kunci sandi untuk akun ini.',
  flowBack: 'Pilih cara lain',
  flowNoMethod: 'Tidak ada cara login yang ditawarkan di sini yang berfungsi di browser ini.',
  flowVerifyHeading: 'Verifikasi bahwa ini memang Anda',
  flowVerifyIntro: 'Gunakan salah satu metode login Anda untuk melanjutkan.',
  flowAcknowledgeHeading: 'Simpan kode pemulihan Anda',
  flowEnrolledPasskey: 'Kunci sandi ditambahkan.',
  flowEnrolledTotp: 'Aplikasi autentikator ditambahkan.',
  flowVerified: 'Terverifikasi.',
  flowCodesSaved: 'Kode pemulihan disimpan.',
  flowDoneHeading: 'Semua sudah siap',
  flowDone: 'Verifikasi 2 Langkah aktif untuk akun Anda.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Memuat metode login Anda…',
  devicesListLabel: 'Metode login Anda',
  devicesEmpty:
    'Belum ada metode login. Tambahkan satu metode untuk mengaktifkan Verifikasi 2 Langkah.',
  devicesTypeTotp: 'Aplikasi autentikator',
  devicesTypePasskey: 'Kunci sandi',
  devicesAddedOn: 'Ditambahkan',
  devicesLastUsed: 'Terakhir digunakan',
  devicesNeverUsed: 'Belum pernah digunakan',
  devicesState: 'Status',
  devicesVerified: 'Terverifikasi',
  devicesPending: 'Penyiapan belum selesai',
  devicesDelete: 'Hapus',
  devicesGuardLabel: 'Hapus “{name}”',
  devicesDeleting: 'Menghapus “{name}”…',
  devicesDeleted: '“{name}” telah dihapus.',
  devicesNotDeleted: 'Tidak ada yang dihapus.',
  devicesLastWarning:
    '“{name}” adalah satu-satunya cara untuk memverifikasi bahwa ini memang Anda. Jika dihapus, Verifikasi 2 Langkah akan nonaktif untuk akun Anda hingga Anda menambahkan metode lain.',
  devicesConfirmDelete: 'Tetap hapus',
  devicesKeep: 'Jangan hapus',
  devicesRecoveryTitle: 'Kode pemulihan',
  devicesRecoveryNone: 'Tidak ada lagi kode yang belum digunakan. Buat kode baru.',
  devicesRecoveryRemaining: {
    other: 'Tersisa {count} kode yang belum digunakan.',
  },
  devicesRegenerate: 'Buat kode baru',
  devicesRegenerateHint: 'Kode lama Anda tidak akan berlaku lagi setelah Anda membuat kode baru.',
  devicesRegenerateGuardLabel: 'Buat kode pemulihan baru',
  devicesNewCodesTitle: 'Kode pemulihan baru Anda',
  devicesSaveCodesTitle: 'Simpan kode pemulihan Anda',
  devicesFirstCodesSaved: 'Kode pemulihan disimpan.',
  devicesCodesSaved: 'Kode pemulihan baru disimpan. Kode lama tidak berlaku lagi.',
  devicesNoNewCodes: 'Tidak ada kode baru yang dibuat.',
  devicesClose: 'Tutup',
  devicesAddTotp: 'Tambahkan aplikasi autentikator',
  devicesAddPasskey: 'Tambahkan kunci sandi',
  devicesAddTitleTotp: 'Tambahkan aplikasi autentikator',
  devicesAddTitlePasskey: 'Tambahkan kunci sandi',
  devicesCancel: 'Batal',
  devicesOneTotp:
    'Anda hanya dapat memiliki satu aplikasi autentikator. Untuk beralih ke aplikasi atau ponsel lain, hapus aplikasi yang sekarang terlebih dahulu, lalu tambahkan yang baru.',
  devicesAdded: '“{name}” telah ditambahkan.',
} satisfies MfaTranslation;

registerMessages('id', messages);
