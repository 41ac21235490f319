import type { Kind, Requirement } from '../types.js';
import { demandClauses } from './demand.js';
import { isDirectiveText } from './directive.js';
import { detectKind } from './kind.js';
import { detectRequires } from './requires.js';
import { normalizeText } from './simplify.js';

export interface Classification {
  directive: boolean;
  kind: Kind | null;
  requires: Requirement[];
}

/** Sections 1–3 for one text message: is it a directive, of what kind, asking what proof. */
export function classify(text: string): Classification {
  const t = normalizeText(text);
  if (!isDirectiveText(t)) return { directive: false, kind: null, requires: [] };
  const clauses = demandClauses(t);
  const kind = detectKind(clauses);
  return { directive: true, kind, requires: detectRequires(clauses, kind) };
}
