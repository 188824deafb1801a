/**
 * Offline checks of manifest.xml (`npm run validate` needs Microsoft's web service; these do not).
 */
import * as fs from 'fs';
import * as path from 'path';
import { OfficeAddinManifest, type ManifestInfo } from 'office-addin-manifest';

// office-addin-manifest requires two packages that are ES modules only, which Jest's CommonJS runtime cannot
// load: @microsoft/app-manifest (via strip-bom; JSON manifests) and its own uuid 14 (new add-in ids). Reading an
// XML manifest calls neither, so both are stubbed here; `node -e` (Node >= 20.19 loads them natively) needs no stub.
jest.mock('@microsoft/app-manifest', () => ({ AppManifestUtils: {} }));
jest.mock(require.resolve('uuid', { paths: [require.resolve('office-addin-manifest')] }), () => ({
  v4: (): never => {
    throw new Error('uuid is stubbed in tests/ui/manifest.test.ts');
  },
}));

// xml2js is office-addin-manifest's own XML parser and has no bundled types.
const xml2js: { parseStringPromise(xml: string): Promise<XmlNode> } = require(
  require.resolve('xml2js', { paths: [require.resolve('office-addin-manifest')] }),
);

/** xml2js shape: attributes under "$", child elements as arrays keyed by tag name, text under "_". */
interface XmlNode {
  $?: Record<string, string>;
  _?: string;
  [child: string]: unknown;
}

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const DEV_ORIGIN = 'https://localhost:3000/';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function child(node: XmlNode | undefined, name: string): XmlNode {
  const [first] = children(node, name);
  if (!first) throw new Error(`<${name}> not found`);
  return first;
}

/** Every element anywhere below node, depth first. */
function descendants(node: XmlNode): XmlNode[] {
  const out: XmlNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === '$' || key === '_' || !Array.isArray(value)) continue;
    for (const item of value) {
      if (item && typeof item === 'object') {
        out.push(item as XmlNode, ...descendants(item as XmlNode));
      }
    }
  }
  return out;
}

let info: ManifestInfo;
let raw: string;
let officeApp: XmlNode;

beforeAll(async () => {
  info = await OfficeAddinManifest.readManifestFile(MANIFEST);
  raw = fs.readFileSync(MANIFEST, 'utf8');
  officeApp = (await xml2js.parseStringPromise(raw)).OfficeApp as XmlNode;
});

describe('manifest.xml', () => {
  test('is an Excel task-pane add-in with a fixed GUID, provider ОКО and default locale ru-RU', () => {
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.id).toMatch(GUID);
    expect(info.providerName).toBe('ОКО');
    expect(info.defaultLocale).toBe('ru-RU');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.defaultSettings?.sourceLocation).toBe(`${DEV_ORIGIN}taskpane.html`);
    expect(info.displayName).toBe('ОКО — мониторинг качества образования');
  });

  test('display name and description have en-US overrides', () => {
    for (const name of ['DisplayName', 'Description']) {
      const overrides = children(child(officeApp, name), 'Override').map((o) => o.$ ?? {});
      expect(overrides).toEqual([expect.objectContaining({ Locale: 'en-US' })]);
      expect(overrides[0].Value).toBeTruthy();
    }
    expect(children(child(officeApp, 'DisplayName'), 'Override')[0].$?.Value).toBe('OKO — education quality monitoring');
  });

  test('every URL is https', () => {
    const urls = raw.match(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi) ?? [];
    const insideXmlns = new Set(
      [...raw.matchAll(/\bxmlns(?::\w+)?="([^"]+)"/g)].map((m) => m[1]),
    );
    const resourceUrls = urls.filter((u) => !insideXmlns.has(u) && !u.startsWith('http://www.w3.org/'));
    expect(resourceUrls.length).toBeGreaterThan(5);
    for (const url of resourceUrls) expect(url).toMatch(/^https:\/\//);
  });

  test('every icon URL names a PNG that exists in assets/', () => {
    const resources = child(child(officeApp, 'VersionOverrides'), 'Resources');
    const images = children(child(resources, 'bt:Images'), 'bt:Image').map((i) => i.$?.DefaultValue ?? '');
    const iconUrls = [info.iconUrl ?? '', info.highResolutionIconUrl ?? '', ...images];
    expect(iconUrls).toHaveLength(5);
    for (const url of iconUrls) {
      expect(url.startsWith(`${DEV_ORIGIN}assets/`)).toBe(true);
      const file = path.join(ROOT, url.slice(DEV_ORIGIN.length));
      expect(fs.existsSync(file)).toBe(true);
      expect(fs.readFileSync(file).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    }
    // The ribbon needs 16, 32 and 80 px images.
    expect(children(child(resources, 'bt:Images'), 'bt:Image').map((i) => i.$?.id)).toHaveLength(3);
  });

  test('requires ExcelApi 1.1 only, so Excel 2016 qualifies', () => {
    const sets = child(child(officeApp, 'Requirements'), 'Sets');
    expect(sets.$?.DefaultMinVersion).toBe('1.1');
    expect(children(sets, 'Set').map((s) => s.$)).toEqual([{ Name: 'ExcelApi', MinVersion: '1.1' }]);
  });

  test('ribbon button on the Home tab opens taskpane.html', () => {
    const overrides = child(officeApp, 'VersionOverrides');
    expect(overrides.$?.['xsi:type']).toBe('VersionOverridesV1_0');
    const host = child(child(overrides, 'Hosts'), 'Host');
    expect(host.$?.['xsi:type']).toBe('Workbook');
    const extensionPoint = child(child(host, 'DesktopFormFactor'), 'ExtensionPoint');
    expect(extensionPoint.$?.['xsi:type']).toBe('PrimaryCommandSurface');
    const tab = child(extensionPoint, 'OfficeTab');
    expect(tab.$?.id).toBe('TabHome');
    const control = child(child(tab, 'Group'), 'Control');
    expect(control.$?.['xsi:type']).toBe('Button');
    const action = child(control, 'Action');
    expect(action.$?.['xsi:type']).toBe('ShowTaskpane');

    const resources = child(overrides, 'Resources');
    const urlResid = child(action, 'SourceLocation').$?.resid;
    const url = children(child(resources, 'bt:Urls'), 'bt:Url').find((u) => u.$?.id === urlResid);
    expect(url?.$?.DefaultValue).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  test('button label, group label, supertip and GetStarted strings exist in ru-RU and en-US', () => {
    const overrides = child(officeApp, 'VersionOverrides');
    const resources = child(overrides, 'Resources');
    const strings = new Map<string, XmlNode>();
    for (const kind of ['bt:ShortStrings', 'bt:LongStrings']) {
      for (const s of children(child(resources, kind), 'bt:String')) strings.set(s.$?.id ?? '', s);
    }
    const residsInUse = descendants(child(overrides, 'Hosts'))
      .map((n) => n.$?.resid)
      .filter((id): id is string => Boolean(id));
    const stringResids = [...new Set(residsInUse)].filter((id) => !id.includes('Icon') && !id.endsWith('Url'));
    // Group label, button label, supertip description, GetStarted title and description.
    expect(stringResids.length).toBeGreaterThanOrEqual(5);
    for (const id of stringResids) {
      const s = strings.get(id);
      expect({ id, ru: s?.$?.DefaultValue }).toEqual({ id, ru: expect.stringMatching(/\S/) });
      const en = children(s, 'bt:Override').find((o) => o.$?.Locale === 'en-US');
      expect({ id, en: en?.$?.Value }).toEqual({ id, en: expect.stringMatching(/\S/) });
    }

    const control = descendants(overrides).find((n) => n.$?.['xsi:type'] === 'Button');
    const labelId = child(control, 'Label').$?.resid ?? '';
    expect(strings.get(labelId)?.$?.DefaultValue).toBe('ОКО');
    expect(children(strings.get(labelId), 'bt:Override')[0].$).toEqual({ Locale: 'en-US', Value: 'OKO' });
  });

  test('every resid refers to a defined resource', () => {
    const overrides = child(officeApp, 'VersionOverrides');
    const resources = child(overrides, 'Resources');
    const defined = new Set(descendants(resources).map((n) => n.$?.id));
    const used = descendants(child(overrides, 'Hosts'))
      .map((n) => n.$?.resid)
      .filter((id): id is string => Boolean(id));
    for (const id of used) expect({ id, defined: defined.has(id) }).toEqual({ id, defined: true });
  });
});
