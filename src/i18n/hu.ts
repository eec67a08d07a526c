/**
 * Magyar (Hungarian). Address: formal (Ön verb forms, no pronoun). Terms (docs/TRANSLATING.md):
 * azonosítókulcs, hitelesítő alkalmazás, ellenőrző kód, helyreállító kód, kétlépcsős azonosítás.
 * Plurals: one, other (a noun after a number stays singular, so both often read the same).
 * Placeholders are kept clear of a(z) articles and case endings.
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Ez a kód nem működött. Ellenőrizze, és próbálja újra.',
  errorRateLimited: 'Túl sok próbálkozás. Várjon egy kicsit, majd próbálja újra.',
  errorRetryIn: 'Túl sok próbálkozás. Próbálja újra {time}.',
  errorLockedOut: 'Túl sok próbálkozás. Próbálja újra később, vagy használjon másik módszert.',
  retryNow: 'Most újra próbálkozhat.',
  errorExpired: 'Ez a lépés lejárt. Kezdje újra.',
  errorAlreadyEnrolled:
    'A fiókjához már be van állítva egy hitelesítő alkalmazás. Távolítsa el, mielőtt újat adna hozzá.',
  errorNotEnrolled: 'Ez a módszer még nincs beállítva a fiókjához.',
  errorPasskeyCancelled: 'Az azonosítókulcs-kérés megszakadt, vagy túllépte az időkorlátot.',
  errorPasskeyUnsupported: 'Ez a böngésző vagy eszköz nem támogatja az azonosítókulcsokat.',
  errorUnauthorized: 'A munkamenet lejárt. Jelentkezzen be újra.',
  errorStepUpRequired: 'Először igazolja személyazonosságát.',
  errorInvalidRequest: 'A rendszer nem fogadta el a kérést. Próbálja újra.',
  errorNetwork:
    'Nem sikerült elérni a szervert. Ellenőrizze az internetkapcsolatot, és próbálja újra.',
  errorUnknown: 'Hiba történt. Próbálja újra.',
  errorNoClient:
    'Ennek az elemnek nincs MFA-kliense. Helyezze egy <mfa-provider> elembe, vagy állítsa be a client tulajdonságát.',
  tryAgain: 'Újrapróbálkozás',
  loading: 'Betöltés…',
  copy: 'Másolás',
  copied: 'Másolva',
  copyFailed: 'A másolás nem sikerült. Jelölje ki a szöveget, és másolja ki saját maga.',
  stepUpConfirm: 'Személyazonosság igazolása',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Ellenőrző kód',
  otpValueMissing: 'Adja meg a kódot.',
  otpTooShort: {
    one: 'Adjon meg {count} számjegyet.',
    other: 'Adjon meg összesen {count} számjegyet.',
  },
  otpPatternMismatch: 'Csak számjegyeket használjon.',
  otpTooLong: {
    one: 'Csak {count} számjegyet adjon meg.',
    other: 'Csak {count} számjegyet adjon meg.',
  },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'A hitelesítő alkalmazás beállításának előkészítése…',
  totpScanTitle: 'Olvassa be ezt a QR-kódot',
  totpScanHint:
    'Nyissa meg a hitelesítő alkalmazást, adjon hozzá egy fiókot, és irányítsa a kamerát a kódra.',
  totpQrLabel: 'QR-kód a következő fiók hozzáadásához a hitelesítő alkalmazásban: {account}',
  totpQrLabelIssuer:
    'QR-kód a következő fiók hozzáadásához a hitelesítő alkalmazásban: {issuer} ({account})',
  totpIssuer: 'Szolgáltatás',
  totpAccount: 'Fiók',
  totpManualHint: 'Nem sikerül beolvasni? Adja meg inkább ezt a beállítási kulcsot:',
  totpCopySecret: 'Kulcs másolása',
  totpOpenLink: 'Beállítás ezen az eszközön',
  totpCodeTitle: {
    one: 'Adja meg az alkalmazás {count} számjegyű kódját',
    other: 'Adja meg az alkalmazás {count} számjegyű kódját',
  },
  totpCodeHint: 'Írja be a kódot, amelyet az alkalmazás most ehhez a fiókhoz mutat.',
  totpCodeLabel: 'Kód a hitelesítő alkalmazásból',
  totpSubmit: 'Ellenőrzés',
  totpVerifying: 'A kód ellenőrzése…',
  totpRetryIn: 'Próbálja újra {time}.',
  totpEnrolled: 'Hitelesítő alkalmazás hozzáadva',
  totpEnrolledHint: 'Mostantól bejelentkezéskor az alkalmazásban megjelenő kódot kell használnia.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Mentse ezeket a helyreállító kódokat biztonságos helyre, például egy jelszókezelőbe. Ha elveszíti a többi bejelentkezési módszerét, mindegyik kóddal egyszer jelentkezhet be.',
  recoveryCodesListLabel: 'Helyreállító kódok',
  recoveryCodesCopy: 'Összes másolása',
  recoveryCodesDownload: 'Letöltés',
  recoveryCodesDownloaded: 'A letöltés elindult.',
  recoveryCodesPrint: 'Nyomtatás',
  recoveryCodesConfirm: 'Elmentettem ezeket a kódokat',
  recoveryCodesContinue: 'Tovább',
  recoveryCodesSaving: 'Mentés…',
  recoveryCodesDone: 'A helyreállító kódokat elmentette. Tartsa őket biztonságos helyen.',
  recoveryCodesRegenerating: 'Új helyreállító kódok létrehozása…',
  recoveryCodesRegenerated: 'Elkészültek az új helyreállító kódok. A régi kódok már nem működnek.',
  recoveryCodesFileTitle: 'Helyreállító kódok',
  recoveryCodesFileTitleNamed: '{issuer} – helyreállító kódok',
  recoveryCodesFileDate: 'Létrehozva: {date}',
  recoveryCodesFileNote: 'Minden kód egyszer használható. Tartsa őket biztonságos helyen.',
  recoveryCodeLabel: 'Helyreállító kód',
  recoveryCodeHint:
    'Adja meg az egyik elmentett helyreállító kódot. A kötőjelek, a szóközök és a kis- és nagybetűk nem számítanak.',
  recoveryCodeMissing: 'Adjon meg egy helyreállító kódot.',
  recoveryCodeSubmit: 'Ellenőrzés',
  recoveryCodeVerifying: 'A kód ellenőrzése…',
  recoveryCodeVerified: 'Helyreállító kód elfogadva.',
  recoveryCodesNoneLeft: 'Nem maradt több helyreállító kódja. Hozzon létre most új kódokat.',
  recoveryCodesFewLeft: {
    one: 'Már csak {count} helyreállító kódja maradt. Hamarosan hozzon létre új kódokat.',
    other: 'Már csak {count} helyreállító kódja maradt. Hamarosan hozzon létre új kódokat.',
  },
  recoveryCodesRemaining: {
    one: 'Még {count} helyreállító kódja van.',
    other: 'Még {count} helyreállító kódja van.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Azonosítókulcs használata',
  passkeyRegister: 'Azonosítókulcs létrehozása',
  passkeyAliasLabel: 'Az azonosítókulcs neve (nem kötelező)',
  passkeyAliasHint: 'Egy név, amelyről később felismeri, például „Munkahelyi laptop”.',
  passkeyWaiting: 'Várakozás az azonosítókulcsra…',
  passkeyCancelled: 'Nem használt azonosítókulcsot. Amikor készen áll, újra megpróbálhatja.',
  passkeyVerified: 'Azonosítókulcs elfogadva.',
  passkeyRejected:
    'Nem sikerült ellenőrizni az azonosítókulcsot. Próbálja újra, vagy jelentkezzen be más módszerrel.',
  passkeyAlreadyRegistered: 'Ez az azonosítókulcs már be van állítva a fiókjához.',
  passkeyCreated: 'Azonosítókulcs létrehozva.',
  passkeyCreatedNamed: 'Azonosítókulcs létrehozva: „{alias}”.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Ellenőrzési módszer',
  verifyMethodPasskey: 'Azonosítókulcs',
  verifyMethodTotp: 'Hitelesítő alkalmazás',
  verifyMethodRecoveryCode: 'Helyreállító kód',
  verifyPasskeyHint:
    'Használja az ezen az eszközön, a telefonján vagy egy biztonsági kulcson lévő azonosítókulcsot.',
  verifyTotpHint: 'Adja meg a hitelesítő alkalmazásban most megjelenő 6 számjegyű kódot.',
  verifyTotpLabel: 'Kód a hitelesítő alkalmazásból',
  verifyTotpSubmit: 'Ellenőrzés',
  verifyTotpVerifying: 'A kód ellenőrzése…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Igazolja személyazonosságát',
  actionGuardChecking: 'Annak ellenőrzése, hogy a művelethez szükséges-e azonosítás…',
  actionGuardLoading: 'Az ellenőrzési módszerek betöltése…',
  actionGuardCancel: 'Mégse',
  actionGuardClose: 'Bezárás',
  actionGuardNoMethod:
    'Ehhez a művelethez kétlépcsős azonosítás szükséges, de a fiókjához még nincs beállítva módszer. Adjon hozzá egy hitelesítő alkalmazást vagy azonosítókulcsot a fiókbeállításokban, majd próbálja újra.',
  actionGuardEnrollIntro:
    'Ehhez a művelethez kétlépcsős azonosítás szükséges. Állítson be most egy módszert, majd azzal igazolja személyazonosságát.',
  actionGuardEnrollLabel: 'Beállítandó módszer',
  actionGuardEnrollPasskey: 'Azonosítókulcs',
  actionGuardEnrollTotp: 'Hitelesítő alkalmazás',
  actionGuardReauthSend: 'Kód küldése e-mailben',
  actionGuardReauthSent: 'Kódot küldtünk ide: {destination}. Írja be itt.',
  actionGuardReauthLabel: 'Az e-mailben kapott kód',
  actionGuardReauthResend: 'Új kód küldése',
  actionGuardReauthSendSms: 'Kód küldése SMS-ben',
  actionGuardReauthSentSms: 'SMS-ben kódot küldtünk ide: {destination}. Írja be itt.',
  actionGuardReauthLabelSms: 'Az SMS-ben kapott kód',
  actionGuardReauthResendIn: 'Új kódot {time} küldhet.',
  actionGuardReauthResendReady: 'Most küldhet új kódot.',
  actionGuardEnrolled:
    'Az új módszer be van állítva. Most ezzel igazolja személyazonosságát (hitelesítő alkalmazás esetén a következő kódra lesz szükség).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'A bejelentkezés biztonságának ellenőrzése…',
  flowEnrollHeading: 'Második bejelentkezési mód hozzáadása',
  flowEnrollIntro: 'Válassza ki, hogyan igazolja majd személyazonosságát bejelentkezéskor.',
  flowChoiceTotp: 'Hitelesítő alkalmazás',
  flowChoiceTotpHint:
    'Adjon meg egy 6 számjegyű kódot egy alkalmazásból (például Google Authenticator vagy 1Password).',
  flowChoicePasskey: 'Azonosítókulcs',
  flowChoicePasskeyHint:
    'Használja az eszköz képernyőzárát (ujjlenyomat, arc vagy PIN-kód) vagy egy biztonsági kulcsot.',
  flowTotpHeading: 'Hitelesítő alkalmazás beállítása',
  flowPasskeyHeading: 'Azonosítókulcs létrehozása',
  flowPasskeyIntro: 'A böngésző megkéri, hogy hozzon létre egy azonosítókulcsot ehhez a fiókhoz.',
  flowBack: 'Másik mód választása',
  flowNoMethod: 'Az itt felkínált bejelentkezési módok egyike sem működik ebben a böngészőben.',
  flowVerifyHeading: 'Igazolja személyazonosságát',
  flowVerifyIntro: 'A folytatáshoz használja valamelyik bejelentkezési módszerét.',
  flowAcknowledgeHeading: 'Mentse a helyreállító kódokat',
  flowEnrolledPasskey: 'Azonosítókulcs hozzáadva.',
  flowEnrolledTotp: 'Hitelesítő alkalmazás hozzáadva.',
  flowVerified: 'Sikeres ellenőrzés.',
  flowCodesSaved: 'Helyreállító kódok mentve.',
  flowDoneHeading: 'Minden kész',
  flowDone: 'A kétlépcsős azonosítás be van kapcsolva a fiókjában.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'A bejelentkezési módszerek betöltése…',
  devicesListLabel: 'Bejelentkezési módszerei',
  devicesEmpty:
    'Még nincs bejelentkezési módszere. Adjon hozzá egyet a kétlépcsős azonosítás bekapcsolásához.',
  devicesTypeTotp: 'Hitelesítő alkalmazás',
  devicesTypePasskey: 'Azonosítókulcs',
  devicesAddedOn: 'Hozzáadva',
  devicesLastUsed: 'Utoljára használva',
  devicesNeverUsed: 'Még nem használta',
  devicesState: 'Állapot',
  devicesVerified: 'Ellenőrizve',
  devicesPending: 'A beállítás nincs befejezve',
  devicesDelete: 'Törlés',
  devicesGuardLabel: '„{name}” törlése',
  devicesDeleting: '„{name}” törlése…',
  devicesDeleted: '„{name}” törölve.',
  devicesNotDeleted: 'Nem történt törlés.',
  devicesLastWarning:
    '„{name}” az egyetlen módja annak, hogy igazolja személyazonosságát. Ha törli, a kétlépcsős azonosítás kikapcsol a fiókjában, amíg nem ad hozzá másik módszert.',
  devicesConfirmDelete: 'Törlés mindenképp',
  devicesKeep: 'Megtartás',
  devicesRecoveryTitle: 'Helyreállító kódok',
  devicesRecoveryNone: 'Nincs több fel nem használt kód. Hozzon létre újakat.',
  devicesRecoveryRemaining: {
    one: '{count} fel nem használt kód maradt.',
    other: '{count} fel nem használt kód maradt.',
  },
  devicesRegenerate: 'Új kódok létrehozása',
  devicesRegenerateHint: 'A régi kódok érvényüket vesztik, amikor újakat hoz létre.',
  devicesRegenerateGuardLabel: 'Új helyreállító kódok létrehozása',
  devicesNewCodesTitle: 'Az új helyreállító kódjai',
  devicesSaveCodesTitle: 'Mentse a helyreállító kódokat',
  devicesFirstCodesSaved: 'Helyreállító kódok mentve.',
  devicesCodesSaved: 'Az új helyreállító kódok mentve. A régiek már nem működnek.',
  devicesNoNewCodes: 'Nem jött létre új kód.',
  devicesClose: 'Bezárás',
  devicesAddTotp: 'Hitelesítő alkalmazás hozzáadása',
  devicesAddPasskey: 'Azonosítókulcs hozzáadása',
  devicesAddTitleTotp: 'Hitelesítő alkalmazás hozzáadása',
  devicesAddTitlePasskey: 'Azonosítókulcs hozzáadása',
  devicesCancel: 'Mégse',
  devicesOneTotp:
    'Csak egy hitelesítő alkalmazása lehet. Ha másik alkalmazásra vagy telefonra szeretne váltani, először törölje a jelenlegit, majd adja hozzá az újat.',
  devicesAdded: '„{name}” hozzáadva.',
} satisfies MfaTranslation;

registerMessages('hu', messages);
