import { describe, expect, it } from 'vitest';
import { testRegistry } from '../../db/test-support/test-registry';
import type { ImportCommand } from './import-protocol';
import { requestPlans } from './import-requests';
import type { PreviewColumn, SessionPreview, SheetPreview } from './import-session';
import type { ImportSettled } from './import-worker-client';

function previewOf(
  ...sheets: (Pick<SheetPreview, 'entity' | 'skipped'> & { fields?: PreviewColumn['field'][] })[]
): SessionPreview {
  return {
    fileName: 'x.xlsx',
    format: 'xlsx',
    notices: [],
    sheets: sheets.map(({ fields = [], ...sheet }) => {
      const given: Pick<SheetPreview, 'entity' | 'skipped' | 'columns'> = {
        ...sheet,
        columns: fields.map((field) => ({ field }) as PreviewColumn),
      };
      return given as SheetPreview;
    }),
  };
}

/** The plan request the worker would get, and a reply with no plans. */
async function requestSent(
  preview: SessionPreview,
  registry = testRegistry({ name: 'a-registry' }).registry,
): Promise<ImportCommand> {
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
  it('names the registry for the worker to read, and the kinds of the included sheets', async () => {
    const sent = await requestSent(
      previewOf(
        { entity: 'enterprises', skipped: false },
        { entity: 'revenue', skipped: true },
        { entity: null, skipped: false },
      ),
    );
    expect(sent).toMatchObject({ kind: 'plan', entities: ['enterprises'] });
    expect(sent.kind === 'plan' && sent.registryName).toBe('a-registry');
  });

  it('asks for the stays too when an enterprise list names each one’s park', async () => {
    const sent = await requestSent(
      previewOf({ entity: 'enterprises', skipped: false, fields: ['enterpriseName', 'parkName'] }),
    );
    expect(sent).toMatchObject({ kind: 'plan', entities: ['enterprises', 'tenancies'] });
  });
});
