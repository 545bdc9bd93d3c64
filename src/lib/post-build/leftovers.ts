/** Post-build stage: Learn syntax (`:::`, `[!NOTE]`…) that reached a published page was not rendered. */
import { findLearnLeftovers } from '../learn/leftovers.ts';
import type { Stage } from './stage.ts';

export function leftoversStage(): Stage {
  return {
    name: 'learn-leftovers',
    failure:
      "Learn syntax reached the published HTML unrendered (fix the page's Markdown, or teach src/markdown/remark-learn-*.ts the construct)",
    inspect: ({ html }) => findLearnLeftovers(html).map((text) => `"${text}"`),
  };
}
