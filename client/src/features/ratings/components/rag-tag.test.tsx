import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { KpiRagTag } from '@/features/ratings/components/kpi-rag-tag';
import { RagTag } from '@/features/ratings/components/rag-tag';

describe('RagTag', () => {
  it('says the rating in words, with its colour as a modifier only', () => {
    render(<RagTag rating="AmberRed" />);
    const tag = screen.getByText('Amber/Red');
    expect(tag).toHaveProperty('className', 'govuk-tag govuk-tag--pink');
  });

  it('says a cancelled action carries no rating', () => {
    render(<RagTag rating={null} prefix="Effective rating:" />);
    expect(screen.getByText('Not rated (cancelled)').textContent).toBe('Effective rating: Not rated (cancelled)');
  });

  it('never shows a KPI to be agreed as green', () => {
    render(<KpiRagTag rating="ToBeAgreed" />);
    expect(screen.getByText('To be agreed').className).toBe('govuk-tag govuk-tag--purple');
  });
});
