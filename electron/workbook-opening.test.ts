import { describe, expect, it, vi } from 'vitest';
import { maxFileBytes, type MenuCommand } from '../shared/desktop/desktop-api';
import {
  createWorkbookOpener,
  isWorkbookPath,
  workbookPathsInArgv,
  type WorkbookOpeningServices,
} from './workbook-opening';

function fakeServices(overrides: Partial<WorkbookOpeningServices> = {}) {
  const sent: MenuCommand[] = [];
  const services: WorkbookOpeningServices = {
    fileSize: () => Promise.resolve(3),
    readFile: () => Promise.resolve(new Uint8Array([1, 2, 3])),
    send: (command) => sent.push(command),
    rememberRecent: vi.fn(),
    reportError: vi.fn(),
    ...overrides,
  };
  return { services, sent };
}

describe('workbooks from the command line', () => {
  it('finds the workbook a file manager passed on Windows', () => {
    const argv = ['C:\\Program Files\\园区台账\\园区台账.exe', 'D:\\报表\\园区名录.xlsx'];
    expect(workbookPathsInArgv(argv, 'C:\\')).toHaveLength(1);
  });

  it('ignores Electron’s switches and the app folder in development', () => {
    const argv = [
      '/usr/lib/electron',
      '--allow-file-access-from-files',
      '.',
      '--original-process-start-time=1',
      'data/1-9月.csv',
    ];
    expect(workbookPathsInArgv(argv, '/home/li')).toEqual(['/home/li/data/1-9月.csv']);
  });

  it('takes the file URLs a Linux file manager may pass', () => {
    const argv = [
      '/opt/园区台账/park-ledger',
      'file:///home/li/%E6%8A%A5%E8%A1%A8/%E5%90%8D%E5%BD%95.xlsx',
    ];
    expect(workbookPathsInArgv(argv, '/')).toEqual(['/home/li/报表/名录.xlsx']);
  });

  it('never mistakes the executable for a workbook', () => {
    expect(workbookPathsInArgv(['/opt/park-ledger/a.csv'], '/')).toEqual([]);
  });

  it('knows the workbook extensions, in any case', () => {
    expect(isWorkbookPath('/a/B.XLSX')).toBe(true);
    expect(isWorkbookPath('/a/b.xls')).toBe(true);
    expect(isWorkbookPath('/a/b.pdf')).toBe(false);
    expect(isWorkbookPath('/a/xlsx')).toBe(false);
  });
});

describe('opening a workbook from outside a dialog', () => {
  it('sends the renderer its name and bytes, and remembers it as recent', async () => {
    const { services, sent } = fakeServices();
    const opener = createWorkbookOpener(services);
    await opener.windowReady();
    await opener.open('/home/li/园区名录.xlsx');
    expect(sent).toEqual([
      {
        command: 'openWorkbook',
        file: { name: '园区名录.xlsx', bytes: new Uint8Array([1, 2, 3]) },
      },
    ]);
    expect(services.rememberRecent).toHaveBeenCalledWith('/home/li/园区名录.xlsx');
  });

  it('holds workbooks that arrive before the window has loaded', async () => {
    const { services, sent } = fakeServices();
    const opener = createWorkbookOpener(services);
    await opener.open('/a.xlsx');
    await opener.open('/b.csv');
    expect(sent).toEqual([]);
    await opener.windowReady();
    expect(sent.map((c) => (c.command === 'openWorkbook' ? c.file.name : c.command))).toEqual([
      'a.xlsx',
      'b.csv',
    ]);
  });

  it('refuses a file over the size limit without reading it, saying why', async () => {
    const readFile = vi.fn();
    const { services, sent } = fakeServices({
      fileSize: () => Promise.resolve(maxFileBytes + 1),
      readFile,
    });
    const opener = createWorkbookOpener(services);
    await opener.windowReady();
    await opener.open('/big.xlsx');
    expect(readFile).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
    expect(services.reportError).toHaveBeenCalledWith(expect.stringMatching(/文件过大.*too large/));
    expect(services.rememberRecent).not.toHaveBeenCalled();
  });

  it('names the file and the reason when it cannot be read', async () => {
    const { services } = fakeServices({
      fileSize: () => Promise.reject(new Error('ENOENT: no such file')),
    });
    const opener = createWorkbookOpener(services);
    await opener.windowReady();
    await opener.open('/gone.xlsx');
    expect(services.reportError).toHaveBeenCalledWith(
      expect.stringMatching(/无法读取“\/gone\.xlsx”：ENOENT.*Cannot read/),
    );
  });

  it('refuses what is not a workbook', async () => {
    const { services, sent } = fakeServices();
    const opener = createWorkbookOpener(services);
    await opener.windowReady();
    await opener.open('/home/li/合同.pdf');
    expect(sent).toEqual([]);
    expect(services.reportError).toHaveBeenCalledWith(
      expect.stringMatching(/“合同\.pdf”不是可导入的工作簿.*\.xlsx/),
    );
  });
});
