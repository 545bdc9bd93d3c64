/**
 * npm run import of a localized Learn folder (microsoft-365-docs-pr.ja-JP's microsoft-365/bookings, with
 * `--learn-path ja-jp/microsoft-365/bookings`): it says which locale it took, records it in
 * src/data/learn-folder.json beside the folder, and gives the pages their language; a folder imported
 * without its locale is warned of when its articles name one.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { importCommand } from '../support/run-import.ts';
import { tempDir } from '../support/temp-dir.ts';

/** A machine-translated article of the ja-JP repository, front matter as it has it. */
const article = (title: string, body: string) =>
  `---\ntitle: ${title}\nauthor: kwekuako\ndescription: ${title}の手順。\nms.date: 04/09/2022\nms.translationtype: MT\nms.contentlocale: ja-JP\n---\n# ${title}\n\n${body}\n`;

const folder = tempDir('import-locale-');
writeFileSync(
  join(folder, 'employee-hours.md'),
  article(
    '従業員の勤務時間を設定する',
    'スタッフ メンバーの休暇を予約する手順については、「[休業、休暇、休暇期間のスケジュール](schedule-closures-time-off-vacation.md)」を参照してください。 詳細[については](bookings-faq.md)、FAQ を参照してください。',
  ),
);
writeFileSync(
  join(folder, 'schedule-closures-time-off-vacation.md'),
  article(
    '休業、休暇、休暇期間のスケジュール',
    'Microsoft Bookingsカレンダーから休暇をスケジュールすることができます。',
  ),
);
writeFileSync(
  join(folder, 'TOC.yml'),
  '- name: Microsoft Bookings\n  items:\n    - name: 従業員の勤務時間\n      href: employee-hours.md\n    - name: 休業、休暇、休暇期間のスケジュール\n      href: schedule-closures-time-off-vacation.md\n    - name: よく寄せられる質問\n      href: bookings-faq.md\n',
);

/** Imports the folder's two articles into a fresh project with `--learn-path learnPath`. */
async function importAs(learnPath: string) {
  const site = tempDir('import-locale-site-');
  const run = await importCommand([
    join(folder, 'employee-hours.md'),
    join(folder, 'schedule-closures-time-off-vacation.md'),
    '--toc',
    join(folder, 'TOC.yml'),
    '--learn-path',
    learnPath,
    '--repository',
    'MicrosoftDocs/microsoft-365-docs-pr.ja-JP',
    '--root',
    site,
  ]);
  const read = (path: string) => readFileSync(join(site, path), 'utf8');
  return { run, output: `${run.stdout}\n${run.stderr}`, read };
}

test('a ja-jp learn path: the locale is said, recorded beside the folder, and the pages are ja-JP', async () => {
  const { run, output, read } = await importAs('ja-jp/microsoft-365/bookings');
  assert.equal(run.status, 0, output);
  assert.match(output, /Importing 2 Learn file\(s\) of Learn's \/ja-jp\/microsoft-365\/bookings\/ into /);
  assert.match(
    output,
    /locale {4}ja-jp: links to Learn go to https:\/\/learn\.microsoft\.com\/ja-jp\/…, and the pages are in ja-JP/,
  );
  assert.doesNotMatch(output, /ms\.contentlocale" is/);
  const recorded = JSON.parse(read('src/data/learn-folder.json')) as {
    learnFolder: string;
    locale: string;
    otherFolders: { learnFolder: string; locale: string; articles: string[]; pages: string[] }[];
  };
  assert.equal(recorded.learnFolder, 'defender-business');
  assert.equal(recorded.locale, 'en-us');
  assert.deepEqual(recorded.otherFolders, [
    {
      learnFolder: 'microsoft-365/bookings',
      locale: 'ja-jp',
      articles: ['bookings-faq.md', 'employee-hours.md', 'schedule-closures-time-off-vacation.md'],
      pages: ['employee-hours', 'schedule-closures-time-off-vacation'],
    },
  ]);
  for (const page of ['content/employee-hours.md', 'content/schedule-closures-time-off-vacation.md'])
    assert.match(read(page), /^lang: "ja-JP"$/m, page);
});

test('the same articles under a learn path without locale: en-us, and each file naming ja-JP is warned of', async () => {
  const { run, output, read } = await importAs('microsoft-365/bookings');
  assert.equal(run.status, 0, output);
  assert.match(output, /of Learn's \/en-us\/microsoft-365\/bookings\/ into /);
  assert.match(
    output,
    /2 files: front-matter field "ms\.contentlocale" is "ja-JP", not the locale of --learn-path \(en-us\): import with --learn-path ja-jp\/microsoft-365\/bookings for Learn's ja-jp: using "en-us" \(.*employee-hours\.md:7, .*schedule-closures-time-off-vacation\.md:7\)/,
  );
  assert.doesNotMatch(read('content/employee-hours.md'), /^lang:/m);
});
