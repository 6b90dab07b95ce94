import { describe, expect, it } from 'vitest';
import { findStreet } from '../reference/chaoyang-streets';
import { generateDemoRegistry } from './generate-demo';
import { realParks } from './real-parks';

const demo = generateDemoRegistry({ enterprises: 200, parks: 21, seed: 1 });

function demoPark(name: string) {
  const park = demo.parks.find((candidate) => candidate.name === name);
  if (park === undefined) throw new Error(`${name} is missing from the demo`);
  return park;
}

describe('the real parks in the demo', () => {
  it('are all there, each once', () => {
    expect(realParks).toHaveLength(16);
    for (const facts of realParks) {
      expect(demo.parks.filter((park) => park.name === facts.name)).toHaveLength(1);
    }
  });

  it('carry exactly the sourced alias, street, operator, themes, certifications and opening', () => {
    for (const facts of realParks) {
      const park = demoPark(facts.name);
      expect(park.aliases).toEqual(facts.alias === undefined ? [] : [facts.alias]);
      expect(park.streetCode).toBe(
        facts.streetName === undefined ? undefined : findStreet(facts.streetName)?.code,
      );
      expect(park.operatorName).toBe(facts.operator);
      expect(park.themes).toEqual(facts.themes);
      expect(park.certifications).toEqual(facts.certifications);
      expect(park.openedOn).toBe(facts.openedOn);
    }
  });

  it('leave blanks blank: no street, operator code or district code is invented', () => {
    for (const facts of realParks) {
      const park = demoPark(facts.name);
      expect(park.operatorCreditCode).toBeUndefined();
      expect(park.districtCode).toBeUndefined();
      expect(park.address).toBeUndefined();
    }
    expect(demoPark('751D·PARK北京时尚设计广场').streetCode).toBeUndefined();
    expect(demoPark('天海科技广场').operatorName).toBeUndefined();
  });

  it('keep the level and year text word for word, with the sources, in the notes', () => {
    for (const facts of realParks) {
      const notes = demoPark(facts.name).notes ?? '';
      for (const text of [facts.levelText, facts.certifiedYearText, ...facts.sources]) {
        if (text !== undefined) expect(notes).toContain(text);
      }
      expect(notes).toContain('示例数据');
    }
  });

  it('place the four parks with a stated street in it', () => {
    expect(demoPark('798艺术区').streetCode).toBe('110105011');
    expect(demoPark('郎园Station').streetCode).toBe('110105039');
    expect(demoPark('东亿国际传媒产业园').streetCode).toBe('110105022');
    expect(demoPark('东进国际中心').streetCode).toBe('110105021');
  });

  it('certify only tiers of the 2018 认定办法, as stated', () => {
    const tiersOf = (name: string) =>
      demoPark(name).certifications.map((certification) => [
        certification.year,
        certification.tier,
      ]);
    expect(tiersOf('798艺术区')).toEqual([
      [2019, 'municipal'],
      [2020, 'municipal-demonstration'],
    ]);
    expect(tiersOf('郎园Vintage文化创意产业园')).toEqual([[2020, 'municipal-demonstration']]);
    expect(tiersOf('北京懋隆文化产业创意园')).toEqual([[2019, 'municipal']]);
    // Pre-2018 titles and unconfirmed ones are not tiers.
    expect(tiersOf('莱锦文化创意产业园')).toEqual([[2020, 'municipal-demonstration']]);
    expect(tiersOf('惠通时代广场')).toEqual([]);
    expect(tiersOf('东亿国际传媒产业园')).toEqual([]);
    expect(demoPark('北京国家广告产业园区').openedOn).toBe('2012-05-31');
  });
});
