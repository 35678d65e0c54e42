import { describe, expect, it } from 'vitest';
import { formatCheckstyle, formatters } from '../../src/report/index.js';
import { failed, finding, result } from './make.js';

const CSI = '\u001b[31m';
const OSC = '\u001b]0;pwned\u0007';
const SOURCE = `offres/été 2024/plongeur: "nuit", 50%${CSI}.txt`;
const FR = `« DES obligatoire » : 100 % des plongeurs, "vraiment"? <b>&</b>, voir l'art. 46\nDeuxième ligne${OSC}`;
const EN = '“High school diploma”: may screen out 50% of applicants, e.g. <a&b>: "quoted"\r\nsecond line\u0001';

describe('checkstyle formatter', () => {
  it('writes one file per posting and one error per finding, escaped, sorted by position', () => {
    expect(
      formatCheckstyle([
        result(SOURCE, [
          finding('warning', 12, 3, { ruleId: 'education/secondary-diploma', message: FR }),
          finding('error', 9, 14, { ruleId: 'pay/undisclosed', message: EN }),
          finding('info', 20, 1, { ruleId: 'bias/age', message: 'Âge' }),
        ]),
        result('clean.txt'),
        failed(`manquant${CSI}.txt`, 'ENOENT: no such file, open "manquant"'),
      ]),
    ).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<checkstyle version="4.3">',
        '  <file name="offres/été 2024/plongeur: &quot;nuit&quot;, 50%.txt">',
        '    <error line="9" column="14" severity="error" message="“High school diploma”: may screen out 50% of applicants, e.g. ' +
          '&lt;a&amp;b&gt;: &quot;quoted&quot;&#10;second line" source="jobaudit.pay/undisclosed"/>',
        '    <error line="12" column="3" severity="warning" message="« DES obligatoire » : 100 % des plongeurs, &quot;vraiment&quot;? ' +
          '&lt;b&gt;&amp;&lt;/b&gt;, voir l\'art. 46&#10;Deuxième ligne" source="jobaudit.education/secondary-diploma"/>',
        '    <error line="20" column="1" severity="info" message="Âge" source="jobaudit.bias/age"/>',
        '  </file>',
        '  <file name="clean.txt"/>',
        '  <file name="manquant.txt">',
        '    <error line="0" column="0" severity="error" message="ENOENT: no such file, open &quot;manquant&quot;" source="jobaudit.read-error"/>',
        '  </file>',
        '</checkstyle>',
        '',
      ].join('\n'),
    );
  });

  it('writes an empty report for no postings', () => {
    expect(formatCheckstyle([])).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n</checkstyle>\n',
    );
  });

  it('is registered for --format checkstyle', () => {
    expect(formatters.checkstyle).toBe(formatCheckstyle);
  });
});
