#include "docker/StreamDemuxer.h"

#include <QtEndian>

namespace blihops {

QList<StreamDemuxer::Frame> StreamDemuxer::feed(const QByteArray &data)
{
    QList<Frame> frames;
    if (m_malformed)
        return frames;
    m_buffer.append(data);
    qsizetype consumed = 0;
    // Frames are taken from an offset and the rest moved once per call: removing each frame
    // from the front would move the rest of a large read once per frame.
    while (m_buffer.size() - consumed >= 8) {
        const char *header = m_buffer.constData() + consumed;
        const auto type = quint8(header[0]);
        if (type > 3 || header[1] || header[2] || header[3]) {
            m_malformed = true;
            break;
        }
        const quint32 size = qFromBigEndian<quint32>(header + 4);
        if (quint64(m_buffer.size() - consumed) < 8 + quint64(size))
            break;
        frames.append({Stream(type), m_buffer.mid(consumed + 8, qsizetype(size))});
        consumed += 8 + qsizetype(size);
    }
    m_buffer.remove(0, consumed);
    return frames;
}

} // namespace blihops
