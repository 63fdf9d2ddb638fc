import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/core/article/article';
import { namesOf } from '../../../src/core/names/extract-names';
import { joinedVariants } from '../../../src/core/names/joined-variants';

function variants(text: string): [string, string][] {
  return joinedVariants(text, namesOf(parseArticle(text))).map(({ occurrence, keep }) => {
    expect(text.slice(occurrence.start, occurrence.end)).toBe(occurrence.text);
    return [occurrence.text, keep];
  });
}

describe('joinedVariants', () => {
  it('finds one name written with a hyphen and with a space, and keeps the first on a tie', () => {
    expect(variants('Cuban President Miguel Díaz-Canel spoke on Monday. Later, Díaz Canel visited the plant.')).toEqual([['Díaz Canel', 'Díaz-Canel']]);
    expect(variants('Minister Itamar Ben Gvir said he would quit. Ben-Gvir said no.')).toEqual([['Ben-Gvir', 'Ben Gvir']]);
  });

  it('keeps the more frequent spelling', () => {
    expect(variants('Sheikh Tamim Al Thani met the envoy. Al-Thani said talks would go on. Al-Thani left.')).toEqual([['Al Thani', 'Al-Thani']]);
  });

  it('leaves a name written one way alone, and hyphens that are not between name pieces', () => {
    expect(variants('Miguel Díaz-Canel spoke. Díaz-Canel left.')).toEqual([]);
    expect(variants('The pro-Iran group met Mohammed al-Sudani. The group said Sudani agreed.')).toEqual([]);
    expect(variants('Ben Gvir spoke. Gvir left.')).toEqual([]);
  });
});
