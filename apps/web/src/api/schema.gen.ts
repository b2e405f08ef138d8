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
        get: operations["adminOrganizations.list"];
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
        /** List the global question library (filters; flagged=true for flagged items) */
        get: operations["adminQuestions.list"];
        put?: never;
        /** Add a question to the global library */
        post: operations["adminQuestions.create"];
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
        /** Get a global question with its answer key */
        get: operations["adminQuestions.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a global question (a used one gets a new version) */
        patch: operations["adminQuestions.update"];
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
        get: operations["adminQuestions.getStatistics"];
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
        post: operations["queueDashboard.createSession"];
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
        /** List every role with its draft (archived too) */
        get: operations["adminRoles.list"];
        put?: never;
        /** Create a role with its first draft */
        post: operations["adminRoles.create"];
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
        /** Get a role with its published version and draft */
        get: operations["adminRoles.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit the role’s draft */
        patch: operations["adminRoles.edit"];
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
        /** Archive a role (hidden from the catalog and new assessments) */
        post: operations["adminRoles.archive"];
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
        /** Publish the draft: it becomes the public version */
        post: operations["adminRoles.publish"];
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
        /** Restore an archived role */
        post: operations["adminRoles.restore"];
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
        /** Create a skill */
        post: operations["adminSkills.create"];
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
        /** Edit a skill */
        patch: operations["adminSkills.update"];
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
        get: operations["assessments.list"];
        put?: never;
        /** Compose a draft assessment from a role and a level */
        post: operations["assessments.create"];
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
        /** Get an assessment with its questions */
        get: operations["assessments.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit title and settings; questions only while draft */
        patch: operations["assessments.update"];
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
        post: operations["assessments.archive"];
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
        get: operations["assessments.listCandidates"];
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
        get: operations["assessments.exportCandidatesCsv"];
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
        post: operations["assessments.close"];
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
        post: operations["assessments.invite"];
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
        patch: operations["assessments.setAccommodations"];
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
        post: operations["assessments.resendInvitation"];
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
        post: operations["assessments.revokeInvitation"];
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
        post: operations["assessments.publish"];
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
        put: operations["assessments.setQuestions"];
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
        get: operations["statistics.getAssessment"];
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
        get: operations["attempts.getReport"];
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
        post: operations["attempts.scoreAnswer"];
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
        post: operations["attempts.regrade"];
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
        post: operations["auth.forgotPassword"];
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
        post: operations["auth.login"];
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
        post: operations["auth.logout"];
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
        post: operations["auth.refresh"];
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
        post: operations["auth.resetPassword"];
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
        post: operations["auth.switchOrganization"];
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
        post: operations["auth.verifyEmail"];
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
        delete: operations["candidates.erase"];
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
        get: operations["candidates.erasureRequests"];
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
        put: operations["candidates.holdErasure"];
        post?: never;
        /** Release a legal hold: the erasure runs when due */
        delete: operations["candidates.releaseErasure"];
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
        get: operations["candidates.export"];
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
        post: operations["erasureConfirm.confirm"];
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
        get: operations["me.get"];
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
         *
         *     Credentials are optional here; when an Authorization header is sent, it must be valid.
         */
        post: operations["memberInvitations.accept"];
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
        get: operations["organization.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename the organization or change its slug (owner, admin) */
        patch: operations["organization.update"];
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
        get: operations["apiKeys.list"];
        put?: never;
        /**
         * Create an API key (owner, admin)
         * @description The key acts for the organization with recruiter rights. It is shown once, in this response.
         */
        post: operations["apiKeys.create"];
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
        delete: operations["apiKeys.revoke"];
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
        get: operations["auditLog.list"];
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
        get: operations["auditLog.csv"];
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
        post: operations["organization.requestDeletion"];
        /** Cancel a scheduled deletion (owner) */
        delete: operations["organization.cancelDeletion"];
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
        get: operations["memberInvitations.list"];
        put?: never;
        /**
         * Invite someone to the organization by email (owner, admin)
         * @description Admins invite recruiters; owners invite any role. The link goes by email to the invited address only: the response carries no token.
         */
        post: operations["memberInvitations.invite"];
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
        delete: operations["memberInvitations.revoke"];
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
        get: operations["organization.listMembers"];
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
        delete: operations["organization.removeMember"];
        options?: never;
        head?: never;
        /**
         * Change a member's role (admins: recruiters only; owners: anyone)
         * @description The member keeps their sessions; the new role applies from their next request.
         */
        patch: operations["organization.changeMemberRole"];
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
        get: operations["webhooks.list"];
        put?: never;
        /**
         * Register a webhook endpoint (owner, admin)
         * @description The URL must be https (http only where allowed for development) and its host must resolve to public addresses only. The signing secret is shown once, in this response.
         */
        post: operations["webhooks.create"];
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
        delete: operations["webhooks.remove"];
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
        get: operations["webhooks.listDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organization/webhooks/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-enable an endpoint disabled after repeated failures (owner, admin) */
        post: operations["webhooks.enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organization/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a signed test delivery (event `webhook.test`) to the endpoint (owner, admin)
         * @description One try; its outcome appears in the deliveries list.
         */
        post: operations["webhooks.sendTest"];
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
        /** List the organization’s questions (or the global library, without keys) */
        get: operations["questions.list"];
        put?: never;
        /** Author an organization question */
        post: operations["questions.create"];
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
        /** Get one of the organization’s questions, or a global one without its key */
        get: operations["questions.get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an organization question (a used one gets a new version) */
        patch: operations["questions.update"];
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
        get: operations["statistics.getQuestion"];
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
        /** List published roles (search with q, filter by category) */
        get: operations["roles.list"];
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
        /** Get a published role page (ETag; If-None-Match answers 304) */
        get: operations["roles.get"];
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
        post: operations["signup.create"];
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
        /** List the skills taxonomy */
        get: operations["skills.list"];
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
        /**
         * The assessment’s intro page
         * @description Authorized by the candidate’s invitation token in the path alone (no Authorization header). An unknown token is a 404; a revoked or expired invitation, or an archived assessment, a 410.
         */
        get: operations["take.intro"];
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
        /**
         * Save an answer (last write wins)
         * @description Authorized by the candidate’s invitation token in the path alone (no Authorization header).
         */
        put: operations["take.saveAnswer"];
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
        /**
         * Run code against the visible examples, or a query against the fixture (nothing is saved)
         * @description Authorized by the candidate’s invitation token in the path alone (no Authorization header). An unknown token is a 404; a revoked or expired invitation, or an archived assessment, a 410.
         */
        post: operations["take.runAnswer"];
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
        /**
         * Ask the organization to erase my data: a confirmation email goes to the invitation’s address
         * @description Authorized by the candidate’s invitation token in the path alone (no Authorization header). An unknown token is a 404; a revoked or expired invitation, or an archived assessment, a 410.
         */
        post: operations["take.requestErasure"];
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
        /**
         * Record a proctoring signal (tab_hidden, paste, …)
         * @description Authorized by the candidate’s invitation token in the path alone (no Authorization header). An unknown token is a 404; a revoked or expired invitation, or an archived assessment, a 410.
         */
        post: operations["take.event"];
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
        /**
         * Start (or resume) the attempt: fixes the deadline and the question order
         * @description Authorized by the candidate’s invitation token in the path alone (no Authorization header). An unknown token is a 404; a revoked or expired invitation, or an archived assessment, a 410.
         */
        post: operations["take.start"];
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
        /**
         * Submit; grading happens in the background
         * @description Authorized by the candidate’s invitation token in the path alone (no Authorization header). An unknown token is a 404; a revoked or expired invitation, or an archived assessment, a 410.
         */
        post: operations["take.submit"];
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
        /** Liveness: the process is up */
        get: operations["health.live"];
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
        /** Readiness: database and Redis answer */
        get: operations["health.ready"];
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
        /** Prometheus metrics */
        get: operations["health.metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every problem type the API answers with */
        get: operations["problems.list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a problem type means and what to do about it */
        get: operations["problems.get"];
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
        AnswerReviewDto: {
            comment: string | null;
            /** Format: uuid */
            scoredByUserId: string | null;
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
        AssessmentDto: {
            /** @description Per-candidate forms: how each is drawn */
            blueprint: components["schemas"]["BlueprintDto"] | null;
            /**
             * Format: date-time
             * @example null
             */
            closedAt: string | null;
            /** @description Only when composed (POST /assessments) */
            composition?: components["schemas"]["CompositionDto"];
            /** Format: date-time */
            createdAt: string;
            /**
             * @description Questions each candidate answers
             * @example 20
             */
            formLength: number;
            /**
             * @example per_candidate
             * @enum {string}
             */
            forms: "fixed" | "per_candidate";
            /** Format: uuid */
            id: string;
            /**
             * @example senior
             * @enum {string}
             */
            level: "junior" | "mid" | "senior" | "lead";
            /**
             * @description Points of one form (every form is worth the same)
             * @example 60
             */
            maxScore: number;
            /** @example 60 */
            passingScore: number;
            /**
             * Format: date-time
             * @example null
             */
            publishedAt: string | null;
            /**
             * @description Questions in the pool
             * @example 30
             */
            questionCount: number;
            questions: components["schemas"]["AssessmentQuestionDto"][];
            requirements: components["schemas"]["FrozenRequirementDto"][];
            role: components["schemas"]["AssessmentRoleDto"];
            settings: components["schemas"]["AssessmentSettingsDto"];
            /**
             * @example draft
             * @enum {string}
             */
            status: "draft" | "open" | "closed" | "archived";
            /** @example 95 */
            timeLimitMinutes: number;
            /** @example Senior Back-End Engineer */
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        AssessmentItemStatisticsDto: {
            /** @example 2 */
            difficulty: number;
            /**
             * @description Mean share of points
             * @example 0.71
             */
            facility: number | null;
            /** @example [] */
            flags: ("too_hard" | "too_easy" | "low_discrimination" | "likely_miskeyed" | "weak_distractor" | "difficulty_mismatch")[];
            options: components["schemas"]["OptionRateDto"][];
            /**
             * @description Item-rest correlation
             * @example 0.38
             */
            pointBiserial: number | null;
            /**
             * Format: uuid
             * @description The question in the assessment
             */
            questionId: string;
            /** Format: uuid */
            questionVersionId: string;
            /** @example 240 */
            responses: number;
            /** @description Code questions: each test’s pass rate */
            tests: components["schemas"]["TestPassRateDto"][];
            time: components["schemas"]["ItemTimeDto"];
            /** @example single_choice */
            type: string;
        };
        AssessmentOptionDto: {
            /** @example b */
            id: string;
            /** @example 409 */
            text: string;
        };
        AssessmentPageDto: {
            items: components["schemas"]["AssessmentSummaryDto"][];
            /** @example null */
            nextCursor: string | null;
        };
        AssessmentQuestionDto: {
            /**
             * @description Only for the organization’s own questions (never the global library’s)
             * @example {
             *       "optionId": "b"
             *     }
             */
            answerKey?: {
                [key: string]: unknown;
            };
            /** @example 3 */
            difficulty: number;
            /** @description Code questions: the visible examples */
            examples?: components["schemas"]["CodeExampleDto"][];
            /** @example parseDuration */
            functionName?: string;
            /**
             * Format: uuid
             * @description This question in this assessment
             */
            id: string;
            /**
             * @example [
             *       "javascript",
             *       "typescript"
             *     ]
             */
            languages?: string[];
            options?: components["schemas"]["AssessmentOptionDto"][];
            /** @example 2 */
            points: number;
            /** @example 1 */
            position: number;
            /**
             * @description Markdown
             * @example Which status code…
             */
            prompt: string;
            /**
             * Format: uuid
             * @description The bank question
             */
            questionId: string;
            /**
             * Format: uuid
             * @description The frozen version of it
             */
            questionVersionId: string;
            /**
             * @description SQL questions: the fixture
             * @example CREATE TABLE t (id INTEGER);
             */
            schema?: string;
            /** @example http-api-design */
            skill: string;
            source: components["schemas"]["QuestionSourceDto"];
            /**
             * @example function parseDuration(text) {
             *     }
             */
            starterCode?: string;
            /** @example 90 */
            timeEstimateSeconds: number;
            /** @example 2000 */
            timeLimitMs?: number;
            /**
             * @example single_choice
             * @enum {string}
             */
            type: "single_choice" | "multiple_choice" | "numeric" | "short_text" | "code" | "sql" | "essay";
        };
        AssessmentRoleDto: {
            /** @example back-end-engineer */
            slug: string;
            /** @example Back-End Engineer */
            title: string;
            /**
             * @description The role version the assessment was composed from
             * @example 1
             */
            version: number;
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
        AssessmentStatisticsDto: {
            /** Format: uuid */
            assessmentId: string;
            /**
             * @description Graded attempts counted
             * @example 42
             */
            attempts: number;
            /** @description Percentages in bins of 10 */
            distribution: components["schemas"]["ScoreBinDto"][];
            items: components["schemas"]["AssessmentItemStatisticsDto"][];
            /**
             * @description Mean percentage
             * @example 61.2
             */
            mean: number | null;
            reliability: components["schemas"]["ReliabilityDto"];
            /** @example 15.8 */
            sd: number | null;
            /**
             * Format: date-time
             * @description null before any grading
             */
            updatedAt: string | null;
        };
        AssessmentSummaryDto: {
            /** @example 12 */
            candidateCount: number;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description Questions each candidate answers
             * @example 20
             */
            formLength: number;
            /** Format: uuid */
            id: string;
            /**
             * @example senior
             * @enum {string}
             */
            level: "junior" | "mid" | "senior" | "lead";
            /** @example 60 */
            passingScore: number;
            /**
             * Format: date-time
             * @example null
             */
            publishedAt: string | null;
            /**
             * @description Questions in the pool (per-candidate forms) or in the form
             * @example 120
             */
            questionCount: number;
            role: components["schemas"]["AssessmentRoleDto"];
            /**
             * @example open
             * @enum {string}
             */
            status: "draft" | "open" | "closed" | "archived";
            /** @example 95 */
            timeLimitMinutes: number;
            /** @example Senior Back-End Engineer */
            title: string;
        };
        AttemptReportDto: {
            accommodations: components["schemas"]["AccommodationsDto"];
            /** @example null */
            accommodationsNote: string | null;
            /** @description In the candidate’s order */
            answers: components["schemas"]["ReportAnswerDto"][];
            /** Format: uuid */
            assessmentId: string;
            /** @example Senior Back-End Engineer */
            assessmentTitle: string;
            candidate: components["schemas"]["ReportCandidateDto"];
            /** Format: date-time */
            deadlineAt: string;
            /** @description Proctoring signals */
            events: components["schemas"]["ReportEventDto"][];
            eventSummary: components["schemas"]["EventSummaryDto"];
            flags: components["schemas"]["IntegrityFlagDto"][];
            /** Format: date-time */
            gradedAt: string | null;
            /** @example null */
            gradingError: string | null;
            /** @description Every revision, newest first */
            history: components["schemas"]["ResultHistoryEntryDto"][];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            invitationId: string;
            /** @description null before grading */
            levelFit: components["schemas"]["LevelFitDto"] | null;
            /** @example 60 */
            maxScore: number | null;
            normGroup: components["schemas"]["NormGroupDto"] | null;
            /** @example true */
            passed: boolean | null;
            /**
             * @description Answers waiting for a hand score
             * @example 0
             */
            pendingReview: number;
            /** @example 69.17 */
            percentage: number | null;
            /** @example 72.5 */
            percentile: number | null;
            /** @example null */
            percentileNote: string | null;
            reliability: components["schemas"]["ReportReliabilityDto"] | null;
            /** @description The current result; null before grading */
            result: components["schemas"]["ResultRevisionDto"] | null;
            /** @example 41.5 */
            score: number | null;
            scoreBand: components["schemas"]["ScoreBandDto"] | null;
            skills: components["schemas"]["SkillScoreDto"][];
            /** Format: date-time */
            startedAt: string;
            /** @example graded */
            status: string;
            /** @example candidate */
            submitReason: string | null;
            /** Format: date-time */
            submittedAt: string | null;
            /** @example 2700 */
            timeSpentSeconds: number;
        };
        AuditActorViewDto: {
            /**
             * @description A user’s email
             * @example owner@example.com
             */
            email?: string;
            /** @description The user’s or API key’s id; null for system */
            id: string | null;
            /**
             * @example user
             * @enum {string}
             */
            type: "user" | "api_key" | "system" | "candidate";
        };
        AuditEntryDto: {
            /** @example assessment.published */
            action: string;
            actor: components["schemas"]["AuditActorViewDto"];
            /** Format: date-time */
            at: string;
            /** @example {} */
            details: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
            /** @example 203.0.113.7 */
            ip: string | null;
            target: components["schemas"]["AuditTargetViewDto"];
        };
        AuditLogPageDto: {
            /** @description Newest first */
            items: components["schemas"]["AuditEntryDto"][];
            /** @example null */
            nextCursor: string | null;
        };
        AuditTargetViewDto: {
            /** @example 0193c4f2-7a1e-7cc2-9a4e-bbbbbbbbbbbb */
            id: string;
            /** @example assessment */
            type: string;
        };
        BlockingSkillDto: {
            /** @example 5 */
            importance: number;
            /** @example 2 */
            proficiency: number;
            /** @example 3 */
            required: number;
            /** @example sql-databases */
            skill: string;
        };
        BlueprintDto: {
            /** @description Enemy groups (question ids): at most one of a group per form */
            enemies: string[][];
            /**
             * @description Expected estimated seconds of a form
             * @example 5400
             */
            expectedSeconds: number;
            /**
             * @description Largest share of forms an item may appear in
             * @example 0.5
             */
            exposureCap: number;
            /**
             * @example senior
             * @enum {string}
             */
            level: "junior" | "mid" | "senior" | "lead";
            /** @description Seats per stratum */
            seats: components["schemas"]["BlueprintSeatDto"][];
            /** @example 1 */
            version: number;
        };
        BlueprintSeatDto: {
            /** @example 2 */
            count: number;
            /** @example http-api-design:3 */
            stratum: string;
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
        CandidatePageDto: {
            items: components["schemas"]["CandidateRowDto"][];
            /** @example null */
            nextCursor: string | null;
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
        CandidateRowDto: {
            /** Format: uuid */
            attemptId: string | null;
            /** @example ada@example.com */
            email: string;
            /** Format: date-time */
            expiresAt: string;
            /** @example Ada Lovelace */
            fullName: string;
            /** Format: date-time */
            gradedAt: string | null;
            /** Format: uuid */
            invitationId: string;
            /** Format: date-time */
            invitedAt: string;
            /** @example 50 */
            maxScore: number | null;
            /** @example true */
            passed: boolean | null;
            /** @example 83 */
            percentage: number | null;
            /** @example null */
            percentile: number | null;
            /** @example senior */
            recommendedLevel: string | null;
            /** @example 41.5 */
            score: number | null;
            /** @description 95 % band of the percentage (null until the norm group is large enough) */
            scoreBand: components["schemas"]["ScoreBandDto"] | null;
            /** Format: date-time */
            startedAt: string | null;
            /** @example graded */
            status: string;
            /** Format: date-time */
            submittedAt: string | null;
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
        CodeExampleDto: {
            /**
             * @example [
             *       "1h30m"
             *     ]
             */
            args: unknown[];
            /**
             * @description Any JSON value
             * @example 5400000
             */
            expected: string | number | boolean | (Record<string, never> | null) | unknown[];
        };
        CodeRunResultDto: {
            /** @description Set when the code does not compile */
            compileError?: components["schemas"]["CompileErrorDto"];
            /** @description Why the run gave no test results (e.g. a language the question does not allow) */
            message?: string;
            /** @description The visible examples, in order */
            tests: components["schemas"]["VisibleTestResultDto"][];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "code";
            /**
             * @description `accepted` when every visible example passes; otherwise the first failure’s status
             * @example wrong_answer
             * @enum {string}
             */
            verdict: "accepted" | "wrong_answer" | "time_limit_exceeded" | "memory_limit_exceeded" | "runtime_error" | "compile_error" | "incorrect" | "unanswered" | "pending_review";
        };
        CompileErrorDto: {
            /** @example 14 */
            column: number | null;
            /** @example 3 */
            line: number | null;
            /** @example SyntaxError: expecting ')' */
            message: string;
        };
        CompositionDto: {
            coverage: components["schemas"]["CoverageDto"][];
            /** @description Per-candidate forms only */
            exposure?: components["schemas"]["StratumExposureDto"][];
            /** @example q4-2026 */
            seed: string;
            warnings: string[];
        };
        ConfirmErasureDto: {
            /** @description The token from the confirmation email’s link */
            token: string;
        };
        CoverageDto: {
            /** @example 3 */
            selected: number;
            /** @example http-api-design */
            skill: string;
            /**
             * @description Its share of the questions by importance alone
             * @example 3.2
             */
            target: number;
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
             * @description per_candidate (default): questions are the pool and each candidate draws a form at start; fixed: every candidate answers the same questions
             * @example per_candidate
             * @enum {string}
             */
            forms?: "fixed" | "per_candidate";
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
        CreatedInvitationDto: {
            accommodations: components["schemas"]["AccommodationsDto"];
            /** @example 50% extra time */
            accommodationsNote: string | null;
            /** @description false when the email already had an invitation (returned as it is) */
            created: boolean;
            /** @example ada@example.com */
            email: string;
            /** Format: date-time */
            expiresAt: string;
            /** @example Ada Lovelace */
            fullName: string;
            /** Format: uuid */
            id: string;
            /**
             * @description Emails sent for it so far
             * @example 1
             */
            sendCount: number;
            /**
             * @example invited
             * @enum {string}
             */
            status: "invited" | "expired" | "revoked";
            /**
             * @description The candidate’s link
             * @example https://app.example/take/3q2…
             */
            url: string;
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
        ErasureConfirmedDto: {
            /**
             * @description The request had been confirmed before
             * @example false
             */
            alreadyConfirmed: boolean;
            /**
             * Format: date-time
             * @example 2027-01-01T10:00:00.000Z
             */
            dueAt: string | null;
            /**
             * @example scheduled
             * @enum {string}
             */
            status: "awaiting_confirmation" | "scheduled" | "on_hold" | "completed";
        };
        ErasureLegalHoldDto: {
            /** Format: date-time */
            at: string;
            /** @example Litigation hold: claim 2026-117 */
            reason: string | null;
        };
        ErasureOutcomeDto: {
            /**
             * @description Attempts anonymised
             * @example 1
             */
            attempts: number;
            /**
             * Format: uuid
             * @description The erasure record (kept, without the email)
             */
            erasureId: string;
            /**
             * @description Invitations erased
             * @example 2
             */
            invitations: number;
            /**
             * @example erased
             * @enum {string}
             */
            status: "erased";
        };
        ErasureRequestDto: {
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            confirmedAt: string | null;
            /**
             * Format: date-time
             * @description When the erasure runs
             */
            dueAt: string | null;
            /** @example ada@example.com */
            email: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            invitationId: string;
            legalHold: components["schemas"]["ErasureLegalHoldDto"] | null;
            /** Format: date-time */
            requestedAt: string;
            /**
             * @example scheduled
             * @enum {string}
             */
            status: "awaiting_confirmation" | "scheduled" | "on_hold" | "completed";
        };
        ErasureRequestedDto: {
            /**
             * @example confirmation_sent
             * @enum {string}
             */
            status: "confirmation_sent";
        };
        ErasureRequestListDto: {
            /** @description Newest first */
            items: components["schemas"]["ErasureRequestDto"][];
        };
        EventAcceptedDto: {
            /** @example true */
            accepted: boolean;
            /** @example event limit reached for this attempt */
            reason?: string;
        };
        EventSummaryDto: {
            /**
             * @example {
             *       "tab_hidden": 1
             *     }
             */
            byType: {
                [key: string]: number;
            };
            /** @example 1 */
            total: number;
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
        FrozenRequirementDto: {
            /**
             * @description Expected proficiency by level
             * @example {
             *       "junior": 2,
             *       "mid": 3,
             *       "senior": 4,
             *       "lead": 5
             *     }
             */
            expectedProficiency: {
                [key: string]: number;
            };
            /** @example 5 */
            importance: number;
            /** @example http-api-design */
            skill: string;
        };
        IntegrityFlagDto: {
            /** @description What the signal rests on (by type) */
            evidence: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            questionId: string;
            /**
             * @example fast_answer
             * @enum {string}
             */
            type: "code_similarity" | "fast_answer";
        };
        InvitationDto: {
            accommodations: components["schemas"]["AccommodationsDto"];
            /** @example 50% extra time */
            accommodationsNote: string | null;
            /** @example ada@example.com */
            email: string;
            /** Format: date-time */
            expiresAt: string;
            /** @example Ada Lovelace */
            fullName: string;
            /** Format: uuid */
            id: string;
            /**
             * @description Emails sent for it so far
             * @example 1
             */
            sendCount: number;
            /**
             * @example invited
             * @enum {string}
             */
            status: "invited" | "expired" | "revoked";
            /**
             * @description The candidate’s link
             * @example https://app.example/take/3q2…
             */
            url: string;
        };
        InvitationListDto: {
            /** @description In the order of the request */
            items: components["schemas"]["CreatedInvitationDto"][];
        };
        InviteCandidatesDto: {
            candidates: components["schemas"]["CandidateInputDto"][];
            /**
             * @description Default: the assessment’s validity
             * @example 2026-12-31T23:59:59Z
             */
            expiresAt?: string;
        };
        ItemTimeDto: {
            /** @example 48 */
            medianSeconds: number | null;
            /**
             * @description Responses with a known time
             * @example 240
             */
            observed: number;
            /** @example 12 */
            p10Seconds: number | null;
        };
        LegalHoldDto: {
            /** @example Litigation hold: claim 2026-117 */
            reason: string;
        };
        LevelBlockingDto: {
            /** @description Whether the form asks enough at that level to tell */
            evidenced: boolean;
            /**
             * @example senior
             * @enum {string}
             */
            level: "junior" | "mid" | "senior" | "lead";
            skills: components["schemas"]["BlockingSkillDto"][];
        };
        LevelFitDto: {
            /** @description The level above the recommended one and the required skills below its bar */
            blocking: components["schemas"]["LevelBlockingDto"] | null;
            /** @description How the recommendation was reached (null for results graded before it was recorded) */
            evidence: {
                [key: string]: unknown;
            } | null;
            /** @description Fit per level, 0–1 (null: not evidenced) */
            levels: components["schemas"]["LevelScoresDto"];
            /**
             * @example mid
             * @enum {string|null}
             */
            recommended: "junior" | "mid" | "senior" | "lead" | null;
        };
        LevelScoresDto: {
            /** @example 1 */
            junior: number | null;
            /** @example null */
            lead: number | null;
            /** @example 0.8 */
            mid: number | null;
            /** @example 0.35 */
            senior: number | null;
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
        NormGroupDto: {
            /**
             * @description Size from which a percentile is given
             * @example 100
             */
            minSize: number;
            /**
             * @description Graded attempts at this role version and level
             * @example 412
             */
            size: number;
        };
        OptionRateDto: {
            /** @description Absent for the global library’s questions (the key is secret) */
            correct?: boolean;
            /**
             * @description Among the bottom 27 %
             * @example 0.42
             */
            lowerRate: number;
            /** @example a */
            optionId: string;
            /**
             * @description Share of responses choosing it
             * @example 0.71
             */
            rate: number;
            /**
             * @description Among the top 27 % of total scores
             * @example 0.95
             */
            upperRate: number;
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
             * Format: date-time
             * @description When the organization will be deleted, if asked
             * @example null
             */
            deletionDueAt: string | null;
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
            invitedByUserId: string | null;
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
        /**
         * @example {
         *       "type": "http://localhost:3000/problems/validation-failed",
         *       "title": "Bad Request",
         *       "status": 400,
         *       "detail": "The request has invalid fields.",
         *       "instance": "/api/v1/assessments",
         *       "code": "validation-failed",
         *       "errors": [
         *         {
         *           "field": "level",
         *           "message": "level must be one of the following values: junior, mid, senior, lead"
         *         }
         *       ]
         *     }
         */
        Problem: {
            /** @description The problem code: the last segment of `type` */
            code?: string;
            /** @description What went wrong in this request */
            detail: string;
            /** @description For 400 validation problems: every bad field */
            errors?: {
                field: string;
                message: string;
            }[];
            /** @description The request path */
            instance: string;
            /** @description For 429: seconds to wait, as in `Retry-After` */
            retryAfter?: number;
            status: number;
            /** @description The HTTP status text */
            title: string;
            /**
             * Format: uri
             * @description Identifies the problem; opening it shows what happened and what to do
             */
            type: string;
        } & {
            [key: string]: unknown;
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
             * @description By type: single_choice `{ optionId }`; multiple_choice `{ optionIds }`; numeric `{ value, tolerance, relative? }`; short_text `{ accepted, caseSensitive, pattern? }`; code `{ referenceSolution: { language, code }, tests }` (at least 3 hidden tests); sql `{ expectedQuery, ordered }`; essay `{ rubric }`. Never shown to candidates. Absent on the global library’s questions as an organization sees them.
             * @example {
             *       "optionId": "b"
             *     }
             */
            answerKey?: {
                [key: string]: unknown;
            };
            createdAt: string;
            /** @example 2 */
            difficulty: number;
            /** @description Code questions of the global library: the visible examples */
            examples?: {
                args?: unknown[];
                expected?: unknown;
            }[];
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
            key: string | null;
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
            /** @description Where the question comes from (an organization’s view) */
            source?: {
                /** @enum {string} */
                library?: "global" | "organization";
                /** Format: uuid */
                questionId?: string;
                version?: number | null;
            };
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
            /** @description An assessment uses the latest version: the next edit makes a new version (absent on the global library’s questions as an organization sees them) */
            used?: boolean;
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
            answerKey?: {
                [key: string]: unknown;
            };
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
            answerKey: {
                [key: string]: unknown;
            };
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
        QuestionSourceDto: {
            /**
             * @example global
             * @enum {string}
             */
            library: "global" | "organization";
            /** Format: uuid */
            questionId: string;
            /** @example 2 */
            version: number | null;
        };
        QuestionStatisticsDto: {
            /** Format: uuid */
            questionId: string;
            /** @description Newest version first */
            versions: components["schemas"]["QuestionVersionStatisticsDto"][];
        };
        QuestionVersionStatisticsDto: {
            /** @example 2 */
            difficulty: number;
            /**
             * @description Mean share of points
             * @example 0.71
             */
            facility: number | null;
            /** @example [] */
            flags: ("too_hard" | "too_easy" | "low_discrimination" | "likely_miskeyed" | "weak_distractor" | "difficulty_mismatch")[];
            options: components["schemas"]["OptionRateDto"][];
            /**
             * @description Item-rest correlation
             * @example 0.38
             */
            pointBiserial: number | null;
            /** Format: uuid */
            questionVersionId: string;
            /** @example 240 */
            responses: number;
            /** @description Code questions: each test’s pass rate */
            tests: components["schemas"]["TestPassRateDto"][];
            time: components["schemas"]["ItemTimeDto"];
            /** @example single_choice */
            type: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example 2 */
            version: number | null;
        };
        RefreshTokenDto: {
            /**
             * @description Required unless the session is a cookie session (X-Assay-Session: cookie and its cookie)
             * @example Vq3pZ9kQ1m0c8H4Xn2sLwYbF6tRrE7uAaJdKgOeP5iM
             */
            refreshToken?: string;
        };
        RegradeRequestedDto: {
            /** Format: uuid */
            attemptId: string;
            /**
             * Format: date-time
             * @example 2026-11-27T11:00:00.000Z
             */
            requestedAt: string;
            /**
             * @example regrade_requested
             * @enum {string}
             */
            status: "regrade_requested";
        };
        ReliabilityDto: {
            /**
             * @description Cronbach’s α
             * @example 0.78
             */
            alpha: number | null;
            /**
             * @description Graded attempts needed before α is shown
             * @example 30
             */
            minAttempts: number;
            /**
             * @description In percentage points
             * @example 7.4
             */
            sem: number | null;
            /**
             * @example measured
             * @enum {string}
             */
            status: "measured" | "not_yet";
        };
        ReportAnswerDto: {
            /** @description What the grader found (by question type) */
            details: {
                [key: string]: unknown;
            } | null;
            /** @example 2 */
            difficulty: number;
            /** @example 10 */
            maxScore: number;
            /** @description Choice questions: the options as the candidate saw them (ids and text, never which is keyed) */
            options?: components["schemas"]["CandidateOptionDto"][];
            /** @example 1 */
            position: number;
            /** @description Markdown */
            prompt: string;
            /** Format: uuid */
            questionId: string;
            /** @description The saved response; null when unanswered */
            response: {
                [key: string]: unknown;
            } | null;
            /** @description Hand-scored answers */
            review?: components["schemas"]["AnswerReviewDto"];
            /** Format: date-time */
            savedAt: string | null;
            /** @example 7.5 */
            score: number | null;
            /** @example node-js */
            skill: string;
            /** @description null when the take flow timed nothing */
            timeSpentSeconds: number | null;
            /** @example code */
            type: string;
            /** @example wrong_answer */
            verdict: string | null;
        };
        ReportCandidateDto: {
            /** @example ada@example.com */
            email: string;
            /** @example Ada Lovelace */
            fullName: string;
        };
        ReportEventDto: {
            /**
             * Format: date-time
             * @description When the server received it
             */
            at: string;
            /**
             * Format: date-time
             * @description The candidate’s clock
             */
            clientAt: string | null;
            data: {
                [key: string]: unknown;
            } | null;
            /** @example tab_hidden */
            type: string;
        };
        ReportReliabilityDto: {
            /** @example 0.78 */
            alpha: number | null;
            /** @example 64 */
            attempts: number;
            /** @example 30 */
            minAttempts: number;
            /** @example 7.37 */
            sem: number | null;
            /**
             * @example measured
             * @enum {string}
             */
            status: "measured" | "not_yet";
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
        ResultHistoryEntryDto: {
            /** Format: date-time */
            createdAt: string;
            /** @example assay-grading/1.1.0 */
            graderVersion: string;
            isCurrent: boolean;
            /** @example 60 */
            maxScore: number;
            passed: boolean;
            /** @example 69.17 */
            percentage: number;
            /**
             * @example initial
             * @enum {string}
             */
            reason: "initial" | "regrade" | "manual_score";
            /**
             * @example mid
             * @enum {string|null}
             */
            recommendedLevel: "junior" | "mid" | "senior" | "lead" | null;
            /**
             * Format: uuid
             * @description Who asked for the revision
             */
            requestedByUserId: string | null;
            /** @example 1 */
            revision: number;
            /** @example 41.5 */
            score: number;
        };
        ResultRevisionDto: {
            /** Format: date-time */
            createdAt: string;
            /** @example assay-grading/1.1.0 */
            graderVersion: string;
            /**
             * @example initial
             * @enum {string}
             */
            reason: "initial" | "regrade" | "manual_score";
            /** @example 1 */
            revision: number;
            /** @description What the pipeline measured of this grading run */
            timings: {
                answers?: number;
                gradingMs?: number;
                queuedMs?: number;
                totalMs?: number;
            };
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
        ScoreBandDto: {
            /** @example norm group of 240 attempts */
            basis: string;
            /** @example 84.9 */
            high: number;
            /** @example 71.2 */
            low: number;
        };
        ScoreBinDto: {
            /** @example 9 */
            count: number;
            /** @example 50 */
            from: number;
            /** @example 60 */
            to: number;
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
        SkillScoreDto: {
            /** @example limited */
            confidence: string | null;
            /** @example 4 */
            itemCount: number | null;
            /** @example 14 */
            maxScore: number;
            /** @example 85.71 */
            percentage: number;
            /**
             * @description Measured proficiency 0–4
             * @example 3
             */
            proficiency: number | null;
            /** @example 12 */
            score: number;
            /** @example http-api-design */
            skill: string;
        };
        SqlRunResultDto: {
            /**
             * @description Empty when ok is false
             * @example [
             *       "customer",
             *       "total"
             *     ]
             */
            columns: string[];
            /** @example only a read-only SELECT, WITH or VALUES query is allowed */
            message?: string;
            /**
             * @description Time the query took in the sandbox
             * @example 0.8
             */
            ms?: number;
            /**
             * @description false when the query was refused or failed (see message)
             * @example true
             */
            ok: boolean;
            /**
             * @description The first rows (at most 50); empty when ok is false
             * @example [
             *       [
             *         "ada",
             *         120.5
             *       ]
             *     ]
             */
            rows: unknown[][];
            /**
             * @description More rows exist than were returned
             * @example false
             */
            truncated: boolean;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "sql";
        };
        StratumExposureDto: {
            /**
             * @description The expected share of forms that show each item
             * @example 0.33
             */
            exposure: number;
            /** @example 6 */
            items: number;
            /** @example 2 */
            seats: number;
            /** @example http-api-design:3 */
            stratum: string;
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
        TestPassRateDto: {
            /** @example 0 */
            index: number;
            /** @example 0.8 */
            passRate: number;
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
             * @description Opaque; exchange it at /auth/refresh. Rotated on every use: keep only the newest. Absent for a cookie session (X-Assay-Session: cookie), where it travels only in the HttpOnly cookie.
             * @example Vq3pZ9kQ1m0c8H4Xn2sLwYbF6tRrE7uAaJdKgOeP5iM
             */
            refreshToken?: string;
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
            status: "passed" | "wrong_answer" | "time_limit_exceeded" | "memory_limit_exceeded" | "runtime_error";
        };
        WebhookCreatedDto: {
            /** @example 2026-11-27T10:15:00.000Z */
            createdAt: string;
            /**
             * @description When the endpoint was disabled after about a day of failures (null: enabled); re-enable it
             * @example null
             */
            disabledAt: string | null;
            /**
             * @example [
             *       "attempt.graded"
             *     ]
             */
            events: ("attempt.submitted" | "attempt.graded" | "candidate.erased")[];
            /**
             * @description When deliveries started failing without a success since (null: healthy)
             * @example null
             */
            failingSince: string | null;
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
             * @description When the endpoint was disabled after about a day of failures (null: enabled); re-enable it
             * @example null
             */
            disabledAt: string | null;
            /**
             * @example [
             *       "attempt.graded"
             *     ]
             */
            events: ("attempt.submitted" | "attempt.graded" | "candidate.erased")[];
            /**
             * @description When deliveries started failing without a success since (null: healthy)
             * @example null
             */
            failingSince: string | null;
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
        WebhookTestQueuedDto: {
            /**
             * Format: uuid
             * @description The test delivery; follow it in the deliveries list
             */
            deliveryId: string;
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
    "adminOrganizations.list": {
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
                    /** @description When there is a next page: `<{url with cursor=nextCursor}>; rel="next"` (RFC 8288) */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationPageDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a platform admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "adminQuestions.list": {
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
                    /** @description When there is a next page: `<{url with cursor=nextCursor}>; rel="next"` (RFC 8288) */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionPageDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but the membership role (or credential type) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "adminQuestions.create": {
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
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but the membership role (or credential type) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "adminQuestions.get": {
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
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but the membership role (or credential type) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "adminQuestions.update": {
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
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but the membership role (or credential type) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "adminQuestions.getStatistics": {
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
                    "application/json": components["schemas"]["QuestionStatisticsDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but the membership role (or credential type) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such global question */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "queueDashboard.createSession": {
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
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a platform admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "adminRoles.list": {
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
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but the membership role (or credential type) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "adminRoles.create": {
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
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but the membership role (or credential type) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A role with this slug exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "adminRoles.get": {
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
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but the membership role (or credential type) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "adminRoles.edit": {
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
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but the membership role (or credential type) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "adminRoles.archive": {
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
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but the membership role (or credential type) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "adminRoles.publish": {
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
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but the membership role (or credential type) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role has no draft */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "adminRoles.restore": {
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
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but the membership role (or credential type) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "adminSkills.create": {
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
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but the membership role (or credential type) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A skill with this slug exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "adminSkills.update": {
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
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but the membership role (or credential type) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "assessments.list": {
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
                    /** @description When there is a next page: `<{url with cursor=nextCursor}>; rel="next"` (RFC 8288) */
                    Link?: string;
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentPageDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "assessments.create": {
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
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown role, or no questions for it */
            422: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "assessments.get": {
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
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such assessment in this organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "assessments.update": {
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
            /** @description The updated assessment */
            200: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Archived, or questions changed after publishing */
            409: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "assessments.archive": {
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
            /** @description The archived assessment */
            200: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The assessment cannot be archived from its status */
            409: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "assessments.listCandidates": {
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
                    /** @description When there is a next page: `<{url with cursor=nextCursor}>; rel="next"` (RFC 8288) */
                    Link?: string;
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidatePageDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "assessments.exportCandidatesCsv": {
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
            /** @description Best score first */
            200: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "assessments.close": {
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
            /** @description The closed assessment */
            200: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The assessment cannot be closed from its status */
            409: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "assessments.invite": {
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
            /** @description Each invitation, new or existing */
            201: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationListDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The assessment is not open; or a request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was used with a different body */
            422: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The daily invitation quota is used up */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "assessments.setAccommodations": {
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
            /** @description The invitation with its accommodations */
            200: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The candidate has started, or the invitation is revoked */
            409: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "assessments.resendInvitation": {
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
            /** @description The invitation */
            200: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The invitation is revoked or the assessment is not open */
            409: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A resend quota is used up */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "assessments.revokeInvitation": {
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
            /** @description The revoked invitation */
            200: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "assessments.publish": {
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
            /** @description The open assessment */
            200: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a draft, or a question is no longer available */
            409: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The assessment has no questions */
            422: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "assessments.setQuestions": {
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
            /** @description The assessment */
            200: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The assessment is not a draft */
            409: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Some questions do not exist for this organization */
            422: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "statistics.getAssessment": {
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
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentStatisticsDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such assessment or question in this organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "attempts.getReport": {
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
            /** @description `levelFit.blocking`: the level above the recommended one (the lowest when none is), whether the form evidences it, and the required skills whose proficiency is below its bar; null when the recommendation is lead or the result predates it */
            200: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptReportDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The membership role is not enough */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such attempt (or question) in this organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "attempts.scoreAnswer": {
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
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptReportDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The membership role is not enough */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such attempt (or question) in this organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The attempt has not been graded yet */
            409: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an essay, or more points than the question has */
            422: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "attempts.regrade": {
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
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegradeRequestedDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The membership role is not enough */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such attempt (or question) in this organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The attempt has not been submitted */
            409: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "auth.forgotPassword": {
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
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "auth.login": {
        parameters: {
            query?: never;
            header?: {
                /** @description `cookie`: the refresh token is set as an HttpOnly, Secure, SameSite=Strict cookie (path /api/v1/auth) and left out of the body (browser sessions) */
                "X-Assay-Session"?: string;
            };
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
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong email or password (one answer for both) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The person is not a member of any organization */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a member of the `organizationId` asked for */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts from this IP, for this email from this IP, or for this email from addresses that never signed in to it (exponential backoff) (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "auth.logout": {
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
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "auth.refresh": {
        parameters: {
            query?: never;
            header?: {
                /** @description `cookie`: the refresh token is set as an HttpOnly, Secure, SameSite=Strict cookie (path /api/v1/auth) and left out of the body (browser sessions) */
                "X-Assay-Session"?: string;
            };
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
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, expired, revoked or reused refresh token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A cookie session refreshed from another origin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "auth.resetPassword": {
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
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Expired token */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "auth.switchOrganization": {
        parameters: {
            query?: never;
            header?: {
                /** @description `cookie`: the refresh token is set as an HttpOnly, Secure, SameSite=Strict cookie (path /api/v1/auth) and left out of the body (browser sessions) */
                "X-Assay-Session"?: string;
            };
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
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description API keys cannot switch organization */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a member of that organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "auth.verifyEmail": {
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
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Expired token */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "candidates.erase": {
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
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureOutcomeDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Recruiters and API keys */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "candidates.erasureRequests": {
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
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureRequestListDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Recruiters and API keys */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "candidates.holdErasure": {
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
            /** @description The request, on hold */
            200: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureRequestDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Recruiters and API keys */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "candidates.releaseErasure": {
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
            /** @description The request, released */
            200: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureRequestDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Recruiters and API keys */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "candidates.export": {
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
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        erasureRequests: {
                            /** Format: date-time */
                            completedAt: string | null;
                            /** Format: date-time */
                            confirmedAt: string | null;
                            /** Format: date-time */
                            dueAt: string | null;
                            id: string;
                            /** Format: date-time */
                            legalHoldAt: string | null;
                            legalHoldReason: string | null;
                            /** Format: date-time */
                            requestedAt: string | null;
                        }[];
                        /** Format: date-time */
                        exportedAt: string;
                        invitations: {
                            accommodations: {
                                [key: string]: unknown;
                            } | null;
                            assessment: {
                                id: string;
                                level: string;
                                roleTitle: string;
                                title: string;
                            };
                            attempt: {
                                accommodations: {
                                    [key: string]: unknown;
                                } | null;
                                answers: {
                                    prompt: string | null;
                                    questionId: string;
                                    response: {
                                        [key: string]: unknown;
                                    } | null;
                                    /** Format: date-time */
                                    savedAt: string | null;
                                    type: string;
                                }[];
                                /** Format: date-time */
                                deadlineAt: string | null;
                                /** Format: date-time */
                                gradedAt: string | null;
                                id: string;
                                proctoringEvents: {
                                    /** Format: date-time */
                                    at: string | null;
                                    /** Format: date-time */
                                    clientAt: string | null;
                                    data: {
                                        [key: string]: unknown;
                                    } | null;
                                    type: string;
                                }[];
                                results: {
                                    answers: {
                                        comment: string | null;
                                        maxScore: number;
                                        questionId: string;
                                        score: number;
                                        verdict: string;
                                    }[];
                                    current: boolean;
                                    maxScore: number;
                                    passed: boolean;
                                    percentage: number;
                                    reason: string;
                                    recommendedLevel: string | null;
                                    /** Format: date-time */
                                    recordedAt: string | null;
                                    revision: number;
                                    score: number;
                                    skills: {
                                        maxScore: number;
                                        percentage: number;
                                        score: number;
                                        skill: string;
                                    }[];
                                }[];
                                /** Format: date-time */
                                startedAt: string | null;
                                status: string;
                                submitReason: string | null;
                                /** Format: date-time */
                                submittedAt: string | null;
                            } | null;
                            email: string;
                            emailsSent: number;
                            /** Format: date-time */
                            expiresAt: string | null;
                            fullName: string;
                            id: string;
                            /** Format: date-time */
                            invitedAt: string | null;
                            /** Format: date-time */
                            lastSentAt: string | null;
                            /** Format: date-time */
                            revokedAt: string | null;
                        }[];
                        /** Format: uuid */
                        organizationId: string;
                    };
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Recruiters and API keys */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "erasureConfirm.confirm": {
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
                    "application/json": components["schemas"]["ErasureConfirmedDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The link was not used within 7 days (erasure-link-expired) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "me.get": {
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
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description API keys have no person behind them */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "memberInvitations.accept": {
        parameters: {
            query?: never;
            header?: {
                /** @description `cookie`: the refresh token is set as an HttpOnly, Secure, SameSite=Strict cookie (path /api/v1/auth) and left out of the body (browser sessions) */
                "X-Assay-Session"?: string;
            };
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
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The email has a verified account and the request does not carry its access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No invitation has this token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already accepted, or already a member */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The invitation has expired or was revoked */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "organization.get": {
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
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDetailDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "organization.update": {
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
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDetailDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Recruiters and API keys */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The slug is taken */
            409: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "apiKeys.list": {
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
                    /** @description When there is a next page: `<{url with cursor=nextCursor}>; rel="next"` (RFC 8288) */
                    Link?: string;
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPageDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the admin or owner role */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "apiKeys.create": {
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
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyCreatedDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the admin or owner role */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "apiKeys.revoke": {
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
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the admin or owner role */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No active key with this id in the organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "auditLog.list": {
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
                    /** @description When there is a next page: `<{url with cursor=nextCursor}>; rel="next"` (RFC 8288) */
                    Link?: string;
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLogPageDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Recruiters and API keys */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "auditLog.csv": {
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
            /** @description The entries, newest first */
            200: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Recruiters and API keys */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "organization.requestDeletion": {
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
            /** @description Deletion scheduled; `deletionDueAt` says when */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        deletionDueAt: string;
                        /** @enum {string} */
                        status: "scheduled";
                    };
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but the membership role (or credential type) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already scheduled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "organization.cancelDeletion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled */
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
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authenticated, but the membership role (or credential type) does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No deletion is scheduled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "memberInvitations.list": {
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
                    /** @description When there is a next page: `<{url with cursor=nextCursor}>; rel="next"` (RFC 8288) */
                    Link?: string;
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingMemberInvitationPageDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Recruiters and API keys */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "memberInvitations.invite": {
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
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberInvitationCreatedDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed to grant this role */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already a member; or a request with this Idempotency-Key is still running */
            409: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was used with a different body */
            422: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "memberInvitations.revoke": {
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
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed to manage this role */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No pending invitation with this id in this organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "organization.listMembers": {
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
                    /** @description When there is a next page: `<{url with cursor=nextCursor}>; rel="next"` (RFC 8288) */
                    Link?: string;
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPageDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "organization.removeMember": {
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
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed to manage this member */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such member in this organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The last owner cannot be removed */
            409: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "organization.changeMemberRole": {
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
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed to manage this member or grant this role */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such member in this organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Would leave the organization without an owner */
            409: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "webhooks.list": {
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
                    /** @description When there is a next page: `<{url with cursor=nextCursor}>; rel="next"` (RFC 8288) */
                    Link?: string;
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPageDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the admin or owner role */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "webhooks.create": {
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
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreatedDto"];
                };
            };
            /** @description Invalid fields */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the admin or owner role */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is refused (scheme, private address, unresolvable) */
            422: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "webhooks.remove": {
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
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the admin or owner role */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such webhook in the organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "webhooks.listDeliveries": {
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
                    /** @description When there is a next page: `<{url with cursor=nextCursor}>; rel="next"` (RFC 8288) */
                    Link?: string;
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPageDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the admin or owner role */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such webhook in the organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "webhooks.enable": {
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
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the admin or owner role */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such webhook in the organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "webhooks.sendTest": {
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
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookTestQueuedDto"];
                };
            };
            /** @description No valid access token or API key */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Needs the admin or owner role */
            403: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such webhook in the organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The endpoint is disabled (re-enable it first) */
            409: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "questions.list": {
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
                    /** @description When there is a next page: `<{url with cursor=nextCursor}>; rel="next"` (RFC 8288) */
                    Link?: string;
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionPageDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "questions.create": {
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
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The own-questions quota is used up */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "questions.get": {
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
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "questions.update": {
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
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or it belongs to another organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "statistics.getQuestion": {
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
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionStatisticsDto"];
                };
            };
            /** @description Missing, invalid or expired credentials */
            401: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such assessment or question in this organization */
            404: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rate limit or quota was reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description API-key requests only: requests allowed per window (RATE_LIMIT_API_KEY_PER_MINUTE) */
                    "RateLimit-Limit"?: number;
                    /** @description API-key requests only: the policy, e.g. `600;w=60` */
                    "RateLimit-Policy"?: string;
                    /** @description API-key requests only: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description API-key requests only: seconds until the window resets */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "roles.list": {
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
                    /** @description When there is a next page: `<{url with cursor=nextCursor}>; rel="next"` (RFC 8288) */
                    Link?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleListDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "roles.get": {
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
            /** @description No published role has this slug */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "signup.create": {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying with the same key and body returns the first response (kept 24 h). */
                "Idempotency-Key"?: string;
                /** @description `cookie`: the refresh token is set as an HttpOnly, Secure, SameSite=Strict cookie (path /api/v1/auth) and left out of the body (browser sessions) */
                "X-Assay-Session"?: string;
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
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An account with this email already exists; nothing was created; or a request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was used with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts from this IP or for this email (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "skills.list": {
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
    "take.intro": {
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
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Expired or revoked invitation, or an archived assessment */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "take.saveAnswer": {
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
            /** @description Saved: the question and the server time of the save */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerSavedDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown invitation token, or no such question on this attempt */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description After submission or past the deadline, or the assessment is closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The invitation was revoked or expired, or the assessment archived */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "take.runAnswer": {
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
            /** @description The run’s result: a code run or a query run, told apart by `type` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CodeRunResultDto"] | components["schemas"]["SqlRunResultDto"];
                };
            };
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown invitation token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not started, submitted, or past the deadline */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The invitation was revoked or expired, or the assessment archived */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a code or SQL question */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many runs for this attempt this minute (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No worker answered in time (Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "take.requestErasure": {
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
                    "application/json": components["schemas"]["ErasureRequestedDto"];
                };
            };
            /** @description Unknown invitation token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The invitation was revoked or expired, or the assessment archived */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "take.event": {
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
            /** @description Bad input: `errors` names each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown invitation token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The attempt has been submitted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The invitation was revoked or expired, or the assessment archived */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 1 MiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "take.start": {
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
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The assessment is closed to new starts */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Expired or revoked invitation, or an archived assessment */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "take.submit": {
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
            /** @description Unknown invitation token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The invitation was revoked or expired, or the assessment archived */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was used with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "health.live": {
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
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    "health.ready": {
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
                content: {
                    "application/json": {
                        checks: {
                            database: {
                                /** @description When down */
                                error?: string;
                                /** @description When up */
                                latencyMs?: number;
                                /** @enum {string} */
                                status: "up" | "down";
                            };
                            redis: {
                                /** @description When down */
                                error?: string;
                                /** @description When up */
                                latencyMs?: number;
                                /** @enum {string} */
                                status: "up" | "down";
                            };
                        };
                        /** @enum {string} */
                        status: "ok" | "error";
                    };
                };
            };
            /** @description Database or Redis is down: the same checks, `status: error` (not a problem document) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks: {
                            database: {
                                /** @description When down */
                                error?: string;
                                /** @description When up */
                                latencyMs?: number;
                                /** @enum {string} */
                                status: "up" | "down";
                            };
                            redis: {
                                /** @description When down */
                                error?: string;
                                /** @description When up */
                                latencyMs?: number;
                                /** @enum {string} */
                                status: "up" | "down";
                            };
                        };
                        /** @enum {string} */
                        status: "ok" | "error";
                    };
                };
            };
        };
    };
    "health.metrics": {
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
            /** @description METRICS_TOKEN is set and the request does not carry it */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description METRICS_PORT is set: metrics are served on that port only */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "problems.list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An HTML index of the problem types */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "problems.get": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An HTML page: what happened, what to do */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found, or it belongs to another organization */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
