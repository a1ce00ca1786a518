/** One scenario's result as JUnit reports it. */
export interface JunitCase {
  name: string;
  file: string;
  /** Absent when it passed. */
  failure?: { message: string; details: string };
  /** The scenario could not be run at all (unreadable, invalid). */
  error?: string;
}

const escapeXml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML 1.0 cannot carry most control characters, even escaped.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** JUnit XML (the common Surefire shape CI servers read): one suite for the flow, a case per scenario. */
export function junitXml(suite: string, cases: readonly JunitCase[]): string {
  const failures = cases.filter((c) => c.failure).length;
  const errors = cases.filter((c) => c.error !== undefined).length;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="orderflow test" tests="${cases.length}" failures="${failures}" errors="${errors}">`,
    `  <testsuite name="${escapeXml(suite)}" tests="${cases.length}" failures="${failures}" errors="${errors}">`,
  ];
  for (const c of cases) {
    const open = `    <testcase classname="${escapeXml(suite)}" name="${escapeXml(c.name)}" file="${escapeXml(c.file)}"`;
    if (c.failure) {
      lines.push(
        `${open}>`,
        `      <failure message="${escapeXml(c.failure.message)}" type="expectation">${escapeXml(c.failure.details)}</failure>`,
        '    </testcase>',
      );
    } else if (c.error !== undefined) {
      lines.push(
        `${open}>`,
        `      <error message="${escapeXml(c.error)}" type="scenario"/>`,
        '    </testcase>',
      );
    } else lines.push(`${open}/>`);
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}
