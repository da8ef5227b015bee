/** English catalogue: exactly the keys of the Dutch one (enforced by the types of `en/*.ts`). */
import { app } from './en/app.ts';
import { editor } from './en/editor.ts';
import { register } from './en/register.ts';
import { reports } from './en/reports.ts';
import { vocab } from './en/vocab.ts';
import { rules } from './en/rules.ts';
import { links } from './en/links.ts';
import { keepWork } from './en/keepWork.ts';
import { starting } from './en/starting.ts';
import { live } from './en/live.ts';
import { checks } from './en/checks.ts';
import { policy } from './en/policy.ts';
import { problems } from './en/problems.ts';
import { damage } from './en/damage.ts';
import { merge } from './en/merge.ts';
import type { MessageKey } from './nl.ts';

export const en: Record<MessageKey, string> = { ...app, ...editor, ...register, ...reports, ...vocab, ...rules, ...links, ...keepWork, ...starting, ...live, ...checks, ...policy, ...problems, ...damage, ...merge };
