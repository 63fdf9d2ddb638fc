import { describe, expect, it } from 'vitest';
import { detectLanguage, UNDETERMINED } from '../../src/core/language';

const CANDIDATES = ['fra', 'spa'];

describe('detectLanguage', () => {
  it('detects an English paragraph', () => {
    const text = 'Iraq’s government has said that several people who are alleged to have attacked the US embassy in Baghdad last week have links to the country’s security services.';
    expect(detectLanguage(text, CANDIDATES)).toBe('eng');
  });

  it('detects a French paragraph', () => {
    const text = 'Au moins trois roquettes ont été tirées vendredi à l’aube contre l’ambassade des États-Unis à Bagdad, a indiqué un responsable des services de sécurité.';
    expect(detectLanguage(text, CANDIDATES)).toBe('fra');
  });

  it('detects a Spanish paragraph', () => {
    const text = 'Al menos tres cohetes fueron disparados el viernes contra la embajada de Estados Unidos en Bagdad, según informó un responsable de los servicios de seguridad.';
    expect(detectLanguage(text, CANDIDATES)).toBe('spa');
  });

  it('answers "und" for text too short to tell', () => {
    expect(detectLanguage('Bagdad', CANDIDATES)).toBe(UNDETERMINED);
    expect(detectLanguage('', CANDIDATES)).toBe(UNDETERMINED);
  });

  it('only chooses among English and the candidates', () => {
    const german = 'Mindestens drei Raketen wurden am Freitag auf die Botschaft der Vereinigten Staaten in Bagdad abgefeuert.';
    expect(['eng', 'fra', 'spa']).toContain(detectLanguage(german, CANDIDATES));
  });

  it('judges a long text on its opening', () => {
    const english = 'The government said on Thursday that the talks would resume next week in Geneva. '.repeat(20);
    const french = 'Le gouvernement a indiqué jeudi que les négociations reprendraient la semaine prochaine. '.repeat(40);
    expect(detectLanguage(english + french, CANDIDATES)).toBe('eng');
  });
});
