import { describe, expect, it } from 'vitest';
import { formatJunit, formatters } from '../../src/report/index.js';
import { stripInvalidXml, xmlAttr, xmlText } from '../../src/report/xml.js';
import { failed, finding, result } from './make.js';

const CSI = '\u001b[31m';
const OSC = '\u001b]0;pwned\u0007';
const SOURCE = `offres/été 2024/plongeur: "nuit", 50%${CSI}.txt`;
const FR = `« DES obligatoire » : 100 % des plongeurs, "vraiment"? <b>&</b>, voir l'art. 46\nDeuxième ligne${OSC}`;
const EN = '“High school diploma”: may screen out 50% of applicants, e.g. <a&b>: "quoted"\r\nsecond line\u0000\ufffe';

const results = [
  result(SOURCE, [
    finding('warning', 12, 3, { ruleId: 'education/secondary-diploma', message: FR }),
    finding('error', 9, 14, { ruleId: 'pay/undisclosed', message: EN }),
  ]),
  result('clean.txt'),
  result('b.txt', [finding('info', 2, 1, { ruleId: 'bias/age', message: 'Âge <25' })]),
  failed(`manquant${CSI}.txt`, 'ENOENT: no such file, open "manquant" <&>'),
];

describe('XML escaping', () => {
  it('escapes markup, keeps line breaks in attributes as references, and drops what XML 1.0 forbids', () => {
    expect(xmlText('a < b & c > d "e" \'f\'\nnext')).toBe('a &lt; b &amp; c &gt; d "e" \'f\'\nnext');
    expect(xmlAttr('a < b & "c"\n\td')).toBe('a &lt; b &amp; &quot;c&quot;&#10;&#9;d');
    expect(stripInvalidXml('a\u0000b\u0008c\u000bd\ufffee\uffff\ud800f\u{1f600}g')).toBe('abcdef\u{1f600}g');
    expect(xmlText(`x${CSI}y${OSC}z\u009b2J`)).toBe('xyz'); // terminal sequences go whole, not only their ESC
  });
});

describe('junit formatter', () => {
  it('writes one suite, one test case per posting, a failure listing the findings, an error for unreadable postings', () => {
    expect(formatJunit(results)).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<testsuites name="jobaudit" tests="4" failures="2" errors="1">',
        '  <testsuite name="jobaudit" tests="4" failures="2" errors="1" skipped="0">',
        '    <testcase name="offres/été 2024/plongeur: &quot;nuit&quot;, 50%.txt" classname="jobaudit">',
        '      <failure message="2 problems (1 error, 1 warning)" type="error">' +
          '9:14 error “High school diploma”: may screen out 50% of applicants, e.g. &lt;a&amp;b&gt;: "quoted" second line [pay/undisclosed]\n' +
          '12:3 warning « DES obligatoire » : 100 % des plongeurs, "vraiment"? &lt;b&gt;&amp;&lt;/b&gt;, voir l\'art. 46 Deuxième ligne [education/secondary-diploma]' +
          '</failure>',
        '    </testcase>',
        '    <testcase name="clean.txt" classname="jobaudit"/>',
        '    <testcase name="b.txt" classname="jobaudit">',
        '      <failure message="1 problem (1 info)" type="info">2:1 info Âge &lt;25 [bias/age]</failure>',
        '    </testcase>',
        '    <testcase name="manquant.txt" classname="jobaudit">',
        '      <error message="ENOENT: no such file, open &quot;manquant&quot; &lt;&amp;&gt;" type="read-error">' +
          'ENOENT: no such file, open "manquant" &lt;&amp;&gt;</error>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('with failOn, findings below the level pass and are listed in system-out', () => {
    const text = formatJunit(results, { failOn: 'error' });
    expect(text).toContain('<testsuite name="jobaudit" tests="4" failures="1" errors="1" skipped="0">');
    expect(text).toContain('<failure message="1 problem (1 error)" type="error">9:14 error “High school diploma”');
    expect(text).toContain('<system-out>12:3 warning « DES obligatoire »');
    expect(text).toContain(
      '    <testcase name="b.txt" classname="jobaudit">\n      <system-out>2:1 info Âge &lt;25 [bias/age]</system-out>\n    </testcase>',
    );
  });

  it('leaves no character XML 1.0 forbids and no terminal sequence', () => {
    const text = formatJunit(results);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/);
    expect(text).not.toContain('pwned');
  });

  it('writes an empty suite for no postings', () => {
    expect(formatJunit([])).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<testsuites name="jobaudit" tests="0" failures="0" errors="0">',
        '  <testsuite name="jobaudit" tests="0" failures="0" errors="0" skipped="0">',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('is registered for --format junit', () => {
    expect(formatters.junit).toBe(formatJunit);
  });
});
