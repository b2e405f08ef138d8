/*
 * Generated from the API’s OpenAPI document (/docs-json) by `npm run generate:client`. Do not edit:
 * test/web-client.e2e-spec.ts fails when this file no longer matches the API.
 */

export interface paths {
    "/api/v1/admin/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every organization on the platform (platform admins only) */
        get: operations["PlatformAdminController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminQuestionsController_list"];
        put?: never;
        post: operations["AdminQuestionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/questions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminQuestionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["AdminQuestionsController_update"];
        trace?: never;
    };
    "/api/v1/admin/questions/{id}/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Item statistics of every version of a global question: responses, facility, point-biserial, options, time, tests, flags */
        get: operations["AdminQuestionStatisticsController_question"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/queues/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open the queue dashboard in this browser (platform admins)
         * @description Sets an HttpOnly, SameSite=Strict cookie scoped to /admin/queues holding this access token (it expires with the token). Scripts may also send the bearer header to the dashboard directly.
         */
        post: operations["QueueDashboardController_session"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminRolesController_list"];
        put?: never;
        post: operations["AdminRolesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/roles/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AdminRolesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["AdminRolesController_edit"];
        trace?: never;
    };
    "/api/v1/admin/roles/{slug}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AdminRolesController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/roles/{slug}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AdminRolesController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/roles/{slug}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AdminRolesController_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AdminSkillsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/skills/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["AdminSkillsController_update"];
        trace?: never;
    };
    "/api/v1/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List assessments (archived ones only with ?status=archived) */
        get: operations["AssessmentsController_list"];
        put?: never;
        /** Compose a draft assessment from a role and a level */
        post: operations["AssessmentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AssessmentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit title and settings; questions only while draft */
        patch: operations["AssessmentsController_update"];
        trace?: never;
    };
    "/api/v1/assessments/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive: hidden from lists, links stop working */
        post: operations["AssessmentsController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Candidates with status and scores; sort=-score puts unscored last */
        get: operations["AssessmentsController_candidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/candidates.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every candidate as CSV */
        get: operations["AssessmentsController_candidatesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close: no new starts and no more answers; started attempts are submitted with what they saved */
        post: operations["AssessmentsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite up to 500 candidates (emails them); the same email returns its invitation */
        post: operations["AssessmentsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set a candidate’s accommodations (extra time, untimed) before they start */
        patch: operations["AssessmentsController_setAccommodations"];
        trace?: never;
    };
    "/api/v1/assessments/{id}/invitations/{invitationId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email the invitation again (renewing an expired one) */
        post: operations["AssessmentsController_resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/invitations/{invitationId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw the invitation: its link answers 410 from now on */
        post: operations["AssessmentsController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open the assessment; its questions and answer keys are frozen */
        post: operations["AssessmentsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a draft’s questions (catalog or own) in this order */
        put: operations["AssessmentsController_setQuestions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reliability (α, SEM from 30 graded attempts), score distribution and the item table of an assessment */
        get: operations["StatisticsController_assessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attempts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report of an attempt: scores per skill, level fit, every answer’s verdict, proctoring events */
        get: operations["ResultsController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attempts/{id}/answers/{questionId}/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Score an essay answer by hand (recruiter+): a new result revision, the previous one kept */
        post: operations["ResultsController_score"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attempts/{id}/regrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grade again with the current engine (admin+); the worker adds a revision, keeping the previous one */
        post: operations["ResultsController_regrade"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a password-reset link (202 whether or not the account exists)
         * @description The same answer, body and timing for every address; the email is prepared afterwards.
         */
        post: operations["AuthController_forgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the session of this refresh token (its whole family)
         * @description Every access token of the user issued before stops working at once; the user's other sessions keep their refresh tokens and get new access tokens on their next refresh.
         */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for new tokens (rotated)
         * @description Presenting an already rotated refresh token revokes every token of its family (401).
         */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the emailed token; every session and access token of the user ends */
        post: operations["AuthController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/switch-organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Get tokens acting for another organization you belong to */
        post: operations["AuthController_switchOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an email address with the token from the verification email */
        post: operations["SignupController_verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Erase a candidate’s personal data across the organization (owner, admin); scores stay anonymous */
        delete: operations["CandidatesController_erase"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidates/erasure-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Candidates’ own erasure requests, newest first (owner, admin) */
        get: operations["CandidatesController_erasureRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidates/erasure-requests/{id}/legal-hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record a legal hold: the requested erasure waits until it is released */
        put: operations["CandidatesController_holdErasure"];
        post?: never;
        /** Release a legal hold: the erasure runs when due */
        delete: operations["CandidatesController_releaseErasure"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/candidates/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held about a candidate in the organization, as JSON (owner, admin) */
        get: operations["CandidatesController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/erasure-requests/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an erasure request (the organization is told; erasure follows in 30 days) */
        post: operations["ErasureConfirmController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in person and every organization they belong to */
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/member-invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a member invitation (the invitee, by the emailed token)
         * @description For a new email, creates the account from fullName and password (the email counts as verified). For an email with an unverified account, password is required and replaces the old one; every earlier session of the account ends. For an email with a verified account, the request must carry that account's own Bearer access token: the token alone never signs anyone in to an existing account.
         */
        post: operations["MemberInvitationsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The active organization (any member or API key) */
        get: operations["OrganizationController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename the organization or change its slug (owner, admin) */
        patch: operations["OrganizationController_update"];
        trace?: never;
    };
    "/api/v1/organization/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active API keys (owner, admin); keys themselves are never shown again */
        get: operations["ApiKeysController_list"];
        put?: never;
        /**
         * Create an API key (owner, admin)
         * @description The key acts for the organization with recruiter rights. It is shown once, in this response.
         */
        post: operations["ApiKeysController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organization/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key (owner, admin); it stops working at once */
        delete: operations["ApiKeysController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organization/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who changed what, when and from where (owner, admin); newest first */
        get: operations["AuditLogController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organization/audit-log.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log (with the same filters) as CSV */
        get: operations["AuditLogController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organization/deletion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete the organization (owner): everything it holds is erased after 14 days unless cancelled */
        post: operations["OrganizationController_requestDeletion"];
        /** Cancel a scheduled deletion (owner) */
        delete: operations["OrganizationController_cancelDeletion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organization/member-invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending member invitations, oldest first (owner, admin) */
        get: operations["MemberInvitationsController_list"];
        put?: never;
        /**
         * Invite someone to the organization by email (owner, admin)
         * @description Admins invite recruiters; owners invite any role. The link goes by email to the invited address only: the response carries no token.
         */
        post: operations["MemberInvitationsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organization/member-invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a pending member invitation (admins: recruiter invitations only; owners: any) */
        delete: operations["MemberInvitationsController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organization/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of the organization, in joining order (any member) */
        get: operations["OrganizationController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organization/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member (admins: recruiters only; owners: anyone)
         * @description The member's sessions for this organization end at once.
         */
        delete: operations["OrganizationController_remove"];
        options?: never;
        head?: never;
        /**
         * Change a member's role (admins: recruiters only; owners: anyone)
         * @description The member keeps their sessions; the new role applies from their next request.
         */
        patch: operations["OrganizationController_changeRole"];
        trace?: never;
    };
    "/api/v1/organization/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook endpoints (owner, admin) */
        get: operations["WebhooksController_list"];
        put?: never;
        /**
         * Register a webhook endpoint (owner, admin)
         * @description The URL must be https (http only where allowed for development) and its host must resolve to public addresses only. The signing secret is shown once, in this response.
         */
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organization/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a webhook endpoint and its delivery history (owner, admin) */
        delete: operations["WebhooksController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organization/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook endpoint's deliveries, newest first (owner, admin) */
        get: operations["WebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["QuestionsController_list"];
        put?: never;
        post: operations["QuestionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/questions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["QuestionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["QuestionsController_update"];
        trace?: never;
    };
    "/api/v1/questions/{id}/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Item statistics of every version of one of the organization's own questions */
        get: operations["StatisticsController_question"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RolesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RolesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign up: create an organization and its owner, and sign in
         * @description Creates the organization (slug derived from its name), the user and an owner membership in one transaction, and emails a verification link.
         */
        post: operations["SignupController_signup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SkillsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/take/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The assessment’s intro page */
        get: operations["TakeController_intro"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/take/{token}/answers/{questionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save an answer (last write wins) */
        put: operations["TakeController_saveAnswer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/take/{token}/answers/{questionId}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run code against the visible examples, or a query against the fixture (nothing is saved) */
        post: operations["TakeController_runAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/take/{token}/erasure-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the organization to erase my data: a confirmation email goes to the invitation’s address */
        post: operations["TakeController_requestErasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/take/{token}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a proctoring signal (tab_hidden, paste, …) */
        post: operations["TakeController_event"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/take/{token}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start (or resume) the attempt: fixes the deadline and the question order */
        post: operations["TakeController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/take/{token}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit; grading happens in the background */
        post: operations["TakeController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptMemberInvitationDto: {
            /**
             * @description Required when the invitee has no account yet (ignored for a verified account)
             * @example Grace Hopper
             */
            fullName?: string;
            /**
             * @description Required for a new or unverified account, whose password it replaces (10–128 characters, not a common password). Ignored for a verified account, which accepts with its own Bearer token instead.
             * @example a long and unusual passphrase
             */
            password?: string;
            /**
             * @description The token from the invitation link
             * @example Vq3pZ9kQ1m0c8H4Xn2sLwYbF6tRrE7uAaJdKgOeP5iM
             */
            token: string;
        };
        AccommodationsDto: {
            /** @example 10 */
            extraMinutes?: number;
            /** @example 50 */
            extraTimePercent?: number;
            /**
             * @description No time limit (the attempt still ends after 7 days)
             * @example false
             */
            untimed?: boolean;
        };
        AdminRoleDto: {
            archived: boolean;
            draft: components["schemas"]["RoleVersionDto"] | null;
            published: components["schemas"]["RoleVersionDto"] | null;
            /** @example platform-engineer */
            slug: string;
        };
        AdminRoleListDto: {
            items: components["schemas"]["AdminRoleDto"][];
        };
        AnswerSavedDto: {
            /** Format: uuid */
            questionId: string;
            /**
             * Format: date-time
             * @example 2026-11-27T10:15:00.000Z
             */
            savedAt: string;
        };
        ApiKeyCreatedDto: {
            /** @example 2026-11-27T10:15:00.000Z */
            createdAt: string;
            /**
             * Format: uuid
             * @example 0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a71
             */
            id: string;
            /**
             * @description The key. Shown only in this response: store it now.
             * @example ak_Vq3pZ9kQ1m0c8H4Xn2sLwYbF6tRrE7uAaJdKgOeP5iM
             */
            key: string;
            /** @example ATS integration */
            name: string;
            /** @example ak_Vq3pZ9kQ */
            prefix: string;
        };
        ApiKeyDto: {
            /** @example 2026-11-27T10:15:00.000Z */
            createdAt: string;
            /**
             * Format: uuid
             * @example 0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a71
             */
            id: string;
            /**
             * @description Last use, to the minute
             * @example 2026-11-28T08:00:00.000Z
             */
            lastUsedAt: string | null;
            /** @example ATS integration */
            name: string;
            /**
             * @description The first characters of the key, to recognise it
             * @example ak_Vq3pZ9kQ
             */
            prefix: string;
        };
        ApiKeyPageDto: {
            items: components["schemas"]["ApiKeyDto"][];
            /** @example null */
            nextCursor: string | null;
        };
        AssessmentSettingsDto: {
            /**
             * @description Days an invitation link stays valid
             * @example 14
             */
            invitationValidityDays?: number;
            /**
             * @description Whether candidates see their own percentage once graded
             * @example false
             */
            showScoreToCandidate?: boolean;
            /**
             * @description Shuffle choice options per candidate
             * @example true
             */
            shuffleOptions?: boolean;
            /**
             * @description Shuffle question order per candidate
             * @example false
             */
            shuffleQuestions?: boolean;
        };
        CandidateInputDto: {
            /** @description Extra time or untimed mode, applied to the deadline */
            accommodations?: components["schemas"]["AccommodationsDto"];
            /** @example ada@example.com */
            email: string;
            /** @example Ada Lovelace */
            fullName: string;
        };
        CandidateOptionDto: {
            /** @example b */
            id: string;
            /** @example A B-tree index on (customer_id, created_at) */
            text: string;
        };
        CandidateQuestionDto: {
            /** @example groupBy */
            functionName?: string;
            /** Format: uuid */
            id: string;
            /**
             * @example [
             *       "javascript",
             *       "typescript"
             *     ]
             */
            languages?: string[];
            options?: components["schemas"]["CandidateOptionDto"][];
            /** @example 2 */
            points: number;
            /** @example 1 */
            position: number;
            /**
             * @description Markdown
             * @example Which index serves this query best?
             */
            prompt: string;
            /**
             * @description SQL questions: the fixture (SQLite)
             * @example CREATE TABLE t (id INTEGER);
             */
            schema?: string;
            /**
             * @example function groupBy(items, key) {
             *     }
             */
            starterCode?: string;
            /** @example 2000 */
            timeLimitMs?: number;
            /**
             * @example single_choice
             * @enum {string}
             */
            type: "single_choice" | "multiple_choice" | "numeric" | "short_text" | "code" | "sql" | "essay";
        };
        ChangeMemberRoleDto: {
            /**
             * @example admin
             * @enum {string}
             */
            role: "owner" | "admin" | "recruiter";
        };
        ChoiceOptionDto: {
            /** @example a */
            id: string;
            /** @example `PUT` replaces the resource; repeating it leaves the same state. */
            text: string;
        };
        CompileErrorDto: {
            /** @example 14 */
            column: number | null;
            /** @example 3 */
            line: number | null;
            /** @example SyntaxError: expecting ')' */
            message: string;
        };
        ConfirmErasureDto: {
            /** @description The token from the confirmation email’s link */
            token: string;
        };
        CreateApiKeyDto: {
            /**
             * @description What the key is for
             * @example ATS integration
             */
            name: string;
        };
        CreateAssessmentDto: {
            /**
             * @example senior
             * @enum {string}
             */
            level: "junior" | "mid" | "senior" | "lead";
            /**
             * @description Percentage needed to pass
             * @example 60
             */
            passingScore?: number;
            /** @example 20 */
            questionCount?: number;
            /** @example back-end-engineer */
            roleSlug: string;
            /**
             * @description Seed for a reproducible composition
             * @example q4-2026
             */
            seed?: string;
            settings?: components["schemas"]["AssessmentSettingsDto"];
            /**
             * @description Minutes; default from the questions’ estimates
             * @example 60
             */
            timeLimitMinutes?: number;
            /** @example Senior Back-End Engineer — Q4 hiring */
            title?: string;
        };
        CreateMemberInvitationDto: {
            /** @example grace@acme.example */
            email: string;
            /**
             * @description admins invite recruiters; owners invite any role
             * @example recruiter
             * @enum {string}
             */
            role: "owner" | "admin" | "recruiter";
        };
        CreateRoleDto: {
            /** @example infrastructure */
            category?: string;
            /** @example A Platform Engineer builds paved roads… */
            description?: string;
            /**
             * @description Exactly junior, mid, senior, lead in this order
             * @example [
             *       {
             *         "level": "junior",
             *         "title": "Junior Platform Engineer",
             *         "summary": "Works on well-scoped tasks.",
             *         "yearsOfExperience": {
             *           "min": 0,
             *           "max": 2
             *         }
             *       },
             *       {
             *         "level": "mid",
             *         "title": "Platform Engineer",
             *         "summary": "Owns features end to end.",
             *         "yearsOfExperience": {
             *           "min": 2,
             *           "max": 5
             *         }
             *       },
             *       {
             *         "level": "senior",
             *         "title": "Senior Platform Engineer",
             *         "summary": "Designs systems.",
             *         "yearsOfExperience": {
             *           "min": 5,
             *           "max": 8
             *         }
             *       },
             *       {
             *         "level": "lead",
             *         "title": "Lead Platform Engineer",
             *         "summary": "Sets direction.",
             *         "yearsOfExperience": {
             *           "min": 8,
             *           "max": null
             *         }
             *       }
             *     ]
             */
            levels?: components["schemas"]["RoleLevelDto"][];
            requirements?: components["schemas"]["RoleRequirementInputDto"][];
            /**
             * @example [
             *       "Run the deployment pipeline."
             *     ]
             */
            responsibilities?: string[];
            /**
             * @description kebab-case; the public URL of the role page
             * @example platform-engineer
             */
            slug: string;
            /** @example Builds the internal platform product teams ship on. */
            summary?: string;
            /** @example Platform Engineer */
            title?: string;
        };
        CreateSkillDto: {
            /** @example backend */
            category: string;
            /** @example Schema design, resolvers, batching and the N+1 problem, persisted queries. */
            description: string;
            /** @example GraphQL */
            name: string;
            /**
             * @description kebab-case, stable forever
             * @example graphql
             */
            slug: string;
        };
        CreateWebhookDto: {
            /**
             * @example [
             *       "attempt.graded"
             *     ]
             */
            events: ("attempt.submitted" | "attempt.graded" | "candidate.erased")[];
            /**
             * @description https URL (http only where WEBHOOK_ALLOW_HTTP allows); its host must resolve to public addresses only
             * @example https://hooks.acme.example/assay
             */
            url: string;
        };
        DeleteOrganizationDto: {
            /**
             * @description The organization’s slug, typed to confirm
             * @example acme-hiring
             */
            confirm: string;
        };
        EmailTokenDto: {
            /**
             * @description The token from the emailed link
             * @example Vq3pZ9kQ1m0c8H4Xn2sLwYbF6tRrE7uAaJdKgOeP5iM
             */
            token: string;
        };
        EventAcceptedDto: {
            /** @example true */
            accepted: boolean;
            /** @example event limit reached for this attempt */
            reason?: string;
        };
        ExpectedProficiencyDto: {
            /** @example 1 */
            junior: number;
            /** @example 4 */
            lead: number;
            /** @example 2 */
            mid: number;
            /** @example 3 */
            senior: number;
        };
        ForgotPasswordDto: {
            /** @example ada@acme.example */
            email: string;
        };
        InviteCandidatesDto: {
            candidates: components["schemas"]["CandidateInputDto"][];
            /**
             * @description Default: the assessment’s validity
             * @example 2026-12-31T23:59:59Z
             */
            expiresAt?: string;
        };
        LegalHoldDto: {
            /** @example Litigation hold: claim 2026-117 */
            reason: string;
        };
        LoginDto: {
            /** @example ada@acme.example */
            email: string;
            /**
             * Format: uuid
             * @description Organization to sign in to; default: the one joined first
             * @example 0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b
             */
            organizationId?: string;
            /** @example a long and unusual passphrase */
            password: string;
        };
        MeDto: {
            memberships: components["schemas"]["MembershipDto"][];
            user: components["schemas"]["UserDto"];
        };
        MemberDto: {
            /** @example grace@acme.example */
            email: string;
            /** @example Grace Hopper */
            fullName: string;
            /** @example 2026-11-27T10:15:00.000Z */
            joinedAt: string;
            /**
             * @example recruiter
             * @enum {string}
             */
            role: "owner" | "admin" | "recruiter";
            /**
             * Format: uuid
             * @example 0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6c
             */
            userId: string;
        };
        MemberInvitationCreatedDto: {
            /** @example grace@acme.example */
            email: string;
            /**
             * @description The link is emailed to the invited address only; the inviter never sees its token
             * @example 2026-12-04T10:15:00.000Z
             */
            expiresAt: string;
            /**
             * Format: uuid
             * @example 0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a70
             */
            id: string;
            /**
             * @example recruiter
             * @enum {string}
             */
            role: "owner" | "admin" | "recruiter";
        };
        MemberPageDto: {
            items: components["schemas"]["MemberDto"][];
            /** @example null */
            nextCursor: string | null;
        };
        MembershipDto: {
            organization: components["schemas"]["OrganizationDto"];
            /**
             * @example owner
             * @enum {string}
             */
            role: "owner" | "admin" | "recruiter";
        };
        OrganizationDetailDto: {
            /**
             * @description Months after which candidates’ personal data is erased
             * @example 24
             */
            candidateRetentionMonths: number;
            /** @example 2026-11-27T10:15:00.000Z */
            createdAt: string;
            /**
             * @description When the organization will be deleted, if asked
             * @example null
             */
            deletionDueAt: Record<string, never> | null;
            /**
             * Format: uuid
             * @example 0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b
             */
            id: string;
            /** @example Acme Hiring */
            name: string;
            /** @example acme-hiring */
            slug: string;
        };
        OrganizationDto: {
            /**
             * Format: uuid
             * @example 0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b
             */
            id: string;
            /** @example Acme Hiring */
            name: string;
            /** @example acme-hiring */
            slug: string;
        };
        OrganizationPageDto: {
            items: components["schemas"]["OrganizationDetailDto"][];
            /** @example null */
            nextCursor: string | null;
        };
        OrganizationSessionDto: {
            organization: components["schemas"]["OrganizationDto"];
            /**
             * @example admin
             * @enum {string}
             */
            role: "owner" | "admin" | "recruiter";
            tokens: components["schemas"]["TokensDto"];
        };
        PendingMemberInvitationDto: {
            /** @example 2026-11-27T10:15:00.000Z */
            createdAt: string;
            /** @example grace@acme.example */
            email: string;
            /**
             * @description The link is emailed to the invited address only; the inviter never sees its token
             * @example 2026-12-04T10:15:00.000Z
             */
            expiresAt: string;
            /**
             * Format: uuid
             * @example 0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a70
             */
            id: string;
            /**
             * Format: uuid
             * @example 0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b
             */
            invitedByUserId: Record<string, never> | null;
            /**
             * @example recruiter
             * @enum {string}
             */
            role: "owner" | "admin" | "recruiter";
        };
        PendingMemberInvitationPageDto: {
            items: components["schemas"]["PendingMemberInvitationDto"][];
            /** @example null */
            nextCursor: string | null;
        };
        ProctoringEventDto: {
            /** @example 2026-11-27T10:15:00Z */
            at?: string;
            /**
             * @example {
             *       "length": 120
             *     }
             */
            data?: {
                [key: string]: unknown;
            };
            /**
             * @example tab_hidden
             * @enum {string}
             */
            type: "tab_hidden" | "tab_visible" | "paste" | "copy" | "fullscreen_exit" | "fullscreen_enter" | "focus_lost" | "focus_gained" | "viewed";
        };
        QuestionDto: {
            /**
             * @description By type: single_choice `{ optionId }`; multiple_choice `{ optionIds }`; numeric `{ value, tolerance, relative? }`; short_text `{ accepted, caseSensitive, pattern? }`; code `{ referenceSolution: { language, code }, tests }` (at least 3 hidden tests); sql `{ expectedQuery, ordered }`; essay `{ rubric }`. Never shown to candidates.
             * @example {
             *       "optionId": "b"
             *     }
             */
            answerKey: Record<string, never>;
            createdAt: string;
            /** @example 2 */
            difficulty: number;
            /**
             * @description Code: the function the candidate defines
             * @example sortNumbers
             */
            functionName?: string;
            /** Format: uuid */
            id: string;
            /**
             * @description Shipped catalog key
             * @example http-api-design-007
             */
            key: Record<string, never> | null;
            /**
             * @example [
             *       "javascript",
             *       "typescript"
             *     ]
             */
            languages?: ("javascript" | "typescript")[];
            /** @enum {string} */
            library: "global" | "organization";
            /**
             * @description Code: total memory of one answer, 16–256 MiB (default 64)
             * @example 64
             */
            memoryLimitMb?: number;
            /**
             * @description Choice types: 2–10 options with unique ids
             * @example [
             *       {
             *         "id": "a",
             *         "text": "GET"
             *       },
             *       {
             *         "id": "b",
             *         "text": "PUT"
             *       },
             *       {
             *         "id": "c",
             *         "text": "POST"
             *       }
             *     ]
             */
            options?: components["schemas"]["ChoiceOptionDto"][];
            /** @example 1 */
            points: number;
            /** @example Which HTTP method is **idempotent** but not safe? */
            prompt: string;
            /**
             * @description SQL: the SQLite fixture (CREATE TABLE and INSERT statements)
             * @example CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);
             *     INSERT INTO t VALUES (1, 'a');
             */
            schema?: string;
            /**
             * @description Skill slug
             * @example http-api-design
             */
            skill: string;
            /**
             * @example function sortNumbers(xs) {
             *       // your code here
             *     }
             */
            starterCode?: string;
            /** @enum {string} */
            status: "active" | "archived";
            /**
             * @description Defaults by type (choice 90 s … code 1200 s)
             * @example 90
             */
            timeEstimateSeconds?: number;
            /**
             * @description Code: per-test time limit, 100–10000 ms (default 2000)
             * @example 2000
             */
            timeLimitMs?: number;
            /**
             * @example single_choice
             * @enum {string}
             */
            type: "single_choice" | "multiple_choice" | "numeric" | "short_text" | "code" | "sql" | "essay";
            updatedAt: string;
            /** @description An assessment uses the latest version: the next edit makes a new version */
            used: boolean;
            /** @example 1 */
            version: number;
            /**
             * Format: uuid
             * @description The latest version (what a new assessment would use)
             */
            versionId: string;
        };
        QuestionEditDto: {
            /** @description Replaces the answer key as a whole. By type: single_choice `{ optionId }`; multiple_choice `{ optionIds }`; numeric `{ value, tolerance, relative? }`; short_text `{ accepted, caseSensitive, pattern? }`; code `{ referenceSolution: { language, code }, tests }` (at least 3 hidden tests); sql `{ expectedQuery, ordered }`; essay `{ rubric }`. Never shown to candidates. */
            answerKey?: Record<string, never>;
            /** @example 3 */
            difficulty?: number;
            functionName?: string;
            languages?: ("javascript" | "typescript")[];
            memoryLimitMb?: number;
            options?: components["schemas"]["ChoiceOptionDto"][];
            /** @example 2 */
            points?: number;
            /** @example Which HTTP method is **idempotent** but not safe? */
            prompt?: string;
            schema?: string;
            /** @example http-api-design */
            skill?: string;
            starterCode?: string;
            /**
             * @description Archived questions are not used for new assessments
             * @enum {string}
             */
            status?: "active" | "archived";
            /** @example 90 */
            timeEstimateSeconds?: number;
            timeLimitMs?: number;
            /** @enum {string} */
            type?: "single_choice" | "multiple_choice" | "numeric" | "short_text" | "code" | "sql" | "essay";
        };
        QuestionInputDto: {
            /**
             * @description By type: single_choice `{ optionId }`; multiple_choice `{ optionIds }`; numeric `{ value, tolerance, relative? }`; short_text `{ accepted, caseSensitive, pattern? }`; code `{ referenceSolution: { language, code }, tests }` (at least 3 hidden tests); sql `{ expectedQuery, ordered }`; essay `{ rubric }`. Never shown to candidates.
             * @example {
             *       "optionId": "b"
             *     }
             */
            answerKey: Record<string, never>;
            /** @example 2 */
            difficulty: number;
            /**
             * @description Code: the function the candidate defines
             * @example sortNumbers
             */
            functionName?: string;
            /**
             * @example [
             *       "javascript",
             *       "typescript"
             *     ]
             */
            languages?: ("javascript" | "typescript")[];
            /**
             * @description Code: total memory of one answer, 16–256 MiB (default 64)
             * @example 64
             */
            memoryLimitMb?: number;
            /**
             * @description Choice types: 2–10 options with unique ids
             * @example [
             *       {
             *         "id": "a",
             *         "text": "GET"
             *       },
             *       {
             *         "id": "b",
             *         "text": "PUT"
             *       },
             *       {
             *         "id": "c",
             *         "text": "POST"
             *       }
             *     ]
             */
            options?: components["schemas"]["ChoiceOptionDto"][];
            /** @example 1 */
            points: number;
            /** @example Which HTTP method is **idempotent** but not safe? */
            prompt: string;
            /**
             * @description SQL: the SQLite fixture (CREATE TABLE and INSERT statements)
             * @example CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);
             *     INSERT INTO t VALUES (1, 'a');
             */
            schema?: string;
            /**
             * @description Skill slug
             * @example http-api-design
             */
            skill: string;
            /**
             * @example function sortNumbers(xs) {
             *       // your code here
             *     }
             */
            starterCode?: string;
            /**
             * @description Defaults by type (choice 90 s … code 1200 s)
             * @example 90
             */
            timeEstimateSeconds?: number;
            /**
             * @description Code: per-test time limit, 100–10000 ms (default 2000)
             * @example 2000
             */
            timeLimitMs?: number;
            /**
             * @example single_choice
             * @enum {string}
             */
            type: "single_choice" | "multiple_choice" | "numeric" | "short_text" | "code" | "sql" | "essay";
        };
        QuestionPageDto: {
            items: components["schemas"]["QuestionDto"][];
            nextCursor: string | null;
        };
        RefreshTokenDto: {
            /** @example Vq3pZ9kQ1m0c8H4Xn2sLwYbF6tRrE7uAaJdKgOeP5iM */
            refreshToken: string;
        };
        ResetPasswordDto: {
            /** @example another long and unusual passphrase */
            password: string;
            /**
             * @description The token from the emailed link
             * @example Vq3pZ9kQ1m0c8H4Xn2sLwYbF6tRrE7uAaJdKgOeP5iM
             */
            token: string;
        };
        RoleEditDto: {
            /** @example infrastructure */
            category?: string;
            /** @example A Platform Engineer builds paved roads… */
            description?: string;
            /**
             * @description Exactly junior, mid, senior, lead in this order
             * @example [
             *       {
             *         "level": "junior",
             *         "title": "Junior Platform Engineer",
             *         "summary": "Works on well-scoped tasks.",
             *         "yearsOfExperience": {
             *           "min": 0,
             *           "max": 2
             *         }
             *       },
             *       {
             *         "level": "mid",
             *         "title": "Platform Engineer",
             *         "summary": "Owns features end to end.",
             *         "yearsOfExperience": {
             *           "min": 2,
             *           "max": 5
             *         }
             *       },
             *       {
             *         "level": "senior",
             *         "title": "Senior Platform Engineer",
             *         "summary": "Designs systems.",
             *         "yearsOfExperience": {
             *           "min": 5,
             *           "max": 8
             *         }
             *       },
             *       {
             *         "level": "lead",
             *         "title": "Lead Platform Engineer",
             *         "summary": "Sets direction.",
             *         "yearsOfExperience": {
             *           "min": 8,
             *           "max": null
             *         }
             *       }
             *     ]
             */
            levels?: components["schemas"]["RoleLevelDto"][];
            requirements?: components["schemas"]["RoleRequirementInputDto"][];
            /**
             * @example [
             *       "Run the deployment pipeline."
             *     ]
             */
            responsibilities?: string[];
            /** @example Builds the internal platform product teams ship on. */
            summary?: string;
            /** @example Platform Engineer */
            title?: string;
        };
        RoleLevelDto: {
            /**
             * @example mid
             * @enum {string}
             */
            level: "junior" | "mid" | "senior" | "lead";
            /** @example Owns features end to end, from API contract to production metrics. */
            summary: string;
            /** @example Mid-Level Back-End Engineer */
            title: string;
            yearsOfExperience: components["schemas"]["YearsOfExperienceDto"];
        };
        RoleListDto: {
            items: components["schemas"]["RoleListItemDto"][];
            nextCursor: string | null;
        };
        RoleListItemDto: {
            /** @example engineering */
            category: string;
            /**
             * @example [
             *       "junior",
             *       "mid",
             *       "senior",
             *       "lead"
             *     ]
             */
            levels: string[];
            /** @example back-end-engineer */
            slug: string;
            /** @example Builds and runs the services, APIs and data stores behind a product. */
            summary: string;
            /** @example Back-End Engineer */
            title: string;
        };
        RolePageDto: {
            /** @example engineering */
            category: string;
            /** @description Markdown */
            description: string;
            levels: components["schemas"]["RoleLevelDto"][];
            /** @example 2026-11-27T21:00:00.000Z */
            publishedAt: string;
            requirements: components["schemas"]["RoleRequirementDto"][];
            responsibilities: string[];
            /** @example back-end-engineer */
            slug: string;
            summary: string;
            /** @example Back-End Engineer */
            title: string;
            /**
             * @description The published version
             * @example 3
             */
            version: number;
        };
        RoleRequirementDto: {
            /** @example Designs consistent, evolvable HTTP APIs. */
            description: string;
            expectedProficiency: components["schemas"]["ExpectedProficiencyDto"];
            /** @example 5 */
            importance: number;
            skill: components["schemas"]["SkillRefDto"];
        };
        RoleRequirementInputDto: {
            /** @example Designs consistent, evolvable HTTP APIs. */
            description: string;
            /** @description 0 none … 4 expert; never lower at a higher level */
            expectedProficiency: components["schemas"]["ExpectedProficiencyDto"];
            /** @example 5 */
            importance: number;
            /**
             * @description Skill slug
             * @example http-api-design
             */
            skill: string;
        };
        RoleVersionDto: {
            /** @example infrastructure */
            category?: string;
            /** @example A Platform Engineer builds paved roads… */
            description?: string;
            /** Format: uuid */
            id: string;
            /**
             * @description Exactly junior, mid, senior, lead in this order
             * @example [
             *       {
             *         "level": "junior",
             *         "title": "Junior Platform Engineer",
             *         "summary": "Works on well-scoped tasks.",
             *         "yearsOfExperience": {
             *           "min": 0,
             *           "max": 2
             *         }
             *       },
             *       {
             *         "level": "mid",
             *         "title": "Platform Engineer",
             *         "summary": "Owns features end to end.",
             *         "yearsOfExperience": {
             *           "min": 2,
             *           "max": 5
             *         }
             *       },
             *       {
             *         "level": "senior",
             *         "title": "Senior Platform Engineer",
             *         "summary": "Designs systems.",
             *         "yearsOfExperience": {
             *           "min": 5,
             *           "max": 8
             *         }
             *       },
             *       {
             *         "level": "lead",
             *         "title": "Lead Platform Engineer",
             *         "summary": "Sets direction.",
             *         "yearsOfExperience": {
             *           "min": 8,
             *           "max": null
             *         }
             *       }
             *     ]
             */
            levels?: components["schemas"]["RoleLevelDto"][];
            publishedAt: string | null;
            requirements?: components["schemas"]["RoleRequirementInputDto"][];
            /**
             * @example [
             *       "Run the deployment pipeline."
             *     ]
             */
            responsibilities?: string[];
            /** @enum {string} */
            status: "draft" | "published";
            /** @example Builds the internal platform product teams ship on. */
            summary?: string;
            /** @example Platform Engineer */
            title?: string;
            updatedAt: string;
            /** @description null while a draft */
            version: number | null;
        };
        RunAnswerDto: {
            /**
             * @description code: { language, code }; sql: { query }
             * @example {
             *       "language": "javascript",
             *       "code": "function add(a, b) { return a + b; }"
             *     }
             */
            response: {
                [key: string]: unknown;
            };
        };
        RunResultDto: {
            /**
             * @example [
             *       "customer",
             *       "total"
             *     ]
             */
            columns?: string[];
            compileError?: components["schemas"]["CompileErrorDto"];
            /** @example only a read-only SELECT, WITH or VALUES query is allowed */
            message?: string;
            /** @example 0.8 */
            ms?: number;
            /**
             * @description sql: false when the query was refused or failed
             * @example true
             */
            ok?: boolean;
            /**
             * @description sql: the first rows (at most 50)
             * @example [
             *       [
             *         "ada",
             *         120.5
             *       ]
             *     ]
             */
            rows?: unknown[][];
            /** @description code: the visible examples only */
            tests?: components["schemas"]["VisibleTestResultDto"][];
            /**
             * @description sql: more rows exist than were returned
             * @example false
             */
            truncated?: boolean;
            /**
             * @example code
             * @enum {string}
             */
            type: "code" | "sql";
            /**
             * @description code: accepted when every visible example passes
             * @example wrong_answer
             */
            verdict?: string;
        };
        SaveAnswerDto: {
            /**
             * @description By type: { optionId } | { optionIds } | { value } | { text } | { language, code } | { query }
             * @example {
             *       "optionId": "b"
             *     }
             */
            response: {
                [key: string]: unknown;
            };
        };
        SavedResponseDto: {
            /** Format: uuid */
            questionId: string;
            /**
             * @description The response as saved
             * @example {
             *       "optionId": "b"
             *     }
             */
            response: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            savedAt: string;
        };
        ScoreAnswerDto: {
            /** @example Covers retries and idempotency keys; misses the outbox. */
            comment?: string;
            /**
             * @description Points given, from 0 to the question’s points (two decimals kept)
             * @example 7.5
             */
            score: number;
        };
        SessionDto: {
            organization: components["schemas"]["OrganizationDto"];
            /**
             * @example owner
             * @enum {string}
             */
            role: "owner" | "admin" | "recruiter";
            tokens: components["schemas"]["TokensDto"];
            user: components["schemas"]["UserDto"];
        };
        SetAccommodationsDto: {
            accommodations: components["schemas"]["AccommodationsDto"];
        };
        SetQuestionsDto: {
            /**
             * @description Question ids in order
             * @example [
             *       "0193c4f2-7a1e-7cc2-9a4e-3f1b2c3d4e5f"
             *     ]
             */
            questionIds: string[];
        };
        SignupDto: {
            /**
             * @description Case-insensitive; unique across Assay
             * @example ada@acme.example
             */
            email: string;
            /** @example Ada Lovelace */
            fullName: string;
            /** @example Acme Hiring */
            organizationName: string;
            /**
             * @description 10–128 characters; the 1,000 most common passwords are refused
             * @example a long and unusual passphrase
             */
            password: string;
        };
        SkillDto: {
            /** @example backend */
            category: string;
            /** @example Resource modelling, status codes, caching headers, pagination and versioning of HTTP APIs. */
            description: string;
            /** @example HTTP & API Design */
            name: string;
            /** @example http-api-design */
            slug: string;
        };
        SkillListDto: {
            items: components["schemas"]["SkillDto"][];
        };
        SkillRefDto: {
            /** @example backend */
            category: string;
            /** @example HTTP & API Design */
            name: string;
            /** @example http-api-design */
            slug: string;
        };
        SubmittedDto: {
            /**
             * @example submitted
             * @enum {string}
             */
            status: "submitted" | "graded";
            /**
             * Format: date-time
             * @example 2026-11-27T10:45:00.000Z
             */
            submittedAt: string | null;
        };
        SwitchOrganizationDto: {
            /**
             * Format: uuid
             * @example 0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b
             */
            organizationId: string;
        };
        TakeAccommodationsDto: {
            /** @example 10 */
            extraMinutes?: number;
            /** @example 50 */
            extraTimePercent?: number;
            /** @example with 50% extra time */
            note: string | null;
            /**
             * @description This candidate’s time limit in minutes, accommodations applied; null when untimed
             * @example 60
             */
            timeLimitMinutes: number | null;
            /** @example false */
            untimed?: boolean;
        };
        TakeCandidateDto: {
            /** @example Ada Lovelace */
            fullName: string;
        };
        TakeIntroAssessmentDto: {
            /**
             * @example senior
             * @enum {string}
             */
            level: "junior" | "mid" | "senior" | "lead";
            /** @example 20 */
            questionCount: number;
            /** @example Back-End Engineer */
            roleTitle: string;
            /** @example 90 */
            timeLimitMinutes: number;
            /** @example Senior Back-End Engineer */
            title: string;
        };
        TakeIntroDto: {
            /** @description Extra time or untimed mode for this candidate */
            accommodations: components["schemas"]["TakeAccommodationsDto"];
            assessment: components["schemas"]["TakeIntroAssessmentDto"];
            candidate: components["schemas"]["TakeCandidateDto"];
            /**
             * Format: date-time
             * @example null
             */
            deadlineAt: string | null;
            /**
             * Format: date-time
             * @example 2026-12-09T10:00:00.000Z
             */
            expiresAt: string;
            /** @description Who is assessing */
            organization: components["schemas"]["TakeOrganizationDto"];
            /** @description Only when the organization shows scores */
            result?: components["schemas"]["TakeResultDto"];
            /**
             * Format: date-time
             * @example null
             */
            startedAt: string | null;
            /**
             * @example invited
             * @enum {string}
             */
            status: "invited" | "in_progress" | "submitted" | "graded";
            /**
             * Format: date-time
             * @example null
             */
            submittedAt: string | null;
        };
        TakeOrganizationDto: {
            /** @example Acme Robotics */
            name: string;
        };
        TakeResultDto: {
            /** @example 82.5 */
            percentage: number;
        };
        TakeStartDto: {
            /** @description Answers saved so far (a reload resumes with them) */
            answers: components["schemas"]["SavedResponseDto"][];
            /** Format: date-time */
            deadlineAt: string;
            /** @description In this candidate’s order */
            questions: components["schemas"]["CandidateQuestionDto"][];
            /** Format: date-time */
            startedAt: string;
            /**
             * @example in_progress
             * @enum {string}
             */
            status: "invited" | "in_progress" | "submitted" | "graded";
            /** Format: date-time */
            submittedAt: string | null;
        };
        TokensDto: {
            /**
             * @description JWT (HS256) for `Authorization: Bearer …`; short-lived
             * @example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwMTkzYTJiNC0…
             */
            accessToken: string;
            /**
             * @description Seconds until the access token expires
             * @example 900
             */
            expiresIn: number;
            /**
             * @description Opaque; exchange it at /auth/refresh. Rotated on every use: keep only the newest.
             * @example Vq3pZ9kQ1m0c8H4Xn2sLwYbF6tRrE7uAaJdKgOeP5iM
             */
            refreshToken: string;
        };
        TokensResponseDto: {
            tokens: components["schemas"]["TokensDto"];
        };
        UpdateAssessmentDto: {
            /** @example 65 */
            passingScore?: number;
            /** @description Question ids (catalog or own), in order; only while draft */
            questionIds?: string[];
            settings?: components["schemas"]["AssessmentSettingsDto"];
            /** @example 75 */
            timeLimitMinutes?: number;
            /** @example Senior Back-End Engineer — Q4 hiring */
            title?: string;
        };
        UpdateOrganizationDto: {
            /**
             * @description Months after a candidate’s last activity before their personal data is erased
             * @example 24
             */
            candidateRetentionMonths?: number;
            /** @example Acme Talent */
            name?: string;
            /**
             * @description Lower-case letters, digits and single dashes; unique
             * @example acme-talent
             */
            slug?: string;
        };
        UpdateSkillDto: {
            /** @example backend */
            category?: string;
            /** @example Schema design, resolvers, batching, persisted queries and federation. */
            description?: string;
            /** @example GraphQL APIs */
            name?: string;
        };
        UserDto: {
            /** @example ada@acme.example */
            email: string;
            /** @example false */
            emailVerified: boolean;
            /** @example Ada Lovelace */
            fullName: string;
            /**
             * Format: uuid
             * @example 0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a6c
             */
            id: string;
        };
        VisibleTestResultDto: {
            /** @example 5 */
            actual?: string;
            /** @description console output, truncated */
            console?: string;
            /** @example 6 */
            expected?: string;
            /**
             * @description Position among the visible examples
             * @example 0
             */
            index: number;
            /**
             * @description The example’s arguments, as JSON
             * @example [[1,2,3]]
             */
            input?: string;
            /** @example TypeError: cannot read property of undefined */
            message?: string;
            /** @example 1.2 */
            ms: number;
            /**
             * @example wrong_answer
             * @enum {string}
             */
            status: "passed" | "wrong_answer" | "runtime_error" | "time_limit_exceeded" | "memory_limit_exceeded";
        };
        WebhookCreatedDto: {
            /** @example 2026-11-27T10:15:00.000Z */
            createdAt: string;
            /**
             * @example [
             *       "attempt.graded"
             *     ]
             */
            events: ("attempt.submitted" | "attempt.graded" | "candidate.erased")[];
            /**
             * Format: uuid
             * @example 0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a72
             */
            id: string;
            /**
             * @description Signing secret (Standard Webhooks: HMAC-SHA256 of "{id}.{timestamp}.{body}" keyed with the base64 part after `whsec_`). Shown only in this response.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
            /** @example https://hooks.acme.example/assay */
            url: string;
        };
        WebhookDeliveryDto: {
            /** @example 1 */
            attempts: number;
            /** @example 2026-11-27T10:15:00.000Z */
            createdAt: string;
            /** @example attempt.graded */
            event: string;
            /**
             * Format: uuid
             * @example 0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a73
             */
            id: string;
            /** @example 200 */
            responseStatus: number | null;
            /**
             * @example succeeded
             * @enum {string}
             */
            status: "pending" | "succeeded" | "failed";
        };
        WebhookDeliveryPageDto: {
            items: components["schemas"]["WebhookDeliveryDto"][];
            /** @example null */
            nextCursor: string | null;
        };
        WebhookDto: {
            /** @example 2026-11-27T10:15:00.000Z */
            createdAt: string;
            /**
             * @example [
             *       "attempt.graded"
             *     ]
             */
            events: ("attempt.submitted" | "attempt.graded" | "candidate.erased")[];
            /**
             * Format: uuid
             * @example 0193a2b4-5c6d-7e8f-9a0b-1c2d3e4f5a72
             */
            id: string;
            /** @example https://hooks.acme.example/assay */
            url: string;
        };
        WebhookPageDto: {
            items: components["schemas"]["WebhookDto"][];
            /** @example null */
            nextCursor: string | null;
        };
        YearsOfExperienceDto: {
            /**
             * @description null = open-ended
             * @example 5
             */
            max: number | null;
            /** @example 2 */
            min: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    PlatformAdminController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationPageDto"];
                };
            };
            /** @description Not a platform admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AdminQuestionsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                difficulty?: number;
                /** @description Only questions with an item-statistics flag (docs/decisions/0122-item-statistics.md) */
                flagged?: "true" | "false";
                limit?: number;
                skill?: string;
                status?: "active" | "archived";
                type?: "single_choice" | "multiple_choice" | "numeric" | "short_text" | "code" | "sql" | "essay";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionPageDto"];
                };
            };
        };
    };
    AdminQuestionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuestionInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionDto"];
                };
            };
        };
    };
    AdminQuestionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionDto"];
                };
            };
        };
    };
    AdminQuestionsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuestionEditDto"];
            };
        };
        responses: {
            /** @description An edit of a question used by an assessment makes a new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionDto"];
                };
            };
        };
    };
    AdminQuestionStatisticsController_question: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No such global question */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    QueueDashboardController_session: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cookie set */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not a platform admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AdminRolesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every role, archived ones too, with its draft */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminRoleListDto"];
                };
            };
        };
    };
    AdminRolesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoleDto"];
            };
        };
        responses: {
            /** @description The role with its first draft (not public until published) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminRoleDto"];
                };
            };
        };
    };
    AdminRolesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminRoleDto"];
                };
            };
        };
    };
    AdminRolesController_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleEditDto"];
            };
        };
        responses: {
            /** @description Edits the draft (started from the published version if none) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminRoleDto"];
                };
            };
        };
    };
    AdminRolesController_archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Hidden from the public catalog and from new assessments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminRoleDto"];
                };
            };
        };
    };
    AdminRolesController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft became the published version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminRoleDto"];
                };
            };
        };
    };
    AdminRolesController_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Back in the public catalog */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminRoleDto"];
                };
            };
        };
    };
    AdminSkillsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSkillDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillDto"];
                };
            };
        };
    };
    AdminSkillsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSkillDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillDto"];
                };
            };
        };
    };
    AssessmentsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
                status?: "draft" | "open" | "closed" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AssessmentsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAssessmentDto"];
            };
        };
        responses: {
            /** @description The composed draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Unknown role, or no questions for it */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AssessmentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No such assessment in this organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AssessmentsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAssessmentDto"];
            };
        };
        responses: {
            /** @description Questions changed after publishing */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AssessmentsController_archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AssessmentsController_candidates: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
                sort?: "-score" | "score" | "submittedAt" | "-submittedAt" | "createdAt" | "-createdAt";
                status?: "invited" | "in_progress" | "submitted" | "graded" | "expired" | "revoked";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AssessmentsController_candidatesCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AssessmentsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AssessmentsController_invite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key and body returns the first response (kept 24 h). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteCandidatesDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    AssessmentsController_setAccommodations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetAccommodationsDto"];
            };
        };
        responses: {
            /** @description The candidate has started, or the invitation is revoked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AssessmentsController_resend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AssessmentsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AssessmentsController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AssessmentsController_setQuestions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetQuestionsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    StatisticsController_assessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No such assessment or question in this organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ResultsController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description The membership role is not enough */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such attempt (or question) in this organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ResultsController_score: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                questionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoreAnswerDto"];
            };
        };
        responses: {
            /** @description The updated report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description The membership role is not enough */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such attempt (or question) in this organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The attempt has not been graded yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not an essay, or more points than the question has */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ResultsController_regrade: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description The membership role is not enough */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such attempt (or question) in this organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The attempt has not been submitted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_forgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPasswordDto"];
            };
        };
        responses: {
            /** @description If the account exists, a link is on its way */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many attempts (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description Wrong email or password (one answer for both) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many attempts from this IP, for this email from this IP, or for this email from addresses that never signed in to it (exponential backoff) (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshTokenDto"];
            };
        };
        responses: {
            /** @description Signed out (also for unknown tokens) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshTokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokensResponseDto"];
                };
            };
            /** @description Unknown, expired, revoked or reused refresh token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many attempts (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            /** @description Password changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid password, or unknown or already used token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Expired token */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many attempts (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_switchOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SwitchOrganizationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationSessionDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description API keys cannot switch organization */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not a member of that organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SignupController_verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailTokenDto"];
            };
        };
        responses: {
            /** @description Verified */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown or already used token */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Expired token */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many attempts (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CandidatesController_erase: {
        parameters: {
            query: {
                email: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Recruiters and API keys */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CandidatesController_erasureRequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Recruiters and API keys */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CandidatesController_holdErasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LegalHoldDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Recruiters and API keys */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CandidatesController_releaseErasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Recruiters and API keys */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CandidatesController_export: {
        parameters: {
            query: {
                email: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Recruiters and API keys */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ErasureConfirmController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmErasureDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Unknown token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description API keys have no person behind them */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MemberInvitationsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptMemberInvitationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description Invalid fields, or fullName/password missing */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The email has a verified account and the request does not carry its access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No invitation has this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Already accepted, or already a member */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The invitation has expired or was revoked */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many attempts (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganizationController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDetailDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganizationController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDetailDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Recruiters and API keys */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The slug is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ApiKeysController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPageDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Needs the admin or owner role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ApiKeysController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyCreatedDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Needs the admin or owner role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ApiKeysController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Needs the admin or owner role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No active key with this id in the organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditLogController_list: {
        parameters: {
            query?: {
                /** @description Exact action name */
                action?: string;
                /** @description The acting user’s or API key’s id */
                actor?: string;
                actorType?: "user" | "api_key" | "system" | "candidate";
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description From this instant (inclusive) */
                from?: string;
                limit?: number;
                targetId?: string;
                targetType?: string;
                /** @description Before this instant */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Recruiters and API keys */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditLogController_csv: {
        parameters: {
            query?: {
                /** @description Exact action name */
                action?: string;
                /** @description The acting user’s or API key’s id */
                actor?: string;
                actorType?: "user" | "api_key" | "system" | "candidate";
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                /** @description From this instant (inclusive) */
                from?: string;
                limit?: number;
                targetId?: string;
                targetType?: string;
                /** @description Before this instant */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Recruiters and API keys */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganizationController_requestDeletion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteOrganizationDto"];
            };
        };
        responses: {
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Already scheduled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganizationController_cancelDeletion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MemberInvitationsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingMemberInvitationPageDto"];
                };
            };
            /** @description Recruiters and API keys */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MemberInvitationsController_invite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key and body returns the first response (kept 24 h). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMemberInvitationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberInvitationCreatedDto"];
                };
            };
            /** @description Not allowed to grant this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Already a member */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MemberInvitationsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked: its link no longer works */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not allowed to manage this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No pending invitation with this id in this organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganizationController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPageDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganizationController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not allowed to manage this member */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such member in this organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The last owner cannot be removed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganizationController_changeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeMemberRoleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not allowed to manage this member or grant this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such member in this organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Would leave the organization without an owner */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPageDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Needs the admin or owner role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreatedDto"];
                };
            };
            /** @description Invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Needs the admin or owner role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The URL is refused (scheme, private address, unresolvable) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WebhooksController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Needs the admin or owner role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such webhook in the organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WebhooksController_deliveries: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPageDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Needs the admin or owner role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such webhook in the organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    QuestionsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                difficulty?: number;
                /** @description Only questions with an item-statistics flag (docs/decisions/0122-item-statistics.md) */
                flagged?: "true" | "false";
                /** @description `own`: the organization's questions; `global`: the shared library (read-only) */
                library?: "own" | "global";
                limit?: number;
                skill?: string;
                status?: "active" | "archived";
                type?: "single_choice" | "multiple_choice" | "numeric" | "short_text" | "code" | "sql" | "essay";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Own questions in full; global-library questions (`library=global`) without `answerKey`, with `examples` (a code task's visible tests) and `source: { library, questionId, version }` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionPageDto"];
                };
            };
        };
    };
    QuestionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuestionInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionDto"];
                };
            };
        };
    };
    QuestionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One of the organization's questions, or of the global library (without its answer key) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionDto"];
                };
            };
        };
    };
    QuestionsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuestionEditDto"];
            };
        };
        responses: {
            /** @description An edit of a question used by an assessment makes a new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionDto"];
                };
            };
        };
    };
    StatisticsController_question: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description No such assessment or question in this organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RolesController_list: {
        parameters: {
            query?: {
                category?: string;
                /** @description Opaque cursor from a previous page */
                cursor?: string;
                limit?: number;
                /** @description Searches title and summary (case-insensitive) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleListDto"];
                };
            };
        };
    };
    RolesController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description An ETag from an earlier response */
                "If-None-Match"?: string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published version, with ETag and Cache-Control */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolePageDto"];
                };
            };
            /** @description If-None-Match matched the current ETag */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SignupController_signup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key and body returns the first response (kept 24 h). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignupDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description Invalid fields (each one listed), unknown fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description An account with this email already exists; nothing was created */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many attempts from this IP or for this email (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SkillsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every skill of the taxonomy, by category then name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillListDto"];
                };
            };
        };
    };
    TakeController_intro: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TakeIntroDto"];
                };
            };
            /** @description Unknown token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Expired or revoked invitation, or an archived assessment */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TakeController_saveAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                questionId: string;
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveAnswerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerSavedDto"];
                };
            };
            /** @description After submission or past the deadline */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TakeController_runAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                questionId: string;
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunAnswerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunResultDto"];
                };
            };
            /** @description Not started, submitted, or past the deadline */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not a code or SQL question */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Too many runs for this attempt this minute (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No worker answered in time (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TakeController_requestErasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    TakeController_event: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProctoringEventDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventAcceptedDto"];
                };
            };
        };
    };
    TakeController_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TakeStartDto"];
                };
            };
            /** @description Unknown token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The assessment is closed to new starts */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Expired or revoked invitation, or an archived assessment */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TakeController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key and body returns the first response (kept 24 h). */
                "Idempotency-Key"?: string;
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmittedDto"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Database and Redis answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Database or Redis is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format. With METRICS_TOKEN set, only for "Authorization: Bearer <METRICS_TOKEN>"; with METRICS_PORT set, served on that port instead (404 here). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
