import json from '../../../content/evidence/transfer-learning.json';
import { parseEvidence } from '@/lib/evidence/evidence-data';

/** The committed sweep, checked once per build: a malformed file stops the build with a message naming the entry and field. */
export const evidence = parseEvidence(json);
