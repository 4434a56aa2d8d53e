#pragma once

#include <QString>

namespace blihops {

class Workspace;

// The BlihOps Talent Platform's own environments, written into a new workspace on its
// first use: development, staging and production, with compose files this build ships.
class BuiltinProfile
{
public:
    // Where the shipped compose files are copied to for this user.
    static QString defaultDirectory();

    // Copies the profile's files into directory (keeping any the user has edited) and, if the
    // workspace never had the profile, adds its environments. Returns whether it added them.
    static bool ensure(Workspace &workspace, const QString &directory = defaultDirectory());
};

} // namespace blihops
