import { describe, expect, it } from 'vitest';
import { validCreditCodes } from '../../test-support/builders';
import {
  anExportedRecord,
  comparisonInput,
  enterpriseValues,
} from './test-support/round-trip-rows';
import { compareSheet, creditCodeKey, type RecordComparison } from './compare-records';

function statusesOf(comparison: RecordComparison | undefined): Record<string, string> {
  if (comparison?.kind !== 'matched') throw new Error(`not matched: ${comparison?.kind ?? 'none'}`);
  return Object.fromEntries(comparison.cells.map((cell) => [cell.field, cell.status]));
}

describe('compareSheet', () => {
  it('finds every cell unchanged when nobody changed anything', () => {
    const [comparison] = compareSheet(comparisonInput([anExportedRecord('e1', 2)]));
    expect(comparison).toMatchObject({ kind: 'matched', recordId: 'e1', matchedBy: 'id' });
    expect(Object.values(statusesOf(comparison))).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('tells a change there from a change here with the hash alone', () => {
    const there = anExportedRecord('e1', 2, { there: { contactName: '李四' } });
    const here = anExportedRecord('e2', 3, {
      values: { creditCode: validCreditCodes[1] },
      here: { contactName: '王五' },
    });
    const [first, second] = compareSheet(comparisonInput([there, here]));
    expect(statusesOf(first).contactName).toBe('changed-there');
    expect(statusesOf(second).contactName).toBe('changed-here');
    expect(statusesOf(second).enterpriseName).toBe('unchanged');
  });

  it('calls a cell that differs on a record changed on both sides a conflict when only the hash is known', () => {
    const both = anExportedRecord('e1', 2, {
      here: { contactName: '王五' },
      there: { enterpriseName: '北京甲文化有限公司' },
    });
    const statuses = statusesOf(compareSheet(comparisonInput([both]))[0]);
    expect(statuses).toEqual({
      enterpriseName: 'conflict',
      creditCode: 'unchanged',
      contactName: 'conflict',
    });
  });

  it('tells which side changed which cell of a record changed on both sides by its field hashes', () => {
    const both = anExportedRecord(
      'e1',
      2,
      { here: { contactName: '王五' }, there: { enterpriseName: '北京甲文化有限公司' } },
      'field-hashes',
    );
    expect(statusesOf(compareSheet(comparisonInput([both]))[0])).toEqual({
      enterpriseName: 'changed-there',
      creditCode: 'unchanged',
      contactName: 'changed-here',
    });
    const sameCell = anExportedRecord(
      'e2',
      2,
      { here: { contactName: '王五' }, there: { contactName: '赵六' } },
      'field-hashes',
    );
    expect(statusesOf(compareSheet(comparisonInput([sameCell]))[0]).contactName).toBe('conflict');
    const alike = anExportedRecord(
      'e3',
      2,
      { here: { contactName: '王五' }, there: { contactName: '王五' } },
      'field-hashes',
    );
    expect(statusesOf(compareSheet(comparisonInput([alike]))[0]).contactName).toBe('unchanged');
  });

  it('places each cell exactly when the exported values are known', () => {
    const both = anExportedRecord(
      'e1',
      2,
      {
        here: { contactName: '王五', enterpriseName: '北京甲文化有限公司' },
        there: { enterpriseName: '北京甲文化有限公司', creditCode: validCreditCodes[2] },
      },
      'values',
    );
    const [comparison] = compareSheet(comparisonInput([both]));
    expect(statusesOf(comparison)).toEqual({
      enterpriseName: 'unchanged',
      creditCode: 'changed-there',
      contactName: 'changed-here',
    });
    const conflict = anExportedRecord(
      'e2',
      2,
      { here: { contactName: '王五' }, there: { contactName: '赵六' } },
      'values',
    );
    const [cells] = compareSheet(comparisonInput([conflict])).map((found) =>
      found.kind === 'matched' ? found.cells : [],
    );
    expect(cells?.find((cell) => cell.field === 'contactName')).toEqual({
      field: 'contactName',
      status: 'conflict',
      mine: '王五',
      theirs: '赵六',
      baseline: '张三',
    });
  });

  it('treats a row without a known id as a new record, keeping the id it carried', () => {
    const added = {
      rowNumber: 9,
      recordId: 'someone-elses',
      values: enterpriseValues({ creditCode: validCreditCodes[3] }),
    };
    const input = comparisonInput([anExportedRecord('e1', 2)]);
    const found = compareSheet({ ...input, returned: [...input.returned, added] });
    expect(found[1]).toEqual({
      kind: 'added-there',
      rowNumber: 9,
      unknownId: 'someone-elses',
      values: added.values,
    });
  });

  it('matches a row whose id was altered or cleared by its credit code', () => {
    const record = anExportedRecord('e1', 2, { there: { contactName: '李四' } });
    const input = comparisonInput([record], {
      returned: [{ ...record.returned, recordId: 'e1-typo' }],
    });
    const [comparison] = compareSheet(input);
    expect(comparison).toMatchObject({ kind: 'matched', recordId: 'e1', matchedBy: 'credit-code' });
    expect(statusesOf(comparison).contactName).toBe('changed-there');
  });

  it('flags a record whose row is gone for review, and a row whose record was deleted here', () => {
    const kept = anExportedRecord('e1', 2);
    const goneThere = anExportedRecord('e2', 3, { values: { creditCode: validCreditCodes[1] } });
    const goneHere = anExportedRecord('e3', 4, { values: { creditCode: validCreditCodes[2] } });
    const input = comparisonInput([kept, goneThere, goneHere], {
      current: [kept.current, goneThere.current],
      returned: [kept.returned, goneHere.returned],
    });
    expect(compareSheet(input).map((found) => found.kind)).toEqual([
      'matched',
      'deleted-here',
      'deleted-there',
    ]);
    expect(compareSheet(input)[2]).toEqual({ kind: 'deleted-there', recordId: 'e2' });
  });

  it('flags a second row for the same record', () => {
    const record = anExportedRecord('e1', 2);
    const input = comparisonInput([record], {
      returned: [record.returned, { ...record.returned, rowNumber: 7 }],
    });
    expect(compareSheet(input)[1]).toEqual({ kind: 'duplicate-row', recordId: 'e1', rowNumber: 7 });
  });
});

describe('creditCodeKey', () => {
  it('adds the period and park where the sheet has them, and is null without a credit code', () => {
    const values = enterpriseValues({ period: '2024-10', parkName: '甲园' });
    expect(creditCodeKey(['creditCode', 'period'], values)).toBe(`${validCreditCodes[0]}|2024-10`);
    expect(creditCodeKey(['creditCode', 'parkName', 'period'], values)).toBe(
      `${validCreditCodes[0]}|2024-10|甲园`,
    );
    expect(creditCodeKey(['creditCode'], enterpriseValues({ creditCode: null }))).toBeNull();
  });
});

describe('compareSheet with unreadable cells', () => {
  it('marks a cell the import could not read as unreadable, not as a change to blank', () => {
    const record = anExportedRecord('e1', 2, { here: { enterpriseName: '北京甲文化有限公司' } });
    const input = comparisonInput([record], {
      returned: [
        {
          ...record.returned,
          values: { ...record.returned.values, contactName: undefined },
          unreadable: ['contactName'],
        },
      ],
    });
    expect(statusesOf(compareSheet(input)[0])).toEqual({
      enterpriseName: 'changed-here',
      creditCode: 'unchanged',
      contactName: 'unreadable',
    });
  });
});
