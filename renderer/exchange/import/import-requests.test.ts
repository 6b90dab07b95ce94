import { describe, expect, it } from 'vitest';
import { aPark, aReport, anEnterprise } from '../../../shared/test-support/builders';
import { testRegistry } from '../../db/test-support/test-registry';
import type { ImportCommand } from './import-protocol';
import { requestPlans } from './import-requests';
import type { SessionPreview, SheetPreview } from './import-session';
import type { ImportSettled } from './import-worker-client';

function previewOf(...sheets: Pick<SheetPreview, 'entity' | 'skipped'>[]): SessionPreview {
  return {
    fileName: 'x.xlsx',
    format: 'xlsx',
    notices: [],
    sheets: sheets.map((sheet) => sheet as SheetPreview),
  };
}

/** The plan request the worker would get, and a reply with no plans. */
async function requestSent(preview: SessionPreview): Promise<ImportCommand> {
  const { registry } = testRegistry();
  const enterprise = anEnterprise({ id: 'ent-1' });
  await registry.demo.load({
    parks: [aPark({ demo: true })],
    enterprises: [{ ...enterprise, demo: true }],
    tenancies: [],
    reports: [aReport({ enterpriseId: 'ent-1', period: '2024-10', demo: true })],
    plans: [],
    events: [],
    financings: [],
  });
  let sent: ImportCommand | undefined;
  const worker = {
    request: (command: ImportCommand): Promise<ImportSettled> => {
      sent = command;
      return Promise.resolve({ kind: 'plans', plans: [], mappings: {} });
    },
  };
  await requestPlans(worker, registry, preview, {
    policy: { global: 'overwrite' },
    confirmedRows: {},
    today: '2024-11-01',
  });
  if (sent === undefined) throw new Error('nothing was sent');
  return sent;
}

describe('requestPlans', () => {
  it('sends the parks, enterprises and tenancies, and no reports for an enterprise sheet', async () => {
    const sent = await requestSent(
      previewOf({ entity: 'enterprises', skipped: false }, { entity: 'revenue', skipped: true }),
    );
    expect(sent.kind === 'plan' && sent.stored.enterprises.map((e) => e.id)).toEqual(['ent-1']);
    expect(sent.kind === 'plan' && sent.stored.parks).toHaveLength(1);
    expect(sent.kind === 'plan' && sent.stored.reportYears).toEqual([]);
  });

  it('sends the stored reports when a revenue sheet is planned', async () => {
    const sent = await requestSent(previewOf({ entity: 'revenue', skipped: false }));
    expect(sent.kind === 'plan' && sent.stored.reportYears).toHaveLength(1);
  });
});
