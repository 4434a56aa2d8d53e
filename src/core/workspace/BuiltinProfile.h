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

    // Copies the profile's files into this user's folder (keeping any the user has edited)
    // and, if the workspace never had the profile, adds its environments. Returns whether it
    // added them.
    static bool ensure(Workspace &workspace);

    // A team's workspace is read on every member's machine, each with a copy of the profile
    // of their own: a path to a profile file is stored as "profile:NAME" and read back as
    // this user's copy. Paths that earlier versions stored (a member's own copy, anywhere)
    // are recognised by the folder names the console uses.
    static QString toStored(const QString &path);
    static QString resolve(const QString &stored);
};

} // namespace blihops
