-- Personal API tokens for the read API (/api/v1, src/server/api_v1). The token itself is shown once
-- to its owner and never stored: only its SHA-256, so a copy of the database opens no API access.
-- A token carries no role of its own: each request reads the owner's current role and standing, so
-- a disabled account's tokens stop at once and a changed role applies to them too. Times are Unix
-- seconds, like sessions.
CREATE TABLE api_tokens (
    id           TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- What the owner called it ("R notebook"): it names no one.
    name         TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    -- Only 'read' exists: the API has no writes.
    scope        TEXT NOT NULL CHECK (scope IN ('read')),
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    -- Written at most once a minute per token.
    last_used_at BIGINT,
    revoked_at   BIGINT,
    revoked_by   TEXT REFERENCES users (id)
);
CREATE INDEX api_tokens_user ON api_tokens (user_id, created_at);
