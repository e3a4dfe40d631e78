// Generated from docs/openapi.json by `npm run api:types` (openapi-typescript). Do not edit.

export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database check */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
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
        /** Sign in; sets an httpOnly session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LoginInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNSUPPORTED_MEDIA_TYPE: the body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description RATE_LIMITED: too many requests; try again later */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
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
        /** Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in on this browser, if anyone (never 401: for pages deciding what to show) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and what they may do */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List units in your scope, optionally as of a date */
        get: {
            parameters: {
                query?: {
                    /** @description Only units valid on this date (default: all dates) */
                    asOf?: string;
                    /** @description Search in names and codes; Vietnamese diacritics and đ are ignored */
                    q?: string;
                    parentId?: string;
                    kind?: "province" | "district" | "township" | "commune" | "ward" | "party_committee" | "party_body" | "peoples_council" | "peoples_committee" | "agency" | "fatherland_front" | "mass_organisation" | "court" | "procuracy" | "police" | "military" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrgUnit"][];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a unit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OrgUnitCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrgUnit"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description CONFLICT, *_TAKEN, *_AMBIGUOUS: the write conflicts with existing data or a concurrent change */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNSUPPORTED_MEDIA_TYPE: the body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A business rule refuses the request (e.g. ORG_UNIT_PARENT_CYCLE, PASSWORD_TOO_SHORT, EVENTS_OUT_OF_ORDER) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The unit tree as of a date (all dates when asOf is omitted) */
        get: {
            parameters: {
                query?: {
                    /** @description Calendar date, YYYY-MM-DD */
                    asOf?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrgUnitTreeNode"][];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One unit */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrgUnit"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description NOT_FOUND and *_NOT_FOUND: no such record in your scope (out-of-scope records answer 404 too) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a unit */
        patch: {
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
                    "application/json": components["schemas"]["OrgUnitUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrgUnit"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description NOT_FOUND and *_NOT_FOUND: no such record in your scope (out-of-scope records answer 404 too) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description CONFLICT, *_TAKEN, *_AMBIGUOUS: the write conflicts with existing data or a concurrent change */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNSUPPORTED_MEDIA_TYPE: the body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A business rule refuses the request (e.g. ORG_UNIT_PARENT_CYCLE, PASSWORD_TOO_SHORT, EVENTS_OUT_OF_ORDER) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/org-units/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Succession events, predecessors, successors and the units that carry it on today */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrgUnitHistory"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description NOT_FOUND and *_NOT_FOUND: no such record in your scope (out-of-scope records answer 404 too) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units/{id}/succession-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Succession events a unit took part in */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SuccessionEvent"][];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description NOT_FOUND and *_NOT_FOUND: no such record in your scope (out-of-scope records answer 404 too) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/succession-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a merge, split, rename or dissolution with its deciding document */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SuccessionEventCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SuccessionEvent"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description CONFLICT, *_TAKEN, *_AMBIGUOUS: the write conflicts with existing data or a concurrent change */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNSUPPORTED_MEDIA_TYPE: the body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A business rule refuses the request (e.g. ORG_UNIT_PARENT_CYCLE, PASSWORD_TOO_SHORT, EVENTS_OUT_OF_ORDER) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users with a role in your scope */
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"][];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a user with roles */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UserCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description CONFLICT, *_TAKEN, *_AMBIGUOUS: the write conflicts with existing data or a concurrent change */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNSUPPORTED_MEDIA_TYPE: the body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A business rule refuses the request (e.g. ORG_UNIT_PARENT_CYCLE, PASSWORD_TOO_SHORT, EVENTS_OUT_OF_ORDER) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description NOT_FOUND and *_NOT_FOUND: no such record in your scope (out-of-scope records answer 404 too) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change name, language, password or active state */
        patch: {
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
                    "application/json": components["schemas"]["UserUpdateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description NOT_FOUND and *_NOT_FOUND: no such record in your scope (out-of-scope records answer 404 too) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description CONFLICT, *_TAKEN, *_AMBIGUOUS: the write conflicts with existing data or a concurrent change */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNSUPPORTED_MEDIA_TYPE: the body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A business rule refuses the request (e.g. ORG_UNIT_PARENT_CYCLE, PASSWORD_TOO_SHORT, EVENTS_OUT_OF_ORDER) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift the sign-in locks of a user (after repeated failed sign-ins from some address) */
        post: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description NOT_FOUND and *_NOT_FOUND: no such record in your scope (out-of-scope records answer 404 too) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description CONFLICT, *_TAKEN, *_AMBIGUOUS: the write conflicts with existing data or a concurrent change */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A business rule refuses the request (e.g. ORG_UNIT_PARENT_CYCLE, PASSWORD_TOO_SHORT, EVENTS_OUT_OF_ORDER) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant a role on a unit */
        post: {
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
                    "application/json": {
                        /** @enum {string} */
                        role: "administrator" | "unit_administrator" | "reception_officer" | "case_officer" | "supervisor" | "leader" | "data_clerk";
                        unitId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description NOT_FOUND and *_NOT_FOUND: no such record in your scope (out-of-scope records answer 404 too) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description CONFLICT, *_TAKEN, *_AMBIGUOUS: the write conflicts with existing data or a concurrent change */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNSUPPORTED_MEDIA_TYPE: the body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A business rule refuses the request (e.g. ORG_UNIT_PARENT_CYCLE, PASSWORD_TOO_SHORT, EVENTS_OUT_OF_ORDER) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/grants/{grantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a role */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    grantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description NOT_FOUND and *_NOT_FOUND: no such record in your scope (out-of-scope records answer 404 too) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description CONFLICT, *_TAKEN, *_AMBIGUOUS: the write conflicts with existing data or a concurrent change */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A business rule refuses the request (e.g. ORG_UNIT_PARENT_CYCLE, PASSWORD_TOO_SHORT, EVENTS_OUT_OF_ORDER) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiToken"][];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Issue an API token (the secret is shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ApiTokenCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiTokenCreated"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description CONFLICT, *_TAKEN, *_AMBIGUOUS: the write conflicts with existing data or a concurrent change */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNSUPPORTED_MEDIA_TYPE: the body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A business rule refuses the request (e.g. ORG_UNIT_PARENT_CYCLE, PASSWORD_TOO_SHORT, EVENTS_OUT_OF_ORDER) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: {
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description NOT_FOUND and *_NOT_FOUND: no such record in your scope (out-of-scope records answer 404 too) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description CONFLICT, *_TAKEN, *_AMBIGUOUS: the write conflicts with existing data or a concurrent change */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A business rule refuses the request (e.g. ORG_UNIT_PARENT_CYCLE, PASSWORD_TOO_SHORT, EVENTS_OUT_OF_ORDER) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit log entries in your scope, newest first, with the names of the units and users they mention */
        get: {
            parameters: {
                query?: {
                    entityType?: string;
                    entityId?: string;
                    /** @description A user's id, or `system` */
                    actorId?: string;
                    /** @description e.g. `user.grant-role` */
                    action?: string;
                    /** @description Entries about this unit, its subtree and the units it replaced */
                    unitId?: string;
                    /** @description Free text; accents and case are ignored, đ = d */
                    q?: string;
                    /** @description Calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Calendar date, YYYY-MM-DD */
                    to?: string;
                    limit?: number;
                    beforeSeq?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditPage"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The entries matching the filters, as a CSV file (UTF-8 with BOM) in the reader’s language */
        get: {
            parameters: {
                query?: {
                    entityType?: string;
                    entityId?: string;
                    /** @description A user's id, or `system` */
                    actorId?: string;
                    /** @description e.g. `user.grant-role` */
                    action?: string;
                    /** @description Entries about this unit, its subtree and the units it replaced */
                    unitId?: string;
                    /** @description Free text; accents and case are ignored, đ = d */
                    q?: string;
                    /** @description Calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Calendar date, YYYY-MM-DD */
                    to?: string;
                    /** @description Language of the file; default from Accept-Language */
                    lang?: "vi" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/csv; charset=utf-8 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check the hash chain of the whole log */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditVerify"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The year's days off and make-up working Saturdays, each with its name and source (official, derived or custom) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarYear"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description NOT_FOUND and *_NOT_FOUND: no such record in your scope (out-of-scope records answer 404 too) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Replace a year's schedule (administrators); audit-logged, used by clocks computed afterwards */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CalendarYearChangeInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarYear"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description NOT_FOUND and *_NOT_FOUND: no such record in your scope (out-of-scope records answer 404 too) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description CONFLICT, *_TAKEN, *_AMBIGUOUS: the write conflicts with existing data or a concurrent change */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNSUPPORTED_MEDIA_TYPE: the body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A business rule refuses the request (e.g. ORG_UNIT_PARENT_CYCLE, PASSWORD_TOO_SHORT, EVENTS_OUT_OF_ORDER) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Drop an administrator's schedule; the year reverts to the official or derived one */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CalendarYear"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description NOT_FOUND and *_NOT_FOUND: no such record in your scope (out-of-scope records answer 404 too) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description CONFLICT, *_TAKEN, *_AMBIGUOUS: the write conflicts with existing data or a concurrent change */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A business rule refuses the request (e.g. ORG_UNIT_PARENT_CYCLE, PASSWORD_TOO_SHORT, EVENTS_OUT_OF_ORDER) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines/compute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compute one statutory deadline and explain it (rule, source, counted and skipped days, shift) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DeadlineComputeRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DeadlineComputeResponse"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description CONFLICT, *_TAKEN, *_AMBIGUOUS: the write conflicts with existing data or a concurrent change */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNSUPPORTED_MEDIA_TYPE: the body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A business rule refuses the request (e.g. ORG_UNIT_PARENT_CYCLE, PASSWORD_TOO_SHORT, EVENTS_OUT_OF_ORDER) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines/clocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Every clock of a matter from its events, with state (running, paused, met, overdue, very-overdue) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MatterClocksRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Clock"][];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description CONFLICT, *_TAKEN, *_AMBIGUOUS: the write conflicts with existing data or a concurrent change */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNSUPPORTED_MEDIA_TYPE: the body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A business rule refuses the request (e.g. ORG_UNIT_PARENT_CYCLE, PASSWORD_TOO_SHORT, EVENTS_OUT_OF_ORDER) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The versioned rule table (2021 and 2026 rules) and administrators’ overrides */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RuleTable"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deadlines/rules/{id}/override": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a rule’s unit or count where the sources leave it open (administrators) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: "petition.handling" | "reception.refusal-notice" | "reception.online-notice" | "complaint.filing" | "complaint.acceptance" | "complaint.resolution" | "complaint.dialogue-notice" | "complaint.suspension-notice" | "complaint.second-filing" | "complaint.send-decision" | "complaint.publish" | "complaint.enforcement" | "denunciation.initial-handling" | "denunciation.transfer" | "denunciation.notify" | "denunciation.resolution" | "denunciation.suspension-notice" | "denunciation.escalation-request" | "denunciation.escalation-report" | "denunciation.further-review";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        ruleSet?: "2021" | "2026";
                        /** @enum {string} */
                        unit?: "calendar" | "working";
                        count?: number;
                        pausable?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: {
                                /** @enum {string} */
                                ruleSet?: "2021" | "2026";
                                /** @enum {string} */
                                unit?: "calendar" | "working";
                                count?: number;
                                pausable?: boolean;
                            };
                        };
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description NOT_FOUND and *_NOT_FOUND: no such record in your scope (out-of-scope records answer 404 too) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description CONFLICT, *_TAKEN, *_AMBIGUOUS: the write conflicts with existing data or a concurrent change */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNSUPPORTED_MEDIA_TYPE: the body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A business rule refuses the request (e.g. ORG_UNIT_PARENT_CYCLE, PASSWORD_TOO_SHORT, EVENTS_OUT_OF_ORDER) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** Return a rule to its statutory default */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: "petition.handling" | "reception.refusal-notice" | "reception.online-notice" | "complaint.filing" | "complaint.acceptance" | "complaint.resolution" | "complaint.dialogue-notice" | "complaint.suspension-notice" | "complaint.second-filing" | "complaint.send-decision" | "complaint.publish" | "complaint.enforcement" | "denunciation.initial-handling" | "denunciation.transfer" | "denunciation.notify" | "denunciation.resolution" | "denunciation.suspension-notice" | "denunciation.escalation-request" | "denunciation.escalation-report" | "denunciation.further-review";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: {
                                /** @enum {string} */
                                ruleSet?: "2021" | "2026";
                                /** @enum {string} */
                                unit?: "calendar" | "working";
                                count?: number;
                                pausable?: boolean;
                            };
                        };
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description NOT_FOUND and *_NOT_FOUND: no such record in your scope (out-of-scope records answer 404 too) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description CONFLICT, *_TAKEN, *_AMBIGUOUS: the write conflicts with existing data or a concurrent change */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A business rule refuses the request (e.g. ORG_UNIT_PARENT_CYCLE, PASSWORD_TOO_SHORT, EVENTS_OUT_OF_ORDER) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment (its bytes, with its own media type) */
        get: {
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
                /** @description The file, with its own media type */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description NOT_FOUND and *_NOT_FOUND: no such record in your scope (out-of-scope records answer 404 too) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description ATTACHMENT_CORRUPT: the stored file failed its integrity check; INTERNAL otherwise */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description ATTACHMENT_PROTECTION_UNAVAILABLE: the server does not hold the key of this protected file */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reception-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reception sessions in your scope, latest first */
        get: {
            parameters: {
                query?: {
                    unitId?: string;
                    /** @description Calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Calendar date, YYYY-MM-DD */
                    to?: string;
                    kind?: "regular" | "periodic" | "unscheduled";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReceptionSession"][];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Open a reception session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReceptionSessionCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReceptionSession"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description CONFLICT, *_TAKEN, *_AMBIGUOUS: the write conflicts with existing data or a concurrent change */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNSUPPORTED_MEDIA_TYPE: the body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A business rule refuses the request (e.g. ORG_UNIT_PARENT_CYCLE, PASSWORD_TOO_SHORT, EVENTS_OUT_OF_ORDER) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reception-sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One reception session */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReceptionSession"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description NOT_FOUND and *_NOT_FOUND: no such record in your scope (out-of-scope records answer 404 too) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reception-turns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reception turns in your scope, latest first */
        get: {
            parameters: {
                query?: {
                    unitId?: string;
                    /** @description Calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Calendar date, YYYY-MM-DD */
                    to?: string;
                    kind?: "regular" | "periodic" | "unscheduled";
                    limit?: number;
                    offset?: number;
                    sessionId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReceptionTurn"][];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a reception turn (citizens found or recorded, numbered in the unit’s register)
         * @description Refused with PETITION_INVALID (422) when a rule of sections C or F is broken: a group of 5 or more without 1–2 (over 10: 1–5) representatives, a refusal ground not in force on the day.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReceptionTurnCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReceptionTurn"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description CONFLICT, *_TAKEN, *_AMBIGUOUS: the write conflicts with existing data or a concurrent change */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNSUPPORTED_MEDIA_TYPE: the body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A business rule refuses the request (e.g. ORG_UNIT_PARENT_CYCLE, PASSWORD_TOO_SHORT, EVENTS_OUT_OF_ORDER) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reception-turns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One reception turn with its citizens and matters */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReceptionTurn"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description NOT_FOUND and *_NOT_FOUND: no such record in your scope (out-of-scope records answer 404 too) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/citizens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find returning citizens as one types (name, phone, document number; accents and word order ignored) */
        get: {
            parameters: {
                query: {
                    q: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CitizenSummary"][];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reception-duty": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Heads' reception duty for a month: required against held days (rules F4) */
        get: {
            parameters: {
                query: {
                    unitId: string;
                    month: string;
                    headKind: "province-committee-chair" | "district-committee-chair" | "commune-committee-chair" | "agency-head" | "province-party-secretary" | "district-party-secretary" | "commune-party-secretary";
                    headUserId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReceptionDuty"][];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/petitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The petition register in your scope: search and filters */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    status?: "received" | "accepted" | "suspended" | "resolved" | "terminated" | "transferred" | "guided" | "urged" | "filed" | "rejected";
                    contentClass?: "complaint" | "denunciation" | "proposal" | "reflection";
                    field?: "policies-regimes" | "land-housing" | "civil-service" | "administrative-other" | "corruption" | "judicial" | "party-mass-organisations" | "other";
                    unitId?: string;
                    channel?: "reception" | "post" | "online" | "transfer" | "hand-delivered" | "other";
                    officerId?: string;
                    /** @description Calendar date, YYYY-MM-DD */
                    from?: string;
                    /** @description Calendar date, YYYY-MM-DD */
                    to?: string;
                    overdue?: "true" | "false";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PetitionPage"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Register a petition: one matter per content, numbered, with its clocks */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PetitionCreateInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Petition"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description CONFLICT, *_TAKEN, *_AMBIGUOUS: the write conflicts with existing data or a concurrent change */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description PAYLOAD_TOO_LARGE: the body is over the size limit */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNSUPPORTED_MEDIA_TYPE: the body is not JSON */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A business rule refuses the request (e.g. ORG_UNIT_PARENT_CYCLE, PASSWORD_TOO_SHORT, EVENTS_OUT_OF_ORDER) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/petitions/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Earlier petitions of the same petitioner or content in your scope (possible repeats) */
        get: {
            parameters: {
                query: {
                    unitId: string;
                    summary: string;
                    contentClass?: "complaint" | "denunciation" | "proposal" | "reflection";
                    fullName?: string;
                    identityNumber?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DuplicateCandidates"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/petitions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A petition with its matters, events and clocks (protected identities hidden) */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Petition"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description NOT_FOUND and *_NOT_FOUND: no such record in your scope (out-of-scope records answer 404 too) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/petitions/{id}/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reveal a denouncer’s identity (needs the permission; every reveal is audit-logged) */
        get: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PetitionIdentity"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description NOT_FOUND and *_NOT_FOUND: no such record in your scope (out-of-scope records answer 404 too) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my-work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open matters of your units, most urgent first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyWorkPage"];
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a file to a record (the body is the file; its name in Content-Disposition)
         * @description Request body: the file's bytes (any Content-Type; `application/octet-stream` recommended — the kind is sniffed from the content: PDF, JPEG, PNG, DOCX, XLSX, ODT or UTF-8 text, as configured), at most ATTACHMENT_MAX_BYTES. Name: `Content-Disposition: attachment; filename*=UTF-8''<percent-encoded name>`.
         */
        post: {
            parameters: {
                query: {
                    ownerType: string;
                    ownerId: string;
                    protected?: "true" | "false";
                };
                header: {
                    "content-disposition": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            ownerType: string;
                            ownerId: string;
                            fileName: string | null;
                            /** @enum {string} */
                            type: "pdf" | "jpeg" | "png" | "docx" | "xlsx" | "odt" | "txt";
                            mediaType: string;
                            size: number;
                            sha256: string | null;
                            protected: boolean;
                            uploadedBy: string | null;
                            uploadedAt: string;
                        };
                    };
                };
                /** @description VALIDATION_FAILED (and INVALID_DATE, DATE_OUT_OF_RANGE, INVALID_OPTION): the request does not match its schema; `errors` lists the fields */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description UNAUTHENTICATED, SESSION_EXPIRED, INVALID_CREDENTIALS: no valid session cookie or API token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description FORBIDDEN, ROLE_NOT_GRANTABLE: signed in, but your roles do not allow this here */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description NOT_FOUND: no such record (or owner type) in your scope */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description CONFLICT, *_TAKEN, *_AMBIGUOUS: the write conflicts with existing data or a concurrent change */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description ATTACHMENT_TOO_LARGE: the file is over ATTACHMENT_MAX_BYTES */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description ATTACHMENT_TYPE_NOT_ALLOWED: the content is none of the accepted kinds */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description ATTACHMENT_EMPTY: the body is empty */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description INTERNAL: an unexpected error; nothing of the internals is revealed */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description ATTACHMENT_PROTECTION_UNAVAILABLE: no encryption key for a protected file */
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
        /** @description RFC 9457 problem details */
        ProblemInput: {
            type: string;
            title: string;
            status: number;
            code: string;
            detail: string;
            instance?: string;
            errors?: {
                path: string;
                message: string;
            }[];
        };
        AuditEntryInput: {
            seq: number;
            /**
             * @description Instant, ISO-8601 UTC
             * @example 2026-11-25T01:00:00.000Z
             */
            at: string;
            actorId: string | null;
            actorName: string;
            action: string;
            entityType: string;
            entityId: string;
            unitId: string | null;
            before: unknown | null;
            after: unknown | null;
            hash: string;
        };
        AuditRefsInput: {
            units: {
                [key: string]: {
                    nameVi: string;
                    nameEn: string | null;
                };
            };
            users: {
                [key: string]: {
                    displayName: string;
                    username: string;
                };
            };
        };
        AuditPageInput: {
            entries: components["schemas"]["AuditEntryInput"][];
            nextBeforeSeq: number | null;
            refs: components["schemas"]["AuditRefsInput"];
        };
        AuditVerifyInput: {
            ok: boolean;
            checked: number;
            firstBrokenSeq: number | null;
            reason: string | null;
            unkeyedEntries: number;
            keyFingerprint: string;
            triggerProblems: string[];
        };
        RoleGrantInput: {
            id: string;
            /** @enum {string} */
            role: "administrator" | "unit_administrator" | "reception_officer" | "case_officer" | "supervisor" | "leader" | "data_clerk";
            unitId: string;
            unitName: string;
        };
        UserInput: {
            id: string;
            username: string;
            displayName: string;
            /** @enum {string} */
            locale: "vi" | "en";
            isActive: boolean;
            lockedSources: string[];
            grants: components["schemas"]["RoleGrantInput"][];
            /**
             * @description Instant, ISO-8601 UTC
             * @example 2026-11-25T01:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Instant, ISO-8601 UTC
             * @example 2026-11-25T01:00:00.000Z
             */
            updatedAt: string;
        };
        UserCreateInput: {
            username: string;
            displayName: string;
            password: string;
            /**
             * @default vi
             * @enum {string}
             */
            locale: "vi" | "en";
            /** @default [] */
            grants: {
                /** @enum {string} */
                role: "administrator" | "unit_administrator" | "reception_officer" | "case_officer" | "supervisor" | "leader" | "data_clerk";
                unitId: string;
            }[];
        };
        UserUpdateInput: {
            displayName?: string;
            /** @enum {string} */
            locale?: "vi" | "en";
            isActive?: boolean;
            password?: string;
            currentPassword?: string;
        };
        LoginInput: {
            username: string;
            password: string;
        };
        MeInput: {
            user: components["schemas"]["UserInput"];
            actions: string[];
        };
        ApiTokenInput: {
            id: string;
            name: string;
            userId: string;
            /**
             * @description Instant, ISO-8601 UTC
             * @example 2026-11-25T01:00:00.000Z
             */
            createdAt: string;
            expiresAt: string | null;
            lastUsedAt: string | null;
            revokedAt: string | null;
        };
        ApiTokenCreateInput: {
            name: string;
            userId?: string;
            expiresInDays?: number;
        };
        ApiTokenCreatedInput: {
            id: string;
            name: string;
            userId: string;
            /**
             * @description Instant, ISO-8601 UTC
             * @example 2026-11-25T01:00:00.000Z
             */
            createdAt: string;
            expiresAt: string | null;
            lastUsedAt: string | null;
            revokedAt: string | null;
            token: string;
        };
        /** @description One year's days off and make-up working Saturdays for civil servants */
        YearScheduleInput: {
            year: number;
            /** @enum {string} */
            source: "official" | "derived" | "custom";
            sourceNote: string;
            daysOff: {
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                date: string;
                name: {
                    vi: string;
                    en: string;
                };
                /** @enum {string} */
                kind: "holiday" | "compensatory" | "swapped";
                /** @enum {string} */
                occasion?: "new-year" | "lunar-new-year" | "hung-kings" | "reunification" | "labour-day" | "national-day";
            }[];
            workingSaturdays: {
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                date: string;
                name: {
                    vi: string;
                    en: string;
                };
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                replaces?: string;
            }[];
        };
        CalendarYearInput: {
            year: number;
            /** @enum {string} */
            source: "official" | "derived" | "custom";
            sourceNote: string;
            daysOff: {
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                date: string;
                name: {
                    vi: string;
                    en: string;
                };
                /** @enum {string} */
                kind: "holiday" | "compensatory" | "swapped";
                /** @enum {string} */
                occasion?: "new-year" | "lunar-new-year" | "hung-kings" | "reunification" | "labour-day" | "national-day";
                weekday: number;
            }[];
            workingSaturdays: {
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                date: string;
                name: {
                    vi: string;
                    en: string;
                };
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                replaces?: string;
            }[];
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            lunarNewYear: string;
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            hungKings: string;
            weekdayDaysOff: number;
            replaces: ("official" | "derived" | "custom") | null;
        };
        CalendarYearChangeInput: {
            sourceNote: string;
            daysOff: {
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                date: string;
                name: {
                    vi: string;
                    en: string;
                };
                /** @enum {string} */
                kind: "holiday" | "compensatory" | "swapped";
                /** @enum {string} */
                occasion?: "new-year" | "lunar-new-year" | "hung-kings" | "reunification" | "labour-day" | "national-day";
            }[];
            workingSaturdays: {
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                date: string;
                name: {
                    vi: string;
                    en: string;
                };
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                replaces?: string;
            }[];
        };
        /** @description A versioned statutory time limit */
        RuleInput: {
            /** @enum {string} */
            id: "petition.handling" | "reception.refusal-notice" | "reception.online-notice" | "complaint.filing" | "complaint.acceptance" | "complaint.resolution" | "complaint.dialogue-notice" | "complaint.suspension-notice" | "complaint.second-filing" | "complaint.send-decision" | "complaint.publish" | "complaint.enforcement" | "denunciation.initial-handling" | "denunciation.transfer" | "denunciation.notify" | "denunciation.resolution" | "denunciation.suspension-notice" | "denunciation.escalation-request" | "denunciation.escalation-report" | "denunciation.further-review";
            /** @enum {string} */
            ruleSet: "2021" | "2026";
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            validFrom: string;
            validTo: string | null;
            title: {
                vi: string;
                en: string;
            };
            source: {
                vi: string;
                en: string;
            };
            /** @enum {string} */
            startEvent: "receipt" | "refusal-grounds" | "learned-of-act" | "acceptance" | "decision" | "decision-received" | "effect" | "dialogue" | "suspension-or-continuation" | "suspension-or-termination" | "resolution-expiry" | "escalation-received" | "report-requested" | "report-request-received" | "further-denunciation" | "online-session";
            /** @enum {string} */
            direction: "after" | "before";
            /** @enum {string} */
            unit: "calendar" | "working";
            count: number;
            variants: {
                when: ("complex" | "remote" | "secondTime" | "withReason")[];
                count: number;
                /** @enum {string} */
                unit?: "calendar" | "working";
                source?: {
                    vi: string;
                    en: string;
                };
            }[];
            extension: {
                daysPerExtension: number;
                maxExtensions: number;
                source: {
                    vi: string;
                    en: string;
                };
            } | null;
            pausable: boolean;
            pauseSource: {
                vi: string;
                en: string;
            } | null;
            pauseTransition?: {
                vi: string;
                en: string;
            };
        };
        DeadlineComputeRequestInput: {
            /** @enum {string} */
            rule: "petition.handling" | "reception.refusal-notice" | "reception.online-notice" | "complaint.filing" | "complaint.acceptance" | "complaint.resolution" | "complaint.dialogue-notice" | "complaint.suspension-notice" | "complaint.second-filing" | "complaint.send-decision" | "complaint.publish" | "complaint.enforcement" | "denunciation.initial-handling" | "denunciation.transfer" | "denunciation.notify" | "denunciation.resolution" | "denunciation.suspension-notice" | "denunciation.escalation-request" | "denunciation.escalation-report" | "denunciation.further-review";
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            start: string;
            events?: {
                /** @enum {string} */
                type: "suspended" | "continued" | "extended";
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                date: string;
                days?: number;
            }[];
            options?: {
                complex?: boolean;
                remote?: boolean;
                secondTime?: boolean;
                withReason?: boolean;
                extensions?: number;
            };
        };
        DeadlineExplanationInput: {
            rule: {
                /** @enum {string} */
                id: "petition.handling" | "reception.refusal-notice" | "reception.online-notice" | "complaint.filing" | "complaint.acceptance" | "complaint.resolution" | "complaint.dialogue-notice" | "complaint.suspension-notice" | "complaint.second-filing" | "complaint.send-decision" | "complaint.publish" | "complaint.enforcement" | "denunciation.initial-handling" | "denunciation.transfer" | "denunciation.notify" | "denunciation.resolution" | "denunciation.suspension-notice" | "denunciation.escalation-request" | "denunciation.escalation-report" | "denunciation.further-review";
                /** @enum {string} */
                ruleSet: "2021" | "2026";
                title: {
                    vi: string;
                    en: string;
                };
                source: {
                    vi: string;
                    en: string;
                };
            };
            /** @enum {string} */
            startEvent: "receipt" | "refusal-grounds" | "learned-of-act" | "acceptance" | "decision" | "decision-received" | "effect" | "dialogue" | "suspension-or-continuation" | "suspension-or-termination" | "resolution-expiry" | "escalation-received" | "report-requested" | "report-request-received" | "further-denunciation" | "online-session";
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            start: string;
            /** @enum {string} */
            direction: "after" | "before";
            /** @enum {string} */
            unit: "calendar" | "working";
            conditions: ("complex" | "remote" | "secondTime" | "withReason")[];
            baseCount: number;
            count: number;
            firstCountedDay: string | null;
            segments: {
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                from: string;
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                to: string;
                days: number;
                counted: boolean;
                /** @enum {string} */
                reason: "counted" | "working-saturday" | "weekend" | "holiday" | "pause";
                name?: {
                    vi: string;
                    en: string;
                };
            }[];
            pauses: {
                /** @enum {string} */
                kind: "suspension" | "obstacle";
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                suspended: string;
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                continued: string;
                /** @enum {string} */
                ruleSet: "2021" | "2026";
                source: {
                    vi: string;
                    en: string;
                };
            }[];
            extensions: {
                date: string | null;
                days: number;
                source: {
                    vi: string;
                    en: string;
                };
            }[];
            shift: {
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                lastDay: string;
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                due: string;
                skipped: {
                    /**
                     * @description Calendar date, YYYY-MM-DD
                     * @example 2026-07-01
                     */
                    from: string;
                    /**
                     * @description Calendar date, YYYY-MM-DD
                     * @example 2026-07-01
                     */
                    to: string;
                    days: number;
                    counted: boolean;
                    /** @enum {string} */
                    reason: "counted" | "working-saturday" | "weekend" | "holiday" | "pause";
                    name?: {
                        vi: string;
                        en: string;
                    };
                }[];
            } | null;
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            due: string;
            notes: {
                vi: string;
                en: string;
            }[];
            derivedYears: number[];
        };
        DeadlineComputeResponseInput: {
            /** @enum {string} */
            rule: "petition.handling" | "reception.refusal-notice" | "reception.online-notice" | "complaint.filing" | "complaint.acceptance" | "complaint.resolution" | "complaint.dialogue-notice" | "complaint.suspension-notice" | "complaint.second-filing" | "complaint.send-decision" | "complaint.publish" | "complaint.enforcement" | "denunciation.initial-handling" | "denunciation.transfer" | "denunciation.notify" | "denunciation.resolution" | "denunciation.suspension-notice" | "denunciation.escalation-request" | "denunciation.escalation-report" | "denunciation.further-review";
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            due: string;
            /** @enum {string} */
            unit: "calendar" | "working";
            count: number;
            /** @enum {string} */
            ruleSet: "2021" | "2026";
            source: {
                vi: string;
                en: string;
            };
            explanation: components["schemas"]["DeadlineExplanationInput"];
        };
        MatterClocksRequestInput: {
            /** @enum {string} */
            matterType: "petition" | "reception" | "complaint" | "denunciation";
            events: {
                /** @enum {string} */
                type: "learned-of-act" | "obstacle-began" | "obstacle-ended" | "received" | "refused" | "refusal-notice-sent" | "online-session-scheduled" | "online-notice-sent" | "accepted" | "rejected" | "transferred" | "guided" | "filed" | "notified" | "complexity-determined" | "extended" | "suspended" | "continued" | "suspension-notice-sent" | "dialogue-scheduled" | "dialogue-notice-sent" | "escalated" | "report-requested" | "report-request-received" | "report-submitted" | "withdrawn" | "terminated" | "decided" | "decision-sent" | "published" | "decision-received" | "decision-effective" | "enforcement-directed" | "second-complaint-received" | "further-denounced" | "further-reviewed";
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                date: string;
                days?: number;
                criteria?: ("several-places" | "several-contents" | "many-people" | "foreign-element" | "several-bodies" | "disagreement" | "conflicting-evidence")[];
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                decisionDate?: string;
            }[];
            options?: {
                complex?: boolean;
                remote?: boolean;
                secondTime?: boolean;
                withReason?: boolean;
                outsideCompetence?: boolean;
            };
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            today: string;
        };
        ClockInput: {
            /** @enum {string} */
            rule: "petition.handling" | "reception.refusal-notice" | "reception.online-notice" | "complaint.filing" | "complaint.acceptance" | "complaint.resolution" | "complaint.dialogue-notice" | "complaint.suspension-notice" | "complaint.second-filing" | "complaint.send-decision" | "complaint.publish" | "complaint.enforcement" | "denunciation.initial-handling" | "denunciation.transfer" | "denunciation.notify" | "denunciation.resolution" | "denunciation.suspension-notice" | "denunciation.escalation-request" | "denunciation.escalation-report" | "denunciation.further-review";
            /** @enum {string} */
            ruleSet: "2021" | "2026";
            title: {
                vi: string;
                en: string;
            };
            source: {
                vi: string;
                en: string;
            };
            /** @enum {string} */
            unit: "calendar" | "working";
            count: number;
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            start: string;
            startedBy: ("learned-of-act" | "obstacle-began" | "obstacle-ended" | "received" | "refused" | "refusal-notice-sent" | "online-session-scheduled" | "online-notice-sent" | "accepted" | "rejected" | "transferred" | "guided" | "filed" | "notified" | "complexity-determined" | "extended" | "suspended" | "continued" | "suspension-notice-sent" | "dialogue-scheduled" | "dialogue-notice-sent" | "escalated" | "report-requested" | "report-request-received" | "report-submitted" | "withdrawn" | "terminated" | "decided" | "decision-sent" | "published" | "decision-received" | "decision-effective" | "enforcement-directed" | "second-complaint-received" | "further-denounced" | "further-reviewed") | null;
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            due: string;
            dueIsProjected: boolean;
            /** @enum {string} */
            state: "running" | "paused" | "met" | "overdue" | "very-overdue";
            completedOn: string | null;
            completedBy: ("learned-of-act" | "obstacle-began" | "obstacle-ended" | "received" | "refused" | "refusal-notice-sent" | "online-session-scheduled" | "online-notice-sent" | "accepted" | "rejected" | "transferred" | "guided" | "filed" | "notified" | "complexity-determined" | "extended" | "suspended" | "continued" | "suspension-notice-sent" | "dialogue-scheduled" | "dialogue-notice-sent" | "escalated" | "report-requested" | "report-request-received" | "report-submitted" | "withdrawn" | "terminated" | "decided" | "decision-sent" | "published" | "decision-received" | "decision-effective" | "enforcement-directed" | "second-complaint-received" | "further-denounced" | "further-reviewed") | null;
            onTime: boolean | null;
            workingDaysLeft: number | null;
            overdueBy: number;
            explanation: components["schemas"]["DeadlineExplanationInput"];
        };
        RuleTableInput: {
            rules: components["schemas"]["RuleInput"][];
            overrides: {
                [key: string]: {
                    /** @enum {string} */
                    ruleSet?: "2021" | "2026";
                    /** @enum {string} */
                    unit?: "calendar" | "working";
                    count?: number;
                    pausable?: boolean;
                };
            };
        };
        HealthInput: {
            /** @enum {string} */
            status: "ok" | "degraded";
            /** @enum {string} */
            database: "sqlite" | "postgres";
            version: string;
        };
        OrgUnitInput: {
            id: string;
            code: string | null;
            nameVi: string;
            nameEn: string | null;
            /** @enum {string} */
            kind: "province" | "district" | "township" | "commune" | "ward" | "party_committee" | "party_body" | "peoples_council" | "peoples_committee" | "agency" | "fatherland_front" | "mass_organisation" | "court" | "procuracy" | "police" | "military" | "other";
            /** @enum {string} */
            level: "central" | "province" | "district" | "commune";
            parentId: string | null;
            validFrom: string | null;
            validTo: string | null;
            note: string | null;
            /**
             * @description Instant, ISO-8601 UTC
             * @example 2026-11-25T01:00:00.000Z
             */
            updatedAt: string;
        };
        OrgUnitCreateInput: {
            id?: string;
            code?: string | null;
            nameVi: string;
            nameEn?: string | null;
            /** @enum {string} */
            kind: "province" | "district" | "township" | "commune" | "ward" | "party_committee" | "party_body" | "peoples_council" | "peoples_committee" | "agency" | "fatherland_front" | "mass_organisation" | "court" | "procuracy" | "police" | "military" | "other";
            /** @enum {string} */
            level: "central" | "province" | "district" | "commune";
            /** @default null */
            parentId: string | null;
            /** @default null */
            validFrom: string | null;
            /** @default null */
            validTo: string | null;
            note?: string | null;
        };
        OrgUnitUpdateInput: {
            code?: string | null;
            nameVi?: string;
            nameEn?: string | null;
            /** @enum {string} */
            kind?: "province" | "district" | "township" | "commune" | "ward" | "party_committee" | "party_body" | "peoples_council" | "peoples_committee" | "agency" | "fatherland_front" | "mass_organisation" | "court" | "procuracy" | "police" | "military" | "other";
            /** @enum {string} */
            level?: "central" | "province" | "district" | "commune";
            parentId?: string | null;
            validFrom?: string | null;
            validTo?: string | null;
            note?: string | null;
        };
        SuccessionEventInput: {
            id: string;
            /** @enum {string} */
            kind: "merge" | "split" | "rename" | "dissolve" | "establish" | "transfer";
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            effectiveDate: string;
            documentNumber: string | null;
            documentDate: string | null;
            documentTitle: string | null;
            note: string | null;
            predecessorIds: string[];
            successorIds: string[];
            /** @description How many units of the event are outside your scope and left out */
            hidden: {
                predecessors: number;
                successors: number;
            };
        };
        SuccessionEventCreateInput: {
            /** @enum {string} */
            kind: "merge" | "split" | "rename" | "dissolve" | "establish" | "transfer";
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            effectiveDate: string;
            documentNumber?: string | null;
            /** @default null */
            documentDate: string | null;
            documentTitle?: string | null;
            note?: string | null;
            /** @default [] */
            predecessorIds: string[];
            /** @default [] */
            successorIds: string[];
        };
        OrgUnitTreeNodeInput: {
            id: string;
            code: string | null;
            nameVi: string;
            nameEn: string | null;
            /** @enum {string} */
            kind: "province" | "district" | "township" | "commune" | "ward" | "party_committee" | "party_body" | "peoples_council" | "peoples_committee" | "agency" | "fatherland_front" | "mass_organisation" | "court" | "procuracy" | "police" | "military" | "other";
            /** @enum {string} */
            level: "central" | "province" | "district" | "commune";
            parentId: string | null;
            validFrom: string | null;
            validTo: string | null;
            note: string | null;
            /**
             * @description Instant, ISO-8601 UTC
             * @example 2026-11-25T01:00:00.000Z
             */
            updatedAt: string;
            children: components["schemas"]["OrgUnitTreeNodeInput"][];
        };
        OrgUnitHistoryInput: {
            unit: components["schemas"]["OrgUnitInput"];
            events: components["schemas"]["SuccessionEventInput"][];
            predecessors: components["schemas"]["OrgUnitInput"][];
            successors: components["schemas"]["OrgUnitInput"][];
            currentUnits: components["schemas"]["OrgUnitInput"][];
            /** @description How many units of each list are outside your scope and left out */
            hidden: {
                predecessors: number;
                successors: number;
                currentUnits: number;
            };
        };
        ReceptionSessionInput: {
            id: string;
            unitId: string;
            /** @enum {string} */
            kind: "regular" | "periodic" | "unscheduled";
            /** @enum {string} */
            form: "in-person" | "online";
            date: string;
            /** @enum {string} */
            presidedBy: "officer" | "head" | "deputy";
            headUserId: string | null;
            presiderName: string;
            presiderPosition: string | null;
            authorisation: {
                number: string;
                date: string;
                signer: string;
                title: string | null;
                attachmentId: string | null;
            } | null;
            place: string | null;
            noticeSentOn: string | null;
            noticeDueOn: string | null;
            note: string | null;
            turnCount: number;
            /**
             * @description Instant, ISO-8601 UTC
             * @example 2026-11-25T01:00:00.000Z
             */
            createdAt: string;
        };
        ReceptionTurnInput: {
            id: string;
            sessionId: string;
            unitId: string;
            registerNumber: string;
            date: string;
            headcount: number;
            isGroup: boolean;
            summary: string;
            /** @enum {string} */
            contentClass: "complaint" | "denunciation" | "proposal" | "reflection";
            note: string | null;
            citizens: {
                citizenId: string;
                fullName: string;
                isRepresentative: boolean;
            }[];
            matters: {
                id: string;
                summary: string;
                /** @enum {string} */
                contentClass: "complaint" | "denunciation" | "proposal" | "reflection";
                /** @enum {string} */
                field: "policies-regimes" | "land-housing" | "civil-service" | "administrative-other" | "corruption" | "judicial" | "party-mass-organisations" | "other";
                withinCompetence: boolean;
                repeatOfMatterId: string | null;
                priorResolutions: {
                    bodyUnitId: string | null;
                    bodyName: string;
                    /** @enum {string} */
                    kind: "complaint-first" | "complaint-second" | "denunciation-conclusion" | "written-answer" | "court-judgment";
                    number: string | null;
                    date: string | null;
                }[];
                /** @enum {string} */
                outcome: "guided" | "petition-received" | "answered" | "refused";
                guidedToBodyName: string | null;
                guidedToUnitId: string | null;
                guidanceDocument: {
                    number: string;
                    date: string;
                    signer: string;
                    title: string | null;
                    attachmentId: string | null;
                } | null;
                refusalGround: ("incapacitated" | "threatening-or-disorderly" | "persistent-after-resolution" | "weapons" | "security-check-refused" | "unauthorised-recording" | "inciting-disorder" | "no-legal-representative" | "representation-unproven" | "not-a-petition" | "answered-no-new-content" | "court-judgment-final" | "handled-elsewhere") | null;
                refusalNoticeDueOn: string | null;
                petitionId: string | null;
            }[];
            /**
             * @description Instant, ISO-8601 UTC
             * @example 2026-11-25T01:00:00.000Z
             */
            createdAt: string;
        };
        CitizenSummaryInput: {
            id: string;
            fullName: string;
            address: string | null;
            identity: {
                /** @enum {string} */
                kind: "citizen-id" | "identity-card" | "identity-certificate" | "personal-id-number" | "passport" | "other";
                number: string;
            } | null;
            phone: string | null;
            gender: ("male" | "female") | null;
            nationality: string;
        };
        ReceptionDutyInput: {
            headUserId: string;
            headName: string;
            month: string;
            required: number;
            held: number;
            shortfall: number;
            deputyNotCounted: number;
            rules: {
                /** @enum {string} */
                per: "month" | "week";
                days: number;
                source: {
                    vi: string;
                    en: string;
                };
            }[];
        };
        DocumentRefInput: {
            number: string;
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            date: string;
            signer: string;
            title?: string | null;
            attachmentId?: string | null;
        };
        CitizenInputInput: {
            /** @description PROTECTED (rule E5): a denouncer’s identity, encrypted at rest unless the denouncer waived protection. */
            fullName: string;
            /** @description PROTECTED (rule E5): a denouncer’s identity, encrypted at rest unless the denouncer waived protection. */
            address?: string | null;
            /** @description PROTECTED (rule E5): a denouncer’s identity, encrypted at rest unless the denouncer waived protection. */
            identity?: {
                /** @enum {string} */
                kind: "citizen-id" | "identity-card" | "identity-certificate" | "personal-id-number" | "passport" | "other";
                number: string;
                issuedOn?: string | null;
                issuedBy?: string | null;
            } | null;
            /** @description PROTECTED (rule E5): a denouncer’s identity, encrypted at rest unless the denouncer waived protection. */
            phone?: string | null;
            gender?: ("male" | "female") | null;
            ethnicity?: string | null;
            /** @default VN */
            nationality: string;
        };
        PetitionCreateInput: {
            receivingUnitId: string;
            /** @enum {string} */
            channel: "reception" | "post" | "online" | "transfer" | "hand-delivered" | "other";
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            receivedOn: string;
            writtenOn?: string | null;
            receptionTurnId?: string | null;
            forwarding?: {
                fromUnitId?: string | null;
                fromName: string;
                document: components["schemas"]["DocumentRefInput"];
            } | null;
            /** @enum {string} */
            filerKind: "individual" | "many" | "organisation";
            organisationName?: string | null;
            /** @default false */
            anonymous: boolean;
            signers: {
                citizen: {
                    citizenId: string;
                } | components["schemas"]["CitizenInputInput"];
                /** @default false */
                isRepresentative: boolean;
                /** @default false */
                protectionWaived: boolean;
            }[];
            representativeAppointment?: components["schemas"]["DocumentRefInput"] | null;
            eligibility: {
                inVietnameseOrTranslated: boolean;
                dated: boolean;
                hasNameAndAddress: boolean;
                signedOrFingerprinted: boolean;
                hasContentElements: boolean;
                legible: boolean;
                sentToSeveralBodies: boolean;
                improperContent: boolean;
            };
            priorResolutions?: {
                bodyUnitId?: string | null;
                bodyName: string;
                /** @enum {string} */
                kind: "complaint-first" | "complaint-second" | "denunciation-conclusion" | "written-answer" | "court-judgment";
                number?: string | null;
                date?: string | null;
            }[];
            contents: {
                /** @enum {string} */
                contentClass: "complaint" | "denunciation" | "proposal" | "reflection";
                /** @enum {string} */
                field: "policies-regimes" | "land-housing" | "civil-service" | "administrative-other" | "corruption" | "judicial" | "party-mass-organisations" | "other";
                summary: string;
                subject?: {
                    /** @enum {string} */
                    kind: "decision" | "act" | "person" | "organisation";
                    name: string;
                    position?: string | null;
                    workplace?: string | null;
                } | null;
                withinCompetence: boolean;
                /** @enum {string} */
                competence: "administrative" | "judicial" | "party" | "elected-body" | "mass-organisation" | "other";
                /** @default false */
                remote: boolean;
                repeatOfMatterId?: string | null;
                learnedOfActOn?: string | null;
                firstTimeMatterId?: string | null;
            }[];
            /** @default [] */
            attachmentIds: string[];
            anonymousFacts?: {
                violatorNamed: boolean;
                hasEvidence: boolean;
                verifiable: boolean;
            } | null;
            note?: string | null;
        };
        ReceptionSessionCreateInput: {
            unitId: string;
            /** @enum {string} */
            kind: "regular" | "periodic" | "unscheduled";
            /**
             * @default in-person
             * @enum {string}
             */
            form: "in-person" | "online";
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            date: string;
            /** @enum {string} */
            presidedBy: "officer" | "head" | "deputy";
            headUserId?: string | null;
            presiderName: string;
            presiderPosition?: string | null;
            authorisation?: components["schemas"]["DocumentRefInput"] | null;
            place?: string | null;
            noticeSentOn?: string | null;
            note?: string | null;
        };
        ReceptionTurnCreateInput: {
            sessionId: string;
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            date: string;
            citizens: {
                citizen: {
                    citizenId: string;
                } | components["schemas"]["CitizenInputInput"];
                /** @default false */
                isRepresentative: boolean;
            }[];
            headcount: number;
            summary: string;
            matters: {
                summary: string;
                /** @enum {string} */
                contentClass: "complaint" | "denunciation" | "proposal" | "reflection";
                /** @enum {string} */
                field: "policies-regimes" | "land-housing" | "civil-service" | "administrative-other" | "corruption" | "judicial" | "party-mass-organisations" | "other";
                withinCompetence: boolean;
                repeatOfMatterId?: string | null;
                priorResolutions?: {
                    bodyUnitId?: string | null;
                    bodyName: string;
                    /** @enum {string} */
                    kind: "complaint-first" | "complaint-second" | "denunciation-conclusion" | "written-answer" | "court-judgment";
                    number?: string | null;
                    date?: string | null;
                }[];
                outcome: {
                    /** @constant */
                    kind: "guided";
                    toBodyName: string;
                    toUnitId?: string | null;
                    guidanceDocument?: components["schemas"]["DocumentRefInput"] | null;
                } | {
                    /** @constant */
                    kind: "petition-received";
                } | {
                    /** @constant */
                    kind: "answered";
                } | {
                    /** @constant */
                    kind: "refused";
                    /** @enum {string} */
                    ground: "incapacitated" | "threatening-or-disorderly" | "persistent-after-resolution" | "weapons" | "security-check-refused" | "unauthorised-recording" | "inciting-disorder" | "no-legal-representative" | "representation-unproven" | "not-a-petition" | "answered-no-new-content" | "court-judgment-final" | "handled-elsewhere";
                };
            }[];
            note?: string | null;
        };
        MatterViewInput: {
            id: string;
            position: number;
            /** @enum {string} */
            contentClass: "complaint" | "denunciation" | "proposal" | "reflection";
            /** @enum {string} */
            field: "policies-regimes" | "land-housing" | "civil-service" | "administrative-other" | "corruption" | "judicial" | "party-mass-organisations" | "other";
            summary: string;
            subject: {
                kind: string;
                name: string;
                position: string | null;
                workplace: string | null;
            } | null;
            round: number;
            remote: boolean;
            withinCompetence: boolean;
            /** @enum {string} */
            competence: "administrative" | "judicial" | "party" | "elected-body" | "mass-organisation" | "other";
            /** @enum {string} */
            status: "received" | "accepted" | "suspended" | "resolved" | "terminated" | "transferred" | "guided" | "urged" | "filed" | "rejected";
            complexity: ("several-places" | "several-contents" | "many-people" | "foreign-element" | "several-bodies" | "disagreement" | "conflicting-evidence")[];
            /** @enum {string} */
            suggestedDirection: "accept" | "transfer" | "guide" | "urge" | "return" | "reject" | "file" | "refuse-reception" | "inspect";
            repeatOfMatterId: string | null;
            firstTimeMatterId: string | null;
            nextDueOn: string | null;
            nextRule: string | null;
            events: {
                /** @enum {string} */
                type: "learned-of-act" | "obstacle-began" | "obstacle-ended" | "received" | "refused" | "refusal-notice-sent" | "online-session-scheduled" | "online-notice-sent" | "accepted" | "rejected" | "transferred" | "guided" | "filed" | "notified" | "complexity-determined" | "extended" | "suspended" | "continued" | "suspension-notice-sent" | "dialogue-scheduled" | "dialogue-notice-sent" | "escalated" | "report-requested" | "report-request-received" | "report-submitted" | "withdrawn" | "terminated" | "decided" | "decision-sent" | "published" | "decision-received" | "decision-effective" | "enforcement-directed" | "second-complaint-received" | "further-denounced" | "further-reviewed";
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                date: string;
                days?: number;
                criteria?: ("several-places" | "several-contents" | "many-people" | "foreign-element" | "several-bodies" | "disagreement" | "conflicting-evidence")[];
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                decisionDate?: string;
            }[];
            clocks: components["schemas"]["ClockInput"][];
            allowedActions: string[];
        };
        PetitionInput: {
            id: string;
            unitId: string;
            registrationNumber: string;
            /** @enum {string} */
            channel: "reception" | "post" | "online" | "transfer" | "hand-delivered" | "other";
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            receivedOn: string;
            writtenOn: string | null;
            receptionTurnId: string | null;
            /** @enum {string} */
            filerKind: "individual" | "many" | "organisation";
            organisationName: string | null;
            /** @enum {string} */
            primaryClass: "complaint" | "denunciation" | "proposal" | "reflection";
            anonymous: boolean;
            eligible: boolean;
            ineligibilityReasons: ("missing-elements" | "sent-to-several-bodies" | "already-guided" | "improper-content" | "illegible")[];
            nextDueOn: string | null;
            signers: {
                position: number;
                isRepresentative: boolean;
                isProtected: boolean;
                protectionWaived: boolean;
                fullName: string;
                address: string | null;
                identity: {
                    /** @enum {string} */
                    kind: "citizen-id" | "identity-card" | "identity-certificate" | "personal-id-number" | "passport" | "other";
                    number: string;
                    issuedOn: string | null;
                    issuedBy: string | null;
                } | null;
                phone: string | null;
                gender: ("male" | "female") | null;
                ethnicity: string | null;
                nationality: string;
            }[];
            matters: components["schemas"]["MatterViewInput"][];
            createdAt: string;
        };
        PetitionIdentityInput: {
            petitionId: string;
            signers: {
                position: number;
                isRepresentative: boolean;
                isProtected: boolean;
                protectionWaived: boolean;
                fullName: string;
                address: string | null;
                identity: {
                    /** @enum {string} */
                    kind: "citizen-id" | "identity-card" | "identity-certificate" | "personal-id-number" | "passport" | "other";
                    number: string;
                    issuedOn: string | null;
                    issuedBy: string | null;
                } | null;
                phone: string | null;
                gender: ("male" | "female") | null;
                ethnicity: string | null;
                nationality: string;
            }[];
        };
        PetitionPageInput: {
            items: {
                id: string;
                unitId: string;
                registrationNumber: string;
                /** @enum {string} */
                channel: "reception" | "post" | "online" | "transfer" | "hand-delivered" | "other";
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                receivedOn: string;
                /** @enum {string} */
                primaryClass: "complaint" | "denunciation" | "proposal" | "reflection";
                signerNames: string[];
                summary: string;
                matterCount: number;
                nextDueOn: string | null;
                overdue: boolean;
            }[];
            hasMore: boolean;
        };
        DuplicateCandidatesInput: {
            candidates: {
                matterId: string;
                petitionId: string;
                unitId: string;
                registrationNumber: string;
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                receivedOn: string;
                /** @enum {string} */
                contentClass: "complaint" | "denunciation" | "proposal" | "reflection";
                summary: string;
                /** @enum {string} */
                status: "received" | "accepted" | "suspended" | "resolved" | "terminated" | "transferred" | "guided" | "urged" | "filed" | "rejected";
                similarity: number;
                samePetitioner: boolean;
                likelyRepeat: boolean;
            }[];
        };
        MyWorkPageInput: {
            items: {
                matterId: string;
                petitionId: string;
                unitId: string;
                registrationNumber: string;
                /** @enum {string} */
                contentClass: "complaint" | "denunciation" | "proposal" | "reflection";
                /** @enum {string} */
                status: "received" | "accepted" | "suspended" | "resolved" | "terminated" | "transferred" | "guided" | "urged" | "filed" | "rejected";
                summary: string;
                nextDueOn: string | null;
                nextRule: string | null;
                state: ("running" | "paused" | "met" | "overdue" | "very-overdue") | null;
            }[];
            hasMore: boolean;
        };
        SessionInput: {
            me: components["schemas"]["MeInput"] | null;
        };
        /** @description RFC 9457 problem details */
        Problem: {
            type: string;
            title: string;
            status: number;
            code: string;
            detail: string;
            instance?: string;
            errors?: {
                path: string;
                message: string;
            }[];
        };
        AuditEntry: {
            seq: number;
            /**
             * @description Instant, ISO-8601 UTC
             * @example 2026-11-25T01:00:00.000Z
             */
            at: string;
            actorId: string | null;
            actorName: string;
            action: string;
            entityType: string;
            entityId: string;
            unitId: string | null;
            before: unknown | null;
            after: unknown | null;
            hash: string;
        };
        AuditRefs: {
            units: {
                [key: string]: {
                    nameVi: string;
                    nameEn: string | null;
                };
            };
            users: {
                [key: string]: {
                    displayName: string;
                    username: string;
                };
            };
        };
        AuditPage: {
            entries: components["schemas"]["AuditEntry"][];
            nextBeforeSeq: number | null;
            refs: components["schemas"]["AuditRefs"];
        };
        AuditVerify: {
            ok: boolean;
            checked: number;
            firstBrokenSeq: number | null;
            reason: string | null;
            unkeyedEntries: number;
            keyFingerprint: string;
            triggerProblems: string[];
        };
        RoleGrant: {
            id: string;
            /** @enum {string} */
            role: "administrator" | "unit_administrator" | "reception_officer" | "case_officer" | "supervisor" | "leader" | "data_clerk";
            unitId: string;
            unitName: string;
        };
        User: {
            id: string;
            username: string;
            displayName: string;
            /** @enum {string} */
            locale: "vi" | "en";
            isActive: boolean;
            lockedSources: string[];
            grants: components["schemas"]["RoleGrant"][];
            /**
             * @description Instant, ISO-8601 UTC
             * @example 2026-11-25T01:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Instant, ISO-8601 UTC
             * @example 2026-11-25T01:00:00.000Z
             */
            updatedAt: string;
        };
        UserCreate: {
            username: string;
            displayName: string;
            password: string;
            /**
             * @default vi
             * @enum {string}
             */
            locale: "vi" | "en";
            /** @default [] */
            grants: {
                /** @enum {string} */
                role: "administrator" | "unit_administrator" | "reception_officer" | "case_officer" | "supervisor" | "leader" | "data_clerk";
                unitId: string;
            }[];
        };
        UserUpdate: {
            displayName?: string;
            /** @enum {string} */
            locale?: "vi" | "en";
            isActive?: boolean;
            password?: string;
            currentPassword?: string;
        };
        Login: {
            username: string;
            password: string;
        };
        Me: {
            user: components["schemas"]["User"];
            actions: string[];
        };
        ApiToken: {
            id: string;
            name: string;
            userId: string;
            /**
             * @description Instant, ISO-8601 UTC
             * @example 2026-11-25T01:00:00.000Z
             */
            createdAt: string;
            expiresAt: string | null;
            lastUsedAt: string | null;
            revokedAt: string | null;
        };
        ApiTokenCreate: {
            name: string;
            userId?: string;
            expiresInDays?: number;
        };
        ApiTokenCreated: {
            id: string;
            name: string;
            userId: string;
            /**
             * @description Instant, ISO-8601 UTC
             * @example 2026-11-25T01:00:00.000Z
             */
            createdAt: string;
            expiresAt: string | null;
            lastUsedAt: string | null;
            revokedAt: string | null;
            token: string;
        };
        /** @description One year's days off and make-up working Saturdays for civil servants */
        YearSchedule: {
            year: number;
            /** @enum {string} */
            source: "official" | "derived" | "custom";
            sourceNote: string;
            daysOff: {
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                date: string;
                name: {
                    vi: string;
                    en: string;
                };
                /** @enum {string} */
                kind: "holiday" | "compensatory" | "swapped";
                /** @enum {string} */
                occasion?: "new-year" | "lunar-new-year" | "hung-kings" | "reunification" | "labour-day" | "national-day";
            }[];
            workingSaturdays: {
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                date: string;
                name: {
                    vi: string;
                    en: string;
                };
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                replaces?: string;
            }[];
        };
        CalendarYear: {
            year: number;
            /** @enum {string} */
            source: "official" | "derived" | "custom";
            sourceNote: string;
            daysOff: {
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                date: string;
                name: {
                    vi: string;
                    en: string;
                };
                /** @enum {string} */
                kind: "holiday" | "compensatory" | "swapped";
                /** @enum {string} */
                occasion?: "new-year" | "lunar-new-year" | "hung-kings" | "reunification" | "labour-day" | "national-day";
                weekday: number;
            }[];
            workingSaturdays: {
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                date: string;
                name: {
                    vi: string;
                    en: string;
                };
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                replaces?: string;
            }[];
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            lunarNewYear: string;
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            hungKings: string;
            weekdayDaysOff: number;
            replaces: ("official" | "derived" | "custom") | null;
        };
        CalendarYearChange: {
            sourceNote: string;
            daysOff: {
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                date: string;
                name: {
                    vi: string;
                    en: string;
                };
                /** @enum {string} */
                kind: "holiday" | "compensatory" | "swapped";
                /** @enum {string} */
                occasion?: "new-year" | "lunar-new-year" | "hung-kings" | "reunification" | "labour-day" | "national-day";
            }[];
            workingSaturdays: {
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                date: string;
                name: {
                    vi: string;
                    en: string;
                };
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                replaces?: string;
            }[];
        };
        /** @description A versioned statutory time limit */
        Rule: {
            /** @enum {string} */
            id: "petition.handling" | "reception.refusal-notice" | "reception.online-notice" | "complaint.filing" | "complaint.acceptance" | "complaint.resolution" | "complaint.dialogue-notice" | "complaint.suspension-notice" | "complaint.second-filing" | "complaint.send-decision" | "complaint.publish" | "complaint.enforcement" | "denunciation.initial-handling" | "denunciation.transfer" | "denunciation.notify" | "denunciation.resolution" | "denunciation.suspension-notice" | "denunciation.escalation-request" | "denunciation.escalation-report" | "denunciation.further-review";
            /** @enum {string} */
            ruleSet: "2021" | "2026";
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            validFrom: string;
            validTo: string | null;
            title: {
                vi: string;
                en: string;
            };
            source: {
                vi: string;
                en: string;
            };
            /** @enum {string} */
            startEvent: "receipt" | "refusal-grounds" | "learned-of-act" | "acceptance" | "decision" | "decision-received" | "effect" | "dialogue" | "suspension-or-continuation" | "suspension-or-termination" | "resolution-expiry" | "escalation-received" | "report-requested" | "report-request-received" | "further-denunciation" | "online-session";
            /** @enum {string} */
            direction: "after" | "before";
            /** @enum {string} */
            unit: "calendar" | "working";
            count: number;
            variants: {
                when: ("complex" | "remote" | "secondTime" | "withReason")[];
                count: number;
                /** @enum {string} */
                unit?: "calendar" | "working";
                source?: {
                    vi: string;
                    en: string;
                };
            }[];
            extension: {
                daysPerExtension: number;
                maxExtensions: number;
                source: {
                    vi: string;
                    en: string;
                };
            } | null;
            pausable: boolean;
            pauseSource: {
                vi: string;
                en: string;
            } | null;
            pauseTransition?: {
                vi: string;
                en: string;
            };
        };
        DeadlineComputeRequest: {
            /** @enum {string} */
            rule: "petition.handling" | "reception.refusal-notice" | "reception.online-notice" | "complaint.filing" | "complaint.acceptance" | "complaint.resolution" | "complaint.dialogue-notice" | "complaint.suspension-notice" | "complaint.second-filing" | "complaint.send-decision" | "complaint.publish" | "complaint.enforcement" | "denunciation.initial-handling" | "denunciation.transfer" | "denunciation.notify" | "denunciation.resolution" | "denunciation.suspension-notice" | "denunciation.escalation-request" | "denunciation.escalation-report" | "denunciation.further-review";
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            start: string;
            events?: {
                /** @enum {string} */
                type: "suspended" | "continued" | "extended";
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                date: string;
                days?: number;
            }[];
            options?: {
                complex?: boolean;
                remote?: boolean;
                secondTime?: boolean;
                withReason?: boolean;
                extensions?: number;
            };
        };
        DeadlineExplanation: {
            rule: {
                /** @enum {string} */
                id: "petition.handling" | "reception.refusal-notice" | "reception.online-notice" | "complaint.filing" | "complaint.acceptance" | "complaint.resolution" | "complaint.dialogue-notice" | "complaint.suspension-notice" | "complaint.second-filing" | "complaint.send-decision" | "complaint.publish" | "complaint.enforcement" | "denunciation.initial-handling" | "denunciation.transfer" | "denunciation.notify" | "denunciation.resolution" | "denunciation.suspension-notice" | "denunciation.escalation-request" | "denunciation.escalation-report" | "denunciation.further-review";
                /** @enum {string} */
                ruleSet: "2021" | "2026";
                title: {
                    vi: string;
                    en: string;
                };
                source: {
                    vi: string;
                    en: string;
                };
            };
            /** @enum {string} */
            startEvent: "receipt" | "refusal-grounds" | "learned-of-act" | "acceptance" | "decision" | "decision-received" | "effect" | "dialogue" | "suspension-or-continuation" | "suspension-or-termination" | "resolution-expiry" | "escalation-received" | "report-requested" | "report-request-received" | "further-denunciation" | "online-session";
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            start: string;
            /** @enum {string} */
            direction: "after" | "before";
            /** @enum {string} */
            unit: "calendar" | "working";
            conditions: ("complex" | "remote" | "secondTime" | "withReason")[];
            baseCount: number;
            count: number;
            firstCountedDay: string | null;
            segments: {
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                from: string;
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                to: string;
                days: number;
                counted: boolean;
                /** @enum {string} */
                reason: "counted" | "working-saturday" | "weekend" | "holiday" | "pause";
                name?: {
                    vi: string;
                    en: string;
                };
            }[];
            pauses: {
                /** @enum {string} */
                kind: "suspension" | "obstacle";
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                suspended: string;
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                continued: string;
                /** @enum {string} */
                ruleSet: "2021" | "2026";
                source: {
                    vi: string;
                    en: string;
                };
            }[];
            extensions: {
                date: string | null;
                days: number;
                source: {
                    vi: string;
                    en: string;
                };
            }[];
            shift: {
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                lastDay: string;
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                due: string;
                skipped: {
                    /**
                     * @description Calendar date, YYYY-MM-DD
                     * @example 2026-07-01
                     */
                    from: string;
                    /**
                     * @description Calendar date, YYYY-MM-DD
                     * @example 2026-07-01
                     */
                    to: string;
                    days: number;
                    counted: boolean;
                    /** @enum {string} */
                    reason: "counted" | "working-saturday" | "weekend" | "holiday" | "pause";
                    name?: {
                        vi: string;
                        en: string;
                    };
                }[];
            } | null;
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            due: string;
            notes: {
                vi: string;
                en: string;
            }[];
            derivedYears: number[];
        };
        DeadlineComputeResponse: {
            /** @enum {string} */
            rule: "petition.handling" | "reception.refusal-notice" | "reception.online-notice" | "complaint.filing" | "complaint.acceptance" | "complaint.resolution" | "complaint.dialogue-notice" | "complaint.suspension-notice" | "complaint.second-filing" | "complaint.send-decision" | "complaint.publish" | "complaint.enforcement" | "denunciation.initial-handling" | "denunciation.transfer" | "denunciation.notify" | "denunciation.resolution" | "denunciation.suspension-notice" | "denunciation.escalation-request" | "denunciation.escalation-report" | "denunciation.further-review";
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            due: string;
            /** @enum {string} */
            unit: "calendar" | "working";
            count: number;
            /** @enum {string} */
            ruleSet: "2021" | "2026";
            source: {
                vi: string;
                en: string;
            };
            explanation: components["schemas"]["DeadlineExplanation"];
        };
        MatterClocksRequest: {
            /** @enum {string} */
            matterType: "petition" | "reception" | "complaint" | "denunciation";
            events: {
                /** @enum {string} */
                type: "learned-of-act" | "obstacle-began" | "obstacle-ended" | "received" | "refused" | "refusal-notice-sent" | "online-session-scheduled" | "online-notice-sent" | "accepted" | "rejected" | "transferred" | "guided" | "filed" | "notified" | "complexity-determined" | "extended" | "suspended" | "continued" | "suspension-notice-sent" | "dialogue-scheduled" | "dialogue-notice-sent" | "escalated" | "report-requested" | "report-request-received" | "report-submitted" | "withdrawn" | "terminated" | "decided" | "decision-sent" | "published" | "decision-received" | "decision-effective" | "enforcement-directed" | "second-complaint-received" | "further-denounced" | "further-reviewed";
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                date: string;
                days?: number;
                criteria?: ("several-places" | "several-contents" | "many-people" | "foreign-element" | "several-bodies" | "disagreement" | "conflicting-evidence")[];
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                decisionDate?: string;
            }[];
            options?: {
                complex?: boolean;
                remote?: boolean;
                secondTime?: boolean;
                withReason?: boolean;
                outsideCompetence?: boolean;
            };
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            today: string;
        };
        Clock: {
            /** @enum {string} */
            rule: "petition.handling" | "reception.refusal-notice" | "reception.online-notice" | "complaint.filing" | "complaint.acceptance" | "complaint.resolution" | "complaint.dialogue-notice" | "complaint.suspension-notice" | "complaint.second-filing" | "complaint.send-decision" | "complaint.publish" | "complaint.enforcement" | "denunciation.initial-handling" | "denunciation.transfer" | "denunciation.notify" | "denunciation.resolution" | "denunciation.suspension-notice" | "denunciation.escalation-request" | "denunciation.escalation-report" | "denunciation.further-review";
            /** @enum {string} */
            ruleSet: "2021" | "2026";
            title: {
                vi: string;
                en: string;
            };
            source: {
                vi: string;
                en: string;
            };
            /** @enum {string} */
            unit: "calendar" | "working";
            count: number;
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            start: string;
            startedBy: ("learned-of-act" | "obstacle-began" | "obstacle-ended" | "received" | "refused" | "refusal-notice-sent" | "online-session-scheduled" | "online-notice-sent" | "accepted" | "rejected" | "transferred" | "guided" | "filed" | "notified" | "complexity-determined" | "extended" | "suspended" | "continued" | "suspension-notice-sent" | "dialogue-scheduled" | "dialogue-notice-sent" | "escalated" | "report-requested" | "report-request-received" | "report-submitted" | "withdrawn" | "terminated" | "decided" | "decision-sent" | "published" | "decision-received" | "decision-effective" | "enforcement-directed" | "second-complaint-received" | "further-denounced" | "further-reviewed") | null;
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            due: string;
            dueIsProjected: boolean;
            /** @enum {string} */
            state: "running" | "paused" | "met" | "overdue" | "very-overdue";
            completedOn: string | null;
            completedBy: ("learned-of-act" | "obstacle-began" | "obstacle-ended" | "received" | "refused" | "refusal-notice-sent" | "online-session-scheduled" | "online-notice-sent" | "accepted" | "rejected" | "transferred" | "guided" | "filed" | "notified" | "complexity-determined" | "extended" | "suspended" | "continued" | "suspension-notice-sent" | "dialogue-scheduled" | "dialogue-notice-sent" | "escalated" | "report-requested" | "report-request-received" | "report-submitted" | "withdrawn" | "terminated" | "decided" | "decision-sent" | "published" | "decision-received" | "decision-effective" | "enforcement-directed" | "second-complaint-received" | "further-denounced" | "further-reviewed") | null;
            onTime: boolean | null;
            workingDaysLeft: number | null;
            overdueBy: number;
            explanation: components["schemas"]["DeadlineExplanation"];
        };
        RuleTable: {
            rules: components["schemas"]["Rule"][];
            overrides: {
                [key: string]: {
                    /** @enum {string} */
                    ruleSet?: "2021" | "2026";
                    /** @enum {string} */
                    unit?: "calendar" | "working";
                    count?: number;
                    pausable?: boolean;
                };
            };
        };
        Health: {
            /** @enum {string} */
            status: "ok" | "degraded";
            /** @enum {string} */
            database: "sqlite" | "postgres";
            version: string;
        };
        OrgUnit: {
            id: string;
            code: string | null;
            nameVi: string;
            nameEn: string | null;
            /** @enum {string} */
            kind: "province" | "district" | "township" | "commune" | "ward" | "party_committee" | "party_body" | "peoples_council" | "peoples_committee" | "agency" | "fatherland_front" | "mass_organisation" | "court" | "procuracy" | "police" | "military" | "other";
            /** @enum {string} */
            level: "central" | "province" | "district" | "commune";
            parentId: string | null;
            validFrom: string | null;
            validTo: string | null;
            note: string | null;
            /**
             * @description Instant, ISO-8601 UTC
             * @example 2026-11-25T01:00:00.000Z
             */
            updatedAt: string;
        };
        OrgUnitCreate: {
            id?: string;
            code: unknown;
            nameVi: string;
            nameEn: unknown;
            /** @enum {string} */
            kind: "province" | "district" | "township" | "commune" | "ward" | "party_committee" | "party_body" | "peoples_council" | "peoples_committee" | "agency" | "fatherland_front" | "mass_organisation" | "court" | "procuracy" | "police" | "military" | "other";
            /** @enum {string} */
            level: "central" | "province" | "district" | "commune";
            /** @default null */
            parentId: string | null;
            /** @default null */
            validFrom: string | null;
            /** @default null */
            validTo: string | null;
            note: unknown;
        };
        OrgUnitUpdate: {
            code?: unknown;
            nameVi?: string;
            nameEn?: unknown;
            /** @enum {string} */
            kind?: "province" | "district" | "township" | "commune" | "ward" | "party_committee" | "party_body" | "peoples_council" | "peoples_committee" | "agency" | "fatherland_front" | "mass_organisation" | "court" | "procuracy" | "police" | "military" | "other";
            /** @enum {string} */
            level?: "central" | "province" | "district" | "commune";
            parentId?: string | null;
            validFrom?: string | null;
            validTo?: string | null;
            note?: unknown;
        };
        SuccessionEvent: {
            id: string;
            /** @enum {string} */
            kind: "merge" | "split" | "rename" | "dissolve" | "establish" | "transfer";
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            effectiveDate: string;
            documentNumber: string | null;
            documentDate: string | null;
            documentTitle: string | null;
            note: string | null;
            predecessorIds: string[];
            successorIds: string[];
            /** @description How many units of the event are outside your scope and left out */
            hidden: {
                predecessors: number;
                successors: number;
            };
        };
        SuccessionEventCreate: {
            /** @enum {string} */
            kind: "merge" | "split" | "rename" | "dissolve" | "establish" | "transfer";
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            effectiveDate: string;
            documentNumber: unknown;
            /** @default null */
            documentDate: string | null;
            documentTitle: unknown;
            note: unknown;
            /** @default [] */
            predecessorIds: string[];
            /** @default [] */
            successorIds: string[];
        };
        OrgUnitTreeNode: {
            id: string;
            code: string | null;
            nameVi: string;
            nameEn: string | null;
            /** @enum {string} */
            kind: "province" | "district" | "township" | "commune" | "ward" | "party_committee" | "party_body" | "peoples_council" | "peoples_committee" | "agency" | "fatherland_front" | "mass_organisation" | "court" | "procuracy" | "police" | "military" | "other";
            /** @enum {string} */
            level: "central" | "province" | "district" | "commune";
            parentId: string | null;
            validFrom: string | null;
            validTo: string | null;
            note: string | null;
            /**
             * @description Instant, ISO-8601 UTC
             * @example 2026-11-25T01:00:00.000Z
             */
            updatedAt: string;
            children: components["schemas"]["OrgUnitTreeNode"][];
        };
        OrgUnitHistory: {
            unit: components["schemas"]["OrgUnit"];
            events: components["schemas"]["SuccessionEvent"][];
            predecessors: components["schemas"]["OrgUnit"][];
            successors: components["schemas"]["OrgUnit"][];
            currentUnits: components["schemas"]["OrgUnit"][];
            /** @description How many units of each list are outside your scope and left out */
            hidden: {
                predecessors: number;
                successors: number;
                currentUnits: number;
            };
        };
        ReceptionSession: {
            id: string;
            unitId: string;
            /** @enum {string} */
            kind: "regular" | "periodic" | "unscheduled";
            /** @enum {string} */
            form: "in-person" | "online";
            date: string;
            /** @enum {string} */
            presidedBy: "officer" | "head" | "deputy";
            headUserId: string | null;
            presiderName: string;
            presiderPosition: string | null;
            authorisation: {
                number: string;
                date: string;
                signer: string;
                title: string | null;
                attachmentId: string | null;
            } | null;
            place: string | null;
            noticeSentOn: string | null;
            noticeDueOn: string | null;
            note: string | null;
            turnCount: number;
            /**
             * @description Instant, ISO-8601 UTC
             * @example 2026-11-25T01:00:00.000Z
             */
            createdAt: string;
        };
        ReceptionTurn: {
            id: string;
            sessionId: string;
            unitId: string;
            registerNumber: string;
            date: string;
            headcount: number;
            isGroup: boolean;
            summary: string;
            /** @enum {string} */
            contentClass: "complaint" | "denunciation" | "proposal" | "reflection";
            note: string | null;
            citizens: {
                citizenId: string;
                fullName: string;
                isRepresentative: boolean;
            }[];
            matters: {
                id: string;
                summary: string;
                /** @enum {string} */
                contentClass: "complaint" | "denunciation" | "proposal" | "reflection";
                /** @enum {string} */
                field: "policies-regimes" | "land-housing" | "civil-service" | "administrative-other" | "corruption" | "judicial" | "party-mass-organisations" | "other";
                withinCompetence: boolean;
                repeatOfMatterId: string | null;
                priorResolutions: {
                    bodyUnitId: string | null;
                    bodyName: string;
                    /** @enum {string} */
                    kind: "complaint-first" | "complaint-second" | "denunciation-conclusion" | "written-answer" | "court-judgment";
                    number: string | null;
                    date: string | null;
                }[];
                /** @enum {string} */
                outcome: "guided" | "petition-received" | "answered" | "refused";
                guidedToBodyName: string | null;
                guidedToUnitId: string | null;
                guidanceDocument: {
                    number: string;
                    date: string;
                    signer: string;
                    title: string | null;
                    attachmentId: string | null;
                } | null;
                refusalGround: ("incapacitated" | "threatening-or-disorderly" | "persistent-after-resolution" | "weapons" | "security-check-refused" | "unauthorised-recording" | "inciting-disorder" | "no-legal-representative" | "representation-unproven" | "not-a-petition" | "answered-no-new-content" | "court-judgment-final" | "handled-elsewhere") | null;
                refusalNoticeDueOn: string | null;
                petitionId: string | null;
            }[];
            /**
             * @description Instant, ISO-8601 UTC
             * @example 2026-11-25T01:00:00.000Z
             */
            createdAt: string;
        };
        CitizenSummary: {
            id: string;
            fullName: string;
            address: string | null;
            identity: {
                /** @enum {string} */
                kind: "citizen-id" | "identity-card" | "identity-certificate" | "personal-id-number" | "passport" | "other";
                number: string;
            } | null;
            phone: string | null;
            gender: ("male" | "female") | null;
            nationality: string;
        };
        ReceptionDuty: {
            headUserId: string;
            headName: string;
            month: string;
            required: number;
            held: number;
            shortfall: number;
            deputyNotCounted: number;
            rules: {
                /** @enum {string} */
                per: "month" | "week";
                days: number;
                source: {
                    vi: string;
                    en: string;
                };
            }[];
        };
        DocumentRef: {
            number: string;
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            date: string;
            signer: string;
            title: unknown;
            attachmentId: unknown;
        };
        CitizenInput: {
            /** @description PROTECTED (rule E5): a denouncer’s identity, encrypted at rest unless the denouncer waived protection. */
            fullName: string;
            /** @description PROTECTED (rule E5): a denouncer’s identity, encrypted at rest unless the denouncer waived protection. */
            address: unknown;
            /** @description PROTECTED (rule E5): a denouncer’s identity, encrypted at rest unless the denouncer waived protection. */
            identity: unknown;
            /** @description PROTECTED (rule E5): a denouncer’s identity, encrypted at rest unless the denouncer waived protection. */
            phone: unknown;
            gender: unknown;
            ethnicity: unknown;
            /** @default VN */
            nationality: string;
        };
        PetitionCreate: {
            receivingUnitId: string;
            /** @enum {string} */
            channel: "reception" | "post" | "online" | "transfer" | "hand-delivered" | "other";
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            receivedOn: string;
            writtenOn: unknown;
            receptionTurnId: unknown;
            forwarding: unknown;
            /** @enum {string} */
            filerKind: "individual" | "many" | "organisation";
            organisationName: unknown;
            /** @default false */
            anonymous: boolean;
            signers: {
                citizen: {
                    citizenId: string;
                } | components["schemas"]["CitizenInput"];
                /** @default false */
                isRepresentative: boolean;
                /** @default false */
                protectionWaived: boolean;
            }[];
            representativeAppointment: unknown;
            eligibility: {
                inVietnameseOrTranslated: boolean;
                dated: boolean;
                hasNameAndAddress: boolean;
                signedOrFingerprinted: boolean;
                hasContentElements: boolean;
                legible: boolean;
                sentToSeveralBodies: boolean;
                improperContent: boolean;
            };
            /** @default [] */
            priorResolutions: {
                bodyUnitId: unknown;
                bodyName: string;
                /** @enum {string} */
                kind: "complaint-first" | "complaint-second" | "denunciation-conclusion" | "written-answer" | "court-judgment";
                number: unknown;
                date: unknown;
            }[];
            contents: {
                /** @enum {string} */
                contentClass: "complaint" | "denunciation" | "proposal" | "reflection";
                /** @enum {string} */
                field: "policies-regimes" | "land-housing" | "civil-service" | "administrative-other" | "corruption" | "judicial" | "party-mass-organisations" | "other";
                summary: string;
                subject: unknown;
                withinCompetence: boolean;
                /** @enum {string} */
                competence: "administrative" | "judicial" | "party" | "elected-body" | "mass-organisation" | "other";
                /** @default false */
                remote: boolean;
                repeatOfMatterId: unknown;
                learnedOfActOn: unknown;
                firstTimeMatterId: unknown;
            }[];
            /** @default [] */
            attachmentIds: string[];
            anonymousFacts: unknown;
            note: unknown;
        };
        ReceptionSessionCreate: {
            unitId: string;
            /** @enum {string} */
            kind: "regular" | "periodic" | "unscheduled";
            /**
             * @default in-person
             * @enum {string}
             */
            form: "in-person" | "online";
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            date: string;
            /** @enum {string} */
            presidedBy: "officer" | "head" | "deputy";
            headUserId: unknown;
            presiderName: string;
            presiderPosition: unknown;
            authorisation: unknown;
            place: unknown;
            noticeSentOn: unknown;
            note: unknown;
        };
        ReceptionTurnCreate: {
            sessionId: string;
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            date: string;
            citizens: {
                citizen: {
                    citizenId: string;
                } | components["schemas"]["CitizenInput"];
                /** @default false */
                isRepresentative: boolean;
            }[];
            headcount: number;
            summary: string;
            matters: {
                summary: string;
                /** @enum {string} */
                contentClass: "complaint" | "denunciation" | "proposal" | "reflection";
                /** @enum {string} */
                field: "policies-regimes" | "land-housing" | "civil-service" | "administrative-other" | "corruption" | "judicial" | "party-mass-organisations" | "other";
                withinCompetence: boolean;
                repeatOfMatterId: unknown;
                /** @default [] */
                priorResolutions: {
                    bodyUnitId: unknown;
                    bodyName: string;
                    /** @enum {string} */
                    kind: "complaint-first" | "complaint-second" | "denunciation-conclusion" | "written-answer" | "court-judgment";
                    number: unknown;
                    date: unknown;
                }[];
                outcome: {
                    /** @constant */
                    kind: "guided";
                    toBodyName: string;
                    toUnitId: unknown;
                    guidanceDocument: unknown;
                } | {
                    /** @constant */
                    kind: "petition-received";
                } | {
                    /** @constant */
                    kind: "answered";
                } | {
                    /** @constant */
                    kind: "refused";
                    /** @enum {string} */
                    ground: "incapacitated" | "threatening-or-disorderly" | "persistent-after-resolution" | "weapons" | "security-check-refused" | "unauthorised-recording" | "inciting-disorder" | "no-legal-representative" | "representation-unproven" | "not-a-petition" | "answered-no-new-content" | "court-judgment-final" | "handled-elsewhere";
                };
            }[];
            note: unknown;
        };
        MatterView: {
            id: string;
            position: number;
            /** @enum {string} */
            contentClass: "complaint" | "denunciation" | "proposal" | "reflection";
            /** @enum {string} */
            field: "policies-regimes" | "land-housing" | "civil-service" | "administrative-other" | "corruption" | "judicial" | "party-mass-organisations" | "other";
            summary: string;
            subject: {
                kind: string;
                name: string;
                position: string | null;
                workplace: string | null;
            } | null;
            round: number;
            remote: boolean;
            withinCompetence: boolean;
            /** @enum {string} */
            competence: "administrative" | "judicial" | "party" | "elected-body" | "mass-organisation" | "other";
            /** @enum {string} */
            status: "received" | "accepted" | "suspended" | "resolved" | "terminated" | "transferred" | "guided" | "urged" | "filed" | "rejected";
            complexity: ("several-places" | "several-contents" | "many-people" | "foreign-element" | "several-bodies" | "disagreement" | "conflicting-evidence")[];
            /** @enum {string} */
            suggestedDirection: "accept" | "transfer" | "guide" | "urge" | "return" | "reject" | "file" | "refuse-reception" | "inspect";
            repeatOfMatterId: string | null;
            firstTimeMatterId: string | null;
            nextDueOn: string | null;
            nextRule: string | null;
            events: {
                /** @enum {string} */
                type: "learned-of-act" | "obstacle-began" | "obstacle-ended" | "received" | "refused" | "refusal-notice-sent" | "online-session-scheduled" | "online-notice-sent" | "accepted" | "rejected" | "transferred" | "guided" | "filed" | "notified" | "complexity-determined" | "extended" | "suspended" | "continued" | "suspension-notice-sent" | "dialogue-scheduled" | "dialogue-notice-sent" | "escalated" | "report-requested" | "report-request-received" | "report-submitted" | "withdrawn" | "terminated" | "decided" | "decision-sent" | "published" | "decision-received" | "decision-effective" | "enforcement-directed" | "second-complaint-received" | "further-denounced" | "further-reviewed";
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                date: string;
                days?: number;
                criteria?: ("several-places" | "several-contents" | "many-people" | "foreign-element" | "several-bodies" | "disagreement" | "conflicting-evidence")[];
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                decisionDate?: string;
            }[];
            clocks: components["schemas"]["Clock"][];
            allowedActions: string[];
        };
        Petition: {
            id: string;
            unitId: string;
            registrationNumber: string;
            /** @enum {string} */
            channel: "reception" | "post" | "online" | "transfer" | "hand-delivered" | "other";
            /**
             * @description Calendar date, YYYY-MM-DD
             * @example 2026-07-01
             */
            receivedOn: string;
            writtenOn: string | null;
            receptionTurnId: string | null;
            /** @enum {string} */
            filerKind: "individual" | "many" | "organisation";
            organisationName: string | null;
            /** @enum {string} */
            primaryClass: "complaint" | "denunciation" | "proposal" | "reflection";
            anonymous: boolean;
            eligible: boolean;
            ineligibilityReasons: ("missing-elements" | "sent-to-several-bodies" | "already-guided" | "improper-content" | "illegible")[];
            nextDueOn: string | null;
            signers: {
                position: number;
                isRepresentative: boolean;
                isProtected: boolean;
                protectionWaived: boolean;
                fullName: string;
                address: string | null;
                identity: {
                    /** @enum {string} */
                    kind: "citizen-id" | "identity-card" | "identity-certificate" | "personal-id-number" | "passport" | "other";
                    number: string;
                    issuedOn: string | null;
                    issuedBy: string | null;
                } | null;
                phone: string | null;
                gender: ("male" | "female") | null;
                ethnicity: string | null;
                nationality: string;
            }[];
            matters: components["schemas"]["MatterView"][];
            createdAt: string;
        };
        PetitionIdentity: {
            petitionId: string;
            signers: {
                position: number;
                isRepresentative: boolean;
                isProtected: boolean;
                protectionWaived: boolean;
                fullName: string;
                address: string | null;
                identity: {
                    /** @enum {string} */
                    kind: "citizen-id" | "identity-card" | "identity-certificate" | "personal-id-number" | "passport" | "other";
                    number: string;
                    issuedOn: string | null;
                    issuedBy: string | null;
                } | null;
                phone: string | null;
                gender: ("male" | "female") | null;
                ethnicity: string | null;
                nationality: string;
            }[];
        };
        PetitionPage: {
            items: {
                id: string;
                unitId: string;
                registrationNumber: string;
                /** @enum {string} */
                channel: "reception" | "post" | "online" | "transfer" | "hand-delivered" | "other";
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                receivedOn: string;
                /** @enum {string} */
                primaryClass: "complaint" | "denunciation" | "proposal" | "reflection";
                signerNames: string[];
                summary: string;
                matterCount: number;
                nextDueOn: string | null;
                overdue: boolean;
            }[];
            hasMore: boolean;
        };
        DuplicateCandidates: {
            candidates: {
                matterId: string;
                petitionId: string;
                unitId: string;
                registrationNumber: string;
                /**
                 * @description Calendar date, YYYY-MM-DD
                 * @example 2026-07-01
                 */
                receivedOn: string;
                /** @enum {string} */
                contentClass: "complaint" | "denunciation" | "proposal" | "reflection";
                summary: string;
                /** @enum {string} */
                status: "received" | "accepted" | "suspended" | "resolved" | "terminated" | "transferred" | "guided" | "urged" | "filed" | "rejected";
                similarity: number;
                samePetitioner: boolean;
                likelyRepeat: boolean;
            }[];
        };
        MyWorkPage: {
            items: {
                matterId: string;
                petitionId: string;
                unitId: string;
                registrationNumber: string;
                /** @enum {string} */
                contentClass: "complaint" | "denunciation" | "proposal" | "reflection";
                /** @enum {string} */
                status: "received" | "accepted" | "suspended" | "resolved" | "terminated" | "transferred" | "guided" | "urged" | "filed" | "rejected";
                summary: string;
                nextDueOn: string | null;
                nextRule: string | null;
                state: ("running" | "paused" | "met" | "overdue" | "very-overdue") | null;
            }[];
            hasMore: boolean;
        };
        Session: {
            me: components["schemas"]["Me"] | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
