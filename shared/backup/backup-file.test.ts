import { describe, expect, it } from 'vitest';
import { present } from '../test-support/present';
import { packReports } from '../reports/report-storage';
import { aPark, aReport, aTenancy, anEnterprise, validCreditCodes } from '../test-support/builders';
import type { ChangeSet } from '../history/change-set';
import {
  backupFormatName,
  maxListedProblems,
  readBackupText,
  serializeBackup,
  validateBackup,
  type BackupFile,
} from './backup-file';

function aBackup(): BackupFile {
  const park = aPark();
  const enterprise = anEnterprise();
  const changeSet: ChangeSet = {
    seq: 1,
    at: '2024-11-01T00:00:00.000Z',
    source: { kind: 'manual-edit' },
    label: { zh: '新建园区', en: 'Create park' },
    counts: { parks: { created: 1, updated: 0, deleted: 0 } },
    detail: 'records',
    status: 'applied',
    revision: 1,
  };
  return {
    format: backupFormatName,
    schemaVersion: 2,
    exportedAt: '2024-11-02T08:00:00.000Z',
    tables: {
      parks: [park],
      enterprises: [enterprise],
      tenancies: [aTenancy({ enterpriseId: enterprise.id, parkId: park.id })],
      reportYears: packReports([
        aReport({ enterpriseId: enterprise.id, period: '2024-10', revenueYuan: 3 }),
      ]),
      cultivationPlans: [],
      parkEvents: [],
      financings: [],
    },
    history: {
      changeSets: [changeSet],
      changeParts: [
        {
          changeSetSeq: 1,
          part: 0,
          recordKeys: [`parks:${park.id}`],
          changes: [{ table: 'parks', id: park.id, after: park }],
        },
      ],
    },
  };
}

function problemsOf(text: string) {
  const reading = readBackupText(text);
  expect(reading.ok).toBe(false);
  return reading.report;
}

describe('backup files', () => {
  it('read back exactly what was written, with counts for the confirmation', () => {
    const backup = aBackup();
    const reading = readBackupText(serializeBackup(backup));
    expect(reading.ok && reading.backup).toEqual(backup);
    expect(reading.report.counts).toMatchObject({
      parks: 1,
      enterprises: 1,
      reportYears: 1,
      changeSets: 1,
    });
    expect(reading.report.summary.zh).toContain('1 家企业');
  });

  it('migrate a backup of schema version 1 (one report per period)', () => {
    const backup = aBackup();
    const reports = [
      aReport({ enterpriseId: present(backup.tables.enterprises[0]).id, period: '2024-03' }),
    ];
    const rest: Partial<BackupFile['tables']> = { ...backup.tables };
    delete rest.reportYears;
    const reading = validateBackup({
      ...backup,
      schemaVersion: 1,
      history: undefined,
      tables: { ...rest, reports },
    });
    expect(reading.ok && reading.backup.tables.reportYears).toEqual(packReports(reports));
    expect(reading.ok && reading.backup.schemaVersion).toBe(2);
  });

  it('refuse what is not JSON, not a backup, or from a newer version, saying what to do', () => {
    expect(problemsOf('{"format": "park-ledger-backup", "tab').problems[0]?.message.zh).toMatch(
      /不是完整的 JSON/,
    );
    expect(problemsOf('{"hello": 1}').problems[0]?.message.en).toMatch(/not a Park Ledger backup/);
    const newer = problemsOf(serializeBackup({ ...aBackup(), schemaVersion: 99 }));
    expect(newer.problems[0]?.message.zh).toMatch(/请先升级软件/);
    expect(newer.summary.zh).toMatch(/未做任何恢复/);
  });

  it('point at the table, record and field of an invalid record, in both languages', () => {
    const backup = aBackup();
    backup.tables.parks.push(aPark({ name: '' }));
    const report = problemsOf(serializeBackup(backup));
    expect(report.problems).toEqual([
      {
        where: {
          zh: `园区 第2条（id ${present(backup.tables.parks[1]).id}） 字段 name`,
          en: `Parks record 2 (id ${present(backup.tables.parks[1]).id}), field name`,
        },
        message: { zh: '园区名称不能为空', en: 'park name is required' },
      },
    ]);
  });

  it('find duplicate ids and credit codes, dangling references and orphan history', () => {
    const backup = aBackup();
    const [enterprise] = backup.tables.enterprises;
    backup.tables.enterprises.push(anEnterprise({ creditCode: present(enterprise).creditCode }));
    backup.tables.parks.push(present(backup.tables.parks[0]));
    backup.tables.tenancies.push(
      aTenancy({ enterpriseId: 'ghost', parkId: present(backup.tables.parks[0]).id }),
    );
    backup.history.changeParts.push({ ...present(backup.history.changeParts[0]), changeSetSeq: 7 });
    const messages = problemsOf(serializeBackup(backup)).problems.map(
      (problem) => problem.message.zh,
    );
    expect(messages).toEqual([
      'id 重复：同一张表中已有这条记录',
      `统一社会信用代码 ${validCreditCodes[0]} 与企业 ${present(enterprise).id} 重复`,
      '引用的企业 ghost 不在备份中',
      '修改明细属于不存在的修改历史 7',
    ]);
  });

  it(`list at most ${maxListedProblems} problems and count them all`, () => {
    const backup = aBackup();
    for (let index = 0; index < maxListedProblems + 5; index += 1)
      backup.tables.parks.push(aPark({ name: '' }));
    const report = problemsOf(serializeBackup(backup));
    expect(report.problems).toHaveLength(maxListedProblems);
    expect(report.problemCount).toBe(maxListedProblems + 5);
  });
});
