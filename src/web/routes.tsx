import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RequireSession } from './auth/require-session.tsx';
import { PageLoader } from './components/page-loader.tsx';
import { AppLayout } from './layout/app-layout.tsx';

// Every page is its own chunk: the first load carries only the shell.
const SignInPage = lazy(() => import('./pages/sign-in-page.tsx').then((m) => ({ default: m.SignInPage })));
const OverviewPage = lazy(() =>
  import('./pages/overview-page.tsx').then((m) => ({ default: m.OverviewPage })),
);
const UnitBrowserPage = lazy(() =>
  import('./pages/units/unit-browser-page.tsx').then((m) => ({ default: m.UnitBrowserPage })),
);
const UnitDetailPage = lazy(() =>
  import('./pages/units/unit-detail-page.tsx').then((m) => ({ default: m.UnitDetailPage })),
);
const AuditLogPage = lazy(() =>
  import('./pages/audit/audit-log-page.tsx').then((m) => ({ default: m.AuditLogPage })),
);
const AccountPage = lazy(() =>
  import('./pages/account/account-page.tsx').then((m) => ({ default: m.AccountPage })),
);
const FiguresPage = lazy(() =>
  import('./pages/figures/figures-page.tsx').then((m) => ({ default: m.FiguresPage })),
);
const DocumentListPage = lazy(() =>
  import('./pages/documents/document-list-page.tsx').then((m) => ({ default: m.DocumentListPage })),
);
const DocumentRegisterPage = lazy(() =>
  import('./pages/documents/document-register-page.tsx').then((m) => ({ default: m.DocumentRegisterPage })),
);
const DocumentPage = lazy(() =>
  import('./pages/documents/document-page.tsx').then((m) => ({ default: m.DocumentPage })),
);
const DocumentReviewPage = lazy(() =>
  import('./pages/documents/document-review-page.tsx').then((m) => ({ default: m.DocumentReviewPage })),
);
const TaskListPage = lazy(() =>
  import('./pages/tasks/task-list-page.tsx').then((m) => ({ default: m.TaskListPage })),
);
const TaskPage = lazy(() => import('./pages/tasks/task-page.tsx').then((m) => ({ default: m.TaskPage })));
const ReportsPage = lazy(() =>
  import('./pages/reports/reports-page.tsx').then((m) => ({ default: m.ReportsPage })),
);
const ReportPage = lazy(() =>
  import('./pages/reports/report-page.tsx').then((m) => ({ default: m.ReportPage })),
);
const DrillsPage = lazy(() =>
  import('./pages/registers/drills/drills-page.tsx').then((m) => ({ default: m.DrillsPage })),
);
const TrainingPage = lazy(() =>
  import('./pages/registers/training/training-page.tsx').then((m) => ({ default: m.TrainingPage })),
);
const ConscriptionPage = lazy(() =>
  import('./pages/registers/conscription/conscription-page.tsx').then((m) => ({
    default: m.ConscriptionPage,
  })),
);
const MilitiaPage = lazy(() =>
  import('./pages/registers/militia/militia-page.tsx').then((m) => ({ default: m.MilitiaPage })),
);
const ConferencesPage = lazy(() =>
  import('./pages/conferences/conferences-page.tsx').then((m) => ({ default: m.ConferencesPage })),
);
const ConferencePage = lazy(() =>
  import('./pages/conferences/conference-page.tsx').then((m) => ({ default: m.ConferencePage })),
);
const AwardsPage = lazy(() =>
  import('./pages/awards/awards-page.tsx').then((m) => ({ default: m.AwardsPage })),
);
const NotFoundPage = lazy(() =>
  import('./pages/not-found-page.tsx').then((m) => ({ default: m.NotFoundPage })),
);

/** URL → page table of the app. */
export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/dang-nhap"
        element={
          <Suspense fallback={<PageLoader fullScreen />}>
            <SignInPage />
          </Suspense>
        }
      />
      <Route element={<RequireSession />}>
        <Route element={<AppLayout />}>
          <Route index element={<OverviewPage />} />
          <Route path="van-ban" element={<DocumentListPage />} />
          <Route path="van-ban/moi" element={<DocumentRegisterPage />} />
          <Route path="van-ban/:documentId" element={<DocumentPage />} />
          <Route path="van-ban/:documentId/ra-soat" element={<DocumentReviewPage />} />
          <Route path="nhiem-vu" element={<TaskListPage />} />
          <Route path="nhiem-vu/:taskId" element={<TaskPage />} />
          <Route path="chi-tieu" element={<FiguresPage />} />
          <Route path="bao-cao" element={<ReportsPage />} />
          <Route path="bao-cao/:reportId" element={<ReportPage />} />
          <Route path="so-dang-ky" element={<Navigate to="/so-dang-ky/dien-tap" replace />} />
          <Route path="so-dang-ky/dien-tap" element={<DrillsPage />} />
          <Route path="so-dang-ky/boi-duong" element={<TrainingPage />} />
          <Route path="so-dang-ky/tuyen-quan" element={<ConscriptionPage />} />
          <Route path="so-dang-ky/dqtv" element={<MilitiaPage />} />
          <Route path="hoi-nghi" element={<ConferencesPage />} />
          <Route path="hoi-nghi/:conferenceId" element={<ConferencePage />} />
          <Route path="khen-thuong" element={<AwardsPage />} />
          <Route path="don-vi" element={<UnitBrowserPage />} />
          <Route path="don-vi/:unitId" element={<UnitDetailPage />} />
          <Route path="nhat-ky" element={<AuditLogPage />} />
          <Route path="tai-khoan" element={<AccountPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
