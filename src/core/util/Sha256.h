#pragma once

#include <QByteArrayView>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;
struct evp_md_ctx_st;

namespace blihops {

// SHA-256 of large data (archives, dumps, files), by OpenSSL's EVP, which uses the CPU's SHA
// instructions where it has them; QCryptographicHash does not.
// Digests are the 64 lowercase hex digits sha256sum prints.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void add(QByteArrayView bytes);
    qint64 size() const { return m_size; } // bytes added so far
    // The digest of everything added; nothing may be added after it.
    QString hex();

    // Every byte of device (a file open for reading) from where it stands to its end, read in
    // blocks; progress gets the bytes read so far after each block. nullopt when reading fails
    // or *cancel becomes true.
    static std::optional<QString> of(QIODevice &device, const std::atomic<bool> *cancel = nullptr,
                                     const std::function<void(qint64)> &progress = {});

private:
    std::unique_ptr<evp_md_ctx_st, void (*)(evp_md_ctx_st *)> m_context;
    qint64 m_size = 0;
    QString m_hex; // once finished
};

} // namespace blihops
