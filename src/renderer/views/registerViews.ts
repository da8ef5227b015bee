/**
 * Registers the IVRP workflow views next to the bow-tie editor: the risk register, the risk
 * matrix, the links between risks and the project settings (scales, fields and themes, areas, partners). Imported once by
 * the composition root; the view tabs pick them up from VIEWS, the palette finds their commands.
 */
import { registerCommands } from '../commands/registry.ts';
import { MatrixView } from './matrix/MatrixView.tsx';
import { LinksView } from './links/LinksView.tsx';
import { VIEWS } from './ProjectView.tsx';
import { registerViewCommands } from './register/registerCommands.ts';
import { RegisterView } from './register/RegisterView.tsx';
import { SettingsView } from './settings/SettingsView.tsx';

VIEWS.register = RegisterView;
VIEWS.matrix = MatrixView;
VIEWS.links = LinksView;
VIEWS.settings = SettingsView;
registerCommands(registerViewCommands);
