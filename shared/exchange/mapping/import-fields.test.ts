import { describe, expect, it } from 'vitest';
import { readHeader } from './header-text';
import { importEntities } from './import-entity';
import { entityScopedSynonyms, importField, importFields } from './import-fields';
import { matchHeader, synonymKeysOf } from './match-header';

describe('the field dictionary', () => {
  it('sends every synonym to its own field: no synonym is claimed by two fields', () => {
    for (const field of importFields) {
      for (const synonym of field.synonyms) {
        expect([synonym, matchHeader(synonym)?.field]).toEqual([synonym, field.id]);
      }
    }
  });

  it('writes synonyms in the form headers are compared in', () => {
    for (const field of importFields) {
      expect(synonymKeysOf(field.id).length).toBe(
        new Set(field.synonyms.map((s) => readHeader(s).base)).size,
      );
    }
  });

  it('gives choice fields their options and every field a label in both languages', () => {
    for (const field of importFields) {
      const takesOptions = ['choice', 'choice-list', 'certification-list'].includes(field.kind);
      expect([field.id, takesOptions]).toEqual([field.id, field.choices !== undefined]);
      expect(field.label.zh).not.toBe('');
      expect(field.label.en).not.toBe('');
    }
  });

  it('points 上年同期 and 同比 of revenue to stored fields of the right kind', () => {
    const revenue = importField('revenueYuan');
    expect(revenue.priorYear && importField(revenue.priorYear).kind).toBe('money');
    expect(revenue.growth && importField(revenue.growth).kind).toBe('percent');
  });

  it('scopes general words for every kind of record', () => {
    expect(Object.keys(entityScopedSynonyms).sort()).toEqual([...importEntities].sort());
  });
});
