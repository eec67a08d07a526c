/**
 * Suomi (Finnish). Address: informal (imperative, "sinä" forms). Terms (docs/TRANSLATING.md):
 * pääsyavain, todennussovellus, vahvistuskoodi, palautuskoodi, kaksivaiheinen vahvistus.
 */
import type { MfaTranslation } from '../messages/en.js';
import { registerMessages } from '../messages/registry.js';

export const messages = {
  // --- shared -------------------------------------------------------------------------------
  errorInvalidCode: 'Koodi ei toiminut. Tarkista se ja yritä uudelleen.',
  errorRateLimited: 'Liian monta yritystä. Odota hetki ja yritä uudelleen.',
  errorRetryIn: 'Liian monta yritystä. Yritä uudelleen {time}.',
  errorLockedOut: 'Liian monta yritystä. Yritä myöhemmin uudelleen tai käytä toista tapaa.',
  retryNow: 'Voit yrittää nyt uudelleen.',
  errorExpired: 'Tämä vaihe on vanhentunut. Aloita alusta.',
  errorAlreadyEnrolled:
    'Tililläsi on jo käytössä todennussovellus. Poista se ennen kuin lisäät uuden.',
  errorNotEnrolled: 'Tätä tapaa ei ole vielä otettu käyttöön tililläsi.',
  errorPasskeyCancelled: 'Pääsyavainpyyntö peruttiin tai se aikakatkaistiin.',
  errorPasskeyUnsupported: 'Tämä selain tai laite ei tue pääsyavaimia.',
  errorUnauthorized: 'Istuntosi on päättynyt. Kirjaudu sisään uudelleen.',
  errorStepUpRequired: 'Vahvista ensin henkilöllisyytesi.',
  errorInvalidRequest: 'Pyyntöä ei hyväksytty. Yritä uudelleen.',
  errorNetwork: 'Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
  errorUnknown: 'Jokin meni vikaan. Yritä uudelleen.',
  errorNoClient:
    'Tällä elementillä ei ole MFA-asiakasta. Sijoita se <mfa-provider>-elementin sisään tai aseta sen client-ominaisuus.',
  tryAgain: 'Yritä uudelleen',
  loading: 'Ladataan…',
  copy: 'Kopioi',
  copied: 'Kopioitu',
  copyFailed: 'Kopiointi ei onnistunut. Valitse teksti ja kopioi se itse.',
  stepUpConfirm: 'Vahvista henkilöllisyytesi',

  // --- mfa-otp-input ------------------------------------------------------------------------
  otpLabel: 'Vahvistuskoodi',
  otpValueMissing: 'Anna koodi.',
  otpTooShort: { one: 'Anna {count} numero.', other: 'Anna kaikki {count} numeroa.' },
  otpPatternMismatch: 'Käytä vain numeroita.',
  otpTooLong: { one: 'Anna vain {count} numero.', other: 'Anna vain {count} numeroa.' },

  // --- mfa-totp-enroll ----------------------------------------------------------------------
  totpLoading: 'Valmistellaan todennussovelluksen käyttöönottoa…',
  totpScanTitle: 'Skannaa tämä QR-koodi',
  totpScanHint: 'Avaa todennussovellus, lisää tili ja osoita kameralla koodia.',
  totpQrLabel: 'QR-koodi, jolla {account} lisätään todennussovellukseesi',
  totpQrLabelIssuer: 'QR-koodi, jolla {issuer} ({account}) lisätään todennussovellukseesi',
  totpIssuer: 'Palvelu',
  totpAccount: 'Tili',
  totpManualHint: 'Eikö skannaus onnistu? Anna sen sijaan tämä määritysavain:',
  totpCopySecret: 'Kopioi avain',
  totpOpenLink: 'Ota käyttöön tällä laitteella',
  totpCodeTitle: { one: 'Anna {count}-numeroinen koodi', other: 'Anna {count}-numeroinen koodi' },
  totpCodeHint: 'Kirjoita koodi, jonka sovellus näyttää nyt tälle tilille.',
  totpCodeLabel: 'Koodi todennussovelluksesta',
  totpSubmit: 'Vahvista',
  totpVerifying: 'Tarkistetaan koodia…',
  totpRetryIn: 'Yritä uudelleen {time}.',
  totpEnrolled: 'Todennussovellus lisätty',
  totpEnrolledHint: 'Tästä lähtien annat kirjautuessasi sovelluksen näyttämän koodin.',

  // --- mfa-recovery-codes -------------------------------------------------------------------
  recoveryCodesIntro:
    'Tallenna nämä palautuskoodit turvalliseen paikkaan, esimerkiksi salasanojen hallintaan. Jos menetät muut kirjautumistapasi, voit kirjautua kullakin koodilla sisään kerran.',
  recoveryCodesListLabel: 'Palautuskoodit',
  recoveryCodesCopy: 'Kopioi kaikki',
  recoveryCodesDownload: 'Lataa',
  recoveryCodesDownloaded: 'Lataus alkoi.',
  recoveryCodesPrint: 'Tulosta',
  recoveryCodesConfirm: 'Olen tallentanut nämä koodit',
  recoveryCodesContinue: 'Jatka',
  recoveryCodesSaving: 'Tallennetaan…',
  recoveryCodesDone: 'Palautuskoodisi on tallennettu. Säilytä ne turvallisessa paikassa.',
  recoveryCodesRegenerating: 'Luodaan uusia palautuskoodeja…',
  recoveryCodesRegenerated: 'Uudet palautuskoodit ovat valmiit. Vanhat koodisi eivät enää toimi.',
  recoveryCodesFileTitle: 'Palautuskoodit',
  recoveryCodesFileTitleNamed: 'Palvelun {issuer} palautuskoodit',
  recoveryCodesFileDate: 'Luotu {date}',
  recoveryCodesFileNote: 'Kutakin koodia voi käyttää kerran. Säilytä ne turvallisessa paikassa.',
  recoveryCodeLabel: 'Palautuskoodi',
  recoveryCodeHint:
    'Anna jokin tallentamistasi palautuskoodeista. Yhdysmerkeillä, välilyönneillä ja kirjainkoolla ei ole merkitystä.',
  recoveryCodeMissing: 'Anna palautuskoodi.',
  recoveryCodeSubmit: 'Vahvista',
  recoveryCodeVerifying: 'Tarkistetaan koodia…',
  recoveryCodeVerified: 'Palautuskoodi hyväksytty.',
  recoveryCodesNoneLeft: 'Sinulla ei ole enää palautuskoodeja. Luo uudet koodit nyt.',
  recoveryCodesFewLeft: {
    one: 'Sinulla on {count} palautuskoodi jäljellä. Luo pian uudet koodit.',
    other: 'Sinulla on {count} palautuskoodia jäljellä. Luo pian uudet koodit.',
  },
  recoveryCodesRemaining: {
    one: 'Sinulla on {count} palautuskoodi jäljellä.',
    other: 'Sinulla on {count} palautuskoodia jäljellä.',
  },

  // --- mfa-passkey-prompt -------------------------------------------------------------------
  passkeyAuthenticate: 'Käytä pääsyavainta',
  passkeyRegister: 'Luo pääsyavain',
  passkeyAliasLabel: 'Pääsyavaimen nimi (valinnainen)',
  passkeyAliasHint: 'Nimi, jonka tunnistat myöhemmin, esimerkiksi ”Työkannettava”.',
  passkeyWaiting: 'Odotetaan pääsyavainta…',
  passkeyCancelled: 'Pääsyavainta ei käytetty. Voit yrittää uudelleen, kun olet valmis.',
  passkeyVerified: 'Pääsyavain hyväksytty.',
  passkeyRejected:
    'Pääsyavaintasi ei voitu vahvistaa. Yritä uudelleen tai kirjaudu sisään toisella tavalla.',
  passkeyAlreadyRegistered: 'Tämä pääsyavain on jo käytössä tililläsi.',
  passkeyCreated: 'Pääsyavain luotu.',
  passkeyCreatedNamed: 'Pääsyavain ”{alias}” luotu.',

  // --- verifying with one of the user's methods (action guard, flow, devices) ---------------
  verifyMethodsLabel: 'Vahvistustapa',
  verifyMethodPasskey: 'Pääsyavain',
  verifyMethodTotp: 'Todennussovellus',
  verifyMethodRecoveryCode: 'Palautuskoodi',
  verifyPasskeyHint: 'Käytä pääsyavainta tällä laitteella, puhelimellasi tai suojausavaimella.',
  verifyTotpHint: 'Anna 6-numeroinen koodi, jonka todennussovellus näyttää nyt.',
  verifyTotpLabel: 'Koodi todennussovelluksesta',
  verifyTotpSubmit: 'Vahvista',
  verifyTotpVerifying: 'Tarkistetaan koodia…',

  // --- mfa-action-guard ---------------------------------------------------------------------
  actionGuardHeading: 'Vahvista henkilöllisyytesi',
  actionGuardChecking: 'Tarkistetaan, vaatiiko tämä toiminto vahvistuksen…',
  actionGuardLoading: 'Ladataan vahvistustapojasi…',
  actionGuardCancel: 'Peruuta',
  actionGuardClose: 'Sulje',
  actionGuardNoMethod:
    'Tämä toiminto edellyttää kaksivaiheista vahvistusta, eikä tililläsi ole vielä käytössä yhtään vahvistustapaa. Lisää todennussovellus tai pääsyavain tilisi asetuksissa ja yritä sitten uudelleen.',
  actionGuardEnrollIntro:
    'Tämä toiminto edellyttää kaksivaiheista vahvistusta. Ota nyt käyttöön jokin vahvistustapa ja vahvista sillä henkilöllisyytesi.',
  actionGuardEnrollLabel: 'Käyttöön otettava tapa',
  actionGuardEnrollPasskey: 'Pääsyavain',
  actionGuardEnrollTotp: 'Todennussovellus',
  actionGuardReauthSend: 'Lähetä minulle koodi sähköpostiin',
  actionGuardReauthSent: 'Lähetimme koodin osoitteeseen {destination}. Kirjoita se tähän.',
  actionGuardReauthLabel: 'Sähköpostin koodi',
  actionGuardReauthResend: 'Lähetä uusi koodi',
  actionGuardReauthSendSms: 'Lähetä minulle koodi tekstiviestillä',
  actionGuardReauthSentSms:
    'Lähetimme koodin tekstiviestillä numeroon {destination}. Kirjoita se tähän.',
  actionGuardReauthLabelSms: 'Tekstiviestin koodi',
  actionGuardReauthResendIn: 'Voit lähettää uuden koodin {time}.',
  actionGuardReauthResendReady: 'Voit nyt lähettää uuden koodin.',
  actionGuardEnrolled:
    'Uusi vahvistustapa on otettu käyttöön. Vahvista nyt sillä henkilöllisyytesi (todennussovelluksesta tarvitaan sen seuraava koodi).',

  // --- mfa-flow -----------------------------------------------------------------------------
  flowChecking: 'Tarkistetaan kirjautumisesi suojausta…',
  flowEnrollHeading: 'Lisää toinen kirjautumistapa',
  flowEnrollIntro: 'Valitse, miten vahvistat henkilöllisyytesi kirjautuessasi.',
  flowChoiceTotp: 'Todennussovellus',
  flowChoiceTotpHint:
    'Anna 6-numeroinen koodi sovelluksesta, kuten Google Authenticator tai 1Password.',
  flowChoicePasskey: 'Pääsyavain',
  flowChoicePasskeyHint:
    'Käytä laitteesi näytön lukitusta (sormenjälki, kasvot tai PIN-koodi) tai suojausavainta.',
  flowTotpHeading: 'Ota todennussovellus käyttöön',
  flowPasskeyHeading: 'Luo pääsyavain',
  flowPasskeyIntro: 'Selain pyytää sinua luomaan pääsyavaimen tälle tilille.',
  flowBack: 'Valitse toinen tapa',
  flowNoMethod: 'Mikään tässä tarjotuista kirjautumistavoista ei toimi tällä selaimella.',
  flowVerifyHeading: 'Vahvista henkilöllisyytesi',
  flowVerifyIntro: 'Jatka käyttämällä jotakin kirjautumistavoistasi.',
  flowAcknowledgeHeading: 'Tallenna palautuskoodisi',
  flowEnrolledPasskey: 'Pääsyavain lisätty.',
  flowEnrolledTotp: 'Todennussovellus lisätty.',
  flowVerified: 'Vahvistettu.',
  flowCodesSaved: 'Palautuskoodit tallennettu.',
  flowDoneHeading: 'Kaikki valmista',
  flowDone: 'Kaksivaiheinen vahvistus on nyt käytössä tililläsi.',

  // --- mfa-devices --------------------------------------------------------------------------
  devicesLoading: 'Ladataan kirjautumistapojasi…',
  devicesListLabel: 'Kirjautumistapasi',
  devicesEmpty:
    'Ei vielä kirjautumistapoja. Ota kaksivaiheinen vahvistus käyttöön lisäämällä jokin tapa.',
  devicesTypeTotp: 'Todennussovellus',
  devicesTypePasskey: 'Pääsyavain',
  devicesAddedOn: 'Lisätty',
  devicesLastUsed: 'Viimeksi käytetty',
  devicesNeverUsed: 'Ei vielä käytetty',
  devicesState: 'Tila',
  devicesVerified: 'Vahvistettu',
  devicesPending: 'Käyttöönotto kesken',
  devicesDelete: 'Poista',
  devicesGuardLabel: 'Poista ”{name}”',
  devicesDeleting: 'Poistetaan ”{name}”…',
  devicesDeleted: '”{name}” poistettiin.',
  devicesNotDeleted: 'Mitään ei poistettu.',
  devicesLastWarning:
    '”{name}” on ainoa tapasi vahvistaa henkilöllisyytesi. Jos poistat sen, kaksivaiheinen vahvistus on poissa käytöstä tililläsi, kunnes lisäät toisen tavan.',
  devicesConfirmDelete: 'Poista silti',
  devicesKeep: 'Säilytä',
  devicesRecoveryTitle: 'Palautuskoodit',
  devicesRecoveryNone: 'Käyttämättömiä koodeja ei ole jäljellä. Luo uudet.',
  devicesRecoveryRemaining: {
    one: '{count} käyttämätön koodi jäljellä.',
    other: '{count} käyttämätöntä koodia jäljellä.',
  },
  devicesRegenerate: 'Luo uudet koodit',
  devicesRegenerateHint: 'Vanhat koodisi lakkaavat toimimasta, kun luot uudet.',
  devicesRegenerateGuardLabel: 'Luo uudet palautuskoodit',
  devicesNewCodesTitle: 'Uudet palautuskoodisi',
  devicesSaveCodesTitle: 'Tallenna palautuskoodisi',
  devicesFirstCodesSaved: 'Palautuskoodit tallennettu.',
  devicesCodesSaved: 'Uudet palautuskoodit tallennettu. Vanhat eivät enää toimi.',
  devicesNoNewCodes: 'Uusia koodeja ei luotu.',
  devicesClose: 'Sulje',
  devicesAddTotp: 'Lisää todennussovellus',
  devicesAddPasskey: 'Lisää pääsyavain',
  devicesAddTitleTotp: 'Lisää todennussovellus',
  devicesAddTitlePasskey: 'Lisää pääsyavain',
  devicesCancel: 'Peruuta',
  devicesOneTotp:
    'Voit käyttää yhtä todennussovellusta. Jos haluat vaihtaa toiseen sovellukseen tai puhelimeen, poista ensin nykyinen ja lisää sitten uusi.',
  devicesAdded: '”{name}” lisättiin.',
} satisfies MfaTranslation;

registerMessages('fi', messages);
