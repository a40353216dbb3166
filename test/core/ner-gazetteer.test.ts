// lookupPlace over the world-countries extract: countries by any name or capital-letter code, and capitals.
import { strict as assert } from 'assert';
import { lookupPlace } from '../../server/src/core/entities/gazetteer';

describe('lookupPlace', () => {
  it('finds countries by common or official name, case-insensitively', () => {
    const iraq = { name: 'Iraq', country: 'Iraq', capital: 'Baghdad', region: 'Asia', subregion: 'Western Asia', iso: 'IQ' };
    assert.deepEqual(lookupPlace('Iraq'), iraq);
    assert.deepEqual(lookupPlace('republic of  iraq'), iraq);
  });

  it('finds capitals with their country', () => {
    assert.deepEqual(lookupPlace('Baghdad'), { name: 'Baghdad', country: 'Iraq', capital: 'Baghdad', region: 'Asia', subregion: 'Western Asia', iso: 'IQ' });
    assert.equal(lookupPlace('Washington')?.country, 'United States');
  });

  it('matches codes only in capitals and misses unknown names', () => {
    assert.equal(lookupPlace('UK')?.name, 'United Kingdom');
    assert.equal(lookupPlace('us'), null);
    assert.equal(lookupPlace('Atlantis'), null);
  });
});
