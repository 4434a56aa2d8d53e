#include "docker/HttpResponseParser.h"

#include <QScopeGuard>
#include <boost/beast/http/buffer_body.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <limits>

namespace http = boost::beast::http;

namespace blihops {

namespace {

constexpr std::size_t kHeaderLimit = 64 * 1024;

} // namespace

struct HttpResponseParser::Parser
{
    http::response_parser<http::buffer_body> beast;
};

HttpResponseParser::HttpResponseParser() : m_parser(std::make_unique<Parser>())
{
    m_parser->beast.eager(true);
    m_parser->beast.header_limit(kHeaderLimit);
    // Streams never end. (Not boost::none: Boost 1.74 compares a length with an empty
    // optional as "over the limit".)
    m_parser->beast.body_limit(std::numeric_limits<std::uint64_t>::max());
}

HttpResponseParser::~HttpResponseParser() = default;

bool HttpResponseParser::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool HttpResponseParser::feed(const QByteArray &data)
{
    if (hasError())
        return false;
    m_pending.append(data);
    auto &parser = m_parser->beast;
    // What the parser took so far, dropped from the front once at the end: dropping it piece
    // by piece would move the rest of a large read again for every piece (quadratic).
    qsizetype taken = 0;
    const auto dropTaken = qScopeGuard([&] { m_pending.remove(0, taken); });
    while (!m_complete && taken < m_pending.size()) {
        boost::beast::error_code ec;
        char buffer[64 * 1024];
        // The body writer advances data and shrinks size as it fills the buffer.
        const bool bodyBuffer = parser.is_header_done();
        if (bodyBuffer) {
            parser.get().body().data = buffer;
            parser.get().body().size = sizeof buffer;
        }
        const std::size_t used = parser.put(
            boost::asio::buffer(m_pending.constData() + taken, m_pending.size() - taken), ec);
        taken += qsizetype(used);
        if (parser.is_header_done() && !m_headersComplete) {
            m_headersComplete = true;
            const auto &head = parser.get();
            m_status = int(head.result_int());
            for (const auto &field : head) {
                m_headers.append(
                    {QByteArray(field.name_string().data(), qsizetype(field.name_string().size())),
                     QByteArray(field.value().data(), qsizetype(field.value().size()))});
            }
        }
        if (bodyBuffer)
            m_body.append(buffer, qsizetype(sizeof buffer - parser.get().body().size));
        if (ec == http::error::need_buffer)
            continue;
        if (ec == http::error::need_more)
            break;
        if (ec)
            return fail(QString::fromStdString(ec.message()));
        m_complete = parser.is_done();
        if (used == 0 && !m_complete)
            break; // nothing consumed and nothing to wait for: wait for more bytes
    }
    m_complete = m_complete || parser.is_done();
    return true;
}

bool HttpResponseParser::finishAtEof()
{
    if (m_complete || hasError())
        return !hasError();
    boost::beast::error_code ec;
    m_parser->beast.put_eof(ec);
    if (ec)
        return fail(QString::fromStdString(ec.message()));
    m_complete = true;
    return true;
}

bool HttpResponseParser::keepAlive() const
{
    return m_headersComplete && m_parser->beast.keep_alive();
}

QByteArray HttpResponseParser::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpResponseParser::takeBody()
{
    QByteArray body;
    body.swap(m_body);
    return body;
}

} // namespace blihops
