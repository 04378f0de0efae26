import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { RequireSession } from './auth/require-session.tsx';
import { PageLoader } from './components/page-loader.tsx';
import { AppLayout } from './layout/app-layout.tsx';

// Every page is its own chunk: the first load carries only the shell.
const SignInPage = lazy(() => import('./pages/sign-in-page.tsx').then((m) => ({ default: m.SignInPage })));
const OverviewPage = lazy(() =>
  import('./pages/overview-page.tsx').then((m) => ({ default: m.OverviewPage })),
);
const UnderConstructionPage = lazy(() =>
  import('./pages/under-construction-page.tsx').then((m) => ({ default: m.UnderConstructionPage })),
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
          <Route path="van-ban" element={<UnderConstructionPage section="documents" />} />
          <Route path="nhiem-vu" element={<UnderConstructionPage section="tasks" />} />
          <Route path="chi-tieu" element={<UnderConstructionPage section="indicators" />} />
          <Route path="bao-cao" element={<UnderConstructionPage section="reports" />} />
          <Route path="dien-tap" element={<UnderConstructionPage section="drills" />} />
          <Route path="khen-thuong" element={<UnderConstructionPage section="awards" />} />
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
