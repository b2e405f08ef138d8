import './console.css';
import type { ReactNode } from 'react';
import { Navigate, Route } from 'react-router-dom';
import {
  AcceptInvitationPage,
  ForgotPasswordPage,
  LoginPage,
  ResetPasswordPage,
  SignupPage,
  VerifyEmailPage,
} from '../account/account-pages';
import { Layout } from '../components/layout';
import {
  AdminNewQuestionPage,
  AdminOnly,
  AdminQuestionPage,
  AdminQuestionsPage,
  AdminSkillsPage,
} from './admin-catalog-pages';
import { PrivacyPage } from '../privacy/privacy-page';
import { AdminPage, AdminRolePage } from './admin-pages';
import { AssessmentPage } from './assessment-page';
import { ComposePage } from './compose-page';
import { ComparePage } from './compare-page';
import { ConsoleLayout } from './console-layout';
import { DashboardPage } from './dashboard-page';
import { ReportPage } from './report-page';
import { SettingsPage } from './settings-page';

const pub = (page: ReactNode) => <Layout>{page}</Layout>;
const signedIn = (page: ReactNode) => <ConsoleLayout>{page}</ConsoleLayout>;
const admin = (page: ReactNode) => signedIn(<AdminOnly>{page}</AdminOnly>);

/** The account pages and the organization's console, as routes for the app's router. */
export const consoleRoutes = [
  <Route key="signup" path="/signup" element={pub(<SignupPage />)} />,
  <Route key="login" path="/login" element={pub(<LoginPage />)} />,
  <Route key="verify" path="/verify-email" element={pub(<VerifyEmailPage />)} />,
  <Route key="forgot" path="/forgot-password" element={pub(<ForgotPasswordPage />)} />,
  <Route key="reset" path="/reset-password" element={pub(<ResetPasswordPage />)} />,
  <Route key="accept" path="/accept-invitation" element={pub(<AcceptInvitationPage />)} />,
  <Route key="console" path="/app" element={signedIn(<DashboardPage />)} />,
  <Route key="new" path="/app/assessments/new" element={signedIn(<ComposePage />)} />,
  <Route key="assessment" path="/app/assessments/:id" element={signedIn(<AssessmentPage />)} />,
  <Route key="compare" path="/app/assessments/:id/compare" element={signedIn(<ComparePage />)} />,
  <Route key="report" path="/app/attempts/:id" element={signedIn(<ReportPage />)} />,
  <Route key="settings" path="/app/settings" element={signedIn(<SettingsPage />)} />,
  <Route key="privacy" path="/app/privacy" element={signedIn(<PrivacyPage />)} />,
  // The link in the "a candidate asked for erasure" email.
  <Route
    key="erasure-requests"
    path="/app/erasure-requests"
    element={<Navigate to="/app/privacy#erasure-requests" replace />}
  />,
  <Route key="admin" path="/app/admin" element={signedIn(<AdminPage />)} />,
  <Route key="admin-role" path="/app/admin/roles/:slug" element={admin(<AdminRolePage />)} />,
  <Route key="admin-skills" path="/app/admin/skills" element={admin(<AdminSkillsPage />)} />,
  <Route key="admin-questions" path="/app/admin/questions" element={admin(<AdminQuestionsPage />)} />,
  <Route
    key="admin-new-question"
    path="/app/admin/questions/new"
    element={admin(<AdminNewQuestionPage />)}
  />,
  <Route key="admin-question" path="/app/admin/questions/:id" element={admin(<AdminQuestionPage />)} />,
];
