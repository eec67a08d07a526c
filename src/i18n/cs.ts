/**
 * Čeština (Czech). Address: formal „vy“ (lower case, as product interfaces write it). Terms
 * (docs/TRANSLATING.md): přístupový klíč, ověřovací aplikace, ověřovací kód, záložní kód,
 * dvoufázové ověření. Plurals: one (1), few (2–4), many (1,5), other (0, 5 and more).
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Tento kód nefungoval. Zkontrolujte ho a zkuste to znovu.',
  errorRateLimited: 'Příliš mnoho pokusů. Chvíli počkejte a zkuste to znovu.',
  errorRetryIn: 'Příliš mnoho pokusů. Zkuste to znovu {time}.',
  errorLockedOut: 'Příliš mnoho pokusů. Zkuste to znovu později nebo použijte jinou metodu.',
  retryNow: 'Nyní to můžete zkusit znovu.',
  errorExpired: 'Platnost tohoto kroku vypršela. Začněte prosím znovu.',
  errorAlreadyEnrolled:
    'Pro váš účet už je nastavena ověřovací aplikace. Než přidáte jinou, odstraňte ji.',
  errorNotEnrolled: 'Tato metoda pro váš účet zatím není nastavena.',
  errorPasskeyCancelled: 'Požadavek na přístupový klíč byl zrušen nebo vypršel jeho časový limit.',
  errorPasskeyUnsupported: 'Tento prohlížeč nebo zařízení nepodporuje přístupové klíče.',
  errorUnauthorized: 'Vaše relace skončila. Přihlaste se prosím znovu.',
  errorStepUpRequired: 'Nejdříve ověřte svou totožnost.',
  errorInvalidRequest: 'Požadavek nebyl přijat. Zkuste to prosím znovu.',
  errorNetwork: 'Nepodařilo se spojit se serverem. Zkontrolujte připojení a zkuste to znovu.',
  errorUnknown: 'Něco se pokazilo. Zkuste to prosím znovu.',
  errorNoClient:
    'Tento prvek nemá klienta MFA. Vložte ho do <mfa-provider> nebo nastavte jeho vlastnost client.',
  tryAgain: 'Zkusit znovu',
  loading: 'Načítání…',
  copy: 'Kopírovat',
  copied: 'Zkopírováno',
  copyFailed: 'Kopírování se nezdařilo. Označte text a zkopírujte ho ručně.',
  stepUpConfirm: 'Ověřit totožnost',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Ověřovací kód',
  otpValueMissing: 'Zadejte kód.',
  otpTooShort: {
    one: 'Zadejte {count} číslici.',
    few: 'Zadejte všechny {count} číslice.',
    many: 'Zadejte {count} číslice.',
    other: 'Zadejte všech {count} číslic.',
  },
  otpPatternMismatch: 'Používejte pouze číslice.',
  otpTooLong: {
    one: 'Zadejte pouze {count} číslici.',
    few: 'Zadejte pouze {count} číslice.',
    many: 'Zadejte pouze {count} číslice.',
    other: 'Zadejte pouze {count} číslic.',
  },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Připravuje se nastavení ověřovací aplikace…',
  totpScanTitle: 'Naskenujte tento QR kód',
  totpScanHint: 'Otevřete ověřovací aplikaci, přidejte účet a namiřte fotoaparát na kód.',
  totpQrLabel: 'QR kód pro přidání účtu {account} do ověřovací aplikace',
  totpQrLabelIssuer: 'QR kód pro přidání účtu {issuer} ({account}) do ověřovací aplikace',
  totpIssuer: 'Služba',
  totpAccount: 'Účet',
  totpManualHint: 'Nelze kód naskenovat? Zadejte místo toho tento klíč pro nastavení:',
  totpCopySecret: 'Kopírovat klíč',
  totpOpenLink: 'Nastavit v tomto zařízení',
  totpCodeTitle: {
    one: 'Zadejte {count}místný kód',
    few: 'Zadejte {count}místný kód',
    many: 'Zadejte {count}místný kód',
    other: 'Zadejte {count}místný kód',
  },
  totpCodeHint: 'Zadejte kód, který vám aplikace pro tento účet právě zobrazuje.',
  totpCodeLabel: 'Kód z ověřovací aplikace',
  totpSubmit: 'Ověřit',
  totpVerifying: 'Kontroluje se kód…',
  totpRetryIn: 'Zkuste to znovu {time}.',
  totpEnrolled: 'Ověřovací aplikace byla přidána',
  totpEnrolledHint: 'Při přihlašování budete od teď zadávat kód z aplikace.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Uložte si tyto záložní kódy na bezpečné místo, například do správce hesel. Pokud přijdete o ostatní metody přihlášení, každý kód vám umožní se jednou přihlásit.',
  recoveryCodesListLabel: 'Záložní kódy',
  recoveryCodesCopy: 'Kopírovat vše',
  recoveryCodesDownload: 'Stáhnout',
  recoveryCodesDownloaded: 'Stahování bylo zahájeno.',
  recoveryCodesPrint: 'Vytisknout',
  recoveryCodesConfirm: 'Tyto kódy mám uložené',
  recoveryCodesContinue: 'Pokračovat',
  recoveryCodesSaving: 'Ukládání…',
  recoveryCodesDone: 'Záložní kódy jsou uložené. Uchovávejte je na bezpečném místě.',
  recoveryCodesRegenerating: 'Vytvářejí se nové záložní kódy…',
  recoveryCodesRegenerated: 'Nové záložní kódy jsou připravené. Staré kódy už nefungují.',
  recoveryCodesFileTitle: 'Záložní kódy',
  recoveryCodesFileTitleNamed: 'Záložní kódy – {issuer}',
  recoveryCodesFileDate: 'Vytvořeno {date}',
  recoveryCodesFileNote: 'Každý kód lze použít jen jednou. Uchovávejte je na bezpečném místě.',
  recoveryCodeLabel: 'Záložní kód',
  recoveryCodeHint:
    'Zadejte jeden z uložených záložních kódů. Na pomlčkách, mezerách ani velikosti písmen nezáleží.',
  recoveryCodeMissing: 'Zadejte záložní kód.',
  recoveryCodeSubmit: 'Ověřit',
  recoveryCodeVerifying: 'Kontroluje se kód…',
  recoveryCodeVerified: 'Záložní kód byl přijat.',
  recoveryCodesNoneLeft: 'Nezbývají vám žádné záložní kódy. Vytvořte si hned novou sadu.',
  recoveryCodesFewLeft: {
    one: 'Zbývá vám {count} záložní kód. Brzy si vytvořte novou sadu.',
    few: 'Zbývají vám {count} záložní kódy. Brzy si vytvořte novou sadu.',
    many: 'Zbývá vám {count} záložního kódu. Brzy si vytvořte novou sadu.',
    other: 'Zbývá vám {count} záložních kódů. Brzy si vytvořte novou sadu.',
  },
  recoveryCodesRemaining: {
    one: 'Zbývá vám {count} záložní kód.',
    few: 'Zbývají vám {count} záložní kódy.',
    many: 'Zbývá vám {count} záložního kódu.',
    other: 'Zbývá vám {count} záložních kódů.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Použít přístupový klíč',
  passkeyRegister: 'Vytvořit přístupový klíč',
  passkeyAliasLabel: 'Název přístupového klíče (volitelné)',
  passkeyAliasHint: 'Název, podle kterého ho později poznáte, například „Pracovní notebook“.',
  passkeyWaiting: 'Čeká se na přístupový klíč…',
  passkeyCancelled:
    'Nebyl použit žádný přístupový klíč. Až budete připraveni, můžete to zkusit znovu.',
  passkeyVerified: 'Přístupový klíč byl přijat.',
  passkeyRejected:
    'Přístupový klíč se nepodařilo ověřit. Zkuste to znovu nebo se přihlaste jiným způsobem.',
  passkeyAlreadyRegistered: 'Tento přístupový klíč už je pro váš účet nastaven.',
  passkeyCreated: 'Přístupový klíč byl vytvořen.',
  passkeyCreatedNamed: 'Přístupový klíč „{alias}“ byl vytvořen.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Metoda ověření',
  verifyMethodPasskey: 'Přístupový klíč',
  verifyMethodTotp: 'Ověřovací aplikace',
  verifyMethodRecoveryCode: 'Záložní kód',
  verifyPasskeyHint:
    'Použijte přístupový klíč v tomto zařízení, v telefonu nebo na bezpečnostním klíči.',
  verifyTotpHint: 'Zadejte 6místný kód, který vám ověřovací aplikace právě zobrazuje.',
  verifyTotpLabel: 'Kód z ověřovací aplikace',
  verifyTotpSubmit: 'Ověřit',
  verifyTotpVerifying: 'Kontroluje se kód…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Ověřte svou totožnost',
  actionGuardChecking: 'Zjišťuje se, zda tato akce vyžaduje ověření…',
  actionGuardLoading: 'Načítají se vaše metody ověření…',
  actionGuardCancel: 'Zrušit',
  actionGuardClose: 'Zavřít',
  actionGuardNoMethod:
    'Tato akce vyžaduje dvoufázové ověření, ale pro váš účet zatím není nastavena žádná metoda. Přidejte si v nastavení účtu ověřovací aplikaci nebo přístupový klíč a pak to zkuste znovu.',
  actionGuardEnrollIntro:
    'Tato akce vyžaduje dvoufázové ověření. Nastavte si teď metodu a pak s její pomocí ověřte svou totožnost.',
  actionGuardEnrollLabel: 'Metoda k nastavení',
  actionGuardEnrollPasskey: 'Přístupový klíč',
  actionGuardEnrollTotp: 'Ověřovací aplikace',
  actionGuardReauthSend: 'Poslat kód e-mailem',
  actionGuardReauthSent: 'Poslali jsme kód na {destination}. Zadejte ho sem.',
  actionGuardReauthLabel: 'Kód z e-mailu',
  actionGuardReauthResend: 'Poslat nový kód',
  actionGuardReauthSendSms: 'Poslat kód SMS zprávou',
  actionGuardReauthSentSms: 'Poslali jsme kód SMS zprávou na {destination}. Zadejte ho sem.',
  actionGuardReauthLabelSms: 'Kód z SMS zprávy',
  actionGuardReauthResendIn: 'Nový kód můžete poslat {time}.',
  actionGuardReauthResendReady: 'Nyní můžete poslat nový kód.',
  actionGuardEnrolled:
    'Nová metoda je nastavená. Teď s její pomocí ověřte svou totožnost (v ověřovací aplikaci počkejte na další kód).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Kontroluje se zabezpečení přihlášení…',
  flowEnrollHeading: 'Přidejte druhý způsob přihlášení',
  flowEnrollIntro: 'Vyberte, jak budete při přihlášení ověřovat svou totožnost.',
  flowChoiceTotp: 'Ověřovací aplikace',
  flowChoiceTotpHint:
    'Zadávejte 6místný kód z aplikace, jako je Google Authenticator nebo 1Password.',
  flowChoicePasskey: 'Přístupový klíč',
  flowChoicePasskeyHint:
    'Použijte zámek obrazovky zařízení (otisk prstu, obličej nebo PIN) nebo bezpečnostní klíč.',
  flowTotpHeading: 'Nastavte ověřovací aplikaci',
  flowPasskeyHeading: 'Vytvořte přístupový klíč',
  flowPasskeyIntro: 'Prohlížeč vás vyzve k vytvoření přístupového klíče pro tento účet.',
  flowBack: 'Zvolit jiný způsob',
  flowNoMethod: 'Žádný z nabízených způsobů přihlášení v tomto prohlížeči nefunguje.',
  flowVerifyHeading: 'Ověřte svou totožnost',
  flowVerifyIntro: 'Pokračujte pomocí jedné ze svých metod přihlášení.',
  flowAcknowledgeHeading: 'Uložte si záložní kódy',
  flowEnrolledPasskey: 'Přístupový klíč byl přidán.',
  flowEnrolledTotp: 'Ověřovací aplikace byla přidána.',
  flowVerified: 'Ověřeno.',
  flowCodesSaved: 'Záložní kódy jsou uložené.',
  flowDoneHeading: 'Hotovo',
  flowDone: 'Dvoufázové ověření je pro váš účet zapnuté.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Načítají se vaše metody přihlášení…',
  devicesListLabel: 'Vaše metody přihlášení',
  devicesEmpty:
    'Zatím nemáte žádné metody přihlášení. Přidejte jednu a zapněte tak dvoufázové ověření.',
  devicesTypeTotp: 'Ověřovací aplikace',
  devicesTypePasskey: 'Přístupový klíč',
  devicesAddedOn: 'Přidáno',
  devicesLastUsed: 'Naposledy použito',
  devicesNeverUsed: 'Zatím nepoužito',
  devicesState: 'Stav',
  devicesVerified: 'Ověřeno',
  devicesPending: 'Nastavení nedokončeno',
  devicesDelete: 'Odstranit',
  devicesGuardLabel: 'Odstranit „{name}“',
  devicesDeleting: 'Odstraňuje se „{name}“…',
  devicesDeleted: 'Metoda „{name}“ byla odstraněna.',
  devicesNotDeleted: 'Nic nebylo odstraněno.',
  devicesLastWarning:
    '„{name}“ je jediný způsob, jak můžete ověřit svou totožnost. Pokud ho odstraníte, bude dvoufázové ověření pro váš účet vypnuté, dokud nepřidáte jinou metodu.',
  devicesConfirmDelete: 'Přesto odstranit',
  devicesKeep: 'Ponechat',
  devicesRecoveryTitle: 'Záložní kódy',
  devicesRecoveryNone: 'Nezbývají žádné nepoužité kódy. Vytvořte si nové.',
  devicesRecoveryRemaining: {
    one: 'Zbývá {count} nepoužitý kód.',
    few: 'Zbývají {count} nepoužité kódy.',
    many: 'Zbývá {count} nepoužitého kódu.',
    other: 'Zbývá {count} nepoužitých kódů.',
  },
  devicesRegenerate: 'Vytvořit nové kódy',
  devicesRegenerateHint: 'Když vytvoříte nové kódy, staré přestanou fungovat.',
  devicesRegenerateGuardLabel: 'Vytvořit nové záložní kódy',
  devicesNewCodesTitle: 'Vaše nové záložní kódy',
  devicesSaveCodesTitle: 'Uložte si záložní kódy',
  devicesFirstCodesSaved: 'Záložní kódy jsou uložené.',
  devicesCodesSaved: 'Nové záložní kódy jsou uložené. Staré už nefungují.',
  devicesNoNewCodes: 'Nebyly vytvořeny žádné nové kódy.',
  devicesClose: 'Zavřít',
  devicesAddTotp: 'Přidat ověřovací aplikaci',
  devicesAddPasskey: 'Přidat přístupový klíč',
  devicesAddTitleTotp: 'Přidání ověřovací aplikace',
  devicesAddTitlePasskey: 'Přidání přístupového klíče',
  devicesCancel: 'Zrušit',
  devicesOneTotp:
    'Můžete mít jen jednu ověřovací aplikaci. Pokud chcete přejít na jinou aplikaci nebo telefon, nejdříve odstraňte tu současnou a pak přidejte novou.',
  devicesAdded: 'Metoda „{name}“ byla přidána.',
} satisfies MfaTranslation;

registerMessages('cs', messages);
