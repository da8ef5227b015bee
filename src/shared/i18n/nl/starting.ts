/** Dutch messages for the starting points: starter long list, bow-tie templates, open-data evidence. */
export const starting = {
  'error.content.invalid': 'Een gegevensbestand van Vlinder is beschadigd ({file}): {reason}. Installeer Vlinder opnieuw.',
  'error.template.invalid': 'Het sjabloon kan niet worden opgeslagen: {reason}.',
  'error.evidence.invalid': '{reason}',
  'starter.title': 'Beginnen met de startlijst',
  'starter.intro': 'Kies de veiligheidsrisico’s die in uw gemeente spelen. Ze komen als gewone risico’s op de lange lijst; u kunt ze daarna wijzigen of verwijderen. Er wordt niets toegevoegd zonder dat u het kiest.',
  'starter.open': 'Startlijst…',
  'starter.command': 'Risico’s toevoegen uit de startlijst',
  'starter.add': '{count} risico’s toevoegen',
  'starter.addNone': 'Kies risico’s om toe te voegen',
  'starter.close': 'Sluiten',
  'starter.selectTheme': 'Alles van {theme}',
  'starter.present': 'staat al in het project',
  'starter.added': '{count} risico’s uit de startlijst toegevoegd.',
  'starter.undo': 'Risico’s uit de startlijst toevoegen',
  'starter.loadFailed': 'De startlijst kon niet worden geladen.',
  'starter.hasTemplate': 'sjabloon',
} as const;
