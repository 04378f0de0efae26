import { Button, Group } from '@mantine/core';
import type { MouseEvent } from 'react';
import { reportDocxUrl, reportFiguresXlsxUrl } from '../../api/reports.ts';
import { useReportsT } from '../../i18n/reports-messages.ts';

/** Starts a download of `href` as if its link had been clicked. */
function startDownload(href: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = '';
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * "Tải Word (.docx)" and "Xuất Excel". The server writes the files from what it has stored, so
 * when the writer has unsaved text, `beforeDownload` saves it first and the file matches the screen.
 */
export function ReportDownloads({
  reportId,
  beforeDownload,
}: {
  reportId: number;
  beforeDownload?: () => Promise<void>;
}) {
  const t = useReportsT();
  const onClick = (href: string) => async (event: MouseEvent<HTMLAnchorElement>) => {
    if (!beforeDownload) return;
    event.preventDefault();
    try {
      await beforeDownload();
    } catch {
      // The save status already shows the failure; the file still reflects the last saved text.
    }
    startDownload(href);
  };
  return (
    <Group gap="sm">
      <Button
        component="a"
        href={reportDocxUrl(reportId)}
        download
        variant="default"
        onClick={onClick(reportDocxUrl(reportId))}
      >
        {t('download.docx')}
      </Button>
      <Button
        component="a"
        href={reportFiguresXlsxUrl(reportId)}
        download
        variant="default"
        onClick={onClick(reportFiguresXlsxUrl(reportId))}
      >
        {t('download.xlsx')}
      </Button>
    </Group>
  );
}
