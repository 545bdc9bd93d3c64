/**
 * Learn's older machine-translated pages (microsoft-365-docs-pr.ja-JP, `ms.translationtype: MT`) hold each
 * sentence twice: the translation in a `data-ttu-id` span, the English in a `.sxs-lookup` span Learn
 * hides. The import keeps what Learn shows, the translation, read with an HTML parser.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toMdxSafe, withoutTranslationMarkup } from '../../src/lib/import/mdx-safe.ts';
import { assertLinear, slicedCharacters } from '../support/work-count.ts';

/** A sentence as the ja-JP repository writes it: the translation, then the English Learn hides. */
const sentence = (id: string, translation: string, english: string) =>
  `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;

describe('withoutTranslationMarkup', () => {
  test('a paragraph of sentences keeps the translation of each (bookings-overview.md)', () => {
    const paragraph = `${sentence('7ee8a-104', 'Microsoft の予約は、予定のスケジュール設定と管理を簡単にします。', 'Microsoft Bookings makes scheduling and managing appointments a breeze.')} ${sentence('7ee8a-105', '予約には、web ベースの予約予定表が含まれています。', 'Bookings includes a web-based booking calendar.')}`;
    assert.equal(
      withoutTranslationMarkup(`${paragraph}\n`),
      'Microsoft の予約は、予定のスケジュール設定と管理を簡単にします。 予約には、web ベースの予約予定表が含まれています。\n',
    );
  });

  test('a heading is its translation, its bookmark kept (comparison-chart.md)', () => {
    assert.equal(
      withoutTranslationMarkup(
        `## <a name="get-started-using-bookings"></a>${sentence('7ee8a-124', '予約の使用を開始する', 'Get started using Bookings')}\n`,
      ),
      '## <a name="get-started-using-bookings"></a>予約の使用を開始する\n',
    );
  });

  test('a link, bold and inline code inside a sentence stay Markdown (add-questions.md)', () => {
    const written = sentence(
      '7e28d-114',
      '詳細については、「 [予約ページをカスタマイズ](customize-booking-page.md)する」と **予約** を、`Set-Mailbox` で参照してください。',
      'For more information, see [Customize your booking page](customize-booking-page.md).',
    );
    assert.equal(
      withoutTranslationMarkup(`1. ${written}\n\n   > ${written}\n`),
      '1. 詳細については、「 [予約ページをカスタマイズ](customize-booking-page.md)する」と **予約** を、`Set-Mailbox` で参照してください。\n\n   > 詳細については、「 [予約ページをカスタマイズ](customize-booking-page.md)する」と **予約** を、`Set-Mailbox` で参照してください。\n',
    );
  });

  test('a table cell and an HTML block are read as a browser reads them', () => {
    assert.equal(
      withoutTranslationMarkup(
        `| 機能 | 可用性 |\n| --- | --- |\n| ${sentence('f2369-110', '予約ページ', 'Booking page')} | はい |\n\n<p>${sentence('f2369-111', '予約の管理', 'Manage bookings')}</p>\n`,
      ),
      '| 機能 | 可用性 |\n| --- | --- |\n| 予約ページ | はい |\n\n<p>予約の管理</p>\n',
    );
  });

  test('English over two lines is left out with its line break; a span the page never closes ends with its block', () => {
    assert.equal(
      withoutTranslationMarkup(
        '<span data-ttu-id="1">予約</span><span class="sxs-lookup"><span data-stu-id="1">Book\nings</span></span> 予定表\n',
      ),
      '予約\n 予定表\n',
    );
    assert.equal(
      withoutTranslationMarkup(
        '<span data-ttu-id="1">予約</span><span class="sxs-lookup">Bookings\n\nNext.\n',
      ),
      '予約\n\nNext.\n',
    );
  });

  test('the markup shown as code stays as written', () => {
    const code =
      '`<span class="sxs-lookup">Bookings</span>`\n\n```html\n<span data-ttu-id="1">予約</span>\n```\n';
    assert.equal(withoutTranslationMarkup(code), code);
    const other = '<span class="note">予約</span> and <span lang="en">Bookings</span>\n';
    assert.equal(withoutTranslationMarkup(other), other);
  });
});

test('toMdxSafe leaves no span of the markup: the page reads once, its headings the translation', () => {
  const safe = toMdxSafe(
    `## <a name="watch"></a>${sentence('1', 'ウォッチ: 営業時間を入力する', 'Watch: Enter business hours')}\n\n${sentence('2', '休暇をスケジュールします。', 'Schedule time off.')}\n`,
  );
  assert.equal(safe, '## <a name="watch"></a>ウォッチ: 営業時間を入力する\n\n休暇をスケジュールします。\n');
});

describe('a page of many translated sentences (red team 16)', () => {
  test('sentences in an HTML block are read in one pass, not one copy of the page per sentence', () => {
    const kept = (times: number) =>
      withoutTranslationMarkup(`<div>\n${`${sentence('1', '予約', 'Bookings')} x\n`.repeat(times)}</div>\n`);
    // Each English span left out copied the whole page: 21 s of CPU for 4,000 (412 KB), 72 s for 8,000.
    assertLinear((times) => slicedCharacters(() => kept(times)), 500);
    assert.equal(kept(500), `<div>\n${'予約 x\n'.repeat(500)}</div>\n`);
  });
});
