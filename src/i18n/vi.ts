/**
 * Tiếng Việt (Vietnamese). Address: "bạn". Terms (docs/TRANSLATING.md): khóa truy cập, ứng dụng
 * xác thực, mã xác minh, mã khôi phục, xác minh 2 bước. Plurals: other only.
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Mã đó không hợp lệ. Hãy kiểm tra rồi thử lại.',
  errorRateLimited: 'Bạn đã thử quá nhiều lần. Hãy đợi một lát rồi thử lại.',
  errorRetryIn: 'Bạn đã thử quá nhiều lần. Hãy thử lại {time}.',
  errorLockedOut: 'Bạn đã thử quá nhiều lần. Hãy thử lại sau hoặc dùng phương thức khác.',
  retryNow: 'Bây giờ bạn có thể thử lại.',
  errorExpired: 'Bước này đã hết hạn. Vui lòng bắt đầu lại.',
  errorAlreadyEnrolled:
    'Tài khoản của bạn đã thiết lập một ứng dụng xác thực. Hãy xóa ứng dụng đó trước khi thêm ứng dụng khác.',
  errorNotEnrolled: 'Phương thức này chưa được thiết lập cho tài khoản của bạn.',
  errorPasskeyCancelled: 'Yêu cầu khóa truy cập đã bị hủy hoặc đã hết thời gian chờ.',
  errorPasskeyUnsupported: 'Trình duyệt hoặc thiết bị này không hỗ trợ khóa truy cập.',
  errorUnauthorized: 'Phiên của bạn đã kết thúc. Vui lòng đăng nhập lại.',
  errorStepUpRequired: 'Trước tiên, hãy xác minh đó là bạn.',
  errorInvalidRequest: 'Yêu cầu không được chấp nhận. Vui lòng thử lại.',
  errorNetwork: 'Không thể kết nối với máy chủ. Hãy kiểm tra kết nối rồi thử lại.',
  errorUnknown: 'Đã xảy ra lỗi. Vui lòng thử lại.',
  errorNoClient:
    'Phần tử này chưa có client MFA. Hãy đặt phần tử vào trong <mfa-provider> hoặc thiết lập thuộc tính client của phần tử.',
  tryAgain: 'Thử lại',
  loading: 'Đang tải…',
  copy: 'Sao chép',
  copied: 'Đã sao chép',
  copyFailed: 'Không thể sao chép. Hãy chọn văn bản rồi tự sao chép.',
  stepUpConfirm: 'Xác minh đó là bạn',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Mã xác minh',
  otpValueMissing: 'Hãy nhập mã.',
  otpTooShort: {
    other: 'Hãy nhập đủ {count} chữ số.',
  },
  otpPatternMismatch: 'Chỉ sử dụng chữ số.',
  otpTooLong: {
    other: 'Chỉ nhập {count} chữ số.',
  },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Đang chuẩn bị thiết lập ứng dụng xác thực…',
  totpScanTitle: 'Quét mã QR này',
  totpScanHint: 'Mở ứng dụng xác thực, thêm tài khoản rồi hướng máy ảnh vào mã.',
  totpQrLabel: 'Mã QR để thêm {account} vào ứng dụng xác thực của bạn',
  totpQrLabelIssuer: 'Mã QR để thêm {issuer} ({account}) vào ứng dụng xác thực của bạn',
  totpIssuer: 'Dịch vụ',
  totpAccount: 'Tài khoản',
  totpManualHint: 'Không quét được? Hãy nhập khóa thiết lập này:',
  totpCopySecret: 'Sao chép khóa',
  totpOpenLink: 'Thiết lập trên thiết bị này',
  totpCodeTitle: {
    other: 'Nhập mã gồm {count} chữ số',
  },
  totpCodeHint: 'Nhập mã mà ứng dụng đang hiển thị cho tài khoản này.',
  totpCodeLabel: 'Mã từ ứng dụng xác thực',
  totpSubmit: 'Xác minh',
  totpVerifying: 'Đang kiểm tra mã…',
  totpRetryIn: 'Hãy thử lại {time}.',
  totpEnrolled: 'Đã thêm ứng dụng xác thực',
  totpEnrolledHint: 'Từ giờ, bạn sẽ dùng mã từ ứng dụng khi đăng nhập.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Hãy lưu các mã khôi phục này ở nơi an toàn, chẳng hạn như trình quản lý mật khẩu. Nếu mất các phương thức đăng nhập khác, bạn có thể dùng mỗi mã để đăng nhập một lần.',
  recoveryCodesListLabel: 'Mã khôi phục',
  recoveryCodesCopy: 'Sao chép tất cả',
  recoveryCodesDownload: 'Tải xuống',
  recoveryCodesDownloaded: 'Đã bắt đầu tải xuống.',
  recoveryCodesPrint: 'In',
  recoveryCodesConfirm: 'Tôi đã lưu các mã này',
  recoveryCodesContinue: 'Tiếp tục',
  recoveryCodesSaving: 'Đang lưu…',
  recoveryCodesDone: 'Đã lưu các mã khôi phục của bạn. Hãy cất giữ các mã ở nơi an toàn.',
  recoveryCodesRegenerating: 'Đang tạo mã khôi phục mới…',
  recoveryCodesRegenerated: 'Các mã khôi phục mới đã sẵn sàng. Các mã cũ không còn dùng được nữa.',
  recoveryCodesFileTitle: 'Mã khôi phục',
  recoveryCodesFileTitleNamed: 'Mã khôi phục cho {issuer}',
  recoveryCodesFileDate: 'Tạo ngày {date}',
  recoveryCodesFileNote: 'Mỗi mã chỉ dùng được một lần. Hãy cất giữ các mã ở nơi an toàn.',
  recoveryCodeLabel: 'Mã khôi phục',
  recoveryCodeHint:
    'Nhập một trong các mã khôi phục bạn đã lưu. Không phân biệt dấu gạch ngang, dấu cách và chữ hoa/chữ thường.',
  recoveryCodeMissing: 'Hãy nhập mã khôi phục.',
  recoveryCodeSubmit: 'Xác minh',
  recoveryCodeVerifying: 'Đang kiểm tra mã…',
  recoveryCodeVerified: 'Đã chấp nhận mã khôi phục.',
  recoveryCodesNoneLeft: 'Bạn đã hết mã khôi phục. Hãy tạo một bộ mã mới ngay.',
  recoveryCodesFewLeft: {
    other: 'Bạn chỉ còn {count} mã khôi phục. Hãy sớm tạo một bộ mã mới.',
  },
  recoveryCodesRemaining: {
    other: 'Bạn còn {count} mã khôi phục.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Dùng khóa truy cập',
  passkeyRegister: 'Tạo khóa truy cập',
  passkeyAliasLabel: 'Tên khóa truy cập (không bắt buộc)',
  passkeyAliasHint:
    'Một tên mà sau này bạn sẽ nhận ra, chẳng hạn như “Máy tính xách tay ở cơ quan”.',
  passkeyWaiting: 'Đang chờ khóa truy cập của bạn…',
  passkeyCancelled: 'Chưa có khóa truy cập nào được dùng. Bạn có thể thử lại khi đã sẵn sàng.',
  passkeyVerified: 'Đã chấp nhận khóa truy cập.',
  passkeyRejected:
    'Không thể xác minh khóa truy cập của bạn. Hãy thử lại hoặc dùng cách đăng nhập khác.',
  passkeyAlreadyRegistered: 'Khóa truy cập này đã được thiết lập cho tài khoản của bạn.',
  passkeyCreated: 'Đã tạo khóa truy cập.',
  passkeyCreatedNamed: 'Đã tạo khóa truy cập “{alias}”.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Phương thức xác minh',
  verifyMethodPasskey: 'Khóa truy cập',
  verifyMethodTotp: 'Ứng dụng xác thực',
  verifyMethodRecoveryCode: 'Mã khôi phục',
  verifyPasskeyHint:
    'Dùng khóa truy cập trên thiết bị này, trên điện thoại của bạn hoặc trên khóa bảo mật.',
  verifyTotpHint: 'Nhập mã gồm 6 chữ số mà ứng dụng xác thực đang hiển thị.',
  verifyTotpLabel: 'Mã từ ứng dụng xác thực',
  verifyTotpSubmit: 'Xác minh',
  verifyTotpVerifying: 'Đang kiểm tra mã…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Xác minh đó là bạn',
  actionGuardChecking: 'Đang kiểm tra xem thao tác này có cần xác minh không…',
  actionGuardLoading: 'Đang tải các phương thức xác minh của bạn…',
  actionGuardCancel: 'Hủy',
  actionGuardClose: 'Đóng',
  actionGuardNoMethod:
    'Thao tác này cần xác minh 2 bước, nhưng tài khoản của bạn chưa thiết lập phương thức nào. Hãy thêm ứng dụng xác thực hoặc khóa truy cập trong phần cài đặt tài khoản rồi thử lại.',
  actionGuardEnrollIntro:
    'Thao tác này cần xác minh 2 bước. Hãy thiết lập một phương thức ngay bây giờ, rồi dùng phương thức đó để xác minh đó là bạn.',
  actionGuardEnrollLabel: 'Phương thức cần thiết lập',
  actionGuardEnrollPasskey: 'Khóa truy cập',
  actionGuardEnrollTotp: 'Ứng dụng xác thực',
  actionGuardReauthSend: 'Gửi mã qua email cho tôi',
  actionGuardReauthSent: 'Chúng tôi đã gửi mã đến {destination}. Hãy nhập mã vào đây.',
  actionGuardReauthLabel: 'Mã trong email',
  actionGuardReauthResend: 'Gửi mã mới',
  actionGuardReauthSendSms: 'Gửi mã qua SMS cho tôi',
  actionGuardReauthSentSms: 'Chúng tôi đã gửi mã qua SMS đến {destination}. Hãy nhập mã vào đây.',
  actionGuardReauthLabelSms: 'Mã trong SMS',
  actionGuardReauthResendIn: 'Bạn có thể gửi mã mới {time}.',
  actionGuardReauthResendReady: 'Bây giờ bạn có thể gửi mã mới.',
  actionGuardEnrolled:
    'Đã thiết lập phương thức mới. Giờ hãy dùng phương thức này để xác minh đó là bạn (ứng dụng xác thực cần mã tiếp theo).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Đang kiểm tra mức độ bảo mật khi đăng nhập…',
  flowEnrollHeading: 'Thêm cách đăng nhập thứ hai',
  flowEnrollIntro: 'Chọn cách bạn sẽ xác minh đó là bạn khi đăng nhập.',
  flowChoiceTotp: 'Ứng dụng xác thực',
  flowChoiceTotpHint:
    'Nhập mã gồm 6 chữ số từ một ứng dụng như Google Authenticator hoặc 1Password.',
  flowChoicePasskey: 'Khóa truy cập',
  flowChoicePasskeyHint:
    'Dùng phương thức khóa màn hình của thiết bị (vân tay, khuôn mặt hoặc mã PIN) hoặc khóa bảo mật.',
  flowTotpHeading: 'Thiết lập ứng dụng xác thực',
  flowPasskeyHeading: 'Tạo khóa truy cập',
  flowPasskeyIntro: 'Trình duyệt sẽ yêu cầu bạn tạo khóa truy cập cho tài khoản này.',
  flowBack: 'Chọn cách khác',
  flowNoMethod: 'Không có cách đăng nhập nào được cung cấp ở đây hoạt động trên trình duyệt này.',
  flowVerifyHeading: 'Xác minh đó là bạn',
  flowVerifyIntro: 'Dùng một trong các phương thức đăng nhập của bạn để tiếp tục.',
  flowAcknowledgeHeading: 'Lưu mã khôi phục',
  flowEnrolledPasskey: 'Đã thêm khóa truy cập.',
  flowEnrolledTotp: 'Đã thêm ứng dụng xác thực.',
  flowVerified: 'Đã xác minh.',
  flowCodesSaved: 'Đã lưu mã khôi phục.',
  flowDoneHeading: 'Mọi thứ đã sẵn sàng',
  flowDone: 'Tài khoản của bạn đã bật xác minh 2 bước.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Đang tải các phương thức đăng nhập của bạn…',
  devicesListLabel: 'Phương thức đăng nhập của bạn',
  devicesEmpty:
    'Chưa có phương thức đăng nhập nào. Hãy thêm một phương thức để bật xác minh 2 bước.',
  devicesTypeTotp: 'Ứng dụng xác thực',
  devicesTypePasskey: 'Khóa truy cập',
  devicesAddedOn: 'Ngày thêm',
  devicesLastUsed: 'Lần dùng gần nhất',
  devicesNeverUsed: 'Chưa dùng lần nào',
  devicesState: 'Trạng thái',
  devicesVerified: 'Đã xác minh',
  devicesPending: 'Chưa thiết lập xong',
  devicesDelete: 'Xóa',
  devicesGuardLabel: 'Xóa “{name}”',
  devicesDeleting: 'Đang xóa “{name}”…',
  devicesDeleted: 'Đã xóa “{name}”.',
  devicesNotDeleted: 'Chưa có gì bị xóa.',
  devicesLastWarning:
    '“{name}” là cách duy nhất để bạn xác minh đó là bạn. Nếu bạn xóa, xác minh 2 bước sẽ bị tắt cho tài khoản của bạn cho đến khi bạn thêm phương thức khác.',
  devicesConfirmDelete: 'Vẫn xóa',
  devicesKeep: 'Giữ lại',
  devicesRecoveryTitle: 'Mã khôi phục',
  devicesRecoveryNone: 'Không còn mã nào chưa dùng. Hãy tạo mã mới.',
  devicesRecoveryRemaining: {
    other: 'Còn {count} mã chưa dùng.',
  },
  devicesRegenerate: 'Tạo mã mới',
  devicesRegenerateHint: 'Các mã cũ sẽ không dùng được nữa khi bạn tạo mã mới.',
  devicesRegenerateGuardLabel: 'Tạo mã khôi phục mới',
  devicesNewCodesTitle: 'Mã khôi phục mới của bạn',
  devicesSaveCodesTitle: 'Lưu mã khôi phục',
  devicesFirstCodesSaved: 'Đã lưu mã khôi phục.',
  devicesCodesSaved: 'Đã lưu mã khôi phục mới. Các mã cũ không còn dùng được nữa.',
  devicesNoNewCodes: 'Chưa tạo mã mới nào.',
  devicesClose: 'Đóng',
  devicesAddTotp: 'Thêm ứng dụng xác thực',
  devicesAddPasskey: 'Thêm khóa truy cập',
  devicesAddTitleTotp: 'Thêm ứng dụng xác thực',
  devicesAddTitlePasskey: 'Thêm khóa truy cập',
  devicesCancel: 'Hủy',
  devicesOneTotp:
    'Bạn chỉ có thể dùng một ứng dụng xác thực. Để chuyển sang ứng dụng hoặc điện thoại khác, trước tiên hãy xóa ứng dụng hiện tại, sau đó thêm ứng dụng mới.',
  devicesAdded: 'Đã thêm “{name}”.',
} satisfies MfaTranslation;

registerMessages('vi', messages);
