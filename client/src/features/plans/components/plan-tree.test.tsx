import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import type { ActionNodeDto, PlanDto, TimescaleDto } from '@/api/delivery-tracker-client';
import { PlanTree } from '@/features/plans/components/plan-tree';

const byDate = (raw: string, dueDate: string): TimescaleDto => ({
  raw,
  kind: 'ByDate',
  startDate: undefined,
  dueDate,
  confidence: 'High',
  isCorrected: false,
  note: undefined,
});

function action(overrides: Partial<ActionNodeDto> & Pick<ActionNodeDto, 'id' | 'referenceCode' | 'text'>): ActionNodeDto {
  return {
    position: 1,
    status: 'NotStarted',
    percentComplete: undefined,
    kpiText: undefined,
    timescale: byDate('September 2019', '2019-09-30'),
    leads: [],
    leadToBeAgreed: false,
    recommendationNumbers: [],
    sourceNote: undefined,
    ...overrides,
  };
}

function lead(leadId: string, name: string, isPrimary: boolean) {
  return { leadId, name, kind: 'Person' as const, isPrimary };
}

/** Two themes, three objectives, four actions; Pinakin Patel leads two actions in different themes. */
function buildPlan(): PlanDto {
  return {
    id: 'plan-1',
    title: 'Building Safer Communities – Delivery Plan',
    periodStart: '2019-04-01',
    periodEnd: '2022-03-31',
    status: 'Active',
    sourceDocument: undefined,
    reviewId: undefined,
    updatedAt: '2026-01-01T00:00:00Z',
    etag: '"1"',
    settings: {
      ragScale: 'ThreePoint',
      dueSoonDays: 30,
      staleAfterDays: 60,
      progressRedBelowPercent: 70,
      progressAmberBelowPercent: 90,
      reminderDueSoonDays: 14,
      escalateAfterDaysOverdue: 30,
      boardUpdateRequestWorkingDays: 5,
      boardMeetings: [],
    },
    themes: [
      {
        id: 'theme-syv',
        code: 'SYV',
        title: 'Tackling serious youth violence',
        position: 1,
        objectives: [
          {
            id: 'obj-1',
            title: 'Develop a long-term approach to violence',
            position: 1,
            actions: [
              action({
                id: 'a-1',
                referenceCode: 'SYV-1.1',
                text: 'Map youth services across the borough',
                status: 'InProgress',
                leads: [lead('l-nb', 'Natasha Bishopp', true), lead('l-police', 'Police', false)],
                recommendationNumbers: [1, 7],
              }),
              action({
                id: 'a-2',
                referenceCode: 'SYV-1.2',
                text: 'Commission mentoring for young people at risk',
                leads: [lead('l-pp', 'Pinakin Patel', true)],
                timescale: {
                  raw: 'KPI\u2019s to be agreed',
                  kind: 'ToBeAgreed',
                  startDate: undefined,
                  dueDate: undefined,
                  confidence: 'None',
                  isCorrected: false,
                  note: undefined,
                },
              }),
            ],
          },
          {
            id: 'obj-2',
            title: 'Reduce knife crime',
            position: 2,
            actions: [
              action({
                id: 'a-3',
                referenceCode: 'SYV-2.1',
                text: 'Run weapons sweeps with schools',
                status: 'Completed',
                leads: [lead('l-st', 'St Giles Trust', true)],
              }),
            ],
          },
        ],
      },
      {
        id: 'theme-cctv',
        code: 'CCTV',
        title: 'CCTV Development',
        position: 2,
        objectives: [
          {
            id: 'obj-3',
            title: 'Establish a CCTV development strategy',
            position: 1,
            actions: [
              action({
                id: 'a-4',
                referenceCode: 'CCTV-1.1',
                text: 'Review camera coverage',
                status: 'Blocked',
                leads: [lead('l-pp', 'Pinakin Patel', true)],
                recommendationNumbers: [34],
              }),
            ],
          },
        ],
      },
    ],
  };
}

/** The reference codes of the action rows on screen, in order. */
function visibleReferences(): string[] {
  return screen
    .getAllByRole('table')
    .flatMap((table) => within(table).getAllByRole('rowheader'))
    .map((cell) => cell.textContent ?? '');
}

describe('PlanTree', () => {
  it('shows each theme as a level 2 heading and each objective as a level 3 heading, in document order', () => {
    render(<PlanTree plan={buildPlan()} />);

    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Tackling serious youth violence',
      'CCTV Development',
    ]);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Develop a long-term approach to violence',
      'Reduce knife crime',
      'Establish a CCTV development strategy',
    ]);
  });

  it('lists each objective\u2019s actions in a table with reference, text, leads, timescale, status and recommendations', () => {
    render(<PlanTree plan={buildPlan()} />);

    const table = screen.getByRole('table', { name: 'Actions for the objective: Develop a long-term approach to violence' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Reference',
      'Action',
      'Leads',
      'Timescale',
      'Status',
      'Recommendations',
    ]);
    const row = within(table).getByRole('rowheader', { name: 'SYV-1.1' }).closest('tr');
    expect(row).not.toBeNull();
    const cells = within(row as HTMLElement).getAllByRole('cell').map((td) => td.textContent);
    expect(cells).toEqual([
      'Map youth services across the borough',
      'Natasha Bishopp (primary)Police',
      'September 2019 — due 30 September 2019',
      'In progress',
      '1, 7',
    ]);
    expect(visibleReferences()).toEqual(['SYV-1.1', 'SYV-1.2', 'SYV-2.1', 'CCTV-1.1']);
    expect(screen.getByRole('status').textContent).toBe('Showing all 4 actions');
  });

  it('says \u201cLead to be agreed\u201d where the plan has not agreed a lead, and \u201cNo lead given\u201d where the cell is empty', () => {
    const plan = buildPlan();
    const objective = plan.themes[1]?.objectives[0];
    if (objective === undefined) throw new Error('the CCTV objective is missing from the test plan');
    objective.actions = [
      action({ id: 'a-5', referenceCode: 'CCTV-1.2', text: 'Undertake a Section 17 review', leadToBeAgreed: true }),
      action({ id: 'a-6', referenceCode: 'CCTV-1.3', text: 'Promote the Run, Hide, Tell messages' }),
    ];
    render(<PlanTree plan={plan} />);

    const leadsOf = (reference: string) =>
      within(screen.getByRole('rowheader', { name: reference }).closest('tr') as HTMLElement).getAllByRole('cell')[1]?.textContent;
    expect(leadsOf('CCTV-1.2')).toBe('Lead to be agreed');
    expect(leadsOf('CCTV-1.3')).toBe('No lead given');
  });

  it('narrows the rows to the actions of a lead when the lead\u2019s name is typed in the search', async () => {
    const user = userEvent.setup();
    render(<PlanTree plan={buildPlan()} />);

    await user.type(screen.getByLabelText('Search actions'), 'pinakin patel');

    expect(visibleReferences()).toEqual(['SYV-1.2', 'CCTV-1.1']);
    expect(screen.getByRole('status').textContent).toBe('Showing 2 of 4 actions');
    // The objective left with no matching action is dropped with its table.
    expect(screen.queryByRole('heading', { name: 'Reduce knife crime' })).toBeNull();
  });

  it('matches the search against reference codes and action text too', async () => {
    const user = userEvent.setup();
    render(<PlanTree plan={buildPlan()} />);

    await user.type(screen.getByLabelText('Search actions'), 'syv-2');
    expect(visibleReferences()).toEqual(['SYV-2.1']);

    await user.clear(screen.getByLabelText('Search actions'));
    await user.type(screen.getByLabelText('Search actions'), 'camera');
    expect(visibleReferences()).toEqual(['CCTV-1.1']);
  });

  it('shows only the chosen theme, and everything again after clearing the filters', async () => {
    const user = userEvent.setup();
    render(<PlanTree plan={buildPlan()} />);

    await user.selectOptions(screen.getByLabelText('Theme'), 'CCTV Development');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['CCTV Development']);
    expect(visibleReferences()).toEqual(['CCTV-1.1']);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(visibleReferences()).toEqual(['SYV-1.1', 'SYV-1.2', 'SYV-2.1', 'CCTV-1.1']);
  });

  it('says so when nothing matches', async () => {
    const user = userEvent.setup();
    render(<PlanTree plan={buildPlan()} />);

    await user.type(screen.getByLabelText('Search actions'), 'no such lead');

    expect(screen.queryAllByRole('table')).toHaveLength(0);
    expect(screen.getByText(/No actions match the filter/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Showing 0 of 4 actions');
  });
});
