// "是任务": the person says a message the bot passed over is a task. Read it the way a directive
// is read (kind, proof, deadline, fingerprint), skipping only the is-it-a-directive test.

import { demandClauses } from '../classify/demand.js';
import { detectChange, parseAddressees } from '../classify/index.js';
import { detectKind } from '../classify/kind.js';
import { detectRequires } from '../classify/requires.js';
import { normalizeText } from '../classify/simplify.js';
import { fingerprint, keyFacts } from '../text/index.js';
import { readTime } from '../time/index.js';
import type { OfficeHours } from '../types.js';
import type { DirectiveReading } from '../understand/read-message.js';

export function readAsTask(text: string, at: string, officeHours?: OfficeHours): DirectiveReading {
  const clauses = demandClauses(normalizeText(text));
  const kind = clauses.length > 0 ? detectKind(clauses) : 'task';
  const fp = fingerprint(text);
  return {
    type: 'directive',
    text,
    kind,
    requires: clauses.length > 0 ? detectRequires(clauses, kind) : [],
    time: readTime(text, at, { officeHours, kind }),
    change: detectChange(text),
    specs: parseAddressees(text),
    norm: fp.norm,
    bands: fp.bands,
    facts: { ...keyFacts(text) },
  };
}
