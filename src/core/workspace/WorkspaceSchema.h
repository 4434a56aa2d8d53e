#pragma once

namespace blihops {

class Workspace;

// The one versioned schema, with forward migrations written once for SQLite and
// PostgreSQL (placeholders stand for the few types that differ).
class WorkspaceSchema
{
public:
    static int knownVersion();
    // 0 for an empty store.
    static int currentVersion(Workspace &workspace);
    // Applies the missing migrations in one transaction. Throws Error(Workspace) without
    // touching anything when the store's schema is newer than knownVersion().
    static void migrate(Workspace &workspace);
};

} // namespace blihops
