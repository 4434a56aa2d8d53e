#include "docker/StreamDemuxer.h"

#include <QtEndian>

namespace blihops {

QList<StreamDemuxer::Frame> StreamDemuxer::feed(const QByteArray &data)
{
    QList<Frame> frames;
    if (m_malformed)
        return frames;
    m_buffer.append(data);
    while (m_buffer.size() >= 8) {
        const auto type = quint8(m_buffer.at(0));
        if (type > 2 || m_buffer.at(1) || m_buffer.at(2) || m_buffer.at(3)) {
            m_malformed = true;
            return frames;
        }
        const quint32 size = qFromBigEndian<quint32>(m_buffer.constData() + 4);
        if (quint64(m_buffer.size()) < 8 + quint64(size))
            break;
        frames.append({Stream(type), m_buffer.mid(8, qsizetype(size))});
        m_buffer.remove(0, 8 + qsizetype(size));
    }
    return frames;
}

} // namespace blihops
