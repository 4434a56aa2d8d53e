#include "docker/TlsMaterial.h"

#include "util/Error.h"

#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace blihops {

QString TlsMaterial::defaultDirectory()
{
    const QString configured = qEnvironmentVariable("DOCKER_CERT_PATH");
    return configured.isEmpty() ? QDir::home().filePath(QStringLiteral(".docker")) : configured;
}

QSslConfiguration TlsMaterial::load(const QString &directory)
{
    const QDir dir(directory);
    const auto read = [&](const char *name) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        if (!file.open(QIODevice::ReadOnly)) {
            throw Error(
                ErrorKind::BadInput,
                tr("A tcp:// engine needs ca.pem, cert.pem and key.pem in %1 (set "
                   "DOCKER_CERT_PATH to their folder): %2 cannot be read: %3.")
                    .arg(QDir::toNativeSeparators(directory), file.fileName(), file.errorString()));
        }
        return file.readAll();
    };
    const QList<QSslCertificate> authorities = QSslCertificate::fromData(read("ca.pem"));
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(read("cert.pem"));
    const QByteArray keyData = read("key.pem");
    QSslKey key(keyData, QSsl::Rsa);
    if (key.isNull())
        key = QSslKey(keyData, QSsl::Ec);
    if (authorities.isEmpty() || certificates.isEmpty() || key.isNull()) {
        throw Error(ErrorKind::BadInput,
                    tr("The TLS files in %1 are not PEM certificates and an RSA or EC key: "
                       "check ca.pem, cert.pem and key.pem.")
                        .arg(QDir::toNativeSeparators(directory)));
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(authorities);
    configuration.setLocalCertificate(certificates.first());
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

} // namespace blihops
