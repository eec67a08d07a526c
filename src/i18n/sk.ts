/**
 * Slovenčina (Slovak). Address: formal „vy“ (lower case, as product interfaces write it). Terms
 * (docs/TRANSLATING.md): prístupový kľúč, overovacia aplikácia, overovací kód, záložný kód,
 * dvojstupňové overenie. Plurals: one (1), few (2–4), many (1,5), other (0, 5 and more).
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Tento kód nefungoval. Skontrolujte ho a skúste to znova.',
  errorRateLimited: 'Príliš veľa pokusov. Chvíľu počkajte a skúste to znova.',
  errorRetryIn: 'Príliš veľa pokusov. Skúste to znova {time}.',
  errorLockedOut: 'Príliš veľa pokusov. Skúste to znova neskôr alebo použite inú metódu.',
  retryNow: 'Teraz to môžete skúsiť znova.',
  errorExpired: 'Platnosť tohto kroku vypršala. Začnite znova.',
  errorAlreadyEnrolled:
    'Pre váš účet je už nastavená overovacia aplikácia. Pred pridaním ďalšej ju odstráňte.',
  errorNotEnrolled: 'Táto metóda ešte nie je pre váš účet nastavená.',
  errorPasskeyCancelled: 'Žiadosť o prístupový kľúč bola zrušená alebo vypršal jej časový limit.',
  errorPasskeyUnsupported: 'Tento prehliadač alebo zariadenie nepodporuje prístupové kľúče.',
  errorUnauthorized: 'Vaša relácia skončila. Prihláste sa znova.',
  errorStepUpRequired: 'Najprv overte svoju totožnosť.',
  errorInvalidRequest: 'Žiadosť nebola prijatá. Skúste to znova.',
  errorNetwork: 'Nepodarilo sa spojiť so serverom. Skontrolujte pripojenie a skúste to znova.',
  errorUnknown: 'Niečo sa pokazilo. Skúste to znova.',
  errorNoClient:
    'Tento prvok nemá klienta MFA. Vložte ho do <mfa-provider> alebo nastavte jeho vlastnosť client.',
  tryAgain: 'Skúsiť znova',
  loading: 'Načítava sa…',
  copy: 'Kopírovať',
  copied: 'Skopírované',
  copyFailed: 'Kopírovanie zlyhalo. Označte text a skopírujte ho ručne.',
  stepUpConfirm: 'Overiť totožnosť',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Overovací kód',
  otpValueMissing: 'Zadajte kód.',
  otpTooShort: {
    one: 'Zadajte {count} číslicu.',
    few: 'Zadajte všetky {count} číslice.',
    many: 'Zadajte {count} číslice.',
    other: 'Zadajte všetkých {count} číslic.',
  },
  otpPatternMismatch: 'Používajte iba číslice.',
  otpTooLong: {
    one: 'Zadajte iba {count} číslicu.',
    few: 'Zadajte iba {count} číslice.',
    many: 'Zadajte iba {count} číslice.',
    other: 'Zadajte iba {count} číslic.',
  },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Pripravuje sa nastavenie overovacej aplikácie…',
  totpScanTitle: 'Naskenujte tento QR kód',
  totpScanHint: 'Otvorte overovaciu aplikáciu, pridajte účet a nasmerujte fotoaparát na kód.',
  totpQrLabel: 'QR kód na pridanie účtu {account} do overovacej aplikácie',
  totpQrLabelIssuer: 'QR kód na pridanie účtu {issuer} ({account}) do overovacej aplikácie',
  totpIssuer: 'Služba',
  totpAccount: 'Účet',
  totpManualHint: 'Kód sa nedá naskenovať? Zadajte namiesto neho tento kľúč na nastavenie:',
  totpCopySecret: 'Kopírovať kľúč',
  totpOpenLink: 'Nastaviť v tomto zariadení',
  totpCodeTitle: {
    one: 'Zadajte {count}-miestny kód',
    few: 'Zadajte {count}-miestny kód',
    many: 'Zadajte {count}-miestny kód',
    other: 'Zadajte {count}-miestny kód',
  },
  totpCodeHint: 'Zadajte kód, ktorý vám aplikácia pre tento účet práve zobrazuje.',
  totpCodeLabel: 'Kód z overovacej aplikácie',
  totpSubmit: 'Overiť',
  totpVerifying: 'Kontroluje sa kód…',
  totpRetryIn: 'Skúste to znova {time}.',
  totpEnrolled: 'Overovacia aplikácia bola pridaná',
  totpEnrolledHint: 'Pri prihlasovaní budete odteraz zadávať kód z aplikácie.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Uložte si tieto záložné kódy na bezpečné miesto, napríklad do správcu hesiel. Ak prídete o ostatné metódy prihlásenia, každý kód vám umožní jedno prihlásenie.',
  recoveryCodesListLabel: 'Záložné kódy',
  recoveryCodesCopy: 'Kopírovať všetko',
  recoveryCodesDownload: 'Stiahnuť',
  recoveryCodesDownloaded: 'Sťahovanie sa začalo.',
  recoveryCodesPrint: 'Vytlačiť',
  recoveryCodesConfirm: 'Tieto kódy mám uložené',
  recoveryCodesContinue: 'Pokračovať',
  recoveryCodesSaving: 'Ukladá sa…',
  recoveryCodesDone: 'Záložné kódy sú uložené. Uchovávajte ich na bezpečnom mieste.',
  recoveryCodesRegenerating: 'Vytvárajú sa nové záložné kódy…',
  recoveryCodesRegenerated: 'Nové záložné kódy sú pripravené. Staré kódy už nefungujú.',
  recoveryCodesFileTitle: 'Záložné kódy',
  recoveryCodesFileTitleNamed: 'Záložné kódy – {issuer}',
  recoveryCodesFileDate: 'Vytvorené {date}',
  recoveryCodesFileNote: 'Každý kód sa dá použiť iba raz. Uchovávajte ich na bezpečnom mieste.',
  recoveryCodeLabel: 'Záložný kód',
  recoveryCodeHint:
    'Zadajte jeden z uložených záložných kódov. Na pomlčkách, medzerách ani veľkosti písmen nezáleží.',
  recoveryCodeMissing: 'Zadajte záložný kód.',
  recoveryCodeSubmit: 'Overiť',
  recoveryCodeVerifying: 'Kontroluje sa kód…',
  recoveryCodeVerified: 'Záložný kód bol prijatý.',
  recoveryCodesNoneLeft: 'Nezostali vám žiadne záložné kódy. Vytvorte si hneď novú sadu.',
  recoveryCodesFewLeft: {
    one: 'Zostáva vám {count} záložný kód. Čoskoro si vytvorte novú sadu.',
    few: 'Zostávajú vám {count} záložné kódy. Čoskoro si vytvorte novú sadu.',
    many: 'Zostáva vám {count} záložného kódu. Čoskoro si vytvorte novú sadu.',
    other: 'Zostáva vám {count} záložných kódov. Čoskoro si vytvorte novú sadu.',
  },
  recoveryCodesRemaining: {
    one: 'Zostáva vám {count} záložný kód.',
    few: 'Zostávajú vám {count} záložné kódy.',
    many: 'Zostáva vám {count} záložného kódu.',
    other: 'Zostáva vám {count} záložných kódov.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Použiť prístupový kľúč',
  passkeyRegister: 'Vytvoriť prístupový kľúč',
  passkeyAliasLabel: 'Názov prístupového kľúča (voliteľné)',
  passkeyAliasHint: 'Názov, podľa ktorého ho neskôr spoznáte, napríklad „Pracovný notebook“.',
  passkeyWaiting: 'Čaká sa na prístupový kľúč…',
  passkeyCancelled:
    'Nebol použitý žiadny prístupový kľúč. Keď budete pripravení, môžete to skúsiť znova.',
  passkeyVerified: 'Prístupový kľúč bol prijatý.',
  passkeyRejected:
    'Prístupový kľúč sa nepodarilo overiť. Skúste to znova alebo sa prihláste iným spôsobom.',
  passkeyAlreadyRegistered: 'Tento prístupový kľúč je už pre váš účet nastavený.',
  passkeyCreated: 'Prístupový kľúč bol vytvorený.',
  passkeyCreatedNamed: 'Prístupový kľúč „{alias}“ bol vytvorený.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Metóda overenia',
  verifyMethodPasskey: 'Prístupový kľúč',
  verifyMethodTotp: 'Overovacia aplikácia',
  verifyMethodRecoveryCode: 'Záložný kód',
  verifyPasskeyHint:
    'Použite prístupový kľúč v tomto zariadení, v telefóne alebo na bezpečnostnom kľúči.',
  verifyTotpHint: 'Zadajte 6-miestny kód, ktorý vám overovacia aplikácia práve zobrazuje.',
  verifyTotpLabel: 'Kód z overovacej aplikácie',
  verifyTotpSubmit: 'Overiť',
  verifyTotpVerifying: 'Kontroluje sa kód…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Overte svoju totožnosť',
  actionGuardChecking: 'Zisťuje sa, či táto akcia vyžaduje overenie…',
  actionGuardLoading: 'Načítavajú sa vaše metódy overenia…',
  actionGuardCancel: 'Zrušiť',
  actionGuardClose: 'Zavrieť',
  actionGuardNoMethod:
    'Táto akcia vyžaduje dvojstupňové overenie, no pre váš účet zatiaľ nie je nastavená žiadna metóda. Pridajte si v nastaveniach účtu overovaciu aplikáciu alebo prístupový kľúč a potom to skúste znova.',
  actionGuardEnrollIntro:
    'Táto akcia vyžaduje dvojstupňové overenie. Nastavte si teraz metódu a potom pomocou nej overte svoju totožnosť.',
  actionGuardEnrollLabel: 'Metóda na nastavenie',
  actionGuardEnrollPasskey: 'Prístupový kľúč',
  actionGuardEnrollTotp: 'Overovacia aplikácia',
  actionGuardReauthSend: 'Poslať kód e-mailom',
  actionGuardReauthSent: 'Poslali sme kód na {destination}. Zadajte ho sem.',
  actionGuardReauthLabel: 'Kód z e-mailu',
  actionGuardReauthResend: 'Poslať nový kód',
  actionGuardReauthSendSms: 'Poslať kód SMS správou',
  actionGuardReauthSentSms: 'Poslali sme kód SMS správou na {destination}. Zadajte ho sem.',
  actionGuardReauthLabelSms: 'Kód z SMS správy',
  actionGuardReauthResendIn: 'Nový kód môžete poslať {time}.',
  actionGuardReauthResendReady: 'Teraz môžete poslať nový kód.',
  actionGuardEnrolled:
    'Nová metóda je nastavená. Teraz pomocou nej overte svoju totožnosť (v overovacej aplikácii počkajte na ďalší kód).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Kontroluje sa zabezpečenie prihlásenia…',
  flowEnrollHeading: 'Pridajte druhý spôsob prihlásenia',
  flowEnrollIntro: 'Vyberte, ako budete pri prihlasovaní overovať svoju totožnosť.',
  flowChoiceTotp: 'Overovacia aplikácia',
  flowChoiceTotpHint:
    'Zadávajte 6-miestny kód z aplikácie, ako je Google Authenticator alebo 1Password.',
  flowChoicePasskey: 'Prístupový kľúč',
  flowChoicePasskeyHint:
    'Použite zámku obrazovky zariadenia (odtlačok prsta, tvár alebo PIN) alebo bezpečnostný kľúč.',
  flowTotpHeading: 'Nastavte overovaciu aplikáciu',
  flowPasskeyHeading: 'Vytvorte prístupový kľúč',
  flowPasskeyIntro: 'Prehliadač vás vyzve na vytvorenie prístupového kľúča pre tento účet.',
  flowBack: 'Zvoliť iný spôsob',
  flowNoMethod: 'Žiadny z ponúkaných spôsobov prihlásenia v tomto prehliadači nefunguje.',
  flowVerifyHeading: 'Overte svoju totožnosť',
  flowVerifyIntro: 'Ak chcete pokračovať, použite jednu zo svojich metód prihlásenia.',
  flowAcknowledgeHeading: 'Uložte si záložné kódy',
  flowEnrolledPasskey: 'Prístupový kľúč bol pridaný.',
  flowEnrolledTotp: 'Overovacia aplikácia bola pridaná.',
  flowVerified: 'Overené.',
  flowCodesSaved: 'Záložné kódy sú uložené.',
  flowDoneHeading: 'Hotovo',
  flowDone: 'Dvojstupňové overenie je pre váš účet zapnuté.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Načítavajú sa vaše metódy prihlásenia…',
  devicesListLabel: 'Vaše metódy prihlásenia',
  devicesEmpty:
    'Zatiaľ nemáte žiadne metódy prihlásenia. Pridajte jednu a zapnite tak dvojstupňové overenie.',
  devicesTypeTotp: 'Overovacia aplikácia',
  devicesTypePasskey: 'Prístupový kľúč',
  devicesAddedOn: 'Pridané',
  devicesLastUsed: 'Naposledy použité',
  devicesNeverUsed: 'Zatiaľ nepoužité',
  devicesState: 'Stav',
  devicesVerified: 'Overené',
  devicesPending: 'Nastavenie nie je dokončené',
  devicesDelete: 'Odstrániť',
  devicesGuardLabel: 'Odstrániť „{name}“',
  devicesDeleting: 'Odstraňuje sa „{name}“…',
  devicesDeleted: 'Metóda „{name}“ bola odstránená.',
  devicesNotDeleted: 'Nič nebolo odstránené.',
  devicesLastWarning:
    '„{name}“ je jediný spôsob, ako môžete overiť svoju totožnosť. Ak ho odstránite, dvojstupňové overenie bude pre váš účet vypnuté, kým nepridáte inú metódu.',
  devicesConfirmDelete: 'Napriek tomu odstrániť',
  devicesKeep: 'Ponechať',
  devicesRecoveryTitle: 'Záložné kódy',
  devicesRecoveryNone: 'Nezostali žiadne nepoužité kódy. Vytvorte si nové.',
  devicesRecoveryRemaining: {
    one: 'Zostáva {count} nepoužitý kód.',
    few: 'Zostávajú {count} nepoužité kódy.',
    many: 'Zostáva {count} nepoužitého kódu.',
    other: 'Zostáva {count} nepoužitých kódov.',
  },
  devicesRegenerate: 'Vytvoriť nové kódy',
  devicesRegenerateHint: 'Keď vytvoríte nové kódy, staré prestanú fungovať.',
  devicesRegenerateGuardLabel: 'Vytvoriť nové záložné kódy',
  devicesNewCodesTitle: 'Vaše nové záložné kódy',
  devicesSaveCodesTitle: 'Uložte si záložné kódy',
  devicesFirstCodesSaved: 'Záložné kódy sú uložené.',
  devicesCodesSaved: 'Nové záložné kódy sú uložené. Staré už nefungujú.',
  devicesNoNewCodes: 'Neboli vytvorené žiadne nové kódy.',
  devicesClose: 'Zavrieť',
  devicesAddTotp: 'Pridať overovaciu aplikáciu',
  devicesAddPasskey: 'Pridať prístupový kľúč',
  devicesAddTitleTotp: 'Pridanie overovacej aplikácie',
  devicesAddTitlePasskey: 'Pridanie prístupového kľúča',
  devicesCancel: 'Zrušiť',
  devicesOneTotp:
    'Môžete mať iba jednu overovaciu aplikáciu. Ak chcete prejsť na inú aplikáciu alebo telefón, najprv odstráňte aktuálnu a potom pridajte novú.',
  devicesAdded: 'Metóda „{name}“ bola pridaná.',
} satisfies MfaTranslation;

registerMessages('sk', messages);
