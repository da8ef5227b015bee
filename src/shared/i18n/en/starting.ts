import type { starting as nl } from '../nl/starting.ts';

/** English messages for the starting points: starter long list, bow-tie templates, open-data evidence. */
export const starting: Record<keyof typeof nl, string> = {
  'error.content.invalid': 'A data file of Vlinder is damaged ({file}): {reason}. Please reinstall Vlinder.',
  'error.template.invalid': 'The template cannot be saved: {reason}.',
  'error.evidence.invalid': '{reason}',
  'starter.title': 'Start from the starter list',
  'starter.intro': 'Choose the safety risks that matter in your municipality. They are added as ordinary risks to the long list; you can change or delete them afterwards. Nothing is added unless you choose it.',
  'starter.open': 'Starter list…',
  'starter.command': 'Add risks from the starter list',
  'starter.add': 'Add {count} risks',
  'starter.addNone': 'Choose risks to add',
  'starter.close': 'Close',
  'starter.selectTheme': 'All of {theme}',
  'starter.present': 'already in the project',
  'starter.added': '{count} risks added from the starter list.',
  'starter.undo': 'Add risks from the starter list',
  'starter.loadFailed': 'The starter list could not be loaded.',
  'starter.hasTemplate': 'template',
};
