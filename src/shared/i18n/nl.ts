/**
 * Dutch catalogue — the source of truth for message keys. Keys are grouped by feature prefix.
 * `{name}` placeholders are filled by `t()`. The English catalogue must have exactly these keys
 * (checked by the compiler and by a test).
 */
export const nl = {
  'app.name': 'Vlinder',
  'app.tagline': 'Integraal veiligheidsrisicoprofiel met vlinderdasanalyse',
  'language.nl': 'Nederlands',
  'language.en': 'English',
  'language.switch': 'Taal',

  'welcome.title': 'Welkom bij Vlinder',
  'welcome.intro': 'Breng de veiligheidsrisico’s van uw gemeente in kaart, werk de belangrijkste uit als vlinderdas en maak er het integraal veiligheidsplan mee.',
  'welcome.new': 'Nieuw project',
  'welcome.open': 'Project openen',
  'welcome.example': 'Voorbeeldproject',
  'welcome.openPathLabel': 'Pad naar een .vlinder-bestand',
  'welcome.recoverTitle': 'Niet-opgeslagen werk gevonden',
  'welcome.recoverIntro': 'Vlinder is de vorige keer niet netjes afgesloten. Dit werk is bewaard gebleven:',
  'welcome.recover': 'Herstellen',
  'welcome.discard': 'Weggooien',

  'project.untitled': 'Nieuw project',
  'project.save': 'Opslaan',
  'project.saveAs': 'Opslaan als…',
  'project.saved': 'Opgeslagen',
  'project.unsaved': 'Niet opgeslagen wijzigingen',
  'project.close': 'Sluiten',
  'project.savePathLabel': 'Opslaan als (pad naar .vlinder-bestand)',

  'risk.add': 'Risico toevoegen',
  'risk.new': 'Nieuw risico',
  'risk.title': 'Titel',
  'risk.centralEvent': 'Centrale gebeurtenis',
  'risk.hazard': 'Gevaar',
  'risk.none': 'Nog geen risico’s. Voeg er een toe om te beginnen.',

  'error.badArgument': 'Ongeldige invoer bij {path}: {reason}.',
  'error.unknownMethod': 'Onbekende opdracht: {method}.',
  'error.notFound': 'Niet gevonden.',
  'error.internal': 'Er ging iets mis in Vlinder ({method}). Uw werk is bewaard; probeer het opnieuw.',
  'error.file.notSqlite': 'Dit is geen Vlinder-bestand: het bestand is geen SQLite-database.',
  'error.file.foreignSqlite': 'Dit is geen Vlinder-bestand: het is een database van een ander programma.',
  'error.file.newerVersion': 'Dit bestand is gemaakt met een nieuwere versie van Vlinder (bestandsversie {version}). Installeer Vlinder {needed} of nieuwer om het te openen.',
  'error.file.damaged': 'Het bestand is beschadigd ({where}). Het is niet gewijzigd.',
  'error.file.empty': 'Het bestand is leeg.',
  'error.file.unreadable': 'Het bestand kan niet worden gelezen ({reason}).',
  'error.file.locked': 'Het bestand is in gebruik door een ander programma. Sluit het daar en probeer het opnieuw.',
  'error.file.notFound': 'Het bestand {path} bestaat niet.',
  'error.file.changedOnDisk': 'Het bestand is sinds het openen door iemand anders gewijzigd. Sla uw versie op onder een andere naam, of overschrijf bewust.',
  'error.file.writeFailed': 'Opslaan is mislukt ({reason}). Het bestaande bestand is niet aangetast.',
  'error.file.tooLarge': 'Het bestand is te groot om te openen ({size}).',
  'error.session.notFound': 'Dit project is niet (meer) geopend.',
  'error.doc.invalidChange': 'De wijziging kon niet worden opgeslagen: {reason}.',
  'error.import.invalid': 'Importeren is mislukt: {reason}.',
  'error.export.failed': 'Exporteren is mislukt: {reason}.',
} as const;

export type MessageKey = keyof typeof nl;
