/**
 * Dutch catalogue — the source of truth for message keys, one file per feature in `nl/`.
 * `{name}` placeholders are filled by `t()`. The English catalogue must have exactly these keys
 * (checked by the compiler, file by file, and by a test).
 */
import { app } from './nl/app.ts';
import { editor } from './nl/editor.ts';
import { register } from './nl/register.ts';
import { reports } from './nl/reports.ts';
import { vocab } from './nl/vocab.ts';
import { rules } from './nl/rules.ts';
import { links } from './nl/links.ts';
import { keepWork } from './nl/keepWork.ts';
import { starting } from './nl/starting.ts';
import { live } from './nl/live.ts';
import { checks } from './nl/checks.ts';
import { policy } from './nl/policy.ts';
import { problems } from './nl/problems.ts';
import { damage } from './nl/damage.ts';
import { merge } from './nl/merge.ts';

export const nl = { ...app, ...editor, ...register, ...reports, ...vocab, ...rules, ...links, ...keepWork, ...starting, ...live, ...checks, ...policy, ...problems, ...damage, ...merge } as const;

export type MessageKey = keyof typeof nl;
