/**
 * Hrvatski (Croatian). Address: formal „vi“ (lower case, as product interfaces write it). Terms
 * (docs/TRANSLATING.md): pristupni ključ, aplikacija za autentifikaciju, kôd za potvrdu, kôd za
 * oporavak, potvrda u dva koraka. Plurals: one (1, 21), few (2–4, 22–24), other (0, 5–20).
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Taj kôd nije prihvaćen. Provjerite ga i pokušajte ponovno.',
  errorRateLimited: 'Previše pokušaja. Pričekajte trenutak i pokušajte ponovno.',
  errorRetryIn: 'Previše pokušaja. Pokušajte ponovno {time}.',
  errorLockedOut: 'Previše pokušaja. Pokušajte ponovno kasnije ili upotrijebite drugi način.',
  retryNow: 'Sada možete pokušati ponovno.',
  errorExpired: 'Ovaj je korak istekao. Počnite ispočetka.',
  errorAlreadyEnrolled:
    'Za vaš je račun već postavljena aplikacija za autentifikaciju. Uklonite je prije dodavanja druge.',
  errorNotEnrolled: 'Taj način još nije postavljen za vaš račun.',
  errorPasskeyCancelled: 'Zahtjev za pristupni ključ otkazan je ili je istekao.',
  errorPasskeyUnsupported: 'Ovaj preglednik ili uređaj ne podržava pristupne ključeve.',
  errorUnauthorized: 'Vaša je sesija završila. Ponovno se prijavite.',
  errorStepUpRequired: 'Najprije potvrdite svoj identitet.',
  errorInvalidRequest: 'Zahtjev nije prihvaćen. Pokušajte ponovno.',
  errorNetwork: 'Povezivanje s poslužiteljem nije uspjelo. Provjerite vezu i pokušajte ponovno.',
  errorUnknown: 'Nešto nije u redu. Pokušajte ponovno.',
  errorNoClient:
    'Ovaj element nema MFA klijent. Stavite ga unutar <mfa-provider> ili postavite njegovo svojstvo client.',
  tryAgain: 'Pokušajte ponovno',
  loading: 'Učitavanje…',
  copy: 'Kopiraj',
  copied: 'Kopirano',
  copyFailed: 'Kopiranje nije uspjelo. Odaberite tekst i kopirajte ga ručno.',
  stepUpConfirm: 'Potvrdite identitet',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Kôd za potvrdu',
  otpValueMissing: 'Unesite kôd.',
  otpTooShort: {
    one: 'Unesite {count} znamenku.',
    few: 'Unesite sve {count} znamenke.',
    other: 'Unesite svih {count} znamenki.',
  },
  otpPatternMismatch: 'Unesite samo znamenke.',
  otpTooLong: {
    one: 'Unesite samo {count} znamenku.',
    few: 'Unesite samo {count} znamenke.',
    other: 'Unesite samo {count} znamenki.',
  },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Priprema postavljanja aplikacije za autentifikaciju…',
  totpScanTitle: 'Skenirajte ovaj QR kôd',
  totpScanHint:
    'Otvorite aplikaciju za autentifikaciju, dodajte račun i usmjerite kameru prema kodu.',
  totpQrLabel: 'QR kôd za dodavanje računa {account} u aplikaciju za autentifikaciju',
  totpQrLabelIssuer:
    'QR kôd za dodavanje računa {issuer} ({account}) u aplikaciju za autentifikaciju',
  totpIssuer: 'Usluga',
  totpAccount: 'Račun',
  totpManualHint: 'Ne možete skenirati kôd? Umjesto toga unesite ovaj ključ za postavljanje:',
  totpCopySecret: 'Kopiraj ključ',
  totpOpenLink: 'Postavi na ovom uređaju',
  totpCodeTitle: {
    one: 'Unesite {count}-znamenkasti kôd',
    few: 'Unesite {count}-znamenkasti kôd',
    other: 'Unesite {count}-znamenkasti kôd',
  },
  totpCodeHint: 'Unesite kôd koji aplikacija sada prikazuje za ovaj račun.',
  totpCodeLabel: 'Kôd iz aplikacije za autentifikaciju',
  totpSubmit: 'Potvrdi',
  totpVerifying: 'Provjera koda…',
  totpRetryIn: 'Pokušajte ponovno {time}.',
  totpEnrolled: 'Aplikacija za autentifikaciju dodana',
  totpEnrolledHint: 'Od sada ćete pri prijavi unositi kôd iz aplikacije.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Spremite ove kodove za oporavak na sigurno mjesto, primjerice u upravitelj lozinki. Ako izgubite ostale načine prijave, svaki vam kôd omogućuje jednu prijavu.',
  recoveryCodesListLabel: 'Kodovi za oporavak',
  recoveryCodesCopy: 'Kopiraj sve',
  recoveryCodesDownload: 'Preuzmi',
  recoveryCodesDownloaded: 'Preuzimanje je započelo.',
  recoveryCodesPrint: 'Ispiši',
  recoveryCodesConfirm: 'Ovi su kodovi spremljeni',
  recoveryCodesContinue: 'Nastavi',
  recoveryCodesSaving: 'Spremanje…',
  recoveryCodesDone: 'Vaši su kodovi za oporavak spremljeni. Čuvajte ih na sigurnom mjestu.',
  recoveryCodesRegenerating: 'Izrada novih kodova za oporavak…',
  recoveryCodesRegenerated: 'Novi kodovi za oporavak su spremni. Stari kodovi više ne vrijede.',
  recoveryCodesFileTitle: 'Kodovi za oporavak',
  recoveryCodesFileTitleNamed: 'Kodovi za oporavak – {issuer}',
  recoveryCodesFileDate: 'Izrađeno {date}',
  recoveryCodesFileNote:
    'Svaki se kôd može upotrijebiti samo jednom. Čuvajte ih na sigurnom mjestu.',
  recoveryCodeLabel: 'Kôd za oporavak',
  recoveryCodeHint:
    'Unesite jedan od spremljenih kodova za oporavak. Crtice, razmaci i velika ili mala slova nisu važni.',
  recoveryCodeMissing: 'Unesite kôd za oporavak.',
  recoveryCodeSubmit: 'Potvrdi',
  recoveryCodeVerifying: 'Provjera koda…',
  recoveryCodeVerified: 'Kôd za oporavak prihvaćen.',
  recoveryCodesNoneLeft: 'Nemate više kodova za oporavak. Odmah izradite novi skup.',
  recoveryCodesFewLeft: {
    one: 'Preostao vam je {count} kôd za oporavak. Uskoro izradite novi skup.',
    few: 'Preostala su vam {count} koda za oporavak. Uskoro izradite novi skup.',
    other: 'Preostalo vam je {count} kodova za oporavak. Uskoro izradite novi skup.',
  },
  recoveryCodesRemaining: {
    one: 'Preostao vam je {count} kôd za oporavak.',
    few: 'Preostala su vam {count} koda za oporavak.',
    other: 'Preostalo vam je {count} kodova za oporavak.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Upotrijebi pristupni ključ',
  passkeyRegister: 'Izradi pristupni ključ',
  passkeyAliasLabel: 'Naziv pristupnog ključa (nije obavezno)',
  passkeyAliasHint:
    'Naziv po kojem ćete ga kasnije prepoznati, primjerice „Poslovno prijenosno računalo”.',
  passkeyWaiting: 'Čeka se pristupni ključ…',
  passkeyCancelled:
    'Pristupni ključ nije upotrijebljen. Možete pokušati ponovno kad budete spremni.',
  passkeyVerified: 'Pristupni ključ prihvaćen.',
  passkeyRejected:
    'Pristupni ključ nije moguće potvrditi. Pokušajte ponovno ili se prijavite na drugi način.',
  passkeyAlreadyRegistered: 'Ovaj je pristupni ključ već postavljen za vaš račun.',
  passkeyCreated: 'Pristupni ključ izrađen.',
  passkeyCreatedNamed: 'Pristupni ključ „{alias}” izrađen.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Način potvrde',
  verifyMethodPasskey: 'Pristupni ključ',
  verifyMethodTotp: 'Aplikacija za autentifikaciju',
  verifyMethodRecoveryCode: 'Kôd za oporavak',
  verifyPasskeyHint:
    'Upotrijebite pristupni ključ na ovom uređaju, na telefonu ili na sigurnosnom ključu.',
  verifyTotpHint:
    'Unesite 6-znamenkasti kôd koji vaša aplikacija za autentifikaciju sada prikazuje.',
  verifyTotpLabel: 'Kôd iz aplikacije za autentifikaciju',
  verifyTotpSubmit: 'Potvrdi',
  verifyTotpVerifying: 'Provjera koda…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Potvrdite svoj identitet',
  actionGuardChecking: 'Provjerava se je li za ovu radnju potrebna potvrda…',
  actionGuardLoading: 'Učitavanje vaših načina potvrde…',
  actionGuardCancel: 'Odustani',
  actionGuardClose: 'Zatvori',
  actionGuardNoMethod:
    'Za ovu je radnju potrebna potvrda u dva koraka, a za vaš račun još nije postavljen nijedan način. Dodajte aplikaciju za autentifikaciju ili pristupni ključ u postavkama računa i pokušajte ponovno.',
  actionGuardEnrollIntro:
    'Za ovu je radnju potrebna potvrda u dva koraka. Sada postavite jedan način, a zatim njime potvrdite svoj identitet.',
  actionGuardEnrollLabel: 'Način za postavljanje',
  actionGuardEnrollPasskey: 'Pristupni ključ',
  actionGuardEnrollTotp: 'Aplikacija za autentifikaciju',
  actionGuardReauthSend: 'Pošalji mi kôd e-poštom',
  actionGuardReauthSent: 'Poslali smo kôd na {destination}. Unesite ga ovdje.',
  actionGuardReauthLabel: 'Kôd iz e-pošte',
  actionGuardReauthResend: 'Pošalji novi kôd',
  actionGuardReauthSendSms: 'Pošalji mi kôd SMS-om',
  actionGuardReauthSentSms: 'Poslali smo kôd SMS-om na {destination}. Unesite ga ovdje.',
  actionGuardReauthLabelSms: 'Kôd iz SMS-a',
  actionGuardReauthResendIn: 'Novi kôd možete poslati {time}.',
  actionGuardReauthResendReady: 'Sada možete poslati novi kôd.',
  actionGuardEnrolled:
    'Novi je način postavljen. Sada njime potvrdite svoj identitet (u aplikaciji za autentifikaciju pričekajte sljedeći kôd).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Provjera sigurnosti prijave…',
  flowEnrollHeading: 'Dodajte drugi način prijave',
  flowEnrollIntro: 'Odaberite kako ćete pri prijavi potvrđivati svoj identitet.',
  flowChoiceTotp: 'Aplikacija za autentifikaciju',
  flowChoiceTotpHint:
    'Unosite 6-znamenkasti kôd iz aplikacije kao što je Google Authenticator ili 1Password.',
  flowChoicePasskey: 'Pristupni ključ',
  flowChoicePasskeyHint:
    'Upotrijebite zaključavanje zaslona uređaja (otisak prsta, lice ili PIN) ili sigurnosni ključ.',
  flowTotpHeading: 'Postavite aplikaciju za autentifikaciju',
  flowPasskeyHeading: 'Izradite pristupni ključ',
  flowPasskeyIntro: 'Preglednik će od vas zatražiti da izradite pristupni ključ za ovaj račun.',
  flowBack: 'Odaberi drugi način',
  flowNoMethod: 'Nijedan od ponuđenih načina prijave ne radi u ovom pregledniku.',
  flowVerifyHeading: 'Potvrdite svoj identitet',
  flowVerifyIntro: 'Za nastavak upotrijebite jedan od svojih načina prijave.',
  flowAcknowledgeHeading: 'Spremite kodove za oporavak',
  flowEnrolledPasskey: 'Pristupni ključ dodan.',
  flowEnrolledTotp: 'Aplikacija za autentifikaciju dodana.',
  flowVerified: 'Potvrđeno.',
  flowCodesSaved: 'Kodovi za oporavak spremljeni.',
  flowDoneHeading: 'Sve je spremno',
  flowDone: 'Potvrda u dva koraka uključena je za vaš račun.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Učitavanje vaših načina prijave…',
  devicesListLabel: 'Vaši načini prijave',
  devicesEmpty:
    'Još nemate nijedan način prijave. Dodajte jedan da biste uključili potvrdu u dva koraka.',
  devicesTypeTotp: 'Aplikacija za autentifikaciju',
  devicesTypePasskey: 'Pristupni ključ',
  devicesAddedOn: 'Dodano',
  devicesLastUsed: 'Posljednja upotreba',
  devicesNeverUsed: 'Još nije upotrijebljeno',
  devicesState: 'Stanje',
  devicesVerified: 'Potvrđeno',
  devicesPending: 'Postavljanje nije dovršeno',
  devicesDelete: 'Izbriši',
  devicesGuardLabel: 'Izbriši „{name}”',
  devicesDeleting: 'Brisanje „{name}”…',
  devicesDeleted: 'Izbrisano: „{name}”.',
  devicesNotDeleted: 'Ništa nije izbrisano.',
  devicesLastWarning:
    '„{name}” jedini je način na koji možete potvrditi svoj identitet. Ako ga izbrišete, potvrda u dva koraka bit će isključena za vaš račun dok ne dodate drugi način.',
  devicesConfirmDelete: 'Ipak izbriši',
  devicesKeep: 'Zadrži',
  devicesRecoveryTitle: 'Kodovi za oporavak',
  devicesRecoveryNone: 'Nema više neiskorištenih kodova. Izradite nove.',
  devicesRecoveryRemaining: {
    one: 'Preostao je {count} neiskorišteni kôd.',
    few: 'Preostala su {count} neiskorištena koda.',
    other: 'Preostalo je {count} neiskorištenih kodova.',
  },
  devicesRegenerate: 'Izradi nove kodove',
  devicesRegenerateHint: 'Kad izradite nove kodove, stari prestaju vrijediti.',
  devicesRegenerateGuardLabel: 'Izradi nove kodove za oporavak',
  devicesNewCodesTitle: 'Vaši novi kodovi za oporavak',
  devicesSaveCodesTitle: 'Spremite kodove za oporavak',
  devicesFirstCodesSaved: 'Kodovi za oporavak spremljeni.',
  devicesCodesSaved: 'Novi kodovi za oporavak spremljeni. Stari više ne vrijede.',
  devicesNoNewCodes: 'Nisu izrađeni novi kodovi.',
  devicesClose: 'Zatvori',
  devicesAddTotp: 'Dodaj aplikaciju za autentifikaciju',
  devicesAddPasskey: 'Dodaj pristupni ključ',
  devicesAddTitleTotp: 'Dodavanje aplikacije za autentifikaciju',
  devicesAddTitlePasskey: 'Dodavanje pristupnog ključa',
  devicesCancel: 'Odustani',
  devicesOneTotp:
    'Možete imati jednu aplikaciju za autentifikaciju. Da biste prešli na drugu aplikaciju ili telefon, najprije izbrišite trenutačnu, a zatim dodajte novu.',
  devicesAdded: 'Dodano: „{name}”.',
} satisfies MfaTranslation;

registerMessages('hr', messages);
