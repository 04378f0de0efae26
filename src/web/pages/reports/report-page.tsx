import { Alert, Anchor, Card, Grid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { TReport } from '../../../shared/schemas/reports.ts';
import { useReport } from '../../api/reports.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoader } from '../../components/page-loader.tsx';
import { useReportsT } from '../../i18n/reports-messages.ts';
import { ChildNarrativesPanel } from './child-narratives-panel.tsx';
import { DecidePanel } from './decide-panel.tsx';
import { HtmlView } from './html-view.tsx';
import { useNarrativeDraft } from './narrative-draft.ts';
import { NarrativeWriter } from './narrative-writer.tsx';
import { ReportAttachments } from './report-attachments.tsx';
import { ReportDownloads } from './report-downloads.tsx';
import { ReportFacts } from './report-facts.tsx';
import { ReportFiguresCard } from './report-figures-card.tsx';
import { ReportSigner } from './report-signer.tsx';
import { isBlankHtml, periodLabel, sectionNumber } from './report-values.ts';
import { ReportVersions } from './report-versions.tsx';

/** A positive whole id from the URL, or null. */
function idFromParam(raw: string | undefined): number | null {
  return raw && /^\d{1,15}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;
}

/** The narrative of a report that cannot be edited here (sent, or another unit's), section by section. */
function NarrativeView({ report }: { report: TReport }) {
  const t = useReportsT();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="narrative-view-title">
      <Stack gap="md" data-testid="narrative-view">
        <Title order={3} fz="md" id="narrative-view-title">
          {t('narrative.title')}
        </Title>
        {report.form.sections.map((section, index) => {
          const html = report.narrative[section.key] ?? '';
          return (
            <Stack key={section.key} gap={4} component="section" aria-labelledby={`view-${section.key}`}>
              <Title order={4} id={`view-${section.key}`}>
                {`${sectionNumber(index)}. ${section.heading}`}
              </Title>
              {isBlankHtml(html) ? (
                <Text size="sm" c="dimmed">
                  {t('narrative.sectionEmpty')}
                </Text>
              ) : (
                <HtmlView html={html} />
              )}
            </Stack>
          );
        })}
      </Stack>
    </Card>
  );
}

/**
 * One version of a report on screen. The page remounts it when the state or version changes
 * (submitted, returned), so the writer's draft always starts from the server's text.
 */
function ReportView({ report, onNotice }: { report: TReport; onNotice: (message: string) => void }) {
  const t = useReportsT();
  const draft = useNarrativeDraft(report);
  const [activeSection, setActiveSection] = useState(report.form.sections[0]?.key ?? '');
  const isWriting = report.actions.edit;
  // A province or district composes its report from what the units below sent.
  const composesFromBelow = isWriting && report.unit.level < 3;

  const narrative = isWriting ? (
    <NarrativeWriter report={report} draft={draft} onFocusSection={setActiveSection} onSubmitted={onNotice} />
  ) : (
    <NarrativeView report={report} />
  );

  return (
    <Stack gap="lg">
      <PageHeader
        title={report.form.title}
        description={`${report.unit.name} · ${periodLabel(report.period, t)}`}
        actions={
          <ReportDownloads reportId={report.id} beforeDownload={isWriting ? draft.flush : undefined} />
        }
      />
      {report.state === 'returned' && report.returnReason ? (
        <Alert color="red" variant="filled" title={t('returned.title')} data-testid="return-reason">
          <Text size="md" fw={600}>
            {report.returnReason}
          </Text>
          <Text size="sm" mt={4}>
            {isWriting ? t('returned.hintWriter') : t('returned.hintReader')}
          </Text>
        </Alert>
      ) : null}
      <ReportFacts report={report} />
      {report.actions.decide ? <DecidePanel report={report} onDone={onNotice} /> : null}
      <ReportFiguresCard report={report} />
      {composesFromBelow ? (
        <Grid gap="lg" align="flex-start">
          <Grid.Col span={{ base: 12, lg: 8 }}>{narrative}</Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }} style={{ position: 'sticky', top: 76 }}>
            <ChildNarrativesPanel
              sections={report.form.sections}
              narratives={report.childNarratives}
              sectionKey={activeSection}
              onSectionChange={setActiveSection}
              onInsert={(html) => draft.insert(activeSection, html)}
            />
          </Grid.Col>
        </Grid>
      ) : (
        narrative
      )}
      <ReportSigner report={report} />
      <ReportAttachments report={report} />
      <ReportVersions report={report} />
    </Stack>
  );
}

function ReportScreen({ id }: { id: number }) {
  const t = useReportsT();
  const report = useReport(id);
  const [notice, setNotice] = useState<string | null>(null);

  if (report.isPending) return <PageLoader />;
  if (report.isError) {
    return (
      <Stack gap="md" maw={720}>
        <ErrorAlert error={report.error} title={t('report.loadFailed')} />
        <Anchor component={Link} to="/bao-cao" size="sm">
          {t('report.back')}
        </Anchor>
      </Stack>
    );
  }
  const data = report.data;
  return (
    <Stack gap="sm" maw={1240}>
      <Anchor component={Link} to="/bao-cao" size="sm">
        {t('report.back')}
      </Anchor>
      {notice ? (
        <Alert
          color="green"
          variant="light"
          role="status"
          withCloseButton
          onClose={() => setNotice(null)}
          data-testid="report-notice"
        >
          {notice}
        </Alert>
      ) : null}
      <ReportView key={`${data.id}:${data.version}:${data.state}`} report={data} onNotice={setNotice} />
    </Stack>
  );
}

/** "/bao-cao/:reportId": one report — its particulars, figures, narrative, files and workflow. */
export function ReportPage() {
  const t = useReportsT();
  const { reportId } = useParams();
  const id = idFromParam(reportId);
  if (id === null) {
    return (
      <Alert color="red" variant="light" role="alert" maw={720}>
        {t('report.notFound')}
      </Alert>
    );
  }
  return <ReportScreen key={id} id={id} />;
}
