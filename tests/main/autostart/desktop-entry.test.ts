import { describe, expect, it } from 'vitest';
import { quoteExecArgument } from '../../../electron/main/autostart';

// Expected strings follow the Desktop Entry spec's rules for the Exec key, as file content.
describe('Exec arguments in a desktop entry', () => {
  it('leaves a plain path as it is', () => {
    expect(quoteExecArgument('/usr/bin/unsit')).toBe('/usr/bin/unsit');
  });

  it('quotes a path with spaces', () => {
    expect(quoteExecArgument('/opt/My Apps/unsit')).toBe('"/opt/My Apps/unsit"');
  });

  it('writes a literal dollar sign as \\\\$ inside quotes', () => {
    expect(quoteExecArgument('/opt/$HOME/unsit')).toBe('"/opt/\\\\$HOME/unsit"');
  });

  it('writes a literal backslash as four backslashes inside quotes', () => {
    expect(quoteExecArgument('/opt/a\\b')).toBe('"/opt/a\\\\\\\\b"');
  });

  it('escapes double quotes and backticks inside quotes', () => {
    expect(quoteExecArgument('/opt/"x"`y`')).toBe('"/opt/\\\\"x\\\\"\\\\`y\\\\`"');
  });

  it('doubles a percent sign so it is not read as a field code', () => {
    expect(quoteExecArgument('/opt/100%/unsit')).toBe('/opt/100%%/unsit');
  });
});
