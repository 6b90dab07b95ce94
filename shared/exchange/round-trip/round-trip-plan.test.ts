import { describe, expect, it } from 'vitest';
import { validCreditCodes } from '../../test-support/builders';
import {
  anExportedRecord,
  comparisonInput,
  enterpriseValues,
} from './test-support/round-trip-rows';
import { compareSheet } from './compare-records';
import { cellKey, planRoundTrip } from './round-trip-plan';

/** e1 changed there (contact), e2 in conflict on its contact, e3 changed here only. */
function mixedComparison() {
  const changedThere = anExportedRecord('e1', 2, { there: { contactName: '李四' } });
  const conflict = anExportedRecord('e2', 3, {
    values: { creditCode: validCreditCodes[1] },
    here: { contactName: '王五' },
    there: { contactName: '赵六' },
  });
  const changedHere = anExportedRecord('e3', 4, {
    values: { creditCode: validCreditCodes[2] },
    here: { contactName: '钱七' },
  });
  return compareSheet(comparisonInput([changedThere, conflict, changedHere]));
}

describe('planRoundTrip', () => {
  it('takes changes made there, keeps changes made here, and leaves conflicts unresolved', () => {
    const plan = planRoundTrip(mixedComparison());
    expect(plan.changes).toEqual([
      {
        kind: 'update',
        recordId: 'e1',
        expectedVersion: 1,
        changes: [{ field: 'contactName', from: '张三', to: '李四' }],
      },
    ]);
    expect(plan.unresolved).toEqual([{ recordId: 'e2', rowNumber: 3, field: 'contactName' }]);
  });

  it('resolves every conflict in bulk: take theirs writes them, keep mine leaves them', () => {
    const theirs = planRoundTrip(mixedComparison(), { all: 'theirs' });
    expect(theirs.unresolved).toEqual([]);
    expect(theirs.changes[1]).toEqual({
      kind: 'update',
      recordId: 'e2',
      expectedVersion: 2,
      changes: [{ field: 'contactName', from: '王五', to: '赵六' }],
    });
    const mine = planRoundTrip(mixedComparison(), { all: 'mine' });
    expect(mine.unresolved).toEqual([]);
    expect(mine.changes.map((change) => change.kind === 'update' && change.recordId)).toEqual([
      'e1',
    ]);
  });

  it('lets a decision per cell win over one per field, and one per field over the bulk one', () => {
    const plan = planRoundTrip(mixedComparison(), {
      all: 'theirs',
      byField: { contactName: 'mine' },
      byCell: new Map([[cellKey('e2', 'contactName'), 'theirs']]),
    });
    expect(plan.changes.map((change) => change.kind === 'update' && change.recordId)).toEqual([
      'e2',
    ]);
  });

  it('creates added rows and puts deletions and duplicates up for review, deleting nothing', () => {
    const kept = anExportedRecord('e1', 2);
    const gone = anExportedRecord('e2', 3, { values: { creditCode: validCreditCodes[1] } });
    const added = { rowNumber: 4, recordId: null, values: enterpriseValues({ creditCode: null }) };
    const plan = planRoundTrip(
      compareSheet(
        comparisonInput([kept, gone], {
          returned: [kept.returned, added, { ...kept.returned, rowNumber: 5 }],
        }),
      ),
    );
    expect(plan.changes).toEqual([{ kind: 'create', rowNumber: 4, values: added.values }]);
    expect(plan.review.map((item) => item.kind)).toEqual(['duplicate-row', 'deleted-there']);
  });
});
