/**
 * Lietuvių (Lithuanian). Address: formal "jūs" (buttons in the infinitive, e.g. "Kopijuoti").
 * Terms (docs/TRANSLATING.md): prieigos raktas, autentifikavimo programa, patvirtinimo kodas,
 * atkūrimo kodas, patvirtinimas dviem veiksmais.
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Šis kodas netinka. Patikrinkite jį ir bandykite dar kartą.',
  errorRateLimited: 'Per daug bandymų. Šiek tiek palaukite ir bandykite dar kartą.',
  errorRetryIn: 'Per daug bandymų. Bandykite dar kartą {time}.',
  errorLockedOut: 'Per daug bandymų. Bandykite dar kartą vėliau arba naudokite kitą būdą.',
  retryNow: 'Dabar galite bandyti dar kartą.',
  errorExpired: 'Šio veiksmo galiojimo laikas baigėsi. Pradėkite iš naujo.',
  errorAlreadyEnrolled:
    'Jūsų paskyroje jau nustatyta autentifikavimo programa. Pašalinkite ją prieš pridėdami kitą.',
  errorNotEnrolled: 'Šis būdas jūsų paskyroje dar nenustatytas.',
  errorPasskeyCancelled: 'Prieigos rakto užklausa atšaukta arba baigėsi jos laikas.',
  errorPasskeyUnsupported: 'Ši naršyklė arba įrenginys nepalaiko prieigos raktų.',
  errorUnauthorized: 'Jūsų sesija baigėsi. Prisijunkite dar kartą.',
  errorStepUpRequired: 'Pirmiausia patvirtinkite, kad tai jūs.',
  errorInvalidRequest: 'Užklausa nepriimta. Bandykite dar kartą.',
  errorNetwork: 'Nepavyko susisiekti su serveriu. Patikrinkite ryšį ir bandykite dar kartą.',
  errorUnknown: 'Kažkas nepavyko. Bandykite dar kartą.',
  errorNoClient:
    'Šis elementas neturi MFA kliento. Įdėkite jį į <mfa-provider> arba nustatykite jo savybę client.',
  tryAgain: 'Bandyti dar kartą',
  loading: 'Įkeliama…',
  copy: 'Kopijuoti',
  copied: 'Nukopijuota',
  copyFailed: 'Nepavyko nukopijuoti. Pažymėkite tekstą ir nukopijuokite jį patys.',
  stepUpConfirm: 'Patvirtinkite, kad tai jūs',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Patvirtinimo kodas',
  otpValueMissing: 'Įveskite kodą.',
  otpTooShort: {
    one: 'Įveskite {count} skaitmenį.',
    few: 'Įveskite visus {count} skaitmenis.',
    many: 'Įveskite {count} skaitmens.',
    other: 'Įveskite visus {count} skaitmenų.',
  },
  otpPatternMismatch: 'Naudokite tik skaitmenis.',
  otpTooLong: {
    one: 'Įveskite tik {count} skaitmenį.',
    few: 'Įveskite tik {count} skaitmenis.',
    many: 'Įveskite tik {count} skaitmens.',
    other: 'Įveskite tik {count} skaitmenų.',
  },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Ruošiama autentifikavimo programos sąranka…',
  totpScanTitle: 'Nuskaitykite šį QR kodą',
  totpScanHint:
    'Atidarykite autentifikavimo programą, pridėkite paskyrą ir nukreipkite kamerą į kodą.',
  totpQrLabel: 'QR kodas, skirtas pridėti {account} prie autentifikavimo programos',
  totpQrLabelIssuer:
    'QR kodas, skirtas pridėti {issuer} ({account}) prie autentifikavimo programos',
  totpIssuer: 'Paslauga',
  totpAccount: 'Paskyra',
  totpManualHint: 'Nepavyksta nuskaityti? Vietoj to įveskite šį sąrankos raktą:',
  totpCopySecret: 'Kopijuoti raktą',
  totpOpenLink: 'Nustatyti šiame įrenginyje',
  totpCodeTitle: {
    one: 'Įveskite {count} skaitmens kodą',
    few: 'Įveskite {count} skaitmenų kodą',
    many: 'Įveskite {count} skaitmens kodą',
    other: 'Įveskite {count} skaitmenų kodą',
  },
  totpCodeHint: 'Įveskite kodą, kurį programa dabar rodo šiai paskyrai.',
  totpCodeLabel: 'Kodas iš autentifikavimo programos',
  totpSubmit: 'Patvirtinti',
  totpVerifying: 'Tikrinamas kodas…',
  totpRetryIn: 'Bandykite dar kartą {time}.',
  totpEnrolled: 'Autentifikavimo programa pridėta',
  totpEnrolledHint: 'Nuo šiol prisijungdami naudosite programos rodomą kodą.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Išsaugokite šiuos atkūrimo kodus saugioje vietoje, pavyzdžiui, slaptažodžių tvarkyklėje. Jei prarasite kitus prisijungimo būdus, kiekvienu kodu galėsite prisijungti vieną kartą.',
  recoveryCodesListLabel: 'Atkūrimo kodai',
  recoveryCodesCopy: 'Kopijuoti visus',
  recoveryCodesDownload: 'Atsisiųsti',
  recoveryCodesDownloaded: 'Atsisiuntimas pradėtas.',
  recoveryCodesPrint: 'Spausdinti',
  recoveryCodesConfirm: 'Išsaugojau šiuos kodus',
  recoveryCodesContinue: 'Tęsti',
  recoveryCodesSaving: 'Išsaugoma…',
  recoveryCodesDone: 'Jūsų atkūrimo kodai išsaugoti. Laikykite juos saugioje vietoje.',
  recoveryCodesRegenerating: 'Kuriami nauji atkūrimo kodai…',
  recoveryCodesRegenerated: 'Nauji atkūrimo kodai paruošti. Senieji kodai nebegalioja.',
  recoveryCodesFileTitle: 'Atkūrimo kodai',
  recoveryCodesFileTitleNamed: 'Paslaugos {issuer} atkūrimo kodai',
  recoveryCodesFileDate: 'Sukurta {date}',
  recoveryCodesFileNote:
    'Kiekvieną kodą galima naudoti vieną kartą. Laikykite juos saugioje vietoje.',
  recoveryCodeLabel: 'Atkūrimo kodas',
  recoveryCodeHint:
    'Įveskite vieną iš išsaugotų atkūrimo kodų. Brūkšneliai, tarpai ir raidžių dydis nesvarbūs.',
  recoveryCodeMissing: 'Įveskite atkūrimo kodą.',
  recoveryCodeSubmit: 'Patvirtinti',
  recoveryCodeVerifying: 'Tikrinamas kodas…',
  recoveryCodeVerified: 'Atkūrimo kodas priimtas.',
  recoveryCodesNoneLeft: 'Nebeturite atkūrimo kodų. Sukurkite naują rinkinį dabar.',
  recoveryCodesFewLeft: {
    one: 'Jums liko {count} atkūrimo kodas. Netrukus sukurkite naują rinkinį.',
    few: 'Jums liko {count} atkūrimo kodai. Netrukus sukurkite naują rinkinį.',
    many: 'Jums liko {count} atkūrimo kodo. Netrukus sukurkite naują rinkinį.',
    other: 'Jums liko {count} atkūrimo kodų. Netrukus sukurkite naują rinkinį.',
  },
  recoveryCodesRemaining: {
    one: 'Jums liko {count} atkūrimo kodas.',
    few: 'Jums liko {count} atkūrimo kodai.',
    many: 'Jums liko {count} atkūrimo kodo.',
    other: 'Jums liko {count} atkūrimo kodų.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Naudoti prieigos raktą',
  passkeyRegister: 'Sukurti prieigos raktą',
  passkeyAliasLabel: 'Prieigos rakto pavadinimas (neprivaloma)',
  passkeyAliasHint: 'Pavadinimas, kurį vėliau atpažinsite, pavyzdžiui, „Darbo kompiuteris“.',
  passkeyWaiting: 'Laukiama prieigos rakto…',
  passkeyCancelled: 'Prieigos raktas nepanaudotas. Galite bandyti dar kartą, kai būsite pasiruošę.',
  passkeyVerified: 'Prieigos raktas priimtas.',
  passkeyRejected:
    'Nepavyko patvirtinti jūsų prieigos rakto. Bandykite dar kartą arba prisijunkite kitu būdu.',
  passkeyAlreadyRegistered: 'Šis prieigos raktas jūsų paskyroje jau nustatytas.',
  passkeyCreated: 'Prieigos raktas sukurtas.',
  passkeyCreatedNamed: 'Prieigos raktas „{alias}“ sukurtas.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Patvirtinimo būdas',
  verifyMethodPasskey: 'Prieigos raktas',
  verifyMethodTotp: 'Autentifikavimo programa',
  verifyMethodRecoveryCode: 'Atkūrimo kodas',
  verifyPasskeyHint: 'Naudokite prieigos raktą šiame įrenginyje, telefone arba saugos rakte.',
  verifyTotpHint: 'Įveskite 6 skaitmenų kodą, kurį dabar rodo jūsų autentifikavimo programa.',
  verifyTotpLabel: 'Kodas iš autentifikavimo programos',
  verifyTotpSubmit: 'Patvirtinti',
  verifyTotpVerifying: 'Tikrinamas kodas…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Patvirtinkite, kad tai jūs',
  actionGuardChecking: 'Tikrinama, ar šiai operacijai reikia patvirtinimo…',
  actionGuardLoading: 'Įkeliami jūsų patvirtinimo būdai…',
  actionGuardCancel: 'Atšaukti',
  actionGuardClose: 'Uždaryti',
  actionGuardNoMethod:
    'Šiai operacijai reikia patvirtinimo dviem veiksmais, bet jūsų paskyroje dar nenustatytas joks būdas. Paskyros nustatymuose pridėkite autentifikavimo programą arba prieigos raktą, tada bandykite dar kartą.',
  actionGuardEnrollIntro:
    'Šiai operacijai reikia patvirtinimo dviem veiksmais. Dabar nustatykite būdą, tada juo patvirtinkite, kad tai jūs.',
  actionGuardEnrollLabel: 'Nustatomas būdas',
  actionGuardEnrollPasskey: 'Prieigos raktas',
  actionGuardEnrollTotp: 'Autentifikavimo programa',
  actionGuardReauthSend: 'Atsiųsti kodą el. paštu',
  actionGuardReauthSent: 'Išsiuntėme kodą adresu {destination}. Įveskite jį čia.',
  actionGuardReauthLabel: 'Kodas iš el. laiško',
  actionGuardReauthResend: 'Siųsti naują kodą',
  actionGuardReauthSendSms: 'Atsiųsti kodą SMS žinute',
  actionGuardReauthSentSms: 'Išsiuntėme kodą SMS žinute numeriu {destination}. Įveskite jį čia.',
  actionGuardReauthLabelSms: 'Kodas iš SMS žinutės',
  actionGuardReauthResendIn: 'Naują kodą galėsite siųsti {time}.',
  actionGuardReauthResendReady: 'Dabar galite siųsti naują kodą.',
  actionGuardEnrolled:
    'Naujas būdas nustatytas. Dabar juo patvirtinkite, kad tai jūs (autentifikavimo programa turės parodyti kitą kodą).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Tikrinamas jūsų prisijungimo saugumas…',
  flowEnrollHeading: 'Pridėkite antrą prisijungimo būdą',
  flowEnrollIntro: 'Pasirinkite, kaip prisijungdami patvirtinsite, kad tai jūs.',
  flowChoiceTotp: 'Autentifikavimo programa',
  flowChoiceTotpHint:
    'Įveskite 6 skaitmenų kodą iš programos, pavyzdžiui, Google Authenticator arba 1Password.',
  flowChoicePasskey: 'Prieigos raktas',
  flowChoicePasskeyHint:
    'Naudokite įrenginio ekrano užraktą (piršto atspaudą, veidą arba PIN kodą) arba saugos raktą.',
  flowTotpHeading: 'Nustatykite autentifikavimo programą',
  flowPasskeyHeading: 'Sukurkite prieigos raktą',
  flowPasskeyIntro: 'Naršyklė paprašys sukurti prieigos raktą šiai paskyrai.',
  flowBack: 'Pasirinkti kitą būdą',
  flowNoMethod: 'Nė vienas čia siūlomas prisijungimo būdas neveikia šioje naršyklėje.',
  flowVerifyHeading: 'Patvirtinkite, kad tai jūs',
  flowVerifyIntro: 'Norėdami tęsti, naudokite vieną iš savo prisijungimo būdų.',
  flowAcknowledgeHeading: 'Išsaugokite atkūrimo kodus',
  flowEnrolledPasskey: 'Prieigos raktas pridėtas.',
  flowEnrolledTotp: 'Autentifikavimo programa pridėta.',
  flowVerified: 'Patvirtinta.',
  flowCodesSaved: 'Atkūrimo kodai išsaugoti.',
  flowDoneHeading: 'Viskas paruošta',
  flowDone: 'Jūsų paskyroje įjungtas patvirtinimas dviem veiksmais.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Įkeliami jūsų prisijungimo būdai…',
  devicesListLabel: 'Jūsų prisijungimo būdai',
  devicesEmpty:
    'Prisijungimo būdų dar nėra. Pridėkite bent vieną, kad įjungtumėte patvirtinimą dviem veiksmais.',
  devicesTypeTotp: 'Autentifikavimo programa',
  devicesTypePasskey: 'Prieigos raktas',
  devicesAddedOn: 'Pridėta',
  devicesLastUsed: 'Paskutinį kartą naudota',
  devicesNeverUsed: 'Dar nenaudota',
  devicesState: 'Būsena',
  devicesVerified: 'Patvirtinta',
  devicesPending: 'Sąranka nebaigta',
  devicesDelete: 'Ištrinti',
  devicesGuardLabel: 'Ištrinti „{name}“',
  devicesDeleting: 'Trinama „{name}“…',
  devicesDeleted: 'Ištrinta: „{name}“.',
  devicesNotDeleted: 'Niekas neištrinta.',
  devicesLastWarning:
    '„{name}“ – vienintelis būdas patvirtinti, kad tai jūs. Jei jį ištrinsite, patvirtinimas dviem veiksmais jūsų paskyroje bus išjungtas, kol pridėsite kitą būdą.',
  devicesConfirmDelete: 'Vis tiek ištrinti',
  devicesKeep: 'Palikti',
  devicesRecoveryTitle: 'Atkūrimo kodai',
  devicesRecoveryNone: 'Nepanaudotų kodų neliko. Sukurkite naujų.',
  devicesRecoveryRemaining: {
    one: 'Liko {count} nepanaudotas kodas.',
    few: 'Liko {count} nepanaudoti kodai.',
    many: 'Liko {count} nepanaudoto kodo.',
    other: 'Liko {count} nepanaudotų kodų.',
  },
  devicesRegenerate: 'Sukurti naujus kodus',
  devicesRegenerateHint: 'Sukūrus naujus kodus, senieji nebegalios.',
  devicesRegenerateGuardLabel: 'Sukurti naujus atkūrimo kodus',
  devicesNewCodesTitle: 'Jūsų nauji atkūrimo kodai',
  devicesSaveCodesTitle: 'Išsaugokite atkūrimo kodus',
  devicesFirstCodesSaved: 'Atkūrimo kodai išsaugoti.',
  devicesCodesSaved: 'Nauji atkūrimo kodai išsaugoti. Senieji nebegalioja.',
  devicesNoNewCodes: 'Nauji kodai nesukurti.',
  devicesClose: 'Uždaryti',
  devicesAddTotp: 'Pridėti autentifikavimo programą',
  devicesAddPasskey: 'Pridėti prieigos raktą',
  devicesAddTitleTotp: 'Pridėkite autentifikavimo programą',
  devicesAddTitlePasskey: 'Pridėkite prieigos raktą',
  devicesCancel: 'Atšaukti',
  devicesOneTotp:
    'Galite turėti vieną autentifikavimo programą. Norėdami pereiti prie kitos programos ar telefono, pirmiausia ištrinkite dabartinę, tada pridėkite naują.',
  devicesAdded: 'Pridėta: „{name}“.',
} satisfies MfaTranslation;

registerMessages('lt', messages);
