#pragma once

namespace blihops {

// The console and blihopsctl share one identity, so that both find the same default
// workspace, built-in profile and log folder.
void setApplicationIdentity();

} // namespace blihops
