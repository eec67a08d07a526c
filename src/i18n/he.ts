/**
 * עברית (Hebrew), written right to left. Address: second person kept gender-neutral, mostly
 * with the infinitive (יש להזין, אפשר לנסות) and "שלך". Terms (docs/TRANSLATING.md): מפתח גישה,
 * אפליקציית אימות, קוד אימות, קוד שחזור, אימות דו-שלבי. Plurals: one, two, other; `one` and
 * `two` name the count in words (ספרה אחת, שתי ספרות) rather than with {count}.
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'הקוד לא תקין. יש לבדוק אותו ולנסות שוב.',
  errorRateLimited: 'יותר מדי ניסיונות. יש להמתין רגע ולנסות שוב.',
  errorRetryIn: 'יותר מדי ניסיונות. אפשר לנסות שוב {time}.',
  errorLockedOut: 'יותר מדי ניסיונות. אפשר לנסות שוב מאוחר יותר או להשתמש בשיטה אחרת.',
  retryNow: 'אפשר לנסות שוב עכשיו.',
  errorExpired: 'תוקף השלב הזה פג. יש להתחיל מחדש.',
  errorAlreadyEnrolled:
    'כבר מוגדרת אפליקציית אימות בחשבון שלך. יש להסיר אותה לפני הוספת אפליקציה אחרת.',
  errorNotEnrolled: 'השיטה הזו עדיין לא הוגדרה בחשבון שלך.',
  errorPasskeyCancelled: 'הבקשה להשתמש במפתח הגישה בוטלה או שהזמן הקצוב לה הסתיים.',
  errorPasskeyUnsupported: 'הדפדפן או המכשיר הזה לא תומכים במפתחות גישה.',
  errorUnauthorized: 'תוקף ההתחברות פג. יש להתחבר שוב.',
  errorStepUpRequired: 'קודם יש לאמת את זהותך.',
  errorInvalidRequest: 'הבקשה לא התקבלה. יש לנסות שוב.',
  errorNetwork: 'לא הצלחנו להתחבר לשרת. יש לבדוק את החיבור לאינטרנט ולנסות שוב.',
  errorUnknown: 'משהו השתבש. יש לנסות שוב.',
  errorNoClient:
    'לרכיב הזה אין לקוח MFA. יש למקם אותו בתוך <mfa-provider> או להגדיר את המאפיין client שלו.',
  tryAgain: 'ניסיון חוזר',
  loading: 'בטעינה…',
  copy: 'העתקה',
  copied: 'הועתק',
  copyFailed: 'ההעתקה נכשלה. יש לבחור את הטקסט ולהעתיק אותו ידנית.',
  stepUpConfirm: 'אימות הזהות',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'קוד אימות',
  otpValueMissing: 'יש להזין את הקוד.',
  otpTooShort: {
    one: 'יש להזין ספרה אחת.',
    two: 'יש להזין את שתי הספרות.',
    other: 'יש להזין את כל {count} הספרות.',
  },
  otpPatternMismatch: 'יש להשתמש בספרות בלבד.',
  otpTooLong: {
    one: 'יש להזין ספרה אחת בלבד.',
    two: 'יש להזין שתי ספרות בלבד.',
    other: 'יש להזין {count} ספרות בלבד.',
  },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'מכינים את ההגדרה של אפליקציית האימות…',
  totpScanTitle: 'סריקת קוד ה-QR',
  totpScanHint: 'יש לפתוח את אפליקציית האימות, להוסיף חשבון ולכוון את המצלמה אל הקוד.',
  totpQrLabel: 'קוד QR להוספת {account} לאפליקציית האימות',
  totpQrLabelIssuer: 'קוד QR להוספת {issuer} ({account}) לאפליקציית האימות',
  totpIssuer: 'שירות',
  totpAccount: 'חשבון',
  totpManualHint: 'הסריקה לא מצליחה? אפשר להזין במקום זאת את מפתח ההגדרה הזה:',
  totpCopySecret: 'העתקת המפתח',
  totpOpenLink: 'הגדרה במכשיר הזה',
  totpCodeTitle: {
    one: 'יש להזין את הקוד בן הספרה האחת',
    two: 'יש להזין את הקוד בן שתי הספרות',
    other: 'יש להזין את הקוד בן {count} הספרות',
  },
  totpCodeHint: 'יש להקליד את הקוד שמוצג עכשיו באפליקציה עבור החשבון הזה.',
  totpCodeLabel: 'הקוד מאפליקציית האימות',
  totpSubmit: 'אימות',
  totpVerifying: 'בודקים את הקוד…',
  totpRetryIn: 'אפשר לנסות שוב {time}.',
  totpEnrolled: 'אפליקציית האימות נוספה',
  totpEnrolledHint: 'מעכשיו, בכל כניסה לחשבון יש להזין קוד מהאפליקציה.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'יש לשמור את קודי השחזור האלה במקום בטוח, למשל במנהל סיסמאות. אם שיטות הכניסה האחרות לא יהיו זמינות, כל קוד יאפשר להיכנס לחשבון פעם אחת.',
  recoveryCodesListLabel: 'קודי שחזור',
  recoveryCodesCopy: 'העתקת הכול',
  recoveryCodesDownload: 'הורדה',
  recoveryCodesDownloaded: 'ההורדה התחילה.',
  recoveryCodesPrint: 'הדפסה',
  recoveryCodesConfirm: 'שמרתי את הקודים האלה',
  recoveryCodesContinue: 'המשך',
  recoveryCodesSaving: 'בשמירה…',
  recoveryCodesDone: 'קודי השחזור נשמרו. חשוב לשמור אותם במקום בטוח.',
  recoveryCodesRegenerating: 'יוצרים קודי שחזור חדשים…',
  recoveryCodesRegenerated: 'קודי השחזור החדשים מוכנים. הקודים הישנים כבר לא פעילים.',
  recoveryCodesFileTitle: 'קודי שחזור',
  recoveryCodesFileTitleNamed: 'קודי שחזור של {issuer}',
  recoveryCodesFileDate: 'תאריך יצירה: {date}',
  recoveryCodesFileNote: 'אפשר להשתמש בכל קוד פעם אחת בלבד. חשוב לשמור את הקודים במקום בטוח.',
  recoveryCodeLabel: 'קוד שחזור',
  recoveryCodeHint:
    'יש להזין אחד מקודי השחזור ששמרת. אין חשיבות למקפים, לרווחים או לאותיות רישיות.',
  recoveryCodeMissing: 'יש להזין קוד שחזור.',
  recoveryCodeSubmit: 'אימות',
  recoveryCodeVerifying: 'בודקים את הקוד…',
  recoveryCodeVerified: 'קוד השחזור התקבל.',
  recoveryCodesNoneLeft: 'לא נשארו לך קודי שחזור. יש ליצור עכשיו קבוצה חדשה.',
  recoveryCodesFewLeft: {
    one: 'נשאר לך קוד שחזור אחד. כדאי ליצור בקרוב קבוצה חדשה.',
    two: 'נשארו לך שני קודי שחזור. כדאי ליצור בקרוב קבוצה חדשה.',
    other: 'נשארו לך {count} קודי שחזור. כדאי ליצור בקרוב קבוצה חדשה.',
  },
  recoveryCodesRemaining: {
    one: 'נשאר לך קוד שחזור אחד.',
    two: 'נשארו לך שני קודי שחזור.',
    other: 'נשארו לך {count} קודי שחזור.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'שימוש במפתח גישה',
  passkeyRegister: 'יצירת מפתח גישה',
  passkeyAliasLabel: 'שם מפתח הגישה (לא חובה)',
  passkeyAliasHint: 'שם שיהיה קל לזהות בהמשך, למשל "מחשב נייד לעבודה".',
  passkeyWaiting: 'ממתינים למפתח הגישה…',
  passkeyCancelled: 'לא נעשה שימוש במפתח גישה. אפשר לנסות שוב כשיהיה נוח.',
  passkeyVerified: 'מפתח הגישה התקבל.',
  passkeyRejected: 'לא ניתן היה לאמת את מפתח הגישה. אפשר לנסות שוב או להיכנס בדרך אחרת.',
  passkeyAlreadyRegistered: 'מפתח הגישה הזה כבר מוגדר בחשבון שלך.',
  passkeyCreated: 'מפתח הגישה נוצר.',
  passkeyCreatedNamed: 'מפתח הגישה "{alias}" נוצר.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'שיטת אימות',
  verifyMethodPasskey: 'מפתח גישה',
  verifyMethodTotp: 'אפליקציית אימות',
  verifyMethodRecoveryCode: 'קוד שחזור',
  verifyPasskeyHint: 'אפשר להשתמש במפתח הגישה שבמכשיר הזה, בטלפון או במפתח אבטחה.',
  verifyTotpHint: 'יש להזין את הקוד בן 6 הספרות שמוצג עכשיו באפליקציית האימות.',
  verifyTotpLabel: 'הקוד מאפליקציית האימות',
  verifyTotpSubmit: 'אימות',
  verifyTotpVerifying: 'בודקים את הקוד…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'אימות הזהות',
  actionGuardChecking: 'בודקים אם הפעולה הזו דורשת אימות…',
  actionGuardLoading: 'טוענים את שיטות האימות שלך…',
  actionGuardCancel: 'ביטול',
  actionGuardClose: 'סגירה',
  actionGuardNoMethod:
    'הפעולה הזו דורשת אימות דו-שלבי, ועדיין לא הוגדרה שיטה בחשבון שלך. יש להוסיף אפליקציית אימות או מפתח גישה בהגדרות החשבון, ואז לנסות שוב.',
  actionGuardEnrollIntro:
    'הפעולה הזו דורשת אימות דו-שלבי. יש להגדיר שיטה עכשיו, ואז להשתמש בה כדי לאמת את זהותך.',
  actionGuardEnrollLabel: 'השיטה להגדרה',
  actionGuardEnrollPasskey: 'מפתח גישה',
  actionGuardEnrollTotp: 'אפליקציית אימות',
  actionGuardReauthSend: 'שלחו לי קוד באימייל',
  actionGuardReauthSent: 'שלחנו קוד אל {destination}. הזינו אותו כאן.',
  actionGuardReauthLabel: 'הקוד מהאימייל',
  actionGuardReauthResend: 'שליחת קוד חדש',
  actionGuardEnrolled:
    'השיטה החדשה הוגדרה. עכשיו אפשר להשתמש בה כדי לאמת את זהותך (באפליקציית אימות צריך את הקוד הבא).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'בודקים את אבטחת הכניסה לחשבון…',
  flowEnrollHeading: 'הוספת שיטת כניסה שנייה',
  flowEnrollIntro: 'יש לבחור איך לאמת את זהותך בכל כניסה לחשבון.',
  flowChoiceTotp: 'אפליקציית אימות',
  flowChoiceTotpHint: 'הזנת קוד בן 6 ספרות מאפליקציה כמו Google Authenticator או 1Password.',
  flowChoicePasskey: 'מפתח גישה',
  flowChoicePasskeyHint:
    'שימוש בנעילת המסך של המכשיר (טביעת אצבע, זיהוי פנים או קוד PIN) או במפתח אבטחה.',
  flowTotpHeading: 'הגדרת אפליקציית אימות',
  flowPasskeyHeading: 'יצירת מפתח גישה',
  flowPasskeyIntro: 'הדפדפן יבקש ליצור מפתח גישה לחשבון הזה.',
  flowBack: 'בחירת דרך אחרת',
  flowNoMethod: 'אף אחת משיטות הכניסה שמוצעות כאן לא פועלת בדפדפן הזה.',
  flowVerifyHeading: 'אימות הזהות',
  flowVerifyIntro: 'כדי להמשיך, יש להשתמש באחת משיטות הכניסה שלך.',
  flowAcknowledgeHeading: 'שמירת קודי השחזור',
  flowEnrolledPasskey: 'מפתח הגישה נוסף.',
  flowEnrolledTotp: 'אפליקציית האימות נוספה.',
  flowVerified: 'האימות הושלם.',
  flowCodesSaved: 'קודי השחזור נשמרו.',
  flowDoneHeading: 'הכול מוכן',
  flowDone: 'האימות הדו-שלבי מופעל בחשבון שלך.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'טוענים את שיטות הכניסה שלך…',
  devicesListLabel: 'שיטות הכניסה שלך',
  devicesEmpty: 'עדיין אין שיטות כניסה. אפשר להוסיף שיטה כדי להפעיל את האימות הדו-שלבי.',
  devicesTypeTotp: 'אפליקציית אימות',
  devicesTypePasskey: 'מפתח גישה',
  devicesAddedOn: 'תאריך הוספה',
  devicesLastUsed: 'שימוש אחרון',
  devicesNeverUsed: 'עדיין לא נעשה שימוש',
  devicesState: 'סטטוס',
  devicesVerified: 'מאומת',
  devicesPending: 'ההגדרה לא הושלמה',
  devicesDelete: 'מחיקה',
  devicesGuardLabel: 'מחיקת "{name}"',
  devicesDeleting: 'מוחקים את "{name}"…',
  devicesDeleted: 'השיטה "{name}" נמחקה.',
  devicesNotDeleted: 'שום דבר לא נמחק.',
  devicesLastWarning:
    'השיטה "{name}" היא הדרך היחידה לאמת את זהותך. אם היא תימחק, האימות הדו-שלבי בחשבון שלך יושבת עד שתתווסף שיטה אחרת.',
  devicesConfirmDelete: 'למחוק בכל זאת',
  devicesKeep: 'לא למחוק',
  devicesRecoveryTitle: 'קודי שחזור',
  devicesRecoveryNone: 'לא נשארו קודים שלא נעשה בהם שימוש. יש ליצור קודים חדשים.',
  devicesRecoveryRemaining: {
    one: 'נשאר קוד אחד שלא נעשה בו שימוש.',
    two: 'נשארו שני קודים שלא נעשה בהם שימוש.',
    other: 'נשארו {count} קודים שלא נעשה בהם שימוש.',
  },
  devicesRegenerate: 'יצירת קודים חדשים',
  devicesRegenerateHint: 'אחרי יצירת קודים חדשים, הקודים הישנים יפסיקו לפעול.',
  devicesRegenerateGuardLabel: 'יצירת קודי שחזור חדשים',
  devicesNewCodesTitle: 'קודי השחזור החדשים שלך',
  devicesSaveCodesTitle: 'שמירת קודי השחזור',
  devicesFirstCodesSaved: 'קודי השחזור נשמרו.',
  devicesCodesSaved: 'קודי השחזור החדשים נשמרו. הקודים הישנים כבר לא פעילים.',
  devicesNoNewCodes: 'לא נוצרו קודים חדשים.',
  devicesClose: 'סגירה',
  devicesAddTotp: 'הוספת אפליקציית אימות',
  devicesAddPasskey: 'הוספת מפתח גישה',
  devicesAddTitleTotp: 'הוספת אפליקציית אימות',
  devicesAddTitlePasskey: 'הוספת מפתח גישה',
  devicesCancel: 'ביטול',
  devicesOneTotp:
    'אפשר להגדיר אפליקציית אימות אחת בלבד. כדי לעבור לאפליקציה אחרת או לטלפון אחר, יש למחוק קודם את הנוכחית ואז להוסיף את החדשה.',
  devicesAdded: 'השיטה "{name}" נוספה.',
} satisfies MfaTranslation;

registerMessages('he', messages);
