#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <memory>

namespace blihops {

// An incremental HTTP/1.1 response parser (Boost.Beast's underneath): feed it bytes as
// they arrive, take the decoded body (chunked or not) as it grows. For streams such as
// /events the body never ends; takeBody() hands over what has arrived so far.
class HttpResponseParser
{
public:
    HttpResponseParser();
    ~HttpResponseParser();
    HttpResponseParser(const HttpResponseParser &) = delete;
    HttpResponseParser &operator=(const HttpResponseParser &) = delete;

    // Consumes all of data. Returns false on a malformed response (see error()).
    bool feed(const QByteArray &data);
    // The peer closed the connection: ends a body that runs until close.
    bool finishAtEof();

    bool headersComplete() const { return m_headersComplete; }
    bool isComplete() const { return m_complete; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    // Whether the connection may carry another request after this response.
    bool keepAlive() const;

    int status() const { return m_status; }
    QByteArray header(const QByteArray &name) const;
    QByteArray takeBody();
    // Bytes that arrived after the end of this response (the next one's, or garbage).
    QByteArray leftover() const { return m_pending; }

private:
    struct Parser;
    bool fail(const QString &message);

    std::unique_ptr<Parser> m_parser;
    QByteArray m_pending;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QString m_error;
    int m_status = 0;
    bool m_headersComplete = false;
    bool m_complete = false;
};

} // namespace blihops
