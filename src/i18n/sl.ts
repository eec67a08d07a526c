/**
 * Slovenščina (Slovenian). Address: formal „vi“ (as product interfaces write it). Terms
 * (docs/TRANSLATING.md): ključ za dostop, aplikacija za preverjanje pristnosti, koda za
 * preverjanje, obnovitvena koda, preverjanje v dveh korakih. Plurals: one (1, 101), two (2, 102),
 * few (3–4, 103–104), other (0, 5–100, 1,5).
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Ta koda ni bila sprejeta. Preverite jo in poskusite znova.',
  errorRateLimited: 'Preveč poskusov. Počakajte trenutek in poskusite znova.',
  errorRetryIn: 'Preveč poskusov. Poskusite znova {time}.',
  errorLockedOut: 'Preveč poskusov. Poskusite znova pozneje ali uporabite drug način.',
  retryNow: 'Zdaj lahko poskusite znova.',
  errorExpired: 'Ta korak je potekel. Začnite znova.',
  errorAlreadyEnrolled:
    'Za vaš račun je aplikacija za preverjanje pristnosti že nastavljena. Preden dodate drugo, jo odstranite.',
  errorNotEnrolled: 'Ta način za vaš račun še ni nastavljen.',
  errorPasskeyCancelled: 'Zahteva za ključ za dostop je bila preklicana ali je potekla.',
  errorPasskeyUnsupported: 'Ta brskalnik ali naprava ne podpira ključev za dostop.',
  errorUnauthorized: 'Vaša seja je potekla. Znova se prijavite.',
  errorStepUpRequired: 'Najprej potrdite svojo identiteto.',
  errorInvalidRequest: 'Zahteva ni bila sprejeta. Poskusite znova.',
  errorNetwork: 'Strežnika ni bilo mogoče doseči. Preverite povezavo in poskusite znova.',
  errorUnknown: 'Prišlo je do napake. Poskusite znova.',
  errorNoClient:
    'Ta element nima odjemalca MFA. Postavite ga v <mfa-provider> ali nastavite njegovo lastnost client.',
  tryAgain: 'Poskusi znova',
  loading: 'Nalaganje …',
  copy: 'Kopiraj',
  copied: 'Kopirano',
  copyFailed: 'Kopiranje ni uspelo. Izberite besedilo in ga kopirajte ročno.',
  stepUpConfirm: 'Potrdite identiteto',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Koda za preverjanje',
  otpValueMissing: 'Vnesite kodo.',
  otpTooShort: {
    one: 'Vnesite {count} števko.',
    two: 'Vnesite {count} števki.',
    few: 'Vnesite vse {count} števke.',
    other: 'Vnesite vseh {count} števk.',
  },
  otpPatternMismatch: 'Uporabite samo števke.',
  otpTooLong: {
    one: 'Vnesite samo {count} števko.',
    two: 'Vnesite samo {count} števki.',
    few: 'Vnesite samo {count} števke.',
    other: 'Vnesite samo {count} števk.',
  },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Pripravljanje nastavitve aplikacije za preverjanje pristnosti …',
  totpScanTitle: 'Optično preberite to kodo QR',
  totpScanHint:
    'Odprite aplikacijo za preverjanje pristnosti, dodajte račun in usmerite kamero v kodo.',
  totpQrLabel: 'Koda QR za dodajanje računa {account} v aplikacijo za preverjanje pristnosti',
  totpQrLabelIssuer:
    'Koda QR za dodajanje računa {issuer} ({account}) v aplikacijo za preverjanje pristnosti',
  totpIssuer: 'Storitev',
  totpAccount: 'Račun',
  totpManualHint: 'Kode ne morete optično prebrati? Namesto tega vnesite ta ključ za nastavitev:',
  totpCopySecret: 'Kopiraj ključ',
  totpOpenLink: 'Nastavi v tej napravi',
  totpCodeTitle: {
    one: 'Vnesite {count}-mestno kodo',
    two: 'Vnesite {count}-mestno kodo',
    few: 'Vnesite {count}-mestno kodo',
    other: 'Vnesite {count}-mestno kodo',
  },
  totpCodeHint: 'Vnesite kodo, ki jo aplikacija zdaj prikazuje za ta račun.',
  totpCodeLabel: 'Koda iz aplikacije za preverjanje pristnosti',
  totpSubmit: 'Preveri',
  totpVerifying: 'Preverjanje kode …',
  totpRetryIn: 'Poskusite znova {time}.',
  totpEnrolled: 'Aplikacija za preverjanje pristnosti je dodana',
  totpEnrolledHint: 'Odslej boste ob prijavi vnašali kodo iz aplikacije.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Shranite te obnovitvene kode na varno mesto, na primer v upravitelja gesel. Če izgubite druge načine prijave, vam vsaka koda omogoča eno prijavo.',
  recoveryCodesListLabel: 'Obnovitvene kode',
  recoveryCodesCopy: 'Kopiraj vse',
  recoveryCodesDownload: 'Prenesi',
  recoveryCodesDownloaded: 'Prenos se je začel.',
  recoveryCodesPrint: 'Natisni',
  recoveryCodesConfirm: 'Te kode so shranjene',
  recoveryCodesContinue: 'Nadaljuj',
  recoveryCodesSaving: 'Shranjevanje …',
  recoveryCodesDone: 'Obnovitvene kode so shranjene. Hranite jih na varnem mestu.',
  recoveryCodesRegenerating: 'Ustvarjanje novih obnovitvenih kod …',
  recoveryCodesRegenerated: 'Nove obnovitvene kode so pripravljene. Stare kode ne delujejo več.',
  recoveryCodesFileTitle: 'Obnovitvene kode',
  recoveryCodesFileTitleNamed: 'Obnovitvene kode – {issuer}',
  recoveryCodesFileDate: 'Ustvarjeno {date}',
  recoveryCodesFileNote: 'Vsako kodo lahko uporabite samo enkrat. Hranite jih na varnem mestu.',
  recoveryCodeLabel: 'Obnovitvena koda',
  recoveryCodeHint:
    'Vnesite eno od shranjenih obnovitvenih kod. Vezaji, presledki ter velike in male črke niso pomembni.',
  recoveryCodeMissing: 'Vnesite obnovitveno kodo.',
  recoveryCodeSubmit: 'Preveri',
  recoveryCodeVerifying: 'Preverjanje kode …',
  recoveryCodeVerified: 'Obnovitvena koda je sprejeta.',
  recoveryCodesNoneLeft: 'Nimate več obnovitvenih kod. Zdaj ustvarite nov nabor.',
  recoveryCodesFewLeft: {
    one: 'Ostala vam je še {count} obnovitvena koda. Kmalu ustvarite nov nabor.',
    two: 'Ostali sta vam še {count} obnovitveni kodi. Kmalu ustvarite nov nabor.',
    few: 'Ostale so vam še {count} obnovitvene kode. Kmalu ustvarite nov nabor.',
    other: 'Ostalo vam je še {count} obnovitvenih kod. Kmalu ustvarite nov nabor.',
  },
  recoveryCodesRemaining: {
    one: 'Ostala vam je še {count} obnovitvena koda.',
    two: 'Ostali sta vam še {count} obnovitveni kodi.',
    few: 'Ostale so vam še {count} obnovitvene kode.',
    other: 'Ostalo vam je še {count} obnovitvenih kod.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Uporabi ključ za dostop',
  passkeyRegister: 'Ustvari ključ za dostop',
  passkeyAliasLabel: 'Ime ključa za dostop (izbirno)',
  passkeyAliasHint: 'Ime, po katerem ga boste pozneje prepoznali, na primer „Službeni prenosnik“.',
  passkeyWaiting: 'Čakanje na ključ za dostop …',
  passkeyCancelled:
    'Ključ za dostop ni bil uporabljen. Ko boste pripravljeni, lahko poskusite znova.',
  passkeyVerified: 'Ključ za dostop je sprejet.',
  passkeyRejected:
    'Ključa za dostop ni bilo mogoče preveriti. Poskusite znova ali se prijavite na drug način.',
  passkeyAlreadyRegistered: 'Ta ključ za dostop je za vaš račun že nastavljen.',
  passkeyCreated: 'Ključ za dostop je ustvarjen.',
  passkeyCreatedNamed: 'Ključ za dostop „{alias}“ je ustvarjen.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Način preverjanja',
  verifyMethodPasskey: 'Ključ za dostop',
  verifyMethodTotp: 'Aplikacija za preverjanje pristnosti',
  verifyMethodRecoveryCode: 'Obnovitvena koda',
  verifyPasskeyHint:
    'Uporabite ključ za dostop v tej napravi, v telefonu ali na varnostnem ključu.',
  verifyTotpHint:
    'Vnesite 6-mestno kodo, ki jo aplikacija za preverjanje pristnosti zdaj prikazuje.',
  verifyTotpLabel: 'Koda iz aplikacije za preverjanje pristnosti',
  verifyTotpSubmit: 'Preveri',
  verifyTotpVerifying: 'Preverjanje kode …',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Potrdite svojo identiteto',
  actionGuardChecking: 'Ugotavljanje, ali je za to dejanje potrebna potrditev …',
  actionGuardLoading: 'Nalaganje vaših načinov preverjanja …',
  actionGuardCancel: 'Prekliči',
  actionGuardClose: 'Zapri',
  actionGuardNoMethod:
    'To dejanje zahteva preverjanje v dveh korakih, za vaš račun pa še ni nastavljen noben način. V nastavitvah računa dodajte aplikacijo za preverjanje pristnosti ali ključ za dostop in poskusite znova.',
  actionGuardEnrollIntro:
    'To dejanje zahteva preverjanje v dveh korakih. Zdaj nastavite način in nato z njim potrdite svojo identiteto.',
  actionGuardEnrollLabel: 'Način za nastavitev',
  actionGuardEnrollPasskey: 'Ključ za dostop',
  actionGuardEnrollTotp: 'Aplikacija za preverjanje pristnosti',
  actionGuardReauthSend: 'Pošlji mi kodo po e-pošti',
  actionGuardReauthSent: 'Kodo smo poslali na {destination}. Vnesite jo tukaj.',
  actionGuardReauthLabel: 'Koda iz e-pošte',
  actionGuardReauthResend: 'Pošlji novo kodo',
  actionGuardReauthSendSms: 'Pošlji mi kodo po SMS-u',
  actionGuardReauthSentSms: 'Kodo smo poslali po SMS-u na {destination}. Vnesite jo tukaj.',
  actionGuardReauthLabelSms: 'Koda iz SMS-a',
  actionGuardReauthResendIn: 'Novo kodo lahko pošljete {time}.',
  actionGuardReauthResendReady: 'Zdaj lahko pošljete novo kodo.',
  actionGuardEnrolled:
    'Novi način je nastavljen. Zdaj z njim potrdite svojo identiteto (v aplikaciji za preverjanje pristnosti počakajte na naslednjo kodo).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Preverjanje varnosti prijave …',
  flowEnrollHeading: 'Dodajte drug način prijave',
  flowEnrollIntro: 'Izberite, kako boste ob prijavi potrjevali svojo identiteto.',
  flowChoiceTotp: 'Aplikacija za preverjanje pristnosti',
  flowChoiceTotpHint:
    'Vnašajte 6-mestno kodo iz aplikacije, kot je Google Authenticator ali 1Password.',
  flowChoicePasskey: 'Ključ za dostop',
  flowChoicePasskeyHint:
    'Uporabite zaklepanje zaslona naprave (prstni odtis, obraz ali PIN) ali varnostni ključ.',
  flowTotpHeading: 'Nastavite aplikacijo za preverjanje pristnosti',
  flowPasskeyHeading: 'Ustvarite ključ za dostop',
  flowPasskeyIntro: 'Brskalnik vas bo pozval, da ustvarite ključ za dostop za ta račun.',
  flowBack: 'Izberi drug način',
  flowNoMethod: 'Noben od ponujenih načinov prijave ne deluje v tem brskalniku.',
  flowVerifyHeading: 'Potrdite svojo identiteto',
  flowVerifyIntro: 'Za nadaljevanje uporabite enega od svojih načinov prijave.',
  flowAcknowledgeHeading: 'Shranite obnovitvene kode',
  flowEnrolledPasskey: 'Ključ za dostop je dodan.',
  flowEnrolledTotp: 'Aplikacija za preverjanje pristnosti je dodana.',
  flowVerified: 'Preverjeno.',
  flowCodesSaved: 'Obnovitvene kode so shranjene.',
  flowDoneHeading: 'Vse je pripravljeno',
  flowDone: 'Preverjanje v dveh korakih je za vaš račun vklopljeno.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Nalaganje vaših načinov prijave …',
  devicesListLabel: 'Vaši načini prijave',
  devicesEmpty:
    'Nimate še nobenega načina prijave. Dodajte enega, da vklopite preverjanje v dveh korakih.',
  devicesTypeTotp: 'Aplikacija za preverjanje pristnosti',
  devicesTypePasskey: 'Ključ za dostop',
  devicesAddedOn: 'Dodano',
  devicesLastUsed: 'Zadnja uporaba',
  devicesNeverUsed: 'Še ni bilo uporabljeno',
  devicesState: 'Stanje',
  devicesVerified: 'Preverjeno',
  devicesPending: 'Nastavitev ni dokončana',
  devicesDelete: 'Izbriši',
  devicesGuardLabel: 'Izbriši „{name}“',
  devicesDeleting: 'Brisanje „{name}“ …',
  devicesDeleted: 'Izbrisano: „{name}“.',
  devicesNotDeleted: 'Nič ni bilo izbrisano.',
  devicesLastWarning:
    '„{name}“ je vaš edini način za potrditev identitete. Če ga izbrišete, bo preverjanje v dveh korakih za vaš račun izklopljeno, dokler ne dodate drugega načina.',
  devicesConfirmDelete: 'Vseeno izbriši',
  devicesKeep: 'Obdrži',
  devicesRecoveryTitle: 'Obnovitvene kode',
  devicesRecoveryNone: 'Neuporabljenih kod ni več. Ustvarite nove.',
  devicesRecoveryRemaining: {
    one: 'Ostala je še {count} neuporabljena koda.',
    two: 'Ostali sta še {count} neuporabljeni kodi.',
    few: 'Ostale so še {count} neuporabljene kode.',
    other: 'Ostalo je še {count} neuporabljenih kod.',
  },
  devicesRegenerate: 'Ustvari nove kode',
  devicesRegenerateHint: 'Ko ustvarite nove kode, stare prenehajo delovati.',
  devicesRegenerateGuardLabel: 'Ustvari nove obnovitvene kode',
  devicesNewCodesTitle: 'Vaše nove obnovitvene kode',
  devicesSaveCodesTitle: 'Shranite obnovitvene kode',
  devicesFirstCodesSaved: 'Obnovitvene kode so shranjene.',
  devicesCodesSaved: 'Nove obnovitvene kode so shranjene. Stare ne delujejo več.',
  devicesNoNewCodes: 'Nove kode niso bile ustvarjene.',
  devicesClose: 'Zapri',
  devicesAddTotp: 'Dodaj aplikacijo za preverjanje pristnosti',
  devicesAddPasskey: 'Dodaj ključ za dostop',
  devicesAddTitleTotp: 'Dodajanje aplikacije za preverjanje pristnosti',
  devicesAddTitlePasskey: 'Dodajanje ključa za dostop',
  devicesCancel: 'Prekliči',
  devicesOneTotp:
    'Imate lahko samo eno aplikacijo za preverjanje pristnosti. Če želite preiti na drugo aplikacijo ali telefon, najprej izbrišite trenutno in nato dodajte novo.',
  devicesAdded: 'Dodano: „{name}“.',
} satisfies MfaTranslation;

registerMessages('sl', messages);
