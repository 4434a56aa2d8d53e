#include "util/Sha256.h"

#include <QIODevice>
#include <openssl/evp.h>
#include <stdexcept>

namespace blihops {

namespace {

void check(int status, const char *what)
{
    // Only an allocation failure or a broken OpenSSL makes these fail.
    if (status != 1)
        throw std::runtime_error(what);
}

} // namespace

Sha256::Sha256() : m_context(EVP_MD_CTX_new(), EVP_MD_CTX_free)
{
    if (!m_context)
        throw std::bad_alloc();
    check(EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr), "EVP_DigestInit_ex(SHA-256)");
}

Sha256::~Sha256() = default;

void Sha256::add(QByteArrayView bytes)
{
    Q_ASSERT(m_hex.isEmpty());
    check(EVP_DigestUpdate(m_context.get(), bytes.data(), size_t(bytes.size())),
          "EVP_DigestUpdate(SHA-256)");
    m_size += bytes.size();
}

QString Sha256::hex()
{
    if (m_hex.isEmpty()) {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        check(EVP_DigestFinal_ex(m_context.get(), digest, &length), "EVP_DigestFinal_ex(SHA-256)");
        m_hex = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
    }
    return m_hex;
}

std::optional<QString> Sha256::of(QIODevice &device, const std::atomic<bool> *cancel,
                                  const std::function<void(qint64)> &progress)
{
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load())
            return std::nullopt;
        const qint64 got = device.read(buffer.data(), buffer.size());
        if (got < 0)
            return std::nullopt;
        if (got == 0)
            break;
        hash.add(QByteArrayView(buffer.constData(), got));
        if (progress)
            progress(hash.size());
    }
    return hash.hex();
}

} // namespace blihops
