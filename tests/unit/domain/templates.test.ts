import { describe, expect, it } from 'vitest';
import {
  formatTemplateValue,
  parseTemplate,
  referencedRobots,
  renderTemplate,
  templatePaths,
} from '../../../src/domain/templates';

const values: Record<string, unknown> = {
  'contact.name': 'Anna',
  'order.price': 12.5,
  'order.paid': false,
  'contact.phones': [
    { type: 'MOBILE', value: '+49 170 1' },
    { type: 'WORK', value: '+49 30 2' },
  ],
  'robots.email-send-3.subject': 'Hi',
};
const render = (text: string) => renderTemplate(text, (path) => values[path]);

describe('templates (docs/semantics.md §4 rule 10)', () => {
  it('inserts order values, numbers as plain decimals and booleans as words', () => {
    expect(render('Hello {{contact.name}}, {{order.price}} paid={{order.paid}}')).toBe(
      'Hello Anna, 12.5 paid=false',
    );
  });

  it('renders a missing value as an empty string', () => {
    expect(render('[{{order.missing}}]')).toBe('[]');
  });

  it('joins lists of typed entries by their values', () => {
    expect(render('{{contact.phones}}')).toBe('+49 170 1, +49 30 2');
  });

  it('writes a literal {{ for {{{{ and keeps what follows as text', () => {
    expect(render('{{{{literal}} {{contact.name}}')).toBe('{{literal}} Anna');
    expect(render('{{{{not a tag}}')).toBe('{{not a tag}}');
  });

  it('leaves text that is not a path untouched', () => {
    expect(render('{{ two words }} and {{unclosed')).toBe('{{ two words }} and {{unclosed');
  });

  it('reads robot outputs whose ids contain hyphens', () => {
    expect(render('Re: {{robots.email-send-3.subject}}')).toBe('Re: Hi');
    expect(referencedRobots('{{robots.email-send-3.subject}}')).toEqual([
      { robot: 'email-send-3', key: 'subject', path: 'robots.email-send-3.subject' },
    ]);
  });

  it('reports each insert with its offsets for editors and lint', () => {
    const text = 'A {{order.id}} B';
    expect(templatePaths(text)).toEqual([{ path: 'order.id', start: 2, end: 14 }]);
    expect(text.slice(2, 14)).toBe('{{order.id}}');
    expect(parseTemplate(text).map((p) => p.kind)).toEqual(['text', 'path', 'text']);
  });

  it('never writes exponent notation for large or tiny numbers', () => {
    expect(formatTemplateValue(1e21)).toBe('1000000000000000000000');
    expect(formatTemplateValue(1e-7)).toBe('0.0000001');
  });
});
