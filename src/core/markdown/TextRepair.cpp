#include "markdown/TextRepair.h"

#include <array>
#include <vector>

namespace blihops {

namespace {

// Mac Roman's upper half: the character each byte 0x80-0xFF stands for.
constexpr std::array<char16_t, 128> kMacRoman = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3,
    0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3,
    0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA,
    0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D,
    0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE,
    0x00CF, 0x00CC, 0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
};

// The Mac Roman byte of a character, or 0 when it has none above 0x7F.
uchar macRomanByte(char16_t c)
{
    static const std::vector<uchar> reverse = [] {
        std::vector<uchar> table(0x10000, 0);
        for (std::size_t i = 0; i < kMacRoman.size(); ++i)
            table[kMacRoman[i]] = uchar(0x80 + i);
        return table;
    }();
    return c < 0x80 ? 0 : reverse[c];
}

// The code point of the UTF-8 sequence at bytes[at], and its length; 0 and 1 for a byte
// that starts no well-formed sequence.
char32_t decodeAt(const QByteArray &bytes, qsizetype at, qsizetype *length)
{
    const auto byte = [&](qsizetype i) { return uchar(bytes.at(i)); };
    const uchar lead = byte(at);
    *length = 1;
    if (lead < 0x80)
        return lead;
    const qsizetype size = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
    if (size == 0 || at + size > bytes.size())
        return 0;
    char32_t codePoint = lead & (0x7F >> size);
    for (qsizetype i = 1; i < size; ++i) {
        if ((byte(at + i) & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (byte(at + i) & 0x3F);
    }
    *length = size;
    return codePoint;
}

// The character a Mac Roman misreading of a three- or four-byte UTF-8 sequence at bytes[at]
// stands for, and the bytes that misreading takes; 0 when there is none.
char32_t misreadSequenceAt(const QByteArray &bytes, qsizetype at, qsizetype *consumed)
{
    qsizetype length = 0;
    const char32_t first = decodeAt(bytes, at, &length);
    const uchar lead = first <= 0xFFFF ? macRomanByte(char16_t(first)) : 0;
    if (lead < 0xE0 || lead > 0xF4)
        return 0;
    const int size = lead < 0xF0 ? 3 : 4;
    char32_t codePoint = lead & (size == 3 ? 0x0F : 0x07);
    qsizetype next = at + length;
    for (int i = 1; i < size; ++i) {
        if (next >= bytes.size())
            return 0;
        const char32_t character = decodeAt(bytes, next, &length);
        const uchar continuation = character <= 0xFFFF ? macRomanByte(char16_t(character)) : 0;
        if (continuation < 0x80 || continuation > 0xBF)
            return 0;
        codePoint = (codePoint << 6) | (continuation & 0x3F);
        next += length;
    }
    const bool wellFormed = size == 3
                                ? codePoint >= 0x800 && (codePoint < 0xD800 || codePoint > 0xDFFF)
                                : codePoint >= 0x10000 && codePoint <= 0x10FFFF;
    if (!wellFormed)
        return 0;
    *consumed = next - at;
    return codePoint;
}

void appendUtf8(QByteArray &bytes, char32_t codePoint)
{
    if (codePoint < 0x10000) {
        bytes.append(char(0xE0 | (codePoint >> 12)));
    } else {
        bytes.append(char(0xF0 | (codePoint >> 18)));
        bytes.append(char(0x80 | ((codePoint >> 12) & 0x3F)));
    }
    bytes.append(char(0x80 | ((codePoint >> 6) & 0x3F)));
    bytes.append(char(0x80 | (codePoint & 0x3F)));
}

} // namespace

QByteArray TextRepair::withoutBom(const QByteArray &utf8)
{
    return utf8.startsWith("\xEF\xBB\xBF") ? utf8.mid(3) : utf8;
}

QByteArray TextRepair::macRomanMisreadingRepaired(const QByteArray &utf8)
{
    QByteArray repaired;
    qsizetype copied = 0; // bytes before this index are in repaired, once a repair was made
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (uchar(utf8.at(i)) < 0x80)
            continue;
        qsizetype consumed = 0;
        const char32_t codePoint = misreadSequenceAt(utf8, i, &consumed);
        if (!codePoint)
            continue;
        if (copied == 0)
            repaired.reserve(utf8.size());
        repaired.append(utf8.constData() + copied, i - copied);
        appendUtf8(repaired, codePoint);
        i += consumed - 1;
        copied = i + 1;
    }
    if (copied == 0)
        return utf8;
    repaired.append(utf8.constData() + copied, utf8.size() - copied);
    return repaired;
}

QString TextRepair::macRomanMisreadingRepaired(const QString &text)
{
    return QString::fromUtf8(macRomanMisreadingRepaired(text.toUtf8()));
}

} // namespace blihops
