/**
 * Park events for 2023 and 2024: in 2024 the published 近2000场 and 超千万人次 (scaled to the
 * demo's size), a little fewer in 2023. Most events draw hundreds to a few thousand visitors; a
 * few large markets and festivals draw most of the crowd.
 */
import { makeIsoDate } from '../dates/iso-date';
import type { ParkEvent, ParkEventType } from '../events/park-event';
import { apportion } from './apportion';
import type { DemoParkSite } from './demo-parks';
import { demoRecord, sequenceLabel } from './demo-meta';
import { districtScale, parkEvents2024 } from './published-figures';
import type { Random } from './random';

const eventsPerYear = { 2023: 0.9, 2024: 1 } as const;

const titlesByType: Readonly<Record<ParkEventType, readonly string[]>> = {
  exhibition: [
    '当代艺术展',
    '青年艺术家联展',
    '摄影作品展',
    '设计作品展',
    '数字艺术展',
    '非遗手工艺展',
  ],
  market: ['创意市集', '文创市集', '设计师市集', '夜间市集', '国潮市集'],
  performance: ['原创音乐展演', '草坪音乐会', '戏剧展演', '街头艺术表演', '爵士音乐夜'],
  salon: ['文化沙龙', '产业对接沙龙', 'AIGC创作沙龙', '品牌营销沙龙', '数字出版沙龙'],
  immersive: ['沉浸式光影体验', '沉浸式戏剧', 'VR互动体验', '数字光影展'],
  reading: ['读书分享会', '亲子阅读会', '作家见面会', '图书漂流'],
  other: ['园区开放日', '创业路演', '公益讲座'],
};
const eventTypes = Object.keys(titlesByType) as ParkEventType[];
const typeWeights = [22, 18, 16, 20, 8, 10, 6];
/** Spring and autumn are the season for events; few in the cold and at 春节. */
const monthWeights = [4, 5, 9, 10, 11, 9, 8, 8, 11, 11, 9, 5];
const seasons = [
  '冬季',
  '冬季',
  '春季',
  '春季',
  '春季',
  '夏季',
  '夏季',
  '夏季',
  '秋季',
  '秋季',
  '秋季',
  '冬季',
];

export function generateEvents(random: Random, sites: readonly DemoParkSite[]): ParkEvent[] {
  const scale = sites.length / districtScale.parks;
  const attractions = sites.map((site) => site.attraction);
  const events: ParkEvent[] = [];
  // A park holds one event of a title on a day: a second would read as a duplicate row in any
  // workbook the demo is exported to.
  const taken = new Set<string>();
  const freeDate = (parkId: string, title: string, year: number, month: number, day: number) => {
    for (let shift = 0; shift < 28; shift += 1) {
      const date = makeIsoDate(year, month, ((day - 1 + shift) % 28) + 1);
      const key = `${parkId}|${title}|${date}`;
      if (!taken.has(key)) {
        taken.add(key);
        return date;
      }
    }
    return makeIsoDate(year, month, day);
  };
  for (const [yearText, share] of Object.entries(eventsPerYear)) {
    const year = Number(yearText);
    const count = Math.round(parkEvents2024.events * share * scale);
    if (count === 0) continue;
    const visitorDraws = Array.from({ length: count }, () => Math.exp(1.4 * random.normal()));
    const visitors = apportion(visitorDraws, Math.round(parkEvents2024.visitors * share * scale));
    for (let index = 0; index < count; index += 1) {
      const site = sites[random.weightedIndex(attractions)];
      if (site === undefined) continue;
      const type = eventTypes[random.weightedIndex(typeWeights)] ?? 'other';
      const month = random.weightedIndex(monthWeights) + 1;
      const title = `${seasons[month - 1] ?? ''}${random.pick(titlesByType[type])}`;
      events.push(
        demoRecord(`evt-${year}-${sequenceLabel(index, count)}`, {
          parkId: site.park.id,
          title,
          type,
          date: freeDate(site.park.id, title, year, month, random.int(1, 28)),
          visitors: visitors[index] ?? 0,
        }),
      );
    }
  }
  return events;
}
