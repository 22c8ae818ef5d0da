import { describe, test, expect } from '@jest/globals';
import { findBlockError } from './solution';

const reminder = [
  'Hola {{nombre}}, tu cita es el {{fecha}}.',
  '{{#if estudios}}Trae tus estudios:',
  '{{#each estudios}}- {{this}}',
  '{{/each}}{{/if}}Clínica Santa Fe',
].join('\n');

describe('findBlockError', () => {
  test('accepts the reminder template', () => {
    expect(findBlockError(reminder)).toBeNull();
  });

  test('accepts templates without blocks, and an empty template', () => {
    expect(findBlockError('Sin bloques, {{nombre}}')).toBeNull();
    expect(findBlockError('')).toBeNull();
  });

  test('accepts blocks one after another and nested blocks', () => {
    expect(findBlockError('{{#if a}}x{{/if}}{{#each b}}y{{/each}}')).toBeNull();
    expect(findBlockError('{{#if a}}{{#each b}}{{#if c}}z{{/if}}{{/each}}{{/if}}')).toBeNull();
    expect(findBlockError('{{#unless pagado}}Pendiente{{/unless}}')).toBeNull();
  });

  test('finds opening tags with and without a word after the name', () => {
    expect(findBlockError('{{#if pago}}Pagado')).toBe('Unclosed {{#if}}');
    expect(findBlockError('{{#urgente}}¡Hoy!')).toBe('Unclosed {{#urgente}}');
  });

  test('reports a closing tag that does not match the last block opened', () => {
    expect(findBlockError('{{#if pago}}Pagado{{/each}}')).toBe('Expected {{/if}} but found {{/each}}');
    expect(findBlockError('{{#if a}}{{#each b}}{{/if}}{{/each}}')).toBe('Expected {{/each}} but found {{/if}}');
  });

  test('reports a closing tag with nothing open', () => {
    expect(findBlockError('Hola{{/if}}')).toBe('Unexpected {{/if}}');
    expect(findBlockError('{{#if a}}{{/if}}{{/if}}')).toBe('Unexpected {{/if}}');
  });

  test('reports the last block still open at the end', () => {
    expect(findBlockError('{{#if pago}}{{#each recibos}}')).toBe('Unclosed {{#each}}');
    expect(findBlockError('{{#if pago}}{{#each recibos}}x{{/each}}')).toBe('Unclosed {{#if}}');
  });

  test('reports the first problem, reading from the start', () => {
    expect(findBlockError('{{/each}}{{#if a}}')).toBe('Unexpected {{/each}}');
    expect(findBlockError('{{#if a}}{{/each}}{{/if}}{{/if}}')).toBe('Expected {{/if}} but found {{/each}}');
  });
});
