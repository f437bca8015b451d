// Agreement rules share one shape: a check per place where the text states figures that must
// agree, holding or not. Rules report the checks that fail; tests alter each figure a held
// check used and expect the check to fail, so no check can pass by never looking.
import type { Page } from '../../model/page';
import { pageFigures, type ArticleFigures, type PlacedFigure } from '../../figures/model';
import type { Draft, Fix, Rule, Severity } from '../rule';

export interface Check {
  /** The figures the check used; the finding is reported at `report` (default: the first). */
  used: PlacedFigure[];
  report?: PlacedFigure[];
  held: boolean;
  message: string;
  /** The numbers and operations, as an editor would redo them by hand (`13 ÷ 15 = 86.67%`). */
  arithmetic: string;
  /** Why the figures were taken to belong together (one sentence: the shared subject and measure, the words that relate them). */
  basis: string;
  severity?: Severity;
  fixes?: Fix[];
}

export interface AgreementRule extends Rule {
  checks(page: Page): Check[];
}

export function agreementRule(meta: Omit<Rule, 'check' | 'family'>, checksOf: (af: ArticleFigures, page: Page) => Check[]): AgreementRule {
  const checks = (page: Page) => pageFigures(page).flatMap((af) => checksOf(af, page));
  return {
    ...meta,
    family: 'figures',
    checks,
    check({ page }) {
      const out: Draft[] = [];
      for (const c of checks(page)) {
        if (c.held) continue;
        for (const at of c.report ?? [c.used[0]]) {
          out.push({
            message: `${c.message} (${c.arithmetic}). ${c.basis}`,
            start: at.start,
            end: at.end,
            severity: c.severity,
            fixes: c.fixes,
            related: c.used.filter((u) => u !== at).map((u) => ({ range: u.range, message: `“${u.figure.text}”` })),
            data: { kind: 'arithmetic', arithmetic: c.arithmetic, basis: c.basis, figures: c.used.map((u) => u.figure.text) },
          });
        }
      }
      return out;
    },
  };
}
