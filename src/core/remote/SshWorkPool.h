#pragma once

class QThreadPool;

namespace blihops {

// The threads for work that blocks on SSH (starting a master, reading host keys, opening
// forwards): a pool of their own, bounded, so that hosts that never answer cannot take the
// threads that dialogs and file reads use (QThreadPool::globalInstance()).
QThreadPool *sshWorkPool();

} // namespace blihops
